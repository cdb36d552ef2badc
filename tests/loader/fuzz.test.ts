import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/notes/parse.js';

// Whatever the bytes, the loader returns banks and warnings: it never throws, every line it
// reports exists in the file, and no control character survives into what it returns.

// LOADER_FUZZ_RUNS=20000 npx vitest run tests/loader/fuzz.test.ts for a longer search.
const RUNS = Number(process.env.LOADER_FUZZ_RUNS) || 300;

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

const FRAGMENTS = [
  '\n', '\n', '\n', '\n\n', '\r\n', '\r', '  ', '    ', '\t',
  '# ', '## ', '### ', '#### ', '### 1. What is a Pod?', '### 什么是 Pod？',
  '- ', '* ', '+ ', '  - ', '    - ', '1. ', '2. ', '10) ',
  ':', '：', ': ', '(', ')', '（', '）', '；', ';', '，', ',', '、', '。', '？', '?',
  'Pod', 'kubelet', 'ReadWriteOnce', 'RWO', 'Service类型', 'EFK', 'Elasticsearch', 'x',
  '生命周期', '流程', '容器', '节点', '调度', '可以是', '镜像下载策略', 'Always, Never, IfNotPresent',
  '`', '```', '```yaml\n', '~~~', '**', '*', '_', '~~', '[', '](', '](http://x)', '![img](a.png)',
  '---', '---\n', '---js\n', '...\n', 'title: t\n', 'tags: [a, b\n', '<<: {__proto__: {p: 1}}\n',
  '<details>', '<summary>', '</summary>', '</details>', '<!--', '-->', '<img src="a">', '<br>', '</div>',
  '|', '| a | b |\n|---|---|\n', '> ', '&nbsp;', '&amp;', '\\', 'http://host:8080/x', 'Q: ', 'A: ', '问：', '答：',
  '\u001b[31m', '\u001b]0;t\u0007', '\u001b]8;;u\u001b\\', '\u009b2J', '\u0085', '\u202E', '\u2066', '\u0000', '\uFEFF',
  'Ｐｏｄ', '　', '\u{1F600}', '\uD800',
];

const markdownish = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''));

const withFrontMatter = fc
  .tuple(fc.constantFrom('---\n', '---\r\n', '\uFEFF---\n', '---yaml\n', '---js\n'), markdownish, markdownish)
  .map(([open, head, body]) => `${open}${head}\n---\n${body}`);

const randomBytes = fc.uint8Array({ maxLength: 600 }).map((bytes) => new TextDecoder('utf-8', { fatal: false }).decode(bytes));

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function check(text: string): void {
  const { note, banks, warnings } = parseNote('fuzz.md', text);
  const lineCount = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
  const inFile = (line: number) => Number.isInteger(line) && line >= 1 && line <= lineCount;
  for (const bank of banks) {
    expect(inFile(bank.source.line), `bank ${bank.title} at ${bank.source.line} of ${lineCount}`).toBe(true);
    const lines =
      bank.kind === 'terms'
        ? bank.entries.map((e) => e.line)
        : bank.kind === 'steps'
          ? bank.steps.map((s) => s.line)
          : bank.pairs.map((p) => p.line);
    for (const line of lines) expect(inFile(line), `entry at ${line} of ${lineCount}`).toBe(true);
    if (bank.kind === 'terms') for (const e of bank.entries) expect(e.term.trim()).not.toBe('');
  }
  for (const warning of warnings) expect(inFile(warning.line), `warning at ${warning.line}`).toBe(true);
  for (const s of strings({ note, banks, warnings })) expect(s).not.toMatch(CONTROL);
}

describe('loader fuzz', () => {
  it('markdown-ish text never breaks it', () => {
    fc.assert(fc.property(markdownish, check), { numRuns: RUNS });
  });

  it('front matter of any shape never breaks it', () => {
    fc.assert(fc.property(withFrontMatter, check), { numRuns: RUNS });
  });

  it('random bytes never break it', () => {
    fc.assert(fc.property(randomBytes, check), { numRuns: RUNS });
  });
});
