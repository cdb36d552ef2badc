import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { Position, QuestionResult } from '../../src/core/session/session.js';
import type { Question } from '../../src/core/types.js';
import { interactiveUI } from '../../src/ui/interactive.js';
import { messages } from '../../src/ui/messages.js';
import { makeChalk } from '../../src/ui/style.js';
import { choiceQuestion, multiQuestion, nextQuestion, orderQuestion, recallQuestion, typedQuestion, zhTyped } from '../session/fixtures.js';

// The terminal UI with the new answer kinds: the prompt each kind needs, the ! key, and the
// feedback of multi and typed answers. Colour off, so the text compares as it is.

const KEY = { down: '\x1b[B', enter: '\r', space: ' ' };
const POSITION: Position = { index: 0, total: 3, answered: 0, correct: 0 };
const signal = () => new AbortController().signal;

function terminalUI(lang: 'en' | 'zh' = 'en') {
  const input = new PassThrough();
  const output = new PassThrough();
  let raw = '';
  output.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
  const ui = interactiveUI({ input, output, messages: messages(lang), chalk: makeChalk(0), width: 80, rows: 24, now: () => Date.now(), markdown: false });
  return { ui, press: (...keys: string[]) => keys.forEach((k) => input.write(k)), screen: () => stripVTControlCharacters(raw) };
}

function result(question: Question, extra: Partial<QuestionResult>): QuestionResult {
  return { question, status: 'wrong', grade: 1, given: '', ms: 1000, ...extra };
}

describe('asking', () => {
  test('multi: a checkbox; the ticks come back', async () => {
    const t = terminalUI();
    const outcome = t.ui.ask(multiQuestion('m'), POSITION, {}, signal());
    t.press('1', '3', '4', KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: [0, 2, 3] });
    expect(t.screen()).toContain('1/3 · multi · Kubernetes › Workloads');
    expect(t.screen()).toContain('[ ] 2. Ingress');
    for (const item of messages('en').help.multi) expect(t.screen()).toContain(item);
  });

  test('typed: a text input with its help line; the text comes back', async () => {
    const t = terminalUI();
    const outcome = t.ui.ask(typedQuestion('t'), POSITION, {}, signal());
    t.press('container network interface', KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 'container network interface' });
    for (const item of messages('en').help.typed) expect(t.screen().replace(/\s+/g, ' ')).toContain(item);
  });

  test('next: the choice list', async () => {
    const t = terminalUI();
    const outcome = t.ui.ask(nextQuestion('n'), POSITION, {}, signal());
    t.press(KEY.down, KEY.enter);
    await expect(outcome).resolves.toEqual({ kind: 'answer', value: 1 });
    expect(t.screen()).toContain('2. The kubelet starts the containers');
  });

  test.each([
    ['choice', choiceQuestion('c'), ['!']],
    ['order', orderQuestion('o'), ['!']],
    ['multi', multiQuestion('m'), ['!']],
    ['typed', typedQuestion('t'), ['!', KEY.enter]],
    ['recall', recallQuestion('r'), ['!', KEY.enter]],
  ] as const)('%s: ! flags the question', async (_kind, question, keys) => {
    const t = terminalUI();
    const outcome = t.ui.ask(question, POSITION, {}, signal());
    t.press(...keys);
    await expect(outcome).resolves.toEqual({ kind: 'flag' });
  });

  test('timed (interviews): a multi question has the countdown and flags with !', async () => {
    const t = terminalUI();
    const outcome = t.ui.ask(multiQuestion('m'), POSITION, { question: Date.now() + 60_000 }, signal());
    await new Promise((r) => setImmediate(r));
    expect(t.screen()).toMatch(/for this question/);
    t.press('!');
    await expect(outcome).resolves.toEqual({ kind: 'flag' });
  });
});

describe('feedback', () => {
  test('a wrong multi: the answer and the picks, each marked', async () => {
    const t = terminalUI();
    await t.ui.feedback(result(multiQuestion('m'), { value: [0, 1], given: 'ClusterIP · Ingress' }), POSITION);
    const out = t.screen();
    expect(out).toContain('✗ Wrong.');
    expect(out).toContain('The answer: ClusterIP · NodePort · LoadBalancer');
    expect(out).toContain('Your picks (✓ right, ✗ wrong pick, ○ missed):\n  ✓ ClusterIP\n  ✗ Ingress\n  ○ NodePort\n  ○ LoadBalancer');
  });

  test('a wrong typed answer: what was typed and the difference', async () => {
    const t = terminalUI();
    await t.ui.feedback(result(typedQuestion('t'), { value: 'Container Interface', given: 'Container Interface' }), POSITION);
    expect(t.screen()).toContain('The answer: Container Network Interface\nYou typed: Container Interface\nDifference: missing "Network"');
  });

  test('a right typed answer with a typo: right, and the spelling', async () => {
    const t = terminalUI();
    await t.ui.feedback(result(typedQuestion('t'), { status: 'right', grade: 3, value: 'Contianer Network Interface', given: 'Contianer Network Interface' }), POSITION);
    expect(t.screen()).toContain('✓ Right.\nA small typo, forgiven: "Contianer" → "Container"');
    expect(t.screen()).not.toContain('The answer:');
  });

  test('Chinese typed: the difference in Chinese', async () => {
    const t = terminalUI('zh');
    await t.ui.feedback(result(zhTyped, { value: '容器网络', given: '容器网络' }), POSITION);
    expect(t.screen()).toContain('你的输入：容器网络\n差别：缺少「接口」');
  });

  test('flagged: the verdict and the source, nothing else', async () => {
    const t = terminalUI();
    await t.ui.feedback(result(choiceQuestion('c'), { status: 'flagged' }), POSITION);
    const out = t.screen();
    expect(out).toContain('⚑ Flagged as a bad question: not scored, not asked again.');
    expect(out).not.toContain('The answer:');
    expect(out).toContain('Source: notes/k8s.md:10');
  });
});
