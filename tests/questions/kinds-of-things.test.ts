import { describe, expect, it } from 'vitest';
import { collect, parseNote } from '../../src/core/notes/parse.js';
import { allQuestions } from '../../src/core/questions/index.js';
import { kindOfTitle, oddOneStandsOut } from '../../src/core/questions/entries.js';
import { findNumbers, formatLike, neighbours } from '../../src/core/questions/numbers.js';
import type { Bank, Question, QuestionType } from '../../src/core/types.js';
import { belongsInFact, isTechnicalName } from '../../src/core/text/index.js';
import { entry, qa, steps, terms } from './fixtures.js';

// Choices of one kind: wrong answers that a person could rule out by their kind or their
// words, without knowing the subject, make a question unfair. Each case here is one a blind
// review turned down.

const of = (banks: Bank[], type: QuestionType, seed = 1): Question[] => allQuestions(banks, { seed }).filter((q) => q.type === type);
const right = (q: Question): string => q.choices[q.answer as number] as string;
const wrong = (q: Question): string[] => q.choices.filter((_, i) => i !== q.answer);

describe('the kind a group names', () => {
  it('is read from the last word of its title, in either language, with synonyms together', () => {
    expect(kindOfTitle('Container states')).toBe('state');
    expect(kindOfTitle('Pod phases')).toBe('state');
    expect(kindOfTitle('Pod 的阶段')).toBe('state');
    expect(kindOfTitle('Service types')).toBe('type');
    expect(kindOfTitle('Network objects')).toBe('type');
    expect(kindOfTitle('VPA update modes')).toBe('mode');
    expect(kindOfTitle('访问模式')).toBe('mode');
    expect(kindOfTitle('回收策略')).toBe('policy');
    expect(kindOfTitle('Image pull policies')).toBe('policy');
    // An update strategy among access modes stands out: policies and modes are kinds apart.
    expect(kindOfTitle('Update strategies')).not.toBe(kindOfTitle('Access modes'));
    expect(kindOfTitle('调度方式')).toBe('way');
    // A network plugin among workload controllers stands out: plugins are a kind of their own.
    expect(kindOfTitle('CNI plugins')).not.toBe(kindOfTitle('Workload controllers'));
    expect(kindOfTitle('Node components')).toBe(kindOfTitle('Workload controllers'));
    // Admission controllers are plugins of the API server: a workload or an Ingress controller among them stands out.
    expect(kindOfTitle('常见准入控制器')).not.toBe(kindOfTitle('工作负载控制器'));
    expect(kindOfTitle('Common admission controllers')).toBe(kindOfTitle('准入插件'));
    expect(kindOfTitle('Ingress 控制器')).toBe(kindOfTitle('Workload controllers'));
    expect(kindOfTitle('NetworkPolicy fields')).toBe('field');
    expect(kindOfTitle('Debugging tools')).toBe('tool');
    expect(kindOfTitle('常见容器运行时')).toBe(kindOfTitle('底层运行时'));
    expect(kindOfTitle('node.kubernetes.io 前缀的内置污点')).toBe('污点');
  });

  it('is none for a title that is a name itself (a bullet over its children)', () => {
    expect(kindOfTitle('kube-controller-manager')).toBeNull();
    expect(kindOfTitle('kubelet')).toBeNull();
  });
});

describe('member and multi outsiders', () => {
  const taints = terms('taints', '内置污点', ['污点与容忍'], [
    entry('not-ready', '节点尚未就绪'),
    entry('unreachable', '控制平面联系不上节点'),
    entry('memory-pressure', '节点内存不足'),
    entry('disk-pressure', '节点磁盘空间不足'),
  ], { lang: 'zh' });
  const tolerationFields = terms('tolfields', '容忍的字段', ['污点与容忍'], [
    entry('operator', 'Equal 或 Exists'),
    entry('effect', '匹配哪一种效果'),
    entry('tolerationSeconds', '被驱逐前还能留多久'),
  ], { lang: 'zh' });

  it("take no other tool's components as outsiders: no image registry or ingress proxy among workload controllers", () => {
    const workloads = parseNote('k8s/workloads.md', ['## Workload controllers', '', '- Deployment: rolls out stateless Pods through ReplicaSets', '- StatefulSet: gives each Pod a fixed name and its own volume', '- DaemonSet: runs one Pod on every chosen node', '- Job: runs Pods until a number of them succeed', ''].join('\n'));
    const docker = parseNote('k8s/docker.md', ['## Docker components', '', '- Registry: stores and serves image layers', '- BuildKit: the engine that builds images from a Dockerfile', '- containerd: the runtime that runs the containers', ''].join('\n'));
    const ingress = parseNote('k8s/ingress.md', ['## Ingress controllers', '', '- Traefik: an edge proxy that reads Ingress objects', '- ingress-nginx: the community controller built on NGINX', '- HAProxy Ingress: a controller built on HAProxy', ''].join('\n'));
    const banks = collect([workloads, docker, ingress]).banks;
    for (let seed = 0; seed < 6; seed++) {
      for (const type of ['member', 'multi'] as const) {
        for (const q of of(banks, type, seed).filter((x) => /Workload controllers/.test(x.prompt))) {
          for (const c of q.choices) expect(['Registry', 'BuildKit', 'containerd', 'Traefik', 'ingress-nginx', 'HAProxy Ingress'], q.prompt).not.toContain(c);
        }
      }
    }
  });

  it('are never of another kind: toleration fields are not offered among taints', () => {
    for (let seed = 0; seed < 10; seed++) {
      for (const type of ['member', 'multi'] as const) {
        for (const q of of([taints, tolerationFields], type, seed)) {
          expect(q.subject).not.toBe('内置污点');
        }
      }
    }
  });

  it('come from a list of the same kind, even in another section', () => {
    const containerStates = terms('cs', 'Container states', ['Pods', 'Containers'], [
      entry('Waiting', 'not started yet'),
      entry('Terminated', 'the process ended'),
      entry('Restarting', 'started again after it ended'),
    ]);
    const phases = terms('ph', 'Pod phases', ['Lifecycle'], [
      entry('Pending', 'accepted but not running yet'),
      entry('Succeeded', 'every container exited with 0'),
      entry('Failed', 'a container exited with an error'),
      entry('Unknown', 'the node cannot be reached'),
    ]);
    const tools = terms('tools', 'Debugging tools', ['Lifecycle'], [entry('Tcpdump', 'captures packets'), entry('Strace', 'traces system calls'), entry('Netstat', 'lists sockets')]);
    const qs = of([containerStates, phases, tools], 'member').filter((q) => q.subject === 'Pod phases');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) for (const c of q.choices) expect(['Tcpdump', 'Strace', 'Netstat']).not.toContain(c);
  });

  it('are no kin of the members: no other `…-gen` among code generators, no `Additional Macros` among macros', () => {
    const generators = [
      '# code-generator',
      '',
      '## Build',
      '',
      'The tools it builds:',
      '',
      '- `conversion-gen`: converts between API versions',
      '- `deepcopy-gen`: writes DeepCopy methods',
      '- `defaulter-gen`: writes defaulting functions',
      '',
      '## Clients',
      '',
      'code-generator:',
      '',
      '- `client-gen`: a typed clientset',
      '- `lister-gen`: listers reading the informer cache',
      '- `informer-gen`: shared informers per type',
      '',
    ].join('\n');
    const macros = [
      '# C4 diagrams',
      '',
      '## Context diagrams',
      '',
      '- Macros: `Person`, `Person_Ext`, `System`, `System_Ext`, `SystemDb`, `System_Boundary`, `Enterprise_Boundary`',
      '',
      '## Container diagrams',
      '',
      '- Additional Macros: `Container`, `ContainerDb`, `Container_Boundary`',
      '',
    ].join('\n');
    for (const [file, note, kin] of [
      ['notes/gen.md', generators, /-gen$/],
      ['notes/c4.md', macros, /^(?:Container|ContainerDb|Container_Boundary|Person|Person_Ext|System|System_Ext|SystemDb|System_Boundary|Enterprise_Boundary)$/],
    ] as const) {
      const banks = collect([parseNote(file, note)]).banks;
      for (let seed = 0; seed < 8; seed++) {
        for (const type of ['member', 'multi'] as const) {
          for (const q of of(banks, type, seed)) {
            const outsiders = type === 'member' && /NOT|不属于/.test(q.prompt) ? [right(q)] : type === 'member' ? wrong(q) : q.choices.filter((_, i) => !(q.answer as number[]).includes(i));
            for (const c of outsiders) expect(c, q.prompt).not.toMatch(kin);
          }
        }
      }
    }
  });

  it('of a group whose members share a word its title names, may share it: Job Controller is outside cloud-controller-manager', () => {
    const note = [
      '# Control plane',
      '',
      '## kube-controller-manager',
      '',
      '- Job Controller: creates Pods until a Job completes',
      '- Namespace Controller: deletes what a deleted namespace held',
      '- EndpointSlice Controller: keeps EndpointSlices in step with Pods',
      '',
      '## cloud-controller-manager',
      '',
      '- Node Controller: labels nodes with their zone, removes nodes whose instance is gone',
      '- Route Controller: writes routes in the cloud network',
      '- Service Controller: creates cloud load balancers for Services',
      '',
    ].join('\n');
    const banks = collect([parseNote('notes/cp.md', note)]).banks;
    const asked = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((seed) => of(banks, 'member', seed)).filter((q) => q.subject === 'cloud-controller-manager');
    expect(asked.length).toBeGreaterThan(0);
  });

  it('of a group named by a thing, come only from a list beside it: no selector operators among the namespaces a cluster starts with', () => {
    const note = [
      '# Objects',
      '',
      'Selectors come in two flavours:',
      '',
      '- `equality-based`: `=`, `==` and `!=`',
      '- `set-based`: `in`, `notin`, `exists`, `doesnotexist`',
      '',
      '## Namespace',
      '',
      'A fresh cluster already has these:',
      '',
      '- `kube-system`: where the control plane add-ons run',
      '- `default`: where objects go when no namespace is given',
      '- `kube-public`: readable by anyone, even unauthenticated',
      '- `kube-node-lease`: one Lease per node for heartbeats',
      '',
    ].join('\n');
    const banks = collect([parseNote('notes/objects.md', note)]).banks;
    const operators = ['in', 'notin', 'exists', 'doesnotexist'];
    for (let seed = 0; seed < 8; seed++) {
      for (const type of ['member', 'multi'] as const) {
        for (const q of of(banks, type, seed)) {
          const group = q.subject === 'Namespace' ? operators : q.subject === 'set-based' ? ['kube-system', 'default', 'kube-public', 'kube-node-lease'] : [];
          for (const c of q.choices) expect(group, q.prompt).not.toContain(c);
        }
      }
    }
  });

  it('"which is NOT" is not asked when the members shown share a word the odd one lacks', () => {
    expect(oddOneStandsOut(['vpa-updater', 'vpa-recommender', 'vpa-admission-controller'], 'cluster-autoscaler')).toBe(true);
    expect(oddOneStandsOut(['Route controller', 'Node controller', 'Service controller'], 'API aggregation layer')).toBe(true);
    expect(oddOneStandsOut(['ClusterIP', 'NodePort', 'LoadBalancer'], 'Ingress')).toBe(false);
    // Members that each open with a number (`22: SSH`) against one that does not.
    expect(oddOneStandsOut(['22: SSH', '53: DNS', '3306: MySQL'], 'Security groups')).toBe(true);
    expect(oddOneStandsOut(['22: SSH', '53: DNS', '3306: MySQL'], '6443: API server')).toBe(false);
    // Chinese members that share a character the odd one lacks (`…级`).
    expect(oddOneStandsOut(['实现级', '功能级', '结构级别'], '软件进化')).toBe(true);
    expect(oddOneStandsOut(['实现级', '功能级', '结构级别'], '领域级')).toBe(false);
    expect(oddOneStandsOut(['Deployment', 'StatefulSet'], '守护进程集')).toBe(false);
    const vpa = terms('vpa', 'VPA components', ['Autoscaling'], [
      entry('vpa-recommender', 'computes suggested requests'),
      entry('vpa-updater', 'evicts Pods far from the suggestion'),
      entry('vpa-admission-controller', 'rewrites requests of new Pods'),
    ]);
    const others = terms('hpa', 'Scaling components', ['Autoscaling'], [entry('cluster-autoscaler', 'adds machines'), entry('metrics-server', 'serves usage'), entry('prometheus-adapter', 'serves custom metrics')]);
    for (let seed = 0; seed < 10; seed++) {
      const nots = of([vpa, others], 'member', seed).filter((q) => q.subject === 'VPA components' && q.prompt.includes('NOT'));
      expect(nots).toEqual([]);
    }
  });

  it('"which belongs" is not asked when only the right choice repeats the title', () => {
    const volumes = terms('vol', '常见的存储卷类型', ['存储'], [
      entry('emptyDir', '临时的空目录'),
      entry('configMap', '非敏感的配置'),
      entry('网络存储卷', '远端存储'),
    ], { lang: 'zh' });
    const objects = terms('obj', '常见对象类型', ['存储'], [entry('集群层面日志', '收集日志'), entry('容器资源监控', '采集指标'), entry('域名解析插件', '解析名字')], { lang: 'zh' });
    for (let seed = 0; seed < 10; seed++) {
      for (const q of of([volumes, objects], 'member', seed).filter((x) => x.subject === volumes.title && !x.prompt.includes('不属于'))) {
        expect(right(q)).not.toBe('网络存储卷');
      }
    }
  });
});

describe('identify and define', () => {
  it("take a policy's wrong answers from its own family: no image pull policy as a way to route Service traffic", () => {
    const note = [
      '## 策略',
      '',
      'Service分发后端策略：',
      '',
      '- RoundRobin：轮流把请求发给后端的每一个 Pod',
      '- SessionAffinity：按客户端 IP 把同一来源的请求一直发给同一个 Pod',
      '',
      '镜像下载策略：',
      '',
      '- Always：每次创建 Pod 都重新从仓库拉取镜像',
      '- IfNotPresent：本地已有镜像时直接使用，没有才去拉取',
      '- Never：只用本地镜像，从不去仓库拉取',
      '',
    ].join('\n');
    for (let seed = 0; seed < 6; seed++) {
      for (const q of allQuestions(collect([parseNote('p.md', note)]).banks, { seed }).filter((x) => x.type === 'identify' && /Service分发后端策略/.test(x.prompt))) {
        for (const c of q.choices) expect(['Always', 'IfNotPresent', 'Never'], q.prompt).not.toContain(c);
      }
    }
  });

  it('offer siblings of the list whatever their words, and no names from a list of another kind', () => {
    const modes = terms('modes', 'VPA update modes', ['Autoscaling'], [
      entry('Off', 'only computes recommendations and changes nothing'),
      entry('Initial', 'sets requests when a Pod is created and never touches running Pods'),
      entry('Recreate', 'sets requests at creation and evicts running Pods whose requests drift too far'),
    ]);
    const kinds = terms('kinds', 'Autoscalers', ['Autoscaling'], [
      entry('HorizontalPodAutoscaler', 'changes the number of replicas'),
      entry('VerticalPodAutoscaler', 'changes the requests of containers'),
    ]);
    const q = of([modes, kinds], 'identify').find((x) => x.subject === 'Recreate') as Question;
    expect(right(q)).toBe('Recreate');
    expect(wrong(q).sort()).toEqual(['Initial', 'Off']);
  });

  it('identify: no parts of a sibling among the wrong names (no metric of cluster monitoring beside Pod monitoring)', () => {
    const note = [
      '## 集群资源监控',
      '',
      '集群监控：节点资源利用率、节点数、运行pods',
      '',
      'Pod监控：容器指标、应用程序',
      '',
      'prometheus：开源的监控和报警系统，以 HTTP 周期性抓取指标',
      '',
      'grafana：开源的数据分析和可视化工具',
      '',
    ].join('\n');
    const banks = collect([parseNote('notes/mon.md', note)]).banks;
    for (let seed = 0; seed < 8; seed++) {
      for (const q of of(banks, 'identify', seed)) for (const c of q.choices) expect(['节点资源利用率', '节点数', '运行pods'], q.prompt).not.toContain(c);
    }
  });

  it('define: no question when the prompt\'s words point at the right description', () => {
    const reclaim = terms('rp', 'pv的回收策略', ['过程理解'], [entry('retain保留', '允许管理员手动回收PV'), entry('delete删除', '释放后删除后端存储')], { lang: 'zh' });
    const lb = terms('lb', 'Service分发策略', ['过程理解'], [entry('RoundRobin', '轮询后端Pod，默认'), entry('SessionAffinity', '按客户端IP保持会话')], { lang: 'zh' });
    const qs = of([reclaim, lb], 'define', 1).filter((q) => q.subject === 'retain保留');
    expect(qs).toEqual([]);
  });

  it('a description that translates the name gives it away: 终止之前 is preStop, 唯一标识符 is an ID', () => {
    const hooks = terms('hooks', '容器钩子', ['Pod'], [
      entry('postStart', '容器创建之后执行，不保证在入口命令之前'),
      entry('preStop', '在容器终止之前被同步调用，用来优雅释放资源'),
      entry('readinessGates', '额外的就绪条件，全部满足 Pod 才算就绪'),
    ], { lang: 'zh' });
    const cni = terms('cni', '将容器添加到网络', ['CNI'], [
      entry('容器 ID', '由容器运行时分配的唯一明文标识符'),
      entry('网络命名空间路径', '要加入的网络命名空间在 /proc 下的路径'),
      entry('网络配置', '描述容器可以加入哪个网络的 JSON 文档'),
      entry('接口名称', '在容器的网络命名空间里创建的网卡的名字'),
    ], { lang: 'zh' });
    for (let seed = 0; seed < 6; seed++) {
      for (const type of ['define', 'identify'] as const) {
        const asked = of([hooks, cni], type, seed).map((q) => q.subject);
        expect(asked).not.toContain('preStop');
        expect(asked).not.toContain('容器 ID');
      }
    }
    // The rest of the list is still asked.
    expect([0, 1, 2, 3, 4, 5].flatMap((seed) => of([hooks, cni], 'identify', seed)).length).toBeGreaterThan(0);
  });
});

describe('tables', () => {
  it('a table of more than two columns (a comparison, a record) makes no terms', () => {
    const note = [
      '# Config',
      '',
      '| Feature | ConfigMap | Secret |',
      '| --- | --- | --- |',
      '| Data Type | Non-sensitive | Sensitive |',
      '| Encoding | Plain text | Base64-encoded |',
      '',
      '| Field | Meaning |',
      '| --- | --- |',
      '| data | key-value pairs of text |',
      '| binaryData | key-value pairs of bytes, base64 in the manifest |',
    ].join('\n');
    const { banks } = collect([parseNote('t.md', note)]);
    const entries = banks.flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(entries).not.toContain('Data Type');
    expect(entries).toEqual(expect.arrayContaining(['data', 'binaryData']));
  });
});

describe('numbers', () => {
  it('a round answer gets round wrong answers (300 among 299 and 301 stands out)', () => {
    const [t] = findNumbers('tolerationSeconds, 300 seconds by default');
    const offered = neighbours(t as NonNullable<typeof t>).slice(0, 3).map((v) => formatLike(t as NonNullable<typeof t>, v));
    expect(offered).toHaveLength(3);
    for (const o of offered) expect(Number(o.replace(/\D/g, '')) % 100).toBe(0);
    // `10 秒` among 9 and 11 stands out as much: 5, 15, 20 are as round as it.
    const [ten] = findNumbers('periodSeconds，默认 10 秒');
    for (const v of neighbours(ten as NonNullable<typeof ten>).slice(0, 3)) expect(v % 5, String(v)).toBe(0);
    const [port] = findNumbers('VXLAN uses UDP port 4789');
    expect(neighbours(port as NonNullable<typeof port>)).toContain(4790);
  });
});

describe('pieces of notes that are not questions', () => {
  it('names: not a piece of a sentence, a compound adjective or the label of a task', () => {
    for (const label of ['for TLS.', 'and the rest', 'Long-term', 'Docker-Specific', 'Runtime-Agnostic', 'List Running Pods', 'Get Detailed Pod Information', 'Add Users']) {
      expect(isTechnicalName(label), label).toBe(false);
    }
    for (const name of ['kube-proxy', 'CA Certificates', 'Startup Probe', 'ReadWriteOnce', 'cri-dockerd']) expect(isTechnicalName(name), name).toBe(true);
  });

  it('no order or next question from steps that are branches of one step', () => {
    const branches = steps('cn', 'checkNode 流程', ['调度'], [
      '通过 nodeTree 获取下一个节点',
      '调用 podFitsOnNode 判断节点是否符合要求',
      '如果节点符合要求就加入 filtered 数组',
      '如果节点不满足要求就记录失败原因',
    ], { lang: 'zh' });
    expect(of([branches], 'order')).toEqual([]);
    expect(of([branches], 'next')).toEqual([]);
  });

  it('no typed or identify question from a description that only leads into a list', () => {
    const parts = terms('kn', 'Knative components', ['Serverless'], [
      entry('Build', 'turns source code into a container image, and mainly includes:'),
      entry('Serving', 'runs request-driven containers that scale to zero when idle'),
      entry('Eventing', 'delivers events from sources to the services that consume them'),
    ]);
    for (const type of ['typed', 'identify', 'define'] as const) expect(of([parts], type).map((q) => q.subject)).not.toContain('Build');
  });

  it('no recall question whose subject is only a pronoun', () => {
    const bank = qa('probes', 'Probes', ['Probes'], [
      ['How They Work Together', 'Startup runs first, then liveness and readiness take over.'],
      ['How do liveness and readiness probes work together?', 'Liveness restarts the container, readiness takes the Pod out of the endpoints.'],
    ]);
    expect(of([bank], 'recall').map((q) => q.prompt)).toEqual(['How do liveness and readiness probes work together?']);
  });

  it('no recall question of question words alone (What Happens?, 为什么？)', () => {
    const bank = qa('dns', 'Step 1: name lookup', ['Service traffic'], [
      ['What Happens?', 'The cluster DNS answers with the virtual IP of the Service.'],
      ['为什么？', '因为客户端只知道服务名，不知道后端 Pod 的地址。'],
      ['What happens when a Service has no ready endpoints?', 'Connections to its virtual IP are refused or time out.'],
    ]);
    expect(of([bank], 'recall').map((q) => q.prompt)).toEqual(['What happens when a Service has no ready endpoints?']);
  });

  it('no multi question whose right choices share the words the wrong ones lack', () => {
    const cri = terms('cri', 'CRI calls', ['Runtime'], [
      entry('CRI RunPodSandbox', 'starts the sandbox of a Pod'),
      entry('CRI StopPodSandbox', 'stops the sandbox of a Pod'),
      entry('CRI CreateContainer', 'creates a container in a sandbox'),
      entry('CRI RemoveContainer', 'removes a stopped container'),
    ]);
    const others = terms('csi', 'CSI calls', ['Runtime'], [entry('NodeStageVolume', 'mounts the device'), entry('NodePublishVolume', 'bind-mounts into the Pod'), entry('CreateVolume', 'provisions a disk')]);
    for (let seed = 0; seed < 10; seed++) expect(of([cri, others], 'multi', seed).filter((q) => q.subject === 'CRI calls')).toEqual([]);
  });
});

describe('aspects above a list', () => {
  it('a list under an aspect heading (Use Cases › OCI Images) is the uses of a thing: no define, identify or recall of its labels', () => {
    const uses = terms('uses', 'OCI Images', ['Images', 'Use Cases', 'OCI Images'], [
      entry('Long-Term Compatibility', 'OCI images are becoming the standard format for containerized applications'),
      entry('Kubernetes and Beyond', 'any runtime that follows the standard can run them, in or out of a cluster'),
      entry('CI/CD Pipelines', 'pipelines build and push them with tools other than Docker'),
    ]);
    for (const type of ['define', 'identify', 'recall', 'typed'] as const) expect(of([uses], type), type).toEqual([]);
  });

  it('an aspect question names a thing, not another aspect (no "What is Kubernetes Features like…")', () => {
    const why = terms('why', 'Why Use Kubernetes?', ['Roots', 'Kubernetes Features'], [entry('Portability', 'runs on local machines, bare metal and any cloud')]);
    expect(of([why], 'recall').map((q) => q.prompt).filter((p) => p.includes('Features'))).toEqual([]);
  });
});

describe('more pieces that are not questions', () => {
  it('typed: not from a description that names its term (blanked, `Specifies 3 ____ (pods)`)', () => {
    const spec = terms('spec', 'Deployment spec fields', ['Config'], [
      entry('replicas', 'Specifies how many replicas of the Pod to keep running'),
      entry('selector', 'Chooses the Pods the Deployment owns by their labels'),
      entry('template', 'Describes the Pods to create, with their containers and labels'),
    ]);
    expect(of([spec], 'typed').map((q) => q.subject)).not.toContain('replicas');
  });

  it('recall: an answer that only points elsewhere is no answer', () => {
    const bank = qa('cg', 'containerd', ['Runtime'], [
      ['How do you set the cgroup driver of containerd?', 'Refer to its configuration guide.'],
      ['Why should kubelet and containerd use the same cgroup driver?', 'Two managers of one cgroup tree disagree about limits and the node becomes unstable under pressure.'],
    ]);
    expect(of([bank], 'recall').map((q) => q.subject)).toEqual(['Why should kubelet and containerd use the same cgroup driver?']);
  });

  it('multi: no outsider that lacks the word every member shows (`Container runtime` among TCP ports)', () => {
    const cp = terms('cp', 'Control plane ports', ['Ports'], [
      entry('TCP 6443', 'API server'),
      entry('TCP 2379-2380', 'etcd'),
      entry('TCP 10259', 'kube-scheduler'),
      entry('TCP 10257', 'kube-controller-manager'),
    ]);
    const worker = terms('wk', 'Worker node ports', ['Ports'], [entry('TCP 10250', 'kubelet API'), entry('TCP 30000-32767', 'NodePort range'), entry('Container runtime', 'any CRI runtime')]);
    for (let seed = 0; seed < 10; seed++) {
      for (const q of of([cp, worker], 'multi', seed).filter((x) => x.subject === cp.title)) expect(q.choices).not.toContain('Container runtime');
    }
  });
});

describe('translations', () => {
  it('a Latin name glossed in a few Chinese characters is not asked as a term (the gloss is its translation)', () => {
    const cni = terms('cmd', 'CNI 命令', ['网络'], [
      entry('ADD', '添加'),
      entry('DEL', '删除'),
      entry('Open vSwitch', '开源虚拟交换机'),
      entry('CHECK', '检查容器的网络是否仍按配置工作，出错时返回错误'),
      entry('VERSION', '报告插件支持哪些版本的规范，供运行时选择'),
      entry('GC', '清理运行时已经不再记得的那些网络资源'),
    ], { lang: 'zh' });
    for (const type of ['define', 'identify', 'typed'] as const) {
      const subjects = of([cni], type).map((q) => q.subject);
      for (const gloss of ['ADD', 'DEL', 'Open vSwitch']) expect(subjects, `${type} ${gloss}`).not.toContain(gloss);
    }
    expect(of([cni], 'define').length).toBeGreaterThan(0);
  });
});

describe('blanks and bounds', () => {
  it('no cloze blank on a loose bound (`less than ____`, `超过 ____ 个`): larger or smaller choices hold too', () => {
    const bank = terms('img', 'Image size', ['Images'], [
      entry('Small image', 'A slim base image keeps the final image less than 100MB'),
      entry('Quorum', '单个对象超过 1 MiB 时写入会被拒绝'),
      entry('Default timeout', 'The kubelet waits 30 seconds for a graceful stop'),
    ]);
    const subjects = of([bank], 'cloze').map((q) => q.subject);
    expect(subjects).not.toContain('Small image');
    expect(subjects).not.toContain('Quorum');
    expect(subjects).toContain('Default timeout');
  });
});

describe('translations that give the answer away', () => {
  it('a Chinese description that translates the English name is not asked (等待…使用者 → WaitForFirstConsumer)', () => {
    const modes = terms('bind', '卷绑定模式', ['存储'], [
      entry('Immediate', '创建 PVC 后马上绑定和供应，不考虑 Pod 会被调度到哪里'),
      entry('WaitForFirstConsumer', '等到第一个使用者 Pod 被调度后再按它所在的拓扑绑定和供应'),
    ], { lang: 'zh' });
    const more = terms('rp', '回收策略', ['存储'], [entry('Retain', '删除 PVC 后保留数据，由管理员手动处理'), entry('Delete', '删除 PVC 时一并删除后端的存储资产')], { lang: 'zh' });
    for (let seed = 0; seed < 5; seed++) expect(of([modes, more], 'identify', seed).map((q) => q.subject)).not.toContain('WaitForFirstConsumer');
  });
});

describe('numbers the prompt shows', () => {
  it('no cloze blank on a number the label shows inside a name (hugepages-2Mi: ____ MiB pages)', () => {
    const bank = terms('res', 'Extended resources', ['Resources'], [
      entry('hugepages-2Mi', 'memory handed out in 2 MiB pages, requested like any other resource'),
      entry('ephemeral-storage', 'scratch disk space, counted against a 10 GiB default limit on some setups'),
    ]);
    expect(of([bank], 'cloze').map((q) => q.subject)).not.toContain('hugepages-2Mi');
  });
});

describe('a word with an s', () => {
  it('define: "Pulls an image" gives PullImage away as surely as "Pull"', () => {
    const cri = terms('cri', 'CRI image calls', ['Runtime'], [
      entry('PullImage', 'Pulls an image from a registry onto the machine'),
      entry('RemoveImage', 'Deletes an image the machine no longer needs'),
      entry('ImageStatus', 'Reports whether an image is present and its size'),
      entry('ListImages', 'Returns every image the runtime keeps locally'),
    ]);
    for (let seed = 0; seed < 5; seed++) expect(of([cri], 'define', seed).map((q) => q.subject)).not.toContain('PullImage');
  });
});

describe('outsiders and members of the right shape', () => {
  const banksOf = (note: string, file = 't.md'): Bank[] => collect([parseNote(file, note)]).banks;
  const asked = (note: string, types: QuestionType[]): Question[] => [1, 2, 3, 4, 5, 6].flatMap((seed) => allQuestions(banksOf(note), { seed })).filter((q) => types.includes(q.type));

  it('offers no protocol among machine models (N1, A2, G2) and no model among protocols (HTTP, TCP)', () => {
    const note = ['## Compute', '', '### GPUs', '', '- **Machine types**: N1, A2, G2', '', '### TPUs', '', '- **TPU types**: V2, V3, V4, V5', '', '### Health Checks', '', '- **Types**: HTTP, HTTPS, TCP, SSL', '', '### File shares', '', '- **Protocols**: NFS, SMB, iSCSI, FTP', ''].join('\n');
    const questions = asked(note, ['member', 'multi']);
    expect(questions.length).toBeGreaterThan(0);
    const model = /^[A-Z]\d{1,3}$/;
    for (const q of questions) {
      const models = q.choices.filter((c) => model.test(c)).length;
      expect(models === 0 || models === q.choices.length, `${q.prompt} ${q.choices.join(' / ')}`).toBe(true);
    }
  });

  it('asks no membership of what a thing offers in figures (Up to 90% discount, max 24 hours)', () => {
    const note = ['## Discounted VMs', '', '- **Spot VMs**: Up to 90% discount, max 24 hours, 30-second shutdown warning', '- **Standard VMs**: no discount, no time limit, live migration', ''].join('\n');
    expect(asked(note, ['member', 'multi']).filter((q) => q.prompt.includes('Spot VMs'))).toEqual([]);
  });

  it("does not ask which belongs to a cloud's list where only the right choice carries that cloud's product names", () => {
    const note = [
      '## Removed integrations',
      '',
      '### AWS-specific',
      '',
      '- **EKS legacy AMI** — use the current node image',
      '- **In-tree AWS provider** — use the external cloud controller',
      '- **EBS in-tree plugin** — use the EBS CSI driver',
      '',
      '### GCP-specific',
      '',
      '- **GKE Dataplane V1** — use Dataplane V2',
      '- **In-tree GCP provider** — use the external cloud controller',
      '- **GCE PD in-tree plugin** — use the PD CSI driver',
      '',
      '### Azure-specific',
      '',
      '- **AKS engine** — use the managed service',
      '- **In-tree Azure provider** — use the external cloud controller',
      '- **Azure Disk in-tree plugin** — use the Azure Disk CSI driver',
      '',
    ].join('\n');
    for (const q of asked(note, ['member'])) {
      const answer = right(q);
      if (q.prompt.includes('GCP')) expect(answer, q.prompt).not.toMatch(/GKE|GCE|GCP/);
      if (q.prompt.includes('Azure')) expect(answer, q.prompt).not.toMatch(/AKS|Azure/);
    }
  });

  it('asks no membership of a heading over loose notes, Chinese labels among Latin names', () => {
    const loose = [
      '# Symmetric Encryption',
      '对称加密: 双方用同一个密钥',
      '- AES: 分组密码，密钥 128 到 256 位',
      '- AEAD: 带认证的加密',
      '- ChaCha20: 流密码，没有硬件加速时更快',
      '',
      '# Asymmetric Encryption',
      'hybrid encryption: 混合加密',
      '- 混合: 非对称加密, 带身份认证的加密',
      '- 解决问题: 非对称加密慢且能加密的数据小',
      '',
      '混合加密例: ECIES_P256_HKDF_HMAC_SHA256',
      '- ECIES: 一个混合加密标准',
      '- P256: 标准化的椭圆曲线',
      '- HKDF: 密钥导出函数',
      '- HMAC: 消息验证码',
      '- SHA-256: 哈希函数',
      '',
    ].join('\n');
    expect(asked(loose, ['member', 'multi'])).toEqual([]);
    const group = ['# Kubernetes', '', '## 工作负载对象', '', '- Deployment：管理无状态应用的副本', '- StatefulSet：管理有状态应用，保持名字和存储', '- DaemonSet：每个节点上运行一个副本', '- Job：运行到完成为止的任务', '', '## 存储对象', '', '- PersistentVolume：集群里的一块存储', '- PersistentVolumeClaim：对存储的申请', '- StorageClass：动态创建存储的模板', '- ConfigMap：以文件或变量交给容器的配置', ''].join('\n');
    expect(asked(group, ['member', 'multi']).length).toBeGreaterThan(0);
  });

  it("offers no point made under a label (作用：…) as another field's meaning", () => {
    const note = [
      '## 事务',
      '',
      '#### 隔离级别',
      '',
      '- read uncommitted：可以读到其他事务还没提交的修改',
      '- read committed：只能读到其他事务已经提交的修改',
      '- repeatable read：同一事务里多次读同一行结果一样',
      '- serializable：事务一个接一个地执行，完全隔离',
      '',
      '#### MVCC 实现原理？',
      '',
      'MVCC 给一行数据保留多个版本，读的时候按快照找到对应的版本。',
      '作用：让读不必等写，高并发下比行锁的开销小。',
      'TRX_ID：最近一次修改这一行的事务编号，按大小判断先后。',
      'ROLL_PTR：指向这一行上一个版本的指针，把各版本连成一条链。',
      'ROW_ID：表没有主键时 InnoDB 自己生成的行编号。',
      '',
    ].join('\n');
    const defines = asked(note, ['define']);
    expect(defines.length).toBeGreaterThan(0);
    for (const q of defines) expect(q.choices.join(' / '), q.prompt).not.toContain('让读不必等写');
  });
});

describe('numbers and lists that give themselves away', () => {
  it('offers a limit written as all nines among other runs of nines, never 99998', () => {
    const [token] = findNumbers('权重在 1 到 99999 之间').filter((t) => t.value === 99999);
    expect(token).toBeDefined();
    const near = neighbours(token as NonNullable<typeof token>);
    expect(near.length).toBeGreaterThanOrEqual(3);
    for (const n of near) expect(String(n), String(n)).toMatch(/^9+$/);
  });

  it('does not ask which is not an RPO/RTO level when every level says RPO or RTO and the odd one neither', () => {
    const note = [
      'Recovery plans for databases',
      '',
      'Backup and restore:',
      '',
      'RPO/RTO: High RPO (everything since the last backup is lost), High RTO (a new cluster has to be made and the data restored).',
      '',
      'Primary Region: backups run every night and go to a bucket in another region.',
      '',
      'DR Region: a cluster that can be made from code when it is needed.',
      '',
      'Warm standby:',
      '',
      'RPO/RTO: Low RPO (only what replication had not sent yet is lost), Moderate RTO (minutes to hours while the standby scales up).',
      '',
      'Failover: traffic moves to the standby once its database is promoted.',
      '',
    ].join('\n');
    const banks = collect([parseNote('t.md', note)]).banks;
    const not = [1, 2, 3, 4, 5, 6].flatMap((seed) => allQuestions(banks, { seed })).filter((q) => q.type === 'member' && /NOT/.test(q.prompt) && q.prompt.includes('RPO/RTO'));
    expect(not).toEqual([]);
  });
});

describe('what shows in events', () => {
  it('counts a container waiting reason (ErrImagePull) among event reasons, so it is never the outsider', () => {
    for (const reason of ['ErrImagePull', 'CrashLoopBackOff', 'CreateContainerConfigError', 'OOMKilled', 'FailedScheduling']) expect(belongsInFact('Event reasons', reason), reason).toBe(true);
    expect(belongsInFact('Event reasons', 'ClusterIP')).toBe(false);
  });
});
