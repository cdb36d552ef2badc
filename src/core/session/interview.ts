import { matchKey } from '../text/index.js';
import { answerKind, type AnswerKind, type Question } from '../types.js';

// Choosing a mock interview: mostly "explain" and "walk me through" questions, some
// multiple choice, never the same subject twice. Pure; randomness comes in as a number source.

/**
 * Share of each answer kind in an interview, as interviewers weigh them: explaining, walking
 * through a procedure, and the rest (choosing, typing, selecting all) as the short ones.
 */
const WEIGHTS: { kinds: AnswerKind[]; share: number }[] = [
  { kinds: ['recall'], share: 0.45 },
  { kinds: ['order'], share: 0.25 },
  { kinds: ['choice', 'typed', 'multi'], share: 0.3 },
];

/** What an interview is picked from: questions, or drafts of them (built when their turn comes). */
export type Interviewable = Pick<Question, 'type' | 'subject'> & { viable?: () => boolean };

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function pickInterview<T extends Interviewable>(candidates: readonly T[], count: number, random: () => number): T[] {
  const seen = new Set<string>();
  const fresh = (q: T) => !seen.has(matchKey(q.subject));
  const pools = WEIGHTS.map((w) => shuffled(candidates.filter((q) => w.kinds.includes(answerKind(q))), random));
  const wanted = WEIGHTS.map((w) => Math.round(w.share * count));
  const picked: T[][] = WEIGHTS.map(() => []);

  const take = (k: number): boolean => {
    const pool = pools[k] as T[];
    while (pool.length) {
      const q = pool.shift() as T;
      // A draft is built only when its turn comes; one that does not build is passed over.
      if (!fresh(q) || (q.viable && !q.viable())) continue;
      seen.add(matchKey(q.subject));
      (picked[k] as T[]).push(q);
      return true;
    }
    return false;
  };
  for (let k = 0; k < WEIGHTS.length; k++) for (let i = 0; i < (wanted[k] as number); i++) take(k);
  // Short of some kind: fill from the others, recall first.
  let total = picked.reduce((n, p) => n + p.length, 0);
  for (let k = 0; total < count && k < WEIGHTS.length; ) {
    if (take(k)) total++;
    else k++;
  }
  // Open with a short warm-up, then alternate kinds.
  const order: T[] = [];
  const queues = [picked[2] as T[], picked[0] as T[], picked[1] as T[]];
  while (order.length < Math.min(count, total)) {
    for (const q of queues) if (q.length && order.length < count) order.push(q.shift() as T);
  }
  return order;
}

/** A letter for the overall result. */
export function letterGrade(score: number): string {
  if (score >= 0.9) return 'A';
  if (score >= 0.75) return 'B';
  if (score >= 0.6) return 'C';
  if (score >= 0.4) return 'D';
  return 'F';
}
