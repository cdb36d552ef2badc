import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INLINE, MAX_NESTING, parseNote } from '../../src/core/notes/index.js';
import { bareTitle, isUrl } from '../../src/core/notes/kinds.js';
import { bareTitle as bareQuestionTitle } from '../../src/core/questions/text.js';
import { parseInlineSequence } from '../../src/core/notes/patterns.js';
import { isAspectLabel, matchKey } from '../../src/core/text/index.js';
import type { Bank, Collection, QaBank, TermsBank } from '../../src/core/types.js';
import { loadNotes } from '../../src/io/load.js';
import { tempDir } from '../support/temp.js';

// A notes folder can hold anything: a pasted log, a generated file, a downloaded repository.
// One hostile note must cost only itself, and must not hang the loader. These tests assert what
// is loaded and what is said about it, never how long it took.

const GOOD = '---\ntitle: 组件\n---\n\n## 组件\n\n- kubelet: 节点代理\n- kube-proxy: 转发 Service 流量\n';

async function loadWith(hostile: Record<string, string>): Promise<Collection> {
  const dir = tempDir('hostile-');
  mkdirSync(path.join(dir, 'notes'));
  writeFileSync(path.join(dir, 'notes', 'a-good.md'), GOOD);
  for (const [name, text] of Object.entries(hostile)) writeFileSync(path.join(dir, 'notes', name), text);
  return loadNotes(['notes'], dir);
}

const terms = (banks: Bank[]) => banks.filter((b): b is TermsBank => b.kind === 'terms').flatMap((b) => b.entries.map((e) => e.term));
const pairs = (banks: Bank[]) => banks.filter((b): b is QaBank => b.kind === 'qa').flatMap((b) => b.pairs);

function expectGoodLoaded(collection: Collection): void {
  expect(terms(collection.banks)).toEqual(expect.arrayContaining(['kubelet', 'kube-proxy']));
}

describe('deep nesting costs only its own note', () => {
  it('1,200 nested list levels on one line: a warning for that note, the rest of the folder loads', async () => {
    const collection = await loadWith({ 'b-deep.md': `- ${'- '.repeat(1200)}x\n` });
    expectGoodLoaded(collection);
    expect(collection.warnings).toContainEqual({ file: 'notes/b-deep.md', line: 1, message: expect.stringContaining(`nested more than ${MAX_NESTING} levels`) });
    // The note is one line: every warning about it is at that line.
    expect(collection.warnings.filter((w) => w.file === 'notes/b-deep.md').map((w) => w.line)).toEqual([1, 1]);
  });

  it('3,000 nested blockquote levels: a warning for that note, the rest of the folder loads', async () => {
    const collection = await loadWith({ 'b-quotes.md': `intro\n\n${'>'.repeat(3000)} x\n` });
    expectGoodLoaded(collection);
    expect(collection.warnings).toContainEqual({ file: 'notes/b-quotes.md', line: 3, message: expect.stringContaining('nested') });
  });

  it('a deep indented list keeps its first levels as banks and reads the deeper ones as text', () => {
    const text = Array.from({ length: 400 }, (_, k) => `${'  '.repeat(k)}- term${k}: detail ${k}`).join('\n');
    const { banks, warnings } = parseNote('deep.md', `## 深\n\n${text}\n`);
    expect(terms(banks)).toEqual(expect.arrayContaining(['term0', 'term1', 'term5']));
    expect(terms(banks)).not.toContain('term300');
    expect(warnings.some((w) => w.message.includes('nested'))).toBe(true);
  });

  it('an item holding a 200,000-line code block keeps it (the block is measured without spreading it)', () => {
    const note = `## 部署流程\n\n1. 创建配置:\n   \`\`\`yaml\n${'   a: 1\n'.repeat(200_000)}   \`\`\`\n2. 部署应用\n3. 检查状态\n`;
    const { note: parsed, banks, warnings } = parseNote('code.md', note);
    expect(warnings).toEqual([]);
    const list = parsed.outline.sections[0]?.blocks[0];
    expect(list?.type === 'list' && list.items[0]?.code?.[0]?.text.split('\n').length).toBe(200_000);
    expect(terms(banks)).toEqual(['部署应用', '检查状态']);
  });

  it('1,000 nested ordered levels load, with a warning', () => {
    const { note, warnings } = parseNote('ordered.md', `${'1. '.repeat(1000)}x: y\n`);
    expect(note.outline.sections.length).toBeGreaterThan(0);
    expect(warnings.map((w) => w.line)).toContain(1);
  });

  it('a note that cannot be parsed at all is a warning naming it, never a throw', () => {
    const result = parseNote('broken.md', undefined as unknown as string);
    expect(result.banks).toEqual([]);
    expect(result.note.title).toBe('broken');
    expect(result.warnings).toEqual([{ file: 'broken.md', line: 1, message: expect.stringContaining('could not be read') }]);
  });
});

describe('unclosed <details> blocks', () => {
  it('an unclosed block ends where the next one opens: both questions are read', () => {
    const body = '<details><summary>What is a Pod?</summary>\nThe smallest unit.\n\n<details><summary>What is a Node?</summary>\nA worker machine.\n</details>\n';
    const { banks } = parseNote('qa.md', body);
    expect(pairs(banks).map((p) => [p.question, p.answer, p.line])).toEqual([
      ['What is a Pod?', 'The smallest unit.', 1],
      ['What is a Node?', 'A worker machine.', 4],
    ]);
  });

  it('thousands of unclosed blocks still give every question, and the note after them', async () => {
    const blocks = Array.from({ length: 3000 }, (_, k) => `<details><summary>Question ${k}?</summary>\nAnswer ${k}\n`).join('\n');
    const collection = await loadWith({ 'b-details.md': `${blocks}\n` });
    expectGoodLoaded(collection);
    const found = pairs(collection.banks);
    expect(found).toHaveLength(3000);
    expect(found[2999]).toMatchObject({ question: 'Question 2999?', answer: 'Answer 2999' });
  });

  it('runs of <details and <summary without their > are left as text', () => {
    const { banks, warnings } = parseNote('tags.md', `<details ${'<details '.repeat(5000)}\n\n<details><summary${' <summary'.repeat(5000)}\n`);
    expect(pairs(banks)).toEqual([]);
    expect(warnings.every((w) => w.file === 'tags.md')).toBe(true);
  });
});

describe('long lines', () => {
  it(`a line over ${MAX_INLINE} characters is cut, with a warning naming its line; the rest of the note loads`, async () => {
    const note = `## 组件\n\n- etcd: 键值存储\n- coredns: 集群 DNS\n\n${'**a'.repeat(20_000)}\n\n${'[a]('.repeat(20_000)}\n`;
    const collection = await loadWith({ 'b-long.md': note });
    expectGoodLoaded(collection);
    expect(terms(collection.banks)).toEqual(expect.arrayContaining(['etcd', 'coredns']));
    expect(collection.warnings).toContainEqual({ file: 'notes/b-long.md', line: 6, message: expect.stringMatching(/longer than 2000 characters.*1 more/) });
  });

  it('links are read as before while each is looked for only up to its closing parenthesis', () => {
    const text = (line: string) => parseNote('l.md', `${line}\n`).note.outline.sections[0]?.blocks[0];
    const lines = (line: string) => {
      const block = text(line);
      return block?.type === 'paragraph' ? block.lines.map((l) => l.text) : block?.type === 'list' ? block.items.map((i) => i.text.text) : [];
    };
    expect(lines('见 [a [b](c)](d) 和 [Pod](https://k8s.io/docs/concepts/(x)) 以及 ![img](a.png) 结束')).toEqual(['见 a b 和 Pod 以及 结束']);
    expect(lines('- **[Service](http://a/b_(c))**：服务')).toEqual(['Service：服务']);
    expect(lines('[a](b "title (x)") and [c](<d e>) and [e]( f ) \\[g](h)')).toEqual(['a and c and e [g](h)']);
    expect(lines('[![badge](http://img)](http://link) text')).toEqual(['text']);
  });

  it('lines a backtracking pattern used to choke on load, and say what they say', () => {
    const lines = [
      '一'.repeat(300_000), // a run of numerals without a measure word
      `## ${'.'.repeat(100_000)}x`, // a heading of dots
      `流程：a, b, c${'-'.repeat(100_000)}d`, // dashes that never make an arrow
      `(a)(b)${' '.repeat(100_000)}x`, // spaces that never reach '&'
      `<div>\n${'<a'.repeat(50_000)}`, // tags that never close
      `www.${'a.'.repeat(50_000)} x`,
    ];
    for (const line of lines) {
      const { warnings } = parseNote('long.md', `${line}\n`);
      expect(warnings.every((w) => w.file === 'long.md' && w.line >= 1)).toBe(true);
    }
  });
});

describe('patterns rewritten so they cannot backtrack still mean what they meant', () => {
  // The patterns as they were, kept here to compare on short inputs.
  const oldMatchKeyTail = (s: string) => s.replace(/[.,;:!?]+$/u, '');
  const oldWww = (s: string) => /^www\.\S+\.\S+$/i.test(s.trim());

  it('matchKey drops trailing punctuation only', () => {
    expect(matchKey('Pod...')).toBe('pod');
    expect(matchKey('a...b')).toBe('a...b');
    expect(matchKey('什么是 Pod？')).toBe('什么是pod');
    for (const s of ['x.', 'x.,;:!?', '.', '', 'a.b.', '!?x!?']) expect(matchKey(s)).toBe(oldMatchKeyTail(s.toLowerCase()));
  });

  it('isUrl still knows www. names', () => {
    for (const s of ['www.example.com', 'www.a.b', 'www.ab', 'www..', 'www.a.', 'www.a. b', 'WWW.x.y', ' www.k8s.io ']) {
      expect(isUrl(s), s).toBe(oldWww(s) || /^(?:<)?(?:https?|ftp):\/\/\S+$/i.test(s.trim()));
    }
  });

  it('labels lose trailing punctuation as before', () => {
    expect(isAspectLabel('Description:')).toBe(true);
    expect(isAspectLabel('优点。')).toBe(true);
    expect(isAspectLabel(`${'?'.repeat(50_000)}x`)).toBe(false);
  });

  it('titles lose trailing colons and spaces as before', () => {
    expect(bareTitle('1. Pod 的生命周期：')).toBe('Pod 的生命周期');
    expect(bareTitle('Steps : ')).toBe('Steps');
    expect(bareTitle('Title ✅:')).toBe('Title');
  });

  it('titles in a prompt lose marks at either end, however many', () => {
    expect(bareQuestionTitle('🚀 Backend → Database ✅')).toBe('Backend → Database');
    expect(bareQuestionTitle('① ② ③')).toBe('');
    expect(bareQuestionTitle('② 回滚')).toBe('回滚');
    expect(bareQuestionTitle(`${'✅ '.repeat(50_000)}x`)).toBe('x');
    expect(bareQuestionTitle(`x${' ✅'.repeat(50_000)}`)).toBe('x');
  });

  it('arrow sequences split as before', () => {
    expect(parseInlineSequence('Pod生命周期：Pending -> Running ==> Succeeded')?.items).toEqual(['Pending', 'Running', 'Succeeded']);
    expect(parseInlineSequence('发布流程：构建 --> 测试 → 部署')?.items).toEqual(['构建', '测试', '部署']);
    expect(parseInlineSequence('发布流程：a -=> b -> c')?.items).toEqual(['a', 'b', 'c']);
  });

  it('a Chinese number with a measure word is still a number fact', () => {
    const note = '## 副本\n\n- 副本: 同一 Pod 的拷贝\n- 控制器: 维持副本数\n\n默认情况下 Deployment 会保留三个副本，以保证可用。\n\n一一一一一一一一一一一一，没有量词。\n';
    const bank = parseNote('n.md', note).banks.find((b): b is TermsBank => b.kind === 'terms');
    expect(bank?.facts).toEqual([{ text: '默认情况下 Deployment 会保留三个副本，以保证可用。', line: 6 }]);
  });
});

describe('front matter title that YAML reads as something else', () => {
  it('a number: the file name stays the title, and a warning at its line says how to use it', () => {
    const { note, warnings } = parseNote('dir/pods.md', '---\ntags: a\ntitle: 12345\n---\ntext\n');
    expect(note.title).toBe('pods');
    expect(warnings).toEqual([{ file: 'dir/pods.md', line: 3, message: expect.stringContaining('title: "12345"') }]);
  });

  it('a date is shown as it was written', () => {
    const { warnings } = parseNote('d.md', '---\ntitle: 2024-05-01\n---\ntext\n');
    expect(warnings).toEqual([{ file: 'd.md', line: 2, message: expect.stringContaining('title: "2024-05-01"') }]);
  });

  it('a list says so', () => {
    const { note, warnings } = parseNote('l.md', '---\ntitle: [a, b]\n---\ntext\n');
    expect(note.title).toBe('l');
    expect(warnings[0]?.message).toContain('list or a map');
  });

  it('text, or no title, warns about nothing', () => {
    expect(parseNote('t.md', '---\ntitle: "12345"\n---\ntext\n')).toMatchObject({ note: { title: '12345' }, warnings: [] });
    expect(parseNote('t.md', '---\ntitle:\n---\ntext\n')).toMatchObject({ note: { title: 't' }, warnings: [] });
  });
});
