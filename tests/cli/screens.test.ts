import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess, startInProcess, tempDir } from '../support/cli.js';
import { cliOk, EN_NOTES, expectExit, ZH_NOTES, statsJson } from './answers.js';
import { terminalScreen } from '../support/terminal.js';

// What a person sees, in-process: help laid out for the terminal, a mistyped command caught
// whatever follows it, banks and questions listings, interviews with a limit per question,
// a stopped interview without a grade, drill's "next due" from now, one language per run.

const widest = (text: string) => Math.max(0, ...text.split('\n').map((l) => stringWidth(stripVTControlCharacters(l))));
const COVERAGE_ZH = path.join(ROOT, 'tests/fixtures/recall-coverage/zh.md');

describe('--help on a terminal', () => {
  it.each([40, 80])('at %i columns no line is wider than the terminal; descriptions go under their terms when narrow', async (columns) => {
    for (const args of [['--help'], ['interview', '--help'], ['quiz', '--help'], ['banks', '--help']]) {
      const help = expectExit(await runInProcess(args, { isTTY: true, columns, dataDir: false }), 0);
      expect(widest(help.stdout), `${args.join(' ')}\n${help.stdout}`).toBeLessThanOrEqual(columns);
    }
    const top = (await runInProcess(['--help'], { isTTY: true, columns, dataDir: false })).stdout;
    if (columns === 40) expect(top).toContain('  interview [options] [paths...]\n      a timed mock interview');
    else expect(top).toMatch(/ {2}interview \[options\] \[paths\.\.\.\] +a timed mock interview/);
    // Every example within 80 columns, its description beside it at 80.
    const examples = top.slice(top.indexOf('Examples:'));
    expect(widest(examples)).toBeLessThanOrEqual(Math.min(columns, 80));
    if (columns === 80) for (const line of examples.split('\n').slice(1).filter(Boolean)) expect(line).toMatch(/^ {2}\$ k8s-quiz.* {2}\S/);
  });

  it('help to a file is laid out for 80 columns', async () => {
    const help = expectExit(await runInProcess(['--help'], { dataDir: false }), 0);
    expect(widest(help.stdout)).toBeLessThanOrEqual(80);
  });

  it('interview --help says each question has its own limit by default', async () => {
    const help = expectExit(await runInProcess(['interview', '--help'], { dataDir: false }), 0).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--per-question <s> seconds for each question (default: the time left shared by the questions left');
  });
});

describe('a mistyped command', () => {
  it.each([
    [['bank', 'notes'], 'banks', 'k8s-quiz banks notes'],
    [['hist'], 'history', 'k8s-quiz history'],
    [['conf', 'list'], 'config', 'k8s-quiz config list'],
    [['sats', '--json'], 'stats', 'k8s-quiz stats --json'],
  ])('%j is a usage error with the suggestion, not a notes path', async (args, command, suggestion) => {
    const result = expectExit(await runInProcess(args), 2);
    expect(result.stderr).toContain(`unknown command '${args[0]}' (did you mean ${command}?)`);
    expect(result.stderr).toContain(suggestion);
    expect(result.stderr).not.toContain('no notes');
  });

  it('help about an unknown command is a usage error, with the command meant when one is close', async () => {
    const close = expectExit(await runInProcess(['help', 'qiz'], { dataDir: false }), 2);
    expect(close.stderr).toContain("unknown command 'qiz' (did you mean quiz?): `k8s-quiz help quiz`");
    expect(close.stdout).toBe('');
    const far = expectExit(await runInProcess(['help', 'foo'], { dataDir: false }), 2);
    expect(far.stderr).toContain("unknown command 'foo': `k8s-quiz --help` lists the commands");
    const zh = expectExit(await runInProcess(['help', 'foo'], { dataDir: false, env: { LANG: 'zh_CN.UTF-8' } }), 2);
    expect(zh.stderr).toContain("未知命令 'foo'");
    // A known command's help is still help.
    expect(expectExit(await runInProcess(['help', 'quiz'], { dataDir: false }), 0).stdout).toContain('Usage: k8s-quiz quiz');
  });

  it('a real file with a command-like name is read as notes', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bank'), '# Bank\n\n- Deployment: keeps Pods running\n- DaemonSet: one Pod per node\n- Job: runs Pods to completion\n');
    const result = await runInProcess(['banks', 'bank'], { cwd: dir });
    expectExit(result, 0);
  });
});

describe('banks', () => {
  it('a file that is not a note, named explicitly, is skipped with a warning, not parsed', async () => {
    const result = expectExit(await runInProcess(['banks', '--lang', 'en', EN_NOTES, path.join(ROOT, 'package.json')]), 0);
    expect(result.stderr).toMatch(/warning: .*package\.json: skipped: not a note/);
    expect(result.stdout).not.toContain('package.json');
    expect(result.stdout).toContain('1 file, ');
  });

  it('sub-headings under their parent, each bank under its heading', async () => {
    const out = expectExit(await runInProcess(['banks', '--lang', 'en', EN_NOTES]), 0).stdout.trimEnd().split('\n');
    const interview = out.indexOf('  Interview');
    expect(interview).toBeGreaterThan(0);
    expect(out[interview + 1]).toMatch(/^ {4}What is a Service\?: 1 question · line \d+$/);
    expect(out.at(-1)).toMatch(/^1 file, \d+ banks: \d+ terms, \d+ step lists, \d+ questions and answers$/);
  });

  it('Chinese notes get a Chinese summary, warnings included', async () => {
    const result = expectExit(await runInProcess(['banks', ZH_NOTES, path.join(ROOT, 'package.json')]), 0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 个文件，\d+ 个题库：\d+ 个术语，\d+ 组步骤，\d+ 个问答$/);
    expect(result.stderr).toContain('注意：');
    expect(result.stderr).toContain('已跳过：不是笔记');
    expect(result.stdout + result.stderr).not.toMatch(/\b(terms|files|line \d)/);
  });
});

describe('questions (text listing)', () => {
  it('a multi-line answer stays indented under its arrow', async () => {
    const out = expectExit(await runInProcess(['questions', '--type', 'recall', '--count', '50', '--seed', '1', COVERAGE_ZH]), 0).stdout;
    const lines = out.split('\n');
    const arrow = lines.findIndex((l) => l.startsWith('   → 1. 高优先级'));
    expect(arrow, out).toBeGreaterThanOrEqual(0);
    expect(lines[arrow + 1]).toMatch(/^ {5}2\. /);
    for (const line of lines) if (line && !/^\d+\. \[/.test(line)) expect(line.startsWith('   '), line).toBe(true);
  });
});

describe('interviews', () => {
  it('each question has its own limit by default, a share of the time left, shown as "for this question"', async () => {
    const dataDir = tempDir();
    const result = await cliOk(['interview', '--plain', '--minutes', '3', '--count', '3', '--seed', '1', '--lang', 'en', EN_NOTES], { dataDir, input: '\n\n\n' });
    // 3 minutes for 3 questions: the first gets a minute of its own.
    expect(result.stdout).toMatch(/\(3:00 left, 1:00 for this question\)/);
  });

  it('in Chinese the question limit is 本题剩余', async () => {
    const result = await cliOk(['interview', '--plain', '--minutes', '3', '--count', '3', '--seed', '1', ZH_NOTES], { dataDir: tempDir(), input: '\n\n\n' });
    expect(result.stdout).toContain('本题剩余 1:00');
  });

  it('stopped after one answer: no letter grade, and the stats trend does not take it as 100%', async () => {
    const dataDir = tempDir();
    const questions = JSON.parse((await cliOk(['questions', '--json', '--count', '50', '--seed', '1', '--lang', 'en', EN_NOTES], { dataDir })).stdout) as { id: string }[];
    expect(questions.length).toBeGreaterThan(0);
    const run = startInProcess(['interview', '--plain', '--minutes', '10', '--count', '3', '--seed', '4', '--lang', 'en', EN_NOTES], { dataDir });
    await run.waitFor('[1/3]');
    run.send('1', '4');
    await run.waitFor('[2/3]');
    run.signal('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(result.stdout).toMatch(/Interview report: stopped early: 1 of 3 answered, too few for a grade/);
    expect(result.stdout).not.toMatch(/Interview report.*\b[A-F] · \d+%/);
    const { stats } = await statsJson(dataDir);
    expect(stats['trend']).toEqual([]);
  });
});

describe('drill says what is still due and when the next comes, from now', () => {
  it('after a drill: the next due question relatively, never a clock time that has passed', async () => {
    const dataDir = tempDir();
    const result = await cliOk(['drill', '--plain', '--count', '2', '--lang', 'en', EN_NOTES], { dataDir, input: 'x\n1\nx\n1\n' });
    expect(result.stdout).toMatch(/(Nothing else is due now; the next question is due in .+\.|questions? (is|are) still due now)/);
    // Apart from the summary above it by a blank line.
    expect(result.stdout).toMatch(/\S\n\n(Nothing else is due now|\d+ questions? (is|are) still due now)/);
    expect(result.stdout).not.toMatch(/due: \d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(result.stderr).toMatch(/^0 due now; this drill: 0 due, 0 weak, 2 new/);
  });
});

describe('one language per run', () => {
  it('stats after reset speaks the language of the notes a quiz would use', async () => {
    const dataDir = tempDir();
    mkdirSync(dataDir, { recursive: true });
    await cliOk(['quiz', '--plain', '--count', '1', '--seed', '1', ZH_NOTES], { dataDir, input: '1\n' });
    await cliOk(['reset', '--yes'], { dataDir });
    await cliOk(['config', 'set', 'notes', ZH_NOTES], { dataDir });
    const stats = await cliOk(['stats'], { dataDir });
    expect(stats.stdout).toContain('还没有答题记录');
    expect((await cliOk(['stats', '--lang', 'en'], { dataDir })).stdout).toContain('No answers recorded yet');
  });

  it('a Chinese quiz summary: type names, durations and the review list in Chinese', async () => {
    const result = await cliOk(['quiz', '--plain', '--count', '3', '--seed', '2', ZH_NOTES], { dataDir: tempDir(), input: '\n\n\n' });
    expect(result.stdout).toMatch(/用时：\d+ 秒/);
    expect(result.stdout).toContain('没有作答 · 跳过 3 题');
    expect(result.stdout).toContain('（已跳过）');
    expect(result.stdout).not.toMatch(/\[\d\/3\] (define|identify|member|order|acronym|cloze|recall|typed|next|multi)\b/);
  });
});

describe('an interactive quiz on a 40-column terminal', () => {
  it('writes nothing wider than 40 columns, and after Ctrl+C leaves no frozen prompt', async () => {
    const run = startInProcess(['quiz', '--count', '3', '--seed', '2', ZH_NOTES], { isTTY: true, columns: 40, rows: 20, dataDir: tempDir() });
    await run.waitFor('? ');
    run.write('\r');
    await run.waitFor('? ', 2);
    run.write('\x03');
    const result = await run.done;
    expect(result.code).toBe(130);
    const screen = terminalScreen(result.stdout);
    expect(widest(screen), screen).toBeLessThanOrEqual(40);
    // The last prompt went with Ctrl+C: the summary (wrapped at 40 columns) is what is left after its header.
    const lines = screen.split('\n');
    expect(lines.slice(-3).join('')).toMatch(/已答的题目都已保存|得分/);
    expect(screen).not.toContain('❯');
  });
});


describe('questions on notes that give none', () => {
  it.each([
    ['C', '# Hashes\n\nA plain sentence with nothing to ask about.\n', /the notes give no questions: .*empty\.md \(`k8s-quiz check` says why\)/],
    ['zh_CN.UTF-8', '# 哈希\n\n这一段只是普通的说明文字，没有可以出题的内容。\n', /这些笔记出不了题：.*empty\.md（`k8s-quiz check` 会说明原因）/],
  ])('LANG=%s: says so (exit 1) instead of printing nothing; --json prints []', async (LANG, text, said) => {
    const dir = tempDir();
    const file = path.join(dir, 'empty.md');
    writeFileSync(file, text);
    // Notes that give nothing have no language of their own: the locale's.
    const result = expectExit(await runInProcess(['questions', file], { env: { LANG } }), 1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(said);
    expect(expectExit(await runInProcess(['questions', file, '--json']), 0).stdout.trim()).toBe('[]');
  });
});


describe('sync on a terminal', () => {
  it.each([
    [40, 'zh_CN.UTF-8'],
    [80, 'C.UTF-8'],
  ])('at %i columns (%s) its messages are wrapped by the program: nothing wider, no line opening with ： or a space', async (columns, LANG) => {
    const dataDir = tempDir('data-');
    const remote = path.join(tempDir('remote-'), 'a-remote-folder-with-a-long-name', 'history.git');
    mkdirSync(path.dirname(remote));
    // Real git, with a home and global config of its own.
    const home = tempDir('git-home-');
    writeFileSync(path.join(home, 'gitconfig'), '');
    const env = { LANG, PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1' };
    for (const args of [['sync', '--init', remote], ['sync']]) {
      const result = expectExit(await runInProcess(args, { isTTY: true, columns, dataDir, env }), 0);
      const text = result.stderr + result.stdout;
      expect(text.trim(), args.join(' ')).not.toBe('');
      expect(widest(text), text).toBeLessThanOrEqual(columns);
      for (const line of text.split('\n')) expect(line, text).not.toMatch(/^[：，。 ]\S/);
    }
  });
});

describe('export to the terminal', () => {
  it.each([
    [40, 'zh_CN.UTF-8'],
    [40, 'C.UTF-8'],
  ])('at %i columns (%s) the note about flagged questions left out is wrapped', async (columns, LANG) => {
    const dataDir = tempDir('data-');
    // A note of the fixtures, not the bundled notes: exporting those builds every one of their questions.
    const notes = LANG.startsWith('zh') ? ZH_NOTES : EN_NOTES;
    expectExit(await runInProcess(['quiz', '--plain', '-n', '1', '--seed', '1', notes], { dataDir, input: '!\n', env: { LANG } }), 0);
    const result = expectExit(await runInProcess(['export', '--format', 'csv', notes], { isTTY: true, columns, dataDir, env: { LANG } }), 0);
    expect(result.stderr).toMatch(/flagged|标记/);
    expect(widest(result.stderr), result.stderr).toBeLessThanOrEqual(columns);
  });
});

describe('questions names the types in the interface language', () => {
  it('Chinese notes: [释义], [排序] …, never the --type names; English notes: the --type names', async () => {
    const zh = expectExit(await runInProcess(['questions', '--count', '40', '--seed', '1', ZH_NOTES]), 0).stdout;
    const zhTypes = [...zh.matchAll(/^\d+\. \[([^\]]+)\]/gm)].map((m) => m[1] as string);
    expect(zhTypes.length).toBeGreaterThan(10);
    for (const type of zhTypes) expect(type).toMatch(/^\p{Script=Han}+$/u);
    const en = expectExit(await runInProcess(['questions', '--count', '40', '--seed', '1', EN_NOTES]), 0).stdout;
    for (const m of en.matchAll(/^\d+\. \[([^\]]+)\]/gm)) expect(m[1]).toMatch(/^[a-z]+$/);
  });
});
