import { shortHash, deriveRandom, isCommandLine, isTechnicalName, type Random } from '../text/index.js';
import type { Bank, ChoiceQuestion, Lang, MultiQuestion, OrderQuestion, Question, QuestionType, RecallQuestion, SourceRef, TermEntry, TypedQuestion } from '../types.js';
import { dealtOnce } from './deal.js';
import type { Pool } from './pool.js';
import { topicFor } from './topic.js';
import { displayTitle, isActionTitle, isAspectName } from './entries.js';
import { gateQuestion, type Rejection, type RejectReason } from './gate.js';
import { answerWithoutMisconceptions, choicesWithoutMisconceptions, withoutMisconceptions } from './misconceptions.js';
import { templatesFor, type Templates } from './templates.js';
import { bareTitle, keyOf, width } from './text.js';

// What every generator shares: the pool, the seed, the language, and how a question is put
// together (id, topic, choices shuffled with the question's own random stream).

export interface GenContext {
  pool: Pool;
  seed: number;
  lang?: Lang;
  /** Told of every candidate turned down, with its reason (`k8s-quiz check`); absent otherwise. */
  onReject?: (rejection: Rejection) => void;
  /** Told each time a draft is built (its choices made and checked): what a selection costs. */
  onBuild?: (type: QuestionType) => void;
}

/**
 * A question before its choices are made: what selection needs (id, type, bank, subject,
 * topic), cheap to list, and how to build it. `build` gives null where the finished question
 * is turned down (no wrong answers, or the gate); `viable` builds it (once) to say whether it
 * passes.
 */
export interface Draft {
  /** The id before collisions are numbered (`-2`, `-3`): questionId of bank, subject, type. */
  id: string;
  type: QuestionType;
  /** Bank id. */
  bank: string;
  subject: string;
  /** Heading path plus bank title, as the built question's `topic`. */
  topic: string[];
  viable(): boolean;
  /** The question as the seed deals it, or null when it does not build. */
  build(): Question | null;
  /** The question before its choices are dealt: the same whatever the seed, what a cache can keep. */
  made(): Question | null;
}

/** A generator of drafts: one per question the bank may support, in the generator's order. */
export type DraftGenerator = (bank: Bank, ctx: GenContext) => Draft[];

/** What a build gives instead of a question: why there is none. */
export interface Rejected {
  rejected: RejectReason;
}

export function rejected(reason: RejectReason): Rejected {
  return { rejected: reason };
}

/** Reports a candidate turned down before it became a draft (for `check`). */
export function rejectCandidate(ctx: GenContext, bank: Bank, type: QuestionType, reason: RejectReason, text: string, line?: number): void {
  ctx.onReject?.({ reason, type, file: bank.source.file, line: line ?? bank.source.line, text });
}

/**
 * A draft that builds once, through the gate. `build` gives a question, a rejection, or null
 * (no wrong answers found); whether the draft is viable is known once it is built. The gate
 * looks at the choices as a set, so it judges the question before they are dealt.
 */
export function makeDraft(
  head: { id: string; type: QuestionType; bank: Bank; subject: string; line?: number },
  build: () => Question | Rejected | null,
  ctx: GenContext,
): Draft {
  let built: Question | null | undefined;
  const once = (): Question | null => {
    if (built !== undefined) return built;
    ctx.onBuild?.(head.type);
    const made = build();
    const reason = made === null ? 'few-distractors' : 'rejected' in made ? made.rejected : gateQuestion(made);
    if (reason) ctx.onReject?.({ reason, type: head.type, file: head.bank.source.file, line: head.line ?? head.bank.source.line, text: head.subject });
    return (built = reason ? null : (made as Question));
  };
  return {
    id: head.id,
    type: head.type,
    bank: head.bank.id,
    subject: head.subject,
    // Shared by every draft and question of the bank, not copied.
    topic: topicFor(head.bank) as string[],
    viable: () => once() !== null,
    build: dealtOnce(once, ctx.seed),
    made: once,
  };
}

export const WANT_DISTRACTORS = 3;

export function langOf(bank: Bank, ctx: GenContext): Lang {
  return ctx.lang ?? bank.lang;
}

export function templates(bank: Bank, ctx: GenContext): Templates {
  return templatesFor(langOf(bank, ctx));
}

/**
 * The id of what a question is about: bank (its path and title), subject and type.
 * Not the file, not the line, not the wording of a detail.
 */
export function questionId(bank: Bank, subject: string, type: QuestionType, variant = ''): string {
  return shortHash(`${bank.id}\u0000${keyOf(subject)}\u0000${type}${variant}`);
}

/**
 * What a question is made of (its wrong answers, its members shown) does not depend on the
 * seed, so whether it passes the gate does not either; only the order of its choices does.
 */
export function pickingRandom(id: string): Random {
  return deriveRandom(0, id, 'pick');
}

export interface QuestionParts {
  id: string;
  type: QuestionType;
  bank: Bank;
  prompt: string;
  subject: string;
  source: SourceRef;
  explanation: string;
}

/** What a question's kind adds to its parts: choices and answer (and, typed, `accept`). */
type AnswerParts =
  | Pick<ChoiceQuestion, 'type' | 'choices' | 'answer'>
  | Pick<OrderQuestion, 'type' | 'choices' | 'answer'>
  | Pick<MultiQuestion, 'type' | 'choices' | 'answer'>
  | Pick<TypedQuestion, 'type' | 'choices' | 'answer' | 'accept'>
  | Pick<RecallQuestion, 'type' | 'choices' | 'answer'>;

/** A finished question; its keys in the order `questions --json` prints them. */
export function makeQuestion(parts: Omit<QuestionParts, 'type'>, ctx: GenContext, answer: AnswerParts): Question {
  return {
    id: parts.id,
    type: answer.type,
    // `Releasing(Pod被删除…)`: a false gloss on a stage is left off, the stage asked as it is.
    prompt: withoutMisconceptions(parts.prompt),
    choices: choicesWithoutMisconceptions(answer.choices),
    answer: answer.type === 'recall' ? answerWithoutMisconceptions(parts.prompt, answer.answer) : answer.answer,
    ...('accept' in answer ? { accept: answer.accept } : {}),
    bank: parts.bank.id,
    source: parts.source,
    topic: topicFor(parts.bank) as string[],
    lang: langOf(parts.bank, ctx),
    subject: parts.subject,
    explanation: withoutMisconceptions(parts.explanation),
  } as Question;
}

/** The right answer first, then its distractors (dealChoices orders them); null when there is nothing to choose. */
export function choiceQuestion(parts: QuestionParts & { type: ChoiceQuestion['type'] }, ctx: GenContext, right: string, distractors: string[]): Question | null {
  if (distractors.length < 1) return null;
  const choices = parts.type === 'define' || parts.type === 'cloze' ? proseCased([right, ...distractors]) : [right, ...distractors];
  return makeQuestion(parts, ctx, { type: parts.type, choices, answer: 0 });
}

/**
 * `indicate significant changes.` among `Features are enabled by default…`, a blank's `node affinity
 * rules` among list terms `Taints & tolerations`: prose that alone starts in lower case stands out by
 * its shape. Where every choice opens with a word in lower case or a capitalised one, the lower-case
 * ones are given their capital (not a command: `kubectl get pods` stays as it is).
 */
function proseCased(choices: string[]): string[] {
  const lower = (c: string): boolean => /^[a-z]+[ ,]/.test(c) && !isCommandLine(c);
  const capital = (c: string): boolean => /^[A-Z][a-z]/.test(c);
  const lowers = choices.filter(lower).length;
  if (lowers === 0 || lowers === choices.length || !choices.every((c) => lower(c) || capital(c))) return choices;
  return choices.map((c) => (lower(c) ? `${c.charAt(0).toUpperCase()}${c.slice(1)}` : c));
}

export function sourceOf(bank: Bank, line?: number): SourceRef {
  return { file: bank.source.file, line: line ?? bank.source.line };
}

/** Reference text for an entry: the term (and aliases), its detail, its nested notes. */
export function entryExplanation(entry: TermEntry, t: Templates): string {
  const name = entry.aliases.length ? `${entry.term} (${entry.aliases.join(', ')})` : entry.term;
  const lines = [t.termLine(name, entry.detail)];
  for (const note of entry.notes ?? []) lines.push(`- ${note}`);
  return lines.join('\n');
}

/** The bank title over a list of its entries, for member questions. */
export function bankExplanation(title: string, entries: readonly TermEntry[], t: Templates): string {
  return [`**${title}**`, ...entries.map((e) => `- ${t.termLine(e.term, e.detail).replace(/\*\*/g, '')}`)].join('\n');
}

/**
 * When a bank title adds context to a prompt about `term` (`Node Controller` of which
 * manager?): not when it is a top-level heading, nor when the term already says it.
 */
export function contextTitle(bank: Bank, term: string): string | undefined {
  // (`C. Logging Agents`: the letter a note sections its cases with is no part of the name.)
  let title = bareTitle(bank.title, true);
  // A lab step (`Define`, `Install the chart`) is no context: the heading above it is.
  if (isActionTitle(title)) title = displayTitle(bank.path.filter((p) => keyOf(p) !== keyOf(bank.title)).at(-1) ?? '');
  const key = keyOf(title);
  // `In "Readme"`: a file named for its place in a folder names nothing the question is about.
  if (!key || keyOf(term).includes(key) || isFileTitle(title)) return undefined;
  if (bank.path.length === 1 && keyOf(bank.path[0] ?? '') === key && !bank.about) return undefined;
  // A short title in words (`挑战`, `Methods`, `Labels`) says little alone: name what it is part of too.
  const parents = headingsOf(bank).map(displayTitle).filter((p) => p && keyOf(p) !== key);
  // `组件 › 边缘端` says whose no better than `边缘端`: a parent of one short word or an aspect is passed over.
  // (`核心功能 › 流量管理`: the core features of what? An aspect as parent is passed over too.)
  const parent = [...parents].reverse().find((p) => !(width(p) <= 4 && !/[A-Za-z]/.test(p)) && !isAspectName(p)) ?? parents[parents.length - 1];
  // (`Output Explanation`, `Available Options`: of which command? Says as little, however long.)
  if (parent && (saysLittle(title) || EXPLAINS_ANOTHER.test(title)) && !key.includes(keyOf(parent)) && !keyOf(term).includes(keyOf(parent))) return `${parent} › ${title}`;
  return title;
}

/** A section that explains the parts of something named above it: `Output Explanation`, `Available Options`, `Column meanings`. */
const EXPLAINS_ANOTHER = /^(?:(?:output|available|common|supported|useful|important|key|main|column|field|flag|option)s?\s+)?(?:explanation|explained|options|flags|columns|arguments|parameters|meanings?)$|^(?:输出|参数|选项|字段|列)(?:说明|解释|含义)$/i;

/** What a note's file is called for the folder's sake (`README.md`, `index.md`), standing in for a title it lacks. */
const FILE_TITLE = /^(?:readme|index|notes?|untitled|main|home)$/i;

export function isFileTitle(title: string): boolean {
  return FILE_TITLE.test(title.trim());
}

/** `挑战`, `Labels`, `type`: a short title in plain words, or a field any object has, which says whose only with its parent. */
function saysLittle(title: string): boolean {
  return width(title) <= SHORT_TITLE_WIDTH && (!/^[A-Za-z][\w.-]*$/.test(title) || !isTechnicalName(title) || COMMON_FIELD.test(title)) && !namesItsOwner(title);
}

/** `PV状态`, `Pod的阶段`: a short Chinese title that starts with whose it is. */
function namesItsOwner(title: string): boolean {
  const owner = /^([A-Za-z][\w.-]+)\s*的?\p{Script=Han}/u.exec(title)?.[1];
  return Boolean(owner && isTechnicalName(owner) && !COMMON_FIELD.test(owner));
}

/** The headings over a bank, the note's subject first when no heading names it. */
export function headingsOf(bank: Bank): string[] {
  return bank.about ? [bank.about, ...bank.path] : bank.path;
}

/** Field names every kind of object has. */
const COMMON_FIELD = /^(?:type|status|name|value|key|kind|mode|state|phase|reason|message|spec|data|items?|fields?|conditions?)$/i;

/** Titles this narrow get their parent heading in a prompt. */
const SHORT_TITLE_WIDTH = 8;
