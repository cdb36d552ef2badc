import { spawnSync } from 'node:child_process';
import stringWidth from 'string-width';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { completionSpec } from '../../src/cli/commands/completion.js';
import { QUESTION_TYPES } from '../../src/core/types.js';
import { bashScript } from '../../src/formats/completion.js';
import { KEYS } from '../../src/io/settings.js';
import { expectExit } from './answers.js';
import { idleRuntime, runInProcess, tempDir } from '../support/cli.js';

// `k8s-quiz completion bash|zsh|fish`. The bash script is run as bash runs it: its completion
// function called in a bash subprocess with COMP_WORDS / COMP_CWORD set, COMPREPLY read back.
// zsh and fish are checked for syntax, and run with their own tools when installed.

const has = (shell: string): boolean => spawnSync(shell, ['--version'], { stdio: 'ignore' }).status === 0;
const HAVE_BASH = has('bash');
const HAVE_ZSH = has('zsh');
const HAVE_FISH = has('fish');
for (const [shell, here] of [
  ['bash', HAVE_BASH],
  ['zsh', HAVE_ZSH],
  ['fish', HAVE_FISH],
] as const) {
  if (!here) console.warn(`note: the ${shell} completion tests that run ${shell} are skipped: ${shell} is not installed`);
}

async function script(shell: string, env: Record<string, string> = {}): Promise<string> {
  const result = expectExit(await runInProcess(['completion', shell], { dataDir: false, env }), 0);
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** A folder to complete paths in: notes, a folder of notes, and files that are not notes. */
function workspace(): string {
  const dir = tempDir('complete-');
  mkdirSync(path.join(dir, 'notes', 'k8s'), { recursive: true });
  writeFileSync(path.join(dir, 'notes', 'pods.md'), '# Pods\n');
  writeFileSync(path.join(dir, 'notes', 'storage.markdown'), '# Storage\n');
  writeFileSync(path.join(dir, 'notes', 'todo.txt'), 'not a note\n');
  writeFileSync(path.join(dir, 'nothing.json'), '{}\n');
  return dir;
}

describe('completion scripts', () => {
  it('prints a script for each shell; an unknown shell is a usage error', async () => {
    expect(await script('bash')).toContain('complete -F _k8s_quiz k8s-quiz');
    expect(await script('zsh')).toMatch(/^#compdef k8s-quiz\n/);
    expect(await script('fish')).toContain('complete -c k8s-quiz');
    const bad = expectExit(await runInProcess(['completion', 'powershell'], { dataDir: false }), 2);
    expect(bad.stderr).toContain('bash, zsh, fish');
    expectExit(await runInProcess(['completion'], { dataDir: false }), 2);
  });

  it('reads commands, options and values from the program: a command added to it is completed too', () => {
    const runtime = idleRuntime();
    const program = buildProgram(runtime);
    program.command('brand-new').description('a command nobody told completion about').option('--shiny <file>', 'a file');
    const spec = completionSpec(program);
    const names = spec.commands.map((c) => c.name);
    for (const name of ['quiz', 'interview', 'drill', 'banks', 'check', 'questions', 'stats', 'history', 'flagged', 'config', 'reset', 'export', 'completion', 'help', 'brand-new']) {
      expect(names).toContain(name);
    }
    expect(spec.defaultCommand).toBe('quiz');
    const brandNew = spec.commands.find((c) => c.name === 'brand-new');
    expect(brandNew?.options).toEqual([{ long: '--shiny', description: 'a file', value: { kind: 'files' } }]);
    const quiz = spec.commands.find((c) => c.name === 'quiz');
    expect(quiz?.options.find((o) => o.long === '--type')?.value).toEqual({ kind: 'words', words: [...QUESTION_TYPES], list: true });
    expect(quiz?.options.find((o) => o.long === '--lang')?.value).toEqual({ kind: 'words', words: ['en', 'zh'] });
    expect(quiz?.args).toEqual([{ value: { kind: 'notes' }, variadic: true }]);
    expect(spec.commands.find((c) => c.name === 'export')?.options.find((o) => o.long === '--format')?.value).toEqual({ kind: 'words', words: ['anki', 'csv', 'json'] });
    expect(spec.globalOptions.map((o) => o.long)).toEqual(expect.arrayContaining(['--data-dir', '--no-color', '--help', '--version']));
    expect(bashScript(spec)).toContain("'brand-new') cmd='brand-new'");
  });
});

describe.skipIf(!HAVE_BASH)('the bash completion function, run by bash', () => {
  let file = '';
  let cwd = '';
  beforeAll(async () => {
    cwd = workspace();
    file = path.join(tempDir('script-'), 'k8s-quiz.bash');
    writeFileSync(file, await script('bash'));
  });

  /** What the completion function offers for the words typed, the last being the one completed. */
  function complete(...words: string[]): string[] {
    const program = [
      'source "$1"; shift',
      'COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=()',
      '_k8s_quiz',
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n');
    const result = spawnSync('bash', ['--norc', '--noprofile', '-c', program, 'bash', file, 'k8s-quiz', ...words], { cwd, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return result.stdout.split('\n').filter(Boolean).sort();
  }

  it('is valid bash', () => {
    expect(spawnSync('bash', ['-n', file]).status).toBe(0);
  });

  it('completes command names', () => {
    expect(complete('ex')).toEqual(['export']);
    expect(complete('co')).toEqual(['completion', 'config']);
    expect(complete('help', 'dr')).toEqual(['drill']);
  });

  it("completes a command's options, and the options that go anywhere", () => {
    expect(complete('export', '--fo')).toEqual(['--format']);
    expect(complete('export', '--t')).toEqual(['--topic', '--type']);
    expect(complete('stats', '--j')).toEqual(['--json']);
    expect(complete('stats', '--data')).toEqual(['--data-dir']);
    // Before any command: the default command's options (`k8s-quiz --count 5` is a quiz).
    expect(complete('--pl')).toEqual(['--plain']);
  });

  it('completes --type with every question type, item by item in a comma-separated list', () => {
    expect(complete('quiz', '--type', '')).toEqual([...QUESTION_TYPES].sort());
    expect(complete('quiz', '--type', 'de')).toEqual(['define']);
    expect(complete('-t', 'define,or')).toEqual(['define,order']);
    // bash splits `--type=de` at the =; the value after it is completed.
    expect(complete('questions', '--type', '=', 'mu')).toEqual(['multi']);
    expect(complete('questions', '--type=mu')).toEqual(['--type=multi']);
  });

  it('completes --format, --lang, config actions, keys and values, and the shells', () => {
    expect(complete('export', '--format', '')).toEqual(['anki', 'csv', 'json']);
    expect(complete('export', 'notes', '--lang', '')).toEqual(['en', 'zh']);
    expect(complete('config', '')).toEqual(['get', 'list', 'set', 'unset']);
    expect(complete('config', 'set', '')).toEqual([...KEYS].sort());
    expect(complete('config', 'set', 'lang', '')).toEqual(['auto', 'en', 'zh']);
    expect(complete('completion', '')).toEqual(['bash', 'fish', 'zsh']);
    // A value to type freely: nothing is offered, not even files.
    expect(complete('quiz', '--count', '')).toEqual([]);
  });

  it('completes note paths: folders and markdown files, not other files', () => {
    expect(complete('no')).toEqual(['notes']);
    expect(complete('banks', 'notes/')).toEqual(['notes/k8s', 'notes/pods.md', 'notes/storage.markdown']);
    // The default command takes paths after its options, and after other paths.
    expect(complete('--count', '5', 'notes/p')).toEqual(['notes/pods.md']);
    expect(complete('quiz', 'notes/pods.md', 'notes/s')).toEqual(['notes/storage.markdown']);
    expect(complete('config', 'set', 'notes', 'notes/p')).toEqual(['notes/pods.md']);
    // Not the folders the program skips, nor hidden ones unless a dot is typed.
    for (const skipped of ['.git', '.ci', 'node_modules', '__pycache__']) mkdirSync(path.join(cwd, skipped), { recursive: true });
    expect(complete('quiz', '')).toEqual(['notes']);
    expect(complete('quiz', '.c')).toEqual(['.ci']);
    expect(complete('banks', 'node')).toEqual([]);
    // Where a file is written or a folder is meant, any file or only folders.
    expect(complete('export', '-o', 'not')).toEqual(['notes', 'nothing.json']);
    expect(complete('--data-dir', 'not')).toEqual(['notes']);
  });
});

describe('the zsh completion script', () => {
  it('registers itself and runs as a function from $fpath', async () => {
    const text = await script('zsh');
    expect(text).toContain('compdef _k8s-quiz k8s-quiz');
    expect(text).toContain(`compset -P '*,'; compadd -S '' -- ${QUESTION_TYPES.map((t) => `'${t}'`).join(' ')}`);
    expect(text).toContain("_files -g '*.(md|markdown)'");
    expect(text).toContain("(-f|--format) compadd -- 'anki' 'csv' 'json'");
  });

  it.skipIf(!HAVE_ZSH)('is valid zsh, and offers what bash offers (compsys stood in for by functions that print)', async () => {
    const file = path.join(tempDir('script-'), '_k8s-quiz');
    writeFileSync(file, await script('zsh'));
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
    // compadd, _describe, _files and compset are compsys's; here each prints what it was given.
    const program = [
      'compdef() { : }',
      'compadd() { while [[ $1 == -* && $1 != -- ]]; do [[ $1 == -S ]] && shift; shift; done; [[ $1 == -- ]] && shift; print -r -- "values $*" }',
      '_describe() { local n; for n in ${(P)4}; do print -r -- "${3} ${n%%:*}"; done }',
      '_files() { print -r -- "files $*" }',
      '_message() { : }',
      'compset() { : }',
      'source "$1"; shift',
      'words=("$@"); CURRENT=$#',
      '_k8s-quiz',
    ].join('\n');
    const run = (...words: string[]) => {
      const result = spawnSync('zsh', ['-f', '-c', program, 'zsh', file, 'k8s-quiz', ...words], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return result.stdout.split('\n').filter(Boolean);
    };
    expect(run('ex')).toEqual(expect.arrayContaining(['command export', 'files -g *.(md|markdown)']));
    expect(run('export', '--fo')).toContain('option --format');
    expect(run('quiz', '--type', '')).toEqual([`values ${QUESTION_TYPES.join(' ')}`]);
    expect(run('quiz', '--type=de')).toEqual([`values ${QUESTION_TYPES.join(' ')}`]);
    expect(run('config', 'set', 'lang', '')).toEqual(['values auto en zh']);
    expect(run('--data-dir', '')).toEqual(['files -/']);
  });
});

describe('the fish completion script', () => {
  it('completes commands, --type values and note paths', async () => {
    const text = await script('fish');
    expect(text).toContain("complete -c k8s-quiz -n '__k8s_quiz_using -' -a 'export'");
    expect(text).toContain(`(__k8s_quiz_list ${QUESTION_TYPES.join(' ')})`);
    expect(text).toContain("for f in $token*.md $token*.markdown");
  });

  it.skipIf(!HAVE_FISH)('is valid fish, and fish completes with it', async () => {
    const file = path.join(tempDir('script-'), 'k8s-quiz.fish');
    writeFileSync(file, await script('fish'));
    expect(spawnSync('fish', ['--no-execute', file]).status).toBe(0);
    const cwd = workspace();
    const run = (line: string): string[] => {
      const result = spawnSync('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', file, line], { cwd, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return result.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0] as string)
        .sort();
    };
    expect(run('k8s-quiz ex')).toEqual(['export']);
    expect(run('k8s-quiz export --fo')).toEqual(['--format']);
    expect(run('k8s-quiz quiz --type ')).toEqual([...QUESTION_TYPES].sort());
    expect(run('k8s-quiz -t define,or')).toEqual(['define,order']);
    expect(run('k8s-quiz config set ')).toEqual([...KEYS].sort());
    expect(run('k8s-quiz config set lang ')).toEqual(['auto', 'en', 'zh']);
    expect(run('k8s-quiz notes/')).toEqual(['notes/k8s/', 'notes/pods.md', 'notes/storage.markdown']);
  });
});

const ZH = { LANG: 'zh_CN.UTF-8', TERM: 'dumb' };
const EN = { LANG: 'C', TERM: 'dumb' };
/** English prose: three words in a row (`show help for`, `run compinit before`), outside `code`. */
const PROSE = /\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\b/;

/** The descriptions a fish script gives its completions (`-d '…'`). */
const fishDescriptions = (text: string): string[] => [...text.matchAll(/ -d '((?:[^'\\]|\\.)*)'/g)].map((d) => (d[1] as string).replace(/\\(.)/g, '$1'));
/** The `name:description` pairs of a zsh script's menus. */
const zshDescriptions = (text: string): string[] =>
  [...text.matchAll(/^ {2,}(?:local -a (?:opts|commands)=|opts\+=)\((.*)\)$/gm)].flatMap((line) => [...(line[1] as string).matchAll(/'([^']*)'/g)].map((d) => (d[1] as string).replace(/^[^:]*:/, '')));

describe('in the language of the run', () => {
  it('Chinese: every menu description, the menu headings and what zsh says itself are Chinese', async () => {
    const fish = await script('fish', ZH);
    const zsh = await script('zsh', ZH);
    const descriptions = [...fishDescriptions(fish), ...zshDescriptions(zsh)];
    expect(descriptions.length).toBeGreaterThan(50);
    for (const d of descriptions) {
      expect(d, d).toMatch(/\p{Script=Han}/u);
      expect(d.replace(/`[^`]*`/g, ''), d).not.toMatch(PROSE);
    }
    // commander's own help command and --help option, as the Chinese help names them.
    expect(fish).toContain("-a 'help' -d '显示命令的帮助'");
    expect(fish).toContain("-s h -l help -d '显示命令的帮助'");
    expect(zsh).toContain("'help:显示命令的帮助'");
    expect(zsh).toContain("_describe -t commands '命令' commands");
    expect(zsh).toContain("_describe -t options '选项' opts");
    expect(zsh).toContain("_message '值'");
    expect(zsh).toContain("print -u2 -r -- 'k8s-quiz：请先运行 compinit，再加载它的补全（autoload -Uz compinit && compinit）'");
    for (const english of ['show help', 'display help', 'run compinit', "'command'", "'option'", "'value'"]) {
      expect(fish + zsh).not.toContain(english);
    }
    // bash shows no descriptions: its script is the same in both languages.
    expect(await script('bash', ZH)).toBe(await script('bash', EN));
  });

  it('English: the help command and option as commander words them, headings and messages as before', async () => {
    const fish = await script('fish', EN);
    const zsh = await script('zsh', EN);
    expect(fish).toContain("-a 'help' -d 'display help for command'");
    expect(fish).toContain("-s h -l help -d 'display help for command'");
    expect(zsh).toContain("_describe -t commands 'command' commands");
    expect(zsh).toContain("_message 'value'");
    expect(zsh).toContain("print -u2 -r -- 'k8s-quiz: run compinit before loading its completion (autoload -Uz compinit && compinit)'");
    for (const d of [...fishDescriptions(fish), ...zshDescriptions(zsh)]) expect(d, d).not.toMatch(/\p{Script=Han}/u);
  });

  it('a description in a menu is at most 70 columns, Chinese counted two a character', async () => {
    for (const env of [ZH, EN]) {
      const all = [...fishDescriptions(await script('fish', env)), ...zshDescriptions(await script('zsh', env))];
      const widths = all.map((d) => stringWidth(d));
      expect(Math.max(...widths), all[widths.indexOf(Math.max(...widths))]).toBeLessThanOrEqual(70);
      expect(all.some((d) => d.endsWith('…'))).toBe(true);
    }
  });

  it.skipIf(!HAVE_ZSH)('zsh shows the Chinese headings', async () => {
    const file = path.join(tempDir('script-'), '_k8s-quiz');
    writeFileSync(file, await script('zsh', ZH));
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
    const program = [
      'compdef() { : }',
      '_describe() { local n; for n in ${(P)4}; do print -r -- "${3} ${n}"; done }',
      '_files() { : }',
      'source "$1"; shift',
      'words=("$@"); CURRENT=$#',
      '_k8s-quiz',
    ].join('\n');
    const result = spawnSync('zsh', ['-f', '-c', program, 'zsh', file, 'k8s-quiz', 'he'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('命令 help:显示命令的帮助');
    const before = spawnSync('zsh', ['-f', '-c', 'source "$1"', 'zsh', file], { encoding: 'utf8' });
    expect(before.stderr).toBe('k8s-quiz：请先运行 compinit，再加载它的补全（autoload -Uz compinit && compinit）\n');
  });

  it.skipIf(!HAVE_FISH)('fish shows the Chinese descriptions', async () => {
    const file = path.join(tempDir('script-'), 'k8s-quiz.fish');
    writeFileSync(file, await script('fish', ZH));
    const result = spawnSync('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', file, 'k8s-quiz he'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('help\t显示命令的帮助');
  });
});
