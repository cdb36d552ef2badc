import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, parseNote } from '../../src/core/notes/index.js';
import { allQuestions, checkReport, type Rejection } from '../../src/core/questions/index.js';
import { unusedLines } from '../../src/core/questions/check.js';
import { ROOT, runInProcess } from '../support/cli.js';

// `k8s-quiz check`: questions by type, candidates turned down by reason with file:line, and
// the lines that made nothing.

const file = 'tests/fixtures/check/storage.md';
const text = readFileSync(path.join(ROOT, file), 'utf8');
const lineOf = (needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function report() {
  const collection = collect([parseNote(file, text)]);
  const rejections: Rejection[] = [];
  const questions = allQuestions(collection.banks, { seed: 1, onReject: (r) => rejections.push(r) });
  return { questions, report: checkReport(collection, questions, rejections, new Map([[file, text]])) };
}

describe('check report', () => {
  it('counts the questions made, by type, and per file', () => {
    const { questions, report: r } = report();
    expect(r.questions.total).toBe(questions.length);
    const sum = Object.values(r.questions.byType).reduce((a, b) => a + (b ?? 0), 0);
    expect(sum).toBe(questions.length);
    expect(r.questions.byType.typed).toBeGreaterThan(0); // RWO and friends are typed out
    expect(r.files).toEqual([{ file, entries: 8, questions: questions.length, rejected: r.rejected.total }]);
  });

  it('names why a candidate was turned down, with its line', () => {
    const { report: r } = report();
    // The advantages are aspects of storage, not things: turned down as labels.
    const labels = r.rejected.examples.filter((e) => e.reason === 'label');
    expect(labels.map((e) => e.text)).toEqual(expect.arrayContaining(['Flexibility', 'Portability']));
    expect(labels.find((e) => e.text === 'Flexibility')?.line).toBe(lineOf('Flexibility'));
    expect(r.rejected.byReason.label).toBeGreaterThanOrEqual(2);
    // Access modes are a group of things, but a reclaim policy is no mode: with no other modes in
    // the note to offer as wrong answers, membership is not asked.
    expect(r.rejected.examples.filter((e) => e.text === 'Access modes').map((e) => e.reason)).toEqual(['few-distractors']);
    expect(r.rejected.total).toBe(Object.values(r.rejected.byReason).reduce((a, b) => a + (b ?? 0), 0));
  });

  it('names a line that teaches a common mistake, so the user can correct the note', () => {
    const note = ['# Access modes', '', '- ReadWriteOnce: only one Pod may mount the volume read-write',
      '- ReadOnlyMany: many nodes may mount it read-only', '- ReadWriteMany: many nodes may mount it read-write'].join('\n');
    const collection = collect([parseNote('modes.md', note)]);
    const rejections: Rejection[] = [];
    const questions = allQuestions(collection.banks, { seed: 1, onReject: (r) => rejections.push(r) });
    const r = checkReport(collection, questions, rejections, new Map([['modes.md', note]]));
    expect(r.rejected.examples.filter((e) => e.reason === 'misconception').map((e) => [e.line, e.text])).toContainEqual([3, 'ReadWriteOnce']);
    expect(questions.some((q) => JSON.stringify(q).includes('only one Pod'))).toBe(false);
  });

  it('lists the lines that made nothing, and not lead-ins, headings or front matter', () => {
    const { report: r } = report();
    expect(r.unused).toEqual([{ file, line: lineOf('Some loose sentence'), text: 'Some loose sentence that names no term at all.' }]);
  });

  it('keeps a question heading\'s answer and code blocks out of the unused lines', () => {
    const note = ['# T', '', '### Why three etcd members?', 'A majority survives one loss.', '', '```yaml', 'a: 1', '```', '## Other', 'stray words here'].join('\n');
    expect(unusedLines('n.md', note, new Set(), new Set([3]))).toEqual([{ file: 'n.md', line: 10, text: 'stray words here' }]);
  });
});

describe('k8s-quiz check', () => {
  it('prints the report as JSON with the contract fields', async () => {
    const result = await runInProcess(['check', file, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json).sort()).toEqual(['files', 'questions', 'rejected', 'unused']);
    expect(json.files[0]).toMatchObject({ file, entries: 8 });
    expect(json.rejected.examples[0]).toEqual({ reason: expect.any(String), file, line: expect.any(Number), text: expect.any(String) });
  });

  it('prints a readable summary', async () => {
    const result = await runInProcess(['check', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${file}: 8 entries →`);
    expect(result.stdout).toMatch(/Turned down: \d+\n {2}[a-z-]+ \([^)]+\): \d+\n {4}tests\/fixtures\/check\/storage\.md:\d+ {2}\S/);
    expect(result.stdout).toContain(`${file}:${lineOf('Some loose sentence')}  Some loose sentence`);
  });
});
