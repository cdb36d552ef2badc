import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/core/history/records.js';
import { answer, end, flag, start, unflag } from './records.js';

// Every kind of record is checked for its own fields, and says which kind was bad.

const at = new Date('2024-03-01T09:00:00.000Z');

describe('checkRecord', () => {
  it('takes a well-formed record of each kind', () => {
    for (const record of [answer('q', at, true), start('s', at), end('s', at, 3, 2), flag('q', at), unflag('q', at)]) {
      expect(checkRecord(record)).toEqual({ record });
    }
  });

  it.each([
    [{ ...answer('q', at, true), grade: 5 }, 'an answer record with missing or bad fields'],
    [{ ...answer('q', at, true), topic: 'Pods' }, 'an answer record with missing or bad fields'],
    [{ ...start('s', at), planned: '10' }, 'a session-start record with missing or bad fields'],
    [{ ...end('s', at, 3, 2), abandoned: 'no' }, 'a session-end record with missing or bad fields'],
    [{ ...flag('q', at), subject: null }, 'a flag record with missing or bad fields'],
    [{ ...unflag('q', at), question: undefined }, 'an unflag record with missing or bad fields'],
  ])('names the kind whose fields are bad: %#', (value, problem) => {
    expect(checkRecord(value)).toEqual({ problem });
  });

  it('reports an unknown kind, including names an object has from its prototype', () => {
    for (const kind of ['mystery', 'toString', 'constructor', 3, undefined]) {
      expect(checkRecord({ ...unflag('q', at), kind })).toEqual({ problem: `unknown record kind ${JSON.stringify(kind)}` });
    }
  });
});
