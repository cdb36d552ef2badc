import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import type { CheckReport } from '../../src/core/questions/index.js';
import { formatCheck } from '../../src/formats/check.js';

// `check` as text: every reason's count is accounted for (the examples shown and the rest
// counted), and a wrapped heading keeps its continuation lines indented under it.

const examples = Array.from({ length: 5 }, (_, i) => ({ reason: 'few-distractors' as const, file: 'notes/zh/03-workloads.md', line: 10 + i, text: `控制器 ${i}` }));
const report: CheckReport = {
  files: [{ file: 'notes/zh/03-workloads.md', entries: 120, questions: 156, rejected: 38 }],
  questions: { total: 156, byType: { define: 60, identify: 50, cloze: 5, multi: 5, order: 4, acronym: 2, recall: 30 } },
  rejected: { total: 38, byReason: { 'few-distractors': 38 }, examples },
  unused: [],
};

describe.each([40, 80])('check at %i columns', (width) => {
  test.each(['en', 'zh'] as const)('%s: the examples beyond the few shown are counted', (lang) => {
    const text = formatCheck(report, width, lang);
    expect(text).toContain(lang === 'zh' ? '…… 还有 33 条' : '… and 33 more');
    for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
  });

  test('when every example is shown, nothing more is said', () => {
    const all = { ...report, rejected: { total: 5, byReason: { 'few-distractors': 5 }, examples } };
    expect(formatCheck(all, width, 'en')).not.toContain('more');
  });
});

test('a wrapped reason or file heading: its continuation lines two columns in from it', () => {
  const lines = formatCheck(report, 40, 'zh').split('\n');
  const reason = lines.findIndex((l) => l.startsWith('  few-distractors'));
  expect(reason).toBeGreaterThan(-1);
  // The heading wraps at 40 columns, its second line under the text, not level with it.
  expect(lines[reason + 1]).toMatch(/^ {4}\S/);
  expect(lines[reason + 1]).not.toContain('notes/');
  // The file line too (`notes/zh/03-workloads.md：120 个条目 → …`).
  expect(lines[1]).toMatch(/^ {2}\S/);
});
