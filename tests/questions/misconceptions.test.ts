import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/notes/parse.js';
import { allQuestions } from '../../src/core/questions/index.js';
import { choicesWithoutMisconceptions, saysMisconception, withoutMisconceptions } from '../../src/core/questions/misconceptions.js';

// Claims notes copy from each other that are wrong: never taught by a key, an explanation or a
// gloss. The snippets are our own.

describe('saysMisconception', () => {
  it('knows a volume released by deleting a Pod, and not the true statements beside it', () => {
    expect(saysMisconception('PV 的 Released 阶段：Pod 被删除后卷就被释放')).toBe(true);
    expect(saysMisconception('PV 的 Released 阶段：绑定它的 PVC 被删除后卷被释放')).toBe(false);
    // An address released with its Pod is true, and is no volume.
    expect(saysMisconception('a Pod IP is released when the Pod is deleted')).toBe(false);
  });
});

describe('the API server\'s old insecure port', () => {
  it('is not taught as its default, and is fine as history', () => {
    expect(saysMisconception('kube-apiserver 默认在 8080 端口提供 HTTP 服务')).toBe(true);
    expect(saysMisconception('kube-apiserver 早期版本的非安全端口 8080 已被移除')).toBe(false);
    expect(saysMisconception('the dashboard listens on 8080 by default')).toBe(false);
  });

  it('is left off a longer answer when one line of it says so, the rest kept', () => {
    const text = 'kube-apiserver：集群唯一的 API 入口，负责认证、授权与准入\n8080(http, 默认)和6443(https)';
    expect(withoutMisconceptions(text)).toBe('kube-apiserver：集群唯一的 API 入口，负责认证、授权与准入');
  });
});

describe('withoutMisconceptions', () => {
  it('drops a false gloss in brackets and keeps the name', () => {
    expect(withoutMisconceptions('Releasing(PV 在 Pod 被删除时释放)')).toBe('Releasing');
    expect(withoutMisconceptions('Binding(PVC和PV的绑定过程)')).toBe('Binding(PVC和PV的绑定过程)');
  });

  it('drops a false line of a longer text, and leaves a text that is nothing else as it is', () => {
    expect(withoutMisconceptions('1. Provisioning\n2. Releasing：PV 在 Pod 被删除时释放\n3. Reclaiming')).toBe('1. Provisioning\n3. Reclaiming');
    const only = 'PV 在 Pod 被删除时释放';
    expect(withoutMisconceptions(only)).toBe(only);
  });

  it('takes every gloss off the choices when one goes, so the bare one does not stand out', () => {
    expect(choicesWithoutMisconceptions(['Binding(绑定)', 'Releasing(PV 在 Pod 被删除时释放)', 'Using'])).toEqual(['Binding', 'Releasing', 'Using']);
    expect(choicesWithoutMisconceptions(['Binding(绑定)', 'Using'])).toEqual(['Binding(绑定)', 'Using']);
  });
});

describe('a stage list with a false gloss', () => {
  it('is still asked in order, without the gloss anywhere the person sees', () => {
    const note = ['## 存储排查', '', '- 卷无法创建', '  - 卷的生命周期Provisioning(供给)，Binding(与PVC绑定)，Using，Releasing(PV 在 Pod 被删除时释放)，Reclaiming(回收或擦除)', ''].join('\n');
    const asked = [1, 2, 3].flatMap((seed) => allQuestions(parseNote('s.md', note).banks, { seed })).filter((q) => q.type === 'order' || q.type === 'next' || q.type === 'recall');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect([q.prompt, ...q.choices, q.explanation, typeof q.answer === 'string' ? q.answer : ''].join('\n'), q.prompt).not.toMatch(/Pod 被删除/);
    expect(asked.some((q) => q.type === 'order' && q.choices.includes('Releasing'))).toBe(true);
  });
});

describe('a startup probe that "runs once"', () => {
  const note = ['## kubelet 的探针', '', '- Liveness Probe：判断容器是否还活着，失败就重启容器', '- Readiness Probe：判断容器能否接收流量，失败就从 Service 的端点里摘掉', '- Startup Probe：启动时运行一次，判断容器里的应用是否已经启动完成，成功前不做其它探测', ''].join('\n');
  const questions = [1, 2, 3].flatMap((seed) => allQuestions(parseNote('notes/probes.md', note).banks, { seed }));

  it('is a misconception (it runs until it succeeds), and true put that way', () => {
    expect(saysMisconception('Startup Probe：启动时运行一次，判断应用是否已经启动完成')).toBe(true);
    expect(saysMisconception('startupProbe runs once when the container starts')).toBe(true);
    expect(saysMisconception('Startup Probe：启动阶段反复探测，直到成功为止')).toBe(false);
  });

  it('is asked without the clause that says it: as the reference, as a wrong choice and in the explanation', () => {
    const seen = questions.map((q) => [q.prompt, ...q.choices, typeof q.answer === 'string' ? q.answer : '', q.explanation ?? ''].join('\n'));
    expect(seen.some((text) => /运行一次/.test(text))).toBe(false);
    const recalled = questions.find((q) => q.type === 'recall' && /Startup Probe/.test(q.prompt));
    expect(recalled?.answer).toBe('判断容器里的应用是否已经启动完成，成功前不做其它探测');
    expect(questions.some((q) => q.type === 'define' && q.choices.includes('判断容器里的应用是否已经启动完成，成功前不做其它探测'))).toBe(true);
  });
});
