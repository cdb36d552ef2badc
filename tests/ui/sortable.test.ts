import { render } from '@inquirer/testing';
import { Chalk } from 'chalk';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Countdown } from '../../src/ui/prompt-parts.js';
import { promptTheme } from '../../src/ui/prompts.js';
import { sortable } from '../../src/ui/sortable-prompt.js';

// The custom sortable-list prompt used for `order` questions, driven with scripted keys.
// It resolves a PromptResult: the order as an answer, a skip, or the time running out.

// The program's theme without colour: its finished mark is a neutral ›, not inquirer's green tick.
const theme = promptTheme(new Chalk({ level: 0 }));
const HELP = '↑/↓ to move · space picks up / drops · Enter to confirm · s skips';
const ITEMS = ['Write the object to etcd', 'Schedule onto a node', 'Pull the image', 'Start the containers'];

// Only timers are faked: @inquirer/testing waits on the real setImmediate.
const TIMERS: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] };

afterEach(() => {
  vi.useRealTimers();
});

describe('sortable prompt', () => {
  test('first screen: message, the items numbered in their given order, cursor on the first, help line', async () => {
    const { getScreen, events, answer } = await render(sortable, { message: 'Put the steps in order:', items: ITEMS, theme });
    const lines = getScreen().split('\n');
    // Finish the prompt so it is not left pending when the test ends.
    events.keypress('enter');
    await answer;
    expect(lines[0]).toBe('? Put the steps in order:');
    expect(lines.slice(1, 5)).toEqual([
      '❯ 1. Write the object to etcd',
      '  2. Schedule onto a node',
      '  3. Pull the image',
      '  4. Start the containers',
    ]);
    expect(lines[5]).toBe(HELP);
    expect(lines).toHaveLength(6);
  });

  test('a custom help line replaces the default', async () => {
    const { getScreen, events, answer } = await render(sortable, { message: 'Order', items: ['a', 'b'], help: ['move with the arrows'], theme });
    expect(getScreen()).toContain('move with the arrows');
    expect(getScreen()).not.toContain('space pick up');
    events.keypress('enter');
    await answer;
  });

  test('enter without moving anything resolves with the identity order', async () => {
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ITEMS, theme });
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [0, 1, 2, 3] });
    expect(getScreen()).toBe('› Order');
  });

  test('space, down, down, space carries the first item to third place; enter resolves the permutation', async () => {
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ITEMS, theme });
    events.keypress('space');
    expect(getScreen()).toContain('⇅ 1. Write the object to etcd');
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toContain('⇅ 3. Write the object to etcd');
    events.keypress('space');
    const lines = getScreen().split('\n');
    expect(lines.slice(1, 5)).toEqual([
      '  1. Schedule onto a node',
      '  2. Pull the image',
      '❯ 3. Write the object to etcd',
      '  4. Start the containers',
    ]);
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [1, 2, 0, 3] });
  });

  test('moving the cursor without holding does not reorder', async () => {
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ITEMS, theme });
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toContain('❯ 3. Pull the image');
    events.keypress('up');
    expect(getScreen()).toContain('❯ 2. Schedule onto a node');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [0, 1, 2, 3] });
  });

  test('j and k work like down and up, for moving the cursor and the held item', async () => {
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ITEMS, theme });
    events.keypress('j');
    events.keypress('j');
    events.keypress('j');
    expect(getScreen()).toContain('❯ 4. Start the containers');
    events.keypress('space');
    events.keypress('k');
    events.keypress('k');
    events.keypress('k');
    events.keypress('space');
    expect(getScreen()).toContain('❯ 1. Start the containers');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [3, 0, 1, 2] });
  });

  test('moves past either end are ignored, holding or not', async () => {
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ['a', 'b', 'c'], theme });
    events.keypress('up');
    expect(getScreen()).toContain('❯ 1. a');
    events.keypress('space');
    events.keypress('up');
    events.keypress('k');
    expect(getScreen()).toContain('⇅ 1. a');
    events.keypress('space');
    events.keypress('down');
    events.keypress('down');
    events.keypress('space');
    events.keypress('down');
    events.keypress('j');
    events.keypress('space');
    expect(getScreen()).toContain('❯ 3. c');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [0, 1, 2] });
  });

  test('several moves compose: the answer lists original indices in the final order', async () => {
    const { answer, events } = await render(sortable, { message: 'Order', items: ['a', 'b', 'c', 'd'], theme });
    // carry d to the top, then carry a (now second) to the bottom
    for (const key of ['down', 'down', 'down', 'space', 'up', 'up', 'up', 'space', 'down', 'space', 'down', 'down', 'space', 'enter']) {
      events.keypress(key);
    }
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [3, 1, 2, 0] });
  });

  test('other keys do nothing', async () => {
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ['a', 'b'], theme });
    const before = getScreen();
    events.keypress('x');
    events.keypress('5');
    events.keypress('left');
    expect(getScreen()).toBe(before);
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [0, 1] });
  });

  test('a Chinese item list renders intact', async () => {
    const items = ['API Server 接收请求并写入 etcd', '调度器为 Pod 选择节点', 'kubelet 拉取镜像并启动容器', '更新 Pod 状态'];
    const { answer, events, getScreen } = await render(sortable, { message: 'Pod 创建流程，请排出正确顺序：', items, theme });
    const screen = getScreen();
    expect(screen).toContain('Pod 创建流程，请排出正确顺序：');
    items.forEach((item, i) => expect(screen).toContain(`${i + 1}. ${item}`));
    for (const line of screen.split('\n')) expect(line).not.toContain('\uFFFD');
    events.keypress('space');
    events.keypress('down');
    events.keypress('space');
    expect(getScreen()).toContain('  1. 调度器为 Pod 选择节点');
    expect(getScreen()).toContain('❯ 2. API Server 接收请求并写入 etcd');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [1, 0, 2, 3] });
  });

  test('the countdown is shown and redrawn every second', async () => {
    vi.useFakeTimers(TIMERS);
    let left = 10;
    const status = vi.fn(() => `0:${String(left).padStart(2, '0')} left`);
    const countdown: Countdown = { deadline: Date.now() + 10_000, now: () => Date.now(), status };
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ['a', 'b'], countdown, theme });
    expect(getScreen()).toContain('0:10 left');
    // The countdown has its own line under the key help.
    expect(getScreen().split('\n').slice(-2)).toEqual([HELP, '0:10 left']);
    left = 9;
    // Nothing redraws on its own before the second is up...
    vi.advanceTimersByTime(999);
    expect(getScreen()).toContain('0:10 left');
    // ...and at one second the countdown line is new.
    vi.advanceTimersByTime(1);
    expect(getScreen()).toContain('0:09 left');
    expect(getScreen()).not.toContain('0:10 left');
    left = 8;
    vi.advanceTimersByTime(1000);
    expect(getScreen()).toContain('0:08 left');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [0, 1] });
    // The ticker is stopped once the prompt is done.
    expect(vi.getTimerCount()).toBe(0);
  });

  test('without a countdown no timer is started', async () => {
    vi.useFakeTimers(TIMERS);
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ['a', 'b'], theme });
    expect(vi.getTimerCount()).toBe(0);
    expect(getScreen().split('\n').at(-1)).toBe(HELP);
    events.keypress('enter');
    await answer;
  });

  test('an aborted signal rejects with AbortPromptError and stops the ticker', async () => {
    vi.useFakeTimers(TIMERS);
    const controller = new AbortController();
    const countdown: Countdown = { deadline: Date.now() + 60_000, now: () => Date.now(), status: () => 'tick' };
    const { answer } = await render(sortable, { message: 'Order', items: ['a', 'b'], countdown }, { signal: controller.signal });
    // The once-a-second redraw and the deadline itself.
    expect(vi.getTimerCount()).toBe(2);
    controller.abort('stop');
    await expect(answer).rejects.toMatchObject({ name: 'AbortPromptError' });
    expect(vi.getTimerCount()).toBe(0);
  });

  test('at the deadline the prompt ends itself: timeout, and the finished line shows ⌛ (no list, no countdown)', async () => {
    vi.useFakeTimers(TIMERS);
    const countdown: Countdown = { deadline: Date.now() + 5_000, now: () => Date.now(), status: () => '0:05 left' };
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ['a', 'b', 'c'], countdown, theme });
    // An item picked up when the time runs out does not change the outcome.
    events.keypress('space');
    events.keypress('down');
    let settled: unknown = null;
    void answer.then((value) => (settled = value));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toEqual({ kind: 'timeout' });
    expect(getScreen()).toBe('› Order ⌛');
    expect(getScreen()).not.toContain('0:05 left');
    expect(vi.getTimerCount()).toBe(0);
  });

  test('keys after the deadline change nothing', async () => {
    vi.useFakeTimers(TIMERS);
    const countdown: Countdown = { deadline: Date.now() + 1_000, now: () => Date.now(), status: () => 'x' };
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ['a', 'b'], countdown, theme });
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(answer).resolves.toEqual({ kind: 'timeout' });
    events.keypress('enter');
    events.keypress('s');
    expect(getScreen()).toBe('› Order ⌛');
  });

  test('s skips: resolves a skip, and the finished line shows – instead of an order', async () => {
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ITEMS, theme });
    events.keypress('down');
    events.keypress('s');
    await expect(answer).resolves.toEqual({ kind: 'skip' });
    expect(getScreen()).toBe('› Order –');
    for (const item of ITEMS) expect(getScreen()).not.toContain(item);
  });

  test('s skips while an item is held too, as the help line says', async () => {
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ['a', 'b', 'c'], theme });
    events.keypress('space');
    expect(getScreen()).toContain('⇅ 1. a');
    events.keypress('s');
    await expect(answer).resolves.toEqual({ kind: 'skip' });
    expect(getScreen()).toBe('› Order –');
  });

  test('a theme colours the prompt; the finished mark comes from the theme', async () => {
    const theme = { prefix: { idle: '?', done: 'DONE' }, style: { highlight: (t: string) => `<${t}>`, help: (t: string) => `[${t}]` } };
    const { answer, events, getScreen } = await render(sortable, { message: 'Order', items: ['a', 'b'], theme, help: ['keys'] });
    expect(getScreen()).toContain('<❯ 1. a>');
    expect(getScreen().split('\n').at(-1)).toBe('[keys]');
    events.keypress('enter');
    await answer;
    expect(getScreen()).toBe('DONE Order');
  });

  test('long lists are paginated around the cursor, a mark taking a row where items are hidden', async () => {
    const items = Array.from({ length: 20 }, (_, i) => `item ${i + 1}`);
    const { events, getScreen } = await render(sortable, { message: 'Order', items, pageSize: 5, theme });
    expect(getScreen().split('\n').filter((l) => /\d+\. item/.test(l))).toHaveLength(4);
    expect(getScreen()).toContain('↓ 16 more');
    for (let i = 0; i < 10; i++) events.keypress('down');
    expect(getScreen()).toContain('❯ 11. item 11');
    // In the middle, a mark above and below: 3 items between them.
    expect(getScreen().split('\n').filter((l) => /\d+\. item/.test(l))).toHaveLength(3);
    expect(getScreen()).toContain('↑ 8 more');
    expect(getScreen()).toContain('↓ 9 more');
  });
});
