import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `text` to `file` whole or not at all: to a temporary name beside it, then renamed into
 * place, so a reader (another process, a kill -9 halfway) sees the old file or the new one,
 * never a mix. The folder is made when missing; on failure the temporary file is removed and
 * the error thrown.
 */
export function writeFileAtomic(file: string, text: string): void {
  const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
