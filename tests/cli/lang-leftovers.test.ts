import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/ui/layout.js';
import { messages } from '../../src/ui/messages.js';
import { ROOT, runInProcess, tempDir } from '../support/cli.js';

// What is still said outside --help, in the run's language: Chinese under a zh locale, English under C.
const ZH = { LANG: 'zh_CN.UTF-8', NO_COLOR: '1' };
const EN = { LANG: 'C', NO_COLOR: '1' };
/** English prose: two words of letters in a row, once paths are taken out. */
const PROSE = /\b[A-Za-z]{2,} [A-Za-z]{2,}\b/;
const withoutPaths = (text: string, dir: string): string => text.split(dir).join('');

describe('cache clear', () => {
  it('Chinese: deleted, or nothing to delete, without English words', async () => {
    const dataDir = tempDir('lang-cache-');
    mkdirSync(path.join(dataDir, 'cache'), { recursive: true });
    const first = await runInProcess(['cache', 'clear'], { dataDir, env: ZH });
    expect(first.code).toBe(0);
    const second = await runInProcess(['cache', 'clear'], { dataDir, env: ZH });
    expect(second.code).toBe(0);
    for (const out of [first.stdout + first.stderr, second.stdout + second.stderr]) {
      expect(out).toMatch(/\p{Script=Han}/u);
      expect(withoutPaths(out, dataDir)).not.toMatch(PROSE);
    }
    expect(second.stdout).toContain('没有解析缓存');
  });

  it('English: the same two messages in English', async () => {
    const dataDir = tempDir('lang-cache-');
    mkdirSync(path.join(dataDir, 'cache'), { recursive: true });
    expect((await runInProcess(['cache', 'clear'], { dataDir, env: EN })).stdout).toMatch(/^deleted the parse cache /);
    const none = await runInProcess(['cache', 'clear'], { dataDir, env: EN });
    expect(none.stdout).toMatch(/^no parse cache \(/);
    expect(none.stdout).not.toMatch(/\p{Script=Han}/u);
  });
});

// ─── export, filters that match nothing, warnings of notes, settings and the log ───────────────

const ZH_NOTES = path.join(ROOT, 'tests/fixtures/e2e/zh/cluster.md');
const EN_NOTES = path.join(ROOT, 'tests/fixtures/e2e/en/platform.md');
/** What the program says itself: paths taken out, and `front matter`, which Chinese notes call so too. */
const ownWords = (text: string, ...paths: string[]): string => paths.reduce((t, p) => t.split(p).join(''), text).replace(/front matter/g, '');

describe('export', () => {
  it('Chinese: what was written and what was left out; English plurals right', async () => {
    const dataDir = tempDir('lang-export-');
    const out = path.join(tempDir('lang-export-out-'), 'cards.txt');
    const zh = await runInProcess(['export', ZH_NOTES, '-o', out], { dataDir, env: ZH });
    expect(zh.code).toBe(0);
    expect(zh.stderr).toMatch(/^已把 \d+ 条 Anki 笔记写入 .*cards\.txt（在 Anki 里用「文件 › 导入」）\n$/);
    expect(ownWords(zh.stderr, out)).not.toMatch(PROSE);
    const json = await runInProcess(['export', EN_NOTES, '--format', 'json', '-o', out, '--lang', 'zh'], { dataDir, env: EN });
    expect(json.stderr).toMatch(/^已把 \d+ 道题写入 /);
    const en = await runInProcess(['export', EN_NOTES, '-o', out], { dataDir, env: EN });
    expect(en.stderr).toMatch(/^Wrote \d+ Anki notes to .*cards\.txt \(in Anki: File › Import\)\n$/);

    const m = messages('en');
    expect(m.exportWrote(1, false, 'q.json', '')).toBe('Wrote 1 question to q.json');
    expect(m.exportWrote(2, true, 'c.txt', m.exportLeftOut(1))).toBe('Wrote 2 Anki notes to c.txt (in Anki: File › Import); 1 flagged question left out (`k8s-quiz flagged` lists them)');
    expect(m.exportLeftOut(3)).toMatch(/^3 flagged questions left out/);
    expect(messages('zh').exportLeftOut(1)).toBe('1 道标记为有问题的题没有导出（`k8s-quiz flagged` 可查看）');
  });

  it('filters that match nothing, and notes that give nothing: joined in the run language', async () => {
    const args = ['--topic', 'nowhere-at-all', '--type', 'define'];
    const zh = await runInProcess(['export', ZH_NOTES, ...args], { env: ZH });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe(`k8s-quiz: ${ZH_NOTES} 里没有符合 --topic "nowhere-at-all" 和 --type define 的题\n`);
    const quiz = await runInProcess(['quiz', '--plain', ZH_NOTES, ...args], { env: ZH });
    expect(quiz.stderr).toBe(`k8s-quiz: ${ZH_NOTES} 里没有符合 --topic "nowhere-at-all" 和 --type define 的题\n`);
    const en = await runInProcess(['export', EN_NOTES, ...args], { env: EN });
    expect(en.stderr).toBe(`k8s-quiz: no questions match --topic "nowhere-at-all" and --type define in ${EN_NOTES}\n`);

    const empty = path.join(tempDir('lang-empty-'), 'empty.md');
    writeFileSync(empty, '---\ntitle: 空\n---\n\n只是一段话。\n');
    const none = await runInProcess(['export', empty, '--lang', 'zh'], { env: ZH });
    expect(none.stderr).toBe(`k8s-quiz: 这些笔记出不了题：${empty}（\`k8s-quiz check\` 会说明原因）\n`);
  });
});

describe('warnings', () => {
  it('notes: nesting too deep, a line too long, a title that is not text, front matter not YAML — in Chinese', async () => {
    const dir = tempDir('lang-notes-');
    const deep = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- 第 ${i} 层：内容`).join('\n');
    writeFileSync(path.join(dir, 'deep.md'), `---\ntitle: 深\n---\n\n## 嵌套\n\n${deep}\n\n## 长行\n\n- 长：${'很长的一行'.repeat(3000)}\n`);
    writeFileSync(path.join(dir, 'title.md'), '---\ntitle: [a, b]\n---\n\n## 服务\n\n- ClusterIP：集群内部的虚拟地址\n- NodePort：每个节点上的端口\n- LoadBalancer：云厂商的负载均衡器\n');
    writeFileSync(path.join(dir, 'js.md'), '---js\n{ title: "x" }\n---\n\n## 服务\n\n- ClusterIP：集群内部的虚拟地址\n');
    const zh = await runInProcess(['banks', dir, '--lang', 'zh'], { env: ZH });
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain('列表或引用嵌套超过');
    expect(zh.stderr).toMatch(/这一行超过 \d+ 个字符：只读取前 \d+ 个/);
    expect(zh.stderr).toContain('front matter 里的 `title:` 是列表或映射，不是文字，所以用文件名作标题');
    expect(zh.stderr).toMatch(/没有读取.*front matter/);
    for (const line of zh.stderr.split('\n').filter(Boolean)) {
      expect(line).toMatch(/^注意：/);
      expect(ownWords(line, dir), line).not.toMatch(PROSE);
    }
    const en = await runInProcess(['banks', dir, '--lang', 'en'], { env: EN });
    expect(en.stderr).toContain('lists or quotes nested more than');
    expect(en.stderr).not.toMatch(/\p{Script=Han}/u);
  });

  it('a settings file that is not an object, and log records that are refused — in Chinese', async () => {
    const dataDir = tempDir('lang-data-');
    writeFileSync(path.join(dataDir, 'config.json'), '[]');
    writeFileSync(path.join(dataDir, 'history.jsonl'), '{"v":1}\n{"v":1,"session":"s","at":"2026-01-01T00:00:00Z","kind":"answer"}\n');
    const config = await runInProcess(['config', 'list'], { dataDir, env: ZH });
    expect(config.code).toBe(0);
    expect(config.stderr).toContain('已损坏（不是 JSON 对象）');
    const zh = await runInProcess(['stats', '--lang', 'zh'], { dataDir, env: ZH });
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain('跳过了一条记录：没有练习 id');
    expect(zh.stderr).toContain('跳过了一条记录：answer 记录缺少字段或字段有误');
    for (const line of (config.stderr + zh.stderr).split('\n').filter(Boolean)) expect(ownWords(line, dataDir), line).not.toMatch(PROSE);
  });

  it('Chinese for every reason a record is refused, and for the errors of the log', () => {
    const zh = messages('zh');
    for (const problem of ['not a JSON object', 'no schema version', 'written by a newer version of k8s-quiz (schema v9)', 'no session id', 'no valid timestamp', 'a bad record id', 'unknown record kind "x"', 'an answer record with missing or bad fields']) {
      const said = zh.warningText(`history.jsonl:3: skipped a record: ${problem}`);
      expect(said, problem).toMatch(/^history\.jsonl:3: 跳过了一条记录：/);
      expect(said, problem).not.toMatch(PROSE);
    }
    expect(zh.errorText('answers cannot be saved: /d/history.jsonl is a symbolic link, and the history is never written through one (make it a plain file)')).toBe(
      '答题记录无法保存：/d/history.jsonl 是符号链接，答题记录从不经由符号链接写入（请把它换成普通文件）',
    );
    expect(zh.errorText('cannot reset the history: /d/history.jsonl cannot be moved aside (EACCES: is /d read-only?); nothing was changed')).toBe(
      '无法清空答题记录：/d/history.jsonl 无法移到一边（EACCES：/d 是不是只读的？）；没有做任何改动',
    );
  });
});

describe('errors on a terminal', () => {
  it('are wrapped to its width, never cut mid-word, in both languages', async () => {
    for (const LANG of ['C.UTF-8', 'zh_CN.UTF-8']) {
      for (const args of [['sync'], ['quiz', '--type', 'foo'], ['export', '--format', 'xml']]) {
        const r = await runInProcess(args, { env: { LANG }, isTTY: true, columns: 40 });
        expect(r.code, `${LANG} ${args.join(' ')}`).not.toBe(0);
        const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
        expect(r.stderr, r.stderr).toContain('k8s-quiz:');
        expect(lines.length, r.stderr).toBeGreaterThan(1);
        for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
      }
    }
  });

  it('stay one line when stderr is a pipe, so a script can grep them', async () => {
    const r = await runInProcess(['sync'], { env: { LANG: 'C.UTF-8' } });
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

// ─── history: counted as stats counts, its types named in the run's language ─────────────────

describe('history', () => {
  /** A quiz with a skip and a flag: `2`, `1`, skip, `3`, flag, `1`, and a recall's grade. */
  const QUIZ_INPUT = '2\n1\n\n3\n!\n1\n2\n';

  it.each([
    ['en', EN, /^\d+ answers? \(and 1 skipped\) in /m, /\d+ answers?, \d+ right: \d+%, 1 skipped/],
    ['zh', ZH, /history\.jsonl 里有 \d+ 条答题记录，另有 1 题跳过/, /答题 \d+，答对 \d+：\d+%，跳过 1/],
  ] as const)('%s: the same number of answers and skips as stats; Chinese type names in Chinese', async (lang, env, historyLine, statsLine) => {
    const dataDir = tempDir('lang-history-');
    const notes = lang === 'zh' ? ZH_NOTES : EN_NOTES;
    const quiz = await runInProcess(['quiz', '--plain', '--count', '5', '--seed', '3', notes], { dataDir, env, input: QUIZ_INPUT });
    expect([0, 130]).toContain(quiz.code);
    const stats = await runInProcess(['stats'], { dataDir, env });
    const history = await runInProcess(['history'], { dataDir, env });
    const text = stats.stdout.replace(/\s+/g, ' ');
    const answered = /(\d+) answers?,|答题 (\d+)，/.exec(text);
    const count = /(\d+) answers?(?: \(and| in)|里有 (\d+) 条/.exec(history.stderr.replace(/\s+/g, ' '));
    expect(answered?.[1] ?? answered?.[2], text).toBe(count?.[1] ?? count?.[2]);
    expect(history.stderr.replace(/\s+/g, ' ')).toMatch(historyLine);
    expect(text).toMatch(statsLine);
    const types = history.stdout.split('\n').filter(Boolean).map((row) => row.split(/\s{2,}/)[2] ?? '');
    expect(types.length).toBeGreaterThan(0);
    if (lang === 'zh') for (const type of types) expect(type, history.stdout).toMatch(/^\p{Script=Han}+$/u);
    else for (const type of types) expect(type).toMatch(/^[a-z]+$/);
  });
});

// ─── a folder of text notes ───────────────────────────────────────────────────────────────────

describe('a folder holding only .txt notes', () => {
  it.each([
    ['en', EN, 'no .md or .markdown files in this folder; a text file is read when named: '],
    ['zh', ZH, '这个文件夹里没有 .md 或 .markdown 文件；文本文件要直接给出文件名才会读取：'],
  ] as const)('%s: the warning names the text file, which works when named', async (_lang, env, said) => {
    const dir = tempDir('lang-txt-');
    const file = path.join(dir, 'k8s.txt');
    writeFileSync(file, '# Workloads\n\n- Deployment: keeps Pods running\n- DaemonSet: one Pod per node\n- Job: runs Pods to completion\n');
    writeFileSync(path.join(dir, 'more.txt'), '# More\n');
    const folder = await runInProcess(['banks', dir], { env });
    expect(folder.code).toBe(1);
    expect(folder.stderr.replace(/\n/g, '')).toContain(`${said}${path.join(dir, 'k8s.txt')}`);
    expect(folder.stderr).toMatch(/\(and 1 more\)|（另有 1 个）/);
    // Where, then what, with the colon of the language.
    expect(folder.stderr).toContain(`${dir}${env === ZH ? '：' : ': '}`);
    expect((await runInProcess(['banks', file], { env })).code).toBe(0);
  });
});
