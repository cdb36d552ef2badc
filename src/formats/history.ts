import type { AnswerRecord } from '../core/history/index.js';
import { statusOfRecord } from '../core/session/index.js';
import { hangingOrBelow } from '../ui/layout.js';

// `k8s-quiz history` as text: one row an answer.

/** One column each, so the rows line up. */
const MARKS = { right: '✓', wrong: '✗', skipped: '–', timedOut: 'T' } as const;

/** One row an answer; a subject too long for the line continues under itself. */
export function formatAnswerRows(answers: readonly AnswerRecord[], width = 80): string {
  // On a narrow terminal the subject goes under its row's time, mark and type.
  return answers.map((a) => hangingOrBelow(`${a.at}  ${MARKS[statusOfRecord(a)]}  ${a.type.padEnd(8)} `, a.subject, width, 12)).join('\n');
}

export function answersJson(answers: readonly AnswerRecord[]): string {
  return JSON.stringify(answers, null, 2);
}
