import { describe, expect, test } from 'vitest';
import { flaggedQuestions } from '../../src/core/history/flags.js';
import type { Collection } from '../../src/core/types.js';
import { answersCsv, banksJson, flaggedJson, formatAnswerRows, formatBanks, formatFlagged, formatQuestionList } from '../../src/formats/index.js';
import { answer, flag, start } from '../history/records.js';
import { choiceQuestion, multiQuestion, nextQuestion, orderQuestion, recallQuestion, typedQuestion } from '../session/fixtures.js';

// The pure renderers in src/formats: what `questions`, `history`, `flagged` and `banks` print.

const t0 = new Date('2024-03-01T10:00:00.000Z');

describe('formatQuestionList', () => {
  test('each question, its choices and its key as the kit prints it', () => {
    const text = formatQuestionList([choiceQuestion('c'), orderQuestion('o'), multiQuestion('m'), typedQuestion('t'), nextQuestion('n'), recallQuestion('r')]);
    const keys = text.split('\n').filter((l) => l.startsWith('   → '));
    expect(keys).toEqual([
      '   → 2  (notes/k8s.md:10)',
      '   → 3 1 2  (notes/k8s.md:10)',
      '   → 1 3 4  (notes/k8s.md:10)',
      '   → Container Network Interface  (notes/k8s.md:10)',
      '   → 2  (notes/k8s.md:10)',
      '   → The smallest deployable unit, one or more containers, shared network',
    ]);
    // A key too long for the line continues under itself, not at the margin.
    expect(text).toContain('   → The smallest deployable unit, one or more containers, shared network\n     namespace, shared storage volumes  (notes/k8s.md:10)');
    expect(text.split('\n').slice(0, 6)).toEqual([
      '1. [define] Which Service type opens the same port on every node?',
      '   1) ClusterIP',
      '   2) NodePort',
      '   3) LoadBalancer',
      '   4) ExternalName',
      '   → 2  (notes/k8s.md:10)',
    ]);
    expect(text).toContain('4. [typed] What does CNI stand for?\n   → Container Network Interface');
  });

  test('nothing to list: empty', () => {
    expect(formatQuestionList([])).toBe('');
  });
});

describe('formatAnswerRows', () => {
  test('one row an answer, a one-column mark each', () => {
    const rows = formatAnswerRows([
      answer('q1', t0, true),
      answer('q2', t0, false),
      answer('q3', t0, false, { skipped: true }),
      answer('q4', t0, false, { timedOut: true, type: 'typed' }),
      answer('q5', t0, true, { type: 'identify' }),
    ]);
    expect(rows.split('\n')).toEqual([
      '2024-03-01T10:00:00.000Z  ✓  define    subject of q1',
      '2024-03-01T10:00:00.000Z  ✗  define    subject of q2',
      '2024-03-01T10:00:00.000Z  –  define    subject of q3',
      '2024-03-01T10:00:00.000Z  T  typed     subject of q4',
      // The longest type name still has two spaces after it, as every column does.
      '2024-03-01T10:00:00.000Z  ✓  identify  subject of q5',
    ]);
  });
});

describe('answersCsv', () => {
  test('flag records are not answers: not in the CSV', () => {
    const csv = answersCsv([start('s1', t0), answer('q1', t0, true, { session: 's1' }), flag('q2', t0)]);
    expect(csv.trim().split('\n')).toHaveLength(2);
  });
});

describe('formatFlagged', () => {
  test('id, type, file:line and subject, then the prompt indented', () => {
    const flagged = flaggedQuestions([flag('abc123', t0, { prompt: 'line one\nline two' }), flag('def456', t0, { type: 'multi' })]);
    expect(formatFlagged(flagged)).toBe(
      [
        'abc123  define   notes/k8s.md:7  subject of abc123',
        '    line one',
        '    line two',
        'def456  multi    notes/k8s.md:7  subject of def456',
        '    What is def456?',
      ].join('\n'),
    );
    expect(JSON.parse(flaggedJson(flagged))).toEqual(flagged);
    expect(formatFlagged([])).toBe('');
  });
});

describe('banks', () => {
  const collection: Collection = {
    sources: [{ file: 'a.md', title: 'A', banks: 1 }],
    banks: [
      {
        id: 'b1',
        kind: 'terms',
        title: 'Service类型',
        path: ['网络'],
        source: { file: 'a.md', line: 3 },
        lang: 'zh',
        entries: [{ term: 'ClusterIP', detail: '集群内部', aliases: [], line: 4 }],
      },
    ],
    warnings: [],
  };

  test('the text summary and the JSON document', () => {
    // Each bank under its heading; correct plurals.
    expect(formatBanks(collection)).toBe('a.md — A (1 bank)\n  网络\n    Service类型: 1 term · line 3\n1 file, 1 bank: 1 term, 0 step lists, 0 questions and answers');
    // One language: the Chinese summary has no English in it.
    expect(formatBanks(collection, 80, 'zh')).toBe('a.md — A（1 个题库）\n  网络\n    Service类型：1 个术语 · 第 3 行\n1 个文件，1 个题库：1 个术语，0 组步骤，0 个问答');
    expect(JSON.parse(banksJson(collection))).toEqual(collection);
  });
});
