import { render } from '@inquirer/testing';
import { Chalk } from 'chalk';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Countdown } from '../../src/ui/prompt-parts.js';
import { promptTheme } from '../../src/ui/prompts.js';
import { timedChoice, timedText } from '../../src/ui/timed-prompts.js';

// The prompts of timed interviews: a choice list and a one-line input, each with a
// countdown redrawn every second that ends the prompt itself at the deadline. They
// resolve a PromptResult: an answer, a skip or a timeout.

const TIMERS: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] };
const CHOICES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
// The program's theme without colour (neutral › when finished).
const theme = promptTheme(new Chalk({ level: 0 }));
const HELP = '↑/↓ or a number to choose · Enter to confirm · s skips';

/** A countdown `ms` from now on the (fake) clock, showing whatever `text()` says. */
function countdown(ms: number, text: () => string): Countdown {
  return { deadline: Date.now() + ms, now: () => Date.now(), status: text };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('timedChoice', () => {
  test('first screen: message, numbered choices with the cursor on the first, help line', async () => {
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Which type opens a port on every node?', choices: CHOICES, theme });
    const screen = getScreen();
    // Finish the prompt: one left pending rejects with ExitPromptError when the worker exits,
    // an unhandled rejection that fails the run with every test passed.
    events.keypress('enter');
    await answer;
    expect(screen.split('\n')).toEqual([
      '? Which type opens a port on every node?',
      '❯ 1. ClusterIP',
      '  2. NodePort',
      '  3. LoadBalancer',
      '  4. ExternalName',
      HELP,
    ]);
  });

  test('initial puts the cursor on that choice; a custom help line replaces the default', async () => {
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES, theme, initial: 2, help: ['pick one'] });
    expect(getScreen()).toContain('❯ 3. LoadBalancer');
    expect(getScreen().split('\n').at(-1)).toBe('pick one');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 2 });
  });

  test('a digit key moves to that choice; enter resolves its index; the finished line shows the pick', async () => {
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES, theme });
    events.keypress('3');
    expect(getScreen()).toContain('❯ 3. LoadBalancer');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 2 });
    expect(getScreen()).toBe('› Q 3. LoadBalancer');
  });

  test('digits beyond the number of choices, and 0, are ignored', async () => {
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES, theme });
    events.keypress('2');
    events.keypress('5');
    events.keypress('9');
    events.keypress('0');
    expect(getScreen()).toContain('❯ 2. NodePort');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 1 });
  });

  test('up and down move the cursor and wrap around', async () => {
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES, theme });
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toContain('❯ 3. LoadBalancer');
    events.keypress('up');
    expect(getScreen()).toContain('❯ 2. NodePort');
    events.keypress('up');
    events.keypress('up');
    expect(getScreen()).toContain('❯ 4. ExternalName');
    events.keypress('down');
    expect(getScreen()).toContain('❯ 1. ClusterIP');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 1 });
  });

  test('s skips: resolves a skip', async () => {
    const { answer, events } = await render(timedChoice, { message: 'Q', choices: CHOICES, theme });
    events.keypress('down');
    events.keypress('s');
    await expect(answer).resolves.toEqual({ kind: 'skip' });
  });

  test('after a skip the finished line does not show a choice as if it had been picked', async () => {
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES, theme });
    events.keypress('down');
    events.keypress('s');
    await answer;
    // The highlighted choice was NodePort, but the person skipped: it must not read as their answer.
    expect(getScreen()).not.toContain('NodePort');
    expect(getScreen()).not.toContain('ClusterIP');
    expect(getScreen()).toBe('› Q –');
  });

  test('Chinese choices render intact', async () => {
    const choices = ['仅集群内部可访问', '在每个节点上开放端口', '由云厂商提供外部负载均衡'];
    const { answer, events, getScreen } = await render(timedChoice, { message: 'NodePort 的作用是？', choices, theme });
    expect(getScreen()).toContain('NodePort 的作用是？');
    choices.forEach((c, i) => expect(getScreen()).toContain(`${i + 1}. ${c}`));
    events.keypress('2');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 1 });
    expect(getScreen()).toBe('› NodePort 的作用是？ 2. 在每个节点上开放端口');
  });

  test('the countdown is shown under the help line and ticks every second', async () => {
    vi.useFakeTimers(TIMERS);
    let seconds = 30;
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES, theme, countdown: countdown(30_000, () => `0:${seconds} left`) });
    expect(getScreen().split('\n').slice(-2)).toEqual([HELP, '0:30 left']);
    seconds = 29;
    vi.advanceTimersByTime(1000);
    expect(getScreen()).toContain('0:29 left');
    expect(getScreen()).not.toContain('0:30 left');
    seconds = 27;
    vi.advanceTimersByTime(2000);
    expect(getScreen()).toContain('0:27 left');
    // The cursor survives the redraws.
    events.keypress('down');
    seconds = 26;
    vi.advanceTimersByTime(1000);
    expect(getScreen()).toContain('❯ 2. NodePort');
    expect(getScreen()).toContain('0:26 left');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 1 });
    expect(vi.getTimerCount()).toBe(0);
  });

  test('at the deadline the prompt ends itself: timeout, the finished line shows ⌛ (no choices, no countdown)', async () => {
    vi.useFakeTimers(TIMERS);
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES, theme, countdown: countdown(5_000, () => 'time left') });
    events.keypress('down');
    let settled: unknown = null;
    void answer.then((value) => (settled = value));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(settled).toBeNull();
    expect(getScreen()).toContain('time left');
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toEqual({ kind: 'timeout' });
    expect(getScreen()).toBe('› Q ⌛');
    // The highlighted choice is not shown as a pick, and the clock is gone.
    expect(getScreen()).not.toContain('NodePort');
    expect(getScreen()).not.toContain('time left');
    expect(vi.getTimerCount()).toBe(0);
  });

  test('the deadline is checked against the countdown clock, not the tick count', async () => {
    vi.useFakeTimers(TIMERS);
    // 2.5 s: the once-a-second ticks at 1 s and 2 s redraw; the exact timer at 2.5 s ends it.
    const { answer } = await render(timedChoice, { message: 'Q', choices: CHOICES, theme, countdown: countdown(2_500, () => 'x') });
    let settled: unknown = null;
    void answer.then((value) => (settled = value));
    await vi.advanceTimersByTimeAsync(2_499);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ kind: 'timeout' });
  });

  test('an abort rejects with AbortPromptError carrying the reason (the wrappers decide what it means)', async () => {
    vi.useFakeTimers(TIMERS);
    const controller = new AbortController();
    setTimeout(() => controller.abort('timeout'), 5000);
    const { answer } = await render(timedChoice, { message: 'Q', choices: CHOICES, theme, countdown: countdown(60_000, () => 'x') }, { signal: controller.signal });
    const settled = answer.catch((error: unknown) => error);
    vi.advanceTimersByTime(5000);
    const error = (await settled) as Error & { cause?: unknown };
    expect(error.name).toBe('AbortPromptError');
    expect(error.cause).toBe('timeout');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('timedText', () => {
  test('typing shows the text; enter resolves it trimmed; the finished line shows it', async () => {
    const { answer, events, getScreen } = await render(timedText, { message: 'What does a Pod share?', theme });
    events.type('  network and storage  ');
    expect(getScreen()).toContain('network and storage');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'network and storage' });
    expect(getScreen()).toBe('› What does a Pod share? network and storage');
  });

  test('enter on an empty line skips', async () => {
    const { answer, events, getScreen } = await render(timedText, { message: 'Q', theme });
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'skip' });
    expect(getScreen()).toBe('› Q –');
  });

  test('only spaces is a skip too', async () => {
    const { answer, events } = await render(timedText, { message: 'Q', theme });
    events.type('   ');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'skip' });
  });

  test('Chinese input survives', async () => {
    const { answer, events } = await render(timedText, { message: '说说 Pod 的作用', theme });
    events.type('最小的调度单位，共享网络');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: '最小的调度单位，共享网络' });
  });

  test('backspace edits the line', async () => {
    const { answer, events } = await render(timedText, { message: 'Q', theme });
    events.type('podx');
    events.keypress('backspace');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'pod' });
  });

  test('the countdown is shown under the input and ticks every second, keeping what was typed', async () => {
    vi.useFakeTimers(TIMERS);
    let left = '1:00';
    const { answer, events, getScreen } = await render(timedText, { message: 'Q', theme, countdown: countdown(60_000, () => `${left} left`) });
    expect(getScreen()).toContain('1:00 left');
    events.type('etcd');
    left = '0:59';
    vi.advanceTimersByTime(1000);
    expect(getScreen()).toContain('0:59 left');
    expect(getScreen()).not.toContain('1:00 left');
    expect(getScreen()).toContain('etcd');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'etcd' });
    expect(vi.getTimerCount()).toBe(0);
  });

  test('at the deadline: timeout carrying what was half typed, which is not left on screen as an answer', async () => {
    vi.useFakeTimers(TIMERS);
    const { answer, events, getScreen } = await render(timedText, { message: 'Q', theme, countdown: countdown(3_000, () => '0:03 left') });
    events.type('half an answ');
    await vi.advanceTimersByTimeAsync(3_000);
    await expect(answer).resolves.toEqual({ kind: 'timeout', partial: 'half an answ' });
    expect(getScreen()).toBe('› Q ⌛');
    expect(vi.getTimerCount()).toBe(0);
  });
});
