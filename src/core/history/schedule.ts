import { createEmptyCard, fsrs, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { AnswerRecord } from './records.js';
import type { Question } from '../types.js';

// Spaced repetition over the answer log. Pure: a question's FSRS card is derived by replaying its
// answers in time order, so the log is the only record of it; the cards kept in the cache between
// runs (replay.ts) are a shortcut checked against the log, never a state of their own. The clock is
// an argument. ts-fsrs is used with its defaults (fuzz off), so the same log always gives the same dates.

export interface CardState {
  /** The FSRS card after the last answer (`card.due` is when it is next due). */
  card: Card;
  lastReview: Date;
  reps: number;
  lapses: number;
  /** Answers that were wrong (or timed out). Skipped answers are not counted anywhere. */
  wrong: number;
  right: number;
  lastRight?: Date;
}

const scheduler = fsrs();

/**
 * Replays the (non-skipped) answers at or before `now`, oldest first, into one FSRS card per
 * question id. Rating: the record's `grade` (right choice = Good, wrong = Again, recall = the
 * self-grade); a timed-out answer is Again whatever its grade. Answers stamped after `now`
 * (another machine's clock) are left out. Records need not be sorted; ties keep log order.
 */
export function cardStates(records: readonly AnswerRecord[], now: Date): Map<string, CardState> {
  const limit = now.getTime();
  const picked: AnswerRecord[] = [];
  const times: number[] = [];
  let sorted = true;
  for (const record of records) {
    if (record.skipped) continue;
    const t = Date.parse(record.at);
    if (!Number.isFinite(t) || t > limit) continue;
    if (times.length > 0 && t < (times[times.length - 1] as number)) sorted = false;
    picked.push(record);
    times.push(t);
  }
  let order: number[] | undefined;
  if (!sorted) {
    order = picked.map((_, i) => i);
    order.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  }

  const states = new Map<string, CardState>();
  for (let k = 0; k < picked.length; k++) {
    const i = order ? (order[k] as number) : k;
    applyAnswer(states, picked[i] as AnswerRecord, new Date(times[i] as number));
  }
  return states;
}

/** What an answer brings to its question's card. */
export type ScheduledAnswer = Pick<AnswerRecord, 'question' | 'grade' | 'correct' | 'timedOut'>;

/**
 * One (non-skipped) answer, made `at`, into `states`: the step cardStates takes for each answer,
 * oldest first. Replaying answers one at a time with it, after any earlier ones, gives the cards
 * cardStates gives for them all.
 */
export function applyAnswer(states: Map<string, CardState>, record: ScheduledAnswer, at: Date): void {
  const rating: FsrsGrade = record.timedOut ? 1 : (record.grade as FsrsGrade);
  const right = record.correct && !record.timedOut;
  let state = states.get(record.question);
  const card = scheduler.next(state ? state.card : createEmptyCard(at), at, rating).card;
  if (!state) {
    state = { card, lastReview: at, reps: 0, lapses: 0, wrong: 0, right: 0 };
    states.set(record.question, state);
  }
  state.card = card;
  state.lastReview = at;
  state.reps = card.reps;
  state.lapses = card.lapses;
  if (right) {
    state.right++;
    state.lastRight = at;
  } else {
    state.wrong++;
  }
}

export interface DrillPick {
  /** At most `count`: due ones, then weak ones, then new ones. */
  questions: Question[];
  /** How many of `questions` (the input) are due now, whether or not they all fit in `count`. */
  dueCount: number;
  /** How many of each kind were picked. */
  picked: { due: number; weak: number; new: number };
  /** The earliest due date still in the future among the known input questions (for "next due …"). */
  nextDue?: Date;
}

/**
 * Picks what to drill, deterministically:
 * 1. due questions (card due at or before `now`), most overdue first;
 * 2. the weakest of the rest: ever answered wrong, most missed first, then least recently right
 *    (never right first);
 * 3. new questions (no answers yet), in the order given.
 * Ties keep the order of `questions`. Questions seen, not due and never missed are not picked.
 * History for ids not in `questions` (entries removed from the notes) is ignored.
 */
export function pickDrill(questions: readonly Question[], records: readonly AnswerRecord[], now: Date, count: number): DrillPick {
  return pickDrillFromStates(questions, cardStates(records, now), now, count);
}

/** pickDrill with card states already computed (e.g. shared with stats). */
export function pickDrillFromStates(
  questions: readonly Question[],
  states: ReadonlyMap<string, CardState>,
  now: Date,
  count: number,
): DrillPick {
  const limit = now.getTime();
  const seen = new Set<string>();
  const due: { q: Question; i: number; due: number }[] = [];
  const weak: { q: Question; i: number; wrong: number; lastRight: number }[] = [];
  const fresh: Question[] = [];
  let nextDue: number | undefined;

  questions.forEach((q, i) => {
    if (seen.has(q.id)) return;
    seen.add(q.id);
    const state = states.get(q.id);
    if (!state) {
      fresh.push(q);
      return;
    }
    const dueAt = state.card.due.getTime();
    if (dueAt <= limit) {
      due.push({ q, i, due: dueAt });
      return;
    }
    if (nextDue === undefined || dueAt < nextDue) nextDue = dueAt;
    if (state.wrong > 0) {
      weak.push({ q, i, wrong: state.wrong, lastRight: state.lastRight ? state.lastRight.getTime() : -Infinity });
    }
  });

  due.sort((a, b) => a.due - b.due || a.i - b.i);
  weak.sort((a, b) => b.wrong - a.wrong || a.lastRight - b.lastRight || a.i - b.i);

  const n = Math.max(0, Math.floor(Number.isFinite(count) ? count : 0));
  const out: Question[] = [];
  const picked = { due: 0, weak: 0, new: 0 };
  for (const d of due) {
    if (out.length >= n) break;
    out.push(d.q);
    picked.due++;
  }
  for (const w of weak) {
    if (out.length >= n) break;
    out.push(w.q);
    picked.weak++;
  }
  for (const q of fresh) {
    if (out.length >= n) break;
    out.push(q);
    picked.new++;
  }
  const result: DrillPick = { questions: out, dueCount: due.length, picked };
  if (nextDue !== undefined) result.nextDue = new Date(nextDue);
  return result;
}
