import type { HistoryRecord } from '../core/history/index.js';
import { csvCell } from './export-csv.js';

// `k8s-quiz history --csv`: every answer, one row each.

const CSV_COLUMNS = [
  'at',
  'session',
  'mode',
  'question',
  'type',
  'bank',
  'topic',
  'subject',
  'correct',
  'grade',
  'given',
  'ms',
  'skipped',
  'timedOut',
] as const;


/**
 * Every answer as CSV (RFC 4180 quoting, `\n` line ends, a header row). `topic` is joined with
 * ` > `; `mode` comes from the answer's session-start record (empty when missing).
 */
export function answersCsv(records: readonly HistoryRecord[]): string {
  const modes = new Map<string, string>();
  for (const r of records) if (r.kind === 'session-start') modes.set(r.session, r.mode);
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    if (r.kind !== 'answer') continue;
    const row = [
      r.at,
      r.session,
      modes.get(r.session) ?? '',
      r.question,
      r.type,
      r.bank,
      r.topic.join(' > '),
      r.subject,
      String(r.correct),
      String(r.grade),
      r.given,
      String(r.ms),
      String(r.skipped ?? false),
      String(r.timedOut ?? false),
    ];
    // Guarded as the question export is: a typed answer `=HYPERLINK(…)` is not run by a spreadsheet.
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
