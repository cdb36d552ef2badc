import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Temporary folders for one test file, all under one root that the setup file removes when
// the file is done.

let root: string | null = null;

/** A fresh, empty folder. */
export function tempDir(prefix = 'k8s-quiz-'): string {
  root ??= mkdtempSync(path.join(tmpdir(), 'k8s-quiz-tests-'));
  return mkdtempSync(path.join(root, prefix));
}

/** Removes every folder tempDir made in this file. */
export function removeTempDirs(): void {
  if (root) rmSync(root, { recursive: true, force: true });
  root = null;
}
