import type { Bank, Lang } from '../types.js';
import { shortHash } from '../text/index.js';

// Apart from the generators: a session on notes whose questions an earlier run kept finds them
// by this key without loading any of the question-making code.

/**
 * What draft heads are valid for: the banks and the language. Files are renamed to their order
 * of appearance first, since drafting only ever asks whether two things come from one file,
 * never what it is called: the same notes read from another folder give the same key.
 */
export function draftsKey(banks: readonly Bank[], lang?: Lang): string {
  const files = new Map<string, number>();
  const text = JSON.stringify(banks, (key, value: unknown) => {
    if (key !== 'file' || typeof value !== 'string') return value;
    let n = files.get(value);
    if (n === undefined) files.set(value, (n = files.size));
    return n;
  });
  return shortHash(`${lang ?? ''}\u0000${text}`);
}
