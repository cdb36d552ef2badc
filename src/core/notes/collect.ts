import { shortHash, stripControlLine } from '../text/index.js';
import type { Collection, Warning } from '../types.js';
import type { ParsedNote } from './parse.js';

// Parsed notes -> one collection. Its own module: a run whose notes all come from the cache
// collects them without loading the markdown parser.

/**
 * `PRG-01 Python for DevOps`: the code a set of notes files its pages under; `第三部分：运维与部署 (共 7 题)`:
 * the part of a question set and how many questions it holds (`Advanced Level (41-60 Questions)`). Where the note files it,
 * not what it is about.
 */
export function withoutFilingMarks(title: string): string {
  return title
    .replace(/^\s*[A-Z][A-Z0-9]{1,5}-\d{1,3}\s+(?=\S)/u, '')
    .replace(/^\s*第[一二三四五六七八九十\d]+(?:部分|章|节|篇)\s*[:：、.]?\s*(?=\S)/u, '')
    .replace(/\s*[(（]\s*共\s*\d+\s*[道个]?(?:题|问)\s*[)）]\s*$/u, '')
    .replace(/\s*[(（]\s*(?:questions?\s*)?\d+(?:\s*[-–~]\s*\d+)?\s*(?:questions?|qs?)?\s*[)）]\s*$/iu, (mark) => (/q/i.test(mark) ? '' : mark))
    .trim();
}

/** A note's title when it gives none: its file name (`pods.md` → `pods`). */
export function titleFromFileName(file: string): string {
  const base = stripControlLine(file.split(/[\\/]/).pop() ?? file);
  const name = base.replace(/\.(md|markdown)$/i, '').trim();
  return withoutFilingMarks(name) || name || base;
}

/**
 * Bank ids come from the note's title, so two notes with one title would share ids and mix
 * their histories: the later one's ids also take its place in the folder it was found in
 * (`placeOf`, which is the same from any working directory). A folder of `README.md`s is
 * a common layout and needs no warning; two notes that declare one `title:` get one.
 */
export function collect(parsed: ParsedNote[], warnings: Warning[] = [], placeOf: (file: string) => string = (file) => file): Collection {
  const firstWithTitle = new Map<string, string>();
  const places = new Set<string>();
  const clashes: Warning[] = [];
  const banks = parsed.flatMap((p) => {
    const first = firstWithTitle.get(p.note.title);
    if (first === undefined) {
      firstWithTitle.set(p.note.title, p.note.file);
      return p.banks;
    }
    if (p.note.title !== titleFromFileName(p.note.file)) {
      clashes.push({
        file: p.note.file,
        line: 1,
        message: `has the same title as ${first} ("${p.note.title}"); give it its own \`title:\` in front matter so their progress stays apart`,
      });
    }
    // (Two folders named at once can each hold a `README.md` at their top: then the path as shown parts them.)
    const own = placeOf(p.note.file);
    const place = places.has(own) ? p.note.file : own;
    places.add(place);
    return p.banks.map((bank) => ({ ...bank, id: shortHash(`${bank.id}\u0000${place}`) }));
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
