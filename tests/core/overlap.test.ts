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
});
