import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_NOTES, bundledNotice, chooseBundled, localeLang, notesPaths } from '../../src/cli/notes-paths.js';
import { ROOT, runInProcess, tempDir } from '../support/cli.js';
import { expectExit } from './answers.js';

// Which bundled set a command reads when it is given no PATH and no notes are configured:
// `config set lang` if set, else --lang, else the locale (LC_ALL, then LC_MESSAGES, then LANG;
// `zh…` is Chinese, anything else English). First the choice as a function of plain values,
// then the CLI in-process, with the environment it is given (TEST_ENV has LANG=en_US.UTF-8).

describe('chooseBundled', () => {
  it('takes the setting first, then --lang, then the locale', () => {
    expect(chooseBundled({ setting: 'zh', flag: 'en', env: { LANG: 'en_US.UTF-8' } })).toEqual({ lang: 'zh', dir: BUNDLED_NOTES.zh, by: 'setting' });
    expect(chooseBundled({ setting: 'en', flag: 'zh', env: { LANG: 'zh_CN.UTF-8' } })).toEqual({ lang: 'en', dir: BUNDLED_NOTES.en, by: 'setting' });
    expect(chooseBundled({ flag: 'zh', env: { LANG: 'en_US.UTF-8' } })).toEqual({ lang: 'zh', dir: BUNDLED_NOTES.zh, by: 'flag' });
    expect(chooseBundled({ flag: 'en', env: { LC_ALL: 'zh_CN.UTF-8' } })).toEqual({ lang: 'en', dir: BUNDLED_NOTES.en, by: 'flag' });
    expect(chooseBundled({ env: { LC_ALL: 'zh_CN.UTF-8' } })).toEqual({ lang: 'zh', dir: BUNDLED_NOTES.zh, by: 'locale' });
    expect(chooseBundled({ env: { LANG: 'en_US.UTF-8' } })).toEqual({ lang: 'en', dir: BUNDLED_NOTES.en, by: 'locale' });
    expect(chooseBundled({ env: {} })).toEqual({ lang: 'en', dir: BUNDLED_NOTES.en, by: 'locale' });
  });

  it('treats the setting auto (the default) and unknown values as not set', () => {
    expect(chooseBundled({ setting: 'auto', env: { LANG: 'zh_TW.UTF-8' } }).by).toBe('locale');
    expect(chooseBundled({ setting: 'fr', flag: undefined, env: {} })).toMatchObject({ lang: 'en', by: 'locale' });
  });

  it('reads the locale as POSIX does: the first of LC_ALL, LC_MESSAGES, LANG that is set decides', () => {
    expect(localeLang({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(localeLang({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(localeLang({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(localeLang({ LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('zh');
    for (const zh of ['zh', 'zh_CN', 'zh_CN.UTF-8', 'zh_TW.Big5', 'zh_HK.UTF-8@stroke', 'ZH_cn.utf8']) expect(localeLang({ LANG: zh })).toBe('zh');
    for (const en of ['C', 'POSIX', 'C.UTF-8', 'en_US.UTF-8', 'de_DE.UTF-8', 'zhx', 'ja_JP.UTF-8']) expect(localeLang({ LANG: en })).toBe('en');
    expect(localeLang({})).toBe('en');
  });

  it('keeps paths given on the command line, then configured notes, before any bundled set', () => {
    expect(notesPaths(['a.md'], ['/conf'], BUNDLED_NOTES.zh)).toEqual(['a.md']);
    expect(notesPaths([], ['/conf'], BUNDLED_NOTES.zh)).toEqual(['/conf']);
    expect(notesPaths([], [], BUNDLED_NOTES.zh)).toEqual([BUNDLED_NOTES.zh]);
    expect(notesPaths([], undefined)).toEqual([BUNDLED_NOTES.en]);
  });

  it('names the set in the language it is told to speak', () => {
    expect(bundledNotice({ lang: 'en', dir: BUNDLED_NOTES.en, by: 'locale' }, 'en')).toBe('bundled notes: English (notes/en) — set lang or pass a folder to choose');
    expect(bundledNotice({ lang: 'zh', dir: BUNDLED_NOTES.zh, by: 'flag' }, 'en')).toBe('bundled notes: Chinese (notes/zh) — set lang or pass a folder to choose');
    expect(bundledNotice({ lang: 'zh', dir: BUNDLED_NOTES.zh, by: 'locale' }, 'zh')).toMatch(/^内置笔记：中文（notes\/zh）/);
  });
});

// Runs with nothing configured share one data dir, so each bundled set is parsed once and read
// from the parse cache after that (the same banks, tests/cache/cli.test.ts); the tests that
// configure something have a data dir of their own.
const parsed = tempDir('data-');

interface BanksJson {
  sources: { file: string }[];
}

/**
 * `banks --json` in-process: which bundled folder its sources came from (its stderr stays
 * empty: the JSON names the files); then `banks` for a person: what it said on stderr.
 */
async function banks(args: string[], given: { env?: Record<string, string | undefined>; dataDir?: string } = {}): Promise<{ folders: string[]; stderr: string }> {
  const options = { dataDir: parsed, ...given };
  const json = expectExit(await runInProcess(['banks', '--json', ...args], options), 0);
  expect(json.stderr).toBe('');
  const doc = JSON.parse(json.stdout) as BanksJson;
  const folders = [...new Set(doc.sources.map((s) => path.relative(path.join(ROOT, 'notes'), path.resolve(ROOT, s.file)).split(path.sep)[0] ?? ''))];
  const tree = expectExit(await runInProcess(['banks', ...args], options), 0);
  return { folders, stderr: tree.stderr };
}

describe('the bundled set a run reads', () => {
  it('with nothing set: English (LANG unset, or not Chinese), and banks says so in English', async () => {
    const none = await banks([], { env: { LANG: undefined } });
    expect(none.folders).toEqual(['en']);
    expect(none.stderr).toBe('bundled notes: English (notes/en) — set lang or pass a folder to choose\n');
    expect((await banks([], { env: { LANG: 'en_US.UTF-8' } })).folders).toEqual(['en']);
    expect((await banks([], { env: { LANG: 'C' } })).folders).toEqual(['en']);
  });

  it('LC_ALL=zh_CN.UTF-8 (over LANG=en_US.UTF-8): Chinese, and banks says so in Chinese', async () => {
    const zh = await banks([], { env: { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' } });
    expect(zh.folders).toEqual(['zh']);
    expect(zh.stderr).toBe('内置笔记：中文（notes/zh）— 用 config set lang 或给出笔记文件夹来选择\n');
  });

  it('--lang chooses over the locale', async () => {
    expect((await banks(['--lang', 'zh'], { env: { LANG: 'en_US.UTF-8' } })).folders).toEqual(['zh']);
    expect((await banks(['--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } })).folders).toEqual(['en']);
    // A quiz's --lang too: its questions come from that set.
    const quiz = expectExit(await runInProcess(['questions', '--json', '--count', '3', '--seed', '1', '--lang', 'zh'], { dataDir: parsed }), 0);
    for (const q of JSON.parse(quiz.stdout) as { source: { file: string } }[]) expect(q.source.file).toMatch(/^notes\/zh\//);
  });

  it('config set lang chooses over --lang and the locale', async () => {
    const dataDir = tempDir();
    expectExit(await runInProcess(['config', 'set', 'lang', 'zh'], { dataDir }), 0);
    expect((await banks([], { dataDir, env: { LANG: 'en_US.UTF-8' } })).folders).toEqual(['zh']);
    const both = await banks(['--lang', 'en'], { dataDir, env: { LANG: 'en_US.UTF-8' } });
    expect(both.folders).toEqual(['zh']);
    // The interface follows --lang: the notice is in English, naming the Chinese set.
    expect(both.stderr).toBe('bundled notes: Chinese (notes/zh) — set lang or pass a folder to choose\n');
    expectExit(await runInProcess(['config', 'set', 'lang', 'auto'], { dataDir }), 0);
    expect((await banks([], { dataDir, env: { LANG: 'en_US.UTF-8' } })).folders).toEqual(['en']);
  });

  it('both sets read together (banks notes) without a warning: no two notes share a title', async () => {
    const together = await banks(['notes'], { env: { LANG: 'en_US.UTF-8' } });
    expect(together.folders.sort()).toEqual(['en', 'zh']);
    expect(together.stderr).toBe('');
  });

  it('no notice and no bundled set when a path is given or notes are configured', async () => {
    const given = await banks(['notes/zh'], { env: { LANG: 'en_US.UTF-8' } });
    expect(given.folders).toEqual(['zh']);
    expect(given.stderr).toBe('');
    const dataDir = tempDir();
    expectExit(await runInProcess(['config', 'set', 'notes', path.join(ROOT, 'notes', 'zh', '02-pod.md')], { dataDir }), 0);
    const configured = await banks([], { dataDir, env: { LANG: 'en_US.UTF-8' } });
    expect(configured.folders).toEqual(['zh']);
    expect(configured.stderr).toBe('');
  });
});
