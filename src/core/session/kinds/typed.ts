import type { TypedQuestion } from '../../types.js';
import { textAnswer, type Kit } from './kit.js';
import { matchTyped } from './typed-match.js';

// Type the answer: checked by matchTyped (case, spacing, hyphens, width, the accepted
// spellings, one small typo per word). The text is kept as typed; the feedback shows where it
// differs from the closest accepted spelling, and the typos that were forgiven.

export const typedKit: Kit<TypedQuestion, string> = {
  prompt: 'text',
  selfGraded: false,
  showsAnswer: true,

  ...textAnswer<TypedQuestion>(),
  check: (question, given) => matchTyped(given, question.answer, question.accept).right,

  detail(question, given) {
    const match = matchTyped(given, question.answer, question.accept);
    if (match.right && !match.changes.length) return null;
    return { kind: 'typed', typed: given, expected: match.closest, changes: match.changes };
  },
};
