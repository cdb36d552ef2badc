import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/core/history/records.js';
import { cardStates, pickDrill } from '../../src/core/history/schedule.js';
import { answer, DAY, HOUR, MINUTE, question } from './records.js';

const t0 = new Date('2024-03-01T09:00:00.000Z');
const at = (ms: number): Date => new Date(t0.getTime() + ms);

/** Answers `id` at each review time given, right or wrong, each as soon as it is due. */
function reviewWhenDue(id: string, outcomes: boolean[]): AnswerRecord[] {
  const records: AnswerRecord[] = [];
  let when = t0;
  for (const right of outcomes) {
    records.push(answer(id, when, right));
    const due = cardStates(records, when).get(id)?.card.due;
    if (!due) throw new Error('no card');
    when = due;
  }
  return records;
}

const dueOf = (records: AnswerRecord[], id: string, now: Date): number => {
  const state = cardStates(records, now).get(id);
  if (!state) throw new Error(`no state for ${id}`);
  return state.card.due.getTime();
};

describe('cardStates', () => {
  it('pushes the due date further out with each right answer', () => {
    const records = reviewWhenDue('q', [true, true, true, true, true]);
    const gaps: number[] = [];
    for (let n = 1; n <= records.length; n++) {
      const done = records.slice(0, n);
      const last = new Date((done[n - 1] as AnswerRecord).at);
      gaps.push(dueOf(done, 'q', last) - last.getTime());
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] as number);
    expect(gaps[gaps.length - 1]).toBeGreaterThan(7 * DAY);
    const state = cardStates(records, at(365 * DAY)).get('q');
    expect(state).toMatchObject({ right: 5, wrong: 0, reps: 5, lapses: 0 });
  });

  it('brings the due date back in after a wrong answer, and counts the lapse', () => {
    const learned = reviewWhenDue('q', [true, true, true, true]);
    const when = new Date(dueOf(learned, 'q', at(365 * DAY)));
    const right = [...learned, answer('q', when, true)];
    const wrong = [...learned, answer('q', when, false)];
    const later = at(365 * DAY);
    expect(dueOf(wrong, 'q', later)).toBeLessThan(dueOf(right, 'q', later));
    expect(dueOf(wrong, 'q', later) - when.getTime()).toBeLessThan(HOUR);
    expect(cardStates(wrong, later).get('q')).toMatchObject({ wrong: 1, right: 4, lapses: 1 });
    expect(cardStates(wrong, later).get('q')?.lastRight?.toISOString()).toBe(learned[3]?.at);
  });

  it('ignores skipped answers and treats a timeout as Again', () => {
    const base = [answer('q', t0, true)];
    const withSkip = [...base, answer('q', at(MINUTE), false, { skipped: true, given: '' })];
    expect(cardStates(withSkip, at(DAY)).get('q')).toEqual(cardStates(base, at(DAY)).get('q'));
    const timedOut = [answer('q', t0, true, { grade: 3, timedOut: true })];
    const again = [answer('q', t0, false)];
    expect(cardStates(timedOut, at(DAY)).get('q')?.card).toEqual(cardStates(again, at(DAY)).get('q')?.card);
    expect(cardStates(timedOut, at(DAY)).get('q')).toMatchObject({ wrong: 1, right: 0 });
  });

  it('replays in time order whatever the log order, and leaves out answers after now', () => {
    const records = [...reviewWhenDue('a', [true, false, true]), ...reviewWhenDue('b', [false, true, true])];
    const shuffled = [records[4], records[1], records[0], records[5], records[3], records[2]] as AnswerRecord[];
    const now = at(100 * DAY);
    expect(cardStates(shuffled, now)).toEqual(cardStates(records, now));
    const cut = Date.parse((records[1] as AnswerRecord).at) - 1;
    const early = cardStates(records, new Date(cut));
    expect(early.get('a')?.reps).toBe(1);
    expect(early.get('b')?.reps).toBe(records.filter((r) => r.question === 'b' && Date.parse(r.at) <= cut).length);
  });

  it('uses the recall self-grade as the rating', () => {
    const hard = cardStates([answer('q', t0, true, { type: 'recall', grade: 2 })], at(DAY)).get('q');
    const easy = cardStates([answer('q', t0, true, { type: 'recall', grade: 4 })], at(DAY)).get('q');
    expect(easy?.card.due.getTime()).toBeGreaterThan(hard?.card.due.getTime() ?? Infinity);
  });
});

describe('pickDrill', () => {
  const now = at(30 * DAY);
  // overdue-most and overdue: answered once right long ago (a short first interval).
  const records: AnswerRecord[] = [
    answer('overdue-most', at(0), true),
    answer('overdue', at(2 * DAY), true),
    // weak: missed, then learned in the last hour so not due yet.
    answer('weak-twice', at(30 * DAY - 60 * MINUTE), false),
    answer('weak-twice', at(30 * DAY - 58 * MINUTE), false),
    answer('weak-twice', at(30 * DAY - 50 * MINUTE), true),
    answer('weak-twice', at(30 * DAY - 30 * MINUTE), true),
    answer('weak-once-never-right', at(30 * DAY - 60 * MINUTE), false, { grade: 4 }),
    answer('weak-once-right', at(30 * DAY - 60 * MINUTE), false),
    answer('weak-once-right', at(30 * DAY - 45 * MINUTE), true, { grade: 4 }),
    // known: right, not due, never missed: not drilled.
    answer('known', at(30 * DAY - 10 * MINUTE), true, { grade: 4 }),
    // in the history, gone from the notes.
    answer('vanished', at(0), false),
  ];
  const ids = ['new-1', 'known', 'weak-once-right', 'overdue', 'weak-twice', 'new-2', 'overdue-most', 'weak-once-never-right'];
  const questions = ids.map((id) => question(id));

  it('has the intended card states', () => {
    const states = cardStates(records, now);
    const due = (id: string): boolean => (states.get(id)?.card.due.getTime() ?? Infinity) <= now.getTime();
    expect(['overdue-most', 'overdue', 'vanished'].every(due)).toBe(true);
    expect(['weak-twice', 'weak-once-never-right', 'weak-once-right', 'known'].some(due)).toBe(false);
  });

  it('puts due first (most overdue first), then the weakest, then new ones', () => {
    const pick = pickDrill(questions, records, now, 10);
    expect(pick.questions.map((q) => q.id)).toEqual([
      'overdue-most',
      'overdue',
      'weak-twice',
      'weak-once-never-right',
      'weak-once-right',
      'new-1',
      'new-2',
    ]);
    expect(pick.dueCount).toBe(2);
    expect(pick.picked).toEqual({ due: 2, weak: 3, new: 2 });
    const states = cardStates(records, now);
    const future = ['weak-twice', 'weak-once-never-right', 'weak-once-right', 'known'].map(
      (id) => states.get(id)?.card.due.getTime() ?? Infinity,
    );
    expect(pick.nextDue?.getTime()).toBe(Math.min(...future));
  });

  it('stops at count, and is deterministic', () => {
    const three = pickDrill(questions, records, now, 3);
    expect(three.questions.map((q) => q.id)).toEqual(['overdue-most', 'overdue', 'weak-twice']);
    expect(three.dueCount).toBe(2);
    expect(pickDrill(questions, records, now, 3)).toEqual(three);
    expect(pickDrill(questions, records, now, 0).questions).toEqual([]);
  });

  it('says when the next ones are due when nothing needs drilling', () => {
    const pick = pickDrill([question('known')], records, now, 10);
    expect(pick.questions).toEqual([]);
    expect(pick.dueCount).toBe(0);
    expect(pick.nextDue?.getTime()).toBe(cardStates(records, now).get('known')?.card.due.getTime());
  });

  it('asks new questions when there is no history, in the order given, once each', () => {
    const pick = pickDrill([question('a'), question('b'), question('a')], [], now, 10);
    expect(pick.questions.map((q) => q.id)).toEqual(['a', 'b']);
    expect(pick.nextDue).toBeUndefined();
  });
});
