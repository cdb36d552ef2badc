import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliError } from '../errors.js';
import { moveAside } from './data-dir.js';
import { writeFileAtomic } from './atomic-file.js';

// Settings live in one JSON file, `config.json` in the data dir, in the format conf writes (an
// object, tab-indented), read with a plain readFileSync: conf and its schema validator cost ~100 ms
// of start-up on every command, and one small file needs neither. A file that is not JSON, not an
// object, or holds a bad value for a known key is moved aside to `config.json.corrupt-<timestamp>`
// and defaults are used, with a warning naming the moved file. A UTF-8 byte-order mark (as Windows
// editors save) is fine. Unknown keys are kept (a newer version may have written them). A change is
// written to a temporary file and renamed over the old one, so no reader sees half a file.

export const KEYS = ['notes', 'lang', 'count'] as const;
export type SettingKey = (typeof KEYS)[number];

export const LANG_SETTINGS = ['auto', 'en', 'zh'] as const;
export type LangSetting = (typeof LANG_SETTINGS)[number];

const COUNT_MIN = 1;
const COUNT_MAX = 500;

export interface SettingValues {
  /** Default notes paths (absolute), used when no PATH is given. Empty: the bundled notes. */
  notes: string[];
  lang: LangSetting;
  count: number;
}

export const DEFAULT_SETTINGS: Readonly<SettingValues> = Object.freeze({
  notes: [],
  lang: 'auto',
  count: 10,
});

export const SETTINGS_FILE = 'config.json';

/** A bad key or value given to `config get|set` (exit 2), or settings that cannot be saved (exit 1). */
export class SettingsError extends CliError {
  readonly code = 'SETTINGS';
}

export interface SettingsOptions {
  /** Clock for the `.corrupt-<timestamp>` name. */
  now?: () => Date;
  /** Base for relative paths in `notes`. */
  cwd?: string;
  homedir?: string;
}

export interface Settings {
  /** The settings file (it may not exist yet). */
  readonly path: string;
  readonly KEYS: readonly SettingKey[];
  /** The effective value (the default when unset). Throws SettingsError on an unknown key. */
  get<K extends SettingKey>(key: K): SettingValues[K];
  get(key: string): unknown;
  /** Parses and validates `raw`, saves it, returns the stored value. Throws SettingsError. */
  set(key: string, raw: string): unknown;
  /** Back to the default. Throws SettingsError on an unknown key. */
  unset(key: string): void;
  /** Every known key with its effective value, in KEYS order. */
  list(): Record<string, unknown>;
}

function isSettingKey(key: string): key is SettingKey {
  return (KEYS as readonly string[]).includes(key);
}

function checkKey(key: string): SettingKey {
  if (!isSettingKey(key)) {
    throw new SettingsError(`unknown setting "${key}"; known settings: ${KEYS.join(', ')}`, 2);
  }
  return key;
}

/** Whether a stored value is acceptable for `key`. */
export function isValidValue(key: SettingKey, value: unknown): boolean {
  switch (key) {
    case 'notes':
      return Array.isArray(value) && value.every((p) => typeof p === 'string' && p.length > 0);
    case 'lang':
      return typeof value === 'string' && (LANG_SETTINGS as readonly string[]).includes(value);
    case 'count':
      return Number.isInteger(value) && (value as number) >= COUNT_MIN && (value as number) <= COUNT_MAX;
  }
}

/**
 * Parses what the person typed after `config set KEY`. Pure given `base`.
 * `notes` takes comma-separated paths (relative ones resolved against `base.cwd`, `~` expanded;
 * an empty string clears the list); `lang` one of auto|en|zh; `count` a whole number 1..500.
 */
function parseSetting(key: string, raw: string, base: { cwd: string; homedir: string }): SettingValues[SettingKey] {
  const k = checkKey(key);
  const text = raw.trim();
  switch (k) {
    case 'notes': {
      const out: string[] = [];
      for (const part of text.split(',')) {
        const p = part.trim();
        if (!p) continue;
        const expanded = p === '~' ? base.homedir : p.startsWith('~/') ? path.join(base.homedir, p.slice(2)) : p;
        const full = path.resolve(base.cwd, expanded);
        if (!out.includes(full)) out.push(full);
      }
      return out;
    }
    case 'lang': {
      const lang = text.toLowerCase();
      if (!(LANG_SETTINGS as readonly string[]).includes(lang)) {
        throw new SettingsError(`lang must be one of ${LANG_SETTINGS.join(', ')} (got "${raw}")`, 2);
      }
      return lang as LangSetting;
    }
    case 'count': {
      const n = /^\d+$/.test(text) ? Number(text) : NaN;
      if (!Number.isInteger(n) || n < COUNT_MIN || n > COUNT_MAX) {
        throw new SettingsError(`count must be a whole number from ${COUNT_MIN} to ${COUNT_MAX} (got "${raw}")`, 2);
      }
      return n;
    }
  }
}

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Why the file's content is not usable settings, or undefined when it is fine. */
function problemWith(text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(withoutBom(text));
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a JSON object';
  for (const key of KEYS) {
    if (Object.hasOwn(data, key) && !isValidValue(key, (data as Record<string, unknown>)[key])) {
      return `bad value for "${key}"`;
    }
  }
  return undefined;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
}

/**
 * Opens the settings in `dataDir`. Never throws: a corrupted file is moved aside (and `warn`ed
 * about, naming where it went); if the file cannot be read or moved at all, defaults are used
 * and `set` fails with a SettingsError saying why.
 */
export function openSettings(dataDir: string, warn: (message: string) => void, options: SettingsOptions = {}): Settings {
  const now = options.now ?? (() => new Date());
  const base = { cwd: options.cwd ?? process.cwd(), homedir: options.homedir ?? os.homedir() };
  const file = path.join(dataDir, SETTINGS_FILE);

  /** What the file holds (every key, known or not); null when it cannot be used at all. */
  let store: Record<string, unknown> | null = {};
  let unusable: string | undefined;

  /** The file's settings, after moving a corrupted file aside (then none). Throws on an unreadable file. */
  const readFile = (): Record<string, unknown> => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return {};
      throw error;
    }
    const problem = problemWith(text);
    if (problem === undefined) return JSON.parse(withoutBom(text)) as Record<string, unknown>;
    try {
      const moved = moveAside(file, 'corrupt', now());
      warn(`settings file ${file} was corrupted (${problem}); moved it to ${moved} and using default settings`);
    } catch (error) {
      // Another process may have moved it already; if it is still there, give up on it.
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    return {};
  };

  try {
    store = readFile();
  } catch (error) {
    store = null;
    unusable = errorCode(error);
    warn(`cannot use settings file ${file} (${unusable}); using default settings`);
  }

  const read = (key: SettingKey): unknown => {
    const value = store?.[key];
    return value !== undefined && isValidValue(key, value) ? value : undefined;
  };

  function get<K extends SettingKey>(key: K): SettingValues[K];
  function get(key: string): unknown;
  function get(key: string): unknown {
    const k = checkKey(key);
    const value = read(k) ?? DEFAULT_SETTINGS[k];
    return Array.isArray(value) ? [...value] : value;
  }

  /** Applies `change` to the settings as the file holds them now (another process may have set one) and writes them. */
  const save = (change: (data: Record<string, unknown>) => void): void => {
    if (!store) throw new SettingsError(`cannot save settings to ${file} (${unusable ?? 'unusable'})`, 1);
    try {
      const data = readFile();
      change(data);
      writeFileAtomic(file, JSON.stringify(data, undefined, '\t'));
      store = data;
    } catch (error) {
      throw new SettingsError(`cannot save settings to ${file} (${errorCode(error)})`, 1);
    }
  };

  return {
    path: file,
    KEYS,
    get,
    set(key: string, raw: string): unknown {
      const value = parseSetting(key, raw, base);
      save((data) => {
        data[key] = value;
      });
      return value;
    },
    unset(key: string): void {
      const k = checkKey(key);
      save((data) => {
        delete data[k];
      });
    },
    list(): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const key of KEYS) out[key] = get(key);
      return out;
    },
  };
}
