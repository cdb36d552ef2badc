import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_LIMIT, cleanAnswer } from '../../src/core/session/index.js';
import { wrap } from '../../src/ui/layout.js';
import { givesAway, revealsName } from '../../src/core/questions/entries.js';
import { LineReader } from '../../src/ui/line-reader.js';

// Properties of the two ends a hostile input meets first: the wrapper every line on the
// terminal goes through, and the reader of --plain answers.

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;
// What the wrapper passes on purpose: colours and OSC 8 hyperlinks.
const PASSING = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0000-\u001f\u007f-\u009f]*(?:\u0007|\u001b\\)/g;

/** Any character but a lone surrogate half. */
const char = fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c));

/** Text a note, a log or a paste could hold: anything, line ends, escape sequences, long runs. */
const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: char, maxLength: 12 }),
      fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '\u001b[2J', '\u001b]0;title\u0007', '\u001b[31m', '\u001b[39m', '\u009b1m', '\u202e', '，', '（', '调度', 'kube-proxy'),
      fc.tuple(fc.constantFrom('a', '一', '，', '（', ' ', '*', '1', '-'), fc.integer({ min: 0, max: 3000 })).map(([c, n]) => c.repeat(n)),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('wrap, for any text', () => {
  it('writes no control character but colours and hyperlinks, and an output linear in the input', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 10, max: 120 }), (text, width) => {
        const out = wrap(text, width);
        expect(out.replace(PASSING, '')).not.toMatch(UNSAFE);
        // Each line holds at least one character of the input, plus at most half a line of indent.
        expect(out.length).toBeLessThanOrEqual((text.length + 1) * (Math.floor(width / 2) + 2));
      }),
      { numRuns: 200 },
    );
  });
});

/** Everything the reader hands over, `input` written as these chunks of bytes. */
async function readAll(input: Buffer, cuts: number[]): Promise<string[]> {
  const stream = new PassThrough();
  const reader = new LineReader(stream);
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b)) {
    stream.write(input.subarray(at, cut));
    at = cut;
  }
  stream.end(input.subarray(at));
  const lines: string[] = [];
  for (let line = await reader.next(); line !== null; line = await reader.next()) lines.push(line as string);
  return lines;
}

describe('the --plain line reader, for any input in any chunks', () => {
  it('hands over each line once, cleaned and capped, split at \\n, \\r\\n or \\r even across chunks', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.array(fc.nat(), { maxLength: 8 }), async (text, cuts) => {
        const lines = await readAll(Buffer.from(text, 'utf8'), cuts);
        const pieces = text.split(/\r\n|\r|\n/);
        if (pieces.at(-1) === '') pieces.pop();
        expect(lines).toEqual(pieces.map((p) => cleanAnswer(p.slice(0, ANSWER_LIMIT * 2))));
        for (const line of lines) {
          expect(line).not.toMatch(UNSAFE);
          expect(line.length).toBeLessThanOrEqual(ANSWER_LIMIT);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the giveaway checks, for any names and descriptions', () => {
  // Names are the note's own text: signs that mean something in a pattern (`*value`, `(a)+`) must be read as text.
  const word = fc.oneof(
    fc.constantFrom('value', 'tune', 'tuning', 'note', 'Route', 'HTTPRoute', '可用内存B', 'B', 'LRU', '(E)', 'type', 'Deny'),
    fc.string({ unit: fc.constantFrom('a', 'e', 'B', 'x', '*', '+', '(', ')', '[', ']', '?', '\\', '^', '$', '|', '.', '-', '_', '/', ' ', '一'), maxLength: 10 }),
  );
  const text = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));

  it('never throw', () => {
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), (description, name, rivals) => {
        expect(typeof revealsName(description, name, [], { names: rivals, descriptions: rivals })).toBe('boolean');
        expect(typeof givesAway(description, name, rivals)).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });
});
