import { answerKind, type AnswerKind, type Question, type QuestionOf } from '../../types.js';
import { choiceKit } from './choice.js';
import type { AnswerOf, GivenAnswer, Kit, Parsed } from './kit.js';
import { multiKit } from './multi.js';
import { orderKit } from './order.js';
import { recallKit } from './recall.js';
import { typedKit } from './typed.js';

// The kit of every answer kind. Adding a kind: one kit module and one entry here (the
// compiler asks for it once the kind is in AnswerKind).

export const KITS: { [K in AnswerKind]: Kit<QuestionOf<K>, AnswerOf<K>> } = {
  choice: choiceKit,
  order: orderKit,
  multi: multiKit,
  typed: typedKit,
  recall: recallKit,
};

/**
 * The kit for a question. The one cast of the lookup: a question's type fixes its kind
 * (ANSWER_KIND), so the kit found is the one for this question's shape. Values coming back
 * from a UI are checked with `accepts` before they reach `check`.
 */
export function kitOf(question: Pick<Question, 'type'>): Kit<Question, GivenAnswer> {
  return KITS[answerKind(question)] as unknown as Kit<Question, GivenAnswer>;
}

/** `!` (or full-width `！`) alone on a line: the question is bad (in text prompts too: answers may contain `!`). */
export function isFlagLine(line: string): boolean {
  return line.normalize('NFKC').trim() === '!';
}

/** One `--plain` answer line: empty skips, `!` flags, anything else is the kit's to read. */
export function parseLine(question: Question, line: string): Parsed<GivenAnswer> {
  const text = line.normalize('NFKC').trim();
  if (!text) return { kind: 'skip' };
  if (isFlagLine(text)) return { kind: 'flag' };
  return kitOf(question).parse(question, line);
}

export type { AnswerDetail, AnswerOf, AnswerShapes, GivenAnswer, Invalid, Kit, Parsed, PromptKind, TypedChange } from './kit.js';
export { matchTyped, type TypedMatch } from './typed-match.js';
