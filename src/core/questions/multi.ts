import type { Bank, Question } from '../types.js';
import { pickDistractors } from './distractors.js';
import { bankExplanation, makeDraft, makeQuestion, pickingRandom, questionId, rejected, sourceOf, templates, type Draft, type GenContext, type Rejected } from './draft.js';
import { givesAway, oddOneStandsOut } from './entries.js';
import { groupOf } from './member.js';
import { width } from './text.js';

// multi: select every one that belongs to a group — two or three of its members among
// two outsiders from the same note, of the same shape (one alone stands out). All or nothing.

const RIGHT = 3;
const WRONG = 2;

/**
 * Whether the members and the outsiders are told apart by their words: one outsider without the
 * word every member shows (`Container runtime` among `TCP 6443`s), or outsiders that share a word
 * no member has (`Node controller`, `Job controller` among Service types).
 */
export function toldApartByWords(right: readonly string[], wrong: readonly string[]): boolean {
  return wrong.some((w) => oddOneStandsOut(right, w)) || right.every((r) => oddOneStandsOut(wrong, r));
}

export function multiDrafts(bank: Bank, ctx: GenContext): Draft[] {
  const group = groupOf(bank, ctx, 'multi');
  if (!group) return [];
  const t = templates(bank, ctx);
  const id = questionId(bank, bank.title, 'multi');
  const build = (): Question | Rejected => {
    const picking = pickingRandom(id);
    const right = picking.sample(group.members, Math.min(RIGHT, group.members.length - 1)).map((e) => e.term);
    const typical = [...right].sort((a, b) => width(a) - width(b))[Math.floor(right.length / 2)] as string;
    const wrong = pickDistractors({ ...group.request(typical), want: WRONG, rng: picking });
    // One outsider alone stands out by its kind more often than not (`host-gw` among admission modes).
    if (wrong.length < 2) return rejected('few-distractors');
    // Members that repeat the title's words are picked by them.
    if (toldApartByWords(right, wrong) || givesAway(group.title, right.join(' '), wrong)) return rejected('giveaway');
    const choices = [...right, ...wrong];
    const answer = right.map((_, i) => i);
    return makeQuestion(
      { id, bank, prompt: t.multi(group.title), subject: bank.title, source: sourceOf(bank), explanation: bankExplanation(group.title, group.bank.entries, t) },
      ctx,
      { type: 'multi', choices, answer },
    );
  };
  return [makeDraft({ id, type: 'multi', bank, subject: bank.title }, build, ctx)];
}
