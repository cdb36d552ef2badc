import { describe, expect, it } from 'vitest';
import { collect, parseNote } from '../../src/core/notes/parse.js';
import { allQuestions } from '../../src/core/questions/index.js';
import { gateQuestion, isLabSpecific, isRunOutputSection, spellsInitials } from '../../src/core/questions/gate.js';
import type { Bank, Question } from '../../src/core/types.js';

// Signals, found in notes people publish, that an entry is not good question material.
// Each case: the bad question is no longer made, and a good neighbour still is.
// The snippets are our own, written in the shapes such notes take.

const banksOf = (note: string): Bank[] => collect([parseNote('t.md', note)]).banks;
const questionsOf = (note: string, seeds = [1, 2, 3, 4, 5]): Question[] => seeds.flatMap((seed) => allQuestions(banksOf(note), { seed }));
const shown = (q: Question): string => [q.prompt, ...q.choices, typeof q.answer === 'string' ? q.answer : ''].join('\n');

describe("one person's lab setup", () => {
  it('is told by host addresses, numbered hosts, generated pod names and the note speaking of its setup', () => {
    expect(isLabSpecific('The volume lives on worker-node3 under /mnt/disks')).toBe(true);
    expect(isLabSpecific('Join the node at 192.168.56.21 to the cluster')).toBe(true);
    expect(isLabSpecific('The pod shop-6c8d9f7b54-qwz8k restarts twice')).toBe(true);
    expect(isLabSpecific('The provisioner used in your setup')).toBe(true);
    // Ranges, loopback and well-known addresses are knowledge, not a setup.
    expect(isLabSpecific('Flannel hands out pod addresses from 10.244.0.0/16 by default')).toBe(false);
    expect(isLabSpecific('The cluster DNS service usually sits at 10.96.0.10')).toBe(false);
    expect(isLabSpecific('Listens on 127.0.0.1 only')).toBe(false);
    expect(isLabSpecific('Every node runs a kubelet')).toBe(false);
  });

  it("is told by the author's team speaking of what it built and chose, not by a lesson's 我们", () => {
    expect(isLabSpecific('我们没有使用默认的 SQLite，而是在集群里部署了高可用的 PostgreSQL')).toBe(true);
    expect(isLabSpecific('我们采用分层策略，在入口前加一层 WAF')).toBe(true);
    expect(isLabSpecific('For trace storage we chose OpenSearch over Cassandra')).toBe(true);
    expect(isLabSpecific('我们可以通过 kubectl describe 查看 Pod 的事件')).toBe(false);
    expect(isLabSpecific('我们的业务代码通常会捕捉 SIGTERM 信号，然后优雅退出')).toBe(false);
    expect(isLabSpecific('这种时候，我们使用矩阵就可以在多个系统上构建')).toBe(false);
    expect(isLabSpecific('If we deployed a web app on port 80 it is reachable on the host')).toBe(false);
  });

  it('keeps its entries out of questions, while the general ones beside them are asked', () => {
    const note = [
      '# Local volumes',
      '',
      '## Provisioners',
      '',
      '- **hostpath-provisioner**: Creates volumes under /mnt/disks on worker-node3 for the demo workloads',
      '- **nfs-subdir-provisioner**: Creates a subdirectory on an existing NFS export for each claim',
      '- **local-static-provisioner**: Discovers disks mounted under a host directory and creates matching volumes',
      '- **csi-hostpath-driver**: A sample CSI driver that keeps volume data in a directory of one machine',
      '- **longhorn-provisioner**: Replicates block volumes across machines and serves them over iSCSI',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => /worker-node3/.test(shown(q)))).toBe(false);
    expect(qs.some((q) => /nfs-subdir-provisioner|subdirectory on an existing NFS export/.test(shown(q)))).toBe(true);
  });
});

describe('letters that spell the answer', () => {
  it('are the initials of consecutive words, small words skipped', () => {
    expect(spellsInitials('OU', 'the organization unit of a certificate subject')).toBe(true);
    expect(spellsInitials('CNI', 'plugins follow the Container Network Interface')).toBe(true);
    expect(spellsInitials('API', 'a pod is scheduled')).toBe(false);
    expect(spellsInitials('OU', 'the group a user belongs to')).toBe(false);
  });

  const typed = (prompt: string, answer: string): Question =>
    ({ id: 't', type: 'typed', prompt, choices: [], answer, accept: [], bank: 'b', subject: answer, source: { file: 't.md', line: 1 } }) as unknown as Question;
  const identify = (prompt: string, choices: string[]): Question =>
    ({ id: 'i', type: 'identify', prompt, choices, answer: 0, bank: 'b', subject: choices[0], source: { file: 't.md', line: 1 } }) as unknown as Question;

  it('give a typed answer away, while a clue that does not spell it is asked', () => {
    expect(gateQuestion(typed('Which field of a certificate subject holds the organization unit?', 'OU'))).toBe('giveaway');
    expect(gateQuestion(typed('Which field of a client certificate carries the user name the API server sees?', 'CN'))).toBeNull();
  });

  it('give an identify answer away only when no wrong choice is spelled too', () => {
    const prompt = 'Which access mode is: a volume mounted read only by many nodes';
    expect(gateQuestion(identify('Which access mode is: Read Only, by many nodes', ['RO', 'RWO', 'RWX', 'RWOP']))).toBe('giveaway');
    expect(gateQuestion(identify(prompt, ['ROX', 'RWO', 'RWX', 'RWOP']))).toBeNull();
  });
});

describe('a walk through source code', () => {
  // Invented code walk-through: its steps are statements in code order, branches included.
  const walkthrough = [
    '# Reconciling a widget',
    '',
    '## reconcileWidget',
    '',
    'The main flow of reconcileWidget:',
    '',
    '1. Read the widget from the lister with `c.widgetLister.Get()`',
    '2. Return early when the widget is nil',
    '3. Compute the desired replicas with `computeReplicas()`',
    '4. Write the status back through `c.client.UpdateStatus()`',
    '',
    '## syncHandler',
    '',
    '- **queue**: The rate-limited work queue that holds widget keys until a worker picks them',
    '- **lister**: The cache-backed reader that answers widget lookups without the API server',
    '- **recorder**: The event recorder that reports each failed sync on the widget object',
    '',
  ].join('\n');
  // A procedure in prose notes: a real order.
  const procedure = [
    '# Rolling update',
    '',
    'Steps of a rolling update:',
    '',
    '1. The controller creates a new ReplicaSet for the changed template',
    '2. It scales the new ReplicaSet up by the surge allowance',
    '3. It scales the old ReplicaSet down once new pods are ready',
    '4. It repeats until the old ReplicaSet has no pods left',
    '',
  ].join('\n');

  it('is not asked for the order of its statements, nor grouped or typed by its field names', () => {
    const qs = questionsOf(walkthrough);
    expect(qs.filter((q) => q.type === 'order' || q.type === 'next' || q.type === 'member' || q.type === 'multi' || q.type === 'typed')).toEqual([]);
  });

  it('is told by steps that name functions, even in a note with little else of code', () => {
    const note = [
      '# 控制器',
      '',
      '## 同步流程',
      '',
      '1. getWidgetsForOwner 获取该对象管理的全部部件。',
      '2. checkPausedState 检查对象是否处于暂停状态。',
      '3. 如果是扩缩容事件则执行 scaleWidgetSet 的操作。',
      '4. 根据策略类型执行 rolloutByBatch 的操作。',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('while a procedure in prose notes still is', () => {
    expect(questionsOf(procedure).some((q) => q.type === 'order' || q.type === 'next')).toBe(true);
  });
});

describe("the note's own labels under an aspect section", () => {
  it('are not asked as terms when the aspect is a numbered section or names what it is of', () => {
    const note = [
      // No title above: the numbered section is the first heading of its path.
      '## 3. Use Cases',
      '',
      '### Layered images',
      '',
      '- **Edge Friendliness**: Small layers travel well over slow links to remote sites and devices',
      '- **Audit Trail**: Each layer records which build step produced which files in the image',
      '- **Future Proofing**: The format keeps growing and more registries accept it every year',
      '',
      '### Flat images',
      '',
      '- **Quick Start**: A single layer unpacks at once with no overlay filesystem needed at all',
      '- **Simple Copy**: One tarball can be copied between hosts with plain tools like scp',
      '- **Legacy Tools**: Old build systems that predate layering still produce flat archives',
      '',
      '## Best Practices with Registries',
      '',
      '- **Pin Digests**: Refer to images by digest so that a moved tag does not change what runs',
      '- **Mirror Locally**: Keep a pull-through cache near the cluster to survive upstream outages',
      '- **Scan Often**: Run a vulnerability scanner on every pushed image before it is promoted',
      '',
      '## Registry types',
      '',
      '- **Docker Hub**: The public registry run by Docker that hosts official and community images',
      '- **Harbor**: An open source registry with projects, replication, signing and scanning built in',
      '- **Quay**: A registry from Red Hat offered both as a hosted service and to run on premises',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.filter((q) => /Edge Friendliness|Audit Trail|Future Proofing|Quick Start|Legacy Tools|Pin Digests|Mirror Locally/.test(shown(q))).map((q) => `${q.type}: ${shown(q)}`)).toEqual([]);
    expect(qs.some((q) => /Harbor|Quay/.test(shown(q)))).toBe(true);
  });

  it('"in your case" is the note speaking of its own setup', () => {
    expect(isLabSpecific('A claim names its class (local-path in your case)')).toBe(true);
    expect(isLabSpecific('A claim names its class, which picks the provisioner')).toBe(false);
  });
});

describe('a recall prompt made from a plain label', () => {
  it('is not asked, while a named thing of the field beside it is', () => {
    const note = [
      '# Running a registry mirror',
      '',
      '## Mirror in a cluster',
      '',
      '- **Current Use**: The mirror sits in front of the cluster and answers most image pulls itself',
      '- **Storage Location**: Layers are kept on a disk attached to the machine that runs the mirror',
      '- **Error**: A pull that misses the cache and cannot reach upstream fails with a timeout',
      '- **Image Pull Policy**: Decides whether the kubelet asks the registry again for an image it already holds',
      '',
    ].join('\n');
    const recalls = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(recalls.filter((p) => /Current Use|Storage Location|Error/.test(p))).toEqual([]);
    expect(recalls.some((p) => /Image Pull Policy/.test(p))).toBe(true);
  });
});

describe('a field described only by its type', () => {
  it('is not a description: no define, identify or typed question points from it to a name', () => {
    const note = [
      '# Pod DNS settings',
      '',
      '## dnsConfig fields',
      '',
      '- nameservers: list of strings, optional',
      '- searches: list of strings, optional',
      '- options: list of objects, optional',
      '- ndotsLimit: the number of dots a name needs before it is tried as an absolute name first',
      '- resolverPolicy: which resolver file the kubelet hands to the container when the pod starts',
      '- upstreamMode: whether queries the cluster cannot answer go to the node or to a fixed server',
    ].join('\n');
    const qs = questionsOf(note).filter((q) => ['define', 'identify', 'typed'].includes(q.type));
    expect(qs.some((q) => /list of (?:strings|objects), optional/.test(shown(q)))).toBe(false);
    expect(qs.some((q) => /absolute name first|fixed server|hands to the container/.test(shown(q)))).toBe(true);
  });
});

describe('what one run printed', () => {
  it('is told by expected-output and verify-the-setup sections', () => {
    expect(isRunOutputSection('Expected')).toBe(true);
    expect(isRunOutputSection('**Expected output**:')).toBe(true);
    expect(isRunOutputSection('预期输出')).toBe(true);
    expect(isRunOutputSection('Step 3: Verify the Installation')).toBe(true);
    expect(isRunOutputSection('Output plugins')).toBe(false);
    expect(isRunOutputSection('Verification of image signatures')).toBe(false);
  });

  it('keeps a listing of what the commands printed out of questions, while the concepts beside it are asked', () => {
    const note = [
      '# Running a metrics store',
      '',
      '## Service types used',
      '',
      '- ClusterIP: reachable only from inside the cluster, through a virtual address',
      '- NodePort: opens the same port on every node and forwards it to the service',
      '- LoadBalancer: asks the cloud provider for an external balancer in front of the service',
      '',
      '## Step 5: Verify the Setup',
      '',
      '1. **List the services**:',
      '   - Expected:',
      '     - `metricsdb`: `ClusterIP` with port `8086:31086/TCP`.',
      '     - `grafana`: `NodePort` with port `3000:32000/TCP`.',
      '     - `collector`: `ClusterIP` with port `4317/TCP` and no external address.',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => /8086|32000|4317|metricsdb|collector/.test(shown(q)))).toBe(false);
    expect(qs.some((q) => /virtual address|every node|cloud provider/.test(shown(q)))).toBe(true);
  });
});

describe('a line of code as the description', () => {
  it('is not matched to a name: no choice question from a call or from stages named by actions, while described steps are explained', () => {
    const note = [
      '# 边缘代理的启动',
      '',
      '## 启动阶段',
      '',
      '- 解析参数：opts.BindFlags(cmd.PersistentFlags())',
      '- 生成配置：cfg, err := opts.ToConfig(ctx)',
      '- 加载证书：从磁盘读取服务端密钥对，文件变化时重新加载',
      '- 打开监听：绑定安全端口并开始提供健康检查接口',
      '- 建立隧道：主动连接云端，并用心跳保持连接不断开',
    ].join('\n');
    const all = questionsOf(note);
    const qs = all.filter((q) => ['define', 'identify', 'typed'].includes(q.type));
    expect(qs.some((q) => /BindFlags|ToConfig/.test(shown(q)))).toBe(false);
    // `加载证书`, `打开监听`: stages named by what is done are steps, not names to match descriptions to.
    expect(qs).toEqual([]);
    expect(all.some((q) => q.type === 'recall' && /密钥对|健康检查接口|心跳保持/.test(shown(q)))).toBe(true);
  });
});
