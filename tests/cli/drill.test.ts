import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_NOTES, expectExit, historyJson, input, questionsJson, rightLines, wrongLines, type AnswerJson, type QuestionJson } from './answers.js';
import { runInProcess as cli, tempDir } from '../support/cli.js';

// `drill` brings back what was missed, by stable question id, even after the notes move.

/** A quiz where the first `wrong` questions are answered wrong and the rest right. */
async function quiz(dataDir: string, args: string[], wrong: number): Promise<{ right: string[]; missed: string[]; session: string }> {
  const qs = await questionsJson(args, dataDir);
  const lines = qs.flatMap((q, i) => (i < wrong ? wrongLines(q) : rightLines(q)));
  expectExit(await cli(['quiz', '--plain', ...args], { dataDir, input: input(lines) }), 0);
  const answers = (await historyJson(dataDir)).answers;
  const session = answers[answers.length - 1]?.session as string;
  const mine = answers.filter((a) => a.session === session);
  expect(mine.map((a) => a.question)).toEqual(qs.map((q: QuestionJson) => q.id));
  return {
    right: mine.filter((a) => a.correct).map((a) => a.question),
    missed: mine.filter((a) => !a.correct).map((a) => a.question),
    session,
  };
}

/** Runs a drill that skips every question (empty lines), and returns what it asked, in order. */
async function drill(dataDir: string, args: string[], count: number): Promise<{ asked: AnswerJson[]; stderr: string }> {
  const before = new Set((await historyJson(dataDir)).answers.map((a) => a.session));
  const result = expectExit(await cli(['drill', '--plain', '--count', String(count), '--lang', 'en', ...args], { dataDir, input: '\n'.repeat(count + 2) }), 0);
  const asked = (await historyJson(dataDir)).answers.filter((a) => !before.has(a.session));
  expect(new Set(asked.map((a) => a.session)).size).toBe(1);
  return { asked, stderr: result.stderr };
}

describe('drill', () => {
  it('asks the missed questions first, and not the ones answered right', async () => {
    const dataDir = tempDir();
    const { right, missed } = await quiz(dataDir, ['--seed', '41', '--count', '8', '--lang', 'en', EN_NOTES], 3);
    expect(missed).toHaveLength(3);
    expect(right).toHaveLength(5);
    const { asked } = await drill(dataDir, [EN_NOTES], 8);
    expect(asked).toHaveLength(8);
    const ids = asked.map((a) => a.question);
    expect(new Set(ids.slice(0, 3))).toEqual(new Set(missed));
    // Right a moment ago means not due: not asked at all, not even after the new ones.
    for (const id of right) expect(ids).not.toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(asked.every((a) => a.skipped)).toBe(true);
  });

  it('history follows the questions when the note file moves and gains a bullet', async () => {
    const dataDir = tempDir();
    const first = path.join(tempDir('k8s-quiz-notes-a-'), 'k8s', 'platform.md');
    mkdirSync(path.dirname(first), { recursive: true });
    copyFileSync(EN_NOTES, first);
    const { right, missed } = await quiz(dataDir, ['--seed', '42', '--count', '10', '--lang', 'en', first], 4);
    const answered = [...right, ...missed];

    // Move it elsewhere under another name, and add a bullet to the first list.
    const moved = path.join(tempDir('k8s-quiz-notes-b-'), 'elsewhere', 'workloads-and-more.md');
    mkdirSync(path.dirname(moved), { recursive: true });
    const text = readFileSync(first, 'utf8');
    const anchor = '- DaemonSet:';
    expect(text).toContain(anchor);
    writeFileSync(moved, text.replace(anchor, `- ReplicaSet: keeps the requested number of identical Pod replicas alive\n${anchor}`));
    rmSync(path.dirname(first), { recursive: true });

    const now = await questionsJson(['--count', '500', '--seed', '42', '--lang', 'en', moved], dataDir);
    const ids = new Set(now.map((q) => q.id));
    for (const id of answered) expect(ids.has(id), `question ${id} is still found after the move`).toBe(true);
    // The new bullet brings new questions.
    expect(now.some((q) => q.subject === 'ReplicaSet')).toBe(true);

    // And the drill on the moved file still knows what was missed.
    const { asked } = await drill(dataDir, [moved], missed.length);
    expect(new Set(asked.map((a) => a.question))).toEqual(new Set(missed));
  });
});
