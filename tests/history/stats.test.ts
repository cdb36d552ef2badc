import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../src/core/history/records.js';
import { computeStats } from '../../src/core/history/stats.js';
import { answersCsv } from '../../src/formats/csv.js';
import { sparkline } from '../../src/ui/sparkline.js';
import { answer, end, HOUR, MINUTE, question, start } from './records.js';

// Local calendar times: streaks are counted in the local time zone.
const day = (offset: number, hour: number, minute = 0): Date => new Date(2024, 2, 10 + offset, hour, minute);
const pods = ['K8s', 'Pods'];
const services = ['K8s', 'Services'];

const log: HistoryRecord[] = [
  start('s1', day(-2, 10)),
  answer('q1', day(-2, 10, 1), true, { session: 's1', topic: pods }),
  answer('q2', day(-2, 10, 2), false, { session: 's1', type: 'identify', topic: services, subject: 'ClusterIP' }),
  end('s1', day(-2, 10, 3), 2, 1),
  start('s2', day(-1, 9)),
  answer('q1', day(-1, 9, 1), true, { session: 's2', topic: pods }),
  answer('q2', day(-1, 9, 2), false, { session: 's2', type: 'identify', topic: services, subject: 'ClusterIP' }),
  answer('q3', day(-1, 9, 3), true, { session: 's2', type: 'order', topic: pods }),
  end('s2', day(-1, 9, 4), 3, 2),
  start('s3', day(0, 8), 'interview'),
  answer('q6', day(0, 8, 1), true, { session: 's3', type: 'recall', grade: 3, topic: ['K8s', 'Interview'] }),
  answer('q4', day(0, 8, 2), false, { session: 's3', timedOut: true, given: '', topic: pods, subject: 'kubelet' }),
  answer('q5', day(0, 8, 3), false, { session: 's3', skipped: true, given: '' }),
  // An answer whose session-start line was lost.
  answer('q1', day(0, 9), true, { session: 'ghost', topic: pods }),
];

describe('computeStats', () => {
  const stats = computeStats(log, day(0, 20));

  it('counts sessions (finished or not), answers and accuracy', () => {
    expect(stats).toMatchObject({ sessions: 3, answered: 8, correct: 5, skipped: 1, interviews: 1 });
    expect(stats.accuracy).toBeCloseTo(5 / 8);
    expect(stats.lastAnswerAt).toBe(day(0, 9).toISOString());
  });

  it('breaks answers down by topic, type and mode', () => {
    expect(stats.byTopic).toEqual([
      { topic: pods, answered: 5, correct: 4, accuracy: 0.8 },
      { topic: services, answered: 2, correct: 0, accuracy: 0 },
      { topic: ['K8s', 'Interview'], answered: 1, correct: 1, accuracy: 1 },
    ]);
    expect(stats.byType).toEqual([
      { type: 'define', answered: 4, correct: 3, accuracy: 0.75 },
      { type: 'identify', answered: 2, correct: 0, accuracy: 0 },
      { type: 'order', answered: 1, correct: 1, accuracy: 1 },
      { type: 'recall', answered: 1, correct: 1, accuracy: 1 },
    ]);
    expect(stats.byMode).toEqual([
      { mode: 'quiz', sessions: 2, answered: 5, correct: 3, accuracy: 0.6 },
      { mode: 'interview', sessions: 1, answered: 2, correct: 1, accuracy: 0.5 },
      { mode: 'unknown', sessions: 0, answered: 1, correct: 1, accuracy: 1 },
    ]);
  });

  it('lists the weakest questions, most missed first', () => {
    expect(stats.weakest).toEqual([
      { question: 'q2', subject: 'ClusterIP', topic: services, wrong: 2, right: 0 },
      { question: 'q4', subject: 'kubelet', topic: pods, wrong: 1, right: 0 },
    ]);
    // With the current questions: vanished ones are left out, current wording is used.
    const current = new Map([['q4', { ...question('q4'), subject: 'kubelet (renamed)' }]]);
    expect(computeStats(log, day(0, 20), current).weakest).toEqual([
      { question: 'q4', subject: 'kubelet (renamed)', topic: ['Kubernetes', 'Pods'], wrong: 1, right: 0 },
    ]);
  });

  it('summarises recent sessions, oldest first, an unfinished one as abandoned', () => {
    expect(stats.recent).toEqual([
      { session: 's1', mode: 'quiz', at: day(-2, 10).toISOString(), answered: 2, correct: 1, score: 0.5, abandoned: false, ended: true },
      { session: 's2', mode: 'quiz', at: day(-1, 9).toISOString(), answered: 3, correct: 2, score: 2 / 3, abandoned: false, ended: true },
      { session: 's3', mode: 'interview', at: day(0, 8).toISOString(), answered: 2, correct: 1, score: 0.5, abandoned: true, ended: false },
    ]);
    // The unfinished session stopped after two answers: too few for its score to be plotted.
    expect(stats.trend).toEqual([0.5, 2 / 3]);
    expect(sparkline(stats.trend, { min: 0, max: 1 })).toBe('▅▆');
  });

  it('a session stopped after fewer than three answers stays out of the trend (one right and Ctrl+C is not 100%)', () => {
    const stopped = (id: string, answered: number, at: Date): HistoryRecord[] => [
      start(id, at),
      ...Array.from({ length: answered }, (_, i) => answer(`${id}-q${i}`, at, true, { session: id })),
      { v: 1, kind: 'session-end', session: id, at: at.toISOString(), mode: 'interview', answered, correct: answered, abandoned: true, score: 1 },
    ];
    const records = [...stopped('one', 1, day(-1, 9)), ...stopped('three', 3, day(0, 9))];
    const result = computeStats(records, day(0, 20));
    expect(result.recent.map((s) => s.session)).toEqual(['one', 'three']);
    expect(result.trend).toEqual([1]);
  });

  it('keeps only the last 20 sessions in recent', () => {
    const many: HistoryRecord[] = [];
    for (let i = 0; i < 25; i++) many.push(start(`m${i}`, day(-30 + i, 12)));
    const recent = computeStats(many, day(0, 20)).recent;
    expect(recent.map((s) => s.session)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i + 5}`));
  });

  it('counts the streak of days up to today, or up to yesterday', () => {
    expect(stats.streakDays).toBe(3);
    expect(computeStats(log, day(1, 12)).streakDays).toBe(3);
    expect(computeStats(log, day(2, 0, 1)).streakDays).toBe(0);
    const gap = [answer('x', day(-5, 23, 59), true), answer('x', day(-1, 0, 1), true), answer('x', day(0, 7), true)];
    expect(computeStats(gap, day(0, 20)).streakDays).toBe(2);
    expect(computeStats([], day(0, 20))).toMatchObject({ sessions: 0, answered: 0, correct: 0, accuracy: 0, streakDays: 0 });
  });

  it('counts what is due today and this week', () => {
    const now = day(0, 12);
    const records = [
      answer('soon', new Date(now.getTime() - HOUR), false),
      answer('in-two-days', new Date(now.getTime() - 30 * MINUTE), true),
      answer('in-two-days', new Date(now.getTime() - 15 * MINUTE), true),
      answer('later', new Date(now.getTime() - HOUR), true, { grade: 4 }),
    ];
    expect(computeStats(records, now)).toMatchObject({ dueToday: 1, dueThisWeek: 2 });
    const onlySoon = new Map([['soon', question('soon')]]);
    expect(computeStats(records, now, onlySoon)).toMatchObject({ dueToday: 1, dueThisWeek: 1 });
  });

  it('stays fast over 100,000 answers', () => {
    const records: HistoryRecord[] = [];
    const t0 = Date.UTC(2023, 0, 1);
    for (let s = 0; s < 5000; s++) {
      const session = `s${s}`;
      const base = t0 + s * 2 * HOUR;
      records.push(start(session, new Date(base)));
      for (let i = 0; i < 20; i++) {
        const n = s * 20 + i;
        records.push(
          answer(`q${(n * 7919) % 2000}`, new Date(base + i * MINUTE), n % 3 !== 0, {
            session,
            topic: ['K8s', `topic ${n % 40}`],
            type: n % 2 ? 'define' : 'identify',
          }),
        );
      }
      records.push(end(session, new Date(base + 30 * MINUTE), 20, 13));
    }
    // How fast is bench/stats.mjs's business; here, that the numbers hold at this size.
    const stats = computeStats(records, new Date(t0 + 5000 * 2 * HOUR));
    expect(stats.answered).toBe(100_000);
    expect(stats.sessions).toBe(5000);
  });
});

describe('answersCsv', () => {
  it('exports every answer with a header, quoting where needed', () => {
    const csv = answersCsv([
      start('s1', new Date('2024-03-01T10:00:00.000Z')),
      answer('q1', new Date('2024-03-01T10:00:01.000Z'), false, { session: 's1', given: 'a "quoted", answer\nover lines' }),
      answer('q2', new Date('2024-03-01T10:00:02.000Z'), true, { session: 'other' }),
    ]);
    const lines = csv.split('\n');
    expect(lines[0]).toBe('at,session,mode,question,type,bank,topic,subject,correct,grade,given,ms,skipped,timedOut');
    expect(csv).toContain(
      '2024-03-01T10:00:01.000Z,s1,quiz,q1,define,bank-1,Kubernetes > Pods,subject of q1,false,1,"a ""quoted"", answer\nover lines",1200,false,false\n',
    );
    expect(csv).toContain('2024-03-01T10:00:02.000Z,other,,q2,define,bank-1,Kubernetes > Pods,subject of q2,true,3,right,1200,false,false\n');
  });
});

describe('sparkline', () => {
  it('draws values between their min and max, or a given range', () => {
    expect(sparkline([])).toBe('');
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([0, 1])).toBe('▁█');
    expect(sparkline([5, 5, 5])).toBe('▄▄▄');
    expect(sparkline([0, 0.5, 1, 2, -1], { min: 0, max: 1 })).toBe('▁▅██▁');
    expect(sparkline([1, Number.NaN, 3])).toBe('▁ █');
  });
});
