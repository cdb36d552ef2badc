// Plain data passed between the stages of the pipeline:
// files -> notes -> outline -> banks -> questions -> session -> history.

export interface SourceRef {
  file: string;
  line: number;
}

export interface Warning {
  file: string;
  line: number;
  message: string;
}

/** A line of note text with markup removed, and the spans that were bold. */
export interface TextLine {
  text: string;
  bold: string[];
  line: number;
  /** All the line says is link text or bare URLs (a table of contents, a reference): never a term. */
  linkOnly?: boolean;
  /** It opens with a link to another page of the notes (`[Deployments](./topics/deploy.md) – …`). */
  opensWithPageLink?: boolean;
  /** It ends with a link (`DHCP 协议的标准参考文档 [RFC 2131](https://…)`): what it says points there. */
  endsWithLink?: boolean;
  /** It opens with a link whose words hold a colon (an article's title, `[docker 网络：overlay 简介](…)，…`): that colon parts no term from its meaning. */
  linkColon?: boolean;
  /** Inline code spans holding a colon (`$patch: replace`): a colon inside one separates nothing. */
  codeColons?: string[];
  /** Words come before its first bold span (`计算机网络是指…多台**计算机**`): the line does not open with a bold name. */
  boldLater?: boolean;
}

export interface OutlineListItem {
  text: TextLine;
  /** A task-list item (`- [ ] 集成 CI/CD`): something to do, or done, in a checklist. */
  task?: true;
  children: OutlineList[];
  /** Lines of loose paragraphs inside the item after its first line. */
  more: TextLine[];
  /** Code blocks inside the item, their lines and indentation kept. */
  code?: { lang: string; text: string; line: number }[];
}

export interface OutlineList {
  type: 'list';
  ordered: boolean;
  /** The number an ordered list starts at, when not 1. */
  start?: number;
  items: OutlineListItem[];
  line: number;
}

export type OutlineBlock =
  | { type: 'paragraph'; lines: TextLine[]; line: number }
  | OutlineList
  | { type: 'code'; lang: string; text: string; line: number }
  | { type: 'html'; text: string; line: number }
  | { type: 'details'; summary: TextLine; lines: TextLine[]; line: number }
  /** `callout`: a `> [!tip] …` block, an aside the note sets apart. */
  | { type: 'quote'; lines: TextLine[]; line: number; callout?: boolean }
  /** `contents`: every row opens with a link to another page of the notes (a table of contents). */
  | { type: 'table'; header: string[]; rows: string[][]; line: number; contents?: boolean };

export interface OutlineSection {
  /** Heading texts from the top down to this section; empty for text before any heading. */
  path: string[];
  depth: number;
  line: number;
  blocks: OutlineBlock[];
}

export interface Outline {
  file: string;
  sections: OutlineSection[];
}

export interface NoteFile {
  file: string;
  title: string;
  tags: string[];
  outline: Outline;
}

export interface TermEntry {
  term: string;
  detail: string;
  aliases: string[];
  line: number;
  /** Nested lines under the entry that are not entries themselves. */
  notes?: string[];
  /** Words the note set in bold inside the detail. */
  bold?: string[];
}

export interface Step {
  text: string;
  line: number;
  /** What the note says under the step (its sub-bullets, its code): part of the step, shown with it. */
  notes?: string[];
}

export interface QaPair {
  question: string;
  answer: string;
  line: number;
}

interface BankBase {
  id: string;
  title: string;
  /** Heading path of the section the bank sits in (plus a parent bullet, when it has one). */
  path: string[];
  /** The note's own title when no heading on the path names it (`Heapster` over `4. Labels`). */
  about?: string;
  /** The note walks through source code (Go functions and their calls): its lists are the code's names and order. */
  code?: true;
  source: SourceRef;
  lang: Lang;
}

export interface TermsBank extends BankBase {
  kind: 'terms';
  entries: TermEntry[];
  /** The entries are stages in order (a lifecycle), so they can be ordered too. */
  sequential?: boolean;
  /** Plain sentences of the section that state a number (`至少需要三个节点`): cloze material. */
  facts?: Step[];
}

export interface StepsBank extends BankBase {
  kind: 'steps';
  steps: Step[];
}

export interface QaBank extends BankBase {
  kind: 'qa';
  pairs: QaPair[];
}

export type Bank = TermsBank | StepsBank | QaBank;

export type Lang = 'en' | 'zh';

export interface SourceSummary {
  file: string;
  title: string;
  banks: number;
}

/**
 * Note text the loader read and deliberately made nothing of (a table of contents, a reference
 * list, exercise scaffolding, a numbered list that is not a procedure), for `k8s-quiz check`.
 * `reason` is one of the question gate's reasons (`debris`, `not-a-procedure`, `not-a-group`).
 */
export interface Skipped {
  file: string;
  line: number;
  reason: 'debris' | 'not-a-procedure' | 'not-a-group' | 'instruction';
  text: string;
}

export interface Collection {
  sources: SourceSummary[];
  banks: Bank[];
  warnings: Warning[];
  /**
   * What was skipped, file by file. Not enumerable, so `banks --json` (which prints the
   * collection) keeps its contract; read it as `collection.skipped`.
   */
  readonly skipped?: Skipped[];
}

export const QUESTION_TYPES = ['define', 'identify', 'member', 'order', 'acronym', 'cloze', 'recall', 'typed', 'next', 'multi'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * How a question is answered. Every question type has exactly one; each kind has one kit
 * (core/session/kinds) that parses, checks and records its answers.
 */
export type AnswerKind = 'choice' | 'order' | 'multi' | 'typed' | 'recall';

export const ANSWER_KIND = {
  define: 'choice',
  identify: 'choice',
  member: 'choice',
  acronym: 'choice',
  cloze: 'choice',
  next: 'choice',
  order: 'order',
  multi: 'multi',
  typed: 'typed',
  recall: 'recall',
} as const satisfies Record<QuestionType, AnswerKind>;

/** The question types answered in a given way. */
export type TypesOf<K extends AnswerKind> = { [T in QuestionType]: (typeof ANSWER_KIND)[T] extends K ? T : never }[QuestionType];

interface QuestionBase<T extends QuestionType> {
  /** Stable: derived from bank path + subject + type, never from file name or line. */
  id: string;
  type: T;
  prompt: string;
  /** Bank id. */
  bank: string;
  source: SourceRef;
  /** Heading path plus bank title: what the question is about, for --topic and stats. */
  topic: string[];
  lang: Lang;
  /** What the question asks about (a term, a step list title, a question). */
  subject: string;
  /** Reference shown after answering: markdown-ish text. */
  explanation: string;
}

/** Pick one of the choices: `answer` is the right one's index. */
export interface ChoiceQuestion extends QuestionBase<TypesOf<'choice'>> {
  choices: string[];
  answer: number;
}

/** Arrange the choices: `answer` is the choice indices in the right order. */
export interface OrderQuestion extends QuestionBase<'order'> {
  choices: string[];
  answer: number[];
}

/** Select every choice that belongs: `answer` is their indices, ascending. */
export interface MultiQuestion extends QuestionBase<'multi'> {
  choices: string[];
  answer: number[];
}

/** Type the answer: `answer` is the expected text, `accept` other spellings taken as right. */
export interface TypedQuestion extends QuestionBase<'typed'> {
  choices: [];
  answer: string;
  accept: string[];
}

/** Answer freely, then grade yourself against `answer`, the reference text. */
export interface RecallQuestion extends QuestionBase<'recall'> {
  choices: [];
  answer: string;
}

export type Question = ChoiceQuestion | OrderQuestion | MultiQuestion | TypedQuestion | RecallQuestion;

/** The question of a given answer kind. */
export type QuestionOf<K extends AnswerKind> = Extract<Question, { type: TypesOf<K> }>;

export function answerKind(question: Pick<Question, 'type'>): AnswerKind {
  return ANSWER_KIND[question.type];
}

/** Self-grade / FSRS rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;
