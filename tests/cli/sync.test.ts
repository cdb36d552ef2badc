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

describe.skipIf(!HAVE_GIT)('k8s-quiz sync', { timeout: 60_000 }, () => {
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

  it('after reset on a synced machine, sync puts the synced answers back and warns', async () => {
    const { remote, a, run } = setup();
    const qs = JSON.parse(expectExit(await run(a, ['questions', '--json', '--seed', '6', ...ARGS]), 0).stdout) as QuestionJson[];
    expectExit(await run(a, ['quiz', '--plain', '--seed', '6', ...ARGS], { input: input(qs.flatMap(rightLines)) }), 0);
    expectExit(await run(a, ['sync', '--init', remote]), 0);
    expectExit(await run(a, ['reset', '--yes']), 0);
    const result = expectExit(await run(a, ['sync']), 0);
    expect(result.stderr).toContain('warning: 6 lines of the synced history were missing here (after `k8s-quiz reset`?) and were put back');
    expect(result.stderr).toContain('sent 0 new answers, received 0 new answers; 4 answers in all.');
    const stats = JSON.parse(expectExit(await run(a, ['stats', '--json']), 0).stdout) as { answered: number };
    expect(stats.answered).toBe(4);
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
