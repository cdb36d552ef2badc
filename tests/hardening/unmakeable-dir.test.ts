import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDir } from '../../src/io/atomic-file.js';
import { runInProcess, tempDir } from '../support/cli.js';
import { EN_NOTES } from '../cli/answers.js';

// A data dir that can never be made: /proc refuses new folders with ENOENT, on which Node's
// recursive mkdir loops for ever. The program must say so and stop, not spin.

describe.skipIf(!existsSync('/proc/self'))('a data dir under /proc', () => {
  it('makeDir fails with ENOENT instead of looping', () => {
    expect(() => makeDir('/proc/k8s-quiz-none/deeper')).toThrow(/ENOENT/);
  });

  it('config set fails with a message naming the file, and a quiz goes on without saving', async () => {
    const set = await runInProcess(['--data-dir', '/proc/k8s-quiz-none', 'config', 'set', 'count', '3'], { dataDir: false });
    expect(set.code).toBe(1);
    expect(set.stderr).toContain('/proc/k8s-quiz-none/config.json');
    // A one-note fixture: the bundled notes would be parsed afresh for nothing (no cache can be kept).
    const quiz = await runInProcess(['--data-dir', '/proc/k8s-quiz-none', 'quiz', '--plain', '--count', '1', '--seed', '1', '--lang', 'en', EN_NOTES], { dataDir: false, input: '1\n' });
    expect(quiz.stderr).toContain('/proc/k8s-quiz-none/history.jsonl');
  });
});

describe('makeDir', () => {
  it('makes every missing level and leaves an existing folder alone', () => {
    const root = tempDir('mk-');
    makeDir(`${root}/a/b/c`);
    expect(existsSync(`${root}/a/b/c`)).toBe(true);
    makeDir(`${root}/a/b/c`);
    expect(existsSync(`${root}/a/b/c`)).toBe(true);
  });
});
