import { readFrontMatter } from './frontmatter.js';
import { buildOutline } from './outline.js';
import { shortHash, stripControl, stripControlLine } from '../text/index.js';
import { extractBanks } from './extract.js';
import type { Bank, Collection, NoteFile, Skipped, Warning } from '../types.js';

// text of one file -> note (front matter + outline) -> banks. Pure: no fs here.

function titleFrom(data: Record<string, unknown>, file: string): string {
  const title = typeof data.title === 'string' ? stripControlLine(data.title).trim() : '';
  if (title) return title;
  const base = stripControlLine(file.split(/[\\/]/).pop() ?? file);
  return base.replace(/\.(md|markdown)$/i, '').trim() || base;
}

function tagsFrom(data: Record<string, unknown>): string[] {
  const tags = data.tags;
  if (Array.isArray(tags)) return tags.filter((t): t is string => typeof t === 'string').map(stripControlLine);
  if (typeof tags === 'string') return tags.split(',').map((t) => stripControlLine(t).trim()).filter(Boolean);
  return [];
}

export interface ParsedNote {
  note: NoteFile;
  banks: Bank[];
  warnings: Warning[];
  /** What the note holds that makes no question on purpose (links, scaffolding), for `check`. */
  skipped: Skipped[];
}

/** `file` is the name to show for the note; it is cleaned like the text, since it is shown too. */
export function parseNote(fileName: string, raw: string): ParsedNote {
  const file = stripControlLine(fileName);
  // Control characters go once, here, before any parser sees the text; tabs and newlines stay.
  const text = stripControl(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const front = readFrontMatter(text);
  const warnings: Warning[] = [];
  if (front.problem) warnings.push({ file, ...front.problem });
  const note: NoteFile = {
    file,
    title: titleFrom(front.data, file),
    tags: tagsFrom(front.data),
    outline: buildOutline(file, front.body, front.bodyLine),
  };
  const extracted = extractBanks(note);
  return { note, banks: extracted.banks, warnings: [...warnings, ...extracted.warnings], skipped: extracted.skipped };
}

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
