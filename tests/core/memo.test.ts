import { describe, expect, it } from 'vitest';
import { readOnce } from '../../src/core/text/index.js';

describe('readOnce', () => {
  it('reads each text once and gives the same answer after', () => {
    const reads: string[] = [];
    const length = readOnce((text) => {
      reads.push(text);
      return text.length;
    });
    expect([length('pod'), length('pod'), length('node'), length('pod')]).toEqual([3, 3, 4, 3]);
    expect(reads).toEqual(['pod', 'node']);
  });

  it('keeps an answer that is undefined or false as known', () => {
    let reads = 0;
    const nothing = readOnce(() => {
      reads++;
      return undefined;
    });
    nothing('a');
    nothing('a');
    expect(reads).toBe(1);
  });

  it('forgets everything once it holds more than its limit, and reads again', () => {
    const reads: string[] = [];
    const upper = readOnce((text) => {
      reads.push(text);
      return text.toUpperCase();
    }, 2);
    for (const text of ['a', 'b', 'c', 'd', 'a']) upper(text);
    expect(reads).toEqual(['a', 'b', 'c', 'd', 'a']);
    expect(upper('d')).toBe('D');
  });
});
