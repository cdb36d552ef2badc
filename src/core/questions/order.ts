import { matchKey } from '../normalize.js';
import type { Bank, Question } from '../types.js';
import { makeQuestion, questionId, questionRandom, sourceOf, templates, type GenContext } from './draft.js';

// order: arrange the steps of a steps bank, or the stages of a sequential terms bank.

export const MIN_ORDER_ITEMS = 3;

export function orderQuestions(bank: Bank, ctx: GenContext): Question[] {
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
  if (new Set(items.map(matchKey)).size !== items.length || items.some((s) => !matchKey(s))) return [];

  const id = questionId(bank, bank.title, 'order');
  const rng = questionRandom(ctx, id);
  let positions = rng.shuffle(items.map((_, i) => i));
  // Never shown already in order: rotate a shuffle that came out sorted.
  if (positions.every((p, i) => p === i)) positions = [...positions.slice(1), ...positions.slice(0, 1)];
  const choices = positions.map((p) => items[p] as string);
  const answer = items.map((_, step) => positions.indexOf(step));
  return [
    makeQuestion(
      { id, type: 'order', bank, prompt, subject: bank.title, source: sourceOf(bank), explanation },
      ctx,
      choices,
      answer,
    ),
  ];
}
