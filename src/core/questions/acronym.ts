import type { Bank, Question } from '../types.js';
import { NAME_LANG_WEIGHT, pickDistractors } from './distractors.js';
import {
  choiceQuestion,
  contextTitle,
  makeDraft,
  questionId,
  pickingRandom,
  rejected,
  sourceOf,
  templates,
  WANT_DISTRACTORS,
  type Draft,
  type GenContext,
  type Rejected,
} from './draft.js';
import { MIN_DISTRACTORS } from './define.js';
import { givesAway, isAspectBank, matchesBest, sameFile, sameKindNearby } from './entries.js';
import { originOf, ownerKeys, usableDetail } from './pool.js';
import { acronymPair, blankOut, keyOf, looseKey, meaningfulWidth } from './text.js';

// acronym: what the notes say a thing does → which abbreviation is it (CRI / CNI / CSI)?
// Multiple choice cannot test an expansion (only one option has the letters), so expansions
// are typed (see typed.ts); here the prompt is the description with both the abbreviation and
// its expansion hidden, and the choices are abbreviations from the same note.

const MIN_CLUE_WIDTH = 8;

/** The reference shown after answering: `**CNI** = Container Network Interface`, the detail, the notes. */
export function acronymExplanation(pair: { short: string; long: string }, entry: { detail: string; notes?: string[] }, owners: readonly string[]): string {
  const lines = [`**${pair.short}** = ${pair.long}`];
  if (entry.detail && !owners.includes(looseKey(entry.detail))) lines.push(entry.detail);
  for (const note of entry.notes ?? []) lines.push(`- ${note}`);
  return lines.join('\n');
}

const expansionsOf = new WeakMap<GenContext['pool'], Map<string, string>>();

/** Every abbreviation the notes spell out, with its expansion (once per pool). */
function expansions(ctx: GenContext): Map<string, string> {
  let map = expansionsOf.get(ctx.pool);
  if (!map) {
    map = new Map();
    for (const b of ctx.pool.banks) {
      if (b.kind !== 'terms') continue;
      for (const e of b.entries) {
        const pair = acronymPair(e.term, e.aliases);
        if (pair && !map.has(pair.short)) map.set(pair.short, pair.long);
      }
    }
    expansionsOf.set(ctx.pool, map);
  }
  return map;
}

export function acronymDrafts(bank: Bank, ctx: GenContext): Draft[] {
  if (bank.kind !== 'terms' || isAspectBank(bank)) return [];
  const t = templates(bank, ctx);
  const out: Draft[] = [];
  const origin = originOf(bank);
  // `CSI` among access modes is told apart by kind: wrong answers come from the list or one like it.
  const sameKind = sameKindNearby(origin, bank.title, ctx.pool.titles);
  for (const entry of bank.entries) {
    const pair = acronymPair(entry.term, entry.aliases);
    if (!pair || !usableDetail(entry)) continue;
    const names = [entry.term, ...entry.aliases];
    const clue = blankOut(entry.detail, names);
    if (clue === null || meaningfulWidth(clue) < MIN_CLUE_WIDTH) continue;
    const owners = ownerKeys(entry);
    const id = questionId(bank, entry.term, 'acronym', ':for');
    const build = (): Question | Rejected => {
      const wrong = pickDistractors({
        answer: pair.short,
        origin,
        candidates: [...ctx.pool.shortForms, ...ctx.pool.shortNames],
        excludeKeys: owners,
        excludeOwners: owners,
        accept: (c) => sameFile(origin)(c) && sameKind(c) && !keyOf(clue).includes(c.key),
        want: WANT_DISTRACTORS,
        rng: pickingRandom(id),
        langWeight: NAME_LANG_WEIGHT,
      });
      if (wrong.length < MIN_DISTRACTORS) return rejected('few-distractors');
      // The letters spell the words: a clue that says the right expansion's words (or their
      // translation: 单个节点读写 for ReadWriteOnce) points at the right letters.
      const longs = expansions(ctx);
      const wrongLongs = wrong.map((w) => longs.get(w) ?? w);
      if (givesAway(clue, pair.short, wrong) || givesAway(clue, pair.long, wrongLongs) || matchesBest(clue, pair.long, wrongLongs)) return rejected('giveaway');
      return choiceQuestion(
        {
          id,
          type: 'acronym',
          bank,
          prompt: t.acronymFor(clue, contextTitle(bank, entry.term)),
          subject: entry.term,
          source: sourceOf(bank, entry.line),
          explanation: acronymExplanation(pair, entry, owners),
        },
        ctx,
        pair.short,
        wrong,
      ) as Question;
    };
    out.push(makeDraft({ id, type: 'acronym', bank, subject: entry.term, line: entry.line }, build, ctx));
  }
  return out;
}
