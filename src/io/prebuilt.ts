import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEntry, renameInPlace, sha1, toResult, type Entry } from './cache.js';
import type { Prebuilt } from './load.js';
import { buildInfo } from './version.js';

// The bundled notes (notes/en, notes/zh) parsed at build time into dist/bundled-banks/, one file
// per set (`en.json`, `zh.json`), so the very first run parses nothing and a run reads only the set
// it uses. Installed from a tarball, the notes' mtimes are npm's fixed date, so an entry is checked
// by the note's size and a hash of its bytes (ten small files), and the whole file by the build it
// came from: a stale or missing file means parsing, as without it.
//
// A set's file also holds the key of its drafts (draftsKey of its banks, with no language and with
// the set's own): a run that took every note of the set from here has those very banks, so it need
// not serialise and hash them again to find the drafts kept in dist/drafts.

export const PREBUILT_DIR = 'bundled-banks';
const FORMAT = 'k8s-quiz bundled banks';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** dist/ (or src/, where there is no such folder). */
const ROOT = path.dirname(HERE);
export const NOTES_ROOT = path.resolve(ROOT, '..', 'notes');

export interface PrebuiltFile {
  format: string;
  id: string;
  /** By path under notes/ with `/` separators: the entry and a hash of the note's bytes. */
  notes: Record<string, { sha1: string; entry: Entry }>;
  /** draftsKey of the set's banks by language ('' for none), when it does not depend on where the notes are read from. */
  drafts?: Record<string, string>;
}

/** The set a note under notes/ belongs to: its first folder ('' for a note at the top). */
const setOf = (rel: string): string => (rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '');
/** The file of a set in the prebuilt folder. */
export const setFile = (dir: string, set: string): string => path.join(dir, `${set ? encodeURIComponent(set) : '_'}.json`);

export interface BundledBanks extends Prebuilt {
  /**
   * The drafts key of the banks loaded from `dir` (one bundled set) in language `lang`, when the
   * `loaded` notes of that run were the set's notes, every one of them taken from here; else undefined.
   */
  draftsKey(dir: string, loaded: number, lang: string | undefined): string | undefined;
}

/**
 * The bundled banks of this build. A set's file is read when a note of it is first asked for;
 * if it is missing, damaged or another build's, every note is parsed as without it.
 */
export function openPrebuilt(dir = path.join(ROOT, PREBUILT_DIR), notesRoot = NOTES_ROOT, id?: string): BundledBanks {
  const sets = new Map<string, PrebuiltFile | null>();
  /** Notes given out: by absolute path (their entries were renamed in place, so a second ask reads the file again). */
  const given = new Set<string>();
  const load = (set: string): PrebuiltFile | null => {
    try {
      const read = JSON.parse(fs.readFileSync(setFile(dir, set), 'utf8')) as PrebuiltFile;
      const ok = typeof read === 'object' && read !== null && read.format === FORMAT && read.id === (id ?? buildInfo().id) && typeof read.notes === 'object' && read.notes !== null;
      return ok ? read : null;
    } catch {
      return null;
    }
  };
  const relOf = (file: string): string | undefined => {
    const rel = path.relative(notesRoot, file);
    return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : rel.split(path.sep).join('/');
  };
  return {
    get(note, stamp, shown) {
      const rel = relOf(note);
      if (rel === undefined) return undefined;
      const set = setOf(rel);
      let data = sets.get(set);
      if (data === undefined || given.has(note)) sets.set(set, (data = load(set)));
      const known = data?.notes[rel];
      if (!known || !isEntry(known.entry) || known.entry.size !== stamp.size) return undefined;
      try {
        if (sha1(fs.readFileSync(note)) !== known.sha1) return undefined;
      } catch {
        return undefined;
      }
      // Fresh from JSON.parse and given out once: renamed where it lies rather than copied.
      given.add(note);
      return toResult(renameInPlace(known.entry, shown), shown);
    },
    draftsKey(folder, loaded, lang) {
      const rel = relOf(folder);
      if (rel === undefined || rel === '' || rel.includes('/')) return undefined;
      const data = sets.get(rel);
      const key = data?.drafts?.[lang ?? ''];
      if (!data || key === undefined) return undefined;
      // Exactly the set's notes were loaded, each of them taken from here.
      const names = Object.keys(data.notes);
      if (loaded !== names.length) return undefined;
      for (const name of names) if (!given.has(path.join(notesRoot, ...name.split('/')))) return undefined;
      return key;
    },
  };
}

/** The content of a set's file in dist/bundled-banks/ for what loading the bundled notes gave (at build time). */
export function prebuiltFile(id: string, notesRoot: string, results: { file: string; entry: Entry }[], drafts?: Record<string, string>): PrebuiltFile {
  const notes: PrebuiltFile['notes'] = {};
  for (const { file, entry } of results) {
    notes[path.relative(notesRoot, file).split(path.sep).join('/')] = { sha1: sha1(fs.readFileSync(file)), entry };
  }
  return { format: FORMAT, id, notes, ...(drafts ? { drafts } : {}) };
}

/** The results of loading the bundled notes, by set (the first folder under notes/). */
export function bySet(notesRoot: string, results: { file: string; entry: Entry }[]): Map<string, { file: string; entry: Entry }[]> {
  const out = new Map<string, { file: string; entry: Entry }[]>();
  for (const result of results) {
    const set = setOf(path.relative(notesRoot, result.file).split(path.sep).join('/'));
    out.set(set, [...(out.get(set) ?? []), result]);
  }
  return out;
}
