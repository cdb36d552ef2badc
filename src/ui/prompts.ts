import type { Readable, Writable } from 'node:stream';
import { confirm, input, select } from '@inquirer/prompts';
import type { ChalkInstance } from 'chalk';
import type { GivenAnswer, Outcome, PromptKind } from '../core/session/index.js';
import type { Grade } from '../core/types.js';
import { checkbox } from './checkbox-prompt.js';
import { fit, isFlagKey, isFlagText, itemLabel, promptText, type Countdown, type PromptResult, type PromptTheme } from './prompt-parts.js';
import { sortable } from './sortable-prompt.js';
import { timedChoice, timedText } from './timed-prompts.js';

// Every interactive prompt the program shows lives here. Each returns an outcome value
// instead of throwing: Ctrl+C and closed input become 'end', a time limit 'timeout', the
// ! key (in a text prompt, a line of only !) 'flag'.

export interface PromptContext {
  input: Readable;
  output: Writable;
  /** Aborting ends the prompt: reason 'timeout' is a time limit, anything else a stop. */
  signal: AbortSignal;
  theme: PromptTheme;
  /** Key help lines, in the interface language. */
  help: { choice: string; select: string; order: string; grade: string; multi?: string };
  /** Said under a list taller than the screen, so no item goes unseen: `(7 items: ↑/↓ scrolls)`. */
  more?: (count: number) => string;
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

async function guarded<T>(ctx: PromptContext, run: (flag?: AbortSignal) => Promise<PromptResult<T>>, flagKey = false): Promise<Outcome<T>> {
  // Inquirer's own prompts know no ! key: it is watched beside them, and ends them as a flag.
  const flag = flagKey ? watchFlagKey(ctx) : undefined;
  try {
    return await run(flag?.signal);
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'AbortPromptError') {
      if (flag?.signal.aborted && !ctx.signal.aborted) return { kind: 'flag' };
      return ctx.signal.reason === 'timeout' ? { kind: 'timeout' } : { kind: 'end' };
    }
    if (name === 'ExitPromptError' || name === 'CancelPromptError') return { kind: 'end' };
    throw error;
  } finally {
    flag?.stop();
  }
}

function watchFlagKey(ctx: PromptContext): { signal: AbortSignal; stop: () => void } {
  const controller = new AbortController();
  const onKey = (text: string | undefined, key: { name?: string; sequence?: string } | undefined) => {
    if (isFlagKey(key, text)) controller.abort('flag');
  };
  // On a terminal, inquirer lets keys typed before the prompt (during the feedback) pass
  // unheard for one turn of the event loop; so does this watcher, or a stray ! would flag
  // the next question.
  const tty = (ctx.input as { isTTY?: boolean }).isTTY === true;
  const arm = () => ctx.input.on('keypress', onKey);
  const pending = tty ? setImmediate(arm) : (arm(), undefined);
  return {
    signal: controller.signal,
    stop: () => {
      if (pending) clearImmediate(pending);
      ctx.input.off('keypress', onKey);
    },
  };
}

function context(ctx: PromptContext, flag?: AbortSignal) {
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
  if (flag) signal = AbortSignal.any([signal, flag]);
  return { input: ctx.input as NodeJS.ReadableStream, output: ctx.output as NodeJS.WritableStream, signal, clearPromptOnDone: false };
}

/** The help line, plus a note when the list is taller than its page and scrolls. */
function withMore(ctx: PromptContext, help: string, items: string[]): string {
  const rows = items.reduce((n, item, i) => n + itemLabel(i + 1, item, ctx.width).split('\n').length, 0);
  return ctx.more && ctx.pageSize && rows > ctx.pageSize ? `${ctx.more(items.length)}\n${help}` : help;
}

/** Inquirer's select with our colours and our key help line. */
function selectTheme(ctx: PromptContext, help: string) {
  const text = fit(help, ctx.width);
  return { ...ctx.theme, style: { ...ctx.theme.style, keysHelpTip: () => ctx.theme.style?.help?.(text) ?? text } };
}

const SKIP = -1;
/** Self-grades start on Good unless told otherwise. */
const GOOD = 2;

function answered<T>(value: T | null): PromptResult<T> {
  return value === null ? { kind: 'skip' } : { kind: 'answer', value };
}

export function chooseOne(ctx: PromptContext, message: string, choices: string[], skipLabel: string): Promise<Outcome<number>> {
  return guarded(ctx, async (flag) => {
    if (ctx.countdown) return timedChoice({ message, choices, countdown: ctx.countdown, theme: ctx.theme, help: withMore(ctx, ctx.help.choice, choices), pageSize: ctx.pageSize, width: ctx.width }, context(ctx));
    const picked = await select(
      {
        message: promptText(message, ctx.width),
        choices: [
          ...choices.map((name, value) => ({ name: itemLabel(value + 1, name, ctx.width), short: `${value + 1}. ${name}`, value })),
          { name: skipLabel, value: SKIP },
        ],
        pageSize: ctx.pageSize ?? 10,
        loop: false,
        theme: selectTheme(ctx, withMore(ctx, ctx.help.select, choices)),
      },
      context(ctx, flag),
    );
    return answered(picked === SKIP ? null : picked);
  }, !ctx.countdown);
}

export function arrange(ctx: PromptContext, message: string, items: string[]): Promise<Outcome<number[]>> {
  return guarded(ctx, () =>
    sortable({ message, items, theme: ctx.theme, help: withMore(ctx, ctx.help.order, items), pageSize: ctx.pageSize, width: ctx.width, ...(ctx.countdown ? { countdown: ctx.countdown } : {}) }, context(ctx)),
  );
}

/** Select every choice that belongs: the ticked indices, ascending; nothing ticked skips. */
export function pickAll(ctx: PromptContext, message: string, choices: string[]): Promise<Outcome<number[]>> {
  const help = ctx.help.multi ?? ctx.help.choice;
  return guarded(ctx, () =>
    checkbox({ message, choices, theme: ctx.theme, help: withMore(ctx, help, choices), pageSize: ctx.pageSize, width: ctx.width, ...(ctx.countdown ? { countdown: ctx.countdown } : {}) }, context(ctx)),
  );
}

/** One line of text; an empty line skips, a line of only `!` flags the question. */
export function freeText(ctx: PromptContext, message: string): Promise<Outcome<string>> {
  return guarded(ctx, async () => {
    if (ctx.countdown) return timedText({ message, countdown: ctx.countdown, theme: ctx.theme, width: ctx.width }, context(ctx));
    const text = await input({ message: promptText(message, ctx.width), theme: ctx.theme }, context(ctx));
    return isFlagText(text) ? { kind: 'flag' } : answered(text.trim() ? text.trim() : null);
  });
}

/** What the answer prompts show besides the question: the skip entry, the text prompts' help lines. */
export interface AnswerPromptTexts {
  skip: string;
  /** Under a typed answer's question. */
  typedHelp: string;
  /** Under a free (recall) answer's question. */
  recallHelp: string;
}

/** The prompt for each kind of answer (the kits say which one a question needs). */
const ANSWER_PROMPTS: { [P in PromptKind]: (ctx: PromptContext, message: string, choices: string[], texts: AnswerPromptTexts) => Promise<Outcome<GivenAnswer>> } = {
  select: (ctx, message, choices, texts) => chooseOne(ctx, message, choices, texts.skip),
  sortable: (ctx, message, choices) => arrange(ctx, message, choices),
  checkbox: (ctx, message, choices) => pickAll(ctx, message, choices),
  text: (ctx, message, _choices, texts) => freeText(ctx, `${message}\n${texts.typedHelp}`),
  free: (ctx, message, _choices, texts) => freeText(ctx, `${message}\n${texts.recallHelp}`),
};

/** Asks a question with the prompt its kind needs. */
export function askAnswer(kind: PromptKind, ctx: PromptContext, message: string, choices: string[], texts: AnswerPromptTexts): Promise<Outcome<GivenAnswer>> {
  return ANSWER_PROMPTS[kind](ctx, message, choices, texts);
}

/** `initial` is where the cursor starts (0 Again … 3 Easy). */
export function selfGrade(ctx: PromptContext, message: string, labels: readonly string[], initial: number = GOOD): Promise<Outcome<Grade>> {
  const choices = [...labels];
  return guarded(ctx, async (flag) => {
    const picked = ctx.countdown
      ? await timedChoice({ message, choices, countdown: ctx.countdown, theme: ctx.theme, help: ctx.help.grade, initial, width: ctx.width }, context(ctx))
      : answered(
          await select(
            {
              message: promptText(message, ctx.width),
              choices: choices.map((name, i) => ({ name: itemLabel(i + 1, name, ctx.width), short: `${i + 1}. ${name}`, value: i })),
              default: initial,
              theme: selectTheme(ctx, ctx.help.grade),
            },
            context(ctx, flag),
          ),
        );
    return picked.kind === 'answer' ? { kind: 'answer', value: (picked.value + 1) as Grade } : picked;
  }, !ctx.countdown);
}

export function confirmReset(ctx: PromptContext, message: string): Promise<Outcome<boolean>> {
  return guarded(ctx, async () => answered(await confirm({ message: promptText(message, ctx.width), default: false, theme: ctx.theme }, context(ctx))));
}
