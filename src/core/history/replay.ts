import { FSRSVersion, type Card, type State } from 'ts-fsrs';
import { checkRecord, recordKey, type AnswerRecord, type HistoryRecord, type SessionMode } from './records.js';
import { applyAnswer, type CardState, type ScheduledAnswer } from './schedule.js';
import { newStatsTally, statsFrom, tallyRecord, type QuestionAcc, type SessionAcc, type Stats, type StatsTally, type TopicTally, type TypeTally } from './stats.js';
import type { Question, QuestionType } from '../types.js';

// Everything `stats` and `drill` take from the whole log, kept as the log is replayed: the stats
// tally, the FSRS card of every question, the first answer of each question, the latest records.
// A replay can be carried on with records appended to the log later (continueReplay), and saved
// and restored as plain JSON (replayToJson / replayFromJson), so that a long log need not be
// replayed from its start every time. Pure: the clock is an argument.
//
// Carrying on gives what replaying the whole log gives only when the new records come after every
// record already replayed (the log is read in time order, and an FSRS card depends on the order of
// its answers): continueReplay says when they do not (an older record merged in by `sync`, a clock
// that went back), and then the log is replayed from its start.

/** How many of the latest records a replay keeps (what `stats` reads to tell the language of the answers). */
export const LATEST_RECORDS = 200;

/** The saved form's name: another form, or cards of another ts-fsrs, are not restored. */
const REPLAY_FORMAT = `k8s-quiz history replay 1; ts-fsrs ${FSRSVersion}`;

/** The first answer of a question: what a drill finds the question by. */
export interface KnownAnswer {
  question: string;
  bank: string;
  type: QuestionType;
}

/** A (non-skipped) answer later than the clock of the replay: its card takes it once the clock gets there. */
interface PendingAnswer extends ScheduledAnswer {
  t: number;
}

export interface HistoryReplay {
  /** Records replayed (after dropping copies of a record). */
  records: number;
  tally: StatsTally;
  /** The FSRS card of each question, from its non-skipped answers up to `clock`. */
  cards: Map<string, CardState>;
  /** Non-skipped answers stamped after `clock` (another machine's clock ahead), oldest first. */
  pending: PendingAnswer[];
  /** The clock the replay was last carried on to (ms). */
  clock: number;
  /** Time (ms) of the latest answer in `cards` (-Infinity: none). */
  applied: number;
  /** Each question's first answer record (skipped ones too), in that order. */
  known: Map<string, KnownAnswer>;
  /** The last LATEST_RECORDS records or fewer, oldest first (may hold up to twice as many in memory). */
  latest: HistoryRecord[];
  /** Time (ms) of the last record (-Infinity: none), and the keys of the records of that time. */
  last: number;
  lastKeys: Set<string>;
}

export function newReplay(clock: Date): HistoryReplay {
  return {
    records: 0,
    tally: newStatsTally(),
    cards: new Map(),
    pending: [],
    clock: clock.getTime(),
    applied: -Infinity,
    known: new Map(),
    latest: [],
    last: -Infinity,
    lastKeys: new Set(),
  };
}

/**
 * Replays `records` (in log order: oldest first, as the log is read) as of `now`. Records out of
 * time order are replayed in time order (stably), as cardStates and the log's reader do.
 */
export function replayHistory(records: readonly HistoryRecord[], now: Date): HistoryReplay {
  const replay = newReplay(now);
  // Refused (changing nothing) only when out of order: the log as read never is.
  if (continueReplay(replay, records, now)) return replay;
  const times = records.map((r) => Date.parse(r.at));
  const order = records.map((_, i) => i).sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  continueReplay(replay, order.map((i) => records[i] as HistoryRecord), now);
  return replay;
}

/**
 * Carries `replay` on, in place, with `records` that came after those it has replayed (later in
 * the log), to the clock `now`. Returns false, changing nothing, when the result could differ from
 * replaying the whole log: a record older than the last one replayed, records out of time order,
 * or a clock before an answer already in the cards. A copy of the last records replayed (same
 * time, same id) is dropped, as reading the log drops it.
 */
export function continueReplay(replay: HistoryReplay, records: readonly HistoryRecord[], now: Date): boolean {
  const clock = now.getTime();
  if (!(clock >= replay.applied)) return false;
  const times = new Array<number>(records.length);
  let previous = replay.last;
  for (let i = 0; i < records.length; i++) {
    const t = Date.parse((records[i] as HistoryRecord).at);
    if (!(t >= previous)) return false;
    times[i] = t;
    previous = t;
  }

  // Answers that were in the future last time, now due to their cards.
  let due = 0;
  while (due < replay.pending.length && (replay.pending[due] as PendingAnswer).t <= clock) {
    const answer = replay.pending[due] as PendingAnswer;
    applyAnswer(replay.cards, answer, new Date(answer.t));
    replay.applied = answer.t;
    due++;
  }
  if (due > 0) replay.pending.splice(0, due);
  replay.clock = clock;

  const { tally, cards, known, latest } = replay;
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as HistoryRecord;
    const t = times[i] as number;
    const key = recordKey(record);
    if (t === replay.last) {
      if (replay.lastKeys.has(key)) continue;
    } else {
      replay.last = t;
      replay.lastKeys.clear();
    }
    replay.lastKeys.add(key);
    replay.records++;
    tallyRecord(tally, record);
    if (record.kind === 'answer') {
      if (!known.has(record.question)) known.set(record.question, { question: record.question, bank: record.bank, type: record.type });
      if (!record.skipped) {
        if (t <= clock && replay.pending.length === 0) {
          applyAnswer(cards, record, new Date(t));
          replay.applied = t;
        } else {
          replay.pending.push({ question: record.question, t, grade: record.grade, correct: record.correct, ...(record.timedOut ? { timedOut: true } : {}) });
        }
      }
    }
    latest.push(record);
    if (latest.length >= 2 * LATEST_RECORDS) latest.splice(0, latest.length - LATEST_RECORDS);
  }
  return true;
}

/** The stats of the replayed log, as of the replay's clock (computeStats over the same records gives the same). */
export function replayStats(replay: HistoryReplay, questionsById?: ReadonlyMap<string, Question>): Stats {
  return statsFrom(replay.tally, replay.cards, new Date(replay.clock), questionsById);
}

/** The questions with a card, each by its first answer, in the order of those answers (what a drill builds first). */
export function knownAnswers(replay: HistoryReplay): KnownAnswer[] {
  const out: KnownAnswer[] = [];
  for (const k of replay.known.values()) if (replay.cards.has(k.question)) out.push(k);
  return out;
}

/** The last `count` records replayed (at most LATEST_RECORDS), oldest first. */
export function latestRecords(replay: HistoryReplay, count = LATEST_RECORDS): HistoryRecord[] {
  return replay.latest.slice(-Math.min(count, LATEST_RECORDS));
}

// The saved form: plain JSON, rows as arrays (a long log's replay is thousands of sessions and
// questions), times as ms. Maps become arrays in their order, so a restored replay iterates as the
// saved one did.

type SessionRow = [string, SessionMode | null, string | null, number, number, number | null, boolean | null];
type TopicRow = [string[], number, number];
type TypeRow = [string, number, number];
type QuestionRow = [string, string, string[], number, number];
/** question, card (due, stability, difficulty, elapsed_days, scheduled_days, reps, lapses, learning_steps, state, last_review), lastReview, reps, lapses, wrong, right, lastRight. */
type CardRow = [string, number, number, number, number, number, number, number, number, number, number | null, number, number, number, number, number, number | null];
type PendingRow = [string, number, number, boolean, boolean];
type KnownRow = [string, string, string];

export interface ReplayJson {
  format: string;
  records: number;
  clock: number;
  applied: number | null;
  last: number | null;
  lastKeys: string[];
  tally: {
    /** answered, correct, skipped, started, interviews */
    counts: [number, number, number, number, number];
    lastAnswerAt: string | null;
    sessions: SessionRow[];
    topics: TopicRow[];
    types: TypeRow[];
    questions: QuestionRow[];
    quarters: number[];
    flagged: string[];
  };
  cards: CardRow[];
  pending: PendingRow[];
  known: KnownRow[];
  latest: HistoryRecord[];
}

const finiteOrNull = (n: number): number | null => (Number.isFinite(n) ? n : null);

export function replayToJson(replay: HistoryReplay): ReplayJson {
  const { tally } = replay;
  const cards: CardRow[] = [];
  for (const [question, s] of replay.cards) {
    const c = s.card;
    cards.push([
      question,
      c.due.getTime(),
      c.stability,
      c.difficulty,
      c.elapsed_days,
      c.scheduled_days,
      c.reps,
      c.lapses,
      c.learning_steps,
      c.state,
      c.last_review ? c.last_review.getTime() : null,
      s.lastReview.getTime(),
      s.reps,
      s.lapses,
      s.wrong,
      s.right,
      s.lastRight ? s.lastRight.getTime() : null,
    ]);
  }
  return {
    format: REPLAY_FORMAT,
    records: replay.records,
    clock: replay.clock,
    applied: finiteOrNull(replay.applied),
    last: finiteOrNull(replay.last),
    lastKeys: [...replay.lastKeys],
    tally: {
      counts: [tally.answered, tally.correct, tally.skipped, tally.started, tally.interviews],
      lastAnswerAt: tally.lastAnswerAt ?? null,
      sessions: [...tally.sessions.values()].map((s) => [s.id, s.mode ?? null, s.at ?? null, s.answered, s.correct, s.end ? s.end.score : null, s.end ? s.end.abandoned : null]),
      topics: [...tally.topics.values()].map((t) => [t.topic, t.answered, t.correct]),
      types: [...tally.types.values()].map((t) => [t.type, t.answered, t.correct]),
      questions: [...tally.perQuestion.values()].map((q) => [q.question, q.subject, q.topic, q.wrong, q.right]),
      quarters: [...tally.quarters],
      flagged: [...tally.flagged],
    },
    cards,
    pending: replay.pending.map((p) => [p.question, p.t, p.grade, p.correct, p.timedOut === true]),
    known: [...replay.known.values()].map((k) => [k.question, k.bank, k.type]),
    latest: latestRecords(replay),
  };
}

// Reading the saved form back: whatever does not have the right shape is not a replay.

class NotAReplay extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
function need(ok: boolean): void {
  if (!ok) throw new NotAReplay();
}
const num = (v: unknown): number => {
  need(typeof v === 'number' && Number.isFinite(v));
  return v as number;
};
const count = (v: unknown): number => {
  need(Number.isInteger(v) && (v as number) >= 0);
  return v as number;
};
const str = (v: unknown): string => {
  need(typeof v === 'string');
  return v as string;
};
const bool = (v: unknown): boolean => {
  need(typeof v === 'boolean');
  return v as boolean;
};
const strs = (v: unknown): string[] => {
  need(Array.isArray(v) && v.every((s) => typeof s === 'string'));
  return v as string[];
};
const rows = (v: unknown, length: number): unknown[][] => {
  need(Array.isArray(v) && v.every((row) => Array.isArray(row) && row.length === length));
  return v as unknown[][];
};
const timeOrNull = (v: unknown): number => (v === null ? -Infinity : num(v));
const MODES = new Set<unknown>(['quiz', 'interview', 'drill']);
const GRADES = new Set<unknown>([1, 2, 3, 4]);

/** A replay from its saved form, or undefined when `value` is not one (of this format). */
export function replayFromJson(value: unknown): HistoryReplay | undefined {
  try {
    return restore(value);
  } catch (error) {
    if (error instanceof NotAReplay) return undefined;
    throw error;
  }
}

function restore(value: unknown): HistoryReplay {
  need(isObject(value) && value['format'] === REPLAY_FORMAT);
  const v = value as unknown as ReplayJson;
  need(isObject(v.tally));
  const replay = newReplay(new Date(num(v.clock)));
  replay.records = count(v.records);
  replay.applied = timeOrNull(v.applied);
  replay.last = timeOrNull(v.last);
  replay.lastKeys = new Set(strs(v.lastKeys));

  const tally = replay.tally;
  const counts = rows([v.tally.counts], 5)[0] as unknown[];
  [tally.answered, tally.correct, tally.skipped, tally.started, tally.interviews] = counts.map(count) as [number, number, number, number, number];
  if (v.tally.lastAnswerAt !== null) {
    tally.lastAnswerAt = str(v.tally.lastAnswerAt);
    tally.lastAnswer = num(Date.parse(tally.lastAnswerAt));
  }
  for (const [id, mode, at, answered, correct, score, abandoned] of rows(v.tally.sessions, 7)) {
    need(mode === null || MODES.has(mode));
    need((score === null) === (abandoned === null));
    const s: SessionAcc = {
      id: str(id),
      mode: mode === null ? undefined : (mode as SessionMode),
      at: at === null ? undefined : str(at),
      t: at === null ? NaN : Date.parse(at as string),
      order: tally.sessions.size,
      answered: count(answered),
      correct: count(correct),
      end: score === null ? undefined : { score: num(score), abandoned: bool(abandoned) },
    };
    need(!tally.sessions.has(s.id));
    tally.sessions.set(s.id, s);
  }
  for (const [topic, answered, correct] of rows(v.tally.topics, 3)) {
    const t: TopicTally = { topic: strs(topic), answered: count(answered), correct: count(correct), accuracy: 0 };
    tally.topics.set(t.topic.join('\u0000'), t);
  }
  for (const [type, answered, correct] of rows(v.tally.types, 3)) {
    const t: TypeTally = { type: str(type), answered: count(answered), correct: count(correct), accuracy: 0 };
    tally.types.set(t.type, t);
  }
  for (const [question, subject, topic, wrong, right] of rows(v.tally.questions, 5)) {
    const q: QuestionAcc = { question: str(question), subject: str(subject), topic: strs(topic), wrong: count(wrong), right: count(right) };
    tally.perQuestion.set(q.question, q);
  }
  need(Array.isArray(v.tally.quarters));
  for (const q of v.tally.quarters) tally.quarters.add(num(q));
  for (const q of strs(v.tally.flagged)) tally.flagged.add(q);

  for (const row of rows(v.cards, 17)) {
    const [question, due, stability, difficulty, elapsed, scheduled, reps, lapses, steps, state, lastReviewOfCard, lastReview, sReps, sLapses, wrong, right, lastRight] = row;
    const card: Card = {
      due: new Date(num(due)),
      stability: num(stability),
      difficulty: num(difficulty),
      elapsed_days: num(elapsed),
      scheduled_days: num(scheduled),
      reps: count(reps),
      lapses: count(lapses),
      learning_steps: num(steps),
      state: count(state) as State,
      last_review: lastReviewOfCard === null ? undefined : new Date(num(lastReviewOfCard)),
    } as Card;
    const s: CardState = { card, lastReview: new Date(num(lastReview)), reps: count(sReps), lapses: count(sLapses), wrong: count(wrong), right: count(right) };
    if (lastRight !== null) s.lastRight = new Date(num(lastRight));
    replay.cards.set(str(question), s);
  }
  for (const [question, t, grade, correct, timedOut] of rows(v.pending, 5)) {
    need(GRADES.has(grade));
    replay.pending.push({ question: str(question), t: num(t), grade: grade as AnswerRecord['grade'], correct: bool(correct), ...(bool(timedOut) ? { timedOut: true } : {}) });
  }
  for (const [question, bank, type] of rows(v.known, 3)) {
    replay.known.set(str(question), { question: str(question), bank: str(bank), type: str(type) as QuestionType });
  }
  need(Array.isArray(v.latest) && v.latest.length <= LATEST_RECORDS);
  for (const record of v.latest) {
    const checked = checkRecord(record);
    need('record' in checked);
    replay.latest.push(record as HistoryRecord);
  }
  return replay;
}
