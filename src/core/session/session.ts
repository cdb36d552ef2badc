import { gradeIsCorrect, gradeOf, isCorrect } from './grade.js';
import { kitOf, type GivenAnswer } from './kinds/index.js';
import { isAnswered, recordFlags, type Status } from './status.js';
import { SCHEMA_VERSION, type AnswerRecord, type FlagRecord, type HistoryRecord, type SessionMode } from '../history/records.js';
import type { Grade, Question } from '../types.js';

// One run through a list of questions: ask, grade, record each answer the moment it is
// made, and report. The UI (plain or interactive) and the clock are passed in.

/**
 * What a prompt gave back: an answer, a skip, a flag (the question is bad), the time limit, or
 * the end (Ctrl+C, closed input).
 */
export type Outcome<T> = { kind: 'answer'; value: T } | { kind: 'skip' } | { kind: 'flag' } | { kind: 'timeout'; partial?: string } | { kind: 'end' };

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
  status: Status;
  /** FSRS rating: a checked answer Good (right) or Again; a recall its self-grade; otherwise Again. */
  grade: Grade;
  /** The answer as the history keeps it ('' when nothing was given). */
  given: string;
  /** The answer as given, in its kind's shape (choice indices, text), for the feedback. */
  value?: GivenAnswer;
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
  /** Makes each record's unique id (history merged from several machines is told apart by it). Without it, records have no id. */
  newId?: () => string;
  now: () => number;
  /** Ends the session early (Ctrl+C, SIGTERM): what was answered is kept. */
  stop: AbortSignal;
  /** Whole-session limit in ms (interviews). */
  totalMs?: number;
  /** Per-question limit in ms. */
  perQuestionMs?: number;
  /**
   * Without perQuestionMs: each question's limit is the whole session's time left shared by the
   * questions left (time saved on one goes to the next). Needs totalMs.
   */
  shareTime?: boolean;
  /** The session's score, 0..1 (default: right / answered; interviews give self-grades credit). */
  scoreOf?: (results: readonly QuestionResult[]) => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** A question's share of the time left is never less than this (the session's own end still applies). */
const MIN_SHARE_MS = 20_000;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export async function runSession(options: SessionOptions): Promise<SessionReport> {
  const { ui, now, mode, session, questions, newId } = options;
  const append = newId ? (record: HistoryRecord) => options.append({ ...record, id: record.id ?? newId() }) : options.append;
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
    answered: results.filter((r) => isAnswered(r.status)).length,
    correct: results.filter((r) => r.status === 'right').length,
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
    const share = options.shareTime && sessionEnds !== undefined ? Math.max(MIN_SHARE_MS, (sessionEnds - askedAt) / (questions.length - index)) : undefined;
    const limit = options.perQuestionMs ?? share;
    const questionEnds = limit ? askedAt + limit : undefined;
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
      const ms = () => now() - askedAt;
      let result: QuestionResult;
      if (outcome.kind === 'timeout') {
        // What was typed when time ran out is kept with the timeout.
        result = { question, status: 'timedOut', grade: 1, given: outcome.partial ?? '', ms: ms() };
      } else if (outcome.kind === 'skip' || outcome.kind === 'flag') {
        result = { question, status: outcome.kind === 'skip' ? 'skipped' : 'flagged', grade: 1, given: '', ms: ms() };
      } else if (kitOf(question).selfGraded) {
        const given = String(outcome.value);
        // Grading yourself is not part of the question's time; only the whole session's limit applies.
        timers.splice(0).forEach(clearTimer);
        const graded = await ui.selfGrade(question, given, { session: sessionEnds }, phaseSignal(sessionEnds ?? Infinity));
        if (graded.kind === 'end' || options.stop.aborted) {
          // The typed answer is kept, ungraded (a skip for scoring and scheduling).
          const ungraded: QuestionResult = { question, status: 'skipped', grade: 1, given, value: outcome.value, ms: ms() };
          results.push(ungraded);
          append(recordOf(session, ungraded, now()));
          abandoned = true;
          break;
        }
        // Not grading yourself in time counts as not knowing it.
        const grade: Grade = graded.kind === 'answer' ? graded.value : 1;
        const status: Status =
          graded.kind === 'answer' ? (gradeIsCorrect(grade) ? 'right' : 'wrong') : graded.kind === 'skip' ? 'skipped' : graded.kind === 'flag' ? 'flagged' : 'timedOut';
        result = { question, status, grade, given, value: outcome.value, ms: ms() };
      } else {
        const right = isCorrect(question, outcome.value);
        const kit = kitOf(question);
        const given = kit.accepts(outcome.value) ? kit.text(question, outcome.value) : '';
        result = { question, status: right ? 'right' : 'wrong', grade: gradeOf(right), given, value: outcome.value, ms: ms() };
      }
      results.push(result);
      append(recordOf(session, result, now()));
      await ui.feedback(result, position(index + 1));
      if (result.status === 'timedOut' && sessionEnds !== undefined && now() >= sessionEnds) {
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
 * Skips (and flagged questions) are left out of the score, as stats leave them out of
 * accuracy; a timeout counts as a wrong answer. One rule for the summary, the log and stats.
 */
export function tally(results: readonly QuestionResult[]): { answered: number; correct: number; score: number } {
  const answered = results.filter((r) => isAnswered(r.status)).length;
  const correct = results.filter((r) => r.status === 'right').length;
  return { answered, correct, score: answered ? correct / answered : 0 };
}

/** Interview score: credit over the answered questions (skips and flags left out). */
export function creditScore(results: readonly QuestionResult[]): number {
  const answered = results.filter((r) => isAnswered(r.status));
  return answered.length ? answered.reduce((sum, r) => sum + credit(r), 0) / answered.length : 0;
}

/** Interview credit: right = 1; a self-graded answer graded Hard = half; everything else 0. */
export function credit(result: QuestionResult): number {
  if (result.status === 'right') return 1;
  return kitOf(result.question).selfGraded && result.grade === 2 && result.status === 'wrong' ? 0.5 : 0;
}

/** The history record of a result: an answer, or for a flagged question a flag. */
function recordOf(session: string, result: QuestionResult, at: number): AnswerRecord | FlagRecord {
  const { question } = result;
  const about = { question: question.id, type: question.type, bank: question.bank, topic: question.topic, subject: question.subject };
  if (result.status === 'flagged') {
    return {
      v: SCHEMA_VERSION,
      kind: 'flag',
      session,
      at: iso(at),
      ...about,
      prompt: question.prompt,
      source: { file: question.source.file, line: question.source.line },
      choices: question.choices,
      answer: kitOf(question).rightText(question),
    };
  }
  const { correct, ...marks } = recordFlags(result.status);
  return { v: SCHEMA_VERSION, kind: 'answer', session, at: iso(at), ...about, correct, grade: result.grade, given: result.given, ms: result.ms, ...marks };
}
