import { Option, type Argument, type Help } from 'commander';
import { labelled, messages, withPlaceholders, type Messages } from './messages.js';
import { hanging, displayWidth, wrap } from './layout.js';

// `--help` laid out for the terminal it is shown on: commander's own layout puts every
// description in a column right of the longest term, and below 40 columns of room it stops
// wrapping altogether, so at 40 columns the terminal cut every line mid-word. Here the
// description column is used while it leaves room to read (28 columns), and otherwise each
// description goes under its term; wrapping is by display width, like everything else printed.

/** Narrower than this, a description goes under its term. */
const MIN_DESCRIPTION = 28;
const INDENT = 2;
const GAP = 2;
/** Where a description under its term starts. */
const UNDER = 6;

/** A term and its description: side by side when there is room, else the description under it. */
function helpItem(term: string, termWidth: number, description: string, width: number): string {
  const pad = ' '.repeat(INDENT);
  if (!description) return wrap(pad + term, width);
  const room = width - INDENT - termWidth - GAP;
  if (room >= MIN_DESCRIPTION) {
    const lead = pad + term + ' '.repeat(Math.max(0, termWidth - displayWidth(term))) + ' '.repeat(GAP);
    return hanging(lead, description, width);
  }
  return `${wrap(pad + term, width)}\n${hanging(' '.repeat(UNDER), description, width)}`;
}

/** What commander adds after a description, as it words it: `choices: "anki", "csv"`, `default: 15`. */
export type Extras = { choices?: string[]; default?: string; preset?: string; env?: string };

/** The extras of an option or an argument, worked out as commander does. */
function extrasOf(item: Option | Argument): Extras {
  const extras: Extras = {};
  if (item.argChoices) extras.choices = item.argChoices.map((v) => JSON.stringify(v));
  if (item.defaultValue !== undefined) {
    // As commander: an option's default is shown when it takes a value (or is a boolean with a boolean default).
    const shown = item instanceof Option ? item.required || item.optional || (item.isBoolean() && typeof item.defaultValue === 'boolean') : true;
    if (shown) extras.default = item.defaultValueDescription || JSON.stringify(item.defaultValue);
  }
  if (item instanceof Option) {
    if (item.presetArg !== undefined && item.optional) extras.preset = JSON.stringify(item.presetArg);
    if (item.envVar !== undefined) extras.env = item.envVar;
  }
  return extras;
}

/** A description with its extras in the words of `m` (English: commander's own). */
function described(item: Option | Argument, m: Messages): string | undefined {
  const say = m.cli.extras;
  if (!say) return undefined;
  const extras = extrasOf(item);
  const info = Object.keys(extras).length ? say(extras) : '';
  return `${item.description ?? ''}${info}`;
}

/**
 * commander `configureHelp` overrides: items, the description and the usage line wrapped to
 * `width()`, and everything commander words itself (headings, choices, defaults) in `m`'s language.
 */
export function helpLayout(width: () => number, m: Messages = messages('en')): Partial<Help> {
  const titles = m.cli.titles;
  const usageTitle = titles['Usage:'] ?? 'Usage:';
  // `Usage: k8s-quiz`, `用法：k8s-quiz` (no space after a full-width colon).
  const usageLead = labelled(usageTitle, '');
  const named = (text: string): string => withPlaceholders(text, m.cli.placeholder);
  return {
    formatHelp(this: Help, cmd, helper) {
      const text = Object.getPrototypeOf(this).formatHelp.call(this, cmd, helper) as string;
      return text.startsWith(`${usageTitle} `) ? usageLead + text.slice(usageTitle.length + 1) : text;
    },
    // Columns, not UTF-16 units: a term may hold Chinese (`<目录>`), two columns a character.
    displayWidth(text: string) {
      return displayWidth(text);
    },
    formatItem(term: string, termWidth: number, description: string) {
      return helpItem(term, termWidth, description, width());
    },
    boxWrap(text: string) {
      return wrap(text, width());
    },
    styleTitle(title: string) {
      return titles[title] ?? title;
    },
    // commander's placeholders, in the usage line, the list of commands and the terms of options
    // and arguments, in the words of `m` (`[选项]`, `<目录>`); commander has no setting for them.
    subcommandTerm(this: Help, cmd) {
      return named(Object.getPrototypeOf(this).subcommandTerm.call(this, cmd) as string);
    },
    optionTerm(this: Help, option: Option) {
      return named(Object.getPrototypeOf(this).optionTerm.call(this, option) as string);
    },
    argumentTerm(this: Help, argument: Argument) {
      return m.cli.placeholder(Object.getPrototypeOf(this).argumentTerm.call(this, argument) as string);
    },
    optionDescription(this: Help, option: Option) {
      return described(option, m) ?? (Object.getPrototypeOf(this).optionDescription.call(this, option) as string);
    },
    argumentDescription(this: Help, argument: Argument) {
      return described(argument, m) ?? (Object.getPrototypeOf(this).argumentDescription.call(this, argument) as string);
    },
    commandUsage(this: Help, cmd) {
      // The usage line is wrapped under its own start: `Usage: k8s-quiz interview [options]` / `[paths...]`.
      const usage = named(Object.getPrototypeOf(this).commandUsage.call(this, cmd) as string);
      const indent = displayWidth(usageLead);
      return hanging('', usage, width() - indent).replace(/\n/g, `\n${' '.repeat(indent)}`);
    },
  } as Partial<Help>;
}

export interface Example {
  command: string;
  description: string;
}

/** The examples after the help, each within `width` (commands side by side with their descriptions when they fit). */
export function formatExamples(examples: readonly Example[], width: number, title = messages('en').cli.examplesTitle): string {
  const commands = examples.map((e) => `$ ${e.command}`);
  const termWidth = Math.max(...commands.map((c) => displayWidth(c)));
  return ['', title, ...examples.map((e, i) => helpItem(commands[i] as string, termWidth, e.description, width))].join('\n');
}
