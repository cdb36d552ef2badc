import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../src/core/history/records.js';
import { creditScore, runSession, type QuestionResult, type SessionUI } from '../../src/core/session/session.js';
import { recallQuestion } from '../session/fixtures.js';

describe('runSession: what reaches the log', () => {
  it('keeps what was typed when time ran out, as a timed-out answer', async () => {
    const log: HistoryRecord[] = [];
    const ui: SessionUI = {
      ask: async () => ({ kind: 'timeout', partial: 'a group of containers' }),
      selfGrade: async () => ({ kind: 'skip' }),
      feedback: async () => undefined,
    };
    await runSession({ mode: 'interview', session: 's', questions: [recallQuestion('r')], notes: [], ui, append: (r) => log.push(r), now: () => 0, stop: new AbortController().signal });
    const answer = log.find((r) => r.kind === 'answer');
    expect(answer).toMatchObject({ timedOut: true, correct: false, given: 'a group of containers' });
  });

  it('stores the score the caller scores by (interviews give Hard half credit)', async () => {
    const log: HistoryRecord[] = [];
    const grades = [2, 4] as const;
    let n = 0;
    const ui: SessionUI = {
      ask: async () => ({ kind: 'answer', value: 'text' }),
      selfGrade: async () => ({ kind: 'answer', value: grades[n++] as 2 | 4 }),
      feedback: async () => undefined,
    };
    const report = await runSession({
      mode: 'interview',
      session: 's',
      questions: [recallQuestion('a'), recallQuestion('b')],
      notes: [],
      ui,
      append: (r) => log.push(r),
      now: () => 0,
      stop: new AbortController().signal,
      scoreOf: creditScore,
    });
    expect(report.score).toBeCloseTo(0.75);
    expect(log.find((r) => r.kind === 'session-end')).toMatchObject({ score: 0.75, correct: 1, answered: 2 });
    expect(creditScore(report.results as QuestionResult[])).toBeCloseTo(0.75);
  });
});
