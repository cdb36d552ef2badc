import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { coverage, coverageModel, keyPoints, type CoverageModel } from '../../src/core/session/overlap.js';
import { loadNotes } from '../../src/io/load.js';
import { suggestedGrade } from '../../src/ui/feedback.js';
import { ROOT } from '../support/cli.js';

// Recall coverage on real answers: a table of answer / reference pairs in both languages,
// each with the key points it should cover and where the grade cursor should start
// (0 Again, 1 Hard, 2 Good). The words are weighed by the fixture notes' own vocabulary,
// as a session weighs them by the notes it asks from.

const REGISTRY = '存储和分发镜像的服务，例如 Docker Hub 或私有的 Harbor';
const SCHEDULER = '为新创建的 Pod 选择合适的节点，只负责决策，不负责运行';
const KUBELET = '运行在每个节点上，负责 Pod 的生命周期，并向 api-server 汇报节点状态';
const PSP = '早期的集群级 Pod 限制策略对象，1.21 版本弃用，1.25 版本删除，由内置的 PSA 准入控制器接替';
const PREEMPTION = [
  '1. 高优先级 Pod 在过滤阶段找不到任何可用节点',
  '2. 调度器在候选节点上模拟移除低优先级 Pod，检查目标 Pod 能否放下',
  '3. 选出牺牲最小的节点，删除其上的低优先级 Pod',
  '4. 高优先级 Pod 在后续调度周期中绑定到该节点',
].join('\n');
const SHARED = '同一个 Pod 里的容器共享网络命名空间和存储卷，可以通过 localhost 互相访问。';
const TILLER = 'Tiller was the server-side component of Helm 2; it ran inside the cluster and was removed in Helm 3.';
const SERVICE = 'A stable virtual address and DNS name in front of a changing set of Pods, chosen by a label selector.';
const PSA = 'Pod Security Admission enforces the Pod Security Standards per namespace, replacing PodSecurityPolicy which was deprecated in 1.21 and removed in 1.25.';
const RWO = 'ReadWriteOnce(RWO): one node may mount the volume for reading and writing';
// Long sentences that join several statements: each statement is a point of its own.
const KUBELET_EN = "the agent on every node that starts the Pod's containers and reports their status";
const DEPLOYMENT = 'keeps a set of identical Pods running and rolls out new versions gradually';
const POD = 'A Pod is the smallest unit Kubernetes schedules: one or more containers that share a network namespace and volumes and always run on the same machine.';
const BIND = '为还没有分配节点的 Pod 挑选合适的 Node 并写回绑定结果';
const RAFT = '由 Leader 统一接收写请求并把日志复制到多数成员';
const ROLLOUT = 'Deployment 按批次用新 Pod 替换旧 Pod 同时也保留旧的 ReplicaSet 以便回滚';
const RECONCILE = '各个控制器持续比较期望状态和实际状态并自动修正偏差';

interface Row {
  answer: string;
  reference: string;
  covered: string[];
  /** Where the grade cursor starts: 0 Again, 1 Hard (the middle), 2 Good. */
  grade: 0 | 1 | 2;
  /** false: the answer is in another language than the reference, and is not measured. */
  comparable?: boolean;
  why: string;
}

const TABLE: Row[] = [
  // Chinese
  { answer: '镜像仓库', reference: REGISTRY, covered: ['存储和分发镜像的服务'], grade: 1, why: 'a repository stores: 仓库 and 存储 say the same' },
  { answer: '就是镜像仓库，比如 Docker Hub', reference: REGISTRY, covered: ['存储和分发镜像的服务'], grade: 1, why: 'the example named, but not the private one' },
  { answer: '不知道', reference: REGISTRY, covered: [], grade: 0, why: 'nothing of it: Again' },
  { answer: '给 Pod 选节点', reference: SCHEDULER, covered: [], grade: 1, why: 'some of it, too little for a point: the middle' },
  { answer: '调度器为 Pod 选择节点，但不负责运行它', reference: SCHEDULER, covered: ['不负责运行'], grade: 1, why: '选择合适的节点 half said' },
  { answer: '每个节点上的代理，管理 Pod 生命周期，向 api-server 汇报状态', reference: KUBELET, covered: ['负责 Pod 的生命周期', '并向 api-server 汇报节点状态'], grade: 1, why: '管理 and 负责 say the same' },
  { answer: '1.25 版本弃用', reference: PSP, covered: ['1.25 版本删除'], grade: 1, why: 'a number is its point: 1.25 is not 1.21' },
  { answer: '1.21 弃用，1.25 删除，被 PSA 取代', reference: PSP, covered: ['1.21 版本弃用', '1.25 版本删除', '由内置的 PSA 准入控制器接替'], grade: 2, why: 'numbers kept with their points; PSA taking over is said too' },
  { answer: '先模拟移除低优先级的 Pod，再删除牺牲者，然后绑定', reference: PREEMPTION, covered: ['选出牺牲最小的节点，删除其上的低优先级 Pod'], grade: 1, why: 'a step with a comma is one point' },
  { answer: '共享网络和存储卷', reference: SHARED, covered: ['同一个 Pod 里的容器共享网络命名空间和存储卷'], grade: 1, why: 'the point said in fewer words' },
  // A sentence joining statements with 并, 并且, 同时也: the half that was said is covered.
  { answer: '把绑定结果写回去', reference: BIND, covered: ['并写回绑定结果'], grade: 1, why: '并 joins two statements: writing the binding back is said, choosing the node is not' },
  { answer: 'Leader 负责接收所有写请求', reference: RAFT, covered: ['由 Leader 统一接收写请求'], grade: 1, why: 'the first statement of two said; replicating the log is missed' },
  { answer: '保留旧的 ReplicaSet，方便回滚', reference: ROLLOUT, covered: ['同时也保留旧的 ReplicaSet 以便回滚'], grade: 1, why: '同时也 starts a statement; 以便回滚 is too short to stand alone and stays with it' },
  { answer: '控制器会自动修正偏差', reference: RECONCILE, covered: ['并自动修正偏差'], grade: 1, why: 'correcting the drift said, comparing the states not' },
  // Another language than the reference: not measured, the cursor in the middle.
  { answer: 'the scheduler picks a node for the pod', reference: SCHEDULER, covered: [], grade: 1, comparable: false, why: 'English for a Chinese reference' },
  { answer: 'pod node', reference: KUBELET, covered: [], grade: 1, comparable: false, why: 'sharing Pod and node covers nothing' },
  { answer: 'network namespace and volumes', reference: SHARED, covered: [], grade: 1, comparable: false, why: 'English for a Chinese reference' },
  // English
  { answer: 'server side part of Helm 2', reference: TILLER, covered: ['Tiller was the server-side component of Helm 2'], grade: 1, why: 'server-side is server side; Helm 2 keeps its 2' },
  {
    answer: 'the server-side component of helm 2, removed in helm 3',
    reference: TILLER,
    covered: ['Tiller was the server-side component of Helm 2', 'and was removed in Helm 3'],
    grade: 1,
    why: 'running inside the cluster is a statement of its own that was not said: two of three, Hard (it was one point with the removal, covered by the removal alone)',
  },
  { answer: 'it was removed in Helm 3', reference: TILLER, covered: ['and was removed in Helm 3'], grade: 1, why: 'half of the long sentence said: that half covered, Helm 3 kept with its point' },
  { answer: 'a virtual IP and DNS name for a set of pods picked by labels', reference: SERVICE, covered: ['A stable virtual address and DNS name in front of a changing set of Pods'], grade: 1, why: 'the selector not said' },
  { answer: 'no idea', reference: SERVICE, covered: [], grade: 0, why: 'nothing of it: Again' },
  { answer: 'PSA enforces pod security standards per namespace', reference: PSA, covered: ['Pod Security Admission enforces the Pod Security Standards per namespace'], grade: 1, why: 'PSA is Pod Security Admission' },
  {
    answer: 'it replaced PodSecurityPolicy',
    reference: PSA,
    covered: ['replacing PodSecurityPolicy'],
    grade: 1,
    why: 'replacing PSP is a statement of its own (which starts another): said; the deprecation and removal, with their numbers, not',
  },
  {
    answer: 'PodSecurityPolicy was deprecated in 1.21 and removed in 1.25',
    reference: PSA,
    covered: ['replacing PodSecurityPolicy', 'which was deprecated in 1.21 and removed in 1.25'],
    grade: 1,
    why: 'deprecated in 1.21 and removed in 1.25 is too short to cut: one point, numbers and all',
  },
  { answer: 'RWO means one node can mount it read write', reference: RWO, covered: ['ReadWriteOnce(RWO): one node may mount the volume for reading and writing'], grade: 2, why: 'RWO is ReadWriteOnce' },
  { answer: 'it reports pod status', reference: KUBELET_EN, covered: ['and reports their status'], grade: 1, why: 'and reports… is a verb with its object, a statement: reporting said, starting containers not (was one point, missed)' },
  {
    answer: 'it rolls out new versions gradually',
    reference: DEPLOYMENT,
    covered: ['and rolls out new versions gradually'],
    grade: 1,
    why: 'half of the sentence is no longer the whole point: Hard, not Good',
  },
  {
    answer: 'containers of a pod always run on the same machine',
    reference: POD,
    covered: ['and always run on the same machine'],
    grade: 1,
    why: 'cut after a statement before a colon and at and always; share a namespace and volumes stays one thing',
  },
];

let model: CoverageModel;

beforeAll(async () => {
  const collection = await loadNotes([path.join(ROOT, 'tests/fixtures/recall-coverage')], ROOT);
  expect(collection.warnings).toEqual([]);
  model = coverageModel(collection.banks);
});

describe('recall coverage on real answers', () => {
  test.each(TABLE)('$answer ($why)', ({ answer, reference, covered, grade, comparable = true }) => {
    const result = coverage(answer, reference, model);
    expect(result.covered).toEqual(covered);
    expect(result.missed).toEqual(keyPoints(reference).filter((p) => !covered.includes(p)));
    expect(result.comparable).toBe(comparable);
    expect(suggestedGrade(result)).toBe(grade);
  });

  test('a common word weighs little, a rare one a lot', () => {
    expect(model.weight('pod')).toBeLessThan(model.weight('tiller'));
    expect(model.weight('nod')).toBeLessThan(model.weight('6443'));
  });

  test('key points keep their numbers; a numbered step is one point, comma and all', () => {
    expect(keyPoints(PSP)).toEqual(['早期的集群级 Pod 限制策略对象', '1.21 版本弃用', '1.25 版本删除', '由内置的 PSA 准入控制器接替']);
    expect(keyPoints(PREEMPTION)[1]).toBe('调度器在候选节点上模拟移除低优先级 Pod，检查目标 Pod 能否放下');
  });

  test('a long sentence joining statements is cut into them; a short one, a label and a number stay whole', () => {
    expect(keyPoints(TILLER)).toEqual(['Tiller was the server-side component of Helm 2', 'it ran inside the cluster', 'and was removed in Helm 3']);
    expect(keyPoints(PSA)).toEqual(['Pod Security Admission enforces the Pod Security Standards per namespace', 'replacing PodSecurityPolicy', 'which was deprecated in 1.21 and removed in 1.25']);
    expect(keyPoints(POD)).toEqual(['A Pod is the smallest unit Kubernetes schedules', 'one or more containers that share a network namespace and volumes', 'and always run on the same machine']);
    expect(keyPoints(BIND)).toEqual(['为还没有分配节点的 Pod 挑选合适的 Node', '并写回绑定结果']);
    expect(keyPoints(RWO)).toEqual([RWO]);
    expect(keyPoints(SERVICE)).toEqual(['A stable virtual address and DNS name in front of a changing set of Pods', 'chosen by a label selector']);
  });

  test('an abbreviation meets its expansion without a model too: from the reference itself', () => {
    expect(coverage('PSA enforces the standards', 'Pod Security Admission enforces the standards').covered).toEqual(['Pod Security Admission enforces the standards']);
    expect(coverage('RWO: one node reads and writes', 'ReadWriteOnce (RWO) means one node reads and writes').covered).toEqual(['ReadWriteOnce (RWO) means one node reads and writes']);
    // Naming the term is not saying what it is.
    expect(coverage('ReadWriteOnce', 'RWO (ReadWriteOnce): one node reads and writes').covered).toEqual([]);
  });

  test('case, width and hyphens do not matter', () => {
    const reference = 'The kube-proxy programs iptables rules on every node';
    expect(coverage('ＫＵＢＥ PROXY programs IPTABLES rules', reference).covered).toEqual([reference]);
  });
});
