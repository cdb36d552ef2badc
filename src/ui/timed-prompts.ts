import { createPrompt, isDownKey, isEnterKey, isUpKey, useKeypress, useRef, useState } from '@inquirer/core';
import { displayWidth, hanging } from './layout.js';
import { ANSWER_LIMIT, cleanAnswer, isFlagLine } from '../core/session/index.js';
import { helpText, itemLabel, listFrame, listHelp, pageOf, rowsOf, skipOrFlag, usePromptFrame, type PromptConfig, type PromptResult } from './prompt-parts.js';

// The choice list and the one-line input every session uses, with or without a time limit:
// like inquirer's select and input, plus what the program's prompts share: a countdown
// redrawn every second that ends the prompt when time is up, `s` to skip, `!` to flag the
// question, text wrapped to the terminal by display width, and the key help under the prompt.

export interface TimedChoiceConfig extends PromptConfig {
  choices: string[];
  /** A last row that skips when picked (`Skip`); `s` skips with or without it. */
  skipLabel?: string;
  pageSize?: number;
  /** Index the cursor starts on. */
  initial?: number;
}

const DEFAULT_CHOICE_HELP = ['↑/↓ or a number to choose', 'Enter to confirm', 's skips'];

/** ↑/↓ or a digit moves, Enter picks (the skip row skips), s skips, ! flags the question as bad. */
export const timedChoice = createPrompt<PromptResult<number>, TimedChoiceConfig>((config, done) => {
  const frame = usePromptFrame<number>(config, done);
  const { theme, result, finish } = frame;
  const rows = config.skipLabel ? [...config.choices, config.skipLabel] : config.choices;
  const [active, setActive] = useState(config.initial ?? 0);
  const first = useRef(0);

  useKeypress((key) => {
    if (result) return;
    const n = rows.length;
    if (isEnterKey(key)) finish(active >= config.choices.length ? { kind: 'skip' } : { kind: 'answer', value: active });
    else if (isUpKey(key, [])) setActive((active - 1 + n) % n);
    else if (isDownKey(key, [])) setActive((active + 1) % n);
    else if (/^[1-9]$/.test(key.name) && Number(key.name) <= config.choices.length) setActive(Number(key.name) - 1);
    else {
      const ending = skipOrFlag(key);
      if (ending) finish(ending);
    }
  });

  if (result) return frame.finished((i) => theme.style.answer(`${i + 1}. ${config.choices[i] ?? ''}`));
  const pageSize = config.pageSize ?? 8;
  const page = pageOf(frame, config, first, active, pageSize, rows, (item, index, isActive) => {
    const label = index < config.choices.length ? itemLabel(index + 1, item, config.width) : item;
    return isActive ? theme.style.highlight(`❯ ${label}`) : `  ${label}`;
  });
  // The skip row counts too: a list whose skip row is off the page scrolls.
  const height = rowsOf(config.choices, config.width) + (config.skipLabel ? 1 : 0);
  const help = listHelp({ ...config, help: config.help ?? DEFAULT_CHOICE_HELP }, height, config.choices.length, pageSize);
  return listFrame(frame, page, help);
});

export type TimedTextConfig = PromptConfig;

const CURSOR_HIDE = '\u001b[?25l';
const CURSOR_SHOW = '\u001b[?25h';

/**
 * The input line: `› ` and what is typed. Longer than the line, the terminal would cut it
 * mid-word (and the cursor it places is where that cut text ends): then the text is wrapped
 * like every other line, the terminal's cursor is hidden and the character at the cursor is
 * shown in reverse video instead (`at`: the cursor, in characters). `hidden` says whether the terminal cursor is hidden.
 */
function inputLine(mark: string, value: string, at: number, width: number | undefined): { text: string; hidden: boolean } {
  if (!width || displayWidth(value) + 3 < width) return { text: `${mark} ${value}`, hidden: false };
  const chars = [...value];
  const i = Math.max(0, Math.min(at, chars.length));
  const under = chars[i] ?? ' ';
  const shown = `${chars.slice(0, i).join('')}\u001b[7m${under}\u001b[27m${chars.slice(i + 1).join('')}`;
  return { text: hanging(`${mark} `, shown, width), hidden: true };
}

/**
 * Free text on one line, typed on the line under the question; Enter submits, an empty line
 * skips, a line of only `!` flags the question. At the deadline, what was typed goes with the timeout.
 */
export const timedText = createPrompt<PromptResult<string>, TimedTextConfig>((config, done) => {
  const [value, setValue] = useState('');
  const [at, setAt] = useState(0);
  const hid = useRef(false);
  const frame = usePromptFrame<string>(config, done, () => (value.trim() ? { kind: 'timeout', partial: value.trim() } : { kind: 'timeout' }));
  const { theme, result, finish } = frame;

  useKeypress((key, rl) => {
    if (result) return;
    if (isEnterKey(key)) finish(isFlagLine(value) ? { kind: 'flag' } : value.trim() ? { kind: 'answer', value: value.trim() } : { kind: 'skip' });
    else {
      // Cleaned as it is typed (a pasted escape sequence is neither drawn nor kept), and capped:
      // past the limit, keys add nothing.
      if (rl.line.length > ANSWER_LIMIT) {
        const line = rl as typeof rl & { cursor: number }; // a node readline underneath
        line.line = line.line.slice(0, ANSWER_LIMIT);
        line.cursor = Math.min(line.cursor, ANSWER_LIMIT);
      }
      setValue(cleanAnswer(rl.line));
      // Where the cursor is, in characters (readline counts UTF-16 units).
      setAt([...rl.line.slice(0, (rl as typeof rl & { cursor: number }).cursor)].length);
    }
  });

  if (result) return frame.finished((text) => theme.style.answer(text));
  // The input is the last line of the prompt (the cursor is kept there); help and clock go under it.
  const below = [theme.style.help(helpText(config.help, config.width)), frame.clock].filter(Boolean).join('\n');
  const input = inputLine(theme.style.highlight('›'), value, at, config.width);
  // The terminal cursor is hidden while the input wraps, and shown again when it fits.
  const cursor = input.hidden ? CURSOR_HIDE : hid.current ? CURSOR_SHOW : '';
  hid.current = input.hidden;
  return [`${frame.prefix} ${frame.message}\n${input.text}${cursor}`, below];
});
