import stringWidth from 'string-width';
import { stripControl } from '../core/text/index.js';

// Wrapping by display width for mixed Chinese and English. A CJK character takes two
// columns and a line may break between any two of them, but not inside an English word,
// not before closing punctuation (，。）) and not after opening punctuation (（「).
// wrap-ansi breaks only at spaces, so a Chinese sentence with `node` in it was cut
// mid-word; this breaker keeps ANSI colour codes (width 0) as they are.

// Zero-width codes: colours (SGR) and OSC 8 hyperlinks, which marked-terminal writes.
const CODE = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/y;
const CODES = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
const WIDE_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef';
const WIDE = new RegExp(`[${WIDE_CLASS}]`, 'u');
// Runs are matched a bounded length at a time (a longer one is glued from several matches):
// one regex match over a 50 MB word overflows the regex engine's stack.
const RUN = 256;
const WORD = new RegExp(`[^ \\u001b${WIDE_CLASS}]{1,${RUN}}`, 'uy');
const SPACES = new RegExp(` {1,${RUN}}`, 'y');
const NO_BREAK_BEFORE = new Set([...'，。、；：！？）」』》】〉…,.;:!?)]}%’”']);
const NO_BREAK_AFTER = new Set([...'（「『《【〈([{‘“']);

/** Display width of one character, remembered: a long line has few distinct characters. */
const CHAR_WIDTH = new Map<string, number>();
function charWidth(ch: string): number {
  let w = CHAR_WIDTH.get(ch);
  if (w === undefined) {
    w = stringWidth(ch);
    if (CHAR_WIDTH.size < 10_000) CHAR_WIDTH.set(ch, w);
  }
  return w;
}

/** An unbreakable run; `end` is its last visible character (for the punctuation rules). */
type Piece = { text: string; width: number; space: boolean; end: string };

/** Splits one line into unbreakable pieces: words, single wide characters, spaces; codes ride along. */
function pieces(line: string): Piece[] {
  const out: Piece[] = [];
  const glue = (text: string, width: number, end: string): boolean => {
    const last = out[out.length - 1];
    if (!last || last.space) return false;
    last.text += text;
    last.width += width;
    if (end) last.end = end;
    return true;
  };
  let i = 0;
  let wordEnd = -1; // where the last word match ended: a word longer than RUN goes on from there
  while (i < line.length) {
    CODE.lastIndex = i;
    const code = CODE.exec(line);
    if (code) {
      // A code joins the piece before it (a colour closing, or opening right after a space, moves with that text).
      if (!glue(code[0], 0, '')) out.push({ text: code[0], width: 0, space: false, end: '' });
      i = CODE.lastIndex;
      continue;
    }
    SPACES.lastIndex = i;
    const spaces = SPACES.exec(line);
    if (spaces) {
      out.push({ text: spaces[0], width: spaces[0].length, space: true, end: ' ' });
      i = SPACES.lastIndex;
      continue;
    }
    const last = out[out.length - 1];
    const after = last && !last.space ? last.end : '';
    const ch = String.fromCodePoint(line.codePointAt(i) as number);
    if (WIDE.test(ch) || NO_BREAK_BEFORE.has(ch)) {
      // Closing punctuation after a space (`word ）`) still never starts a line: the space and
      // the mark join the piece before them.
      const spaceBefore = out[out.length - 1];
      const beforeSpace = out[out.length - 2];
      if (NO_BREAK_BEFORE.has(ch) && spaceBefore?.space && beforeSpace && !beforeSpace.space) {
        out.pop();
        beforeSpace.text += spaceBefore.text + ch;
        beforeSpace.width += spaceBefore.width + charWidth(ch);
        beforeSpace.end = ch;
        i += ch.length;
        continue;
      }
      const stick = NO_BREAK_BEFORE.has(ch) || NO_BREAK_AFTER.has(after);
      if (!(stick && glue(ch, charWidth(ch), ch))) out.push({ text: ch, width: charWidth(ch), space: false, end: ch });
      i += ch.length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(line)?.[0] ?? ch;
    // A word may break from a wide character before it, not from a word or an opening bracket.
    const stick = i === wordEnd || (after !== '' && (!WIDE.test(after) || NO_BREAK_AFTER.has(after)) && !NO_BREAK_BEFORE.has(after));
    const end = [...word].pop() ?? '';
    if (!(stick && glue(word, stringWidth(word), end))) out.push({ text: word, width: stringWidth(word), space: false, end });
    i += word.length;
    wordEnd = i;
  }
  return out;
}

function stripCodes(text: string): string {
  return text.replace(CODES, '');
}

/** Cuts a piece at character boundaries: the first part `first` columns wide, the rest `next`. */
function hardSplit(piece: Piece, first: number, next: number): Piece[] {
  // Characters with the codes before them; widths per character.
  const units: { text: string; ch: string; width: number }[] = [];
  let codes = '';
  for (let i = 0; i < piece.text.length; ) {
    CODE.lastIndex = i;
    const code = CODE.exec(piece.text);
    if (code) {
      codes += code[0];
      i = CODE.lastIndex;
      continue;
    }
    const ch = String.fromCodePoint(piece.text.codePointAt(i) as number);
    units.push({ text: codes + ch, ch, width: charWidth(ch) });
    codes = '';
    i += ch.length;
  }
  if (codes) {
    if (units.length) (units[units.length - 1] as { text: string }).text += codes;
    else units.push({ text: codes, ch: '', width: 0 });
  }
  const parts: Piece[] = [];
  let start = 0;
  while (start < units.length) {
    const limit = parts.length ? next : first;
    let end = start;
    let w = 0;
    while (end < units.length && (end === start || w + (units[end] as { width: number }).width <= limit)) {
      w += (units[end] as { width: number }).width;
      end++;
    }
    // Closing punctuation never starts a line: the character before it goes down with it.
    const closesNext = (at: number) => {
      let k = at;
      while (k < units.length && (units[k] as { ch: string }).ch === ' ') k++;
      return k < units.length && NO_BREAK_BEFORE.has((units[k] as { ch: string }).ch);
    };
    while (end < units.length && end - start > 1 && closesNext(end)) end--;
    const slice = units.slice(start, end);
    parts.push({ text: slice.map((u) => u.text).join(''), width: slice.reduce((n, u) => n + u.width, 0), space: false, end: slice.at(-1)?.ch ?? '' });
    start = end;
  }
  return parts;
}

/** The indent continuation lines of a list item keep: `  * ` or `3. ` becomes spaces. */
function continuationIndent(line: string): number {
  // A marker is followed by a space: `3.14 is…` and `-1 means…` are not list items.
  const lead = /^(\s*(?:(?:[-*•]|\d+[.)])\s+)?)/.exec(stripCodes(line))?.[1] ?? '';
  return displayWidth(lead);
}

function wrapLine(raw: string, width: number): string[] {
  const line = raw.replace(/\t/g, '    '); // string-width counts a tab as nothing
  // Measured piece by piece: string-width on a whole very long line slows down sharply.
  const all = pieces(line);
  if (all.reduce((sum, p) => sum + p.width, 0) <= width) return [line];
  const indent = Math.min(continuationIndent(line), Math.floor(width / 2));
  const lines: string[] = [];
  let current = '';
  let used = 0;
  let pendingSpace = 0;
  const newLine = () => {
    lines.push(current);
    current = ' '.repeat(indent);
    used = indent;
    pendingSpace = 0;
  };
  const put = (piece: Piece) => {
    current += ' '.repeat(pendingSpace) + piece.text;
    used += pendingSpace + piece.width;
    pendingSpace = 0;
  };
  for (const piece of all) {
    if (piece.space) {
      // Leading spaces stay (up to the indent limit); between words one run is kept for later.
      if (used === 0 && lines.length === 0) {
        current += ' '.repeat(Math.min(piece.width, Math.floor(width / 2)));
        used = current.length;
      } else if (used > indent || lines.length === 0) pendingSpace = piece.width;
      continue;
    }
    if (pendingSpace + piece.width <= width - used) {
      put(piece);
      continue;
    }
    // A line holding only its indent or a list marker is filled, not left bare.
    const bare = used <= indent;
    const room = width - used - pendingSpace;
    const parts = bare && room > 0 ? hardSplit(piece, room, width - indent) : piece.width > width - indent ? hardSplit(piece, width - indent, width - indent) : [piece];
    parts.forEach((part, n) => {
      if (n > 0 || !bare) newLine();
      put(part);
    });
  }
  lines.push(current);
  return lines;
}

/**
 * Wraps to `width` columns, in time linear in the text (a 1 MB word included). Only colour
 * codes and hyperlinks pass: any other control sequence is dropped here, on the way to the
 * terminal, whatever text reached it.
 */
export function wrap(text: string, width: number): string {
  const w = Math.max(10, width);
  return terminalText(text)
    .split('\n')
    .flatMap((line) => wrapLine(line, w))
    .join('\n');
}

/** Wraps `text` so continuation lines start under the first character after `lead`. */
export function hanging(lead: string, text: string, width: number): string {
  const first = clip(lead);
  // A lead wider than the line (a hand-edited field) must not indent every line by its width.
  const indent = ' '.repeat(Math.min(displayWidth(first), Math.max(0, width - 10)));
  const body = wrap(clip(text), Math.max(10, width - indent.length)).split('\n');
  return body.map((line, i) => (i === 0 ? first : indent) + line).join('\n');
}

/**
 * `hanging`, unless the lead leaves the text fewer than `room` columns (a long `file:line` at
 * 40 columns): then the lead on its own line and the text under it, two columns in from the lead.
 */
export function hangingOrBelow(lead: string, text: string, width: number, room = 20): string {
  if (width - displayWidth(lead) >= room) return hanging(lead, text, width);
  const indent = ' '.repeat(Math.min((/^ */.exec(lead)?.[0].length ?? 0) + 2, Math.floor(width / 2)));
  return `${wrap(clip(lead.trimEnd()), width)}\n${hanging(indent, text, width)}`;
}

/**
 * A key-help line: items joined by ` · `, broken between items rather than inside one, so
 * `! bad question` never loses its key to the line above. An item wider than the line wraps.
 */
export function helpLine(items: readonly string[], width: number, sep = ' · '): string {
  const lines: string[] = [];
  let current = '';
  for (const item of items) {
    const joined = current ? `${current}${sep}${item}` : item;
    if (!current || displayWidth(joined) <= width) current = joined;
    else {
      lines.push(current);
      current = item;
    }
  }
  if (current) lines.push(current);
  return lines.map((line) => wrap(line, width)).join('\n');
}

export function terminalWidth(columns: number | undefined): number {
  return Math.max(20, Math.min(columns && columns > 0 ? columns : 80, 100));
}

/** The longest line of a field shown on the terminal; a longer one is cut there with `…`. */
export const FIELD_LIMIT = 4000;

/**
 * Each line of `text` cut to `limit` characters, with an ellipsis: a field that long (a 1 MB
 * step, a 50 MB subject in a hand-edited log) is debris, and nobody reads it on a terminal.
 */
export function clip(text: string, limit = FIELD_LIMIT): string {
  if (text.length <= limit) return text;
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= limit) return line;
      let end = limit;
      if (/[\ud800-\udbff]/.test(line.charAt(end - 1))) end--; // not half a surrogate pair
      const esc = line.lastIndexOf('\u001b', end);
      if (esc >= 0 && esc > end - 40) end = esc; // nor half a colour code
      return `${line.slice(0, end)}…`;
    })
    .join('\n');
}

// Codes the program itself writes and may pass: colours (SGR) and OSC 8 hyperlinks.
const PASSING = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0000-\u001f\u007f-\u009f]*(?:\u0007|\u001b\\)/g;
// C0 (but tab and newline), DEL, C1 and the bidi controls: what may start a sequence or disguise text.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

/** `text` with every control character and sequence removed, except colours and hyperlinks. */
export function terminalText(text: string): string {
  if (!UNSAFE.test(text)) return text;
  let out = '';
  let last = 0;
  for (const code of text.matchAll(PASSING)) {
    out += stripControl(text.slice(last, code.index)) + code[0];
    last = code.index + code[0].length;
  }
  return out + stripControl(text.slice(last));
}

// A grapheme may not be split between two measured chunks; a break before a printable ASCII
// character or a common CJK ideograph is always between graphemes.
const CHUNK = 256;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const safeBreak = (code: number) => (code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);

/**
 * Display width (CJK two columns, colour codes none), in time linear in the text: string-width
 * alone slows down with the square of a long string's length (Intl.Segmenter), so a long text
 * is measured a chunk at a time.
 */
export function displayWidth(text: string): number {
  if (text.length <= CHUNK) return stringWidth(text);
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const plain = text.replace(CODES, '');
  let width = 0;
  for (let start = 0; start < plain.length; ) {
    let end = Math.min(plain.length, start + CHUNK);
    for (let look = 0; end < plain.length && look < 32 && !safeBreak(plain.charCodeAt(end)); look++) end++;
    width += stringWidth(plain.slice(start, end));
    start = end;
  }
  return width;
}

