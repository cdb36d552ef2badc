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

/** Key that also ignores hyphens, underscores and other marks: `Read-Write Once` = `readwriteonce`. */
export function looseMatchKey(text: string): string {
  return matchKey(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Key for comparing terms and choices: normalized, without spaces and trailing punctuation. */
export function matchKey(text: string): string {
  return trimTrailing(normalizeText(text).replace(/\s+/g, ''), '.,;:!?');
}

/**
 * `text` without any of `chars` at its end. By hand: `/[.,;:!?]+$/` retries from every
 * character of a long run that does not end the text, which is quadratic.
 */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

export function sameText(a: string, b: string): boolean {
  return matchKey(a) === matchKey(b);
}

const HAN = /\p{Script=Han}/u;

/** Chinese when Han characters are at least a fifth of the letters. */
export function detectLang(text: string): 'en' | 'zh' {
  // One pass over char codes: this runs on the whole text of every bank.
  let han = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) letters++;
    } else if (code >= 0x4e00 && code <= 0x9fff) han++;
    else if (code >= 0x2e80 && HAN.test(String.fromCodePoint(text.codePointAt(i) as number))) han++;
  }
  const latin = letters / 4; // roughly letters per word
  return han > 0 && han >= latin * 0.25 ? 'zh' : 'en';
}

/** Letters with marks English does not use: Vietnamese (`ạ`, `ơ`, `đ`), German (`ä`, `ß`), French, Spanish. */
const MARKED_LETTER = /[àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿăđĩũơưạ-ỹßœ]/giu;
/** Words of German, Vietnamese, Spanish, Portuguese and French prose that English never uses. */
const FOREIGN_WORD =
  /(?<![\p{L}])(?:und|ist|nicht|für|eine?|wird|sind|auch|oder|werden|của|và|là|được|các|những|một|để|với|que|los|las|del|para|una|por|como|más|pero|también|puede|cuando|esto|este|esta|cada|sobre|entre|muy|está|están|tiene|não|são|uma|você|isso|pelo|pela|les|des|une|pour|dans|avec|être|sont|cette|nous|vous|hai|hain|nahi|nahin|kya|kaise|kyun|mein|aur|hota|hoti|karta|karte|chahiye|kitna|hamein|yeh|woh|agar|sirf|matlab)(?![\p{L}])/giu;

/**
 * Prose in a language written in Latin letters that is not English (Vietnamese, German…): the
 * program reads English and Chinese, and questions made from other languages come out as
 * nonsense. Judged over a whole note, so a name with an accent (`Café`) changes nothing.
 */
export function isOtherLatinLanguage(text: string): boolean {
  const letters = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters < 200) return false;
  const marked = text.match(MARKED_LETTER)?.length ?? 0;
  const words = text.match(/\p{L}+/gu)?.length ?? 1;
  const foreign = text.match(FOREIGN_WORD)?.length ?? 0;
  return (marked >= 8 && marked / letters >= 0.015) || (foreign >= 8 && foreign / words >= 0.04);
}

/**
 * Korean, Japanese, Russian, Thai, Arabic…: a text written in a script other than Latin and Han,
 * by at least a fifth of its letters (a Korean note's English names and Han loan words aside).
 */
export function isOtherScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 100) return false;
  const other = text.match(/[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Devanagari}]/gu)?.length ?? 0;
  return other * 5 >= letters;
}

/** Marks before a name or a title: spaces, emoji, keycaps (`1️⃣ Install`, whose digit is a mark too), circled numbers (`①`) and typed bullets (`• BestEffort`). */
const LEADING_MARKS = /^(?:[\d#*]\uFE0F?\u20E3|[\s\p{Extended_Pictographic}\uFE0F\u200D\u20E3\u2460-\u2473•‣▪◦])+/u;

/** `Q1 : `, `Q7:`, `Q10.2 `, `Q:`, `问题：`, `困惑 3：`: an exercise's number or label before its question or title. */
export const QUESTION_LABEL = /^\s*(?:Q\s?\d{1,3}(?:\.\d{1,2})*\s*(?:[.:：)、]\s*|\s+)|(?:Q|问题?)\s*[.:：)、]\s*|(?:问题|困惑|疑问|误区)\s*\d{1,3}\s*[.:：)、]\s*)(?=\S)/iu;

/** `Answer:`, `A:`, `答：`, `回答：`: the label an exercise puts before its answer. */
export const ANSWER_LABEL = /^\s*(?:answer|ans|a|答案?|回答|解答)\s*[:：.]\s*(?=\S)/iu;

/** `✅ Required` → `Required`, `⚠️ Deprecated — …` → `Deprecated — …`, `⭐ Why…?` → `Why…?`. */
export function withoutLeadingMarks(text: string): string {
  return text.replace(LEADING_MARKS, '');
}

/**
 * Signs drawn before any line of a note: the pictographs of LEADING_MARKS less those that carry
 * meaning there — check marks and boxes (`✅`, `❌`, `☐` make a list a checklist), keycaps and
 * circled numbers (a list's numbering, which its own rules read) — and bullets typed as characters
 * (`● ElementType.TYPE:…`, `■ 优点`).
 */
const DECORATIVE_SIGNS = /^(?:(?![\u2705\u2713-\u2718\u274c\u274e\u2610\u2611\u2b1c])[\p{Extended_Pictographic}\uFE0F\u200D●○■◆◇▪▫•◦‣►▸➤]\s*)+/u;

/** `👉 Only 1 pod…`, `● Only 1 pod…` → `Only 1 pod…`; `✅ Correct CN` and `1️⃣ Install` are kept as written. */
export function withoutDecorativeSigns(text: string): string {
  return text.replace(DECORATIVE_SIGNS, '');
}

/** A text matched as itself inside a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
