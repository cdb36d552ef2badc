import type { Bank, Question } from '../types.js';
import { pickCandidates, type DistractorRequest } from './distractors.js';
import {
  choiceQuestion,
  contextTitle,
  entryExplanation,
  makeDraft,
  questionId,
  pickingRandom,
  rejectCandidate,
  rejected,
  sourceOf,
  templates,
  WANT_DISTRACTORS,
  type Draft,
  type GenContext,
} from './draft.js';
import { askableEntry, givesAway, saysWord, telltaleWords, givesAdvice, holdsLabSteps, isAspectBank, toldByCertificates, isFragmentDetail, isGenericField, isNonName, isValueOnly, POINTS_SECTION, revealsName, sameKindNearby, saysMuchTheSame } from './entries.js';
import { alike } from './gate.js';
import { isInstructionText } from './cloze.js';
import { originOf, ownerKeys, runOf } from './pool.js';
import { keyOf, maskNames, meaningfulWidth, namesOnly } from './text.js';
import { isAspectLabel } from '../text/index.js';

// define: a term → pick its description among the descriptions of the terms listed with it.
// No choice names its own term (a description that does is not asked, a wrong answer that
// does is not offered); wrong answers come from the same list or a list of the same kind beside it.

/** At least this many wrong answers, or the question is not asked as a choice. */
export const MIN_DISTRACTORS = 2;

/** Width a wrong description needs: `敏感` alone is a value. */
const MIN_CHOICE_WIDTH = 6;

const FILE_NAME = /^[\w.-]+\.(?:ya?ml|json|toml|conf|cfg|ini|txt|md|tpl|lock|env)$/i;

/** Whether `term` is the only file name in a list of three or more things. */
function loneFileName(bank: Bank & { kind: 'terms' }, term: string): boolean {
  return FILE_NAME.test(term.trim()) && bank.entries.length >= 3 && bank.entries.filter((e) => FILE_NAME.test(e.term.trim())).length === 1;
}

/**
 * `修改prometheus-cm.yaml`, `执行以下命令`: a Chinese note telling the reader what to do. (An English
 * description in the imperative, `Copy the pod spec to a new pod`, is how flags are described.)
 */
function tellsToDo(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && isInstructionText(text);
}

/** A field's name in lower case (`parameters`, `command`): an aspect's word, but a thing. */
const FIELD_NAME = /^[a-z][A-Za-z]*$/;

export function defineDrafts(bank: Bank, ctx: GenContext): Draft[] {
  if (bank.kind !== 'terms') return [];
  if (isAspectBank(bank) || holdsLabSteps(bank) || toldByCertificates(bank) || givesAdvice(bank)) {
    for (const entry of bank.entries) rejectCandidate(ctx, bank, 'define', 'label', entry.term, entry.line);
    return [];
  }
  const t = templates(bank, ctx);
  const out: Draft[] = [];
  const origin = originOf(bank);
  const sameKind = sameKindNearby(origin, bank.title, ctx.pool.titles);
  for (const entry of bank.entries) {
    // `default`, `min`: a word every setting has is asked only where the note says whose it is.
    if (isGenericField(entry.term) && !contextTitle(bank, entry.term)) continue;
    if (!askableEntry(entry)) {
      if (entry.detail) rejectCandidate(ctx, bank, 'define', 'label', entry.term, entry.line);
      continue;
    }
    // `Chart.yaml` among Repository, Chart, Release: the one file, whose description alone speaks of a file.
    if (loneFileName(bank, entry.term)) {
      rejectCandidate(ctx, bank, 'define', 'mixed-kinds', entry.term, entry.line);
      continue;
    }
    const names = [entry.term, ...entry.aliases];
    // A description that names its own term answers itself; masking the name out leaves a
    // gap that points at it just the same (reviewers read `…` as debris, or as the answer).
    if (maskNames(entry.detail, names) !== entry.detail) {
      rejectCandidate(ctx, bank, 'define', 'giveaway', entry.term, entry.line);
      continue;
    }
    const right = entry.detail;
    const termKey = keyOf(entry.term);
    const namesTerm = (key: string) => termKey.length >= 4 && key.includes(termKey);
    // `代表当前 Pod 的数量。` beside `代表当前 Pod 的数量，与副本数相等`: the one inside the other is right too.
    const rightKey = keyOf(right);
    const insideRight = (key: string) => key.length >= 6 && (rightKey.includes(key) || key.includes(rightKey));
    // `Used by ServiceAccounts…` as a wrong answer for `ServiceAccount Tokens` reads as right.
    const ownWords = telltaleWords(entry.term, bank.entries.map((e) => e.term));
    const id = questionId(bank, entry.term, 'define');
    const owners = ownerKeys(entry);
    const request: Omit<DistractorRequest, 'want' | 'rng'> = {
      answer: entry.detail,
      origin,
      run: runOf(ctx.pool, entry),
      candidates: ctx.pool.details,
      // Another entry of the same name elsewhere (`Node Controller` twice) would be right too.
      excludeOwners: owners,
      excludeKeys: owners,
      // A wrong description that names the term asked about (`OCI images use the OCI Image Manifest…`) reads as right;
      // one the note gave its own aside (`Interview angle`, `例如`) is not a thing's.
      // `敏感。`: a word or two is a value, not a description to set beside one.
      // `修改prometheus-cm.yaml` beside what a state means is a step of the lab; `global、rule_files 和
      // scrape_configs` a list of names; `缺点：…` a point made about the section's thing (POINTS_SECTION), no thing.
      // `作用：提升并发性能` beside `DB_ROW_ID：主键…` is what MVCC is for, said under a label, not another field's meaning
      // (`parameters`, `command` in lower case are fields).
      accept: (c) =>
        sameKind(c) &&
        alike(right, c.text) &&
        meaningfulWidth(c.text) >= MIN_CHOICE_WIDTH &&
        !isFragmentDetail(c.text) &&
        !isValueOnly(c.text) &&
        !saysMuchTheSame(right, c.text) &&
        !namesTerm(c.key) &&
        !saysWord(c.text, ownWords) &&
        !insideRight(c.key) &&
        !(c.names ?? []).some((n) => isNonName(n) || isAspectLabel(n) && !FIELD_NAME.test(n.trim()) || POINTS_SECTION.test(n.trim())) &&
        (tellsToDo(right) || !tellsToDo(c.text)) &&
        (namesOnly(right, 2) || !namesOnly(c.text, 2)),
    };
    const build = (): Question | ReturnType<typeof rejected> | null => {
      // Wrong answers that name their own terms would be ruled out by the name alone.
      const wrong: string[] = [];
      for (const candidate of pickCandidates({ ...request, want: WANT_DISTRACTORS * 2, rng: pickingRandom(id) })) {
        if (maskNames(candidate.text, candidate.names ?? []) === candidate.text && wrong.length < WANT_DISTRACTORS) wrong.push(candidate.text);
      }
      if (wrong.length < MIN_DISTRACTORS) return rejected('few-distractors');
      // The whole prompt, its context included: `回收` in `pv的回收策略` points at `手动回收PV`.
      const prompt = t.define(entry.term, contextTitle(bank, entry.term));
      if (givesAway(prompt, right, wrong) || revealsName(right, entry.term, entry.aliases, { descriptions: wrong })) return rejected('giveaway');
      const parts = {
        id,
        type: 'define' as const,
        bank,
        prompt,
        subject: entry.term,
        source: sourceOf(bank, entry.line),
        explanation: entryExplanation(entry, t),
      };
      return choiceQuestion(parts, ctx, right, wrong);
    };
    out.push(makeDraft({ id, type: 'define', bank, subject: entry.term, line: entry.line }, build, ctx));
  }
  return out;
}
