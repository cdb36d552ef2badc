// How long a mock interview is and how its time is shared out.

export interface InterviewLimits {
  /** The whole interview, in minutes (`--minutes`). */
  minutes: number;
  /** Each question's limit in seconds (`--per-question`). */
  perQuestion?: number;
  /** How many questions (`--count`); else as many as fill the time. */
  count?: number;
}

export interface InterviewPlan {
  count: number;
  totalMs: number;
  /** Each question's own limit, when one was given. */
  perQuestionMs?: number;
  /** Without one, each question's limit is its share of the time left. */
  shareTime?: true;
}

/** Minutes a question takes when no per-question limit is given. */
const DEFAULT_QUESTION_MINUTES = 1.5;
const MIN_COUNT = 3;
const MAX_COUNT = 30;

/**
 * Enough questions to fill the time (`perQuestion` each, else about a minute and a half; 3 to
 * 30), unless a count is given; each question limited to `perQuestion`, else to its share of
 * the time left.
 */
export function planInterview(limits: InterviewLimits): InterviewPlan {
  const perQuestionMinutes = limits.perQuestion ? limits.perQuestion / 60 : DEFAULT_QUESTION_MINUTES;
  const count = limits.count ?? Math.max(MIN_COUNT, Math.min(MAX_COUNT, Math.round(limits.minutes / perQuestionMinutes)));
  const totalMs = limits.minutes * 60_000;
  return limits.perQuestion ? { count, totalMs, perQuestionMs: limits.perQuestion * 1000 } : { count, totalMs, shareTime: true };
}
