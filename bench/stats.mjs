// `k8s-quiz stats` on a long history: what reading and summarising the answer log costs
// compared with merely reading the file.
//
//   read ratio  = openHistory(dir).read() (JSON.parse + validate every line)
//                 / (fs.readFileSync + split into lines)
//   stats ratio = read() + computeStats(records, now) (tallies + FSRS replay of every answer)
//                 / (fs.readFileSync + split into lines)
//   no cache    = readHistoryReplay(dir, now) without a cache folder + replayStats: what
//                 `stats --no-cache` does (the whole log replayed)
//                 / (fs.readFileSync + split into lines)
//   warm cache  = the same with the cache folder, its replay covering the whole log: what `stats`
//                 does on a log that did not change since the last run (the log is read and hashed,
//                 nothing replayed) / (fs.readFileSync + split into lines)
//   appended    = warm, but one session (20 answers) was appended after the cache was written:
//                 those are replayed and the cache written anew (the stale cache is put back
//                 before each call, ~1 MB written on the clock) / (fs.readFileSync + split)
//
// The log is only ever appended to, so it grows without bound; 100,000 answers is a few years
// of daily drilling, and `stats` must stay a blink, not a wait, at that size.

import { isDeepStrictEqual } from 'node:util';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compare, importDist, isMain, ms, perSec, rng, times } from './lib.mjs';

const ANSWERS = 100_000;
const QUESTIONS = 2_000;
const DAYS = 90;
const ROUNDS = 5;
// A fixed clock: due dates and streaks depend on it, and the run must not depend on the date.
const NOW = new Date('2025-06-01T18:00:00Z');
const TYPES = ['define', 'identify', 'member', 'order', 'acronym', 'cloze', 'recall'];
const TOPICS = ['Pod', 'Service', 'Storage', 'Scheduling', 'Network', 'Docker', 'Security', 'Workloads'];

/** History records as the session code writes them (see src/cli/session.ts), in append order. */
export function makeHistory({ answers = ANSWERS, seed = 7 } = {}) {
  const r = rng(seed);
  const questions = Array.from({ length: QUESTIONS }, (_, i) => {
    const type = r.pick(TYPES);
    const topic = [r.pick(TOPICS), `${r.pick(TOPICS)} 基础`, `bank ${i % 300}`];
    return {
      id: (0x1000000000 + i * 7919).toString(16).slice(-10),
      type,
      bank: `b${(i % 300).toString(16).padStart(8, '0')}`,
      topic,
      subject: `term ${i} 术语`,
      // Some questions are hard, so the weakest list and FSRS lapses have something to do.
      hard: r.chance(0.2),
    };
  });
  // Session sizes first (10-30, ~20 on average), so their start times can be spread evenly.
  const sizes = [];
  for (let left = answers; left > 0; left -= sizes[sizes.length - 1]) sizes.push(Math.min(left, r.int(10, 30)));
  const sessions = sizes.length;
  const span = DAYS * 86_400_000;
  // Ends an hour before NOW: answers "from the future" would be left out of the replay.
  const start = NOW.getTime() - span - 3_600_000;
  const records = [];
  for (let s = 0; s < sessions; s++) {
    const id = `s${s.toString(36).padStart(6, '0')}`;
    const mode = r.chance(0.7) ? 'quiz' : r.chance(0.66) ? 'drill' : 'interview';
    const count = sizes[s];
    // Spread evenly over the 90 days (with jitter), oldest first, like a real append-only log.
    let t = start + Math.floor(((s + r()) / sessions) * (span - 3_600_000));
    records.push({ v: 1, kind: 'session-start', session: id, at: new Date(t).toISOString(), mode, notes: ['notes'], planned: count, seed: s });
    let correct = 0;
    for (let k = 0; k < count; k++) {
      const q = r.pick(questions);
      const ms = r.int(1500, 40_000);
      t += ms;
      const skipped = r.chance(0.02);
      const timedOut = !skipped && mode === 'interview' && r.chance(0.05);
      const right = !skipped && !timedOut && r.chance(q.hard ? 0.45 : 0.8);
      const grade = q.type === 'recall' && !skipped ? (right ? r.int(3, 4) : r.int(1, 2)) : right ? 3 : 1;
      if (right) correct++;
      const record = {
        v: 1,
        kind: 'answer',
        session: id,
        at: new Date(t).toISOString(),
        question: q.id,
        type: q.type,
        bank: q.bank,
        topic: q.topic,
        subject: q.subject,
        correct: right,
        grade,
        given: skipped ? '' : q.type === 'order' ? '3 1 2 4' : q.type === 'recall' ? 'a free answer in a few words' : String(r.int(1, 4)),
        ms,
      };
      if (skipped) record.skipped = true;
      if (timedOut) record.timedOut = true;
      records.push(record);
    }
    // Some sessions are killed (no end record), some ended by Ctrl+C.
    if (r.chance(0.97)) {
      const abandoned = r.chance(0.05);
      records.push({ v: 1, kind: 'session-end', session: id, at: new Date(t + 1000).toISOString(), mode, answered: count, correct, abandoned, score: correct / count });
    }
  }
  return records;
}

export async function benchStats() {
  console.log('stats');
  const stats = await importDist('core/history/index.js', ['computeStats']);
  const history = await importDist('io/history.js', ['openHistory']);
  if (!stats || !history) return;
  const replayCache = await importDist('io/history-cache.js', ['readHistoryReplay']);

  const records = makeHistory();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-bench-data-'));
  try {
    const file = path.join(dir, 'history.jsonl');
    writeFileSync(file, records.map((rec) => `${JSON.stringify(rec)}\n`).join(''));
    const size = readFileSync(file).length;
    console.log(`  log: ${records.length.toLocaleString('en-US')} records (${ANSWERS.toLocaleString('en-US')} answers), ${(size / 1e6).toFixed(1)} MB`);

    // Every case keeps its last result, so nothing is dead code and the result can be checked.
    let lines;
    let read;
    let summary;
    const cases = {
      lines: () => {
        lines = readFileSync(file, 'utf8').split('\n');
      },
      read: () => {
        read = history.openHistory(dir).read();
      },
      stats: () => {
        summary = stats.computeStats(history.openHistory(dir).read().records, NOW);
      },
    };
    // The kept replay (`stats` since the card-state cache): without the cache, warm, and warm with
    // a session appended since it was written.
    const results = {};
    const cacheDir = path.join(dir, 'cache');
    const version = 'bench';
    const late = path.join(dir, 'late');
    const lateCache = path.join(late, 'cache');
    let stale;
    if (replayCache) {
      const viaReplay = (dataDir, options) => stats.replayStats(replayCache.readHistoryReplay(dataDir, NOW, { version, ...options }).replay);
      // A data dir whose cache covers all but the last session of the log.
      const cut = records.length - records.slice().reverse().findIndex((r) => r.kind === 'session-start') - 1;
      mkdirSync(late);
      writeFileSync(path.join(late, 'history.jsonl'), records.slice(0, cut).map((rec) => `${JSON.stringify(rec)}\n`).join(''));
      viaReplay(late, { cacheDir: lateCache });
      stale = readFileSync(path.join(lateCache, replayCache.HISTORY_CACHE_FILE));
      appendFileSync(path.join(late, 'history.jsonl'), records.slice(cut).map((rec) => `${JSON.stringify(rec)}\n`).join(''));
      // The warm case's cache, made once.
      viaReplay(dir, { cacheDir });
      Object.assign(cases, {
        noCache: () => {
          results.noCache = viaReplay(dir, {});
        },
        warm: () => {
          results.warm = viaReplay(dir, { cacheDir });
        },
        appended: () => {
          writeFileSync(path.join(lateCache, replayCache.HISTORY_CACHE_FILE), stale);
          results.appended = viaReplay(late, { cacheDir: lateCache });
        },
      });
    }
    const { ms: t, ratio } = await compare(cases, ROUNDS);

    console.log(`  readFileSync + split:       ${ms(t.lines)}`);
    console.log(`  openHistory().read():       ${ms(t.read)}  (${perSec(records.length, t.read)} records/s)`);
    console.log(`  read() + computeStats():    ${ms(t.stats)}`);
    if (replayCache) {
      console.log(`  stats, no cache:            ${ms(t.noCache)}`);
      console.log(`  stats, cache warm:          ${ms(t.warm)}`);
      console.log(`  stats, cache + 1 session:   ${ms(t.appended)}`);
    }
    console.log(`  => read: ${times(ratio('read', 'lines'))} the time of reading + splitting the log`);
    console.log(`  => read + stats: ${times(ratio('stats', 'lines'))} the time of reading + splitting the log`);
    console.log(`     (so computeStats adds ~${times(ratio('stats', 'read') - 1)} the time of read() on top of it)`);
    if (replayCache) {
      console.log(`  => stats without the cache: ${times(ratio('noCache', 'lines'))} the time of reading + splitting the log`);
      console.log(`  => stats with the cache, warm: ${times(ratio('warm', 'lines'))} the time of reading + splitting the log`);
      console.log(`  => stats with the cache, 1 session appended: ${times(ratio('appended', 'lines'))} the time of reading + splitting the log`);
    }
    // A benchmark of a validator that rejects everything would be fast and meaningless.
    if (lines.length < records.length || read.records.length !== records.length || read.warnings.length) {
      console.log(`  warning: read() kept ${read.records.length} of ${records.length} records, ${read.warnings.length} warnings`);
    }
    console.log(`  check: ${summary.sessions} sessions, ${summary.answered} answered, ${summary.dueToday} due today, streak ${summary.streakDays} days`);
    // And a cache that gave other numbers than the whole replay would be fast and wrong.
    for (const [name, result] of Object.entries(results)) {
      if (!isDeepStrictEqual(JSON.parse(JSON.stringify(result)), JSON.parse(JSON.stringify(summary)))) console.log(`  warning: stats ${name} differ from read() + computeStats()`);
    }
    if (replayCache) console.log(`  check: no cache, warm and appended give the stats of read() + computeStats()`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await benchStats();
