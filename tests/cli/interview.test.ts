import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EN_NOTES, cliOk, historyJson, logRecords, questionsJson, statsJson, type AnswerJson } from './answers.js';
import { startInProcess, tempDir, type Running } from '../support/cli.js';

// Timed mock interviews with --plain: timeouts, the report, the mix of questions, history.
// The clock and the timers are fake: time passes only when a test advances it, so a slow
// machine cannot make a question time out, and a time limit costs no real waiting.

const TIMERS: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] };

beforeEach(() => {
  vi.useFakeTimers(TIMERS);
});

afterEach(() => {
  vi.useRealTimers();
});

const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/[.,;:!?？。]+$/u, '');

/** Answers whatever the interview asks, by the hint under each question, until it ends. */
async function answerAll(run: Running): Promise<number> {
  let seen = 0;
  let replies = 0;
  const prompts: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^Answer with a number 1-(\d+)/, () => '1'],
    [/^Type the numbers 1-(\d+) in the right order/, (m) => Array.from({ length: Number(m[1]) }, (_, i) => i + 1).join(' ')],
    [/^Type your answer on one line/, () => 'it keeps the desired state by reconciling'],
    [/^Grade yourself/, () => '3'],
  ];
  for (;;) {
    const lines = run.stdout().split('\n');
    // Only whole lines, and each hint line once.
    for (const line of lines.slice(seen, lines.length - 1)) {
      for (const [pattern, reply] of prompts) {
        const m = line.match(pattern);
        if (m) {
          run.send(reply(m));
          replies++;
        }
      }
    }
    seen = Math.max(seen, lines.length - 1);
    if (run.finished()) return replies;
    await run.changed();
  }
}

describe('interview --plain', () => {
  it('with no input, questions time out one after another and the report names them', async () => {
    const dataDir = tempDir();
    const run = startInProcess(['interview', '--plain', '--minutes', '1', '--per-question', '2', '--count', '3', '--lang', 'en', EN_NOTES], { dataDir });
    await run.waitFor('[1/3]');
    const started = Date.now();
    // Each question waits its two seconds, not a moment less, then the next one comes.
    for (let i = 1; i <= 3; i++) {
      await run.waitFor(`[${i}/3]`);
      await vi.advanceTimersByTimeAsync(1_999);
      expect(run.stdout().split('Time is up for this question.').length - 1, `question ${i} after 1.999 s`).toBe(i - 1);
      await vi.advanceTimersByTimeAsync(1);
      await run.waitFor('Time is up for this question.', i);
    }
    const exit = await run.done;
    const elapsed = Date.now() - started;
    expect(exit.code, run.stderr()).toBe(0);
    // Three questions of two seconds each: it waited for each, and did not wait for the minute.
    expect(elapsed).toBe(6_000);
    const out = run.stdout();
    expect(out.split('Time is up for this question.').length - 1).toBe(3);

    const { answers } = await historyJson(dataDir);
    expect(answers).toHaveLength(3);
    for (const a of answers) expect(a).toMatchObject({ timedOut: true, correct: false });
    const report = out.slice(out.indexOf('Interview report'));
    expect(report).toMatch(/^Interview report[^\n]*: F · 0% · 0\/3/);
    const late = report.slice(report.indexOf('Ran out of time on:'));
    expect(report).toContain('Ran out of time on:');
    for (const a of answers) expect(late).toContain(a.subject);

    const start_ = logRecords(dataDir).find((r) => r['kind'] === 'session-start');
    expect(start_).toMatchObject({ mode: 'interview', planned: 3 });
    const { stats } = await statsJson(dataDir);
    expect(stats).toMatchObject({ sessions: 1, answered: 3, correct: 0 });
    const byMode = stats['byMode'] as { mode: string; sessions: number }[] | undefined;
    const interviews = (stats['interviews'] as number | undefined) ?? byMode?.find((m) => m.mode === 'interview')?.sessions;
    expect(interviews).toBeGreaterThanOrEqual(1);
  });

  it('when the whole time is up the interview ends and reports', async () => {
    const dataDir = tempDir();
    // 0.05 minutes = 3 seconds for five questions, no per-question limit.
    const run = startInProcess(['interview', '--plain', '--minutes', '0.05', '--count', '5', '--seed', '3', '--lang', 'en', EN_NOTES], { dataDir });
    await run.waitFor('[1/5]');
    await vi.advanceTimersByTimeAsync(2_999);
    expect(run.finished(), 'still running before the 3 s are up').toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const exit = await run.done;
    expect(exit.code, run.stderr()).toBe(0);
    const { answers } = await historyJson(dataDir);
    expect(answers.length).toBeGreaterThanOrEqual(1);
    expect(answers.length).toBeLessThan(5);
    expect(answers[answers.length - 1]).toMatchObject({ timedOut: true });
    expect(run.stdout()).toMatch(/Interview report \(time ran out\)/);
  });

  it('answered in full: every answer recorded, graded by the key, and a grade letter in the report', async () => {
    const dataDir = tempDir();
    const seed = '5';
    const run = startInProcess(['interview', '--plain', '--minutes', '5', '--count', '5', '--seed', seed, '--lang', 'en', EN_NOTES], { dataDir });
    const replies = await answerAll(run);
    expect((await run.done).code).toBe(0);
    const { answers } = await historyJson(dataDir);
    expect(answers).toHaveLength(5);
    const recalls = answers.filter((a) => a.type === 'recall').length;
    expect(replies).toBe(5 + recalls);
    for (const a of answers) expect(a.skipped || a.timedOut, JSON.stringify(a)).toBeFalsy();

    // Choice answers were `1`: right exactly when the first choice shown is the key's answer.
    const all = await questionsJson(['--count', '500', '--seed', seed, '--lang', 'en', EN_NOTES], dataDir);
    for (const a of answers) {
      const q = all.find((x) => x.id === a.question);
      expect(q, `question ${a.question} exists`).toBeDefined();
      if (!q) continue;
      if (a.type === 'recall') expect(a).toMatchObject({ correct: true, grade: 3 });
      else if (typeof q.answer === 'number') expect(a.correct, JSON.stringify(a)).toBe(a.given === q.choices[q.answer]);
    }
    const correct = answers.filter((a) => a.correct).length;
    const report = run.stdout().slice(run.stdout().indexOf('Interview report'));
    const head = report.match(/^Interview report: ([A-F]) · (\d+)% · (\d+)\/5/);
    expect(head, report).not.toBeNull();
    expect(Number(head?.[3])).toBe(correct);
    expect(Number(head?.[2])).toBe(Math.round((correct / 5) * 100));
    if (correct === 5) expect(head?.[1]).toBe('A');
    if (correct === 0) expect(head?.[1]).toBe('F');
    const { stats } = await statsJson(dataDir);
    expect(stats).toMatchObject({ sessions: 1, answered: 5, correct });
  });

  it('Ctrl+C mid-interview keeps what was answered and reports it as abandoned (exit 130)', async () => {
    const dataDir = tempDir();
    const run = startInProcess(['interview', '--plain', '--minutes', '5', '--count', '4', '--seed', '8', '--lang', 'en', EN_NOTES], { dataDir });
    await run.waitFor('[1/4]');
    run.send('');
    await run.waitFor('[2/4]');
    run.signal('SIGINT');
    expect((await run.done).code).toBe(130);
    // Stopped with nothing answered: no letter grade, no percentage, and it says so.
    expect(run.stdout()).toContain('Interview report: stopped early: 0 of 4 answered, too few for a grade');
    expect(run.stdout()).not.toMatch(/Interview report.*\b[A-F] · \d+%/);
    const { answers } = await historyJson(dataDir);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ skipped: true });
    const end = logRecords(dataDir).find((r) => r['kind'] === 'session-end');
    expect(end).toMatchObject({ mode: 'interview', abandoned: true });
  });

  it('the mix has more recall and order than multiple choice, and no subject repeats', async () => {
    for (const seed of ['3', '17']) {
      const dataDir = tempDir();
      // Empty lines skip: each question is recorded with its type and subject.
      await cliOk(['interview', '--plain', '--minutes', '10', '--count', '10', '--seed', seed], { dataDir, input: '\n'.repeat(10) });
      const { answers } = await historyJson(dataDir);
      expect(answers).toHaveLength(10);
      const deep = answers.filter((a: AnswerJson) => a.type === 'recall' || a.type === 'order').length;
      expect(deep, answers.map((a) => a.type).join(',')).toBeGreaterThan(10 - deep);
      const subjects = answers.map((a) => key(a.subject));
      expect(new Set(subjects).size, answers.map((a) => a.subject).join(' | ')).toBe(subjects.length);
    }
  });
});
