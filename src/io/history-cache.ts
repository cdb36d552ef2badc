import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { continueReplay, latestRecords, newReplay, replayFromJson, replayHistory, replayToJson, type HistoryReplay } from '../core/history/index.js';
import { HISTORY_FILE, parseHistoryPart, unreadableLog, type HistoryWarning } from './history.js';
import { readSignedFile, writeSignedFile } from './atomic-file.js';

// The replay of the answer log kept between runs: what `stats` and `drill` take from the whole log
// (the stats tally, every question's FSRS card, …: core/history/replay.ts), with the part of the
// log it covers. A later run reads it and replays only the lines appended since.
//
// It lives in `<data dir>/cache/history-replay.json` and may be deleted at any time. The first line
// says what it is: this format, the build of the program that wrote it, the log's path, how many
// bytes of the log it covers (whole lines only) and a SHA-1 of those bytes, and the length and
// SHA-1 of the rest (the replay, and the warnings of those lines). It is used only when all of that
// holds: a log that shrank, was replaced or edited before its end is replayed from its start, and
// so is one whose new lines hold a record older than the last one replayed (merged in by `sync`).
// A cache that is missing, unreadable, cut short, damaged or another program's is ignored without a
// word and replaced. It is written whole to a temporary name and renamed into place, so a reader
// (another process, a kill -9 halfway) finds the old file or the new one, never a mix; two
// processes writing at once each write a whole file, and the last rename wins (both are right).

export const HISTORY_CACHE_FILE = 'history-replay.json';
const FORMAT = 'k8s-quiz history cache';
const NEWLINE = 0x0a;
/** How much larger than the part of the log it covers the cache may be (a small log's replay is larger than the log). */
const LARGER_THAN_LOG = 1 << 20;

interface Header {
  format: string;
  version: string;
  log: string;
  /** Bytes of the log covered: whole lines, from its start. */
  offset: number;
  /** Lines in those bytes. */
  lines: number;
  /** SHA-1 of those bytes. */
  logSha1: string;
  length: number;
  sha1: string;
}

interface Saved {
  offset: number;
  lines: number;
  logSha1: string;
  replay: unknown;
  warnings: HistoryWarning[];
}

export interface ReplayOptions {
  /** The cache folder (`cache/` in the data dir); without one (--no-cache) the whole log is replayed and nothing is kept. */
  cacheDir?: string;
  /** The running build (buildInfo().id): a cache another build wrote is not used. */
  version: string;
}

export interface ReplayResult {
  /** The replay of every readable record of the log, as of `now`. */
  replay: HistoryReplay;
  /** What reading the log whole warns about (damaged lines), the same with the cache as without. */
  warnings: HistoryWarning[];
}


function countLines(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  for (let at = bytes.indexOf(NEWLINE, from); at !== -1 && at < to; at = bytes.indexOf(NEWLINE, at + 1)) n++;
  return n;
}

function isWarning(value: unknown): value is HistoryWarning {
  if (typeof value !== 'object' || value === null) return false;
  const w = value as Record<string, unknown>;
  return typeof w['file'] === 'string' && Number.isInteger(w['line']) && typeof w['message'] === 'string';
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** The saved replay for `log`, if the cache file is whole, this format, this build's and this log's. */
function readSaved(cacheFile: string, version: string, log: string): Saved | undefined {
  const signed = readSignedFile(cacheFile);
  if (!signed) return undefined;
  const header = signed.header as Partial<Header>;
  if (header.format !== FORMAT || header.version !== version || header.log !== log) return undefined;
  if (!isCount(header.offset) || !isCount(header.lines) || typeof header.logSha1 !== 'string') return undefined;
  try {
    const data = JSON.parse(signed.body) as { replay?: unknown; warnings?: unknown } | null;
    if (typeof data !== 'object' || data === null || !Array.isArray(data.warnings) || !data.warnings.every(isWarning)) return undefined;
    return { offset: header.offset, lines: header.lines, logSha1: header.logSha1, replay: data.replay, warnings: data.warnings };
  } catch {
    return undefined;
  }
}

/** Writes the cache file: to a temporary name first, then renamed into place. Never throws: a cache that cannot be written is no cache. */
function writeSaved(cacheFile: string, header: Omit<Header, 'length' | 'sha1'>, replay: HistoryReplay, warnings: HistoryWarning[]): void {
  // Larger than the log it stands for (a record holding megabytes of text, kept in the tally and
  // among the latest records), it would take longer to read than the log: not kept. The subjects
  // alone (each question's latest, and those of the latest records) tell, most of the time, before
  // the whole is written out.
  const limit = header.offset + LARGER_THAN_LOG;
  let subjects = 0;
  for (const q of replay.tally.perQuestion.values()) subjects += q.subject.length;
  for (const r of latestRecords(replay)) if (r.kind === 'answer' || r.kind === 'flag') subjects += r.subject.length;
  if (subjects > limit) return;
  try {
    const body = JSON.stringify({ replay: replayToJson(replay), warnings });
    if (body.length > limit) return;
    writeSignedFile(cacheFile, header, body);
  } catch {
    // A read-only or full data dir: the log was replayed all the same.
  }
}

/**
 * The replay of the answer log in `dataDir` as of `now`: from the cache plus the lines appended
 * since, when the cache covers the start of this log; else from the whole log (and the cache is
 * written anew). The same replay and the same warnings as replaying `openHistory(dataDir).read()`.
 */
export function readHistoryReplay(dataDir: string, now: Date, options: ReplayOptions): ReplayResult {
  const file = path.join(dataDir, HISTORY_FILE);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { replay: newReplay(now), warnings: [] };
    return { replay: newReplay(now), warnings: [unreadableLog(file, error)] };
  }
  // The cache covers whole lines only: a last line without its newline may still be being written.
  const whole = bytes.lastIndexOf(NEWLINE) + 1;
  const cacheFile = options.cacheDir === undefined ? undefined : path.join(options.cacheDir, HISTORY_CACHE_FILE);

  let replay: HistoryReplay | undefined;
  let warnings: HistoryWarning[] = [];
  let lines: number | undefined;
  let covered: Hash | undefined;
  let changed = true;
  const saved = cacheFile ? readSaved(cacheFile, options.version, file) : undefined;
  if (saved && saved.offset <= whole) {
    const hash = createHash('sha1').update(bytes.subarray(0, saved.offset));
    const restored = hash.copy().digest('hex') === saved.logSha1 ? replayFromJson(saved.replay) : undefined;
    if (restored) {
      const pending = restored.pending.length;
      const part = parseHistoryPart(bytes.toString('utf8', saved.offset, whole), file, { linesBefore: saved.lines });
      if (continueReplay(restored, part.records, now)) {
        replay = restored;
        warnings = saved.warnings.concat(part.warnings);
        lines = saved.lines + countLines(bytes, saved.offset, whole);
        covered = hash.update(bytes.subarray(saved.offset, whole));
        changed = whole > saved.offset || restored.pending.length !== pending;
      }
    }
  }
  if (!replay) {
    const all = parseHistoryPart(bytes.toString('utf8', 0, whole), file);
    replay = replayHistory(all.records, now);
    warnings = all.warnings;
  }
  // Counted only when needed (nothing is kept with --no-cache).
  const linesOf = (): number => (lines ??= countLines(bytes, 0, whole));
  if (cacheFile && changed && whole > 0) {
    covered ??= createHash('sha1').update(bytes.subarray(0, whole));
    writeSaved(cacheFile, { format: FORMAT, version: options.version, log: file, offset: whole, lines: linesOf(), logSha1: covered.digest('hex') }, replay, warnings);
  }

  // A last line without its newline (being written now, or cut off by a kill): replayed, never kept.
  if (whole < bytes.length) {
    const part = parseHistoryPart(bytes.toString('utf8', whole), file, { linesBefore: linesOf() });
    if (!continueReplay(replay, part.records, now)) {
      const all = parseHistoryPart(bytes.toString('utf8'), file);
      return { replay: replayHistory(all.records, now), warnings: all.warnings };
    }
    warnings = warnings.concat(part.warnings);
  }
  return { replay, warnings };
}
