import { fileURLToPath } from 'node:url';

/** The knowledge base shipped with the package. */
export const BUNDLED_NOTES = fileURLToPath(new URL('../../notes/zh', import.meta.url));

/** Paths given on the command line, else the configured ones, else the bundled notes. */
export function notesPaths(given: string[], configured: string[] | undefined): string[] {
  if (given.length) return given;
  if (configured?.length) return configured;
  return [BUNDLED_NOTES];
}
