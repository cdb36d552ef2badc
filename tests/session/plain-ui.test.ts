import { PassThrough } from 'node:stream';
import stringWidth from 'string-width';
import { pending } from '../support/async.js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AnswerRecord, HistoryRecord } from '../../src/core/history/records.js';
import type { Question } from '../../src/core/types.js';
import { runSession, type Position } from '../../src/core/session/session.js';
import { LineReader, ABORTED } from '../../src/ui/line-reader.js';
import { messages } from '../../src/ui/messages.js';
import { plainUI, formatQuestion } from '../../src/ui/plain.js';
import { choiceQuestion, orderQuestion, recallQuestion, zhChoice, zhOrder, zhRecall } from './fixtures.js';

// --plain: one answer per input line, read from a stream that stays open, so each answer
// can be shown to be handled before the next line exists.

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const POSITION: Position = { index: 0, total: 3, answered: 0, correct: 0 };
const NO_DEADLINES = {};

interface Plain {
  input: PassThrough;
  reader: LineReader;
  output: () => string;
  ui: ReturnType<typeof plainUI>;
  /** Writes one line of input. */
  line: (text: string) => void;
}

function plain(options: { lang?: 'en' | 'zh'; width?: number; now?: () => number } = {}): Plain {
  const input = new PassThrough();
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const reader = new LineReader(input);
  const ui = plainUI({ reader, out, messages: messages(options.lang ?? 'en'), width: options.width ?? 80, now: options.now ?? (() => T0) });
  return { input, reader, output: () => text, ui, line: (l) => input.write(`${l}\n`) };
}

const signal = () => new AbortController().signal;


afterEach(() => {
  vi.useRealTimers();
});

function session(questions: Question[], p: Plain, extra: { totalMs?: number; perQuestionMs?: number; now?: () => number } = {}) {
  const records: HistoryRecord[] = [];
  const stop = new AbortController();
  const running = runSession({
    mode: 'quiz',
    session: 's',
    questions,
    notes: [],
    ui: p.ui,
    append: (r) => records.push(r),
    now: extra.now ?? (() => T0),
    stop: stop.signal,
    ...(extra.totalMs ? { totalMs: extra.totalMs } : {}),
    ...(extra.perQuestionMs ? { perQuestionMs: extra.perQuestionMs } : {}),
  });
  const answers = () => records.filter((r): r is AnswerRecord => r.kind === 'answer');
  return { records, answers, running, stop };
}

describe('asking', () => {
  test('prints the question with numbered choices and the hint, then waits for a line', async () => {
    const p = plain();
    const answer = p.ui.ask(choiceQuestion('q1'), POSITION, NO_DEADLINES, signal());
    expect(await pending(answer)).toBe(true);
    expect(p.output()).toContain('[1/3] define · Kubernetes › Workloads');
    expect(p.output()).toContain('Which Service type opens the same port on every node?');
    expect(p.output()).toContain('  1) ClusterIP\n  2) NodePort\n  3) LoadBalancer\n  4) ExternalName');
    expect(p.output()).toContain('Answer with a number 1-4 (empty line skips):');
    p.line('2');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 1 });
  });

  test('invalid lines are answered with the hint and read again', async () => {
    const p = plain();
    const answer = p.ui.ask(choiceQuestion('q1'), POSITION, NO_DEADLINES, signal());
    for (const bad of ['abc', '0', '5', '1 2', '-1']) {
      p.line(bad);
      expect(await pending(answer)).toBe(true);
    }
    expect(p.output().match(/^\? Answer with a number 1-4 \(empty line skips\):$/gm)).toHaveLength(5);
    p.line(' 3 ');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 2 });
  });

  test('full-width digits count', async () => {
    const p = plain();
    const answer = p.ui.ask(choiceQuestion('q1'), POSITION, NO_DEADLINES, signal());
    p.line('４');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 3 });
  });

  test('an empty line skips', async () => {
    const p = plain();
    const answer = p.ui.ask(choiceQuestion('q1'), POSITION, NO_DEADLINES, signal());
    p.line('');
    await expect(answer).resolves.toEqual({ kind: 'skip' });
  });

  test('order: the numbers in the chosen order; an incomplete order is re-asked', async () => {
    const p = plain();
    const answer = p.ui.ask(orderQuestion('o1'), POSITION, NO_DEADLINES, signal());
    expect(p.output()).toContain('Type the numbers 1-3 in the right order, e.g. 3 2 1 (empty line skips):');
    p.line('3 1');
    expect(await pending(answer)).toBe(true);
    p.line('1 1 2');
    expect(await pending(answer)).toBe(true);
    expect(p.output().match(/^\? Type the numbers/gm)).toHaveLength(2);
    p.line('3,1 2');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [2, 0, 1] });
  });

  test('recall: the typed line is the answer', async () => {
    const p = plain();
    const answer = p.ui.ask(recallQuestion('r1'), POSITION, NO_DEADLINES, signal());
    expect(p.output()).toContain('Type your answer on one line (empty line skips):');
    p.line('  one or more containers sharing a network  ');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'one or more containers sharing a network' });
  });

  test('end of input ends', async () => {
    const p = plain();
    const answer = p.ui.ask(choiceQuestion('q1'), POSITION, NO_DEADLINES, signal());
    p.input.end();
    await expect(answer).resolves.toEqual({ kind: 'end' });
  });

  test('a last line without a newline still counts before the end', async () => {
    const p = plain();
    const answer = p.ui.ask(choiceQuestion('q1'), POSITION, NO_DEADLINES, signal());
    p.input.end('2');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 1 });
  });

  test('the time left is shown when there are deadlines', async () => {
    const p = plain({ now: () => T0 });
    const answer = p.ui.ask(choiceQuestion('q1'), POSITION, { session: T0 + 14 * 60_000 + 5_000, question: T0 + 30_000 }, signal());
    expect(p.output()).toContain('(14:05 left, 0:30 for this question)');
    p.line('1');
    await answer;
  });

  test('a time limit aborting the signal → timeout; a stop → end', async () => {
    const p = plain();
    const timeLimit = new AbortController();
    const timed = p.ui.ask(choiceQuestion('q1'), POSITION, NO_DEADLINES, timeLimit.signal);
    timeLimit.abort('timeout');
    await expect(timed).resolves.toEqual({ kind: 'timeout' });

    const stop = new AbortController();
    const stopped = p.ui.ask(choiceQuestion('q2'), POSITION, NO_DEADLINES, stop.signal);
    stop.abort('stop');
    await expect(stopped).resolves.toEqual({ kind: 'end' });

    // A line typed after a time-out goes to the next question, not to the one that ran out.
    const next = p.ui.ask(choiceQuestion('q3'), POSITION, NO_DEADLINES, signal());
    p.line('4');
    await expect(next).resolves.toEqual({ kind: 'answer', value: 3 });
  });
});

describe('self-grading', () => {
  test('shows the answer, the reference and the key points covered and missed, then reads a grade', async () => {
    const p = plain();
    const q = recallQuestion('r1');
    const grade = p.ui.selfGrade(q, 'one or more containers with a shared network namespace', NO_DEADLINES, signal());
    const out = p.output();
    expect(out).toContain('Your answer: one or more containers with a shared network namespace');
    expect(out).toContain('Reference answer:');
    expect(out.replace(/\s+/g, ' ')).toContain(String(q.answer));
    expect(out).toMatch(/Key points you covered: .*one or more containers/);
    expect(out).toMatch(/Key points you missed: .*shared storage volumes/);
    expect(out).toContain('Grade yourself: 1 Again, 2 Hard, 3 Good, 4 Easy:');
    p.line('5');
    expect(await pending(grade)).toBe(true);
    expect(p.output()).toContain('? Grade yourself: 1 Again, 2 Hard, 3 Good, 4 Easy:');
    p.line('2');
    await expect(grade).resolves.toEqual({ kind: 'answer', value: 2 });
  });

  test('an empty grade line skips; end of input ends', async () => {
    const p = plain();
    const skip = p.ui.selfGrade(recallQuestion('r1'), 'x', NO_DEADLINES, signal());
    p.line('');
    await expect(skip).resolves.toEqual({ kind: 'skip' });
    const end = p.ui.selfGrade(recallQuestion('r1'), 'x', NO_DEADLINES, signal());
    p.input.end();
    await expect(end).resolves.toEqual({ kind: 'end' });
  });
});

describe('feedback', () => {
  test('wrong choice: the verdict, the right answer, the explanation without markup, the source, the score', async () => {
    const p = plain();
    const q = choiceQuestion('q1');
    await p.ui.feedback({ question: q, status: 'wrong', grade: 1, given: 'ClusterIP', ms: 1 }, { index: 1, total: 3, answered: 1, correct: 0 });
    const out = p.output();
    expect(out).toContain('Wrong.');
    expect(out).toContain('The answer: NodePort');
    expect(out).toContain('NodePort: opens one port on every node');
    expect(out).not.toContain('**');
    expect(out).toContain('Source: notes/k8s.md:10');
    expect(out).toContain('Score so far: 0/1');
  });

  test('a timed-out recall shows the reference', async () => {
    const p = plain();
    const q = recallQuestion('r1');
    await p.ui.feedback({ question: q, status: 'timedOut', grade: 1, given: '', ms: 1 }, { index: 1, total: 1, answered: 1, correct: 0 });
    expect(p.output()).toContain('Time is up for this question.');
    expect(p.output()).toContain(`Reference answer: ${String(q.answer).slice(0, 30)}`);
  });

  test('a skipped recall shows the reference once (it stands in for the explanation)', async () => {
    const p = plain();
    const q = recallQuestion('r1', { explanation: 'A **Pod** wraps containers.' });
    await p.ui.feedback({ question: q, status: 'skipped', grade: 1, given: '', ms: 1 }, { index: 1, total: 1, answered: 0, correct: 0 });
    expect(p.output()).toContain('Skipped.');
    expect(p.output().replace(/\s+/g, ' ')).toContain(`Reference answer: ${String(q.answer)}`);
    expect(p.output()).not.toContain('A Pod wraps containers.');
  });

  test('an answered recall: no verdict and no explanation (the grade sheet was shown before)', async () => {
    const p = plain();
    const q = recallQuestion('r1', { explanation: 'EXPLANATION TEXT' });
    await p.ui.feedback({ question: q, status: 'right', grade: 3, given: 'x', ms: 1 }, { index: 1, total: 1, answered: 1, correct: 1 });
    const out = p.output();
    expect(out).not.toContain('EXPLANATION TEXT');
    expect(out).not.toContain('Reference answer:');
    expect(out).not.toContain('Right.');
    expect(out).toContain('Source: notes/k8s.md:10');
    expect(out).toContain('Score so far: 1/1');
  });

  test('a skipped choice still shows the answer', async () => {
    const p = plain();
    await p.ui.feedback({ question: choiceQuestion('q1'), status: 'skipped', grade: 1, given: '', ms: 1 }, POSITION);
    expect(p.output()).toContain('Skipped.');
    expect(p.output()).toContain('The answer: NodePort');
  });
});

describe('a whole session over a live stream', () => {
  test('each answer is stored as soon as its line is written, before the next line exists', async () => {
    const p = plain();
    const s = session([choiceQuestion('q1'), orderQuestion('q2'), recallQuestion('q3')], p);

    p.line('2');
    await vi.waitFor(() => expect(s.answers()).toHaveLength(1));
    expect(s.answers()[0]).toMatchObject({ question: 'q1', correct: true });
    // The second question is on screen and waiting.
    await vi.waitFor(() => expect(p.output()).toContain('Put the steps of creating a Pod in order:'));
    expect(await pending(s.running)).toBe(true);

    p.line('3 1 2');
    await vi.waitFor(() => expect(s.answers()).toHaveLength(2));
    expect(s.answers()[1]).toMatchObject({ question: 'q2', correct: true });

    p.line('one or more containers');
    await vi.waitFor(() => expect(p.output()).toContain('Grade yourself'));
    expect(s.answers()).toHaveLength(2);
    p.line('3');
    const report = await s.running;
    expect(s.answers().map((a) => [a.question, a.correct, a.grade])).toEqual([
      ['q1', true, 3],
      ['q2', true, 3],
      ['q3', true, 3],
    ]);
    expect(report).toMatchObject({ abandoned: false, answered: 3, correct: 3 });
    expect(p.output()).toContain('Score so far: 3/3');
  });

  test('end of input keeps what was answered and ends the session abandoned', async () => {
    const p = plain();
    const s = session([choiceQuestion('q1'), choiceQuestion('q2'), choiceQuestion('q3')], p);
    p.line('1');
    await vi.waitFor(() => expect(s.answers()).toHaveLength(1));
    p.input.end();
    const report = await s.running;
    expect(report).toMatchObject({ abandoned: true, answered: 1, correct: 0 });
    expect(s.records.at(-1)).toMatchObject({ kind: 'session-end', abandoned: true, answered: 1 });
  });

  test('input ending at the self-grade keeps the typed recall answer, ungraded', async () => {
    const p = plain();
    const s = session([choiceQuestion('q1'), recallQuestion('q2'), choiceQuestion('q3')], p);
    p.input.end('2\nsome containers\n');
    const report = await s.running;
    expect(s.answers().map((a) => [a.question, a.skipped ?? false, a.given])).toEqual([
      ['q1', false, 'NodePort'],
      ['q2', true, 'some containers'],
    ]);
    expect(report).toMatchObject({ abandoned: true, answered: 1, correct: 1, score: 1 });
    expect(s.records.at(-1)).toMatchObject({ kind: 'session-end', abandoned: true, answered: 1, correct: 1, score: 1 });
  });

  test('all the input at once (a pipe) is read one answer per line', async () => {
    const p = plain();
    const s = session([choiceQuestion('q1'), choiceQuestion('q2'), choiceQuestion('q3')], p);
    p.input.end('x\n2\n\n4\n');
    const report = await s.running;
    expect(s.answers().map((a) => [a.correct, a.skipped ?? false])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(report.abandoned).toBe(false);
  });

  test('a per-question limit with fake timers: no line in time → timed out, the next line answers the next question', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(T0);
    const p = plain({ now: () => Date.now() });
    const s = session([choiceQuestion('q1'), choiceQuestion('q2')], p, { perQuestionMs: 20_000, now: () => Date.now() });
    await vi.advanceTimersByTimeAsync(19_999);
    expect(s.answers()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(s.answers()).toHaveLength(1));
    expect(s.answers()[0]).toMatchObject({ question: 'q1', timedOut: true, ms: 20_000 });
    expect(p.output()).toContain('Time is up for this question.');
    p.line('2');
    const report = await s.running;
    expect(s.answers()[1]).toMatchObject({ question: 'q2', correct: true });
    expect(report.expired).toBe(false);
  });
});

describe('40 columns', () => {
  const WIDTH = 40;
  const widest = (text: string) => Math.max(...text.split('\n').map((l) => stringWidth(l)));

  test('formatQuestion wraps a Chinese prompt and choices to the width, keeping every character', () => {
    for (const q of [zhChoice, zhOrder, zhRecall]) {
      const text = formatQuestion(q, { index: 9, total: 10, answered: 0, correct: 0 }, WIDTH, messages('zh'));
      expect(widest(text)).toBeLessThanOrEqual(WIDTH);
      const squeeze = (s: string) => s.replace(/\s+/g, '');
      expect(squeeze(text)).toContain(squeeze(q.prompt));
      for (const choice of q.choices) expect(squeeze(text)).toContain(squeeze(choice));
    }
  });

  test('choice continuation lines hang under the choice text', () => {
    const text = formatQuestion(zhChoice, POSITION, WIDTH, messages('zh'));
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('  2) '));
    expect(first).toBeGreaterThan(0);
    expect(lines[first + 1]).toMatch(/^ {5}\S/);
  });

  test.each([
    { lang: 'zh' as const, questions: [zhChoice, zhOrder, zhRecall], recall: 'Pod 是最小的调度单位，里面可以有一个或多个容器，它们共享网络' },
    {
      lang: 'en' as const,
      questions: [choiceQuestion('q1'), orderQuestion('q2'), recallQuestion('q3')],
      recall: 'The smallest unit that can be deployed, holding one or more containers which share a network',
    },
  ])('a whole $lang session (ask, re-ask, self-grade, feedback) prints no line wider than 40 columns', async ({ lang, questions, recall }) => {
    const p = plain({ lang, width: WIDTH, now: () => T0 });
    const s = session(questions, p, { totalMs: 15 * 60_000, perQuestionMs: 90_000 });
    p.line('9');
    p.line('1');
    p.line('3 1');
    p.line('1 2 3');
    p.line(recall);
    p.line('3');
    await s.running;
    const out = p.output();
    const tooWide = out.split('\n').filter((l) => stringWidth(l) > WIDTH);
    expect(tooWide).toEqual([]);
    // Nothing was lost to the wrapping.
    const first = questions[0] as Question;
    expect(out.replace(/\s+/g, '')).toContain(first.prompt.replace(/\s+/g, ''));
  });
});

describe('LineReader', () => {
  test('lines that arrive before anyone asks are kept, in order', async () => {
    const input = new PassThrough();
    const reader = new LineReader(input);
    input.write('a\nb\n');
    await new Promise((resolve) => setImmediate(resolve));
    await expect(reader.next()).resolves.toBe('a');
    await expect(reader.next()).resolves.toBe('b');
    input.end();
    await expect(reader.next()).resolves.toBeNull();
    await expect(reader.next()).resolves.toBeNull();
  });

  test('an already aborted signal gives ABORTED when no line is waiting', async () => {
    const input = new PassThrough();
    const reader = new LineReader(input);
    const controller = new AbortController();
    controller.abort('timeout');
    await expect(reader.next(controller.signal)).resolves.toBe(ABORTED);
    reader.close();
  });

  test('CRLF line endings are read as plain lines', async () => {
    const input = new PassThrough();
    const reader = new LineReader(input);
    input.write('2\r\n');
    await expect(reader.next()).resolves.toBe('2');
    reader.close();
  });
});
