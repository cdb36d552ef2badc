// What became of an asked question: one of five, never two at once.
//   right / wrong  answered (a recall by its self-grade: Good or Easy is right)
//   skipped        not answered; neither right nor wrong, left out of the score
//   timedOut       the time ran out: answered, and wrong
//   flagged        marked as a bad question: not scored, never asked again

export const STATUSES = ['right', 'wrong', 'skipped', 'timedOut', 'flagged'] as const;
export type Status = (typeof STATUSES)[number];

/** Counts in the score (as answered): right, wrong and timed out. */
export function isAnswered(status: Status): boolean {
  return status === 'right' || status === 'wrong' || status === 'timedOut';
}

/** The answer flags of the history record (`correct`, `skipped`, `timedOut`) for a status. */
export function recordFlags(status: Exclude<Status, 'flagged'>): { correct: boolean; skipped?: true; timedOut?: true } {
  return { correct: status === 'right', ...(status === 'skipped' ? { skipped: true as const } : {}), ...(status === 'timedOut' ? { timedOut: true as const } : {}) };
}

/** The status an answer record stands for (records keep the older flags; a timeout wins over `correct`). */
export function statusOfRecord(record: { correct: boolean; skipped?: boolean; timedOut?: boolean }): Exclude<Status, 'flagged'> {
  if (record.timedOut) return 'timedOut';
  if (record.skipped) return 'skipped';
  return record.correct ? 'right' : 'wrong';
}
