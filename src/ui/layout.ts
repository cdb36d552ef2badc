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
// A middle dot separates items (`3 terms · line 60`): a line ends with it rather than starts.
const NO_BREAK_BEFORE = new Set([...'，。、；：！？）」』》】〉…,.;:!?)]}%’”·']);
const NO_BREAK_AFTER = new Set([...'（「『《【〈([{‘“']);

/** A piece that ends in a number (`51`, `(29`, `时：51`), not in a name such as `ipv4` or `md:221`. */
function endsInNumber(text: string): boolean {
  return /(?:^|[^A-Za-z0-9_\-.:/])\d(?:[\d,.]*\d)?$/.test(stripCodes(text));
}

/**
 * A wide character a number after it stays with: a word or a full-width colon, not `，` or `。`,
 * nor an opening bracket (`（26` stays together, but the bracket does not take the word before
 * it along: `调度（26 个题库）` was broken as `调` / `度（26 个题库）`).
 */
function leadsNumber(ch: string): boolean {
  return ch !== '' && isWide(ch) && (!NO_BREAK_BEFORE.has(ch) || ch === '：') && !NO_BREAK_AFTER.has(ch);
}

// Chinese words of two to four characters are not split at a line end (`最` / `弱`, `命` / `令`):
// a run of ideographs is cut into words by the dictionary Intl.Segmenter has, a bounded run at
// a time, and a longer word breaks between its characters like the rest.
const IDEOGRAPH_RUN = 48;
const LONGEST_WORD = 4;
let segmenter: Intl.Segmenter | null | undefined;
function chineseWords(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * Where the words end in the run of ideographs starting at `start` (positions in `line`); a run
 * with no dictionary gives one word per character.
 */
function wordEnds(line: string, start: number): number[] {
  let end = start;
  while (end < line.length && end - start < IDEOGRAPH_RUN && isIdeograph(line.charCodeAt(end))) end++;
  const ends: number[] = [];
  const words = end - start > 1 ? chineseWords() : null;
  if (!words) {
    for (let k = start + 1; k <= end; k++) ends.push(k);
    return ends;
  }
  // Two single characters in a row are most often one word the dictionary lacks (题库, 最弱): they pair.
  let single = false;
  for (const { segment, index } of words.segment(line.slice(start, end))) {
    const at = start + index;
    if (segment.length === 1) {
      if (single) ends[ends.length - 1] = at + 1;
      else ends.push(at + 1);
      single = !single;
      continue;
    }
    single = false;
    if (segment.length > LONGEST_WORD) for (let k = 1; k <= segment.length; k++) ends.push(at + k);
    else ends.push(at + segment.length);
  }
  // One character left at the end of a run goes with the word before it (搜索域, not 搜索 / 域).
  const n = ends.length;
  if (end - start < IDEOGRAPH_RUN && n >= 2 && ends[n - 1]! - ends[n - 2]! === 1) {
    const before = ends[n - 2]! - (n >= 3 ? ends[n - 3]! : start);
    if (before >= 2 && before < LONGEST_WORD) ends.splice(n - 2, 1);
  }
  return ends;
}

/**
 * Whether one space between a piece and the next may not break: a number stays with the unit or
 * counter after it (`51 秒`, `29 banks`, `1 skipped`) and with the Chinese word before it
 * (`第 217 行`, `答对 0`), so no line ends in a bare `用时：51` with `秒` alone below.
 */
function keepsTogether(before: Piece, next: string, nextText = next): boolean {
  // An English label keeps a count that closes its item (`identify 7,`, `define 5)`): a line
  // ending in `identify` with `7,` under it reads as two items.
  if (/\d/.test(next)) return leadsNumber(before.end) || (/(?:^|[^A-Za-z0-9_\-.:/])[A-Za-z]+$/.test(stripCodes(before.text)) && /^\d(?:[\d,.]*\d)?[,;)]$/.test(nextText));
  return endsInNumber(before.text) && (/[A-Za-z]/.test(next) || (isWide(next) && !NO_BREAK_AFTER.has(next)));
}

/** Whether a character is wide (and may break from its neighbours); common ideographs without a regex. */
function isWide(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c > 0x7f && WIDE.test(ch));
}

/** Display width of one character, remembered: a long line has few distinct characters. */
const CHAR_WIDTH = new Map<string, number>();
function charWidth(ch: string): number {
  let w = CHAR_WIDTH.get(ch);
  if (w === undefined) {
    // Counted where it can be: the first stringWidth call loads ICU's grapheme rules (~20 ms at start).
    w = plainWidth(ch) ?? stringWidth(ch);
    if (CHAR_WIDTH.size < 10_000) CHAR_WIDTH.set(ch, w);
  }
  return w;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Text of printable ASCII, Latin-1 letters, common punctuation, arrows, math signs and box lines (one column each) and the common wide characters (two each: CJK
 * ideographs, CJK punctuation without its combining marks, full-width forms) only, whose width
 * is found by counting; string-width takes long to find it (it segments graphemes).
 */
const PLAIN_TEXT = /^[\x20-\x7e\u00a1-\u00a8\u00aa-\u00ac\u00af-\u00ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u2190-\u2193\u219a-\u21a8\u21ab-\u21ff\u2200-\u22ff\u2500-\u257f\u3000-\u3029\u3030-\u303e\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]*$/;
/** One column each: string-width says so of every one (`›`, `→`, `≤`, `─`; not `‼`, `↔`, which it draws two wide). */
const NARROW = /[\x20-\x7e\u00a1-\u00a8\u00aa-\u00ac\u00af-\u00ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u2190-\u2193\u219a-\u21a8\u21ab-\u21ff\u2200-\u22ff\u2500-\u257f]/g;

/** Display width of text that PLAIN_TEXT accepts, else undefined. */
function plainWidth(text: string): number | undefined {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  if (!PLAIN_TEXT.test(text)) return undefined;
  const narrow = text.match(NARROW)?.length ?? 0;
  return narrow + 2 * (text.length - narrow);
}

/** Width of a word (ASCII words are most, and their width is their length). */
function wordWidth(word: string): number {
  return plainWidth(word) ?? stringWidth(word);
}

/** The last character of a non-empty string, a surrogate pair kept whole. */
function lastChar(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && text.length > 1;
  return text.slice(pair ? -2 : -1);
}

/** An unbreakable run; `end` is its last visible character (for the punctuation rules). */
type Piece = { text: string; width: number; space: boolean; end: string };

/**
 * Splits one line into unbreakable pieces: words, single wide characters, spaces; codes ride
 * along. Pieces are handed out as they are finished (only the last three may still grow), so a
 * 1 MB line never holds a million pieces at once.
 */
function* pieces(line: string): Generator<Piece> {
  const out: Piece[] = [];
  const glue = (text: string, width: number, end: string): boolean => {
    const last = out[out.length - 1];
    if (!last || last.space) return false;
    last.text += text;
    last.width += width;
    if (end) last.end = end;
    return true;
  };
  // A number's Chinese word is two characters (`用时：51`, `新题 2`): the one before comes along.
  const pullWord = () => {
    const last = out[out.length - 1];
    const before = out[out.length - 2];
    if (!last || !before || before.space || before.width !== 2 || !leadsNumber(before.end) || stripCodes(before.text) !== before.end) return;
    out.splice(out.length - 2, 2, { ...last, text: before.text + last.text, width: before.width + last.width });
  };
  // A piece after one space joins the piece before it when the two may not break apart.
  const push = (piece: Piece) => {
    const space = out[out.length - 1];
    const before = out[out.length - 2];
    const text = piece.text.replace(CODES, '');
    if (space?.space && space.width === 1 && before && !before.space && keepsTogether(before, text.charAt(0), text)) {
      out.pop();
      before.text += space.text + piece.text;
      before.width += space.width + piece.width;
      if (piece.end) before.end = piece.end;
      if (/\d/.test(piece.text.replace(CODES, '').charAt(0))) pullWord();
      return;
    }
    out.push(piece);
  };
  let i = 0;
  let wordEnd = -1; // where the last word match ended: a word longer than RUN goes on from there
  let ends: number[] = []; // where the Chinese words of the current run of ideographs end
  let nextEnd = 0;
  while (i < line.length) {
    while (out.length > 3) yield out.shift() as Piece;
    // The regexes only where they can match: most characters are neither ESC nor a space.
    const c = line.charCodeAt(i);
    CODE.lastIndex = i;
    const code = c === 0x1b ? CODE.exec(line) : null;
    if (code) {
      // A code joins the piece before it (a colour closing, or opening right after a space, moves with that text).
      if (!glue(code[0], 0, '')) out.push({ text: code[0], width: 0, space: false, end: '' });
      i = CODE.lastIndex;
      continue;
    }
    SPACES.lastIndex = i;
    const spaces = c === 0x20 ? SPACES.exec(line) : null;
    if (spaces) {
      out.push({ text: spaces[0], width: spaces[0].length, space: true, end: ' ' });
      i = SPACES.lastIndex;
      continue;
    }
    const last = out[out.length - 1];
    const after = last && !last.space ? last.end : '';
    let ch = String.fromCodePoint(line.codePointAt(i) as number);
    if (isIdeograph(c)) {
      if (nextEnd >= ends.length || (ends[nextEnd] as number) <= i) {
        ends = wordEnds(line, i);
        nextEnd = 0;
      }
      // A word of several characters is one piece; its first character decides how it joins.
      const end = ends[nextEnd++] as number;
      if (end > i + 1) {
        const word = line.slice(i, end);
        const last = out[out.length - 1];
        const after = last && !last.space ? last.end : '';
        const stick = NO_BREAK_AFTER.has(after) || (/\d/.test(after) && endsInNumber(last?.text ?? ''));
        const width = word.length * 2;
        const wordEndCh = word.charAt(word.length - 1);
        if (!(stick && glue(word, width, wordEndCh))) push({ text: word, width, space: false, end: wordEndCh });
        i = end;
        continue;
      }
      ch = line.charAt(i);
    }
    if (isWide(ch) || NO_BREAK_BEFORE.has(ch)) {
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
      // A counter right after a number (`7项`) stays with it, as with a space between.
      const stick = NO_BREAK_BEFORE.has(ch) || NO_BREAK_AFTER.has(after) || (/\d/.test(after) && endsInNumber(last?.text ?? ''));
      if (!(stick && glue(ch, charWidth(ch), ch))) push({ text: ch, width: charWidth(ch), space: false, end: ch });
      i += ch.length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(line)?.[0] ?? ch;
    // A word may break from a wide character before it, not from a word or an opening bracket.
    // A number stays with the Chinese word or full-width colon right before it (`到期：4`).
    const stick =
      i === wordEnd ||
      (after !== '' && (!isWide(after) || NO_BREAK_AFTER.has(after)) && !NO_BREAK_BEFORE.has(after)) ||
      (leadsNumber(after) && /^\d/.test(word));
    const end = lastChar(word);
    if (!(stick && glue(word, wordWidth(word), end))) push({ text: word, width: wordWidth(word), space: false, end });
    else if (i !== wordEnd && leadsNumber(after) && /^\d/.test(word)) pullWord();
    i += word.length;
    wordEnd = i;
  }
  // A number that ends the line stays with the English word before it (`line` / `103` read as
  // two things), as a Chinese one does (`第 103 行`).
  const [word, space, last] = out.slice(-3);
  if (word && space && last && !word.space && space.space && space.width === 1 && /^\d+$/.test(stripCodes(last.text)) && /(?:^|[^A-Za-z0-9_\-.:/])[A-Za-z]+$/.test(stripCodes(word.text))) {
    out.splice(-3, 3, { text: word.text + space.text + last.text, width: word.width + 1 + last.width, space: false, end: last.end });
  }
  yield* out;
}

function stripCodes(text: string): string {
  return text.replace(CODES, '');
}

/** One character of a piece with the codes before it: where it ends, what it is, its width. */
function unitAt(text: string, at: number): { end: number; ch: string; width: number } {
  let k = at;
  for (;;) {
    CODE.lastIndex = k;
    if (!CODE.exec(text)) break;
    k = CODE.lastIndex;
  }
  // Codes after the last character ride with it: an empty, zero-width unit.
  if (k >= text.length) return { end: k, ch: '', width: 0 };
  const ch = String.fromCodePoint(text.codePointAt(k) as number);
  return { end: k + ch.length, ch, width: charWidth(ch) };
}

/**
 * Cuts a piece at character boundaries: the first part `first` columns wide, the rest `next`.
 * It walks the text once, keeping only the current part's character positions.
 */
function hardSplit(piece: Piece, first: number, next: number): Piece[] {
  const text = piece.text;
  const parts: Piece[] = [];
  // Whether the character at `at` (spaces skipped) is closing punctuation, which never starts a line.
  const closesNext = (at: number): boolean => {
    let k = at;
    for (;;) {
      const unit = unitAt(text, k);
      if (unit.ch !== ' ') return NO_BREAK_BEFORE.has(unit.ch);
      k = unit.end;
    }
  };
  let start = 0;
  while (start < text.length) {
    const limit = parts.length ? next : first;
    const starts: number[] = [];
    const widths: number[] = [];
    const chars: string[] = [];
    let end = start;
    let width = 0;
    while (end < text.length) {
      const unit = unitAt(text, end);
      if (starts.length > 0 && width + unit.width > limit) break;
      starts.push(end);
      widths.push(unit.width);
      chars.push(unit.ch);
      width += unit.width;
      end = unit.end;
    }
    // The character before closing punctuation goes down with it.
    while (end < text.length && starts.length > 1 && closesNext(end)) {
      end = starts.pop() as number;
      width -= widths.pop() as number;
      chars.pop();
    }
    // A path is cut after its last `/` that fits: `notes/zh/` then `network.md:221`, never
    // `network.md:22` then `1`. Another long word is cut after a `.`, `_` or `-` in its last
    // two thirds (`net.ipv4.conf.all.` / `accept_redirects`), else between two parts of a
    // camelCase name, else anywhere; a cut between two letters or digits is marked with `-`.
    const cutAt = (k: number) => {
      end = starts[k + 1] as number;
      for (const w of widths.splice(k + 1)) width -= w;
      starts.length = k + 1;
      chars.length = k + 1;
    };
    let mark = false;
    if (end < text.length) {
      const slash = chars.lastIndexOf('/', chars.length - 2);
      const least = Math.floor(chars.length / 3);
      let k = -1;
      if (slash >= 1) k = slash;
      if (k < 0) for (let j = chars.length - 2; j >= least && k < 0; j--) if (/[._\-=:,]/.test(chars[j] as string) && !/[._\-=:,]/.test(chars[j + 1] as string)) k = j;
      if (k >= 0) cutAt(k);
      else {
        for (let j = chars.length - 2; j >= least && k < 0; j--) if (/[a-z0-9]/.test(chars[j] as string) && /[A-Z]/.test(chars[j + 1] as string)) k = j;
        if (k >= 0) cutAt(k);
        const nextCh = unitAt(text, end).ch;
        mark = /[A-Za-z0-9]/.test(chars.at(-1) ?? '') && /[A-Za-z0-9]/.test(nextCh);
        // Room for the mark: one character fewer when the line is full.
        if (mark && width + 1 > limit) {
          if (starts.length > 1) cutAt(starts.length - 2);
          else mark = false;
        }
        if (mark && !/[A-Za-z0-9]/.test(chars.at(-1) ?? '')) mark = false;
      }
    }
    parts.push({ text: text.slice(start, end) + (mark ? '-' : ''), width: width + (mark ? 1 : 0), space: false, end: mark ? '-' : (chars.at(-1) ?? '') });
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

/** Stands in for a space that may not break while a line is wrapped (then is a space again). */
const KEPT_SPACE = '\u00a0';

/**
 * A short command in backticks (`` `k8s-quiz help history` ``) is one piece: its spaces may not
 * break, so it is never split between two lines when it fits on one.
 */
function keepCommands(line: string, width: number): string {
  if (!line.includes('`')) return line;
  const longest = Math.floor(width / 2);
  return line.replace(/`[^`\n]{1,60}`/g, (span) => (span.includes(' ') && displayWidth(span) <= longest ? span.replace(/ /g, KEPT_SPACE) : span));
}

function wrapLine(raw: string, width: number): string[] {
  const tabbed = raw.replace(/\t/g, '    '); // string-width counts a tab as nothing
  // Most lines are plain text that fits.
  if ((plainWidth(tabbed) ?? Infinity) <= width) return [tabbed];
  const line = keepCommands(tabbed, width);
  const kept = line !== tabbed;
  // A Chinese line that fits is measured whole (in chunks: linear in its length), never cut into
  // words: the dictionary behind Intl.Segmenter costs ~10 ms to load, which only a line that
  // must break needs.
  if (displayWidth(line) <= width) return [line];
  const indent = Math.min(continuationIndent(line), Math.floor(width / 2));
  const lines: string[] = [];
  // The line being filled, joined when it is full: a long Chinese line would otherwise keep
  // every one-character piece alive until the end.
  let current: string[] = [];
  let used = 0;
  let pendingSpace = 0;
  const newLine = () => {
    lines.push(current.join(''));
    current = [' '.repeat(indent)];
    used = indent;
    pendingSpace = 0;
  };
  const put = (piece: Piece) => {
    if (pendingSpace) current.push(' '.repeat(pendingSpace));
    current.push(piece.text);
    used += pendingSpace + piece.width;
    pendingSpace = 0;
  };
  for (const piece of pieces(line)) {
    if (piece.space) {
      // Leading spaces stay (up to the indent limit); between words one run is kept for later.
      if (used === 0 && lines.length === 0) {
        used = Math.min(piece.width, Math.floor(width / 2));
        current.push(' '.repeat(used));
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
    // A piece wider than a whole line (a long path) is cut however it goes: it starts where it
    // is when a fair part fits there, so no short word (`moved to`) is left alone above it. One
    // that only misses the indent goes down, to be cut once (`(notes/en/` / `07-….md:24)`).
    const tooWide = piece.width > width - indent;
    const startHere = bare ? room > 0 : piece.width > width && room >= Math.max(10, Math.floor(width / 4));
    const parts = startHere ? hardSplit(piece, room, width - indent) : tooWide ? hardSplit(piece, width - indent, width - indent) : [piece];
    parts.forEach((part, n) => {
      if (n > 0 || !startHere) newLine();
      put(part);
    });
  }
  lines.push(current.join(''));
  return kept ? lines.map((l) => l.replaceAll(KEPT_SPACE, ' ')) : lines;
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
 * A list row without a marker, `indent` columns in: its continuation lines go two columns
 * further, so a wrapped row (`Networking › Docker network drivers:` / `0/2`) does not read as two.
 */
export function row(indent: number, text: string, width: number): string {
  const lead = ' '.repeat(indent);
  return hanging(`${lead}  `, text, width).replace(/^ {2}/, '');
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
const safeBreak = (code: number) => (code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);

/**
 * Display width (CJK two columns, colour codes none), in time linear in the text: string-width
 * alone slows down with the square of a long string's length (Intl.Segmenter), so a long text
 * is measured a chunk at a time.
 */
export function displayWidth(text: string): number {
  if (text.length <= CHUNK) return plainWidth(text) ?? stringWidth(text);
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

