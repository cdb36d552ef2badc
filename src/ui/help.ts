import type { Help } from 'commander';
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
export function helpItem(term: string, termWidth: number, description: string, width: number): string {
  const pad = ' '.repeat(INDENT);
  if (!description) return wrap(pad + term, width);
  const room = width - INDENT - termWidth - GAP;
  if (room >= MIN_DESCRIPTION) {
    const lead = pad + term + ' '.repeat(Math.max(0, termWidth - displayWidth(term))) + ' '.repeat(GAP);
    return hanging(lead, description, width);
  }
  return `${wrap(pad + term, width)}\n${hanging(' '.repeat(UNDER), description, width)}`;
}

/** commander `configureHelp` overrides: items, the description and the usage line wrapped to `width()`. */
export function helpLayout(width: () => number): Partial<Help> {
  return {
    formatItem(term: string, termWidth: number, description: string) {
      return helpItem(term, termWidth, description, width());
    },
    boxWrap(text: string) {
      return wrap(text, width());
    },
    commandUsage(this: Help, cmd) {
      // The usage line is wrapped under its own start: `Usage: k8s-quiz interview [options]` / `[paths...]`.
      const usage = Object.getPrototypeOf(this).commandUsage.call(this, cmd) as string;
      return hanging('', usage, width() - 'Usage: '.length).replace(/\n/g, `\n${' '.repeat('Usage: '.length)}`);
    },
  } as Partial<Help>;
}

export interface Example {
  command: string;
  description: string;
}

/** The examples after the help, each within `width` (commands side by side with their descriptions when they fit). */
export function formatExamples(examples: readonly Example[], width: number, title = 'Examples:'): string {
  const commands = examples.map((e) => `$ ${e.command}`);
  const termWidth = Math.max(...commands.map((c) => displayWidth(c)));
  return ['', title, ...examples.map((e, i) => helpItem(commands[i] as string, termWidth, e.description, width))].join('\n');
}
