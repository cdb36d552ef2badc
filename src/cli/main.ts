import { Argument, Command, CommanderError, Option } from 'commander';
import type { App, GlobalOptions } from './app.js';
import type { QuizFlags } from './commands/quiz.js';
import { CliError, UsageError } from './errors.js';
import { langValue, minutesValue, positiveInt, seedValue, similarCommand, topicValue, typesValue } from './options.js';
import type { ProcessLike, Runtime } from './runtime.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stripControlLine } from '../core/text/index.js';
import { QUESTION_TYPES } from '../core/types.js';
import { formatExamples, helpLayout, type Example } from '../ui/help.js';
import { terminalText, terminalWidth, wrap } from '../ui/layout.js';

// The only place that reads argv and sets the exit code. Commands load lazily so that
// `--version` and `banks` don't pay for prompts and markdown rendering.

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Each within 80 columns with its description; narrower, the description goes under it. */
const EXAMPLES: Example[] = [
  { command: 'k8s-quiz', description: 'a quiz on your notes, else the bundled' },
  { command: 'k8s-quiz ~/notes/k8s.md -n 20', description: '20 questions from one note' },
  { command: 'k8s-quiz -t order,define --topic Pod', description: 'only these types, about Pods' },
  { command: 'k8s-quiz interview --minutes 10', description: 'a timed mock interview' },
  { command: 'k8s-quiz drill', description: 'what is due, then what you miss' },
  { command: 'k8s-quiz banks ~/notes', description: 'what was found in your notes' },
  { command: 'k8s-quiz config set notes ~/notes', description: 'make ~/notes the default' },
];

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

export function buildProgram(runtime: Runtime): Command {
  const program = new Command();
  const helpWidth = () => terminalWidth(runtime.stdout.isTTY ? runtime.stdout.columns : undefined);
  // app.js pulls in conf, gray-matter and marked; --version and --help don't need them.
  const app = async (cmd: Command, plain = false): Promise<App> => {
    const { App } = await import('./app.js');
    return new App(runtime, cmd.optsWithGlobals<GlobalOptions>(), plain);
  };

  program
    .name('k8s-quiz')
    .description('Quiz yourself on your own Kubernetes / Docker study notes, in the terminal.')
    .version(VERSION, '-V, --version')
    .option('--data-dir <dir>', 'where history and settings live (default: $K8S_QUIZ_HOME, else the user config folder)')
    .option('--no-color', 'no colours in the output')
    .option('--no-cache', 'parse every note again, without the parse cache in the data dir')
    .addHelpText('after', () => formatExamples(EXAMPLES, helpWidth()))
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureHelp(helpLayout(helpWidth))
    .configureOutput({
      // commander quotes what was typed (`unknown option '--x…'`): no control sequence gets through.
      writeOut: (s) => runtime.stdout.write(terminalText(s)),
      writeErr: (s) => runtime.stderr.write(terminalText(s)),
      // Help is laid out for the terminal it is shown on (80 columns when it goes to a file).
      getOutHelpWidth: () => helpWidth(),
      getErrHelpWidth: () => helpWidth(),
      // One shape for every error: `k8s-quiz: …`, as the program's own errors print.
      outputError: (s, write) => write(s.replace(/^error: /, 'k8s-quiz: ')),
    });

  const count = () => new Option('-n, --count <n>', 'how many questions').argParser(positiveInt('--count', 500));
  const type = () => new Option('-t, --type <types>', `question types, comma-separated: ${QUESTION_TYPES.join(',')}`).argParser(typesValue);
  const topic = () => new Option('--topic <text>', 'only questions whose heading path or title contains this text').argParser(topicValue);
  const seed = () => new Option('--seed <n>', 'same seed, same questions in the same order').argParser(seedValue);
  const lang = () => new Option('--lang <lang>', 'interface and question language: en or zh').argParser(langValue);
  // Commands that only report: one language for what they say (default: the notes' or the answers').
  const sayLang = () => new Option('--lang <lang>', 'language of the messages: en or zh').argParser(langValue);
  const plain = () => new Option('--plain', 'no colours or cursor movement; one answer per input line');

  const quiz = (name: string, isDefault: boolean) =>
    program
      .command(name, { isDefault })
      .description('ask questions from your notes, score them, explain them (the default command)')
      .argument('[paths...]', 'note files or folders (default: configured notes, else the bundled ones)')
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
        if (paths[0] !== undefined) mistypedCommand(program, runtime, paths[0], paths.slice(1));
        const { quizCommand } = await import('./commands/quiz.js');
        await quizCommand(await app(cmd, flags.plain), paths, flags);
      });
  quiz('quiz', true);

  program
    .command('interview')
    .description('a timed mock interview: explain, order and choose under a countdown')
    .argument('[paths...]', 'note files or folders')
    .addOption(new Option('--minutes <m>', 'time for the whole interview').argParser(minutesValue).default(15))
    .addOption(
      new Option('--per-question <s>', 'seconds for each question (default: the time left shared by the questions left, so time saved on one goes to the next)').argParser(
        positiveInt('--per-question', 3600),
      ),
    )
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
    .description('spaced repetition: due questions first, then the ones you miss most, then new ones')
    .argument('[paths...]', 'note files or folders')
    .addOption(count())
    .addOption(lang())
    .addOption(plain())
    .action(async (paths: string[], flags: QuizFlags, cmd: Command) => {
      const { drillCommand } = await import('./commands/drill.js');
      await drillCommand(await app(cmd, flags.plain), paths, flags);
    });

  program
    .command('banks')
    .description('show the question banks found in the notes')
    .argument('[paths...]', 'note files or folders')
    .option('--json', 'print the banks as JSON')
    .addOption(sayLang())
    .action(async (paths: string[], flags: { json?: boolean; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { banksCommand } = await import('./commands/banks.js');
      await banksCommand(await app(cmd, true), paths, flags);
    });

  program
    .command('check')
    .description('what the notes give: questions by type, what was turned down and why, lines that made nothing')
    .argument('[paths...]', 'note files or folders')
    .option('--json', 'print the report as JSON')
    .addOption(sayLang())
    .action(async (paths: string[], flags: { json?: boolean; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { checkCommand } = await import('./commands/check.js');
      await checkCommand(await app(cmd, true), paths, flags);
    });

  program
    .command('questions')
    .description('print the questions a quiz with the same options would ask')
    .argument('[paths...]', 'note files or folders')
    .option('--json', 'print as JSON')
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
    .description('accuracy overall, by topic and type, weakest terms, streak, what is due')
    .option('--json', 'print as JSON')
    .addOption(sayLang())
    .action(async (flags: { json?: boolean; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { statsCommand } = await import('./commands/data.js');
      await statsCommand(await app(cmd), flags);
    });

  program
    .command('history')
    .description('export every recorded answer')
    .option('--json', 'as a JSON array')
    .option('--csv', 'as CSV')
    .addOption(sayLang())
    .action(async (flags: { json?: boolean; csv?: boolean; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { historyCommand } = await import('./commands/data.js');
      await historyCommand(await app(cmd, true), flags);
    });

  program
    .command('flagged')
    .description('questions marked as bad during a session (key !), never asked again; --unflag to ask one again')
    .option('--json', 'print as JSON')
    .option('--unflag <ids...>', 'ask these questions again: an id as listed, or its first characters')
    .addOption(sayLang())
    .addHelpText('after', () => `\n${wrap('During quiz, drill or interview, press ! (or, with --plain, type a line with only !) to flag the current question.', helpWidth())}`)
    .action(async (flags: { json?: boolean; unflag?: string[]; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { flaggedCommand } = await import('./commands/data.js');
      await flaggedCommand(await app(cmd, true), flags);
    });

  program
    .command('config')
    .description('settings: notes (default note paths), lang (auto|en|zh), count')
    .argument('<action>', 'get, set, unset or list')
    .argument('[key]', 'setting name')
    .argument('[value]', 'new value (for set)')
    .action(async (action: string, key: string | undefined, value: string | undefined, _flags: object, cmd: Command) => {
      const { configCommand } = await import('./commands/data.js');
      await configCommand(await app(cmd), action, key, value);
    });

  program
    .command('reset')
    .description('start the history afresh (the old log is kept aside, not deleted)')
    .option('-y, --yes', 'do not ask for confirmation')
    .addOption(sayLang())
    .action(async (flags: { yes?: boolean; lang?: 'en' | 'zh' }, cmd: Command) => {
      const { resetCommand } = await import('./commands/data.js');
      await resetCommand(await app(cmd), flags);
    });

  program
    .command('sync')
    .description('the same history on every machine, through any git remote (run `sync --init REMOTE` once per machine)')
    .option('--init <remote>', 'make the data dir a git repository that syncs with REMOTE (a URL or a folder, e.g. a bare repository on a USB disk)')
    .action(async (flags: { init?: string }, cmd: Command) => {
      const { syncCommand } = await import('./commands/sync.js');
      await syncCommand(await app(cmd, true), flags);
    });

  program
    .command('export')
    .description("every question the notes give, as Anki cards (Anki's own text import), CSV or JSON")
    .argument('[paths...]', 'note files or folders')
    .addOption(new Option('-f, --format <format>', 'Anki import file, CSV or JSON').choices(['anki', 'csv', 'json']).default('anki'))
    .option('-o, --output <file>', 'write to this file (default: standard output)')
    .addOption(type())
    .addOption(topic())
    .addOption(lang())
    .option('--basic-notetype <name>', 'Anki note type for question-and-answer cards (default: Basic)')
    .option('--cloze-notetype <name>', 'Anki note type for fill-in-the-blank cards (default: Cloze)')
    .action(async (paths: string[], flags: import('./commands/export.js').ExportFlags, cmd: Command) => {
      const { exportCommand } = await import('./commands/export.js');
      await exportCommand(await app(cmd, true), paths, flags);
    });

  program
    .command('cache')
    .description('parsed notes are cached in the data dir (cache/) so unchanged notes are not parsed again; `cache clear` deletes it (safe at any time)')
    .addArgument(new Argument('<action>', 'clear').choices(['clear']))
    .action(async (_action: string, _flags: object, cmd: Command) => {
      (await app(cmd, true)).clearCache();
    });

  program
    .command('completion')
    .description('print a completion script for your shell: add `source <(k8s-quiz completion bash)` to ~/.bashrc (zsh, fish: see README)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completionCommand } = await import('./commands/completion.js');
      completionCommand(program, shell, runtime);
    });

  return program;
}

/** A first word that is no file and is close to a command name is a usage error that says what was meant. */
function mistypedCommand(program: Command, runtime: Runtime, word: string, rest: string[]): void {
  const names = [...program.commands.flatMap((c) => [c.name(), ...c.aliases()]), 'help'];
  if (names.includes(word) || existsSync(path.resolve(runtime.cwd, word))) return;
  const typo = similarCommand(word, names);
  if (typo) throw new UsageError(`unknown command '${word}' (did you mean ${typo}?): \`k8s-quiz ${[typo, ...rest].join(' ')}\``);
}

function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

export async function main(proc: ProcessLike, runtime: Runtime = runtimeFrom(proc)): Promise<void> {
  // Output cut short by `| head` is not an error worth reporting.
  runtime.stdout.on('error', (error) => {
    if (!isBrokenPipe(error)) throw error;
  });
  const program = buildProgram(runtime);
  try {
    // `k8s-quiz sats --json`: the mistyped command is caught before its options are
    // (else the default command would reject `--json` and the typo would go unsaid).
    const first = runtime.argv[2];
    if (first !== undefined && !first.startsWith('-')) mistypedCommand(program, runtime, first, runtime.argv.slice(3));
    await program.parseAsync(runtime.argv);
    proc.exitCode = runtime.exitCode ?? 0;
  } catch (error) {
    proc.exitCode = report(error, runtime);
  }
}

/** Turns a thrown error into a message and an exit code. */
function report(error: unknown, runtime: Runtime): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2; // commander already printed the message
  }
  if (error instanceof CliError) {
    // Messages can quote paths and note text: nothing in them may reach the terminal as a control code.
    runtime.stderr.write(`k8s-quiz: ${stripControlLine(error.message)}\n`);
    return error.exitCode;
  }
  if (isBrokenPipe(error)) return 0;
  runtime.stderr.write(terminalText(`k8s-quiz: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
  return 1;
}
