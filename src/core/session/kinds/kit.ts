import type { AnswerKind, Question } from '../../types.js';

// What every answer kind provides: one small pure module per kind (choice, order, multi,
// typed, recall), looked up in KITS (./index.ts) by the session, both UIs, feedback and the
// reports instead of branching on the question's type.

/**
 * Why a `--plain` line is not an answer, as data (`n`: how many choices): the UI says it in the
 * run's language, from its message tables.
 */
export type Invalid =
  | { kind: 'one-number'; n: number; got?: number }
  | { kind: 'order-numbers'; n: number }
  | { kind: 'order-count'; n: number; got: number }
  | { kind: 'order-outside'; n: number; number: number }
  | { kind: 'order-twice'; n: number; number: number }
  | { kind: 'multi-numbers'; n: number }
  | { kind: 'multi-outside'; n: number; number: number }
  | { kind: 'grade' };

/** One line of `--plain` input, read. `flag`: the line was `!` (the question is bad). */
export type Parsed<T> = { kind: 'answer'; value: T } | { kind: 'skip' } | { kind: 'flag' } | { kind: 'invalid'; why: Invalid };

/**
 * The interactive prompt a kind is answered with, as data: src/ui/prompts.ts owns the
 * prompts and draws each of these. `text` is a short typed answer checked automatically,
 * `free` an explanation graded by the person.
 */
export type PromptKind = 'select' | 'sortable' | 'checkbox' | 'text' | 'free';

/** The shape of an answer of each kind: a choice index, choice indices, or text. */
export interface AnswerShapes {
  choice: number;
  order: number[];
  multi: number[];
  typed: string;
  recall: string;
}
export type AnswerOf<K extends AnswerKind> = AnswerShapes[K];
/** An answer of any kind. */
export type GivenAnswer = AnswerShapes[AnswerKind];

/** A part of a typed answer that differs from the accepted spelling closest to it. */
export interface TypedChange {
  /** What was typed there ('' when a word is missing). */
  typed: string;
  /** What the answer has there ('' when the typed word is not in the answer). */
  expected: string;
  /** One small typo, forgiven: the answer still counts as right. */
  forgiven?: boolean;
}

/** What the feedback shows of an answer beyond right or wrong. */
export type AnswerDetail =
  /** The order given, each step marked by whether it is in order with the rest (one moved step is one ✗). */
  | { kind: 'order'; steps: { text: string; right: boolean }[] }
  /** Every choice picked or belonging: picked and right, picked wrongly, or missed. */
  | { kind: 'multi'; picks: { text: string; picked: boolean; right: boolean }[] }
  /** What was typed, and where it differs from the closest accepted spelling. */
  | { kind: 'typed'; typed: string; expected: string; changes: TypedChange[] };

export interface Kit<Q extends Question, A extends GivenAnswer> {
  /** The interactive prompt this kind needs. */
  prompt: PromptKind;
  /** Graded by the person after seeing the reference (recall), not checked by the program. */
  selfGraded: boolean;
  /**
   * Feedback after a miss, and the session summary, name the right answer. (An order's
   * explanation lists the steps already; a recall shows its reference instead.)
   */
  showsAnswer: boolean;
  /** Whether a value has this kind's answer shape (a guard for values from a UI). */
  accepts(value: GivenAnswer): value is A;
  /** A `--plain` line that is neither empty (skip) nor `!` (flag): the answer, or why it is not one. */
  parse(question: Q, line: string): Parsed<A>;
  /** Right or not. Self-graded kinds are never right by themselves. */
  check(question: Q, given: A): boolean;
  /** The answer as the history keeps it (choice texts, typed text). */
  text(question: Q, given: A): string;
  /** The right answer as text. */
  rightText(question: Q): string;
  /** The answer key as question listings print it: choice numbers, or the text. */
  key(question: Q): string;
  /** What feedback shows of an answer beyond the verdict; null when there is nothing to add. */
  detail(question: Q, given: A, right: boolean): AnswerDetail | null;
}

/** Choice numbers, as typed: `3 1 2`, `3,1,2`, `3、1、2` (full-width digits already folded). */
export function numberList(text: string): number[] | null {
  const parts = text.split(/[\s,，、;；]+/).filter(Boolean);
  if (!parts.length || !parts.every((p) => /^\d+$/.test(p))) return null;
  return parts.map(Number);
}

export const isIndexList = (value: GivenAnswer): value is number[] => Array.isArray(value) && value.every((v) => Number.isInteger(v));

export function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Choice texts of the given indices. */
function choiceTexts(choices: readonly string[], indices: readonly number[]): string[] {
  return indices.map((i) => choices[i] ?? '?');
}

/**
 * How an answer that is a list of choices reads: the choices' texts joined by `separator` for
 * the history and the right answer, the choice numbers for listings.
 */
export function choiceListTexts<Q extends Question & { answer: number[] }>(separator: string): Pick<Kit<Q, number[]>, 'text' | 'rightText' | 'key'> {
  return {
    text: (question, given) => choiceTexts(question.choices, given).join(separator),
    rightText: (question) => choiceTexts(question.choices, question.answer).join(separator),
    key: (question) => question.answer.map((i) => i + 1).join(' '),
  };
}

/**
 * How an answer typed as one line of text is read and kept: as typed (trimmed), the text
 * itself for the history, and the question's answer text as the right one.
 */
export function textAnswer<Q extends Question & { answer: string }>(): Pick<Kit<Q, string>, 'accepts' | 'parse' | 'text' | 'rightText' | 'key'> {
  return {
    accepts: (value): value is string => typeof value === 'string',
    parse: (_question, line) => ({ kind: 'answer', value: line.trim() }),
    text: (_question, given) => given,
    rightText: (question) => question.answer,
    key: (question) => question.answer,
  };
}
