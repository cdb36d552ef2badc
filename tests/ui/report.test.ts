import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { creditScore, tally, type QuestionResult, type SessionReport } from '../../src/core/session/session.js';
import type { Question } from '../../src/core/types.js';
import { formatWhen, messages } from '../../src/ui/messages.js';
import { byTopic, formatInterviewReport, formatSummary, percent, questionHeading, shorten, topicLabel } from '../../src/ui/report.js';
import { makeChalk } from '../../src/ui/style.js';
import { choiceQuestion, orderQuestion, question, recallQuestion, zhChoice } from '../session/fixtures.js';

// The end-of-session summary, as plain text (colour level 0).

const plainChalk = makeChalk(0);
const en = messages('en');

function result(question: QuestionResult['question'], correct: boolean, extra: Partial<QuestionResult> = {}): QuestionResult {
  return { question, status: correct ? 'right' : 'wrong', grade: correct ? 3 : 1, given: '', ms: 1000, ...extra };
}

function report(results: QuestionResult[], extra: Partial<SessionReport> = {}): SessionReport {
  // The totals the session computes: skips are not answered and not in the score.
  return {
    mode: 'quiz',
    session: 's',
    results,
    planned: results.length,
    ...tally(results),
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
    expect(text).toContain('To review:');
    expect(text).toContain('  - Opens a port on every node → NodePort (notes/k8s.md:10)');
    expect(text).toContain('  - Pod creation o1 (notes/k8s.md:10)');
    // no colour codes at level 0
    expect(text).not.toMatch(/\x1b\[/);
  });

  test('abandoned: one line only', () => {
    const text = formatSummary(report([result(choiceQuestion('q1'), true)], { abandoned: true, planned: 10 }), en, plainChalk, 80);
    expect(text).toBe('Stopped after 1 of 10 questions; answers so far are saved. Score: 1/1 (100%)');
  });

  test('skips are left out of the score and counted after it', () => {
    const results = [result(choiceQuestion('q1'), true), result(choiceQuestion('q2'), false), result(choiceQuestion('q3'), false, { status: 'skipped' })];
    const text = formatSummary(report(results), en, plainChalk, 80);
    expect(text.split('\n')[0]).toBe('Score: 1/2 (50%) · 1 skipped  Time: 2m 05s');
  });

  test('a timed-out question is answered wrong, not skipped', () => {
    const results = [result(choiceQuestion('q1'), true), result(choiceQuestion('q2'), false, { status: 'timedOut' })];
    const text = formatSummary(report(results), en, plainChalk, 80);
    expect(text.split('\n')[0]).toBe('Score: 1/2 (50%)  Time: 2m 05s');
  });

  test('everything skipped: no `0/0 (0%)`, but that nothing was answered, and the skips', () => {
    const results = [result(recallQuestion('r1'), false, { status: 'skipped' }), result(choiceQuestion('q1'), false, { status: 'skipped' })];
    const text = formatSummary(report(results), en, plainChalk, 80);
    expect(text.split('\n')[0]).toBe('Nothing answered · 2 skipped  Time: 2m 05s');
    expect(formatSummary(report(results), messages('zh'), plainChalk, 80).split('\n')[0]).toBe('没有作答 · 跳过 2 题  用时：2 分 5 秒');
  });

  test('the review list says which were skipped and which ran out of time', () => {
    const results = [
      result(choiceQuestion('q1', { subject: 'Opens a port on every node' }), false, { status: 'skipped' }),
      result(choiceQuestion('q2', { subject: 'Routes outside traffic' }), false, { status: 'timedOut' }),
      result(choiceQuestion('q3', { subject: 'Only inside the cluster' }), false),
    ];
    const text = formatSummary(report(results), en, plainChalk, 80);
    expect(text).toContain('  - Opens a port on every node → NodePort (skipped) (notes/k8s.md:10)');
    expect(text).toContain('  - Routes outside traffic → NodePort (out of time) (notes/k8s.md:10)');
    expect(text).toContain('  - Only inside the cluster → NodePort (notes/k8s.md:10)');
    expect(formatSummary(report(results), messages('zh'), plainChalk, 80)).toContain('Opens a port on every node → NodePort（已跳过）');
  });

  test('abandoned with skips: the one line counts them too', () => {
    const results = [result(choiceQuestion('q1'), true), result(choiceQuestion('q2'), false, { status: 'skipped' })];
    const text = formatSummary(report(results, { abandoned: true, planned: 10 }), en, plainChalk, 80);
    // Wrapped at 80 columns, not cut by the terminal, the count kept with its word.
    expect(text).toBe('Stopped after 2 of 10 questions; answers so far are saved. Score: 1/1 (100%) ·\n1 skipped');
  });

  test('abandoned with skips, in Chinese: the questions gone through, not said to be answered', () => {
    const results = [result(zhChoice, true), result({ ...zhChoice, id: 'y' }, false, { status: 'skipped' })];
    const text = formatSummary(report(results, { abandoned: true, planned: 10 }), messages('zh'), plainChalk, 80);
    // Two gone through, one of them skipped: `答了 2/10 题` said the skip was an answer.
    expect(text).toContain('进行了 2/10 题后停止');
    expect(text).toContain('跳过 1 题');
    expect(text).not.toContain('答了');
  });

  test('Chinese: the skipped count in Chinese', () => {
    const results = [result(zhChoice, true), result({ ...zhChoice, id: 'y' }, false, { status: 'skipped' })];
    const text = formatSummary(report(results), messages('zh'), plainChalk, 80);
    expect(text.split('\n')[0]).toContain('得分：1/1（100%） · 跳过 1 题');
  });

  test('expired: says the time is up first', () => {
    const text = formatSummary(report([result(recallQuestion('r1'), false, { status: 'timedOut' })], { expired: true }), en, plainChalk, 80);
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

  test('a topic row that wraps at 40 columns goes on two columns further in, in the summary and the interview report', () => {
    const a = choiceQuestion('a', { topic: ['Networking', 'Docker network drivers and what they do'] });
    const b = choiceQuestion('b', { topic: ['Basics'] });
    const results = [result(a, false), result(a, false), result(b, true)];
    for (const text of [formatSummary(report(results), en, plainChalk, 40), formatInterviewReport(report(results), en, plainChalk, 40)]) {
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.startsWith('  Networking ›'));
      expect(at, text).toBeGreaterThan(-1);
      expect(lines[at + 1], text).toMatch(/^ {4}\S/);
      expect(lines.slice(at).join('\n')).toContain('0/2');
      expect(lines).toContain('  Basics: 1/1');
    }
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

  test('shorten does not stop inside an English word when a space is near', () => {
    // Seen in a review list: `gives a container its own MAC address o… → macvlan`.
    expect(shorten('gives a container its own MAC address on the parent interface', 40)).toBe('gives a container its own MAC address…');
    // A word that is most of the text is still cut inside.
    expect(shorten('persistentVolumeClaimRetentionPolicy', 12)).toBe('persistentV…');
  });

  test('percent rounds and is 0 for nothing asked', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });

  test('formatWhen: local date and time, zero-padded, the same in both languages', () => {
    expect(formatWhen(new Date(2026, 10, 27, 10, 8))).toBe('2026-11-27 10:08');
    expect(formatWhen(new Date(2027, 0, 3, 0, 0))).toBe('2027-01-03 00:00');
  });

  test('the Chinese self-grade names', () => {
    expect(messages('zh').grades).toEqual(['忘了', '困难', '良好', '轻松']);
    expect(messages('zh').gradeHint).toContain('1 忘了，2 困难，3 良好，4 轻松');
  });

  test('topicLabel joins the path', () => {
    expect(topicLabel(zhChoice)).toBe('Kubernetes 网络与服务发现 › Service 的四种类型以及各自的使用场景');
  });
});

describe('interview report', () => {
  const interview = (results: QuestionResult[], extra: Partial<SessionReport> = {}) => report(results, { mode: 'interview', score: creditScore(results), ...extra });

  test('a stopped interview with too few answers gets no letter grade and no percentage', () => {
    const text = formatInterviewReport(interview([result(choiceQuestion('q1'), true)], { abandoned: true, planned: 3 }), messages('zh'), plainChalk, 40);
    expect(text.split('\n')[0]).toBe('面试报告：中途停止：答了 1/3 题，太少，');
    expect(text.split('\n')[1]).toBe('不评等级 · 2 分 5 秒');
    expect(text).not.toMatch(/[A-F] · \d+%/);
    const en = formatInterviewReport(interview([result(choiceQuestion('q1'), true)], { abandoned: true, planned: 3 }), messages('en'), plainChalk, 80);
    expect(en.split('\n')[0]).toBe('Interview report: stopped early: 1 of 3 answered, too few for a grade · 2m 05s');
  });

  test('stopped after enough answers, or run to the end: graded', () => {
    const three = [result(choiceQuestion('a'), true), result(choiceQuestion('b'), true), result(choiceQuestion('c'), false)];
    expect(formatInterviewReport(interview(three, { abandoned: true, planned: 5 }), messages('en'), plainChalk, 80).split('\n')[0]).toBe(
      'Interview report (stopped): C · 67% · 2/3 · 2m 05s',
    );
    expect(formatInterviewReport(interview([result(choiceQuestion('a'), true)]), messages('en'), plainChalk, 80).split('\n')[0]).toBe('Interview report: A · 100% · 1/1 · 2m 05s');
  });

  test('a half-typed answer kept with the timeout is shown under its row; type names in the interface language', () => {
    const late = result(recallQuestion('r1'), false, { status: 'timedOut', given: '最小的调度单位，共享网' });
    const text = formatInterviewReport(interview([late]), messages('zh'), plainChalk, 40);
    expect(text).toContain('   1. ⌛ [简答] ');
    expect(text.replace(/\s+/g, '')).toContain('时间到时已输入：最小的调度单位，共享网');
    expect(text).toContain('  - Pod r1（Kubernetes › Workloads）');
    for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
  });
});

describe('the line above a question', () => {
  test('the type in the interface language; the topic headings the prompt repeats are left out', () => {
    const q = { ...recallQuestion('r'), prompt: '什么是 Pod？', topic: ['Kubernetes', '面试题', '什么是 Pod？'] } as Question;
    expect(questionHeading(q, messages('zh'), '1/3')).toBe('1/3 · 简答 · Kubernetes › 面试题');
    const c = { ...choiceQuestion('c'), prompt: '在「滚动更新参数」中，「maxSurge」指的是？', topic: ['Deployment', '滚动更新参数'] } as Question;
    expect(questionHeading(c, messages('zh'), '2/3')).toBe('2/3 · 释义 · Deployment');
    expect(questionHeading(choiceQuestion('x'), messages('en'))).toBe('define · Kubernetes › Workloads');
  });
});

describe('a session stopped before its first answer', () => {
  test('says only that, in both languages, without a score of nothing', () => {
    const stopped = { ...report([]), abandoned: true, planned: 10 } as Parameters<typeof formatSummary>[0];
    expect(formatSummary(stopped, messages('en'), plainChalk, 80)).toBe('Stopped before the first of 10 questions.');
    expect(formatSummary(stopped, messages('zh'), plainChalk, 80)).toBe('第一题还没答就停止了（共 10 题）。');
  });
});

describe('interview report: a sentence cloze', () => {
  test('is named by its sentence cut to a line, not the whole paragraph with its answer, in each list', () => {
    const sentence =
      'kube-apiserver 自身不保存数据，所有对象都持久化在 etcd 中，因此可以部署多个实例放在负载均衡之后。早期版本的非安全 HTTP 端口 8080 已被移除，如今只通过 HTTPS 提供服务。';
    const q = question('c1', 'cloze', { subject: sentence, lang: 'zh', prompt: '填空：早期版本的非安全 HTTP 端口 ____ 已被移除', choices: ['8080', '6443', '443', '10250'], answer: 0 });
    const text = formatInterviewReport(report([result(q, false, { status: 'timedOut' })], { mode: 'interview' }), messages('zh'), plainChalk, 40);
    expect(text).not.toContain('8080');
    expect(text.replace(/\s+/g, '')).toContain('kube-apiserver自身不保存数据');
    // Listed in the rows, under what ran out of time and what to review: each time one or two lines.
    expect(text.match(/kube-apiserver/g)).toHaveLength(3);
  });
});

