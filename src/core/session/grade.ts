import type { Grade, Question } from '../types.js';
import { kitOf, parseLine, type GivenAnswer, type Parsed } from './kinds/index.js';

// Reading and scoring one answer, for any kind: each call looks the question's kit up. Pure.

/** A `--plain` answer line: the kit's reading of it, or skip (empty) or flag (`!`). */
export function parseAnswer(question: Question, line: string): Parsed<GivenAnswer> {
  return parseLine(question, line);
}

export function parseGrade(line: string): Parsed<Grade> {
  const text = line.normalize('NFKC').trim();
  if (!text) return { kind: 'skip' };
  if (text === '!') return { kind: 'flag' };
  if (/^[1-4]$/.test(text)) return { kind: 'answer', value: Number(text) as Grade };
  return { kind: 'invalid', why: { kind: 'grade' } };
}

/** Right or not; a value of another kind's shape is never right. Self-graded kinds are never right by themselves. */
export function isCorrect(question: Question, given: GivenAnswer): boolean {
  const kit = kitOf(question);
  return kit.accepts(given) && kit.check(question, given);
}

/** FSRS rating of a checked answer; recall answers carry their self-grade instead. */
export function gradeOf(correct: boolean): Grade {
  return correct ? 3 : 1;
}

/** A self-grade of Good or Easy counts as right. */
export function gradeIsCorrect(grade: Grade): boolean {
  return grade >= 3;
}

/** The given answer as text for the history. */
export function answerText(question: Question, given: GivenAnswer): string {
  const kit = kitOf(question);
  return kit.accepts(given) ? kit.text(question, given) : '';
}

export function rightAnswerText(question: Question): string {
  return kitOf(question).rightText(question);
}
