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
import { useTicker } from './use-ticker.js';

// Prompts for timed interviews: like select and input, plus a countdown line that is
// redrawn every second while the person thinks. The time limit itself is the signal.

export interface TimedChoiceConfig {
  message: string;
  choices: string[];
  status?: () => string;
  pageSize?: number;
  /** Index the cursor starts on. */
  initial?: number;
}

/** Resolves with the chosen index, or -1 for skip (s). */
export const timedChoice = createPrompt<number, TimedChoiceConfig>((config, done) => {
  const theme = makeTheme<Theme>({ prefix: { idle: '?', done: '›' } });
  const [active, setActive] = useState(config.initial ?? 0);
  const [picked, setPicked] = useState<number | null>(null);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const clock = useTicker(config.status);

  useKeypress((key) => {
    const n = config.choices.length;
    if (isEnterKey(key)) {
      setPicked(active);
      setStatus('done');
      done(active);
    } else if (isUpKey(key, [])) setActive((active - 1 + n) % n);
    else if (isDownKey(key, [])) setActive((active + 1) % n);
    else if (/^[1-9]$/.test(key.name) && Number(key.name) <= n) setActive(Number(key.name) - 1);
    else if (key.name === 's') {
      setPicked(-1);
      setStatus('done');
      done(-1);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(picked !== null && picked >= 0 ? (config.choices[picked] ?? '') : '')}`;
  const page = usePagination({
    items: config.choices,
    active,
    pageSize: config.pageSize ?? 8,
    loop: false,
    renderItem: ({ item, index, isActive }) => (isActive ? theme.style.highlight(`❯ ${index + 1}. ${item}`) : `  ${index + 1}. ${item}`),
  });
  return [`${prefix} ${message}`, page, theme.style.help(`↑/↓ or 1-9 choose · enter confirm · s skip${clock ? '   ' + clock : ''}`)].join('\n');
});

export interface TimedTextConfig {
  message: string;
  status?: () => string;
}

/** Free text on one line; enter submits (empty = skip). */
export const timedText = createPrompt<string, TimedTextConfig>((config, done) => {
  const theme = makeTheme<Theme>({ prefix: { idle: '?', done: '›' } });
  const [value, setValue] = useState('');
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const clock = useTicker(config.status);

  useKeypress((key, rl) => {
    if (isEnterKey(key)) {
      setStatus('done');
      done(value.trim());
    } else setValue(rl.line);
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(value)}`;
  return [`${prefix} ${message} ${value}`, clock ? theme.style.help(clock) : ''];
});
