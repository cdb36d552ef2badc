import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EN_NOTES } from '../cli/answers.js';
import { tempDir } from '../support/cli.js';
import { BIN, BUILT, spawnEnv } from '../e2e/spawn-cli.js';

// Ctrl+C on `feeder | k8s-quiz quiz --plain` reaches the whole pipeline: the feeder dies (the
// input ends) and the quiz gets SIGINT, in either order. The quiz must exit 130 every time, not
// 0 when the end of input happens to be seen first. Run on the built CLI, in a process group of
// its own as a terminal's foreground job is; each run waits for output, never for the clock.

if (!BUILT) console.warn('tests/hardening/interrupt.test.ts skipped: dist/ is missing (`npm test` builds first)');

/** Runs the pipeline, sends SIGINT to its group once the second question is shown; the quiz's exit code. */
function interruptedPipeline(): Promise<{ code: string; stdout: string; stderr: string }> {
  const dataDir = tempDir('data-');
  // The shell traps INT (its children still take it by default) so it lives to say the quiz's exit code.
  const script = `trap 'true' INT; (printf '\\n'; exec sleep 60) | "${process.execPath}" "${BIN}" quiz "${EN_NOTES}" --plain --seed 5 -n 5 --lang en --data-dir "${dataDir}"; echo "exit=$?" >&2`;
  const child = spawn('sh', ['-c', script], { env: spawnEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  let sent = false;
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    if (!sent && stdout.includes('[2/5]')) {
      sent = true;
      process.kill(-(child.pid as number), 'SIGINT');
    }
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.on('close', () => resolve({ code: /exit=(\d+)/.exec(stderr)?.[1] ?? 'none', stdout, stderr })));
}

describe.skipIf(!BUILT || process.platform === 'win32')('Ctrl+C on a piped --plain quiz', () => {
  it('exits 130 every time, whichever of the end of input and the signal comes first', async () => {
    for (let run = 0; run < 6; run++) {
      const result = await interruptedPipeline();
      expect(result.code, `run ${run + 1}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe('130');
    }
  });
});
