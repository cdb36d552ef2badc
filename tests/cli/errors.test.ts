import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEL, EN_NOTES, ESC, cliOk, expectExit, input, questionsJson } from './answers.js';
import { ROOT, runInProcess as cli, tempDir, type Result } from '../support/cli.js';
import { messages } from '../../src/ui/messages.js';

// Usage errors, unreadable notes, hostile notes, colour. (A closed pipe needs a real
// process: tests/e2e/real-process.test.ts.)

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const OBJECTS = `## Objects

- Pod: the smallest unit Kubernetes schedules onto a node
- Deployment: keeps a set of identical Pods running and rolls out changes
- Service: a stable address in front of a changing set of Pods
- Ingress: routes HTTP traffic from outside into Services
`;

describe('usage errors', () => {
  it('a quiz on a non-TTY stdin without --plain exits 2 and says to use --plain', async () => {
    const dataDir = tempDir();
    const commands = [['quiz', EN_NOTES], [EN_NOTES], ['interview', EN_NOTES], ['drill', EN_NOTES]];
    const results = await Promise.all(commands.map((args) => cli(args, { dataDir, input: '1\n' })));
    for (const [i, args] of commands.entries()) {
      const result = results[i] as Result;
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain('--plain');
      expect(result.stdout, args.join(' ')).toBe('');
    }
    expect(existsSync(path.join(dataDir, 'history.jsonl')), 'nothing recorded').toBe(false);
  });

  it('a mistyped command is caught and the right one suggested, not read as a notes path', async () => {
    const result = await cli(['stat', '--plain'], { dataDir: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'stat' (did you mean stats?)");
  });

  it('a --topic that matches nothing says so, rather than blaming the notes', async () => {
    const dataDir = tempDir();
    const result = await cli(['quiz', '--plain', '--topic', 'no-such-topic-anywhere', EN_NOTES], { dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--topic "no-such-topic-anywhere"');
    expect(result.stderr).not.toContain('No questions could be made');
  });

  it('notes in a language the program does not read give no quiz, and the message points at check, which says why', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'ko.md');
    writeFileSync(file, '## 구성 요소\n\n- HAProxy: 단일 진입점으로 여러 API 서버에 요청을 나누어 보내는 로드 밸런서입니다\n- Keepalived: 가상 IP를 두 노드 사이에서 옮겨 주어 한쪽이 죽어도 접속이 유지됩니다\n- etcd: 클러스터의 모든 상태를 저장하는 분산 키-값 저장소이며 과반수가 살아 있어야 합니다\n');
    const quiz = await cli(['quiz', '--plain', file], { dataDir });
    expect(quiz.code).toBe(1);
    expect(quiz.stderr).toContain('k8s-quiz check');
    const check = await cli(['check', file], { dataDir });
    expect(check.stdout).toMatch(/written\s+in\s+a\s+language\s+other\s+than\s+English\s+or\s+Chinese/);
  });

  it('an unknown option, a bad --count and a bad --type exit 2 with a message', async () => {
    const dataDir = tempDir();
    const cases: [string[], RegExp][] = [
      [['--bogus'], /bogus/],
      [['quiz', '--plain', '--frobnicate', EN_NOTES], /frobnicate/],
      [['quiz', '--plain', '--count', '0', EN_NOTES], /--count/],
      [['quiz', '--plain', '--count', 'abc', EN_NOTES], /--count/],
      [['questions', '--count', '-3', EN_NOTES], /count|-3/],
      [['questions', '--type', 'define,frob', EN_NOTES], /--type[\s\S]*frob/],
      [['quiz', '--plain', '--type', '', EN_NOTES], /--type/],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(args, { dataDir, input: '' })));
    for (const [i, [args, message]] of cases.entries()) {
      const result = results[i] as Result;
      expect(result.code, `${args.join(' ')}\n${result.stderr}`).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stdout, args.join(' ')).toBe('');
    }
  });

  it('--version before and after a command, and --help lists the commands', async () => {
    const dataDir = tempDir();
    const versions = [['--version'], ['banks', '--version'], ['quiz', '--version']];
    const [help, ...results] = await Promise.all([cli(['--help'], { dataDir }), ...versions.map((args) => cli(args, { dataDir }))]);
    for (const [i, args] of versions.entries()) {
      const result = expectExit(results[i] as Result, 0);
      expect(result.stdout.trim(), args.join(' ')).toBe(VERSION);
    }
    expectExit(help as Result, 0);
    for (const command of ['quiz', 'interview', 'drill', 'banks', 'questions', 'stats', 'history', 'config', 'reset']) {
      expect(help?.stdout, command).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
    expect(help?.stdout).toContain('--data-dir');
  });
});

describe('notes that cannot be read', () => {
  it('a nonexistent path exits 1 and names the path', async () => {
    const dataDir = tempDir();
    const missing = path.join(tempDir(), 'nowhere', 'k8s.md');
    const results = await Promise.all(['banks', 'questions'].map((command) => cli([command, missing], { dataDir })));
    for (const [i, command] of ['banks', 'questions'].entries()) {
      const result = results[i] as Result;
      expect(result.code, command).toBe(1);
      expect(result.stderr, command).toContain(missing);
    }
  });

  it('a nonexistent path beside a good file: exit 0, a warning naming the bad path, questions from the good file', async () => {
    const dataDir = tempDir();
    const missing = path.join(tempDir(), 'missing.md');
    const [qs, text, quiz, banks] = await Promise.all([
      questionsJson(['--count', '8', '--seed', '1', missing, EN_NOTES], dataDir),
      cliOk(['questions', '--count', '8', '--seed', '1', missing, EN_NOTES], { dataDir }),
      cliOk(['quiz', '--plain', '--count', '2', '--seed', '1', missing, EN_NOTES], { dataDir, input: '\n\n' }),
      cliOk(['banks', '--json', missing, EN_NOTES], { dataDir }),
    ]);
    expect(qs).toHaveLength(8);
    for (const q of qs) expect(path.resolve(ROOT, q.source.file)).toBe(EN_NOTES);
    expect(text.stderr).toContain(missing);
    expect(text.stdout).toContain(qs[0]?.prompt.split('\n')[0] as string);
    expect(quiz.stderr).toContain(missing);
    expect(quiz.stdout).toContain('[2/2]');
    expect(banks.stderr).toContain(missing);
    const doc = JSON.parse(banks.stdout) as { warnings: { file: string }[]; sources: { file: string }[] };
    expect(doc.warnings.map((w) => w.file).join('\n')).toContain(missing);
    expect(doc.sources.map((s) => path.resolve(ROOT, s.file))).toEqual([EN_NOTES]);
  });

  it('questions --json also names an unreadable path on stderr (stdout stays pure JSON)', async () => {
    // --json has no room for warnings in its array, so stderr is the only place a script or a
    // person can learn that one of the paths was not read.
    const dataDir = tempDir();
    const missing = path.join(tempDir(), 'missing.md');
    const result = expectExit(await cli(['questions', '--json', '--count', '3', '--seed', '1', missing, EN_NOTES], { dataDir }), 0);
    expect(JSON.parse(result.stdout)).toHaveLength(3);
    expect(result.stderr).toContain(missing);
  });

  it('an empty folder exits 1 and names the folder', async () => {
    const dataDir = tempDir();
    const empty = tempDir('k8s-quiz-empty-');
    const result = await cli(['banks', empty], { dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(empty);
  });

  it('a binary file is reported, not read; beside a good file the good one is used', async () => {
    const dataDir = tempDir();
    const dir = tempDir('k8s-quiz-binary-');
    const binary = path.join(dir, 'image.md');
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37 + 11) % 256;
    writeFileSync(binary, bytes);
    const alone = await cli(['banks', binary], { dataDir });
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain(binary);
    expect(alone.stderr).toMatch(/binary/i);
    const good = path.join(dir, 'good.md');
    writeFileSync(good, OBJECTS);
    const both = expectExit(await cli(['banks', '--json', dir], { dataDir }), 0);
    expect(both.stderr).toContain(binary);
    const doc = JSON.parse(both.stdout) as { sources: { file: string }[]; banks: unknown[] };
    expect(doc.sources.map((s) => path.resolve(ROOT, s.file))).toEqual([good]);
    expect(doc.banks.length).toBeGreaterThan(0);
  });
});

describe('hostile notes', () => {
  it('escape and OSC sequences in the notes never reach stdout or stderr', async () => {
    const dataDir = tempDir();
    const dir = tempDir('k8s-quiz-esc-');
    const file = path.join(dir, 'evil.md');
    writeFileSync(
      file,
      [
        '---',
        'title: "evil \u001b]0;pwned\u0007 notes"',
        '---',
        '',
        '## Objects \u001b[31mred\u001b[0m',
        '',
        '- \u001b]0;pwned\u0007Pod: the smallest \u001b[31munit\u001b[0m Kubernetes schedules',
        '- Deployment\u001b[2J: keeps identical Pods \u001b]8;;http://example.com\u001b\\running\u001b]8;;\u001b\\ and rolls out changes',
        '- Service: a stable \u0007address in front of a set of Pods',
        '- \u001b[1AIngress\u001b[31m: routes HTTP traffic into Services',
        '- ConfigMap: plain configuration \u009b31m handed to Pods',
        '',
        'Rollout steps:',
        '1. build the \u001b[31mimage',
        '2. push the image \u001b]0;pwned\u0007to the registry',
        '3. apply the manifest',
        '',
        '### What is a Pod\u001b[5m?',
        '',
        'A group of containers \u001b[41mthat share\u001b[0m a network namespace.',
        '',
      ].join('\n'),
    );
    const outputs: [string, string, string][] = [];
    const run = async (args: string[], stdin = '') => {
      const result = await cli(args, { dataDir, input: stdin });
      outputs.push([args.join(' '), result.stdout, result.stderr]);
      return result;
    };
    const [banksJson, banksText, qs, questionsText] = await Promise.all([
      run(['banks', '--json', file]),
      run(['banks', file]),
      questionsJson(['--count', '50', '--seed', '1', '--lang', 'en', file], dataDir),
      run(['questions', '--count', '50', '--seed', '1', file]),
    ]);
    for (const result of [banksJson, banksText, questionsText]) expectExit(result, 0);
    const banks = JSON.parse(banksJson.stdout) as { banks: { entries?: { term: string }[] }[] };
    expect(qs.length).toBeGreaterThan(3);
    const quiz = expectExit(await run(['quiz', '--plain', '--count', '50', '--seed', '1', '--lang', 'en', file], input(qs.flatMap(() => ['1', '1 2 3', 'x', '']))), 0);
    expect(quiz.stdout).toContain(`[${qs.length}/${qs.length}]`);
    for (const result of await Promise.all([run(['history', '--csv']), run(['history']), run(['stats'])])) expectExit(result, 0);
    // The terms are still recognised once the sequences are gone.
    const terms = banks.banks.flatMap((b) => b.entries ?? []).map((e) => e.term);
    expect(terms).toEqual(expect.arrayContaining(['Pod', 'Deployment', 'Service', 'Ingress']));
    outputs.push(['questions --json', JSON.stringify(qs), '']);
    for (const [what, stdout, stderr] of outputs) {
      for (const [stream, text] of [['stdout', stdout], ['stderr', stderr]] as const) {
        expect(text.includes(ESC), `${what}: ESC on ${stream}`).toBe(false);
        expect(text.includes(BEL), `${what}: BEL on ${stream}`).toBe(false);
        expect(text.includes('\u009b'), `${what}: C1 CSI on ${stream}`).toBe(false);
        // JSON would carry them escaped.
        expect(/\\u001b|\\u0007|\\u009b/i.test(text), `${what}: escaped control character on ${stream}`).toBe(false);
      }
    }
  });

  it('JavaScript front matter is refused with a warning and never run', async () => {
    const dataDir = tempDir();
    const dir = tempDir('k8s-quiz-js-');
    const targets = ['js', 'javascript'].map((lang) => {
      const marker = path.join(dir, `ran-${lang}.txt`);
      const file = path.join(dir, `${lang}.md`);
      writeFileSync(file, `---${lang}\n{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned') || 'x' }\n---\n\n${OBJECTS}`);
      return { file, marker };
    });
    // Also through an import that does not rely on `require` being in scope.
    const esm = path.join(dir, 'ran-esm.txt');
    writeFileSync(
      path.join(dir, 'js-process.md'),
      `---js\n{ title: process.mainModule && process.mainModule.require('fs').writeFileSync(${JSON.stringify(esm)}, 'pwned') }\n---\n\n${OBJECTS}`,
    );
    const commands = [['banks'], ['questions', '--count', '3'], ['banks', '--json']];
    const results = await Promise.all(commands.map((command) => cli([...command, dir], { dataDir })));
    for (const [i, command] of commands.entries()) {
      const result = expectExit(results[i] as Result, 0);
      for (const { file, marker } of targets) {
        expect(existsSync(marker), `${command.join(' ')} ran the front matter of ${file}`).toBe(false);
        expect(result.stderr, command.join(' ')).toContain(file);
      }
      expect(existsSync(esm), command.join(' ')).toBe(false);
    }
  });

  it('malformed YAML front matter: a warning with file:line, and the body is still quizzed', async () => {
    const dataDir = tempDir();
    const dir = tempDir('k8s-quiz-yaml-');
    const file = path.join(dir, 'broken.md');
    writeFileSync(file, `---\ntitle: [unclosed\ntags: : :\n---\n\n${OBJECTS}`);
    const [banksResult, qs, quizResult] = await Promise.all([
      cli(['banks', '--json', file], { dataDir }),
      questionsJson(['--count', '3', '--seed', '1', '--lang', 'en', file], dataDir),
      cli(['quiz', '--plain', '--count', '3', '--seed', '1', '--lang', 'en', file], { dataDir, input: '\n\n\n' }),
    ]);
    const banks = expectExit(banksResult, 0);
    expect(banks.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:[1-4]\\b`));
    const doc = JSON.parse(banks.stdout) as { warnings: { file: string; line: number }[]; banks: { entries?: { term: string }[] }[] };
    const warning = doc.warnings.find((w) => path.resolve(ROOT, w.file) === file);
    expect(warning, 'a warning for the file').toBeDefined();
    expect(warning?.line).toBeGreaterThanOrEqual(1);
    expect(warning?.line).toBeLessThanOrEqual(4);
    expect(doc.banks.flatMap((b) => b.entries ?? []).map((e) => e.term)).toEqual(['Pod', 'Deployment', 'Service', 'Ingress']);
    expect(qs).toHaveLength(3);
    const quiz = expectExit(quizResult, 0);
    expect(quiz.stdout).toContain('[3/3]');
    expect(quiz.stderr).toContain(file);
  });
});

describe('colour', () => {
  it('no colour when output is not a terminal, even without NO_COLOR', async () => {
    const dataDir = tempDir();
    const env = { NO_COLOR: undefined, TERM: 'xterm-256color', COLORTERM: 'truecolor' };
    const missing = path.join(tempDir(), 'missing.md');
    const results = await Promise.all([
      cli(['banks', missing, EN_NOTES], { dataDir, env }),
      cli(['quiz', '--plain', '--count', '4', '--seed', '2', missing, EN_NOTES], { dataDir, env, input: '1\n\nx\n1\n' }),
      cli(['quiz', EN_NOTES], { dataDir, env, input: '1\n' }),
      cli(['questions', '--count', '3', EN_NOTES], { dataDir, env }),
      cli(['--help'], { dataDir, env }),
    ]);
    for (const result of results) {
      expect(result.stdout + result.stderr).not.toBe('');
      expect(result.stdout.includes(ESC), result.stdout).toBe(false);
      expect(result.stderr.includes(ESC), result.stderr).toBe(false);
    }
    const stats = await cli(['stats'], { dataDir, env });
    expect(stats.stdout).toMatch(/\d+ answers?\b/);
    expect(stats.stdout.includes(ESC) || stats.stderr.includes(ESC)).toBe(false);
  });
});

describe('the data dir', () => {
  it('the data dir is created when missing', async () => {
    const dataDir = path.join(tempDir(), 'deep', 'er');
    mkdirSync(path.dirname(dataDir), { recursive: true });
    expectExit(await cli(['quiz', '--plain', '--count', '2', '--seed', '1', EN_NOTES], { dataDir, input: '\n\n' }), 0);
    expect(existsSync(path.join(dataDir, 'history.jsonl'))).toBe(true);
  });
});

describe('errors in Chinese', () => {
  const zh = messages('zh');

  it("commander's messages, with their suggestion line", () => {
    expect(zh.errorText("unknown option '--bogus'")).toBe("未知选项 '--bogus'");
    expect(zh.errorText("unknown option '--cout'\n(Did you mean --count?)")).toBe("未知选项 '--cout'\n（你是不是想用 --count？）");
    expect(zh.errorText("unknown command 'x'\n(Did you mean one of a, b?)")).toBe("未知命令 'x'\n（你是不是想用 a、b 之一？）");
    // Placeholders as Chinese help names them.
    expect(zh.errorText("missing required argument 'action'")).toBe("缺少必需的参数 '操作'");
    expect(zh.errorText("option '--data-dir <dir>' argument missing")).toBe("选项 '--data-dir <目录>' 缺少值");
    expect(zh.errorText("too many arguments for 'stats'. Expected 0 arguments but got 1.")).toBe("'stats' 的参数太多：应有 0 个，实际有 1 个。");
    expect(zh.errorText("command-argument value 'x' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.")).toBe(
      "参数 'shell' 的值 'x' 无效。可选的值：bash、zsh、fish。",
    );
  });

  it('errors thrown in English below the command line; anything unknown stays as written; English is untouched', () => {
    expect(zh.errorText('no notes could be read from a, b')).toBe('无法从 a, b 读取任何笔记');
    expect(zh.errorText('input is not a terminal: add --plain to answer one line at a time (see --help)')).toContain('--plain');
    expect(zh.errorText('input is not a terminal: add --plain to answer one line at a time (see --help)')).toMatch(/^输入不是终端/);
    expect(zh.errorText('lang must be one of auto, en, zh (got "fr")')).toBe('lang 只能是 auto、en、zh 之一（收到的是「fr」）');
    expect(zh.errorText('interrupted')).toBe('已中断');
    expect(zh.errorText('something new')).toBe('something new');
    expect(messages('en').errorText("unknown option '--bogus'")).toBe("unknown option '--bogus'");
  });

  it('a command error before the notes are read, in the locale language; exit codes kept', async () => {
    const env = { LANG: 'zh_CN.UTF-8' };
    const [plain, config, json] = await Promise.all([
      cli(['quiz', EN_NOTES], { env, input: '1\n' }),
      cli(['config', 'set', 'lang', 'fr'], { env }),
      cli(['history', '--json', '--csv'], { env }),
    ]);
    expect(expectExit(plain, 2).stderr).toBe('k8s-quiz: 输入不是终端：加上 --plain 可以一行一行地作答（见 --help）\n');
    expect(expectExit(config, 2).stderr).toBe('k8s-quiz: lang 只能是 auto、en、zh 之一（收到的是「fr」）\n');
    expect(expectExit(json, 2).stderr).toBe('k8s-quiz: --json 和 --csv 只能选一个\n');
  });
});
