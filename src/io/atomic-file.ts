import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Makes `dir` and the folders above it that are missing, one level at a time. Node's own
 * recursive mkdir never returns on a file system that says a folder is missing right after
 * making it fails (a path under /proc): here that is an ENOENT error, as it should be.
 */
export function makeDir(dir: string): void {
  const missing: string[] = [];
  for (let at = path.resolve(dir); !fs.existsSync(at); at = path.dirname(at)) {
    missing.push(at);
    if (path.dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    try {
      fs.mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Writes `text` to `file` whole or not at all: to a temporary name beside it, then renamed into
 * place, so a reader (another process, a kill -9 halfway) sees the old file or the new one,
 * never a mix. The folder is made when missing; on failure the temporary file is removed and
 * the error thrown.
 */
export function writeFileAtomic(file: string, text: string): void {
  const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  makeDir(path.dirname(file));
  try {
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Hex SHA-1 of a text or bytes. */
export const sha1 = (text: string | Buffer): string => createHash('sha1').update(text).digest('hex');

// The caches' file form: one line of JSON header, which holds the body's length and SHA-1, then
// the body. A file cut short or edited does not match its header and is not used.

/** Writes `header` (with the body's length and SHA-1 added) and `body`, atomically. */
export function writeSignedFile(file: string, header: object, body: string): void {
  const signed = { ...header, length: body.length, sha1: sha1(body) };
  writeFileAtomic(file, `${JSON.stringify(signed)}\n${body}`);
}

/** The header and body of a file writeSignedFile wrote, or undefined when it is missing, unreadable or does not match its header. */
export function readSignedFile(file: string): { header: Record<string, unknown>; body: string } | undefined {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const cut = text.indexOf('\n');
    if (cut < 0) return undefined;
    const header = JSON.parse(text.slice(0, cut)) as unknown;
    if (typeof header !== 'object' || header === null || Array.isArray(header)) return undefined;
    const body = text.slice(cut + 1);
    const signed = header as { length?: unknown; sha1?: unknown };
    if (body.length !== signed.length || sha1(body) !== signed.sha1) return undefined;
    return { header: header as Record<string, unknown>, body };
  } catch {
    return undefined;
  }
}
