import type { Grade, Question } from '../types.js';

// Reading and scoring one answer line. Pure.

export type Parsed<T> = { kind: 'answer'; value: T } | { kind: 'skip' } | { kind: 'invalid'; message: string };

export type GivenAnswer = number | number[] | string;

const NUMBER = /^\d+$/;

/** A choice number (1-based) for choice questions; a permutation for order; free text for recall. */
export function parseAnswer(question: Question, line: string): Parsed<GivenAnswer> {
  const text = line.normalize('NFKC').trim();
  if (!text) return { kind: 'skip' };
  if (question.type === 'recall') return { kind: 'answer', value: line.trim() };
  const n = question.choices.length;
  if (question.type === 'order') {
    const parts = text.split(/[\s,，、]+/).filter(Boolean);
    if (!parts.every((p) => NUMBER.test(p))) return { kind: 'invalid', message: `type the numbers 1-${n} in order, e.g. ${example(n)}` };
    const picks = parts.map((p) => Number(p) - 1);
    const unique = new Set(picks);
    if (picks.length !== n || unique.size !== n || picks.some((p) => p < 0 || p >= n)) {
      return { kind: 'invalid', message: `use each number 1-${n} once, e.g. ${example(n)}` };
    }
    return { kind: 'answer', value: picks };
  }
  if (!NUMBER.test(text) || Number(text) < 1 || Number(text) > n) return { kind: 'invalid', message: `type a number from 1 to ${n}` };
  return { kind: 'answer', value: Number(text) - 1 };
}

function example(n: number): string {
  return Array.from({ length: n }, (_, i) => n - i).join(' ');
}

export function parseGrade(line: string): Parsed<Grade> {
  const text = line.normalize('NFKC').trim();
  if (!text) return { kind: 'skip' };
  if (/^[1-4]$/.test(text)) return { kind: 'answer', value: Number(text) as Grade };
  return { kind: 'invalid', message: 'type 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)' };
}

export function isCorrect(question: Question, given: GivenAnswer): boolean {
  if (Array.isArray(question.answer)) {
    return Array.isArray(given) && given.length === question.answer.length && given.every((g, i) => g === (question.answer as number[])[i]);
  }
  if (typeof question.answer === 'number') return given === question.answer;
  return false; // recall is self-graded
}

/** FSRS rating of a choice answer; recall answers carry their self-grade instead. */
export function gradeOf(correct: boolean): Grade {
  return correct ? 3 : 1;
}

/** A self-grade of Good or Easy counts as right. */
export function gradeIsCorrect(grade: Grade): boolean {
  return grade >= 3;
}

/** The given answer as text for the history. */
export function answerText(question: Question, given: GivenAnswer): string {
  if (typeof given === 'string') return given;
  if (Array.isArray(given)) return given.map((i) => question.choices[i] ?? '?').join(' → ');
  return question.choices[given] ?? '';
}

export function rightAnswerText(question: Question): string {
  return answerText(question, question.answer);
}
