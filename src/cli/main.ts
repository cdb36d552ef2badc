import { Argument, Command, CommanderError, Option } from 'commander';
import type { App, GlobalOptions } from './app.js';
import type { QuizFlags } from './commands/quiz.js';
import { CliError, UsageError } from './errors.js';
import { earlyLang, langValue, minutesValue, positiveInt, seedValue, similarCommand, topicValue, typedOption, typesValue } from './options.js';
import type { ProcessLike, Runtime } from './runtime.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stripControlLine } from '../core/text/index.js';
import { QUESTION_TYPES, type Lang } from '../core/types.js';
import { resolveDataDir } from '../io/data-dir.js';
import { isValidValue, SETTINGS_FILE } from '../io/settings.js';
import { formatExamples, helpLayout } from '../ui/help.js';
import { terminalText, terminalWidth, wrap } from '../ui/layout.js';
import { labelled, messages, type Messages } from '../ui/messages.js';

// The only place that reads argv and sets the exit code. Commands load lazily so that
// `--version` and `banks` don't pay for prompts and markdown rendering.

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The examples after --help; what each does is in the message tables (`cli.examples`), in this order. */
const EXAMPLE_COMMANDS = [
  'k8s-quiz',
  'k8s-quiz ~/notes/k8s.md -n 20',
  'k8s-quiz -t order,define --topic Pod',
  'k8s-quiz interview --minutes 10',
  'k8s-quiz drill',
  'k8s-quiz banks ~/notes',
  'k8s-quiz config set notes ~/notes',
] as const;

export function runtimeFrom(proc: ProcessLike): Runtime {
  return {
    argv: proc.argv,
    env: proc.env,
    cwd: proc.cwd(),
    stdin: proc.stdin,
    stdout: proc.stdout,
    stderr: proc.stderr,
    now: () => new Date(),
    random: Math.random,
    onSignal: (signal, handler) => {
      proc.on(signal, handler);
      return () => proc.off(signal, handler);
    },
  };
}

/**
 * `config set lang` as the settings file holds it, read without side effects (a damaged file is
 * left for the command to deal with): --help and usage errors are said before any command runs.
 */
function langSetting(runtime: Runtime): unknown {
  try {
    const dir = resolveDataDir(typedOption(runtime.argv.slice(2), '--data-dir'), runtime.env, { cwd: runtime.cwd });
    const text = readFileSync(path.join(dir, SETTINGS_FILE), 'utf8').replace(/^\uFEFF/, '');
    const lang = (JSON.parse(text) as Record<string, unknown> | null)?.['lang'];
    return isValidValue('lang', lang) ? lang : undefined;
  } catch {
    return undefined;
  }
}

/** The language of --help and of what is said before a command knows its own: setting, --lang, locale. */
function interfaceLangOf(runtime: Runtime): Lang {
  return earlyLang({ setting: langSetting(runtime), args: runtime.argv.slice(2), env: runtime.env });
}

/** Who speaks for the run: the language known before it starts, and the App once a command made one. */
export interface Speech {
  lang: Lang;
  app?: { readonly m: Messages };
}

export function buildProgram(runtime: Runtime, speech: Speech = { lang: interfaceLangOf(runtime) }): Command {
  const m = messages(speech.lang);
  const say = m.cli;
  const program = new Command();
  const helpWidth = () => terminalWidth(runtime.stdout.isTTY ? runtime.stdout.columns : undefined);
  // app.js pulls in conf, gray-matter and marked; --version and --help don't need them.
  const app = async (cmd: Command, plain = false): Promise<App> => {
    const { App } = await import('./app.js');
    const made = new App(runtime, cmd.optsWithGlobals<GlobalOptions>(), plain, speech.lang);
    speech.app = made;
    return made;
  };

  program
    .name('k8s-quiz')
    .description(say.program)
    .version(VERSION, '-V, --version', say.version)
    .helpOption('-h, --help', say.help)
    .helpCommand('help [command]', say.helpCommand)
    .option('--data-dir <dir>', say.options.dataDir)
    .option('--no-color', say.options.noColor)
    .option('--no-cache', say.options.noCache)
    .addHelpText('after', () => formatExamples(EXAMPLE_COMMANDS.map((command, i) => ({ command, description: say.examples[i] ?? '' })), helpWidth(), say.examplesTitle))
    .showHelpAfterError(say.helpAfterError)
    .exitOverride()
    .configureHelp(helpLayout(helpWidth, m))
    .configureOutput({
      // commander quotes what was typed (`unknown option '--x…'`): no control sequence gets through.
      writeOut: (s) => runtime.stdout.write(terminalText(s)),
      writeErr: (s) => runtime.stderr.write(forTerminal(terminalText(s), runtime)),
      // Help is laid out for the terminal it is shown on (80 columns when it goes to a file).
      getOutHelpWidth: () => helpWidth(),
      getErrHelpWidth: () => helpWidth(),
      // One shape for every error: `k8s-quiz: …`, as the program's own errors print, in the interface language.
      outputError: (s, write) => write(forTerminal(s.replace(/^error: (.*?)(\n?)$/s, (_, text: string, end: string) => `k8s-quiz: ${m.errorText(text)}${end}`), runtime)),
    });

  const o = say.options;
  const count = () => new Option('-n, --count <n>', o.count).argParser(positiveInt('--count', 500, m));
  const type = () => new Option('-t, --type <types>', o.type(QUESTION_TYPES.join(', '))).argParser((v: string) => typesValue(v, m));
  const topic = () => new Option('--topic <text>', o.topic).argParser((v: string) => topicValue(v, m));
  const seed = () => new Option('--seed <n>', o.seed).argParser((v: string) => seedValue(v, m));
  const lang = () => new Option('--lang <lang>', o.lang).argParser((v: string) => langValue(v, m));
  // Commands that only report: one language for what they say (default: the notes' or the answers').
  const sayLang = () => new Option('--lang <lang>', o.sayLang).argParser((v: string) => langValue(v, m));
  const plain = () => new Option('--plain', o.plain);
  const c = say.commands;
  const a = say.args;

  const quiz = (name: string, isDefault: boolean) =>
    program
      .command(name, { isDefault })
      .description(c.quiz)
      .argument('[paths...]', a.quizPaths)
      .addOption(count())
      .addOption(type())
      .addOption(topic())
      .addOption(seed())
      .addOption(lang())
      .addOption(plain())
      .action(async (paths: string[], flags: QuizFlags, cmd: Command) => {
        // `k8s-quiz stat` or `k8s-quiz bank notes` reaches the default command with the mistyped
        // command as a notes path: a first word that is no file and is close to a command is a
        // usage error that says what was meant, whatever follows it.
        if (paths[0] !== undefined) mistypedCommand(program, runtime, m, paths[0], paths.slice(1));
        const { quizCommand } = await import('./commands/quiz.js');
        await quizCommand(await app(cmd, flags.plain), paths, flags);
      });
  quiz('quiz', true);

  program
    .command('interview')
    .description(c.interview)
    .argument('[paths...]', a.paths)
    .addOption(new Option('--minutes <m>', o.minutes).argParser((v: string) => minutesValue(v, m)).default(15))
    .addOption(new Option('--per-question <s>', o.perQuestion).argParser(positiveInt('--per-question', 3600, m)))
    .addOption(count())
    .addOption(topic())
    .addOption(seed())
    .addOption(lang())
    .addOption(plain())
    .action(async (paths: string[], flags: QuizFlags & { minutes: number; perQuestion?: number }, cmd: Command) => {
      const { interviewCommand } = await import('./commands/interview.js');
      await interviewCommand(await app(cmd, flags.plain), paths, flags);
    });

  program
    .command('drill')
    .description(c.drill)
    .argument('[paths...]', a.paths)
    .addOption(count())
    .addOption(lang())
    .addOption(plain())
    .action(async (paths: string[], flags: QuizFlags, cmd: Command) => {
      const { drillCommand } = await import('./commands/drill.js');
      await drillCommand(await app(cmd, flags.plain), paths, flags);
    });

  program
    .command('banks')
    .description(c.banks)
    .argument('[paths...]', a.paths)
    .option('--json', o.banksJson)
    .addOption(sayLang())
    .action(async (paths: string[], flags: { json?: boolean; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { banksCommand } = await import('./commands/banks.js');
      await banksCommand(await app(cmd, true), paths, flags);
    });

  program
    .command('check')
    .description(c.check)
    .argument('[paths...]', a.paths)
    .option('--json', o.reportJson)
    .addOption(sayLang())
    .action(async (paths: string[], flags: { json?: boolean; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { checkCommand } = await import('./commands/check.js');
      await checkCommand(await app(cmd, true), paths, flags);
    });

  program
    .command('questions')
    .description(c.questions)
    .argument('[paths...]', a.paths)
    .option('--json', o.json)
    .addOption(count())
    .addOption(type())
    .addOption(topic())
    .addOption(seed())
    .addOption(lang())
    .action(async (paths: string[], flags: QuizFlags, cmd: Command) => {
      const { questionsCommand } = await import('./commands/quiz.js');
      await questionsCommand(await app(cmd, true), paths, flags);
    });

  program
    .command('stats')
    .description(c.stats)
    .option('--json', o.json)
    .addOption(sayLang())
    .action(async (flags: { json?: boolean; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { statsCommand } = await import('./commands/data.js');
      await statsCommand(await app(cmd), flags);
    });

  program
    .command('history')
    .description(c.history)
    .option('--json', o.jsonArray)
    .option('--csv', o.csv)
    .addOption(sayLang())
    .action(async (flags: { json?: boolean; csv?: boolean; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { historyCommand } = await import('./commands/data.js');
      await historyCommand(await app(cmd, true), flags);
    });

  program
    .command('flagged')
    .description(c.flagged)
    .option('--json', o.json)
    .option('--unflag <ids...>', o.unflag)
    .addOption(sayLang())
    .addHelpText('after', () => `\n${wrap(say.flaggedHelp, helpWidth())}`)
    .action(async (flags: { json?: boolean; unflag?: string[]; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { flaggedCommand } = await import('./commands/data.js');
      await flaggedCommand(await app(cmd, true), flags);
    });

  program
    .command('config')
    .description(c.config)
    .argument('<action>', a.configAction)
    .argument('[key]', a.configKey)
    .argument('[value]', a.configValue)
    .action(async (action: string, key: string | undefined, value: string | undefined, _flags: object, cmd: Command) => {
      const { configCommand } = await import('./commands/data.js');
      await configCommand(await app(cmd), action, key, value);
    });

  program
    .command('reset')
    .description(c.reset)
    .option('-y, --yes', o.yes)
    .addOption(sayLang())
    .action(async (flags: { yes?: boolean; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { resetCommand } = await import('./commands/data.js');
      await resetCommand(await app(cmd), flags);
    });

  program
    .command('sync')
    .description(c.sync)
    .option('--init <remote>', o.init)
    .action(async (flags: { init?: string }, cmd: Command) => {
      const { syncCommand } = await import('./commands/sync.js');
      await syncCommand(await app(cmd, true), flags);
    });

  program
    .command('export')
    .description(c.export)
    .argument('[paths...]', a.paths)
    .addOption(new Option('-f, --format <format>', o.format).choices(['anki', 'csv', 'json']).default('anki'))
    .option('-o, --output <file>', o.output)
    .addOption(type())
    .addOption(topic())
    .addOption(lang())
    .option('--basic-notetype <name>', o.basicNotetype)
    .option('--cloze-notetype <name>', o.clozeNotetype)
    .action(async (paths: string[], flags: import('./commands/export.js').ExportFlags, cmd: Command) => {
      const { exportCommand } = await import('./commands/export.js');
      await exportCommand(await app(cmd, true), paths, flags);
    });

  program
    .command('cache')
    .description(c.cache)
    .addArgument(new Argument('<action>', a.cacheAction).choices(['clear']))
    .action(async (_action: string, _flags: object, cmd: Command) => {
      await (await app(cmd, true)).clearCache();
    });

  program
    .command('completion')
    .description(c.completion)
    .addArgument(new Argument('<shell>', a.shell).choices(['bash', 'zsh', 'fish']))
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completionCommand } = await import('./commands/completion.js');
      completionCommand(program, shell, runtime, m);
    });

  return program;
}

/** A first word that is no file and is close to a command name is a usage error that says what was meant. */
function mistypedCommand(program: Command, runtime: Runtime, m: Messages, word: string, rest: string[]): void {
  const names = [...program.commands.flatMap((c) => [c.name(), ...c.aliases()]), 'help'];
  if (names.includes(word) || existsSync(path.resolve(runtime.cwd, word))) return;
  const typo = similarCommand(word, names);
  if (typo) throw new UsageError(m.usage.mistyped(word, typo, `k8s-quiz ${[typo, ...rest].join(' ')}`));
}

/** `k8s-quiz help foo`: help about no command is a usage error, with the command that was meant if one is close. */
function unknownHelpTopic(program: Command, m: Messages, word: string | undefined): void {
  if (word === undefined || word.startsWith('-')) return;
  const names = [...program.commands.flatMap((c) => [c.name(), ...c.aliases()]), 'help'];
  if (names.includes(word)) return;
  const typo = similarCommand(word, names);
  throw new UsageError(typo ? m.usage.mistyped(word, typo, `k8s-quiz help ${typo}`) : m.usage.unknownCommand(word));
}

function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

export async function main(proc: ProcessLike, runtime: Runtime = runtimeFrom(proc)): Promise<void> {
  // Output cut short by `| head` is not an error worth reporting.
  runtime.stdout.on('error', (error) => {
    if (!isBrokenPipe(error)) throw error;
  });
  const speech: Speech = { lang: interfaceLangOf(runtime) };
  const program = buildProgram(runtime, speech);
  try {
    // `k8s-quiz sats --json`: the mistyped command is caught before its options are
    // (else the default command would reject `--json` and the typo would go unsaid).
    const first = runtime.argv[2];
    if (first !== undefined && !first.startsWith('-')) mistypedCommand(program, runtime, messages(speech.lang), first, runtime.argv.slice(3));
    if (first === 'help') unknownHelpTopic(program, messages(speech.lang), runtime.argv[3]);
    await program.parseAsync(runtime.argv);
    proc.exitCode = runtime.exitCode ?? 0;
  } catch (error) {
    // Said in the run's language: the command's once it has one, else the one known before it ran.
    proc.exitCode = report(error, runtime, speech.app?.m ?? messages(speech.lang));
  }
}

/** An error message for stderr, wrapped to its width when it is a terminal (which would cut it mid-word). */
function forTerminal(text: string, runtime: Runtime): string {
  const { isTTY, columns } = runtime.stderr as { isTTY?: boolean; columns?: number };
  return isTTY && columns ? wrap(text, columns) : text;
}

/** Turns a thrown error into a message and an exit code. */
function report(error: unknown, runtime: Runtime, m: Messages): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2; // commander already printed the message
  }
  if (error instanceof CliError) {
    // Messages can quote paths and note text: nothing in them may reach the terminal as a control code.
    runtime.stderr.write(forTerminal(`k8s-quiz: ${stripControlLine(m.errorText(error.message))}\n`, runtime));
    return error.exitCode;
  }
  if (isBrokenPipe(error)) return 0;
  runtime.stderr.write(terminalText(`k8s-quiz: ${labelled(m.internalError, error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`));
  return 1;
}
