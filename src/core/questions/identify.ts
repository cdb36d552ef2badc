import type { Bank, Question } from '../types.js';
import { NAME_LANG_WEIGHT, pickDistractors, type DistractorRequest } from './distractors.js';
import {
  choiceQuestion,
  contextTitle,
  entryExplanation,
  makeDraft,
  questionId,
  rejectCandidate,
  rejected,
  type Rejected,
  pickingRandom,
  sourceOf,
  templates,
  WANT_DISTRACTORS,
  type Draft,
  type GenContext,
} from './draft.js';
import { MIN_DISTRACTORS } from './define.js';
import { askableEntry, givesAway, sharesAbbreviation, saysWord, telltaleWords, matchesBest, givesAdvice, holdsLabSteps, isAspectBank, saidOfAnother, toldByCertificates, isAspectName, isGenericField, isNonName, revealsName, capitalsSpellPart, sameKindNearby, saysMuchTheSame } from './entries.js';
import { alike } from './gate.js';
import { originOf, ownerKeys, runOf, type Candidate } from './pool.js';
import { isSentence, isTechnicalName } from '../text/index.js';
import { acronymPair, blankOut, blankWords, containsKey, familyOf, keyOf, lastPart, meaningfulWidth } from './text.js';

// identify: a detail → pick the term it describes. The prompt never shows the term or an alias.

/** Below this many columns of real text, a blanked description says too little. */
const MIN_CLUE_WIDTH = 6;

const byDetail = new WeakMap<readonly Candidate[], Map<string, string[]>>();

/** The owners of each detail key (in pool order): entries described the same way. Once per pool. */
function ownersByDetail(details: readonly Candidate[]): Map<string, string[]> {
  let map = byDetail.get(details);
  if (!map) {
    map = new Map();
    for (const d of details) {
      const owners = map.get(d.key);
      if (owners) owners.push(...d.owners);
      else map.set(d.key, [...d.owners]);
    }
    byDetail.set(details, map);
  }
  return map;
}

const byOwner = new WeakMap<readonly Candidate[], Map<string, string[]>>();

/** The descriptions of each owner (a term's looseKey). Once per pool. */
function detailsByOwner(details: readonly Candidate[]): Map<string, string[]> {
  let map = byOwner.get(details);
  if (!map) {
    map = new Map();
    for (const d of details) for (const o of d.owners) map.set(o, [...(map.get(o) ?? []), d.text]);
    byOwner.set(details, map);
  }
  return map;
}

export function identifyDrafts(bank: Bank, ctx: GenContext): Draft[] {
  if (bank.kind !== 'terms' || isAspectBank(bank) || holdsLabSteps(bank) || toldByCertificates(bank) || givesAdvice(bank)) return [];
  const t = templates(bank, ctx);
  const out: Draft[] = [];
  const origin = originOf(bank);
  const sameKind = sameKindNearby(origin, bank.title, ctx.pool.titles);
  // `集群监控：节点数、运行pods` beside `Pod监控`: the items of a sibling's own list are its parts, no
  // names of the same kind as it (a metric is no kind of monitoring).
  // (`集群监控：…` written as a line of its own beside `Pod监控：…` is such a sibling too: a list in the same
  // note named like the answer, `…监控`.)
  const termKeys = new Set(bank.entries.map((e) => keyOf(e.term)));
  const partOfAnEntry = (c: Candidate, answerMark: string | undefined): boolean => {
    if (c.origin.bankId === origin.bankId) return false;
    const listed = ctx.pool.titles.get(c.origin.bankId) ?? '';
    return termKeys.has(keyOf(listed)) || (c.origin.file === origin.file && answerMark !== undefined && lastPart(listed) === answerMark);
  };
  for (const entry of bank.entries) {
    // `default`, `min`: a word every setting has is asked only where the note says whose it is.
    if (isGenericField(entry.term) && !contextTitle(bank, entry.term)) continue;
    // An abbreviation is asked by the acronym question instead.
    if (!askableEntry(entry) || acronymPair(entry.term, entry.aliases) || saidOfAnother(bank, entry)) continue;
    const names = [entry.term, ...entry.aliases];
    // A description that names its term (or the word that sets it apart from its siblings)
    // is not asked: blanked out, the gap points at it just the same (`检测____并创建Pod`).
    const strict = blankOut(entry.detail, names);
    const clue = strict === null ? null : blankWords(strict, telltaleWords(entry.term, bank.entries.map((e) => e.term)));
    if (clue !== entry.detail) {
      rejectCandidate(ctx, bank, 'identify', 'giveaway', entry.term, entry.line);
      continue;
    }
    if (meaningfulWidth(clue) < MIN_CLUE_WIDTH) continue;
    // `Default Strategy`: two words are a label, not a description to match.
    if (!/\p{Script=Han}/u.test(clue) && clue.trim().split(/\s+/).length < 3) continue;
    const title = contextTitle(bank, entry.term);
    const context = title && !names.some((n) => containsKey(title, n)) ? title : undefined;
    const prompt = t.identify(clue, context);
    if (names.some((n) => containsKey(prompt, n))) continue;

    const id = questionId(bank, entry.term, 'identify');
    const request = (): Omit<DistractorRequest, 'want' | 'rng'> => {
      // Entries described the same way would be right answers too.
      const detailKey = keyOf(entry.detail);
      const clueKey = keyOf(clue);
      const sameDetail = ownersByDetail(ctx.pool.details).get(detailKey) ?? [];
      const described = detailsByOwner(ctx.pool.details);
      // A name described much like the clue fits it too (`Controller managers` also compare states).
      const fitting = new Map<string, boolean>();
      const ownerFits = (o: string): boolean => {
        let fits = fitting.get(o);
        if (fits === undefined) {
          fits = (described.get(o) ?? []).some((d) => d !== entry.detail && saysMuchTheSame(entry.detail, d));
          fitting.set(o, fits);
        }
        return fits;
      };
      const fitsToo = (c: Candidate) => c.owners.some(ownerFits);
      const answerMark = lastPart(entry.term);
      // `ExecAction`, `TCPSocketAction`, `HTTPGetAction`: where the list's names end alike, that word
      // says their kind, and a name from elsewhere without it (`Succeeded`) is another kind of thing.
      const ending = familyOf(entry.term, bank.entries.map((e) => e.term));
      const family = ending && ending.kin >= 2 ? ending.word : undefined;
      return {
        answer: entry.term,
        origin,
        run: runOf(ctx.pool, entry),
        candidates: ctx.pool.terms,
        excludeKeys: [...ownerKeys(entry), ...sameDetail],
        excludeOwners: [...ownerKeys(entry), ...sameDetail],
        // A choice that the clue itself names would look like a hint, or be a trap; the
        // others come from the same list or one beside it, names like the answer.
        // Siblings in the list are of its kind whatever their words (`Off`, `Initial`).
        // The cheap tests first: most candidates fail one of them.
        accept: (c) =>
          !clueKey.includes(c.key) &&
          // `Used by ServiceAccounts…` for Bearer Tokens: `ServiceAccount Tokens` beside it would read as right.
          !saysWord(clue, telltaleWords(c.text, [entry.term])) &&
          sameKind(c) &&
          (family === undefined || c.origin.bankId === origin.bankId || lastPart(c.text) === family) &&
          !partOfAnEntry(c, answerMark) &&
          alike(entry.term, c.text) &&
          (c.origin.bankId === origin.bankId ? !isAspectName(c.text) && !isSentence(c.text) : isTechnicalName(c.text)) &&
          !isNonName(c.text) &&
          !fitsToo(c),
        langWeight: NAME_LANG_WEIGHT,
      };
    };
    const build = (): Question | Rejected => {
      const distractors = pickDistractors({ ...request(), want: WANT_DISTRACTORS, rng: pickingRandom(id) });
      if (distractors.length < MIN_DISTRACTORS) return rejected('few-distractors');
      if (givesAway(clue, entry.term, distractors) || (context !== undefined && sharesAbbreviation(context, entry.term, distractors)) || matchesBest(clue, entry.term, distractors) || capitalsSpellPart(clue, entry.term)) return rejected('giveaway');
      // `允许同一 CronJob 的多个 Job…` for `Allow`, `…bound to PVCs`, `The name of the chart` for `.Chart.Name`.
      if (revealsName(clue, entry.term, entry.aliases, { names: distractors })) return rejected('giveaway');
      return choiceQuestion(
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
        entry.term,
        distractors,
      ) as Question;
    };
    out.push(makeDraft({ id, type: 'identify', bank, subject: entry.term, line: entry.line }, build, ctx));
  }
  return out;
}

