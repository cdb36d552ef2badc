import { promises as fs } from 'node:fs';
import path from 'node:path';
import { collect, parseNote, type ParsedNote } from '../core/notes/index.js';
import { stripControlLine } from '../core/text/index.js';
import type { Collection, Warning } from '../core/types.js';

// The edge where notes come off the disk: walking folders, size and binary checks.

export const MAX_NOTE_BYTES = 2 * 1024 * 1024;
const NOTE_FILE = /\.(md|markdown)$/i;
/** Folders that hold code, packages or caches, never notes (only when walking; a path named is read). */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'venv', '.venv', 'site-packages', '__pycache__', 'vendor', 'third_party', 'bower_components']);
/** Files every repository carries that are not study notes. */
const NOT_NOTES = /^(?:LICEN[CS]E|COPYING|CHANGELOG|CHANGES|HISTORY|CODE_OF_CONDUCT|CONTRIBUTING|CONTRIBUTORS|SECURITY|AUTHORS|CODEOWNERS|MAINTAINERS|NOTICE|PULL_REQUEST_TEMPLATE|ISSUE_TEMPLATE)(?:[._-].*)?$/i;

export interface LoadOptions {
  /** Files larger than this are skipped with a warning (default MAX_NOTE_BYTES). */
  maxBytes?: number;
  /** Given each note's text as read (for `check`, which lists the lines that made nothing). */
  onText?: (file: string, text: string) => void;
}

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}

async function walk(dir: string, out: string[], warnings: Warning[], seen: Set<string>): Promise<void> {
  // A symbolic link back up the tree must not walk forever.
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (error) {
    warnings.push({ file: dir, line: 0, message: `cannot read folder: ${reason(error)}` });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    warnings.push({ file: dir, line: 0, message: `cannot read folder: ${reason(error)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => null);
      if (!target) continue; // a dangling link is not a note
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) await walk(full, out, warnings, seen);
    else if (isFile && NOTE_FILE.test(entry.name) && !NOT_NOTES.test(entry.name)) out.push(full);
  }
}

/**
 * What a file named directly may be: markdown, plain text (notes are often kept as .txt), or a
 * name without an extension. Anything else (`package.json`, `main.go`) is not a note: parsed,
 * its lines came out as nonsense terms.
 */
const NAMED_NOTE = /(?:\.(?:md|markdown|mdown|mkd|mkdn|mdx|txt|text)|^[^.]+)$/i;

/** Files named directly are read when they can be notes (see NAMED_NOTE); folders give their .md files. */
export async function findNoteFiles(paths: string[], warnings: Warning[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (error) {
      const code = reason(error);
      warnings.push({ file: p, line: 0, message: code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${code}` });
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      await walk(p, files, warnings, seen);
      if (files.length === before) warnings.push({ file: p, line: 0, message: 'no .md or .markdown files in this folder' });
    } else if (NAMED_NOTE.test(path.basename(p))) files.push(p);
    else warnings.push({ file: p, line: 0, message: 'skipped: not a note (only markdown or text files are read: .md, .markdown, .txt)' });
  }
  return [...new Set(files)];
}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8000);
  return head.includes(0);
}

/** UTF-8, or UTF-16 when a byte-order mark says so (Windows editors save notes that way). */
function decode(bytes: Buffer, file: string, warnings: Warning[]): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) {
    warnings.push({ file, line: 0, message: 'skipped: binary file, not markdown' });
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warnings.push({ file, line: 0, message: 'not valid UTF-8 (save the note as UTF-8); unreadable characters were replaced' });
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  }
}

async function readNote(file: string, warnings: Warning[], maxBytes: number): Promise<string | null> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > maxBytes) {
      warnings.push({ file, line: 0, message: `skipped: ${stat.size} bytes is over the ${maxBytes}-byte limit for a note` });
      return null;
    }
    // stat.size is 0 for devices and pipes (/dev/zero, <(cat x)): read at most one byte over the cap.
    const handle = await fs.open(file, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stat.size, 64 * 1024)));
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, maxBytes + 1 - total), null);
        if (bytesRead === 0) break;
        chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
        total += bytesRead;
        if (total > maxBytes) {
          warnings.push({ file, line: 0, message: `skipped: more than the ${maxBytes}-byte limit for a note` });
          return null;
        }
      }
      return decode(Buffer.concat(chunks), file, warnings);
    } finally {
      await handle.close();
    }
  } catch (error) {
    warnings.push({ file, line: 0, message: `cannot read: ${reason(error)}` });
    return null;
  }
}

/** Display path: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
  // A file name can carry escape sequences too, and it is printed beside every question.
  return stripControlLine(shown);
}

export async function loadNotes(paths: string[], cwd: string, options: LoadOptions = {}): Promise<Collection> {
  const maxBytes = options.maxBytes ?? MAX_NOTE_BYTES;
  const warnings: Warning[] = [];
  const files = await findNoteFiles(paths.map((p) => path.resolve(cwd, p)), warnings);
  const parsed: ParsedNote[] = [];
  for (const file of files) {
    const text = await readNote(file, warnings, maxBytes);
    if (text === null) continue;
    const shown = displayPath(file, cwd);
    options.onText?.(shown, text);
    parsed.push(parseNote(shown, text));
  }
  for (const w of warnings) w.file = displayPath(w.file, cwd);
  return collect(parsed, warnings);
}
