import type { RecallQuestion } from '../../types.js';
import type { Kit } from './kit.js';

// Answer freely, then see the reference with the key points covered and missed, and grade
// yourself (the session asks for the grade). The line is kept as typed.

export const recallKit: Kit<RecallQuestion, string> = {
  prompt: 'free',
  selfGraded: true,
  // The reference is shown instead (the grade sheet, or the feedback after a skip).
  showsAnswer: false,

  accepts: (value): value is string => typeof value === 'string',
  parse: (_question, line) => ({ kind: 'answer', value: line.trim() }),
  check: () => false,
  text: (_question, given) => given,
  rightText: (question) => question.answer,
  key: (question) => question.answer,
  detail: () => null,
};
