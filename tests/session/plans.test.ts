import { describe, expect, it, vi } from 'vitest';
import type { AnswerRecord } from '../../src/core/history/index.js';
import {
  DRILL_SEED,
  drillLang,
  interfaceLang,
  newSeed,
  planDrill,
  planInterview,
  sessionExitCode,
  sessionSeed,
  stillDue,
  usesPlainUI,
} from '../../src/core/session/index.js';
import { answer, DAY, start } from '../history/records.js';
import { choiceQuestion, zhChoice } from './fixtures.js';

// The decisions around a session, made apart from the commands that act on them: the seed,
// the interview's length, what a drill asks, the language, the UI and the exit code.

describe('seeds', () => {
  it('takes 32 bits from the random source', () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.5)).toBe(2 ** 31);
    expect(newSeed(() => 0.9999999999)).toBe(2 ** 32 - 1);
  });

  it('keeps a given seed without drawing a random number', () => {
    const random = vi.fn(() => 0.25);
    expect(sessionSeed(42, random)).toBe(42);
    expect(sessionSeed(0, random)).toBe(0);
    expect(random).not.toHaveBeenCalled();
    expect(sessionSeed(undefined, random)).toBe(2 ** 30);
    expect(random).toHaveBeenCalledTimes(1);
  });
});

describe('planInterview', () => {
  it('fills the time at about a minute and a half a question, sharing the time left', () => {
    expect(planInterview({ minutes: 15 })).toEqual({ count: 10, totalMs: 900_000, shareTime: true });
    expect(planInterview({ minutes: 6 })).toEqual({ count: 4, totalMs: 360_000, shareTime: true });
  });

  it('asks 3 to 30 questions', () => {
    expect(planInterview({ minutes: 1 }).count).toBe(3);
    expect(planInterview({ minutes: 120 }).count).toBe(30);
  });

  it('with a per-question limit, fits that many and limits each question to it', () => {
    expect(planInterview({ minutes: 10, perQuestion: 30 })).toEqual({ count: 20, totalMs: 600_000, perQuestionMs: 30_000 });
  });

  it('takes a count as given', () => {
    expect(planInterview({ minutes: 15, count: 50 })).toEqual({ count: 50, totalMs: 900_000, shareTime: true });
    expect(planInterview({ minutes: 15, count: 1, perQuestion: 20 })).toEqual({ count: 1, totalMs: 900_000, perQuestionMs: 20_000 });
  });
});

describe('interfaceLang', () => {
  it('speaks the language chosen, else that of at least half the questions', () => {
    const en = choiceQuestion('e');
    expect(interfaceLang([zhChoice], 'en')).toBe('en');
    expect(interfaceLang([zhChoice, en], undefined)).toBe('zh');
    expect(interfaceLang([zhChoice, en, en], undefined)).toBe('en');
    expect(interfaceLang([], undefined)).toBe('en');
  });
});

describe('planDrill', () => {
  const now = new Date('2024-05-01T12:00:00.000Z');
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
  const a = choiceQuestion('a');
  const b = choiceQuestion('b');
  const c = choiceQuestion('c');
  const d = choiceQuestion('d');

  it('hands the answered questions and the count to the builder, and picks due, then weak, then new', () => {
    // a: answered right long ago (due); b: missed, then right, not due yet (weak); c: new;
    // d: right just now (neither due nor weak).
    const records = [start('s', daysAgo(60)), answer('a', daysAgo(60), true), answer('b', daysAgo(0.01), false), answer('b', daysAgo(0.005), true), answer('d', daysAgo(0.001), true)];
    let seen: { known: AnswerRecord[]; fresh: number } | undefined;
    const plan = planDrill(records, now, 3, (known, fresh) => {
      seen = { known, fresh };
      return [d, c, b, a];
    });
    expect(seen?.fresh).toBe(3);
    expect(seen?.known.map((r) => r.question)).toEqual(['a', 'b', 'b', 'd']);
    expect(plan.candidates).toEqual([d, c, b, a]);
    expect(plan.pick.questions.map((q) => q.id)).toEqual(['a', 'b', 'c']);
    expect(plan.pick.picked).toEqual({ due: 1, weak: 1, new: 1 });
    expect(plan.waitUntil).toBeUndefined();
  });

  it('says when to come back when nothing is due and nothing is new', () => {
    const records = [answer('d', daysAgo(0.001), true)];
    const plan = planDrill(records, now, 5, () => [d]);
    expect(plan.pick.questions).toEqual([]);
    expect(plan.waitUntil).toEqual(plan.pick.nextDue);
    expect(plan.waitUntil?.getTime()).toBeGreaterThan(now.getTime());
  });

  it('asks nothing and waits for nothing with no questions at all', () => {
    const plan = planDrill([], now, 5, () => []);
    expect(plan).toEqual({ candidates: [], pick: { questions: [], dueCount: 0, picked: { due: 0, weak: 0, new: 0 } } });
  });

  it('speaks the language of what it asks, else of what it could ask', () => {
    const plan = planDrill([], now, 5, () => [zhChoice]);
    expect(drillLang(plan, undefined)).toBe('zh');
    expect(drillLang(plan, 'en')).toBe('en');
    const waiting = planDrill([answer(zhChoice.id, daysAgo(0.001), true)], now, 5, () => [zhChoice]);
    expect(waiting.pick.questions).toEqual([]);
    expect(drillLang(waiting, undefined)).toBe('zh');
  });

  it('after a drill, counts what is still due among its candidates, from the log as it is then', () => {
    const plan = planDrill([], now, 5, () => [a, b]);
    expect(stillDue(plan, [], now)).toEqual({ dueCount: 0 });
    const later = new Date(now.getTime() + 60 * DAY);
    const after = stillDue(plan, [answer('a', now, true), answer('b', now, false)], later);
    expect(after.dueCount).toBe(2);
    expect(stillDue(plan, [answer('a', now, true)], now).nextDue?.getTime()).toBeGreaterThan(now.getTime());
  });

  it('drills with one fixed seed, and hands the builder only answer records', () => {
    expect(DRILL_SEED).toBe(1);
    let known: AnswerRecord[] = [];
    planDrill([start('s', now), answer('a', now, true)], now, 1, (k) => ((known = k), []));
    expect(known.map((r) => r.kind)).toEqual(['answer']);
  });
});

describe('how a session runs and ends', () => {
  it('is plain when asked, or on a dumb terminal', () => {
    expect(usesPlainUI(true, 'xterm')).toBe(true);
    expect(usesPlainUI(undefined, 'dumb')).toBe(true);
    expect(usesPlainUI(false, 'xterm-256color')).toBe(false);
    expect(usesPlainUI(undefined, undefined)).toBe(false);
  });

  it('exits 130 on SIGINT or Ctrl+C, 143 on SIGTERM, and normally at the end of plain input', () => {
    expect(sessionExitCode('SIGINT', false, true)).toBe(130);
    expect(sessionExitCode('SIGTERM', true, false)).toBe(143);
    expect(sessionExitCode(null, true, false)).toBe(130);
    expect(sessionExitCode(null, true, true)).toBeUndefined();
    expect(sessionExitCode(null, false, false)).toBeUndefined();
  });
});
