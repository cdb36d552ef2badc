import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../support/cli.js';

// What is still said outside --help, in the run's language: Chinese under a zh locale, English under C.
const ZH = { LANG: 'zh_CN.UTF-8', NO_COLOR: '1' };
const EN = { LANG: 'C', NO_COLOR: '1' };
/** English prose: two words of letters in a row, once paths are taken out. */
const PROSE = /\b[A-Za-z]{2,} [A-Za-z]{2,}\b/;
const withoutPaths = (text: string, dir: string): string => text.split(dir).join('');

describe('cache clear', () => {
  it('Chinese: deleted, or nothing to delete, without English words', async () => {
    const dataDir = tempDir('lang-cache-');
    mkdirSync(path.join(dataDir, 'cache'), { recursive: true });
    const first = await runInProcess(['cache', 'clear'], { dataDir, env: ZH });
    expect(first.code).toBe(0);
    const second = await runInProcess(['cache', 'clear'], { dataDir, env: ZH });
    expect(second.code).toBe(0);
    for (const out of [first.stdout + first.stderr, second.stdout + second.stderr]) {
      expect(out).toMatch(/\p{Script=Han}/u);
      expect(withoutPaths(out, dataDir)).not.toMatch(PROSE);
    }
    expect(second.stdout).toContain('没有解析缓存');
  });

  it('English: the same two messages in English', async () => {
    const dataDir = tempDir('lang-cache-');
    mkdirSync(path.join(dataDir, 'cache'), { recursive: true });
    expect((await runInProcess(['cache', 'clear'], { dataDir, env: EN })).stdout).toMatch(/^deleted the parse cache /);
    const none = await runInProcess(['cache', 'clear'], { dataDir, env: EN });
    expect(none.stdout).toMatch(/^no parse cache \(/);
    expect(none.stdout).not.toMatch(/\p{Script=Han}/u);
  });
});
