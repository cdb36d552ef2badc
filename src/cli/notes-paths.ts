import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../core/types.js';
import { messages } from '../ui/messages.js';

// Which notes a command reads when it is given no PATH: the configured ones, else one of the
// knowledge bases shipped with the package, `notes/en` or `notes/zh`. Which of the two is
// decided here, from plain values (the setting, the --lang flag, the environment), so the
// choice can be tested without a process.

/** The folder that holds the bundled sets, one subfolder per language. */
export const NOTES_ROOT = fileURLToPath(new URL('../../notes', import.meta.url));

/** The bundled knowledge base in each language. */
export const BUNDLED_NOTES: Readonly<Record<Lang, string>> = Object.freeze({
  en: path.join(NOTES_ROOT, 'en'),
  zh: path.join(NOTES_ROOT, 'zh'),
});

/** What decided the bundled set: `config set lang`, `--lang`, or the locale (LC_ALL, LC_MESSAGES, LANG). */
export type BundledBy = 'setting' | 'flag' | 'locale';

export interface BundledChoice {
  lang: Lang;
  /** Absolute folder of the set. */
  dir: string;
  by: BundledBy;
}

/**
 * The language of the locale, as POSIX resolves it for messages: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set and not empty decides; `zh…` is Chinese, anything else
 * (`en_US.UTF-8`, `C`, `POSIX`, nothing at all) English.
 */
export function localeLang(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim();
    if (value) return /^zh(?:[_.@-]|$)/i.test(value) ? 'zh' : 'en';
  }
  return 'en';
}

/**
 * The bundled set: `config set lang en|zh` if set, else `--lang`, else the locale.
 * A setting of `auto` (the default) or anything unknown counts as not set.
 */
export function chooseBundled(inputs: { setting?: unknown; flag?: unknown; env: Readonly<Record<string, string | undefined>> }): BundledChoice {
  const known = (value: unknown): value is Lang => value === 'en' || value === 'zh';
  const [lang, by]: [Lang, BundledBy] = known(inputs.setting)
    ? [inputs.setting, 'setting']
    : known(inputs.flag)
      ? [inputs.flag, 'flag']
      : [localeLang(inputs.env), 'locale'];
  return { lang, dir: BUNDLED_NOTES[lang], by };
}

/** Paths given on the command line, else the configured ones, else the bundled set (English unless told). */
export function notesPaths(given: string[], configured: string[] | undefined, bundled: string = BUNDLED_NOTES.en): string[] {
  if (given.length) return given;
  if (configured?.length) return configured;
  return [bundled];
}

/** The line `banks` prints on stderr when it read a bundled set, in the interface language `say`. */
export function bundledNotice(choice: BundledChoice, say: Lang): string {
  return messages(say).bundledNotice(choice.lang === 'zh', `notes/${choice.lang}`);
}
