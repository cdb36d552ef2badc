import type { Argument, Command, Option } from 'commander';
import { QUESTION_TYPES } from '../../core/types.js';
import { completionScript, type ArgumentSpec, type CommandSpec, type CompletionSpec, type CompletionWords, type OptionSpec, type Shell, type ValueSource } from '../../formats/completion.js';
import { KEYS, LANG_SETTINGS } from '../../io/settings.js';
import { messages, type Messages } from '../../ui/messages.js';
import type { Runtime } from '../runtime.js';

// `k8s-quiz completion bash|zsh|fish`: the program's commands, options and arguments read from
// commander's program object, so a new command or option is completed without touching this
// file; what commander cannot say (which words an option's parser accepts, what `config` takes)
// is filled in here.

/** Words an option's own parser is asked about; those it accepts are offered. */
const PROBED: Record<string, { candidates: readonly string[]; list?: boolean }> = {
  '--type': { candidates: QUESTION_TYPES, list: true },
  '--lang': { candidates: LANG_SETTINGS },
};

/** What an option's value placeholder (`--output <file>`) says it is. */
const PLACEHOLDERS: Record<string, ValueSource> = {
  file: { kind: 'files' },
  dir: { kind: 'dirs' },
  folder: { kind: 'dirs' },
  remote: { kind: 'dirs' },
  path: { kind: 'files' },
};

/** `config <action> [key] [value]`: its actions are handled in a switch, so they are listed here. */
const CONFIG_ACTIONS = ['get', 'set', 'unset', 'list'] as const;

function accepts(option: Option, value: string): boolean {
  if (!option.parseArg) return true;
  try {
    option.parseArg(value, undefined as never);
    return true;
  } catch {
    return false;
  }
}

function optionValue(option: Option): ValueSource | undefined {
  if (!option.required && !option.optional) return undefined;
  if (option.argChoices?.length) return { kind: 'words', words: option.argChoices };
  const probe = option.long ? PROBED[option.long] : undefined;
  if (probe) {
    const words = probe.candidates.filter((w) => accepts(option, w));
    if (words.length) return probe.list ? { kind: 'words', words, list: true } : { kind: 'words', words };
  }
  const placeholder = /[<[]([\w-]+)(?:\.\.\.)?[>\]]/.exec(option.flags)?.[1]?.toLowerCase();
  return (placeholder && PLACEHOLDERS[placeholder]) || { kind: 'none' };
}

function optionSpec(option: Option): OptionSpec {
  const spec: OptionSpec = { description: option.description };
  if (option.short) spec.short = option.short;
  if (option.long) spec.long = option.long;
  const value = optionValue(option);
  if (value) spec.value = value;
  return spec;
}

function argumentSpec(command: Command, argument: Argument, index: number): ArgumentSpec {
  const spec: ArgumentSpec = { value: { kind: 'none' }, variadic: argument.variadic };
  if (argument.argChoices?.length) spec.value = { kind: 'words', words: argument.argChoices };
  else if (argument.name() === 'paths') spec.value = { kind: 'notes' };
  if (command.name() === 'config') {
    if (index === 0) spec.value = { kind: 'words', words: CONFIG_ACTIONS };
    if (index === 1) spec.value = { kind: 'words', words: KEYS };
    if (index === 2) spec.after = { 'set lang': { kind: 'words', words: LANG_SETTINGS }, 'set notes': { kind: 'notes' } };
  }
  return spec;
}

/**
 * The command line as the completion scripts need it, read from the program: its commands and
 * options as its help lists them (commander's own `help` command and `--help` option included,
 * described in the language the program was built in); `words`: what the scripts themselves say.
 */
export function completionSpec(program: Command, words: CompletionWords = messages('en').cli.completion): CompletionSpec {
  // Help's lists: hidden ones left out, commander's implicit `help [command]` and `-h, --help` put in.
  const help = program.createHelp();
  const commands: CommandSpec[] = help.visibleCommands(program).map((c) => ({
    name: c.name(),
    aliases: c.aliases(),
    description: c.description(),
    options: c.options.filter((o) => !o.hidden).map(optionSpec),
    args: c.registeredArguments.map((a, i) => argumentSpec(c, a, i)),
  }));
  // `help [command]` takes the name of a command.
  const names = commands.filter((c) => c.name !== 'help').map((c) => c.name);
  for (const c of commands) if (c.name === 'help') c.args = [{ value: { kind: 'words', words: names }, variadic: false }];
  const globalOptions = help.visibleOptions(program).map(optionSpec);
  // Not public in commander's types, but how `.command(name, { isDefault: true })` is kept.
  const defaultCommand = (program as unknown as { _defaultCommandName?: string | null })._defaultCommandName ?? undefined;
  const spec: CompletionSpec = { program: program.name(), globalOptions, commands, words };
  if (defaultCommand) spec.defaultCommand = defaultCommand;
  return spec;
}

/** Prints the script; `m`: the run's language, which the menus' descriptions are in too (the program was built in it). */
export function completionCommand(program: Command, shell: Shell, runtime: Pick<Runtime, 'stdout'>, m: Messages = messages('en')): void {
  runtime.stdout.write(completionScript(shell, completionSpec(program, m.cli.completion)));
}
