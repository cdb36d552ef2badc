import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cardStates,
  computeStats,
  continueReplay,
  knownAnswers,
  LATEST_RECORDS,
  latestRecords,
  replayFromJson,
  replayHistory,
  replayStats,
  replayToJson,
  type AnswerRecord,
  type HistoryRecord,
  type HistoryReplay,
} from '../../src/core/history/index.js';
import { createRandom } from '../../src/core/text/index.js';
import { planDrill, planDrillFrom, stillDue, stillDueFrom } from '../../src/core/session/index.js';
import { HISTORY_CACHE_FILE, readHistoryReplay } from '../../src/io/history-cache.js';
import { openHistory } from '../../src/io/history.js';
import { buildInfo } from '../../src/io/version.js';
import { EN_NOTES, expectExit, questionsJson } from '../cli/answers.js';
import { runInProcess, tempDir, type RunOptions } from '../support/cli.js';
import { BUILT, run as spawnRun } from '../e2e/spawn-cli.js';
import { DAY, HOUR, MINUTE, question } from './records.js';

// The replay of the answer log kept in the cache (cache/history-replay.json): `stats` and `drill`
// read it and replay only what was appended since. With it or without it they give the same, and
// whatever is wrong with it (or with the log it stood for) means a replay from the log's start.

const NOW = new Date('2025-03-20T18:00:00.000Z');
const VERSION = buildInfo().id;

/** The program's own seeded generator: the same log on every run. */
function rng(seed: number) {
  const r = createRandom(seed);
  return {
    int: (lo: number, hi: number) => lo + r.int(hi - lo + 1),
    pick: <T>(list: readonly T[]): T => r.pick(list),
    chance: (p: number) => r.next() < p,
  };
}

interface Subject {
  id: string;
  bank: string;
  type: AnswerRecord['type'];
  subject: string;
  topic: string[];
}

const TYPES: AnswerRecord['type'][] = ['define', 'identify', 'member', 'order', 'recall', 'typed'];

function subjects(count: number, seed = 3): Subject[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `q${i.toString(16).padStart(4, '0')}`,
    bank: `bank-${i % 7}`,
    type: r.pick(TYPES),
    subject: i % 5 === 0 ? `术语 ${i}` : `term ${i}`,
    topic: ['K8s', `topic ${i % 4}`],
  }));
}

/**
 * A history as sessions write it, oldest first: starts and ends (some killed, some stopped),
 * answers right, wrong, skipped, timed out and self-graded, flags and unflags, old lines without
 * ids, two records in one millisecond, and answers stamped after NOW (another machine's clock).
 */
function makeLog(options: { sessions?: number; seed?: number; from?: number; pool?: Subject[]; future?: boolean } = {}): HistoryRecord[] {
  const r = rng(options.seed ?? 7);
  const pool = options.pool ?? subjects(40);
  const sessions = options.sessions ?? 30;
  let t = options.from ?? NOW.getTime() - 20 * DAY;
  const step = (20 * DAY) / sessions;
  const records: HistoryRecord[] = [];
  let n = 0;
  const id = (): string | undefined => (r.chance(0.1) ? undefined : `${(options.seed ?? 7).toString(16)}${(n++).toString(16).padStart(14, '0')}`);
  const head = (session: string, at: number) => {
    const rid = id();
    return { v: 1 as const, ...(rid ? { id: rid } : {}), session, at: new Date(at).toISOString() };
  };
  for (let s = 0; s < sessions; s++) {
    const session = `s${options.seed ?? 7}-${s}`;
    const mode = r.pick(['quiz', 'drill', 'interview'] as const);
    const count = r.int(3, 9);
    records.push({ ...head(session, t), kind: 'session-start', mode, notes: ['/notes'], planned: count });
    let correct = 0;
    for (let k = 0; k < count; k++) {
      const q = r.pick(pool);
      // Now and then two records in the same millisecond.
      t += r.chance(0.1) ? 0 : r.int(2_000, 60_000);
      const skipped = r.chance(0.08);
      const timedOut = !skipped && mode === 'interview' && r.chance(0.2);
      const right = !skipped && !timedOut && r.chance(0.6);
      if (right) correct++;
      const grade = (q.type === 'recall' ? r.int(1, 4) : right ? 3 : 1) as AnswerRecord['grade'];
      records.push({
        ...head(session, t),
        kind: 'answer',
        question: q.id,
        type: q.type,
        bank: q.bank,
        topic: q.topic,
        subject: q.subject,
        correct: right,
        grade,
        given: skipped ? '' : 'x',
        ms: 1000,
        ...(skipped ? { skipped: true } : {}),
        ...(timedOut ? { timedOut: true } : {}),
      });
      if (r.chance(0.04)) {
        records.push({ ...head(session, t), kind: 'flag', question: q.id, type: q.type, bank: q.bank, topic: q.topic, subject: q.subject, prompt: '?', source: { file: 'n.md', line: 1 } });
      }
    }
    if (r.chance(0.05)) records.push({ ...head('cmd', t + 1), kind: 'unflag', question: r.pick(pool).id });
    if (r.chance(0.85)) records.push({ ...head(session, t + 500), kind: 'session-end', mode, answered: count, correct, abandoned: r.chance(0.1), score: correct / count });
    t += step;
  }
  if (options.future) {
    // Another machine whose clock runs a day ahead.
    const q = pool[0] as Subject;
    for (const ahead of [HOUR, 5 * HOUR, DAY]) {
      records.push({ ...head('ahead', NOW.getTime() + ahead), kind: 'answer', question: q.id, type: q.type, bank: q.bank, topic: q.topic, subject: q.subject, correct: false, grade: 1, given: 'x', ms: 1 });
    }
  }
  return records;
}

const lines = (records: readonly HistoryRecord[]): string => records.map((r) => `${JSON.stringify(r)}\n`).join('');
const answersOf = (records: readonly HistoryRecord[]): AnswerRecord[] => records.filter((r): r is AnswerRecord => r.kind === 'answer');
/** A replay through its saved form, as the next run reads it. */
const roundTrip = (replay: HistoryReplay): HistoryReplay | undefined => replayFromJson(JSON.parse(JSON.stringify(replayToJson(replay))));

function expectSameCards(replay: HistoryReplay, records: readonly HistoryRecord[], now: Date): void {
  expect(replay.cards).toEqual(cardStates(answersOf(records), now));
}

describe('replaying the log, and carrying a replay on (core)', () => {
  const log = makeLog({ future: true });

  it('a replay of the whole log gives computeStats and cardStates of the log, with and without the questions still in the notes', () => {
    for (const now of [NOW, new Date(NOW.getTime() + 2 * HOUR), new Date(NOW.getTime() + 3 * DAY)]) {
      const replay = replayHistory(log, now);
      expect(replayStats(replay)).toEqual(computeStats(log, now));
      expectSameCards(replay, log, now);
      const byQuestions = new Map(subjects(40).map((s) => [s.id, question(s.id)]));
      expect(replayStats(replay, byQuestions)).toEqual(computeStats(log, now, byQuestions));
    }
    // What the log holds really shows up (so equality is not two empty results).
    const stats = computeStats(log, NOW);
    expect(stats.answered).toBeGreaterThan(100);
    expect(stats.skipped).toBeGreaterThan(0);
    expect(stats.flagged).toBeGreaterThan(0);
    expect(stats.dueThisWeek).toBeGreaterThan(0);
  });

  it('records given out of time order are replayed in time order', () => {
    // The second half first, cut at a session start (nothing shares its time).
    const k = log.findIndex((r, i) => i > log.length / 2 && r.kind === 'session-start');
    const rotated = [...log.slice(k), ...log.slice(0, k)];
    const replay = replayHistory(rotated, NOW);
    expect(replay.cards).toEqual(cardStates(answersOf(rotated), NOW));
    expect(replayStats(replay)).toEqual(computeStats(log, NOW));
  });

  it('replayed in two parts, the first through its saved form, at every cut, it equals the whole replay', () => {
    const later = new Date(NOW.getTime() + 2 * HOUR);
    const whole = replayStats(replayHistory(log, later));
    for (let cut = 0; cut <= log.length; cut += 7) {
      const first = roundTrip(replayHistory(log.slice(0, cut), NOW));
      expect(first, `cut ${cut}`).toBeDefined();
      const replay = first as HistoryReplay;
      expect(continueReplay(replay, log.slice(cut), later)).toBe(true);
      expect(replayStats(replay), `cut ${cut}`).toEqual(whole);
      expectSameCards(replay, log, later);
    }
  });

  it('answers stamped after the clock wait, and reach their cards once the clock gets there', () => {
    const replay = replayHistory(log, NOW);
    expect(replay.pending).toHaveLength(3);
    const restored = roundTrip(replay) as HistoryReplay;
    for (const hours of [2, 6, 30]) {
      const now = new Date(NOW.getTime() + hours * HOUR);
      expect(continueReplay(restored, [], now)).toBe(true);
      expectSameCards(restored, log, now);
      expect(replayStats(restored)).toEqual(computeStats(log, now));
    }
    expect(restored.pending).toHaveLength(0);
  });

  it('a drill planned from a replay asks what one planned from the records asks, and counts the same still due', () => {
    const pool = subjects(40);
    const candidates = pool.map((s) => question(s.id, s.type));
    for (const now of [NOW, new Date(NOW.getTime() + 4 * DAY)]) {
      const replay = roundTrip(replayHistory(log.slice(0, 150), NOW)) as HistoryReplay;
      expect(continueReplay(replay, log.slice(150), now)).toBe(true);
      let fromRecords: string[] = [];
      let fromReplay: string[] = [];
      const a = planDrill(log, now, 12, (known) => ((fromRecords = [...new Set(known.map((k) => `${k.question} ${k.bank} ${k.type}`))]), candidates));
      const b = planDrillFrom(replay.cards, knownAnswers(replay), now, 12, (known) => ((fromReplay = known.map((k) => `${k.question} ${k.bank} ${k.type}`)), candidates));
      expect(fromReplay).toEqual(fromRecords);
      expect(fromReplay.length).toBeGreaterThan(10);
      expect(b).toEqual(a);
      expect(b.pick.questions.length).toBe(12);
      const later = new Date(now.getTime() + 3 * DAY);
      const after = roundTrip(replay) as HistoryReplay;
      expect(continueReplay(after, [], later)).toBe(true);
      expect(stillDueFrom(b, after.cards, later)).toEqual(stillDue(a, log, later));
    }
  });

  it('keeps the latest records, oldest first, as the log ends', () => {
    const big = makeLog({ sessions: 80, seed: 11 });
    expect(big.length).toBeGreaterThan(LATEST_RECORDS);
    const replay = roundTrip(replayHistory(big.slice(0, 300), NOW)) as HistoryReplay;
    continueReplay(replay, big.slice(300), NOW);
    expect(latestRecords(replay)).toEqual(big.slice(-LATEST_RECORDS));
  });

  it('drops a copy of the last records (a union merge brings a record twice), as reading the log does', () => {
    const replay = replayHistory(log, NOW);
    const before = JSON.stringify(replayToJson(replay));
    const last = log[log.length - 1] as HistoryRecord;
    expect(continueReplay(replay, [last], NOW)).toBe(true);
    expect(JSON.stringify(replayToJson(replay))).toBe(before);
  });

  it('refuses, changing nothing, a record older than the last one, records out of order, or a clock before an answer in the cards', () => {
    const base = log.slice(0, 100);
    const replay = replayHistory(base, NOW);
    const before = JSON.stringify(replayToJson(replay));
    const older = answersOf(base)[3] as AnswerRecord;
    const next = log[100] as HistoryRecord;
    const after = log[120] as HistoryRecord;
    expect(continueReplay(replay, [{ ...older, id: 'ffff000000000001' }], NOW)).toBe(false);
    expect(continueReplay(replay, [after, next], NOW)).toBe(false);
    expect(continueReplay(replay, [next], new Date(NOW.getTime() - 30 * DAY))).toBe(false);
    expect(JSON.stringify(replayToJson(replay))).toBe(before);
  });

  it('a saved form that is not one (another format, cut short, wrong types) is not restored', () => {
    const json = replayToJson(replayHistory(log, NOW));
    expect(replayFromJson(JSON.parse(JSON.stringify(json)))).toBeDefined();
    const broken: unknown[] = [
      null,
      [],
      'replay',
      {},
      { ...json, format: 'k8s-quiz history replay 0' },
      { ...json, cards: json.cards.map((row) => row.slice(0, 10)) },
      { ...json, tally: { ...json.tally, sessions: [['s', 'party', null, 1, 1, null, null]] } },
      { ...json, tally: { ...json.tally, counts: [1, 2, 3] } },
      { ...json, pending: [['q', 1, 7, true, false]] },
      { ...json, latest: [{ v: 1, kind: 'answer' }] },
      { ...json, records: -1 },
      { ...json, tally: undefined },
    ];
    for (const value of broken) expect(replayFromJson(value)).toBeUndefined();
  });
});

// The files: readHistoryReplay on a data dir, against openHistory().read() replayed whole.

function dataDirWith(text: string): { dir: string; log: string; cacheDir: string; cacheFile: string } {
  const dir = tempDir('data-');
  const log = path.join(dir, 'history.jsonl');
  writeFileSync(log, text);
  const cacheDir = path.join(dir, 'cache');
  return { dir, log, cacheDir, cacheFile: path.join(cacheDir, HISTORY_CACHE_FILE) };
}

/** What reading the whole log gives (no cache anywhere near). */
function fromScratch(dir: string, now: Date) {
  const { records, warnings } = openHistory(dir).read();
  return { stats: computeStats(records, now), cards: cardStates(answersOf(records), now), warnings, records };
}

function withCache(dir: string, now: Date) {
  const { replay, warnings } = readHistoryReplay(dir, now, { cacheDir: path.join(dir, 'cache'), version: VERSION });
  return { stats: replayStats(replay), cards: replay.cards, warnings, latest: latestRecords(replay), known: knownAnswers(replay) };
}

function expectSame(dir: string, now: Date): void {
  const cached = withCache(dir, now);
  const whole = fromScratch(dir, now);
  expect(cached.stats).toEqual(whole.stats);
  expect(cached.cards).toEqual(whole.cards);
  expect(cached.warnings).toEqual(whole.warnings);
  expect(cached.latest).toEqual(whole.records.slice(-LATEST_RECORDS));
}

function header(cacheFile: string): { offset: number; lines: number; version: string; length: number; sha1: string } {
  const text = readFileSync(cacheFile, 'utf8');
  return JSON.parse(text.slice(0, text.indexOf('\n')));
}

/** Rewrites the cache's body through `edit`, signed again as a good cache: a test can tell whether it was read. */
function forgeCache(cacheFile: string, edit: (body: { replay: ReturnType<typeof replayToJson> }) => void): void {
  const text = readFileSync(cacheFile, 'utf8');
  const cut = text.indexOf('\n');
  const head = JSON.parse(text.slice(0, cut));
  const body = JSON.parse(text.slice(cut + 1));
  edit(body);
  const bodyText = JSON.stringify(body);
  head.length = bodyText.length;
  head.sha1 = createHash('sha1').update(bodyText).digest('hex');
  writeFileSync(cacheFile, `${JSON.stringify(head)}\n${bodyText}`);
}

describe('the replay kept in the cache (io)', () => {
  const log = makeLog({ future: true });
  const first = log.slice(0, 180);
  const rest = log.slice(180);

  it('is written on the first read and read on the next: the same stats, cards and warnings as the whole log', () => {
    const d = dataDirWith(lines(first));
    expect(existsSync(d.cacheFile)).toBe(false);
    expectSame(d.dir, NOW);
    expect(existsSync(d.cacheFile)).toBe(true);
    expect(header(d.cacheFile).offset).toBe(statSync(d.log).size);
    expectSame(d.dir, NOW);
    expectSame(d.dir, new Date(NOW.getTime() + 2 * DAY));
  });

  it('is what a later read starts from (a forged count shows through), and only the lines after it are replayed', () => {
    const d = dataDirWith(lines(first));
    const truth = withCache(d.dir, NOW).stats;
    forgeCache(d.cacheFile, (body) => {
      body.replay.tally.counts[0] += 1000;
    });
    expect(withCache(d.dir, NOW).stats.answered).toBe(truth.answered + 1000);
    // Appended lines are replayed on top of what it says.
    appendFileSync(d.log, lines(rest));
    const whole = fromScratch(d.dir, NOW).stats;
    expect(whole.answered).toBeGreaterThan(truth.answered);
    expect(withCache(d.dir, NOW).stats.answered).toBe(whole.answered + 1000);
  });

  it('counts the records appended after it was written, and then covers them too', () => {
    const d = dataDirWith(lines(first));
    withCache(d.dir, NOW);
    const before = header(d.cacheFile);
    appendFileSync(d.log, lines(rest.slice(0, 40)));
    expectSame(d.dir, NOW);
    const after = header(d.cacheFile);
    expect(after.offset).toBe(statSync(d.log).size);
    expect(after.offset).toBeGreaterThan(before.offset);
    expect(after.lines).toBe(first.length + 40);
    appendFileSync(d.log, lines(rest.slice(40)));
    expectSame(d.dir, new Date(NOW.getTime() + DAY));
    expect(withCache(d.dir, NOW).stats.answered).toBe(computeStats(log, NOW).answered);
  });

  it('starts over when the log shrank', () => {
    const d = dataDirWith(lines(log));
    withCache(d.dir, NOW);
    writeFileSync(d.log, lines(first.slice(0, 60)));
    expectSame(d.dir, NOW);
    expect(withCache(d.dir, NOW).stats.answered).toBe(computeStats(first.slice(0, 60), NOW).answered);
    // Cut within a line, too.
    truncateSync(d.log, statSync(d.log).size - 10);
    expectSame(d.dir, NOW);
  });

  it('starts over when the log was replaced: another history, longer, or the same size edited before its end', () => {
    const d = dataDirWith(lines(first));
    withCache(d.dir, NOW);
    // Another machine's history (a sync that replaced the file), longer than the first.
    const other = makeLog({ seed: 99, sessions: 40 });
    writeFileSync(d.log, lines(other));
    expectSame(d.dir, NOW);
    expect(withCache(d.dir, NOW).stats.answered).toBe(computeStats(other, NOW).answered);
    // One answer (not skipped, not timed out) turned from wrong to right in the middle, the size
    // unchanged, then a session appended.
    const text = readFileSync(d.log, 'utf8');
    const wrong = '"correct":false,"grade":1,"given":"x","ms":1000}';
    const at = text.indexOf(wrong, text.length / 3);
    expect(at).toBeGreaterThan(0);
    const size = statSync(d.log).size;
    writeFileSync(d.log, `${text.slice(0, at)}${wrong.replace('"correct":false', '"correct":true ')}${text.slice(at + wrong.length)}`);
    expect(statSync(d.log).size).toBe(size);
    expect(fromScratch(d.dir, NOW).stats.correct).toBe(computeStats(other, NOW).correct + 1);
    appendFileSync(d.log, lines(makeLog({ seed: 5, sessions: 1, from: NOW.getTime() - HOUR })));
    expectSame(d.dir, NOW);
  });

  it('starts over when the lines appended hold a record older than the last one replayed (a merge from another machine)', () => {
    const d = dataDirWith(lines(first));
    withCache(d.dir, NOW);
    const older = makeLog({ seed: 21, sessions: 5, from: NOW.getTime() - 19 * DAY });
    appendFileSync(d.log, lines(older));
    expectSame(d.dir, NOW);
    expect(withCache(d.dir, NOW).stats.sessions).toBe(computeStats([...first, ...older], NOW).sessions);
  });

  it('a cache cut short, damaged, of another build, of another log, empty, or not JSON is replaced without a word, with the same result', () => {
    const d = dataDirWith(lines(first));
    withCache(d.dir, NOW);
    const good = readFileSync(d.cacheFile, 'utf8');
    const cut = good.indexOf('\n');
    const head = JSON.parse(good.slice(0, cut));
    // A digit of the answered count changed: still JSON, still the right shape, but not what was written.
    const digit = good.indexOf('"counts":[') + '"counts":['.length;
    const damaged = good.slice(0, digit) + (good[digit] === '1' ? '2' : '1') + good.slice(digit + 1);
    const variants: Record<string, string> = {
      'cut short': good.slice(0, Math.floor(good.length / 2)),
      'header only': good.slice(0, cut + 1),
      damaged,
      'another build': `${JSON.stringify({ ...head, version: '0.0.1+other' })}${good.slice(cut)}`,
      'another log': `${JSON.stringify({ ...head, log: path.join(d.dir, 'elsewhere.jsonl') })}${good.slice(cut)}`,
      'another format': `${JSON.stringify({ ...head, format: 'k8s-quiz parsed notes' })}${good.slice(cut)}`,
      'longer than the log': `${JSON.stringify({ ...head, offset: head.offset + 10 })}${good.slice(cut)}`,
      empty: '',
      'not JSON': 'hello\nworld',
      binary: '\u0000\u0001\u0002',
    };
    for (const [name, text] of Object.entries(variants)) {
      writeFileSync(d.cacheFile, text);
      const cached = withCache(d.dir, NOW);
      const whole = fromScratch(d.dir, NOW);
      expect(cached.stats, name).toEqual(whole.stats);
      expect(cached.cards, name).toEqual(whole.cards);
      expect(cached.warnings, name).toEqual([]);
      // Replaced by a good one, which the next read uses.
      expect(readFileSync(d.cacheFile, 'utf8'), name).toBe(good);
    }
    forgeCache(d.cacheFile, (body) => {
      (body.replay as unknown as Record<string, unknown>)['cards'] = 'none';
    });
    expect(withCache(d.dir, NOW).stats).toEqual(fromScratch(d.dir, NOW).stats);
    expect(readFileSync(d.cacheFile, 'utf8')).toBe(good);
  });

  it('a folder where the cache file should be changes nothing but speed', () => {
    const d = dataDirWith(lines(first));
    mkdirSync(d.cacheFile, { recursive: true });
    expectSame(d.dir, NOW);
    expect(statSync(d.cacheFile).isDirectory()).toBe(true);
  });

  it('warns about damaged lines as reading the log does, from the cache too, naming the same lines', () => {
    const text = lines(first.slice(0, 50));
    const d = dataDirWith(`${text}{"v":1,"kind":"answer"\nnot json at all\n${lines(first.slice(50, 100))}`);
    const whole = fromScratch(d.dir, NOW);
    expect(whole.warnings.map((w) => w.line)).toEqual([51, 52]);
    expectSame(d.dir, NOW);
    expectSame(d.dir, NOW);
    // A last line cut off mid-write: warned about, never kept in the cache.
    appendFileSync(d.log, `${lines(first.slice(100, 120))}{"v":1,"id":"x","kind":"answ`);
    expectSame(d.dir, NOW);
    expect(withCache(d.dir, NOW).warnings.at(-1)?.message).toMatch(/:123: skipped a truncated last line/);
    expect(header(d.cacheFile).offset).toBe(readFileSync(d.log).lastIndexOf(0x0a) + 1);
    // The next answer starts on a fresh line: the cut line is now a damaged line in the middle.
    openHistory(d.dir).append(first[120] as HistoryRecord);
    expectSame(d.dir, NOW);
    expect(withCache(d.dir, NOW).warnings.at(-1)?.message).toMatch(/:123: skipped a corrupted line/);
  });

  it('a last line complete but for its newline is replayed, and replayed again once its newline comes', () => {
    const d = dataDirWith(lines(first.slice(0, 100)).slice(0, -1));
    expectSame(d.dir, NOW);
    expect(header(d.cacheFile).lines).toBe(99);
    appendFileSync(d.log, `\n${lines(first.slice(100))}`);
    expectSame(d.dir, NOW);
    expect(withCache(d.dir, NOW).stats.answered).toBe(computeStats(first, NOW).answered);
  });

  it('a log with a byte order mark, and lines ended by CRLF, read the same', () => {
    const text = lines(first).replace(/\n/g, '\r\n');
    const d = dataDirWith(`\ufeff${text.slice(0, text.length / 2 - 1)}`);
    expectSame(d.dir, NOW);
    appendFileSync(d.log, text.slice(text.length / 2 - 1));
    expectSame(d.dir, NOW);
    expect(withCache(d.dir, NOW).stats.answered).toBe(computeStats(first, NOW).answered);
  });

  it('a cache written in another time zone counts the streak in the local days of this one', () => {
    // One answer every 26 hours: a streak of 1 day in Shanghai, of 6 in Los Angeles.
    const q = subjects(1)[0] as Subject;
    const records: HistoryRecord[] = Array.from({ length: 8 }, (_, i) => ({
      v: 1,
      id: `a${i}`,
      kind: 'answer',
      session: 's',
      at: new Date(NOW.getTime() - HOUR - (7 - i) * 26 * HOUR).toISOString(),
      question: q.id,
      type: q.type,
      bank: q.bank,
      topic: q.topic,
      subject: q.subject,
      correct: true,
      grade: 3,
      given: 'x',
      ms: 1,
    }));
    const d = dataDirWith(lines(records));
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'Asia/Shanghai';
      expect(withCache(d.dir, NOW).stats.streakDays).toBe(1);
      expect(existsSync(d.cacheFile)).toBe(true);
      process.env['TZ'] = 'America/Los_Angeles';
      expect(withCache(d.dir, NOW).stats.streakDays).toBe(6);
      expectSame(d.dir, NOW);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('without a log there is nothing to replay and nothing is written', () => {
    const dir = tempDir('data-');
    const { replay, warnings } = readHistoryReplay(dir, NOW, { cacheDir: path.join(dir, 'cache'), version: VERSION });
    expect(replayStats(replay)).toEqual(computeStats([], NOW));
    expect(warnings).toEqual([]);
    expect(existsSync(path.join(dir, 'cache'))).toBe(false);
  });
});

// The commands: `stats` and `drill` with the cache, and with --no-cache, give the same.

const cli = async (args: string[], options: RunOptions) => expectExit(await runInProcess(args, options), 0);

describe('stats and drill with and without the cache (in-process CLI)', () => {
  const log = makeLog({ sessions: 60, seed: 13, future: true });
  const first = log.slice(0, 250);
  const rest = log.slice(250);
  const now = () => NOW;

  it('stats --json and stats are the same with the cache (cold, warm, after appends) as with --no-cache', async () => {
    const cached = dataDirWith(lines(first));
    const plain = dataDirWith(lines(first));
    const both = async (args: string[]) => {
      const a = await cli(args, { dataDir: cached.dir, now });
      const b = await cli([...args, '--no-cache'], { dataDir: plain.dir, now });
      expect(a.stdout.replaceAll(cached.dir, 'DATA')).toBe(b.stdout.replaceAll(plain.dir, 'DATA'));
      expect(a.stderr.replaceAll(cached.dir, 'DATA')).toBe(b.stderr.replaceAll(plain.dir, 'DATA'));
      return a;
    };
    const cold = await both(['stats', '--json']);
    expect(existsSync(cached.cacheFile)).toBe(true);
    expect(existsSync(plain.cacheDir)).toBe(false);
    const warm = await both(['stats', '--json']);
    expect(warm.stdout).toBe(cold.stdout);
    expect(JSON.parse(warm.stdout).answered).toBe(computeStats(first, NOW).answered);
    await both(['stats', '--lang', 'en']);
    for (const [i, part] of [rest.slice(0, 30), rest.slice(30)].entries()) {
      appendFileSync(cached.log, lines(part));
      appendFileSync(plain.log, lines(part));
      const after = await both(['stats', '--json']);
      expect(JSON.parse(after.stdout).answered, `append ${i}`).toBe(computeStats(i ? log : [...first, ...rest.slice(0, 30)], NOW).answered);
      await both(['stats']);
    }
    expect(existsSync(plain.cacheDir)).toBe(false);
  });

  it('--no-cache neither reads the cached replay nor writes it', async () => {
    const d = dataDirWith(lines(first));
    const truth = JSON.parse((await cli(['stats', '--json'], { dataDir: d.dir, now })).stdout);
    forgeCache(d.cacheFile, (body) => {
      body.replay.tally.counts[0] += 1000;
    });
    const forged = readFileSync(d.cacheFile);
    const mtime = statSync(d.cacheFile).mtimeMs;
    // The forged cache is what a cached run believes…
    expect(JSON.parse((await cli(['stats', '--json'], { dataDir: d.dir, now })).stdout).answered).toBe(truth.answered + 1000);
    // …and --no-cache ignores it, and leaves it as it was, even with lines appended since.
    expect(JSON.parse((await cli(['stats', '--json', '--no-cache'], { dataDir: d.dir, now })).stdout)).toEqual(truth);
    appendFileSync(d.log, lines(rest));
    expect(JSON.parse((await cli(['--no-cache', 'stats', '--json'], { dataDir: d.dir, now })).stdout).answered).toBe(computeStats(log, NOW).answered);
    expect(readFileSync(d.cacheFile)).toEqual(forged);
    expect(statSync(d.cacheFile).mtimeMs).toBe(mtime);
  });

  it('cache clear removes the cached replay, and the next stats makes it again', async () => {
    const d = dataDirWith(lines(first));
    await cli(['stats', '--json'], { dataDir: d.dir, now });
    expect(existsSync(d.cacheFile)).toBe(true);
    await cli(['cache', 'clear'], { dataDir: d.dir });
    expect(existsSync(d.cacheFile)).toBe(false);
    const again = await cli(['stats', '--json'], { dataDir: d.dir, now });
    expect(existsSync(d.cacheFile)).toBe(true);
    expect(JSON.parse(again.stdout).answered).toBe(computeStats(first, NOW).answered);
  });

  it('drill asks the same questions, in the same order, and says the same, with the cache as with --no-cache', async () => {
    const scratch = tempDir('data-');
    const qs = await questionsJson(['--count', '200', '--seed', '3', '--lang', 'en', EN_NOTES], scratch);
    expect(qs.length).toBeGreaterThan(20);
    // A history over the questions of the notes: some missed, some right long ago, some right lately.
    const pool: Subject[] = qs.slice(0, 24).map((q) => ({ id: q.id, bank: q.bank, type: q.type as AnswerRecord['type'], subject: q.subject, topic: q.topic }));
    const history = makeLog({ sessions: 25, seed: 17, pool });
    const cached = dataDirWith(lines(history.slice(0, 100)));
    const plain = dataDirWith(lines(history.slice(0, 100)));
    // The cache is made, then lines come after it.
    await cli(['stats', '--json'], { dataDir: cached.dir, now });
    expect(existsSync(cached.cacheFile)).toBe(true);
    appendFileSync(cached.log, lines(history.slice(100)));
    appendFileSync(plain.log, lines(history.slice(100)));

    let clock = NOW.getTime();
    const drill = async (d: ReturnType<typeof dataDirWith>, extra: string[]) => {
      const at = clock;
      const result = await cli(['drill', '--plain', '--count', '8', '--lang', 'en', EN_NOTES, ...extra], { dataDir: d.dir, input: '\n'.repeat(10), now: () => new Date(at) });
      const asked = answersOf(openHistory(d.dir).read().records).filter((r) => r.at === new Date(at).toISOString());
      return { stdout: result.stdout, stderr: result.stderr.replaceAll(d.dir, 'DATA'), asked: asked.map((r) => r.question) };
    };
    for (const days of [0, 2, 9]) {
      clock = NOW.getTime() + days * DAY + MINUTE;
      const a = await drill(cached, []);
      const b = await drill(plain, ['--no-cache']);
      expect(a).toEqual(b);
      expect(a.asked.length).toBeGreaterThan(0);
    }
    expect(existsSync(plain.cacheDir)).toBe(false);
    // The drills' answers were replayed on top of the cache: it covers the whole log now.
    expect(header(cached.cacheFile).offset).toBe(statSync(cached.log).size);
  });

  it('stats --json is the same cold, warm, after an append and with --no-cache, with the data dir from K8S_QUIZ_HOME', async () => {
    const log = makeLog({ sessions: 40, seed: 29 });
    const home = tempDir('home-');
    const other = tempDir('home-');
    writeFileSync(path.join(home, 'history.jsonl'), lines(log.slice(0, 150)));
    writeFileSync(path.join(other, 'history.jsonl'), lines(log.slice(0, 150)));
    const stats = async (dir: string, extra: string[] = []) => JSON.parse((await cli(['stats', '--json', ...extra], { dataDir: false, env: { K8S_QUIZ_HOME: dir } })).stdout);
    const cold = await stats(home);
    expect(existsSync(path.join(home, 'cache', HISTORY_CACHE_FILE))).toBe(true);
    expect(cold).toEqual(await stats(other, ['--no-cache']));
    expect(await stats(home)).toEqual(cold);
    appendFileSync(path.join(home, 'history.jsonl'), lines(log.slice(150)));
    appendFileSync(path.join(other, 'history.jsonl'), lines(log.slice(150)));
    const after = await stats(home);
    expect(after.answered).toBeGreaterThan(cold.answered);
    expect(after).toEqual(await stats(other, ['--no-cache']));
    expect(existsSync(path.join(other, 'cache'))).toBe(false);
  });
});

// Two real processes reading one log at once (a replay written by both).
describe.skipIf(!BUILT)('the built CLI with the cached replay', () => {
  it('two processes at once leave a cache that the next run reads, with the same stats', async () => {
    const log = makeLog({ sessions: 40, seed: 31 });
    const home = tempDir('home-');
    writeFileSync(path.join(home, 'history.jsonl'), lines(log));
    const [a, b] = await Promise.all([0, 1].map(() => spawnRun(['stats', '--json'], { env: { K8S_QUIZ_HOME: home } })));
    expect(expectExit(a!, 0).stdout).toBe(expectExit(b!, 0).stdout);
    const cacheFile = path.join(home, 'cache', HISTORY_CACHE_FILE);
    const { offset } = header(cacheFile);
    expect(offset).toBe(statSync(path.join(home, 'history.jsonl')).size);
    const again = expectExit(await spawnRun(['stats', '--json'], { env: { K8S_QUIZ_HOME: home } }), 0);
    expect(again.stdout).toBe(a!.stdout);
    expect(again.stderr).toBe('');
  });
});
