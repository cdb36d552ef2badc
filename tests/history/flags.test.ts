import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findFlagged, flaggedIds, flaggedQuestions } from '../../src/core/history/flags.js';
import { computeStats } from '../../src/core/history/stats.js';
import { checkRecord } from '../../src/core/history/records.js';
import { openHistory, parseHistory } from '../../src/io/history.js';
import { answer, DAY, end, flag, start, unflag } from './records.js';

// Flags in the log: a flag counts until an unflag of the same question follows; the log
// checks both records; stats count them; old logs (no flags) read as before.

const t0 = new Date('2024-03-01T10:00:00.000Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);

describe('flaggedQuestions', () => {
  it('a flag counts until an unflag of the same question; a new flag counts again', () => {
    const log = [start('s1', at(0)), flag('q1', at(1)), flag('q2', at(2)), unflag('q1', at(3)), flag('q3', at(4))];
    expect(flaggedQuestions(log).map((f) => f.question)).toEqual(['q2', 'q3']);
    expect(flaggedQuestions([...log, flag('q1', at(5))]).map((f) => f.question)).toEqual(['q2', 'q3', 'q1']);
    expect([...flaggedIds(log)]).toEqual(['q2', 'q3']);
  });

  it('flagged twice: listed once, where it was last flagged, with the last record', () => {
    const log = [flag('q1', at(1)), flag('q2', at(2)), flag('q1', at(3), { prompt: 'newer' })];
    expect(flaggedQuestions(log).map((f) => [f.question, f.prompt])).toEqual([
      ['q2', 'What is q2?'],
      ['q1', 'newer'],
    ]);
  });

  it('keeps what the flag record says, without its v and kind', () => {
    expect(flaggedQuestions([flag('q1', at(1))])).toEqual([
      {
        session: 's1',
        at: at(1).toISOString(),
        question: 'q1',
        type: 'define',
        bank: 'bank-1',
        topic: ['Kubernetes', 'Pods'],
        subject: 'subject of q1',
        prompt: 'What is q1?',
        source: { file: 'notes/k8s.md', line: 7 },
      },
    ]);
  });

  it('findFlagged: an exact id, else a prefix; several for an ambiguous prefix; none for nothing', () => {
    const flagged = flaggedQuestions([flag('abc123', at(1)), flag('abd456', at(2)), flag('abc', at(3))]);
    expect(findFlagged(flagged, 'abc').map((f) => f.question)).toEqual(['abc']);
    expect(findFlagged(flagged, 'abd').map((f) => f.question)).toEqual(['abd456']);
    expect(findFlagged(flagged, 'ab').map((f) => f.question)).toEqual(['abc123', 'abd456', 'abc']);
    expect(findFlagged(flagged, 'zz')).toEqual([]);
    expect(findFlagged(flagged, '')).toEqual([]);
  });
});

describe('the log checks flag and unflag records', () => {
  it('accepts them', () => {
    expect(checkRecord(flag('q1', at(1)))).toEqual({ record: flag('q1', at(1)) });
    expect(checkRecord(flag('q1', at(1), { choices: ['a', 'b'], answer: 'a' }))).toHaveProperty('record');
    expect(checkRecord(unflag('q1', at(2)))).toEqual({ record: unflag('q1', at(2)) });
  });

  it.each([
    ['no source', { source: undefined }],
    ['a source without a line', { source: { file: 'x.md' } }],
    ['no prompt', { prompt: undefined }],
    ['choices not strings', { choices: [1, 2] }],
  ])('rejects a flag with %s', (_name, change) => {
    expect(checkRecord({ ...flag('q1', at(1)), ...change })).toEqual({ problem: 'a flag record with missing or bad fields' });
  });

  it('rejects an unflag without a question', () => {
    expect(checkRecord({ ...unflag('q1', at(1)), question: 3 })).toEqual({ problem: 'an unflag record with missing or bad fields' });
  });

  it('an old log without flags reads exactly as before, and one with flags reads them too', () => {
    const old = [start('s1', at(0)), answer('q1', at(1), true), answer('q2', at(2), false, { skipped: true }), end('s1', at(3), 1, 1)];
    const text = old.map((r) => JSON.stringify(r)).join('\n') + '\n';
    expect(parseHistory(text, 'h')).toEqual({ records: old, warnings: [] });
    const withFlags = text + JSON.stringify(flag('q3', at(4))) + '\n' + JSON.stringify(unflag('q3', at(5))) + '\n';
    expect(parseHistory(withFlags, 'h').records.map((r) => r.kind)).toEqual(['session-start', 'answer', 'answer', 'session-end', 'flag', 'unflag']);
    expect(parseHistory(withFlags, 'h').warnings).toEqual([]);
  });
});

describe('readFlags', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-flags-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('only the flag and unflag records, quietly past damaged lines; none without a log', () => {
    const history = openHistory(dir);
    expect(history.readFlags()).toEqual([]);
    history.append(start('s1', at(0)));
    history.append(answer('q1', at(1), true, { subject: 'a flagpole' }));
    history.append(flag('q2', at(2)));
    fs.appendFileSync(history.path, '{"kind":"flag", broken\n');
    history.append(unflag('q2', at(3)));
    history.append(flag('q4', at(4)));
    expect(history.readFlags().map((r) => `${r.kind} ${r.question}`)).toEqual(['flag q2', 'unflag q2', 'flag q4']);
  });
});

describe('stats count flagged questions', () => {
  const now = new Date(t0.getTime() + 2 * DAY);

  it('flagged: the questions flagged now; they leave "most missed" and what is due', () => {
    const log = [
      start('s1', at(0)),
      answer('q1', at(1), false),
      answer('q2', at(2), false),
      flag('q2', at(3)),
      flag('q3', at(4)),
      unflag('q3', at(5)),
      end('s1', at(6), 2, 0),
    ];
    const stats = computeStats(log, now);
    expect(stats.flagged).toBe(1);
    expect(stats.weakest.map((w) => w.question)).toEqual(['q1']);
    expect(stats.dueToday).toBe(1);
    // The answers themselves stay counted: the history is what happened.
    expect(stats.answered).toBe(2);
    expect(computeStats(log.filter((r) => r.kind !== 'flag'), now).weakest.map((w) => w.question)).toEqual(['q1', 'q2']);
  });

  it('no flags: 0', () => {
    expect(computeStats([start('s1', at(0)), answer('q1', at(1), true)], now).flagged).toBe(0);
  });
});
