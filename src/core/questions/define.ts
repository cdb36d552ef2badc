import type { Bank, Question } from '../types.js';
import { pickDistractors } from './distractors.js';
import {
  choiceQuestion,
  contextTitle,
  entryExplanation,
  questionId,
  questionRandom,
  sourceOf,
  templates,
  WANT_DISTRACTORS,
  type GenContext,
} from './draft.js';
import { originOf, ownerKeys, usableDetail } from './pool.js';

// define: a term → pick its detail among details of other terms.

export function defineQuestions(bank: Bank, ctx: GenContext): Question[] {
  if (bank.kind !== 'terms') return [];
  const t = templates(bank, ctx);
  const out: Question[] = [];
  for (const entry of bank.entries) {
    if (!usableDetail(entry)) continue;
    const id = questionId(bank, entry.term, 'define');
    const rng = questionRandom(ctx, id);
    const owners = ownerKeys(entry);
    const distractors = pickDistractors({
      answer: entry.detail,
      origin: originOf(bank),
      candidates: ctx.pool.details,
      // Another entry of the same name elsewhere (`Node Controller` twice) would be right too.
      excludeOwners: owners,
      excludeKeys: owners,
      want: WANT_DISTRACTORS,
      rng,
    });
    const parts = {
      id,
      type: 'define' as const,
      bank,
      prompt: t.define(entry.term, contextTitle(bank, entry.term)),
      subject: entry.term,
      source: sourceOf(bank, entry.line),
      explanation: entryExplanation(entry, t),
    };
    const question = choiceQuestion(parts, ctx, rng, entry.detail, distractors);
    if (question) out.push(question);
  }
  return out;
}
