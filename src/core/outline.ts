import { Lexer, type Token, type Tokens } from 'marked';
import { stripControlLine } from './sanitize.js';
import type { Outline, OutlineBlock, OutlineList, OutlineListItem, OutlineSection, TextLine } from './types.js';

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

function clean(text: string): string {
  return stripControlLine(text).replace(/\s+/g, ' ').trim();
}

/** One line (or a run of lines joined) of inline markdown to plain text. */
export function textLine(markdown: string, line: number): TextLine {
  const bold: string[] = [];
  const text = clean(inlineText(Lexer.lexInline(markdown), bold));
  return { text, bold: bold.filter(Boolean), line };
}

class LineFinder {
  private readonly lines: string[];
  constructor(source: string, private readonly offset: number) {
    this.lines = source.split('\n').map((l) => l.trim());
  }
  /** 1-based file line of the first source line at or after `from` equal to `first`. */
  find(first: string, from: number): number {
    const wanted = first.trim();
    for (let i = Math.max(0, from - this.offset); i < this.lines.length; i++) {
      if (this.lines[i] === wanted) return i + this.offset;
    }
    return from;
  }
}

function firstLine(raw: string): string {
  return raw.split('\n', 1)[0] ?? '';
}

function listFrom(token: Tokens.List, line: number, finder: LineFinder): OutlineList {
  const items: OutlineListItem[] = [];
  let cursor = line;
  for (const item of token.items) {
    const itemLine = finder.find(firstLine(item.raw), cursor);
    cursor = itemLine + 1;
    const children: OutlineList[] = [];
    const texts: string[] = [];
    for (const child of item.tokens) {
      if (child.type === 'list') {
        const childLine = finder.find(firstLine(child.raw), cursor);
        children.push(listFrom(child as Tokens.List, childLine, finder));
      } else if (child.type === 'text' || child.type === 'paragraph') {
        texts.push(...(child as Tokens.Text).text.split(/\n\s*\n/));
      }
    }
    const [head = '', ...rest] = texts;
    items.push({
      text: textLine(head.replace(/\n/g, ' '), itemLine),
      children,
      more: rest.map((t) => textLine(t.replace(/\n/g, ' '), itemLine)).filter((t) => t.text),
    });
  }
  return { type: 'list', ordered: token.ordered, items, line };
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

/** Collects a <details><summary>…</summary>…</details> block that marked split into pieces. */
function detailsBlock(tokens: Token[], start: number, line: number): { block: OutlineBlock; next: number } | null {
  let html = '';
  let i = start;
  for (; i < tokens.length; i++) {
    html += (tokens[i] as Token).raw;
    if (DETAILS_CLOSE.test(html)) break;
  }
  const summary = SUMMARY.exec(html);
  if (!summary) return null;
  const after = html.slice((summary.index ?? 0) + summary[0].length).replace(DETAILS_CLOSE, '');
  const lines = after
    .split('\n')
    .map((text, n) => textLine(stripTags(text), line + n))
    .filter((t) => t.text);
  return { block: { type: 'details', summary: textLine(stripTags(summary[1] ?? ''), line), lines, line }, next: i + 1 };
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

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const at = body.indexOf(token.raw, offset);
    const start = at >= 0 ? at : offset;
    offset = start + token.raw.length;
    const line = bodyLine + body.slice(0, start).split('\n').length - 1;

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
        current.blocks.push({ type: 'code', lang: (token as Tokens.Code).lang ?? '', text: stripControlLine((token as Tokens.Code).text), line });
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
          const details = detailsBlock(tokens, i, line);
          if (details) {
            current.blocks.push(details.block);
            for (let j = i + 1; j < details.next; j++) offset += (tokens[j] as Token).raw.length;
            i = details.next - 1;
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
