import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_NOTES, ZH_NOTES, answersOf, expectExit, historyJson, input, rightLines, statsJson, wrongLines, type QuestionJson } from '../cli/answers.js';
import { ROOT, tempDir } from '../support/cli.js';
import { BIN, BUILT, buildIsStale, run, shell, start } from './spawn-cli.js';

// The few things only a real process shows, run on the built CLI (`npm test` builds first):
// the bin starts, a --plain quiz over real pipes, kill -9 mid-session, two processes writing
// one log, a pipe closed early, and stdin that is not a terminal (Ctrl+C on a pipeline:
// tests/hardening/interrupt.test.ts). The answer key comes from the same build (so a stale dist/
// still answers its own questions); the log it leaves is read in-process (tests/cli/answers.ts).
// Nothing here waits on a clock: each step waits for the output it needs, and the
// test timeout is only a safety net.

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const FEEDBACK = 'Score so far:';

if (!BUILT) console.warn('tests/e2e/real-process.test.ts skipped: dist/ is missing (run `npm run build`, or `npm test`, which builds first)');
else if (buildIsStale()) console.warn('tests/e2e/real-process.test.ts runs dist/, which is older than src/ (`npm test` builds first)');

async function questionsJson(args: string[], dataDir: string): Promise<QuestionJson[]> {
  return JSON.parse(expectExit(await run(['questions', '--json', ...args], { dataDir }), 0).stdout) as QuestionJson[];
}

describe.skipIf(!BUILT).concurrent('the built CLI in its own process', () => {
  it('--version prints the package version', async () => {
    const result = expectExit(await run(['--version']), 0);
    expect(result.stdout.trim()).toBe(VERSION);
    expect(result.stderr).toBe('');
  });

  it('a --plain quiz answered with the key of questions --json through real pipes scores 100%', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '11', '--count', '12', '--lang', 'en'];
    const qs = await questionsJson(args, dataDir);
    expect(qs).toHaveLength(12);
    const result = expectExit(await run(['quiz', '--plain', ...args], { dataDir, input: input(qs.flatMap(rightLines)) }), 0);
    expect(result.stdout).toContain('Score: 12/12 (100%)');
    expect(result.stdout).not.toContain('Wrong.');
    const { answers } = await historyJson(dataDir);
    expect(answers.map((a) => a.question)).toEqual(qs.map((q) => q.id));
    expect(answers.every((a) => a.correct)).toBe(true);
  });

  it('a quiz on a non-TTY stdin without --plain exits 2 and says to use --plain', async () => {
    const dataDir = tempDir();
    const result = await run(['quiz', EN_NOTES], { dataDir, input: '1\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--plain');
    expect(result.stdout).toBe('');
    expect(existsSync(path.join(dataDir, 'history.jsonl')), 'nothing recorded').toBe(false);
  });

  it('kill -9 in the middle of a plain session keeps the answers before it', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '8', '--count', '6', '--lang', 'en', EN_NOTES];
    const qs = await questionsJson(args, dataDir);
    const quiz = start(['quiz', '--plain', ...args], { dataDir });
    quiz.send(...rightLines(qs[0] as QuestionJson), ...wrongLines(qs[1] as QuestionJson));
    await quiz.waitFor(FEEDBACK, 2);
    quiz.child.kill('SIGKILL');
    expect(await quiz.exited).toMatchObject({ signal: 'SIGKILL' });
    const { answers, stderr } = await historyJson(dataDir);
    expect(stderr).not.toMatch(/warning/i);
    expect(answers.map((a) => a.question)).toEqual([qs[0]?.id, qs[1]?.id]);
    expect(answers.map((a) => a.correct)).toEqual([true, false]);
    expect((await statsJson(dataDir)).stats).toMatchObject({ sessions: 1, answered: 2, correct: 1 });
  });

  it('two plain sessions at once on one data dir keep every answer of both', async () => {
    const dataDir = tempDir();
    const argsA = ['--seed', '31', '--count', '5', '--lang', 'en', EN_NOTES];
    const argsB = ['--seed', '32', '--count', '5', ZH_NOTES];
    const [qa, qb] = await Promise.all([questionsJson(argsA, dataDir), questionsJson(argsB, dataDir)]);
    const a = start(['quiz', '--plain', ...argsA], { dataDir });
    const b = start(['quiz', '--plain', ...argsB], { dataDir });
    const zhFeedback = '当前得分：';
    for (let i = 0; i < 5; i++) {
      a.send(...rightLines(qa[i] as QuestionJson));
      await a.waitFor(FEEDBACK, i + 1);
      b.send(...wrongLines(qb[i] as QuestionJson));
      await b.waitFor(zhFeedback, i + 1);
    }
    a.child.stdin.end();
    b.child.stdin.end();
    expect(await a.exited).toEqual({ code: 0, signal: null });
    expect(await b.exited).toEqual({ code: 0, signal: null });
    const { answers, stderr } = await historyJson(dataDir);
    expect(stderr).not.toMatch(/warning|corrupt|skipped/i);
    const sessions = [...new Set(answers.map((x) => x.session))];
    expect(sessions).toHaveLength(2);
    const ofA = answers.filter((x) => qa.some((q) => q.id === x.question) && x.correct);
    const ofB = answers.filter((x) => qb.some((q) => q.id === x.question) && !x.correct);
    expect(ofA.map((x) => x.question)).toEqual(qa.map((q) => q.id));
    expect(ofB.map((x) => x.question)).toEqual(qb.map((q) => q.id));
    expect(answersOf(answers, ofA[0]?.session as string)).toHaveLength(5);
    expect(answersOf(answers, ofB[0]?.session as string)).toHaveLength(5);
    // Every line of the log is one whole record.
    const lines = readFileSync(path.join(dataDir, 'history.jsonl'), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(lines.filter((l) => l.includes('"session-start"'))).toHaveLength(2);
    expect(lines.filter((l) => l.includes('"session-end"'))).toHaveLength(2);
    expect((await statsJson(dataDir)).stats).toMatchObject({ sessions: 2, answered: 10, correct: 5 });
  });

  it('a closed pipe (| head) is quiet: no error on stderr', async () => {
    const dataDir = tempDir();
    const node = JSON.stringify(process.execPath);
    const bin = JSON.stringify(BIN);
    const data = JSON.stringify(dataDir);
    const pipelines = [
      [`${node} ${bin} banks --json --data-dir ${data} | head -c 10`, 10],
      [`${node} ${bin} questions --count 300 --data-dir ${data} | head -n 1`, undefined],
      [`${node} ${bin} questions --json --count 300 --data-dir ${data} | head -c 1`, 1],
    ] as const;
    const runs = pipelines.map(([pipeline]) => shell(pipeline));
    const exits = await Promise.all(runs.map((r) => r.exited));
    for (const [i, [pipeline, bytes]] of pipelines.entries()) {
      const result = runs[i] as (typeof runs)[number];
      expect(exits[i]?.code, pipeline).toBe(0);
      expect(result.stderr(), pipeline).toBe('');
      if (bytes !== undefined) expect(result.stdout().length, pipeline).toBe(bytes);
      else expect(result.stdout().split('\n').filter(Boolean)).toHaveLength(1);
    }
  });
});
