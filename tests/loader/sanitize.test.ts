import { describe, expect, it } from 'vitest';
import { detectLang, matchKey, normalizeText, sameText } from '../../src/core/text/normalize.js';
import { parseNote } from '../../src/core/notes/parse.js';
import { stripControl, stripControlLine } from '../../src/core/text/sanitize.js';
import type { QaBank, StepsBank, TermsBank } from '../../src/core/types.js';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

/** C0 (but tab and newline), DEL, C1, bidi controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

/** Every string anywhere inside `value`. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('stripControl', () => {
  it('removes CSI colour and cursor sequences, 7-bit and 8-bit', () => {
    expect(stripControl(`${ESC}[31mred${ESC}[0m ${ESC}[2J${ESC}[10;20Hhere`)).toBe('red here');
    expect(stripControl('\u009b31mred\u009b0m')).toBe('red');
  });

  it('removes OSC strings ended by BEL or ST, with their payload', () => {
    expect(stripControl(`${ESC}]0;evil title${BEL}kubelet`)).toBe('kubelet');
    expect(stripControl(`${ESC}]8;;https://evil.example${ST}link${ESC}]8;;${ST}`)).toBe('link');
    expect(stripControl('\u009d0;title\u009cok')).toBe('ok');
    expect(stripControl(`${ESC}P+q${ST}dcs`)).toBe('dcs');
  });

  it('stops an unterminated OSC at the end of its line', () => {
    expect(stripControl(`a${ESC}]0;never closed\nsecond line`)).toBe('a\nsecond line');
  });

  it('removes C0, DEL, C1 and bidi overrides but keeps tabs and newlines', () => {
    expect(stripControl('a\u0000b\u0008c\u007fd\u0085e\u202Ef\u2066g\u200fh\ti\nj')).toBe('abcdefgh\ti\nj');
    expect(stripControlLine('a\tb\nc')).toBe('a b c');
    expect(stripControl(`${ESC}c${ESC}7x${ESC}8`)).toBe('x');
  });

  it('removes zero-width spaces, word joiners and stray byte-order marks, but keeps the joiner of an emoji', () => {
    expect(stripControl('\u200b启动顺序：0 --> 1\u2060 --> 2\ufeff')).toBe('启动顺序：0 --> 1 --> 2');
    expect(stripControl('👩\u200d💻')).toBe('👩\u200d💻');
  });
});

describe('parseNote strips control characters from everything it returns', () => {
  const text = [
    '---',
    `title: "${'\\e'}]0;pwned${'\\a'}标题${'\\e'}[31m"`,
    `tags: ["${'\\e'}[1mbold", "\\u202Eevil"]`,
    '---',
    '',
    `## ${ESC}[32m组件${ESC}[0m`,
    '',
    `- ${ESC}[31mkubelet${ESC}[0m: 节点${ESC}]0;title${BEL}代理`,
    `- \u202Eetcd\u202C: 键值${ESC}]8;;http://x${ST}存储${ESC}]8;;${ST}`,
    `- kube\u0085proxy：转发\u009b2J规则`,
    '',
    `${ESC}[1m部署流程${ESC}[0m：`,
    '',
    `1. 提交${ESC}[5m清单`,
    '2. 调度\u0007到节点',
    '',
    `Q: 什么是${ESC}[31m Pod？`,
    `A: 最小${'\u202E'}单元`,
    '',
    '```sh',
    `echo ${ESC}[31m hi`,
    '```',
  ].join('\n');
  const { note, banks, warnings } = parseNote(`we\u001b[31mird.md`, text);

  it('leaves no control character in terms, details, titles, steps or answers', () => {
    for (const s of strings({ note, banks, warnings })) expect(s).not.toMatch(CONTROL);
  });

  it('keeps the text around the sequences', () => {
    expect(note.title).toBe('标题');
    expect(note.tags).toEqual(['bold', 'evil']);
    const terms = banks.find((b): b is TermsBank => b.kind === 'terms');
    expect(terms?.title).toBe('组件');
    expect(terms?.entries.map((e) => [e.term, e.detail, e.line])).toEqual([
      ['kubelet', '节点代理', 8],
      ['etcd', '键值存储', 9],
      ['kubeproxy', '转发规则', 10],
    ]);
    const steps = banks.find((b): b is StepsBank => b.kind === 'steps');
    expect(steps?.title).toBe('部署流程');
    expect(steps?.steps.map((s) => s.text)).toEqual(['提交清单', '调度到节点']);
    const qa = banks.find((b): b is QaBank => b.kind === 'qa');
    expect(qa?.pairs).toEqual([{ question: '什么是 Pod？', answer: '最小单元', line: 17 }]);
  });

  it('cleans a title taken from a file name', () => {
    expect(parseNote('dir/\u001b]0;x\u0007na\u202Eme.md', '').note.title).toBe('name');
  });
});

describe('full-width text', () => {
  it('folds full-width letters and digits in terms and details', () => {
    const { banks } = parseNote('fw.md', '## 术语\n\n- ＡＢＣ：全角字母的缩写\n- ｋｕｂｅｌｅｔ（节点代理）\n- Ｐｏｄ　ＩＰ：第１个地址\n');
    const bank = banks[0] as TermsBank;
    expect(bank.entries.map((e) => [e.term, e.detail])).toEqual([
      ['ABC', '全角字母的缩写'],
      ['kubelet', '节点代理'],
      ['Pod IP', '第1个地址'],
    ]);
  });

  it('matches full-width and half-width spellings as the same text', () => {
    expect(normalizeText('Ｐｏｄ　ＩＰ')).toBe('pod ip');
    expect(matchKey('ＡＢＣ：')).toBe('abc');
    expect(sameText('ＡＢＣ：', 'abc:')).toBe(true);
    expect(sameText('（ＲＷＯ）', '(rwo)')).toBe(true);
    expect(sameText('Pod IP', 'PodIP')).toBe(true);
    expect(sameText('Pod', 'Node')).toBe(false);
  });

  it('detects the language of a text', () => {
    expect(detectLang('Pod是最小的调度单元')).toBe('zh');
    expect(detectLang('A Pod is the smallest unit')).toBe('en');
    expect(detectLang('ReadWriteOnce 允许单个节点读写')).toBe('zh');
  });
});
