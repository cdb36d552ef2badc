import type { Grade, QuestionType } from '../types.js';

// What the history log holds: one JSON object a line, appended, never rewritten.

export const SCHEMA_VERSION = 1;

export type SessionMode = 'quiz' | 'interview' | 'drill';

export interface AnswerRecord {
  v: typeof SCHEMA_VERSION;
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

export type HistoryRecord = AnswerRecord | SessionStartRecord | SessionEndRecord;
