import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The real user's notes that DESIGN.md names as the loader's first input. They live beside the
// project (../shared), not in it: tests that read them skip when they are absent, and the
// global setup says so once for the whole run.

export const SEED = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/seed/000_861752a538b29261.txt');
export const HAVE_SEED = existsSync(SEED);
