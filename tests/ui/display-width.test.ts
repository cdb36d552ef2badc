import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { clip, displayWidth, terminalText } from '../../src/ui/layout.js';

// The wrapper's helpers for hostile text: width measured a chunk at a time (string-width is
// quadratic on a long string), fields cut for display, control sequences dropped.

describe('displayWidth', () => {
  it('agrees with string-width on mixed text of any length', () => {
    const piece = fc.constantFrom('Pod', ' ', '调度', '，', 'é', 'e\u0301', '👍', '👨‍👩‍👧', '\u001b[1m', '\u001b[22m', 'ｱ', '한국');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 600 }), (parts) => {
        const text = parts.join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 150 },
    );
  });
});

describe('displayWidth by counting', () => {
  // Printable ASCII, Latin-1, common punctuation and the common wide characters are measured by counting, not by string-width:
  // every one of them, alone and between others, must measure as string-width says.
  const ranges: [number, number][] = [[0x20, 0x7e], [0xa1, 0xa8], [0xaa, 0xac], [0xaf, 0xff], [0x2010, 0x2027], [0x2030, 0x203b], [0x203d, 0x2048], [0x204a, 0x205e], [0x2190, 0x2193], [0x219a, 0x21a8], [0x21ab, 0x21ff], [0x2200, 0x22ff], [0x2500, 0x257f], [0x3000, 0x3029], [0x3030, 0x303e], [0x4e00, 0x9fff], [0xff01, 0xff60], [0xffe0, 0xffe6]];
  it('gives string-width\'s width for every character it counts', () => {
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        expect(displayWidth(ch), `U+${c.toString(16)}`).toBe(stringWidth(ch));
        expect(displayWidth(`a${ch}调`), `U+${c.toString(16)}`).toBe(stringWidth(`a${ch}调`));
      }
    }
  });

  it('leaves to string-width what it does not count: combining marks, other scripts, emoji', () => {
    for (const text of ['〪调', '©', '®', 'e\u0301', '한국', 'ｱ', '👍', 'Ω', '\u00ad', '‼', '⁉', '↔', '↩', '\u202e']) expect(displayWidth(text)).toBe(stringWidth(text));
  });
});

describe('clip', () => {
  it('cuts each line longer than the limit, with an ellipsis, and leaves shorter ones alone', () => {
    expect(clip('short\nlines', 10)).toBe('short\nlines');
    expect(clip(`${'a'.repeat(20)}\nok`, 10)).toBe(`${'a'.repeat(10)}…\nok`);
    // Never half a surrogate pair.
    expect(clip(`${'a'.repeat(9)}👍👍`, 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('terminalText', () => {
  it('keeps colours, hyperlinks, tabs and newlines; drops every other control sequence', () => {
    const link = '\u001b]8;;https://kubernetes.io\u0007docs\u001b]8;;\u0007';
    expect(terminalText(`\u001b[1mPod\u001b[22m\t${link}\n`)).toBe(`\u001b[1mPod\u001b[22m\t${link}\n`);
    expect(terminalText('a\u001b[2Jb\u001b]0;title\u0007c\u009b1md\u202ee\u0000f')).toBe('abcdef');
  });
});
