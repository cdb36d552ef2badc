import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, useKeypress, useRef, useState } from '@inquirer/core';
import { itemLabel, listFrame, listHelp, pageOf, rowsOf, skipOrFlag, usePromptFrame, type PromptConfig, type PromptResult } from './prompt-parts.js';

// Select every choice that belongs: a checkbox list on @inquirer/core, like inquirer's own
// checkbox, with what the program's prompts share: a countdown in interviews, s to skip,
// ! to flag the question, wrapped labels. ↑/↓ move, space (or the choice's number) ticks,
// enter confirms; enter with nothing ticked skips.

export interface CheckboxConfig extends PromptConfig {
  choices: string[];
  pageSize?: number;
}

/** Resolves with the ticked choices' indices, ascending. */
export const checkbox = createPrompt<PromptResult<number[]>, CheckboxConfig>((config, done) => {
  const frame = usePromptFrame<number[]>(config, done);
  const { theme, result, finish } = frame;
  const [ticked, setTicked] = useState<boolean[]>(() => config.choices.map(() => false));
  const [cursor, setCursor] = useState(0);
  const first = useRef(0);
  const n = config.choices.length;
  const picked = () => ticked.flatMap((on, i) => (on ? [i] : []));
  const toggle = (i: number) => setTicked(ticked.map((on, j) => (j === i ? !on : on)));

  useKeypress((key) => {
    if (result) return;
    if (isEnterKey(key)) return finish(picked().length ? { kind: 'answer', value: picked() } : { kind: 'skip' });
    const ending = skipOrFlag(key);
    if (ending) return finish(ending);
    if (isSpaceKey(key)) return toggle(cursor);
    if (/^[1-9]$/.test(key.name) && Number(key.name) <= n) {
      setCursor(Number(key.name) - 1);
      return toggle(Number(key.name) - 1);
    }
    if (isUpKey(key, []) && cursor > 0) setCursor(cursor - 1);
    else if (isDownKey(key, []) && cursor < n - 1) setCursor(cursor + 1);
  });

  if (result) return frame.finished((picks) => theme.style.answer(picks.map((i) => i + 1).join(' ')));
  const pageSize = config.pageSize ?? 10;
  const page = pageOf(frame, config, first, cursor, pageSize, config.choices, (item, index, isActive) => {
    // `[x] 2. text`, wrapped under its text.
    const label = itemLabel(index + 1, item, config.width && config.width - 4).replace(/\n/g, '\n    ');
    const row = `${ticked[index] ? '[x]' : '[ ]'} ${label}`;
    return isActive ? theme.style.highlight(`❯ ${row}`) : `  ${row}`;
  });
  const help = listHelp(
    { ...config, help: config.help ?? ['↑/↓ to move', 'space or a number to tick', 'Enter to confirm', 's skips', '! flags a bad question'] },
    rowsOf(config.choices, config.width && config.width - 4),
    config.choices.length,
    pageSize,
  );
  return listFrame(frame, page, help);
});
