import { describe, expect, it } from 'vitest';
import { EN_NOTES, expectExit, input, rightLines, type AnswerJson, type QuestionJson } from '../cli/answers.js';
import { tempDir } from '../support/cli.js';
import { BUILT, buildIsStale, run } from './spawn-cli.js';

// The built CLI in its own process: a --plain quiz that answers a typed question (with a
// typo), a multi question (picks out of order) and flags one question with `!`; then
// `flagged --json`, `stats --json`, the next quiz without the flagged question, and
// `flagged --unflag`.

if (!BUILT) console.warn('tests/e2e/kinds-and-flag.test.ts skipped: dist/ is missing (run `npm run build`, or `npm test`, which builds first)');
else if (buildIsStale()) console.warn('tests/e2e/kinds-and-flag.test.ts runs dist/, which is older than src/ (`npm test` builds first)');

async function json<T>(args: string[], dataDir: string): Promise<T> {
  return JSON.parse(expectExit(await run(args, { dataDir }), 0).stdout) as T;
}

/** The text with two neighbouring letters of its first long word swapped: one typo, forgiven. */
function withTypo(text: string): string {
  const word = /\p{L}{5,}/u.exec(text);
  if (!word) return text.toUpperCase();
  const w = word[0];
  const i = [...w].findIndex((ch, k) => k > 0 && k < w.length - 1 && ch !== w[k + 1]);
  const swapped = w.slice(0, i) + (w[i + 1] as string) + (w[i] as string) + w.slice(i + 2);
  return text.replace(w, swapped);
}

describe.skipIf(!BUILT)('typed, multi and the flag, in a real process', { timeout: 60_000 }, () => {
  it('answers a typed and a multi question, flags one with !, then flagged, stats, the next quiz and unflag agree', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '3', '--count', '5', '--type', 'typed,multi,define', '--lang', 'en', EN_NOTES];
    const qs = await json<QuestionJson[]>(['questions', '--json', ...args], dataDir);
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
    const quiz = expectExit(await run(['quiz', '--plain', ...args], { dataDir, input: input(lines) }), 0);
    expect(quiz.stdout).toContain('(A line with only ! flags the question as bad');
    expect(quiz.stdout).toContain('Flagged as a bad question: not scored, not asked again.');
    expect(quiz.stdout).toContain('A small typo, forgiven:');
    expect(quiz.stdout).toContain('Score: 4/4 (100%) · 1 flagged');

    const flagged = await json<{ question: string; type: string; subject: string; prompt: string; source: { file: string; line: number } }[]>(['flagged', '--json'], dataDir);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ question: bad.id, type: 'define', subject: bad.subject, prompt: bad.prompt, source: bad.source });

    const stats = await json<{ sessions: number; answered: number; correct: number; flagged: number; skipped: number }>(['stats', '--json'], dataDir);
    expect(stats).toMatchObject({ sessions: 1, answered: 4, correct: 4, flagged: 1, skipped: 0 });

    const history = await json<AnswerJson[]>(['history', '--json'], dataDir);
    expect(history.map((a) => a.question)).toEqual(qs.filter((q) => q !== bad).map((q) => q.id));
    expect(history.find((a) => a.question === typed.id)).toMatchObject({ type: 'typed', correct: true, given: withTypo(String(typed.answer)) });
    expect(history.find((a) => a.question === multi.id)).toMatchObject({ type: 'multi', correct: true });

    // Never asked again: the same quiz now leaves it out (and still has five questions if the notes have them).
    const again = await json<QuestionJson[]>(['questions', '--json', ...args], dataDir);
    expect(again.map((q) => q.id)).not.toContain(bad.id);
    expect(again).toHaveLength(5);

    // Un-flagged by the first characters of its id: asked again.
    const unflag = expectExit(await run(['flagged', '--unflag', bad.id.slice(0, 6)], { dataDir }), 0);
    expect(unflag.stdout).toContain(`unflagged ${bad.id}`);
    expect(await json<unknown[]>(['flagged', '--json'], dataDir)).toEqual([]);
    expect(await json<{ flagged: number }>(['stats', '--json'], dataDir)).toMatchObject({ flagged: 0 });
    expect((await json<QuestionJson[]>(['questions', '--json', ...args], dataDir)).map((q) => q.id)).toEqual(qs.map((q) => q.id));

    // An id that names no flagged question is a usage error.
    const unknown = await run(['flagged', '--unflag', 'no-such-id'], { dataDir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no flagged question has the id "no-such-id"');
  });
});
