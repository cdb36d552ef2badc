import { createPrompt, isEnterKey, makeTheme, useKeypress, usePrefix, useState, type Theme } from '@inquirer/core';
import { sentences } from './messages.js';
import { promptText, type PromptTheme } from './prompt-parts.js';

// Yes or no, no by default. Like inquirer's confirm, but the question and its hint are wrapped
// together by the program's wrapper (continuation lines under the question, not at column 0),
// and an answer that is neither yes nor no is taken off the line with the reason under it, so
// what is typed next is read alone (inquirer's puts the rejected text back and appends to it).

export interface ConfirmConfig {
  message: string;
  /** `(y/N)`; in Chinese a sentence. */
  hint: string;
  /** Words accepted besides y / yes and n / no (`是`, `否`). */
  yes: string;
  no: string;
  invalid: string;
  theme?: PromptTheme;
  width?: number;
}

/** true for y / yes / the table's yes word, false for n / no / its no word and an empty line, else undefined. */
function confirmAnswer(text: string, yes: string, no: string): boolean | undefined {
  const v = text.trim().toLowerCase();
  if (v === '') return false;
  if (v === yes.toLowerCase() || 'yes'.startsWith(v)) return true;
  if (v === no.toLowerCase() || 'no'.startsWith(v)) return false;
  return undefined;
}

export const confirmPrompt = createPrompt<boolean, ConfirmConfig>((config, done) => {
  const theme = makeTheme<Theme>(config.theme as Partial<Theme>);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const answer = confirmAnswer(value, config.yes, config.no);
      if (answer === undefined) {
        // The line was cleared by Enter: it stays empty for the next try.
        setValue('');
        setError(config.invalid);
        return;
      }
      setStatus('done');
      done(answer);
      return;
    }
    setValue(rl.line);
    setError(undefined);
  });

  const question = theme.style.message(promptText(sentences(config.message, theme.style.help(config.hint)), config.width), status);
  return [`${prefix} ${question} ${value}`, error ? theme.style.error(error) : ''];
});
