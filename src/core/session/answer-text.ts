import { stripControlLine } from '../text/index.js';

/**
 * The longest answer kept, in characters: typed answers are echoed, graded, stored and
 * exported, and a pasted megabyte would slow every one of those down for nothing.
 */
export const ANSWER_LIMIT = 2000;

/** A typed answer as it is kept: no control characters (it reaches terminals and files), at most ANSWER_LIMIT long. */
export function cleanAnswer(text: string): string {
  const clean = stripControlLine(text.length > ANSWER_LIMIT * 2 ? text.slice(0, ANSWER_LIMIT * 2) : text);
  if (clean.length <= ANSWER_LIMIT) return clean;
  // Not half a surrogate pair.
  const end = /[\ud800-\udbff]/.test(clean.charAt(ANSWER_LIMIT - 1)) ? ANSWER_LIMIT - 1 : ANSWER_LIMIT;
  return clean.slice(0, end);
}
