import { describe, expect, it } from 'vitest';
import { coverage, keyPoints, tokens } from '../../src/core/session/overlap.js';

describe('key-point coverage of technical answers', () => {
  const lifecycle = 'Provisioning(配置)，Binding(PVC和PV的绑定过程)，Using，Releasing(Pod被删除或停止使用该PV)，Reclaiming(擦除或重用)';

  it('counts a stage as covered when the answer names it, even without its explanation', () => {
    const result = coverage('Provisioning, Binding, Using, Releasing, Reclaiming', lifecycle);
    expect(result.missed).toEqual([]);
    expect(result.covered).toHaveLength(5);
  });

  it('keeps a one-word stage as a point, and a stage that was not named is missed', () => {
    expect(keyPoints(lifecycle)).toContain('Using');
    expect(coverage('Provisioning and Binding', lifecycle).missed).toEqual(['Using', 'Releasing(Pod被删除或停止使用该PV)', 'Reclaiming(擦除或重用)']);
  });

  it('does not stem short words into other words', () => {
    expect(new Set([...tokens('using pods bindings')].filter((t) => !t.startsWith('#')))).toEqual(new Set(['using', 'pod', 'binding']));
  });

  it('does not count a point as said because the topic word appears in the answer', () => {
    const result = coverage('Pod 是最小的调度单位', '一个 Pod 包含一个或多个容器，这些容器共享网络命名空间');
    expect(result.covered).toEqual([]);
  });

  it('covers a Chinese point given with most of its characters in other words and order', () => {
    const result = coverage('副本之间通过 Lease 选举 leader，几个副本会争抢同一个 Lease', '它们默认开启 Leader 选举，多个副本争抢同一个 Lease 对象');
    expect(result.covered).toEqual(['它们默认开启 Leader 选举', '多个副本争抢同一个 Lease 对象']);
  });

  it('cuts a long sentence where it joins statements, in English and Chinese', () => {
    expect(keyPoints('kube-proxy manages traffic: it turns Services and their endpoints into packet rules so a virtual address reaches a real Pod')).toEqual([
      'kube-proxy manages traffic',
      'it turns Services and their endpoints into packet rules',
      'so a virtual address reaches a real Pod',
    ]);
    expect(keyPoints('but the source address is rewritten and an extra hop is added')).toEqual(['but the source address is rewritten', 'and an extra hop is added']);
    expect(keyPoints('先确认后端 Pod 处于 Running 并且已经就绪')).toEqual(['先确认后端 Pod 处于 Running', '并且已经就绪']);
  });

  it('keeps a sentence whole where and, which or 并 do not join statements', () => {
    for (const whole of [
      // Two things one statement names, two verbs sharing an object or a subject.
      'whether replicas are created and removed one at a time in order or all at once',
      'so for a large Service every Pod change rewrites and resends a huge object to every kube-proxy',
      'how long a completed task and its Pods are kept before they are removed automatically',
      // A question inside the statement; a short sentence; a label before its colon; brackets.
      'The Node authorizer decides which kinds of requests a kubelet may make',
      'Cluster spreads load but hides the source',
      'ReadWriteOnce(RWO): one node may mount the volume for reading and writing',
      'kubelet keeps the containers of every Pod running (it restarts them and reports their state to the API server)',
      // 同时 as `at the same time`, 并 in 并发 and 并不.
      '同一个节点上的多个 Pod 仍然可以同时读写这个卷',
      '调度器并发地为多个候选节点打分并不会改变结果',
    ]) {
      expect(keyPoints(whole)).toEqual([whole]);
    }
  });

  it('covers the half of a long sentence an answer says, and misses the other half', () => {
    const result = coverage('it was removed in Helm 3', 'it ran inside the cluster and was removed in Helm 3');
    expect(result.covered).toEqual(['and was removed in Helm 3']);
    expect(result.missed).toEqual(['it ran inside the cluster']);
  });
});
