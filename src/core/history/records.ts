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

/** What every record starts with. */
interface RecordHead<K extends string> {
  v: typeof SCHEMA_VERSION;
  /**
   * Unique per record: 16 random hex digits, made where the record is made. Two machines' logs
   * merged by union can hold the same record twice; reading keeps one per id. Absent in logs
   * written before sync existed (their lines are told apart by their content instead).
   */
  id?: string;
  kind: K;
  /** The session (or, for an unflag, the command run) that wrote it. */
  session: string;
  /** ISO timestamp of when it happened. */
  at: string;
}

/** What a record about one question says of it. */
interface QuestionFields {
  question: string;
  type: QuestionType;
  bank: string;
  /** Heading path + bank title. */
  topic: string[];
  /** The term, step list or question the item was about. */
  subject: string;
}

export interface AnswerRecord extends RecordHead<'answer'>, QuestionFields {
  correct: boolean;
  /** FSRS rating: right choice = 3 (Good), wrong = 1 (Again), recall = the self-grade. */
  grade: Grade;
  /** What the person answered, as text. Empty when skipped or timed out. */
  given: string;
  ms: number;
  skipped?: boolean;
  timedOut?: boolean;
}

export interface SessionStartRecord extends RecordHead<'session-start'> {
  mode: SessionMode;
  notes: string[];
  planned: number;
  seed?: number;
}

export interface SessionEndRecord extends RecordHead<'session-end'> {
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
export interface FlagRecord extends RecordHead<'flag'>, QuestionFields {
  prompt: string;
  /** Where its answer lives in the notes. */
  source: SourceRef;
  choices?: string[];
  /** The right answer, as text. */
  answer?: string;
}

/** Takes a flag back: the question may be asked again. `session` names the command run that did it. */
export interface UnflagRecord extends RecordHead<'unflag'> {
  question: string;
}

export type HistoryRecord = AnswerRecord | SessionStartRecord | SessionEndRecord | FlagRecord | UnflagRecord;

/**
 * A record's identity: its id; for a line written before ids existed, what makes it that record
 * (kind, session, time to the millisecond, question), so that copies of an old line collapse and
 * nothing else does (one session never records the same question twice in one millisecond). Keys
 * of the two sorts cannot meet: an id has no NUL in it. Short keys keep a 100,000-line log quick.
 */
export function recordKey(record: HistoryRecord): string {
  if (record.id !== undefined) return record.id;
  return `\u0000${record.kind}\u0000${record.session}\u0000${record.at}\u0000${'question' in record ? record.question : ''}`;
}

// Checking a parsed line of the log: it may have been edited by hand, or written by a newer version.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isOptionalBoolean = (v: unknown): boolean => v === undefined || typeof v === 'boolean';

/** The fields of a record about one question (see QuestionFields). */
function aboutQuestion(value: Record<string, unknown>): boolean {
  return isString(value['question']) && isString(value['type']) && isString(value['bank']) && isStringArray(value['topic']) && isString(value['subject']);
}

/** Whether the fields of each kind of record are there and of the right types. */
const FIELDS_OF: Record<HistoryRecord['kind'], (value: Record<string, unknown>) => boolean> = {
  answer: (value) => {
    const grade = value['grade'];
    return (
      aboutQuestion(value) &&
      typeof value['correct'] === 'boolean' &&
      (grade === 1 || grade === 2 || grade === 3 || grade === 4) &&
      isString(value['given']) &&
      isNumber(value['ms']) &&
      isOptionalBoolean(value['skipped']) &&
      isOptionalBoolean(value['timedOut'])
    );
  },
  'session-start': (value) =>
    isString(value['mode']) && isStringArray(value['notes']) && isNumber(value['planned']) && (value['seed'] === undefined || isNumber(value['seed'])),
  'session-end': (value) =>
    isString(value['mode']) && isNumber(value['answered']) && isNumber(value['correct']) && typeof value['abandoned'] === 'boolean' && isNumber(value['score']),
  flag: (value) => {
    const source = value['source'];
    return (
      aboutQuestion(value) &&
      isString(value['prompt']) &&
      isObject(source) &&
      isString(source['file']) &&
      isNumber(source['line']) &&
      (value['choices'] === undefined || isStringArray(value['choices'])) &&
      (value['answer'] === undefined || isString(value['answer']))
    );
  },
  unflag: (value) => isString(value['question']),
};

/**
 * Checks one parsed line. Returns the record, or why it is not one; `future: true` when it was
 * written by a newer version (schema version above SCHEMA_VERSION).
 */
export function checkRecord(value: unknown): { record: HistoryRecord } | { problem: string; future?: boolean } {
  if (!isObject(value)) return { problem: 'not a JSON object' };
  const v = value['v'];
  if (!Number.isInteger(v) || (v as number) < 1) return { problem: 'no schema version' };
  if ((v as number) > SCHEMA_VERSION) {
    return { problem: `written by a newer version of k8s-quiz (schema v${String(v)})`, future: true };
  }
  if (!isString(value['session']) || value['session'] === '') return { problem: 'no session id' };
  if (!isString(value['at']) || !Number.isFinite(Date.parse(value['at']))) return { problem: 'no valid timestamp' };
  if (value['id'] !== undefined && (!isString(value['id']) || value['id'] === '')) return { problem: 'a bad record id' };
  const kind = value['kind'];
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(FIELDS_OF, kind)) return { problem: `unknown record kind ${JSON.stringify(kind)}` };
  if (!FIELDS_OF[kind as HistoryRecord['kind']](value)) return { problem: `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} record with missing or bad fields` };
  return { record: value as unknown as HistoryRecord };
}

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
