import { deriveRandom, type Random } from '../text/index.js';
import type { Question } from '../types.js';

// A made question's choices dealt for a seed: the one part of a question that depends on it.
// Apart from the generators, so a quiz that picks from questions made at build time loads none of them.

/** A random stream for one question alone: adding other questions does not change it. */
function questionRandom(seed: number, id: string): Random {
  return deriveRandom(seed, id);
}

/** `made`'s question dealt for `seed`, dealt the first time it is asked for and kept. */
export function dealtOnce(made: () => Question | null, seed: number): () => Question | null {
  let dealt: Question | undefined;
  return () => {
    const question = made();
    return question && (dealt ??= dealChoices(question, seed));
  };
}

/**
 * The question as shown under a seed: its choices in the order the seed deals them (an order
 * question never already in order). Generators make questions with the right answer first (for
 * order, the steps in order); only this depends on the seed, so what a build makes can be kept
 * and dealt again for any seed.
 */
export function dealChoices(question: Question, seed: number): Question {
  const rng = questionRandom(seed, question.id);
  switch (question.type) {
    case 'recall':
    case 'typed':
      return question;
    case 'order': {
      let positions = rng.shuffle(question.choices.map((_, i) => i));
      // Never shown already in order: rotate a shuffle that came out sorted.
      if (positions.every((p, i) => p === i)) positions = [...positions.slice(1), ...positions.slice(0, 1)];
      return { ...question, choices: positions.map((p) => question.choices[p] as string), answer: question.choices.map((_, step) => positions.indexOf(step)) };
    }
    case 'multi': {
      const rights = question.answer.map((i) => question.choices[i] as string);
      const choices = rng.shuffle(question.choices);
      return { ...question, choices, answer: rights.map((r) => choices.indexOf(r)).sort((a, b) => a - b) };
    }
    default: {
      const right = question.choices[question.answer] as string;
      const choices = rng.shuffle(question.choices);
      return { ...question, choices, answer: choices.indexOf(right) };
    }
  }
}
