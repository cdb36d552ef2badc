import { render } from '@inquirer/testing';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { timedChoice, timedText } from '../../src/ui/timed-prompts.js';

// The prompts of timed interviews: a choice list and a one-line input, each with a
// countdown redrawn every second.

const TIMERS: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] };
const CHOICES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];

afterEach(() => {
  vi.useRealTimers();
});

describe('timedChoice', () => {
  test('first screen: message, numbered choices with the cursor on the first, help line', async () => {
    const { getScreen } = await render(timedChoice, { message: 'Which type opens a port on every node?', choices: CHOICES });
    expect(getScreen().split('\n')).toEqual([
      '? Which type opens a port on every node?',
      '❯ 1. ClusterIP',
      '  2. NodePort',
      '  3. LoadBalancer',
      '  4. ExternalName',
      '↑/↓ or 1-9 choose · enter confirm · s skip',
    ]);
  });

  test('a digit key moves to that choice; enter resolves its index', async () => {
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES });
    events.keypress('3');
    expect(getScreen()).toContain('❯ 3. LoadBalancer');
    events.keypress('enter');
    await expect(answer).resolves.toBe(2);
    expect(getScreen()).toBe('› Q LoadBalancer');
  });

  test('digits beyond the number of choices, and 0, are ignored', async () => {
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES });
    events.keypress('2');
    events.keypress('5');
    events.keypress('9');
    events.keypress('0');
    expect(getScreen()).toContain('❯ 2. NodePort');
    events.keypress('enter');
    await expect(answer).resolves.toBe(1);
  });

  test('up and down move the cursor and wrap around', async () => {
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES });
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
    await expect(answer).resolves.toBe(1);
  });

  test('s skips: resolves -1', async () => {
    const { answer, events } = await render(timedChoice, { message: 'Q', choices: CHOICES });
    events.keypress('down');
    events.keypress('s');
    await expect(answer).resolves.toBe(-1);
  });

  test('after a skip the finished line does not show a choice as if it had been picked', async () => {
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES });
    events.keypress('down');
    events.keypress('s');
    await answer;
    // The highlighted choice was NodePort, but the person skipped: it must not read as their answer.
    expect(getScreen()).not.toContain('NodePort');
    expect(getScreen()).not.toContain('ClusterIP');
  });

  test('Chinese choices render intact', async () => {
    const choices = ['仅集群内部可访问', '在每个节点上开放端口', '由云厂商提供外部负载均衡'];
    const { answer, events, getScreen } = await render(timedChoice, { message: 'NodePort 的作用是？', choices });
    expect(getScreen()).toContain('NodePort 的作用是？');
    choices.forEach((c, i) => expect(getScreen()).toContain(`${i + 1}. ${c}`));
    events.keypress('2');
    events.keypress('enter');
    await expect(answer).resolves.toBe(1);
  });

  test('the countdown is shown on the help line and ticks every second', async () => {
    vi.useFakeTimers(TIMERS);
    let seconds = 30;
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES, status: () => `0:${seconds} left` });
    expect(getScreen().split('\n').at(-1)).toMatch(/s skip\s+0:30 left$/);
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
    await expect(answer).resolves.toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('an abort (the time limit) rejects with AbortPromptError carrying the reason', async () => {
    vi.useFakeTimers(TIMERS);
    const controller = new AbortController();
    setTimeout(() => controller.abort('timeout'), 5000);
    const { answer } = await render(timedChoice, { message: 'Q', choices: CHOICES, status: () => 'x' }, { signal: controller.signal });
    const settled = answer.catch((error: unknown) => error);
    vi.advanceTimersByTime(5000);
    const error = (await settled) as Error & { cause?: unknown };
    expect(error.name).toBe('AbortPromptError');
    expect(error.cause).toBe('timeout');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('timedText', () => {
  test('typing shows the text; enter resolves it trimmed', async () => {
    const { answer, events, getScreen } = await render(timedText, { message: 'What does a Pod share?' });
    events.type('  network and storage  ');
    expect(getScreen()).toContain('network and storage');
    events.keypress('enter');
    await expect(answer).resolves.toBe('network and storage');
  });

  test('enter on an empty line resolves an empty string (skip)', async () => {
    const { answer, events } = await render(timedText, { message: 'Q' });
    events.keypress('enter');
    await expect(answer).resolves.toBe('');
  });

  test('Chinese input survives', async () => {
    const { answer, events } = await render(timedText, { message: '说说 Pod 的作用' });
    events.type('最小的调度单位，共享网络');
    events.keypress('enter');
    await expect(answer).resolves.toBe('最小的调度单位，共享网络');
  });

  test('backspace edits the line', async () => {
    const { answer, events } = await render(timedText, { message: 'Q' });
    events.type('podx');
    events.keypress('backspace');
    events.keypress('enter');
    await expect(answer).resolves.toBe('pod');
  });

  test('the countdown is shown under the input and ticks every second, keeping what was typed', async () => {
    vi.useFakeTimers(TIMERS);
    let left = '1:00';
    const { answer, events, getScreen } = await render(timedText, { message: 'Q', status: () => `${left} left` });
    expect(getScreen()).toContain('1:00 left');
    events.type('etcd');
    left = '0:59';
    vi.advanceTimersByTime(1000);
    expect(getScreen()).toContain('0:59 left');
    expect(getScreen()).not.toContain('1:00 left');
    expect(getScreen()).toContain('etcd');
    events.keypress('enter');
    await expect(answer).resolves.toBe('etcd');
    expect(vi.getTimerCount()).toBe(0);
  });
});
