import { scoreCounts, type AnswerRecord, type HistoryRecord, type SessionMode } from './records.js';
import type { Question } from '../types.js';
import { cardStates, type CardState } from './schedule.js';

// Numbers for `k8s-quiz stats`, from the history log. Pure: the clock is an argument, and "days"
// are calendar days in the local time zone of the process. One pass over the records (a tally,
// which can also be kept and carried on: see replay.ts) plus one FSRS replay (linear); nothing
// quadratic, so 100,000 answers stay fast.

export interface Tally {
  answered: number;
  correct: number;
  /** correct / answered (0 when nothing was answered). */
  accuracy: number;
}

export interface TopicTally extends Tally {
  /** Heading path + bank title, as recorded with the answers. */
  topic: string[];
}

export interface TypeTally extends Tally {
  type: string;
}

export interface ModeTally extends Tally {
  /** 'unknown' for answers whose session-start record is missing. */
  mode: SessionMode | 'unknown';
  sessions: number;
}

export interface WeakItem {
  question: string;
  subject: string;
  topic: string[];
  wrong: number;
  right: number;
}

export interface SessionSummary {
  session: string;
  mode: SessionMode;
  /** When the session started (ISO, as recorded). */
  at: string;
  /** Counted from the answers in the log (so a killed session still shows what it kept). */
  answered: number;
  correct: number;
  /** The session-end score when it ended; else correct / answered. 0..1. */
  score: number;
  /** No session-end record (killed, or still running elsewhere), or ended by Ctrl+C / closed input. */
  abandoned: boolean;
  /** A session-end record was written. */
  ended: boolean;
}

export interface Stats extends Tally {
  /** Sessions started (session-start records), finished or not. */
  sessions: number;
  /** Skipped answers (not in answered / correct). Timed-out answers count as answered and wrong. */
  skipped: number;
  /**
   * Questions flagged as bad now (flagged, not un-flagged). They are never asked again, so
   * they are left out of `weakest` and of what is due.
   */
  flagged: number;
  byTopic: TopicTally[];
  byType: TypeTally[];
  byMode: ModeTally[];
  /** Up to 10 questions most often missed (only ones still in the notes when `questionsById` is given). */
  weakest: WeakItem[];
  /** The last 20 sessions, oldest first (ready for a sparkline of `score`). */
  recent: SessionSummary[];
  /** Scores of `recent` that answered anything, oldest first. */
  trend: number[];
  /** Consecutive local calendar days with answers, ending today (or yesterday if none yet today). */
  streakDays: number;
  /** Questions due by the end of today (local), overdue included. */
  dueToday: number;
  /** Questions due by the end of the 7th day counting today (dueToday included). */
  dueThisWeek: number;
  interviews: number;
  /** ISO time of the latest answer, if any. */
  lastAnswerAt?: string;
}

const WEAKEST_LIMIT = 10;
const RECENT_LIMIT = 20;

/** A session as the records tell it so far. */
export interface SessionAcc {
  id: string;
  mode: SessionMode | undefined;
  at: string | undefined;
  t: number;
  order: number;
  answered: number;
  correct: number;
  /** What its session-end record said (the last one, should there be several). */
  end: { score: number; abandoned: boolean } | undefined;
}

/** A question as its answers tell it so far. */
export interface QuestionAcc {
  question: string;
  subject: string;
  topic: string[];
  wrong: number;
  right: number;
}

/**
 * What `stats` keeps of the records as it goes through them, before it sorts, picks and dates
 * anything: the same whether the records come all at once or a part at a time (computeStats, or a
 * HistoryReplay carried on from a saved one). Maps keep their first-seen order.
 */
export interface StatsTally {
  sessions: Map<string, SessionAcc>;
  topics: Map<string, TopicTally>;
  types: Map<string, TypeTally>;
  perQuestion: Map<string, QuestionAcc>;
  /**
   * The quarter hours (UTC, ms / QUARTER) with answers, made into local calendar days only when
   * the stats are read, so a tally kept from another time zone still counts today's days. Every
   * time zone's offset and changes of offset fall on whole quarter hours (since the 1970s), so
   * an answer's quarter hour is on the same local day as the answer.
   */
  quarters: Set<number>;
  /** Questions flagged now (flag records, less the unflagged). */
  flagged: Set<string>;
  answered: number;
  correct: number;
  skipped: number;
  started: number;
  interviews: number;
  /** Time (ms) and ISO text of the latest answer. */
  lastAnswer: number;
  lastAnswerAt: string | undefined;
}

const QUARTER = 15 * 60_000;

const accuracy = (correct: number, answered: number): number => (answered > 0 ? correct / answered : 0);

function dayKey(t: number): number {
  const d = new Date(t);
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
}

/** The last millisecond of the local calendar day `offset` days after `now`'s. */
function endOfDay(now: Date, offset: number): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset + 1, 0, 0, 0, 0).getTime() - 1;
}

/** The local calendar days of the quarter hours. */
function localDays(quarters: ReadonlySet<number>): Set<number> {
  const days = new Set<number>();
  for (const q of quarters) days.add(dayKey(q * QUARTER));
  return days;
}

function streak(days: ReadonlySet<number>, now: Date): number {
  const at = (offset: number): number =>
    dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - offset, 12).getTime());
  let offset = days.has(at(0)) ? 0 : days.has(at(1)) ? 1 : -1;
  if (offset < 0) return 0;
  let n = 0;
  while (days.has(at(offset))) {
    n++;
    offset++;
  }
  return n;
}

export function newStatsTally(): StatsTally {
  return {
    sessions: new Map(),
    topics: new Map(),
    types: new Map(),
    perQuestion: new Map(),
    quarters: new Set(),
    flagged: new Set(),
    answered: 0,
    correct: 0,
    skipped: 0,
    started: 0,
    interviews: 0,
    lastAnswer: -Infinity,
    lastAnswerAt: undefined,
  };
}

function sessionOf(sessions: Map<string, SessionAcc>, id: string): SessionAcc {
  let s = sessions.get(id);
  if (!s) {
    s = { id, mode: undefined, at: undefined, t: NaN, order: sessions.size, answered: 0, correct: 0, end: undefined };
    sessions.set(id, s);
  }
  return s;
}

/** Adds one record to the tally (records in log order: time order, as the log is read). */
export function tallyRecord(tally: StatsTally, record: HistoryRecord): void {
  switch (record.kind) {
    case 'session-start': {
      const s = sessionOf(tally.sessions, record.session);
      if (s.mode === undefined) {
        tally.started++;
        if (record.mode === 'interview') tally.interviews++;
      }
      s.mode = record.mode;
      s.at = record.at;
      s.t = Date.parse(record.at);
      break;
    }
    case 'session-end':
      sessionOf(tally.sessions, record.session).end = { score: record.score, abandoned: record.abandoned };
      break;
    case 'flag':
      // A flag counts until an unflag for the same question follows it.
      tally.flagged.add(record.question);
      break;
    case 'unflag':
      tally.flagged.delete(record.question);
      break;
    case 'answer': {
      if (record.skipped) {
        tally.skipped++;
        break;
      }
      const right = record.correct && !record.timedOut;
      const point = right ? 1 : 0;
      tally.answered++;
      tally.correct += point;
      const s = sessionOf(tally.sessions, record.session);
      s.answered++;
      s.correct += point;

      const topicKey = record.topic.join('\u0000');
      let topic = tally.topics.get(topicKey);
      if (!topic) {
        topic = { topic: record.topic, answered: 0, correct: 0, accuracy: 0 };
        tally.topics.set(topicKey, topic);
      }
      topic.answered++;
      topic.correct += point;

      let type = tally.types.get(record.type);
      if (!type) {
        type = { type: record.type, answered: 0, correct: 0, accuracy: 0 };
        tally.types.set(record.type, type);
      }
      type.answered++;
      type.correct += point;

      let q = tally.perQuestion.get(record.question);
      if (!q) {
        q = { question: record.question, subject: record.subject, topic: record.topic, wrong: 0, right: 0 };
        tally.perQuestion.set(record.question, q);
      }
      q.subject = record.subject;
      q.topic = record.topic;
      if (right) q.right++;
      else q.wrong++;

      const t = Date.parse(record.at);
      tally.quarters.add(Math.floor(t / QUARTER));
      if (t >= tally.lastAnswer) {
        tally.lastAnswer = t;
        tally.lastAnswerAt = record.at;
      }
      break;
    }
  }
}

export function computeStats(records: readonly HistoryRecord[], now: Date, questionsById?: ReadonlyMap<string, Question>): Stats {
  const tally = newStatsTally();
  const answers: AnswerRecord[] = [];
  for (const record of records) {
    tallyRecord(tally, record);
    if (record.kind === 'answer' && !record.skipped) answers.push(record);
  }
  return statsFrom(tally, cardStates(answers, now), now, questionsById);
}

/**
 * The stats of a tally, with the FSRS cards of the same answers (replayed up to `now`) for what
 * is due. Reads the tally, changes nothing in it.
 */
export function statsFrom(tally: StatsTally, states: ReadonlyMap<string, CardState>, now: Date, questionsById?: ReadonlyMap<string, Question>): Stats {
  const { sessions, topics, types, perQuestion, flagged } = tally;
  const finish = <T extends Tally>(t: T): T => {
    t.accuracy = accuracy(t.correct, t.answered);
    return t;
  };
  const byTopic = [...topics.values()]
    .map((t) => finish({ ...t }))
    .sort((a, b) => b.answered - a.answered || a.topic.join('\u0000').localeCompare(b.topic.join('\u0000')));
  const byType = [...types.values()].map((t) => finish({ ...t })).sort((a, b) => b.answered - a.answered || a.type.localeCompare(b.type));

  const modes = new Map<string, ModeTally>();
  for (const s of sessions.values()) {
    const mode = s.mode ?? 'unknown';
    if (s.mode === undefined && s.answered === 0) continue;
    let m = modes.get(mode);
    if (!m) {
      m = { mode, sessions: 0, answered: 0, correct: 0, accuracy: 0 };
      modes.set(mode, m);
    }
    if (s.mode !== undefined) m.sessions++;
    m.answered += s.answered;
    m.correct += s.correct;
  }
  const byMode = [...modes.values()].map(finish).sort((a, b) => b.sessions - a.sessions || a.mode.localeCompare(b.mode));

  const weakest: WeakItem[] = [];
  for (const q of perQuestion.values()) {
    if (q.wrong === 0 || flagged.has(q.question)) continue;
    const current = questionsById?.get(q.question);
    if (questionsById && !current) continue;
    weakest.push({
      question: q.question,
      subject: current ? current.subject : q.subject,
      topic: current ? current.topic : q.topic,
      wrong: q.wrong,
      right: q.right,
    });
  }
  weakest.sort(
    (a, b) =>
      b.wrong - a.wrong ||
      b.wrong / (b.wrong + b.right) - a.wrong / (a.wrong + a.right) ||
      (a.question < b.question ? -1 : a.question > b.question ? 1 : 0),
  );
  weakest.length = Math.min(weakest.length, WEAKEST_LIMIT);

  const startedSessions = [...sessions.values()].filter((s) => s.mode !== undefined);
  startedSessions.sort((a, b) => (a.t || 0) - (b.t || 0) || a.order - b.order);
  const recent: SessionSummary[] = startedSessions.slice(-RECENT_LIMIT).map((s) => ({
    session: s.id,
    mode: s.mode as SessionMode,
    at: s.at as string,
    answered: s.answered,
    correct: s.correct,
    score: s.end ? s.end.score : accuracy(s.correct, s.answered),
    abandoned: s.end ? s.end.abandoned : true,
    ended: s.end !== undefined,
  }));

  const todayEnd = endOfDay(now, 0);
  const weekEnd = endOfDay(now, 6);
  let dueToday = 0;
  let dueThisWeek = 0;
  for (const [id, state] of states) {
    if ((questionsById && !questionsById.has(id)) || flagged.has(id)) continue;
    const due = state.card.due.getTime();
    if (due <= todayEnd) dueToday++;
    if (due <= weekEnd) dueThisWeek++;
  }

  const stats: Stats = {
    sessions: tally.started,
    answered: tally.answered,
    correct: tally.correct,
    accuracy: accuracy(tally.correct, tally.answered),
    skipped: tally.skipped,
    flagged: flagged.size,
    byTopic,
    byType,
    byMode,
    weakest,
    recent,
    // A session where nothing was answered has no score to plot (it was all skips), nor one
    // stopped after a couple of answers (one right and Ctrl+C is not a 100% session).
    trend: recent.filter(scoreCounts).map((s) => s.score),
    streakDays: streak(localDays(tally.quarters), now),
    dueToday,
    dueThisWeek,
    interviews: tally.interviews,
  };
  if (tally.lastAnswerAt !== undefined) stats.lastAnswerAt = tally.lastAnswerAt;
  return stats;
}
