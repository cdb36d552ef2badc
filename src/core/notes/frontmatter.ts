import matter from 'gray-matter';
import { stripControlLine } from '../text/index.js';

interface FrontMatter {
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
// That is the second line of defence: a language other than YAML is refused before
// gray-matter sees the text at all. Passing an options object also keeps gray-matter
// from caching every input forever (and from throwing a YAML error only the first time).
const OPTIONS = {
  engines: { js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse },
};

const OPENING = /^---([^\n]*)\n/;
const CLOSING_LINE = /^(?:---|\.\.\.)[ \t]*$/;
const YAML_LANGUAGE = /^(?:ya?ml)?$/i;

interface Split {
  language: string;
  yaml: string;
  body: string;
  bodyLine: number;
}

/** Finds `---[lang]` … `---` (or `...`) at the top of the file; null when there is none. */
function split(text: string): Split | null {
  // Blank lines before the opening (site generators tolerate them): front matter still, when
  // what follows reads as YAML keys rather than a rule over text.
  const blank = /^(?:[ \t]*\n)+/.exec(text)?.[0] ?? '';
  if (blank) {
    const rest = split(text.slice(blank.length));
    const skipped = blank.split('\n').length - 1;
    return rest && /^\s*[\w-]+[ \t]*:/.test(rest.yaml) ? { ...rest, bodyLine: rest.bodyLine + skipped } : null;
  }
  const open = OPENING.exec(text);
  if (!open) return null;
  const language = (open[1] ?? '').trim();
  // `----` or `--- ---` is a rule, not an opening.
  if (/^-/.test(language)) return null;
  const lines = text.slice(open[0].length).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!CLOSING_LINE.test(lines[i] as string)) continue;
    return {
      language,
      yaml: lines.slice(0, i).join('\n'),
      body: lines.slice(i + 1).join('\n'),
      // line 1 is the opening, lines 2..i+1 the YAML, line i+2 the closing.
      bodyLine: i + 3,
    };
  }
  // A leading rule with nothing closing it is markdown, not front matter.
  return null;
}

function plainData(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, v] of Object.entries(value)) {
    if (key !== '__proto__' && key !== 'constructor' && key !== 'prototype') out[key] = v;
  }
  return out;
}

/** Text is expected with LF line ends and no BOM. Never throws. */
export function readFrontMatter(text: string): FrontMatter {
  const parts = split(text);
  if (!parts) return { data: {}, body: text, bodyLine: 1 };
  const { body, bodyLine } = parts;
  if (!YAML_LANGUAGE.test(parts.language)) {
    const language = stripControlLine(parts.language).slice(0, 20);
    return {
      data: {},
      body,
      bodyLine,
      problem: { line: 1, message: `front matter in "${language}" is not read: only YAML is (other languages could run code)` },
    };
  }
  try {
    // gray-matter gets exactly the YAML we found, so where the body starts is ours to say.
    const parsed = matter(`---\n${parts.yaml}\n---\n`, OPTIONS);
    return { data: plainData(parsed.data), body, bodyLine };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    // gray-matter hands js-yaml the text after `---`, so its line 0 is the opening line.
    const line = typeof mark?.line === 'number' ? Math.min(mark.line + 1, bodyLine - 1) : 1;
    const reason =
      error instanceof RefusedEngine
        ? error.message
        : `front matter is not valid YAML: ${stripControlLine(String((error as Error)?.message ?? error).split('\n')[0] ?? '').replace(/:\s*$/, '')}`;
    return { data: {}, body, bodyLine, problem: { line: Math.max(1, line), message: reason } };
  }
}
