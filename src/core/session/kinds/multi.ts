import type { MultiQuestion } from '../../types.js';
import { choiceListTexts, isIndexList, numberList, sameList, type Kit } from './kit.js';

// Select every choice that belongs: the answer is their indices, ascending; all or nothing.
// `--plain` takes the numbers of the picks in any order (`1 3`). A miss shows which picks
// were wrong and which right ones were missed.

const SEPARATOR = ' · ';

export const multiKit: Kit<MultiQuestion, number[]> = {
  prompt: 'checkbox',
  selfGraded: false,
  showsAnswer: true,

  accepts: isIndexList,

  parse(question, line) {
    const n = question.choices.length;
    const numbers = numberList(line.normalize('NFKC').trim());
    if (!numbers) return { kind: 'invalid', why: { kind: 'multi-numbers', n } };
    const outside = numbers.find((x) => x < 1 || x > n);
    if (outside !== undefined) return { kind: 'invalid', why: { kind: 'multi-outside', n, number: outside } };
    // A number typed twice is still one pick.
    return { kind: 'answer', value: [...new Set(numbers)].map((x) => x - 1).sort((a, b) => a - b) };
  },

  check: (question, given) => sameList([...new Set(given)].sort((a, b) => a - b), question.answer),
  ...choiceListTexts<MultiQuestion>(SEPARATOR),

  detail(question, given, right) {
    if (right) return null;
    const picks = question.choices
      .map((text, i) => ({ text, picked: given.includes(i), right: question.answer.includes(i) }))
      .filter((p) => p.picked || p.right);
    return { kind: 'multi', picks };
  },
};
