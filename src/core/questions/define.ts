import type { Bank, Question } from '../types.js';
import { pickDistractors, type DistractorRequest } from './distractors.js';
import {
  choiceQuestion,
  contextTitle,
  entryExplanation,
  makeDraft,
  questionId,
  questionRandom,
  sourceOf,
  templates,
  WANT_DISTRACTORS,
  type Draft,
  type GenContext,
} from './draft.js';
import { originOf, ownerKeys, usableDetail } from './pool.js';

// define: a term → pick its detail among details of other terms.

export function defineDrafts(bank: Bank, ctx: GenContext): Draft[] {
  if (bank.kind !== 'terms') return [];
  const t = templates(bank, ctx);
  const out: Draft[] = [];
  for (const entry of bank.entries) {
    if (!usableDetail(entry)) continue;
    const id = questionId(bank, entry.term, 'define');
    const owners = ownerKeys(entry);
    const request: Omit<DistractorRequest, 'want' | 'rng'> = {
      answer: entry.detail,
      origin: originOf(bank),
      candidates: ctx.pool.details,
      // Another entry of the same name elsewhere (`Node Controller` twice) would be right too.
      excludeOwners: owners,
      excludeKeys: owners,
    };
    const build = (): Question | null => {
      const rng = questionRandom(ctx, id);
      const distractors = pickDistractors({ ...request, want: WANT_DISTRACTORS, rng });
      const parts = {
        id,
        type: 'define' as const,
        bank,
        prompt: t.define(entry.term, contextTitle(bank, entry.term)),
        subject: entry.term,
        source: sourceOf(bank, entry.line),
        explanation: entryExplanation(entry, t),
      };
      return choiceQuestion(parts, ctx, rng, entry.detail, distractors);
    };
    out.push(makeDraft({ id, type: 'define', bank, subject: entry.term }, build, ctx));
  }
  return out;
}

