import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, useKeypress, useRef, useState } from '@inquirer/core';
import { itemLabel, listFrame, listHelp, pageOf, rowsOf, skipOrFlag, usePromptFrame, type PromptConfig, type PromptResult } from './prompt-parts.js';

// A list the person reorders in place: ↑/↓ move the cursor, space picks the item up
// and drops it, ↑/↓ while holding move the item. Enter submits the order, s skips (holding an
// item or not: the help says so), ! flags the question as bad.

export interface SortableConfig extends PromptConfig {
  items: string[];
  pageSize?: number;
}

/** Resolves with the original indices of the items, in the order the person left them. */
export const sortable = createPrompt<PromptResult<number[]>, SortableConfig>((config, done) => {
  const frame = usePromptFrame<number[]>(config, done);
  const { theme, result, finish } = frame;
  const [order, setOrder] = useState<number[]>(() => config.items.map((_, i) => i));
  const [cursor, setCursor] = useState(0);
  const [held, setHeld] = useState(false);
  const first = useRef(0);

  useKeypress((key) => {
    if (result) return;
    if (isEnterKey(key)) return finish({ kind: 'answer', value: order });
    const ending = skipOrFlag(key);
    if (ending) return finish(ending);
    if (isSpaceKey(key)) return setHeld(!held);
    const up = isUpKey(key, []) || key.name === 'k';
    const down = isDownKey(key, []) || key.name === 'j';
    if (!up && !down) return;
    const target = up ? cursor - 1 : cursor + 1;
    if (target < 0 || target >= order.length) return;
    if (held) {
      const next = [...order];
      [next[cursor], next[target]] = [next[target] as number, next[cursor] as number];
      setOrder(next);
    }
    setCursor(target);
  });

  // The order given is shown in the feedback below, with the right one.
  if (result) return frame.finished(() => '').trimEnd();
  const pageSize = config.pageSize ?? 12;
  const page = pageOf(frame, config, first, cursor, pageSize, order, (item, index, isActive) => {
    const label = itemLabel(index + 1, config.items[item] ?? '', config.width);
    if (!isActive) return `  ${label}`;
    return held ? theme.style.highlight(`⇅ ${label}`) : theme.style.highlight(`❯ ${label}`);
  });
  const help = listHelp({ ...config, help: config.help ?? ['↑/↓ to move', 'space picks up / drops', 'Enter to confirm', 's skips'] }, rowsOf(config.items, config.width), config.items.length, pageSize);
  return listFrame(frame, page, help);
});
