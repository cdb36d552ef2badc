import type { MultiQuestion } from '../../types.js';
import { choiceListTexts, isIndexList, numberList, sameList, type Kit } from './kit.js';
import { say } from './say.js';

// Select every choice that belongs: the answer is their indices, ascending; all or nothing.
// `--plain` takes the numbers of the picks in any order (`1 3`). A miss shows which picks
// were wrong and which right ones were missed.

const SEPARATOR = ' · ';

export const multiKit: Kit<MultiQuestion, number[]> = {
  prompt: 'checkbox',
  selfGraded: false,
  showsAnswer: true,

  accepts: isIndexList,

  parse(question, line, lang) {
    const n = question.choices.length;
    const eg = n >= 3 ? '1 3' : '1 2';
    const numbers = numberList(line.normalize('NFKC').trim());
    if (!numbers) {
      return { kind: 'invalid', message: say(lang, `type the numbers of every right choice (1 to ${n}), e.g. ${eg}`, `输入所有正确选项的编号（1 到 ${n}），例如 ${eg}`) };
    }
    const outside = numbers.find((x) => x < 1 || x > n);
    if (outside !== undefined) return { kind: 'invalid', message: say(lang, `${outside} is not a choice: the numbers go from 1 to ${n}`, `没有选项 ${outside}：编号是 1 到 ${n}`) };
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
