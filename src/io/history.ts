import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { checkRecord, cleanRecord, mayHoldControl, recordKey, type FlagRecord, type HistoryRecord, type UnflagRecord } from '../core/history/index.js';
import { CliError } from '../errors.js';
import { moveAside } from './data-dir.js';
import { makeDir } from './atomic-file.js';

// The answer log: `history.jsonl` in the data dir, one JSON record a line, only ever appended.
//
// Each record is one write(2) of one buffer on a file opened with O_APPEND, so records from
// several processes never interleave, and a kill -9 loses at most the record being written
// (which then shows up as a truncated last line: skipped with a warning on read, and the next
// append starts on a fresh line).
//
// The log is never written through a symbolic link (one pointing at a system file would have
// answers appended to it): opening it for appending does not follow one.
//
// The log may also be the union of several machines' logs (`k8s-quiz sync`), so reading keeps one
// record per id (a union can bring the same record twice) and returns them in time order.

export const HISTORY_FILE = 'history.jsonl';

export interface HistoryWarning {
  /** The log's path. */
  file: string;
  /** 1-based line number in the log (0: the file as a whole). */
  line: number;
  /** Self-contained: starts with `<file>:<line>:`. */
  message: string;
}

export interface HistoryReadResult {
  /**
   * One per record id (the first copy), in time order (`at`); records with the same time keep
   * their file order. A record without an id (written before ids existed) counts as a duplicate
   * only of an identical line.
   */
  records: HistoryRecord[];
  warnings: HistoryWarning[];
}

export interface ResetResult {
  /** Where the old log went, or undefined when there was none. */
  movedTo: string | undefined;
  /** One line for the person: what happened and that nothing was deleted. */
  message: string;
}

export interface History {
  readonly path: string;
  /** Appends one record; returns once it is written. Creates the data dir when missing. */
  append(record: HistoryRecord): void;
  /**
   * A writer for one session's records, which go on to the file its first one went to: a
   * `reset` during the session moves that file aside, and the session's later answers follow
   * their session start there rather than start the fresh log without it.
   */
  sessionLog(): SessionLog;
  /** Every readable record; bad lines are skipped with a warning, never thrown. */
  read(): HistoryReadResult;
  /**
   * Only the flag and unflag records, read quickly and quietly (sessions read them at the start
   * to leave flagged questions out; a damaged line is for `stats` and `history` to report).
   */
  readFlags(): (FlagRecord | UnflagRecord)[];
  /** Renames the log to `history.jsonl.reset-<timestamp>` (settings are untouched). */
  reset(): ResetResult;
}

export interface SessionLog {
  append(record: HistoryRecord): void;
  close(): void;
}

export interface HistoryOptions {
  /** Clock for the `.reset-<timestamp>` name. */
  now?: () => Date;
}

const NEWLINE = 0x0a;
/** Appending, created when missing, never through a symbolic link (O_NOFOLLOW is 0 where there is none). */
const APPEND = fs.constants.O_RDWR | fs.constants.O_APPEND | fs.constants.O_CREAT | (fs.constants.O_NOFOLLOW ?? 0);

/** A new record id: 16 random hex digits (64 bits: no two records made anywhere will share one). */
export function newRecordId(): string {
  return randomBytes(8).toString('hex');
}

/**
 * Parses the text of a log: one record per id, in time order (see HistoryReadResult). Pure;
 * `file` only names the log in warnings.
 */
export function parseHistory(text: string, file: string): HistoryReadResult {
  return parseHistoryPart(text, file);
}

/** Where a part of the log starts: how many lines come before it (0: it is the whole log, or its start). */
export interface LogPart {
  /** Lines before the part (line numbers in warnings go on from there). */
  linesBefore: number;
}

/**
 * parseHistory for a part of a log that starts on a line of its own (after `linesBefore` lines):
 * warnings name the lines of the whole log, and a byte order mark is skipped only at its start.
 * A part that does not end with a newline ends the log (its last line may be cut off mid-write).
 */
export function parseHistoryPart(text: string, file: string, part: LogPart = { linesBefore: 0 }): HistoryReadResult {
  const records: HistoryRecord[] = [];
  const warnings: HistoryWarning[] = [];
  const warn = (line: number, message: string): void => {
    warnings.push({ file, line, message: `${file}:${line}: ${message}` });
  };
  const endsWithNewline = text.length === 0 || text.endsWith('\n');
  let start = 0;
  let lineNo = part.linesBefore;
  // Skip a UTF-8 byte order mark, should an editor have added one.
  if (part.linesBefore === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    const last = end === -1;
    if (last) end = text.length;
    lineNo++;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (last && !endsWithNewline) warn(lineNo, 'skipped a truncated last line (cut off mid-write, probably by a crash or kill)');
      else warn(lineNo, 'skipped a corrupted line (not valid JSON)');
      continue;
    }
    const checked = checkRecord(value);
    if (!('record' in checked)) {
      warn(lineNo, `skipped a record: ${checked.problem}`);
      continue;
    }
    records.push(mayHoldControl(line) ? cleanRecord(checked.record) : checked.record);
  }
  return { records: uniqueInTimeOrder(records), warnings };
}

/** A record's identity (its id, or for an old line what makes it that record). */
export { recordKey };

/**
 * The records sorted by `at`, stably (a log from one machine is nearly sorted already; one merged
 * from two is two sorted runs), keeping one record per key. Copies of a record have the same `at`,
 * so they meet in a run of equal times: keys are only compared within such a run, which is
 * nearly always a single record (no set of 100,000 keys for a long log).
 */
function uniqueInTimeOrder(records: HistoryRecord[]): HistoryRecord[] {
  // Fast path: timestamps as toISOString writes them (same length, UTC) sort as strings.
  let inOrder = true;
  let uniform = records.length === 0 || (records[0] as HistoryRecord).at.endsWith('Z');
  for (let i = 1; i < records.length && uniform; i++) {
    const a = (records[i - 1] as HistoryRecord).at;
    const b = (records[i] as HistoryRecord).at;
    if (a.length !== b.length || !b.endsWith('Z')) uniform = false;
    else if (b < a) inOrder = false;
  }
  let times: number[] | undefined;
  let order: number[] | undefined;
  if (uniform && !inOrder) {
    const at = records.map((r) => r.at);
    order = records.map((_, i) => i);
    order.sort((a, b) => ((at[a] as string) < (at[b] as string) ? -1 : (at[a] as string) > (at[b] as string) ? 1 : a - b));
  } else if (!uniform) {
    const t = records.map((r) => Date.parse(r.at));
    times = t;
    let sorted = true;
    for (let i = 1; i < t.length && sorted; i++) if ((t[i] as number) < (t[i - 1] as number)) sorted = false;
    if (!sorted) {
      order = records.map((_, i) => i);
      order.sort((a, b) => (t[a] as number) - (t[b] as number) || a - b);
    }
  }
  const out: HistoryRecord[] = [];
  let previous = -1;
  let runFirst: HistoryRecord | undefined;
  let runKeys: Set<string> | undefined;
  for (let k = 0; k < records.length; k++) {
    const i = order ? (order[k] as number) : k;
    const record = records[i] as HistoryRecord;
    const sameTime = previous >= 0 && (times ? times[i] === times[previous] : record.at === (records[previous] as HistoryRecord).at);
    previous = i;
    if (!sameTime || !runFirst) {
      runFirst = record;
      runKeys = undefined;
      out.push(record);
      continue;
    }
    runKeys ??= new Set([recordKey(runFirst)]);
    const key = recordKey(record);
    if (runKeys.has(key)) continue;
    runKeys.add(key);
    out.push(record);
  }
  return out;
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException)?.code;
}

/** The warning for a log that is there but cannot be read (ENOENT is no log: no warning). */
export function unreadableLog(file: string, error: unknown): HistoryWarning {
  return { file, line: 0, message: `${file}:0: cannot read the history log (${code(error) ?? (error as Error).message})` };
}

export function openHistory(dataDir: string, options: HistoryOptions = {}): History {
  const now = options.now ?? (() => new Date());
  const file = path.join(dataDir, HISTORY_FILE);
  const lastByte = Buffer.alloc(1);

  const openForAppend = (): number => {
    try {
      return fs.openSync(file, APPEND);
    } catch (error) {
      if (code(error) === 'ELOOP' || code(error) === 'EMLINK') {
        throw new CliError(`answers cannot be saved: ${file} is a symbolic link, and the history is never written through one (make it a plain file)`);
      }
      if (code(error) !== 'ENOENT') throw error;
      makeDir(dataDir);
      return fs.openSync(file, APPEND);
    }
  };

  const write = (fd: number, record: HistoryRecord): void => {
    const line = `${JSON.stringify(record)}\n`;
    // A log cut off mid-line (kill -9 during a write) must not swallow this record:
    // start on a fresh line. Reading one byte at a position does not move the append offset.
    const size = fs.fstatSync(fd).size;
    let prefix = '';
    if (size > 0 && fs.readSync(fd, lastByte, 0, 1, size - 1) === 1 && lastByte[0] !== NEWLINE) prefix = '\n';
    const buffer = Buffer.from(prefix + line, 'utf8');
    let offset = 0;
    while (offset < buffer.length) offset += fs.writeSync(fd, buffer, offset, buffer.length - offset);
  };

  return {
    path: file,

    append(record: HistoryRecord): void {
      const fd = openForAppend();
      try {
        write(fd, record);
      } finally {
        fs.closeSync(fd);
      }
    },

    sessionLog(): SessionLog {
      let fd: number | undefined;
      return {
        append(record) {
          // Renamed by a reset, the file keeps its name count; replaced by a sync (git writes a
          // new file), the old one has none left: then the session goes on in the new log.
          if (fd !== undefined && fs.fstatSync(fd).nlink === 0) {
            fs.closeSync(fd);
            fd = undefined;
          }
          fd ??= openForAppend();
          write(fd, record);
        },
        close() {
          if (fd !== undefined) fs.closeSync(fd);
          fd = undefined;
        },
      };
    },

    read(): HistoryReadResult {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (error) {
        if (code(error) === 'ENOENT') return { records: [], warnings: [] };
        return { records: [], warnings: [unreadableLog(file, error)] };
      }
      return parseHistory(text, file);
    },

    readFlags(): (FlagRecord | UnflagRecord)[] {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch {
        return [];
      }
      // Most lines are answers: only the lines that mention `flag` are cut out, decoded and
      // parsed (searching the bytes, not decoding the whole log, keeps a big log quick).
      const lines: string[] = [];
      for (let at = bytes.indexOf('flag'); at !== -1; ) {
        const start = bytes.lastIndexOf(NEWLINE, at) + 1;
        const end = bytes.indexOf(NEWLINE, at);
        lines.push(bytes.toString('utf8', start, end === -1 ? bytes.length : end));
        if (end === -1) break;
        at = bytes.indexOf('flag', end);
      }
      return parseHistory(lines.join('\n'), file).records.filter((r): r is FlagRecord | UnflagRecord => r.kind === 'flag' || r.kind === 'unflag');
    },

    reset(): ResetResult {
      if (!fs.existsSync(file)) return { movedTo: undefined, message: 'no history to reset' };
      let movedTo: string;
      try {
        movedTo = moveAside(file, 'reset', now());
      } catch (error) {
        if (code(error) === 'ENOENT') return { movedTo: undefined, message: 'no history to reset' };
        throw new CliError(`cannot reset the history: ${file} cannot be moved aside (${code(error) ?? (error as Error).message}: is ${dataDir} read-only?); nothing was changed`);
      }
      return {
        movedTo,
        message: `history cleared: the old log was moved to ${movedTo} (delete that file to remove it for good)`,
      };
    },
  };
}
