import matter from 'gray-matter';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Line number (1-based) in the file where the body starts. */
  bodyLine: number;
  problem?: { line: number; message: string };
}

class RefusedEngine extends Error {}

function refuse(): never {
  throw new RefusedEngine('front matter in a language other than YAML is not read (it could run code)');
}

// gray-matter evaluates `---js` / `---javascript` front matter, and `engines: {js: false}`
// does not stop it (the alias falls through), so every executable engine throws instead.
// Passing an options object also keeps gray-matter from caching every input forever.
const OPTIONS = {
  engines: { js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse },
};

const OPENING = /^---([^\n]*)\n/;
const CLOSING = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function linesBefore(text: string, index: number): number {
  let count = 0;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

/** Splits off the front matter without parsing it, for when parsing failed. */
function bodyAfterFrontMatter(text: string): { body: string; bodyLine: number } {
  const open = OPENING.exec(text);
  if (!open) return { body: text, bodyLine: 1 };
  const close = CLOSING.exec(text.slice(open[0].length - 1));
  if (!close) return { body: text, bodyLine: 1 };
  const end = open[0].length - 1 + close.index + close[0].length;
  return { body: text.slice(end), bodyLine: linesBefore(text, end) + 1 };
}

function plainData(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, v] of Object.entries(value)) {
    if (key !== '__proto__' && key !== 'constructor' && key !== 'prototype') out[key] = v;
  }
  return out;
}

/** Text is expected with LF line ends and no BOM. */
export function readFrontMatter(text: string): FrontMatter {
  const open = OPENING.exec(text);
  // A leading rule with nothing closing it is markdown, not front matter.
  if (!open || !CLOSING.test(text.slice(open[0].length - 1))) return { data: {}, body: text, bodyLine: 1 };
  try {
    const parsed = matter(text, OPTIONS);
    const start = text.length - parsed.content.length;
    return { data: plainData(parsed.data), body: parsed.content, bodyLine: linesBefore(text, start) + 1 };
  } catch (error) {
    const { body, bodyLine } = bodyAfterFrontMatter(text);
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === 'number' ? mark.line + 1 : 1;
    const reason =
      error instanceof RefusedEngine
        ? error.message
        : `front matter is not valid YAML: ${String((error as Error).message).split('\n')[0]}`;
    return { data: {}, body, bodyLine, problem: { line, message: reason } };
  }
}
