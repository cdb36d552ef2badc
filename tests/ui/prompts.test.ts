import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { pending } from '../support/async.js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Countdown } from '../../src/ui/prompt-parts.js';
import { messages } from '../../src/ui/messages.js';
import { arrange, chooseOne, confirmReset, freeText, promptTheme, selfGrade, type PromptContext } from '../../src/ui/prompts.js';
import { terminalScreen } from '../support/terminal.js';

// The prompt module turns every way a prompt can end into a value: an answer, a skip,
// a time limit ('timeout') or the end of the session ('end'). Driven through plain
// streams, the way a terminal would: escape sequences in, screen text out.

const KEY = { up: '\x1b[A', down: '\x1b[B', enter: '\r', space: ' ', ctrlC: '\x03' };
const GRADES = ['Again', 'Hard', 'Good', 'Easy'] as const;
const en = messages('en');
const HELP = en.help;
// Only timers are faked: inquirer and the streams need the real setImmediate and nextTick.
const TIMERS: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] };

interface Harness {
  ctx: PromptContext;
  controller: AbortController;
  /** Sends keys one write at a time, as a terminal does. */
  press: (...keys: string[]) => void;
  /** Everything written, escape sequences removed (every frame, one after the other). */
  screen: () => string;
  /** What a terminal would show now: the escapes applied, so only the last frame is left. */
  terminal: () => string;
  raw: () => string;
}

/** A countdown `ms` from now on the (possibly fake) clock. */
function countdown(ms = 30_000, text = '0:30 left'): Countdown {
  return { deadline: Date.now() + ms, now: () => Date.now(), status: () => text };
}

function harness(timer?: Countdown, level: 0 | 1 = 0): Harness {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const controller = new AbortController();
  const ctx: PromptContext = {
    input,
    output,
    signal: controller.signal,
    theme: promptTheme(new Chalk({ level })),
    help: HELP,
    ...(timer ? { countdown: timer } : {}),
  };
  return {
    ctx,
    controller,
    press: (...keys) => keys.forEach((k) => input.write(k)),
    screen: () => stripVTControlCharacters(out),
    terminal: () => terminalScreen(out),
    raw: () => out,
  };
}



afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

type Started = { name: string; start: (h: Harness) => Promise<unknown>; message: string };

// Each wrapper, untimed (inquirer's own prompts) and timed (the countdown prompts).
const PROMPTS: Started[] = [
  { name: 'chooseOne', message: 'Which one?', start: (h) => chooseOne(h.ctx, 'Which one?', ['ClusterIP', 'NodePort'], 'Skip') },
  { name: 'arrange', message: 'Order these:', start: (h) => arrange(h.ctx, 'Order these:', ['first', 'second', 'third']) },
  { name: 'freeText', message: 'Explain:', start: (h) => freeText(h.ctx, 'Explain:') },
  { name: 'selfGrade', message: 'How well?', start: (h) => selfGrade(h.ctx, 'How well?', GRADES) },
];

describe.each([
  { timed: false, timer: () => undefined },
  { timed: true, timer: () => countdown() },
])('stopping a prompt (timed: $timed)', ({ timer }) => {
  test.each(PROMPTS)('$name: aborted with reason "stop" → end', async ({ start }) => {
    const h = harness(timer());
    const outcome = start(h);
    h.controller.abort('stop');
    await expect(outcome).resolves.toEqual({ kind: 'end' });
  });

  test.each(PROMPTS)('$name: aborted without a reason → end', async ({ start }) => {
    const h = harness(timer());
    const outcome = start(h);
    h.controller.abort();
    await expect(outcome).resolves.toEqual({ kind: 'end' });
  });

  test.each(PROMPTS)('$name: a signal already stopped → end at once', async ({ start }) => {
    const h = harness(timer());
    h.controller.abort('stop');
    await expect(start(h)).resolves.toEqual({ kind: 'end' });
  });

  test.each(PROMPTS)('$name: Ctrl+C → end', async ({ start }) => {
    const h = harness(timer());
    const outcome = start(h);
    h.press(KEY.ctrlC);
    await expect(outcome).resolves.toEqual({ kind: 'end' });
  });
});

describe('the time limit without a countdown: the abort ends the prompt', () => {
  test.each(PROMPTS)('$name: aborted with reason "timeout" → timeout', async ({ start }) => {
    const h = harness();
    const outcome = start(h);
    h.controller.abort('timeout');
    await expect(outcome).resolves.toEqual({ kind: 'timeout' });
  });

  test.each(PROMPTS)('$name: a signal already aborted for time → timeout at once', async ({ start }) => {
    const h = harness();
    h.controller.abort('timeout');
    await expect(start(h)).resolves.toEqual({ kind: 'timeout' });
  });

  test('AbortController + setTimeout: the prompt ends as timeout when the clock reaches the limit', async () => {
    vi.useFakeTimers(TIMERS);
    const h = harness();
    setTimeout(() => h.controller.abort('timeout'), 30_000);
    let settled: unknown = null;
    const outcome = chooseOne(h.ctx, 'Which one?', ['a', 'b'], 'Skip').then((o) => (settled = o));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    expect(settled).toEqual({ kind: 'timeout' });
    // Nothing keeps ticking afterwards.
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the time limit with a countdown: the prompt ends itself at the deadline', () => {
  test.each(PROMPTS)('$name: an abort for time is ignored; the prompt goes on', async ({ name, start }) => {
    const h = harness(countdown());
    const outcome = start(h);
    h.controller.abort('timeout');
    expect(await pending(outcome)).toBe(true);
    // Still answerable after the ignored abort.
    if (name === 'freeText') h.press('etcd');
    h.press(KEY.enter);
    await expect(outcome).resolves.toMatchObject({ kind: 'answer' });
  });

  test.each(PROMPTS)('$name: a signal already aborted for time is ignored too', async ({ name, start }) => {
    const h = harness(countdown());
    h.controller.abort('timeout');
    const outcome = start(h);
    expect(await pending(outcome)).toBe(true);
    if (name === 'freeText') h.press('etcd');
    h.press(KEY.enter);
    await expect(outcome).resolves.toMatchObject({ kind: 'answer' });
  });

  test.each(PROMPTS)('$name: at the deadline → timeout, leaving the finished line with ⌛ (no list, no countdown)', async ({ name, message, start }) => {
    vi.useFakeTimers(TIMERS);
    const h = harness(countdown(30_000, '0:30 left'));
    let settled: unknown = null;
    const outcome = start(h).then((o) => (settled = o));
    if (name === 'freeText') h.press('half an ans');
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBeNull();
    expect(h.terminal()).toContain('0:30 left');
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    // What was typed when time ran out travels with the timeout (it is stored, not scored).
    expect(settled).toEqual(name === 'freeText' ? { kind: 'timeout', partial: 'half an ans' } : { kind: 'timeout' });
    // The last frame is one line: the question and the clock mark. Not a frozen list.
    expect(h.terminal()).toBe(`› ${message} ⌛`);
    expect(h.terminal()).not.toContain('0:30 left');
    for (const item of ['ClusterIP', 'NodePort', 'first', 'Good', 'half an ans']) expect(h.terminal()).not.toContain(item);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('the session timer aborting for time at the deadline itself still leaves the finished line', async () => {
    vi.useFakeTimers(TIMERS);
    const h = harness(countdown(30_000, 'tick'));
    // runSession's phase timer fires at the same moment as the prompt's own deadline.
    setTimeout(() => h.controller.abort('timeout'), 30_000);
    let settled: unknown = null;
    const outcome = chooseOne(h.ctx, 'Which one?', ['a', 'b'], 'Skip').then((o) => (settled = o));
    await vi.advanceTimersByTimeAsync(30_000);
    await outcome;
    expect(settled).toEqual({ kind: 'timeout' });
    expect(h.terminal()).toBe('› Which one? ⌛');
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a deadline already past ends the prompt at once as timeout', async () => {
    vi.useFakeTimers(TIMERS);
    const h = harness(countdown(-1000));
    const outcome = chooseOne(h.ctx, 'Which one?', ['a', 'b'], 'Skip');
    await vi.advanceTimersByTimeAsync(0);
    await expect(outcome).resolves.toEqual({ kind: 'timeout' });
  });

  test('a stop still ends a timed prompt before its deadline', async () => {
    vi.useFakeTimers(TIMERS);
    const h = harness(countdown(30_000));
    const outcome = chooseOne(h.ctx, 'Which one?', ['a', 'b'], 'Skip');
    await vi.advanceTimersByTimeAsync(10_000);
    h.controller.abort('stop');
    await expect(outcome).resolves.toEqual({ kind: 'end' });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('answers (untimed prompts)', () => {
  test('chooseOne: the picked choice index', async () => {
    const h = harness();
    const outcome = chooseOne(h.ctx, 'Which one?', ['ClusterIP', 'NodePort', 'LoadBalancer'], 'Skip');
    h.press(KEY.down, KEY.down, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 2 });
    expect(h.screen()).toContain('1. ClusterIP');
    expect(h.screen()).toContain('Skip');
    // The select help line is the one given, in the interface language.
    for (const item of en.help.choice) expect(h.screen()).toContain(item);
    // The finished line shows the pick, with the neutral mark (not a green tick).
    expect(h.terminal()).toBe('› Which one? 3. LoadBalancer');
  });

  test('chooseOne: the skip entry → skip', async () => {
    const h = harness();
    const outcome = chooseOne(h.ctx, 'Which one?', ['ClusterIP', 'NodePort'], 'Skip');
    h.press(KEY.down, KEY.down, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'skip' });
  });

  test('chooseOne: pageSize limits the rows of the list, the mark of what is hidden included', async () => {
    const h = harness();
    h.ctx.pageSize = 3;
    const outcome = chooseOne(h.ctx, 'Which one?', ['a', 'b', 'c', 'd', 'e', 'f'], 'Skip');
    expect(await pending(outcome)).toBe(true);
    expect(h.terminal().split('\n').filter((l) => /^\s*(❯\s*)?\d\. /.test(l))).toHaveLength(2);
    expect(h.terminal()).toContain('↓ 5 more');
    h.press(KEY.enter);
    await outcome;
  });

  test('arrange: the new order', async () => {
    const h = harness();
    const outcome = arrange(h.ctx, 'Order these:', ['first', 'second', 'third']);
    h.press(KEY.space, KEY.down, KEY.down, KEY.space, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: [1, 2, 0] });
    // The order help line is the one given.
    for (const item of en.help.order) expect(h.screen()).toContain(item);
  });

  test('arrange: s skips', async () => {
    const h = harness();
    const outcome = arrange(h.ctx, 'Order these:', ['first', 'second', 'third']);
    h.press(KEY.down, 's');
    await expect(outcome).resolves.toEqual({ kind: 'skip' });
    expect(h.terminal()).toBe('› Order these: –');
  });

  test('freeText: trimmed text; an empty line → skip', async () => {
    const h = harness();
    const outcome = freeText(h.ctx, 'Explain:');
    h.press('  shares the network  ', KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 'shares the network' });

    const blank = harness();
    const skipped = freeText(blank.ctx, 'Explain:');
    blank.press('   ', KEY.enter);
    await expect(skipped).resolves.toEqual({ kind: 'skip' });
  });

  test('selfGrade: defaults to Good; the grade is the 1-based position', async () => {
    const h = harness();
    const outcome = selfGrade(h.ctx, 'How well?', GRADES);
    h.press(KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 3 });

    const hard = harness();
    const graded = selfGrade(hard.ctx, 'How well?', GRADES);
    hard.press(KEY.up, KEY.enter);
    await expect(graded).resolves.toEqual({ kind: 'answer', value: 2 });
  });

  test('confirmReset: no by default; y confirms', async () => {
    const h = harness();
    const outcome = confirmReset(h.ctx, 'Reset?');
    h.press(KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: false });

    const yes = harness();
    const confirmed = confirmReset(yes.ctx, 'Reset?');
    yes.press('y', KEY.enter);
    await expect(confirmed).resolves.toEqual({ kind: 'answer', value: true });
  });

  test('confirmReset: an answer that is neither y nor n is taken off the line, so the next one is read alone', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const texts = messages(lang).confirm;
      const h = harness();
      const outcome = confirmReset(h.ctx, 'Reset?', texts);
      h.press(...(lang === 'zh' ? '好' : 'maybe'), KEY.enter);
      await new Promise((r) => setImmediate(r));
      expect(h.terminal()).toContain(texts.invalid);
      expect(h.terminal()).not.toMatch(/maybe|好/);
      h.press('n', KEY.enter);
      await expect(outcome).resolves.toEqual({ kind: 'answer', value: false });
    }
  });

  test('confirmReset at 40 columns: the question and its hint wrap together, every line after the first under the question', async () => {
    const zh = messages('zh');
    const h = harness();
    h.ctx.width = 40;
    const outcome = confirmReset(h.ctx, zh.resetQuestion('/tmp/tmp.q51gqmxos8/history.jsonl'), zh.confirm);
    await new Promise((r) => setImmediate(r));
    const lines = h.terminal().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]).toMatch(/^\? 清空答题记录/);
    for (const line of lines.slice(1)) expect(line, lines.join('\n')).toMatch(/^ {2}\S/);
    expect(h.terminal().replace(/\s+/g, '')).toContain(zh.confirm.hint.replace(/\s+/g, ''));
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    h.press(KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: false });
  });
});

describe('answers (timed prompts)', () => {
  const timer = () => countdown(42_000, '0:42 left');

  test('chooseOne shows the countdown and the choice help; a digit and enter pick; s skips', async () => {
    const h = harness(timer());
    const outcome = chooseOne(h.ctx, 'Which one?', ['ClusterIP', 'NodePort', 'LoadBalancer'], 'Skip');
    h.press('3', KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 2 });
    expect(h.screen()).toContain('0:42 left');
    for (const item of en.help.choice) expect(h.screen()).toContain(item);
    expect(h.terminal()).toBe('› Which one? 3. LoadBalancer');

    const s = harness(timer());
    const skipped = chooseOne(s.ctx, 'Which one?', ['ClusterIP', 'NodePort'], 'Skip');
    s.press('s');
    await expect(skipped).resolves.toEqual({ kind: 'skip' });
    expect(s.terminal()).toBe('› Which one? –');
  });

  test('arrange shows the countdown and resolves the order', async () => {
    const h = harness(timer());
    const outcome = arrange(h.ctx, 'Order these:', ['first', 'second']);
    h.press(KEY.down, KEY.space, KEY.up, KEY.space, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: [1, 0] });
    expect(h.screen()).toContain('0:42 left');
    for (const item of en.help.order) expect(h.screen()).toContain(item);
  });

  test('freeText: trimmed text; empty → skip', async () => {
    const h = harness(timer());
    const outcome = freeText(h.ctx, 'Explain:');
    h.press(' etcd ', KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 'etcd' });
    expect(h.screen()).toContain('0:42 left');
    expect(h.terminal()).toBe('› Explain: etcd');

    const blank = harness(timer());
    const skipped = freeText(blank.ctx, 'Explain:');
    blank.press(KEY.enter);
    await expect(skipped).resolves.toEqual({ kind: 'skip' });
    expect(blank.terminal()).toBe('› Explain: –');
  });

  test('selfGrade: starts on Good; a digit picks the grade; s skips', async () => {
    const good = harness(timer());
    const first = selfGrade(good.ctx, 'How well?', GRADES);
    good.press(KEY.enter);
    await expect(first).resolves.toEqual({ kind: 'answer', value: 3 });

    const h = harness(timer());
    const outcome = selfGrade(h.ctx, 'How well?', GRADES);
    h.press('4', KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 4 });

    const s = harness(timer());
    const skipped = selfGrade(s.ctx, 'How well?', GRADES);
    s.press('s');
    await expect(skipped).resolves.toEqual({ kind: 'skip' });
  });
});

describe('promptTheme', () => {
  // Screen control (cursor moves, line erases) is not colour; only SGR codes (ESC[…m) are.
  const CURSOR = /\u001b\[[?\d;]*[ABGHJKlh]/g;
  const SGR = /\u001b\[[\d;]*m/;

  const SCREENS: Started[] = [
    ...PROMPTS,
    { name: 'confirmReset', message: 'Reset?', start: (h) => confirmReset(h.ctx, 'Reset?') },
  ];

  test.each(SCREENS)('$name at colour level 0: nothing but screen control, no ESC for colour (even with FORCE_COLOR)', async ({ name, start }) => {
    // Inquirer's own defaults would colour under FORCE_COLOR: the theme has to cover all of it.
    vi.stubEnv('FORCE_COLOR', '1');
    for (const timer of [undefined, countdown()]) {
      const h = harness(timer, 0);
      const outcome = start(h);
      if (name === 'freeText') h.press('x');
      h.press(KEY.down, KEY.enter);
      await outcome;
      expect(h.raw()).not.toMatch(SGR);
      expect(h.raw().replace(CURSOR, '')).not.toContain('\u001b');
    }
  });

  test('a select rendered through chooseOne at level 0 has no ESC once screen control is removed', async () => {
    vi.stubEnv('FORCE_COLOR', '1');
    const h = harness(undefined, 0);
    const outcome = chooseOne(h.ctx, 'Which one?', ['ClusterIP', 'NodePort'], 'Skip');
    h.press(KEY.down, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 1 });
    expect(h.raw().replace(CURSOR, '')).not.toContain('\u001b');
    expect(h.screen()).toContain('? Which one?');
  });

  test('at level 1 the same prompt is coloured (the check above can fail)', async () => {
    const h = harness(undefined, 1);
    const outcome = chooseOne(h.ctx, 'Which one?', ['ClusterIP', 'NodePort'], 'Skip');
    h.press(KEY.enter);
    await outcome;
    expect(h.raw()).toMatch(SGR);
  });

  test('the finished mark is neutral, not the green tick', () => {
    const theme = promptTheme(new Chalk({ level: 0 }));
    expect(theme.prefix).toEqual({ idle: '?', done: '›' });
    expect(theme.style?.message?.('m', 'idle')).toBe('m');
  });
});

describe('a list taller than its page says so', () => {
  const steps = ['first step of a long flow', 'second step', 'third step', 'fourth step', 'fifth step', 'sixth step'];

  test('order: the note appears when the list scrolls, and not when it fits', async () => {
    const more = (n: number) => `${n} items: scroll to see all`;
    const tall = harness();
    tall.ctx.pageSize = 3;
    tall.ctx.more = more;
    const outcome = arrange(tall.ctx, 'Order', steps);
    await new Promise((r) => setImmediate(r));
    expect(tall.screen()).toContain('6 items: scroll to see all');
    tall.press(KEY.enter);
    await outcome;

    const fits = harness();
    fits.ctx.pageSize = 10;
    fits.ctx.more = more;
    const done = arrange(fits.ctx, 'Order', steps);
    await new Promise((r) => setImmediate(r));
    expect(fits.screen()).not.toContain('scroll to see all');
    fits.press(KEY.enter);
    await done;
  });

  test('choice: wrapped choices count by the lines they take', async () => {
    const long = harness();
    long.ctx.width = 20;
    long.ctx.pageSize = 6;
    long.ctx.more = (n) => `${n} items: scroll`;
    const outcome = chooseOne(long.ctx, 'Pick', ['a choice long enough to wrap twice at twenty', 'another long choice that wraps as well', 'short', 'short too'], 'Skip');
    await new Promise((r) => setImmediate(r));
    expect(long.screen()).toContain('4 items: scroll');
    long.press(KEY.enter);
    await outcome;
  });
});
