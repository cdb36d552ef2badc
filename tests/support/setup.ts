import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, vi } from 'vitest';
import { removeTempDirs } from './temp.js';

// Runs before every test file (vitest `setupFiles`): whatever the shell exports, each file
// starts from the same environment. Variables that change where data lives, whether there is
// colour, how the terminal behaves or which language is spoken are cleared or set to known
// values; HOME is an empty folder of this file's own, so nothing reads or writes the real one.

const CLEARED = [
  'K8S_QUIZ_HOME',
  'NO_COLOR',
  'FORCE_COLOR',
  'COLORTERM',
  'TERM',
  'LANG',
  'LANGUAGE',
  'LC_ALL',
  'LC_MESSAGES',
  'LC_CTYPE',
  'XDG_CONFIG_HOME',
  'XDG_DATA_HOME',
  'XDG_STATE_HOME',
  'XDG_CACHE_HOME',
  'APPDATA',
  // Not for isolation but for what a spawned CLI costs: with a certificate bundle named here,
  // every Node process reads and parses it before running anything (~45 ms a start on a
  // machine that sets it), and the suite spawns the CLI a few hundred times.
  'NODE_EXTRA_CA_CERTS',
  // Could make every spawned Node load a module of the shell's choosing.
  'NODE_OPTIONS',
];
for (const name of CLEARED) delete process.env[name];

const home = mkdtempSync(path.join(tmpdir(), 'k8s-quiz-home-'));
process.env['HOME'] = home;
process.env['LANG'] = 'en_US.UTF-8';
process.env['TERM'] = 'xterm-256color';

afterAll(() => {
  removeTempDirs();
  rmSync(home, { recursive: true, force: true });
});

// A prompt rendered by @inquirer/testing and never finished stays pending; when the worker
// exits, inquirer rejects it with ExitPromptError, an unhandled rejection that makes vitest
// exit 1 with every test passed (and only on some runs, depending on how the worker ends).
// So every rendered prompt is tracked, and one a test left pending is cancelled after it,
// its rejection handled. Tests still see the prompt exactly as before.
type Cancelable = Promise<unknown> & { cancel?: () => void };
const rendered = new Set<{ answer: Cancelable; settled: boolean }>();

vi.mock('@inquirer/testing', async (importOriginal) => {
  const original = await importOriginal<typeof import('@inquirer/testing')>();
  const render: typeof original.render = async (...args) => {
    const result = await original.render(...args);
    const entry = { answer: result.answer as Cancelable, settled: false };
    const settle = () => {
      entry.settled = true;
    };
    entry.answer.then(settle, settle);
    rendered.add(entry);
    return result;
  };
  return { ...original, render };
});

afterEach(() => {
  for (const entry of rendered) {
    if (!entry.settled) {
      entry.answer.catch(() => {});
      entry.answer.cancel?.();
    }
  }
  rendered.clear();
});
