// Hand-written history records for the hardening tests: valid by the log's schema, with
// whatever text a hand-edited log may hold.

let n = 0;
const AT = '2026-01-05T10:00:00.000Z';

export function startRecord(session = 's1'): Record<string, unknown> {
  return { v: 1, id: `start${++n}`, kind: 'session-start', session, at: AT, mode: 'quiz', notes: [], planned: 1 };
}

export function answerRecord(fields: Record<string, unknown> = {}, session = 's1'): Record<string, unknown> {
  return {
    v: 1,
    id: `answer${++n}`,
    kind: 'answer',
    session,
    at: AT,
    question: 'q1',
    type: 'define',
    bank: 'b1',
    topic: ['Pods'],
    subject: 'Pod',
    correct: true,
    grade: 3,
    given: 'Pod',
    ms: 1200,
    ...fields,
  };
}

export function historyLine(record: Record<string, unknown>): string {
  return `${JSON.stringify(record)}\n`;
}
