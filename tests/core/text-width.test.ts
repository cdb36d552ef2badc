import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/core/text/measure.js';

// textWidth counts most text itself and asks string-width only where graphemes join; either
// way its answer is string-width's.

const PIECES = [
  'a', 'Z', '0', ' ', '-', '~', // ASCII
  '容', '器', '镜', '像', // Han
  '，', '：', '（', '）', '。', '、', // full-width and CJK punctuation
  'é', 'ß', 'ñ', '×', // Latin-1
  '—', '–', '’', '“', '”', '…', '•', // general punctuation
  '→', '←', '↔', '⇒', '≤', '─', '›', // arrows, maths, box drawing
  '✅', '🚀', '👉', '‼', '©', // emoji and pictographs
  '\u0301', '\u200d', '\ufe0f', '\u00ad', '\u200b', // a combining accent, a joiner, a variation selector, a soft hyphen, a zero-width space
  '🇨', '🇳', // a flag's two letters
  '\u1100', '\u1161', '한', // Hangul jamo and a syllable
  'ｱ', 'ア', 'あ', // half-width and full-width kana
  '\t', '\x1b', // control characters
];

describe('textWidth', () => {
  it("is string-width's width for any mix of scripts, punctuation, emoji and joiners", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(textWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('measures each kind of text as string-width does', () => {
    for (const text of ['Pod’s lifecycle — from Pending to Running', '容器（Container）：镜像的运行实例', 'café ✅ ready', '👨\u200d👩\u200d👧 family', 'e\u0301t\u00e9', '🇨🇳 China', '한국어 노트']) {
      expect(textWidth(text), text).toBe(stringWidth(text));
    }
  });
});
