import type { Bank, Question } from '../types.js';
import {
  contextTitle,
  entryExplanation,
  makeDraft,
  makeQuestion,
  questionId,
  sourceOf,
  templates,
  type Draft,
  type GenContext,
} from './draft.js';
import { usableDetail } from './pool.js';
import { width } from './text.js';

// recall: free answer, then the reference is shown and the person grades themself.
// From qa pairs, from terms whose detail is worth explaining, and from step lists.

/** A detail shorter than this is better asked as a choice than explained. */
export const EXPLAIN_MIN_WIDTH = 30;

/** Recall questions always build: there is nothing to choose. */

export function recallDrafts(bank: Bank, ctx: GenContext): Draft[] {
  const t = templates(bank, ctx);
  const out: Draft[] = [];
  if (bank.kind === 'qa') {
    for (const pair of bank.pairs) {
      if (!pair.question.trim() || !pair.answer.trim()) continue;
      const id = questionId(bank, pair.question, 'recall');
      const build = (): Question =>
        makeQuestion(
          { id, bank, prompt: pair.question, subject: pair.question, source: sourceOf(bank, pair.line), explanation: pair.answer },
          ctx,
          { type: 'recall', choices: [], answer: pair.answer },
        );
      out.push(makeDraft({ id, type: 'recall', bank, subject: pair.question }, build, ctx));
    }
  } else if (bank.kind === 'terms') {
    for (const entry of bank.entries) {
      if (!usableDetail(entry) || width(entry.detail) < EXPLAIN_MIN_WIDTH) continue;
      const id = questionId(bank, entry.term, 'recall', ':explain');
      const build = (): Question =>
        makeQuestion(
          {
            id,
            bank,
            prompt: t.explain(entry.term, contextTitle(bank, entry.term)),
            subject: entry.term,
            source: sourceOf(bank, entry.line),
            explanation: entryExplanation(entry, t),
          },
          ctx,
          { type: 'recall', choices: [], answer: entry.detail },
        );
      out.push(makeDraft({ id, type: 'recall', bank, subject: entry.term }, build, ctx));
    }
  } else if (bank.steps.length >= 3) {
    const id = questionId(bank, bank.title, 'recall', ':steps');
    const build = (): Question => {
      const steps = bank.steps.map((s, i) => `${i + 1}. ${s.text}`).join('\n');
      return makeQuestion(
        { id, bank, prompt: t.recallSteps(bank.title), subject: bank.title, source: sourceOf(bank), explanation: steps },
        ctx,
        { type: 'recall', choices: [], answer: steps },
      );
    };
    out.push(makeDraft({ id, type: 'recall', bank, subject: bank.title }, build, ctx));
  }
  return out;
}

