import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatInterviewReport, interviewScore } from '../../src/ui/report.js';
import type { AnswerRecord, HistoryRecord, SessionEndRecord, SessionStartRecord } from '../../src/core/history/records.js';
import type { Grade, Question } from '../../src/core/types.js';
import {
  credit,
  runSession,
  tally,
  type AskOutcome,
  type Deadlines,
  type GradeOutcome,
  type Position,
  type QuestionResult,
  type SessionOptions,
  type SessionReport,
  type SessionUI,
} from '../../src/core/session/session.js';
import { messages } from '../../src/ui/messages.js';
import { makeChalk } from '../../src/ui/style.js';
import { choiceQuestion, orderQuestion, recallQuestion } from './fixtures.js';

// runSession with a scripted UI, a hand-driven clock and hand-driven timers: the order of
// everything that happens is written to one log, so "stored before the next question" is
// something a test can see.

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

type AskStep = AskOutcome | ((call: AskCall) => Promise<AskOutcome> | AskOutcome);
type GradeStep = GradeOutcome | ((call: GradeCall) => Promise<GradeOutcome> | GradeOutcome);

interface AskCall {
  question: Question;
  position: Position;
  deadlines: Deadlines;
  signal: AbortSignal;
}
interface GradeCall {
  question: Question;
  given: string;
  deadlines: Deadlines;
  signal: AbortSignal;
}
interface FakeTimer {
  fn: () => void;
  ms: number;
  cleared: boolean;
}

interface Harness {
  log: string[];
  records: HistoryRecord[];
  asks: AskCall[];
  grades: GradeCall[];
  feedback: { result: QuestionResult; position: Position }[];
  timers: FakeTimer[];
  clock: { t: number };
  stop: AbortController;
  options: SessionOptions;
  /** Fires the newest pending timer, after moving the clock to its time. */
  fire: () => void;
}

function answer(value: number | number[] | string): AskOutcome {
  return { kind: 'answer', value };
}
function graded(value: Grade): GradeOutcome {
  return { kind: 'answer', value };
}

/** Resolves when the signal aborts, the way a prompt does: 'timeout' for the time limit, else 'end'. */
function waitForAbort(signal: AbortSignal): Promise<AskOutcome & GradeOutcome> {
  return new Promise((resolve) => {
    const settle = () => resolve(signal.reason === 'timeout' ? { kind: 'timeout' } : { kind: 'end' });
    if (signal.aborted) settle();
    else signal.addEventListener('abort', settle, { once: true });
  });
}

function setup(questions: Question[], askSteps: AskStep[], gradeSteps: GradeStep[] = [], extra: Partial<SessionOptions> = {}): Harness {
  const log: string[] = [];
  const records: HistoryRecord[] = [];
  const asks: AskCall[] = [];
  const grades: GradeCall[] = [];
  const feedback: Harness['feedback'] = [];
  const timers: FakeTimer[] = [];
  const clock = { t: T0 };
  const stop = new AbortController();
  let askIndex = 0;
  let gradeIndex = 0;

  const ui: SessionUI = {
    async ask(question, position, deadlines, signal) {
      log.push(`ask ${question.id}`);
      const call = { question, position, deadlines, signal };
      asks.push(call);
      const step = askSteps[askIndex++];
      if (step === undefined) throw new Error(`no scripted answer for ${question.id}`);
      const outcome = typeof step === 'function' ? await step(call) : step;
      clock.t += 1000; // every answer takes a second, unless the script moved the clock itself
      return outcome;
    },
    async selfGrade(question, given, deadlines, signal) {
      log.push(`grade ${question.id}`);
      const call = { question, given, deadlines, signal };
      grades.push(call);
      const step = gradeSteps[gradeIndex++];
      if (step === undefined) throw new Error(`no scripted grade for ${question.id}`);
      return typeof step === 'function' ? step(call) : step;
    },
    async feedback(result, position) {
      log.push(`feedback ${result.question.id}`);
      feedback.push({ result, position });
    },
  };

  const options: SessionOptions = {
    mode: 'quiz',
    session: 'sess-1',
    questions,
    notes: ['/notes'],
    seed: 7,
    ui,
    append: (record) => {
      records.push(structuredClone(record));
      log.push(record.kind === 'answer' ? `append answer ${record.question}` : `append ${record.kind}`);
    },
    now: () => clock.t,
    stop: stop.signal,
    setTimer: (fn, ms) => {
      const timer: FakeTimer = { fn, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      (handle as FakeTimer).cleared = true;
    },
    ...extra,
  };
  const fire = () => {
    const timer = timers.filter((t) => !t.cleared).at(-1);
    if (!timer) throw new Error('no pending timer');
    clock.t += timer.ms;
    timer.fn();
  };
  return { log, records, asks, grades, feedback, timers, clock, stop, options, fire };
}

const answers = (records: HistoryRecord[]) => records.filter((r): r is AnswerRecord => r.kind === 'answer');
const endOf = (records: HistoryRecord[]) => records.at(-1) as SessionEndRecord;

afterEach(() => {
  vi.useRealTimers();
});

describe('records and their order', () => {
  test('session-start, then each answer stored before the next question is asked, then session-end', async () => {
    const qs = [choiceQuestion('q1'), orderQuestion('q2'), choiceQuestion('q3')];
    const h = setup(qs, [answer(1), answer([0, 1, 2]), { kind: 'skip' }]);
    const report = await runSession(h.options);
    expect(h.log).toEqual([
      'append session-start',
      'ask q1',
      'append answer q1',
      'feedback q1',
      'ask q2',
      'append answer q2',
      'feedback q2',
      'ask q3',
      'append answer q3',
      'feedback q3',
      'append session-end',
    ]);
    expect(report.results).toHaveLength(3);
  });

  test('the answer record is already in the log when the next question is asked', async () => {
    const qs = [choiceQuestion('q1'), choiceQuestion('q2')];
    let seenAtSecondAsk: HistoryRecord[] = [];
    const h = setup(qs, [
      answer(1),
      () => {
        seenAtSecondAsk = [...h.records];
        return answer(0);
      },
    ]);
    await runSession(h.options);
    expect(seenAtSecondAsk.map((r) => r.kind)).toEqual(['session-start', 'answer']);
    expect((seenAtSecondAsk[1] as AnswerRecord).question).toBe('q1');
  });

  test('session-start carries the plan; session-end the totals', async () => {
    const qs = [choiceQuestion('q1'), choiceQuestion('q2')];
    const h = setup(qs, [answer(1), answer(0)], [], { mode: 'interview', session: 'abc' });
    await runSession(h.options);
    const start = h.records[0] as SessionStartRecord;
    expect(start).toEqual({ v: 1, kind: 'session-start', session: 'abc', at: new Date(T0).toISOString(), mode: 'interview', notes: ['/notes'], planned: 2, seed: 7 });
    expect(endOf(h.records)).toEqual({
      v: 1,
      kind: 'session-end',
      session: 'abc',
      at: new Date(T0 + 2000).toISOString(),
      mode: 'interview',
      answered: 2,
      correct: 1,
      abandoned: false,
      score: 0.5,
    });
  });

  test('no seed, no seed field', async () => {
    const h = setup([choiceQuestion('q1')], [answer(1)]);
    delete h.options.seed;
    await runSession(h.options);
    expect(h.records[0]).not.toHaveProperty('seed');
  });

  test('an empty question list still writes a start and an end', async () => {
    const h = setup([], []);
    const report = await runSession(h.options);
    expect(h.records.map((r) => r.kind)).toEqual(['session-start', 'session-end']);
    expect(report).toMatchObject({ planned: 0, answered: 0, correct: 0, score: 0, abandoned: false, expired: false });
  });
});

describe('grading', () => {
  test('right choice → correct, grade 3; wrong → grade 1; skip → skipped, grade 1, nothing given', async () => {
    const qs = [choiceQuestion('right'), choiceQuestion('wrong'), choiceQuestion('skip')];
    const h = setup(qs, [answer(1), answer(3), { kind: 'skip' }]);
    const report = await runSession(h.options);
    const [right, wrong, skip] = answers(h.records);
    expect(right).toMatchObject({ question: 'right', correct: true, grade: 3, given: 'NodePort', ms: 1000, type: 'define', bank: 'bank-1', session: 'sess-1' });
    expect(right).not.toHaveProperty('skipped');
    expect(right).not.toHaveProperty('timedOut');
    expect(right?.at).toBe(new Date(T0 + 1000).toISOString());
    expect(wrong).toMatchObject({ question: 'wrong', correct: false, grade: 1, given: 'ExternalName' });
    expect(skip).toMatchObject({ question: 'skip', correct: false, grade: 1, given: '', skipped: true });
    expect(skip).not.toHaveProperty('timedOut');
    expect(report).toMatchObject({ answered: 2, correct: 1, planned: 3 });
    // Skips are out of the score: one right of the two answered.
    expect(report.score).toBe(0.5);
    expect(endOf(h.records)).toMatchObject({ answered: 2, correct: 1, score: 0.5 });
  });

  test('order: the exact permutation is right; any other is wrong; given lists the items in the chosen order', async () => {
    const qs = [orderQuestion('o1'), orderQuestion('o2')];
    const h = setup(qs, [answer([2, 0, 1]), answer([0, 2, 1])]);
    await runSession(h.options);
    const [right, wrong] = answers(h.records);
    expect(right).toMatchObject({ correct: true, grade: 3 });
    expect(right?.given).toBe('The API server stores the Pod in etcd → The scheduler binds the Pod to a node → The kubelet starts the containers');
    expect(wrong).toMatchObject({ correct: false, grade: 1 });
  });

  test('recall: the self-grade is what counts (Good and Easy right, Hard and Again not)', async () => {
    const qs = ['good', 'easy', 'hard', 'again'].map((id) => recallQuestion(id));
    const h = setup(
      qs,
      qs.map((q) => answer(`my answer to ${q.id}`)),
      [graded(3), graded(4), graded(2), graded(1)],
    );
    const report = await runSession(h.options);
    expect(h.grades.map((g) => g.given)).toEqual(['my answer to good', 'my answer to easy', 'my answer to hard', 'my answer to again']);
    expect(answers(h.records).map((r) => [r.question, r.correct, r.grade, r.given])).toEqual([
      ['good', true, 3, 'my answer to good'],
      ['easy', true, 4, 'my answer to easy'],
      ['hard', false, 2, 'my answer to hard'],
      ['again', false, 1, 'my answer to again'],
    ]);
    // The session score is right over answered: Good and Easy, over four.
    expect(report.score).toBe(2 / 4);
    expect(endOf(h.records).score).toBe(2 / 4);
    expect(report.correct).toBe(2);
    // The interview score gives half for Hard: Good + Easy + half, over four.
    expect(interviewScore(report)).toBeCloseTo(2.5 / 4);
  });

  test('recall: ask, self-grade, store, feedback, in that order', async () => {
    const h = setup([recallQuestion('r1'), choiceQuestion('q2')], [answer('x'), answer(1)], [graded(3)]);
    await runSession(h.options);
    expect(h.log).toEqual(['append session-start', 'ask r1', 'grade r1', 'append answer r1', 'feedback r1', 'ask q2', 'append answer q2', 'feedback q2', 'append session-end']);
  });

  test('recall: skipping the self-grade stores a skipped Again and keeps what was typed', async () => {
    const h = setup([recallQuestion('r1')], [answer('a guess')], [{ kind: 'skip' }]);
    const report = await runSession(h.options);
    expect(answers(h.records)[0]).toMatchObject({ correct: false, grade: 1, skipped: true, given: 'a guess' });
    expect(report.answered).toBe(0);
  });

  test('the feedback sees the running position', async () => {
    const qs = [choiceQuestion('q1'), choiceQuestion('q2'), choiceQuestion('q3')];
    const h = setup(qs, [answer(1), { kind: 'skip' }, answer(0)]);
    await runSession(h.options);
    expect(h.asks.map((a) => a.position)).toEqual([
      { index: 0, total: 3, answered: 0, correct: 0 },
      { index: 1, total: 3, answered: 1, correct: 1 },
      { index: 2, total: 3, answered: 1, correct: 1 },
    ]);
    expect(h.feedback.map((f) => f.position)).toEqual([
      { index: 1, total: 3, answered: 1, correct: 1 },
      { index: 2, total: 3, answered: 1, correct: 1 },
      { index: 3, total: 3, answered: 2, correct: 1 },
    ]);
  });
});

describe('credit', () => {
  const result = (question: Question, extra: Partial<QuestionResult>): QuestionResult => ({
    question,
    status: 'wrong',
    grade: 1,
    given: '',
    ms: 0,
    ...extra,
  });

  test('right = 1, a Hard recall = 0.5, anything else 0', () => {
    expect(credit(result(choiceQuestion('q'), { status: 'right', grade: 3 }))).toBe(1);
    expect(credit(result(choiceQuestion('q'), { grade: 1 }))).toBe(0);
    expect(credit(result(recallQuestion('r'), { status: 'right', grade: 4 }))).toBe(1);
    expect(credit(result(recallQuestion('r'), { grade: 2 }))).toBe(0.5);
    expect(credit(result(recallQuestion('r'), { grade: 1 }))).toBe(0);
  });

  test('a skipped or timed-out recall gets nothing, whatever its grade', () => {
    expect(credit(result(recallQuestion('r'), { grade: 2, status: 'skipped' }))).toBe(0);
    expect(credit(result(recallQuestion('r'), { grade: 2, status: 'timedOut' }))).toBe(0);
  });
});

describe('tally', () => {
  const result = (extra: Partial<QuestionResult>): QuestionResult => ({
    question: choiceQuestion('q'),
    status: 'wrong',
    grade: 1,
    given: '',
    ms: 0,
    ...extra,
  });

  test('skips are not answered and not in the score; a timeout counts as a wrong answer', () => {
    const results = [result({ status: 'right', grade: 3 }), result({}), result({ status: 'skipped' }), result({ status: 'timedOut' }), result({ status: 'skipped' })];
    expect(tally(results)).toEqual({ answered: 3, correct: 1, score: 1 / 3 });
  });

  test('nothing answered (none, or all skipped): score 0, not NaN', () => {
    expect(tally([])).toEqual({ answered: 0, correct: 0, score: 0 });
    expect(tally([result({ status: 'skipped' }), result({ status: 'skipped' })])).toEqual({ answered: 0, correct: 0, score: 0 });
  });

  test('a recall graded Hard is answered but not right (half credit is for interviews only)', () => {
    expect(tally([result({ question: recallQuestion('r'), grade: 2 }), result({ status: 'right', grade: 3 })])).toEqual({ answered: 2, correct: 1, score: 0.5 });
  });

  test('the session report and its session-end record use it', async () => {
    const qs = [choiceQuestion('a'), choiceQuestion('b'), choiceQuestion('c'), choiceQuestion('d')];
    const h = setup(qs, [answer(1), { kind: 'skip' }, answer(0), { kind: 'skip' }]);
    const report = await runSession(h.options);
    expect({ answered: report.answered, correct: report.correct, score: report.score }).toEqual(tally(report.results));
    expect(endOf(h.records)).toMatchObject({ answered: 2, correct: 1, score: 0.5 });
  });
});

describe('interviewScore', () => {
  const result = (question: Question, extra: Partial<QuestionResult>): QuestionResult => ({
    question,
    status: 'wrong',
    grade: 1,
    given: '',
    ms: 60_000,
    ...extra,
  });
  const reportOf = (results: QuestionResult[], extra: Partial<SessionReport> = {}): SessionReport => ({
    mode: 'interview',
    session: 's',
    results,
    planned: results.length,
    ...tally(results),
    ms: 600_000,
    abandoned: false,
    expired: false,
    ...extra,
  });

  test('right = 1, Hard = half, Again and timeouts 0; skips are left out of the count', () => {
    const results = [
      result(choiceQuestion('c1'), { status: 'right', grade: 3 }),
      result(recallQuestion('hard'), { grade: 2 }),
      result(recallQuestion('again'), { grade: 1 }),
      result(choiceQuestion('late'), { status: 'timedOut' }),
      result(recallQuestion('skipped'), { status: 'skipped', grade: 2 }),
      result(choiceQuestion('skipped-choice'), { status: 'skipped' }),
    ];
    // (1 + 0.5 + 0 + 0) over the four answered.
    expect(interviewScore(reportOf(results))).toBe(1.5 / 4);
  });

  test('a Hard recall alone is half; all Easy is full; nothing answered is 0', () => {
    expect(interviewScore(reportOf([result(recallQuestion('r'), { grade: 2 })]))).toBe(0.5);
    expect(interviewScore(reportOf([result(recallQuestion('r'), { grade: 4, status: 'right' })]))).toBe(1);
    expect(interviewScore(reportOf([result(recallQuestion('r'), { grade: 2, status: 'skipped' })]))).toBe(0);
    expect(interviewScore(reportOf([]))).toBe(0);
  });

  test('skipping does not lower the score (it is not answered)', () => {
    const right = result(choiceQuestion('c1'), { status: 'right', grade: 3 });
    const skipped = result(choiceQuestion('c2'), { status: 'skipped' });
    expect(interviewScore(reportOf([right, skipped]))).toBe(interviewScore(reportOf([right])));
  });

  test('the report headline uses it: letter, percent, right/answered, time', () => {
    const results = [
      result(choiceQuestion('c1'), { status: 'right', grade: 3 }),
      result(recallQuestion('hard'), { grade: 2 }),
      result(recallQuestion('skipped'), { status: 'skipped' }),
    ];
    const text = formatInterviewReport(reportOf(results), messages('en'), makeChalk(0), 80);
    // (1 + 0.5) / 2 = 75% → B
    expect(text.split('\n')[0]).toBe('Interview report: B · 75% · 1/2 · 1 skipped · 10m 00s');
    // One narrow mark a row (½ for Hard, – for a skip); a recall's grade name follows its subject.
    expect(text).toContain('½  [recall] Pod hard (Hard)');
    expect(text).toContain('–  [recall] Pod skipped —');
    expect(text).toContain('✓  [define] NodePort c1');
  });
});

describe('per-question time limit', () => {
  test('the timer aborts the question signal with "timeout": stored as timed out, the session goes on', async () => {
    const qs = [choiceQuestion('slow'), choiceQuestion('next')];
    const h = setup(
      qs,
      [
        ({ signal }) => {
          const outcome = waitForAbort(signal);
          h.fire();
          return outcome;
        },
        ({ signal }) => {
          expect(signal.aborted).toBe(false);
          return answer(1);
        },
      ],
      [],
      { perQuestionMs: 30_000 },
    );
    const report = await runSession(h.options);
    expect(h.timers.map((t) => t.ms)).toEqual([30_000, 30_000]);
    // Each question's timer is cleared when it is done.
    expect(h.timers.every((t) => t.cleared)).toBe(true);
    const [slow, next] = answers(h.records);
    expect(slow).toMatchObject({ question: 'slow', timedOut: true, correct: false, grade: 1, given: '' });
    expect(slow).not.toHaveProperty('skipped');
    expect(slow?.ms).toBe(31_000);
    expect(next).toMatchObject({ question: 'next', correct: true });
    expect(report.results[0]).toMatchObject({ status: 'timedOut' });
    expect(report).toMatchObject({ expired: false, abandoned: false });
  });

  test('the deadlines handed to the UI are absolute times', async () => {
    const h = setup([choiceQuestion('q1'), choiceQuestion('q2')], [answer(1), answer(1)], [], { perQuestionMs: 20_000, totalMs: 60_000 });
    await runSession(h.options);
    expect(h.asks[0]?.deadlines).toEqual({ question: T0 + 20_000, session: T0 + 60_000 });
    expect(h.asks[1]?.deadlines).toEqual({ question: T0 + 1000 + 20_000, session: T0 + 60_000 });
  });

  test('without limits there are no deadlines and no timers', async () => {
    const h = setup([choiceQuestion('q1')], [answer(1)]);
    await runSession(h.options);
    expect(h.asks[0]?.deadlines).toEqual({ question: undefined, session: undefined });
    expect(h.timers).toHaveLength(0);
  });

  test('grading oneself is outside the question limit: its timer is cleared and no new one is set', async () => {
    let signalWhileGrading: AbortSignal | undefined;
    const h = setup(
      [recallQuestion('r1')],
      [answer('partial answer')],
      [
        ({ signal, deadlines }) => {
          signalWhileGrading = signal;
          expect(deadlines).toEqual({ session: undefined });
          expect(h.timers.filter((t) => !t.cleared)).toHaveLength(0);
          h.clock.t += 120_000; // well past the question's 45 s
          return graded(3);
        },
      ],
      { perQuestionMs: 45_000 },
    );
    await runSession(h.options);
    expect(signalWhileGrading?.aborted).toBe(false);
    expect(h.timers.map((t) => t.ms)).toEqual([45_000]);
    expect(answers(h.records)[0]).toMatchObject({ question: 'r1', correct: true, grade: 3 });
    expect(answers(h.records)[0]).not.toHaveProperty('timedOut');
  });

  test('the whole time running out while grading oneself: timed out, what was typed kept, expired', async () => {
    const h = setup(
      [recallQuestion('r1'), choiceQuestion('q2')],
      [
        () => {
          h.clock.t += 9_000;
          return answer('partial answer');
        },
      ],
      [
        ({ signal, deadlines }) => {
          expect(deadlines).toEqual({ session: T0 + 60_000 });
          const outcome = waitForAbort(signal);
          h.fire();
          return outcome;
        },
      ],
      { perQuestionMs: 45_000, totalMs: 60_000 },
    );
    const report = await runSession(h.options);
    expect(h.timers.map((t) => t.ms)).toEqual([45_000, 50_000]);
    expect(answers(h.records)).toHaveLength(1);
    expect(answers(h.records)[0]).toMatchObject({ question: 'r1', timedOut: true, correct: false, grade: 1, given: 'partial answer' });
    expect(report.expired).toBe(true);
  });

  test('with real setTimeout (the default) under fake timers', async () => {
    vi.useFakeTimers();
    const h = setup(
      [choiceQuestion('slow'), choiceQuestion('next')],
      [({ signal }) => waitForAbort(signal), answer(1)],
      [],
      { perQuestionMs: 15_000 },
    );
    delete h.options.setTimer;
    delete h.options.clearTimer;
    let done = false;
    const running = runSession(h.options).then((r) => {
      done = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(14_999);
    expect(done).toBe(false);
    expect(answers(h.records)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    const report = await running;
    expect(report.results.map((r) => r.status === 'timedOut')).toEqual([true, false]);
    // The second question answered at once: its timer was cleared, nothing left pending.
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('overall time limit', () => {
  test('when the whole time runs out mid-question, that question times out and the session ends, expired', async () => {
    const qs = [choiceQuestion('q1'), choiceQuestion('q2'), choiceQuestion('q3')];
    const h = setup(
      qs,
      [
        () => {
          h.clock.t += 19_000;
          return answer(1);
        },
        ({ signal }) => {
          const outcome = waitForAbort(signal);
          h.fire();
          return outcome;
        },
      ],
      [],
      { mode: 'interview', totalMs: 60_000 },
    );
    const report = await runSession(h.options);
    // The second question's timer runs only for what is left of the hour... of the minute.
    expect(h.timers.map((t) => t.ms)).toEqual([60_000, 40_000]);
    expect(h.log).toEqual(['append session-start', 'ask q1', 'append answer q1', 'feedback q1', 'ask q2', 'append answer q2', 'feedback q2', 'append session-end']);
    expect(answers(h.records)[1]).toMatchObject({ question: 'q2', timedOut: true });
    expect(report).toMatchObject({ expired: true, abandoned: false, planned: 3 });
    expect(report.results).toHaveLength(2);
    expect(endOf(h.records)).toMatchObject({ abandoned: false, answered: 2, correct: 1 });
  });

  test('the per-question limit is cut short by the overall one', async () => {
    const h = setup(
      [choiceQuestion('q1'), choiceQuestion('q2')],
      [
        () => {
          h.clock.t += 49_000;
          return answer(1);
        },
        ({ signal }) => {
          const outcome = waitForAbort(signal);
          h.fire();
          return outcome;
        },
      ],
      [],
      { totalMs: 60_000, perQuestionMs: 30_000 },
    );
    const report = await runSession(h.options);
    expect(h.timers.map((t) => t.ms)).toEqual([30_000, 10_000]);
    expect(report.expired).toBe(true);
  });

  test('an answer given just before the end is kept; the next question is not asked', async () => {
    const h = setup(
      [choiceQuestion('q1'), choiceQuestion('q2')],
      [
        () => {
          h.clock.t += 59_500; // +1 s from the UI: the time is up once the answer is in
          return answer(1);
        },
      ],
      [],
      { totalMs: 60_000 },
    );
    const report = await runSession(h.options);
    expect(h.asks).toHaveLength(1);
    expect(answers(h.records)).toEqual([expect.objectContaining({ question: 'q1', correct: true })]);
    expect(report).toMatchObject({ expired: true, abandoned: false });
  });

  test('a per-question time-out alone does not end the session', async () => {
    const h = setup(
      [choiceQuestion('q1'), choiceQuestion('q2')],
      [
        ({ signal }) => {
          const outcome = waitForAbort(signal);
          h.fire();
          return outcome;
        },
        answer(1),
      ],
      [],
      { totalMs: 600_000, perQuestionMs: 30_000 },
    );
    const report = await runSession(h.options);
    expect(report.expired).toBe(false);
    expect(report.results).toHaveLength(2);
  });
});

describe('stopping (Ctrl+C)', () => {
  test('stop mid-question: the question signal aborts with "stop", the session ends abandoned, answers so far kept', async () => {
    const qs = [choiceQuestion('q1'), choiceQuestion('q2'), choiceQuestion('q3')];
    let reason: unknown;
    const h = setup(qs, [
      answer(1),
      ({ signal }) => {
        const outcome = waitForAbort(signal).then((o) => {
          reason = signal.reason;
          return o;
        });
        h.stop.abort();
        return outcome;
      },
    ]);
    const report = await runSession(h.options);
    expect(reason).toBe('stop');
    expect(h.log).toEqual(['append session-start', 'ask q1', 'append answer q1', 'feedback q1', 'ask q2', 'append session-end']);
    expect(report).toMatchObject({ abandoned: true, expired: false, answered: 1, correct: 1 });
    expect(report.results).toHaveLength(1);
    expect(endOf(h.records)).toMatchObject({ abandoned: true, answered: 1, correct: 1, score: 1 });
  });

  test('stop wins even if the UI reports the abort as a timeout', async () => {
    const h = setup([choiceQuestion('q1'), choiceQuestion('q2')], [
      () => {
        h.stop.abort();
        return { kind: 'timeout' };
      },
    ]);
    const report = await runSession(h.options);
    expect(answers(h.records)).toHaveLength(0);
    expect(report.abandoned).toBe(true);
  });

  test('stop while grading oneself: the typed answer is kept, ungraded (a skip), and the session ends', async () => {
    const h = setup(
      [recallQuestion('r1'), choiceQuestion('q2')],
      [answer('something')],
      [
        ({ signal }) => {
          const outcome = waitForAbort(signal);
          h.stop.abort();
          return outcome;
        },
      ],
    );
    const report = await runSession(h.options);
    expect(answers(h.records)).toHaveLength(1);
    expect(answers(h.records)[0]).toMatchObject({ question: 'r1', given: 'something', skipped: true, correct: false, grade: 1 });
    expect(answers(h.records)[0]).not.toHaveProperty('timedOut');
    // Stored before the end; no feedback and no further question.
    expect(h.log).toEqual(['append session-start', 'ask r1', 'grade r1', 'append answer r1', 'append session-end']);
    expect(report.abandoned).toBe(true);
    expect(report.results).toEqual([expect.objectContaining({ given: 'something', status: 'skipped' })]);
    expect(endOf(h.records)).toMatchObject({ abandoned: true, answered: 0, correct: 0, score: 0 });
  });

  test('input ending during the self-grade (closed stdin): the typed answer is kept as a skip', async () => {
    const h = setup([recallQuestion('r1'), choiceQuestion('q2')], [answer('one or more containers')], [{ kind: 'end' }]);
    const report = await runSession(h.options);
    expect(answers(h.records)).toEqual([expect.objectContaining({ question: 'r1', given: 'one or more containers', skipped: true, correct: false, grade: 1 })]);
    expect(h.asks).toHaveLength(1);
    expect(h.feedback).toHaveLength(0);
    expect(report).toMatchObject({ abandoned: true, answered: 0, correct: 0, score: 0 });
    expect(endOf(h.records)).toMatchObject({ abandoned: true, answered: 0 });
  });

  test('a grade that arrives after a stop is not taken: the answer is kept ungraded', async () => {
    const h = setup(
      [recallQuestion('r1'), choiceQuestion('q2')],
      [answer('typed')],
      [
        () => {
          h.stop.abort();
          return graded(4);
        },
      ],
    );
    const report = await runSession(h.options);
    expect(answers(h.records)).toEqual([expect.objectContaining({ question: 'r1', given: 'typed', skipped: true, correct: false, grade: 1 })]);
    expect(report).toMatchObject({ abandoned: true, correct: 0 });
  });

  test('the UI ending (closed input) is abandoned too', async () => {
    const h = setup([choiceQuestion('q1'), choiceQuestion('q2')], [answer(3), { kind: 'end' }]);
    const report = await runSession(h.options);
    expect(answers(h.records).map((r) => r.question)).toEqual(['q1']);
    expect(report).toMatchObject({ abandoned: true, answered: 1, correct: 0 });
    expect(endOf(h.records).abandoned).toBe(true);
  });

  test('stop during feedback: the answer is kept and no further question is asked', async () => {
    const h = setup([choiceQuestion('q1'), choiceQuestion('q2')], [answer(1)]);
    const feedback = h.options.ui.feedback.bind(h.options.ui);
    h.options.ui.feedback = async (result, position) => {
      await feedback(result, position);
      h.stop.abort();
    };
    const report = await runSession(h.options);
    expect(h.asks).toHaveLength(1);
    expect(answers(h.records)).toHaveLength(1);
    expect(report.abandoned).toBe(true);
  });

  test('stopped before the first question: nothing asked, abandoned', async () => {
    const h = setup([choiceQuestion('q1')], []);
    h.stop.abort();
    const report = await runSession(h.options);
    expect(h.asks).toHaveLength(0);
    expect(h.records.map((r) => r.kind)).toEqual(['session-start', 'session-end']);
    expect(report.abandoned).toBe(true);
  });

  test('a stop after the session does not reach old question signals', async () => {
    const h = setup([choiceQuestion('q1'), choiceQuestion('q2')], [answer(1), answer(1)]);
    await runSession(h.options);
    h.stop.abort();
    expect(h.asks.every((a) => !a.signal.aborted)).toBe(true);
  });
});
