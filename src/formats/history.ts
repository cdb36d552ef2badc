import type { AnswerRecord } from '../core/history/index.js';
import { statusOfRecord } from '../core/session/index.js';
import { hanging } from '../ui/layout.js';

// `k8s-quiz history` as text: one row an answer.

/** One column each, so the rows line up. */
const MARKS = { right: '✓', wrong: '✗', skipped: '–', timedOut: 'T' } as const;

/** One row an answer; a subject too long for the line continues under itself. */
export function formatAnswerRows(answers: readonly AnswerRecord[], width = 80): string {
  return answers.map((a) => hanging(`${a.at}  ${MARKS[statusOfRecord(a)]}  ${a.type.padEnd(8)} `, a.subject, width)).join('\n');
}

export function answersJson(answers: readonly AnswerRecord[]): string {
  return JSON.stringify(answers, null, 2);
}
