import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_NOTES, expectExit, input, rightLines, wrongLines, type AnswerJson, type QuestionJson } from './answers.js';
import { runInProcess, tempDir, type RunOptions } from '../support/cli.js';

// `k8s-quiz sync` through the CLI: real quizzes answered on two machines (two data dirs), a bare
// repository in a temp folder as the remote, real git with an isolated HOME and global config.

const HAVE_GIT = spawnSync('git', ['--version']).status === 0;
if (!HAVE_GIT) console.warn('note: the sync CLI tests are skipped: git is not installed (k8s-quiz sync needs it)');

function gitEnv(): Record<string, string> {
  const home = tempDir('git-home-');
  const globalConfig = path.join(home, 'gitconfig');
  fs.writeFileSync(globalConfig, '');
  return { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, GIT_CONFIG_GLOBAL: globalConfig, GIT_CONFIG_NOSYSTEM: '1' };
}

function setup() {
  const env = gitEnv();
  const root = tempDir('sync-cli-');
  const remote = path.join(root, 'k8s-quiz.git');
  const a = path.join(root, 'a');
  const b = path.join(root, 'b');
  const run = (dataDir: string, args: string[], options: RunOptions = {}) => runInProcess(args, { dataDir, ...options, env: { ...env, ...options.env } });
  return { env, remote, a, b, run };
}

const ARGS = ['--count', '4', '--lang', 'en', EN_NOTES];

describe.skipIf(!HAVE_GIT)('k8s-quiz sync', () => {
  it('quizzes on two machines, synced A, B, A: every answer once on both, the same stats and history', async () => {
    const { remote, a, b, run } = setup();
    const quiz = async (dataDir: string, seed: number, wrong: number) => {
      const qs = JSON.parse(expectExit(await run(dataDir, ['questions', '--json', '--seed', String(seed), ...ARGS]), 0).stdout) as QuestionJson[];
      const lines = qs.flatMap((q, i) => (i < wrong ? wrongLines(q) : rightLines(q)));
      expectExit(await run(dataDir, ['quiz', '--plain', '--seed', String(seed), ...ARGS], { input: input(lines) }), 0);
    };
    await quiz(a, 1, 1);
    const initA = expectExit(await run(a, ['sync', '--init', remote]), 0);
    expect(initA.stdout).toBe('');
    expect(initA.stderr).toContain(`created an empty git repository at ${remote}`);
    expect(initA.stderr).toContain(`syncs with ${remote} (branch main): sent 4 new answers, received 0 new answers; 4 answers in all.`);

    await quiz(b, 2, 2);
    const initB = expectExit(await run(b, ['sync', '--init', remote]), 0);
    expect(initB.stderr).toContain('sent 4 new answers, received 4 new answers; 8 answers in all.');

    await quiz(a, 3, 0);
    await quiz(b, 4, 3);
    expect(expectExit(await run(a, ['sync']), 0).stderr).toBe(`synced with ${remote}: sent 4 new answers, received 4 new answers; 12 answers in all.\n`);
    expect(expectExit(await run(b, ['sync']), 0).stderr).toBe(`synced with ${remote}: sent 4 new answers, received 4 new answers; 16 answers in all.\n`);
    expect(expectExit(await run(a, ['sync']), 0).stderr).toBe(`synced with ${remote}: sent 0 new answers, received 4 new answers; 16 answers in all.\n`);

    const now = () => new Date('2030-01-01T00:00:00Z');
    const stats = async (dir: string) => JSON.parse(expectExit(await run(dir, ['stats', '--json'], { now }), 0).stdout) as Record<string, unknown>;
    const statsA = await stats(a);
    expect(statsA).toMatchObject({ sessions: 4, answered: 16, correct: 10 });
    expect(await stats(b)).toEqual(statsA);

    const history = async (dir: string) => JSON.parse(expectExit(await run(dir, ['history', '--json']), 0).stdout) as (AnswerJson & { id: string })[];
    const ids = (answers: (AnswerJson & { id: string })[]) => answers.map((x) => x.id);
    const historyA = await history(a);
    expect(historyA).toHaveLength(16);
    expect(new Set(ids(historyA)).size).toBe(16);
    for (const id of ids(historyA)) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(await history(b)).toEqual(historyA);
  });

  it('a sync while the remote is missing keeps the answers, says so, exits 1 with no stack trace', async () => {
    const { remote, a, run } = setup();
    fs.mkdirSync(a, { recursive: true });
    expectExit(await run(a, ['sync', '--init', remote]), 0);
    const qs = JSON.parse(expectExit(await run(a, ['questions', '--json', '--seed', '5', ...ARGS]), 0).stdout) as QuestionJson[];
    expectExit(await run(a, ['quiz', '--plain', '--seed', '5', ...ARGS], { input: input(qs.flatMap(rightLines)) }), 0);
    fs.renameSync(remote, `${remote}.away`);
    const offline = expectExit(await run(a, ['sync']), 1);
    expect(offline.stderr).toMatch(/^k8s-quiz: could not reach .*k8s-quiz\.git \(.*\)\. Nothing is lost: this machine's answers are kept/);
    expect(offline.stderr).not.toContain('internal error');
    expect(offline.stderr).not.toMatch(/\n\s+at /);
    const stats = JSON.parse(expectExit(await run(a, ['stats', '--json']), 0).stdout) as { answered: number };
    expect(stats.answered).toBe(4);
    fs.renameSync(`${remote}.away`, remote);
    expect(expectExit(await run(a, ['sync']), 0).stderr).toContain('sent 4 new answers');
  });

  it('not set up: exit 2 and how to set it up', async () => {
    const { a, run } = setup();
    const result = expectExit(await run(a, ['sync']), 2);
    expect(result.stderr).toBe(
      `k8s-quiz: ${a} is not set up for sync: run \`k8s-quiz sync --init REMOTE\` first (REMOTE: a git repository URL, or a folder such as a bare repository on a USB disk)\n`,
    );
  });

  it('git missing: exit 1 and a clear message', async () => {
    const { remote, a, run } = setup();
    for (const args of [['sync'], ['sync', '--init', remote]]) {
      const result = expectExit(await run(a, args, { env: { PATH: tempDir('no-git-') } }), 1);
      expect(result.stderr).toMatch(/^k8s-quiz: git is not installed \(or not on PATH\)/);
    }
  });

  it('--init without a remote is a usage error; --help tells what sync does', async () => {
    const { a, run } = setup();
    const usage = await run(a, ['sync', '--init']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("option '--init <remote>' argument missing");
    const help = expectExit(await run(a, ['sync', '--help']), 0);
    expect(help.stdout).toContain('--init <remote>');
  });
});

const ZH = { LANG: 'zh_CN.UTF-8', TERM: 'dumb' };
const C = { LANG: 'C', TERM: 'dumb' };
/** English prose: three words of letters in a row (what git says is quoted after `git 的说明：`). */
const PROSE = /\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\b/;
/** What the program says itself: paths taken out, and git's own line after `git 的说明：`. */
const ownWords = (text: string, ...paths: string[]): string => paths.reduce((t, p) => t.split(p).join('<path>'), text).replace(/git 的说明：.*$/gm, '');

describe.skipIf(!HAVE_GIT)('k8s-quiz sync in the language of the run', () => {
  it('Chinese: init, sync, a put-back log and the counts, without English words; put back on the other machine in English', async () => {
    const { remote, a, b, run } = setup();
    const qs = JSON.parse(expectExit(await run(a, ['questions', '--json', '--seed', '7', ...ARGS]), 0).stdout) as QuestionJson[];
    expectExit(await run(a, ['quiz', '--plain', '--seed', '7', ...ARGS], { input: input(qs.flatMap(rightLines)) }), 0);
    const init = expectExit(await run(a, ['sync', '--init', remote], { env: ZH }), 0);
    expect(init.stdout).toBe('');
    expect(init.stderr).toBe(
      `已在 ${remote} 创建了一个空的 git 仓库\n` +
        `${a} 已设置为与 ${remote} 同步（分支 main）：发出 4 条新的答题记录，收到 0 条；一共 4 条。\n` +
        '以后运行 `k8s-quiz sync` 就会共享新的答题记录；在另一台机器上，用同一个远程仓库运行 `k8s-quiz sync --init`。\n',
    );
    expectExit(await run(b, ['sync', '--init', remote], { env: ZH }), 0);
    expectExit(await run(a, ['reset', '--yes']), 0);
    const synced = expectExit(await run(a, ['sync'], { env: ZH }), 0);
    expect(synced.stderr).toContain('注意：已同步的答题记录中有 6 行在这台机器上不见了');
    expect(synced.stderr).toContain(`已与 ${remote} 同步：发出 0 条新的答题记录，收到 0 条；一共 4 条。\n`);
    for (const out of [init.stderr, synced.stderr]) expect(ownWords(out, remote, a)).not.toMatch(PROSE);
    expect(JSON.parse(expectExit(await run(a, ['stats', '--json']), 0).stdout)).toMatchObject({ answered: 4 });

    // The same on the other machine, in English.
    expectExit(await run(b, ['reset', '--yes']), 0);
    const syncedB = expectExit(await run(b, ['sync']), 0);
    expect(syncedB.stderr).toContain('warning: 6 lines of the synced history were missing here (after `k8s-quiz reset`?) and were put back');
    expect(syncedB.stderr).toContain('sent 0 new answers, received 0 new answers; 4 answers in all.');
    expect(syncedB.stderr).not.toMatch(/\p{Script=Han}/u);
    expect(JSON.parse(expectExit(await run(b, ['stats', '--json']), 0).stdout)).toMatchObject({ answered: 4 });
  });

  it('Chinese failures: what failed and what to do, git quoted after; exit codes kept', async () => {
    const { remote, a, run } = setup();
    const notSetUp = expectExit(await run(a, ['sync'], { env: ZH }), 2);
    expect(notSetUp.stderr).toBe(`k8s-quiz: ${a} 还没有设置同步：请先运行 \`k8s-quiz sync --init REMOTE\`（REMOTE 是 git 仓库的网址，或一个文件夹，比如 U 盘上的裸仓库）\n`);

    const noGit = expectExit(await run(a, ['sync'], { env: { ...ZH, PATH: tempDir('no-git-') } }), 1);
    expect(noGit.stderr).toMatch(/^k8s-quiz: 没有安装 git（或它不在 PATH 里）/);

    const itself = expectExit(await run(a, ['sync', '--init', a], { env: ZH }), 2);
    expect(itself.stderr).toBe(`k8s-quiz: 远程仓库不能是数据目录本身（${a}）：请换一个文件夹或网址\n`);

    expectExit(await run(a, ['sync', '--init', remote]), 0);
    fs.renameSync(remote, `${remote}.away`);
    const offline = expectExit(await run(a, ['sync'], { env: ZH }), 1);
    expect(offline.stderr).toMatch(
      new RegExp(`^k8s-quiz: 无法连接 ${remote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}。没有丢失任何记录：这台机器的答题记录都在（已提交在 .* 里），下次运行 \`k8s-quiz sync\` 时一起同步。git 的说明：.*does not appear to be a git repository\n$`),
    );
    expect(offline.stderr).not.toMatch(/\n\s+at /);

    // A lock left behind by a git that was killed: the command that failed, what to do, then git's words.
    fs.renameSync(`${remote}.away`, remote);
    fs.appendFileSync(path.join(a, 'history.jsonl'), '{}\n');
    fs.writeFileSync(path.join(a, '.git', 'index.lock'), '');
    const locked = expectExit(await run(a, ['sync'], { env: ZH }), 1);
    expect(locked.stderr).toMatch(/^k8s-quiz: 在 .* 里运行 git add 失败。没有丢失任何记录：解决问题后再运行 `k8s-quiz sync`。git 的说明：Unable to create '.*index\.lock': File exists\.\n$/);
    const lockedEn = expectExit(await run(a, ['sync'], { env: C }), 1);
    expect(lockedEn.stderr).toMatch(/^k8s-quiz: git add failed in .*: Unable to create '.*index\.lock': File exists\. Nothing is lost: once that is fixed, run k8s-quiz sync again\.\n$/);
    for (const [out, paths] of [
      [notSetUp.stderr, [a]],
      [noGit.stderr, []],
      [itself.stderr, [a]],
      [offline.stderr, [a, remote]],
      [locked.stderr, [a]],
    ] as const) {
      expect(out).toMatch(/\p{Script=Han}/u);
      expect(ownWords(out, ...paths), out).not.toMatch(PROSE);
    }
  });

  it('a failing git command: the sentence in the run language, git stderr quoted without control characters', async () => {
    const { remote, a, run } = setup();
    expectExit(await run(a, ['sync', '--init', remote]), 0);
    // A fake git on PATH that fails `fetch` with a message full of escapes, and passes the rest to git.
    const bin = tempDir('fake-git-');
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    fs.writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\nfor a in "$@"; do if [ "$a" = fetch ]; then printf 'fatal: \\033[31mremote \\033]0;pwned\\007said no\\033[0m\\n' >&2; exit 128; fi; done\nexec ${real} "$@"\n`,
      { mode: 0o755 },
    );
    const env = { PATH: `${bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}` };
    const zh = expectExit(await run(a, ['sync'], { env: { ...ZH, ...env } }), 1);
    expect(zh.stderr).toBe(`k8s-quiz: 无法连接 ${remote}。没有丢失任何记录：这台机器的答题记录都在（已提交在 ${a} 里），下次运行 \`k8s-quiz sync\` 时一起同步。git 的说明：remote said no\n`);
    const en = expectExit(await run(a, ['sync'], { env: { ...C, ...env } }), 1);
    expect(en.stderr).toBe(`k8s-quiz: could not reach ${remote} (remote said no). Nothing is lost: this machine's answers are kept (committed in ${a}) and go with the next \`k8s-quiz sync\`.\n`);
    for (const out of [zh.stderr, en.stderr]) expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  it('English: one answer is `1 new answer`, several `answers`', async () => {
    const { remote, a, run } = setup();
    const qs = JSON.parse(expectExit(await run(a, ['questions', '--json', '--seed', '8', '--count', '1', '--lang', 'en', EN_NOTES]), 0).stdout) as QuestionJson[];
    expectExit(await run(a, ['quiz', '--plain', '--seed', '8', '--count', '1', '--lang', 'en', EN_NOTES], { input: input(qs.flatMap(rightLines)) }), 0);
    const init = expectExit(await run(a, ['sync', '--init', remote], { env: C }), 0);
    expect(init.stderr).toContain(`syncs with ${remote} (branch main): sent 1 new answer, received 0 new answers; 1 answer in all.`);
    expect(init.stderr).not.toMatch(/\p{Script=Han}/u);
  });
});
