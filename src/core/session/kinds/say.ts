import type { Lang } from '../../types.js';

/** The sentence in the language asked for: kits answer in the question's language. */
export function say(lang: Lang, en: string, zh: string): string {
  return lang === 'zh' ? zh : en;
}
