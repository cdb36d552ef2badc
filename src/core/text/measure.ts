import stringWidth from 'string-width';
import { readOnce } from './memo.js';

// How wide a piece of text is on a terminal, and whether a word is shaped like an
// abbreviation: asked by the loader and the question generators alike. Pure.

// Notes are mostly ASCII and CJK, whose widths are plain (1 and 2), so those are counted
// directly; anything else goes to string-width, which is exact but slow enough to dominate
// the loader on a large note, so its answers are remembered.
const PLAIN_WIDTH = /^[\x20-\x7e\p{Script=Han}\u3000-\u303e\uff01-\uff60\uffe0-\uffe6]*$/u;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const WIDTH_CACHE = 20_000;
/**
 * What makes one column count depend on its neighbours: combining marks, joiners and other format
 * characters, variation selectors, emoji, flags' letters, Hangul jamo, control characters. Text
 * without them is one grapheme per character, and its width the sum of theirs.
 */
const CLUSTERING = /[\p{M}\p{Cc}\p{Cf}\p{Extended_Pictographic}\u1100-\u11ff\ufe00-\ufe0f\u{1f1e6}-\u{1f1ff}]/u;

/** Columns the text takes in a terminal (CJK counts two). */
export function textWidth(text: string): number {
  if (PLAIN_ASCII.test(text)) return text.length;
  if (PLAIN_WIDTH.test(text)) {
    let wide = 0;
    let length = 0;
    for (const char of text) {
      length++;
      if (char.charCodeAt(0) > 0x7e) wide++;
    }
    return length + wide;
  }
  return measured(text);
}

const measured = readOnce((text) => (CLUSTERING.test(text) ? stringWidth(text) : sumOfChars(text)), WIDTH_CACHE);

/** `Pod’s`, `容器—镜像`, `café`: each character measured once and remembered, the text summed (string-width segments the whole text, slowly). */
function sumOfChars(text: string): number {
  let w = 0;
  for (const char of text) w += charWidth(char);
  return w;
}

/** string-width's answer for each character met so far: a few hundred distinct ones in a collection. */
const charWidth = readOnce((char) => stringWidth(char), WIDTH_CACHE);

/** Whether the letters of `short` appear in order in `long`, starting with its first letter (`RWO` in `ReadWriteOnce`). */
export function lettersInOrder(short: string, long: string): boolean {
  const a = short.toLowerCase().replace(/[^a-z0-9]/g, '');
  const b = long.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!a || !b || a[0] !== b[0] || b.length <= a.length) return false;
  let j = 0;
  for (const c of b) if (c === a[j]) j++;
  return j >= a.length;
}

/** `RWO`, `K8s`, `gRPC`, `PV`, `IPVS`: one short word (up to `maxLength`), mostly capitals and digits. */
export function isAbbreviation(text: string, maxLength = 12): boolean {
  const t = text.trim();
  if (t.length > maxLength || !/^[A-Za-z][A-Za-z0-9&-]{1,}$/.test(t)) return false;
  const caps = t.match(/[A-Z0-9]/g)?.length ?? 0;
  return caps >= 2 && caps * 2 >= t.replace(/[-&]/g, '').length;
}
