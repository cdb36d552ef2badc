import type { Readable, Writable } from 'node:stream';
import { confirm, input, select } from '@inquirer/prompts';
import type { Grade } from '../core/types.js';
import { sortable } from './sortable-prompt.js';
import { timedChoice, timedText } from './timed-prompts.js';

// Every interactive prompt the program shows lives here. Each returns an outcome value
// instead of throwing: Ctrl+C and closed input become 'end', a time limit 'timeout'.

export interface PromptContext {
  input: Readable;
  output: Writable;
  signal: AbortSignal;
  /** Countdown text, redrawn every second (timed interviews only). */
  status?: () => string;
}

export type PromptOutcome<T> = { kind: 'answer'; value: T } | { kind: 'skip' } | { kind: 'timeout' } | { kind: 'end' };

async function guarded<T>(ctx: PromptContext, run: () => Promise<T | null>): Promise<PromptOutcome<T>> {
  try {
    const value = await run();
    return value === null ? { kind: 'skip' } : { kind: 'answer', value };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'AbortPromptError') return ctx.signal.reason === 'timeout' ? { kind: 'timeout' } : { kind: 'end' };
    if (name === 'ExitPromptError' || name === 'CancelPromptError') return { kind: 'end' };
    throw error;
  }
}

function context(ctx: PromptContext) {
  return { input: ctx.input as NodeJS.ReadableStream, output: ctx.output as NodeJS.WritableStream, signal: ctx.signal, clearPromptOnDone: false };
}

const SKIP = -1;
/** Self-grades start on Good, the usual answer. */
const GOOD = 2;

// Inquirer marks every finished prompt with a green tick, which reads as "right" even
// when the answer was wrong; the verdict is printed separately, so the mark stays neutral.
const theme = { prefix: { idle: '?', done: '›' } };

export function chooseOne(ctx: PromptContext, message: string, choices: string[], skipLabel: string): Promise<PromptOutcome<number>> {
  return guarded(ctx, async () => {
    const picked = ctx.status
      ? await timedChoice({ message, choices, status: ctx.status }, context(ctx))
      : await select(
          {
            message,
            choices: [...choices.map((name, value) => ({ name: `${value + 1}. ${name}`, short: `${value + 1}`, value })), { name: skipLabel, value: SKIP }],
            pageSize: Math.min(10, choices.length + 1),
            loop: false,
            theme,
          },
          context(ctx),
        );
    return picked === SKIP ? null : picked;
  });
}

export function arrange(ctx: PromptContext, message: string, items: string[]): Promise<PromptOutcome<number[]>> {
  return guarded(ctx, () => sortable({ message, items, ...(ctx.status ? { status: ctx.status } : {}) }, context(ctx)));
}

export function freeText(ctx: PromptContext, message: string): Promise<PromptOutcome<string>> {
  return guarded(ctx, async () => {
    const text = ctx.status ? await timedText({ message, status: ctx.status }, context(ctx)) : await input({ message, theme }, context(ctx));
    return text.trim() ? text.trim() : null;
  });
}

export function selfGrade(ctx: PromptContext, message: string, labels: readonly string[]): Promise<PromptOutcome<Grade>> {
  const choices = [...labels];
  return guarded(ctx, async () => {
    const picked = ctx.status
      ? await timedChoice({ message, choices, status: ctx.status, initial: GOOD }, context(ctx))
      : await select({ message, choices: choices.map((name, i) => ({ name: `${i + 1}. ${name}`, value: i })), default: GOOD, theme }, context(ctx));
    return picked < 0 ? null : ((picked + 1) as Grade);
  });
}

export function confirmReset(ctx: PromptContext, message: string): Promise<PromptOutcome<boolean>> {
  return guarded(ctx, () => confirm({ message, default: false, theme }, context(ctx)));
}
