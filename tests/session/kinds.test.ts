import { describe, expect, test } from 'vitest';
import { KITS, kitOf, parseLine } from '../../src/core/session/kinds/index.js';
import { isAnswered, recordFlags, statusOfRecord, STATUSES, type Status } from '../../src/core/session/status.js';
import { ANSWER_KIND, QUESTION_TYPES, type ChoiceQuestion, type MultiQuestion, type OrderQuestion, type RecallQuestion, type TypedQuestion } from '../../src/core/types.js';
import { messages } from '../../src/ui/messages.js';
import { choiceQuestion, multiQuestion, nextQuestion, orderQuestion, recallQuestion, typedQuestion, zhChoice, zhMulti, zhOrder, zhTyped } from './fixtures.js';

// Each answer kind's kit on its own: reading a --plain line (why a line is not an answer is
// data, said by the message tables in the run's language), checking, the history text, the right answer, the listing key and
// what the feedback shows.

const choice = choiceQuestion('c') as ChoiceQuestion;
const order = orderQuestion('o') as OrderQuestion;
const multi = multiQuestion('m') as MultiQuestion;
const typed = typedQuestion('t') as TypedQuestion;
const recall = recallQuestion('r') as RecallQuestion;
const zhTypedQ = zhTyped as TypedQuestion;

/** Why `line` is not an answer to `q`, as the message table of `lang` says it (the question's language by default). */
function said(q: Parameters<typeof parseLine>[0], line: string, lang = q.lang): string {
  const parsed = parseLine(q, line);
  return parsed.kind === 'invalid' ? messages(lang).invalid(parsed.why) : `not invalid: ${JSON.stringify(parsed)}`;
}

describe('the table', () => {
  test('every answer kind has a kit, and every question type finds the kit of its kind', () => {
    expect(Object.keys(KITS).sort()).toEqual(['choice', 'multi', 'order', 'recall', 'typed']);
    for (const type of QUESTION_TYPES) expect(kitOf({ type })).toBe(KITS[ANSWER_KIND[type]]);
  });

  test('the prompt each kind needs', () => {
    expect(Object.fromEntries(Object.entries(KITS).map(([kind, kit]) => [kind, kit.prompt]))).toEqual({
      choice: 'select',
      order: 'sortable',
      multi: 'checkbox',
      typed: 'text',
      recall: 'free',
    });
  });

  test('next is a choice question: same kit, same prompt', () => {
    expect(kitOf(nextQuestion('n'))).toBe(KITS.choice);
  });

  test('only recall is graded by the person', () => {
    expect(Object.entries(KITS).filter(([, kit]) => kit.selfGraded).map(([kind]) => kind)).toEqual(['recall']);
  });

  test('accepts: each kit takes only its own answer shape', () => {
    expect([1, [1], 'x'].map((v) => KITS.choice.accepts(v))).toEqual([true, false, false]);
    expect([1, [1], 'x'].map((v) => KITS.order.accepts(v))).toEqual([false, true, false]);
    expect([1, [1], 'x'].map((v) => KITS.multi.accepts(v))).toEqual([false, true, false]);
    expect([1, [1], 'x'].map((v) => KITS.typed.accepts(v))).toEqual([false, false, true]);
    expect([1, [1], 'x'].map((v) => KITS.recall.accepts(v))).toEqual([false, false, true]);
  });
});

describe('parseLine: what every kind shares', () => {
  test.each([choice, order, multi, typed, recall])('$type: an empty line skips, a line of only ! flags (full-width too)', (q) => {
    expect(parseLine(q, '')).toEqual({ kind: 'skip' });
    expect(parseLine(q, '  \u3000 ')).toEqual({ kind: 'skip' });
    expect(parseLine(q, '!')).toEqual({ kind: 'flag' });
    expect(parseLine(q, ' ！ ')).toEqual({ kind: 'flag' });
  });

  test('a ! inside an answer is part of the answer', () => {
    expect(parseLine(typed, 'Container Network Interface!')).toEqual({ kind: 'answer', value: 'Container Network Interface!' });
    expect(parseLine(recall, 'it groups containers!')).toEqual({ kind: 'answer', value: 'it groups containers!' });
  });
});

describe('choice kit', () => {
  test('parse: the number, or one clear message in the question language', () => {
    expect(parseLine(choice, '2')).toEqual({ kind: 'answer', value: 1 });
    expect(said(choice, 'x')).toBe('needs one number from 1 to 4');
    expect(said(choice, '1 3')).toBe('needs one number from 1 to 4, got 2');
    expect(said(zhChoice, '9')).toBe('需要 1 到 4 之间的一个编号');
    expect(said(zhChoice, '1 2')).toBe('需要 1 到 4 之间的一个编号，收到 2 个');
    // Said in the interface language, whatever the question's.
    expect(said(zhChoice, '9', 'en')).toBe('needs one number from 1 to 4');
    expect(parseLine(zhChoice, '9')).toEqual({ kind: 'invalid', why: { kind: 'one-number', n: 4 } });
  });

  test('check, text, right answer, key, no detail', () => {
    const kit = KITS.choice;
    expect(kit.check(choice, 1)).toBe(true);
    expect(kit.check(choice, 0)).toBe(false);
    expect(kit.text(choice, 2)).toBe('LoadBalancer');
    expect(kit.rightText(choice)).toBe('NodePort');
    expect(kit.key(choice)).toBe('2');
    expect(kit.detail(choice, 0, false)).toBeNull();
    expect(kit.showsAnswer).toBe(true);
  });
});

describe('order kit', () => {
  test('parse: what is wrong with the line, in the question language', () => {
    expect(parseLine(order, '3 1 2')).toEqual({ kind: 'answer', value: [2, 0, 1] });
    expect(said(order, '3 1')).toBe('needs 3 numbers (each of 1-3 once), got 2');
    expect(said(order, '1 1 2')).toBe('1 is given twice: use each of 1-3 once');
    expect(said(order, '1 2 5')).toBe('5 is not one of 1-3');
    expect(said(order, 'a b c')).toBe('type the numbers 1-3 in order, e.g. 3 2 1');
    expect(said(zhOrder, '3')).toBe('需要 3 个编号（1-3 各一次），收到 1 个');
    expect(said(zhOrder, '2 2 1')).toBe('编号 2 重复了：1-3 各用一次');
    expect(said(zhOrder, '0 1 2')).toBe('没有编号 0：编号是 1-3');
    expect(said(zhOrder, '一 二 三')).toBe('按顺序输入编号 1-3，例如 3 2 1');
  });

  test('check, text, right answer, key', () => {
    const kit = KITS.order;
    expect(kit.check(order, [2, 0, 1])).toBe(true);
    expect(kit.check(order, [0, 2, 1])).toBe(false);
    expect(kit.text(order, [1, 0])).toBe('The kubelet starts the containers → The scheduler binds the Pod to a node');
    expect(kit.rightText(order)).toBe('The API server stores the Pod in etcd → The scheduler binds the Pod to a node → The kubelet starts the containers');
    expect(kit.key(order)).toBe('3 1 2');
    expect(kit.showsAnswer).toBe(false);
  });

  test('detail: a wrong order step by step, marked by relative order (one step out is one ✗); nothing for a right one', () => {
    // Right: API server, scheduler, kubelet. Given: API server, kubelet, scheduler: one step is out.
    expect(KITS.order.detail(order, [2, 1, 0], false)).toEqual({
      kind: 'order',
      steps: [
        { text: 'The API server stores the Pod in etcd', right: true },
        { text: 'The kubelet starts the containers', right: true },
        { text: 'The scheduler binds the Pod to a node', right: false },
      ],
    });
    expect(KITS.order.detail(order, [2, 0, 1], true)).toBeNull();
  });

  test('one step moved from the end to the front of eight marks that step only, not seven of eight', () => {
    const eight = { ...order, choices: 'abcdefgh'.split(''), answer: [0, 1, 2, 3, 4, 5, 6, 7] };
    const detail = KITS.order.detail(eight, [7, 0, 1, 2, 3, 4, 5, 6], false);
    expect(detail?.kind === 'order' && detail.steps.filter((s) => !s.right).map((s) => s.text)).toEqual(['h']);
    // Two neighbours swapped: one of them is out of order.
    const swapped = KITS.order.detail(eight, [0, 1, 3, 2, 4, 5, 6, 7], false);
    expect(swapped?.kind === 'order' && swapped.steps.filter((s) => !s.right)).toHaveLength(1);
    // Reversed: only one step can stand.
    const reversed = KITS.order.detail(eight, [7, 6, 5, 4, 3, 2, 1, 0], false);
    expect(reversed?.kind === 'order' && reversed.steps.filter((s) => s.right)).toHaveLength(1);
  });
});

describe('multi kit', () => {
  test('parse: numbers in any order and separator, ascending, each once', () => {
    expect(parseLine(multi, '1 3 4')).toEqual({ kind: 'answer', value: [0, 2, 3] });
    expect(parseLine(multi, '4,1、3')).toEqual({ kind: 'answer', value: [0, 2, 3] });
    expect(parseLine(multi, '３ １')).toEqual({ kind: 'answer', value: [0, 2] });
    expect(parseLine(multi, '2 2')).toEqual({ kind: 'answer', value: [1] });
    expect(parseLine(multi, '5')).toEqual({ kind: 'answer', value: [4] });
  });

  test('parse: what is wrong, in the question language', () => {
    expect(said(multi, '1 7')).toBe('7 is not a choice: the numbers go from 1 to 5');
    expect(said(multi, 'all')).toBe('type the numbers of every right choice (1 to 5), e.g. 1 3');
    expect(said(zhMulti, '0')).toBe('没有选项 0：编号是 1 到 4');
    expect(said(zhMulti, '全部')).toBe('输入所有正确选项的编号（1 到 4），例如 1 3');
  });

  test('check: all or nothing', () => {
    const kit = KITS.multi;
    expect(kit.check(multi, [0, 2, 3])).toBe(true);
    expect(kit.check(multi, [3, 0, 2])).toBe(true);
    expect(kit.check(multi, [0, 2])).toBe(false);
    expect(kit.check(multi, [0, 1, 2, 3])).toBe(false);
    expect(kit.check(multi, [])).toBe(false);
  });

  test('text, right answer, key', () => {
    const kit = KITS.multi;
    expect(kit.text(multi, [0, 1])).toBe('ClusterIP · Ingress');
    expect(kit.rightText(multi)).toBe('ClusterIP · NodePort · LoadBalancer');
    expect(kit.key(multi)).toBe('1 3 4');
  });

  test('detail: the wrong picks and the missed ones, in choice order; nothing when right', () => {
    expect(KITS.multi.detail(multi, [0, 1, 2], false)).toEqual({
      kind: 'multi',
      picks: [
        { text: 'ClusterIP', picked: true, right: true },
        { text: 'Ingress', picked: true, right: false },
        { text: 'NodePort', picked: true, right: true },
        { text: 'LoadBalancer', picked: false, right: true },
      ],
    });
    expect(KITS.multi.detail(multi, [0, 2, 3], true)).toBeNull();
  });
});

describe('typed kit', () => {
  test('parse: the line as typed (trimmed, not normalised)', () => {
    expect(parseLine(typed, '  container-network interface ')).toEqual({ kind: 'answer', value: 'container-network interface' });
    expect(parseLine(zhTyped, '容器网络接口')).toEqual({ kind: 'answer', value: '容器网络接口' });
  });

  test('check: spelling variants, the accepted alternatives, a small typo', () => {
    const kit = KITS.typed;
    expect(kit.check(typed, 'container-network  interface')).toBe(true);
    expect(kit.check(typed, 'Container Networking Interface')).toBe(true);
    expect(kit.check(typed, 'Contianer Network Interface')).toBe(true);
    expect(kit.check(typed, 'Container Interface')).toBe(false);
    expect(kit.check(zhTypedQ, 'CNI')).toBe(true);
    expect(kit.check(zhTypedQ, '容器 网络 接口')).toBe(true);
    expect(kit.check(zhTypedQ, '容器网络接囗')).toBe(false);
  });

  test('text, right answer and key are the texts', () => {
    expect(KITS.typed.text(typed, 'cni thing')).toBe('cni thing');
    expect(KITS.typed.rightText(typed)).toBe('Container Network Interface');
    expect(KITS.typed.key(typed)).toBe('Container Network Interface');
  });

  test('detail: what differs from the closest accepted spelling', () => {
    expect(KITS.typed.detail(typed, 'Container Interface', false)).toEqual({
      kind: 'typed',
      typed: 'Container Interface',
      expected: 'Container Network Interface',
      changes: [{ typed: '', expected: 'Network' }],
    });
    expect(KITS.typed.detail(typed, 'Contianer Network Interface', true)).toEqual({
      kind: 'typed',
      typed: 'Contianer Network Interface',
      expected: 'Container Network Interface',
      changes: [{ typed: 'Contianer', expected: 'Container', forgiven: true }],
    });
    // Only case and spacing differ: nothing to show.
    expect(KITS.typed.detail(typed, 'container network interface', true)).toBeNull();
  });
});

describe('recall kit', () => {
  test('the line as typed; never right by itself; the reference is the right answer', () => {
    expect(parseLine(recall, '  a group of containers  ')).toEqual({ kind: 'answer', value: 'a group of containers' });
    expect(KITS.recall.check(recall, String(recall.answer))).toBe(false);
    expect(KITS.recall.text(recall, 'mine')).toBe('mine');
    expect(KITS.recall.rightText(recall)).toBe(recall.answer);
    expect(KITS.recall.detail(recall, 'x', false)).toBeNull();
  });
});

describe('status', () => {
  test('five statuses; right, wrong and timed out are answered (in the score), skipped and flagged are not', () => {
    expect(STATUSES).toEqual(['right', 'wrong', 'skipped', 'timedOut', 'flagged']);
    expect(STATUSES.filter(isAnswered)).toEqual(['right', 'wrong', 'timedOut']);
  });

  test.each([
    ['right', { correct: true }],
    ['wrong', { correct: false }],
    ['skipped', { correct: false, skipped: true }],
    ['timedOut', { correct: false, timedOut: true }],
  ] as const)('%s ↔ the record fields %j', (status, flags) => {
    expect(recordFlags(status)).toEqual(flags);
    expect(statusOfRecord(flags)).toBe(status satisfies Exclude<Status, 'flagged'>);
  });

  test('old records: a timeout wins over correct, a skip over a wrong answer', () => {
    expect(statusOfRecord({ correct: true, timedOut: true })).toBe('timedOut');
    expect(statusOfRecord({ correct: false, skipped: true, timedOut: false })).toBe('skipped');
  });
});
