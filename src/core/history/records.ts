import type { Grade, QuestionType, SourceRef } from '../types.js';
import { stripControl } from '../text/index.js';

// What the history log holds: one JSON object a line, appended, never rewritten.

export const SCHEMA_VERSION = 1;

/**
 * A session stopped with fewer answers than this has no score worth a grade or a place in the
 * stats trend: one right answer and Ctrl+C is not a 100% session.
 */
export const MIN_SCORED_ANSWERS = 3;

/** Whether a session's score stands for it: it ran to its end, or was stopped after enough answers. */
export function scoreCounts(session: { abandoned: boolean; answered: number }): boolean {
  return session.answered > 0 && (!session.abandoned || session.answered >= MIN_SCORED_ANSWERS);
}

export type SessionMode = 'quiz' | 'interview' | 'drill';

export interface AnswerRecord {
  v: typeof SCHEMA_VERSION;
  /**
   * Unique per record: 16 random hex digits, made where the record is made. Two machines' logs
   * merged by union can hold the same record twice; reading keeps one per id. Absent in logs
   * written before sync existed (their lines are told apart by their content instead).
   */
  id?: string;
  kind: 'answer';
  session: string;
  /** ISO timestamp of when the answer was made. */
  at: string;
  question: string;
  type: QuestionType;
  bank: string;
  /** Heading path + bank title. */
  topic: string[];
  /** The term, step list or question the item was about. */
  subject: string;
  correct: boolean;
  /** FSRS rating: right choice = 3 (Good), wrong = 1 (Again), recall = the self-grade. */
  grade: Grade;
  /** What the person answered, as text. Empty when skipped or timed out. */
  given: string;
  ms: number;
  skipped?: boolean;
  timedOut?: boolean;
}

export interface SessionStartRecord {
  v: typeof SCHEMA_VERSION;
  /** Unique per record (see AnswerRecord.id). */
  id?: string;
  kind: 'session-start';
  session: string;
  at: string;
  mode: SessionMode;
  notes: string[];
  planned: number;
  seed?: number;
}

export interface SessionEndRecord {
  v: typeof SCHEMA_VERSION;
  /** Unique per record (see AnswerRecord.id). */
  id?: string;
  kind: 'session-end';
  session: string;
  at: string;
  mode: SessionMode;
  answered: number;
  correct: number;
  /** Ended by Ctrl+C, closed input or a kill, not by finishing. */
  abandoned: boolean;
  /** Share of the score (0..1); interviews count self-grades. */
  score: number;
}

/**
 * A question marked as bad during a session: it is not scored and never asked again (until an
 * `unflag` record for it follows). It keeps what a person needs to judge or report the question.
 */
export interface FlagRecord {
  v: typeof SCHEMA_VERSION;
  /** Unique per record (see AnswerRecord.id). */
  id?: string;
  kind: 'flag';
  session: string;
  at: string;
  question: string;
  type: QuestionType;
  bank: string;
  topic: string[];
  subject: string;
  prompt: string;
  /** Where its answer lives in the notes. */
  source: SourceRef;
  choices?: string[];
  /** The right answer, as text. */
  answer?: string;
}

/** Takes a flag back: the question may be asked again. `session` names the command run that did it. */
export interface UnflagRecord {
  v: typeof SCHEMA_VERSION;
  /** Unique per record (see AnswerRecord.id). */
  id?: string;
  kind: 'unflag';
  session: string;
  at: string;
  question: string;
}

export type HistoryRecord = AnswerRecord | SessionStartRecord | SessionEndRecord | FlagRecord | UnflagRecord;

// C0 (but tab and newline), DEL, C1 and bidi controls.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

// The same in a line of JSON text: raw, or written as a \u escape (C0 can only be escaped).
const UNSAFE_IN_JSON = /\\u(?:00[01][0-9a-f]|007f|00[89][0-9a-f]|200[ef]|202[a-e]|206[6-9]|061c)|[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/i;

/** Whether a line of the log may hold a control character (nearly none does: then it need not be walked). */
export function mayHoldControl(jsonLine: string): boolean {
  return UNSAFE_IN_JSON.test(jsonLine);
}

/**
 * A value read from the log, every string in it without control characters: the log can be
 * edited by hand, and its subjects, topics and answers reach the terminal and the exports.
 */
export function cleanRecord<T>(value: T): T {
  if (typeof value === 'string') return (UNSAFE.test(value) ? stripControl(value) : value) as T;
  if (typeof value !== 'object' || value === null) return value;
  // Copied only when something changed: nearly every record is clean.
  const entries = Object.entries(value);
  const cleaned = entries.map(([, v]) => cleanRecord(v));
  if (cleaned.every((v, i) => v === (entries[i] as [string, unknown])[1])) return value;
  if (Array.isArray(value)) return cleaned as T;
  return Object.fromEntries(entries.map(([key], i) => [key, cleaned[i]])) as T;
}
