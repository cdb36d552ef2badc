import { describe, expect, it } from 'vitest';
import {
  EN_NOTES,
  ZH_NOTES,
  expectExit,
  historyJson,
  input,
  questionsJson,
  rightLines,
  statsJson,
  wrongLines,
  type QuestionJson,
} from './answers.js';
import { runInProcess as cli, tempDir } from '../support/cli.js';

// `quiz --plain` answered from the key that `questions --json` prints for the same options.

const scoreLine = (correct: number, total: number) => `Score: ${correct}/${total} (${Math.round((correct / total) * 100)}%)`;

function quiz(args: string[], dataDir: string, lines: string[]) {
  return cli(['quiz', '--plain', ...args], { dataDir, input: input(lines) });
}

function plan(args: string[], dataDir: string): Promise<QuestionJson[]> {
  return questionsJson(args, dataDir);
}

describe('quiz --plain', () => {
  it('answering every question of the bundled notes with the key scores 100%, in the order of questions --json', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '11', '--count', '12', '--lang', 'en'];
    const qs = await plan(args, dataDir);
    expect(qs).toHaveLength(12);
    const result = expectExit(await quiz(args, dataDir, qs.flatMap(rightLines)), 0);
    expect(result.stdout).toContain(scoreLine(12, 12));
    // Every choice question is confirmed right, none wrong.
    const choiceCount = qs.filter((q) => q.type !== 'recall').length;
    expect(result.stdout.split('\nRight.\n').length - 1).toBe(choiceCount);
    expect(result.stdout).not.toContain('Wrong.');
    const [{ stats }, { answers }] = await Promise.all([statsJson(dataDir), historyJson(dataDir)]);
    expect(stats.sessions).toBe(1);
    expect(stats.answered).toBe(12);
    expect(stats.correct).toBe(12);
    expect(answers.map((a) => a.question)).toEqual(qs.map((q) => q.id));
    expect(answers.map((a) => a.type)).toEqual(qs.map((q) => q.type));
    expect(answers.every((a) => a.correct)).toBe(true);
  });

  it('answering an English note file with the key, all types including order and recall, scores 100%', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '5', '--count', '20', '--lang', 'en', EN_NOTES];
    const qs = await plan(args, dataDir);
    expect(qs).toHaveLength(20);
    const types = new Set(qs.map((q) => q.type));
    expect(types.has('order') && types.has('recall'), `types in the sample: ${[...types].join(', ')}`).toBe(true);
    const result = expectExit(await quiz(args, dataDir, qs.flatMap(rightLines)), 0);
    expect(result.stdout).toContain(scoreLine(20, 20));
    const { stats } = await statsJson(dataDir);
    expect(stats).toMatchObject({ sessions: 1, answered: 20, correct: 20 });
  });

  it('answering every question wrong scores 0%', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '9', '--count', '14', '--lang', 'en', EN_NOTES, ZH_NOTES];
    const qs = await plan(args, dataDir);
    expect(qs).toHaveLength(14);
    const result = expectExit(await quiz(args, dataDir, qs.flatMap(wrongLines)), 0);
    expect(result.stdout).toContain(scoreLine(0, 14));
    expect(result.stdout).not.toContain('Right.');
    const [{ stats }, { answers }] = await Promise.all([statsJson(dataDir), historyJson(dataDir)]);
    expect(stats).toMatchObject({ sessions: 1, answered: 14, correct: 0 });
    expect(answers.map((a) => a.question)).toEqual(qs.map((q) => q.id));
    expect(answers.some((a) => a.correct)).toBe(false);
  });

  it('re-asks after invalid lines and still completes the session with every answer', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '4', '--count', '10', '--lang', 'en', EN_NOTES];
    const qs = await plan(args, dataDir);
    expect(qs).toHaveLength(10);
    expect(qs.some((q) => q.type === 'order'), 'an order question in the sample').toBe(true);
    expect(qs.some((q) => q.type === 'recall'), 'a recall question in the sample').toBe(true);
    let invalid = 0;
    const lines = qs.flatMap((q) => {
      const right = rightLines(q);
      if (q.type === 'recall') {
        invalid += 2; // the free text is always accepted; the grade line is not
        return [right[0] as string, 'x', '9', right[1] as string];
      }
      if (q.type === 'typed') return right; // any text is an answer
      if (q.type === 'order') {
        invalid += 3;
        return ['x', '99', '1 1 1', ...right];
      }
      invalid += 2;
      return ['x', '99', ...right];
    });
    const result = expectExit(await quiz(args, dataDir, lines), 0);
    // Each invalid line is answered with a short message (the hint, prefixed with `? `).
    expect(result.stdout.split('\n').filter((l) => l.startsWith('? ')).length).toBe(invalid);
    expect(result.stdout).toContain(scoreLine(10, 10));
    const { answers } = await historyJson(dataDir);
    expect(answers).toHaveLength(10);
    expect(answers.every((a) => a.correct && !a.skipped)).toBe(true);
  });

  it('an empty line skips the question', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '6', '--count', '4', '--lang', 'en', EN_NOTES];
    const qs = await plan(args, dataDir);
    expect(qs).toHaveLength(4);
    const lines = ['', ...qs.slice(1).flatMap(rightLines)];
    const result = expectExit(await quiz(args, dataDir, lines), 0);
    expect(result.stdout).toContain('Skipped.');
    // A skip is out of the score, as it is out of stats' accuracy.
    expect(result.stdout).toContain(`${scoreLine(3, 3)} · 1 skipped`);
    const [{ stats }, { answers }] = await Promise.all([statsJson(dataDir), historyJson(dataDir)]);
    expect(answers.map((a) => a.question)).toEqual(qs.map((q) => q.id));
    expect(answers[0]).toMatchObject({ skipped: true, correct: false });
    expect(answers.slice(1).every((a) => a.correct && !a.skipped)).toBe(true);
    expect(stats).toMatchObject({ sessions: 1, answered: 3, correct: 3 });
  });

  it('end of input after 2 answers keeps those 2 and exits 0', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '12', '--count', '6', '--lang', 'en', EN_NOTES];
    const qs = await plan(args, dataDir);
    expect(qs).toHaveLength(6);
    const result = expectExit(await quiz(args, dataDir, qs.slice(0, 2).flatMap(rightLines)), 0);
    expect(result.stdout).toMatch(/Stopped after 2 of 6 questions/);
    const [{ stats }, { answers }] = await Promise.all([statsJson(dataDir), historyJson(dataDir)]);
    expect(answers.map((a) => a.question)).toEqual(qs.slice(0, 2).map((q) => q.id));
    expect(stats).toMatchObject({ sessions: 1, answered: 2, correct: 2 });
  });

  it('Chinese notes without --lang: Chinese interface and the Chinese score line', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '3', '--count', '6', ZH_NOTES];
    const qs = await plan(args, dataDir);
    expect(qs).toHaveLength(6);
    const result = expectExit(await quiz(args, dataDir, qs.flatMap(rightLines)), 0);
    expect(result.stdout).toContain('得分：6/6（100%）');
    expect(result.stdout).not.toContain('Score:');
    const { stats } = await statsJson(dataDir);
    expect(stats).toMatchObject({ sessions: 1, answered: 6, correct: 6 });
  });
});
