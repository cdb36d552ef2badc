import { matchKey } from '../normalize.js';
import type { Bank, Question, TermEntry } from '../types.js';
import { NAME_LANG_WEIGHT, pickDistractors } from './distractors.js';
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
import { blankOut, blankWords, containsKey, meaningfulWidth } from './text.js';

// identify: a detail → pick the term it describes. The prompt never shows the term or an alias.

/** Below this many columns of real text, a blanked description says too little. */
const MIN_CLUE_WIDTH = 6;

const WORD = /^[A-Za-z][A-Za-z0-9]{2,}$/;
const wordsOf = (term: string): string[] => term.split(/\s+/).filter((w) => WORD.test(w));

/**
 * Words of a several-word name that set it apart from its siblings (`Job` in `Job Controller`
 * next to `Node Controller`): a description repeating them gives the answer away by matching.
 */
export function telltaleWords(entry: TermEntry, siblings: readonly TermEntry[]): string[] {
  const words = wordsOf(entry.term);
  if (words.length < 2) return [];
  const shared = new Set(siblings.filter((s) => s !== entry).flatMap((s) => wordsOf(s.term).map((w) => w.toLowerCase())));
  return words.filter((w) => !shared.has(w.toLowerCase()));
}

export function identifyQuestions(bank: Bank, ctx: GenContext): Question[] {
  if (bank.kind !== 'terms') return [];
  const t = templates(bank, ctx);
  const out: Question[] = [];
  for (const entry of bank.entries) {
    if (!usableDetail(entry)) continue;
    const names = [entry.term, ...entry.aliases];
    const strict = blankOut(entry.detail, names);
    const clue = strict === null ? null : blankWords(strict, telltaleWords(entry, bank.entries));
    if (clue === null || meaningfulWidth(clue) < MIN_CLUE_WIDTH) continue;
    const title = contextTitle(bank, entry.term);
    const context = title && !names.some((n) => containsKey(title, n)) ? title : undefined;
    const prompt = t.identify(clue, context);
    if (names.some((n) => containsKey(prompt, n))) continue;

    const id = questionId(bank, entry.term, 'identify');
    const rng = questionRandom(ctx, id);
    // Entries described the same way would be right answers too.
    const detailKey = matchKey(entry.detail);
    const clueKey = matchKey(clue);
    const sameDetail = ctx.pool.details.filter((d) => d.key === detailKey).flatMap((d) => d.owners);
    const distractors = pickDistractors({
      answer: entry.term,
      origin: originOf(bank),
      candidates: ctx.pool.terms,
      excludeKeys: [...ownerKeys(entry), ...sameDetail],
      excludeOwners: [...ownerKeys(entry), ...sameDetail],
      // A choice that the clue itself names would look like a hint, or be a trap.
      accept: (c) => !clueKey.includes(c.key),
      langWeight: NAME_LANG_WEIGHT,
      want: WANT_DISTRACTORS,
      rng,
    });
    const question = choiceQuestion(
      {
        id,
        type: 'identify',
        bank,
        prompt,
        subject: entry.term,
        source: sourceOf(bank, entry.line),
        explanation: entryExplanation(entry, t),
      },
      ctx,
      rng,
      entry.term,
      distractors,
    );
    if (question) out.push(question);
  }
  return out;
}
