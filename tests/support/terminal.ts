import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';

// A very small terminal for screen tests: applies the cursor moves and line erases the prompts
// write, so what it returns is what is left on screen. A wide (CJK) character takes two columns,
// as it does on a real terminal; colour and other control codes are dropped.
export function terminalScreen(raw: string): string {
  const lines: string[][] = [[]];
  let row = 0;
  let col = 0;
  const line = () => (lines[row] ??= []);
  for (const m of raw.matchAll(/\u001b\[([?\d;]*)([A-Za-z])|([\s\S])/gu)) {
    const [, params = '', command, ch] = m;
    if (command) {
      const n = Number.parseInt(params || '1', 10);
      if (command === 'A') row = Math.max(0, row - n);
      else if (command === 'B') row += n;
      else if (command === 'G') col = n - 1;
      else if (command === 'K') {
        if (params === '2') lines[row] = [];
        else line().length = Math.min(line().length, col);
      } else if (command === 'J') {
        line().length = Math.min(line().length, col);
        lines.length = row + 1;
      }
      continue;
    }
    if (ch === '\n') {
      row++;
      col = 0;
    } else if (ch === '\r') col = 0;
    else if (ch !== undefined) {
      const l = line();
      while (l.length < col) l.push(' ');
      l[col] = ch;
      const wide = stringWidth(ch) === 2;
      col += wide ? 2 : 1;
      if (wide) l[col - 1] = '';
    }
  }
  const text = Array.from({ length: lines.length }, (_, i) => (lines[i] ?? []).join('').trimEnd());
  while (text.length && text.at(-1) === '') text.pop();
  return stripVTControlCharacters(text.join('\n'));
}
