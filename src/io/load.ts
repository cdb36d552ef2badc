import { promises as fs } from 'node:fs';
import path from 'node:path';
import { collect, parseNote, type ParsedNote } from '../core/notes.js';
import type { Collection, Warning } from '../core/types.js';

// The edge where notes come off the disk: walking folders, size and binary checks.

export const MAX_NOTE_BYTES = 2 * 1024 * 1024;
const NOTE_FILE = /\.(md|markdown)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export class NotesError extends Error {
  readonly code = 'NOTES';
}

async function walk(dir: string, out: string[], warnings: Warning[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    warnings.push({ file: dir, line: 0, message: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? error}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out, warnings);
    else if (entry.isFile() && NOTE_FILE.test(entry.name)) out.push(full);
  }
}

/** Files named directly are read whatever their extension; folders give their .md files. */
export async function findNoteFiles(paths: string[], warnings: Warning[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      warnings.push({ file: p, line: 0, message: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      await walk(p, files, warnings);
      if (files.length === before) warnings.push({ file: p, line: 0, message: 'no .md or .markdown files in this folder' });
    } else files.push(p);
  }
  return [...new Set(files)];
}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8000);
  return head.includes(0);
}

async function readNote(file: string, warnings: Warning[]): Promise<string | null> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_NOTE_BYTES) {
      warnings.push({ file, line: 0, message: `skipped: ${stat.size} bytes is over the ${MAX_NOTE_BYTES}-byte limit for a note` });
      return null;
    }
    const bytes = await fs.readFile(file);
    if (looksBinary(bytes)) {
      warnings.push({ file, line: 0, message: 'skipped: binary file, not markdown' });
      return null;
    }
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch (error) {
    warnings.push({ file, line: 0, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? error}` });
    return null;
  }
}

/** Display path: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

export async function loadNotes(paths: string[], cwd: string): Promise<Collection> {
  const warnings: Warning[] = [];
  const files = await findNoteFiles(paths.map((p) => path.resolve(cwd, p)), warnings);
  const parsed: ParsedNote[] = [];
  for (const file of files) {
    const text = await readNote(file, warnings);
    if (text === null) continue;
    parsed.push(parseNote(displayPath(file, cwd), text));
  }
  for (const w of warnings) w.file = displayPath(w.file, cwd);
  return collect(parsed, warnings);
}
