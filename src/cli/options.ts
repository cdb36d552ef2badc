import { QUESTION_TYPES, type Lang, type QuestionType } from '../core/types.js';
import { matchKey } from '../core/text/index.js';
import { UsageError } from './errors.js';

// Parsing and checking option values; a bad value is a usage error (exit 2).

export function positiveInt(name: string, max = 10_000) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > max) {
      throw new UsageError(`${name} takes a whole number from 1 to ${max}, not "${value}"`);
    }
    return n;
  };
}

export function seedValue(value: string): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`--seed takes a whole number, not "${value}"`);
  return n >>> 0;
}

export function typesValue(value: string): QuestionType[] {
  const types = value.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  const unknown = types.filter((t) => !(QUESTION_TYPES as readonly string[]).includes(t));
  if (!types.length || unknown.length) {
    throw new UsageError(`--type takes a comma-separated list of ${QUESTION_TYPES.join(', ')}; unknown: ${unknown.join(', ') || '(none given)'}`);
  }
  return [...new Set(types)] as QuestionType[];
}

export function langValue(value: string): Lang {
  if (value !== 'en' && value !== 'zh') throw new UsageError(`--lang takes en or zh, not "${value}"`);
  return value;
}

export function minutesValue(value: string): number {
  // Decimal only: Number() also reads `0x10`, `1e2` and `0b11`.
  const n = Number(value);
  if (!/^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(value) || !Number.isFinite(n) || n <= 0 || n > 600) {
    throw new UsageError(`--minutes takes a number of minutes above 0 and at most 600, not "${value}"`);
  }
  return n;
}

/** A --topic that is only punctuation or spaces (`?`) would match every question: a usage error. */
export function topicValue(value: string): string {
  if (!matchKey(value)) throw new UsageError(`--topic takes words to look for in the headings, not "${value}"`);
  return value;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * `stat` → `stats`, `hist` → `history`, `conf` → `config`: a word that is one or two edits from a
 * command name, or the start (three letters or more) of exactly one.
 */
export function similarCommand(word: string, commands: string[]): string | null {
  if (/[\/.~]/.test(word) || word.startsWith('-')) return null; // looks like a path or an option
  const lower = word.toLowerCase();
  if (commands.includes(word)) return null;
  const starting = commands.filter((name) => lower.length >= 3 && name.startsWith(lower));
  if (starting.length === 1) return starting[0] as string;
  const best = commands.map((name) => ({ name, d: editDistance(lower, name) })).sort((x, y) => x.d - y.d)[0];
  // A short word is close to everything: `ab` is two edits from `a`; the edits must leave most of it.
  return best && best.d <= Math.min(2, Math.floor(lower.length / 2)) ? best.name : null;
}
