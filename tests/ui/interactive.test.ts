import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Position, QuestionResult } from '../../src/core/session/session.js';
import type { Question } from '../../src/core/types.js';
import { interactiveUI } from '../../src/ui/interactive.js';
import { messages } from '../../src/ui/messages.js';
import { makeChalk } from '../../src/ui/style.js';
import { choiceQuestion, orderQuestion, recallQuestion, zhRecall } from '../session/fixtures.js';

// The terminal UI driven through plain streams: keys in, screen text out. Colour off
// (level 0) and markdown off, so the text can be compared as it is.

const KEY = { down: '\x1b[B', enter: '\r' };
const TIMERS: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] };
const POSITION: Position = { index: 1, total: 3, answered: 1, correct: 0 };

function terminalUI(options: { lang?: 'en' | 'zh'; width?: number; rows?: number; level?: 0 | 1 } = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let raw = '';
  output.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
  });
  const ui = interactiveUI({
    input,
    output,
    messages: messages(options.lang ?? 'en'),
    chalk: makeChalk(options.level ?? 0),
    width: options.width ?? 80,
    rows: options.rows ?? 24,
    now: () => Date.now(),
    markdown: false,
  });
  return { ui, press: (...keys: string[]) => keys.forEach((k) => input.write(k)), screen: () => stripVTControlCharacters(raw), raw: () => raw };
}

function result(question: Question, extra: Partial<QuestionResult> = {}): QuestionResult {
  return { question, status: 'wrong', grade: 1, given: '', ms: 1000, ...extra };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
const signal = () => new AbortController().signal;

afterEach(() => {
  vi.useRealTimers();
});

describe('feedback', () => {
  test('a skipped recall prints the verdict and the reference text', async () => {
    const t = terminalUI();
    const q = recallQuestion('r1');
    await t.ui.feedback(result(q, { status: 'skipped' }), POSITION);
    const out = t.screen();
    expect(out).toContain('– Skipped.');
    expect(out).toContain('Reference answer:');
    expect(squeeze(out)).toContain(squeeze(String(q.answer)));
    expect(out).toContain('Source: notes/k8s.md:10');
    expect(out).toContain('Score so far: 0/1');
  });

  test('a timed-out recall prints the reference too', async () => {
    const t = terminalUI();
    const q = recallQuestion('r1');
    await t.ui.feedback(result(q, { status: 'timedOut' }), POSITION);
    expect(t.screen()).toContain('⌛ Time is up for this question.');
    expect(squeeze(t.screen())).toContain(squeeze(String(q.answer)));
  });

  test('a Chinese skipped recall prints the Chinese reference, within the width', async () => {
    const t = terminalUI({ lang: 'zh', width: 40 });
    await t.ui.feedback(result(zhRecall, { status: 'skipped' }), POSITION);
    expect(t.screen()).toContain('参考答案：');
    expect(squeeze(t.screen())).toContain(squeeze(String(zhRecall.answer)));
    for (const line of t.screen().split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
  });

  test('an answered recall: no verdict, no reference and no explanation again, just the source and score', async () => {
    const t = terminalUI();
    const q = recallQuestion('r1', { explanation: 'EXPLANATION TEXT' });
    await t.ui.feedback(result(q, { grade: 3, status: 'right', given: 'containers' }), { ...POSITION, correct: 1 });
    const out = t.screen();
    expect(out).not.toContain('Reference answer:');
    expect(out).not.toContain('EXPLANATION TEXT');
    expect(out).not.toContain('Right.');
    expect(out).toContain('Source: notes/k8s.md:10');
    expect(out).toContain('Score so far: 1/1');
  });

  test('a wrong choice: the verdict, the answer, the explanation without markup', async () => {
    const t = terminalUI();
    await t.ui.feedback(result(choiceQuestion('q1'), { given: 'ClusterIP' }), POSITION);
    const out = t.screen();
    expect(out).toContain('✗ Wrong.');
    expect(out).toContain('The answer: NodePort');
    expect(out).toContain('NodePort: opens one port on every node');
    expect(out).not.toContain('**');
  });

  test('a wrong order: no answer line (the explanation lists the steps)', async () => {
    const t = terminalUI();
    await t.ui.feedback(result(orderQuestion('o1', { explanation: 'etcd first, then the scheduler' })), POSITION);
    expect(t.screen()).toContain('✗ Wrong.');
    expect(t.screen()).not.toContain('The answer:');
    expect(t.screen()).toContain('etcd first, then the scheduler');
  });

  test('colour level 0: no escape codes at all in the feedback', async () => {
    const t = terminalUI();
    await t.ui.feedback(result(recallQuestion('r1'), { status: 'skipped' }), POSITION);
    await t.ui.feedback(result(choiceQuestion('q1')), POSITION);
    expect(t.raw()).not.toContain('\u001b');
  });
});

describe('asking', () => {
  test('a choice question: the header, the numbered choices; the pick comes back', async () => {
    const t = terminalUI();
    const outcome = t.ui.ask(choiceQuestion('q1'), { index: 0, total: 3, answered: 0, correct: 0 }, {}, signal());
    t.press(KEY.down, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 1 });
    expect(t.screen()).toContain('1/3 · define · Kubernetes › Workloads');
    expect(t.screen()).toContain('1. ClusterIP');
    expect(t.screen()).toContain('Skip');
  });

  test('an order question: the sortable list; s skips it', async () => {
    const t = terminalUI();
    const outcome = t.ui.ask(orderQuestion('o1'), POSITION, {}, signal());
    await new Promise((resolve) => setImmediate(resolve));
    expect(t.screen()).toContain('1. The scheduler binds the Pod to a node');
    t.press('s');
    await expect(outcome).resolves.toEqual({ kind: 'skip' });
  });

  test.each(['en', 'zh'] as const)('%s: the order help line tells about the s key, as the choice help does', async (lang) => {
    const t = terminalUI({ lang });
    const outcome = t.ui.ask(orderQuestion('o1'), POSITION, {}, signal());
    await new Promise((resolve) => setImmediate(resolve));
    t.press('s');
    await expect(outcome).resolves.toEqual({ kind: 'skip' });
    const m = messages(lang);
    for (const item of m.help.order) expect(t.screen()).toContain(item);
    // The sortable prompt's own default says "s skip"; the interface text replacing it should too.
    expect(m.help.choice.join(' · ')).toMatch(/s (or the last item )?skips|s 或最后一项跳过/);
    expect(m.help.order.join(' · ')).toMatch(/s skips|s 跳过/);
  });

  test('the list takes the rows there are (rows - 8, at least 5), the mark of hidden items included', async () => {
    const t = terminalUI({ rows: 10 });
    const q = choiceQuestion('q1', { choices: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'], answer: 0 });
    const outcome = t.ui.ask(q, POSITION, {}, signal());
    await new Promise((resolve) => setImmediate(resolve));
    const firstFrame = t.screen().split('\u2191')[0] ?? '';
    expect(firstFrame.split('\n').filter((l) => /\d\. a\d/.test(l))).toHaveLength(4);
    expect(t.screen()).toContain('5 more below');
    t.press(KEY.enter);
    await outcome;
  });

  test('a recall question asked with a deadline shows the time left and ends itself at the deadline', async () => {
    vi.useFakeTimers(TIMERS);
    const t = terminalUI();
    let settled: unknown = null;
    const outcome = t.ui.ask(recallQuestion('r1'), POSITION, { question: Date.now() + 20_000 }, signal()).then((o) => (settled = o));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.screen()).toContain('0:20 for this question');
    await vi.advanceTimersByTimeAsync(19_999);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    expect(settled).toEqual({ kind: 'timeout' });
    expect(t.screen()).toContain('⌛');
    expect(vi.getTimerCount()).toBe(0);
  });

  test('with a deadline, a stop still ends the question', async () => {
    vi.useFakeTimers(TIMERS);
    const t = terminalUI();
    const stop = new AbortController();
    const outcome = t.ui.ask(choiceQuestion('q1'), POSITION, { session: Date.now() + 60_000 }, stop.signal);
    await vi.advanceTimersByTimeAsync(1000);
    stop.abort('stop');
    await expect(outcome).resolves.toEqual({ kind: 'end' });
  });
});

describe('self-grading', () => {
  test('shows the reference with the key points, then asks for a grade starting where the coverage points', async () => {
    const t = terminalUI();
    const q = recallQuestion('r1');
    const outcome = t.ui.selfGrade(q, 'One or more container, and they share the network namespace', {}, signal());
    t.press(KEY.enter);
    // Two of three points said: the cursor starts on Hard, not Good.
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 2 });
    const out = t.screen();
    expect(out).toContain('Reference answer:');
    expect(squeeze(out)).toContain(squeeze(String(q.answer)));
    expect(out).toMatch(/✓ Key points you covered: .*one or more containers/);
    expect(out).toMatch(/✗ Key points you missed: .*shared storage volumes/);
    expect(out).toContain('How well did you know it?');
  });

  test('Chinese grade names; an answer covering a third starts on the middle grade, one saying nothing of it on Again', async () => {
    const t = terminalUI({ lang: 'zh' });
    const outcome = t.ui.selfGrade(zhRecall, 'Pod 是最小的调度单位', {}, signal());
    t.press(KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 2 });
    for (const name of ['忘了', '困难', '良好', '轻松']) expect(t.screen()).toContain(name);

    const nothing = terminalUI({ lang: 'zh' });
    const none = nothing.ui.selfGrade(zhRecall, '不知道', {}, signal());
    nothing.press(KEY.enter);
    await expect(none).resolves.toEqual({ kind: 'answer', value: 1 });
  });
});
