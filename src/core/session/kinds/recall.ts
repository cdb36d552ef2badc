import type { RecallQuestion } from '../../types.js';
import { textAnswer, type Kit } from './kit.js';

// Answer freely, then see the reference with the key points covered and missed, and grade
// yourself (the session asks for the grade). The line is kept as typed.

export const recallKit: Kit<RecallQuestion, string> = {
  prompt: 'free',
  selfGraded: true,
  // The reference is shown instead (the grade sheet, or the feedback after a skip).
  showsAnswer: false,

  ...textAnswer<RecallQuestion>(),
  check: () => false,
  detail: () => null,
};
