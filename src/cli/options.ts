import { QUESTION_TYPES, type Lang, type QuestionType } from '../core/types.js';
import { matchKey, typoDistance } from '../core/text/index.js';
import { messages, type Messages } from '../ui/messages.js';
import { UsageError } from './errors.js';
import { chooseBundled } from './notes-paths.js';

// Parsing and checking option values; a bad value is a usage error (exit 2), said in the
// interface language (`m`, English unless given).

const EN = messages('en');

export function positiveInt(name: string, max = 10_000, m: Messages = EN) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > max) {
      throw new UsageError(m.usage.wholeNumber(name, max, value));
    }
    return n;
  };
}

export function seedValue(value: string, m: Messages = EN): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError(m.usage.seed(value));
  return n >>> 0;
}

export function typesValue(value: string, m: Messages = EN): QuestionType[] {
  const types = value.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  const unknown = types.filter((t) => !(QUESTION_TYPES as readonly string[]).includes(t));
  if (!types.length || unknown.length) {
    throw new UsageError(m.usage.types(QUESTION_TYPES.join(', '), unknown.join(', ')));
  }
  return [...new Set(types)] as QuestionType[];
}

export function langValue(value: string, m: Messages = EN): Lang {
  if (value !== 'en' && value !== 'zh') throw new UsageError(m.usage.lang(value));
  return value;
}

export function minutesValue(value: string, m: Messages = EN): number {
  // Decimal only: Number() also reads `0x10`, `1e2` and `0b11`.
  const n = Number(value);
  if (!/^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(value) || !Number.isFinite(n) || n <= 0 || n > 600) {
    throw new UsageError(m.usage.minutes(value));
  }
  return n;
}

/** A --topic that is only punctuation or spaces (`?`) would match every question: a usage error. */
export function topicValue(value: string, m: Messages = EN): string {
  if (!matchKey(value)) throw new UsageError(m.usage.topic(value));
  return value;
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
  const best = commands.map((name) => ({ name, d: typoDistance(lower, name) })).sort((x, y) => x.d - y.d)[0];
  // A short word is close to everything: `ab` is two edits from `a`; the edits must leave most of it.
  return best && best.d <= Math.min(2, Math.floor(lower.length / 2)) ? best.name : null;
}

/**
 * The value of option `name` as typed (`--lang zh`, `--lang=zh`; the last one counts, as in
 * commander), read before commander parses: the language of --help and of usage errors is
 * needed before there is anything parsed to take it from. Nothing after `--` is an option.
 */
export function typedOption(args: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') break;
    if (arg === name) found = args[++i];
    else if (arg.startsWith(`${name}=`)) found = arg.slice(name.length + 1);
  }
  return found;
}

/**
 * The language --help and the errors said before a command runs are in, by the rule that picks
 * the bundled notes: `config set lang en|zh`, else `--lang` on the command line, else the locale.
 */
export function earlyLang(inputs: { setting?: unknown; args: readonly string[]; env: Readonly<Record<string, string | undefined>> }): Lang {
  return chooseBundled({ setting: inputs.setting, flag: typedOption(inputs.args, '--lang'), env: inputs.env }).lang;
}
