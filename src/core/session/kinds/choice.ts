import type { ChoiceQuestion } from '../../types.js';
import type { Kit } from './kit.js';
import { numberList } from './kit.js';

// Pick one of the choices (define, identify, member, acronym, cloze, next): the answer is
// the right choice's index; `--plain` takes its number.

export const choiceKit: Kit<ChoiceQuestion, number> = {
  prompt: 'select',
  selfGraded: false,
  showsAnswer: true,

  accepts: (value): value is number => typeof value === 'number' && Number.isInteger(value),

  parse(question, line) {
    const n = question.choices.length;
    const text = line.normalize('NFKC').trim();
    if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= n) return { kind: 'answer', value: Number(text) - 1 };
    const several = numberList(text);
    if (several && several.length > 1) {
      return { kind: 'invalid', why: { kind: 'one-number', n, got: several.length } };
    }
    return { kind: 'invalid', why: { kind: 'one-number', n } };
  },

  check: (question, given) => given === question.answer,
  text: (question, given) => question.choices[given] ?? '',
  rightText: (question) => question.choices[question.answer] ?? '',
  key: (question) => String(question.answer + 1),
  detail: () => null,
};
