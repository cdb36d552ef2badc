import { HAVE_SEED, SEED } from './seed.js';

// Runs once per `vitest run`, before any test file: says once (not once per test) why the
// tests that read the seed notes are skipped.

export default function setup(): void {
  if (!HAVE_SEED) {
    console.warn(`note: the tests that read the seed notes are skipped: ${SEED} is absent (../shared is not checked out beside the project).`);
  }
}
