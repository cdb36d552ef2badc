import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { REJECT_REASONS } from '../../src/core/questions/gate.js';
import { QUESTION_TYPES, type Bank } from '../../src/core/types.js';
import { hanging, hangingOrBelow, helpLine, wrap } from '../../src/ui/layout.js';
import { labelled, messages, plural } from '../../src/ui/messages.js';

// The one wrapper every line goes through, and the message tables every word comes from.

const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const widest = (text: string) => Math.max(0, ...text.split('\n').map((l) => stringWidth(visible(l))));
const CLOSING = /^[，。、；：！？）」』》】〉…,.;:!?)\]}%]/;

describe('the wrapper', () => {
  it('hangs continuation lines under the text after the lead, at 40 and 80 columns', () => {
    for (const width of [40, 80]) {
      const out = hanging('出处：', 'notes/07-network-security.md:172 '.repeat(4), width).split('\n');
      expect(out[0]?.startsWith('出处：')).toBe(true);
      for (const line of out.slice(1)) expect(line.startsWith(' '.repeat(6))).toBe(true);
      expect(widest(out.join('\n'))).toBeLessThanOrEqual(width);
    }
  });

  it('never starts a line with closing punctuation, not even when a word longer than the line is cut', () => {
    // `。` after a word too long for the line: the cut takes the last letter down with it.
    for (const width of [10, 11, 12, 13]) {
      for (const line of wrap('supercalifragilisticexpialidocious。然后是下一句，再一句。', width).split('\n')) {
        expect(line.trimStart(), `width ${width}: ${line}`).not.toMatch(CLOSING);
      }
    }
  });

  it('for any mix of words, CJK, punctuation and long words: within the width, nothing lost, no line opening with closing punctuation', () => {
    const piece = fc.oneof(
      fc.constantFrom('Pod', 'kube-proxy', 'nominatedNodeName', 'ReadWriteOncePod', '6443', ' ', 'supercalifragilisticexpialidocious'),
      fc.constantFrom('调', '度', '节', '点', '，', '。', '（', '）', '：', '、', '？'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 50 }), fc.integer({ min: 10, max: 80 }), (parts, width) => {
        const text = parts.join('');
        // A space followed by closing marks (`调， 。、，`) can leave nothing but marks to carry
        // down: no wrap can start that line otherwise, so such text is not a case of this law.
        fc.pre(!/\s[，。、：？）]/.test(text));
        // Nor is a run of closing marks wider than a line with one character (and the leading
        // spaces) before it (`调？、：），` in 10 columns): some line must start with a mark.
        const marks = Math.max(0, ...[...text.matchAll(/[，。、：？）]+/g)].map((m) => m[0].length));
        const lead = Math.min(text.length - text.trimStart().length, Math.floor(width / 2)); // leading spaces are kept
        fc.pre(lead + 2 * marks + 2 <= width);
        const out = wrap(text, width);
        expect(widest(out)).toBeLessThanOrEqual(width + 1); // a closing mark may hang one column over when nothing can go down with it
        // A word cut between two letters gets a `-` at the line end: only hyphens may differ.
        expect(out.replace(/[\s-]+/g, '')).toBe(text.replace(/[\s-]+/g, ''));
        expect(out.replace(/-\n\s*/g, '').replace(/\s+/g, '').length - text.replace(/\s+/g, '').length).toBeLessThanOrEqual(0);
        out.split('\n').slice(1).forEach((line) => {
          if (line.trim()) expect(line.trimStart(), line).not.toMatch(CLOSING);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a number with its unit or counter, and with the Chinese word before it', () => {
    const cases: [string, number, string][] = [
      ['得分：2/5（40%） · 跳过 1 题  用时：51 秒', 40, '用时：51 秒'],
      ['为什么 HPA 按 CPU 利用率伸缩时，容器必须设置 requests？：1 个问答 · 第 217 行', 70, '第 217 行'],
      ['连续 1 天 · 今天内到期：4 · 7 天内到期：4', 40, '到期：4'],
      ['现在到期 0 题；本次：到期 0，薄弱 0，新题 2', 40, '新题 2'],
      ['Stopped after 7 of 10 questions; answers so far are saved. Score: 3/6 (50%) · 1 skipped', 80, '1 skipped'],
      ['0 due now; this drill: 0 due, 0 weak, 2 new', 40, '2 new'],
      ['notes/en/01-architecture.md — Kubernetes architecture and components (29 banks)', 78, '(29 banks)'],
      // An English count that closes an item stays with its label.
      ['Questions: 28 (recall 9, identify 7, typed 7, define 5)', 40, 'identify 7,'],
      ['    kube-proxy modes: 5 terms · line 103', 38, 'line 103'],
      ['    Plugin interfaces: 6 terms · line 136', 40, 'line 136'],
    ];
    for (const [text, width, together] of cases) {
      const lines = wrap(text, width).split('\n');
      expect(lines.length, text).toBeGreaterThan(1);
      expect(lines.some((line) => line.includes(together)), lines.join('\n')).toBe(true);
      expect(widest(lines.join('\n'))).toBeLessThanOrEqual(width);
    }
    // Not glued: a file's line number to the next word, or numbers in a list.
    expect(wrap('see notes/a.md:221 first then the other file', 20).split('\n')[0]).toBe('see notes/a.md:221');
  });

  it('a path that must be cut anyway starts on the line before it, so a short word is not left alone', () => {
    const lines = wrap('History cleared: the old log was moved to /tmp/tmp.7ysDlWpTDL/history.jsonl.reset-2026-12-04T22-04-22-191Z (delete that file to remove it for good).', 40).split('\n');
    expect(lines[1]).toBe('to /tmp/tmp.7ysDlWpTDL/');
    expect(widest(lines.join('\n'))).toBeLessThanOrEqual(40);
    // A path that would fit a whole line goes down, to be cut once at a slash.
    expect(wrap('  - Common CNI plugins → Cilium · Calico · Flannel (notes/en/07-networking-security.md:24)', 40).split('\n').slice(-2)).toEqual([
      '    (notes/en/',
      '    07-networking-security.md:24)',
    ]);
    // Too little room left: the path goes down whole as far as it can.
    expect(wrap('答题记录已清空：旧的记录移到了 /tmp/tmp.RDwIdHPQjm/history.jsonl.reset', 40).split('\n')[1]).toBe('/tmp/tmp.RDwIdHPQjm/history.jsonl.reset');
  });

  it('an opening bracket before a number does not take the Chinese word before it to the next line', () => {
    for (const [text, word] of [
      ['notes/zh/06-scheduling.md — 调度（26 个题库）', '调度'],
      ['notes/zh/09-glossary.md — 术语表（19 个题库）', '术语表'],
      ['notes/zh/03-workloads.md — 工作负载对象（36 个题库）', '工作负载对象'],
    ] as const) {
      const lines = wrap(text, 40).split('\n');
      expect(lines.some((line) => line.includes(word)), lines.join('\n')).toBe(true);
      expect(widest(lines.join('\n'))).toBeLessThanOrEqual(40);
    }
  });

  it('does not split a two-character Chinese word at a line end', () => {
    // Each seen split by a pass in tmux at 40 columns (the help, stats, banks).
    const cases: [string, number, string][] = [
      ['答题记录和设置存放的位置（默认：$K8S_QUIZ_HOME，否则是用户配置文件夹）', 34, '文件'],
      ['用你的笔记出题、评分、讲解（默认命令）', 34, '命令'],
      ['总正确率、按主题和题型的正确率、最弱的术语、连续天数、到期的题', 34, '最弱'],
      ['答题时标记为有问题的题（按 !），不会再出；用 --unflag 恢复', 34, '不会'],
      ['1 个文件，31 个题库：115 个术语，3 组步骤，0 个问答', 40, '步骤'],
      ['恢复操作 › etcd 快照恢复流程', 26, '流程'],
      ['缩写 › 运维与协议', 14, '协议'],
      // Nor leave the last character of a sentence alone below its word.
      ['  2. 名字中的点数少于 ndots，解析库依次为它拼接 search 列表中的搜索域', 38, '搜索域'],
    ];
    for (const [text, width, word] of cases) {
      const lines = wrap(text, width).split('\n');
      expect(lines.length, text).toBeGreaterThan(1);
      expect(lines.some((line) => line.includes(word)), lines.join('\n')).toBe(true);
      expect(widest(lines.join('\n'))).toBeLessThanOrEqual(width);
    }
  });

  it('a line ends with the middle dot between items rather than starting with it', () => {
    for (const [text, width] of [
      ['kubectl 中常见的异常原因：7 个术语 · 第 60 行', 34],
      ['Why do controllers use List-Watch?: 1 question · line 221', 47],
    ] as const) {
      const lines = wrap(text, width).split('\n');
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(line.trimStart(), lines.join('\n')).not.toMatch(/^·/);
    }
  });

  it('keeps a short command in backticks on one line', () => {
    const en = wrap("k8s-quiz: unknown command 'hist' (did you mean history?): `k8s-quiz help history`", 80).split('\n');
    expect(en).toEqual(["k8s-quiz: unknown command 'hist' (did you mean history?):", '`k8s-quiz help history`']);
    expect(wrap("k8s-quiz: 未知命令 'foo'：`k8s-quiz --help` 会列出所有命令", 40).split('\n')[1]).toMatch(/^`k8s-quiz --help`/);
    // A span longer than half the line still breaks at its spaces; no stand-in character is left.
    const long = wrap('a `very long command that does not fit in half of the line at all` here', 40);
    expect(long.split('\n')).toHaveLength(2);
    expect(long).not.toContain('\u00a0');
  });

  it('a help line breaks between items, never inside one (the ! key stays with its words)', () => {
    const items = messages('zh').help.choice;
    const at40 = helpLine(items, 40).split('\n');
    expect(at40).toEqual(['↑/↓ 或数字选择 · 回车确认', 's 或最后一项跳过 · ! 标记坏题']);
    expect(helpLine(items, 80)).toBe(items.join(' · '));
    for (const width of [20, 30, 40, 60]) {
      const text = helpLine(messages('en').help.recall, width);
      expect(widest(text)).toBeLessThanOrEqual(width);
      expect(text).toContain('a line of only ! flags a bad question'.slice(0, Math.min(width, 37)).split(' ')[0]);
    }
  });

  it('a lead that would leave too narrow a column goes on its own line, the text under it', () => {
    expect(hangingOrBelow('    notes/05-storage.md:107  ', 'reclaimPolicy', 40)).toBe('    notes/05-storage.md:107\n      reclaimPolicy');
    expect(hangingOrBelow('  a.md:3  ', 'emptyDir', 40)).toBe('  a.md:3  emptyDir');
  });

  it('a coloured full-width label takes no space after it; an English one does', () => {
    expect(labelled('\u001b[32m✓ 你答到的要点：\u001b[39m', 'x')).toBe('\u001b[32m✓ 你答到的要点：\u001b[39mx');
    expect(labelled('Source:', 'a.md:3')).toBe('Source: a.md:3');
  });
});

describe('the message tables', () => {
  const en = messages('en');
  const zh = messages('zh');

  /** Every string a table says, with sample arguments for its functions. */
  function said(value: unknown, path = ''): { path: string; text: string }[] {
    if (typeof value === 'string') return [{ path, text: value }];
    if (Array.isArray(value)) return value.flatMap((v, i) => said(v, `${path}[${i}]`));
    if (typeof value === 'function') return [];
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => said(v, path ? `${path}.${k}` : k));
    return [];
  }

  it('both languages have the same keys', () => {
    const keys = (value: unknown, path = ''): string[] =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).flatMap(([k, v]) => [path + k, ...keys(v, `${path}${k}.`)]) : [];
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('the Chinese table says no English words (commands, keys and codes aside)', () => {
    // Names with no Chinese of their own (the products --help names) are said as they are.
    // The help names commands, options, settings and shells bare, as the English help does (no backticks).
    const code = /--help|--plain|\$K8S_QUIZ_HOME|REMOTE|git|Basic|Cloze|\b(?:get|set|unset|list|clear|bash|zsh|fish|notes|lang|auto|en|zh|count|quiz|interview)\b|cache\/|~\/\.bashrc|~\/notes|README|Pod/g;
    const allowed = /k8s-quiz|drill|flagged|--unflag|--csv|--json|ID|JSON|CSV|Kubernetes|Docker|Anki|UTF-8|YAML|markdown|front matter|title|Enter|s|A|\.md|\.markdown|\.txt|y|N/g;
    for (const { path, text } of said(zh)) {
      if (path === 'lang') continue;
      const words = path.startsWith('cli.') ? text.replace(code, '') : text;
      expect(words.replace(/`[^`]*`/g, '').replace(allowed, ''), path).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('question types have Chinese names in the Chinese interface, and stay the --type names in English', () => {
    for (const type of QUESTION_TYPES) {
      expect(en.typeName(type)).toBe(type);
      expect(zh.typeName(type)).toMatch(/^\p{Script=Han}+$/u);
    }
    expect(zh.typeName('recall')).toBe('简答');
  });

  it('durations: 1m 28s and 1 分 28 秒; under a minute, seconds only', () => {
    expect(en.duration(88_000)).toBe('1m 28s');
    expect(zh.duration(88_000)).toBe('1 分 28 秒');
    expect(en.duration(49_400)).toBe('49s');
    expect(zh.duration(49_400)).toBe('49 秒');
    expect(zh.duration(3_600_000)).toBe('60 分 0 秒');
  });

  it('English plurals are right for one and for many', () => {
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(2, 'file')).toBe('2 files');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(en.banks.total(1, 1, 1, 1, 1)).toBe('1 file, 1 bank: 1 term, 1 step list, 1 question and answer');
    expect(en.banks.total(2, 8, 49, 0, 3)).toBe('2 files, 8 banks: 49 terms, 0 step lists, 3 questions and answers');
    expect(zh.banks.total(1, 7, 12, 1, 3)).toBe('1 个文件，7 个题库：12 个术语，1 组步骤，3 个问答');
    expect(en.stats.head({ sessions: 1, interviews: 0, answered: 1, correct: 1, skipped: 0, flagged: 1 }, '100%')).toBe(
      '1 session (0 interviews), 1 answer, 1 right: 100%; 1 question flagged as bad (`k8s-quiz flagged`)',
    );
  });

  it('nothing answered is said, never 0/0 (0%)', () => {
    expect(en.score(0, 0, 0)).toBe('Nothing answered');
    expect(zh.score(0, 0, 0)).toBe('没有作答');
    expect(en.scoreSoFar(0, 0)).toBe('');
    expect(zh.score(3, 4, 75)).toBe('得分：3/4（75%）');
  });

  it('when a question is next due, relatively: minutes, hours, tomorrow, days', () => {
    const now = new Date(2026, 11, 4, 10, 10, 45);
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    expect(en.relative(at(0.5), now)).toBe('in under a minute');
    expect(zh.relative(at(0.5), now)).toBe('不到 1 分钟后');
    expect(en.relative(at(10), now)).toBe('in 10 minutes');
    expect(en.relative(at(1), now)).toBe('in 1 minute');
    expect(zh.relative(at(10), now)).toBe('10 分钟后');
    expect(en.relative(at(180), now)).toBe('in 3 hours (at 13:10)');
    expect(zh.relative(new Date(2026, 11, 5, 9, 0), now)).toBe('明天 09:00');
    expect(en.relative(new Date(2026, 11, 5, 9, 0), now)).toBe('tomorrow at 09:00');
    expect(en.relative(new Date(2026, 11, 8, 9, 0), now)).toBe('in 4 days (2026-12-08 09:00)');
    expect(zh.nothingDue(zh.relative(at(10), now))).toBe('现在没有要复习的题，下一题 10 分钟后到期。');
    expect(zh.stillDue(8, null)).toBe('现在还有 8 题到期：再运行 `k8s-quiz drill` 复习。');
    expect(en.stillDue(0, 'tomorrow at 09:00')).toBe('Nothing else is due now; the next question is due tomorrow at 09:00.');
    expect(en.stillDue(1, null)).toBe('1 question is still due now: `k8s-quiz drill` again brings them up.');
  });

  it('warnings in Chinese: the loader and history messages are translated, file names kept', () => {
    expect(zh.warningText('no such file or folder')).toBe('没有这个文件或文件夹');
    expect(zh.warningText('skipped: not a note (only markdown or text files are read: .md, .markdown, .txt)')).toMatch(/^已跳过：不是笔记/);
    expect(zh.warningText('a/history.jsonl:3: skipped a corrupted line (not valid JSON)')).toBe('a/history.jsonl:3: 跳过了损坏的一行（不是有效的 JSON）');
    expect(zh.warningText('"Pod" is listed twice under "Workloads" (first at line 3); the second is skipped')).toBe('「Pod」在「Workloads」下出现了两次（第一次在第 3 行），第二次已跳过');
    expect(en.warningText('no such file or folder')).toBe('no such file or folder');
    expect(zh.warning).toBe('注意：');
  });

  it('banks sizes by kind, in each language', () => {
    const terms = { kind: 'terms', entries: [{}, {}], sequential: true } as unknown as Bank;
    const qa = { kind: 'qa', pairs: [{}] } as unknown as Bank;
    expect(en.banks.size(terms)).toBe('2 terms, in order');
    expect(en.banks.size(qa)).toBe('1 question');
    expect(zh.banks.size(terms)).toBe('2 个术语，有先后顺序');
    expect(zh.banks.entry('控制平面', '4 个术语', zh.banks.line(10))).toBe('控制平面：4 个术语 · 第 10 行');
  });
});

describe('check: why a candidate was turned down', () => {
  it('is explained in both languages, for every reason there is', () => {
    for (const reason of REJECT_REASONS) {
      for (const lang of ['en', 'zh'] as const) {
        const line = messages(lang).check.reason(reason, 3);
        expect(line, `${lang} ${reason}`).toContain(reason);
        // Not the code again where its meaning should be (what an unlisted reason falls back to).
        expect(line, `${lang} ${reason}`).not.toMatch(new RegExp(`[(（]${reason}[)）]`));
      }
    }
  });
});
