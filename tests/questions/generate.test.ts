import { describe, expect, it } from 'vitest';
import { allQuestions, dealQuestions, generateQuestions, madeQuestions, matchesTopic } from '../../src/core/questions/index.js';
import { QUESTION_TYPES, type Question } from '../../src/core/types.js';
import { checkQuestions } from './check.js';
import { entry, everything, serviceTypes, terms } from './fixtures.js';

describe('determinism', () => {
  it('gives deep-equal output for the same banks and options', () => {
    expect(allQuestions(everything, { seed: 5 })).toEqual(allQuestions(everything, { seed: 5 }));
    const options = { count: 12, seed: 5 };
    expect(generateQuestions(everything, options)).toEqual(generateQuestions(everything, options));
    const filtered = { count: 4, seed: 9, types: ['define' as const, 'cloze' as const], topic: 'control', lang: 'zh' as const };
    expect(generateQuestions(everything, filtered)).toEqual(generateQuestions(everything, filtered));
  });

  it('makes what does not depend on the seed once: the questions as made, dealt for any seed, are allQuestions', () => {
    const made = madeQuestions(everything, {});
    for (const seed of [1, 5, 2024]) expect(dealQuestions(made, seed)).toEqual(allQuestions(everything, { seed }));
    const zh = madeQuestions(everything, { lang: 'zh' });
    expect(dealQuestions(zh, 3)).toEqual(allQuestions(everything, { seed: 3, lang: 'zh' }));
    // Ids numbered where drafts share one, as allQuestions numbers them.
    expect(new Set(made.map((m) => m.id)).size).toBe(made.length);
  });

  it('gives another quiz for another seed', () => {
    const a = generateQuestions(everything, { count: 12, seed: 1 });
    const b = generateQuestions(everything, { count: 12, seed: 2 });
    expect(b).not.toEqual(a);
    const choices = (seed: number): string[][] => allQuestions(everything, { seed }).map((q) => q.choices);
    expect(choices(2)).not.toEqual(choices(1));
  });

  it('does not read Math.random or the clock', () => {
    const random = Math.random;
    const now = Date.now;
    Math.random = () => {
      throw new Error('Math.random used');
    };
    Date.now = () => {
      throw new Error('Date.now used');
    };
    try {
      expect(generateQuestions(everything, { count: 20, seed: 3 }).length).toBe(20);
    } finally {
      Math.random = random;
      Date.now = now;
    }
  });

  it('keeps the choices of a question when unrelated notes are added', () => {
    const other = terms('other', 'Unrelated', ['Elsewhere'], [entry('Quota', 'Caps what a namespace may use'), entry('LimitRange', 'Defaults for containers')], {
      file: 'notes/other.md',
    });
    const pick = (qs: Question[]): Question | undefined => qs.find((q) => q.type === 'define' && q.subject === 'NodePort');
    expect(pick(allQuestions([...everything, other], { seed: 4 }))).toEqual(pick(allQuestions(everything, { seed: 4 })));
  });
});

describe('generateQuestions', () => {
  const all = allQuestions(everything, { seed: 1 });

  it('returns count questions, fewer when fewer exist, none for zero', () => {
    expect(generateQuestions(everything, { count: 7, seed: 1 })).toHaveLength(7);
    expect(generateQuestions(everything, { count: 10_000, seed: 1 })).toHaveLength(all.length);
    expect(generateQuestions(everything, { count: 0, seed: 1 })).toEqual([]);
    expect(generateQuestions(everything, { count: -3, seed: 1 })).toEqual([]);
    expect(generateQuestions([], { count: 5, seed: 1 })).toEqual([]);
  });

  it('returns questions of allQuestions, each once', () => {
    const quiz = generateQuestions(everything, { count: 30, seed: 8 });
    const ids = new Set(all.map((q) => q.id));
    expect(quiz.every((q) => ids.has(q.id))).toBe(true);
    expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
    expect(checkQuestions(quiz, everything)).toEqual([]);
  });

  it('filters by type', () => {
    const quiz = generateQuestions(everything, { count: 50, seed: 1, types: ['order', 'acronym'] });
    expect(new Set(quiz.map((q) => q.type))).toEqual(new Set(['order', 'acronym']));
    expect(quiz).toHaveLength(all.filter((q) => q.type === 'order' || q.type === 'acronym').length);
    expect(generateQuestions(everything, { count: 5, seed: 1, types: [] })).toHaveLength(5);
  });

  it('filters by topic: heading path, bank title or subject, normalised', () => {
    const byPath = generateQuestions(everything, { count: 100, seed: 1, topic: 'networking' });
    expect(byPath.length).toBeGreaterThan(0);
    expect(byPath.every((q) => q.topic[0] === 'Networking')).toBe(true);
    const byTitle = generateQuestions(everything, { count: 100, seed: 1, topic: 'ＳＥＲＶＩＣＥ  types' });
    expect(byTitle.length).toBeGreaterThan(0);
    expect(byTitle.every((q) => q.bank === serviceTypes.id || q.subject.toLowerCase().includes('service'))).toBe(true);
    const bySubject = generateQuestions(everything, { count: 100, seed: 1, topic: '节点亲和' });
    expect(bySubject.length).toBeGreaterThan(0);
    expect(bySubject.every((q) => q.subject === '节点亲和性')).toBe(true);
    expect(generateQuestions(everything, { count: 5, seed: 1, topic: 'no such topic' })).toEqual([]);
  });

  it('spreads a quiz over the types and the banks', () => {
    const types = new Set(all.map((q) => q.type));
    const quiz = generateQuestions(everything, { count: types.size, seed: 6 });
    expect(new Set(quiz.map((q) => q.type))).toEqual(types);
    const defines = generateQuestions(everything, { count: 6, seed: 6, types: ['define'] });
    expect(new Set(defines.map((q) => q.bank)).size).toBe(6);
  });

  it('does not ask about one subject twice while others are left', () => {
    for (let seed = 0; seed < 10; seed++) {
      const quiz = generateQuestions(everything, { count: 25, seed });
      const subjects = quiz.map((q) => `${q.bank}/${q.subject}`);
      expect(new Set(subjects).size).toBe(subjects.length);
    }
  });

  it('orders the quiz at random', () => {
    const orders = new Set(
      Array.from({ length: 5 }, (_, seed) =>
        generateQuestions(everything, { count: 5, seed, types: ['order', 'recall'] })
          .map((q) => q.type)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('honours lang', () => {
    const quiz = generateQuestions(everything, { count: 10, seed: 2, lang: 'en' });
    expect(quiz.every((q) => q.lang === 'en')).toBe(true);
  });

  it('knows every type', () => {
    expect(new Set(all.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
  });
});

describe('matchesTopic', () => {
  const q = allQuestions(everything, { seed: 1 }).find((x) => x.subject === 'Liveness Probe') as Question;

  it('matches any part of the heading path, the title, or the subject', () => {
    expect(matchesTopic(q, 'Networking')).toBe(true);
    expect(matchesTopic(q, 'kubelet')).toBe(true);
    expect(matchesTopic(q, 'liveness')).toBe(true);
    expect(matchesTopic(q, 'LIVENESS   probe')).toBe(true);
    expect(matchesTopic(q, 'networking kubelet')).toBe(true);
    expect(matchesTopic(q, 'storage')).toBe(false);
    expect(matchesTopic(q, '  ')).toBe(true);
  });
});
