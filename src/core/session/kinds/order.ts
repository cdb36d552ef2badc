import type { OrderQuestion } from '../../types.js';
import { choiceListTexts, isIndexList, numberList, sameList, type Kit } from './kit.js';

// Arrange the choices: the answer is the choice indices in the right order; `--plain` takes
// every number once, in the chosen order (`3 1 2 4`). A wrong order is shown step by step,
// each step marked by whether it is in order with the rest (see longestInOrder).

/**
 * The places of a longest increasing run (not necessarily contiguous) of `ranks`: the steps
 * that are in the right order relative to each other. Ties go to the earliest places.
 */
function longestInOrder(ranks: readonly number[]): Set<number> {
  const length = ranks.map(() => 1);
  const previous = ranks.map(() => -1);
  for (let i = 0; i < ranks.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((ranks[j] as number) < (ranks[i] as number) && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1;
        previous[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < ranks.length; i++) if (end < 0 || (length[i] as number) > (length[end] as number)) end = i;
  const places = new Set<number>();
  for (let i = end; i >= 0; i = previous[i] as number) places.add(i);
  return places;
}

export const orderKit: Kit<OrderQuestion, number[]> = {
  prompt: 'sortable',
  selfGraded: false,
  // The explanation lists the steps in order already.
  showsAnswer: false,

  accepts: isIndexList,

  parse(question, line) {
    const n = question.choices.length;
    const numbers = numberList(line.normalize('NFKC').trim());
    if (!numbers) return { kind: 'invalid', why: { kind: 'order-numbers', n } };
    if (numbers.length !== n) return { kind: 'invalid', why: { kind: 'order-count', n, got: numbers.length } };
    const outside = numbers.find((x) => x < 1 || x > n);
    if (outside !== undefined) return { kind: 'invalid', why: { kind: 'order-outside', n, number: outside } };
    const twice = numbers.find((x, i) => numbers.indexOf(x) !== i);
    if (twice !== undefined) return { kind: 'invalid', why: { kind: 'order-twice', n, number: twice } };
    return { kind: 'answer', value: numbers.map((x) => x - 1) };
  },

  check: (question, given) => sameList(given, question.answer),
  ...choiceListTexts<OrderQuestion>(' → '),

  detail(question, given, right) {
    if (right) return null;
    // Marked by relative order, not by place: the longest run of steps already in the right
    // order relative to each other stands, and only the others are marked. One step moved
    // from the end to the front is one wrong step, not every step shifted by it.
    const inOrder = longestInOrder(given.map((choice) => question.answer.indexOf(choice)));
    return { kind: 'order', steps: given.map((choice, place) => ({ text: question.choices[choice] ?? '', right: inOrder.has(place) })) };
  },
};
