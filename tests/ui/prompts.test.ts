import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { arrange, chooseOne, freeText, selfGrade, type PromptContext } from '../../src/ui/prompts.js';

// The prompt module turns every way a prompt can end into a value: an answer, a skip,
// a time limit ('timeout') or the end of the session ('end'). Driven through plain
// streams, the way a terminal would: escape sequences in, screen text out.

const KEY = { up: '\x1b[A', down: '\x1b[B', enter: '\r', space: ' ', ctrlC: '\x03' };
const GRADES = ['Again', 'Hard', 'Good', 'Easy'] as const;

interface Harness {
  ctx: PromptContext;
  controller: AbortController;
  /** Sends keys one write at a time, as a terminal does. */
  press: (...keys: string[]) => void;
  screen: () => string;
}

function harness(status?: () => string): Harness {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const controller = new AbortController();
  const ctx: PromptContext = { input, output, signal: controller.signal, ...(status ? { status } : {}) };
  return {
    ctx,
    controller,
    press: (...keys) => keys.forEach((k) => input.write(k)),
    screen: () => stripVTControlCharacters(out),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

type Started = { name: string; start: (h: Harness) => Promise<unknown> };

// Each wrapper, untimed (inquirer's own prompts) and timed (the countdown prompts).
const PROMPTS: Started[] = [
  { name: 'chooseOne', start: (h) => chooseOne(h.ctx, 'Which one?', ['ClusterIP', 'NodePort'], 'Skip') },
  { name: 'arrange', start: (h) => arrange(h.ctx, 'Order these:', ['first', 'second', 'third']) },
  { name: 'freeText', start: (h) => freeText(h.ctx, 'Explain:') },
  { name: 'selfGrade', start: (h) => selfGrade(h.ctx, 'How well?', GRADES) },
];

describe.each([
  { timed: false, status: undefined },
  { timed: true, status: () => '0:30 left' },
])('aborting a prompt (timed: $timed)', ({ status }) => {
  test.each(PROMPTS)('$name: aborted with reason "timeout" → timeout', async ({ start }) => {
    const h = harness(status);
    const outcome = start(h);
    h.controller.abort('timeout');
    await expect(outcome).resolves.toEqual({ kind: 'timeout' });
  });

  test.each(PROMPTS)('$name: aborted with reason "stop" → end', async ({ start }) => {
    const h = harness(status);
    const outcome = start(h);
    h.controller.abort('stop');
    await expect(outcome).resolves.toEqual({ kind: 'end' });
  });

  test.each(PROMPTS)('$name: aborted without a reason → end', async ({ start }) => {
    const h = harness(status);
    const outcome = start(h);
    h.controller.abort();
    await expect(outcome).resolves.toEqual({ kind: 'end' });
  });

  test.each(PROMPTS)('$name: a signal already aborted for time → timeout at once', async ({ start }) => {
    const h = harness(status);
    h.controller.abort('timeout');
    await expect(start(h)).resolves.toEqual({ kind: 'timeout' });
  });

  test.each(PROMPTS)('$name: Ctrl+C → end', async ({ start }) => {
    const h = harness(status);
    const outcome = start(h);
    h.press(KEY.ctrlC);
    await expect(outcome).resolves.toEqual({ kind: 'end' });
  });
});

describe('timeouts driven by fake timers', () => {
  test('AbortController + setTimeout: the prompt ends as timeout when the clock reaches the limit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const h = harness(() => 'tick');
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

describe('answers (untimed prompts)', () => {
  test('chooseOne: the picked choice index', async () => {
    const h = harness();
    const outcome = chooseOne(h.ctx, 'Which one?', ['ClusterIP', 'NodePort', 'LoadBalancer'], 'Skip');
    h.press(KEY.down, KEY.down, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 2 });
    expect(h.screen()).toContain('1. ClusterIP');
    expect(h.screen()).toContain('Skip');
  });

  test('chooseOne: the skip entry → skip', async () => {
    const h = harness();
    const outcome = chooseOne(h.ctx, 'Which one?', ['ClusterIP', 'NodePort'], 'Skip');
    h.press(KEY.down, KEY.down, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'skip' });
  });

  test('arrange: the new order', async () => {
    const h = harness();
    const outcome = arrange(h.ctx, 'Order these:', ['first', 'second', 'third']);
    h.press(KEY.space, KEY.down, KEY.down, KEY.space, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: [1, 2, 0] });
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
});

describe('answers (timed prompts)', () => {
  const status = () => '0:42 left';

  test('chooseOne shows the countdown; a digit and enter pick; s skips', async () => {
    const h = harness(status);
    const outcome = chooseOne(h.ctx, 'Which one?', ['ClusterIP', 'NodePort', 'LoadBalancer'], 'Skip');
    h.press('3', KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 2 });
    expect(h.screen()).toContain('0:42 left');

    const s = harness(status);
    const skipped = chooseOne(s.ctx, 'Which one?', ['ClusterIP', 'NodePort'], 'Skip');
    s.press('s');
    await expect(skipped).resolves.toEqual({ kind: 'skip' });
  });

  test('arrange shows the countdown and resolves the order', async () => {
    const h = harness(status);
    const outcome = arrange(h.ctx, 'Order these:', ['first', 'second']);
    h.press(KEY.down, KEY.space, KEY.up, KEY.space, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: [1, 0] });
    expect(h.screen()).toContain('0:42 left');
  });

  test('freeText: trimmed text; empty → skip', async () => {
    const h = harness(status);
    const outcome = freeText(h.ctx, 'Explain:');
    h.press(' etcd ', KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 'etcd' });
    expect(h.screen()).toContain('0:42 left');

    const blank = harness(status);
    const skipped = freeText(blank.ctx, 'Explain:');
    blank.press(KEY.enter);
    await expect(skipped).resolves.toEqual({ kind: 'skip' });
  });

  test('selfGrade: a digit picks the grade; s skips', async () => {
    const h = harness(status);
    const outcome = selfGrade(h.ctx, 'How well?', GRADES);
    h.press('4', KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 4 });

    const s = harness(status);
    const skipped = selfGrade(s.ctx, 'How well?', GRADES);
    s.press('s');
    await expect(skipped).resolves.toEqual({ kind: 'skip' });
  });
});
