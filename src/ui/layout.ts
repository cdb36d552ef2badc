import stringWidth from 'string-width';

// Wrapping by display width for mixed Chinese and English. A CJK character takes two
// columns and a line may break between any two of them, but not inside an English word,
// not before closing punctuation (，。）) and not after opening punctuation (（「).
// wrap-ansi breaks only at spaces, so a Chinese sentence with `node` in it was cut
// mid-word; this breaker keeps ANSI colour codes (width 0) as they are.

const ANSI = /^\u001b\[[0-9;]*m/;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const NO_BREAK_BEFORE = new Set([...'，。、；：！？）」』》】〉…,.;:!?)]}%’”']);
const NO_BREAK_AFTER = new Set([...'（「『《【〈([{‘“']);

type Piece = { text: string; width: number; space: boolean };

/** Splits one line into unbreakable pieces: words, single wide characters, spaces; codes ride along. */
function pieces(line: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  const push = (text: string, width: number, space: boolean, glueToPrevious: boolean) => {
    const last = out[out.length - 1];
    if (last && !last.space && (glueToPrevious || (last.text.length > 0 && NO_BREAK_AFTER.has([...stripCodes(last.text)].pop() ?? '')))) {
      last.text += text;
      last.width += width;
    } else out.push({ text, width, space });
  };
  while (i < line.length) {
    const rest = line.slice(i);
    const code = ANSI.exec(rest);
    if (code) {
      // A colour code sticks to what follows, or to the line's end.
      const last = out[out.length - 1];
      if (last && !last.space) last.text += code[0];
      else out.push({ text: code[0], width: 0, space: false });
      i += code[0].length;
      continue;
    }
    const ch = String.fromCodePoint(rest.codePointAt(0) as number);
    if (ch === ' ') {
      const run = /^ +/.exec(rest)![0];
      out.push({ text: run, width: run.length, space: true });
      i += run.length;
    } else if (WIDE.test(ch) || NO_BREAK_BEFORE.has(ch)) {
      push(ch, stringWidth(ch), false, NO_BREAK_BEFORE.has(ch));
      i += ch.length;
    } else {
      const word = /^[^ \u001b]+?(?=$| |\u001b|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef])/u.exec(rest)?.[0] ?? ch;
      const last = out[out.length - 1];
      // An English word right after a wide character may break from it; after a word-ish glue it may not.
      push(word, stringWidth(word), false, Boolean(last && !last.space && last.width > 0 && !WIDE.test([...stripCodes(last.text)].pop() ?? '') && !NO_BREAK_BEFORE.has([...stripCodes(last.text)].pop() ?? '')));
      i += word.length;
    }
  }
  return out;
}

function stripCodes(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Cuts a piece wider than a whole line at character boundaries. */
function hardSplit(piece: Piece, width: number): Piece[] {
  const parts: Piece[] = [];
  let text = '';
  let w = 0;
  for (let i = 0; i < piece.text.length; ) {
    const code = ANSI.exec(piece.text.slice(i));
    if (code) {
      text += code[0];
      i += code[0].length;
      continue;
    }
    const ch = String.fromCodePoint(piece.text.codePointAt(i) as number);
    const cw = stringWidth(ch);
    if (w + cw > width && w > 0) {
      parts.push({ text, width: w, space: false });
      text = '';
      w = 0;
    }
    text += ch;
    w += cw;
    i += ch.length;
  }
  if (text) parts.push({ text, width: w, space: false });
  return parts;
}

/** The indent continuation lines of a list item keep: `  * ` or `3. ` becomes spaces. */
function continuationIndent(line: string): number {
  const lead = /^(\s*(?:[-*•]|\d+[.)])?\s*)/.exec(stripCodes(line))?.[1] ?? '';
  return stringWidth(lead);
}

function wrapLine(line: string, width: number): string[] {
  if (stringWidth(line) <= width) return [line];
  const indent = Math.min(continuationIndent(line), Math.floor(width / 2));
  const lines: string[] = [];
  let current = '';
  let used = 0;
  let pendingSpace = '';
  for (const piece of pieces(line)) {
    if (piece.space) {
      if (used > 0) pendingSpace = piece.text;
      else if (lines.length === 0) {
        current += piece.text; // the first line keeps its own leading spaces
        used += piece.width;
      }
      continue;
    }
    const room = width - used - (used > 0 ? pendingSpace.length : 0);
    if (piece.width <= room || (used === 0 && piece.width <= width)) {
      current += (used > 0 ? pendingSpace : '') + piece.text;
      used += (used > 0 ? pendingSpace.length : 0) + piece.width;
      pendingSpace = '';
      continue;
    }
    const fresh = width - indent;
    const parts = piece.width > fresh ? hardSplit(piece, fresh) : [piece];
    for (const part of parts) {
      if (used > indent || (lines.length === 0 && used > 0)) {
        lines.push(current);
        current = ' '.repeat(indent);
        used = indent;
      }
      current += part.text;
      used += part.width;
    }
    pendingSpace = '';
  }
  lines.push(current);
  return lines;
}

export function wrap(text: string, width: number): string {
  const w = Math.max(10, width);
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, w))
    .join('\n');
}

/** Wraps `text` so continuation lines start under the first character after `lead`. */
export function hanging(lead: string, text: string, width: number): string {
  const indent = ' '.repeat(stringWidth(lead));
  const body = wrap(text, Math.max(10, width - indent.length)).split('\n');
  return body.map((line, i) => (i === 0 ? lead : indent) + line).join('\n');
}

export function terminalWidth(columns: number | undefined): number {
  return Math.max(20, Math.min(columns && columns > 0 ? columns : 80, 100));
}

export { stringWidth };
