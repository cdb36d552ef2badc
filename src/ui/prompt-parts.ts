import { useEffect, useRef, useState, type Theme } from '@inquirer/core';
import { hanging, wrap } from './layout.js';

// What the custom prompts (sortable, timed choice, timed text) share: how they end and
// say so, a countdown that redraws once a second and ends the prompt itself when time is
// up (so it leaves a finished line, not a frozen frame), theme and layout helpers.

/** `partial`: text typed but not sent when time ran out. `flag`: the question was marked as bad. */
export type PromptResult<T> = { kind: 'answer'; value: T } | { kind: 'skip' } | { kind: 'flag' } | { kind: 'timeout'; partial?: string };

/** The key that flags a question as bad: `!` (or the full-width `！` of a Chinese keyboard). */
export function isFlagKey(key: { name?: string; sequence?: string } | undefined, text?: string | null): boolean {
  return [key?.name, key?.sequence, text ?? undefined].some((k) => k === '!' || k === '！');
}

/** A line of text that is only `!`: in text prompts the flag is a line, not a key (answers may contain `!`). */
export function isFlagText(text: string): boolean {
  return text.normalize('NFKC').trim() === '!';
}

/** How a custom prompt ends: the result is kept for its finished line and handed to inquirer. */
export function useFinish<T>(done: (value: PromptResult<T>) => void): [PromptResult<T> | null, (value: PromptResult<T>) => void] {
  const [result, setResult] = useState<PromptResult<T> | null>(null);
  const finish = (value: PromptResult<T>) => {
    setResult(value);
    done(value);
  };
  return [result, finish];
}

export interface Countdown {
  /** Epoch ms when the prompt times out. */
  deadline: number;
  now: () => number;
  /** Text of the time left, redrawn every second. */
  status: () => string;
}

/** The parts of an inquirer theme this program sets (colours, the prompt marks). */
export interface PromptTheme {
  prefix?: { idle?: string; done?: string };
  style?: Partial<Theme['style']>;
}

export interface PromptLook {
  theme?: PromptTheme;
  /** The key help shown under the prompt. */
  help?: string;
  /** Terminal columns: text is wrapped here (by display width) rather than cut by the terminal. */
  width?: number;
}

/** `3. text` for a list row, wrapped under its text and clear of the 2-column cursor. */
export function itemLabel(n: number, text: string, width?: number): string {
  if (!width) return `${n}. ${text}`;
  return hanging(`${n}. `, text, width - 2).replace(/\n/g, '\n  ');
}

/** Text wrapped to `width` columns, or left alone when the width is unknown. */
export function fit(text: string, width?: number): string {
  return width ? wrap(text, width) : text;
}

/** Prompt text after the 2-column `? ` mark. */
export function promptText(text: string, width?: number): string {
  return fit(text, width && width - 2);
}

/** Redraws every second; calls `onTimeout` once when the deadline passes. Returns the status text. */
export function useCountdown(countdown: Countdown | undefined, onTimeout: () => void): string {
  const [, setTick] = useState(0);
  const fired = useRef(false);
  const timeout = useRef(onTimeout);
  timeout.current = onTimeout;
  useEffect(() => {
    if (!countdown) return undefined;
    const check = () => {
      if (!fired.current && countdown.now() >= countdown.deadline) {
        fired.current = true;
        timeout.current();
      } else setTick((n: number) => n + 1);
    };
    const ticker = setInterval(check, 1000);
    // A timer can fire a millisecond early by the clock: then it is set again, not left to the next tick.
    let exact: ReturnType<typeof setTimeout>;
    const atDeadline = () => {
      const left = countdown.deadline - countdown.now();
      if (left > 0) exact = setTimeout(atDeadline, left + 1);
      else check();
    };
    exact = setTimeout(atDeadline, Math.max(0, countdown.deadline - countdown.now()));
    return () => {
      clearInterval(ticker);
      clearTimeout(exact);
    };
  }, []);
  return countdown ? countdown.status() : '';
}

/** The line a finished prompt leaves: the question and what became of it. */
export function finishedLine<T>(prefix: string, message: string, result: PromptResult<T> | null, show: (value: T) => string): string {
  if (!result) return `${prefix} ${message}`;
  const outcome = result.kind === 'answer' ? show(result.value) : result.kind === 'skip' ? '–' : result.kind === 'flag' ? '⚑' : '⌛';
  return `${prefix} ${message} ${outcome}`;
}
