import type { Bank, Question, TermEntry, TermsBank } from '../types.js';
import { NAME_LANG_WEIGHT, pickDistractors, type DistractorRequest } from './distractors.js';
import type { Random } from '../text/index.js';
import {
  bankExplanation,
  choiceQuestion,
  makeDraft,
  makeQuestion,
  questionId,
  questionRandom,
  sourceOf,
  templates,
  WANT_DISTRACTORS,
  type Draft,
  type GenContext,
} from './draft.js';
import { listedKey, originOf, ownerKeys, type Candidate, type Pool } from './pool.js';
import { keyOf, width } from './text.js';

// member: which of these belongs to <title>? — and, with three members or more, which does not.
// Wrong answers are terms of other banks, never a member (or an alias of one), never the title,
// never from a bank nested under this one.

/** Headings that gather whatever is left: not categories anything belongs to. */
const GENERIC_HEADING =
  /术语|其他|其它|杂项|基础|知识|概念|总结|笔记|补充|相关|总览|概述|简介|介绍|小结|\b(?:misc|other|notes?|basics?|terms|glossary|overview|summary|introduction|general)\b/i;

/** Whether a heading path (as matchKeys) starts with another. */
const sameKeyPrefix = (keys: readonly string[], prefix: readonly string[]): boolean =>
  prefix.length <= keys.length && prefix.every((p, i) => p === keys[i]);

/** A bank that is the children of a bullet (`kubelet` over its probes): the parent lists it. */
function isParentBullet(bank: Bank, pool: Pool): boolean {
  const pathKeys = pool.origins.get(bank.id)?.pathKeys ?? bank.path.map(keyOf);
  return pool.listed.has(listedKey(pathKeys.slice(0, -1), bank.title));
}

/** A bank named after its heading rather than by a lead-in line or a parent bullet. */
function isHeadingBank(bank: Bank, pool: Pool): boolean {
  const last = bank.path[bank.path.length - 1];
  return last !== undefined && keyOf(last) === keyOf(bank.title) && !isParentBullet(bank, pool);
}

/**
 * Whether the title names a category its entries are members of. A heading is one when it
 * is a subsection, or when its section holds nothing but this list; a top-level heading over
 * loose notes (`Basics`, `Other terms`) is not.
 */
export function isCategory(bank: TermsBank, pool: Pool): boolean {
  if (!bank.title.trim()) return false;
  if (!isHeadingBank(bank, pool)) return true;
  if (GENERIC_HEADING.test(bank.title)) return false;
  if (bank.path.length >= 2) return true;
  const pathKeys = pool.origins.get(bank.id)?.pathKeys ?? [];
  return !pool.banks.some((b) => b.id !== bank.id && sameKeyPrefix(pool.origins.get(b.id)?.pathKeys ?? [], pathKeys));
}

const CATEGORY_WORD =
  /(?:的?\p{Script=Han}{0,4}(?:类型|种类|模式|策略|方式|状态|阶段|组件|对象|分类)|\s+(?:types?|kinds?|modes?|policies|strateg(?:y|ies)|states?|phases?|components?|objects?))$/iu;

/** `Service类型` → `Service`: a candidate naming the core word may well belong, so it is not offered. */
function titleCore(title: string): string {
  const core = title.replace(CATEGORY_WORD, '').trim();
  return width(core) >= 3 && core !== title.trim() ? keyOf(core) : '';
}

function uniqueMembers(bank: TermsBank): TermEntry[] {
  const seen = new Set<string>();
  return bank.entries.filter((e) => {
    const key = keyOf(e.term);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function memberDrafts(bank: Bank, ctx: GenContext): Draft[] {
  if (bank.kind !== 'terms') return [];
  const members = uniqueMembers(bank);
  if (members.length < 2 || !isCategory(bank, ctx.pool)) return [];
  const t = templates(bank, ctx);
  const heading = isHeadingBank(bank, ctx.pool);

  // What both questions exclude, worked out once and only when one is built or checked.
  let excluding: Pick<DistractorRequest, 'excludeKeys' | 'excludeOwners' | 'accept'> | undefined;
  const exclusions = (): Pick<DistractorRequest, 'excludeKeys' | 'excludeOwners' | 'accept'> => {
    if (excluding) return excluding;
    const topicKeys = ctx.pool.topicKeys.get(bank.id) ?? [];
    const pathKeys = bank.path.map(keyOf);
    const memberNames = members.flatMap(ownerKeys);
    const core = titleCore(bank.title);
    const memberTerms = new Set(members.map((e) => keyOf(e.term)));
    // Banks under this one: its own section when it is a heading, its subsections, and the
    // children of its members (`kube-controller-manager` → its controllers). Asked per bank
    // id, as candidates come: what the answer depends on is looked up by id.
    const under = (id: string): boolean => {
      if (id === bank.id) return true;
      const keys = ctx.pool.origins.get(id)?.pathKeys ?? [];
      if (sameKeyPrefix(keys, pathKeys)) {
        if (heading) return true;
        if (keys.length > pathKeys.length && memberTerms.has(keys[pathKeys.length] ?? '')) return true;
      }
      return sameKeyPrefix(ctx.pool.topicKeys.get(id) ?? [], topicKeys);
    };
    const nested = new Map<string, boolean>();
    const isNested = (id: string): boolean => {
      let yes = nested.get(id);
      if (yes === undefined) nested.set(id, (yes = under(id)));
      return yes;
    };
    const outsider = (c: Candidate): boolean => !isNested(c.origin.bankId) && !(core && c.key.includes(core));
    // Never a member (or an alias of one, or the same name spelt differently), never the title.
    excluding = { excludeKeys: [...memberNames, bank.title], excludeOwners: memberNames, accept: outsider };
    return excluding;
  };
  const request = (answer: string): Omit<DistractorRequest, 'want' | 'rng'> => ({
    answer,
    origin: originOf(bank),
    candidates: ctx.pool.terms,
    ...exclusions(),
    langWeight: NAME_LANG_WEIGHT,
  });

  const base = () => ({
    bank,
    subject: bank.title,
    source: sourceOf(bank),
    explanation: bankExplanation(bank.title, members, t),
  });
  const out: Draft[] = [];

  const isId = questionId(bank, bank.title, 'member');
  // The right answer is the first draw of the question's stream, the same in check and build.
  const isRight = (): string => questionRandom(ctx, isId).pick(members).term;
  const buildIs = (): Question | null => {
    const isRng = questionRandom(ctx, isId);
    const right = isRng.pick(members).term;
    const wrong = pickDistractors({ ...request(right), want: WANT_DISTRACTORS, rng: isRng });
    return choiceQuestion({ ...base(), id: isId, type: 'member', prompt: t.memberIs(bank.title) }, ctx, isRng, right, wrong);
  };
  out.push(makeDraft({ id: isId, type: 'member', bank, subject: bank.title }, buildIs, ctx));

  // "Which is NOT" only where the title is a true enumeration: a heading also gathers loose notes.
  if (members.length >= 3 && !heading) {
    const notId = questionId(bank, bank.title, 'member', ':not');
    const shownOf = (notRng: Random): { shown: string[]; typical: string } => {
      const shown = notRng.sample(members, WANT_DISTRACTORS).map((e) => e.term);
      const typical = [...shown].sort((a, b) => width(a) - width(b))[Math.floor(shown.length / 2)] ?? isRight();
      return { shown, typical };
    };
    const buildNot = (): Question | null => {
      const notRng = questionRandom(ctx, notId);
      const { shown, typical } = shownOf(notRng);
      const odd = pickDistractors({ ...request(typical), want: 1, rng: notRng })[0];
      if (odd === undefined) return null;
      const choices = notRng.shuffle([odd, ...shown]);
      return makeQuestion(
        { ...base(), id: notId, prompt: t.memberNot(bank.title) },
        ctx,
        { type: 'member', choices, answer: choices.indexOf(odd) },
      );
    };
    out.push(makeDraft({ id: notId, type: 'member', bank, subject: bank.title }, buildNot, ctx));
  }
  return out;
}

