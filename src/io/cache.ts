import fs from 'node:fs';
import path from 'node:path';
import { readSignedFile, sha1, writeSignedFile } from './atomic-file.js';
import type { ParsedNote } from '../core/notes/index.js';
import type { Bank, Skipped, Warning } from '../core/types.js';

// The parse cache: what loading each note file gave (its banks, warnings and what it skipped),
// so a note that did not change since the last run is not parsed again.
//
// It lives in `<data dir>/cache/`, one file per folder of notes (`notes-<hash of the folder>.json`),
// and may be deleted at any time. An entry is used only when the file's size and mtime are those
// it was made from and the whole cache file was written by this very build of the program
// (`version`); anything else (unreadable, truncated, foreign, another version) is ignored without a
// word and replaced on the next save. Files are written whole to a temporary name and renamed into
// place, so a reader (another process, a kill -9 halfway) sees the old file or the new one, never
// a mix. Two processes saving at once each write a complete file; the last rename wins.

export { CACHE_DIR } from './cache-dir.js';
const FORMAT = 'k8s-quiz parsed notes';
/**
 * A note changed within this many ms before it was read may change again with the same mtime
 * (file systems keep mtimes in ticks of up to 2 s): it is parsed but not cached until it is older.
 */
export const RACY_MS = 2000;

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** What loading one file gave: the warnings of reading it, and the note (null when it was skipped, e.g. binary). */
export interface NoteResult {
  warnings: Warning[];
  parsed: ParsedNote | null;
}

interface StoredNote {
  title: string;
  tags: string[];
  banks: Bank[];
  warnings: Warning[];
  skipped: Skipped[];
}

export interface Entry extends FileStamp {
  /** The file's name as shown when the entry was made (every `file` in it says this). */
  shown: string;
  warnings: Warning[];
  note: StoredNote | null;
}

interface Shard {
  file: string;
  entries: Map<string, Entry>;
  /** Names put in this run (they win over what another process saved meanwhile). */
  put: Set<string>;
  /** Names looked up in this run (their files exist). */
  seen: Set<string>;
}

export interface NoteCache {
  /** What `file` gave last time, if its size and mtime are unchanged; `shown` is its name now. */
  get(file: string, stamp: FileStamp, shown: string): NoteResult | undefined;
  /** Keeps what `file` gave (not when it changed so recently that its mtime cannot be trusted). */
  put(file: string, stamp: FileStamp, shown: string, result: NoteResult): void;
  /** Writes the cache files that changed. Never throws: a cache that cannot be written is no cache. */
  save(): void;
}

export interface CacheOptions {
  /** When the run started (ms since the epoch), for the RACY_MS rule. */
  now?: () => number;
}

export { sha1 };

/** The cache file for the notes in folder `dir`. */
function shardFile(cacheDir: string, dir: string): string {
  return path.join(cacheDir, `notes-${sha1(dir).slice(0, 20)}.json`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An entry as read back: the shape is checked, not every bank (the checksum vouches for those). */
export function isEntry(value: unknown): value is Entry {
  if (!isObject(value)) return false;
  if (typeof value.size !== 'number' || typeof value.mtimeMs !== 'number' || typeof value.shown !== 'string' || !Array.isArray(value.warnings)) return false;
  const note = value.note;
  if (note === null) return true;
  return isObject(note) && typeof note.title === 'string' && Array.isArray(note.tags) && Array.isArray(note.banks) && Array.isArray(note.warnings) && Array.isArray(note.skipped);
}

/** Reads one cache file; an empty map for anything that is not a whole, valid file of this version for `dir`. */
export function readShard(file: string, version: string, dir: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const signed = readSignedFile(file);
  if (!signed || signed.header['format'] !== FORMAT || signed.header['version'] !== version || signed.header['dir'] !== dir) return entries;
  try {
    const data = JSON.parse(signed.body) as unknown;
    if (!isObject(data)) return entries;
    for (const [name, entry] of Object.entries(data)) if (isEntry(entry)) entries.set(name, entry);
  } catch {
    entries.clear();
  }
  return entries;
}

/** Writes `entries` as the cache file for `dir`: to a temporary file first, then renamed into place. */
function writeShard(file: string, version: string, dir: string, entries: Map<string, Entry>): void {
  writeSignedFile(file, { format: FORMAT, version, dir }, JSON.stringify(Object.fromEntries(entries)));
}

/** Every `file` property equal to `from` becomes `to` (the note is shown under another name now). */
function rename<T>(value: T, from: string, to: string): T {
  if (Array.isArray(value)) return value.map((v) => rename(v, from, to)) as T;
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === 'file' && v === from ? to : rename(v, from, to);
  return out as T;
}

/**
 * `entry` with every `file` equal to its `shown` set to `shown`, changed where it lies (no copy):
 * for an entry read for this one use, never kept (the prebuilt banks).
 */
export function renameInPlace(entry: Entry, shown: string): Entry {
  const from = entry.shown;
  if (from === shown) return entry;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) if (typeof v === 'object' && v !== null) visit(v);
      return;
    }
    if (!isObject(value)) return;
    for (const key in value) {
      const v = value[key];
      if (key === 'file' && v === from) value[key] = shown;
      else if (typeof v === 'object' && v !== null) visit(v);
    }
  };
  visit(entry);
  entry.shown = shown;
  return entry;
}

/** The loader's result from a stored entry, its `file`s renamed to `shown`. */
export function toResult(entry: Entry, shown: string): NoteResult {
  const e = entry.shown === shown ? entry : rename(entry, entry.shown, shown);
  if (!e.note) return { warnings: e.warnings, parsed: null };
  const { title, tags, banks, warnings, skipped } = e.note;
  // The outline is not kept: nothing after loading reads it.
  return { warnings: e.warnings, parsed: { note: { file: shown, title, tags, outline: { file: shown, sections: [] } }, banks, warnings, skipped } };
}

/** What is stored of a loader's result. */
export function toEntry(stamp: FileStamp, shown: string, result: NoteResult): Entry {
  const p = result.parsed;
  const note = p ? { title: p.note.title, tags: p.note.tags, banks: p.banks, warnings: p.warnings, skipped: p.skipped } : null;
  return { size: stamp.size, mtimeMs: stamp.mtimeMs, shown, warnings: result.warnings, note };
}

/** The parse cache in `cacheDir` for this build of the program (`version`). Nothing is read until asked. */
export function openNoteCache(cacheDir: string, version: string, options: CacheOptions = {}): NoteCache {
  const started = (options.now ?? Date.now)();
  const shards = new Map<string, Shard>();

  const shardOf = (dir: string): Shard => {
    let shard = shards.get(dir);
    if (!shard) {
      const file = shardFile(cacheDir, dir);
      shard = { file, entries: readShard(file, version, dir), put: new Set(), seen: new Set() };
      shards.set(dir, shard);
    }
    return shard;
  };

  return {
    get(file, stamp, shown) {
      const shard = shardOf(path.dirname(file));
      const name = path.basename(file);
      shard.seen.add(name);
      const entry = shard.entries.get(name);
      if (!entry || entry.size !== stamp.size || entry.mtimeMs !== stamp.mtimeMs) return undefined;
      return toResult(entry, shown);
    },
    put(file, stamp, shown, result) {
      if (stamp.mtimeMs > started - RACY_MS) return;
      const shard = shardOf(path.dirname(file));
      const name = path.basename(file);
      shard.seen.add(name);
      shard.put.add(name);
      shard.entries.set(name, toEntry(stamp, shown, result));
    },
    save() {
      for (const [dir, shard] of shards) {
        if (shard.put.size === 0) continue;
        try {
          // What another process saved since this one read the file is kept, unless this run
          // made the same entry anew; entries for files that are gone are dropped.
          const merged = new Map([...shard.entries, ...readShard(shard.file, version, dir)]);
          for (const name of shard.put) merged.set(name, shard.entries.get(name) as Entry);
          for (const name of merged.keys()) if (!shard.seen.has(name) && !fs.existsSync(path.join(dir, name))) merged.delete(name);
          writeShard(shard.file, version, dir, merged);
        } catch {
          // A read-only or full data dir: the notes were loaded all the same.
        }
      }
    },
  };
}

/** Deletes the cache folder; returns whether there was one. */
export function clearCache(cacheDir: string): boolean {
  const existed = fs.existsSync(cacheDir);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  return existed;
}
