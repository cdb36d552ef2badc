// Note text is untrusted: nothing in it may move the cursor, change colours,
// set the window title or reorder text on the terminal. Strip once, at load.

// OSC / DCS / APC / PM / SOS strings, terminated by BEL or ST (ESC \ or 0x9c). One left
// open ends at the end of its line, so a stray one cannot swallow the rest of a note.
const STRING_SEQUENCE = /(?:\u001b[\]P^_X]|[\u0090\u009d\u009e\u009f\u0098])[^\n]*?(?:\u0007|\u001b\\|\u009c|(?=\n)|$)/g;
// CSI sequences (ESC [ or 0x9b), then any other two-byte escape.
const CSI_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?/g;
const OTHER_ESCAPE = /\u001b[ -/]*[0-~]?/g;
// C0 except tab and newline, DEL, C1, and the bidi controls that can disguise text.
// (Zero-width spaces, word joiners and stray byte-order marks too: invisible, they split words a choice is matched by.)
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff]/g;

export function stripControl(text: string): string {
  return text
    .replace(STRING_SEQUENCE, '')
    .replace(CSI_SEQUENCE, '')
    .replace(OTHER_ESCAPE, '')
    .replace(CONTROL, '');
}

/** For one-line strings (choices, titles): also folds tabs and newlines to spaces. */
export function stripControlLine(text: string): string {
  return stripControl(text).replace(/[\t\n]+/g, ' ');
}
