import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/core/text/normalize.js';
import { isCodeSymbol } from '../../src/core/text/names.js';
import { allQuestions } from '../../src/core/questions/index.js';
import type { Bank, Question, QuestionType } from '../../src/core/types.js';
import { checkQuestions } from './check.js';
import {
  accessModes,
  chinese,
  entry,
  english,
  everything,
  ha,
  interview,
  ports,
  probes,
  release,
  rollout,
  scheduling,
  serviceTypes,
  steps,
  terms,
} from './fixtures.js';

const of = (banks: Bank[], type: QuestionType, seed = 1): Question[] => allQuestions(banks, { seed }).filter((q) => q.type === type);
const bySubject = (qs: Question[], subject: string): Question[] => qs.filter((q) => q.subject === subject);
const one = (qs: Question[], subject: string): Question => {
  const found = bySubject(qs, subject);
  expect(found, `one question about ${subject}`).toHaveLength(1);
  return found[0] as Question;
};
const right = (q: Question): string => q.choices[q.answer as number] as string;
const wrong = (q: Question): string[] => q.choices.filter((_, i) => i !== q.answer);

describe('the fixtures', () => {
  it('give questions that keep every invariant', () => {
    for (const seed of [1, 2, 3]) expect(checkQuestions(allQuestions(everything, { seed }), everything)).toEqual([]);
  });
});

describe('define', () => {
  it('asks for the detail of a term among its siblings', () => {
    const q = one(of(everything, 'define'), 'NodePort');
    expect(q.prompt).toBe('In "Service types", what is NodePort?');
    expect(right(q)).toBe('Listens on one fixed number on every machine and forwards to the backends');
    expect(wrong(q).sort()).toEqual(serviceTypes.entries.filter((e) => e.term !== 'NodePort').map((e) => e.detail).sort());
    expect(q.source).toEqual({ file: 'notes/en.md', line: serviceTypes.entries[1]?.line });
    expect(q.topic).toEqual(['Networking', 'Service types']);
    expect(q.explanation).toContain('**NodePort**: Listens on one fixed number');
  });

  it('uses Chinese templates for Chinese notes', () => {
    const q = one(of(everything, 'define'), '节点亲和性');
    expect(q.prompt).toBe('在「调度方式」中，「节点亲和性」指的是？');
    expect(q.lang).toBe('zh');
    expect(q.choices).toHaveLength(4);
    expect(q.explanation).toContain('**节点亲和性**：');
  });

  it('skips terms without a detail, or whose detail only repeats a name', () => {
    const bank = terms('crd', 'Extensions', ['Extending'], [
      entry('Operator', 'A controller that runs an application on behalf of a human'),
      entry('Admission webhook', ''),
      entry('自定义资源', 'Custom Resource', ['Custom Resource']),
      entry('Aggregation layer', 'Lets extra API servers answer under the main API'),
      entry('CRD', 'Declares a new resource type to the API without writing a server'),
    ]);
    const qs = of([bank, serviceTypes], 'define');
    expect(qs.map((q) => q.subject)).toContain('Operator');
    expect(qs.map((q) => q.subject)).not.toContain('Admission webhook');
    expect(qs.map((q) => q.subject)).not.toContain('自定义资源');
  });

  it('offers fewer choices when the list cannot give more, never fewer than three', () => {
    const three = terms('three', 'Resource fields', ['Small'], [
      entry('requests', 'What the scheduler reserves'),
      entry('limits', 'What the kernel enforces'),
      entry('overhead', 'What the sandbox itself costs'),
    ]);
    const q = one(of([three], 'define'), 'limits');
    expect(q.choices).toEqual(expect.arrayContaining(['What the scheduler reserves', 'What the kernel enforces', 'What the sandbox itself costs']));
    expect(q.choices).toHaveLength(3);
    const two = terms('two', 'Pair', ['Small'], [entry('requests', 'What the scheduler reserves'), entry('limits', 'What the kernel enforces')]);
    expect(of([two], 'define')).toEqual([]);
  });

  it('takes wrong answers only from its own list or one beside it, never from another note', () => {
    const far = terms('far', 'Volume kinds', ['Storage'], [
      entry('emptyDir', 'Scratch space that lives as long as its pod'),
      entry('hostPath', 'A directory of the machine mounted into the pod'),
      entry('configMap', 'Settings projected as files into the pod'),
    ], { file: 'notes/other.md' });
    for (let seed = 0; seed < 5; seed++) {
      const q = one(of([serviceTypes, far], 'define', seed), 'NodePort');
      const siblings = new Set(serviceTypes.entries.map((e) => e.detail));
      expect(q.choices.every((c) => siblings.has(c))).toBe(true);
    }
  });

  it('does not ask where the description names its term, nor offer a wrong answer that names its own', () => {
    const bank = terms('net', 'Network objects', ['Networking'], [
      entry('Ingress', 'Routes outside HTTP traffic to services; an Ingress needs a controller to work'),
      entry('NetworkPolicy', 'Says which pods may talk to which; a NetworkPolicy needs a plugin that enforces it'),
      entry('EndpointSlice', 'Lists the ready addresses behind a service'),
      entry('Gateway', 'A newer entry point for traffic, with routes attached to it'),
      entry('IngressClass', 'Picks which controller serves a given entry rule'),
    ]);
    const qs = of([bank], 'define');
    expect(bySubject(qs, 'Ingress')).toEqual([]);
    expect(bySubject(qs, 'NetworkPolicy')).toEqual([]);
    const q = one(qs, 'EndpointSlice');
    expect(q.choices).not.toContain('Says which pods may talk to which; a NetworkPolicy needs a plugin that enforces it');
    for (const c of q.choices) expect(c).not.toContain('…');
    const giveaway = terms('ga', 'Service kinds', ['Networking'], [
      entry('NodePort', 'Opens one port on every node and forwards it to the service'),
      entry('ClusterIP', 'Reachable only from inside through a stable virtual address'),
      entry('ExternalName', 'Answers DNS lookups with an alias that points outside'),
    ]);
    expect(bySubject(of([giveaway], 'define'), 'NodePort')).toEqual([]);
  });

  it('does not ask where a Chinese description translates the English name', () => {
    const backends = terms('zhstore', '存储方案', ['存储'], [
      entry('Ceph', '开源的分布式对象、块与文件一体化方案'),
      entry('Longhorn', '云原生的分布式块方案，由 Rancher 发起'),
      entry('RoundRobin', '按顺序轮询，把请求依次交给每个后端'),
      entry('ReadOnlyMany', '许多节点可以挂载，但谁都不能修改数据'),
    ], { lang: 'zh' });
    const subjects = (type: QuestionType) => of([backends], type).map((q) => q.subject);
    // 轮询 is RoundRobin translated, 许多 the Many of ReadOnlyMany: a translation exercise.
    for (const type of ['define', 'identify'] as const) {
      expect(subjects(type)).not.toContain('RoundRobin');
      expect(subjects(type)).not.toContain('ReadOnlyMany');
    }
    expect(subjects('define')).toEqual(expect.arrayContaining(['Ceph', 'Longhorn']));
  });

  it('does not ask about the symbols of some program\'s source', () => {
    for (const symbol of ['NewHubOptions', 'hubOptions.Validate', 'runHub()', 'RegisterInformersForServer']) expect(isCodeSymbol(symbol), symbol).toBe(true);
    for (const name of ['CreateContainerConfigError', 'ReadWriteOnce', 'kube-proxy', 'StatefulSet']) expect(isCodeSymbol(name), name).toBe(false);
    const walk = terms('walk', 'Hub startup', ['Source'], [
      entry('NewHubOptions', 'Builds the default options of the hub'),
      entry('hubOptions.Validate', 'Checks the options before the hub starts'),
      entry('runHub()', 'Starts the servers and waits for a signal'),
      entry('CreateContainerConfigError', 'Shown while a Secret the pod refers to is missing'),
      entry('ImagePullBackOff', 'Shown while fetching its layers keeps failing and the kubelet waits longer each time'),
      entry('CrashLoopBackOff', 'Shown while a container keeps exiting soon after it starts'),
    ]);
    expect(of([walk], 'define').map((q) => q.subject).sort()).toEqual(['CrashLoopBackOff', 'CreateContainerConfigError', 'ImagePullBackOff']);
  });

  it('does not ask about aspects of a topic, nor about labels', () => {
    const pros = terms('pros', 'VXLAN 的优点', ['网络'], [
      entry('灵活', '在三层网络上运行，不依赖底层拓扑'),
      entry('隔离', '用不同的标识把租户的流量分开'),
      entry('规模', '标识空间比 VLAN 大得多'),
    ], { lang: 'zh' });
    const labels = terms('labels', 'Minikube', ['Local clusters'], [
      entry('Function', 'Runs a single-node cluster inside a virtual machine or a container'),
      entry('Origin', 'Started as a Kubernetes subproject'),
      entry('Complexity', 'Low, one command starts everything'),
    ]);
    expect(of([pros, labels], 'define')).toEqual([]);
    expect(of([pros, labels], 'identify')).toEqual([]);
    expect(of([pros, labels], 'member')).toEqual([]);
  });

  it('never offers the detail of the same term from elsewhere, nor a detail twice', () => {
    const manager = terms('kcm', 'kube-controller-manager', ['Control plane', 'kube-controller-manager'], [
      entry('Node Controller', 'Watches node heartbeats and evicts pods from lost nodes'),
      entry('Job Controller', 'Creates pods for a Job until enough of them succeed'),
    ]);
    const cloud = terms('ccm', 'cloud-controller-manager', ['Control plane', 'cloud-controller-manager'], [
      entry('Node Controller', 'Labels nodes with their zone and deletes nodes whose instance is gone'),
      entry('Route Controller', 'Writes routes so pods on different nodes can reach each other'),
      entry('Service Controller', 'Creates pods for a Job until enough of them succeed'),
    ]);
    for (let seed = 0; seed < 20; seed++) {
      const qs = of([manager, cloud], 'define', seed);
      for (const q of bySubject(qs, 'Node Controller')) {
        const other = q.bank === 'kcm' ? cloud.entries[0]?.detail : manager.entries[0]?.detail;
        expect(q.choices).not.toContain(other);
      }
      for (const q of qs) expect(new Set(q.choices.map(matchKey)).size).toBe(q.choices.length);
    }
  });
});

describe('identify', () => {
  it('shows the detail and asks for the term', () => {
    const q = one(of(everything, 'identify'), 'Readiness Probe');
    expect(q.prompt).toBe('In "kubelet", which one matches this description?\nTakes the pod out of the endpoints while the check fails');
    expect(right(q)).toBe('Readiness Probe');
    expect(wrong(q)).toEqual(expect.arrayContaining(['Liveness Probe', 'Startup Probe']));
  });

  it('does not ask a description that names its term or the word that sets it apart', () => {
    const bank = terms('wl', 'Workload objects', ['Workloads'], [
      entry('Pod', 'The smallest deployable unit; a pod groups containers that share a network namespace'),
      entry('DaemonSet', 'Runs one copy on every machine, DS for short', ['DS']),
      entry('ReplicaSet', 'Keeps a fixed number of identical copies running'),
      entry('StatefulSet', 'Gives each copy a stable name and its own storage'),
    ]);
    const controllers = terms('ctl', 'Controllers', ['Workloads', 'Controllers'], [
      entry('Job Controller', 'Creates pods for every Job until it completes'),
      entry('Node Controller', 'Marks machines unreachable when their heartbeats stop'),
      entry('Route Controller', 'Writes routes so pods on different machines reach each other'),
    ]);
    const qs = of([bank, controllers], 'identify');
    // Blanked out, `a ____ groups containers` and `for every ____` point at the answer just the same.
    expect(bySubject(qs, 'Pod')).toEqual([]);
    expect(bySubject(qs, 'Job Controller')).toEqual([]);
    // An abbreviation and its expansion are asked by acronym and typed questions instead.
    expect(bySubject(qs, 'DaemonSet')).toEqual([]);
    // `Writes routes…` names Route Controller by the word that sets it apart from the others.
    expect(qs.map((q) => q.subject).sort()).toEqual(['Node Controller', 'ReplicaSet', 'StatefulSet']);
    for (const q of qs) {
      const names = [...bank.entries, ...controllers.entries].find((e) => e.term === q.subject);
      for (const name of [names?.term ?? '', ...(names?.aliases ?? [])]) expect(matchKey(q.prompt)).not.toContain(matchKey(name));
    }
  });

  it('skips a term it cannot hide (inside a longer word) or that is all the detail says', () => {
    const bank = terms('jobs', 'Batch', ['Batch'], [
      entry('Job', 'Works like a CronJob that runs only once'),
      entry('CronJob', 'Starts a new run on a timetable, again and again'),
      entry('Suspend', 'Suspend'),
      entry('Backoff', 'Backoff.'),
      entry('Deployment', 'Rolls out new versions of stateless replicas'),
      entry('DaemonSet', 'Keeps a copy on each machine'),
    ]);
    const subjects = of([bank], 'identify').map((q) => q.subject);
    expect(subjects).toEqual(['CronJob', 'Deployment', 'DaemonSet']);
  });

  it('does not offer another term described the same way', () => {
    const a = terms('a', 'Set A', ['Sets'], [
      entry('AlphaSet', 'Keeps one replica per node'),
      entry('BetaJob', 'Runs a task to completion'),
      entry('EpsilonScaler', 'Scales with the load it sees'),
    ]);
    const b = terms('b', 'Set B', ['Sets'], [entry('GammaSet', 'Keeps one replica per node'), entry('DeltaCron', 'Restarts on a schedule')]);
    for (let seed = 0; seed < 10; seed++) {
      const q = one(of([a, b], 'identify', seed), 'AlphaSet');
      expect(q.choices).not.toContain('GammaSet');
    }
  });
});

describe('member', () => {
  // Outsiders are things of the same kind (by their list's title): other types, other policies, other ways.
  const strategyTypes = terms('strat', 'Update strategy types', ['Workloads'], [
    entry('RollingUpdate', 'Replaces the copies a few at a time'),
    entry('Recreate', 'Stops every copy before starting the new ones'),
    entry('OnDelete', 'Replaces a copy only when someone deletes it'),
  ]);
  const reclaim = terms('reclaim', '回收策略', ['存储'], [
    entry('保留', '释放后保留数据，等管理员手动处理'),
    entry('删除', '释放后连同后端存储一起删除'),
    entry('回收', '清空数据后让卷重新可用'),
  ], { lang: 'zh' });
  // Ways among ways of the same note: 调度方式 takes its outsiders from 服务暴露方式 beside it, not
  // from policies (ways of another note are another subject's: tests/questions/note-context.test.ts).
  const exposing = terms('exposing', '服务暴露方式', ['服务'], [
    entry('节点端口', '在每个节点上打开同一个端口，把流量转给服务'),
    entry('负载均衡器', '向云厂商申请一个外部负载均衡器指向服务'),
    entry('入口网关', '按域名和路径把 HTTP 请求路由到不同的服务'),
  ], { file: 'notes/zh.md', lang: 'zh' });
  const withOutsiders = [...everything, strategyTypes, reclaim, exposing];

  it('asks which choice belongs to a title, and which does not', () => {
    const qs = bySubject(of(withOutsiders, 'member'), 'Service types');
    expect(qs).toHaveLength(2);
    const [is, not] = qs as [Question, Question];
    const members = new Set(serviceTypes.entries.map((e) => e.term));
    expect(is.prompt).toBe('Which of these belongs to "Service types"?');
    expect(members.has(right(is))).toBe(true);
    expect(wrong(is).some((c) => members.has(c))).toBe(false);
    expect(not.prompt).toBe('Which of these does NOT belong to "Service types"?');
    expect(members.has(right(not))).toBe(false);
    expect(wrong(not).every((c) => members.has(c))).toBe(true);
    expect(not.choices).toHaveLength(4);
    expect(is.id).not.toBe(not.id);
  });

  it('words it in Chinese for Chinese notes', () => {
    const [is, not] = bySubject(of(withOutsiders, 'member'), '调度方式') as [Question, Question];
    expect(is.prompt).toBe('哪一项属于「调度方式」？');
    expect(not.prompt).toBe('哪一项不属于「调度方式」？');
  });

  it('never borrows from banks nested under the title, nor a name of the title itself', () => {
    const components = terms('comp', 'Node components', ['Cluster'], [
      entry('kubelet', 'Runs the pods of its node'),
      entry('kube-proxy', 'Programs the service rules of its node'),
      entry('container runtime', 'Pulls images and runs containers'),
    ]);
    const kubeletChildren = terms('kc', 'kubelet', ['Cluster', 'kubelet'], [
      entry('Liveness Probe', 'Restarts a stuck container'),
      entry('Readiness Probe', 'Gates traffic to the pod'),
    ]);
    const elsewhere = terms('else', 'Storage objects', ['Storage'], [
      entry('PersistentVolume', 'A piece of storage in the cluster'),
      entry('StorageClass', 'Describes how volumes are provisioned'),
      entry('VolumeSnapshot', 'A point-in-time copy of a volume'),
      entry('Node components', 'Not a member, but the title itself'),
    ]);
    for (let seed = 0; seed < 20; seed++) {
      for (const q of bySubject(of([components, kubeletChildren, elsewhere], 'member', seed), 'Node components')) {
        expect(q.choices).not.toContain('Liveness Probe');
        expect(q.choices).not.toContain('Readiness Probe');
        expect(q.choices).not.toContain('Node components');
      }
    }
  });

  it('never offers a name that contains the core of the title', () => {
    const extra = terms('more', 'More networking', ['Networking', 'More'], [
      entry('Headless Service', 'A service without a cluster address'),
      entry('EndpointSlice', 'Lists the addresses behind a service'),
      entry('Ingress', 'Routes HTTP from outside to services'),
      entry('NetworkPolicy', 'Allows or denies traffic between pods'),
    ]);
    for (let seed = 0; seed < 20; seed++) {
      for (const q of bySubject(of([serviceTypes, extra], 'member', seed), 'Service types')) expect(q.choices).not.toContain('Headless Service');
    }
  });

  it('skips titles that are not categories, and "not" under a heading or with fewer than three members', () => {
    const loose = terms('loose', 'Other terms', ['Other terms'], [entry('Raft', 'A consensus algorithm'), entry('gRPC', 'A remote call framework')]);
    const heading = terms('heading', 'Control plane components', ['Cluster', 'Control plane components'], [
      entry('etcd', 'Stores the cluster state'),
      entry('kube-scheduler', 'Places pods on nodes'),
      entry('kube-apiserver', 'Serves the API'),
    ]);
    const pair = terms('pair', 'Update strategies', ['Workloads'], [entry('Recreate', 'Kill all, then start'), entry('RollingUpdate', 'Replace gradually')]);
    // Outsiders are of the same kind and look like the members (lower-case component names here).
    const tools = terms('tools', 'Node components', ['Cluster', 'Node components'], [entry('kubelet', 'Runs the pods of its machine'), entry('kube-proxy', 'Programs the service rules'), entry('containerd', 'Runs the containers')]);
    const qs = of([loose, heading, pair, serviceTypes, tools], 'member');
    expect(bySubject(qs, 'Other terms')).toEqual([]);
    expect(bySubject(qs, 'Control plane components').map((q) => q.prompt)).toEqual(['Which of these belongs to "Control plane components"?']);
    // Two members are not a group worth asking about.
    expect(bySubject(qs, 'Update strategies')).toEqual([]);
  });

  it('asks only of groups of named things, with outsiders of the same shape', () => {
    const modes = terms('modes2', 'Access modes', ['Storage'], [
      entry('ReadWriteOnce', 'One node reads and writes'),
      entry('ReadOnlyMany', 'Many nodes read'),
      entry('ReadWriteMany', 'Many nodes read and write'),
    ]);
    const fields = terms('fields', 'PV fields', ['Storage', 'Fields'], [
      entry('capacity.storage', 'How big the volume is'),
      entry('hostPath', 'A directory of the machine'),
      entry('Retain', 'Keep the data when released'),
      entry('Delete', 'Remove the data when released'),
    ]);
    for (let seed = 0; seed < 10; seed++) {
      for (const q of bySubject(of([modes, fields], 'member', seed), 'Access modes')) {
        for (const c of q.choices) expect(c).not.toMatch(/capacity\.storage|hostPath/);
      }
    }
    const sentence = terms('sent', 'CNI 由三大核心部分构成', ['网络'], [
      entry('插件', '负责配置网络'),
      entry('IPAM', '负责分配地址'),
      entry('配置文件', '描述使用哪些插件'),
    ], { lang: 'zh' });
    expect(of([sentence], 'member')).toEqual([]);
    expect(of([sentence], 'multi')).toEqual([]);
  });
});

describe('order', () => {
  it('shuffles the steps of a steps bank and keeps the way back', () => {
    // (The bank alone: what other banks hold does not change how its steps are shuffled.)
    for (let seed = 0; seed < 50; seed++) {
      const q = one(of([rollout], 'order', seed), 'Rolling update');
      const answer = q.answer as number[];
      expect(answer.map((i) => q.choices[i])).toEqual(rollout.steps.map((s) => s.text));
      expect(answer).not.toEqual([0, 1, 2, 3]);
    }
    const zh = one(of(everything, 'order'), '发布流程');
    expect(zh.prompt).toBe('请按正确顺序排列「发布流程」的步骤：');
    expect((zh.answer as number[]).map((i) => zh.choices[i])).toEqual(release.steps.map((s) => s.text));
  });

  it('orders the stages of a sequence the note marks (stages that are actions)', () => {
    const stages = terms('pv', 'Volume lifecycle', ['Storage'], [
      entry('Provisioning', 'The volume is made, by hand or by a provisioner'),
      entry('Binding', 'A claim is matched to the volume'),
      entry('Using', 'Pods mount the claim'),
      entry('Reclaiming', 'The released volume is kept, wiped or deleted'),
    ], { sequential: true });
    const q = one(of([stages], 'order'), 'Volume lifecycle');
    expect(q.prompt).toBe('Put the stages of "Volume lifecycle" in order, first to last.');
    expect((q.answer as number[]).map((i) => q.choices[i])).toEqual(['Provisioning', 'Binding', 'Using', 'Reclaiming']);
    expect(q.explanation.split('\n')[0]).toContain('1. Provisioning');
  });

  it('needs three distinct steps, and a sequence', () => {
    const short = steps('short', 'Two steps', ['X'], ['Drain the node', 'Upgrade the node']);
    const dup = steps('dup', 'Repeats', ['X'], ['Check', 'Wait', 'Check']);
    expect(of([short, dup, serviceTypes], 'order')).toEqual([]);
  });

  it('does not order a runbook whose steps only look, titled like headings', () => {
    const runbook = steps('dash', 'Enabling the dashboard', ['Lab'], ['List Current Addons', 'Enable the Metrics Server', 'Enable the Dashboard', 'Verify Addon States', 'Open the Dashboard']);
    expect(of([runbook], 'order')).toEqual([]);
    expect(of([runbook], 'next')).toEqual([]);
  });

  it('asks a long procedure a window of four consecutive steps at a time', () => {
    const texts = ['Cordon the node', 'Drain its pods', 'Stop the kubelet', 'Upgrade the packages', 'Restart the kubelet', 'Check the node is Ready', 'Uncordon the node', 'Watch the pods return', 'Record the new version'];
    const long = steps('up', 'Node upgrade', ['Ops'], texts);
    const qs = of([long], 'order');
    expect(qs.length).toBeGreaterThanOrEqual(2);
    expect(qs.length).toBeLessThanOrEqual(3);
    for (const q of qs) {
      expect(q.choices).toHaveLength(4);
      const ordered = (q.answer as number[]).map((i) => q.choices[i] as string);
      const from = texts.indexOf(ordered[0] as string);
      expect(ordered).toEqual(texts.slice(from, from + 4));
      expect(q.prompt).toContain(`steps ${from + 1}–${from + 4} of "Node upgrade" (9 steps in all)`);
      if (from > 0) expect(q.prompt).toContain(`They come right after: ${texts[from - 1]}`);
    }
    expect(qs.map((q) => (q.answer as number[]).map((i) => q.choices[i])[0])).toContain('Cordon the node');
    expect(qs.map((q) => (q.answer as number[]).map((i) => q.choices[i]).at(-1))).toContain('Record the new version');
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
  });

  it('does not order a checklist, a procedure with steps said to run alongside, or steps that number themselves', () => {
    const checklist = steps('ck', 'Service 不通排查步骤', ['排障'], ['确认 Pod 就绪', '检查 EndpointSlice', '核对 selector', '核对 targetPort'], { lang: 'zh' });
    const parallel = steps('par', 'Pod shutdown', ['Pods'], ['The pod is marked for deletion', 'The endpoints drop the pod', 'At the same time as the endpoints change, the kubelet runs preStop', 'SIGTERM is sent']);
    const numbered = steps('num', 'Setup', ['Ops'], ['Step 1 install the runtime', 'Step 2 install kubeadm', 'Step 3 run kubeadm init']);
    expect(of([checklist, parallel, numbered], 'order')).toEqual([]);
    expect(of([checklist, parallel, numbered], 'next')).toEqual([]);
    // A checklist is still walked through from memory.
    expect(of([checklist], 'recall').map((q) => q.subject)).toEqual(['Service 不通排查步骤']);
  });
});

describe('acronym', () => {
  it('asks which abbreviation a description names, among abbreviations, with both names hidden', () => {
    const q = one(of(everything, 'acronym'), 'CNI');
    expect(q.prompt).toBe('In "Plugin interfaces", which abbreviation is this?\nGives each pod an address and wires it into the cluster');
    expect(right(q)).toBe('CNI');
    expect(wrong(q)).toEqual(expect.arrayContaining(['CRI', 'CSI']));
    expect(q.explanation).toContain('**CNI** = Container Network Interface');
  });

  it('does not ask where the description says the words the letters stand for', () => {
    // "read-write by a single node": Read, Write, Once — RWO by its letters.
    expect(bySubject(of(everything, 'acronym'), 'ReadWriteOnce')).toEqual([]);
  });

  it('never asks an expansion as a choice: only one option would have the letters', () => {
    for (const seed of [1, 2, 3]) {
      for (const q of allQuestions(everything, { seed }).filter((x) => x.type === 'acronym')) {
        expect(q.prompt).not.toMatch(/stand for|全称|abbreviation of|缩写是/);
        for (const c of q.choices) expect(c).toMatch(/^[A-Z][A-Za-z0-9&-]{1,9}$/);
      }
    }
  });

  it('leaves translations alone and never offers another spelling of the answer', () => {
    const bank = terms('tr', 'Glossary', ['Glossary'], [
      entry('自定义资源定义', '扩展 API 的方式', ['Custom Resource Definition']),
      entry('CNI', 'How runtimes ask for pod networking', ['Container Network Interface']),
      entry('Container Network Interface plugins', 'Calico, Cilium and friends'),
      entry('CRI', 'How the kubelet talks to runtimes', ['Container Runtime Interface']),
    ]);
    const qs = of([bank, accessModes], 'acronym');
    expect(qs.some((q) => q.subject === '自定义资源定义')).toBe(false);
    for (const q of bySubject(qs, 'CNI')) expect(wrong(q).some((c) => c.startsWith('Container Network Interface'))).toBe(false);
  });
});

describe('typed', () => {
  it('asks an expansion to be typed, with the other spellings accepted', () => {
    const q = one(of(everything, 'typed').filter((x) => x.bank === 'modes'), 'CSI');
    expect(q.prompt).toBe('What does CSI stand for? Type it out.');
    expect(q.answer).toBe('Container Storage Interface');
    expect(q.choices).toEqual([]);
    const rwo = one(of(everything, 'typed'), 'ReadWriteOnce');
    expect(rwo.answer).toBe('ReadWriteOnce');
  });

  it('does not ask the expansion of an abbreviation that spells a word of it', () => {
    const bank = terms('fs', 'Kernel mechanisms', ['Runtime'], [
      entry('UnionFS', 'Stacks read-only layers under one writable layer', ['Union File System']),
      entry('SELinux', 'Labels every process and file and checks each access', ['Security-Enhanced Linux']),
      entry('CNI', 'Gives each pod an address', ['Container Network Interface']),
    ]);
    expect(of([bank], 'typed').map((q) => q.subject)).toEqual(['CNI']);
  });

  it('does not ask the expansion of one word shortened (NET for Network, MNT for Mount)', () => {
    const bank = terms('ns', 'Linux namespaces', ['Runtime'], [
      entry('NET', 'Gives each namespace its own interfaces, addresses and routes', ['Network']),
      entry('MNT', 'Gives each namespace its own set of mount points', ['Mount']),
      entry('UTS', 'Gives each namespace its own hostname', ['UNIX Time-sharing System']),
    ]);
    const prompts = of([bank], 'typed').map((q) => q.prompt);
    expect(prompts.filter((p) => /NET|MNT/.test(p) && /stand for/.test(p))).toEqual([]);
    expect(prompts).toContain('What does UTS stand for? Type it out.');
  });

  it('asks a short identifier from its description, never where the description shows it', () => {
    const bank = terms('rbac', 'RBAC objects', ['Security'], [
      entry('RoleBinding', 'Grants a set of permissions to users within one namespace'),
      entry('ClusterRole', 'A set of permissions that applies to the whole cluster'),
      entry('Password', 'Kept in a secret next to the user name'),
    ]);
    const qs = of([bank], 'typed');
    const q = one(qs, 'RoleBinding');
    expect(q.prompt).toBe('In "RBAC objects", type the name of what this describes:\nGrants a set of permissions to users within one namespace');
    expect(q.answer).toBe('RoleBinding');
    // "cluster" in the description spells ClusterRole; `Password` is a label, not a name.
    expect(bySubject(qs, 'ClusterRole')).toEqual([]);
    expect(bySubject(qs, 'Password')).toEqual([]);
  });
});

describe('cloze', () => {
  it('blanks a port and offers other ports and near numbers', () => {
    const q = one(of(everything, 'cloze'), 'kube-apiserver');
    expect(q.prompt).toBe('Fill in the blank (kube-apiserver):\nServes the whole API over TLS on port ____ by default');
    expect(right(q)).toBe('6443');
    expect(q.choices).toHaveLength(4);
    expect(q.choices).toContain('2379');
    // Other ports a cluster has, never a number near 6443 that no component listens on (6442, 6453).
    for (const c of q.choices) expect(['2379', '2380', '6443', '8443', '8472', '9090', '9093', '9100', '10250', '5432', '5601', '6379', '8080', '4789', '5000', '3306', '10251', '10252', '10255', '10256', '10257', '10259'], c).toContain(c);
  });

  it('keeps the unit, and never offers a number the sentence already shows', () => {
    const grace = one(of(everything, 'cloze'), 'Grace period');
    expect(right(grace)).toBe('30s');
    expect(grace.choices.every((c) => /^\d+s$/.test(c))).toBe(true);
    const bank = terms('etcd', 'etcd', ['Storage'], [entry('Ports', 'By default clients use 2379, peers use 2380')]);
    const q = one(of([bank], 'cloze'), 'Ports');
    expect(q.choices).not.toContain(right(q) === '2379' ? '2380' : '2379');
  });

  it('blanks Chinese counted numbers', () => {
    const q = one(of(everything, 'cloze'), '控制平面副本');
    expect(q.prompt).toBe('填空（控制平面副本）：\n生产环境一般至少部署____控制平面实例');
    expect(right(q)).toBe('三个');
    expect(q.choices.every((c) => c.endsWith('个'))).toBe(true);
    const calico = one(of(everything, 'cloze'), 'Calico');
    expect(right(calico)).toBe('三层');
    expect(calico.choices).toContain('二层');
  });

  it('skips a number that occurs twice, and digits inside names', () => {
    const bank = terms('x', 'Misc', ['Misc'], [
      entry('Retries', 'Retries 3 times and waits 3 minutes'),
      entry('Protocol', 'Speaks HTTP/2 to K8s nodes via the v1 API'),
    ]);
    expect(of([bank], 'cloze')).toEqual([]);
  });

  it('blanks a number in a step', () => {
    const bank = steps('term', 'Pod shutdown', ['Pods'], [
      'The pod is marked Terminating',
      'The preStop hook runs',
      'After 30s by default the remaining processes get SIGKILL',
    ]);
    const q = one(of([bank], 'cloze'), 'After 30s by default the remaining processes get SIGKILL');
    expect(q.prompt).toBe('Fill in the blank (Pod shutdown):\nAfter ____ by default the remaining processes get SIGKILL');
    expect(q.source.line).toBe(bank.steps[2]?.line);
  });

  it('blanks a stressed name only among the names it is listed with', () => {
    const roles = terms('roles', 'Raft roles', ['Distributed'], [
      entry('Leader', 'Accepts every write and replicates it'),
      entry('Follower', 'Copies the log it is sent'),
      entry('Candidate', 'Asks the others for votes'),
    ]);
    const withBold = { ...entry('Raft', 'Elects a Leader that replicates the log to the others'), bold: ['Leader'] };
    const consensus = terms('raft', 'Consensus', ['Distributed'], [withBold, entry('Quorum', 'More than half of the members')]);
    const q = one(of([consensus, roles], 'cloze'), 'Raft');
    expect(q.prompt).toContain('Elects a ____ that replicates');
    expect(right(q)).toBe('Leader');
    expect(wrong(q).sort()).toEqual(['Candidate', 'Follower']);
  });

  it('does not blank a stressed phrase that is no listed name (its wrong answers would be of another kind)', () => {
    const withBold = { ...entry('Stateful app', 'Keeps its session data between requests'), bold: ['session data'] };
    const bank = terms('apps', 'Application kinds', ['Apps'], [withBold, entry('Stateless app', 'Any instance can serve any request'), entry('Batch job', 'Runs to completion')]);
    expect(of([bank], 'cloze')).toEqual([]);
  });

    it('blanks the number in a fact the section states in plain text', () => {
    const bank = { ...terms('cp', 'Control plane', ['Cluster'], [entry('etcd', 'Stores the cluster state'), entry('kube-scheduler', 'Picks a node for new Pods')]), facts: [{ text: 'A production control plane runs at least 3 etcd members', line: 40 }] };
    const q = one(of([bank], 'cloze'), 'A production control plane runs at least 3 etcd members');
    expect(q.prompt).toContain('runs at least ____ etcd members');
    expect(right(q)).toBe('3');
    expect(q.source.line).toBe(40);
  });

  it('never offers the entry being asked about as a wrong answer for its bold span', () => {
    const withBold = { ...entry('Stateful app', 'Unlike a Batch job it keeps running and holds session data'), bold: ['Batch job'] };
    const bank = terms('apps', 'Application kinds', ['Apps'], [withBold, entry('Stateless app', 'Any instance can serve any request'), entry('Batch job', 'Runs to completion'), entry('Cron job', 'Runs on a schedule')]);
    const q = one(of([bank], 'cloze'), 'Stateful app');
    expect(right(q)).toBe('Batch job');
    expect(q.choices.map(matchKey)).not.toContain(matchKey('Stateful app'));
  });
});

describe('recall', () => {
  it('asks qa pairs as they are', () => {
    const qs = bySubject(of(everything, 'recall'), 'Why run an odd number of etcd members?');
    expect(qs).toHaveLength(1);
    expect(qs[0]?.answer).toBe(interview.pairs[1]?.answer);
    expect(qs[0]?.choices).toEqual([]);
  });

  it('asks to explain terms with a detail worth explaining, and step lists', () => {
    const bank = terms('r', 'Words', ['Words'], [entry('Taint', 'Repels pods'), entry('Toleration', 'Lets a pod land on a node whose taints it accepts')]);
    const qs = of([bank, release], 'recall');
    expect(qs.map((q) => q.prompt)).toEqual(['Explain: Toleration', '请说出「发布流程」的步骤。']);
    expect(qs[0]?.answer).toBe('Lets a pod land on a node whose taints it accepts');
    expect(qs[1]?.answer).toContain('1. 提交新的镜像版本并更新清单');
    const zh = one(of(chinese, 'recall'), '优先级抢占');
    expect(zh.prompt).toBe('解释一下：优先级抢占（调度方式）');
  });

  it('asks an aspect about its thing, and never explains a label, a symptom or an instruction', () => {
    const hpa = terms('hpa', 'HPA', ['Autoscaling', 'HPA'], [
      entry('计算公式', '期望副本数等于当前副本数乘以当前指标与目标指标之比，再向上取整'),
      entry('说明', '这一段只是笔记里的补充说明，没有要考的内容，写得比较长'),
    ], { lang: 'zh' });
    const lab = terms('lab', 'Troubleshooting', ['Lab'], [
      entry('Copy Fails', 'The destination folder was missing, so the copy could not finish'),
      entry('Expected', 'You should see three pods running in the demo namespace after a while'),
      entry('Run the check', 'Make sure the service answers on its port before going further'),
      entry('kubectl get pods -A shows every pod', 'Lists the pods of all namespaces in one table'),
    ]);
    const qs = of([hpa, lab], 'recall');
    expect(qs.map((q) => q.prompt)).toEqual(['「HPA」的计算公式是什么？']);
  });
});

describe('language', () => {
  it('follows each bank, unless one is asked for', () => {
    const mixed = allQuestions(everything, { seed: 1 });
    expect(mixed.filter((q) => q.bank === scheduling.id).every((q) => q.lang === 'zh')).toBe(true);
    expect(mixed.filter((q) => q.bank === serviceTypes.id).every((q) => q.lang === 'en')).toBe(true);
    const zh = allQuestions(english, { seed: 1, lang: 'zh' });
    expect(one(zh.filter((q) => q.type === 'define'), 'NodePort').prompt).toBe('在「Service types」中，「NodePort」指的是？');
    expect(zh.every((q) => q.lang === 'zh')).toBe(true);
    const en = allQuestions(chinese, { seed: 1, lang: 'en' });
    expect(one(en.filter((q) => q.type === 'define'), '节点亲和性').prompt).toBe('In "调度方式", what is 节点亲和性?');
  });
});

describe('ids', () => {
  const idsBySubject = (banks: Bank[]): Map<string, string[]> => {
    const map = new Map<string, string[]>();
    for (const q of allQuestions(banks, { seed: 1 })) map.set(q.subject, [...(map.get(q.subject) ?? []), `${q.type}:${q.id}`].sort());
    return map;
  };

  it('survive moving the file, new entries and reworded details', () => {
    const before = idsBySubject([ports, probes]);
    const moved = { ...ports, source: { file: 'elsewhere/renamed.md', line: 999 } };
    const grown = {
      ...probes,
      source: { file: 'elsewhere/renamed.md', line: 1 },
      entries: [
        entry('Exec action', 'Runs a command inside the container and checks its exit code'),
        ...probes.entries.map((e) => ({ ...e, line: e.line + 40, detail: `${e.detail}, as configured` })),
      ],
    };
    const after = idsBySubject([moved, grown]);
    for (const subject of ['Liveness Probe', 'Readiness Probe', 'kube-apiserver', 'etcd', 'Grace period', 'kubelet', 'Control plane']) {
      expect(after.get(subject), subject).toEqual(before.get(subject));
    }
  });

  it('are unique, even for two entries of one name', () => {
    const twice = terms('twice', 'Twice', ['T'], [
      entry('Lease', 'A heartbeat object kept per node'),
      entry('Lease', 'A lock object used for leader election'),
      entry('Event', 'A record of something that happened to an object'),
    ]);
    const qs = allQuestions([twice, ...everything], { seed: 1 });
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
    expect(qs.some((q) => q.id.endsWith('-2'))).toBe(true);
  });

  it('differ by type and by bank, not by seed', () => {
    const qs = allQuestions(everything, { seed: 1 });
    const nodePort = bySubject(qs, 'NodePort');
    expect(new Set(nodePort.map((q) => q.id)).size).toBe(nodePort.length);
    expect(allQuestions(everything, { seed: 2 }).map((q) => q.id)).toEqual(qs.map((q) => q.id));
    const copy = { ...serviceTypes, id: 'svc-copy' };
    expect(bySubject(allQuestions([copy], { seed: 1 }), 'NodePort')[0]?.id).not.toBe(nodePort[0]?.id);
  });
});

describe('ha fixture sanity', () => {
  it('is Chinese', () => {
    expect(ha.lang).toBe('zh');
  });
});
