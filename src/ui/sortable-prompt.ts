import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isSpaceKey,
  isUpKey,
  makeTheme,
  usePagination,
  usePrefix,
  useState,
  useKeypress,
  type Theme,
} from '@inquirer/core';
import { useTicker } from './use-ticker.js';

// A list the person reorders in place: ↑/↓ move the cursor, space picks the item up
// and drops it, ↑/↓ while holding move the item. Enter submits the order.

export interface SortableConfig {
  message: string;
  items: string[];
  /** Help line shown under the list. */
  help?: string;
  pageSize?: number;
  /** Countdown text, redrawn every second. */
  status?: () => string;
}

/** Resolves with the original indices of the items, in the order the person left them. */
export const sortable = createPrompt<number[], SortableConfig>((config, done) => {
  const theme = makeTheme<Theme>({ prefix: { idle: '?', done: '›' } });
  const [order, setOrder] = useState<number[]>(() => config.items.map((_, i) => i));
  const [cursor, setCursor] = useState(0);
  const [held, setHeld] = useState(false);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const clock = useTicker(config.status);

  useKeypress((key) => {
    if (isEnterKey(key)) {
      setStatus('done');
      done(order);
      return;
    }
    if (isSpaceKey(key)) {
      setHeld(!held);
      return;
    }
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

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    return `${prefix} ${message}`;
  }
  const page = usePagination({
    items: order,
    active: cursor,
    pageSize: config.pageSize ?? 12,
    loop: false,
    renderItem: ({ item, index, isActive }) => {
      const label = `${index + 1}. ${config.items[item] ?? ''}`;
      if (!isActive) return `  ${label}`;
      return held ? theme.style.highlight(`⇅ ${label}`) : theme.style.highlight(`❯ ${label}`);
    },
  });
  const help = config.help ?? '↑/↓ move · space pick up / drop · enter confirm';
  return `${prefix} ${message}\n${page}\n${theme.style.help(clock ? `${help}   ${clock}` : help)}`;
});
