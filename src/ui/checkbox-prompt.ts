import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isSpaceKey,
  isUpKey,
  makeTheme,
  usePagination,
  usePrefix,
  useKeypress,
  useState,
  type Theme,
} from '@inquirer/core';
import { finishedLine, isFlagKey, itemLabel, listHelp, promptText, rowsOf, useCountdown, useFinish, type Countdown, type PromptLook, type PromptResult } from './prompt-parts.js';

// Select every choice that belongs: a checkbox list on @inquirer/core, like inquirer's own
// checkbox, with what the program's prompts share: a countdown in interviews, s to skip,
// ! to flag the question, wrapped labels. ↑/↓ move, space (or the choice's number) ticks,
// enter confirms; enter with nothing ticked skips.

export interface CheckboxConfig extends PromptLook {
  message: string;
  choices: string[];
  pageSize?: number;
  countdown?: Countdown;
}

/** Resolves with the ticked choices' indices, ascending. */
export const checkbox = createPrompt<PromptResult<number[]>, CheckboxConfig>((config, done) => {
  const theme = makeTheme<Theme>(config.theme as Partial<Theme>);
  const [ticked, setTicked] = useState<boolean[]>(() => config.choices.map(() => false));
  const [cursor, setCursor] = useState(0);
  const [result, finish] = useFinish<number[]>(done);
  const status = result ? 'done' : 'idle';
  const prefix = usePrefix({ status, theme });
  const clock = useCountdown(config.countdown, () => finish({ kind: 'timeout' }));
  const n = config.choices.length;
  const picked = () => ticked.flatMap((on, i) => (on ? [i] : []));
  const toggle = (i: number) => setTicked(ticked.map((on, j) => (j === i ? !on : on)));

  useKeypress((key) => {
    if (result) return;
    if (isEnterKey(key)) return finish(picked().length ? { kind: 'answer', value: picked() } : { kind: 'skip' });
    if (key.name === 's' && !key.ctrl) return finish({ kind: 'skip' });
    if (isFlagKey(key)) return finish({ kind: 'flag' });
    if (isSpaceKey(key)) return toggle(cursor);
    if (/^[1-9]$/.test(key.name) && Number(key.name) <= n) {
      setCursor(Number(key.name) - 1);
      return toggle(Number(key.name) - 1);
    }
    if (isUpKey(key, []) && cursor > 0) setCursor(cursor - 1);
    else if (isDownKey(key, []) && cursor < n - 1) setCursor(cursor + 1);
  });

  const message = theme.style.message(promptText(config.message, config.width), status);
  if (result) return finishedLine(prefix, theme.style.message(config.message, status), result, (picks) => theme.style.answer(picks.map((i) => i + 1).join(' ')), config.width);
  const pageSize = config.pageSize ?? 10;
  const page = usePagination({
    items: config.choices,
    active: cursor,
    pageSize,
    loop: false,
    renderItem: ({ item, index, isActive }) => {
      // `[x] 2. text`, wrapped under its text.
      const label = itemLabel(index + 1, item, config.width && config.width - 4).replace(/\n/g, '\n    ');
      const row = `${ticked[index] ? '[x]' : '[ ]'} ${label}`;
      return isActive ? theme.style.highlight(`❯ ${row}`) : `  ${row}`;
    },
  });
  const help = listHelp(
    { ...config, help: config.help ?? ['↑/↓ to move', 'space or a number to tick', 'Enter to confirm', 's skips', '! flags a bad question'] },
    rowsOf(config.choices, config.width && config.width - 4),
    config.choices.length,
    pageSize,
  );
  return `${prefix} ${message}\n${page}\n${theme.style.help(help) + (clock ? `\n${clock}` : '')}`;
});
