import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect, parseNote } from '../../src/core/notes/parse.js';
import { allQuestions } from '../../src/core/questions/index.js';
import type { Question } from '../../src/core/types.js';

// Tables of contents, reference lists, exercise scaffolding, link-only bullets and badges make
// no question; what was skipped is reported for `k8s-quiz check`, and `banks --json` is unchanged.

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(path.join(here, '../fixtures', name), 'utf8');

const parsed = [parseNote('debris/zh.md', fixture('debris/zh.md')), parseNote('debris/en.md', fixture('debris/en.md'))];
const collection = collect(parsed);
const questions = allQuestions(collection.banks, { seed: 1 });
const text = (q: Question) => [q.prompt, ...q.choices, typeof q.answer === 'string' ? q.answer : '', q.subject].join('\n');

describe('debris', () => {
  it('makes no question from a table of contents, references, scaffolding, links or badges', () => {
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(text(q), q.id).not.toMatch(/简介|参考|官方文档|CNI 规范|Kubernetes 文档|etcd 官网|深入剖析|https?:|构建状态/);
      expect(text(q), q.id).not.toMatch(/Table of Contents|Objectives|namespace for the lab|Namespace Isolation|Expected|Bad answer|it blocks everything|See also|Network policies/);
    }
    const subjects = new Set(questions.map((q) => q.subject));
    for (const term of ['Pod', 'Service', 'Ingress', 'kubelet', 'kube-proxy', '插件']) expect(subjects.has(term), term).toBe(true);
  });

  it('does not take a sentence lead-in for a group name', () => {
    const titles = collection.banks.map((b) => b.title);
    expect(titles).not.toContain('CNI 由三大核心组成部分构成');
    expect(titles).toContain('组件');
  });

  it('reports what it skipped, and why', () => {
    const skipped = collection.skipped ?? [];
    const byText = (needle: string) => skipped.find((s) => s.text.includes(needle));
    expect(byText('目录')).toMatchObject({ reason: 'debris', file: 'debris/zh.md' });
    expect(byText('参考文献')).toMatchObject({ reason: 'debris' });
    expect(byText('官方文档')).toMatchObject({ reason: 'debris' });
    expect(byText('CNI 由三大核心组成部分构成')).toMatchObject({ reason: 'not-a-group' });
    for (const heading of ['Table of Contents', 'Objectives', 'Exercise 3: Namespace Isolation', 'See also']) expect(byText(heading), heading).toMatchObject({ reason: 'debris', file: 'debris/en.md' });
    for (const s of skipped) expect(s.line).toBeGreaterThan(0);
  });

  it('keeps the banks --json document as it was: no skipped key', () => {
    const json = JSON.parse(JSON.stringify(collection)) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['banks', 'sources', 'warnings']);
  });
});
