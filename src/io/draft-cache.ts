import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DraftHead, KeptQuestions } from '../core/questions/index.js';
import { QUESTION_TYPES, type Question } from '../core/types.js';
import { readSignedFile, writeFileAtomic, writeSignedFile } from './atomic-file.js';

// The drafts a collection offers (what a quiz picks from, none built), listed once and kept, so
// a quiz over notes that did not change lists nothing and builds only the questions it asks.
//
// One file per collection, `<data dir>/cache/drafts-<key>.json`, where the key is a hash of the
// banks and the language (draftsKey); the newest few are kept. The bundled notes' drafts are made
// at build time into dist/drafts/ in the same form, so a first run lists nothing either. Like
// the parse cache: a header with this build's id, the body's length and hash; anything else is
// ignored without a word; written to a temporary name and renamed into place.

const FORMAT = 'k8s-quiz drafts';
/** How many collections' drafts the data dir keeps (a person switching between a few folders). */
const KEEP = 8;
const HERE = path.dirname(fileURLToPath(import.meta.url));
/** dist/drafts (src/drafts from the sources, where there is none). */
export const PREBUILT_DRAFTS = path.join(path.dirname(HERE), 'drafts');

/** A head as stored: id, type, bank position, subject. */
type Row = [string, string, number, string];

const TYPES = new Set<string>(QUESTION_TYPES);

function isRow(value: unknown): value is Row {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    TYPES.has(value[1]) &&
    Number.isInteger(value[2]) &&
    (value[2] as number) >= 0 &&
    typeof value[3] === 'string'
  );
}

const fileOf = (dir: string, key: string) => path.join(dir, `drafts-${key}.json`);

/** The heads stored for `key` by this build, or undefined (missing, damaged, another build's or key's). */
export function readDraftHeads(dir: string, version: string, key: string): DraftHead[] | undefined {
  const file = readSignedFile(fileOf(dir, key));
  if (!file || file.header['format'] !== FORMAT || file.header['version'] !== version || file.header['key'] !== key) return undefined;
  try {
    const rows = JSON.parse(file.body) as unknown;
    if (!Array.isArray(rows) || !rows.every(isRow)) return undefined;
    return rows.map(([id, type, bank, subject]) => ({ id, type: type as DraftHead['type'], bank, subject }));
  } catch {
    return undefined;
  }
}

/** All but the newest KEEP of the files in `dir` named like `pattern`; the one just written stays whatever the clock's resolution. */
function dropOldest(dir: string, pattern: RegExp, written: string): void {
  const others = fs
    .readdirSync(dir)
    .filter((name) => pattern.test(name) && name !== path.basename(written))
    .map((name) => ({ name, at: fs.statSync(path.join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.at - a.at);
  for (const { name } of others.slice(KEEP - 1)) fs.rmSync(path.join(dir, name), { force: true });
}

/** Stores the heads for `key`, then drops all but the newest KEEP collections' files. */
export function writeDraftHeads(dir: string, version: string, key: string, heads: readonly DraftHead[]): void {
  const file = fileOf(dir, key);
  writeSignedFile(file, { format: FORMAT, version, key }, JSON.stringify(heads.map((h): Row => [h.id, h.type, h.bank, h.subject])));
  dropOldest(dir, /^drafts-[^.]+\.json$/, file);
}

// What each head makes (Draft.made: the question before its choices are dealt, the same for
// every seed), so a quiz over notes that did not change builds nothing either. The bundled notes'
// are made at build time into dist/drafts/made-<key>.jsonl; any other collection's are made in the
// data dir while a session on it waits for answers (see cli/made-keeper.ts), and may be partial
// until a session lasts long enough to make them all. A header line ({format, version, key,
// count}), then one line per head in heads order: the question, null where the head makes none,
// or nothing where it was not made yet. The file is read whole but only the lines of the
// questions a quiz picks are parsed; a line that does not parse, or is not the question of its
// head, is built as without the file.

const MADE_FORMAT = 'k8s-quiz made questions';

const madeFile = (dir: string, key: string) => path.join(dir, `made-${key}.jsonl`);

/** A head's line as kept: its question, null for none, '' for not made yet. */
export const madeLine = (made: Question | null | undefined): string => (made === undefined ? '' : JSON.stringify(made));

/** Writes one line per head (madeLine), then drops all but the newest KEEP collections' files. */
export function writeMadeLines(dir: string, version: string, key: string, lines: readonly string[]): void {
  const header = JSON.stringify({ format: MADE_FORMAT, version, key, count: lines.length });
  const file = madeFile(dir, key);
  writeFileAtomic(file, `${[header, ...lines].join('\n')}\n`);
  dropOldest(dir, /^made-[^.]+\.jsonl$/, file);
}

/** Writes what each head made (build time). */
export function writeMadeQuestions(dir: string, version: string, key: string, made: readonly (Question | null)[]): void {
  writeMadeLines(dir, version, key, made.map(madeLine));
}

/** Enough of a question's shape to be asked (the rest is data the question itself carries). */
function isMadeQuestion(value: unknown, head: DraftHead): value is Question {
  if (typeof value !== 'object' || value === null) return false;
  const q = value as Partial<Question>;
  return (
    q.id === head.id &&
    q.type === head.type &&
    typeof q.prompt === 'string' &&
    Array.isArray(q.choices) &&
    q.choices.every((c) => typeof c === 'string') &&
    typeof q.source === 'object' &&
    q.source !== null &&
    Number.isInteger(q.source.line) &&
    typeof q.explanation === 'string' &&
    typeof q.subject === 'string'
  );
}

/** What the heads of a collection made, as kept. */
export interface MadeFile {
  kept: KeptQuestions;
  /** How many heads have no line yet (0: a session on these notes builds nothing). */
  missing: number;
  /** Head `index`'s line as it is in the file ('' where none was made yet). */
  line(index: number): string;
}

/** What the heads of `key` made, as kept in `dir` by this build; undefined when there is no such file. */
export function readMadeFile(dir: string, version: string, key: string, heads: readonly DraftHead[]): MadeFile | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(madeFile(dir, key));
  } catch {
    return undefined;
  }
  // Where each line starts: line 0 is the header, line i + 1 the question of head i.
  const starts = [0];
  for (let at = bytes.indexOf(10); at !== -1 && starts.length <= heads.length + 1; at = bytes.indexOf(10, at + 1)) starts.push(at + 1);
  if (starts.length !== heads.length + 2) return undefined;
  const raw = (n: number): string => bytes.toString('utf8', starts[n] as number, (starts[n + 1] as number) - 1);
  try {
    const header = JSON.parse(raw(0)) as Record<string, unknown>;
    if (header['format'] !== MADE_FORMAT || header['version'] !== version || header['key'] !== key || header['count'] !== heads.length) return undefined;
  } catch {
    return undefined;
  }
  let missing = 0;
  for (let n = 1; n <= heads.length; n++) if ((starts[n + 1] as number) - (starts[n] as number) === 1) missing++;
  return {
    missing,
    line: (index) => (index >= 0 && index < heads.length ? raw(index + 1) : ''),
    kept: (index) => {
      const head = heads[index];
      if (!head) return undefined;
      try {
        const value = JSON.parse(raw(index + 1)) as unknown;
        return value === null ? null : isMadeQuestion(value, head) ? value : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

export interface DraftStore {
  get(key: string): DraftHead[] | undefined;
  put(key: string, heads: readonly DraftHead[]): void;
  /** What the heads of `key` made: kept in the data dir by an earlier session, or by the build (the bundled notes). */
  made(key: string, heads: readonly DraftHead[]): MadeFile | undefined;
  /** Keeps one line per head (madeLine) in the data dir; a read-only or full one keeps nothing. */
  putMade(key: string, lines: readonly string[]): void;
}

/** The data dir's drafts, falling back to the build's own for the bundled notes. */
export function openDraftStore(cacheDir: string, version: string, prebuiltDir = PREBUILT_DRAFTS): DraftStore {
  return {
    get: (key) => readDraftHeads(cacheDir, version, key) ?? readDraftHeads(prebuiltDir, version, key),
    made: (key, heads) => readMadeFile(cacheDir, version, key, heads) ?? readMadeFile(prebuiltDir, version, key, heads),
    put(key, heads) {
      try {
        writeDraftHeads(cacheDir, version, key, heads);
      } catch {
        // A read-only or full data dir: the quiz goes on, and lists again next time.
      }
    },
    putMade(key, lines) {
      try {
        writeMadeLines(cacheDir, version, key, lines);
      } catch {
        // The same: the next session builds what it picks, as without the file.
      }
    },
  };
}
