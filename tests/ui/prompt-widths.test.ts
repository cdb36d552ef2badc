import { PassThrough } from 'node:stream';
import { render } from '@inquirer/testing';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkbox } from '../../src/ui/checkbox-prompt.js';
import { messages } from '../../src/ui/messages.js';
import type { Countdown } from '../../src/ui/prompt-parts.js';
import { arrange, chooseOne, freeText, promptTheme, selfGrade, type PromptContext } from '../../src/ui/prompts.js';
import { sortable } from '../../src/ui/sortable-prompt.js';
import { timedChoice, timedText } from '../../src/ui/timed-prompts.js';
import { terminalScreen } from '../support/terminal.js';

// Every prompt at 40 and 80 columns, in both languages: nothing wider than the terminal (so
// the terminal never cuts a line), the key help broken between items, the finished line
// wrapped with the answer on a line of its own after a question with a clue, and after
// Ctrl+C nothing of the prompt left on screen (no frozen list, no frozen countdown).

const theme = promptTheme(new Chalk({ level: 0 }));
const TIMERS: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] };
const KEY = { down: '\x1b[B', enter: '\r', space: ' ', ctrlC: '\x03' };

const ZH = {
  message: '在「容器运行时与三大接口」中，下面说的是哪个缩写？\n为 Pod 创建网卡并分配 IP 的插件规范，在创建 Pod 沙箱时调用',
  choices: ['CRI', 'CRI-O', 'CSI', 'CNI'],
  long: ['PVC 删除后 PV 变为 Released 并保留数据，由管理员手动清理', 'PVC 删除后自动删除 PV 和后端存储，动态供给时的默认值', '清空卷中的文件后重新变为可用，已经废弃'],
};
const EN = {
  message: 'Which Service type opens the same port on every node of the cluster and forwards it to the Service?',
  long: ['exposes the Service on a cluster-internal virtual IP only reachable from within', 'opens one static port on every node and forwards it to the Service', 'asks the cloud provider for an external load balancer in front of the nodes'],
};

afterEach(() => {
  vi.useRealTimers();
});

const lines = (screen: string) => screen.split('\n');
const widest = (screen: string) => Math.max(...lines(screen).map((l) => stringWidth(l)));

describe.each([40, 80])('at %i columns', (width) => {
  describe.each([
    { lang: 'en' as const, message: EN.message, choices: EN.long },
    { lang: 'zh' as const, message: ZH.message, choices: ZH.long },
  ])('$lang', ({ lang, message, choices }) => {
    const m = messages(lang);

    test('choice: no line wider than the terminal; the help whole item by item; the skip row', async () => {
      const { answer, events, getScreen } = await render(timedChoice, { message, choices, skipLabel: m.skip, theme, width, help: m.help.choice, pageSize: 12, more: m.more });
      const screen = getScreen();
      expect(widest(screen), screen).toBeLessThanOrEqual(width);
      for (const item of m.help.choice) expect(screen).toContain(item);
      expect(screen).toContain(`  ${m.skip}`);
      // Every word of every choice is there, wrapped under its text.
      for (const choice of choices) expect(screen.replace(/\s+/g, '')).toContain(choice.replace(/\s+/g, ''));
      events.keypress('down');
      events.keypress('enter');
      await expect(answer).resolves.toEqual({ kind: 'answer', value: 1 });
      expect(widest(getScreen())).toBeLessThanOrEqual(width);
    });

    test('choice: a list taller than its page says so above the help, within the width', async () => {
      const { answer, events, getScreen } = await render(timedChoice, { message, choices, skipLabel: m.skip, theme, width, help: m.help.choice, pageSize: 3, more: m.more });
      expect(getScreen()).toContain(m.more(choices.length).slice(0, 6));
      expect(widest(getScreen())).toBeLessThanOrEqual(width);
      events.keypress('enter');
      await answer;
    });

    test('order and multi: no line wider than the terminal', async () => {
      const order = await render(sortable, { message, items: choices, theme, width, help: m.help.order });
      expect(widest(order.getScreen()), order.getScreen()).toBeLessThanOrEqual(width);
      order.events.keypress('enter');
      await order.answer;
      const multi = await render(checkbox, { message, choices, theme, width, help: m.help.multi });
      expect(widest(multi.getScreen()), multi.getScreen()).toBeLessThanOrEqual(width);
      multi.events.keypress('enter');
      await multi.answer;
    });

    test('text: the input on its own line under the question, help and countdown under it, all within the width', async () => {
      vi.useFakeTimers(TIMERS);
      const countdown: Countdown = { deadline: Date.now() + 60_000, now: () => Date.now(), status: () => m.timeLeft('14:03', '1:00') };
      const { answer, events, getScreen } = await render(timedText, { message, theme, width, help: m.help.recall, countdown });
      events.type('etcd');
      const screen = lines(getScreen());
      const input = screen.findIndex((l) => l.startsWith('› '));
      expect(screen[input]).toBe('› etcd');
      expect(screen.slice(input + 1).join(' ')).toContain(m.timeLeft('14:03', '1:00'));
      expect(widest(getScreen())).toBeLessThanOrEqual(width);
      events.keypress('enter');
      await expect(answer).resolves.toEqual({ kind: 'answer', value: 'etcd' });
    });
  });
});

/** The prompt module on a fake terminal of `width` columns: what is left on screen once escapes are applied. */
function terminal(width: number) {
  const input = new PassThrough();
  const output = Object.assign(new PassThrough(), { columns: width, rows: 20 });
  let raw = '';
  output.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
  const controller = new AbortController();
  const ctx: PromptContext = { input, output, signal: controller.signal, theme, help: messages('zh').help, width, pageSize: 10 };
  return { ctx, controller, press: (...keys: string[]) => keys.forEach((k) => input.write(k)), screen: () => terminalScreen(raw), raw: () => raw };
}


describe('the finished line the prompt module leaves', () => {
  test('after a question with a clue under it, the answer goes on a line of its own, all within 40 columns', async () => {
    const t = terminal(40);
    const outcome = chooseOne(t.ctx, ZH.message, ZH.choices, '跳过');
    t.press('4', KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 3 });
    const screen = t.screen();
    expect(widest(screen)).toBeLessThanOrEqual(40);
    expect(lines(screen).at(-1)).toBe('  4. CNI');
    expect(screen).not.toContain('❯');
  });

  test('a one-line question takes its answer on the same line when it fits', async () => {
    const t = terminal(80);
    const outcome = selfGrade(t.ctx, '你掌握得怎么样？', ['忘了', '困难', '良好', '轻松']);
    t.press(KEY.enter);
    await outcome;
    expect(t.screen()).toBe('› 你掌握得怎么样？ 3. 良好');
  });

  test('s skips a choice question in a quiz, as its help line says', async () => {
    const t = terminal(80);
    const outcome = chooseOne(t.ctx, 'Which one?', ['a', 'b'], 'Skip');
    t.press(KEY.down, 's');
    await expect(outcome).resolves.toEqual({ kind: 'skip' });
    expect(t.screen()).toBe('› Which one? –');
  });

  test.each([
    { name: 'choice', start: (ctx: PromptContext) => chooseOne(ctx, ZH.message, ZH.choices, '跳过') },
    { name: 'order', start: (ctx: PromptContext) => arrange(ctx, '请排出正确顺序：', ZH.long) },
    { name: 'text', start: (ctx: PromptContext) => freeText(ctx, '请解释什么是 Pod？') },
  ])('Ctrl+C in a timed $name prompt leaves nothing of it on screen: no list, no countdown', async ({ start }) => {
    vi.useFakeTimers(TIMERS);
    const t = terminal(40);
    t.ctx.countdown = { deadline: Date.now() + 60_000, now: () => Date.now(), status: () => '总剩余 2:53，本题剩余 0:57' };
    const outcome = start(t.ctx);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(t.screen()).toContain('本题剩余');
    t.press(KEY.ctrlC);
    await expect(outcome).resolves.toEqual({ kind: 'end' });
    expect(t.screen()).toBe('');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe.each([40, 80])('a list taller than its page, at %i columns', (width) => {
  // Five steps, each two or three lines at 40 columns: a page of 7 rows holds only some of them.
  const steps = [
    'The controller deletes the Pod with the highest ordinal first and waits for it to be gone',
    'It waits until the replacement Pod is Running and Ready before it touches the next one',
    'A Pod that fails its readiness probe stops the rollout until someone fixes it',
    'Each Pod gets the new template only when its turn comes, never all at once',
    'It moves on to the next lower ordinal, stopping at the partition if one is set',
  ];
  const shown = (screen: string) => screen.replace(/\s+/g, '');

  test.each(['en', 'zh'] as const)('%s: every item on screen is whole, and marks say how many are hidden above and below', async (lang) => {
    const m = messages(lang);
    const items = steps.map((s, i) => (lang === 'zh' ? `第${i + 1}步：${s}` : s));
    const pageSize = width === 40 ? 7 : 4;
    const { answer, events, getScreen } = await render(sortable, { message: 'Put these in order', items, theme, width, help: m.help.order, pageSize, more: m.more, hidden: m.hidden });
    for (let press = 0; press <= items.length; press++) {
      const screen = getScreen();
      const numbers = [...screen.matchAll(/^[ ❯⇅]+(\d)\. /gm)].map((x) => Number(x[1]));
      expect(numbers.length, screen).toBeGreaterThan(0);
      // An item whose number is on screen is there whole.
      for (const n of numbers) expect(shown(screen), screen).toContain(shown(items[n - 1] ?? ''));
      const above = (numbers[0] ?? 1) - 1;
      const below = items.length - (numbers.at(-1) ?? items.length);
      if (above) expect(screen).toContain(m.hidden('up', above).trim());
      else expect(screen).not.toContain('↑ ');
      if (below) expect(screen).toContain(m.hidden('down', below).trim());
      else expect(screen).not.toMatch(/↓ \d|↓ 下面/);
      expect(widest(screen)).toBeLessThanOrEqual(width);
      events.keypress('down');
    }
    // The last item was reached: something above is hidden.
    expect(getScreen()).toContain('↑');
    events.keypress('enter');
    await answer;
  });
});

describe.each([40, 80])('typing a long answer at %i columns', (width) => {
  test.each([
    ['en', 'first cordon the node so nothing new is scheduled, then evict the pods respecting disruption budgets, wait, then uncordon after maintenance'],
    ['zh', '先 cordon 节点让新的 Pod 不再调度上来，然后按照 PodDisruptionBudget 逐个驱逐 Pod，等维护结束后再 uncordon 恢复调度'],
  ] as const)('%s: the input is wrapped between words while it is typed, not cut by the terminal', async (lang, text) => {
    const m = messages(lang);
    const { answer, events, getScreen } = await render(timedText, { message: 'Walk through the steps of "Node drain steps".', theme, width, help: m.help.recall });
    events.type(text);
    const screen = getScreen();
    const input = screen.slice(screen.indexOf('›'));
    expect(widest(screen), screen).toBeLessThanOrEqual(width);
    // Every word typed is whole on one line of the input.
    const lines = input.split('\n');
    for (const word of text.split(/[\s，]+/).filter((w) => /^[A-Za-z]{3,}/.test(w))) {
      expect(lines.some((line) => line.includes(word.replace(/[,，]$/, ''))), `${word}\n${input}`).toBe(true);
    }
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: text });
  });

  test('a short answer keeps the terminal cursor: nothing hidden, no reverse video', async () => {
    const { answer, events, getScreen } = await render(timedText, { message: 'What is a Pod?', theme, width, help: messages('en').help.recall });
    events.type('a group of containers');
    expect(getScreen()).toContain('› a group of containers');
    events.keypress('enter');
    await answer;
  });
});
