import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DraftHead } from '../core/questions/index.js';
import { QUESTION_TYPES } from '../core/types.js';
import { readSignedFile, writeSignedFile } from './atomic-file.js';

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

/** Stores the heads for `key`, then drops all but the newest KEEP collections' files. */
export function writeDraftHeads(dir: string, version: string, key: string, heads: readonly DraftHead[]): void {
  const file = fileOf(dir, key);
  writeSignedFile(file, { format: FORMAT, version, key }, JSON.stringify(heads.map((h): Row => [h.id, h.type, h.bank, h.subject])));
  // The one just written stays whatever the clock's resolution; of the others, the newest.
  const others = fs
    .readdirSync(dir)
    .filter((name) => /^drafts-[^.]+\.json$/.test(name) && name !== path.basename(file))
    .map((name) => ({ name, at: fs.statSync(path.join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.at - a.at);
  for (const { name } of others.slice(KEEP - 1)) fs.rmSync(path.join(dir, name), { force: true });
}

export interface DraftStore {
  get(key: string): DraftHead[] | undefined;
  put(key: string, heads: readonly DraftHead[]): void;
}

/** The data dir's drafts, falling back to the build's own for the bundled notes. */
export function openDraftStore(cacheDir: string, version: string, prebuiltDir = PREBUILT_DRAFTS): DraftStore {
  return {
    get: (key) => readDraftHeads(cacheDir, version, key) ?? readDraftHeads(prebuiltDir, version, key),
    put(key, heads) {
      try {
        writeDraftHeads(cacheDir, version, key, heads);
      } catch {
        // A read-only or full data dir: the quiz goes on, and lists again next time.
      }
    },
  };
}
