import { Writable, type Readable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import type { GivenAnswer, Outcome, PromptKind } from '../core/session/index.js';
import type { Grade } from '../core/types.js';
import { checkbox } from './checkbox-prompt.js';
import { confirmPrompt } from './confirm-prompt.js';
import { echoLine, outcomeMark, type Countdown, type PromptResult, type PromptTheme } from './prompt-parts.js';
import { messages } from './messages.js';
import { sortable } from './sortable-prompt.js';
import { timedChoice, timedText } from './timed-prompts.js';

// Every interactive prompt the program shows lives here. Each returns an outcome value
// instead of throwing: Ctrl+C and closed input become 'end', a time limit 'timeout', the
// ! key (in a text prompt, a line of only !) 'flag'. A prompt clears its own frame when it
// ends, and the line it leaves (the question and what became of it) is written here, wrapped
// to the terminal: so nothing is cut by the terminal, and after Ctrl+C no frozen list or
// countdown stays on screen.

/** The key help under each prompt, item by item, in the interface language. */
export interface PromptHelp {
  choice: readonly string[];
  order: readonly string[];
  multi: readonly string[];
  grade: readonly string[];
  typed: readonly string[];
  recall: readonly string[];
}

export interface PromptContext {
  input: Readable;
  output: Writable;
  /** Aborting ends the prompt: reason 'timeout' is a time limit, anything else a stop. */
  signal: AbortSignal;
  theme: PromptTheme;
  help: PromptHelp;
  /** Said under a list taller than the screen, so no item goes unseen: `(7 items: ↑/↓ scrolls)`. */
  more?: (count: number) => string;
  /** The mark where a scrolled list hides items: `↑ 2 more`, `↓ 3 more`. */
  hidden?: (direction: 'up' | 'down', count: number) => string;
  /** Rows a list may take before it scrolls. */
  pageSize?: number;
  /** Terminal columns, to wrap prompt text and choices by display width. */
  width?: number;
  /** Timed prompts: the countdown shown, and the prompt ends itself at the deadline. */
  countdown?: Countdown;
}

/**
 * Inquirer's colours, drawn with the program's chalk so --no-color and NO_COLOR reach
 * the prompts too. Its green tick on every finished prompt read as "right" next to a
 * wrong answer, so the finished mark is neutral.
 */
export function promptTheme(c: ChalkInstance): PromptTheme {
  return {
    prefix: { idle: c.blue('?'), done: c.dim('›') },
    style: {
      answer: (t) => c.cyan(t),
      message: (t) => c.bold(t),
      error: (t) => c.red(`> ${t}`),
      defaultAnswer: (t) => c.dim(`(${t})`),
      help: (t) => c.dim(t),
      highlight: (t) => c.cyan(t),
      key: (t) => c.cyan(c.bold(`<${t}>`)),
    },
  };
}

/** How a prompt's finished line shows its answer. */
type Show<T> = (value: T) => string;

/**
 * Runs a prompt to an outcome and leaves its finished line: the question, then the answer
 * (`show`), `–` for a skip, `⚑` for a flag, `⌛` for a timeout. After a stop nothing is left.
 */
async function guarded<T>(ctx: PromptContext, message: string, show: Show<T>, run: () => Promise<PromptResult<T>>): Promise<Outcome<T>> {
  let outcome: Outcome<T>;
  try {
    outcome = await run();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'AbortPromptError') outcome = ctx.signal.reason === 'timeout' ? { kind: 'timeout' } : { kind: 'end' };
    else if (name === 'ExitPromptError' || name === 'CancelPromptError') outcome = { kind: 'end' };
    else throw error;
  }
  if (outcome.kind !== 'end') {
    const style = ctx.theme.style;
    const prefix = ctx.theme.prefix?.done ?? '›';
    const line = echoLine(prefix, style?.message?.(message, 'done') ?? message, outcomeMark(outcome, (v) => style?.answer?.(show(v)) ?? show(v)), ctx.width);
    ctx.output.write(`${line}\n`);
  }
  return outcome;
}

function context(ctx: PromptContext) {
  // A timed prompt ends itself at its deadline (leaving a finished line, not a frozen
  // frame), so only a stop may abort it.
  let signal = ctx.signal;
  if (ctx.countdown) {
    const stop = new AbortController();
    const follow = () => {
      if (ctx.signal.reason !== 'timeout') stop.abort(ctx.signal.reason);
    };
    if (ctx.signal.aborted) follow();
    else ctx.signal.addEventListener('abort', follow, { once: true });
    signal = stop.signal;
  }
  // The frame goes when the prompt ends; guarded() writes the finished line.
  return { input: ctx.input as NodeJS.ReadableStream, output: keptOpen(ctx.output), signal, clearPromptOnDone: true };
}

/**
 * The output as a prompt may have it: inquirer ends its output stream when the prompt is done,
 * and that end reaches the stream it was given (unless it is the process's stdout). The
 * finished line is written after that, and the next prompt after that, so the prompt gets a
 * stream of its own that writes through and whose end stops there. Width and TTY-ness are the
 * real output's, which inquirer reads to lay the prompt out.
 */
function keptOpen(output: Writable): NodeJS.WritableStream {
  const through = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, encoding: BufferEncoding, done: (error?: Error | null) => void) {
      output.write(chunk, encoding);
      done();
    },
  });
  const real = output as Writable & { columns?: number; rows?: number; isTTY?: boolean };
  Object.defineProperties(through, {
    columns: { get: () => real.columns },
    rows: { get: () => real.rows },
    isTTY: { get: () => real.isTTY },
  });
  return through;
}

/** What every prompt is given from the context: colours, width, the list's page and the scroll note. */
function look(ctx: PromptContext, help: readonly string[]) {
  return {
    theme: ctx.theme,
    help,
    ...(ctx.width ? { width: ctx.width } : {}),
    ...(ctx.pageSize ? { pageSize: ctx.pageSize } : {}),
    ...(ctx.more ? { more: ctx.more } : {}),
    ...(ctx.hidden ? { hidden: ctx.hidden } : {}),
    ...(ctx.countdown ? { countdown: ctx.countdown } : {}),
  };
}

/** Self-grades start on Good unless told otherwise. */
const GOOD = 2;

const numbered = (choices: readonly string[]): Show<number> => (i) => `${i + 1}. ${choices[i] ?? ''}`;

/** One of the choices; the last row (`skipLabel`) or `s` skips. */
export function chooseOne(ctx: PromptContext, message: string, choices: string[], skipLabel: string): Promise<Outcome<number>> {
  return guarded(ctx, message, numbered(choices), () => timedChoice({ message, choices, skipLabel, ...look(ctx, ctx.help.choice) }, context(ctx)));
}

export function arrange(ctx: PromptContext, message: string, items: string[]): Promise<Outcome<number[]>> {
  // The order given is shown in the feedback, beside the right one.
  return guarded(ctx, message, () => '', () => sortable({ message, items, ...look(ctx, ctx.help.order) }, context(ctx)));
}

/** Select every choice that belongs: the ticked indices, ascending; nothing ticked skips. */
export function pickAll(ctx: PromptContext, message: string, choices: string[]): Promise<Outcome<number[]>> {
  return guarded(ctx, message, (picks) => picks.map((i) => i + 1).join(' '), () => checkbox({ message, choices, ...look(ctx, ctx.help.multi) }, context(ctx)));
}

/** One line of text; an empty line skips, a line of only `!` flags the question. */
export function freeText(ctx: PromptContext, message: string, help: readonly string[] = ctx.help.recall): Promise<Outcome<string>> {
  return guarded(ctx, message, (text) => text, () => timedText({ message, ...look(ctx, help) }, context(ctx)));
}

/** What the answer prompts show besides the question: the skip entry. */
export interface AnswerPromptTexts {
  skip: string;
}

/** The prompt for each kind of answer (the kits say which one a question needs). */
const ANSWER_PROMPTS: { [P in PromptKind]: (ctx: PromptContext, message: string, choices: string[], texts: AnswerPromptTexts) => Promise<Outcome<GivenAnswer>> } = {
  select: (ctx, message, choices, texts) => chooseOne(ctx, message, choices, texts.skip),
  sortable: (ctx, message, choices) => arrange(ctx, message, choices),
  checkbox: (ctx, message, choices) => pickAll(ctx, message, choices),
  text: (ctx, message) => freeText(ctx, message, ctx.help.typed),
  free: (ctx, message) => freeText(ctx, message, ctx.help.recall),
};

/** Asks a question with the prompt its kind needs. */
export function askAnswer(kind: PromptKind, ctx: PromptContext, message: string, choices: string[], texts: AnswerPromptTexts): Promise<Outcome<GivenAnswer>> {
  return ANSWER_PROMPTS[kind](ctx, message, choices, texts);
}

/** `initial` is where the cursor starts (0 Again … 3 Easy). */
export async function selfGrade(ctx: PromptContext, message: string, labels: readonly string[], initial: number = GOOD): Promise<Outcome<Grade>> {
  const choices = [...labels];
  const picked = await guarded(ctx, message, numbered(choices), () => timedChoice({ message, choices, initial, ...look(ctx, ctx.help.grade) }, context(ctx)));
  return picked.kind === 'answer' ? { kind: 'answer', value: (picked.value + 1) as Grade } : picked;
}

/** The words of a yes/no question: its hint (`(y/N)`), its answers, what a key that is neither gets. */
export interface ConfirmTexts {
  hint: string;
  yes: string;
  no: string;
  invalid: string;
}

/**
 * Yes or no (no by default), in the words of `texts` (the message table's `confirm`): the hint is
 * the table's whole (`(y/N)`; in Chinese a sentence), wrapped with the question; y and n are always
 * accepted, and the table's own words too (`是`, `否`). The answer is echoed with those words.
 */
export function confirmReset(ctx: PromptContext, message: string, texts: ConfirmTexts = messages('en').confirm): Promise<Outcome<boolean>> {
  return guarded(ctx, message, (yes) => (yes ? texts.yes : texts.no), async () => ({
    kind: 'answer' as const,
    value: await confirmPrompt({ message, hint: texts.hint, yes: texts.yes, no: texts.no, invalid: texts.invalid, theme: ctx.theme, ...(ctx.width ? { width: ctx.width } : {}) }, context(ctx)),
  }));
}
