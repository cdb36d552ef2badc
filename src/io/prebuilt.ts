import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEntry, sha1, toResult, type Entry } from './cache.js';
import type { Prebuilt } from './load.js';
import { buildInfo } from './version.js';

// The bundled notes (notes/en, notes/zh) parsed at build time into dist/bundled-banks.json, so the
// very first run parses nothing. Installed from a tarball, the notes' mtimes are npm's fixed date,
// so an entry is checked by the note's size and a hash of its bytes (ten small files), and the
// whole file by the build it came from: a stale or missing file means parsing, as without it.

export const PREBUILT_FILE = 'bundled-banks.json';
const FORMAT = 'k8s-quiz bundled banks';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** dist/ (or src/, where there is no such file). */
const ROOT = path.dirname(HERE);
export const NOTES_ROOT = path.resolve(ROOT, '..', 'notes');

export interface PrebuiltFile {
  format: string;
  id: string;
  /** By path under notes/ with `/` separators: the entry and a hash of the note's bytes. */
  notes: Record<string, { sha1: string; entry: Entry }>;
}

/**
 * The bundled banks of this build. The file is read when a note under notes/ is first asked for;
 * if it is missing, damaged or another build's, every note is parsed as without it.
 */
export function openPrebuilt(file = path.join(ROOT, PREBUILT_FILE), notesRoot = NOTES_ROOT, id?: string): Prebuilt {
  let data: PrebuiltFile | null | undefined;
  const load = (): PrebuiltFile | null => {
    try {
      const read = JSON.parse(fs.readFileSync(file, 'utf8')) as PrebuiltFile;
      const ok = typeof read === 'object' && read !== null && read.format === FORMAT && read.id === (id ?? buildInfo().id) && typeof read.notes === 'object' && read.notes !== null;
      return ok ? read : null;
    } catch {
      return null;
    }
  };
  return {
    get(note, stamp, shown) {
      const rel = path.relative(notesRoot, note);
      if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
      data ??= load();
      const known = data?.notes[rel.split(path.sep).join('/')];
      if (!known || !isEntry(known.entry) || known.entry.size !== stamp.size) return undefined;
      try {
        if (sha1(fs.readFileSync(note)) !== known.sha1) return undefined;
      } catch {
        return undefined;
      }
      return toResult(known.entry, shown);
    },
  };
}

/** The content of dist/bundled-banks.json for what loading the bundled notes gave (at build time). */
export function prebuiltFile(id: string, notesRoot: string, results: { file: string; entry: Entry }[]): PrebuiltFile {
  const notes: PrebuiltFile['notes'] = {};
  for (const { file, entry } of results) {
    notes[path.relative(notesRoot, file).split(path.sep).join('/')] = { sha1: sha1(fs.readFileSync(file)), entry };
  }
  return { format: FORMAT, id, notes };
}
