import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/notes/parse.js';

// Adversarial markdown, the shapes that once crashed the loader or made it superlinear: deep
// nesting, unclosed HTML, long runs of markup characters, long lines, CJK. Whatever the mix,
// parseNote returns (it never throws), every line it reports is in the file, and no control
// character reaches any text it extracted. Runs and sizes are kept small so the suite stays
// fast; HOSTILE_FUZZ_RUNS=2000 for a longer search.

const RUNS = Number(process.env.HOSTILE_FUZZ_RUNS) || 40;

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

/** Prefixes that nest: list markers, quotes, indentation. */
const NESTERS = ['- ', '* ', '+ ', '1. ', '2) ', '> ', '>', '  ', '   ', '    ', '\t', '- > ', '1. - '];
const MARKUP = ['*', '**', '_', '__', '~~', '`', '```', '[', ']', '](', '(', ')', '![', '<', '>', '<a', '<details', '<summary', '</summary>', '</details>', '<!--', '-->', '|', '#', '-', '=', '->', '=>', '.', ':', '：', '一', '&', '\\', ' ', '\u001b[2J', '\u202e'];
const WORDS = ['Pod', 'kubelet', 'x: y', '术语：解释', '容器', '调度', '三个副本', 'Q: 什么是 Pod？', 'A: 最小单元', 'http://x.io/a(b)', 'www.k8s.io', '\n', '\n\n'];

const nested = fc
  .tuple(fc.array(fc.constantFrom(...NESTERS), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 1500 }), fc.constantFrom(...WORDS), fc.boolean())
  .map(([unit, depth, word, oneLine]) => {
    const prefix = unit.join('');
    if (oneLine) return `${prefix.repeat(depth)}${word}\n`;
    // One level per line, indented deeper each time.
    return Array.from({ length: Math.min(depth, 120) }, (_, k) => `${'  '.repeat(k)}${prefix}${word} ${k}`).join('\n') + '\n';
  });

const run = fc
  .tuple(fc.array(fc.constantFrom(...MARKUP, ...WORDS), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 3000 }))
  .map(([unit, times]) => unit.join('').repeat(times));

const unclosedHtml = fc
  .tuple(fc.constantFrom('<details>', '<details><summary>', '<details open><summary>Q?</summary>', '<div>', '<summary>', '<!--'), fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 400 }))
  .map(([open, word, times]) => `${open}${word}\n\n`.repeat(times));

const cjkLine = fc.string({ unit: fc.constantFrom('容', '器', '调', '度', '：', '，', '。', '（', '）', '一', '三', '个', ' ', '*', '`'), minLength: 1, maxLength: 6000 });

const hostile = fc
  .array(fc.oneof(nested, run, unclosedHtml, cjkLine, fc.constantFrom(...WORDS)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('\n'));

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function check(text: string): void {
  const { note, banks, warnings, skipped } = parseNote('hostile.md', text);
  const lineCount = text.split(/\r\n?|\n/).length;
  const inFile = (line: number) => Number.isInteger(line) && line >= 1 && line <= lineCount;
  for (const bank of banks) expect(inFile(bank.source.line), `bank at ${bank.source.line} of ${lineCount}`).toBe(true);
  for (const warning of warnings) {
    expect(warning.file).toBe('hostile.md');
    expect(inFile(warning.line), `warning at ${warning.line} of ${lineCount}: ${warning.message}`).toBe(true);
    // Parsing never failed outright: the bounds held.
    expect(warning.message).not.toContain('could not be read');
  }
  for (const s of strings({ note, banks, warnings, skipped })) expect(s).not.toMatch(CONTROL);
}

describe('loader fuzz: hostile markdown', () => {
  it('deep nesting, unclosed HTML, runs of markup, long lines and CJK never break it', () => {
    fc.assert(fc.property(hostile, check), { numRuns: RUNS });
  });

  it('each shape alone never breaks it', () => {
    for (const shape of [nested, run, unclosedHtml, cjkLine]) fc.assert(fc.property(shape, check), { numRuns: RUNS });
  });
});
