import type { FlagRecord, HistoryRecord } from './records.js';

// Questions marked as bad, replayed from the log: a flag counts until an unflag for the same
// question follows it (in log order). Pure.

export type FlaggedQuestion = Omit<FlagRecord, 'v' | 'kind' | 'id'>;

/** The questions flagged now, in the order they were (last) flagged. */
export function flaggedQuestions(records: readonly HistoryRecord[]): FlaggedQuestion[] {
  const current = new Map<string, FlaggedQuestion>();
  for (const record of records) {
    if (record.kind === 'flag') {
      const { v: _v, kind: _kind, id: _id, ...flag } = record; // id: the flag record's own, not the question's
      current.delete(record.question); // flagged again: it moves to the end
      current.set(record.question, flag);
    } else if (record.kind === 'unflag') current.delete(record.question);
  }
  return [...current.values()];
}

export function flaggedIds(records: readonly HistoryRecord[]): Set<string> {
  return new Set(flaggedQuestions(records).map((f) => f.question));
}

/**
 * The flagged questions `text` names: an exact id, else the ones whose id starts with it.
 * More than one means the prefix is ambiguous.
 */
export function findFlagged(flagged: readonly FlaggedQuestion[], text: string): FlaggedQuestion[] {
  const exact = flagged.filter((f) => f.question === text);
  return exact.length || !text ? exact : flagged.filter((f) => f.question.startsWith(text));
}
