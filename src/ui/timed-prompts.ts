import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isUpKey,
  makeTheme,
  usePagination,
  usePrefix,
  useKeypress,
  useState,
  type Theme,
} from '@inquirer/core';
import { finishedLine, fit, isFlagKey, isFlagText, itemLabel, promptText, useCountdown, useFinish, type Countdown, type PromptLook, type PromptResult } from './prompt-parts.js';

// Prompts for timed interviews: like select and input, plus a countdown that is redrawn
// every second while the person thinks and ends the prompt when time is up.

export interface TimedChoiceConfig extends PromptLook {
  message: string;
  choices: string[];
  countdown?: Countdown;
  pageSize?: number;
  /** Index the cursor starts on. */
  initial?: number;
}

/** ↑/↓ or a digit moves, enter picks, s skips, ! flags the question as bad. */
export const timedChoice = createPrompt<PromptResult<number>, TimedChoiceConfig>((config, done) => {
  const theme = makeTheme<Theme>(config.theme as Partial<Theme>);
  const [active, setActive] = useState(config.initial ?? 0);
  const [result, finish] = useFinish<number>(done);
  const status = result ? 'done' : 'idle';
  const prefix = usePrefix({ status, theme });
  const clock = useCountdown(config.countdown, () => finish({ kind: 'timeout' }));

  useKeypress((key) => {
    if (result) return;
    const n = config.choices.length;
    if (isEnterKey(key)) finish({ kind: 'answer', value: active });
    else if (isUpKey(key, [])) setActive((active - 1 + n) % n);
    else if (isDownKey(key, [])) setActive((active + 1) % n);
    else if (/^[1-9]$/.test(key.name) && Number(key.name) <= n) setActive(Number(key.name) - 1);
    else if (key.name === 's') finish({ kind: 'skip' });
    else if (isFlagKey(key)) finish({ kind: 'flag' });
  });

  const message = theme.style.message(promptText(config.message, config.width), status);
  if (result) return finishedLine(prefix, message, result, (i) => theme.style.answer(`${i + 1}. ${config.choices[i] ?? ''}`));
  const page = usePagination({
    items: config.choices,
    active,
    pageSize: config.pageSize ?? 8,
    loop: false,
    renderItem: ({ item, index, isActive }) => {
      const label = itemLabel(index + 1, item, config.width);
      return isActive ? theme.style.highlight(`❯ ${label}`) : `  ${label}`;
    },
  });
  const help = config.help ?? '↑/↓ or 1-9 choose · enter confirm · s skip';
  return [`${prefix} ${message}`, page, theme.style.help(fit(help, config.width)) + (clock ? `\n${clock}` : '')].join('\n');
});

export interface TimedTextConfig extends PromptLook {
  message: string;
  countdown?: Countdown;
}

/** Free text on one line; enter submits, an empty line skips, a line of only `!` flags the question. */
export const timedText = createPrompt<PromptResult<string>, TimedTextConfig>((config, done) => {
  const theme = makeTheme<Theme>(config.theme as Partial<Theme>);
  const [value, setValue] = useState('');
  const [result, finish] = useFinish<string>(done);
  const status = result ? 'done' : 'idle';
  const prefix = usePrefix({ status, theme });
  const clock = useCountdown(config.countdown, () => finish(value.trim() ? { kind: 'timeout', partial: value.trim() } : { kind: 'timeout' }));

  useKeypress((key, rl) => {
    if (result) return;
    if (isEnterKey(key)) finish(isFlagText(value) ? { kind: 'flag' } : value.trim() ? { kind: 'answer', value: value.trim() } : { kind: 'skip' });
    else setValue(rl.line);
  });

  const message = theme.style.message(promptText(config.message, config.width), status);
  if (result) return finishedLine(prefix, message, result, (text) => theme.style.answer(text));
  return [`${prefix} ${message} ${value}`, clock ? theme.style.help(clock) : ''];
});
