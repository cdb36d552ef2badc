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
}

export interface OutlineListItem {
  text: TextLine;
  children: OutlineList[];
  /** Lines of loose paragraphs inside the item after its first line. */
  more: TextLine[];
}

export interface OutlineList {
  type: 'list';
  ordered: boolean;
  items: OutlineListItem[];
  line: number;
}

export type OutlineBlock =
  | { type: 'paragraph'; lines: TextLine[]; line: number }
  | OutlineList
  | { type: 'code'; lang: string; text: string; line: number }
  | { type: 'html'; text: string; line: number }
  | { type: 'details'; summary: TextLine; lines: TextLine[]; line: number }
  | { type: 'quote'; lines: TextLine[]; line: number }
  | { type: 'table'; header: string[]; rows: string[][]; line: number };

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

export interface Collection {
  sources: SourceSummary[];
  banks: Bank[];
  warnings: Warning[];
}

export const QUESTION_TYPES = ['define', 'identify', 'member', 'order', 'acronym', 'cloze', 'recall'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Question {
  /** Stable: derived from bank path + subject + type, never from file name or line. */
  id: string;
  type: QuestionType;
  prompt: string;
  /** Choices as shown; empty for recall. */
  choices: string[];
  /** Index of the right choice; for order the choice indices in the right order; for recall the reference text. */
  answer: number | number[] | string;
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

/** Self-grade / FSRS rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;
