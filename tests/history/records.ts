import type { AnswerRecord, FlagRecord, SessionEndRecord, SessionMode, SessionStartRecord, UnflagRecord } from '../../src/core/history/records.js';
import type { Grade, Question, QuestionType } from '../../src/core/types.js';

// Builders for hand-made history records.

export function answer(question: string, at: Date, correct: boolean, extra: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    v: 1,
    kind: 'answer',
    session: 's1',
    at: at.toISOString(),
    question,
    type: 'define',
    bank: 'bank-1',
    topic: ['Kubernetes', 'Pods'],
    subject: `subject of ${question}`,
    correct,
    grade: (correct ? 3 : 1) as Grade,
    given: correct ? 'right' : 'wrong',
    ms: 1200,
    ...extra,
  };
}

export function start(session: string, at: Date, mode: SessionMode = 'quiz'): SessionStartRecord {
  return { v: 1, kind: 'session-start', session, at: at.toISOString(), mode, notes: ['/notes'], planned: 10 };
}

export function end(session: string, at: Date, answered: number, correct: number, extra: Partial<SessionEndRecord> = {}): SessionEndRecord {
  return {
    v: 1,
    kind: 'session-end',
    session,
    at: at.toISOString(),
    mode: 'quiz',
    answered,
    correct,
    abandoned: false,
    score: answered ? correct / answered : 0,
    ...extra,
  };
}

export function question(id: string, type: QuestionType = 'define'): Question {
  return {
    id,
    type,
    prompt: `What is ${id}?`,
    choices: ['a', 'b', 'c', 'd'],
    answer: 0,
    bank: 'bank-1',
    source: { file: 'notes/k8s.md', line: 1 },
    topic: ['Kubernetes', 'Pods'],
    lang: 'en',
    subject: `subject of ${id}`,
    explanation: '',
  } as Question;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function flag(question: string, at: Date, extra: Partial<FlagRecord> = {}): FlagRecord {
  return {
    v: 1,
    kind: 'flag',
    session: 's1',
    at: at.toISOString(),
    question,
    type: 'define',
    bank: 'bank-1',
    topic: ['Kubernetes', 'Pods'],
    subject: `subject of ${question}`,
    prompt: `What is ${question}?`,
    source: { file: 'notes/k8s.md', line: 7 },
    ...extra,
  };
}

export function unflag(question: string, at: Date): UnflagRecord {
  return { v: 1, kind: 'unflag', session: 'cmd', at: at.toISOString(), question };
}
