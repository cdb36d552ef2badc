// The one place that decides when two pieces of note text mean the same thing.

/** NFKC folds full-width ASCII (Ａ，：（）) to half-width; then case and spacing. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u3000\s]+/g, ' ')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[。．]/g, '.')
    .replace(/[、]/g, ',')
    .trim()
    .toLowerCase();
}

/** Key for comparing terms and choices: normalized, without spaces and trailing punctuation. */
export function matchKey(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/[.,;:!?]+$/u, '');
}

export function sameText(a: string, b: string): boolean {
  return matchKey(a) === matchKey(b);
}

const HAN = /\p{Script=Han}/u;
const HAN_G = /\p{Script=Han}/gu;
const LATIN_G = /[A-Za-z]/g;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Chinese when Han characters are at least a fifth of the letters. */
export function detectLang(text: string): 'en' | 'zh' {
  const han = text.match(HAN_G)?.length ?? 0;
  const latin = (text.match(LATIN_G)?.length ?? 0) / 4; // roughly letters per word
  return han > 0 && han >= latin * 0.25 ? 'zh' : 'en';
}
