import { promises as fs } from 'node:fs';
import path from 'node:path';
import { collect } from '../core/notes/collect.js';
import { isAssistantInstructions } from '../core/notes/assistant-files.js';
import type { ParsedNote } from '../core/notes/parse.js';
import { stripControlLine } from '../core/text/index.js';
import type { Collection, Warning } from '../core/types.js';
import type { FileStamp, NoteCache, NoteResult } from './cache.js';

// The edge where notes come off the disk: walking folders, size and binary checks.

const MAX_NOTE_BYTES = 2 * 1024 * 1024;
/** Notes read at once. */
const IN_FLIGHT = 16;
const NOTE_FILE = /\.(md|markdown)$/i;
/** Folders that hold code, packages or caches, never notes (only when walking; a path named is read). */
// (`archetypes/`: a static site's templates for pages not yet written; `_book/`, `_site/`: a GitBook or Jekyll site built
// from the notes, copies of them.)
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'venv', '.venv', 'site-packages', '__pycache__', 'vendor', 'third_party', 'bower_components', '_internal', 'archetypes', '_book', '_site']);
/** A Python package's own metadata (`cookiecutter-2.6.0.dist-info/`), shipped inside a bundled tool. */
const PACKAGE_INFO = /\.(?:dist|egg)-info$/;
/** A folder named as a project's release: `kubernetes-1.25.0`, `istio-v1.18.0`. */
const SOURCE_RELEASE = /^[a-z][\w.-]*?-v?\d+\.\d+\.\d+$/i;
/** What the top of a project's source holds: how it is built. */
const BUILD_FILES = new Set(['go.mod', 'Makefile', 'package.json', 'pom.xml', 'build.gradle', 'Cargo.toml', 'setup.py', 'pyproject.toml', 'CMakeLists.txt']);
/** What the top of a release's download holds too: its licence (`istio-1.17.1/LICENSE` beside `bin/` and `samples/`). */
const LICENCE_FILE = /^(?:LICEN[CS]E|COPYING)(?:\.\w+)?$/i;
/** Files every repository carries that are not study notes. */
const NOT_NOTES = /^(?:LICEN[CS]E|COPYING|CHANGELOG|CHANGES|HISTORY|CODE_OF_CONDUCT|CONTRIBUTING|CONTRIBUTORS|SECURITY|AUTHORS|CODEOWNERS|MAINTAINERS|NOTICE|PULL_REQUEST_TEMPLATE|ISSUE_TEMPLATE)(?:[._-].*)?$/i;
/** A repository's own files, and an AI assistant's instructions (`CLAUDE.md`, `prompt.md`), walked past. */
const notNotes = (name: string): boolean => NOT_NOTES.test(name) || isAssistantInstructions(name);

export interface LoadOptions {
  /** Files larger than this are skipped with a warning (default MAX_NOTE_BYTES). */
  maxBytes?: number;
  /** Given each note's text as read (for `check`, which lists the lines that made nothing). */
  onText?: (file: string, text: string) => void;
  /** What earlier runs made of the notes: a note whose size and mtime are unchanged is not parsed again. */
  cache?: NoteCache;
  /** Banks made at build time for notes shipped with the program (checked like the cache). */
  prebuilt?: Prebuilt;
}

/** Notes parsed ahead of time, looked up by the file's absolute path, its stamp and its text. */
export interface Prebuilt {
  get(file: string, stamp: FileStamp, shown: string): NoteResult | undefined;
}

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}

/** Notes kept as plain text: read when named, not when a folder is walked (a folder of code has many). */
const TEXT_FILE = /\.(?:txt|text)$/i;

/** The file that makes a folder a Helm chart: a package whose README documents its values, not study notes. */
const CHART_FILE = 'Chart.yaml';

async function walk(dir: string, out: string[], warnings: Warning[], seen: Set<string>, texts: string[] = [], top = true): Promise<void> {
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
  // Someone else's project beside the notes (named, it is read), whose READMEs document its test images,
  // sample certificates and issue tracker: `kubernetes-1.25.0/`, `istio-1.17.1/` holding a build file or a
  // licence, a source release or download; `aws-sam-cli-src/` holding both, a checkout whatever its name.
  // (A folder of one's own notes on a release, `kubernetes-1.28.0/` of markdown, is walked; so is one's own
  // demo app, which has a build file but rarely a licence of its own.)
  const builds = entries.some((entry) => BUILD_FILES.has(entry.name));
  const licensed = entries.some((entry) => LICENCE_FILE.test(entry.name));
  if (!top && (builds && licensed || (SOURCE_RELEASE.test(path.basename(dir)) && (builds || licensed)))) return;
  // `gitlab-helm/charts/redis/`: a chart someone else wrote, kept beside the notes (named, it is read).
  if (!top && entries.some((entry) => entry.name === CHART_FILE)) return;
  for (const entry of entries) {
    // `{{cookiecutter.project_name}}/`: a project template's skeleton, whose README is for projects not yet made.
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name) || PACKAGE_INFO.test(entry.name) || entry.name.includes('{{')) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => null);
      if (!target) continue; // a dangling link is not a note
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) await walk(full, out, warnings, seen, texts, false);
    else if (isFile && NOTE_FILE.test(entry.name) && !notNotes(entry.name)) out.push(full);
    else if (isFile && TEXT_FILE.test(entry.name) && !notNotes(entry.name)) texts.push(full);
  }
}

/**
 * What a file named directly may be: markdown, plain text (notes are often kept as .txt), or a
 * name without an extension. Anything else (`package.json`, `main.go`) is not a note: parsed,
 * its lines came out as nonsense terms.
 */
const NAMED_NOTE = /(?:\.(?:md|markdown|mdown|mkd|mkdn|mdx|txt|text)|^[^.]+)$/i;

/**
 * Files named directly are read when they can be notes (see NAMED_NOTE); folders give their .md files.
 * Each file, in order and once, with its place: its path inside the folder it was found in (its name,
 * when named directly), the same whichever working directory the folder is named from.
 */
async function findNoteFiles(paths: string[], warnings: Warning[]): Promise<Map<string, string>> {
  const places = new Map<string, string>();
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
      // Named twice, or inside a folder named before: its notes are in already.
      const real = await fs.realpath(p).catch(() => p);
      if (seen.has(real)) continue;
      const files: string[] = [];
      const texts: string[] = [];
      await walk(p, files, warnings, seen, texts);
      for (const file of files) if (!places.has(file)) places.set(file, path.relative(p, file).split(path.sep).join('/'));
      // Text notes in it are named, so a person whose notes are .txt sees how to read them.
      const named = texts.length ? `; a text file is read when named: ${texts[0]}${texts.length > 1 ? ` (and ${texts.length - 1} more)` : ''}` : '';
      if (files.length === 0) warnings.push({ file: p, line: 0, message: `no .md or .markdown files in this folder${named}` });
    } else if (!stat.isFile()) {
      // A FIFO would block the read forever; a device or a socket is no note either. Never opened.
      warnings.push({ file: p, line: 0, message: 'skipped: not a regular file (a pipe, a device or a socket)' });
    } else if (NAMED_NOTE.test(path.basename(p))) {
      if (!places.has(p)) places.set(p, path.basename(p));
    } else warnings.push({ file: p, line: 0, message: 'skipped: not a note (only markdown or text files are read: .md, .markdown, .txt)' });
  }
  return places;
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

/** Reads a note of at most `maxBytes` (whose stat is `stat`); null (and a warning) when it is skipped. */
async function readNote(file: string, stat: { size: number }, warnings: Warning[], maxBytes: number): Promise<string | null> {
  // stat.size is 0 for some special files (/proc): read at most one byte over the cap.
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
}

/** Display path: relative to the working directory when inside it. */
function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
  // A file name can carry escape sequences too, and it is printed beside every question.
  return stripControlLine(shown);
}

/**
 * One note file: its banks and warnings from the prebuilt banks or the cache when its size and
 * mtime say it is unchanged, else read and parsed (and then cached). Warnings name it as `shown`;
 * `parsed` is null when it was skipped (unreadable, too big, binary).
 */
async function loadNote(file: string, shown: string, maxBytes: number, options: LoadOptions): Promise<NoteResult> {
  const warnings: Warning[] = [];
  const named = (): NoteResult => {
    for (const w of warnings) w.file = shown;
    return { warnings, parsed: null };
  };
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    warnings.push({ file, line: 0, message: `cannot read: ${reason(error)}` });
    return named();
  }
  if (stat.size > maxBytes) {
    warnings.push({ file, line: 0, message: `skipped: ${stat.size} bytes is over the ${maxBytes}-byte limit for a note` });
    return named();
  }
  const stamp: FileStamp = { size: stat.size, mtimeMs: stat.mtimeMs };
  // `check` needs the text itself, so it always reads (and still skips the parsing when it can).
  const known = options.prebuilt?.get(file, stamp, shown) ?? options.cache?.get(file, stamp, shown);
  if (known && !options.onText) return known;
  let text: string | null;
  try {
    text = await readNote(file, stat, warnings, maxBytes);
  } catch (error) {
    warnings.push({ file, line: 0, message: `cannot read: ${reason(error)}` });
    return named();
  }
  if (text === null) {
    const result = named();
    options.cache?.put(file, stamp, shown, result);
    return result;
  }
  options.onText?.(shown, text);
  if (known) return known;
  for (const w of warnings) w.file = shown;
  // The parser (marked, gray-matter) loads only when a note has to be parsed: not on a run
  // whose notes all come from the cache or the prebuilt banks.
  const { parseNote } = await import('../core/notes/parse.js');
  const result = { warnings, parsed: parseNote(shown, text) };
  options.cache?.put(file, stamp, shown, result);
  return result;
}

export async function loadNotes(paths: string[], cwd: string, options: LoadOptions = {}): Promise<Collection> {
  const maxBytes = options.maxBytes ?? MAX_NOTE_BYTES;
  const found: Warning[] = [];
  const places = await findNoteFiles(paths.map((p) => path.resolve(cwd, p)), found);
  const files = [...places.keys()];
  for (const w of found) w.file = displayPath(w.file, cwd);
  const warnings = [...found];
  // A few notes in flight at once: while one is parsed, the next ones are read (one at a time,
  // a run over 2,000 notes spent a third of its time waiting on the disk). Results keep the
  // files' order.
  const results: NoteResult[] = new Array(files.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < files.length) {
      const at = next++;
      const file = files[at] as string;
      results[at] = await loadNote(file, displayPath(file, cwd), maxBytes, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, reader));
  const parsed: ParsedNote[] = [];
  const placeOf = new Map<string, string>();
  results.forEach((result, at) => {
    warnings.push(...result.warnings);
    if (!result.parsed) return;
    parsed.push(result.parsed);
    placeOf.set(result.parsed.note.file, places.get(files[at] as string) as string);
  });
  options.cache?.save();
  return collect(parsed, warnings, (file) => placeOf.get(file) ?? file);
}
