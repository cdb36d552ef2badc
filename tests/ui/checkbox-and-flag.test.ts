import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { render } from '@inquirer/testing';
import { Chalk } from 'chalk';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { pending } from '../support/async.js';
import type { Countdown } from '../../src/ui/prompt-parts.js';
import { checkbox } from '../../src/ui/checkbox-prompt.js';
import { messages } from '../../src/ui/messages.js';
import { arrange, askAnswer, chooseOne, freeText, pickAll, promptTheme, selfGrade, type PromptContext } from '../../src/ui/prompts.js';
import { sortable } from '../../src/ui/sortable-prompt.js';
import { timedChoice, timedText } from '../../src/ui/timed-prompts.js';

// The checkbox (select every choice that belongs), the text input of typed answers, and the
// ! key that flags a bad question in every prompt kind.

const TIMERS: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] };
const theme = promptTheme(new Chalk({ level: 0 }));
const CHOICES = ['ClusterIP', 'Ingress', 'NodePort', 'LoadBalancer'];
const en = messages('en');
const KEY = { down: '\x1b[B', enter: '\r', space: ' ' };

function countdown(ms: number, text = '0:30 left'): Countdown {
  return { deadline: Date.now() + ms, now: () => Date.now(), status: () => text };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('checkbox prompt', () => {
  test('first screen: message, unticked numbered choices, the cursor on the first, the help line', async () => {
    const { getScreen } = await render(checkbox, { message: 'Select every Service type:', choices: CHOICES, theme, help: en.help.multi });
    expect(getScreen().split('\n')).toEqual([
      '? Select every Service type:',
      '❯ [ ] 1. ClusterIP',
      '  [ ] 2. Ingress',
      '  [ ] 3. NodePort',
      '  [ ] 4. LoadBalancer',
      // The help line broken between items at 80 columns, never inside one.
      '↑/↓ to move · space or a number to tick · Enter to confirm · s skips',
      '! flags a bad question',
    ]);
  });

  test('space ticks the choice under the cursor, a digit ticks that choice; enter gives the ticked, ascending', async () => {
    const { answer, events, getScreen } = await render(checkbox, { message: 'Q', choices: CHOICES, theme });
    events.keypress('space');
    events.keypress('4');
    events.keypress('down'); // the cursor followed the digit to 4: stays there
    events.keypress('3');
    expect(getScreen()).toContain('[x] 1. ClusterIP');
    expect(getScreen()).toContain('[ ] 2. Ingress');
    expect(getScreen()).toContain('[x] 3. NodePort');
    expect(getScreen()).toContain('[x] 4. LoadBalancer');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [0, 2, 3] });
    expect(getScreen()).toBe('› Q 1 3 4');
  });

  test('ticking twice unticks', async () => {
    const { answer, events } = await render(checkbox, { message: 'Q', choices: CHOICES, theme });
    events.keypress('2');
    events.keypress('2');
    events.keypress('1');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [0] });
  });

  test('↑/↓ move; space at the new place ticks there', async () => {
    const { answer, events } = await render(checkbox, { message: 'Q', choices: CHOICES, theme });
    events.keypress('down');
    events.keypress('down');
    events.keypress('space');
    events.keypress('up');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: [1, 2] });
  });

  test('enter with nothing ticked skips; s skips', async () => {
    const none = await render(checkbox, { message: 'Q', choices: CHOICES, theme });
    none.events.keypress('enter');
    await expect(none.answer).resolves.toEqual({ kind: 'skip' });
    expect(none.getScreen()).toBe('› Q –');

    const s = await render(checkbox, { message: 'Q', choices: CHOICES, theme });
    s.events.keypress('1');
    s.events.keypress('s');
    await expect(s.answer).resolves.toEqual({ kind: 'skip' });
  });

  test('! flags the question; the finished line says so', async () => {
    const { answer, events, getScreen } = await render(checkbox, { message: 'Q', choices: CHOICES, theme });
    events.keypress('1');
    events.keypress('!');
    await expect(answer).resolves.toEqual({ kind: 'flag' });
    expect(getScreen()).toBe('› Q ⚑');
  });

  test('with a countdown: shown under the help, and time running out ends it as timeout', async () => {
    vi.useFakeTimers(TIMERS);
    const { answer, getScreen } = await render(checkbox, { message: 'Q', choices: CHOICES, theme, countdown: countdown(10_000, '0:10 left') });
    expect(getScreen()).toContain('0:10 left');
    let settled: unknown = null;
    void answer.then((a) => (settled = a));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ kind: 'timeout' });
    expect(getScreen()).toBe('› Q ⌛');
  });

  test('long choices wrap under their text at the width', async () => {
    const { getScreen } = await render(checkbox, { message: 'Q', choices: ['a choice long enough to wrap at twenty columns', 'b'], theme, width: 24 });
    const lines = getScreen().split('\n');
    expect(lines[1]).toBe('❯ [ ] 1. a choice long');
    expect(lines[2]).toMatch(/^ {9}\S/);
  });
});

describe('the ! key in the other custom prompts', () => {
  test('timedChoice: ! flags', async () => {
    const { answer, events, getScreen } = await render(timedChoice, { message: 'Q', choices: CHOICES, theme });
    events.keypress('!');
    await expect(answer).resolves.toEqual({ kind: 'flag' });
    expect(getScreen()).toBe('› Q ⚑');
  });

  test('sortable: ! flags, even while an item is held', async () => {
    const { answer, events } = await render(sortable, { message: 'Q', items: ['a', 'b'], theme });
    events.keypress('space');
    events.keypress('!');
    await expect(answer).resolves.toEqual({ kind: 'flag' });
  });

  test('timedText (the text input of timed typed and recall answers): a line of only ! flags; ! inside text is text', async () => {
    const flag = await render(timedText, { message: 'CNI stands for?', theme });
    flag.events.type('!');
    flag.events.keypress('enter');
    await expect(flag.answer).resolves.toEqual({ kind: 'flag' });
    expect(flag.getScreen()).toBe('› CNI stands for? ⚑');

    const text = await render(timedText, { message: 'CNI stands for?', theme });
    text.events.type('Container Network Interface!');
    text.events.keypress('enter');
    await expect(text.answer).resolves.toEqual({ kind: 'answer', value: 'Container Network Interface!' });
  });
});

interface Harness {
  ctx: PromptContext;
  controller: AbortController;
  press: (...keys: string[]) => void;
  screen: () => string;
}

function harness(timer?: Countdown): Harness {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const controller = new AbortController();
  const ctx: PromptContext = {
    input,
    output,
    signal: controller.signal,
    theme,
    help: en.help,
    ...(timer ? { countdown: timer } : {}),
  };
  return { ctx, controller, press: (...keys) => keys.forEach((k) => input.write(k)), screen: () => stripVTControlCharacters(out) };
}

describe('the prompt module: every prompt kind takes ! (text prompts: a line of only !)', () => {
  const kinds = [
    { name: 'chooseOne', start: (h: Harness) => chooseOne(h.ctx, 'Q', ['a', 'b'], 'Skip'), keys: ['!'] },
    { name: 'arrange', start: (h: Harness) => arrange(h.ctx, 'Q', ['a', 'b']), keys: ['!'] },
    { name: 'pickAll', start: (h: Harness) => pickAll(h.ctx, 'Q', ['a', 'b']), keys: ['!'] },
    { name: 'freeText', start: (h: Harness) => freeText(h.ctx, 'Q'), keys: ['!', KEY.enter] },
    { name: 'selfGrade', start: (h: Harness) => selfGrade(h.ctx, 'Q', ['Again', 'Hard', 'Good', 'Easy']), keys: ['!'] },
  ];

  test.each(kinds)('$name, untimed: flag', async ({ start, keys }) => {
    const h = harness();
    const outcome = start(h);
    h.press(...keys);
    await expect(outcome).resolves.toEqual({ kind: 'flag' });
  });

  test.each(kinds)('$name, timed: flag', async ({ start, keys }) => {
    const h = harness(countdown(30_000));
    const outcome = start(h);
    h.press(...keys);
    await expect(outcome).resolves.toEqual({ kind: 'flag' });
  });

  test('a stop still ends a prompt watched for the ! key as end, not flag', async () => {
    const h = harness();
    const outcome = chooseOne(h.ctx, 'Q', ['a', 'b'], 'Skip');
    h.controller.abort('stop');
    await expect(outcome).resolves.toEqual({ kind: 'end' });
  });

  test('after a prompt ends, a ! typed later flags nothing (the watcher is gone)', async () => {
    const h = harness();
    const first = chooseOne(h.ctx, 'Q', ['a', 'b'], 'Skip');
    h.press(KEY.enter);
    await expect(first).resolves.toEqual({ kind: 'answer', value: 0 });
    const second = freeText(h.ctx, 'Q');
    h.press('!', 'x');
    expect(await pending(second)).toBe(true);
    h.press(KEY.enter);
    await expect(second).resolves.toEqual({ kind: 'answer', value: '!x' });
  });

  test('on a terminal, a ! typed before the prompt (during the feedback) does not flag it', async () => {
    const h = harness();
    (h.ctx.input as PassThrough & { isTTY?: boolean }).isTTY = true;
    h.press('!');
    const outcome = chooseOne(h.ctx, 'Q', ['a', 'b'], 'Skip');
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    h.press(KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 0 });
  });

  test('freeText: ! inside an answer is part of it', async () => {
    const h = harness();
    const outcome = freeText(h.ctx, 'Q');
    h.press('it restarts!', KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 'it restarts!' });
  });

  test('pickAll untimed: the ticks, and the multi help line', async () => {
    const h = harness();
    const outcome = pickAll(h.ctx, 'Select every Service type:', CHOICES);
    h.press('1', KEY.down, KEY.down, KEY.space, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: [0, 2] });
    for (const item of en.help.multi) expect(h.screen()).toContain(item);
  });

  test('askAnswer: the prompt a kind names; text prompts show their help line under the question', async () => {
    const h = harness();
    const typed = askAnswer('text', h.ctx, 'What does CNI stand for?', [], { skip: 'Skip' });
    h.press('Container Network Interface', KEY.enter);
    await expect(typed).resolves.toEqual({ kind: 'answer', value: 'Container Network Interface' });
    for (const item of en.help.typed) expect(h.screen().replace(/\s+/g, ' ')).toContain(item);

    const c = harness();
    const checked = askAnswer('checkbox', c.ctx, 'Q', CHOICES, { skip: 'Skip' });
    c.press('2', KEY.enter);
    await expect(checked).resolves.toEqual({ kind: 'answer', value: [1] });
  });

  test('the help lines name the ! key, in both languages', () => {
    for (const m of [messages('en'), messages('zh')]) {
      for (const help of Object.values(m.help)) expect(help.join(' · ')).toContain('!');
    }
  });
});
