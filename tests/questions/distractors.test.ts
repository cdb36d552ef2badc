import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/text/random.js';
import { pickDistractors, tier } from '../../src/core/questions/distractors.js';
import { candidate, type Origin } from '../../src/core/questions/pool.js';
import { looseKey } from '../../src/core/questions/text.js';

const at = (bankId: string, path: string[], file = 'a.md'): Origin => ({ bankId, path, pathKeys: path.map((p) => p.toLowerCase()), file });
const here = at('b1', ['Storage', 'Volumes']);
const sameSection = at('b2', ['Storage', 'Volumes']);
const nearSection = at('b3', ['Storage', 'Snapshots']);
const farSection = at('b4', ['Networking']);
const otherFile = at('b5', ['Storage', 'Volumes'], 'b.md');
const owned = (name: string): string[] => [looseKey(name)];

describe('tier', () => {
  it('orders bank, section, file (nearer headings first), collection', () => {
    expect(tier(here, here)).toBe(0);
    expect(tier(here, sameSection)).toBe(1);
    expect(tier(here, nearSection)).toBeLessThan(tier(here, farSection));
    expect(tier(here, nearSection)).toBeGreaterThan(1);
    expect(tier(here, farSection)).toBeLessThanOrEqual(2);
    expect(tier(here, otherFile)).toBe(3);
  });
});

describe('pickDistractors', () => {
  const pool = [
    candidate('Kept only while the pod lives on the node', farSection, owned('emptyDir')),
    candidate('Storage requested by a claim and bound to a volume', otherFile, owned('PersistentVolume')),
    candidate('Mounts a directory of the node into the pod', here, owned('hostPath')),
    candidate('Projects keys of a config object as files', sameSection, owned('configMap')),
    candidate('Projects secret keys as files kept in memory', nearSection, owned('secret')),
    candidate('A network share mounted over NFS by every pod that needs it', here, owned('nfs')),
  ];

  it('takes siblings first, then the section, then the file, then the collection', () => {
    const picked = pickDistractors({ answer: 'Mounts a cloud disk into the pod', origin: here, candidates: pool, want: 6, rng: createRandom(1) });
    expect(picked.slice(0, 2).sort()).toEqual(
      ['Mounts a directory of the node into the pod', 'A network share mounted over NFS by every pod that needs it'].sort(),
    );
    expect(picked.slice(2)).toEqual([
      'Projects keys of a config object as files',
      'Projects secret keys as files kept in memory',
      'Kept only while the pod lives on the node',
      'Storage requested by a claim and bound to a volume',
    ]);
  });

  it('never offers the answer, an excluded text, or an excluded owner', () => {
    const picked = pickDistractors({
      answer: 'Mounts a directory of the node into the pod.',
      origin: here,
      candidates: pool,
      excludeKeys: ['projects keys of a config object as files'],
      excludeOwners: ['nfs'],
      want: 5,
      rng: createRandom(2),
    });
    expect(picked).not.toContain('Mounts a directory of the node into the pod');
    expect(picked).not.toContain('Projects keys of a config object as files');
    expect(picked).not.toContain('A network share mounted over NFS by every pod that needs it');
    expect(picked).toHaveLength(3);
  });

  it('never repeats a choice, even written differently', () => {
    const dupes = [
      candidate('kube-apiserver', here, owned('kube-apiserver')),
      candidate('kube-api-server', here, owned('kube-api-server')),
      candidate('Kube-APIServer', sameSection, owned('Kube-APIServer')),
      candidate('etcd', here, owned('etcd')),
    ];
    const picked = pickDistractors({ answer: 'kube-scheduler', origin: here, candidates: dupes, want: 3, rng: createRandom(3) });
    expect(picked).toHaveLength(2);
    expect(picked).toContain('etcd');
  });

  it('treats a one-letter typo of the answer as the answer', () => {
    const typo = [candidate('kebe-scheduler', here, owned('kebe-scheduler')), candidate('etcd', here, owned('etcd'))];
    expect(pickDistractors({ answer: 'kube-scheduler', origin: here, candidates: typo, want: 3, rng: createRandom(1) })).toEqual(['etcd']);
  });

  it('prefers a similar length within a tier', () => {
    const lengths = [
      candidate('Short', here, owned('a')),
      candidate('A description of about the same length as the answer', here, owned('b')),
      candidate('x'.repeat(400), here, owned('c')),
    ];
    for (let seed = 0; seed < 10; seed++) {
      const [first] = pickDistractors({
        answer: 'Another description of about the same length, roughly',
        origin: here,
        candidates: lengths,
        want: 1,
        rng: createRandom(seed),
      });
      expect(first).toBe('A description of about the same length as the answer');
    }
  });

  it('prefers the language of the answer, even over siblings', () => {
    const mixed = [
      candidate('Keeps the pod on nodes with matching labels', here, owned('a')),
      candidate('把 Pod 固定到带有指定标签的节点上', here, owned('b')),
      candidate('让节点排斥不能容忍其污点的 Pod', otherFile, owned('c')),
    ];
    const picked = pickDistractors({ answer: '用硬性或软性的规则表达对节点的偏好', origin: here, candidates: mixed, want: 2, rng: createRandom(4) });
    expect(picked).toEqual(['把 Pod 固定到带有指定标签的节点上', '让节点排斥不能容忍其污点的 Pod']);
  });

  it('is deterministic for a seed', () => {
    const run = (seed: number): string[] =>
      pickDistractors({ answer: 'Mounts a cloud disk into the pod', origin: farSection, candidates: pool, want: 3, rng: createRandom(seed) });
    expect(run(8)).toEqual(run(8));
  });
});
