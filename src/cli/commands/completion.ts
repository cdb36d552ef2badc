import type { Argument, Command, Option } from 'commander';
import { QUESTION_TYPES } from '../../core/types.js';
import { completionScript, type ArgumentSpec, type CommandSpec, type CompletionSpec, type OptionSpec, type Shell, type ValueSource } from '../../formats/completion.js';
import { KEYS, LANG_SETTINGS } from '../../io/settings.js';
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

const isHidden = (command: Command): boolean => Boolean((command as unknown as { _hidden?: boolean })._hidden);

/** The command line as the completion scripts need it, read from the program. */
export function completionSpec(program: Command): CompletionSpec {
  const commands: CommandSpec[] = program.commands
    .filter((c) => !isHidden(c))
    .map((c) => ({
      name: c.name(),
      aliases: c.aliases(),
      description: c.description(),
      options: c.options.filter((o) => !o.hidden).map(optionSpec),
      args: c.registeredArguments.map((a, i) => argumentSpec(c, a, i)),
    }));
  // commander adds `help [command]` itself; it is not among program.commands.
  if (!commands.some((c) => c.name === 'help')) {
    commands.push({
      name: 'help',
      aliases: [],
      description: 'show help for a command',
      options: [],
      args: [{ value: { kind: 'words', words: commands.map((c) => c.name) }, variadic: false }],
    });
  }
  const globalOptions = program.options.filter((o) => !o.hidden).map(optionSpec);
  if (!globalOptions.some((o) => o.long === '--help')) globalOptions.push({ short: '-h', long: '--help', description: 'show help' });
  // Not public in commander's types, but how `.command(name, { isDefault: true })` is kept.
  const defaultCommand = (program as unknown as { _defaultCommandName?: string | null })._defaultCommandName ?? undefined;
  const spec: CompletionSpec = { program: program.name(), globalOptions, commands };
  if (defaultCommand) spec.defaultCommand = defaultCommand;
  return spec;
}

export function completionCommand(program: Command, shell: Shell, runtime: Pick<Runtime, 'stdout'>): void {
  runtime.stdout.write(completionScript(shell, completionSpec(program)));
}
