import type { AnswerRecord } from '../core/history/index.js';
import { statusOfRecord } from '../core/session/index.js';
import type { Lang, QuestionType } from '../core/types.js';
import { displayWidth, hangingOrBelow } from '../ui/layout.js';
import { messages } from '../ui/messages.js';

// `k8s-quiz history` as text: one row an answer.

/** One column each, so the rows line up. */
const MARKS = { right: '✓', wrong: '✗', skipped: '–', timedOut: 'T' } as const;

/** One row an answer, its type named in `lang`; a subject too long for the line continues under itself. */
export function formatAnswerRows(answers: readonly AnswerRecord[], width = 80, lang: Lang = 'en'): string {
  const m = messages(lang);
  // A hand-edited log may hold a type that is none of ours: then its own name.
  const name = (type: string) => m.typeName(type as QuestionType) ?? type;
  const column = (type: string) => `${name(type)}${' '.repeat(Math.max(0, 8 - displayWidth(name(type))))}`;
  // Two spaces after the type, as between the other columns (`identify` fills its eight). On a
  // narrow terminal the subject goes under its row's time, mark and type.
  return answers.map((a) => hangingOrBelow(`${a.at}  ${MARKS[statusOfRecord(a)]}  ${column(a.type)}  `, a.subject, width, 12)).join('\n');
}

/** The answers and the skips among them, counted as `stats` counts them (a skip is not an answer). */
export function answerCounts(answers: readonly AnswerRecord[]): { answered: number; skipped: number } {
  const skipped = answers.filter((a) => statusOfRecord(a) === 'skipped').length;
  return { answered: answers.length - skipped, skipped };
}

export function answersJson(answers: readonly AnswerRecord[]): string {
  return JSON.stringify(answers, null, 2);
}
