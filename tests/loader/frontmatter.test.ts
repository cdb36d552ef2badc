import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/core/notes/frontmatter.js';
import { parseNote } from '../../src/core/notes/parse.js';
import type { TermsBank } from '../../src/core/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(path.join(here, '../fixtures/loader-frontmatter', name), 'utf8');
const entries = (banks: ReturnType<typeof parseNote>['banks']) =>
  banks.filter((b): b is TermsBank => b.kind === 'terms').flatMap((b) => b.entries.map((e) => [e.term, e.line]));

describe('YAML front matter', () => {
  it('reads title and tags and numbers the body from the file top', () => {
    const { note, banks, warnings } = parseNote('valid.md', fixture('valid.md'));
    expect(note.title).toBe('调度笔记');
    expect(note.tags).toEqual(['k8s', '调度']);
    expect(warnings).toEqual([]);
    expect(entries(banks)).toEqual([['nodeSelector', 8]]);
    expect(note.outline.sections[0]).toMatchObject({ path: ['调度'], line: 6 });
  });

  it('reads tags given as a comma list and falls back to the file name for the title', () => {
    const { note } = parseNote('dir/pods.markdown', '---\ntags: a, b ,c\ntitle: 42\n---\ntext\n');
    expect(note.tags).toEqual(['a', 'b', 'c']);
    expect(note.title).toBe('pods');
  });

  it('warns at the right line about malformed YAML and still loads the body', () => {
    const text = fixture('malformed.md');
    const { note, banks, warnings } = parseNote('malformed.md', text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.file).toBe('malformed.md');
    expect(warnings[0]?.message).toMatch(/not valid YAML/);
    // The broken flow list opens on line 3 and fails on line 4.
    expect(warnings[0]?.line).toBe(4);
    expect(note.title).toBe('malformed');
    expect(entries(banks)).toEqual([['kube-proxy', 9]]);
  });

  it('reports a bad line inside a longer header exactly', () => {
    const front = readFrontMatter('---\na: 1\nb: 2\nc: d: e\nd: 4\n---\nbody\n');
    expect(front.problem?.line).toBe(4);
    expect(front).toMatchObject({ data: {}, body: 'body\n', bodyLine: 7 });
    // An error at the end of the YAML points at the closing line, not past it.
    expect(readFrontMatter('---\na: 1\nc: [\n---\nbody\n').problem?.line).toBe(4);
  });

  it('gives the same answer every time (no gray-matter cache)', () => {
    const text = '---\ntitle: [\n---\nbody\n';
    const first = readFrontMatter(text);
    const second = readFrontMatter(text);
    expect(first.problem).toBeDefined();
    expect(second).toEqual(first);
  });

  it('reads front matter after blank lines, and makes no terms of its keys', () => {
    const text = '\n\n---\ntitle: "Cluster notes"\nweight: 1\nmenu:\n  main:\n    weight: 1\n---\n\n# Pods\n\n- Pod: the smallest unit the scheduler places on a node\n';
    const front = readFrontMatter(text);
    expect(front.data.title).toBe('Cluster notes');
    expect(front.bodyLine).toBe(10);
    const parsed = parseNote('_index.md', text);
    expect(parsed.note.title).toBe('Cluster notes');
    expect(parsed.banks.flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []))).not.toContain('weight');
    expect(parsed.banks.flatMap((b) => (b.kind === 'terms' ? b.entries : [])).find((e) => e.term === 'Pod')?.line).toBe(13);
    // A rule over text after blank lines is still markdown.
    expect(readFrontMatter('\n---\nSome words\n---\n').bodyLine).toBe(1);
  });

  it('treats a rule that nothing closes as markdown', () => {
    const { note, warnings } = parseNote('rule.md', '---\n\n## 标题\n\n- etcd: 存储\n');
    expect(warnings).toEqual([]);
    expect(note.outline.sections.map((s) => s.path)).toContainEqual(['标题']);
  });

  it('accepts `...` as the closing line', () => {
    const front = readFrontMatter('---\ntitle: dots\n...\n# Body\n');
    expect(front.data.title).toBe('dots');
    expect(front.body).toBe('# Body\n');
    expect(front.bodyLine).toBe(4);
  });

  it('ignores __proto__ and constructor keys and pollutes nothing', () => {
    const { note, warnings } = parseNote('proto.md', fixture('proto.md'));
    expect(warnings).toEqual([]);
    expect(note.title).toBe('proto');
    expect(note.tags).toEqual(['安全']);
    const front = readFrontMatter(fixture('proto.md'));
    expect(Object.keys(front.data)).toEqual(['tags']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives a YAML merge key that targets the prototype', () => {
    const front = readFrontMatter('---\nbase: &b {x: 1}\n<<: {__proto__: {polluted: yes}}\ntitle: m\n---\n');
    expect(front.data.title).toBe('m');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a file with a BOM and CRLF line ends, with the right lines', () => {
    const text = '\uFEFF---\r\ntitle: 带BOM的笔记\r\ntags: [win]\r\n---\r\n\r\n## 标题\r\n\r\n- kubelet: 节点代理\r\n';
    const { note, banks, warnings } = parseNote('bom.md', text);
    expect(warnings).toEqual([]);
    expect(note.title).toBe('带BOM的笔记');
    expect(note.tags).toEqual(['win']);
    expect(entries(banks)).toEqual([['kubelet', 8]]);
    expect(JSON.stringify(banks)).not.toMatch(/\r|\uFEFF/);
  });
});

describe('executable front matter is refused, never run', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-fm-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const payload = (target: string) => `{ title: require('fs').writeFileSync(${JSON.stringify(target)}, 'pwned') || 'owned' }`;

  it('the payload is live: gray-matter with its defaults would run it', () => {
    // Proves the tests below would notice if the loader let gray-matter evaluate the header.
    const matter = createRequire(import.meta.url)('gray-matter') as (text: string, options?: object) => { data: unknown };
    const target = path.join(dir, 'control.txt');
    matter(`---js\n${payload(target)}\n---\nbody`, {});
    expect(existsSync(target)).toBe(true);
  });

  for (const opening of ['---js', '---javascript', '--- javascript ', '---JS', '---Javascript', '---coffee', '---toml']) {
    it(`refuses ${JSON.stringify(opening)} with a warning and keeps the body`, () => {
      const target = path.join(dir, `pwned-${opening.replace(/\W/g, '')}.txt`);
      const text = `${opening}\n${payload(target)}\n---\n\n## 正文\n\n- etcd: 键值存储\n`;
      const { note, banks, warnings } = parseNote('evil.md', text);
      expect(existsSync(target)).toBe(false);
      expect(warnings).toEqual([{ file: 'evil.md', line: 1, message: expect.stringMatching(/not read/) }]);
      expect(note.title).toBe('evil');
      expect(entries(banks)).toEqual([['etcd', 7]]);
    });
  }

  it('never reaches gray-matter engines through odd language names', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const front = readFrontMatter(`---${name}\ntitle: x\n---\nbody\n`);
      expect(front.problem?.line).toBe(1);
      expect(front.body).toBe('body\n');
    }
  });

  it('still reads `---yaml`', () => {
    expect(readFrontMatter('---yaml\ntitle: y\n---\n').data.title).toBe('y');
  });
});
