import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { AnswerRecord, FlagRecord, HistoryRecord } from '../../src/core/history/records.js';
import { pickInterview } from '../../src/core/session/interview.js';
import { withoutFlagged } from '../../src/core/session/pick.js';
import { creditScore, runSession, tally, type AskOutcome, type GradeOutcome, type QuestionResult, type SessionUI } from '../../src/core/session/session.js';
import { createRandom } from '../../src/core/text/random.js';
import type { Question } from '../../src/core/types.js';
import { feedbackOf } from '../../src/ui/feedback.js';
import { LineReader } from '../../src/ui/line-reader.js';
import { messages } from '../../src/ui/messages.js';
import { plainUI } from '../../src/ui/plain.js';
import { formatInterviewReport, formatSummary } from '../../src/ui/report.js';
import { makeChalk } from '../../src/ui/style.js';
import { choiceQuestion, multiQuestion, nextQuestion, orderQuestion, question, recallQuestion, typedQuestion, zhMulti, zhTyped } from './fixtures.js';

// typed, multi and next questions and the flag, through a whole session: with a scripted
// UI (what is stored and scored), and through the --plain UI (what a person reads).

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

async function scripted(questions: Question[], asks: AskOutcome[], grades: GradeOutcome[] = [], mode: 'quiz' | 'interview' = 'quiz') {
  const records: HistoryRecord[] = [];
  const feedback: QuestionResult[] = [];
  let a = 0;
  let g = 0;
  const ui: SessionUI = {
    ask: async () => asks[a++] ?? { kind: 'end' },
    selfGrade: async () => grades[g++] ?? { kind: 'end' },
    feedback: async (result) => void feedback.push(result),
  };
  let t = T0;
  const report = await runSession({
    mode,
    session: 's',
    questions,
    notes: [],
    ui,
    append: (r) => records.push(r),
    now: () => (t += 1000),
    stop: new AbortController().signal,
    ...(mode === 'interview' ? { scoreOf: creditScore } : {}),
  });
  const answers = records.filter((r): r is AnswerRecord => r.kind === 'answer');
  const flags = records.filter((r): r is FlagRecord => r.kind === 'flag');
  return { report, records, answers, flags, feedback };
}

const answer = (value: number | number[] | string): AskOutcome => ({ kind: 'answer', value });

describe('typed in a session', () => {
  test('a typo is forgiven and stored as typed; a missing word is wrong', async () => {
    const { answers, report, feedback } = await scripted([typedQuestion('t1'), typedQuestion('t2')], [answer('Contianer Network Interface'), answer('Container Interface')]);
    expect(answers.map((a) => [a.type, a.correct, a.grade, a.given])).toEqual([
      ['typed', true, 3, 'Contianer Network Interface'],
      ['typed', false, 1, 'Container Interface'],
    ]);
    expect(report).toMatchObject({ answered: 2, correct: 1 });
    expect(feedback.map((r) => r.status)).toEqual(['right', 'wrong']);
    expect(feedbackOf(feedback[1] as QuestionResult)).toMatchObject({
      verdict: 'wrong',
      answer: 'Container Network Interface',
      detail: { kind: 'typed', changes: [{ typed: '', expected: 'Network' }] },
    });
  });

  test('Chinese: an accepted English spelling is right', async () => {
    const { answers } = await scripted([zhTyped], [answer('cni')]);
    expect(answers[0]).toMatchObject({ correct: true, given: 'cni' });
  });
});

describe('multi in a session', () => {
  test('all or nothing; the picks are stored as their texts', async () => {
    const { answers, feedback } = await scripted([multiQuestion('m1'), multiQuestion('m2')], [answer([0, 2, 3]), answer([0, 1])]);
    expect(answers.map((a) => [a.type, a.correct, a.given])).toEqual([
      ['multi', true, 'ClusterIP · NodePort · LoadBalancer'],
      ['multi', false, 'ClusterIP · Ingress'],
    ]);
    expect(feedbackOf(feedback[1] as QuestionResult).detail).toEqual({
      kind: 'multi',
      picks: [
        { text: 'ClusterIP', picked: true, right: true },
        { text: 'Ingress', picked: true, right: false },
        { text: 'NodePort', picked: false, right: true },
        { text: 'LoadBalancer', picked: false, right: true },
      ],
    });
  });

  test('a value of another shape from a UI is never right', async () => {
    const { answers } = await scripted([multiQuestion('m1')], [answer(0)]);
    expect(answers[0]).toMatchObject({ correct: false, given: '' });
  });
});

describe('next in a session', () => {
  test('a choice question: the choice number, its text stored', async () => {
    const { answers } = await scripted([nextQuestion('n1'), nextQuestion('n2')], [answer(1), answer(0)]);
    expect(answers.map((a) => [a.type, a.correct, a.given])).toEqual([
      ['next', true, 'The kubelet starts the containers'],
      ['next', false, 'The API server stores the Pod in etcd'],
    ]);
  });
});

describe('flagging', () => {
  test('a flagged question is not scored, gets a flag record (with file:line, subject, prompt) and no answer record', async () => {
    const q = choiceQuestion('bad');
    const { report, answers, flags, records, feedback } = await scripted([choiceQuestion('good'), q], [answer(1), { kind: 'flag' }]);
    expect(answers.map((a) => a.question)).toEqual(['good']);
    expect(flags).toEqual([
      {
        v: 1,
        kind: 'flag',
        session: 's',
        at: expect.any(String),
        question: 'bad',
        type: 'define',
        bank: 'bank-1',
        topic: ['Kubernetes', 'Workloads'],
        subject: 'NodePort bad',
        prompt: q.prompt,
        source: { file: 'notes/k8s.md', line: 10 },
        choices: q.choices,
        answer: 'NodePort',
      },
    ]);
    expect(report).toMatchObject({ answered: 1, correct: 1, score: 1 });
    expect(records.at(-1)).toMatchObject({ kind: 'session-end', answered: 1, correct: 1, score: 1 });
    expect(feedback.map((r) => r.status)).toEqual(['right', 'flagged']);
    expect(feedbackOf(feedback[1] as QuestionResult)).toEqual({ verdict: 'flagged', answer: null, reference: null, explanation: null, yourOrder: null, partial: null, source: 'notes/k8s.md:10' });
  });

  test('flagging while grading oneself flags the recall question', async () => {
    const { answers, flags, report } = await scripted([recallQuestion('r')], [answer('my answer')], [{ kind: 'flag' }]);
    expect(answers).toEqual([]);
    expect(flags.map((f) => f.question)).toEqual(['r']);
    expect(report.results[0]).toMatchObject({ status: 'flagged', given: 'my answer' });
  });

  test('every kind can be flagged', async () => {
    const qs = [choiceQuestion('c'), orderQuestion('o'), multiQuestion('m'), typedQuestion('t'), recallQuestion('r'), nextQuestion('n')];
    const { flags, report } = await scripted(qs, qs.map(() => ({ kind: 'flag' }) as AskOutcome));
    expect(flags.map((f) => f.question)).toEqual(['c', 'o', 'm', 't', 'r', 'n']);
    expect(tally(report.results)).toEqual({ answered: 0, correct: 0, score: 0 });
  });

  test('the summary counts flags apart from skips and lists them; they are not "to review"', async () => {
    const { report } = await scripted([choiceQuestion('a', { subject: 'port a' }), choiceQuestion('b', { subject: 'port b' }), choiceQuestion('c', { subject: 'port c' })], [answer(0), { kind: 'skip' }, { kind: 'flag' }]);
    const text = formatSummary(report, messages('en'), makeChalk(0), 100);
    expect(text.split('\n')[0]).toMatch(/^Score: 0\/1 \(0%\) · 1 skipped · 1 flagged {2}Time: /);
    const review = text.slice(text.indexOf('To review:'), text.indexOf('Flagged as bad'));
    expect(review).toContain('port a → NodePort');
    expect(review).toContain('port b → NodePort');
    expect(review).not.toContain('port c');
    expect(text).toContain('Flagged as bad (`k8s-quiz flagged` lists them, `--unflag` asks one again):\n  - port c (notes/k8s.md:10)');
    const zh = formatSummary(report, messages('zh'), makeChalk(0), 100);
    expect(zh.split('\n')[0]).toContain('跳过 1 题 · 标记 1 题');
  });

  test('the interview report marks a flag with ⚑, leaves it out of the score and out of "review next"', async () => {
    const qs = [typedQuestion('t'), multiQuestion('m'), recallQuestion('r')];
    const { report } = await scripted(qs, [answer(String(qs[0]?.answer)), { kind: 'flag' }, answer('x')], [{ kind: 'answer', value: 2 }], 'interview');
    const text = formatInterviewReport(report, messages('en'), makeChalk(0), 100);
    expect(text.split('\n')[0]).toMatch(/^Interview report: B · 75% · 1\/2 · 1 flagged · /);
    expect(text).toContain('⚑  [multi] Service types m');
    expect(text).toContain('✓  [typed] CNI t');
    expect(text).toContain('½  [recall] Pod r (Hard)');
    const review = text.slice(text.indexOf('Review next'));
    expect(review).toContain('Pod r');
    expect(review).not.toContain('Service types m');
  });
});

describe('interviews count typed, multi and next in the short share', () => {
  test('they are picked, and the warm-up can be one of them', () => {
    const pool: Question[] = [];
    for (let i = 0; i < 10; i++) pool.push(recallQuestion(`r${i}`, { subject: `recall ${i}` }), orderQuestion(`o${i}`, { subject: `order ${i}` }));
    for (let i = 0; i < 4; i++) pool.push(typedQuestion(`t${i}`, { subject: `typed ${i}` }), multiQuestion(`m${i}`, { subject: `multi ${i}` }), nextQuestion(`n${i}`, { subject: `next ${i}` }));
    const r = createRandom(3);
    const picked = pickInterview(pool, 10, () => r.next());
    const short = picked.filter((q) => ['typed', 'multi', 'next'].includes(q.type));
    expect(short.length).toBe(3);
    expect(['typed', 'multi', 'next']).toContain(picked[0]?.type);
  });
});

describe('withoutFlagged', () => {
  const qs = (n: number) => Array.from({ length: n }, (_, i) => question(`q${i}`, 'define', { choices: ['a', 'b'] }));

  test('nothing flagged among them: exactly what the generator gives', () => {
    const calls: number[] = [];
    const out = withoutFlagged((n) => (calls.push(n), qs(n)), 3, new Set(['other']));
    expect(out.map((q) => q.id)).toEqual(['q0', 'q1', 'q2']);
    expect(calls).toEqual([3]);
  });

  test('flagged ones are dropped and made up for from the generator', () => {
    const calls: number[] = [];
    const out = withoutFlagged((n) => (calls.push(n), qs(n)), 3, new Set(['q1', 'q3']));
    expect(out.map((q) => q.id)).toEqual(['q0', 'q2', 'q4']);
    expect(calls).toEqual([3, 4, 5]);
  });

  test('fewer when the notes have no more', () => {
    expect(withoutFlagged((n) => qs(Math.min(n, 3)), 3, new Set(['q0'])).map((q) => q.id)).toEqual(['q1', 'q2']);
  });
});

describe('--plain: typed, multi, next and ! in a transcript', () => {
  function plain(lang: 'en' | 'zh' = 'en') {
    const input = new PassThrough();
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const reader = new LineReader(input);
    const ui = plainUI({ reader, out, messages: messages(lang), width: 100, now: () => T0 });
    return { input, ui, output: () => text };
  }

  async function run(questions: Question[], lines: string[], lang: 'en' | 'zh' = 'en') {
    const p = plain(lang);
    const records: HistoryRecord[] = [];
    p.input.end(lines.map((l) => `${l}\n`).join(''));
    const report = await runSession({ mode: 'quiz', session: 's', questions, notes: [], ui: p.ui, append: (r) => records.push(r), now: () => T0, stop: new AbortController().signal });
    return { report, records, out: p.output() };
  }

  test('the hints, the invalid messages, the answers and the feedback', async () => {
    const { report, records, out } = await run(
      [typedQuestion('t'), multiQuestion('m'), nextQuestion('n'), choiceQuestion('c')],
      ['Contianer Network Interface', 'all of them', '1 9', '1 2', '2', '!'],
    );
    expect(report.results.map((r) => r.status)).toEqual(['right', 'wrong', 'right', 'flagged']);
    expect(records.map((r) => r.kind)).toEqual(['session-start', 'answer', 'answer', 'answer', 'flag', 'session-end']);
    // Said once, before the first question.
    expect(out.split('A line with only ! flags the question as bad').length - 1).toBe(1);
    expect(out).toContain('Type your answer on one line (small typos are forgiven; empty line skips):');
    expect(out).toContain('A small typo, forgiven: "Contianer" → "Container"');
    expect(out).toContain('Answer with a number 1-5 for each right choice, e.g. 1 3 (empty line skips):');
    expect(out).toContain('type the numbers of every right choice (1 to 5), e.g. 1 3\n? Answer with a number 1-5 for each right choice');
    expect(out).toContain('9 is not a choice: the numbers go from 1 to 5\n? Answer with a number 1-5');
    expect(out).toContain('The answer: ClusterIP · NodePort · LoadBalancer');
    expect(out).toContain('Your picks (✓ right, ✗ wrong pick, ○ missed):\n  ✓ ClusterIP\n  ✗ Ingress\n  ○ NodePort\n  ○ LoadBalancer');
    expect(out).toContain('[3/4] next · ');
    expect(out).toContain('Answer with a number 1-3 (empty line skips):');
    expect(out).toContain('Flagged as a bad question: not scored, not asked again.');
  });

  test('a wrong typed answer shows what was typed and the difference', async () => {
    const { out } = await run([typedQuestion('t')], ['Container Storage Interface']);
    expect(out).toContain('Wrong.\nThe answer: Container Network Interface\nYou typed: Container Storage Interface\nDifference: "Storage" → "Network"');
  });

  test('Chinese: hints, messages and the difference in Chinese', async () => {
    const { out } = await run([zhMulti, zhTyped], ['1 5', '1', '容器接口'], 'zh');
    expect(out).toContain('（只输入 ! 的一行会把这道题标记为有问题');
    expect(out).toContain('输入每个正确选项的编号 1-4，例如 1 3（空行跳过）：');
    expect(out).toContain('没有选项 5：编号是 1 到 4');
    expect(out).toContain('你的选择（✓ 选对，✗ 选错，○ 漏选）：\n  ✓ ClusterIP\n  ○ NodePort');
    expect(out).toContain('在一行内输入答案（小的拼写错误不算错；空行跳过）：');
    expect(out).toContain('你的输入：容器接口\n差别：缺少「网络」');
  });

  test('a ! at the self-grade flags the recall question', async () => {
    const { report, records } = await run([recallQuestion('r')], ['containers', '!']);
    expect(report.results[0]?.status).toBe('flagged');
    expect(records.filter((r) => r.kind === 'flag')).toHaveLength(1);
  });
});
