import { cardStates, pickDrillFromStates, type AnswerRecord, type CardState, type DrillPick, type HistoryRecord } from '../history/index.js';
import type { Lang, Question } from '../types.js';
import { interfaceLang } from './lang.js';

// What a drill asks: due questions first, then weak ones, then new ones (see pickDrill), out
// of the questions with a history and as many new ones as the drill wants.

/**
 * The seed drill questions are made with, always the same: a question keeps its id and its
 * choices from one drill to the next. (Which new questions come, and in what order, changes
 * from one drill to the next: that is the drill's `order`, a new seed each time.)
 */
export const DRILL_SEED = 1;

/** The answer records of a log. */
function answerRecords(records: readonly HistoryRecord[]): AnswerRecord[] {
  return records.filter((r): r is AnswerRecord => r.kind === 'answer');
}

/**
 * Makes the questions a drill can ask: those of `known` (answers with a card), and up to
 * `fresh` new ones.
 */
export type DrillCandidates = (known: AnswerRecord[], fresh: number) => Question[];

export interface DrillPlan {
  /** Every question the drill could ask. */
  candidates: Question[];
  pick: DrillPick;
  /** Nothing to ask now, and something is due later: when. */
  waitUntil?: Date;
}

/** Up to `count` questions to drill, from the log as it is at `now`. */
export function planDrill(records: readonly HistoryRecord[], now: Date, count: number, candidatesFor: DrillCandidates): DrillPlan {
  const answers = answerRecords(records);
  const states = cardStates(answers, now);
  return planDrillFrom(states, answers.filter((r) => states.has(r.question)), now, count, candidatesFor);
}

/**
 * planDrill from cards already replayed up to `now` (a kept replay's) and the answers of the
 * questions with a card, in log order (the first of each is enough: what the builder finds them by).
 */
export function planDrillFrom<K extends { question: string }>(
  states: ReadonlyMap<string, CardState>,
  known: K[],
  now: Date,
  count: number,
  candidatesFor: (known: K[], fresh: number) => Question[],
): DrillPlan {
  const candidates = candidatesFor(known, count);
  const pick = pickDrillFromStates(candidates, states, now, count);
  const plan: DrillPlan = { candidates, pick };
  if (pick.questions.length === 0 && pick.nextDue) plan.waitUntil = pick.nextDue;
  return plan;
}

/** The drill speaks the language of what it asks, or of what it could ask when it asks nothing. */
export function drillLang(plan: DrillPlan, chosen: Lang | undefined): Lang {
  return interfaceLang(plan.pick.questions.length ? plan.pick.questions : plan.candidates, chosen);
}

/** After a drill: how many of its candidates are still due at `now`, and when the next one is. */
export function stillDue(plan: DrillPlan, records: readonly HistoryRecord[], now: Date): { dueCount: number; nextDue?: Date } {
  return stillDueFrom(plan, cardStates(answerRecords(records), now), now);
}

/** stillDue from cards already replayed up to `now`. */
export function stillDueFrom(plan: DrillPlan, states: ReadonlyMap<string, CardState>, now: Date): { dueCount: number; nextDue?: Date } {
  const after = pickDrillFromStates(plan.candidates, states, now, 1);
  return after.nextDue ? { dueCount: after.dueCount, nextDue: after.nextDue } : { dueCount: after.dueCount };
}
