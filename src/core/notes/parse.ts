import { titleFromFileName } from './collect.js';
import { readFrontMatter } from './frontmatter.js';
import { buildOutline } from './outline.js';
import { stripControl, stripControlLine } from '../text/index.js';
import { extractBanks } from './extract.js';
import type { Bank, NoteFile, Skipped, Warning } from '../types.js';

// text of one file -> note (front matter + outline) -> banks. Pure: no fs here.

/** A bare date as YAML reads it (midnight UTC), given back as it was written. */
function dateText(value: Date): string {
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * `title: 12345` or `title: 2024-05-01` is read by YAML as a number or a date: the file name
 * stays the title (question ids come from it), and a warning says how to make it the title.
 */
function titleFrom(data: Record<string, unknown>, file: string, warnings: Warning[], line = 1): string {
  const value = data.title;
  if (value !== undefined && value !== null && typeof value !== 'string') {
    const scalar =
      value instanceof Date && !Number.isNaN(value.getTime()) ? dateText(value) : typeof value === 'object' ? null : String(value);
    const shown = scalar === null ? null : stripControlLine(scalar).slice(0, 60);
    warnings.push({
      file,
      line,
      message:
        shown === null
          ? '`title:` in front matter is a list or a map, not text, so the file name is the title'
          : `\`title: ${shown}\` in front matter is not text, so the file name is the title; write it in quotes (title: "${shown}") to use it`,
    });
  }
  const text = typeof value === 'string' ? value : null;
  const title = text === null ? '' : stripControlLine(text).trim();
  return title || titleFromFileName(file);
}

/** The line of `key:` in the front matter (which ends before `bodyLine`), else 1. */
function keyLine(text: string, key: string, bodyLine: number): number {
  const lines = text.split('\n', bodyLine);
  const at = lines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`${key} :`));
  return at >= 0 && at + 1 < bodyLine ? at + 1 : 1;
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

/**
 * `file` is the name to show for the note; it is cleaned like the text, since it is shown too.
 * Never throws: a note that cannot be read is a warning, so the rest of the folder still loads.
 */
export function parseNote(fileName: string, raw: string): ParsedNote {
  const file = stripControlLine(fileName);
  try {
    return readNote(file, raw);
  } catch (error) {
    const reason = stripControlLine(String((error as Error)?.message ?? error)).slice(0, 200);
    return {
      note: { file, title: titleFrom({}, file, []), tags: [], outline: { file, sections: [] } },
      banks: [],
      warnings: [{ file, line: 1, message: `skipped: this note could not be read (${reason})` }],
      skipped: [],
    };
  }
}

function readNote(file: string, raw: string): ParsedNote {
  // Control characters go once, here, before any parser sees the text; tabs and newlines stay.
  const text = stripControl(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const front = readFrontMatter(text);
  const warnings: Warning[] = [];
  if (front.problem) warnings.push({ file, ...front.problem });
  const note: NoteFile = {
    file,
    title: titleFrom(front.data, file, warnings, keyLine(text, 'title', front.bodyLine)),
    tags: tagsFrom(front.data),
    outline: buildOutline(file, front.body, front.bodyLine, (line, message) => warnings.push({ file, line, message })),
  };
  const extracted = extractBanks(note);
  return { note, banks: extracted.banks, warnings: [...warnings, ...extracted.warnings], skipped: extracted.skipped };
}

export { collect } from './collect.js';
