import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import type { QuestionResult, SessionReport } from '../../src/cli/session.js';
import { messages } from '../../src/ui/messages.js';
import { byTopic, formatSummary, percent, shorten, topicLabel } from '../../src/ui/report.js';
import { makeChalk } from '../../src/ui/style.js';
import { choiceQuestion, orderQuestion, recallQuestion, zhChoice } from '../session/fixtures.js';

// The end-of-session summary, as plain text (colour level 0).

const plainChalk = makeChalk(0);
const en = messages('en');

function result(question: QuestionResult['question'], correct: boolean, extra: Partial<QuestionResult> = {}): QuestionResult {
  return { question, correct, skipped: false, timedOut: false, grade: correct ? 3 : 1, given: '', ms: 1000, ...extra };
}

function report(results: QuestionResult[], extra: Partial<SessionReport> = {}): SessionReport {
  const correct = results.filter((r) => r.correct).length;
  return {
    mode: 'quiz',
    session: 's',
    results,
    planned: results.length,
    answered: results.filter((r) => !r.skipped).length,
    correct,
    score: results.length ? correct / results.length : 0,
    ms: 125_000,
    abandoned: false,
    expired: false,
    ...extra,
  };
}

describe('summary', () => {
  test('score, time, what was missed with the right answer and where it lives', () => {
    const text = formatSummary(
      report([result(choiceQuestion('q1'), true), result(choiceQuestion('q2', { subject: 'Opens a port on every node' }), false), result(orderQuestion('o1'), false)]),
      en,
      plainChalk,
      80,
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('Score: 1/3 (33%)  Time: 2m 05s');
    expect(text).toContain('Missed:');
    expect(text).toContain('  - Opens a port on every node → NodePort (notes/k8s.md:10)');
    expect(text).toContain('  - Pod creation o1 (notes/k8s.md:10)');
    // no colour codes at level 0
    expect(text).not.toMatch(/\x1b\[/);
  });

  test('abandoned: one line only', () => {
    const text = formatSummary(report([result(choiceQuestion('q1'), true)], { abandoned: true, planned: 10 }), en, plainChalk, 80);
    expect(text).toBe('Stopped after 1 of 10 questions; answers so far are saved. Score: 1/1 (100%)');
  });

  test('expired: says the time is up first', () => {
    const text = formatSummary(report([result(recallQuestion('r1'), false, { timedOut: true })], { expired: true }), en, plainChalk, 80);
    expect(text.split('\n')[0]).toBe('Time is up.');
  });

  test('by topic, weakest first, only when there is more than one topic', () => {
    const a = choiceQuestion('a', { topic: ['Networking'] });
    const b = choiceQuestion('b', { topic: ['Storage'] });
    const results = [result(a, true), result(a, true), result(b, false), result(b, true)];
    expect(byTopic(results)).toEqual([
      { topic: 'Storage', correct: 1, total: 2 },
      { topic: 'Networking', correct: 2, total: 2 },
    ]);
    const text = formatSummary(report(results), en, plainChalk, 80);
    expect(text).toContain('By topic:\n  Storage: 1/2\n  Networking: 2/2');
    expect(formatSummary(report([result(a, true)]), en, plainChalk, 80)).not.toContain('By topic:');
  });

  test('a Chinese summary at 40 columns stays within 40 columns', () => {
    const results = [result(zhChoice, false), result({ ...zhChoice, id: 'x', topic: ['存储'] }, true)];
    const text = formatSummary(report(results), messages('zh'), plainChalk, 40);
    for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
    expect(text).toContain('得分：1/2（50%）');
  });
});

describe('helpers', () => {
  test('shorten counts display columns and ends with an ellipsis', () => {
    expect(shorten('short', 10)).toBe('short');
    const cut = shorten('在每个节点上开放同一个端口', 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(stringWidth(cut)).toBeLessThanOrEqual(10);
    expect(cut).toBe('在每个节…');
  });

  test('percent rounds and is 0 for nothing asked', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });

  test('topicLabel joins the path', () => {
    expect(topicLabel(zhChoice)).toBe('Kubernetes 网络与服务发现 › Service 的四种类型以及各自的使用场景');
  });
});
