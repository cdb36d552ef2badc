import type { Random } from '../text/index.js';
import type { Bank, Question } from '../types.js';
import { NAME_LANG_WEIGHT, pickDistractors, type DistractorRequest } from './distractors.js';
import {
  choiceQuestion,
  makeDraft,
  questionId,
  questionRandom,
  sourceOf,
  templates,
  WANT_DISTRACTORS,
  type Draft,
  type GenContext,
} from './draft.js';
import { originOf, ownerKeys, type Candidate } from './pool.js';
import { acronymPair, containsKey, keyOf, looseKey, spells } from './text.js';

// acronym: both directions, from an entry whose aliases give an abbreviation and its expansion
// (`ReadWriteOnce(RWO)`, `DNS(Domain Name System)`). Translations (`自定义资源定义(Custom…)`)
// are not acronyms and are left to define/identify. Wrong answers: other abbreviations /
// expansions the notes spell out first, then names of the same shape.

function twoTier(
  request: Omit<DistractorRequest, 'candidates' | 'want' | 'rng'>,
  first: readonly Candidate[],
  second: readonly Candidate[],
  rng: Random,
): string[] {
  const chosen = pickDistractors({ ...request, candidates: first, want: WANT_DISTRACTORS, rng, langWeight: NAME_LANG_WEIGHT });
  if (chosen.length >= WANT_DISTRACTORS) return chosen;
  const more = pickDistractors({
    ...request,
    excludeKeys: [...(request.excludeKeys ?? []), ...chosen],
    candidates: second,
    want: WANT_DISTRACTORS - chosen.length,
    rng,
    langWeight: NAME_LANG_WEIGHT,
  });
  return [...chosen, ...more];
}


export function acronymDrafts(bank: Bank, ctx: GenContext): Draft[] {
  if (bank.kind !== 'terms') return [];
  const t = templates(bank, ctx);
  const out: Draft[] = [];
  for (const entry of bank.entries) {
    const pair = acronymPair(entry.term, entry.aliases);
    if (!pair) continue;
    const owners = ownerKeys(entry);
    const base = () => {
      const lines = [`**${pair.short}** = ${pair.long}`];
      if (entry.detail && !owners.includes(looseKey(entry.detail))) lines.push(entry.detail);
      for (const note of entry.notes ?? []) lines.push(`- ${note}`);
      return { bank, subject: entry.term, source: sourceOf(bank, entry.line), explanation: lines.join('\n') };
    };
    const origin = originOf(bank);

    /** One direction: `prompt` asks for `answer`; wrong answers from `forms` first, then `names`. */
    const direction = (variant: string, prompt: string, answer: string, other: string, forms: readonly Candidate[], names: readonly Candidate[], accept: (c: Candidate) => boolean) => {
      if (containsKey(prompt, answer)) return;
      const id = questionId(bank, entry.term, 'acronym', variant);
      const request = { answer, origin, excludeKeys: owners, excludeOwners: [keyOf(other), ...owners], accept };
      const build = (): Question | null => {
        const rng = questionRandom(ctx, id);
        return choiceQuestion({ ...base(), id, type: 'acronym', prompt }, ctx, rng, answer, twoTier(request, forms, names, rng));
      };
      out.push(makeDraft({ id, type: 'acronym', bank, subject: entry.term }, build, ctx));
    };
    // Nothing else that spells the same letters is offered: it could be read as right.
    direction(':expand', t.acronymExpand(pair.short), pair.long, pair.short, ctx.pool.longForms, ctx.pool.longNames, (c) => !spells(pair.short, c.text));
    direction(':abbr', t.acronymAbbr(pair.long), pair.short, pair.long, ctx.pool.shortForms, ctx.pool.shortNames, (c) => !spells(c.text, pair.long));
  }
  return out;
}

