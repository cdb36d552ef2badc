import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

// Wrapping and alignment by display width: a CJK character takes two columns.

export function wrap(text: string, width: number): string {
  return wrapAnsi(text, Math.max(10, width), { hard: true, trim: false });
}

/** Wraps `text` so continuation lines start under the first character after `lead`. */
export function hanging(lead: string, text: string, width: number): string {
  const indent = ' '.repeat(stringWidth(lead));
  const body = wrap(text, Math.max(10, width - indent.length)).split('\n');
  return body.map((line, i) => (i === 0 ? lead : indent) + line).join('\n');
}

export function terminalWidth(columns: number | undefined): number {
  return Math.max(20, Math.min(columns && columns > 0 ? columns : 80, 100));
}

export { stringWidth };
