import type { AnswerRecord } from '../core/history/index.js';
import { statusOfRecord } from '../core/session/index.js';

// `k8s-quiz history` as text: one row an answer.

/** One column each, so the rows line up. */
const MARKS = { right: '✓', wrong: '✗', skipped: '–', timedOut: 'T' } as const;

export function formatAnswerRows(answers: readonly AnswerRecord[]): string {
  return answers.map((a) => `${a.at}  ${MARKS[statusOfRecord(a)]}  ${a.type.padEnd(8)} ${a.subject}`).join('\n');
}

export function answersJson(answers: readonly AnswerRecord[]): string {
  return JSON.stringify(answers, null, 2);
}
