import { makeTheme, useEffect, usePrefix, useRef, useState, type KeypressEvent, type Theme } from '@inquirer/core';
import { hanging, helpLine, displayWidth, wrap } from './layout.js';

// What the custom prompts (sortable, checkbox, timed choice, timed text) share: how they
// start and end and say so, a countdown that redraws once a second and ends the prompt itself
// when time is up (so it leaves a finished line, not a frozen frame), the skip and flag keys,
// theme and layout helpers.

/** `partial`: text typed but not sent when time ran out. `flag`: the question was marked as bad. */
export type PromptResult<T> = { kind: 'answer'; value: T } | { kind: 'skip' } | { kind: 'flag' } | { kind: 'timeout'; partial?: string };

/** The key that flags a question as bad: `!` (or the full-width `！` of a Chinese keyboard). */
function isFlagKey(key: { name?: string; sequence?: string } | undefined, text?: string | null): boolean {
  return [key?.name, key?.sequence, text ?? undefined].some((k) => k === '!' || k === '！');
}

/** How a custom prompt ends: the result is kept for its finished line and handed to inquirer. */
function useFinish<T>(done: (value: PromptResult<T>) => void): [PromptResult<T> | null, (value: PromptResult<T>) => void] {
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
  /** The key help shown under the prompt, item by item (laid out by `helpText`). */
  help?: readonly string[];
  /** Terminal columns: text is wrapped here (by display width) rather than cut by the terminal. */
  width?: number;
  /** Said above the help when the list is taller than its page: `(7 items: ↑/↓ scrolls)`. */
  more?: (count: number) => string;
  /** Where a scrolled list hides items: `↑ 2 more` above its first row, `↓ 3 more` below its last. */
  hidden?: (direction: 'up' | 'down', count: number) => string;
}

/** What every custom prompt is given: its question, and a countdown in interviews. */
export interface PromptConfig extends PromptLook {
  message: string;
  countdown?: Countdown;
}

/** `3. text` for a list row, wrapped under its text and clear of the 2-column cursor. */
export function itemLabel(n: number, text: string, width?: number): string {
  if (!width) return `${n}. ${text}`;
  return hanging(`${n}. `, text, width - 2).replace(/\n/g, '\n  ');
}

/** Text wrapped to `width` columns, or left alone when the width is unknown. */
function fit(text: string, width?: number): string {
  return width ? wrap(text, width) : text;
}

/** Prompt text after the 2-column `? ` mark, its continuation lines under its first character. */
export function promptText(text: string, width?: number): string {
  return width ? hanging('', text, width - 2).replace(/\n/g, '\n  ') : text;
}

/** The key help items as lines: broken between items, never inside one. */
export function helpText(items: readonly string[] | undefined, width?: number): string {
  if (!items?.length) return '';
  // Without a width, the 80 columns inquirer assumes: an item is never cut by its hard wrap.
  return helpLine(items, width ?? 80);
}

/** The help under a list, with the note that it scrolls when its rows outnumber the page. */
export function listHelp(look: PromptLook, rows: number, count: number, pageSize: number): string {
  const help = helpText(look.help, look.width);
  const more = rows > pageSize && look.more ? fit(look.more(count), look.width) : '';
  return [more, help].filter(Boolean).join('\n');
}

/** The rows of a list on screen: whole items only, and a mark where items are hidden. */
export interface ListPage {
  text: string;
  /** The first item shown, kept so the page moves only when the cursor leaves it. */
  first: number;
}

/**
 * The page of a list around the active item, `pageSize` rows at most (marks included). An item
 * is shown whole or not at all, and a mark above or below says how many are hidden there, so a
 * list cut at the page's edge never looks finished. The page moves only as far as the cursor needs.
 */
function listPage(items: readonly string[], active: number, pageSize: number, first: number, hidden: (direction: 'up' | 'down', count: number) => string): ListPage {
  const heights = items.map((item) => item.split('\n').length);
  const n = items.length;
  const sum = (from: number, to: number) => heights.slice(from, to + 1).reduce((a, b) => a + b, 0);
  if (sum(0, n - 1) <= pageSize) return { text: items.join('\n'), first: 0 };
  // Rows items first..last take on the page, with their marks.
  const rows = (from: number, to: number) => sum(from, to) + (from > 0 ? 1 : 0) + (to < n - 1 ? 1 : 0);
  let start = Math.max(0, Math.min(first, active, n - 1));
  // Back from the cursor while it is below the page.
  while (start < active && rows(start, active) > pageSize) start++;
  let end = active;
  while (end + 1 < n && rows(start, end + 1) <= pageSize) end++;
  // Room left at the end of the list goes to the items above.
  while (start > 0 && end === n - 1 && rows(start - 1, end) <= pageSize) start--;
  const shown = items.slice(start, end + 1);
  if (start > 0) shown.unshift(hidden('up', start));
  if (end < n - 1) shown.push(hidden('down', n - 1 - end));
  return { text: shown.join('\n'), first: start };
}

/** `↑ 2 more` in English when the prompt was given no words of its own. */
const HIDDEN_EN = (direction: 'up' | 'down', count: number) => `  ${direction === 'up' ? '↑' : '↓'} ${count} more`;

/** Rows a list of labels takes once wrapped. */
export function rowsOf(labels: readonly string[], width?: number): number {
  return labels.reduce((n, label, i) => n + itemLabel(i + 1, label, width).split('\n').length, 0);
}

/** Redraws every second; calls `onTimeout` once when the deadline passes. Returns the status text. */
function useCountdown(countdown: Countdown | undefined, onTimeout: () => void): string {
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

/** What became of a prompt, as its finished line shows it after the question. */
export function outcomeMark<T>(result: PromptResult<T>, show: (value: T) => string): string {
  return result.kind === 'answer' ? show(result.value) : result.kind === 'skip' ? '–' : result.kind === 'flag' ? '⚑' : '⌛';
}

/**
 * The line a finished prompt leaves: the question and what became of it, wrapped under the
 * question's first character. The answer follows the question on its last line when it fits
 * there, else starts a line of its own (an answer is never cut in two by the question's end).
 */
export function echoLine(prefix: string, message: string, outcome: string, width?: number): string {
  if (!width) return outcome ? `${prefix} ${message} ${outcome}` : `${prefix} ${message}`;
  const question = hanging(`${prefix} `, message, width);
  if (!outcome) return question;
  // After a question of one line, the answer follows it when it fits; after a longer question
  // (a clue under it), it goes on a line of its own, not onto the clue.
  const lines = question.split('\n');
  if (lines.length === 1 && displayWidth(question) + 1 + displayWidth(outcome) <= width) return `${question} ${outcome}`;
  return `${question}\n${hanging('  ', outcome, width)}`;
}

/** The finished frame of a custom prompt (the same line the prompt module echoes after it). */
function finishedLine<T>(prefix: string, message: string, result: PromptResult<T> | null, show: (value: T) => string, width?: number): string {
  return echoLine(prefix, message, result ? outcomeMark(result, show) : '', width);
}

/** What every custom prompt has from its config: its theme, how it ends, its mark and its question. */
export interface PromptFrame<T> {
  theme: Theme;
  /** How the prompt ended; null while it runs. */
  result: PromptResult<T> | null;
  finish: (value: PromptResult<T>) => void;
  /** The `? ` mark. */
  prefix: string;
  /** The question, wrapped under the mark and styled. */
  message: string;
  /** The time left, or '' without a countdown. */
  clock: string;
  /** The line a finished prompt leaves, the answer shown by `show`. */
  finished: (show: (value: T) => string) => string;
}

/**
 * Starts a custom prompt: its theme, its finish, its mark and the countdown that ends it with
 * `timeout()` (a plain timeout unless told otherwise).
 */
export function usePromptFrame<T>(
  config: PromptConfig,
  done: (value: PromptResult<T>) => void,
  timeout: () => PromptResult<T> = () => ({ kind: 'timeout' }),
): PromptFrame<T> {
  const theme = makeTheme<Theme>(config.theme as Partial<Theme>);
  const [result, finish] = useFinish<T>(done);
  const status = result ? 'done' : 'idle';
  const prefix = usePrefix({ status, theme });
  const clock = useCountdown(config.countdown, () => finish(timeout()));
  const message = theme.style.message(promptText(config.message, config.width), status);
  const finished = (show: (value: T) => string) => finishedLine(prefix, theme.style.message(config.message, status), result, show, config.width);
  return { theme, result, finish, prefix, message, clock, finished };
}

/** The keys every list prompt reads alike: `s` skips, `!` flags the question as bad. */
export function skipOrFlag(key: KeypressEvent): { kind: 'skip' } | { kind: 'flag' } | null {
  if (key.name === 's' && !key.ctrl) return { kind: 'skip' };
  if (isFlagKey(key)) return { kind: 'flag' };
  return null;
}

/**
 * The page of a list prompt's rows around the cursor (`listPage`), its hidden-item marks in the
 * help colour; `first` keeps where the page starts from one frame to the next.
 */
export function pageOf<T, I>(
  frame: PromptFrame<T>,
  look: PromptLook,
  first: { current: number },
  active: number,
  pageSize: number,
  items: readonly I[],
  render: (item: I, index: number, isActive: boolean) => string,
): string {
  const hidden = look.hidden ?? HIDDEN_EN;
  const page = listPage(items.map((item, i) => render(item, i, i === active)), active, pageSize, first.current, (direction, count) => frame.theme.style.help(hidden(direction, count)));
  first.current = page.first;
  return page.text;
}

/** A running list prompt: the question, the page of rows, the help, and the time left under it. */
export function listFrame<T>(frame: PromptFrame<T>, page: string, help: string): string {
  return `${frame.prefix} ${frame.message}\n${page}\n${frame.theme.style.help(help) + (frame.clock ? `\n${frame.clock}` : '')}`;
}
