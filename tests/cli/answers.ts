import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT, runInProcess, type Result, type RunOptions } from '../support/cli.js';

// Shared by the CLI tests: the machine-readable outputs of the CLI, and answer lines for
// `--plain` derived from `questions --json` (never copied from a run).

export const FIXTURES = path.join(ROOT, 'tests/fixtures/e2e');
export const EN_NOTES = path.join(FIXTURES, 'en/platform.md');
export const ZH_NOTES = path.join(FIXTURES, 'zh/cluster.md');

export interface QuestionJson {
  id: string;
  type: string;
  prompt: string;
  choices: string[];
  answer: number | number[] | string;
  /** typed: other spellings taken as right. */
  accept?: string[];
  bank: string;
  source: { file: string; line: number };
  topic: string[];
  subject: string;
}

export interface AnswerJson {
  v: number;
  kind: string;
  session: string;
  at: string;
  question: string;
  type: string;
  correct: boolean;
  grade: number;
  given: string;
  subject: string;
  topic: string[];
  skipped?: boolean;
  timedOut?: boolean;
}

/** Fails the test with the CLI's output when it did not exit as expected. */
export function expectExit<R extends { code: number | null; stdout: string; stderr: string }>(result: R, code: number): R {
  expect(result.code, `exit code of the CLI\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(code);
  return result;
}

/** `runInProcess`, expecting exit code 0. */
export async function cliOk(args: string[], options: RunOptions = {}): Promise<Result> {
  return expectExit(await runInProcess(args, options), 0);
}

export async function questionsJson(args: string[], dataDir: string): Promise<QuestionJson[]> {
  const result = await cliOk(['questions', '--json', ...args], { dataDir });
  return JSON.parse(result.stdout) as QuestionJson[];
}

export async function historyJson(dataDir: string): Promise<{ answers: AnswerJson[]; stderr: string }> {
  const result = await cliOk(['history', '--json'], { dataDir });
  return { answers: JSON.parse(result.stdout) as AnswerJson[], stderr: result.stderr };
}

export async function statsJson(dataDir: string): Promise<{ stats: Record<string, unknown> & { sessions: number; answered: number; correct: number }; stderr: string }> {
  const result = await cliOk(['stats', '--json'], { dataDir });
  return { stats: JSON.parse(result.stdout), stderr: result.stderr };
}

/** Every record of the raw log (history.jsonl is a documented, line-per-record format). */
export function logRecords(dataDir: string): Record<string, unknown>[] {
  return readFileSync(path.join(dataDir, 'history.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

// How each kind is answered on a --plain line (DESIGN.md): a choice number; for `order` the
// numbers in the chosen order; for `multi` the numbers of every choice picked; for `typed` the
// text; for `recall` free text, then a grade line.

/** The lines that answer `q` right: choice = answer + 1; order / multi = indices + 1; typed = the text; recall = text then grade 3. */
export function rightLines(q: QuestionJson): string[] {
  if (q.type === 'recall') return ['my own explanation of it', '3'];
  if (q.type === 'typed') {
    if (typeof q.answer !== 'string') throw new Error(`typed question ${q.id} has no text answer`);
    return [q.answer];
  }
  if (Array.isArray(q.answer)) return [q.answer.map((i) => i + 1).join(' ')];
  if (typeof q.answer !== 'number') throw new Error(`question ${q.id} (${q.type}) has no choice answer`);
  return [String(q.answer + 1)];
}

/** The lines that answer `q` wrong: another choice; the order reversed; one choice too many (or too few) for multi; a wrong text; recall graded Again. */
export function wrongLines(q: QuestionJson): string[] {
  if (q.type === 'recall') return ['no idea', '1'];
  if (q.type === 'typed') return ['qqq-not-it'];
  if (q.type === 'multi') {
    const right = q.answer as number[];
    const extra = q.choices.findIndex((_, i) => !right.includes(i));
    if (extra >= 0) return [[...right, extra].sort((a, b) => a - b).map((i) => i + 1).join(' ')];
    expect(right.length, `multi question ${q.id} has too few right choices to get wrong`).toBeGreaterThan(1);
    return [right.slice(1).map((i) => i + 1).join(' ')];
  }
  if (Array.isArray(q.answer)) {
    expect(q.answer.length, `order question ${q.id} has too few steps to get wrong`).toBeGreaterThan(1);
    return [[...q.answer].reverse().map((i) => i + 1).join(' ')];
  }
  if (typeof q.answer !== 'number') throw new Error(`question ${q.id} (${q.type}) has no choice answer`);
  expect(q.choices.length, `question ${q.id} has a single choice`).toBeGreaterThan(1);
  return [String(((q.answer + 1) % q.choices.length) + 1)];
}

export function input(lines: string[]): string {
  return lines.map((l) => `${l}\n`).join('');
}

/** The answers of one session, in the order they were made. */
export function answersOf(answers: AnswerJson[], session: string): AnswerJson[] {
  return answers.filter((a) => a.session === session);
}

export const ESC = '\u001b';
export const BEL = '\u0007';
