import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, hanging, hangingOrBelow, wrap } from '../../src/ui/layout.js';

const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const widths = (text: string) => text.split('\n').map((line) => stringWidth(visible(line)));
const letters = (text: string) => visible(text).replace(/\s+/g, '');
/** What a wrapped text says, the `-` marking a word cut between two letters taken out. */
const unmarked = (text: string) => visible(text).replace(/([A-Za-z0-9])-\n\s*(?=[A-Za-z0-9])/g, '$1').replace(/\s+/g, '');

describe('wrap: mixed Chinese and English by display width', () => {
  it('never cuts an English word that sits inside Chinese text', () => {
    const lines = wrap('调度器根据Pod的limits和requests计算合适的node，再把绑定结果发送给api-server', 24).split('\n');
    for (const word of ['limits', 'requests', 'node', 'api-server']) expect(lines.some((l) => l.includes(word)), word).toBe(true);
    expect(Math.max(...widths(lines.join('\n')))).toBeLessThanOrEqual(24);
  });

  it('does not start a line with closing punctuation or end one with an opening bracket', () => {
    const text = '一二三四五六七八九十，一二三四五六七八九十。（括号里的内容）一二三四五六七八九十：';
    for (const width of [10, 11, 12, 20, 21, 22]) {
      for (const line of wrap(text, width).split('\n')) {
        expect(line.trimStart()[0], `width ${width}: ${line}`).not.toMatch(/[，。）：]/);
        expect(line.at(-1), `width ${width}: ${line}`).not.toBe('（');
      }
    }
  });

  it('keeps a list item\'s continuation lines under its text', () => {
    const lines = wrap('  * shell 形式：普通字符串写法，通过 /bin/sh -c 执行，主进程是 shell，可能收不到 SIGTERM', 30).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line.startsWith('    ')).toBe(true);
  });

  it('counts colour codes as no width and keeps them', () => {
    const text = '\u001b[1mcpuset\u001b[22m：把容器绑定到指定的 CPU 核和内存节点，这是一个比较长的句子';
    const out = wrap(text, 20);
    expect(out).toContain('\u001b[1mcpuset\u001b[22m');
    expect(Math.max(...widths(out))).toBeLessThanOrEqual(20);
  });

  it('breaks English at spaces and a word longer than the line by characters, the cut marked with -', () => {
    expect(wrap('never inside words like these', 12).split('\n')).toEqual(['never inside', 'words like', 'these']);
    expect(wrap('a'.repeat(25), 10).split('\n')).toEqual(['aaaaaaaaa-', 'aaaaaaaaa-', 'aaaaaaa']);
  });

  it('cuts a long name where it has parts: after . _ - without a mark, at a camelCase part with one', () => {
    expect(wrap('key net.ipv4.conf.all.accept_redirects_on_all matters', 30).split('\n')).toEqual(['key net.ipv4.conf.all.accept_', 'redirects_on_all matters']);
    expect(wrap('persistentVolumeClaimRetentionPolicy', 30).split('\n')).toEqual(['persistentVolumeClaim-', 'RetentionPolicy']);
    // No cut between two letters is left unmarked, at any width: joined back (a marked cut or a
    // cut after punctuation without a space, any other line end with one), the text is whole.
    const text = 'the field persistentVolumeClaimRetentionPolicy and 0123456789012345678901234567890123456789 net.ipv4.conf.all.accept_redirects';
    for (let width = 10; width <= 40; width++) {
      const lines = wrap(text, width).split('\n').map((l) => l.trim());
      const joined = lines.reduce((acc, line) => (/[A-Za-z0-9]-$/.test(acc) && /^[A-Za-z0-9]/.test(line) ? acc.slice(0, -1) + line : /[._/]$/.test(acc) ? acc + line : `${acc} ${line}`));
      expect(joined, `width ${width}`).toBe(text);
      expect(Math.max(...widths(lines.join('\n'))), `width ${width}`).toBeLessThanOrEqual(width);
    }
  });

  it('hanging indents continuation lines under the text after the lead', () => {
    const out = hanging('答案：', '一二三四五六七八九十一二三四五六七八九十', 20).split('\n');
    expect(out[0]?.startsWith('答案：')).toBe(true);
    expect(out[1]?.startsWith('      ')).toBe(true);
    expect(Math.max(...widths(out.join('\n')))).toBeLessThanOrEqual(20);
  });

  it('for any text of words, CJK and punctuation: no line is wider than asked and no character is lost', () => {
    const piece = fc.oneof(
      fc.constantFrom('Pod', 'kube-proxy', 'node', 'api-server', 'supercalifragilisticexpialidocious', '6443', ' ', '  '),
      fc.constantFrom('调', '度', '器', '节', '点', '，', '。', '（', '）', '：', '、'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 10, max: 50 }), (parts, width) => {
        const text = parts.join('');
        const out = wrap(text, width);
        expect(Math.max(0, ...widths(out))).toBeLessThanOrEqual(width);
        // Only hyphens may differ: a cut after `api-` adds none, a cut inside a word adds one.
        expect(letters(out).replace(/-/g, '')).toBe(letters(text).replace(/-/g, ''));
      }),
      { numRuns: 400 },
    );
  });
});

describe('wrap: hostile and odd lines', () => {
  const link = (url: string, text: string) => `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007`;

  it('treats a hyperlink code as no width and never cuts it', () => {
    const text = `See ${link('https://kubernetes.io/docs/concepts/workloads/pods/', 'the kubernetes docs')} for more about Pods`;
    const out = wrap(text, 20);
    expect(out).toContain('\u001b]8;;https://kubernetes.io/docs/concepts/workloads/pods/\u0007');
    for (const line of out.split('\n')) expect(stringWidth(line.replace(/\u001b\]8;[^\u0007]*\u0007/g, ''))).toBeLessThanOrEqual(20);
  });

  it('counts a tab as spaces', () => {
    expect(Math.max(...widths(wrap('a\tb\tc\td\te\tf\tg\th', 10)))).toBeLessThanOrEqual(10);
  });

  it('does not take a number or a dash at the start of a sentence for a list marker', () => {
    for (const text of ['3.14159 is the value of pi to five places', '-1 means there is no limit at all here', '1.28 版本开始默认启用这个特性，不再需要开关']) {
      const lines = wrap(text, 20).split('\n');
      expect(lines.slice(1).every((l) => !l.startsWith(' ')), text).toBe(true);
    }
  });

  it('never leaves a list marker alone on its line, nor a line of only spaces', () => {
    const lines = wrap(`  - ${'x'.repeat(30)}`, 10).split('\n');
    expect(lines[0]).toMatch(/^ {2}- x+-$/);
    expect(wrap(`${' '.repeat(14)}abc def`, 10).split('\n').every((l) => l.trim() !== '')).toBe(true);
    expect(Math.max(...widths(wrap(`${' '.repeat(14)}abc def`, 10)))).toBeLessThanOrEqual(10);
  });

  // Its speed on a very long line is bench's business (no timing in tests: a busy machine
  // would fail it); here, that such a line comes out whole, every line within the width.
  it('wraps a very long line whole', () => {
    const line = '调度器把节点绑定到 Pod 上，'.repeat(2_000);
    const lines = wrap(line, 40).split('\n');
    expect(lines.every((l) => stringWidth(l) <= 40)).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe(line.replace(/\s/g, ''));
  });

  it('cuts a word longer than the line with its colour codes whole and no closing mark at a line start', () => {
    const word = `${'a'.repeat(25)}\u001b[31m${'b'.repeat(12)}\u001b[39m，${'c'.repeat(7)}。`;
    const out = wrap(word, 10);
    const lines = out.split('\n');
    expect(widths(out).every((w) => w <= 10)).toBe(true);
    expect(lines.some((l) => /^[，。]/.test(visible(l)))).toBe(false);
    expect(out.match(/\u001b\[(31|39)m/g)).toEqual(['\u001b[31m', '\u001b[39m']);
    expect(unmarked(out)).toBe(letters(word));
  });

  it('fills a line with Chinese after a word before breaking, as one word at a time would', () => {
    const lines = wrap(`node ${'调度'.repeat(20)}`, 20).split('\n');
    expect(lines[0]).toBe(`node ${'调度'.repeat(3)}`);
    expect(widths(lines.join('\n')).every((w) => w <= 20)).toBe(true);
  });
});

describe('wrap: paths', () => {
  it('cuts a path too long for the line after a slash, so file:line stays whole', () => {
    const lines = wrap('（notes/zh/07-network-security.md:221）', 34).split('\n');
    expect(lines).toEqual(['（notes/zh/', '07-network-security.md:221）']);
  });

  it('puts a source that does not fit beside its label under it', () => {
    const out = hangingOrBelow('出处：', 'notes/zh/07-network-security.md:221', 40, displayWidth('notes/zh/07-network-security.md:221'));
    expect(out.split('\n')).toEqual(['出处：', '  notes/zh/07-network-security.md:221']);
    expect(hangingOrBelow('Source: ', 'notes/en/a.md:9', 40, displayWidth('notes/en/a.md:9'))).toBe('Source: notes/en/a.md:9');
  });
});
