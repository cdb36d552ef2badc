import { answerText, gradeIsCorrect, gradeOf, isCorrect, type GivenAnswer } from './grade.js';
import { SCHEMA_VERSION, type AnswerRecord, type HistoryRecord, type SessionMode } from '../history/index.js';
import type { Grade, Question } from '../types.js';

// One run through a list of questions: ask, grade, record each answer the moment it is
// made, and report. The UI (plain or interactive) and the clock are passed in.

/** What a prompt gave back: an answer, a skip, the time limit, or the end (Ctrl+C, closed input). */
export type Outcome<T> = { kind: 'answer'; value: T } | { kind: 'skip' } | { kind: 'timeout'; partial?: string } | { kind: 'end' };

export type AskOutcome = Outcome<GivenAnswer>;
export type GradeOutcome = Outcome<Grade>;

export interface Position {
  index: number;
  total: number;
  answered: number;
  correct: number;
}

/** When the current question and the whole session run out, for countdowns. */
export interface Deadlines {
  question?: number;
  session?: number;
}

export interface QuestionResult {
  question: Question;
  correct: boolean;
  skipped: boolean;
  timedOut: boolean;
  grade: Grade;
  given: string;
  /** For order questions: the choice indices in the order given. */
  order?: number[];
  ms: number;
}

export interface SessionReport {
  mode: SessionMode;
  session: string;
  results: QuestionResult[];
  planned: number;
  answered: number;
  correct: number;
  /** correct / answered, 0..1; skips are not counted (see tally). */
  score: number;
  ms: number;
  abandoned: boolean;
  /** The whole time ran out (interviews). */
  expired: boolean;
}

export interface SessionUI {
  ask(question: Question, position: Position, deadlines: Deadlines, signal: AbortSignal): Promise<AskOutcome>;
  /** Recall: show the reference next to what was typed, then ask for a self-grade. */
  selfGrade(question: Question, given: string, deadlines: Deadlines, signal: AbortSignal): Promise<GradeOutcome>;
  feedback(result: QuestionResult, position: Position): Promise<void>;
}

export interface SessionOptions {
  mode: SessionMode;
  session: string;
  questions: Question[];
  notes: string[];
  seed?: number;
  ui: SessionUI;
  append: (record: HistoryRecord) => void;
  now: () => number;
  /** Ends the session early (Ctrl+C, SIGTERM): what was answered is kept. */
  stop: AbortSignal;
  /** Whole-session limit in ms (interviews). */
  totalMs?: number;
  /** Per-question limit in ms. */
  perQuestionMs?: number;
  /** The session's score, 0..1 (default: right / answered; interviews give self-grades credit). */
  scoreOf?: (results: readonly QuestionResult[]) => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export async function runSession(options: SessionOptions): Promise<SessionReport> {
  const { ui, append, now, mode, session, questions } = options;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout));
  const started = now();
  const sessionEnds = options.totalMs ? started + options.totalMs : undefined;
  append({ v: SCHEMA_VERSION, kind: 'session-start', session, at: iso(started), mode, notes: options.notes, planned: questions.length, ...(options.seed !== undefined ? { seed: options.seed } : {}) });

  const results: QuestionResult[] = [];
  let abandoned = false;
  let expired = false;
  const position = (index: number): Position => ({
    index,
    total: questions.length,
    answered: results.filter((r) => !r.skipped).length,
    correct: results.filter((r) => r.correct).length,
  });

  for (let index = 0; index < questions.length; index++) {
    if (options.stop.aborted) {
      abandoned = true;
      break;
    }
    const question = questions[index] as Question;
    const askedAt = now();
    if (sessionEnds !== undefined && askedAt >= sessionEnds) {
      expired = true;
      break;
    }
    const questionEnds = options.perQuestionMs ? askedAt + options.perQuestionMs : undefined;
    const ends = Math.min(questionEnds ?? Infinity, sessionEnds ?? Infinity);
    // The question's own time never shows more than the whole session has left.
    const deadlines: Deadlines = { question: questionEnds === undefined ? undefined : Math.min(questionEnds, sessionEnds ?? Infinity), session: sessionEnds };

    // One signal per phase: fires on the time limit or when the session is stopped.
    const timers: unknown[] = [];
    const listeners: (() => void)[] = [];
    const phaseSignal = (until: number): AbortSignal => {
      const controller = new AbortController();
      const onStop = () => controller.abort('stop');
      options.stop.addEventListener('abort', onStop);
      listeners.push(onStop);
      if (Number.isFinite(until)) timers.push(setTimer(() => controller.abort('timeout'), Math.max(0, until - now())));
      return controller.signal;
    };
    try {
      const outcome = await ui.ask(question, position(index), deadlines, phaseSignal(ends));
      if (outcome.kind === 'end' || options.stop.aborted) {
        abandoned = true;
        break;
      }
      let result: QuestionResult;
      if (outcome.kind === 'timeout') {
        // What was typed when time ran out is kept with the timeout.
        result = { question, correct: false, skipped: false, timedOut: true, grade: 1, given: outcome.partial ?? '', ms: now() - askedAt };
      } else if (outcome.kind === 'skip') {
        result = { question, correct: false, skipped: true, timedOut: false, grade: 1, given: '', ms: now() - askedAt };
      } else if (question.type === 'recall') {
        const given = String(outcome.value);
        // Grading yourself is not part of the question's time; only the whole session's limit applies.
        timers.splice(0).forEach(clearTimer);
        const graded = await ui.selfGrade(question, given, { session: sessionEnds }, phaseSignal(sessionEnds ?? Infinity));
        if (graded.kind === 'end' || options.stop.aborted) {
          // The typed answer is kept, ungraded (a skip for scoring and scheduling).
          const ungraded: QuestionResult = { question, correct: false, skipped: true, timedOut: false, grade: 1, given, ms: now() - askedAt };
          results.push(ungraded);
          append(answerRecord(session, ungraded, now()));
          abandoned = true;
          break;
        }
        // Not grading yourself in time counts as not knowing it.
        const grade: Grade = graded.kind === 'answer' ? graded.value : 1;
        result = { question, correct: gradeIsCorrect(grade), skipped: graded.kind === 'skip', timedOut: graded.kind === 'timeout', grade, given, ms: now() - askedAt };
      } else {
        const correct = isCorrect(question, outcome.value);
        result = { question, correct, skipped: false, timedOut: false, grade: gradeOf(correct), given: answerText(question, outcome.value), ms: now() - askedAt };
        if (Array.isArray(outcome.value)) result.order = outcome.value;
      }
      results.push(result);
      append(answerRecord(session, result, now()));
      await ui.feedback(result, position(index + 1));
      if (result.timedOut && sessionEnds !== undefined && now() >= sessionEnds) {
        expired = true;
        break;
      }
    } finally {
      timers.forEach(clearTimer);
      listeners.forEach((listener) => options.stop.removeEventListener('abort', listener));
    }
  }

  const { answered, correct } = tally(results);
  const score = (options.scoreOf ?? ((r) => tally(r).score))(results);
  const ended = now();
  append({ v: SCHEMA_VERSION, kind: 'session-end', session, at: iso(ended), mode, answered, correct, abandoned, score });
  return { mode, session, results, planned: questions.length, answered, correct, score, ms: ended - started, abandoned, expired };
}

/**
 * Skips are left out of the score, as stats leave them out of accuracy; a timeout
 * counts as a wrong answer. One rule for the summary, the log and stats.
 */
export function tally(results: readonly QuestionResult[]): { answered: number; correct: number; score: number } {
  const answered = results.filter((r) => !r.skipped).length;
  const correct = results.filter((r) => r.correct).length;
  return { answered, correct, score: answered ? correct / answered : 0 };
}

/** Interview score: credit over the answered questions (skips left out). */
export function creditScore(results: readonly QuestionResult[]): number {
  const answered = results.filter((r) => !r.skipped);
  return answered.length ? answered.reduce((sum, r) => sum + credit(r), 0) / answered.length : 0;
}

/** Interview credit: right = 1; a recall graded Hard = half; everything else 0. */
export function credit(result: QuestionResult): number {
  if (result.correct) return 1;
  return result.question.type === 'recall' && result.grade === 2 && !result.skipped && !result.timedOut ? 0.5 : 0;
}

function answerRecord(session: string, result: QuestionResult, at: number): AnswerRecord {
  const { question } = result;
  const record: AnswerRecord = {
    v: SCHEMA_VERSION,
    kind: 'answer',
    session,
    at: iso(at),
    question: question.id,
    type: question.type,
    bank: question.bank,
    topic: question.topic,
    subject: question.subject,
    correct: result.correct,
    grade: result.grade,
    given: result.given,
    ms: result.ms,
  };
  if (result.skipped) record.skipped = true;
  if (result.timedOut) record.timedOut = true;
  return record;
}
