import { describe, expect, it } from 'vitest';
import { createRandom, deriveRandom, hashSeed } from '../../src/core/text/random.js';

describe('createRandom', () => {
  it('gives the same sequence for the same seed, another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqB).toEqual(seqA);
    expect(seqC).not.toEqual(seqA);
  });

  it('stays in [0, 1) and int(n) in [0, n)', () => {
    const r = createRandom(7);
    for (let i = 0; i < 2000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = r.int(5);
      expect(Number.isInteger(n) && n >= 0 && n < 5).toBe(true);
    }
    expect(r.int(0)).toBe(0);
  });

  it('covers every value of int(n) roughly evenly', () => {
    const r = createRandom(1);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[r.int(4)]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });

  it('accepts any number as a seed: 0, negative, large, fractional', () => {
    for (const seed of [0, -1, 2 ** 40 + 3, 1.5, Number.MAX_SAFE_INTEGER]) {
      const x = createRandom(seed).next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      expect(createRandom(seed).next()).toBe(x);
    }
    expect(createRandom(2 ** 40 + 3).next()).not.toBe(createRandom(3).next());
  });

  it('shuffles a copy into a permutation, leaving the input alone', () => {
    const input = ['a', 'b', 'c', 'd', 'e', 'f'];
    const copy = [...input];
    const out = createRandom(3).shuffle(input);
    expect(input).toEqual(copy);
    expect([...out].sort()).toEqual(copy);
    const orders = new Set(Array.from({ length: 30 }, (_, s) => createRandom(s).shuffle(input).join('')));
    expect(orders.size).toBeGreaterThan(20);
  });

  it('samples k distinct elements and picks one', () => {
    const r = createRandom(9);
    const items = [1, 2, 3, 4, 5, 6, 7];
    const s = r.sample(items, 3);
    expect(s).toHaveLength(3);
    expect(new Set(s).size).toBe(3);
    expect(s.every((x) => items.includes(x))).toBe(true);
    expect(r.sample(items, 10)).toHaveLength(7);
    expect(r.sample(items, 0)).toEqual([]);
    expect(items).toContain(r.pick(items));
    expect(() => r.pick([])).toThrow(RangeError);
  });

  it('derives independent, reproducible streams by label', () => {
    expect(deriveRandom(5, 'q1').next()).toBe(deriveRandom(5, 'q1').next());
    expect(deriveRandom(5, 'q1').next()).not.toBe(deriveRandom(5, 'q2').next());
    expect(deriveRandom(5, 'q1').next()).not.toBe(deriveRandom(6, 'q1').next());
    expect(hashSeed('a', 1)).toBe(hashSeed('a', 1));
    expect(hashSeed('a', 1)).not.toBe(hashSeed('a1'));
  });
});
