import type { Bank, QaBank, StepsBank, TermEntry, TermsBank } from '../../src/core/types.js';

// Small hand-written banks, in the shapes the loader produces. Our own sentences.

let line = 1;
const nextLine = (): number => line++;

export function entry(term: string, detail = '', aliases: string[] = [], notes?: string[]): TermEntry {
  const e: TermEntry = { term, detail, aliases, line: nextLine() };
  if (notes) e.notes = notes;
  return e;
}

export function terms(
  id: string,
  title: string,
  path: string[],
  entries: TermEntry[],
  options: { file?: string; lang?: 'en' | 'zh'; sequential?: boolean } = {},
): TermsBank {
  const bank: TermsBank = {
    id,
    kind: 'terms',
    title,
    path,
    source: { file: options.file ?? 'notes/en.md', line: nextLine() },
    lang: options.lang ?? 'en',
    entries,
  };
  if (options.sequential) bank.sequential = true;
  return bank;
}

export function steps(
  id: string,
  title: string,
  path: string[],
  texts: string[],
  options: { file?: string; lang?: 'en' | 'zh' } = {},
): StepsBank {
  return {
    id,
    kind: 'steps',
    title,
    path,
    source: { file: options.file ?? 'notes/en.md', line: nextLine() },
    lang: options.lang ?? 'en',
    steps: texts.map((text) => ({ text, line: nextLine() })),
  };
}

export function qa(id: string, title: string, path: string[], pairs: [string, string][], options: { file?: string; lang?: 'en' | 'zh' } = {}): QaBank {
  return {
    id,
    kind: 'qa',
    title,
    path,
    source: { file: options.file ?? 'notes/en.md', line: nextLine() },
    lang: options.lang ?? 'en',
    pairs: pairs.map(([question, answer]) => ({ question, answer, line: nextLine() })),
  };
}

// --- English notes -----------------------------------------------------------------------

export const serviceTypes = terms('svc', 'Service types', ['Networking'], [
  entry('ClusterIP', 'Reachable only from inside through a stable virtual address'),
  entry('NodePort', 'Listens on one fixed number on every machine and forwards to the backends'),
  entry('LoadBalancer', 'Asks the cloud provider for an external address in front of the machines'),
  entry('ExternalName', 'Answers DNS lookups with an alias that points outside'),
]);

/** Beside Service types in their section: wrong answers for "which is a Service type". */
export const networkObjects = terms('netobj', 'Network objects', ['Networking'], [
  entry('Ingress', 'Routes outside HTTP traffic by host and path to services'),
  entry('NetworkPolicy', 'Says which pods may talk to which'),
  entry('EndpointSlice', 'Lists the ready addresses behind a service'),
]);

/** Abbreviations whose descriptions do not spell their letters. */
export const pluginInterfaces = terms('ifaces', 'Plugin interfaces', ['Extending'], [
  entry('CRI', 'How the kubelet asks a runtime to start and stop containers', ['Container Runtime Interface']),
  entry('CNI', 'Gives each pod an address and wires it into the cluster', ['Container Network Interface']),
  entry('CSI', 'Lets vendors attach their disks to pods', ['Container Storage Interface']),
]);

export const probes = terms('probes', 'kubelet', ['Networking', 'kubelet'], [
  entry('Liveness Probe', 'Restarts the container after repeated failures of the check'),
  entry('Readiness Probe', 'Takes the pod out of the endpoints while the check fails'),
  entry('Startup Probe', 'Holds back the other checks until the application has booted'),
]);

export const accessModes = terms('modes', 'Access modes', ['Storage'], [
  entry('ReadWriteOnce', 'Mounted read-write by a single node', ['RWO']),
  entry('ReadOnlyMany', 'Mounted read-only by many nodes', ['ROX']),
  entry('ReadWriteMany', 'Mounted read-write by many nodes', ['RWX']),
  entry('CSI', 'The plugin interface storage vendors implement', ['Container Storage Interface']),
]);

export const ports = terms('ports', 'Control plane', ['Control plane'], [
  entry('kube-apiserver', 'Serves the whole API over TLS on port 6443 by default'),
  entry('etcd', 'Answers clients on 2379 and talks to its peers on another port'),
  entry('kubelet API', 'Listens on 10250 for exec, logs and metrics requests'),
  entry('Grace period', 'By default a pod gets 30s to stop before it is killed'),
]);

export const rollout = steps('rollout', 'Rolling update', ['Workloads'], [
  'A new ReplicaSet is created with zero replicas',
  'The new ReplicaSet is scaled up by maxSurge pods',
  'The old ReplicaSet is scaled down by maxUnavailable pods',
  'The old ReplicaSet is kept at zero replicas for rollbacks',
]);

export const interview = qa('qa', 'Interview', ['Interview'], [
  ['What happens when a node stops sending heartbeats?', 'The node controller marks it NotReady and later evicts its pods.'],
  ['Why run an odd number of etcd members?', 'A majority is needed for writes, and an even member adds no extra fault tolerance.'],
]);

// --- Chinese notes -----------------------------------------------------------------------

const zh = { file: 'notes/zh.md', lang: 'zh' as const };

export const scheduling = terms('sched', '调度方式', ['调度'], [
  entry('节点选择器', '按照标签把 Pod 固定到带有这些标签的节点上'),
  entry('节点亲和性', '用硬性或软性的规则表达对节点的要求与偏好'),
  entry('污点与容忍', '让节点拒绝不满足条件的 Pod，除非 Pod 声明可以接受'),
  entry('优先级抢占', '资源不足时驱逐不那么重要的 Pod，为更重要的腾出位置'),
], zh);

export const phases = terms('phases', 'Pod 生命周期', ['工作负载'], [
  entry('Pending', 'Pod 已被接受，但容器还没有全部运行'),
  entry('Running', '已绑定节点，至少一个容器在运行'),
  entry('Succeeded', '所有容器都正常退出，且不会再重启'),
  entry('Failed', '所有容器都已退出，至少一个以失败结束'),
], { ...zh, sequential: true });

export const ha = terms('ha', '高可用', ['集群'], [
  entry('控制平面副本', '生产环境一般至少部署三个控制平面实例'),
  entry('etcd 成员', '成员数取奇数，五个成员可以容忍两个同时故障'),
  entry('Calico', '基于 BGP 的三层网络方案，在每个节点上做路由'),
], zh);

/** Beside 调度方式 in its section. */
export const schedulingPhases = terms('schedphase', '调度阶段', ['调度'], [
  entry('过滤', '排除不满足条件的节点'),
  entry('打分', '给剩下的节点排出先后'),
  entry('绑定', '把 Pod 写到选中的节点上'),
], zh);

export const release = steps('release', '发布流程', ['工作负载'], [
  '提交新的镜像版本并更新清单',
  '控制器按批次创建新版本的 Pod',
  '新 Pod 通过就绪检查后接入流量',
  '旧版本的 Pod 被逐个删除',
], zh);

export const english: Bank[] = [serviceTypes, networkObjects, probes, accessModes, pluginInterfaces, ports, rollout, interview];
export const chinese: Bank[] = [scheduling, schedulingPhases, phases, ha, release];
export const everything: Bank[] = [...english, ...chinese];
