import type { OrderQuestion } from '../../types.js';
import { choiceTexts, isIndexList, numberList, sameList, type Kit } from './kit.js';
import { say } from './say.js';

// Arrange the choices: the answer is the choice indices in the right order; `--plain` takes
// every number once, in the chosen order (`3 1 2 4`). A wrong order is shown step by step,
// each step marked for its place.

function example(n: number): string {
  return Array.from({ length: n }, (_, i) => n - i).join(' ');
}

export const orderKit: Kit<OrderQuestion, number[]> = {
  prompt: 'sortable',
  selfGraded: false,
  // The explanation lists the steps in order already.
  showsAnswer: false,

  accepts: isIndexList,

  parse(question, line, lang) {
    const n = question.choices.length;
    const numbers = numberList(line.normalize('NFKC').trim());
    if (!numbers) return { kind: 'invalid', message: say(lang, `type the numbers 1-${n} in order, e.g. ${example(n)}`, `按顺序输入编号 1-${n}，例如 ${example(n)}`) };
    if (numbers.length !== n) {
      return { kind: 'invalid', message: say(lang, `needs ${n} numbers (each of 1-${n} once), got ${numbers.length}`, `需要 ${n} 个编号（1-${n} 各一次），收到 ${numbers.length} 个`) };
    }
    const outside = numbers.find((x) => x < 1 || x > n);
    if (outside !== undefined) return { kind: 'invalid', message: say(lang, `${outside} is not one of 1-${n}`, `没有编号 ${outside}：编号是 1-${n}`) };
    const twice = numbers.find((x, i) => numbers.indexOf(x) !== i);
    if (twice !== undefined) return { kind: 'invalid', message: say(lang, `${twice} is given twice: use each of 1-${n} once`, `编号 ${twice} 重复了：1-${n} 各用一次`) };
    return { kind: 'answer', value: numbers.map((x) => x - 1) };
  },

  check: (question, given) => sameList(given, question.answer),
  text: (question, given) => choiceTexts(question.choices, given).join(' → '),
  rightText: (question) => choiceTexts(question.choices, question.answer).join(' → '),
  key: (question) => question.answer.map((i) => i + 1).join(' '),

  detail(question, given, right) {
    if (right) return null;
    return { kind: 'order', steps: given.map((choice, place) => ({ text: question.choices[choice] ?? '', right: question.answer[place] === choice })) };
  },
};
