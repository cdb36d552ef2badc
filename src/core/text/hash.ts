import { createHash } from 'node:crypto';

/** A short stable id for a piece of text: bank ids and question ids are made of these. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 10);
}
