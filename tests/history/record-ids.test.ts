import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../src/core/history/stats.js';
import { cardStates } from '../../src/core/history/schedule.js';
import { flaggedIds } from '../../src/core/history/flags.js';
import type { AnswerRecord, HistoryRecord } from '../../src/core/history/records.js';
import { runSession, type SessionUI } from '../../src/core/session/index.js';
import { newRecordId, openHistory, parseHistory, recordKey } from '../../src/io/history.js';
import { tempDir } from '../support/temp.js';
import { answer, end, flag, MINUTE, question, start, unflag } from './records.js';

// Record ids: every record made has one; reading keeps one record per id (a union merge of two
// machines' logs can bring a record twice) and gives them in time order.

const t0 = new Date('2024-05-01T08:00:00.000Z');
const at = (minutes: number): Date => new Date(t0.getTime() + minutes * MINUTE);
const lines = (records: HistoryRecord[]): string => records.map((r) => `${JSON.stringify(r)}\n`).join('');

describe('record ids', () => {
  it('newRecordId makes 16 hex digits, a different one each time', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newRecordId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('a session gives every record it appends an id from the id maker it is given', async () => {
    const appended: HistoryRecord[] = [];
    let n = 0;
    const ui: SessionUI = {
      ask: async () => ({ kind: 'answer', value: 0 }),
      selfGrade: async () => ({ kind: 'answer', value: 3 }),
      feedback: async () => {},
    };
    await runSession({
      mode: 'quiz',
      session: 's',
      questions: [question('q1'), question('q2')],
      notes: [],
      ui,
      append: (r) => appended.push(r),
      newId: () => `id-${++n}`,
      now: () => t0.getTime(),
      stop: new AbortController().signal,
    });
    expect(appended.map((r) => [r.kind, r.id])).toEqual([
      ['session-start', 'id-1'],
      ['answer', 'id-2'],
      ['answer', 'id-3'],
      ['session-end', 'id-4'],
    ]);
  });

  it('reading keeps one record per id, the first copy', () => {
    const a = answer('q1', at(1), true, { id: 'aaaa000000000001' });
    const b = answer('q2', at(2), false, { id: 'aaaa000000000002' });
    const text = lines([start('s1', at(0)), a, b, a, b, end('s1', at(3), 2, 1)]);
    const { records, warnings } = parseHistory(text, 'h');
    expect(warnings).toEqual([]);
    expect(records.filter((r) => r.kind === 'answer')).toEqual([a, b]);
  });

  it('lines without an id (older logs) load, and only identical lines collapse', () => {
    const old1 = answer('q1', at(1), true);
    const old2 = answer('q1', at(2), true); // same question, another time: another record
    const { records, warnings } = parseHistory(lines([old1, old2, old1, old2, old1]), 'h');
    expect(warnings).toEqual([]);
    expect(records).toEqual([old1, old2]);
  });

  it('an id that is not a non-empty string makes the line a skipped record, with a warning', () => {
    const { records, warnings } = parseHistory(lines([answer('q1', at(1), true, { id: '' }), { ...answer('q2', at(2), true), id: 7 } as unknown as HistoryRecord]), 'h');
    expect(records).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual(['h:1: skipped a record: a bad record id', 'h:2: skipped a record: a bad record id']);
  });

  it('records come back in time order (two machines\' runs one after the other), ties in file order', () => {
    const machineA = [start('A', at(0)), answer('q1', at(1), true, { session: 'A', id: 'a1' }), answer('q2', at(5), true, { session: 'A', id: 'a2' })];
    const machineB = [start('B', at(2)), answer('q1', at(3), false, { session: 'B', id: 'b1' }), answer('q3', at(5), true, { session: 'B', id: 'b2' })];
    const { records } = parseHistory(lines([...machineA, ...machineB]), 'h');
    expect(records.map((r) => (r.kind === 'answer' ? r.id : r.session))).toEqual(['A', 'a1', 'B', 'b1', 'a2', 'b2']);
  });

  it('a flag on one machine and its unflag on another come out right whatever the order of the lines', () => {
    const flagged = flag('q1', at(1), { id: 'f1' });
    const unflagged = { ...unflag('q1', at(2)), id: 'u1' };
    expect(flaggedIds(parseHistory(lines([unflagged, flagged]), 'h').records).size).toBe(0);
    expect(flaggedIds(parseHistory(lines([flagged, unflagged]), 'h').records).size).toBe(0);
  });

  it('duplicates by id count once in stats and in the FSRS schedule', () => {
    const log: HistoryRecord[] = [
      { ...start('s1', at(0)), id: 'st' },
      answer('q1', at(1), true, { id: 'x1' }),
      answer('q2', at(2), false, { id: 'x2' }),
      { ...end('s1', at(3), 2, 1), id: 'en' },
    ];
    const once = parseHistory(lines(log), 'h').records;
    const twice = parseHistory(lines([...log, ...log.slice().reverse(), ...log]), 'h').records;
    expect(twice).toEqual(once);
    const now = at(60);
    expect(computeStats(twice, now)).toEqual(computeStats(once, now));
    expect(computeStats(twice, now)).toMatchObject({ sessions: 1, answered: 2, correct: 1 });
    const answers = (rs: HistoryRecord[]) => rs.filter((r): r is AnswerRecord => r.kind === 'answer');
    expect(cardStates(answers(twice), now).get('q1')?.reps).toBe(1);
  });

  it('copies are found however far apart they are, with timestamps written with an offset too', () => {
    const a = answer('q1', at(1), true, { id: 'p1' });
    const b = { ...answer('q2', at(2), true, { id: 'p2' }), at: '2024-05-01T10:02:00+02:00' }; // = at(2)
    const c = answer('q3', at(2), true, { id: 'p3' });
    const { records } = parseHistory(lines([b, a, c, b, a, c, a]), 'h');
    expect(records.map((r) => r.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('many records at one millisecond (a fixed clock) keep their file order and lose only copies', () => {
    const same = Array.from({ length: 200 }, (_, i) => answer(`q${i}`, at(0), true, { id: `s${i}` }));
    const { records } = parseHistory(lines([...same, ...same.slice(50, 150)]), 'h');
    expect(records).toEqual(same);
  });

  it('any log with copies shuffled in reads as its distinct records in stable time order', () => {
    const record = fc.record({ q: fc.integer({ min: 0, max: 5 }), minute: fc.integer({ min: 0, max: 20 }), id: fc.boolean() });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 40 }), (specs, picks) => {
        const distinct: HistoryRecord[] = [];
        const seen = new Set<string>();
        specs.forEach((spec, i) => {
          const r = answer(`q${spec.q}`, at(spec.minute), true, spec.id ? { id: `id${i}` } : { session: `s${i}` });
          if (!seen.has(recordKey(r))) distinct.push(r);
          seen.add(recordKey(r));
        });
        const copies = distinct.length ? picks.map((p) => distinct[p % distinct.length] as HistoryRecord) : [];
        const file = [...distinct, ...copies];
        const expected = [...distinct].sort((x, y) => Date.parse(x.at) - Date.parse(y.at)); // stable
        expect(parseHistory(lines(file), 'h').records).toEqual(expected);
      }),
    );
  });

  it('the history file: appended copies of a record (as a union merge leaves them) are read once', () => {
    const dir = tempDir('ids-');
    const history = openHistory(dir);
    const a = answer('q1', at(1), true, { id: newRecordId() });
    history.append(a);
    history.append(answer('q2', at(2), true, { id: newRecordId() }));
    fs.appendFileSync(history.path, `${JSON.stringify(a)}\n`);
    const { records } = history.read();
    expect(records.map((r) => (r.kind === 'answer' ? r.question : ''))).toEqual(['q1', 'q2']);
  });
});
