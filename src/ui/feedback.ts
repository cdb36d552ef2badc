import { coverage, kitOf, type AnswerDetail, type Coverage, type CoverageModel, type TypedChange } from '../core/session/index.js';
import type { QuestionResult } from '../core/session/index.js';
import type { Question } from '../core/types.js';
import { clip, displayWidth, hanging } from './layout.js';
import { labelled, type Messages } from './messages.js';

// What to tell the person after an answer, decided once from the question's kit; the plain
// and the interactive UI only differ in how they draw it (detailLines draws the kit's detail
// for both, with or without colour).

export interface Feedback {
  verdict: 'right' | 'wrong' | 'skipped' | 'timedOut' | 'flagged' | null;
  /** The right answer, for a question not answered right whose kit names it (choice, multi, typed). */
  answer: string | null;
  /** The reference, for a recall question that got no answer. */
  reference: string | null;
  /** The note behind the question (light markdown); for recall the reference stands in. */
  explanation: string | null;
  /** A wrong order, step by step as given, each marked right or wrong for its place (the order kit's detail). */
  yourOrder: { text: string; right: boolean }[] | null;
  /** What the kit shows of the answer beyond the verdict (absent when nothing). */
  detail?: AnswerDetail;
  /** What was typed when the time ran out (kept with the timeout). */
  partial: string | null;
  source: string;
}

export function feedbackOf(result: QuestionResult): Feedback {
  const { question, status } = result;
  const kit = kitOf(question);
  const source = `${question.source.file}:${question.source.line}`;
  // A bad question: nothing of it is worth repeating.
  if (status === 'flagged') return { verdict: 'flagged', answer: null, reference: null, explanation: null, yourOrder: null, partial: null, source };
  const self = kit.selfGraded;
  // A typed and sent recall answer already brought up the reference (the grade sheet); a
  // blank one, or one cut off by the time limit, did not.
  const unanswered = status === 'timedOut' || (status === 'skipped' && !result.given);
  // An answered recall has no verdict of its own: the self-grade was it.
  const verdict = status === 'right' || status === 'wrong' ? (self ? null : status) : status;
  const detail =
    (status === 'right' || status === 'wrong') && result.value !== undefined && kit.accepts(result.value) ? kit.detail(question, result.value, status === 'right') : null;
  return {
    verdict,
    answer: kit.showsAnswer && status !== 'right' ? kit.rightText(question) : null,
    reference: self && unanswered ? kit.rightText(question) : null,
    // A recall's reference is its explanation; showing both printed the same text twice.
    explanation: self ? null : question.explanation || null,
    source,
    yourOrder: detail?.kind === 'order' ? detail.steps : null,
    partial: status === 'timedOut' && result.given ? result.given : null,
    ...(detail ? { detail } : {}),
  };
}

/** How marks and text are drawn: plain text, or colours on a terminal. */
export interface DetailStyle {
  right: (text: string) => string;
  wrong: (text: string) => string;
  missed: (text: string) => string;
  dim: (text: string) => string;
}

export const PLAIN_STYLE: DetailStyle = { right: (t) => t, wrong: (t) => t, missed: (t) => t, dim: (t) => t };

/** The lines that show a kit's detail, one view per kind of detail. */
const DETAIL_VIEWS: { [K in AnswerDetail['kind']]: (detail: Extract<AnswerDetail, { kind: K }>, m: Messages, s: DetailStyle, width: number) => string[] } = {
  // Marked by relative order (one step moved is one ✗), then the label of the right order,
  // which the explanation (the note's steps, in order) follows.
  order: (d, m, s, width) => [
    s.dim(m.yourOrder),
    ...d.steps.map((step, i) => hanging(`  ${step.right ? s.right('✓') : s.wrong('✗')} ${i + 1}. `, step.right ? step.text : s.wrong(step.text), width)),
    s.dim(m.rightOrder),
  ],
  multi: (d, m, s, width) => [
    s.dim(m.yourPicks),
    ...d.picks.map((p) => {
      const mark = p.picked && p.right ? s.right('✓') : p.picked ? s.wrong('✗') : s.missed('○');
      return hanging(`  ${mark} `, p.picked && p.right ? p.text : p.picked ? s.wrong(p.text) : s.missed(p.text), width);
    }),
  ],
  typed: (d, m, s, width) => {
    const describe = (c: TypedChange) =>
      !c.expected ? s.wrong(m.extraText(c.typed)) : !c.typed ? s.missed(m.missingText(c.expected)) : (c.forgiven ? (t: string) => t : s.wrong)(m.changedText(c.typed, c.expected));
    if (d.changes.every((c) => c.forgiven)) return [labelledList(m.typoForgiven, d.changes.map(describe).join(m.listSep), width)];
    return [labelledList(m.youTyped, d.typed, width), labelledList(m.difference, d.changes.map(describe).join(m.listSep), width)];
  },
};

export function detailLines(detail: AnswerDetail, m: Messages, style: DetailStyle, width: number): string[] {
  const view = DETAIL_VIEWS[detail.kind] as (d: AnswerDetail, m: Messages, s: DetailStyle, width: number) => string[];
  return view(detail, m, style, width);
}

/** The reference beside a typed recall answer, with the key points it covered and missed. */
export function gradeSheet(question: Question, given: string, model?: CoverageModel): { reference: string } & Coverage {
  const reference = kitOf(question).rightText(question);
  return { reference, ...coverage(given, reference, model) };
}

/**
 * Where the self-grade cursor starts (0 Again, 1 Hard, 2 Good): the coverage is a hint, so
 * the cursor sits on the middle grade unless it is clearly high (Good) or clearly nil (Again:
 * nothing of the reference was said, so a stray Enter does not mark it as known).
 */
export function suggestedGrade(sheet: Pick<Coverage, 'ratio' | 'overlap'> & { comparable?: boolean }): 0 | 1 | 2 {
  // An answer in another language than the reference cannot be measured against it.
  if (sheet.comparable === false) return 1;
  if (sheet.ratio >= 0.75) return 2;
  if (sheet.ratio === 0 && sheet.overlap < 0.05) return 0;
  return 1;
}

/**
 * `label items`, or when the label would leave too narrow a column for the items (a long
 * English label at 40 columns), the label on its own line and the items under it.
 */
export function labelledList(label: string, text: string, width: number): string {
  const lead = labelled(label, '');
  if (displayWidth(lead) <= Math.max(8, width - 28)) return hanging(lead, text, width);
  return `${label}\n${hanging('  ', text, width)}`;
}

/** Explanations carry light markdown (bold terms); plain output shows the words only. */
export function plainText(markdown: string): string {
  // Lines cut first: a long line of unclosed `**` would be rescanned from each one.
  return clip(markdown)
    .replace(/^```.*$\n?/gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}
