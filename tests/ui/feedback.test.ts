import { describe, expect, test } from 'vitest';
import type { QuestionResult } from '../../src/core/session/session.js';
import type { Question } from '../../src/core/types.js';
import { detailLines, feedbackOf, gradeSheet, PLAIN_STYLE } from '../../src/ui/feedback.js';
import { messages } from '../../src/ui/messages.js';
import { choiceQuestion, orderQuestion, question, recallQuestion, zhChoice, zhRecall } from '../session/fixtures.js';

// What to tell the person after an answer, decided once for both UIs.

function result(q: Question, extra: Partial<QuestionResult> = {}): QuestionResult {
  return { question: q, status: 'wrong', grade: 1, given: '', ms: 1000, ...extra };
}

const EXPLAINED_RECALL = recallQuestion('r', { explanation: 'A **Pod** wraps one or more containers.' });

describe('feedbackOf: choice questions', () => {
  test('right: the verdict and the explanation; no answer repeated', () => {
    const q = choiceQuestion('q');
    expect(feedbackOf(result(q, { status: 'right', grade: 3 }))).toEqual({
      verdict: 'right',
      answer: null,
      reference: null,
      explanation: q.explanation,
      source: 'notes/k8s.md:10',
      yourOrder: null,
      partial: null,
    });
  });

  test('a missed define shows the right answer and the explanation', () => {
    const q = choiceQuestion('q');
    const f = feedbackOf(result(q, { given: 'ClusterIP' }));
    expect(f.verdict).toBe('wrong');
    expect(f.answer).toBe('NodePort');
    expect(f.reference).toBeNull();
    expect(f.explanation).toBe(q.explanation);
  });

  test('skipped or timed out: the verdict says so, and the answer is still shown', () => {
    const q = choiceQuestion('q');
    expect(feedbackOf(result(q, { status: 'skipped' }))).toMatchObject({ verdict: 'skipped', answer: 'NodePort', reference: null });
    expect(feedbackOf(result(q, { status: 'timedOut' }))).toMatchObject({ verdict: 'timedOut', answer: 'NodePort', reference: null });
  });

  test.each(['identify', 'member', 'acronym', 'cloze'] as const)('%s: a missed question shows the answer too', (type) => {
    const q = question(`${type}-1`, type, { choices: ['alpha', 'beta', 'gamma'], answer: 2 });
    expect(feedbackOf(result(q)).answer).toBe('gamma');
  });

  test('Chinese: the answer and the source as they are', () => {
    const f = feedbackOf(result(zhChoice));
    expect(f.answer).toBe('在每个节点上开放同一个端口，并把流量转发给这个服务');
    expect(f.source).toBe('notes/网络.md:42');
  });

  test('no explanation text → explanation null', () => {
    expect(feedbackOf(result(choiceQuestion('q', { explanation: '' }))).explanation).toBeNull();
  });
});

describe('feedbackOf: order questions', () => {
  test('a wrong order shows no separate answer: the explanation lists the steps', () => {
    const q = orderQuestion('o', { explanation: '1. etcd 2. schedule 3. start' });
    const f = feedbackOf(result(q, { given: 'x' }));
    expect(f).toMatchObject({ verdict: 'wrong', answer: null, reference: null, explanation: '1. etcd 2. schedule 3. start' });
  });

  test('skipped, timed out or right: still no answer line', () => {
    const q = orderQuestion('o');
    expect(feedbackOf(result(q, { status: 'skipped' })).answer).toBeNull();
    expect(feedbackOf(result(q, { status: 'timedOut' })).answer).toBeNull();
    expect(feedbackOf(result(q, { status: 'right', grade: 3 })).answer).toBeNull();
  });
});

describe('feedbackOf: recall', () => {
  test('answered and graded: no verdict, no answer, no reference, no explanation (the grade sheet showed it)', () => {
    for (const grade of [1, 2, 3, 4] as const) {
      const f = feedbackOf(result(EXPLAINED_RECALL, { grade, status: grade >= 3 ? 'right' : 'wrong', given: 'containers' }));
      expect(f).toEqual({ verdict: null, answer: null, reference: null, explanation: null, source: 'notes/k8s.md:10', yourOrder: null, partial: null });
    }
  });

  test('skipped: the verdict and the reference, which stands in for the explanation', () => {
    const f = feedbackOf(result(EXPLAINED_RECALL, { status: 'skipped' }));
    expect(f.verdict).toBe('skipped');
    expect(f.reference).toBe(String(EXPLAINED_RECALL.answer));
    expect(f.explanation).toBeNull();
    expect(f.answer).toBeNull();
  });

  test('timed out: the verdict and the reference', () => {
    const f = feedbackOf(result(EXPLAINED_RECALL, { status: 'timedOut' }));
    expect(f).toMatchObject({ verdict: 'timedOut', reference: String(EXPLAINED_RECALL.answer), answer: null });
  });

  test('skipped without an explanation: the reference only', () => {
    const f = feedbackOf(result(recallQuestion('r'), { status: 'skipped' }));
    expect(f.reference).toBe(String(recallQuestion('r').answer));
    expect(f.explanation).toBeNull();
  });

  test('Chinese recall skipped: the Chinese reference', () => {
    expect(feedbackOf(result(zhRecall, { status: 'skipped' })).reference).toBe(zhRecall.answer);
  });
});

describe('gradeSheet', () => {
  test('the reference with the key points covered and missed', () => {
    const q = recallQuestion('r');
    const sheet = gradeSheet(q, 'One or more container, and they share the network namespace');
    expect(sheet.reference).toBe(String(q.answer));
    expect(sheet.covered).toEqual(['one or more containers', 'shared network namespace']);
    expect(sheet.missed).toEqual(['The smallest deployable unit', 'shared storage volumes']);
  });

  test('nothing typed: every point missed', () => {
    const sheet = gradeSheet(zhRecall, '');
    expect(sheet.covered).toEqual([]);
    expect(sheet.missed).toHaveLength(3);
  });
});

describe('feedbackOf: a recall answer typed but not graded', () => {
  test('does not repeat the reference the grade sheet already showed', () => {
    const f = feedbackOf(result(EXPLAINED_RECALL, { status: 'skipped', given: 'it groups containers' }));
    expect(f.verdict).toBe('skipped');
    expect(f.reference).toBeNull();
    expect(f.explanation).toBeNull();
  });
});

describe('suggestedGrade: where the self-grade cursor starts', () => {
  test('the middle grade unless the coverage is clearly high (Good) or clearly nil (Again)', async () => {
    const { suggestedGrade } = await import('../../src/ui/feedback.js');
    const at = (ratio: number, overlap: number) => suggestedGrade({ ratio, overlap });
    expect([at(1, 1), at(0.75, 0.6), at(0.74, 0.6), at(0.4, 0.3), at(0.2, 0.2), at(0, 0.3), at(0, 0.07), at(0, 0.04), at(0, 0)]).toEqual([2, 2, 1, 1, 1, 1, 1, 0, 0]);
    // An answer in another language than the reference cannot be measured: the middle.
    expect(suggestedGrade({ ratio: 0, overlap: 0, comparable: false })).toBe(1);
  });
});

describe('feedbackOf: a wrong order', () => {
  test('lists the order given, marking the steps out of relative order', () => {
    const q = orderQuestion('o');
    // Right: API server, scheduler, kubelet. Given: API server, kubelet, scheduler — one step is out.
    const f = feedbackOf(result(q, { value: [2, 1, 0], given: 'x' }));
    expect(f.verdict).toBe('wrong');
    expect(f.yourOrder).toEqual([
      { text: 'The API server stores the Pod in etcd', right: true },
      { text: 'The kubelet starts the containers', right: true },
      { text: 'The scheduler binds the Pod to a node', right: false },
    ]);
  });

  test('the order view labels the right order, which the explanation (the steps) follows', () => {
    const f = feedbackOf(result(orderQuestion('o'), { value: [2, 1, 0], given: 'x' }));
    const lines = detailLines(f.detail!, messages('en'), PLAIN_STYLE, 80);
    expect(lines[0]).toBe('Your order (✓ in order, ✗ out of order):');
    expect(lines.at(-1)).toBe('The right order:');
    expect(lines.filter((l) => l.includes('✗'))).toHaveLength(2); // the legend and the one step
  });

  test('a right or skipped order has nothing to mark', () => {
    const q = orderQuestion('o');
    expect(feedbackOf(result(q, { value: [2, 0, 1], status: 'right', grade: 3 })).yourOrder).toBeNull();
    expect(feedbackOf(result(q, { status: 'skipped' })).yourOrder).toBeNull();
  });
});
