import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { messages } from '../../src/ui/messages.js';
import { idleRuntime, runInProcess, startInProcess, tempDir, type RunOptions } from '../support/cli.js';
import { expectExit } from './answers.js';

// --help and what is said before a command runs (commander's own errors, usage errors, notes
// that cannot be read), in the interface language: `config set lang`, else --lang on the command
// line, else the locale. And the yes/no prompt in Chinese.

const HAN = /\p{Script=Han}/u;
const widest = (text: string) => Math.max(0, ...text.split('\n').map((l) => stringWidth(stripVTControlCharacters(l))));

/** A data dir whose settings say `lang`. */
function dataDirWithLang(lang: string): string {
  const dir = tempDir('data-');
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ lang }, null, '\t'));
  return dir;
}

/** The three ways to Chinese, each on an English-speaking base otherwise. */
const WAYS: { way: string; extra: string[]; options: () => RunOptions }[] = [
  { way: 'LANG=zh_CN.UTF-8', extra: [], options: () => ({ env: { LANG: 'zh_CN.UTF-8' } }) },
  { way: 'config set lang zh', extra: [], options: () => ({ dataDir: dataDirWithLang('zh') }) },
  { way: '--lang zh', extra: ['--lang', 'zh'], options: () => ({}) },
];

describe.each(WAYS)('in Chinese by $way', ({ extra, options }) => {
  it('--help: headings, descriptions, options and examples', async () => {
    const help = expectExit(await runInProcess(['--help', ...extra], options()), 0).stdout;
    expect(help).toMatch(/^用法：k8s-quiz \[选项\] \[命令\]\n/);
    for (const text of ['选项：', '命令：', '示例：', '在终端里，用你自己的', '显示版本号', '显示命令的帮助', '答题记录和设置存放的位置', '一场限时模拟面试']) {
      expect(help, text).toContain(text);
    }
    for (const english of ['Usage:', 'Options:', 'Commands:', 'Examples:', 'display help', 'output the version']) expect(help).not.toContain(english);
  });

  it('--help quotes with backticks only what the English help quotes (commands to type), never a word or a name', async () => {
    const quoted = (text: string) => [...text.replace(/\s+/g, ' ').matchAll(/`([^`]+)`/g)].map((q) => q[1]);
    for (const args of [['--help'], ['config', '--help'], ['sync', '--help'], ['export', '--help'], ['completion', '--help'], ['flagged', '--help']]) {
      const zh = expectExit(await runInProcess([...args, ...extra], options()), 0).stdout;
      const en = expectExit(await runInProcess([...args, '--lang', 'en'], {}), 0).stdout;
      for (const q of quoted(zh)) expect(quoted(en), `${args.join(' ')}: \`${q}\``).toContain(q);
    }
  });

  it('quiz --help: arguments, options, choices and defaults', async () => {
    const quiz = expectExit(await runInProcess(['quiz', '--help', ...extra], options()), 0).stdout;
    expect(quiz).toMatch(/^用法：k8s-quiz quiz \[选项\] \[路径\.\.\.\]\n/);
    for (const text of ['参数：', '选项：', '出多少道题', '题型，多个用逗号分隔', '不用颜色、不移动光标']) expect(quiz, text).toContain(text);
    expect(quiz).not.toMatch(/Arguments:|Options:|how many questions/);
    const exported = expectExit(await runInProcess(['export', '--help', ...extra], options()), 0).stdout.replace(/\s+/g, '');
    expect(exported).toContain('（可选："anki"、"csv"、"json"，默认："anki"）');
    const interview = expectExit(await runInProcess(['interview', '--help', ...extra], options()), 0).stdout;
    expect(interview).toContain('整场面试的分钟数（默认：15）');
  });

  it("commander's errors: an unknown option, a missing argument, an invalid choice; exit 2", async () => {
    const unknown = expectExit(await runInProcess(['--bogus', ...extra], options()), 2);
    expect(unknown.stderr).toBe("k8s-quiz: 未知选项 '--bogus'\n（加上 --help 查看用法）\n");
    expect(unknown.stdout).toBe('');
    const suggested = expectExit(await runInProcess(['quiz', '--cout', '3', ...extra], options()), 2);
    expect(suggested.stderr).toContain("k8s-quiz: 未知选项 '--cout'\n（你是不是想用 --count？）");
    const missing = expectExit(await runInProcess(['quiz', ...extra, '--count'], options()), 2);
    expect(missing.stderr).toContain("k8s-quiz: 选项 '-n, --count <数字>' 缺少值");
    const choice = expectExit(await runInProcess(['export', '--format', 'pdf', ...extra], options()), 2);
    expect(choice.stderr).toContain("k8s-quiz: 选项 '-f, --format <格式>' 的值 'pdf' 无效。可选的值：anki、csv、json。");
    const tooMany = expectExit(await runInProcess(['stats', 'a', 'b', ...extra], options()), 2);
    expect(tooMany.stderr).toContain("k8s-quiz: 'stats' 的参数太多：应有 0 个，实际有 2 个。");
  });

  it('usage errors: a bad value, a mistyped command; exit 2', async () => {
    const count = expectExit(await runInProcess(['quiz', '--plain', '--count', '0', ...extra], options()), 2);
    expect(count.stderr).toBe('k8s-quiz: --count 需要 1 到 500 之间的整数，而不是「0」\n');
    const type = expectExit(await runInProcess(['questions', '--type', 'define,frob', ...extra], options()), 2);
    expect(type.stderr).toContain('--type 需要用逗号分隔的题型');
    expect(type.stderr).toContain('不认识的：frob');
    const typo = expectExit(await runInProcess(['stat', ...extra], options()), 2);
    expect(typo.stderr).toContain("未知命令 'stat'（你是不是想用 stats？）");
  });

  it('notes that cannot be read: the warning and the error', async () => {
    const missing = path.join(tempDir(), 'nowhere.md');
    const result = expectExit(await runInProcess(['banks', missing, ...extra], options()), 1);
    expect(result.stderr).toContain(`注意：${missing}：没有这个文件或文件夹`);
    expect(result.stderr).toContain(`k8s-quiz: 无法从 ${missing} 读取任何笔记`);
  });

  it('at 40 columns no line of help is wider than 40', async () => {
    for (const args of [['--help'], ['quiz', '--help'], ['interview', '--help'], ['export', '--help'], ['flagged', '--help'], ['config', '--help']]) {
      const help = expectExit(await runInProcess([...args, ...extra], { ...options(), isTTY: true, columns: 40 }), 0).stdout;
      expect(HAN.test(help), args.join(' ')).toBe(true);
      expect(widest(help), `${args.join(' ')}\n${help}`).toBeLessThanOrEqual(40);
    }
  });
});

describe('which language', () => {
  it('English with LANG=en_US.UTF-8 and no setting: help and errors as before', async () => {
    const help = expectExit(await runInProcess(['--help'], { env: { LANG: 'en_US.UTF-8' } }), 0).stdout;
    expect(help).toMatch(/^Usage: k8s-quiz \[options\] \[command\]\n\nQuiz yourself on your own Kubernetes \/ Docker study notes, in the terminal\.\n\nOptions:\n/);
    expect(help).toContain('\nCommands:\n');
    expect(help).toContain('\nExamples:\n');
    expect(help).toContain('  -h, --help                      display help for command');
    expect(HAN.test(help)).toBe(false);
    const quiz = expectExit(await runInProcess(['quiz', '--help'], { env: { LANG: 'en_US.UTF-8' } }), 0).stdout;
    expect(quiz).toMatch(/^Usage: k8s-quiz quiz \[options\] \[paths\.\.\.\]\n/);
    expect(quiz).toContain('\nArguments:\n');
    expect(HAN.test(quiz)).toBe(false);
    const exported = expectExit(await runInProcess(['export', '--help']), 0).stdout.replace(/\s+/g, ' ');
    expect(exported).toContain('Anki import file, CSV or JSON (choices: "anki", "csv", "json", default: "anki")');
    const unknown = expectExit(await runInProcess(['--bogus'], { env: { LANG: 'en_US.UTF-8' } }), 2);
    expect(unknown.stderr).toBe("k8s-quiz: unknown option '--bogus'\n(run with --help for usage)\n");
    const count = expectExit(await runInProcess(['quiz', '--plain', '--count', '0']), 2);
    expect(count.stderr).toBe('k8s-quiz: --count takes a whole number from 1 to 500, not "0"\n');
  });

  it('at 40 columns the English help fits too', async () => {
    for (const args of [['--help'], ['quiz', '--help'], ['export', '--help']]) {
      const help = expectExit(await runInProcess(args, { isTTY: true, columns: 40 }), 0).stdout;
      expect(widest(help), `${args.join(' ')}\n${help}`).toBeLessThanOrEqual(40);
    }
  });

  it('the setting comes first, then --lang, then the locale (the rule of the bundled notes)', async () => {
    const zhLocale = { LANG: 'zh_CN.UTF-8' };
    const english = expectExit(await runInProcess(['--help'], { env: zhLocale, dataDir: dataDirWithLang('en') }), 0).stdout;
    expect(english).toMatch(/^Usage: /);
    const flag = expectExit(await runInProcess(['--help', '--lang', 'en'], { env: zhLocale }), 0).stdout;
    expect(flag).toMatch(/^Usage: /);
    const equals = expectExit(await runInProcess(['--help', '--lang=zh']), 0).stdout;
    expect(equals).toMatch(/^用法：/);
    const auto = expectExit(await runInProcess(['--help'], { env: zhLocale, dataDir: dataDirWithLang('auto') }), 0).stdout;
    expect(auto).toMatch(/^用法：/);
    // LC_ALL before LANG, as POSIX has it.
    const lcAll = expectExit(await runInProcess(['--help'], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' } }), 0).stdout;
    expect(lcAll).toMatch(/^Usage: /);
  });

  it('a data dir that is a file: its settings warning in Chinese, and the command still runs', async () => {
    const file = path.join(tempDir(), 'not-a-dir');
    writeFileSync(file, 'x');
    const result = expectExit(await runInProcess(['stats'], { env: { LANG: 'zh_CN.UTF-8' }, dataDir: file }), 0);
    expect(result.stderr).toContain(`无法使用设置文件 ${path.join(file, 'config.json')}（ENOTDIR）；改用默认设置`);
    expect(result.stderr).not.toMatch(/cannot (use|read)/);
    const missing = expectExit(await runInProcess(['--data-dir'], { env: { LANG: 'zh_CN.UTF-8' }, dataDir: false }), 2);
    expect(missing.stderr).toContain("选项 '--data-dir <目录>' 缺少值");
  });

  it('reset on a non-terminal says how in Chinese, and keeps exit 2', async () => {
    const result = expectExit(await runInProcess(['reset'], { env: { LANG: 'zh_CN.UTF-8' } }), 2);
    expect(result.stderr).toBe('k8s-quiz: reset 需要确认；输入不是终端时请加上 --yes\n');
  });
});

describe('the reset prompt in Chinese', () => {
  it('asks with a Chinese hint, takes n (or 否) and says nothing changed', async () => {
    for (const answer of ['n', '否']) {
      const run = startInProcess(['reset', '--lang', 'zh'], { isTTY: true, columns: 80 });
      await run.waitFor('（y 确认，n 或直接回车取消）');
      expect(stripVTControlCharacters(run.stdout())).toContain('清空答题记录，重新开始？');
      expect(run.stdout()).not.toContain('y/N');
      run.write(`${answer}\r`);
      const result = expectExit(await run.done, 0);
      expect(stripVTControlCharacters(result.stdout)).toContain('› 清空答题记录，重新开始？');
      expect(stripVTControlCharacters(result.stdout)).toContain('否');
      expect(result.stdout).toContain('没有改动。');
    }
  });

  it('in English the hint stays (y/N)', async () => {
    const run = startInProcess(['reset', '--lang', 'en'], { isTTY: true, columns: 80 });
    await run.waitFor('(y/N)');
    run.write('\r');
    const result = expectExit(await run.done, 0);
    expect(result.stdout).toContain('Nothing changed.');
  });
});

/** The program as main builds it, in `lang`, without running anything. */
function program(lang: 'en' | 'zh') {
  const runtime = idleRuntime();
  return buildProgram(runtime, { lang });
}

/** A commander placeholder left in English: `[options]`, `<dir>`, `[paths...]` (`<shell>` and `<ID...>` are the words for them). */
const ENGLISH_PLACEHOLDER = /[<[](?!shell\b|ID\b)[A-Za-z][\w-]*(\.\.\.)?[>\]]/;

describe("commander's placeholders", () => {
  it('every placeholder the program uses has a Chinese name (shell stays shell)', () => {
    const names = new Set(['options', 'command']);
    const add = (text: string) => {
      for (const found of text.matchAll(/[<[]([\w-]+)(?:\.\.\.)?[>\]]/g)) names.add(found[1] as string);
    };
    const all = program('zh');
    for (const cmd of [all, ...all.commands]) {
      for (const option of cmd.options) add(option.flags);
      for (const argument of cmd.registeredArguments) names.add(argument.name());
    }
    const zh = messages('zh').cli.placeholder;
    const untranslated = [...names].filter((name) => name !== 'shell' && (zh(name) === name || /[A-Za-z]/.test(zh(name).replace(/^ID$/, ''))));
    expect(untranslated).toEqual([]);
    expect([...names].every((name) => messages('en').cli.placeholder(name) === name)).toBe(true);
  });

  it('Chinese help of every command: usage line, commands, options and arguments name them in Chinese', async () => {
    const names = ['', ...program('zh').commands.map((c) => c.name()), 'help'];
    for (const name of names) {
      const args = name ? [name, '--help'] : ['--help'];
      const help = expectExit(await runInProcess(args, { env: { LANG: 'zh_CN.UTF-8', TERM: 'dumb' } }), 0).stdout;
      expect(help, args.join(' ')).toMatch(/^用法：k8s-quiz /);
      expect(help, `${args.join(' ')}\n${help}`).not.toMatch(ENGLISH_PLACEHOLDER);
    }
    const top = expectExit(await runInProcess(['--help'], { env: { LANG: 'zh_CN.UTF-8' } }), 0).stdout;
    for (const text of ['--data-dir <目录>', 'quiz [选项] [路径...]', 'config <操作> [设置项] [值]', 'completion <shell>', 'help [命令]', 'cache <操作>']) expect(top).toContain(text);
    const config = expectExit(await runInProcess(['config', '--help'], { env: { LANG: 'zh_CN.UTF-8' } }), 0).stdout;
    expect(config).toMatch(/^用法：k8s-quiz config \[选项\] <操作> \[设置项\] \[值\]\n/);
    expect(config).toMatch(/\n {2}操作 +get、set/);
    const quiz = expectExit(await runInProcess(['quiz', '--help'], { env: { LANG: 'zh_CN.UTF-8' } }), 0).stdout;
    for (const text of ['-n, --count <数字>', '-t, --type <题型>', '--topic <文字>', '--seed <数字>', '--lang <语言>']) expect(quiz).toContain(text);
    const flagged = expectExit(await runInProcess(['flagged', '--help'], { env: { LANG: 'zh_CN.UTF-8' } }), 0).stdout;
    expect(flagged).toContain('--unflag <ID...>');
    const sync = expectExit(await runInProcess(['sync', '--help'], { env: { LANG: 'zh_CN.UTF-8' } }), 0).stdout;
    expect(sync).toContain('--init <远程仓库>');
  });

  it('Chinese terms are measured in columns: descriptions still line up', async () => {
    const help = expectExit(await runInProcess(['--help'], { env: { LANG: 'zh_CN.UTF-8' } }), 0).stdout;
    const options = help.slice(help.indexOf('选项：'), help.indexOf('命令：'));
    // Where the description starts, in columns, on each line that has a term and a description.
    const starts = options
      .split('\n')
      .filter((l) => /^ {2}-/.test(l))
      .map((l) => stringWidth(/^ {2}\S.*?\S {2,}/.exec(l)?.[0] ?? ''));
    expect(starts.length).toBeGreaterThan(3);
    expect(new Set(starts).size, options).toBe(1);
  });

  it('English keeps what commander prints', async () => {
    const top = expectExit(await runInProcess(['--help'], { env: { LANG: 'C' } }), 0).stdout;
    expect(top).toMatch(/^Usage: k8s-quiz \[options\] \[command\]\n/);
    for (const text of ['--data-dir <dir>', 'quiz [options] [paths...]', 'config <action> [key] [value]', 'completion <shell>', 'help [command]']) expect(top).toContain(text);
    const quiz = expectExit(await runInProcess(['quiz', '--help'], { env: { LANG: 'C' } }), 0).stdout;
    expect(quiz).toContain('-n, --count <n>');
    expect(quiz).toMatch(/\n {2}paths +note files or folders/);
    const missing = expectExit(await runInProcess(['config'], { env: { LANG: 'C' } }), 2);
    expect(missing.stderr).toContain("k8s-quiz: missing required argument 'action'");
  });
});

describe('what --help says a command does', () => {
  it('history lists the answers (exporting is an option), config says what count is', async () => {
    const en = expectExit(await runInProcess(['--help', '--lang', 'en'], {}), 0).stdout.replace(/\s+/g, ' ');
    expect(en).toContain('list every recorded answer, or export it with --csv or --json');
    expect(en).toContain('count (questions per session)');
    const zh = expectExit(await runInProcess(['--help', '--lang', 'zh'], {}), 0).stdout.replace(/\s+/g, '');
    expect(zh).toContain('列出所有答题记录，也可以用--csv或--json导出');
    expect(zh).toContain('count（每次出题数）');
  });
});
