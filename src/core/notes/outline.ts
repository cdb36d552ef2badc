import { Lexer, type Token, type Tokens } from 'marked';
import { stripControl, stripControlLine } from '../text/index.js';
import type { Outline, OutlineBlock, OutlineList, OutlineListItem, OutlineSection, TextLine } from '../types.js';

// markdown body -> outline: sections by heading path, with lists, paragraphs and
// code blocks, every one carrying the line it starts on in the file.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

function stripTags(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<\/?[A-Za-z][^>]*>/g, '');
}

function inlineText(tokens: Token[] | undefined, bold: string[]): string {
  let out = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong': {
        const inner = inlineText((token as Tokens.Strong).tokens, bold);
        bold.push(clean(inner));
        out += inner;
        break;
      }
      case 'em':
      case 'del':
      case 'link':
        out += inlineText((token as Tokens.Em).tokens, bold);
        break;
      case 'image':
      case 'html':
        break;
      case 'br':
        out += ' ';
        break;
      case 'codespan':
      case 'escape':
      case 'text':
        out += decodeEntities((token as Tokens.Text).text);
        break;
      default:
        out += 'text' in token && typeof token.text === 'string' ? stripTags(token.text) : '';
    }
  }
  return out;
}

/** Full-width letters and digits (`ＡＢＣ１２３`) are the ASCII ones typed with an IME on. */
function foldFullWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function clean(text: string): string {
  return foldFullWidth(stripControlLine(text)).replace(/\s+/g, ' ').trim();
}

/** Whether the tokens hold a link, and the text they hold outside links. */
function outsideLinks(tokens: Token[] | undefined, out: { links: number; text: string }): void {
  for (const token of tokens ?? []) {
    if (token.type === 'link') out.links++;
    else if (token.type === 'strong' || token.type === 'em' || token.type === 'del') outsideLinks((token as Tokens.Em).tokens, out);
    else if (token.type === 'text' || token.type === 'codespan' || token.type === 'escape') out.text += (token as Tokens.Text).text;
  }
}

/** Text left beside links that still says something: not numbering, punctuation or arrows. */
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/** One line (or a run of lines joined) of inline markdown to plain text. */
function textLine(markdown: string, line: number): TextLine {
  const bold: string[] = [];
  const tokens = Lexer.lexInline(markdown);
  const text = clean(inlineText(tokens, bold));
  const result: TextLine = { text, bold: bold.filter(Boolean), line };
  if (text) {
    const outside = { links: 0, text: '' };
    outsideLinks(tokens, outside);
    if (outside.links > 0 && !SAYS_SOMETHING.test(outside.text.replace(/^\s*\d+[.)、]/, ''))) result.linkOnly = true;
  }
  return result;
}

/** A line of code as written: control characters out, indentation kept. */
function codeLine(text: string, line: number): TextLine {
  return { text: stripControlLine(text.replace(/\s+$/, '')), bold: [], line };
}

/** Whitespace-insensitive: marked expands the tabs of nested items in their `raw`. */
function lineKey(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

class LineFinder {
  private readonly lines: string[];
  constructor(source: string, private readonly offset: number) {
    this.lines = source.split('\n').map(lineKey);
  }
  /** 1-based file line of the first source line in `from`..`to` that reads `first`; else `from`. */
  find(first: string, from: number, to: number): number {
    const wanted = lineKey(first);
    const last = Math.min(this.lines.length - 1, to - this.offset);
    for (let i = Math.max(0, from - this.offset); i <= last; i++) {
      if (this.lines[i] === wanted) return i + this.offset;
    }
    return Math.min(from, this.lines.length - 1 + this.offset);
  }
}

function firstLine(raw: string): string {
  return raw.split('\n', 1)[0] ?? '';
}

/** How many lines `raw` spans, not counting the blank lines after it. */
function lineSpan(raw: string): number {
  return raw.replace(/\n+$/, '').split('\n').length;
}

function listFrom(token: Tokens.List, line: number, finder: LineFinder): OutlineList {
  const items: OutlineListItem[] = [];
  const end = line + lineSpan(token.raw) - 1;
  let cursor = line;
  for (const item of token.items) {
    // Each search stays inside the list, and each item starts past the one before it,
    // so a long list is read in one pass.
    const itemLine = finder.find(firstLine(item.raw), cursor, end);
    const itemEnd = Math.max(itemLine, Math.min(end, itemLine + lineSpan(item.raw) - 1));
    cursor = itemEnd + 1;
    const children: OutlineList[] = [];
    const texts: string[] = [];
    const code: NonNullable<OutlineListItem['code']> = [];
    let childCursor = itemLine + 1;
    for (const child of item.tokens) {
      if (child.type === 'list') {
        const childLine = finder.find(firstLine(child.raw), childCursor, itemEnd);
        childCursor = childLine + lineSpan(child.raw);
        children.push(listFrom(child as Tokens.List, childLine, finder));
      } else if (child.type === 'text' || child.type === 'paragraph') {
        texts.push(...(child as Tokens.Text).text.split(/\n\s*\n/));
      } else if (child.type === 'code') {
        // Code under an item keeps its lines and indentation (marked already took the item's own off).
        const at = finder.find(firstLine(child.raw), childCursor, itemEnd);
        childCursor = at + lineSpan(child.raw);
        code.push({ lang: stripControlLine((child as Tokens.Code).lang ?? ''), text: stripControl((child as Tokens.Code).text), line: at });
      }
    }
    const [head = '', ...rest] = texts;
    const listItem: OutlineListItem = {
      text: textLine(head.replace(/\n/g, ' '), itemLine),
      children,
      more: rest.map((t) => textLine(t.replace(/\n/g, ' '), itemLine)).filter((t) => t.text),
    };
    if (code.length) listItem.code = code;
    items.push(listItem);
  }
  const list: OutlineList = { type: 'list', ordered: token.ordered, items, line };
  const start = typeof token.start === 'number' ? token.start : 1;
  if (token.ordered && start !== 1) list.start = start;
  return list;
}

function paragraphLines(raw: string, line: number): TextLine[] {
  return raw
    .replace(/\n+$/, '')
    .split('\n')
    .map((text, i) => textLine(text, line + i))
    .filter((t) => t.text);
}

const DETAILS_OPEN = /<details[^>]*>/i;
const DETAILS_CLOSE = /<\/details\s*>/i;
const SUMMARY = /<summary[^>]*>([\s\S]*?)<\/summary\s*>/i;

const FENCE = /^\s*(```|~~~)/;

/**
 * Lines of `text`, each with its file line, given the file line `line` of its first character.
 * Inside a fenced code block, lines are kept as written (indentation and all): a YAML answer
 * without its indentation is a wrong answer.
 */
function numberedLines(text: string, line: number): TextLine[] {
  const out: TextLine[] = [];
  let fence: string | null = null;
  let indent = 0;
  text.split('\n').forEach((part, n) => {
    const opening = FENCE.exec(part);
    if (fence === null && opening) {
      fence = opening[1] as string;
      indent = part.length - part.trimStart().length;
      out.push(codeLine(part.trim(), line + n));
    } else if (fence !== null) {
      if (part.trim().startsWith(fence)) {
        fence = null;
        out.push(codeLine(part.trim(), line + n));
      } else {
        // The block's own indentation goes; what is inside it stays.
        const lead = Math.min(indent, part.length - part.trimStart().length);
        out.push(codeLine(part.slice(lead), line + n));
      }
    } else {
      const t = textLine(stripTags(part), line + n);
      if (t.text) out.push(t);
    }
  });
  return out;
}

function lineAt(text: string, index: number, first: number): number {
  let line = first;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * A <details><summary>…</summary>…</details> block, which marked splits into html and
 * paragraph tokens at blank lines; read from the body text itself, so every line is exact.
 * Returns the block and the body offset just past `</details>`.
 */
function detailsBlock(body: string, start: number, line: number): { block: OutlineBlock; end: number } | null {
  const rest = body.slice(start);
  const close = DETAILS_CLOSE.exec(rest);
  const html = close ? rest.slice(0, close.index) : rest;
  const summary = SUMMARY.exec(html);
  if (!summary) return null;
  const summaryLine = lineAt(html, summary.index + summary[0].indexOf('>') + 1, line);
  const afterIndex = summary.index + summary[0].length;
  const lines = numberedLines(html.slice(afterIndex), lineAt(html, afterIndex, line));
  const end = start + (close ? close.index + close[0].length : rest.length);
  const summaryText = textLine(stripTags(summary[1] ?? '').replace(/\n/g, ' '), summaryLine);
  return { block: { type: 'details', summary: summaryText, lines, line: summaryLine }, end };
}

/** `body` starts at file line `bodyLine`; CRLF must already be LF. */
export function buildOutline(file: string, body: string, bodyLine: number): Outline {
  const tokens = new Lexer({ gfm: true }).lex(body);
  const finder = new LineFinder(body, bodyLine);
  const sections: OutlineSection[] = [];
  let current: OutlineSection = { path: [], depth: 0, line: bodyLine, blocks: [] };
  sections.push(current);
  const stack: { depth: number; title: string }[] = [];
  let offset = 0;

  // Lines are counted forward from the last token, never from the top: a long note stays linear.
  let counted = 0;
  let countedLine = bodyLine;
  const lineOf = (index: number): number => {
    for (; counted < index && counted < body.length; counted++) if (body.charCodeAt(counted) === 10) countedLine++;
    return countedLine;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const at = body.indexOf(token.raw, offset);
    const start = at >= 0 ? at : offset;
    offset = start + token.raw.length;
    const line = lineOf(start);

    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        while (stack.length && (stack[stack.length - 1] as { depth: number }).depth >= heading.depth) stack.pop();
        const title = textLine(heading.text, line).text.replace(/[:：]\s*$/, '');
        stack.push({ depth: heading.depth, title });
        current = { path: stack.map((s) => s.title), depth: heading.depth, line, blocks: [] };
        sections.push(current);
        break;
      }
      case 'paragraph':
        current.blocks.push({ type: 'paragraph', lines: paragraphLines(token.raw, line), line });
        break;
      case 'list':
        current.blocks.push(listFrom(token as Tokens.List, line, finder));
        break;
      case 'code':
        current.blocks.push({
          type: 'code',
          lang: stripControlLine((token as Tokens.Code).lang ?? ''),
          text: stripControl((token as Tokens.Code).text),
          line,
        });
        break;
      case 'blockquote':
        current.blocks.push({
          type: 'quote',
          lines: paragraphLines(token.raw.replace(/^\s*>\s?/gm, ''), line),
          line,
        });
        break;
      case 'table': {
        const table = token as Tokens.Table;
        current.blocks.push({
          type: 'table',
          header: table.header.map((cell) => textLine(cell.text, line).text),
          rows: table.rows.map((row) => row.map((cell) => textLine(cell.text, line).text)),
          line,
        });
        break;
      }
      case 'html': {
        if (DETAILS_OPEN.test(token.raw)) {
          const details = detailsBlock(body, start, line);
          if (details) {
            current.blocks.push(details.block);
            // Skip the tokens marked made of the block's inside.
            while (i + 1 < tokens.length && offset < details.end) {
              const next = tokens[i + 1] as Token;
              const at = body.indexOf(next.raw, offset);
              if (at < 0 || at >= details.end) break;
              offset = at + next.raw.length;
              i++;
            }
            offset = Math.max(offset, details.end);
            break;
          }
        }
        const text = clean(stripTags(token.raw));
        if (text) current.blocks.push({ type: 'html', text, line });
        break;
      }
      default:
        break;
    }
  }
  return { file, sections: sections.filter((s) => s.blocks.length > 0 || s.path.length > 0) };
}
