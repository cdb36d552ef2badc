import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../support/cli.js';
import { EN_NOTES, expectExit, input, logRecords, rightLines, type AnswerJson, type QuestionJson } from './answers.js';

// `k8s-quiz flagged` and what a flag does to quiz, drill and interview, in-process.

const HISTORY = 'history.jsonl';

async function questions(dataDir: string, extra: string[] = []): Promise<QuestionJson[]> {
  return JSON.parse(expectExit(await runInProcess(['questions', '--json', '--count', '500', '--seed', '1', '--lang', 'en', EN_NOTES, ...extra], { dataDir }), 0).stdout) as QuestionJson[];
}

/** Flags a question the way a session does: a flag record appended to the log. */
function flag(dataDir: string, q: QuestionJson): void {
  const record = { v: 1, kind: 'flag', session: 'test', at: new Date().toISOString(), question: q.id, type: q.type, bank: q.bank, topic: q.topic, subject: q.subject, prompt: q.prompt, source: q.source };
  appendFileSync(path.join(dataDir, HISTORY), `${JSON.stringify(record)}\n`);
}

const asked = (dataDir: string) => logRecords(dataDir).filter((r) => r['kind'] === 'answer').map((r) => r['question']);

describe('flagged', () => {
  it('nothing flagged: says how to flag, prints nothing on stdout; --json is []', async () => {
    const dataDir = tempDir();
    const text = expectExit(await runInProcess(['flagged', '--lang', 'en'], { dataDir }), 0);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('No flagged questions. During a session, ! marks a bad question.');
    // With no history to tell the language, the notes a quiz would use do (here the Chinese bundled set).
    expect(expectExit(await runInProcess(['flagged'], { dataDir, env: { LANG: 'zh_CN.UTF-8' } }), 0).stderr).toContain('没有标记为有问题的题');
    expect(JSON.parse(expectExit(await runInProcess(['flagged', '--json'], { dataDir }), 0).stdout)).toEqual([]);
  });

  it('lists a flagged question with its id, type, file:line, subject and prompt; --unflag takes it back', async () => {
    const dataDir = tempDir();
    const [q] = await questions(dataDir);
    if (!q) throw new Error('no questions');
    flag(dataDir, q);
    const text = expectExit(await runInProcess(['flagged'], { dataDir }), 0);
    expect(text.stdout.split('\n')[0]).toBe(`${q.id}  ${q.type.padEnd(8)} ${q.source.file}:${q.source.line}  ${q.subject}`);
    expect(text.stdout).toContain(`    ${q.prompt.split('\n')[0]}`);
    expect(text.stderr).toContain('1 flagged question; `k8s-quiz flagged --unflag ID` asks one again');
    const undo = expectExit(await runInProcess(['flagged', '--unflag', q.id], { dataDir }), 0);
    expect(undo.stdout).toContain(`unflagged ${q.id} (${q.subject})`);
    expect(logRecords(dataDir).at(-1)).toMatchObject({ kind: 'unflag', question: q.id });
    expect(JSON.parse(expectExit(await runInProcess(['flagged', '--json'], { dataDir }), 0).stdout)).toEqual([]);
  });

  it('--help says how a question gets flagged and how to un-flag it', async () => {
    const help = expectExit(await runInProcess(['flagged', '--help'], { dataDir: false }), 0);
    expect(help.stdout).toContain('--unflag <ids...>');
    expect(help.stdout).toContain('press !');
  });

  it('quiz, drill and interview never ask a flagged question', async () => {
    const dataDir = tempDir();
    const all = await questions(dataDir);
    const bad = all.slice(0, 3);
    for (const q of bad) flag(dataDir, q);
    const skips = '\n'.repeat(400);
    expectExit(await runInProcess(['quiz', '--plain', '--count', '500', '--seed', '1', '--lang', 'en', EN_NOTES], { dataDir, input: skips }), 0);
    expectExit(await runInProcess(['drill', '--plain', '--count', '500', '--lang', 'en', EN_NOTES], { dataDir, input: skips }), 0);
    expectExit(await runInProcess(['interview', '--plain', '--count', '30', '--minutes', '600', '--seed', '1', '--lang', 'en', EN_NOTES], { dataDir, input: skips }), 0);
    const seen = asked(dataDir);
    expect(seen.length).toBeGreaterThan(all.length - bad.length);
    for (const q of bad) expect(seen).not.toContain(q.id);
    // The quiz (the first session) asked every other question.
    const quizSession = logRecords(dataDir).find((r) => r['kind'] === 'session-start')?.['session'];
    const quizAsked = logRecords(dataDir).filter((r) => r['kind'] === 'answer' && r['session'] === quizSession).map((r) => r['question']);
    expect(new Set(quizAsked)).toEqual(new Set(all.slice(3).map((q) => q.id)));
  });
});

/** The text with two neighbouring letters of its first long word swapped: one typo, forgiven. */
function withTypo(text: string): string {
  const word = /\p{L}{5,}/u.exec(text);
  if (!word) return text.toUpperCase();
  const w = word[0];
  const i = [...w].findIndex((ch, k) => k > 0 && k < w.length - 1 && ch !== w[k + 1]);
  const swapped = w.slice(0, i) + (w[i + 1] as string) + (w[i] as string) + w.slice(i + 2);
  return text.replace(w, swapped);
}

// A --plain quiz that answers a typed question (with a typo), a multi question (picks out of
// order) and flags one question with `!`; then `flagged --json`, `stats --json`, the next quiz
// without the flagged question, and `flagged --unflag`.
describe('typed, multi and the flag, from the quiz to unflag', () => {
  it('answers a typed and a multi question, flags one with !, then flagged, stats, the next quiz and unflag agree', async () => {
    const dataDir = tempDir();
    const json = async <T>(args: string[]): Promise<T> => JSON.parse(expectExit(await runInProcess(args, { dataDir }), 0).stdout) as T;
    const args = ['--seed', '3', '--count', '5', '--type', 'typed,multi,define', '--lang', 'en', EN_NOTES];
    const qs = await json<QuestionJson[]>(['questions', '--json', ...args]);
    const typed = qs.find((q) => q.type === 'typed');
    const multi = qs.find((q) => q.type === 'multi');
    const bad = qs.find((q) => q.type === 'define');
    expect(typed && multi && bad, `questions --json ${args.join(' ')} gives a typed, a multi and a define question: ${qs.map((q) => q.type).join(', ')}`).toBeTruthy();
    if (!typed || !multi || !bad) return;
    expect(typed.choices).toEqual([]);
    expect(Array.isArray(multi.answer)).toBe(true);

    const lines = qs.flatMap((q) => {
      if (q === bad) return ['!'];
      if (q === typed) return [withTypo(String(q.answer))];
      if (q === multi) return [[...(q.answer as number[])].reverse().map((i) => i + 1).join(',')];
      return rightLines(q);
    });
    const quiz = expectExit(await runInProcess(['quiz', '--plain', ...args], { dataDir, input: input(lines) }), 0);
    expect(quiz.stdout).toContain('(A line with only ! flags the question as bad');
    expect(quiz.stdout).toContain('Flagged as a bad question: not scored, not asked again.');
    expect(quiz.stdout).toContain('A small typo, forgiven:');
    expect(quiz.stdout).toContain('Score: 4/4 (100%) · 1 flagged');

    const flagged = await json<{ question: string; type: string; subject: string; prompt: string; source: { file: string; line: number } }[]>(['flagged', '--json']);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ question: bad.id, type: 'define', subject: bad.subject, prompt: bad.prompt, source: bad.source });

    const stats = await json<{ sessions: number; answered: number; correct: number; flagged: number; skipped: number }>(['stats', '--json']);
    expect(stats).toMatchObject({ sessions: 1, answered: 4, correct: 4, flagged: 1, skipped: 0 });

    const history = await json<AnswerJson[]>(['history', '--json']);
    expect(history.map((a) => a.question)).toEqual(qs.filter((q) => q !== bad).map((q) => q.id));
    expect(history.find((a) => a.question === typed.id)).toMatchObject({ type: 'typed', correct: true, given: withTypo(String(typed.answer)) });
    expect(history.find((a) => a.question === multi.id)).toMatchObject({ type: 'multi', correct: true });

    // Never asked again: the same quiz now leaves it out (and still has five questions if the notes have them).
    const again = await json<QuestionJson[]>(['questions', '--json', ...args]);
    expect(again.map((q) => q.id)).not.toContain(bad.id);
    expect(again).toHaveLength(5);

    // Un-flagged by the first characters of its id: asked again.
    const unflag = expectExit(await runInProcess(['flagged', '--unflag', bad.id.slice(0, 6)], { dataDir }), 0);
    expect(unflag.stdout).toContain(`unflagged ${bad.id}`);
    expect(await json<unknown[]>(['flagged', '--json'])).toEqual([]);
    expect(await json<{ flagged: number }>(['stats', '--json'])).toMatchObject({ flagged: 0 });
    expect((await json<QuestionJson[]>(['questions', '--json', ...args])).map((q) => q.id)).toEqual(qs.map((q) => q.id));

    // An id that names no flagged question is a usage error.
    const unknown = await runInProcess(['flagged', '--unflag', 'no-such-id'], { dataDir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no flagged question has the id "no-such-id"');
  });
});
