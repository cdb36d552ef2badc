import type { Question } from '../core/types.js';

// `k8s-quiz export --format csv`: one row a question, for spreadsheets and other tools. Pure.

export const EXPORT_CSV_COLUMNS = ['id', 'type', 'prompt', 'choices', 'answer', 'source', 'topic', 'explanation'] as const;

/** How list cells (choices, the steps of an order answer, the picks of a multi) are joined. */
const LIST_SEPARATOR = ' | ';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * before one) gets a `'` in front, so opening an export of someone's notes runs nothing (OWASP's
 * advice on CSV injection).
 */
export function formulaSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quoted when it holds a quote, comma or line break (or edge spaces a reader could trim), quotes doubled. */
export function csvCell(value: string): string {
  const safe = formulaSafe(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The right answer as text: the right choice; for order the steps in order, for multi every right choice. */
export function answerAsText(q: Question): string {
  switch (q.type) {
    case 'order':
    case 'multi':
      return q.answer.map((i) => q.choices[i] ?? '').join(LIST_SEPARATOR);
    case 'typed':
    case 'recall':
      return q.answer;
    default:
      return q.choices[q.answer] ?? '';
  }
}

/** A header row, then one row a question; `\n` line ends, as `history --csv`. */
export function questionsCsv(questions: readonly Question[]): string {
  const rows = questions.map((q) =>
    [q.id, q.type, q.prompt, q.choices.join(LIST_SEPARATOR), answerAsText(q), `${q.source.file}:${q.source.line}`, q.topic.join(' > '), q.explanation]
      .map(csvCell)
      .join(','),
  );
  return [EXPORT_CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}
