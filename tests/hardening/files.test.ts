import fs, { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EN_NOTES } from '../cli/answers.js';
import { runInProcess, startInProcess, tempDir } from '../support/cli.js';
import { answerRecord, historyLine, startRecord } from './records.js';

// The data dir and the command line: the log is never written through a symbolic link, a
// reset that cannot happen says so, a reset never splits a running session, and option values
// mean what they say.

afterEach(() => {
  vi.restoreAllMocks();
});

const QUIZ = ['quiz', EN_NOTES, '--plain', '--seed', '3', '--lang', 'en'];

/** Every record of every log in the data dir (the live one and those kept aside), by file. */
function logs(dataDir: string): Map<string, { kind: string; session: string }[]> {
  const out = new Map<string, { kind: string; session: string }[]>();
  for (const name of readdirSync(dataDir).filter((n) => n.startsWith('history.jsonl'))) {
    const lines = readFileSync(path.join(dataDir, name), 'utf8').split('\n').filter(Boolean);
    out.set(name, lines.map((line) => JSON.parse(line) as { kind: string; session: string }));
  }
  return out;
}

describe('files and the data dir', () => {
  it('answers are never appended through a history.jsonl symlink: the target is untouched and the person is told', async () => {
    const dataDir = tempDir('data-');
    const target = path.join(tempDir('elsewhere-'), 'passwd');
    writeFileSync(target, 'root:x:0:0:root:/root:/bin/sh\n');
    symlinkSync(target, path.join(dataDir, 'history.jsonl'));
    const result = await runInProcess([...QUIZ, '-n', '2'], { dataDir, input: '\n\n' });
    expect(result.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('root:x:0:0:root:/root:/bin/sh\n');
    expect(result.stderr).toMatch(/history\.jsonl is a symbolic link/);
    expect(result.stderr.match(/symbolic link/g)).toHaveLength(1); // said once, not per answer
  });

  it('reset --yes where the log cannot be moved (a read-only data dir) says so and exits 1, without a stack trace', async () => {
    const dataDir = tempDir('data-');
    writeFileSync(path.join(dataDir, 'history.jsonl'), historyLine(startRecord()) + historyLine(answerRecord()));
    // Root may write anywhere, so the read-only folder is the error it gives.
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EROFS: read-only file system, rename'), { code: 'EROFS' });
    });
    const result = await runInProcess(['reset', '--yes', '--lang', 'en'], { dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^k8s-quiz: cannot reset the history: .*EROFS.*nothing was changed/);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readdirSync(dataDir)).toEqual(['history.jsonl']);
  });

  it('a reset while a quiz runs leaves none of its answers without their session start', async () => {
    const dataDir = tempDir('data-');
    const quiz = startInProcess([...QUIZ, '-n', '3'], { dataDir });
    await quiz.waitFor('[1/3]');
    quiz.send('');
    await quiz.waitFor('[2/3]');
    const reset = await runInProcess(['reset', '--yes', '--lang', 'en'], { dataDir });
    expect(reset.code, reset.stderr).toBe(0);
    quiz.send('', '');
    quiz.end();
    expect((await quiz.done).code).toBe(0);
    const files = logs(dataDir);
    for (const [name, records] of files) {
      const started = new Set(records.filter((r) => r.kind === 'session-start').map((r) => r.session));
      for (const r of records.filter((r) => r.kind === 'answer')) expect(started.has(r.session), `${name}: an answer without its session start`).toBe(true);
    }
    // All three answers are kept, with their session, in the log the reset moved aside.
    const answers = [...files.values()].flat().filter((r) => r.kind === 'answer');
    expect(answers).toHaveLength(3);
  });

  it('--topic that strips to nothing (?) is a usage error, not a filter that matches everything', async () => {
    for (const topic of ['?', ' ', '？！']) {
      const result = await runInProcess(['questions', EN_NOTES, '--json', '--topic', topic]);
      expect(result.code, topic).toBe(2);
      expect(result.stderr).toContain('--topic');
      expect(result.stdout).toBe('');
    }
  });

  it('--minutes takes a decimal number only (0x10 is not 16)', async () => {
    for (const minutes of ['0x10', '1e1', '0b11', '0o7']) {
      const result = await runInProcess(['interview', EN_NOTES, '--plain', '--minutes', minutes]);
      expect(result.code, minutes).toBe(2);
      expect(result.stderr).toContain('--minutes');
    }
    const fine = await runInProcess(['interview', EN_NOTES, '--plain', '--minutes', '1.5', '-n', '1', '--seed', '1'], { input: '' });
    expect(fine.code, fine.stderr).toBe(0);
  });
});
