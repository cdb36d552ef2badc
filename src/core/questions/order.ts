import type { Bank, Question } from '../types.js';
import { makeDraft, makeQuestion, questionId, questionRandom, sourceOf, templates, type Draft, type GenContext } from './draft.js';
import { keyOf } from './text.js';

// order: arrange the steps of a steps bank, or the stages of a sequential terms bank.

export const MIN_ORDER_ITEMS = 3;

export function orderDrafts(bank: Bank, ctx: GenContext): Draft[] {
  const t = templates(bank, ctx);
  let items: string[];
  let explanation: string;
  let prompt: string;
  if (bank.kind === 'steps') {
    items = bank.steps.map((s) => s.text);
    explanation = items.map((s, i) => `${i + 1}. ${s}`).join('\n');
    prompt = t.orderSteps(bank.title);
  } else if (bank.kind === 'terms' && bank.sequential) {
    items = bank.entries.map((e) => e.term);
    explanation = bank.entries
      .map((e, i) => `${i + 1}. ${e.detail ? t.termLine(e.term, e.detail).replace(/\*\*/g, '') : e.term}`)
      .join('\n');
    prompt = t.orderStages(bank.title);
  } else {
    return [];
  }
  if (items.length < MIN_ORDER_ITEMS) return [];
  // Two steps that read the same cannot be told apart, so their order cannot be asked.
  if (new Set(items.map(keyOf)).size !== items.length || items.some((s) => !keyOf(s))) return [];

  const id = questionId(bank, bank.title, 'order');
  const build = (): Question => {
    const rng = questionRandom(ctx, id);
    let positions = rng.shuffle(items.map((_, i) => i));
    // Never shown already in order: rotate a shuffle that came out sorted.
    if (positions.every((p, i) => p === i)) positions = [...positions.slice(1), ...positions.slice(0, 1)];
    const choices = positions.map((p) => items[p] as string);
    const answer = items.map((_, step) => positions.indexOf(step));
    return makeQuestion(
      { id, bank, prompt, subject: bank.title, source: sourceOf(bank), explanation },
      ctx,
      { type: 'order', choices, answer },
    );
  };
  // An order question always builds: its choices are its own items.
  return [makeDraft({ id, type: 'order', bank, subject: bank.title }, build, ctx)];
}

