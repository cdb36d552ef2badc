import { rightAnswerText, coverage } from '../core/session/index.js';
import type { QuestionResult } from '../core/session/index.js';
import type { Question } from '../core/types.js';

// What to tell the person after an answer, decided once; the plain and the interactive
// UI only differ in how they draw it.

export interface Feedback {
  verdict: 'right' | 'wrong' | 'skipped' | 'timedOut' | null;
  /** The right answer, for a choice question that was not answered right. */
  answer: string | null;
  /** The reference, for a recall question that got no answer. */
  reference: string | null;
  /** The note behind the question (light markdown); for recall the reference stands in. */
  explanation: string | null;
  /** A wrong order, step by step as given, each marked right or wrong for its place. */
  yourOrder: { text: string; right: boolean }[] | null;
  source: string;
}

export function feedbackOf(result: QuestionResult): Feedback {
  const { question } = result;
  const recall = question.type === 'recall';
  // A typed and sent recall answer already brought up the reference (the grade sheet); a
  // blank one, or one cut off by the time limit, did not.
  const unanswered = result.timedOut || (result.skipped && !result.given);
  const verdict = result.timedOut ? 'timedOut' : result.skipped ? 'skipped' : recall ? null : result.correct ? 'right' : 'wrong';
  return {
    verdict,
    // Order explanations list the steps in order already.
    answer: !recall && question.type !== 'order' && !result.correct ? rightAnswerText(question) : null,
    reference: recall && unanswered ? String(question.answer) : null,
    // A recall's reference is its explanation; showing both printed the same text twice.
    explanation: recall ? null : question.explanation || null,
    source: `${question.source.file}:${question.source.line}`,
    yourOrder: yourOrder(result),
  };
}

function yourOrder(result: QuestionResult): Feedback['yourOrder'] {
  const right = result.question.answer;
  if (result.correct || !result.order || !Array.isArray(right)) return null;
  return result.order.map((choice, place) => ({ text: result.question.choices[choice] ?? '', right: right[place] === choice }));
}

/** The reference beside a typed recall answer, with the key points it covered and missed. */
export function gradeSheet(question: Question, given: string): { reference: string; covered: string[]; missed: string[]; ratio: number } {
  const reference = String(question.answer);
  return { reference, ...coverage(given, reference) };
}

/** Where the self-grade cursor starts: Good when most key points were said, Again when few were. */
export function suggestedGrade(ratio: number): 0 | 1 | 2 {
  return ratio >= 0.75 ? 2 : ratio >= 0.4 ? 1 : 0;
}

/** Explanations carry light markdown (bold terms); plain output shows the words only. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^```.*$\n?/gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}
