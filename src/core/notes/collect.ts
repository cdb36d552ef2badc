import { shortHash } from '../text/index.js';
import type { Collection, Warning } from '../types.js';
import type { ParsedNote } from './parse.js';

// Parsed notes -> one collection. Its own module: a run whose notes all come from the cache
// collects them without loading the markdown parser.

/**
 * Bank ids come from the note's title, so two notes with one title would share ids and
 * mix their histories: the later one's ids also take its file name, and a warning says so.
 */
export function collect(parsed: ParsedNote[], warnings: Warning[] = []): Collection {
  const firstWithTitle = new Map<string, string>();
  const clashes: Warning[] = [];
  const banks = parsed.flatMap((p) => {
    const first = firstWithTitle.get(p.note.title);
    if (first === undefined) {
      firstWithTitle.set(p.note.title, p.note.file);
      return p.banks;
    }
    clashes.push({
      file: p.note.file,
      line: 1,
      message: `has the same title as ${first} ("${p.note.title}"); give it its own \`title:\` in front matter so their progress stays apart`,
    });
    return p.banks.map((bank) => ({ ...bank, id: shortHash(`${bank.id}\u0000${p.note.file}`) }));
  });
  const collection: Collection = {
    sources: parsed.map((p) => ({ file: p.note.file, title: p.note.title, banks: p.banks.length })),
    banks,
    warnings: [...warnings, ...clashes, ...parsed.flatMap((p) => p.warnings)],
  };
  // Not enumerable: `banks --json` prints the collection as it is, and its contract stays.
  Object.defineProperty(collection, 'skipped', { value: parsed.flatMap((p) => p.skipped ?? []), enumerable: false });
  return collection;
}
