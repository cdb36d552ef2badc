import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { answerText, gradeIsCorrect, gradeOf, isCorrect, parseAnswer, parseGrade, rightAnswerText } from '../../src/core/session/grade.js';
import { letterGrade, pickInterview } from '../../src/core/session/interview.js';
import { matchKey } from '../../src/core/text/normalize.js';
import { coverage, keyPoints, tokens } from '../../src/core/session/overlap.js';
import { createRandom } from '../../src/core/text/random.js';
import type { Question, QuestionType } from '../../src/core/types.js';
import { hanging, terminalWidth, wrap } from '../../src/ui/layout.js';
import { messages } from '../../src/ui/messages.js';
import { colorLevel } from '../../src/ui/style.js';
import { choiceQuestion, orderQuestion, question, recallQuestion } from './fixtures.js';

// The pure pieces under a session: reading answer lines, scoring, key-point overlap,
// choosing an interview, and layout by display width.

describe('parseAnswer: choice questions', () => {
  const q = choiceQuestion('q'); // four choices

  test.each([
    ['1', 0],
    ['4', 3],
    [' 2 ', 1],
    ['\t3\t', 2],
    ['２', 1], // full-width digit
    ['　３　', 2], // ideographic spaces
    ['04', 3],
  ])('%j → choice %i', (line, index) => {
    expect(parseAnswer(q, line)).toEqual({ kind: 'answer', value: index });
  });

  test.each(['', '   ', '　'])('%j → skip', (line) => {
    expect(parseAnswer(q, line)).toEqual({ kind: 'skip' });
  });

  test.each(['0', '5', '10', '-1', '+2', '1.0', '2.', 'a', 'B', '1 2', '1,2', 'two', '٢'])('%j → invalid with a message', (line) => {
    const parsed = parseAnswer(q, line);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') expect(messages('en').invalid(parsed.why)).toContain('1 to 4');
  });
});

describe('parseAnswer: order questions', () => {
  const q = orderQuestion('o'); // three items

  test.each([
    ['3 1 2', [2, 0, 1]],
    ['3,1,2', [2, 0, 1]],
    ['3, 1, 2', [2, 0, 1]],
    ['3，1，2', [2, 0, 1]], // full-width commas
    ['3、1、2', [2, 0, 1]],
    ['３ １ ２', [2, 0, 1]], // full-width digits
    ['  1   2  3 ', [0, 1, 2]],
    ['1,,2,3', [0, 1, 2]],
  ])('%j → %j', (line, order) => {
    expect(parseAnswer(q, line)).toEqual({ kind: 'answer', value: order });
  });

  test.each([
    ['1 1 2', 'a duplicate'],
    ['3 3 3', 'all the same'],
    ['1 2', 'too few'],
    ['1 2 3 1', 'too many, with a repeat'],
    ['1 2 3 4', 'too many'],
    ['0 1 2', 'out of range low'],
    ['1 2 4', 'out of range high'],
    ['a b c', 'letters'],
    ['1 2 x', 'a letter among numbers'],
    ['123', 'digits run together'],
    ['1-2-3', 'dashes'],
  ])('%j is invalid (%s)', (line) => {
    const parsed = parseAnswer(q, line);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') expect(messages('en').invalid(parsed.why)).toMatch(/1-3/);
  });

  test('an empty line skips', () => {
    expect(parseAnswer(q, ' ')).toEqual({ kind: 'skip' });
  });
});

describe('parseAnswer: recall', () => {
  test('the line, trimmed, as typed (not normalised)', () => {
    const q = recallQuestion('r');
    expect(parseAnswer(q, '  Pod：最小的单位，ＡＢＣ  ')).toEqual({ kind: 'answer', value: 'Pod：最小的单位，ＡＢＣ' });
    expect(parseAnswer(q, '3')).toEqual({ kind: 'answer', value: '3' });
    expect(parseAnswer(q, '   ')).toEqual({ kind: 'skip' });
  });
});

describe('parseGrade', () => {
  test.each([
    ['1', 1],
    ['2', 2],
    [' 3 ', 3],
    ['4', 4],
    ['４', 4],
  ])('%j → %i', (line, grade) => {
    expect(parseGrade(line)).toEqual({ kind: 'answer', value: grade });
  });

  test.each(['0', '5', '３３', 'good', '1 2', '2.5'])('%j is invalid', (line) => {
    expect(parseGrade(line).kind).toBe('invalid');
  });

  test('empty → skip', () => {
    expect(parseGrade('')).toEqual({ kind: 'skip' });
  });
});

describe('isCorrect and friends', () => {
  test('choice: only the right index', () => {
    const q = choiceQuestion('q');
    expect(isCorrect(q, 1)).toBe(true);
    expect(isCorrect(q, 0)).toBe(false);
    expect(isCorrect(q, [1])).toBe(false);
    expect(isCorrect(q, '1')).toBe(false);
  });

  test('order: exactly the right permutation', () => {
    const q = orderQuestion('o');
    expect(isCorrect(q, [2, 0, 1])).toBe(true);
    expect(isCorrect(q, [2, 1, 0])).toBe(false);
    expect(isCorrect(q, [2, 0])).toBe(false);
    expect(isCorrect(q, [2, 0, 1, 1])).toBe(false);
    expect(isCorrect(q, 2)).toBe(false);
  });

  test('recall is never right by itself: the self-grade decides', () => {
    const q = recallQuestion('r');
    expect(isCorrect(q, String(q.answer))).toBe(false);
    expect(gradeIsCorrect(1)).toBe(false);
    expect(gradeIsCorrect(2)).toBe(false);
    expect(gradeIsCorrect(3)).toBe(true);
    expect(gradeIsCorrect(4)).toBe(true);
  });

  test('gradeOf: right = Good (3), wrong = Again (1)', () => {
    expect(gradeOf(true)).toBe(3);
    expect(gradeOf(false)).toBe(1);
  });

  test('answer texts', () => {
    expect(answerText(choiceQuestion('q'), 3)).toBe('ExternalName');
    expect(rightAnswerText(choiceQuestion('q'))).toBe('NodePort');
    expect(answerText(orderQuestion('o'), [1, 0])).toBe('The kubelet starts the containers → The scheduler binds the Pod to a node');
    expect(rightAnswerText(recallQuestion('r'))).toBe(String(recallQuestion('r').answer));
  });
});

describe('coverage of key points', () => {
  const zh = 'Pod 是 Kubernetes 中最小的调度单位；一个 Pod 包含一个或多个容器；这些容器共享网络命名空间和存储卷';
  const en = 'The smallest deployable unit, one or more containers, shared network namespace, shared storage volumes';

  test('the key points are the clauses of the reference', () => {
    expect(keyPoints(zh)).toEqual(['Pod 是 Kubernetes 中最小的调度单位', '一个 Pod 包含一个或多个容器', '这些容器共享网络命名空间和存储卷']);
    expect(keyPoints(en)).toEqual(['The smallest deployable unit', 'one or more containers', 'shared network namespace', 'shared storage volumes']);
    expect(keyPoints('- first point here\n- second point here\n1. third point here')).toEqual(['first point here', 'second point here', 'third point here']);
  });

  test('Chinese: a point said in other words is covered; a point not touched is missed', () => {
    const result = coverage('Pod 是最小的调度单位', zh);
    expect(result.covered).toEqual(['Pod 是 Kubernetes 中最小的调度单位']);
    expect(result.missed).toEqual(['一个 Pod 包含一个或多个容器', '这些容器共享网络命名空间和存储卷']);
    expect(result.ratio).toBeCloseTo(1 / 3);
  });

  test('Chinese: word order and filler characters do not matter', () => {
    const result = coverage('容器之间会共享存储卷，也共享网络命名空间', zh);
    expect(result.covered).toContain('这些容器共享网络命名空间和存储卷');
    expect(result.missed).toContain('Pod 是 Kubernetes 中最小的调度单位');
  });

  test('English: covered and missed points, plurals and tense folded', () => {
    const result = coverage('One or more container, and they share the network namespace', en);
    expect(result.covered).toEqual(['one or more containers', 'shared network namespace']);
    expect(result.missed).toEqual(['The smallest deployable unit', 'shared storage volumes']);
    expect(result.ratio).toBe(0.5);
  });

  test('everything said → ratio 1; nothing said → every point missed', () => {
    expect(coverage(en, en).ratio).toBe(1);
    expect(coverage(zh, zh).missed).toEqual([]);
    const none = coverage('', en);
    expect(none.covered).toEqual([]);
    expect(none.missed).toHaveLength(4);
    expect(none.ratio).toBe(0);
  });

  test('a point is not covered just because the answer shares its first, ordinary word', () => {
    // "shared" opens both points; only the network one was said. (The lead-word rule is
    // meant for names such as `Binding(...)`, not for an adjective.)
    const result = coverage('a shared network namespace', 'shared network namespace, shared storage volumes');
    expect(result.covered).toEqual(['shared network namespace']);
    expect(result.missed).toEqual(['shared storage volumes']);
  });

  test('a reference without key points counts as fully covered', () => {
    expect(coverage('anything', '')).toEqual({ covered: [], missed: [], ratio: 1, overlap: 0, comparable: true });
  });

  test('mixed Chinese and English in one answer', () => {
    const result = coverage('smallest deployable unit；容器共享网络命名空间', 'smallest deployable unit；容器共享网络命名空间；通过 kubelet 管理生命周期');
    expect(result.covered).toEqual(['smallest deployable unit', '容器共享网络命名空间']);
    expect(result.missed).toEqual(['通过 kubelet 管理生命周期']);
  });

  test('tokens: English words without stop words, Chinese bigrams without function characters', () => {
    // (`#sched` is the word's translation mark, which the Chinese 调度 shares.)
    expect([...tokens('The Pods are scheduled')].sort()).toEqual(['#sched', 'pod', 'schedul']);
    expect([...tokens('调度单位')].sort()).toEqual(['#sched', '单位', '度单', '调度']);
    expect(tokens('的了').size).toBe(0);
  });

  test('a word at the end of a sentence is the same token as without the full stop', () => {
    // "etcd." and "etcd" are the same word: sentence punctuation must not stick to tokens.
    expect(tokens('State lives in etcd.')).toEqual(tokens('State lives in etcd'));
  });

  test('an answer naming the last word of a reference sentence covers that point', () => {
    // The answer has "etcd" and "state": 2 of the point's 3 tokens (state, liv, etcd).
    const result = coverage('etcd keeps the state', 'The scheduler picks a node. State lives in etcd.');
    expect(result.covered).toContain('State lives in etcd');
  });
});

describe('pickInterview', () => {
  const CHOICE_TYPES: QuestionType[] = ['define', 'identify', 'member', 'acronym', 'cloze'];
  const isChoice = (q: Question) => CHOICE_TYPES.includes(q.type);

  function pool(recall: number, order: number, choice: number): Question[] {
    const out: Question[] = [];
    for (let i = 0; i < recall; i++) out.push(recallQuestion(`r${i}`, { subject: `recall subject ${i}` }));
    for (let i = 0; i < order; i++) out.push(orderQuestion(`o${i}`, { subject: `order subject ${i}` }));
    for (let i = 0; i < choice; i++) {
      const type = CHOICE_TYPES[i % CHOICE_TYPES.length] as QuestionType;
      out.push(question(`c${i}`, type, { subject: `choice subject ${i}`, choices: ['a', 'b'], answer: 0 }));
    }
    return out;
  }

  const random = (seed: number) => {
    const r = createRandom(seed);
    return () => r.next();
  };

  test('count is honoured and recall + order outnumber (or equal) multiple choice when there are enough of each', () => {
    const candidates = pool(20, 20, 20);
    for (const seed of [1, 2, 3]) {
      for (let count = 1; count <= 20; count++) {
        const picked = pickInterview(candidates, count, random(seed));
        expect(picked, `count ${count}`).toHaveLength(count);
        const choice = picked.filter(isChoice).length;
        expect(picked.length - choice, `count ${count}`).toBeGreaterThanOrEqual(choice);
      }
    }
  });

  test('ten questions: about half recall, a quarter order, the rest multiple choice; opens with a warm-up', () => {
    const picked = pickInterview(pool(20, 20, 20), 10, random(5));
    const kinds = { recall: 0, order: 0, choice: 0 };
    for (const q of picked) kinds[q.type === 'recall' ? 'recall' : q.type === 'order' ? 'order' : 'choice']++;
    expect(kinds.recall).toBeGreaterThanOrEqual(4);
    expect(kinds.order).toBeGreaterThanOrEqual(2);
    expect(kinds.choice).toBeLessThanOrEqual(3);
    expect(isChoice(picked[0] as Question)).toBe(true);
  });

  test('no subject twice, even across kinds and spellings', () => {
    const candidates = [
      recallQuestion('r-pod', { subject: 'Pod' }),
      question('d-pod', 'define', { subject: 'pod', choices: ['a', 'b'] }),
      question('i-pod', 'identify', { subject: ' POD ', choices: ['a', 'b'] }),
      orderQuestion('o-pod', { subject: 'Pod.' }),
      ...pool(3, 3, 3),
    ];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const picked = pickInterview(candidates, 20, random(seed));
      const keys = picked.map((q) => matchKey(q.subject));
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.filter((k) => k === 'pod')).toHaveLength(1);
      // Every distinct subject is used when the count allows it.
      expect(picked).toHaveLength(10);
    }
  });

  test('short of one kind: filled from the others up to the count', () => {
    const noOrder = pickInterview(pool(10, 0, 10), 8, random(1));
    expect(noOrder).toHaveLength(8);
    expect(noOrder.some((q) => q.type === 'order')).toBe(false);

    const oneRecall = pickInterview(pool(1, 1, 20), 8, random(1));
    expect(oneRecall).toHaveLength(8);
    expect(oneRecall.filter((q) => q.type === 'recall')).toHaveLength(1);
    expect(oneRecall.filter((q) => q.type === 'order')).toHaveLength(1);

    const onlyChoice = pickInterview(pool(0, 0, 12), 6, random(1));
    expect(onlyChoice).toHaveLength(6);
  });

  test('drafts are asked whether they build only when their turn comes, and those that do not are passed over', () => {
    let asked = 0;
    const drafts = pool(200, 200, 200).map((q, i) => ({ ...q, viable: () => (asked++, i % 3 !== 0) }));
    const picked = pickInterview(drafts, 10, random(4));
    expect(picked).toHaveLength(10);
    expect(picked.every((d) => drafts.indexOf(d) % 3 !== 0)).toBe(true);
    expect(asked).toBeLessThan(40);
  });

  test('fewer candidates than the count: all of them, once', () => {
    const candidates = pool(2, 1, 2);
    const picked = pickInterview(candidates, 10, random(1));
    expect(picked).toHaveLength(5);
    expect(new Set(picked.map((q) => q.id)).size).toBe(5);
    expect(pickInterview([], 5, random(1))).toEqual([]);
  });

  test('the same random source gives the same interview; the input is not touched', () => {
    const candidates = pool(6, 6, 6);
    const before = candidates.map((q) => q.id);
    const a = pickInterview(candidates, 7, random(42)).map((q) => q.id);
    const b = pickInterview(candidates, 7, random(42)).map((q) => q.id);
    expect(a).toEqual(b);
    expect(candidates.map((q) => q.id)).toEqual(before);
  });
});

describe('letterGrade', () => {
  test.each([
    [1, 'A'],
    [0.9, 'A'],
    [0.8999, 'B'],
    [0.75, 'B'],
    [0.7499, 'C'],
    [0.6, 'C'],
    [0.5999, 'D'],
    [0.4, 'D'],
    [0.3999, 'F'],
    [0, 'F'],
  ])('%d → %s', (score, letter) => {
    expect(letterGrade(score)).toBe(letter);
  });
});

describe('colorLevel', () => {
  const tty = { isTTY: true, allowed: true };

  test('no colour without a TTY, with --no-color/--plain, with NO_COLOR, or on a dumb terminal', () => {
    expect(colorLevel({ ...tty, isTTY: false, env: {} })).toBe(0);
    expect(colorLevel({ ...tty, isTTY: undefined, env: {} })).toBe(0);
    expect(colorLevel({ ...tty, allowed: false, env: { COLORTERM: 'truecolor' } })).toBe(0);
    expect(colorLevel({ ...tty, env: { NO_COLOR: '1' } })).toBe(0);
    expect(colorLevel({ ...tty, env: { NO_COLOR: '0' } })).toBe(0);
    expect(colorLevel({ ...tty, env: { NO_COLOR: '1', COLORTERM: 'truecolor' } })).toBe(0);
    expect(colorLevel({ ...tty, env: { TERM: 'dumb' } })).toBe(0);
    expect(colorLevel({ ...tty, env: { TERM: 'dumb', COLORTERM: 'truecolor' } })).toBe(0);
  });

  test('an empty NO_COLOR does not turn colour off (no-color.org)', () => {
    expect(colorLevel({ ...tty, env: { NO_COLOR: '' } })).toBe(1);
  });

  test('levels from COLORTERM and TERM', () => {
    expect(colorLevel({ ...tty, env: {} })).toBe(1);
    expect(colorLevel({ ...tty, env: { TERM: 'xterm' } })).toBe(1);
    expect(colorLevel({ ...tty, env: { TERM: 'xterm-256color' } })).toBe(2);
    expect(colorLevel({ ...tty, env: { TERM: 'screen-256' } })).toBe(2);
    expect(colorLevel({ ...tty, env: { COLORTERM: 'truecolor' } })).toBe(3);
    expect(colorLevel({ ...tty, env: { COLORTERM: '24bit', TERM: 'xterm-256color' } })).toBe(3);
  });
});

describe('wrap by display width', () => {
  const lines = (text: string) => text.split('\n');
  const widest = (text: string) => Math.max(...lines(text).map((l) => stringWidth(l)));
  const squeeze = (text: string) => text.replace(/\s+/g, '');

  test('a Chinese line wraps at 20 columns: up to ten characters a line, never inside an English word', () => {
    const text = '调度器为每个新建的Pod选择一个合适的节点然后写回绑定结果';
    const out = wrap(text, 20);
    expect(widest(out)).toBeLessThanOrEqual(20);
    expect(squeeze(out)).toBe(squeeze(text));
    // `Pod` would fit only cut in two: it moves to the next line whole.
    expect(lines(out)[0]).toBe('调度器为每个新建的');
    expect(lines(out)[1]?.startsWith('Pod')).toBe(true);
  });

  test('a full line of Chinese is ten characters at 20 columns', () => {
    expect(lines(wrap('一二三四五六七八九十甲乙丙', 20))).toEqual(['一二三四五六七八九十', '甲乙丙']);
  });

  test('mixed Chinese and English never exceeds the width', () => {
    const text = 'kube-proxy 在每个节点上维护网络规则，把访问 Service 的流量转发到后端 Pod，支持 iptables 和 IPVS 两种模式';
    for (const width of [10, 16, 21, 40, 41]) {
      const out = wrap(text, width);
      expect(widest(out), `width ${width}`).toBeLessThanOrEqual(width);
      expect(squeeze(out)).toBe(squeeze(text));
    }
  });

  test('narrower than 10 columns is treated as 10', () => {
    expect(widest(wrap('一二三四五六七八九十', 4))).toBeLessThanOrEqual(10);
  });

  test('property: no line wider than the width, no character lost', () => {
    const piece = fc.oneof(
      fc.constantFrom('容器', '调度', '节点', '网络命名空间', 'Pod', 'kubelet', 'etcd', '，', '。', '：', ' ', '  ', 'ReadWriteOnce(RWO)', '30000-32767'),
      fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[\s\p{C}]/gu, 'x')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 10, max: 80 }), (parts, width) => {
        const text = parts.join('');
        const out = wrap(text, width);
        expect(widest(out)).toBeLessThanOrEqual(width);
        // A word cut between two letters is marked with `-` at the line end: only hyphens may differ.
        expect(squeeze(out).replace(/-/g, '')).toBe(squeeze(text).replace(/-/g, ''));
      }),
    );
  });

  test('hanging: continuation lines are indented under the text, and fit', () => {
    const out = hanging('  2) ', '在每个节点上开放同一个端口，并把流量转发给这个服务，默认端口范围是 30000-32767', 30);
    const [first, ...rest] = lines(out);
    expect(first?.startsWith('  2) ')).toBe(true);
    expect(rest.length).toBeGreaterThan(0);
    for (const line of rest) expect(line).toMatch(/^ {5}\S/);
    expect(widest(out)).toBeLessThanOrEqual(30);
  });

  test('terminalWidth: 80 when unknown, clamped to 20..100', () => {
    expect(terminalWidth(undefined)).toBe(80);
    expect(terminalWidth(0)).toBe(80);
    expect(terminalWidth(40)).toBe(40);
    expect(terminalWidth(10)).toBe(20);
    expect(terminalWidth(300)).toBe(100);
  });
});
