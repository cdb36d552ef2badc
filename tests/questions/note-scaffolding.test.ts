import { describe, expect, it } from 'vitest';
import { collect, parseNote } from '../../src/core/notes/parse.js';
import { allQuestions } from '../../src/core/questions/index.js';
import { displayTitle, givesAway, isFragmentDetail, isNonName, isQuality, revealsName } from '../../src/core/questions/entries.js';
import { alike, spellsInitials } from '../../src/core/questions/gate.js';
import { saysMisconception } from '../../src/core/questions/misconceptions.js';
import type { Question } from '../../src/core/types.js';
import type { Rejection } from '../../src/core/questions/index.js';
import { isAdviceSection, isAspectLabel } from '../../src/core/text/index.js';
import { acronymPair, bareTitle, spells } from '../../src/core/questions/text.js';
import { correctKnownNames, otherNameOf } from '../../src/core/text/index.js';
import { boilerplateKey, buildPool } from '../../src/core/questions/pool.js';
import { contextTitle } from '../../src/core/questions/draft.js';
import { isSuccessStatus } from '../../src/core/questions/cloze.js';
import { qa } from './fixtures.js';

// What real notes carry besides knowledge: the note's own step numbers and nicknames, a mock
// exam's tasks, a case it made up, a reference cut short, a claim copied wrong. None of it is
// asked; the knowledge beside it still is. The snippets are our own, in the shapes notes take.

const questionsOf = (note: string, file = 'notes/t.md'): Question[] => [1, 2, 3].flatMap((seed) => allQuestions(collect([parseNote(file, note)]).banks, { seed }));
const shown = (q: Question): string => [q.prompt, ...q.choices, typeof q.answer === 'string' ? q.answer : ''].join('\n');

describe("the note's own labels", () => {
  it('takes a claim or a caption for no name, and an exact mechanism for an aspect of what is above it', () => {
    for (const claim of ['Requires Ingress Controller', 'Supports rolling updates', 'Needs a CNI plugin', '图', '示意图', 'Figure 2']) expect(isNonName(claim), claim).toBe(true);
    for (const name of ['Ingress Controller', 'Required fields', 'Support matrix']) expect(isNonName(name), name).toBe(false);
    const note = ['# Cloud models', '', '## Private Cloud', '', '*   **Exact Mechanism:**', '    *   **Ownership:** One organisation owns the hardware and runs it for itself alone.', '    *   **Purpose:** Keeps sensitive workloads on machines no other tenant shares.', ''].join('\n');
    const recalls = questionsOf(note).filter((q) => q.type === 'recall');
    expect(recalls.map((q) => q.prompt).filter((p) => /Exact Mechanism/.test(p))).toEqual([]);
    expect(recalls.some((q) => /Private Cloud/.test(q.prompt))).toBe(true);
  });

  it('takes the old way, a step on a field, a lab file with its use and what was done to a thing for no name', () => {
    for (const label of ['-->>>>>> 算数函数', '原先方式', '以前的做法', 'add nodeName', 'set replicas', 'secret.yaml 创建MySQL密钥', 'deploy.yaml for the web tier', 'Wrapped in a Pod', 'Packaged as a container']) expect(isNonName(label), label).toBe(true);
    for (const name of ['Load Balancer', 'Set-based selector', 'values.yaml', 'Create', '传输方式', 'Node.js 18+', 'Embedded etcd', 'Managed Kubernetes']) expect(isNonName(name), name).toBe(false);
  });

  it("takes a rung of a job ladder and the note's verdict on a thing for no name, and a layer of a network model for one", () => {
    for (const label of ['L1 Engineer', 'L3 / Senior Engineer', 'Production Engineer / SRE', '初级工程师', '功能弱', '适用性强', '性能较低']) expect(isNonName(label), label).toBe(true);
    for (const name of ['L3 - Network Layer', 'L4', 'Developer', 'Site Reliability Engineering', '高可用', '最高']) expect(isNonName(name), name).toBe(false);
  });

  it('takes no step number for a name, however it is written', () => {
    for (const label of ['Step-4', 'Step 4', 'step_10', 'Phase-2', 'Task 3', 'Step-11.']) expect(isNonName(label), label).toBe(true);
    for (const name of ['StepFunctions', 'Phase', 'kube-proxy']) expect(isNonName(name), name).toBe(false);
  });

  it('asks nothing of a setup guide numbered step by step, and still asks what its lists name', () => {
    const note = [
      '## Control plane setup',
      '',
      '- Step-1: (Turn off swap on every machine before anything else is installed)',
      '- Step-2: (Install a container runtime such as containerd on the machine)',
      '- Step-3: Load the overlay and br_netfilter kernel modules for pod networking',
      '- Step-4: (Initialize the control plane with kubeadm init and its pod network range)',
      '',
      '## Node components',
      '',
      '- kubelet: runs on every node and starts the containers its Pods ask for',
      '- kube-proxy: programs the rules that send Service traffic to the right Pods',
      '- container runtime: pulls images and runs the containers for the kubelet',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => q.subject === 'kubelet')).toBe(true);
    for (const q of asked) expect(shown(q), q.prompt).not.toMatch(/Step-\d/);
  });

  it('takes no other route the note offers, nor a path run together with its use, for a name', () => {
    for (const label of ['alternative', 'Another way', '/etc/cni/net.d for configs', '另一种方式']) expect(isNonName(label), label).toBe(true);
    for (const name of ['/etc/cni/net.d', 'kube-proxy', 'Alternator']) expect(isNonName(name), name).toBe(false);
  });

  it('takes no question the note asks itself for a name', () => {
    expect(isNonName('Is it Alive?')).toBe(true);
    expect(isNonName('准备好了吗？')).toBe(true);
  });
});

describe("a mock exam's tasks", () => {
  const note = [
    '## Pods',
    '',
    '- Name container 1: micro, image: nginx, listening on its default port',
    '- Name container 2: mega, image: busybox, running a sleep loop for an hour',
    '- Name container 3: tiny, image: alpine, printing the date every five seconds',
    '',
  ].join('\n');

  it('are no questions in a folder of mock exams, and the same lines elsewhere still are', () => {
    expect(questionsOf(note, 'cka/08-mock-cka/multi-pod.md')).toEqual([]);
    expect(questionsOf(note, 'exams/mock-exam-2.md')).toEqual([]);
    expect(questionsOf(note, 'cka/模拟题/pods.md')).toEqual([]);
    expect(questionsOf(note, 'practice/exams/exam-10.md')).toEqual([]);
    expect(questionsOf(note, 'cka/pods/multi-pod.md').length).toBeGreaterThan(0);
  });

  it('look only at the folders next to the note, not where the notes are kept', () => {
    expect(questionsOf(note, '/home/mock/study/pods/multi-pod.md').length).toBeGreaterThan(0);
  });
});

describe('claims copied wrong', () => {
  it('knows Never as never pulling, and a restart limit CrashLoopBackOff does not have', () => {
    expect(saysMisconception('Never：仅当本地没有镜像时，才会拉取。')).toBe(true);
    expect(saysMisconception('Never: pulls the image only if it is not present on the node')).toBe(true);
    expect(saysMisconception('Never：从不拉取镜像，只使用本地已有的镜像')).toBe(false);
    expect(saysMisconception('Never: uses only what is already on the machine, and the container cannot start if it is missing')).toBe(false);
    expect(saysMisconception('IfNotPresent：仅当本地没有镜像时才拉取')).toBe(false);
    expect(saysMisconception('CrashLoopBackOff：容器已经正常退出，但是重启次数超过了限制')).toBe(true);
    expect(saysMisconception('CrashLoopBackOff: the container keeps crashing and the kubelet waits longer before each restart')).toBe(false);
  });

  it('knows containerd as a runtime made for Kubernetes, and a projected volume as a sidecar', () => {
    expect(saysMisconception('containerd：一个高性能的容器运行时，专为 Kubernetes 设计。')).toBe(true);
    expect(saysMisconception('CRI-O: a lightweight runtime designed specifically for Kubernetes')).toBe(false);
    expect(saysMisconception('Projected volumes: data injected into a pod through the sidecar pattern')).toBe(true);
    expect(saysMisconception('Projected volumes: several sources such as Secrets and ConfigMaps mapped into one directory')).toBe(false);
  });

  it('are asked about in no form, and the true values of the same list still are', () => {
    const note = [
      '## 镜像拉取策略',
      '',
      '- Always：每次启动容器都从仓库拉取镜像，即使本地已有同名镜像',
      '- IfNotPresent：本地已有该镜像时直接使用，没有时才从仓库拉取',
      '- Never：仅当本地没有镜像时，才会拉取。',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => q.subject === 'Always')).toBe(true);
    for (const q of asked) expect(shown(q), q.prompt).not.toMatch(/仅当本地没有镜像时，才会拉取/);
  });
});

describe('an aspect whose owner is not named', () => {
  it("is not asked of the note's subject when the heading over it names something else", () => {
    const note = [
      '# Controllers: CronJob',
      '',
      '## Constraints',
      '',
      '- **Naming Limit:** A CronJob name is at most 52 characters.',
      '    - _Reason:_ The controller appends 11 characters to the name of each Job it creates, and Job names are capped at 63.',
      '',
    ].join('\n');
    for (const q of questionsOf(note)) expect(q.prompt, q.prompt).not.toMatch(/reason of .*CronJob/i);
  });

  it('is still asked of the thing its heading names', () => {
    const note = ['## HPA', '', '- 计算公式：期望副本数 = ceil(当前副本数 × 当前指标值 / 目标指标值)', '- 指标来源：metrics-server 提供的资源指标，或自定义指标 API', ''].join('\n');
    expect(questionsOf(note).some((q) => q.type === 'recall' && /HPA/.test(q.prompt) && /计算公式/.test(q.prompt))).toBe(true);
  });
});

describe('an answer under a question heading', () => {
  const recallOf = (note: string, heading: string): Question | undefined => questionsOf(note).find((q) => q.type === 'recall' && q.prompt.includes(heading));

  it('leaves off a last line that only leads on to links', () => {
    const note = [
      '## What is a Service?',
      '',
      'A Service gives a set of Pods one stable virtual address and name, and spreads connections over the Pods its selector matches.',
      '',
      '**More about Service:**',
      '- https://kubernetes.io/docs/concepts/services-networking/service/',
      '',
    ].join('\n');
    const q = recallOf(note, 'Service');
    expect(q?.answer).toMatch(/stable virtual address/);
    expect(q?.answer).not.toMatch(/More about/);
  });

  it('is never the names of the classes that do it', () => {
    const note = ['## 菜单项', '', '- 单选按钮菜单项：`ButtonGroup`、`JRadioButtonMenuItem`。', '- 复选框菜单项：`JCheckBoxMenuItem`、`ItemListener`、`ActionListener`', '- 弹出菜单：右键点击组件时在光标处弹出的菜单，由 `JPopupMenu` 实现', ''].join('\n');
    const recalled = questionsOf(note).filter((q) => q.type === 'recall');
    expect(recalled.filter((q) => /单选按钮|复选框/.test(q.prompt))).toEqual([]);
    expect(recalled.some((q) => /弹出菜单/.test(q.prompt))).toBe(true);
  });

  it('is asked without the exercise number of its heading, and read without its Answer label', () => {
    const note = ['# REST API basics', '', '### Q1 : What is REST ?', '', '**Answer**: REST is a set of guidelines for designing web APIs around resources and the standard HTTP verbs.', '', '### Q3: HTTP methods', '', '- GET: reads a resource without changing it', '- POST: submits data for the resource to process', '- PUT: replaces the resource with the body sent', '- DELETE: removes the resource', ''].join('\n');
    const asked = questionsOf(note);
    const rest = asked.find((q) => q.type === 'recall' && /What is REST/.test(q.prompt));
    expect(rest?.prompt).toBe('What is REST ?');
    expect(rest?.answer).toMatch(/^REST is a set/);
    expect(asked.filter((q) => /Q\d/.test(shown(q)))).toEqual([]);
    const slot = ['## Monitoring round', '', '### Q1. How does Prometheus collect metrics?', '', '**[YOUR ANSWER]:**', 'It pulls them: the server scrapes each target\'s /metrics endpoint over HTTP on a fixed interval.', ''].join('\n');
    expect(questionsOf(slot).find((x) => x.type === 'recall')?.answer).toMatch(/^It pulls them/);
    const withRequest = ['## Monitoring round', '', '### Q1. How does Prometheus work? Explain the pull model.', '', 'The server scrapes each target\'s /metrics endpoint over HTTP on a fixed interval, so targets need not know where it is.', ''].join('\n');
    expect(questionsOf(withRequest).find((x) => x.type === 'recall')?.prompt).toBe('How does Prometheus work? Explain the pull model.');
    const labelled = ['## Deadlocks', '', '### Q: Can a single resource deadlock?', '**A**: No. A deadlock needs a circular wait, so at least two resources held by two parties.', ''].join('\n');
    const q = questionsOf(labelled).find((x) => x.type === 'recall');
    expect(q?.prompt).toBe('Can a single resource deadlock?');
    expect(q?.answer).toMatch(/^No\. A deadlock/);
    const puzzles = ['## 常见困惑', '', '### 困惑 3：删掉 StatefulSet 后 PVC 为什么还在？', '', '控制器只管 Pod，不替你删卷，数据要手动清理，免得一次误删就丢了。', ''].join('\n');
    expect(questionsOf(puzzles).find((x) => x.type === 'recall')?.prompt).toBe('删掉 StatefulSet 后 PVC 为什么还在？');
  });

  it('is never asked of "the answer" or "the distinction" the note spoke of just before', () => {
    const answer = 'A plain SQL table sorted on every read is fine at first, but each write and each rank query touches the whole index, and it falls over at millions of players.';
    for (const heading of ['Why the naive answer fails?', 'Why the distinction bites?', 'What lives where?']) {
      const note = ['## Leaderboards', '', `### ${heading}`, '', answer, '', '### Why are sorted sets a good fit?', '', 'A sorted set keeps members ordered by score, so adding a score and reading a rank both take logarithmic time.', ''].join('\n');
      const recalled = questionsOf(note).filter((q) => q.type === 'recall');
      expect(recalled.filter((q) => q.prompt.includes(heading.replace('?', ''))), heading).toEqual([]);
      expect(recalled.some((q) => /sorted sets/.test(q.prompt))).toBe(true);
    }
  });

  it('is never a value cut off before its closing brace', () => {
    const note = ['## Label Selector', '', '- matchLabels：直接给出要匹配的键值对，全部相等的对象才被选中', '- matchExpressions：用表达式定义选择条件，写法为 {key:"KEY", operator:"OPERATOR",', '', 'values:[VAL1,VAL2]}', ''].join('\n');
    const recalled = questionsOf(note).filter((q) => q.type === 'recall');
    expect(recalled.filter((q) => /matchExpressions/.test(q.prompt))).toEqual([]);
    expect(recalled.some((q) => /matchLabels/.test(q.prompt))).toBe(true);
  });

  it('leaves off a last line that leads on to what the note shows next', () => {
    const note = [
      '## What is a Deployment?',
      '',
      'A Deployment keeps a set number of identical Pods running and replaces them one batch at a time when their template changes.',
      'That is why the examples above used a Deployment rather than a bare Pod.',
      'Here is the manifest once more for reference:',
      '',
      '```yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  replicas: 2',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '```',
      '',
      '## What is a ReplicaSet?',
      '',
      'A ReplicaSet keeps the number of Pods that match its selector at the count it is given.',
      '',
    ].join('\n');
    const q = recallOf(note, 'Deployment');
    expect(q?.answer).toMatch(/bare Pod\.$/);
  });

  it('is no answer to a how-to question when it is one sentence before the steps', () => {
    const note = ['## How to Use Helm?', '', 'Once Helm is installed, you can start using it to manage applications through charts.', '', '### Search for a chart', '', 'helm search hub finds charts on Artifact Hub.', ''].join('\n');
    expect(recallOf(note, 'How to Use Helm')).toBeUndefined();
  });

  it('is no answer when it is mostly manifests', () => {
    const yaml = (kind: string) => ['   ```yaml', '   apiVersion: v1', `   kind: ${kind}`, '   metadata:', '     name: db', '     labels:', '       app: db', '   ```'].join('\n');
    const note = ['## Why Helm?', '', 'A database needs several objects:', '1. Service', yaml('Service'), '2. Secret', yaml('Secret'), '3. PersistentVolumeClaim', yaml('PersistentVolumeClaim'), ''].join('\n');
    expect(recallOf(note, 'Why Helm')).toBeUndefined();
  });
});

describe('a number of a made-up case', () => {
  it('is not blanked when the label supposes the case, or the sentence reads it off the config', () => {
    const supposed = ['## Secret', '', '- 假设希望Secret包含：用户名 admin、密码 123456', '- 默认大小上限：每个 Secret 最大 1MiB，超过会被 API Server 拒绝', ''].join('\n');
    const cloze = questionsOf(supposed).filter((q) => q.type === 'cloze');
    for (const q of cloze) expect(q.prompt).not.toMatch(/密码 ____/);
    const read = ['## Liveness', '', '从配置文件可知，最开始的 30 秒，/tmp/healthy 存在，cat 命令返回 0，探测成功。', ''].join('\n');
    expect(questionsOf(read).filter((q) => q.type === 'cloze')).toEqual([]);
  });

  it("is not a numeral the sentence counts its own items with", () => {
    const note = ['## DNS', '', 'Kubernetes creates DNS records for two kinds of objects (1. Services and 2. Pods), so clients use names rather than addresses.', ''].join('\n');
    for (const q of questionsOf(note).filter((x) => x.type === 'cloze')) expect(q.prompt).not.toMatch(/____\. Services|____\. Pods/);
  });
});

describe("a note's file name", () => {
  it('is no context for a prompt: `In "Readme"` names nothing', () => {
    const note = [
      '- nodeSelector: assigns Pods only to nodes that carry every label it lists, as key-value pairs',
      '- nodeName: binds a Pod straight to one named node, skipping the scheduler altogether',
      '- affinity: expresses preferences and rules about nodes and other Pods beyond exact labels',
      '',
    ].join('\n');
    const asked = questionsOf(note, 'scheduling/Readme.md');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/Readme/i);
  });
});

describe('a placeholder in angle brackets', () => {
  it('stays in the text, where a tag is dropped', () => {
    const note = ['## Service 类型', '', '- NodePort：通过请求 <NodeIP>:<NodePort>，可以从集群外部访问一个 <b>Service</b>', ''].join('\n');
    const [bank] = collect([parseNote('t.md', note)]).banks;
    expect(bank?.kind === 'terms' ? bank.entries[0]?.detail : '').toBe('通过请求 <NodeIP>:<NodePort>，可以从集群外部访问一个 Service');
  });
});

describe('a name spelled out in its description', () => {
  it('is not asked for by it: `AES-GCM.` describes aesgcm by its letters', () => {
    const note = [
      '## Encryption providers',
      '',
      '- aescbc: AES-CBC with PKCS#7 padding, fast but weaker than the authenticated modes',
      '- aesgcm: AES-GCM, the fastest, but its key must be rotated every 200,000 writes',
      '- secretbox: XSalsa20 and Poly1305, strong and fast, a newer standard than the AES modes',
      '- identity: no encryption at all; what is stored is the plain base64 of each Secret',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'identify' || q.type === 'typed');
    for (const q of asked) expect(q.subject === 'aesgcm' || q.subject === 'aescbc', q.prompt).toBe(false);
  });

  it('is not asked for by the beginnings of its words: `Working directory inside the container` for WORKDIR', () => {
    const note = [
      '## Dockerfile instructions',
      '',
      '- FROM: the base image the build starts from',
      '- WORKDIR: Working directory inside the container',
      '- EXPOSE: documents the port the app listens on',
      '- ENTRYPOINT: the program that always runs when the container starts',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'identify' || q.type === 'typed');
    expect(asked.filter((q) => q.subject === 'WORKDIR').map((q) => q.prompt)).toEqual([]);
    expect(asked.some((q) => q.subject === 'EXPOSE')).toBe(true);
  });
});

describe("a parameter under a heading that only says 'parameters'", () => {
  it('is not asked to be explained without whose it is', () => {
    const note = [
      '### parameters（参数）',
      '',
      '- monitors：Ceph monitor 的地址列表，以逗号分隔，该参数是必需的',
      '- userId：用于映射 RBD 镜像的 Ceph 客户端 ID，默认与 adminId 相同',
      '- imageFormat：Ceph RBD 镜像的格式，可以是 1 或者 2',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'recall')).toEqual([]);
  });
});

describe('a field name said in translation', () => {
  it('gives a strategy away: 均匀 says Balanced', () => {
    expect(revealsName('让各节点的资源使用更加均匀', 'Balanced', [], { descriptions: ['优先选择资源用得最少的节点', '优先选择资源用得最多的节点'] })).toBe(true);
  });

  it('gives the field away: 最后一次状态转变的时间 is lastTransitionTime word by word', () => {
    expect(revealsName('Pod最后一次状态转变的时间戳。', 'lastTransitionTime')).toBe(true);
    expect(revealsName('Pod 当前所处的阶段，例如 Pending 或 Running', 'lastTransitionTime')).toBe(false);
  });

  it('gives a key away by what its word means: 清单 for manifest, 启动顺序 for depends_on, 没有指定 for default, variables for envFrom', () => {
    const cases: [string, string, boolean][] = [
      ['列出镜像各层摘要的 JSON 清单', 'manifest', true],
      ['规定几个服务的启动顺序', 'depends_on', true],
      ['没有指定命名空间时对象所在的位置', 'default', true],
      ['loads every key of a Secret as variables', 'envFrom', true],
      ['按内容算出的哈希，唯一标识一个镜像', 'manifest', false],
      ['mounts a volume into the container', 'envFrom', false],
    ];
    for (const [description, name, gives] of cases) expect(revealsName(description, name), `${name}: ${description}`).toBe(gives);
  });
});

describe('one word of a name in its description', () => {
  it('gives it away where no other choice says that word: `The minimum…` for minReplicas beside `The maximum…`', () => {
    const rivals = { descriptions: ['The maximum number of replicas the autoscaler will ever create', 'The object whose replica count is scaled'] };
    expect(revealsName('The minimum number of replicas the autoscaler scales down to', 'minReplicas', [], rivals)).toBe(true);
    // A word every choice says (`replicas`) points at none of them.
    expect(revealsName('How many replicas to keep when load is low', 'minReplicas', [], rivals)).toBe(false);
  });
});

describe('a recall prompt that names nothing', () => {
  const note = (heading: string) =>
    [`## ${heading}`, '', '1. Apply the official manifest with kubectl apply; it starts a DaemonSet that runs the agent on every node.', '2. Wait until every agent Pod is Running, then check that nodes report Ready.', ''].join('\n');

  it('is not asked: `How do you install?` says not what', () => {
    expect(questionsOf(note('How do you install?')).filter((q) => q.type === 'recall')).toEqual([]);
    expect(questionsOf(note('How do you install Flannel?')).filter((q) => q.type === 'recall').length).toBeGreaterThan(0);
  });

  it('is not asked when it asks for what you get, or for the note\'s own example', () => {
    const benefits = ['## StorageClass provisioning', '', '### What you get', '', '- **Volumes made on demand**: no PersistentVolume is written by hand', '- **The size asked for**: a claim for 5Gi gets a 5Gi volume', ''].join('\n');
    expect(questionsOf(benefits).filter((q) => q.type === 'recall' && /what you get/i.test(q.prompt))).toEqual([]);
    // A guide's recap after its capstone, asked as a question: what "you just used" is the guide's own list.
    const recap = 'A request goes from the browser through the Ingress and a Service to the Pods of a Deployment, which keep their rows on a PVC and roll out behind readiness probes.';
    const lookup = 'It keeps a label selector and sends traffic to every Ready Pod whose labels match, through the EndpointSlices the control plane keeps up to date.';
    const banks = [
      qa('recap', 'What you just used', ['Networking'], [['What you just used?', recap]]),
      qa('learned', "What we've learned", ['Networking'], [["What we've learned?", recap]]),
      qa('lookup', 'Services', ['Networking'], [['How does a Service find its Pods?', lookup]]),
    ];
    expect(allQuestions(banks, { seed: 1 }).filter((q) => q.type === 'recall').map((q) => q.prompt)).toEqual(['How does a Service find its Pods?']);
    // `Why is CMD ignored here?`: "here" is the note's own example, which the prompt does not show.
    const here = qa('here', 'Why is CMD ignored here', ['Networking'], [['Why is CMD ignored here?', 'The run replaced the ENTRYPOINT with its own command, so the image CMD that would have been its arguments is dropped as well.']]);
    expect(allQuestions([here, banks[2] as (typeof banks)[number]], { seed: 1 }).filter((q) => q.type === 'recall').map((q) => q.prompt)).toEqual(['How does a Service find its Pods?']);
    // `Why add another layer?`: which layer is in the note above.
    const layer = qa('layer', 'ReplicaSet', ['Workloads'], [['Why add another layer?', 'Because each controller has one job: the ReplicaSet keeps the count of Pods, the Deployment manages its revisions.']]);
    expect(allQuestions([layer, banks[2] as (typeof banks)[number]], { seed: 1 }).filter((q) => q.type === 'recall').map((q) => q.prompt)).toEqual(['How does a Service find its Pods?']);
    // `Why Not Ready? (CNI issue)`: a symptom with no subject; what is not ready is in the note above.
    const notReady = qa('ready', 'Install kubeadm', ['Cluster'], [['Why Not Ready? (CNI issue)', 'Only kubeadm, kubelet and kubectl were installed; no CNI plugin gives the Pods a network yet, so the node stays NotReady.']]);
    expect(allQuestions([notReady, banks[2] as (typeof banks)[number]], { seed: 1 }).filter((q) => q.type === 'recall').map((q) => q.prompt)).toEqual(['How does a Service find its Pods?']);
    const manifest = ['## What Does a Deployment Look Like?', '', 'A Deployment is written as a YAML manifest that says how many copies to run and which image to use.', '', '```yaml', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: shop', 'spec:', '  replicas: 2', '```', ''].join('\n');
    expect(questionsOf(manifest).filter((q) => q.type === 'recall')).toEqual([]);
    for (const heading of ['How to Use Helm (Basic Example):', 'How to roll out a Deployment (example)']) {
      const walk = [`## ${heading}`, '', '- **Step 1: Add a chart repository**', '  - Repositories hold packaged charts.', '- **Step 2: Install a chart**', '  - helm install shop repo/shop installs it under a release name.', '- **Step 3: Upgrade the release**', '  - helm upgrade shop repo/shop applies the new values.', ''].join('\n');
      expect(questionsOf(walk).filter((q) => q.type === 'recall'), heading).toEqual([]);
    }
    // A question that gives its own example in brackets is still a question.
    const scenario = ['## Question', '', 'A Pod starts failing its API calls (for example, listing ConfigMaps) right after a deploy. What changed?', '', '## Short Answer', '', 'Its ServiceAccount lost a RoleBinding, so RBAC now denies the list verb; check the binding with kubectl auth can-i.', ''].join('\n');
    expect(questionsOf(scenario).filter((q) => q.type === 'recall').length).toBeGreaterThan(0);
  });

  it('is not asked of a note\'s shorthand: `Explain: ex`', () => {
    const list = ['## Creating objects', '', '- ex: creating a Pod with a POST request or kubectl create', '- rr: hands new connections to the backends in turn, one after another', ''].join('\n');
    expect(questionsOf(list).filter((q) => q.type === 'recall' && /\bex\b/.test(q.prompt))).toEqual([]);
  });
});

describe('the same how-to question in several notes', () => {
  it('is not asked: which way the note is about is in its name, not the prompt', () => {
    const way = (file: string, answer: string): ReturnType<typeof parseNote> =>
      parseNote(file, ['## How do you update objects?', '', `1. ${answer}`, '2. Check the result with kubectl get and kubectl describe.', ''].join('\n'));
    const banks = collect([way('imperative-commands.md', 'Run verb commands such as kubectl scale, label or annotate on the live object.'), way('declarative-config.md', 'Edit the manifest files and run kubectl apply -f on the folder.')]).banks;
    expect(allQuestions(banks, { seed: 1 }).filter((q) => q.type === 'recall')).toEqual([]);
    // Asked once, it is asked.
    expect(allQuestions(banks.slice(0, 1), { seed: 1 }).filter((q) => q.type === 'recall')).toHaveLength(1);
  });
});

describe('a note filed as reading source code', () => {
  it('asks nothing about its files and functions', () => {
    const note = [
      '## Informer',
      '',
      '- shared_informer.go：SharedInformer 的实现，负责把事件分发给所有的监听者',
      '- delta_fifo.go：保存对象变化的队列，按顺序把增量交给处理函数',
      '- reflector.go：调用 List 和 Watch，把 API Server 的变化放进队列',
      '- addDeployment：处理新增 Deployment 的事件，把它放进工作队列',
      '',
    ].join('\n');
    expect(questionsOf(note, 'k8s/source-code-reading/1-apiserver-watch.md')).toEqual([]);
    expect(questionsOf(note, 'k8s/源码分析/informer.md')).toEqual([]);
    expect(questionsOf(note, 'edge/openyurt/code-analysis/yurthub-1.md')).toEqual([]);
    const start = ['## YurtHub 启动', '', '- Run：读取配置后执行 run 函数，启动 hub 的核心逻辑', '- Complete：补全命令行传入的选项，生成运行所需的配置对象', ''].join('\n');
    expect(questionsOf(start, 'edge/openyurt/code-analysis/yurthub-1.md').filter((q) => /「?Run」?|：Run/.test(q.prompt))).toEqual([]);
    expect(questionsOf(note, 'k8s/controllers/informer.md').length).toBeGreaterThan(0);
  });
});

describe('a Chinese name said in English in its description', () => {
  it('gives it away: `server cert，…` for 服务器证书', () => {
    expect(revealsName('server cert，用于客户端验证服务端的身份', '服务器证书', [], { descriptions: ['client cert，用于服务端验证客户端的身份', 'peer cert，成员之间相互验证身份'] })).toBe(true);
    expect(revealsName('用于客户端验证服务端的身份', '服务器证书', [], { descriptions: ['用于服务端验证客户端的身份'] })).toBe(false);
  });
});

describe('every part of a name said only by the right description', () => {
  it('gives it away, in words or in translation: 内存限制 for limits.memory, read-write by multiple for ReadWriteMany', () => {
    const quota = ['非终止态的所有 Pod，内存请求总量不能超出此值', '非终止态的所有 Pod，cpu 限制总量不能超出此值'];
    expect(revealsName('非终止态的所有 Pod，内存限制总量不能超出此值', 'limits.memory', [], { descriptions: quota })).toBe(true);
    const modes = ['mounted read-write by a single node only', 'mounted read-only by multiple nodes'];
    expect(revealsName('mounted read-write by multiple nodes', 'ReadWriteMany (RWX)', [], { descriptions: modes })).toBe(true);
    // Where a wrong description says every part too, the words point at neither.
    expect(revealsName('非终止态的所有 Pod，内存限制总量不能超出此值', 'limits.memory', [], { descriptions: ['每个容器的内存限制默认值，没写限制时使用'] })).toBe(false);
  });
});

describe('a thing Kubernetes removed long ago', () => {
  it('is not asked about as if a cluster had it, and what is current beside it still is', () => {
    const note = [
      '## Node conditions',
      '',
      '- Ready: the node is healthy and ready to accept Pods',
      '- DiskPressure: disk capacity on the node is low and eviction may start',
      '- MemoryPressure: memory on the node is low and eviction may start',
      '- OutOfDisk: there is not enough free space on the node for adding new Pods',
      '- PIDPressure: too many processes are running on the node',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => q.subject === 'DiskPressure')).toBe(true);
    expect(asked.filter((q) => q.subject === 'OutOfDisk')).toEqual([]);
    const shims = ['## Kubelet - CRI shims', '', '- cri-containerd: a CRI shim that sits between the kubelet and containerd and translates its calls', '- cri-o: a runtime built for the kubelet alone that implements CRI over OCI runtimes such as runc', '- cri-dockerd: the adapter that lets the kubelet drive Docker Engine now that dockershim is gone', ''].join('\n');
    const shimQuestions = questionsOf(shims);
    expect(shimQuestions.some((q) => q.subject === 'cri-o')).toBe(true);
    expect(shimQuestions.filter((q) => q.subject === 'cri-containerd')).toEqual([]);
    const volumes = ['## Special purpose volumes', '', '- gitRepo: clones a Git repository into an empty directory when the Pod starts', '- downwardAPI: exposes the Pod\'s own labels and annotations to it as files', '- projected: puts several volume sources into one directory of the container', ''].join('\n');
    expect(questionsOf(volumes).filter((q) => q.subject === 'gitRepo')).toEqual([]);
  });
});

describe('a figure the note does not call a standard value', () => {
  it('is no blank: an example user id, a story, the note counting its own cases; a default, a status, a known port or a period is', () => {
    const note = [
      '## Security and numbers',
      '',
      '- Effect: all processes run as UID 1000 instead of root in this Pod',
      '- Current state: only 2 Pods running because one of them crashed',
      '- A 记录：为每个 Service 生成域名，解析 IP 分为两种情况',
      '- terminationGracePeriodSeconds: how long the kubelet waits after SIGTERM, 30 seconds by default',
      '- 授权环节：判断这个身份能否对资源执行该动作，失败返回 403',
      '- exec form: the program runs directly as PID 1 and receives signals itself',
      '- Lease: the kubelet renews its node Lease every 10 seconds to show it is alive',
      '',
    ].join('\n');
    const blanks = questionsOf(note).filter((q) => q.type === 'cloze').map((q) => q.prompt);
    for (const story of [/UID ____/, /only ____ Pods/, /分为____情况/]) expect(blanks.some((p) => story.test(p)), String(story)).toBe(false);
    for (const fact of [/SIGTERM, ____ seconds by default/, /失败返回 ____/, /PID ____/, /every ____ seconds|every ____ to show/]) expect(blanks.some((p) => fact.test(p)), String(fact)).toBe(true);
  });
});

describe('a step that says where it goes', () => {
  it('is no order question: highest priority, neither of the above, 全部…完成后', () => {
    const en = [
      '## Working directory precedence',
      '',
      '1. Container-level workingDir from the Pod spec, the highest priority',
      '2. The WORKDIR instruction of the image, used if the Pod does not set one',
      '3. The root directory, used when neither of the above is defined',
      '',
    ].join('\n');
    const zh = [
      '## 镜像构建流程',
      '',
      '1. 构建器读取并解析 Dockerfile，把各个阶段转换成依赖图',
      '2. 按依赖图执行目标阶段需要的指令，命中缓存的直接复用',
      '3. 全部指令完成后写出镜像配置和 manifest，并打上标签',
      '',
    ].join('\n');
    for (const note of [en, zh]) expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe('what a list under a question or a profile names', () => {
  it('asks no cause to be explained as if it were defined, nor a profile\'s `IP`, nor "What\'s Next?"', () => {
    const note = [
      '## Why is a Pod Pending?',
      '',
      '**Common causes:**',
      '',
      '1. **Taints/Tolerations**: nodes carry taints that the Pod does not tolerate',
      '2. **Node selector mismatch**: the Pod asks for node labels that no node has',
      '',
      '## Service types',
      '',
      '**ClusterIP**',
      '',
      '- **Access**: only from inside the cluster network',
      '- **Use case**: internal services talking to each other',
      '- **IP**: a virtual address from the cluster service range',
      '- **Example**: a backend API that the frontend calls',
      '',
      "## What's Next?",
      '',
      'Tomorrow we look at Namespaces, the way to split one cluster into virtual clusters for teams.',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    for (const prompt of asked) expect(prompt).not.toMatch(/Taints\/Tolerations|Node selector mismatch|Explain: IP\b|What.s Next/);
  });

  it('takes no exercise heading, study-checklist item or prompt label for a subject, and no project file for a name', () => {
    for (const label of ['Understand DaemonSet scheduling', 'Practice rolling updates', 'Consider', 'Plan', '07-ingress.yaml', 'cleanup.sh', 'backup-pvc.yaml']) expect(isNonName(label), label).toBe(true);
    for (const name of ['values.yaml', 'Chart.yaml', 'daemon.json', 'kustomization.yaml', 'list', 'Compare']) expect(isNonName(name), name).toBe(false);
    const note = [
      '## PRACTICAL QUESTIONS',
      '',
      '**Meaning**: the path does not exist on the node, and the type requires it to exist.',
      '',
    ].join('\n');
    for (const q of questionsOf(note)) expect(q.prompt).not.toMatch(/PRACTICAL QUESTIONS/);
  });
});

describe('a name known by a short one too', () => {
  it('takes either when typed: RWO or ReadWriteOnce', () => {
    const note = [
      '## Access modes',
      '',
      '**Common storage per mode:**',
      '',
      '- **RWO**: the mode of block disks (EBS, GCE PD, Azure Disk): mounted writable by Pods of a lone machine',
      '- **RWX**: the mode of file shares (NFS, EFS, Azure Files): mounted writable from every machine',
      '- **ROX**: the mode for data published to every machine without changes',
      '',
    ].join('\n');
    const typed = questionsOf(note).filter((q) => q.type === 'typed' && q.answer === 'RWO');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.type === 'typed' && q.accept).toContain('ReadWriteOnce');
  });

  it('takes an access-control model written out when its letters are asked: ABAC', () => {
    const note = [
      '## Authorization modes',
      '',
      '- ABAC: grants access by policies that combine what is known of the user, the resource and the request',
      '- Node: authorizes the requests kubelets make, limited to the objects of their own Pods',
      '- Webhook: sends each access review to an outside HTTP service that answers allow or deny',
      '',
    ].join('\n');
    const typed = questionsOf(note).filter((q) => q.type === 'typed' && q.answer === 'ABAC');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.type === 'typed' && q.accept).toContain('Attribute-Based Access Control');
  });
});

describe('a paragraph wrapped by hand', () => {
  it('gives no term whose explanation stops mid-sentence at the end of its first line', () => {
    const note = [
      '## 镜像',
      '',
      '**Docker 镜像**解决的就是应用打包的问题，它本质上是一个压缩包，里面带着一个完整操作系统的文件和目录，所以它的内容和本地环境',
      '完全一致，在云端解压就能运行应用。',
      '',
    ].join('\n');
    const terms = collect([parseNote('notes/t.md', note)]).banks.flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).not.toContain('Docker 镜像');
  });
});

describe("a course's own talk", () => {
  it("asks nothing of a course's syllabus, and still of the same list under a heading of its own", () => {
    const list = ['- Git Plugin: checks out the repository a job builds', '- GitHub Plugin: links builds to commits and pull requests', '- Webhooks: let GitHub start a build on every push', '- PollSCM: checks the repository for changes on a schedule', ''];
    for (const heading of ['Topics Covered', 'Syllabus', '课程大纲']) {
      const syllabus = ['# Jenkins course', '', `## ${heading}`, '', '### 6. GitHub Integration', '', ...list].join('\n');
      expect(questionsOf(syllabus), heading).toEqual([]);
    }
    expect(questionsOf(['# Jenkins', '', '## GitHub integration plugins', '', ...list].join('\n')).length).toBeGreaterThan(0);
  });

  it('asks nothing of its lesson menu, its plans, its pitch or its teasers, and still asks what it teaches', () => {
    const note = [
      '# Lesson 3: ConfigMaps',
      '',
      '## What We’ll Build?',
      '',
      'A small web app whose settings come from a ConfigMap and whose password comes from a Secret.',
      '',
      '## Why Kubernetes Becomes Expensive?',
      '',
      'Requests set far above real use keep whole nodes idle, and nobody notices the bill.',
      'You will learn how to fix ALL of these.',
      '',
      '## Why companies love GKE?',
      '',
      '✔️ Best cluster stability',
      '✔️ Best automatic upgrades',
      '✔️ Cheapest per node',
      '',
      '## Summary: When to Use What?',
      '',
      'HPA for load that comes and goes, VPA for requests set wrong, KEDA for queues and events.',
      '',
      '## Choose your next lesson',
      '',
      '1. **Ingress** (domains and real web routing with HTTPS)',
      '2. **Kustomize** (environment overlays for dev, stage and prod)',
      '',
      '## ConfigMap basics',
      '',
      '- ConfigMap: holds configuration as key-value pairs that Pods read as environment variables or files',
      '- Secret: holds sensitive values such as passwords, base64-encoded and kept apart from the image',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    for (const q of asked) expect(q.prompt).not.toMatch(/Build\?|Expensive|love GKE|When to Use What|next lesson|Lesson 3\b/);
    expect(asked.some((q) => q.subject === 'ConfigMap')).toBe(true);
    expect(isNonName('Lesson 8')).toBe(true);
  });

  it("asks no aspect of a plain word naming one of the note's options: `Cloud › Pros`", () => {
    const note = [
      '## Installing the ingress controller',
      '',
      '- **Cloud** (e.g., AWS, GKE):',
      '  - **Purpose**: for providers whose load balancers give the Service an external address',
      '  - **Pros**: stable, and the load balancer is made for you by the provider',
      '',
    ].join('\n');
    for (const q of questionsOf(note)) expect(q.prompt).not.toMatch(/of Cloud\b/);
  });
});

describe('what Docker and Kubernetes removed', () => {
  it('asks nothing of a PodSecurityPolicy or devicemapper section', () => {
    const note = [
      '## PodSecurityPolicy',
      '',
      '- privileged: whether a Pod may run privileged containers under this policy at all',
      '- hostNetwork: whether a Pod may use the network namespace of its node under this policy',
      '',
      '## devicemapper options',
      '',
      '- dm.thinp_percent: how much of the free space the thin pool may take, 95% by default',
      '- dm.thinp_autoextend_threshold: how full the pool gets before it grows, 80% by default',
      '',
    ].join('\n');
    expect(questionsOf(note)).toEqual([]);
  });
});

describe('a figure in a range, a power of two, and an example port or status', () => {
  it('offers a range bound only values that keep it a range, and a power of two only powers of two', () => {
    const note = [
      '## Probes and keys',
      '',
      '- httpGet: the probe succeeds when the status is at least 200 and less than 400',
      '- NodePort range: NodePort values must be in the range 30000–32767 by default',
      '- Key size: an RSA key needs at least 2048 bits to be considered safe today',
      '',
    ].join('\n');
    const blanks = questionsOf(note).filter((q) => q.type === 'cloze');
    const status = blanks.filter((q) => /at least ____ and less than 400/.test(q.prompt));
    const port = blanks.filter((q) => /range ____–32767/.test(q.prompt));
    const bits = blanks.filter((q) => /at least ____ bits/.test(q.prompt));
    expect(status.length * port.length * bits.length).toBeGreaterThan(0);
    for (const q of status) for (const c of q.choices) expect(Number(c), q.prompt).toBeLessThan(400);
    for (const q of port) for (const c of q.choices) expect(Number(c), q.prompt).toBeLessThan(32767);
    for (const q of bits) for (const c of q.choices) expect(Math.log2(Number(c)) % 1, c).toBe(0);
  });

  it("blanks no web port an example picked, nor a status an app's code returns", () => {
    const note = [
      '## My app',
      '',
      '- Ingress: in this cluster the ingress controller listens on port 80 through the kind port mapping',
      '- Dependency failure: when the database is unreachable the app answers every request with 503',
      '- 依赖故障：应用启动了，但连不上数据库，健康检查和所有请求都返回 500',
      '- 端口映射：kind 的节点是容器，必须把宿主机端口透传进节点，Ingress 才能监听 80 端口',
      '- Authorization: a request the authorizer turns down gets status 403 from the API server',
      '',
    ].join('\n');
    const blanks = questionsOf(note).filter((q) => q.type === 'cloze').map((q) => q.prompt);
    expect(blanks.some((p) => /port ____/.test(p) || /with ____/.test(p) || /都返回 ____/.test(p) || /监听 ____ 端口/.test(p))).toBe(false);
    expect(blanks.some((p) => /status ____ from the API server/.test(p))).toBe(true);
  });
});

describe('the notes keeping track of themselves', () => {
  it('asks nothing of PROGRESS.md, nor takes a verb for a name, nor orders a step the list says goes earlier', () => {
    const progress = ['## Environment', '', '- Cluster: three nodes, one control plane and two workers', '- Status: ready since the first week of June', ''].join('\n');
    expect(questionsOf(progress, 'notes/PROGRESS.md')).toEqual([]);
    expect(questionsOf(progress, 'notes/cluster.md').length).toBeGreaterThan(0);
    // Instructions for an AI assistant that writes a course's pages are no notes either.
    for (const file of ['exercises/01-pods/assignment-2/prompt.md', 'notes/CLAUDE.md', 'notes/AGENTS.md', '.github/copilot-instructions.md']) expect(questionsOf(progress, file), file).toEqual([]);
    expect(questionsOf(progress, 'notes/prompting.md').length).toBeGreaterThan(0);
    expect(isNonName('means')).toBe(true);
    const steps = [
      '## Symmetric encryption',
      '',
      '1. The sender encrypts the message with the shared secret key',
      '2. The receiver decrypts the message with the same secret key',
      '3. Both sides exchange the secret key beforehand',
      '',
    ].join('\n');
    expect(questionsOf(steps).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it("asks nothing of one person's machine and tools, nor of their rules of conduct, and still of environment variables", () => {
    const setup = [
      '# 在筆電上用 kind 練習',
      '',
      '## 1. 環境與工具概覽',
      '- **主機環境**：Ubuntu 24.04 筆電，已裝好 Docker Engine。',
      '- **編輯器**：Neovim，外加 YAML 語法檢查外掛。',
      '- **專案目錄**：練習檔都放在 `~/labs/kind-practice` 底下。',
      '',
      '## 5. 安全操作守則',
      '- **最小權限**：練習時只用 namespace 內的 Role，不綁 cluster-admin。',
      '- **用完即刪**：每次練習結束就刪掉 kind 叢集，避免佔用記憶體。',
      '',
    ].join('\n');
    expect(questionsOf(setup)).toEqual([]);
    // Advice headed in traditional characters is advice too.
    for (const label of ['安全操作守則', '部署最佳實踐', '使用建議']) expect(isAdviceSection(label), label).toBe(true);
    const variables = ['## 環境變數', '', '- `KUBECONFIG`：kubectl 讀取的設定檔路徑，可以用冒號串接多個檔案', '- `KUBE_EDITOR`：kubectl edit 打開的編輯器', ''].join('\n');
    expect(questionsOf(variables).length).toBeGreaterThan(0);
  });

  it('asks nothing of who wrote which chapter, and takes no chapter number for a name', () => {
    for (const heading of ['贡献人员', '项目贡献情况', 'Contributors', 'Credits']) {
      const credits = ['# Kubernetes 学习小组', '', `## ${heading}`, '', '- 第一章：王小明（校对：李华）', '- 第二章：张伟（校对：王小明）', '- 第三章：李华（校对：张伟）', '- 第四章：赵磊（校对：李华）', ''].join('\n');
      expect(questionsOf(credits), heading).toEqual([]);
    }
    for (const label of ['第一章', '第二讲', '第3课', '第二种方式好处', '第一种做法的缺点']) expect(isNonName(label), label).toBe(true);
    for (const name of ['第三方插件', '二阶段提交']) expect(isNonName(name), name).toBe(false);
  });
});

describe("a walk through a tool's screens, and a name written with a slash", () => {
  it('orders no clicks through a UI, and takes `State or Province` for `State/Province`', () => {
    const ui = [
      '## 在 Jaeger UI 中查看追踪',
      '',
      '1. 打开 Jaeger UI 的首页',
      '2. 在 Service 下拉框中选择要看的服务',
      '3. 点击 Find Traces 按钮列出追踪',
      '4. 观察 Span 树和每个 Span 的耗时',
      '',
    ].join('\n');
    expect(questionsOf(ui).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const fields = [
      '## Certificate subject fields',
      '',
      '- Country Name (C): the two-letter code of the country',
      '- State/Province (ST): the full name of the region, never abbreviated',
      '- Organizational Unit (OU): the department that asks for the certificate',
      '',
    ].join('\n');
    const typed = questionsOf(fields).filter((q) => q.type === 'typed' && q.answer === 'State/Province');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.type === 'typed' && q.accept).toContain('State or Province');
  });

  it('takes a field the note wrote in the plural in the singular too (reclaimPolicies, reclaimPolicy)', () => {
    const fields = ['## PersistentVolume fields', '', '- accessModes: how many nodes may mount the volume, and whether they may write to it', '- reclaimPolicies: decides what happens to the storage once its claim is deleted', '- storageClassName: the class whose provisioner made the volume, empty for a static one', ''].join('\n');
    const typed = questionsOf(fields).filter((q) => q.type === 'typed' && q.answer === 'reclaimPolicies');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.type === 'typed' && q.accept).toContain('reclaimPolicy');
    const modes = questionsOf(fields).filter((q) => q.type === 'typed' && q.answer === 'accessModes');
    for (const q of modes) expect(q.type === 'typed' && q.accept).toContain('accessMode');
  });
});

describe('what happens to a thing, a myth and its correction, and advice', () => {
  it('orders no chain of consequences, asks no myth label, and explains no field from advice on setting it', () => {
    const note = [
      '## StatefulSet 常见困惑',
      '',
      '**误解**：StatefulSet 的主要作用是持久存储，不需要磁盘的应用就该用 Deployment。',
      '',
      '- 本地磁盘（hostPath）：节点宕机 → Pod 在其他节点重建 → 数据丢失',
      '- 网络存储（NFS、云盘）：节点宕机 → Pod 在其他节点重建 → PVC 重新挂载 → 数据完好',
      '',
      '## 探针通用建议',
      '',
      '- `failureThreshold`：给应用自愈的机会，不要设太小',
      '- `timeoutSeconds`：应用有慢请求时适当调大，避免检查被正常请求阻塞',
      '',
      '## 调度流程',
      '',
      '调度流程：过滤节点 → 为节点打分 → 绑定到得分最高的节点',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.filter((q) => (q.type === 'order' || q.type === 'next') && /本地磁盘|网络存储/.test(q.prompt))).toEqual([]);
    expect(asked.some((q) => q.type === 'order' && /调度流程/.test(q.prompt))).toBe(true);
    for (const q of asked) expect(q.prompt).not.toMatch(/误解|failureThreshold|timeoutSeconds/);
  });

  it('orders no steps whose last one sums them up: `总计约 5-6 分钟后…`', () => {
    const note = [
      '## 节点宕机后的重建流程',
      '',
      '1. kubelet 停止汇报心跳，约 40 秒后节点被标记为 NotReady',
      '2. 节点控制器按默认的五分钟等待 Pod 被驱逐',
      '3. 总计约五到六分钟后 ReplicaSet 才在其他节点重建 Pod',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe('a sentence wrapped by hand, and a note that is one example', () => {
  it('blanks no sentence begun on the line before, and no figure of a note named as an example', () => {
    const wrapped = [
      '## 认证',
      '',
      '开启 TLS 时，所有的请求都需要首先认证。Kubernetes 支持同时开启多个认证插件。如果认证成功，则用户的名字会传入授',
      '权模块做进一步授权验证，认证失败的请求由 API Server 返回 HTTP 401。',
      '',
    ].join('\n');
    for (const q of questionsOf(wrapped)) expect(q.prompt).not.toMatch(/^权模块|\n权模块/);
    const quota = ['## Key Fields', '', '- `pods`: a maximum of 50 pods can run in the namespace', '- `services`: a maximum of 10 Services can exist in the namespace', ''].join('\n');
    expect(questionsOf(quota, 'notes/quota/Example1.md').filter((q) => q.type === 'cloze')).toEqual([]);
    expect(questionsOf(quota, 'notes/quota/limits.md').some((q) => q.type === 'cloze')).toBe(true);
  });
});

describe('a step that says what comes after it, and the fields of a member field', () => {
  it('asks no "what comes next" after a step that names it: `… before joining workers`', () => {
    const note = [
      '## Cluster setup steps',
      '',
      '1. Install a container runtime and kubeadm on every machine',
      '2. Initialise the control plane with kubeadm init on the first machine',
      '3. Set up pod networking with a CNI plugin before joining workers',
      '4. Join the worker nodes with the token that kubeadm printed',
      '5. Check that every node reports Ready with kubectl get nodes',
      '',
    ].join('\n');
    const next = questionsOf(note).filter((q) => q.type === 'next');
    for (const q of next) expect(q.prompt).not.toMatch(/before joining workers/);
  });

  it('offers no field of a member field as a field outside the group', () => {
    const note = [
      '## Placement',
      '',
      'Pod spec placement fields:',
      '',
      '- nodeSelector: a plain map of labels that a machine must all carry',
      '- nodeName: bypasses the scheduler and binds the Pod straight to the machine given',
      '- affinity: required or preferred rules on machine or workload labels',
      '- topologySpreadConstraints: keeps the count of matching Pods across zones within a given skew',
      '- schedulerName: picks which of several placement engines handles this Pod',
      '',
      'topologySpreadConstraints fields:',
      '',
      '- maxSkew: the largest allowed difference in matching Pods between two domains',
      '- topologyKey: the machine label whose values define the domains',
      '- whenUnsatisfiable: DoNotSchedule makes the rule hard, ScheduleAnyway only lowers the score',
      '',
    ].join('\n');
    const placement = questionsOf(note).filter((q) => (q.type === 'member' || q.type === 'multi') && /placement fields/.test(q.prompt));
    for (const q of placement) for (const c of q.choices) expect(['maxSkew', 'topologyKey', 'whenUnsatisfiable'], q.prompt).not.toContain(c);
  });
});

describe('a repository keeping its own log, and a table of contents over the steps', () => {
  it("asks nothing of a maintenance log or an audit report, and names no procedure after `Contents`", () => {
    const log = ['## Session 3', '', '- Renamed: the stub notes moved under a folder of their own', '- Validator: a script that checks every wikilink resolves to a file', ''].join('\n');
    for (const file of ['notes/context_refresh_log.md', 'notes/repo_audit_report.md']) expect(questionsOf(log, file)).toEqual([]);
    const steps = [
      '# 多容器應用部署',
      '',
      '## Contents',
      '',
      '### 步驟',
      '',
      '1. 用 Dockerfile 建置應用程式的鏡像',
      '2. 建立一個自訂的 bridge 網路給兩個容器使用',
      '3. 在這個網路裡啟動 Redis 容器',
      '4. 在同一個網路裡啟動應用容器並對外開放連接埠',
      '',
    ].join('\n');
    for (const q of questionsOf(steps)) expect(q.prompt).not.toMatch(/Contents/);
    // `7-14 多容器…`: a chapter-and-section number is no part of the name.
    const numbered = questionsOf(steps.replace('# 多容器應用部署', '# 7-14 多容器應用部署'));
    expect(numbered.some((q) => q.type === 'order' && q.prompt.includes('「多容器應用部署 › 步驟」'))).toBe(true);
  });
});

describe('a name that describes itself in other words', () => {
  it('gives it away where only the right description says it: tries to avoid for PreferNoSchedule, limits for NodeRestriction, 共享目录 for NFS_PATH', () => {
    expect(revealsName('Scheduler tries to avoid placing Pods that do not tolerate it', 'PreferNoSchedule', [], { descriptions: ['New Pods that do not tolerate it are never placed', 'Running Pods that do not tolerate it are evicted'] })).toBe(true);
    expect(revealsName('Limits what kubelets can modify', 'NodeRestriction', [], { descriptions: ['Rejects every request to create Pods', 'Adds a default storage class to claims'] })).toBe(true);
    expect(revealsName('NFS服务端设置的共享目录', 'NFS_PATH', [], { descriptions: ['NFS服务端的地址', '供给器的名字'] })).toBe(true);
    // Where a wrong description says it too, it points at nothing.
    expect(revealsName('Limits what kubelets can modify', 'NodeRestriction', [], { descriptions: ['Limits how many Pods a namespace may run'] })).toBe(false);
  });
});

describe("a plan's line with its aside in brackets", () => {
  it('is no name and description: `ConfigMap for configuration (port, log level)`', () => {
    const note = [
      '## Backend tier',
      '',
      '- Deployment with three replicas',
      '- ConfigMap for configuration (port, log level)',
      '- ClusterIP Service (often headless for StatefulSet)',
      '- Secret for the database password',
      '',
    ].join('\n');
    for (const q of questionsOf(note)) expect(shown(q)).not.toMatch(/port, log level|often headless/);
  });
});

describe('modes of two different things in one note', () => {
  it('offers no encapsulation mode as a wrong Pod Security mode, nor the other way round', () => {
    const note = [
      '# Networking and security',
      '',
      '## Overlay networks',
      '',
      'Encapsulation and routing modes:',
      '',
      '- VXLAN: wraps each Pod packet in a UDP packet between machines',
      '- host-gw: routes Pod packets directly when all machines share one network',
      '- IPIP: wraps each Pod packet in another IP packet',
      '',
      '## Pod Security Admission',
      '',
      'Pod Security Admission modes:',
      '',
      '- enforce: rejects Pods that break the level',
      '- audit: records a violation in the audit log and lets the Pod in',
      '- warn: shows the user a warning and lets the Pod in',
      '',
    ].join('\n');
    for (const q of questionsOf(note).filter((q) => q.type === 'member' || q.type === 'multi')) {
      const mixed = q.choices.some((c) => ['VXLAN', 'host-gw', 'IPIP'].includes(c)) && q.choices.some((c) => ['enforce', 'audit', 'warn'].includes(c));
      expect(mixed, q.prompt).toBe(false);
    }
  });
});

describe("a see-also list of components, and a note's sizing rules of thumb", () => {
  it('asks nothing of `Related Components` or `Typical CIDR Sizing`', () => {
    const note = [
      '## Related Components',
      '',
      '- kube-proxy: Service networking and load balancing, see the kube-proxy page',
      '- CNI Plugin: sets up the Pod network, see the CNI page',
      '',
      '## Typical CIDR Sizing',
      '',
      '- Node Network: match your existing infrastructure',
      '- Pod Network: a /16 for a medium cluster, with a /24 for each node',
      '',
    ].join('\n');
    expect(questionsOf(note)).toEqual([]);
  });
});

describe("an exam's time savers, and a field typed without its object's section", () => {
  it('asks nothing of exam-time-savers.md, and takes `taints` for `spec.taints`', () => {
    const tips = ['## Time savers', '', '1. Read the task carefully and note the namespace it names', '2. Set the kubectl context the task gives before anything else', '3. Generate the manifest with a dry run instead of typing it', ''].join('\n');
    expect(questionsOf(tips, 'notes/0x_timesaver/2-exam-time-savers.md')).toEqual([]);
    const fields = [
      '## Node fields',
      '',
      '| Field | Meaning |',
      '| :--- | :--- |',
      '| `metadata.labels` | Used for nodeSelector, affinity and topology spreading. |',
      '| `spec.taints` | Repels Pods without matching tolerations. |',
      '| `status.capacity` | Total node resources, before anything is reserved. |',
      '| `status.conditions` | Ready, MemoryPressure, DiskPressure and PIDPressure. |',
      '',
    ].join('\n');
    const typed = questionsOf(fields).filter((q) => q.type === 'typed' && q.answer === 'spec.taints');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.type === 'typed' && q.accept).toContain('taints');
  });
});

describe("a question about `it`, suggestions for a recommender, and fields every object has", () => {
  it('asks no "How Kubernetes Handles It Internally?", hears suggest in recommender, and offers no annotations as outside an object\'s fields', () => {
    const qa = ['## How Kubernetes Handles It Internally?', '', 'The garbage collector reads the owner references and deletes the dependents in the background or first, as the policy says.', ''].join('\n');
    for (const q of questionsOf(qa)) expect(q.prompt).not.toMatch(/Handles It/);
    expect(revealsName('watches usage history and computes suggested requests for each container', 'vpa-recommender', [], { descriptions: ['evicts Pods whose requests are far from the target', 'rewrites the requests of new Pods as they are created'] })).toBe(true);
    const note = [
      '## Workloads',
      '',
      'StatefulSet fields:',
      '',
      '- serviceName: the headless Service that gives each Pod its stable DNS name',
      '- volumeClaimTemplates: claims made for each Pod, kept when the Pod is rescheduled',
      '- podManagementPolicy: OrderedReady starts Pods one by one, Parallel starts them together',
      '',
      'Object metadata fields:',
      '',
      '- annotations: free-form notes for tools, not used to select objects',
      '- labels: key-value pairs that selectors match on',
      '- finalizers: keys that hold deletion until controllers remove them',
      '',
    ].join('\n');
    for (const q of questionsOf(note).filter((q) => (q.type === 'member' || q.type === 'multi') && /StatefulSet fields/.test(q.prompt))) {
      for (const c of q.choices) expect(['annotations', 'labels', 'finalizers'], q.prompt).not.toContain(c);
    }
  });
});

describe('a point under a drawback, a comparison with the line before, and a flag spelled short', () => {
  it('asks a drawback\'s aspect of the thing, not of the point; explains no comparison or four-word line; hears addr in 地址', () => {
    const cons = ['# Cilium简介', '', '## Cilium的局限性', '', '**3. 学习曲线陡峭**', '', '- **复杂性**：Cilium 引入了 eBPF 技术，与传统 CNI 相比技术更复杂，需要深入理解内核网络栈。', ''].join('\n');
    const asked = questionsOf(cons).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(asked).toContain('「Cilium」在复杂性方面怎么样？');
    for (const p of asked) expect(p).not.toMatch(/学习曲线陡峭/);
    const tools = [
      '## Heap dump tools',
      '',
      '- **Eclipse MAT**: the standard analyser of heap dumps; its leak suspects report names the class that holds the memory',
      '- **VisualVM**: lighter weight, ships with some JDK builds; good for quick histograms, less powerful than MAT',
      '',
      '## Ownership chain',
      '',
      '| Object | Role |',
      '|---|---|',
      '| **Deployment** | Declares the image, the replica count and the update strategy, and keeps rollout history |',
      '| **Pod** | The actual running container(s). |',
      '',
    ].join('\n');
    const explained = questionsOf(tools).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(explained.some((p) => /MAT/.test(p))).toBe(true);
    for (const p of explained) expect(p).not.toMatch(/VisualVM|Explain: Pod\b/);
    expect(revealsName('公布的ip地址和端口，默认为127.0.0.1:2379', '-addr', [], { descriptions: ['节点名称', '集群成员逗号分隔的列表'] })).toBe(true);
  });
});

describe("links given elsewhere, a page for an answer, the note's own to-dos", () => {
  it('keeps only the words of a reference link, asks no page-long answer, no to-do list, no 如何使用呢, no 实现; hears 机架 in rack', () => {
    const steps = ['## 节点初始化', '', '初始化步骤：', '', '1. 运行 apt install docker-ce，参考[Get Docker CE][docker-ce-ubuntu]', '2. 修改 Storage driver 为 overlay2，[文档][overlay2]', '3. 执行 usermod 把用户加入 docker 组，数组写作 a[0][1]', '', '[docker-ce-ubuntu]: https://docs.docker.com/', ''].join('\n');
    const shownSteps = questionsOf(steps).map(shown).join('\n');
    expect(shownSteps).toMatch(/参考Get Docker CE/);
    expect(shownSteps).not.toMatch(/\]\[(?:docker|overlay)/);
    expect(shownSteps).toMatch(/a\[0\]\[1\]/);
    const page = ['## 什么是 Prometheus？', '', ...Array.from({ length: 8 }, (_, i) => `在第${i + 1}个例子里，Prometheus 作为一套监控告警方案，按固定间隔从目标抓取指标并存进自己的时序数据库，再用查询语言计算告警条件。`), ''].join('\n\n');
    expect(questionsOf(page).some((q) => q.type === 'recall')).toBe(false);
    const short = ['## 什么是 Prometheus？', '', 'Prometheus 是一套监控告警方案，按固定间隔从目标抓取指标，存进自己的时序数据库。', ''].join('\n');
    expect(questionsOf(short).some((q) => q.type === 'recall')).toBe(true);
    const todo = ['## What I need to do?', '', '- figure out how to run the post-sync hook test suite', '- figure out the pull request generator', '', '## 如何使用呢？', '', '先创建一个 ServiceMonitor 对象，再让 Prometheus 按标签选中它，就能抓取到服务暴露的指标了。', '', '## 不同节点的 Pod 通信', '', '- 实现：给每个节点的网桥配置不同的网段，再在节点之间配置路由', ''].join('\n');
    expect(questionsOf(todo).filter((q) => q.type === 'recall').map((q) => q.prompt)).toEqual([]);
    expect(revealsName('机架。一个机架属于特定的数据中心，一个数据中心可以包含多个机架。', 'rack', [], { descriptions: ['主节点，负责集群管理', '存储数据的卷服务器'] })).toBe(true);
  });
});

describe("outsiders that point at the member, a demo app's parts, the note's next steps", () => {
  it('asks no member whose outsiders share a word it lacks, no demo API, no next steps, no 案例2, no side of a comparison, no 1 year said as every year', () => {
    const predicates = ['## 调度策略', '', 'Predicates 策略：', '', '- PodFitsHostPorts', '- PodFitsResources', '- HostName', '- MatchNodeSelector', '', 'Priorities 策略：', '', '- LeastRequestedPriority', '- BalancedResourceAllocation', '- SelectorSpreadPriority', '- InterPodAffinityPriority', ''].join('\n');
    for (const q of questionsOf(predicates).filter((q) => q.type === 'member' && /属于「Predicates/.test(q.prompt) && !/不属于/.test(q.prompt))) {
      const wrong = q.choices.filter((_, i) => i !== q.answer);
      expect(wrong.every((c) => /Priority/.test(c)), wrong.join(', ')).toBe(false);
    }
    const demo = [
      '## Multiple APIs',
      '',
      '- **Users API**: takes a dummy request to create a new user and stores it in memory for the demo',
      '- **Auth API**: creates a dummy authentication token for a new user of the sample',
      '',
      '## Next Steps for Beginners',
      '',
      '1. Try the Bookinfo app with Istio to get hands-on experience.',
      '2. Explore Kiali, Prometheus, or Jaeger for observability.',
      '3. Experiment with traffic routing for A/B testing.',
      '4. Learn about other service meshes to compare them.',
      '',
      '## Docker vs. Docker Compose',
      '',
      '- **Docker**: good for running single containers, where the docker CLI commands are enough for one-off tasks',
      '- **Docker Compose**: good for applications of several containers that are started and stopped together',
      '',
    ].join('\n');
    const asked = questionsOf(demo).map((q) => q.prompt).join('\n');
    expect(asked).not.toMatch(/Users API|Auth API|Next Steps|Explain: Docker\b/);
    const cases = ['## 授权问题', '', '### 案例2', '', '- 原因：该 CRD 未授权，对应的组件 get 不到对应的 CRD 资源，于是控制器一直报错', ''].join('\n');
    expect(questionsOf(cases).map((q) => q.prompt).join('\n')).not.toMatch(/案例2/);
    const certs = ['## kubeadm 证书', '', '- 证书有效期：通过kubeadm搭建的集群默认的证书时间是1年（由于官方期望每年更新一次k8s的版本，在更新的时候会默认更新证书），过期后需要手动更新证书', ''].join('\n');
    const versions = ['## 版本', '', '- CA 证书：kubeadm 生成的 CA 证书默认有效期为 10 年', '- 长期支持：有的发行版默认维护 5 年', '- etcd 快照：默认保留 3 年', ''].join('\n');
    const clozes = [1, 2, 3].flatMap((seed) => allQuestions(collect([parseNote('notes/a.md', certs), parseNote('notes/b.md', versions)]).banks, { seed })).filter((q) => q.type === 'cloze');
    expect(clozes.some((q) => /CA 证书/.test(q.prompt))).toBe(true);
    for (const q of clozes) expect(q.prompt).not.toMatch(/证书时间是____/);
  });
});

describe("a command's syntax told slot by slot, and a compound adjective as a term", () => {
  it('explains no slot of kubectl [command] [TYPE] [NAME] [flags], nor Token-based, but still a taint named not-ready', () => {
    const syntax = [
      '## kubectl',
      '',
      'Syntax: kubectl [command] [TYPE] [NAME] [flags]',
      '',
      '| Part | Meaning |',
      '|---|---|',
      '| command | The operation to perform, such as create, get, describe or delete. |',
      '| type | The resource type, such as service, or its short form svc. |',
      '| name | The name of the resource, from metadata.name, which is not its UID. |',
      '| flags | Optional flags for extra settings, such as --port to expose a port. |',
      '',
      '## Types of users',
      '',
      '- **Token-based**: the client sends a bearer token that the API server checks with its authenticator',
      '- **Certificate-based**: the client presents a certificate signed by the cluster CA',
      '',
      '## Built-in taints',
      '',
      '- not-ready: the node controller adds it while the machine reports its Ready condition false',
      '- unreachable: the node controller adds it while the machine stops reporting its status',
      '',
    ].join('\n');
    const explained = questionsOf(syntax).filter((q) => q.type === 'recall').map((q) => q.prompt);
    for (const p of explained) expect(p).not.toMatch(/Explain: (?:command|type|name|flags|Token-based|Certificate-based)\b/);
    expect(explained.some((p) => /not-ready/.test(p))).toBe(true);
  });
});

describe('a value that stops below a mark, a line that points back, points to consider', () => {
  it('keeps "until it is below 80%" in a reference, explains no "These machines…", orders no considerations, hears 分区 in disk', () => {
    const gc = ['## kubelet managers', '', '- Image GC manager: removes pulled content that no container uses once disk use passes 85%, until it is below 80%', '- Probe manager: runs the configured health checks on their schedules and records the results', ''].join('\n');
    const gcRecall = questionsOf(gc).find((q) => q.type === 'recall' && /Image GC/.test(q.prompt));
    expect(gcRecall?.answer).toMatch(/until it is below 80%$/);
    const cluster = ['## What is a cluster', '', '- Control plane: the components that decide where workloads run and keep the desired state', '- Node: These machines perform the requested tasks assigned by the control plane.', ''].join('\n');
    for (const q of questionsOf(cluster)) expect(q.prompt).not.toMatch(/Explain: Node\b/);
    const upgrade = ['## Upgrade considerations', '', '- Backup etcd before anything else changes', '- Read the release notes of the target version', '- Upgrade the control plane machines one by one', '- Upgrade the worker machines after the control plane', ''].join('\n');
    expect(questionsOf(upgrade).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    expect(revealsName('节点根分区或镜像分区的可用空间低于驱逐阈值', 'disk-pressure', [], { descriptions: ['节点可用内存低于驱逐阈值', '节点上的 kubelet 没有就绪'] })).toBe(true);
  });
});

describe('one moment told as two steps, and a setting with two values', () => {
  const termination = [
    '## 过程理解',
    '',
    'Pod终止流程：',
    '',
    '1. 用户向 api-server 发送删除 Pod 对象的请求',
    '2. api-server 在宽限期内（默认 30s）将 Pod 视为 Dead',
    '3. 将 Pod 标记为 terminating',
    '4. kubelet 监控到 terminating 的 Pod 后开始关闭流程',
    '5. 宽限期结束后还在运行的进程被立即终止',
    '',
  ].join('\n');

  it('never orders "considered dead" against "marked terminating", nor offers one as wrong when the other comes next', () => {
    const asked = questionsOf(termination);
    for (const q of asked.filter((q) => q.type === 'order')) expect(q.choices.some((c) => /视为 Dead/.test(c)) && q.choices.some((c) => /标记为 terminating/.test(c)), q.prompt).toBe(false);
    const nexts = asked.filter((q) => q.type === 'next');
    expect(nexts.some((q) => /发送删除 Pod/.test(q.prompt))).toBe(true);
    for (const q of nexts) {
      expect(q.prompt).not.toMatch(/视为 Dead\s*$/);
      if (/发送删除 Pod/.test(q.prompt)) expect(q.choices.some((c) => /标记为 terminating/.test(c))).toBe(false);
    }
  });

  it('asks which one belongs to a strategy of two values, among other settings\' values, but not to two fields', () => {
    const note = [
      '## 策略',
      '',
      'Deployment的更新升级策略：',
      '',
      '- Recreate（杀死 Pod 再重新创建）',
      '- RollingUpdate（逐渐更新，maxUnavailable 和 maxSurge）',
      '',
      '镜像下载策略：',
      '',
      '- Always：每次都拉取',
      '- Never：只用本地镜像',
      '- IfNotPresent：本地没有才拉取',
      '',
      'Service 字段：',
      '',
      '- selector：选中后端 Pod 的标签',
      '- ports：Service 暴露的端口列表',
      '',
    ].join('\n');
    const members = questionsOf(note).filter((q) => q.type === 'member').map((q) => q.prompt);
    expect(members).toContain('哪一项属于「Deployment的更新升级策略」？');
    expect(members.some((p) => /Service 字段/.test(p))).toBe(false);
  });
});

describe('names said in other words, and keys spelled apart', () => {
  it('hears bind, short, whitelist and OOM in Chinese, and never sets snake_case keys among camelCase fields', () => {
    expect(revealsName('绑定 1024 以下的端口', 'CAP_NET_BIND_SERVICE', [], { descriptions: ['修改文件所有者', '发送原始网络包（ping 等）'] })).toBe(true);
    expect(revealsName('缩写，如 kubectl get web', 'spec.names.shortNames', [], { descriptions: ['复数名，用于 API URL 路径', '该版本是否对外提供 API'] })).toBe(true);
    expect(revealsName('允许创建的集群级资源', 'clusterResourceWhitelist', [], { descriptions: ['禁止创建的命名空间级资源', '允许部署的目标集群和命名空间'] })).toBe(true);
    expect(revealsName('容器内存超限被杀，检查 limits 是否太小', 'OOMKilled', [], { descriptions: ['镜像拉取失败，正在退避重试', '容器以 exit code 0 退出'] })).toBe(true);
    expect(revealsName('A point-in-time copy, also made through CSI', 'VolumeSnapshot', [], { descriptions: ['A request for storage by a user', 'Storage provisioned by an administrator'] })).toBe(true);
    expect(alike('max_concurrent', 'clientConfig')).toBe(false);
    expect(alike('depends_on', 'healthcheck')).toBe(true);
    expect(alike('timeoutSeconds', 'failurePolicy')).toBe(true);
  });
});

describe("a course's asides and a table in an answer, labels joined by a slash, names said by their head", () => {
  it('asks no answer that says it is covered later or holds a flattened table, no Destination/Purpose, no bare Port, no "You create…"; hears CRI in crictl and public in all users', () => {
    const qa = [
      '## How do you view the kubelet configuration?',
      '',
      'Log in to the node and look at the kubelet process and its flags with ps, and at its service with systemctl status kubelet.',
      '(Note: TLS bootstrapping of the kubelet will be covered later in the course.)',
      '',
      '## What are the required fields of a Pod manifest?',
      '',
      '- apiVersion, kind, metadata and spec',
      'Kind | Version',
      'Pod | v1',
      'Deployment | apps/v1',
      '',
      '## Scheduler',
      '',
      '- **Destination/Purpose**: placing certain Pods on machines dedicated to one application or environment',
      '- **Port**: by default the kube-scheduler serves its secure port on 10259 for health and metrics',
      '- **Deployment**: You create a Deployment with your desired state, such as three replicas of the nginx image.',
      '',
      '## API server endpoints',
      '',
      '- /livez: reports whether the process is alive, for a liveness check of the server itself',
      '- /readyz: reports whether the server is ready to serve requests, for a readiness check',
      '',
    ].join('\n');
    const asked = questionsOf(qa).filter((q) => q.type === 'recall').map((q) => q.prompt);
    for (const p of asked) expect(p).not.toMatch(/kubelet configuration|required fields|Destination|Explain: Port|Explain: Deployment/);
    expect(asked.some((p) => /\/livez/.test(p))).toBe(true);
    expect(revealsName('A CLI tool built for interacting with any CRI-compatible container runtime.', 'crictl', [], { names: ['ctr', 'nerdctl'] })).toBe(true);
    expect(revealsName('A namespace for resources that should be accessible to all users across the cluster.', 'kube-public', [], { descriptions: ['Where the system components run, such as DNS and the proxy', 'Where objects go when no namespace is given'] })).toBe(true);
  });
});

describe('a count the sentence spells out, a redirect among redirects, a numbered rule, a Secret said to be encrypted', () => {
  it('blanks no count whose items follow it, offers 3xx codes for a redirect, asks nothing of 规则 1, and hears 重复 and 本地', () => {
    const gates = ['## 关键定义', '', '- featureGate：定义 feature 名称，有两个默认 AllAlpha， AllBeta 特征', '- 默认集合：Kubernetes 默认开启 3 个 Beta 特征，关闭 5 个 Alpha 特征', ''].join('\n');
    for (const q of questionsOf(gates).filter((q) => q.type === 'cloze')) expect(q.prompt).not.toMatch(/有____默认/);
    const redirect = [
      '## 路由动作',
      '',
      '- 重设响应码：response_code，默认为 301',
      '- 超时：请求超时返回 504，上游不可用时返回 503',
      '- 认证：未认证返回 401，无权限返回 403',
      '- 限流：超过限额返回 429',
      '',
    ].join('\n');
    for (const q of questionsOf(redirect).filter((q) => q.type === 'cloze' && q.choices.includes('301'))) {
      for (const c of q.choices) expect(c, q.prompt).toMatch(/^3\d\d$/);
    }
    expect(isNonName('规则 1')).toBe(true);
    expect(saysMisconception('Secret：用于存储敏感信息（如密码、OAuth 令牌），以加密的方式存储在 etcd 中。')).toBe(true);
    expect(saysMisconception('Secret：默认只做 base64 编码，需要开启静态加密才会加密存储在 etcd 中。')).toBe(false);
    expect(revealsName('在格式正确的消息中，此字段类型可以重复零次或多次', 'repeated', [], { names: ['optional', 'singular'] })).toBe(true);
    expect(revealsName('数据本地化：哪里有数据，作业就去哪里', 'locality', [], { names: ['affinity', 'fairness'] })).toBe(true);
    expect(revealsName('容器宿主机的主机IP。', 'Node-IP', [], { names: ['Pod-IP', 'Service-IP', 'Proxy-IP'] })).toBe(true);
    expect(revealsName('将用作 Pod 的 DNS 服务器的 IP 地址列表', 'nameservers', [], { descriptions: ['查找主机名时使用的搜索域列表', '传给解析器的可选对象列表'] })).toBe(true);
    // (A namespace is no name server: the two share their first five letters, not their meaning.)
    expect(revealsName('Pod 使用的 DNS 服务器地址', 'namespace', [], { descriptions: ['对象的名字', '对象的标签'] })).toBe(false);
    const basics = ['# VXLAN原理', '', '## VXLAN的基本概念', '', '- 目的：在三层网络之上构建二层覆盖网络，让跨主机的虚拟机或容器像在同一个局域网里一样通信', ''].join('\n');
    expect(questionsOf(basics).filter((q) => q.type === 'recall').map((q) => q.prompt)).toContain('「VXLAN」的目的是什么？');
  });
});

describe('answered questions folded under another question', () => {
  it('shows the section above a question heading as their topic, not that other question', () => {
    const note = [
      '## 排障',
      '',
      '### Service 访问不通应该怎样排查？',
      '',
      '先确认后端 Pod 已经就绪，再看 Service 的 EndpointSlice 有没有地址，最后检查 kube-proxy 的规则和 NetworkPolicy。',
      '',
      '<details><summary>静态 Pod 有什么用途？</summary>静态 Pod 由 kubelet 直接根据本地清单目录创建，不依赖 api-server 和调度器，适合运行控制平面本身。</details>',
      '',
    ].join('\n');
    const recalls = questionsOf(note).filter((q) => q.type === 'recall');
    const folded = recalls.find((q) => q.prompt === '静态 Pod 有什么用途？');
    expect(folded?.topic).toEqual(['排障']);
    expect(recalls.every((q) => !q.topic.some((t) => /访问不通/.test(t)))).toBe(true);
  });
});

describe("a lab's recap", () => {
  it('asks nothing under "What you learned"', () => {
    const note = ['## What you learned', '', 'End-to-end workflow:', '', '1. apply the manifests of the ReplicaSet and its Service', '2. verify that three Pods run and the Service has endpoints', '3. delete one Pod and watch the ReplicaSet make a new one', '4. clean up every object the lab created', ''].join('\n');
    expect(questionsOf(note)).toEqual([]);
  });
});

describe("a hard line break, a KEP's sub-steps, a stage's labels, names in translation", () => {
  it('drops a trailing backslash, names nothing by 步骤 2a, 推荐用例 or 支持 but keeps rules, and hears codec, mux and website in Chinese', () => {
    const note = ['## 删除 pod', '', '- 删除数量：运算获取需要删除的 pod 数量，并设置数量上限为 500，超过则分批删除；\\', '- 删除顺序：优先删除还没有调度到节点上的 pod，再删除未就绪的 pod', ''].join('\n');
    expect(questionsOf(note).map(shown).join('\n')).not.toMatch(/\\\\/);
    const stage = ['## Beta 阶段', '', '- 推荐用例：在短期测试集群中使用，或在生产集群中短期评估以提供反馈', '- 支持：项目承诺在后续稳定版本中完成该功能，不会随意删除', '- 步骤 2a：发送当前存储在内存中的给定资源类型的所有对象', ''].join('\n');
    for (const q of questionsOf(stage)) expect(['define', 'identify', 'typed', 'member', 'multi'].includes(q.type) ? [...q.choices, String(q.answer)].join(' ') : q.prompt, q.prompt).not.toMatch(/推荐用例|^支持|步骤 2a/);
    expect(isNonName('step 3b')).toBe(true);
    expect(isNonName('rules')).toBe(false);
    expect(revealsName('用于使用 ugorji 编解码器进行快速 json 序列化', 'codecgen', [], { names: ['deepcopy-gen', 'conversion-gen'] })).toBe(true);
    expect(revealsName('用于处理非 GoRestful 请求的多路复用器', 'NonGoRestfulMux', [], { names: ['GoRestfulContainer', 'Director'] })).toBe(true);
    expect(revealsName('kubernetes.io 官网的源代码', 'website', [], { descriptions: ['Kubernetes 的核心代码', '社区治理和流程'] })).toBe(true);
  });
});

describe("a book's README and walk-throughs", () => {
  it('asks nothing of a community section, an introduction as steps, 第一个阶段, 未进行…, a link first; blanks no repeated list number; hears 绑定, 帮助, 可用', () => {
    const note = [
      '## 社区&读者交流',
      '',
      '- 微信群：扫描二维码或搜索微信号后拉您入群，请备注 k8s',
      '- 知识星球：每周更新的专栏文章和答疑，扫码加入',
      '',
      '## Jenkins Pipeline 介绍',
      '',
      '1. Pipeline 脚本是由 Groovy 语言实现的，不必单独学习 Groovy',
      '2. Pipeline 支持声明式和脚本式两种语法',
      '3. Pipeline 可以在 Web UI 中输入，也可以写成 Jenkinsfile 放进代码库',
      '',
      '## Pipeline',
      '',
      '- 第一个阶段：单元测试，可以在这个阶段运行单元测试或者静态代码分析的脚本',
      '- 未进行自定义配置：没有匹配集群域名后缀的请求会被转发到继承自节点的上游域名服务器',
      '- xhyve 驱动：https://github.com/zchee/docker-machine-driver-xhyve，xhyve 是 MacOS 上轻量化的虚拟引擎',
      '',
    ].join('\n');
    const asked = questionsOf(note).map(shown).join('\n');
    expect(asked).not.toMatch(/微信群|知识星球|Jenkins Pipeline 介绍|第一个阶段|未进行自定义配置|xhyve/);
    const steps = ['## Harbor 认证原理', '', '- 返回码：8.docker client 端接收到返回的 200 状态码，说明操作成功，打印 Login Succeeded', '- 令牌：registry 默认要求 token 在 300 秒内有效，过期后客户端重新申请', '- 端口：harbor 的 core 服务默认监听 8080 端口，nginx 对外暴露 443 端口', ''].join('\n');
    for (const q of questionsOf(steps).filter((q) => q.type === 'cloze')) expect(q.prompt).not.toMatch(/\n8\./);
    expect(revealsName('表示 PV 已经被 PVC 绑定（已绑定）', 'Bound', [], { descriptions: ['表示 PV 可用，还没有被任何 PVC 使用', '表示 PVC 已被删除，资源等待回收'] })).toBe(true);
    expect(revealsName('获得一个命令的帮助。', 'help', [], { names: ['build', 'config', 'down'] })).toBe(true);
  });
});

describe('before and after in a name, and a label glued to a line', () => {
  it('hears pre in before and post in after, and leaves a glued Limitations off a description', () => {
    expect(revealsName('Runs before any resources are installed in the cluster', 'pre-install', [], { descriptions: ['Runs once a release has been rolled back', 'Runs once every resource has been deleted'] })).toBe(true);
    expect(revealsName('在模板渲染之后，资源创建之前执行', 'pre-install', [], { descriptions: ['在回滚完成后执行', '在删除请求之后执行'] })).toBe(true);
    const note = ['## Pod allocation', '', '- **Node Selector**: assigns Pods to nodes that carry specific labels, such as disktype=ssd or env=production. Limitations', '- **Node Affinity**: richer rules over node labels, required or preferred, with operators such as In and Exists', ''].join('\n');
    const banks = collect([parseNote('notes/t.md', note)]).banks;
    const entry = banks.flatMap((b) => (b.kind === 'terms' ? b.entries : [])).find((e) => e.term === 'Node Selector');
    expect(entry?.detail).toBe('assigns Pods to nodes that carry specific labels, such as disktype=ssd or env=production.');
  });
});

describe('terms under troubleshooting', () => {
  it('explains no cause under a troubleshooting heading, but still the tools of debugging', () => {
    const note = [
      '## 过程理解',
      '',
      'Pod pending状态排查：',
      '',
      '- Affinity和Anti-Affinity：有硬性和软性，分别表示要求和偏好，比如应用和数据库分离、同一服务的多个实例分布在不同节点',
      '- 资源不足：节点的 cpu 或内存不满足 Pod 的 requests，调度器找不到合适的节点',
      '',
      '## Network debugging tools',
      '',
      '- tcpdump: captures packets on an interface so you can see what actually crosses the wire',
      '- nsenter: runs a command inside another process namespaces, such as a container network namespace',
      '',
    ].join('\n');
    const explained = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(explained.some((p) => /Affinity/.test(p))).toBe(false);
    expect(explained.some((p) => /tcpdump/.test(p))).toBe(true);
  });
});

describe('a one said by its noun, a page title and an adjective as terms', () => {
  it('blanks no 1 before a singular noun, and explains no "Kubernetes Controllers: Deployment" nor "graceful"', () => {
    const networking = [
      '## Cluster Networking',
      '',
      '- Interfaces: each node must have at least 1 interface connected to a network, with an address configured',
      '- Ports: the API server listens on 6443 and the kubelet on 10250 on every node',
      '- Pod CIDR: each node gets a /24 of the cluster range, so up to 110 Pods by default',
      '',
    ].join('\n');
    for (const q of questionsOf(networking).filter((q) => q.type === 'cloze')) expect(q.prompt).not.toMatch(/at least ____ interface/);
    const terms = ['## Deployments', '', '- **Kubernetes Controllers: Deployment**: a probation period for new Pods before they count as available', '- **graceful**: the kubelet sends SIGTERM and waits for the grace period before it kills the process', ''].join('\n');
    for (const q of questionsOf(terms).filter((q) => q.type === 'recall')) expect(q.prompt).not.toMatch(/Controllers: Deployment|Explain: graceful/);
  });
});

describe('a bracketed aside that starts a description', () => {
  it('takes "(traces) tells you exactly where and why" for the rest of a sentence, not a description', () => {
    expect(isFragmentDetail('(traces) tells you exactly where and why')).toBe(true);
    expect(isFragmentDetail('(Container Network Interface) a specification for configuring network interfaces')).toBe(false);
  });
});

describe('a heading run into a list item, and kubecfg', () => {
  it('leaves a glued 示例 off the last item, and explains no kubecfg', () => {
    const note = ['## 污点', '', '当前 effect 字段支持如下三个选项：', '', '- NoSchedule：表示不会将 Pod 调度到具有该污点的节点上', '- PreferNoSchedule：表示尽量避免将 Pod 调度到具有该污点的节点上', '- NoExecute：表示不会调度，同时会驱逐节点上已经存在的 Pod  ', '示例', ''].join('\n');
    const entry = collect([parseNote('notes/t.md', note)]).banks.flatMap((b) => (b.kind === 'terms' ? b.entries : [])).find((e) => e.term === 'NoExecute');
    expect(entry?.detail).toBe('表示不会调度，同时会驱逐节点上已经存在的 Pod');
    const old = ['## Components', '', '- **Kubecfg**: the early command line client, replaced by kubectl, that sent requests to the API server', '- **kubectl**: the command line client that talks to the API server for every object', ''].join('\n');
    for (const q of questionsOf(old)) expect(q.prompt).not.toMatch(/Kubecfg/);
  });
});

describe("a name's own words as its explanation, and verbs that say the name", () => {
  it('explains no PullImage by "Pulls an image…", and hears run a command in exec and wipe and reuse in Recycle', () => {
    const note = ['## Image-related APIs', '', '- **PullImage**: Pulls an image from a container registry.', '- **ImageFsInfo**: reports how much space the image filesystem uses and how many inodes are left on it', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(asked.some((p) => /PullImage/.test(p))).toBe(false);
    expect(asked.some((p) => /ImageFsInfo/.test(p))).toBe(true);
    expect(revealsName('Runs a command inside the container (success = exit code 0).', 'exec', [], { names: ['httpGet', 'tcpSocket'] })).toBe(true);
    expect(revealsName('Deprecated. Used to wipe and reuse the volume.', 'Recycle', [], { names: ['Retain', 'Delete'] })).toBe(true);
  });
});

describe("two capital letters that open a field's name, and a lab's hostname", () => {
  it('hears CA in caBundle, and asks nothing about k8s-cp1', () => {
    expect(revealsName('CA 证书，用于验证 webhook 的 TLS 证书', 'webhooks[].clientConfig.caBundle', [], { descriptions: ['webhook 不可用时的策略', '触发条件：哪些资源会调用 webhook'] })).toBe(true);
    expect(revealsName('the certificates of the authority that signed the serving certificate', 'caBundle', [], { descriptions: ['what happens when the webhook is down', 'which requests call it'] })).toBe(false);
    const lab = ['## Lab environment', '', '- **k8s-cp1 (Control Plane)**: Ubuntu 24.04 with containerd, running the control plane components', '- **k8s-w1 (Worker)**: Ubuntu 24.04 with containerd, running the application Pods', ''].join('\n');
    for (const q of questionsOf(lab)) expect(shown(q)).not.toMatch(/k8s-cp1|k8s-w1/);
  });
});

describe('a translation by its file name, alive and secure, an example above', () => {
  it('reads nothing from notes.de.md, hears alive in Liveness and TLS in Secure, and recalls no answer that points at the example above', () => {
    const german = ['## Aufgabe', '', '- **Container 1**: nginx auf Port 80, mit einem Volume für die statischen Dateien', ''].join('\n');
    expect(parseNote('notes/intermediate.de.md', german).banks).toEqual([]);
    expect(revealsName('checks whether the container is still alive and restarts it if not', 'Liveness Probe', [], { names: ['Horizontal Pod Autoscaler', 'Resource Metrics'] })).toBe(true);
    expect(revealsName('serves the site over HTTPS with a TLS certificate from a Secret', 'Secure Ingress', [], { names: ['Path-based Ingress', 'Host-based Ingress'] })).toBe(true);
    const qa = ['## How do you manage a Deployment?', '', 'Create it from a manifest, check its rollout, scale it and update its image, like the example above.', ''].join('\n');
    expect(questionsOf(qa).filter((q) => q.type === 'recall')).toEqual([]);
  });
});

describe('comments on the commands above, a summing-up, a course outcome, what a setup requires', () => {
  it('orders and recalls no list that opens by looking back at the commands, and still walks through real steps', () => {
    const note = [
      '# Certificates',
      '',
      '## Making a CA',
      '',
      '#### Step 3: Sign the Certificate',
      '```bash',
      'openssl x509 -req -in ca.csr -signkey ca.key -out ca.crt',
      '```',
      '',
      '- The above commands will generate the CA key and its certificate.',
      '- Now we have our own certificate authority for the cluster.',
      '- We can use it to sign every other certificate of the cluster.',
      '',
      '## Upgrading a worker node',
      '',
      '1. Drain the node so that its Pods are moved to other nodes',
      '2. Upgrade the kubelet and kubectl packages on the node',
      '3. Restart the kubelet and uncordon the node so it takes Pods again',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next' || q.type === 'recall');
    expect(asked.some((q) => /Sign the Certificate/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /Upgrading a worker node/.test(q.prompt))).toBe(true);
  });

  it('explains no 简而言之, no outcome of a workshop and no requirement of a setup, and still explains resource requests', () => {
    const summing = ['## 漏桶算法', '', '- 固定速率：漏桶以固定的速率流出请求，多余的请求排队或被拒绝', '- 简而言之：一个以固定速度漏水的桶，装满之后新来的水就会溢出', ''].join('\n');
    expect(questionsOf(summing).some((q) => /简而言之/.test(q.prompt))).toBe(false);
    const outcome = ['## Outcome', '', '1. **Enable SSH Connections**: learn how to reach private servers through instance connect endpoints.', '2. **Master Client VPN**: configure a client VPN that gives remote users network-level access.', ''].join('\n');
    expect(questionsOf(outcome).filter((q) => q.type === 'recall')).toEqual([]);
    const setup = ['# Minikube on Ubuntu', '', '## Requirements for Running Minikube', '', '### CPU and Memory', '', '- **CPU**: At least a **2-core** processor is required for Minikube to run efficiently.', '- **Memory**: A minimum of **2GB RAM** is required, but 4GB or more is better when running many services.', ''].join('\n');
    expect(questionsOf(setup).filter((q) => q.type === 'recall')).toEqual([]);
    // Written in traditional characters, with an emoji before it.
    const needs = ['# containerd 安裝筆記', '## 在 Ubuntu 24.04 安裝 containerd (ARM 架構)', '---', '## ✅ 系統需求', '- 作業系統：Ubuntu 24.04 (ARM64 / aarch64)', '- 權限：有 `sudo` 權限的帳號', '- 網路：能連到 `https://download.docker.com`', '---', '', '## 安裝步驟', ''].join('\n');
    expect(questionsOf(needs)).toEqual([]);
    const resources = [
      '## Resource Requests and Limits',
      '',
      '- Requests are used by the scheduler to find a node with room for the Pod.',
      '',
      '### Resource Requirements',
      '',
      '- They are written in the Pod manifest under resources.',
      '',
      '- **Resource Requirements Types:**',
      '  - **requests:** The minimum amount of CPU and memory the scheduler reserves for the container.',
      '  - **limits:** The maximum amount of CPU and memory that the container can use.',
      '',
    ].join('\n');
    expect(questionsOf(resources).some((q) => q.type === 'recall' && /requests/.test(q.prompt))).toBe(true);
  });

  it("asks no answer that is the author's own story or asks its question again before a short reply", () => {
    const story = ['### Why Kubernetes?', '', 'I decided to learn Kubernetes because I wanted to:', '- deploy complex applications with ease', '- scale them on demand', ''].join('\n');
    expect(questionsOf(story).filter((q) => q.type === 'recall')).toEqual([]);
    const surprised = ["# Lesson 3: Why Doesn't a Deployment Create Pods Directly?", '', 'One thing that surprised me while learning Kubernetes:', 'when I create a Deployment, who actually creates the Pods? I thought it was the API server.', 'It is not: the request only stores a Deployment object, and no Pod exists yet.', ''].join('\n');
    expect(questionsOf(surprised).filter((q) => q.type === 'recall')).toEqual([]);
    const again = ['### How does the client verify the server?', '', '- The server sends its certificate to the client.', '- But how does the client verify the server?', '- It uses the certificate authority.', ''].join('\n');
    expect(questionsOf(again).filter((q) => q.type === 'recall')).toEqual([]);
  });
});

describe('a name spelled out in its clue, and a sample app', () => {
  it('hears temporary file system in tmpfs and attribute in ABAC, and asks nothing about httpbin headers', () => {
    expect(revealsName('an in-memory filesystem that disappears when the container stops', 'tmpfs', [], { names: ['volume', 'bind'] })).toBe(true);
    const modes = ['## Authorization modes', '', '- Node: lets kubelet read and write only what belongs to the Pods on its own machine', '- RBAC: grants verbs on resources through roles bound to users, groups and service accounts', '- ABAC: checks each request against a static file of attribute rules, which needs a restart to change', '- Webhook: asks an external HTTP service whether the request is allowed', ''].join('\n');
    const typed = questionsOf(modes).filter((q) => q.type === 'typed');
    expect(typed.some((q) => q.answer === 'ABAC' || q.answer === 'RBAC')).toBe(false);
    // (A clue that does not say the word still asks ABAC: see 'takes an access-control model written out'.)
    const headers = ['## Tracing headers', '', '- sw8: the header the tracing agent propagates between services', '- x-httpbin-trace-host: the Pod name the call went through', '- x-httpbin-trace-service: the Service name the call went through', ''].join('\n');
    for (const q of questionsOf(headers)) expect(shown(q)).not.toMatch(/httpbin/);
  });
});

describe('remarks on a list above, an image for an explanation, and names said in other words', () => {
  it('orders no remarks that open with 其中, explains nothing by its image, and hears 较少 in Least and restricts in Deny', () => {
    const remarks = ['## iptables 规则说明', '', '- 其中规则 5、6、7 是对规则 2、3、4 的扩大，从 UID 扩大到 GID', '- 规则是按顺序执行的，越靠后的规则越像默认值', '- 出站网卡为 lo 时，流量的目的地是本机的 Pod', '- 所有出站流量只适用于规则 4、7、8、9', ''].join('\n');
    expect(questionsOf(remarks).filter((q) => q.type === 'order' || q.type === 'next' || q.type === 'recall')).toEqual([]);
    const pod = ['## sidecar 注入后的 Pod', '', '- init container：docker.io/istio/proxyv2:1.17.2 负责 iptables 注入', '- istio-proxy：docker.io/istio/proxyv2:1.17.2 负责 proxy sidecar 注入', ''].join('\n');
    expect(questionsOf(pod).filter((q) => q.type === 'recall')).toEqual([]);
    expect(revealsName('调度Pod时，选择资源分配较少的Node', 'NodeResourcesLeastAllocation', [], { names: ['NodeResourcesBalancedAllocation', 'PodTopologySpread'] })).toBe(true);
    expect(revealsName('Restricts all incoming traffic to the selected Pods unless another policy allows it', 'Deny-All Policy', [], { names: ['Allow Policy', 'Egress Policy'] })).toBe(true);
  });
});

describe('how an exam is run, a mental model in quotes, a placeholder to fill in, and counts that run along', () => {
  it('asks nothing of exam logistics, quoted slogans or a value the reader replaces, and explains a thing, not its 描述 label', () => {
    const exam = ['## CKAD Exam Quick Reference', '', '- **Duration**: two hours for fifteen to twenty hands-on problems', '- **Allowed resources**: kubernetes.io, the Kubernetes blog and their subdomains', '- **Passing score**: sixty-six percent across all the problems', ''].join('\n');
    expect(questionsOf(exam)).toEqual([]);
    const model = ['## Key Mental Model', '', '- **ClusterIP**: "I only need to reach this from inside the cluster."', '- **NodePort**: "Give me a port on every node for this."', '- **LoadBalancer**: "I want the cloud to give me a public IP for this."', ''].join('\n');
    expect(questionsOf(model).filter((q) => q.type === 'recall')).toEqual([]);
    const local = ['## Local PersistentVolume fields', '', '- **nodeAffinity**: Specifies the node where this local volume lives (replace `<your-node-name>` with the hostname of your node).', '- **storageClassName**: names the class that claims must ask for to bind to this volume, here local-storage', ''].join('\n');
    for (const q of questionsOf(local)) expect(shown(q)).not.toMatch(/your-node-name/);
    const gpu = ['## GPU 虚拟化方式', '', '### Dynamic MIG（硬件级GPU切片）', '', '- **描述**：采用 MIG 技术，把一块物理 GPU 分割为多个有硬件级隔离和性能保障的实例。', '- **优点**：隔离性强，每个实例有独立的显存和计算单元。', ''].join('\n');
    const recalls = questionsOf(gpu).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(recalls.some((p) => /描述/.test(p))).toBe(false);
  });

  it('blanks no number counted along with the one beside it, no example label, and orders no two calculations', () => {
    const gates = ['## 功能门', '', '通常，功能门用于逐步推出新功能：从 alpha 版本开始，在版本 1 中默认禁用，然后升级到 beta 版本，在版本 2 中默认启用。', ''].join('\n');
    expect(questionsOf(gates).filter((q) => q.type === 'cloze')).toEqual([]);
    const objective = ['## Goal of Network Policies', '', '- **Example Objective**: Allow the database Pod to accept traffic only from the app Pod on port 3306, blocking the web Pod.', '- **Default Behaviour**: Without any policy, every Pod accepts traffic from every other Pod in the cluster.', ''].join('\n');
    expect(questionsOf(objective).some((q) => q.type === 'cloze' && /3306|____/.test(q.prompt) && /Example Objective/.test(q.prompt))).toBe(false);
    const rolling = ['## How RollingUpdate Works', '', '1. Calculate how many new Pods may be added: replicas plus maxSurge.', '2. Calculate how many old Pods may be removed: replicas minus maxUnavailable.', '3. Scale the new ReplicaSet up to the allowed count of Pods.', '4. Wait until the new Pods pass their readiness probes.', '5. Scale the old ReplicaSet down by as many Pods as became ready.', ''].join('\n');
    expect(questionsOf(rolling).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe('a comparison asked as a question, an incident, a lettered heading, a nickname and a value for a field', () => {
  it('explains no side of "How does X differ from Y?", asks nothing of what went wrong, and leaves "B." off a heading', () => {
    const differ = ['## Interview Questions', '', '#### How does hostPath differ from emptyDir and PVC?', '', 'Each fits a different job:', '', '- **hostPath**: System components only (CNI, CSI, logging agents)', '- **emptyDir**: Scratch space for the Pod, gone when the Pod goes', '- **PVC**: Data that must outlive the Pod, on storage the cluster provides', ''].join('\n');
    const recalls = questionsOf(differ).filter((q) => q.type === 'recall');
    expect(recalls.filter((q) => /^Explain/.test(q.prompt))).toEqual([]);
    // The question itself is still asked, its list the answer.
    expect(recalls.some((q) => /differ/.test(q.prompt))).toBe(true);
    const incident = ['## Real-World Incident: Storage Operator Gone Wrong', '', '### What went wrong', '', '1. **Bug in provisioner**: Miscalculated partition boundaries on the shared disk', '2. **Node immediately crashed**: The kernel panicked when the partition table changed', '3. **Multiple nodes affected**: Every node using the same operator lost its data disk', ''].join('\n');
    expect(questionsOf(incident)).toEqual([]);
    const lettered = ['## Control Plane Components', '', '### B. etcd', '', '- **Function:** The consistent, highly available key-value store that holds the whole state of the cluster.', ''].join('\n');
    const prompts = questionsOf(lettered).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    for (const p of prompts) expect(p).not.toMatch(/B\. etcd/);
  });

  it('describes nothing by a nickname or by one of its values, lets queue be said as waiting, and reads no command output as terms', () => {
    const conditions = ['## Conditions (Endpoint States)', '', '- **ready** (The Green Light)', '- **serving** (The Yellow Light)', '- **terminating** (The Red Light)', ''].join('\n');
    expect(questionsOf(conditions).filter((q) => q.type === 'identify' || q.type === 'define' || q.type === 'typed')).toEqual([]);
    const policy = ['## Key Policy Configurations', '', '* **controlledValues:** RequestsAndLimits (Default): Manages both requests and limits in proportion.', '* **controlledResources:** the resources the autoscaler may change, cpu and memory by default', '* **mode:** Off turns the autoscaler off for one container while the others stay managed', ''].join('\n');
    expect(questionsOf(policy).some((q) => q.subject === 'controlledValues' && q.type !== 'recall')).toBe(false);
    expect(revealsName('Maintains pending Pods waiting to be scheduled.', 'Scheduling Queue', [], { names: ['Informer', 'Scheduling Framework'] })).toBe(true);
    const output = ['## Step 6: 查看 Ingress 状态', '', '| 列 | 含义 |', '| --- | --- |', '| `HOSTS` | * — 匹配所有域名（因为没有指定 host） |', '| `ADDRESS` | Ingress Controller 的外部 IP |', '| `CLASS` | nginx — 使用 NGINX Ingress Controller |', ''].join('\n');
    expect(questionsOf(output)).toEqual([]);
    const use = ['## How to Use a Deployment?', '', '1. **Create a Deployment**: You write a YAML file (like the example above) and apply it with kubectl apply.', '2. **Check the Deployment**: List the Deployments and their Pods with kubectl get to see that it runs.', '3. **Scale the Deployment**: Change the number of replicas with kubectl scale to run more copies.', ''].join('\n');
    expect(questionsOf(use).filter((q) => q.type === 'recall')).toEqual([]);
  });
});

describe('a list of members for an explanation, a course preview, one file among things, plain outcomes, a zone said in Chinese', () => {
  it('explains no category by naming six members, asks nothing of a preview, and matches no lone file or 成功 to its line', () => {
    const table = ['## kubernetes 中的对象', '', '| 类别 | 名称 |', '| --- | --- |', '| 资源对象 | Pod、ReplicaSet、Deployment、StatefulSet、DaemonSet、Job、CronJob |', '| 配置对象 | ConfigMap、Secret |', ''].join('\n');
    expect(questionsOf(table).filter((q) => q.type === 'recall' && /资源对象/.test(q.prompt))).toEqual([]);
    const preview = ['## Preview: Week 2', '', '### Days 8-14 Focus', '', '- **Namespaces** - Multi-tenancy and isolation', '- **DaemonSets** - Run pods on every node', '- **Labels & Selectors** - Advanced organization patterns', ''].join('\n');
    expect(questionsOf(preview)).toEqual([]);
    const helm = ['# Module 10', '', '## Key Concepts', '', '### Helm objects', '', '- **Chart:** A package of templates that describe a set of Kubernetes resources.', '- **Release:** One installed instance of a chart in a cluster, with its own name.', '- **Repository:** A server that stores packaged charts and an index of them.', '- **Chart.yaml:** Metadata file for a chart (name, version, description).', ''].join('\n');
    expect(questionsOf(helm).some((q) => q.type === 'define' && q.subject === 'Chart.yaml')).toBe(false);
    const probe = ['## 探针', '', '探测结果：', '', '- 成功：容器通过了诊断。', '- 失败：容器未通过诊断。', '- 未知：诊断失败，因此不会采取任何行动。', ''].join('\n');
    expect(questionsOf(probe).filter((q) => q.type === 'define' || q.type === 'identify')).toEqual([]);
    expect(revealsName('指定 cron 表达式所用的时区', 'timeZone', [], { names: ['schedule', 'suspend'] })).toBe(true);
    expect(revealsName('控制平面联系不上节点，Ready 条件为 Unknown', 'unreachable', [], { names: ['memory-pressure', 'disk-pressure'] })).toBe(true);
  });

  it('explains nothing by a list of names written with parentheses, two words or short Chinese nouns, and still by a sentence of clauses', () => {
    const groups = ['## API groups', '', '| Group | Kinds |', '| --- | --- |', '| `v1` (core) | Pod, Service, ConfigMap, Secret, Namespace, Node, PersistentVolume(Claim), ServiceAccount |', '| `apps/v1` | Deployment, ReplicaSet, StatefulSet, DaemonSet, ControllerRevision, Scale |', ''].join('\n');
    expect(questionsOf(groups).filter((q) => q.type === 'recall')).toEqual([]);
    const recap = ['## 知识点', '', '- 核心概念速记：声明式、Pod、Service、StatefulSet、探针、Service 类型', '- 滚动更新：逐批用新版本的 Pod 替换旧版本的 Pod，期间服务不中断', ''].join('\n');
    expect(questionsOf(recap).filter((q) => q.type === 'recall' && /核心概念/.test(q.prompt))).toEqual([]);
    const k8s = ['## 概念', '', '- Kubernetes：开源容器编排系统，功能包括创建应用，部署应用，提供服务，负载均衡，扩容缩容，故障监测等等', '- Docker：开源的容器引擎，把应用和它的依赖打包成镜像，在任何装有它的机器上运行', ''].join('\n');
    expect(questionsOf(k8s).some((q) => q.type === 'recall' && /Kubernetes/.test(q.prompt))).toBe(true);
  });
});

describe("a lab's environment, an example below the title, a scenario for a reason, a line like the one before, a checklist's points", () => {
  it('asks nothing of the environment one lab ran on or of the values in a section named for its example', () => {
    const env = ['# Calico interfaces', '', '## Environment Details', '', '- **Kubernetes Version**: 1.29 with three nodes in the lab', '- **Calico Version**: Running with IPIP mode', '- **Pod CIDR**: Set to a /16 range at install time', ''].join('\n');
    expect(questionsOf(env)).toEqual([]);
    const policy = ['# Networking Fundamentals', '', '## Network Policies', '', '### Network Policy Example', '', '- **Ingress**: Only allows traffic from Pods with app=frontend on port 8080', '- **Egress**: Only allows traffic to Pods with app=database on port 5432', ''].join('\n');
    expect(questionsOf(policy)).toEqual([]);
    // A note titled as an example still explains what it is about.
    const hooks = ['# Helm Hooks Example', '', '## What are Helm Hooks?', '', 'Hooks are resources annotated to run at set points of a release: before or after install, upgrade and delete, and on test.', ''].join('\n');
    expect(questionsOf(hooks).some((q) => q.type === 'recall' && /Helm Hooks/.test(q.prompt))).toBe(true);
  });

  it('recalls no reason told as a made-up case or a line that leans on the one before, and asks a checklist for its points', () => {
    const why = ['## Why Orchestration?', '', 'Imagine an online shop with a frontend, a payment service and a database.', 'Which server should each run on, and what happens when one crashes?', ''].join('\n');
    expect(questionsOf(why).filter((q) => q.type === 'recall')).toEqual([]);
    const concept = ['## Concept', '', '- **ConfigMap** — key-value configuration a Pod reads as environment variables or files.', '- **Secret** — same shape, but for credentials and tokens, with extra handling.', ''].join('\n');
    expect(questionsOf(concept).some((q) => q.type === 'recall' && /Secret/.test(q.prompt))).toBe(false);
    const upgrade = ['## Upgrade considerations', '', '- Read the release notes for removed APIs', '- Back up etcd before touching the control plane', '- Upgrade one minor version at a time', ''].join('\n');
    const prompts = questionsOf(upgrade).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts).toContain('What are the points of "Upgrade considerations"?');
    expect(prompts.some((p) => /steps/.test(p))).toBe(false);
    expect(revealsName('the state cannot be obtained, usually because the node stopped reporting', 'Unknown', [], { names: ['Pending', 'Running'] })).toBe(true);
  });
});

describe("a tutorial's sign-up, what a manifest it wrote does, its node port, and a platform for a name", () => {
  it('orders no account sign-up, no outcome line and no description of the file a step wrote', () => {
    const signup = ['## Step 1: Create a Tailnet', '', '1. Go to https://tailscale.com/', '2. Sign in with Google, GitHub, or Microsoft.', '3. You now have a Tailnet (your private network).', ''].join('\n');
    expect(questionsOf(signup).filter((q) => q.type === 'order' || q.type === 'next' || q.type === 'recall')).toEqual([]);
    const yaml = ['## Step 1: Create a Deployment YAML', '', '* Creates a **Deployment** named `hello-app`.', '* Runs 2 replicas (2 pods) of the container.', '* Uses the http-echo container to return a simple text response.', '* Exposes port 5678 inside the pod.', ''].join('\n');
    expect(questionsOf(yaml).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const does = ['## What the YAML does', '', '- Creates a Deployment named headlamp with one replica of its container.', '- Creates a NodePort Service so the dashboard can be reached from outside.', ''].join('\n');
    expect(questionsOf(does).filter((q) => q.type === 'recall' && /YAML/.test(q.prompt))).toEqual([]);
  });

  it('asks nothing of the node port one lab picked or of a platform taken for a name', () => {
    const access = ['## Step 4: Access Applications', '', '* **headlamp** (NodePort service on port 30081)', '* **podinfo-ui** (NodePort service on port 30082)', ''].join('\n');
    for (const q of questionsOf(access)) expect(shown(q)).not.toMatch(/3008\d/);
    const install = ['## Step 2: Install Tailscale', '', '* **macOS**: Download and install from tailscale.com/download.', '* **Linux**: Run the install script from the site and start the daemon.', '* **Windows**: Download the installer and follow the wizard to the end.', ''].join('\n');
    expect(questionsOf(install)).toEqual([]);
  });
});

describe('a template string for a description, and 从来不', () => {
  it('describes nothing by a template one pipeline fills in, and hears 从来不 in Never', () => {
    const mail = ['## 邮件通知的字段', '', '- subject: "Kubesphere ${env.JOB_NAME} [${env.BUILD_NUMBER}] 发布正常"', '- to: 收到这封通知邮件的人，多个地址用逗号隔开', '- from: 发出通知邮件的账号，需要在系统设置里配置', ''].join('\n');
    for (const q of questionsOf(mail)) expect(shown(q)).not.toMatch(/\$\{/);
    expect(revealsName('从来不重启，挂了就挂了', 'Never', [], { names: ['Always', 'OnFailure'] })).toBe(true);
  });

  it('describes nothing by a line that points back or on at the note', () => {
    const sources = ['## 安装来源', '', '- chart 存储库：如我们上面所见', '- 本地 chart 存档：一个打包好的 tgz 文件，例如 foo-0.1.1.tgz', '- 解压后的 chart 目录：一个还没打包的 chart 目录', '- 完整的网址：直接给出 chart 存档所在的 URL', ''].join('\n');
    const asked = questionsOf(sources);
    for (const q of asked) expect(shown(q)).not.toMatch(/上面所见/);
    expect(asked.some((q) => /打包好的 tgz/.test(shown(q)))).toBe(true);
    const rules = ['## 字段规则', '', '- 字段编号：消息里每个字段独有的编号，编码时用它代替名字', '- 字段规则：消息字段可以是以下字段之一', '- 保留字段：删掉的字段编号和名字留着不再使用', '- 字段名：字段在生成代码里的名字', ''].join('\n');
    for (const q of questionsOf(rules)) expect(shown(q)).not.toMatch(/以下字段之一/);
    const kubeconfig = ['## kubeconfig 的字段', '', '- clusters：集群的地址和证书', '- users：访问集群时用的凭据', '- contexts：用什么用户连接上面的哪个集群', '- current-context：kubectl 默认使用的 context', ''].join('\n');
    for (const q of questionsOf(kubeconfig)) expect(shown(q)).not.toMatch(/上面的哪个集群/);
    const english = ['## Install sources', '', '- Chart repository: as we saw above', '- Local archive: a packaged tgz file on disk', '- Unpacked directory: a chart folder not yet packaged', '- Full URL: the address of a packaged chart on the web', ''].join('\n');
    for (const q of questionsOf(english)) expect(shown(q)).not.toMatch(/as we saw above/);
  });

  it('describes nothing by a Helm template either', () => {
    const values = ['## Chart values', '', '- image: "{{ .Values.registry }}/{{ .Values.image.name | default \"web\" }}:{{ .Chart.AppVersion }}"', '- replicaCount: How many copies of the web Pod the Deployment keeps running', '- service.type: Which kind of Service exposes the web Pods, ClusterIP unless set', ''].join('\n');
    const qs = questionsOf(values);
    for (const q of qs) expect(shown(q)).not.toMatch(/\{\{/);
    expect(qs.some((q) => /replicaCount/.test(shown(q)))).toBe(true);
  });
});

describe("an API stage's profile, the author unsure, a layer its next word names, and a socket's port", () => {
  it('asks nothing of a stage profile, offers no line the author did not follow, and blanks no layer the word after it gives', () => {
    const alpha = ['## Alpha 阶段', '', '- 版本命名：版本名称包含 alpha，例如 v1alpha1', '- 受众：愿意提供早期反馈的开发人员和专家用户', '- 完整性：某些 API 操作或命令可能没有实现', '- 升级性：对象的结构可能在后续版本中变化，且不保证能迁移', '- 集群可靠性：功能较新，可能缺乏端到端测试，启用后可能暴露错误', ''].join('\n');
    expect(questionsOf(alpha).filter((q) => q.type === 'define' || q.type === 'identify' || q.type === 'recall')).toEqual([]);
    const overlay = ['## 容器使用 overlay 读写', '', '- 读文件：先从容器层找，没有再从镜像层读取，有小的性能损耗', '- 写文件：第一次写会把文件从镜像层复制到容器层，叫做 copy_up', '- 删除文件：在容器层创建一个 whiteout 文件把下层的文件遮住', '- 重命名目录：只有源和目的都在容器层时才允许 rename，否则返回 EXDEV（没理解）', ''].join('\n');
    for (const q of questionsOf(overlay)) expect(shown(q)).not.toMatch(/没理解/);
    const vxlan = ['## VXLAN', '', '- 封装协议：VXLAN 将二层以太网帧封装为 UDP 数据包，在三层网络上传输。', ''].join('\n');
    expect(questionsOf(vxlan).filter((q) => q.type === 'cloze' && /____以太网帧/.test(q.prompt))).toEqual([]);
    expect(revealsName('Tests if a port is open.', 'tcpSocket', [], { names: ['httpGet', 'exec'] })).toBe(true);
  });
});

describe('a manifest after an answer, and a step said to come beforehand', () => {
  it('recalls an answer without the manifest that closes it, keeps one between its lines, and orders no list with a step done beforehand', () => {
    const manifest = ['apiVersion: admissionregistration.k8s.io/v1', 'kind: ValidatingWebhookConfiguration', 'metadata:', '  name: policy-enforcer', 'webhooks:', '  - name: policy.enforcer.example.com', '    sideEffects: None', '    failurePolicy: Fail'];
    const qa = ['## Validating Admission Webhooks', '', 'Validating webhooks reject requests that break policy; they never change the object.', '', '### How Validating Webhooks Work', '', '1. The API server receives a request to create or change an object.', '2. It sends the object to each matching validating webhook.', '3. A webhook that rejects it fails the request with its message.', '', '```yaml', ...manifest, '```', ''].join('\n');
    const recall = questionsOf(qa).find((q) => q.type === 'recall' && /^How do/.test(q.prompt));
    expect(recall?.answer).toMatch(/rejects it/);
    expect(recall?.answer).not.toMatch(/apiVersion/);
    const middle = ['## How do you run a canary with labels?', '', 'Step 1: create the stable Deployment with the label track=stable.', '', '```yaml', ...manifest, '```', '', 'Step 2: create a second Deployment labelled track=canary with one replica.', 'Step 3: point the Service selector at the app label shared by both.', ''].join('\n');
    expect(questionsOf(middle).find((q) => q.type === 'recall')?.answer ?? 'apiVersion').toMatch(/apiVersion/);
    const steps = ['## How symmetric encryption works', '', '1. Key generation: one secret key is made with AES.', '2. Encryption: the sender turns the plaintext into ciphertext with the key.', '3. Decryption: the receiver turns the ciphertext back with the same key.', '4. Key sharing: the key is shared beforehand over a secure channel.', ''].join('\n');
    expect(questionsOf(steps).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe('who a thing suits, a figure shown in another unit, and a word typed from its own inflection', () => {
  it('explains nothing by who it suits, asks no use case told as the customers it suits, blanks no converted figure, types no cache from caching', () => {
    const tools = ['## Local clusters', '', '- **Minikube**: Best for learning and local development on one machine.', '- **kind**: runs each cluster node as a Docker container, which suits CI pipelines and tests of Kubernetes itself', ''].join('\n');
    expect(questionsOf(tools).some((q) => q.type === 'recall' && /Minikube/.test(q.prompt))).toBe(false);
    const aks = ['### Azure Kubernetes Service (AKS)', '', '- **Use Case**: Best for organizations already using the Microsoft Azure ecosystem and its DevOps tools.', '- **Features**: integrates with Azure Active Directory and Azure Monitor', ''].join('\n');
    expect(questionsOf(aks).some((q) => q.type === 'recall' && /use case/i.test(q.prompt))).toBe(false);
    const wait = ['## Unhealthy node taints', '', '- **300 (default)**: Pod waits 5 minutes before eviction', '- **tolerationSeconds**: how long a Pod stays bound to a node after a matching NoExecute taint appears', ''].join('\n');
    expect(questionsOf(wait).filter((q) => q.type === 'cloze' && /minutes/.test(q.prompt))).toEqual([]);
    const dns = ['## CoreDNS Configuration', '', '- **errors**: logs errors to standard output for troubleshooting', '- **cache**: Reduces API load by caching responses for 30 seconds.', '- **forward**: sends queries outside the cluster domain to the upstream resolvers', ''].join('\n');
    expect(questionsOf(dns).some((q) => q.type === 'typed' && q.answer === 'cache')).toBe(false);
  });
});

describe("a walk through one's own project, its example's value, and a line written like another", () => {
  it("asks nothing of a script's line numbers, a project's own table of contents or a list under 它做三件事", () => {
    const script = ['## 幂等检查：先查再建', '', '- **2>/dev/null**：丢掉错误输出，集群不存在时不报错（第 18–21 行）', '- **建 kind 集群**：造一个跑在 Docker 里的 K8s 节点，对应 setup-kind.sh:30-46', ''].join('\n');
    expect(questionsOf(script)).toEqual([]);
    const learn = ['## 这个项目能学到什么', '', '- **进阶**：initContainer、多容器 Pod（sidecar）、Kustomize', '- **弹性**：HPA（自动扩缩容）与资源限制', '- **存储**：PVC、emptyDir、volumeClaimTemplates', ''].join('\n');
    expect(questionsOf(learn)).toEqual([]);
    const three = ['## kustomization.yaml', '', '它做三件事：', '', '- **聚合**：一条 kubectl apply -k 命令部署全部资源，无需逐个 apply', '- **统一命名空间**：所有资源默认落到同一个命名空间里', '- **统一打标**：给所有资源加上同一个标签，便于统一查询和清理', ''].join('\n');
    expect(questionsOf(three).filter((q) => q.type !== 'recall' || /聚合|统一/.test(q.prompt))).toEqual([]);
  });

  it("explains nothing by its example's value or as written like the line before", () => {
    const patch = ['## Patch', '', '- **op**：要進行的操作，這裡是 replace，也可以是 add、remove。', '- **path**：要修改的欄位在 yaml 中的路徑，例如 /spec/replicas。', '- **value**：修改後的新值，例如把副本數改成 3。', ''].join('\n');
    for (const q of questionsOf(patch)) expect(shown(q)).not.toMatch(/這裡是 replace/);
    const ways = ['## Kustomize 的 patches', '', '- **Inline Patch**：直接把要修改的 yaml 片段寫在 kustomization.yml 裡。', '- **patches**：寫法同 Inline，只不過放在另外的 yaml 檔案中，再透過 patches.path 引入。', ''].join('\n');
    expect(questionsOf(ways).some((q) => q.type === 'recall' && /patches（|patches$/.test(q.prompt))).toBe(false);
  });
});

describe("one's own project, walked through", () => {
  it('asks nothing under 在本项目中的实战 or a heading that goes through its files one by one', () => {
    const mine = ['## Redis 入门学习', '', '### 在本项目中的实战', '', '- **键 visits**：一个 String 类型的计数器，每次访问加一', '- **降级**：Redis 不可用时回退到内存计数，服务仍然可用', '', '### manifests/ —— 14 个清单逐个讲解', '', '- **web-config-files**：通过 volumes.configMap 挂载为文件，每个 key 变成一个文件', '- **redis**：Headless Service，DNS 查询返回 Pod IP 列表', ''].join('\n');
    expect(questionsOf(mine)).toEqual([]);
  });
});

describe('the round hundred a class of status codes starts at', () => {
  it('blanks the end of 200 to 399, not its start', () => {
    const probe = ['## Probe mechanisms', '', '- **httpGet**: a web request to a path and port; any status from 200 to 399 counts as success', '- **tcpSocket**: succeeds when a connection to the given port can be opened', ''].join('\n');
    const blanks = questionsOf(probe).filter((q) => q.type === 'cloze');
    expect(blanks.length).toBeGreaterThan(0);
    for (const q of blanks) expect(q.prompt).toMatch(/200 to ____/);
  });
});

describe('a sentence that fits the letters, an upgrade example, and a toy analogy', () => {
  it('takes no sentence for an expansion, blanks no version an upgrade example goes from, and recalls no answer told as an analogy', () => {
    const prom = ['### Prometheus', '', 'Prometheus is an open-source monitoring toolkit that:', '- Collects and stores time-series metrics', '- Provides a flexible query language (PromQL)', '- Uses a pull-based model to scrape metrics from targets', ''].join('\n');
    expect(questionsOf(prom).some((q) => q.type === 'typed' && /PromQL/.test(q.prompt))).toBe(false);
    const upgrade = ['## Kubeadm-upgrade', '', '- **Kubeadm-upgrade**: you have to upgrade one minor version at a time, so in order to upgrade from 1.11 to 1.13 you go through 1.12 first', ''].join('\n');
    expect(questionsOf(upgrade).some((q) => q.type === 'cloze' && /1\.1\d|____/.test(q.prompt) && /upgrade from/.test(q.prompt))).toBe(false);
    const toys = ['## What Are Containers?', '', 'Imagine you have a box of your favorite toys that you can take anywhere.', 'Containers are like these toy boxes, but for programs: they hold the program, its libraries and its settings.', ''].join('\n');
    expect(questionsOf(toys).filter((q) => q.type === 'recall')).toEqual([]);
  });
});

describe("someone's study schedule and a drill's time targets", () => {
  it('asks nothing of a weekday, a time target, a legend or the pace a drill sets itself', () => {
    const plan = ['## Week 10 — Schedule', '', '- **Mon**: take the second practice exam again, calmly, and note the patterns', '- **Sun Aug 16**: total rest, no study at all before the exam day', '- **Legend**: pending · in progress · done', ''].join('\n');
    expect(questionsOf(plan)).toEqual([]);
    const check = ['## Checkpoint', '', '- **Under 20s**: write every cluster-scoped resource type to a file', '- **Under 45s**: scaffold a Deployment manifest, add a resource limit, diff it, then apply it', ''].join('\n');
    expect(questionsOf(check)).toEqual([]);
    const pace = ['## The 15 tasks', '', '- **T3 — Node / kubeconfig check**: find why a node is NotReady and fix its kubeconfig · [Troubleshooting] · target 2 min', ''].join('\n');
    expect(questionsOf(pace).filter((q) => q.type === 'cloze')).toEqual([]);
  });
});

describe('a negation for an expansion and a number word for a name', () => {
  it('asks NAT to be typed from no sentence and explains no One', () => {
    const net = ['## Pod networking rules', '', '- Every Pod gets its own IP address', '- Pods talk to each other across nodes', '- No network address translation (NAT)', ''].join('\n');
    expect(questionsOf(net).some((q) => q.type === 'typed' && /NAT/.test(q.prompt))).toBe(false);
    const check = ['## Knowledge check', '', '- **One**: control plane node runs the API server and the scheduler', '- **kubelet**: the agent on every node that starts the containers its Pods ask for', ''].join('\n');
    expect(questionsOf(check).some((q) => /\bOne\b/.test(q.prompt))).toBe(false);
  });
});

describe('a clause that runs into its list', () => {
  it('names no group "The components work"', () => {
    const vpa = ['## Vertical Pod Autoscaler', '', 'The components work as follows:', '', '- **VPA Recommender**: watches resource use and computes recommended requests for each container', '- **VPA Updater**: evicts Pods whose requests are far from the recommendation so they are recreated', '- **VPA Admission Controller**: rewrites the requests of new Pods to the recommended values', ''].join('\n');
    const asked = questionsOf(vpa);
    expect(asked.some((q) => q.type === 'define')).toBe(true);
    for (const q of asked) expect(q.prompt).not.toMatch(/The components work/);
  });
});

describe("a book's chapter notes: counted points, stressed verbs, numbered titles, lead-ins and teasers", () => {
  it('takes no FIRST or SECOND for a name, nor a stressed verb with its object, and still asks the names beside them', () => {
    const note = [
      '# 07: Services',
      '',
      '- FIRST: a Service is an object that gives a set of Pods one stable address',
      '- SECOND: every Service gets a stable IP address, DNS name and port',
      '',
      '## Coupled world',
      '',
      '- **build** three distinct images, one for each environment',
      '- **store** the images in three distinct repositories',
      '- **run** each version in its own environment',
      '',
      '## Service types',
      '',
      '- ClusterIP: a virtual IP that is reachable only from inside the cluster',
      '- NodePort: opens the same port on every node and forwards it to the Service',
      '- LoadBalancer: asks the cloud provider for an external load balancer in front of the Service',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    for (const q of asked) expect(shown(q), q.prompt).not.toMatch(/\b(?:FIRST|SECOND)\b|^(?:build|store|run)$|three distinct|each version/m);
    expect(asked.filter((q) => q.type === 'typed').map((q) => q.answer)).not.toContain('store');
    expect(asked.some((q) => q.subject === 'NodePort')).toBe(true);
    // `# 07: Services`: the chapter's number is no part of the topic a prompt names.
    for (const q of asked) expect(q.prompt).not.toMatch(/": |「: /);
  });

  it("names no group by a list's lead-in sentence or an 'Instead use', and keeps no teaser or part number in a question", () => {
    const rbac = ['## RBAC', '', 'A RoleBinding links:', '', '- **User**: a person, known from a client certificate or an OIDC token', '- **Group**: a set of users, taken from the certificate O field', '- **ServiceAccount**: an identity for the processes that run in Pods', ''].join('\n');
    for (const q of questionsOf(rbac)) expect(q.prompt).not.toMatch(/RoleBinding links/);
    const ssh = ['## Node access', '', 'Do not open SSH to nodes.', '', '**Instead use**', '', '- SSM', '- GCP OS Login', '- Azure RunCommands', ''].join('\n');
    for (const q of questionsOf(ssh)) expect(q.prompt).not.toMatch(/Instead use/);
    const chapter = ['## PART 2 — What is a CNI?', '', 'CNI is the interface between the container runtime and the plugins that give Pods their IP addresses and routes.', '', '## Why not run bare Pods?', '', 'A bare Pod is not rescheduled when its node fails, and nothing scales it or rolls it out.', '', 'BUT…', ''].join('\n');
    const recalls = questionsOf(chapter).filter((q) => q.type === 'recall');
    expect(recalls.map((q) => q.prompt)).toContain('What is a CNI?');
    // `## 2 Kubernetes是什么？`, `### 4.1 建了一个服务…会出现什么情况?`: the heading's number is no part of the question either.
    const numbered = ['## 2 Kubernetes是什么？', '', 'Kubernetes 是一个开源的容器编排平台，负责调度、伸缩和自愈运行在集群中的容器化应用。', ''].join('\n');
    expect(questionsOf(numbered).filter((q) => q.type === 'recall').map((q) => q.prompt)).toContain('Kubernetes是什么？');
    // `… A/B testing? (Advanced).`: how hard the note rates a question is no part of it either.
    const rated = ['## How does a service mesh like Istio change Pod-to-Pod traffic? (Advanced).', '', 'Istio puts an Envoy sidecar next to each Pod, which adds mTLS, retries and traffic splitting.', ''].join('\n');
    expect(questionsOf(rated).filter((q) => q.type === 'recall').map((q) => q.prompt)).toContain('How does a service mesh like Istio change Pod-to-Pod traffic?');
    const bare = recalls.find((q) => /bare Pods/.test(q.prompt));
    expect(bare?.answer).toBe('A bare Pod is not rescheduled when its node fails, and nothing scales it or rolls it out.');
  });

  it("matches no name to the value one example gave it", () => {
    const note = ['## Useful observations', '', '- **image**: chatty-db:0.0.1 - you have to give it the same name:tag pair you built it with', '- **replicas**: how many copies of the Pod the Deployment keeps running at once', '- **selector**: the labels that tell the Deployment which Pods are its own', ''].join('\n');
    for (const q of questionsOf(note)) expect(shown(q), q.prompt).not.toMatch(/chatty-db/);
  });
});

describe("one setup's script", () => {
  it('is not walked through from memory, where a flow of the system still is', () => {
    const install = ['## Install Docker', '', '1. Add the mirror repository from https://mirrors.example.com/docker-ce/linux/centos', '2. Install docker-ce 18.09.9 and its CLI of the same version', '3. Write the registry mirror into /etc/docker/daemon.json', '4. Enable and start the docker service', ''].join('\n');
    expect(questionsOf(install).filter((q) => q.type === 'recall')).toEqual([]);
    // Nor put in order, whatever its heading: after the install, a group, a driver and a mirror go in any order.
    const script = ['## 安装docker流程', '', '1. 添加阿里云的 docker-ce 源 https://mirrors.aliyun.com/docker-ce/linux/centos/docker-ce.repo', '2. 安装 docker-ce-18.09.9 和同版本的 docker-ce-cli', '3. 把当前用户加入 docker 组，免去每次输入 sudo', '4. 在 daemon.json 中把存储驱动改为 overlay2', '5. 配置镜像加速器，重启 docker 服务', ''].join('\n');
    expect(questionsOf(script).filter((q) => q.type === 'order' || q.type === 'next' || q.type === 'recall')).toEqual([]);
    // Applying one app's manifests is put in no order either: RBAC, ConfigMaps and a Service go in any.
    const apply = ['## 部署prometheus-server', '', '1. 创建rbac权限：kubectl apply -f ./prometheus-server/rbac.yaml', '2. 创建configmap作为配置文件：kubectl apply -f ./prometheus-server/config-configmap.yaml', '3. 部署prometheus-server：kubectl apply -f ./prometheus-server/deployment.yaml', '4. 创建service：kubectl apply -f ./prometheus-server/service.yaml', ''].join('\n');
    expect(questionsOf(apply).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const flow = ['## Raft log replication process', '', '1. The leader appends the client command to its own log', '2. The leader sends the entry to every follower in AppendEntries', '3. Once a majority has stored it, the leader commits the entry', '4. The leader applies it to its state machine and answers the client', ''].join('\n');
    expect(questionsOf(flow).some((q) => q.type === 'recall' && /Raft log replication/.test(q.prompt))).toBe(true);
  });
});

describe('qualities claimed first', () => {
  it('explain nothing, where a line that says what the thing is still does', () => {
    const cni = ['## Network plugins', '', '- **Flannel**: Simple, lightweight, and commonly used in small to medium-sized clusters.', '- **Calico**: a network plugin that routes Pod traffic with BGP and enforces NetworkPolicy', '- **Cilium**: 简单、轻量，适合各种规模的集群', ''].join('\n');
    const prompts = questionsOf(cni).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts.some((p) => /Flannel|Cilium/.test(p))).toBe(false);
    expect(prompts.some((p) => /Calico/.test(p))).toBe(true);
  });
});

describe('components told apart by their certificates', () => {
  it('are not matched to those lines, where kinds of certificate still are', () => {
    const components = ['## Certificates in the cluster', '', '### Components', '', '- **API Server**: uses a server certificate to encrypt traffic on port 6443', '- **etcd**: keeps its data behind its own peer and server certificates', '- **Kubelet**: each node uses a client certificate to talk to the API server', '- **Scheduler**: uses a client certificate to talk to the API server', ''].join('\n');
    expect(questionsOf(components).filter((q) => ['define', 'identify', 'typed'].includes(q.type))).toEqual([]);
    const kinds = ['## Certificates in the cluster', '', '- **CA certificate**: signs the other certificates and lets every party check them', '- **Server certificate**: proves the identity of a server such as the API server to its clients', '- **Client certificate**: proves who a client is, such as a user or the kubelet, to the API server', ''].join('\n');
    expect(questionsOf(kinds).some((q) => q.type === 'define' || q.type === 'identify')).toBe(true);
  });
});

describe("kubectl's short names", () => {
  it('give their resource away', () => {
    expect(givesAway('命名空间中可以存在的PVC总数。', 'persistentvolumeclaims', ['services', 'configmaps'])).toBe(true);
    expect(givesAway('the number of rc objects allowed', 'replicationcontrollers', ['pods', 'services'])).toBe(true);
    expect(givesAway('Admin configures a StorageClass (e.g., my-own-sc).', 'SC Setup', ['PV Creation'])).toBe(true);
    expect(givesAway('命名空间中可以存在的 Pod 总数。', 'services', ['pods'])).toBe(false);
    const quota = ['## 对象数量的配额', '', '- configmaps：命名空间中可以存在的配置映射的总数。', '- persistentvolumeclaims：命名空间中可以存在的PVC总数。', '- replicationcontrollers：命名空间中可以存在的rc总数。', '- services：命名空间中可以存在的服务总数。', ''].join('\n');
    for (const q of questionsOf(quota).filter((x) => x.type === 'define' || x.type === 'identify')) expect(q.subject, q.prompt).not.toMatch(/persistentvolumeclaims|replicationcontrollers/);
  });
});

describe('a line cut short by its own list, the name said again, an example set up, a retired server, a résumé', () => {
  it('recall what the line says before it leads on, and nothing circular, set up or retired', () => {
    const note = [
      '## 常用对象',
      '',
      '- Deployment: 主要职责与RC相同, 保证Pod的数量和健康. 除此之外还拥有以下功能',
      '    - 回滚：当升级出现问题, 可以回滚到之前的任一版本',
      '    - 暂停和启动：对于每一次升级都能够随时暂停和启动',
      '- Subject: 主题, 对应在集群中尝试操作的对象, 集群中定义了三种类型的主题资源',
      '    - User Account: 用户, 由外部独立服务进行管理',
      '    - Group: 组, 用来关联多个账户',
      '- Pod IP: Pod的IP地址. 是每个Pod的IP地址',
      '- 具体情景配置: 以两个输入源(tcp, http)、一个输出为例, 说明它的配置方法',
      '- 权限管理: 将kubernetes-dashboard.yaml中的权限验证更改成clusterRole',
      '- Tiller Server: 部署在集群内部的服务端, 与 Helm client 和 API server 交互来安装 chart',
      '',
    ].join('\n');
    const recalls = questionsOf(note).filter((q) => q.type === 'recall');
    const answerOf = (name: string): unknown => recalls.find((q) => q.prompt.includes(`：${name}`))?.answer;
    expect(answerOf('Deployment')).toBe('主要职责与RC相同, 保证Pod的数量和健康');
    expect(answerOf('Subject')).toBe('主题, 对应在集群中尝试操作的对象');
    for (const name of ['Pod IP', '具体情景配置', '权限管理', 'Tiller Server']) expect(answerOf(name), name).toBeUndefined();
    // A clause cut at its colon (`selector 指明…`) and a manifest's key told first (`spec: volumeMounts…`) neither.
    const manifest = ['## Kubernetes Service', '', '- selector 指明挑选label为 app: httpd 的 Pod 作为Service的后端', '- template: spec: volumeMounts 指定一个名为 www 的 mountPath，是容器中装载存储卷的路径', '- PV扩容: allowVolumeExpansion: true，允许用户修改pvc申请的存储空间来完成pv扩容', ''].join('\n');
    const told = questionsOf(manifest).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(told.some((p) => /selector|template/.test(p))).toBe(false);
    expect(told.some((p) => /PV扩容/.test(p))).toBe(true);
  });

  it('ask nothing of how one sells a project in a résumé', () => {
    const pains = ['## 痛点分析', '', '- **人工成本高**：Pod 异常需要运维人员手动排查日志、事件和配置', '- **重复劳动多**：常见问题反复出现，解决方案高度相似', '- **经验依赖强**：排查思路只在少数人脑中，新人上手慢', ''].join('\n');
    expect(questionsOf(pains, 'docs/resume-description.md')).toEqual([]);
    expect(questionsOf(pains)).toEqual([]);
  });

  it("ask nothing of a course project's plan, nor of one's reading list", () => {
    const modules = ['- 项目：一条产品线，由许多服务组成，比如一个电商平台', '- 应用：一个具体的服务，比如订单服务或库存服务', '- 流水线：把构建、测试和发布串起来的一组阶段', ''];
    expect(questionsOf(['# 课设可选课题', '', '## 项目管理模块', '', ...modules].join('\n'))).toEqual([]);
    expect(questionsOf(['# 平台概念', '', '## 项目管理模块', '', ...modules].join('\n')).length).toBeGreaterThan(0);
    const reading = ['# Kubernetes 阅读材料', '', '## Borg 论文', '', '- 概述：写得很清楚，讲了调度和资源隔离的来龙去脉，值得一读', '- 篇幅：二十页左右，配图不多，一个下午可以读完', ''].join('\n');
    expect(questionsOf(reading)).toEqual([]);
    // How to reach the author, and their advertisement, are no terms either.
    const contact = ['# Docker 入门', '', '博主的学习交流QQ群：123456789，欢迎一起讨论', '', '微信号：someone-2024', '', '广告时间：博主最近在接前后端的私活，欢迎联系。', ''].join('\n');
    expect(questionsOf(contact)).toEqual([]);
    for (const label of ['微信号', '博主私人教学QQ群', '广告时间', 'Contact me']) expect(isNonName(label), label).toBe(true);
    expect(isNonName('Secret')).toBe(false);
  });
});

describe('a number the sentence works out', () => {
  it('is no blank, where a default said once still is', () => {
    const note = ['## Taints', '', '- tolerationSeconds: how long a Pod stays on a failed node, 300 seconds by default, that is 5 minutes before eviction', '- node-monitor-grace-period: how long the controller waits before it marks a node NotReady, 40 seconds by default', ''].join('\n');
    const blanks = questionsOf(note).filter((q) => q.type === 'cloze');
    expect(blanks.some((q) => /tolerationSeconds/.test(q.prompt))).toBe(false);
    expect(blanks.some((q) => /node-monitor-grace-period/.test(q.prompt))).toBe(true);
  });
});

describe("an operator project's own walk-through", () => {
  it("asks nothing of its folders, its selling points or 'your project', and still of a chart's standard folders", () => {
    const dirs = ['## 项目关键目录', '', '- api/：Rollout 的 Spec/Status 定义和 Webhook', '- pkg/：流量切换与分析引擎的接口和实现', '- controllers/：控制器的 Reconcile 逻辑所在', ''].join('\n');
    expect(questionsOf(dirs)).toEqual([]);
    const pitch = ['## Kubebuilder 的优势', '', '- 功能完备：内置 CRD 生成、客户端代码生成和 Webhook 支持', '- 标准化：生成的项目结构与社区的 Operator 一致', '- 文档完善：与 controller-runtime 深度集成，学会后可迁移到其他工具', ''].join('\n');
    expect(questionsOf(pitch)).toEqual([]);
    const chart = ['## Helm chart structure', '', '- Chart.yaml: the name, version and description of the chart', '- values.yaml: the default values the templates are rendered with', '- templates/: the manifests, written as Go text with placeholders, that get rendered', '- charts/: the packaged dependencies, kept beside the parent package', ''].join('\n');
    expect(questionsOf(chart).some((q) => q.subject === 'charts/')).toBe(true);
  });
});

describe("a notebook's pep talks and its own project", () => {
  it('asks no pep talk, no way to use the notebook, no Makefile target, no file of its tree, and no everyday abbreviation', () => {
    const pep = ['## Why Troubleshooting Matters?', '', 'Clusters break in many ways, and being able to find out why quickly is a large part of the job and of the exam.', '', '## Why IngressClass Matters?', '', 'Several ingress controllers can run in one cluster; the class says which of them serves an Ingress, so two controllers do not fight over it.', ''].join('\n');
    const prompts = questionsOf(pep).map((q) => q.prompt);
    expect(prompts).not.toContain('Why Troubleshooting Matters?');
    expect(prompts).toContain('Why IngressClass Matters?');
    const howTo = ['## How to Use This Notebook', '', '1. Follow the modules in order if you are new to Kubernetes', '2. Work through every lab in a local cluster', '3. Review the best practices guide to consolidate what you learned', ''].join('\n');
    expect(questionsOf(howTo)).toEqual([]);
    const project = ['## 一键命令入口（Makefile）', '', '- make up：安装依赖、建集群、装 Ingress 并跑一遍烟雾测试', '- make demo：部署进阶学习应用并打开浏览器', '- kind/kind-cluster.yaml：一个控制平面加两个工作节点的集群拓扑', ''].join('\n');
    expect(questionsOf(project)).toEqual([]);
    const node = ['## Node', '', '- Node (VM): a Virtual Machine or a physical machine that runs Pods', '- kubelet: the agent on every node that starts the containers of its Pods', ''].join('\n');
    expect(questionsOf(node).some((q) => /\bVM\b/.test(q.prompt) && q.type === 'typed')).toBe(false);
    const gitops = ['## Image update automation', '', '- **Flux Image Automation**: scans registries for new tags and commits the new tag to the Git repository', '- **ArgoCD Image Updater**: Works similarly for Argo CD applications, writing back to Git or the app', ''].join('\n');
    expect(questionsOf(gitops).some((q) => q.type === 'recall' && /ArgoCD Image Updater/.test(q.prompt))).toBe(false);
  });
});

describe('one line said of two names', () => {
  it('asks for neither name by it, and still explains each', () => {
    const note = ['## Network plugins', '', '- **Cilium**: full support for L3/L4 and L7 network policies, enforced with eBPF programs', '- **Calico Enterprise**: full support for L3/L4 and L7 network policies, enforced with eBPF programs', '- **Flannel**: no NetworkPolicy support at all, it only moves packets between nodes', '- **Weave Net**: a mesh of peers that encrypts traffic between nodes when asked to', '- **Canal**: Flannel for the packets together with Calico for the network policies', ''].join('\n');
    const asked = questionsOf(note);
    expect(asked.filter((q) => (q.type === 'identify' || q.type === 'typed') && /full support/.test(q.prompt))).toEqual([]);
    expect(asked.some((q) => q.type === 'identify' && /only moves packets/.test(q.prompt))).toBe(true);
  });
});

describe("a label over fields and the author's own plan", () => {
  it('are no terms, while a group may still be named for its required fields, and the lines beside them are asked', () => {
    const note = ['## Validation rules', '', '- **Required Field**: must be defined for every container in the Pod', '- **image**: the container image to run, pulled by the kubelet from a registry', '- **resources**: the CPU and memory the container requests and may use at most', '', '## Examples', '', '- java dubbo项目：没spring-cloud-alibaba, 可尝试', '- go-zero项目：微服务框架的示例，用 etcd 做服务发现', ''].join('\n');
    const asked = questionsOf(note);
    expect(asked.filter((q) => q.subject === 'Required Field' || q.subject === 'java dubbo项目')).toEqual([]);
    // A group may still be named so (`DEL接口 › 必选参数`): the label is no name of a thing, but it names a list.
    expect(isNonName('必选参数')).toBe(false);
    expect(asked.some((q) => q.subject === 'go-zero项目' || q.subject === 'image')).toBe(true);
  });
});

describe('a figure the sentence says otherwise', () => {
  it('is no blank: a one said in words, a value written into patched source; a default still is', () => {
    const note = [
      '## Scheduling and certificates',
      '',
      '- maxSkew: the largest allowed difference in Pod count between two topology domains. A maxSkew of 1 means no domain can have more than one extra Pod',
      '- 证书有效期：kubeadm 签发的证书默认 1 年有效，修改源码后重新编译kubeadm，就可以生成 10 年的证书文件',
      '- terminationGracePeriodSeconds: how long the kubelet waits after SIGTERM before it kills the container, 30 seconds by default',
      '',
    ].join('\n');
    const blanks = questionsOf(note).filter((q) => q.type === 'cloze');
    expect(blanks.some((q) => /maxSkew|证书/.test(q.prompt))).toBe(false);
    expect(blanks.some((q) => /terminationGracePeriodSeconds/.test(q.prompt))).toBe(true);
  });
});

describe("an interview guide's contents, the author's own experience and rules", () => {
  it('asks nothing of a list of links to its pages, however each describes its page', () => {
    const contents = [
      '## Topics in depth',
      '',
      '- **[Deployments](./topics/deployments.md)** – rollout strategies, blue-green, canary releases',
      '- **[Image size](./topics/images.md)** – smaller base images, multi-stage builds, layer caching',
      '- **[Pipelines](./topics/pipelines.md)** – agents, shared libraries, failure alerts',
      '',
      '## Probe kinds',
      '',
      '- **Liveness probe**: restarts the container when its check keeps failing',
      '- **Readiness probe**: takes the Pod out of Service endpoints while its check fails',
      '',
    ].join('\n');
    const asked = questionsOf(contents);
    expect(asked.filter((q) => /Deployments|Image size|Pipelines|rollout strategies/.test(shown(q)))).toEqual([]);
    expect(asked.some((q) => q.subject === 'Liveness probe')).toBe(true);
  });

  it("asks no question about the author's own projects, and keeps a request a request", () => {
    const note = [
      '## 12. What challenges have you faced while scaling a CI server?',
      '',
      '- Build agents queued up behind one another during release weeks',
      '- Moved the agents into the cluster, so each build got its own Pod',
      '',
      '## 13. How do you handle zero-downtime deployments?',
      '',
      '### What I did',
      '',
      'I set up rolling updates with readiness probes and kept at least two replicas of every service.',
      '',
      '## 14. Explain how a Service sends traffic to its Pods.',
      '',
      'kube-proxy writes iptables or IPVS rules on every node, so a packet for the ClusterIP goes to one of the ready endpoints.',
      '',
    ].join('\n');
    const prompts = questionsOf(note).map((q) => q.prompt);
    expect(prompts.filter((p) => /have you|What I did/.test(p))).toEqual([]);
    expect(prompts).toContain('Explain how a Service sends traffic to its Pods.');
  });

  it("takes no rule of the author's for a name, while a policy's single-word values stay names", () => {
    for (const rule of ['Use namespaces', 'Never use', 'Always set requests and limits', 'Avoid privileged containers']) expect(isNonName(rule), rule).toBe(true);
    for (const name of ['Always', 'Never', 'IfNotPresent', 'Keep-alive']) expect(isNonName(name), name).toBe(false);
  });

  it('does not ask what a short name means when only the right choice spells its letters', () => {
    const note = ['## Volume types', '', '- `nfs`: mounts a folder that a network file server exports, writable from many machines', '- `emptyDir`: scratch space that lives as long as its Pod', '- `hostPath`: a file or folder of the node the Pod runs on', '- `configMap`: the keys of a ConfigMap, mounted as files', ''].join('\n');
    expect(questionsOf(note).filter((q) => (q.type === 'define' || q.type === 'identify') && q.subject === 'nfs')).toEqual([]);
  });

  it('asks a Dockerfile instruction by its name when the note swaps two of its letters', () => {
    const note = ['## Dockerfile instructions', '', '- FORM: the base image every later instruction builds on', '- COPY: copies files from the build context into the image', '- RUN: runs a command while the image is built and keeps its result as a layer', '- CMD: the default command of a container started from the image', ''].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => shown(q).includes('FORM'))).toBe(false);
    expect(asked.some((q) => q.subject === 'FROM')).toBe(true);
  });
});

describe('the steps under a setup heading', () => {
  it('are not put in order when the list itself is only called steps, while a tool at work still is', () => {
    const setup = [
      '## 使用 kubekey 安装集群',
      '',
      '### 步骤',
      '',
      '1. 在每台机器上关闭 swap 并加载 br_netfilter 模块',
      '2. 下载 kk 命令行工具到第一台机器',
      '3. 生成集群配置文件并填写每台机器的地址',
      '4. 执行 kk create cluster 创建集群并等待它完成',
      '',
    ].join('\n');
    expect(questionsOf(setup).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const flow = [
      '## helm install',
      '',
      '### How It Works',
      '',
      '1. Helm reads the chart and merges the values files with the --set flags',
      '2. The templates are rendered into Kubernetes manifests with those values',
      '3. The manifests are sent to the API server in the order of their kinds',
      '4. A release record is stored as a Secret in the namespace of the release',
      '',
    ].join('\n');
    expect(questionsOf(flow).some((q) => q.type === 'order')).toBe(true);
  });
});

describe('a name beside the name', () => {
  it('is left out of the description rather than tacked on its end, where it gave the choice away', () => {
    const note = [
      '## Calico 的组件',
      '',
      '1. **calico-node**：运行在每个节点上的主进程，设置路由并管理本节点的地址',
      '2. **BGP Daemon (Bird)**：在节点之间交换路由，让不同节点上的 Pod 互相可达',
      '3. **Typha**：节点很多时在数据存储和各节点之间做缓存与扇出，减轻存储的压力',
      '4. **calicoctl**：命令行工具，用来查看和修改 Calico 的资源与网络策略',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => q.subject === 'BGP Daemon')).toBe(true);
    expect(asked.filter((q) => /Bird/.test(shown(q)))).toEqual([]);
    const glossed = ['## 调度控制', '', '- **Taint (污点)**：给一个 Node 打上污点，拒绝所有不能容忍它的 Pod 调度上来', '- **Toleration (容忍)**：在 Pod 上设置容忍，声明它能容忍某些污点，从而可以调度到这些节点', '- **Affinity (亲和性)**：按节点或 Pod 的标签，把 Pod 吸引到合适的位置', ''].join('\n');
    const explained = questionsOf(glossed);
    expect(explained.some((q) => q.subject === 'Toleration')).toBe(true);
    expect(explained.filter((q) => /（容忍）|（污点）|（亲和性）/.test(shown(q) + q.explanation))).toEqual([]);
  });
});

describe('a member by its other name', () => {
  it('is never offered as an outsider of its own group', () => {
    const note = [
      '# Cloud setup',
      '',
      '## Project: Terraform infrastructure',
      '',
      '**AWS Resources**',
      '',
      '- VPC (public & private subnets)',
      '- Internet Gateway & NAT Gateway',
      '- Application Load Balancer',
      '- Auto Scaling Group',
      '- RDS (Multi-AZ)',
      '- IAM roles and policies',
      '- CloudWatch alarms',
      '',
      '## Load balancers',
      '',
      '**Load balancer types**',
      '',
      '- ALB (Layer 7)',
      '- NLB (Layer 4)',
      '- Classic Load Balancer',
      '',
    ].join('\n');
    // Many seeds: which outsiders a question draws is up to its seed.
    const banks = collect([parseNote('notes/t.md', note)]).banks;
    const asked = Array.from({ length: 30 }, (_, i) => allQuestions(banks, { seed: i + 1 }))
      .flat()
      .filter((q) => (q.type === 'member' || q.type === 'multi') && /AWS Resources/.test(q.prompt));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.choices.filter((c) => /^ALB\b/.test(c)), q.prompt).toEqual([]);
  });
});

describe("a setting described by the value one example gave it", () => {
  it('is not explained by that value, while a name in full or a status before the dash still explains', () => {
    const note = [
      '## Storage class configuration',
      '',
      'Key points about this configuration:',
      '',
      '- **Provisioner**: `rancher.io/local-path` - makes folders on the node for each claim',
      '- **ReclaimPolicy**: `Delete` - the storage goes when the claim is deleted',
      '- **VolumeBindingMode**: `WaitForFirstConsumer` - the volume is made only when a Pod using the claim is scheduled',
      '',
      '## Access modes',
      '',
      '- **RWX**: ReadWriteMany — many nodes mount it read-write at once',
      '- **RWO**: ReadWriteOnce — one node mounts it read-write',
      '- **PreemptLowerPriority**: Default — evicts lower-priority Pods to make room',
      '',
    ].join('\n');
    const recalled = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.subject);
    expect(recalled.filter((s) => /VolumeBindingMode|Provisioner/.test(s))).toEqual([]);
    expect(recalled).toEqual(expect.arrayContaining(['RWX', 'PreemptLowerPriority']));
  });
});

describe('names a description translates word by word, and components told by their certificates', () => {
  it('asks no eviction policy by its Chinese gloss, and no component is explained by its certificate', () => {
    const eviction = [
      '## 内存淘汰策略',
      '',
      '- allkeys-lru：对象是所有的key，最近最少使用的优先被淘汰',
      '- allkeys-random：对象是所有的key，随机挑选要淘汰的key',
      '- volatile-lru：只淘汰设置了过期时间的key，最近最少使用的优先',
      '- noeviction：不淘汰任何key，内存满了以后写入直接报错',
      '',
    ].join('\n');
    expect(questionsOf(eviction).filter((q) => q.type === 'define' || q.type === 'identify')).toEqual([]);
    const certificates = [
      '## Certificates in the cluster',
      '',
      '- **API server**: presents a serving certificate to every client that connects to it',
      '- **Kubelet**: uses a client certificate to talk to the API server',
      '- **etcd**: has its own serving certificate, and checks the client certificate of the API server',
      '- **Scheduler**: uses a client certificate when it talks to the API server',
      '',
    ].join('\n');
    expect(questionsOf(certificates).filter((q) => q.type === 'recall')).toEqual([]);
  });
});

describe('a count the sentence lists right after it', () => {
  it('is no blank, while a count without its list still is', () => {
    const note = [
      '# Linux基础知识',
      '',
      '## IO调度机制',
      '',
      '1. 查看当前系统支持的IO调度器',
      '',
      '2. 修改linux系统的IO调度器',
      '',
      '修改 Linux 的 I/O 调度器有三种方法，分别是使用 shell 命令、使用 grubby 命令或者修改 grub 配置文件，用 shell 命令修改只是临时的，要修改默认的调度器就得改 grub 配置。',
      '',
      '3. kube-proxy 的代理模式',
      '',
      'kube-proxy 默认支持三种代理模式，生产环境通常选用 IPVS。',
      '',
    ].join('\n');
    const blanks = questionsOf(note).filter((q) => q.type === 'cloze');
    expect(blanks.filter((q) => /调度器有____/.test(q.prompt))).toEqual([]);
    expect(blanks.some((q) => /支持____代理模式/.test(q.prompt))).toBe(true);
  });
});

describe('what happens in one step, told', () => {
  it('is not put in order, while the actions under a step still are', () => {
    const told = ['## How a Deployment works', '', '### Step 2: Deployment Creates a ReplicaSet', '', '* Deployment does not create Pods directly', '* It creates a ReplicaSet from the Pod template', '* The ReplicaSet is versioned by a hash of that template', ''].join('\n');
    expect(questionsOf(told).filter((q) => q.type === 'order')).toEqual([]);
    const done = ['## Rolling back', '', '### Step 2: Undo the rollout', '', '1. List the revisions with kubectl rollout history', '2. Pick the revision that last worked', '3. Run kubectl rollout undo with --to-revision set to it', '4. Watch the rollout until every Pod is ready', ''].join('\n');
    expect(questionsOf(done).some((q) => q.type === 'order')).toBe(true);
  });
});

describe('a last word that leads to the example after the line', () => {
  it('is left off the description', () => {
    const note = ['## Retention policies', '', '1. Time based retention: a segment older than the retention time is deleted or compacted. The default retention time is 7 days. example', '2. Size based retention: the oldest segments go once a partition log grows past the configured size. example', ''].join('\n');
    const asked = questionsOf(note);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((q) => /\bexample\s*$/.test(shown(q)) || /\. example\b/.test(shown(q)))).toEqual([]);
  });
});

describe("the steps of the note's own example", () => {
  it('are neither put in order nor recited when they lean on a name the example made up', () => {
    const mine = ['## Dynamic provisioning', '', '### How this works', '', '1. Kubernetes sees that no PersistentVolume exists for the claim', '2. It uses my-storage-class to create a volume on the fly', '3. The claim binds to the volume that was just created', ''].join('\n');
    expect(questionsOf(mine).filter((q) => q.type === 'order' || q.type === 'recall' || q.type === 'next')).toEqual([]);
    const illustrated = ['## Services', '', '### How a Service works', '', '1. Pods are grouped by a selector on their labels. Example: every Pod labelled app=my-app', '2. The Service keeps one address however often those Pods come and go', '3. Traffic to that address is spread over the grouped Pods', ''].join('\n');
    expect(questionsOf(illustrated).some((q) => q.type === 'order')).toBe(true);
  });
});

describe("a course's labels in Chinese", () => {
  it('asks no 是什么 / 典型用途 label, no 步骤 A, no claim, no 观察 step, and never names 学习内容 as the subject', () => {
    const note = [
      '### 学习内容',
      '',
      '* **hostPath**',
      '  * **是什么**：把节点上的一个文件或目录挂进 Pod。',
      '  * **生命周期**：与节点同在，Pod 删除后数据仍留在节点上。',
      '  * **典型用途**：让采集日志的 DaemonSet 读节点上的日志目录。',
      '',
      '### 实战任务',
      '',
      '* **步骤 A**：部署 Pod kubectl apply -f sidecar-pod.yaml',
      '* **步骤 B**：进入容器查看共享目录里的日志文件',
      '* **观察变化**：删除 Pod 后再创建，看看数据还在不在',
      '* **日志是临时的**：Pod 删除后容器里的日志一起消失',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.filter((q) => /是什么|典型用途|步骤 [AB]|观察变化|日志是临时的/.test(q.subject ?? '') || /(?:^|「|：)学习内容(?:」|$)/.test(q.prompt))).toEqual([]);
    expect(isNonName('步骤 A')).toBe(true);
    expect(isNonName('日志是临时的')).toBe(true);
    expect(isNonName('hostPath')).toBe(false);
    // `不灵活`, `不安全`: a drawback's label, a claim about the thing.
    expect(isQuality('不灵活')).toBe(true);
    expect(isQuality('不安全')).toBe(true);
  });
});

describe('an analogy the note calls one', () => {
  it('gives no names to match to its pictures', () => {
    const note = ['## Ingress 的作用 vs Service', '', '为了理解 Ingress，让我们用一个商场的比喻：', '', '* **Pod**：商场里具体的一家家店铺（比如书店、咖啡馆）。', '* **Service**：每家店铺门口的招牌和固定门牌号。', '* **Ingress**：商场的总服务台，按顾客要找的店把人指过去。', ''].join('\n');
    expect(questionsOf(note).filter((q) => /商场|店铺|服务台/.test(shown(q)))).toEqual([]);
  });
});

describe('notes in a script the program does not read', () => {
  it('ask nothing, whether Korean or Thai, while a Chinese note with English names still does', () => {
    const korean = ['## 구성 요소', '', '- HAProxy: 단일 진입점으로 여러 API 서버에 요청을 나누어 보내는 로드 밸런서입니다', '- Keepalived: 가상 IP를 두 노드 사이에서 옮겨 주어 한쪽이 죽어도 접속이 유지됩니다', '- etcd: 클러스터의 모든 상태를 저장하는 분산 키-값 저장소이며 과반수가 살아 있어야 합니다', ''].join('\n');
    expect(questionsOf(korean)).toEqual([]);
    const thai = ['## ส่วนประกอบ', '', '- kubelet: เอเจนต์ที่ทำงานบนทุกโหนดและคอยสั่งให้คอนเทนเนอร์ของพ็อดทำงานตามที่กำหนด', '- kube-proxy: ดูแลกฎเครือข่ายบนโหนดเพื่อส่งทราฟฟิกของเซอร์วิสไปยังพ็อดที่ถูกต้อง', '- etcd: ที่เก็บข้อมูลแบบคีย์และค่าที่เก็บสถานะทั้งหมดของคลัสเตอร์เอาไว้', ''].join('\n');
    expect(questionsOf(thai)).toEqual([]);
    const hinglish = ['## Load testing', '', 'Load test se pehle yeh decide karna chahiye ki hamein kitna performance chahiye aur kaise measure karenge. Agar target clear nahi hai to results ka matlab kya hai, yeh koi nahi bata sakta.', '', '- Concurrency Limit: ek time pe kitne requests chal sakte hain, yeh limit hai aur isse zyada requests queue mein jaati hain', '- Ramp-up: users ko dheere dheere badhana hota hai taaki system ka behaviour dikhe, aur yeh sabse important step hai', '- Think time: do requests ke beech ka gap, jo real user jaisa hona chahiye, nahi to load galat hota hai', ''].join('\n');
    expect(questionsOf(hinglish)).toEqual([]);
    const chinese = ['## 节点组件', '', '- kubelet：运行在每个节点上，负责按 Pod 的定义启动和看护容器', '- kube-proxy：在节点上维护网络规则，把访问 Service 的流量转到后端 Pod', '- 容器运行时：负责拉取镜像并运行容器，例如 containerd', ''].join('\n');
    expect(questionsOf(chinese).length).toBeGreaterThan(0);
  });
});

describe('measures and checks, numbered', () => {
  it('are not put in order: ways to prevent a failure, and looks taken while investigating', () => {
    const prevent = ['## What if a node with local storage is scaled down?', '', '### How to prevent', '', '1. Keep durable data on network-attached volumes', '2. Give StatefulSets volumeClaimTemplates and a proper StorageClass', '3. Guard critical Pods with a PodDisruptionBudget', '4. Rehearse backup and restore on a schedule', ''].join('\n');
    expect(questionsOf(prevent).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const improve = ['## High availability', '', '### How to improve VM SLA', '', '1. Use availability sets across fault domains', '2. Use availability zones in the region', '3. Use load balancers in front of the machines', '4. Use scale sets that replace failed machines', ''].join('\n');
    expect(questionsOf(improve).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const fix = ['## PVC stuck in Pending', '', '### How to fix (quick steps)', '', '1. Create the right PersistentVolume or StorageClass', '2. Use one claim per Pod for ReadWriteOnce volumes', '3. Use a StatefulSet for databases', ''].join('\n');
    expect(questionsOf(fix).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const investigate = ['## How do you investigate a memory leak?', '', '### Practical steps', '', '1. Compare versions before and after the rollout', '2. Review heap or process memory metrics', '3. Capture profiles if the runtime supports it', '4. Verify whether cache growth or unbounded queueing is involved', ''].join('\n');
    expect(questionsOf(investigate).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe("a preface and a joined abbreviation's part", () => {
  it('never names 前言 as what a name belongs to, and gives away no part of SSE-KMS', () => {
    const preface = ['# 数据卷', '', '## 前言', '', '- 数据卷：绕过联合文件系统、由宿主机挂进容器的目录，容器删除后数据仍在', '- 数据卷容器：专门提供数据卷给其他容器挂载的容器，用 --volumes-from 共享', ''].join('\n');
    expect(questionsOf(preface).filter((q) => /前言/.test(q.prompt))).toEqual([]);
    expect(isNonName('前言')).toBe(true);
    const kms = ['## S3 encryption', '', '- SSE-S3: the bucket encrypts objects with keys that S3 itself owns and rotates', '- SSE-KMS: leverage AWS key management service to manage encryption keys', '- SSE-C: the client sends its own key with every request, and S3 never stores it', ''].join('\n');
    expect(questionsOf(kms).filter((q) => q.type === 'typed' && q.answer === 'SSE-KMS')).toEqual([]);
  });
});

describe("a study plan's days, a numbered point and one value's effect", () => {
  it('are no names, and a value said first is not what the setting is', () => {
    for (const label of ['Day 23-24', 'Days 1–2', '3 — RBAC isolation']) expect(isNonName(label), label).toBe(true);
    for (const name of ['Day-2 operations', 'RBAC']) expect(isNonName(name), name).toBe(false);
    const note = ['## Rolling update settings', '', '- **maxUnavailable**: 0 ensures zero downtime but needs spare capacity in the cluster', '- **maxSurge**: how many Pods above the desired count a rollout may create at once', '- **minReadySeconds**: how long a new Pod must stay ready before it counts as available', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.subject === 'maxUnavailable')).toEqual([]);
  });
});

describe('sentences that say what things are', () => {
  it('are not put in order, while steps told in the passive still are', () => {
    const said = ['## Jenkins pipeline', '', '- A Jenkins pipeline is a suite of plugins for continuous delivery inside Jenkins', '- A delivery pipeline is an automated form of the way software goes from version control to users', '- The definition of a pipeline is typically written into a file called Jenkinsfile in the repository', ''].join('\n');
    expect(questionsOf(said).filter((q) => q.type === 'order')).toEqual([]);
    const passive = ['## How image pull secrets work', '', '1. A Secret of type kubernetes.io/dockerconfigjson is created with the registry credentials', '2. The Secret is referenced by the imagePullSecrets field of the Pod', '3. The kubelet reads the credentials from the Secret when it pulls the image', '4. The registry checks the credentials and sends the image layers', ''].join('\n');
    expect(questionsOf(passive).some((q) => q.type === 'order')).toBe(true);
  });
});

describe('a heading mark typed twice and a word stressed in capitals', () => {
  it('leave no # in a prompt, and no ALWAYS for a name', () => {
    const note = ['## # Node components', '', '- **kubelet**: runs on every node and starts the containers its Pods ask for', '- **kube-proxy**: programs the rules that send Service traffic to the right Pods', '- **containerd**: pulls images and runs containers for the kubelet', '', '## Pods', '', '- **ALWAYS** store data and state outside the Pod', '- **Pods are mortal**: once gone, they do not come back', ''].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => /kube-proxy/.test(shown(q)))).toBe(true);
    expect(asked.filter((q) => /#/.test(q.prompt) || (q.topic ?? []).some((t) => t.includes('#')))).toEqual([]);
    expect(isNonName('ALWAYS')).toBe(true);
    expect(isNonName('Always')).toBe(false);
  });
});

describe('containerd told as an OCI runtime, and a field told by its custom value', () => {
  it('are neither asked nor explained', () => {
    expect(saysMisconception('containerd: A lightweight runtime that adheres to the OCI runtime-spec.')).toBe(true);
    expect(saysMisconception('containerd: manages containers and calls runc, which implements the OCI runtime-spec')).toBe(false);
    expect(saysMisconception('kubelet的启动参数--cadvisor-port可以定义cAdvisor对外提供服务的端口，默认为4194')).toBe(true);
    expect(saysMisconception('--cadvisor-port (4194) was removed in Kubernetes 1.12; the kubelet serves cAdvisor metrics itself')).toBe(false);
    const note = ['## PersistentVolume fields', '', '- **storageClassName**: Defines a custom storage class (`local-storage`) for local volumes.', '- **nodeAffinity**: limits which machines can use the volume, by their labels', '- **capacity**: how much storage the volume offers, such as 10Gi', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'recall' && q.subject === 'storageClassName')).toEqual([]);
  });
});

describe('steps led in by a word the note goes on with', () => {
  it('are not put in order under it, and lose every place word they were counted by', () => {
    const so = ['## What actually happens', '', 'So:', '', '* First apply (dev) → the state holds the dev environment', '* Second apply (test) → Terraform compares with the dev state and changes the same resources', '* Third apply (prod) → Terraform changes the same resources again', ''].join('\n');
    expect(questionsOf(so).filter((q) => q.type === 'order' && /"So"/.test(q.prompt))).toEqual([]);
    const counted = ['## Applying three workspaces in turn', '', '1. First apply the dev workspace and check its plan output', '2. Second apply the test workspace once dev has settled down', '3. Third apply the prod workspace after the change board agrees', ''].join('\n');
    for (const q of questionsOf(counted).filter((q) => q.type === 'order')) expect(q.choices.filter((c) => /^(?:First|Second|Third)\b/.test(c))).toEqual([]);
  });
});

describe("a course day's hints, reflections and fence attributes", () => {
  it('ask nothing of the hints or the reflection, and keep only the language of a fence', () => {
    const day = [
      '## What terraform state list shows?',
      '',
      'It prints the address of every resource the state file tracks, one per line:',
      '',
      '```text id="st104"',
      'aws_instance.web',
      'aws_s3_bucket.logs',
      '```',
      '',
      '## What Fully Clicked?',
      '',
      'Modules finally made sense to me once I saw that they are just folders with inputs and outputs.',
      '',
      '## Hints',
      '',
      '- **Functions**: declare them before the line that calls them',
      '- **Arguments**: read them inside the function as $1, $2 and so on',
      '- **Return values**: echo the result and capture it with $(…)',
      '',
    ].join('\n');
    const asked = questionsOf(day);
    expect(asked.filter((q) => /id="st104"/.test(shown(q) + q.explanation))).toEqual([]);
    expect(asked.filter((q) => /Clicked|Functions|Arguments/.test(q.prompt))).toEqual([]);
  });
});

describe('two operations told as one list', () => {
  it('are not put in order, while one operation still is', () => {
    const two = ['## kubelet创建和修改Pod流程', '', '1. 为该Pod创建一个数据目录', '2. 从API Server读取该Pod清单', '3. 为该Pod挂载外部卷', '4. 下载Pod用到的Secret', '5. 创建Pause容器，再创建其他容器', ''].join('\n');
    expect(questionsOf(two).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const one = ['## kubelet创建Pod流程', '', '1. 为该Pod创建一个数据目录', '2. 从API Server读取该Pod清单', '3. 为该Pod挂载外部卷', '4. 下载Pod用到的Secret', '5. 创建Pause容器，再创建其他容器', ''].join('\n');
    expect(questionsOf(one).some((q) => q.type === 'order')).toBe(true);
  });
});

describe("a mode's selling points", () => {
  it('are not matched to their lines by their labels', () => {
    const note = ['## Cluster-Pool 模式', '', '- **高灵活性**：支持为不同节点或区域定义独立的 IP 地址池。', '- **动态管理**：可以动态调整 IP 地址池大小，适应集群的扩展需求。', '- **强制无状态**：容器必须通过 Volume 来持久化数据，根文件系统只读。', '- **依赖 Cilium Operator**：需要运行 Cilium Operator 来管理 IP 地址池。', ''].join('\n');
    expect(questionsOf(note).filter((q) => (q.type === 'define' || q.type === 'identify') && /高灵活性|动态管理|强制无状态/.test(shown(q)))).toEqual([]);
  });
});

describe('typed bullets, interview talking points and a name its gloss translates', () => {
  it('drop the bullet from the name, ask no talking points, and do not match IfNotPresent by 没有这个镜像', () => {
    const qos = ['## QoS classes', '', '- • Guaranteed: requests equal limits for every container; evicted last', '- • Burstable: requests below limits, or only some containers set them', '- • BestEffort: no requests or limits at all; evicted first', ''].join('\n');
    const asked = questionsOf(qos);
    expect(asked.some((q) => q.subject === 'BestEffort')).toBe(true);
    expect(asked.filter((q) => /•/.test(shown(q)))).toEqual([]);
    const talk = ['## What to mention in interviews?', '', 'Say that you size requests from real usage and that you watch throttling before raising limits.', ''].join('\n');
    expect(questionsOf(talk).filter((q) => q.type === 'recall')).toEqual([]);
    const pull = ['## 镜像拉取策略', '', '- Always：每次启动容器都向仓库确认镜像摘要', '- IfNotPresent：节点上没有这个镜像才去拉取', '- Never：只用节点上已有的镜像，没有就无法启动', ''].join('\n');
    expect(questionsOf(pull).filter((q) => q.type === 'identify' && q.subject === 'IfNotPresent')).toEqual([]);
  });
});

describe('a bare verb leading into a list', () => {
  it('is not shown as the group the names belong to; the item above it is', () => {
    const note = [
      '### Key RBAC components',
      '1. **`Role` and `ClusterRole`**:',
      '   - **Role**: grants permissions within one namespace',
      '   - **ClusterRole**: grants permissions across the cluster, or on cluster-level resources like nodes',
      '',
      '2. **`RoleBinding` and `ClusterRoleBinding`**:',
      '   - **RoleBinding**: links a Role to a subject in one namespace',
      '   - **ClusterRoleBinding**: links a ClusterRole to a subject cluster-wide',
      '',
      '3. **`Rules`**:',
      '   - Define:',
      '     - **apiGroups**: the API group of the resources, such as apps',
      '     - **resources**: what the rule acts on, such as pods or deployments',
      '     - **verbs**: the actions allowed, such as get, list or delete',
      '',
    ].join('\n');
    const bank = collect([parseNote('notes/t.md', note)]).banks.find((b) => b.kind === 'terms' && b.entries.some((e) => e.term === 'apiGroups'));
    expect(bank?.title).toBe('Rules');
    expect(questionsOf(note).filter((q) => /Define/.test(q.prompt))).toEqual([]);
  });
});

describe("an abbreviation the note expands by a reading of it", () => {
  it("is answered by the project's own expansion, and the note's reading is still accepted", () => {
    const note = ['## 其他术语', '', '- **gRPC**(Google Remote Procedure Call)：服务间调用的框架，基于 HTTP/2，用 Protocol Buffers 做二进制序列化', '- **REST**(Representational State Transfer)：以资源为中心、无状态的 Web API 风格', '- **NFS**(Network File System)：网络文件系统，按文件共享存储', ''].join('\n');
    const typed = questionsOf(note).find((q) => q.type === 'typed' && q.subject === 'gRPC');
    expect(typed?.answer).toBe('gRPC Remote Procedure Calls');
    expect(typed?.type === 'typed' ? typed.accept : []).toContain('Google Remote Procedure Call');
  });
});

describe('what a note tells for one case, or points at elsewhere', () => {
  it("asks nothing of the parts in one command's run, and still asks what a tool's aspects say", () => {
    const note = [
      '# Docker engine',
      '',
      '### Running an image',
      '',
      '- **Command**: `docker run nginx`',
      '- **Client**: hands the run request over to the Docker daemon',
      '- **Daemon**: makes a new container out of the nginx image it keeps locally',
      '- **Host**: starts that container next to the others already running',
      '',
      '### Manual Horizontal Scaling',
      '',
      '- **Command**: `kubectl scale`',
      '- **Purpose**: changes how many replicas a Deployment or StatefulSet keeps running',
      '- **Use Case**: a short spike of traffic that the current Pods cannot serve',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.filter((q) => ['Client', 'Daemon', 'Host'].includes(q.subject))).toEqual([]);
    expect(asked.some((q) => q.type === 'recall' && /purpose of Manual Horizontal Scaling/.test(q.prompt))).toBe(true);
  });

  it("asks nothing of the fields one connection form was filled in with", () => {
    const note = [
      '# Reaching a database in a container',
      '',
      '### Method 2: Connecting with a desktop client',
      '',
      '1.  **Publish the port:**\\',
      '    Map the port MySQL listens on inside the container to one on the host.',
      '',
      '2.  **Connect with the client:**',
      '',
      '    - **Hostname:** `localhost` or the IP address of your machine.',
      '    - **Port:** `3309` (as mapped above).',
      '    - **Username:** `root` (or any other user you set up).',
      '    - **Password:** The password for the MySQL user.',
      '',
      '3.  **Outcome:**\\',
      '    The client reaches the server through the published port.',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => ['Hostname', 'Port', 'Username', 'Password'].includes(q.subject))).toEqual([]);
  });

  it('asks nothing of a table of advice for each area', () => {
    const note = ['# Image hygiene', '', '| Category | Recommendation |', '|---|---|', '| Dockerfile | Use multi-stage builds |', '| Deployment | Use version tags |', '| Secrets | Keep them out of images |', ''].join('\n');
    expect(questionsOf(note).filter((q) => ['Dockerfile', 'Deployment', 'Secrets'].includes(q.subject))).toEqual([]);
  });

  it('drops a pointer to another part of the notes from what a line says', () => {
    const note = [
      '# Nginx',
      '',
      '| Use | Description |',
      '|---|---|',
      '| Static files | Serve HTML, CSS and JavaScript straight from disk |',
      '| Reverse proxy | Forward requests to the backend apps behind it |',
      '| Load balancer | Spread traffic across several backends — see [Scaling out](#scaling-out) |',
      '',
      '## Scaling out',
      '',
      'Run more backends.',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => shown(q).includes('Spread traffic across several backends'))).toBe(true);
    for (const q of asked) expect(shown(q), q.prompt).not.toMatch(/\bsee\b|Scaling out/);
  });

  it('asks no explanation told only as like another entry', () => {
    const note = [
      '## 返回字段',
      '',
      '- createdIndex：节点创建时分配的索引，之后不再改变，可以用来判断键是何时写入的',
      '- modifiedIndex：类似createdIndex，set、delete、update、compareAndSwap 等操作都会让它变化',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'recall' && q.subject === 'modifiedIndex')).toEqual([]);
  });

  it('reads a step that runs a command as a step of the flow around it', () => {
    const note = ['## Deployment workflow', '', '1. User runs: `kubectl apply -f deployment.yaml`', '2. The API server stores the new spec in etcd', '3. The scheduler picks a node for each new Pod', '4. The kubelet on that node starts the containers', ''].join('\n');
    expect(questionsOf(note).some((q) => q.type === 'order')).toBe(true);
  });
});

describe('names a reader would write otherwise', () => {
  it("gives a vendor's other name away, as its own name would", () => {
    const note = ['## Other orchestrators', '', '| Tool | Notes |', '|---|---|', '| HashiCorp Nomad | Schedules containers, VMs and plain binaries alike |', '| Amazon ECS | AWS-managed container orchestration |', '| Azure Container Apps | Serverless containers that scale on events |', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'identify' && /AWS-managed/.test(q.prompt))).toEqual([]);
  });

  it('asks GPL typed out as the licence names itself, the shorter reading still accepted', () => {
    const note = ['## Licences', '', '- **GPL (General Public License)**: a copyleft licence that keeps every derived work free to run, study, share and change', '- **MIT License**: a short permissive licence that asks only for the copyright notice to be kept', ''].join('\n');
    const typed = questionsOf(note).find((q) => q.type === 'typed' && q.subject === 'GPL');
    expect(typed?.answer).toBe('GNU General Public License');
    expect(typed?.type === 'typed' ? typed.accept : []).toContain('General Public License');
  });

  it('takes a lead-in that breaks off before its list for no group name', () => {
    const note = ['## Monitoring', '', 'Monitor containers using:', '', '- Docker Stats', '- Prometheus', '- Grafana', '- Amazon CloudWatch', ''].join('\n');
    const titles = collect([parseNote('notes/t.md', note)]).banks.map((b) => b.title);
    expect(titles).not.toContain('Monitor containers using');
    expect(titles).toContain('Monitoring');
  });
});

describe('lists that are not the group they sit in', () => {
  it("keeps what each value does in one case out of the heading's group", () => {
    const note = [
      '## Pod phases',
      '',
      'The phase of a Pod is one of:',
      '',
      '* Pending: accepted by the cluster, but some container has not been created yet',
      '* Running: bound to a node, and every container has been created',
      '* Succeeded: every container ended with success and will not be restarted',
      '* Failed: every container ended, and at least one of them in failure',
      '',
      'How the restart policy changes that:',
      '',
      '* a Pod with one container, when it exits with success:',
      '  * Always: the container is restarted; the phase stays Running',
      '  * OnFailure: the phase becomes Succeeded',
      '  * Never: the phase becomes Succeeded',
      '* a Pod with one container, when it fails:',
      '  * Always: the container is restarted; the phase stays Running',
      '  * OnFailure: the container is restarted; the phase stays Running',
      '  * Never: the phase becomes Failed',
      '',
    ].join('\n');
    const banks = collect([parseNote('notes/t.md', note)]).banks;
    const terms = banks.flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).toContain('Pending');
    expect(terms).not.toContain('Never');
    for (const q of questionsOf(note)) expect(shown(q), q.prompt).not.toMatch(/\bNever\b|OnFailure/);
  });

  it('asks no label of a piece of advice to be matched or typed', () => {
    const note = [
      '## 日志最佳实践',
      '',
      '- **结构化日志**：使用 JSON 格式，方便日志系统解析和索引',
      '- **日志级别**：生产环境避免输出过多 DEBUG 日志',
      '- **日志轮转**：配置 kubelet 的 containerLogMaxSize 和 containerLogMaxFiles',
      '',
      '## Volume plugins',
      '',
      '- **emptyDir**: scratch space that lives as long as its Pod',
      '- **hostPath**: a file or folder of the machine the Pod runs on',
      '- **configMap**: keys of a ConfigMap shown as files',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => ['define', 'identify', 'typed'].includes(q.type));
    expect(asked.filter((q) => /最佳实践|结构化日志|日志级别|日志轮转/.test(q.prompt + q.choices.join(' ')))).toEqual([]);
    expect(asked.some((q) => q.subject === 'emptyDir' || q.subject === 'hostPath')).toBe(true);
  });

  it('asks no membership of two groups where one takes in all of the other', () => {
    const note = [
      '## 滚动升级',
      '',
      '**ReplicationController**',
      '',
      '- 确保 pod 数量：始终保持指定数量的 Pod 在运行',
      '- 弹性伸缩：可以动态调整 Pod 的数量',
      '- 滚动升级：逐步替换旧的 Pod',
      '',
      '**Deployment**',
      '',
      '- ReplicationController 全部功能：Deployment 继承了上面的全部功能',
      '- 版本记录：每一次操作都会保存下来，供回滚使用',
      '- 暂停和启动：每一次升级都可以随时暂停和启动',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'member' || q.type === 'multi')).toEqual([]);
  });

  it('asks no membership of an explanation or of best practices', () => {
    const note = [
      '# Pipelines',
      '',
      '### Deep Explanation',
      '',
      '- **push**: a commit pushed to a branch starts the pipeline',
      '- **merge_request_event**: a merge request opened or updated starts it',
      '- **web**: the Run pipeline button in the web page starts it',
      '',
      '### 安全最佳实践',
      '',
      '- **最小权限原则**：只授予完成工作所需的权限',
      '- **短期令牌**：令牌的有效期越短，泄露后的风险越小',
      '- **审计日志**：记录令牌的使用和访问，便于事后追查',
      '',
    ].join('\n');
    const rejected: Rejection[] = [];
    const groups = allQuestions(collect([parseNote('notes/t.md', note)]).banks, { seed: 1, onReject: (r) => rejected.push(r) }).filter((q) => q.type === 'member' || q.type === 'multi');
    expect(groups.filter((q) => /Deep Explanation|最佳实践/.test(q.prompt))).toEqual([]);
    // Turned down as no group at all, not for want of wrong answers: `check` says so.
    const reasons = rejected.filter((r) => r.type === 'member' && /Deep Explanation|最佳实践/.test(r.text)).map((r) => `${r.text}: ${r.reason}`);
    expect(reasons.sort()).toEqual(['Deep Explanation: not-a-group', '安全最佳实践: not-a-group']);
  });
});

describe('answers a reader could give as rightly as the note', () => {
  it('types no product from a description of its kind alone, and still from one that sets it apart', () => {
    const note = [
      '## Tools in the stack',
      '',
      '- **PostgreSQL**: An advanced open-source relational database management system.',
      '- **MongoDB**: A NoSQL database platform for scalable and high-performance needs.',
      '- **etcd**: a strongly consistent key-value database, replicated with Raft, that holds every object in the cluster',
      '',
    ].join('\n');
    const typed = questionsOf(note).filter((q) => q.type === 'typed').map((q) => q.subject);
    expect(typed).not.toContain('PostgreSQL');
    expect(typed).not.toContain('MongoDB');
    expect(typed).toContain('etcd');
  });

  it('takes a circumstance for no name, and a line that answers the problems before it for no explanation', () => {
    const note = [
      '## Ingress',
      '',
      '**Ingress** solves all of this. One entry point, one IP, smart routing rules.',
      '',
      '| Controller | Notes |',
      '|---|---|',
      '| **AWS ALB Ingress** | Native AWS Application Load Balancer |',
      '| **GCE Ingress** | Native GCP Load Balancer |',
      '| **Traefik** | Dynamic config, good for microservices |',
      '| **HAProxy** | High performance, fine-grained control |',
      '',
      'For most teams: start with **nginx-ingress**.',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.filter((q) => q.type === 'recall' && q.subject === 'Ingress')).toEqual([]);
    for (const q of asked) expect(shown(q), q.prompt).not.toMatch(/For most teams/);
    expect(asked.filter((q) => q.type === 'identify' && /GCP/.test(q.prompt))).toEqual([]);
    for (const label of ['For most teams', 'In production', 'For small clusters']) expect(isNonName(label), label).toBe(true);
    // `--rm` from `Remove intermediate containers`: a command's short name for its verb gives it away too.
    const flags = ['## docker build options', '', '| Flag | Meaning |', '|---|---|', '| `--rm` | Remove intermediate containers after a successful build |', '| `-f` | Name of the Dockerfile to build from |', '| `-t` | Name and optionally a tag for the image |', ''].join('\n');
    expect(questionsOf(flags).filter((q) => q.type === 'identify' && /Remove intermediate/.test(q.prompt))).toEqual([]);
    for (const name of ['ForwardAuth', 'In-tree plugins', 'Init containers']) expect(isNonName(name), name).toBe(false);
  });
});

describe("the note's own layout, told in a sentence", () => {
  it('blanks no count that leads into the list the note gives next', () => {
    const note = [
      '## Headless 服务',
      '',
      'Headless 服务即不需要 Cluster IP 的服务，创建时指定 spec.clusterIP=None。包括两种类型',
      '',
      '- 指定 Selector：DNS 直接返回后端 Pod 的地址',
      '- 不指定 Selector：需要自己创建同名的 Endpoints',
      '',
    ].join('\n');
    const cloze = questionsOf(note).filter((q) => q.type === 'cloze');
    expect(cloze.filter((q) => /包括____类型/.test(q.prompt))).toEqual([]);
  });

  it("takes a course's 'what this stage teaches' for scaffolding, and a speed claim for no explanation", () => {
    const note = [
      '# k3s',
      '',
      '## 这一阶段到底在学什么',
      '',
      '- **Namespace**：把前端、后端和数据库放进同一个命名空间，按项目隔离资源',
      '- **Service**：给前端访问后端提供一个稳定的名字和地址',
      '',
      '## Build tools',
      '',
      '- **esbuild**: 10x faster than the TypeScript compiler at turning sources into one bundle',
      '- **webpack**: bundles modules and their assets through a graph of loaders and plugins',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    for (const q of asked) expect([shown(q), ...(q.topic ?? [])].join('\n'), q.prompt).not.toMatch(/在学什么/);
    expect(asked.filter((q) => q.type === 'recall' && q.subject === 'esbuild')).toEqual([]);
  });
});

describe('what sits beside notes without being notes', () => {
  it("asks nothing of a web site's design spec kept with the notes, and check says why", () => {
    const tokens = ['canvas', 'canvas-soft', 'ink', 'body', 'mute', 'hairline', 'link', 'link-deep', 'success', 'error', 'error-soft', 'warning', 'violet', 'cyan', 'amber', 'magenta'];
    const hex = (i: number) => `#${(0x101010 + i * 0x0a0b0c).toString(16).slice(-6)}`;
    const note = ['# Brand colours', '', ...tokens.map((t, i) => `- **${t}**: ${hex(i)}, used for the ${t} parts of every page of the site`), ''].join('\n');
    const parsed = collect([parseNote('notes/DESIGN.md', note)]);
    expect(parsed.banks).toEqual([]);
    expect(parsed.skipped?.some((s) => /design spec/.test(s.text))).toBe(true);
  });

  it("takes a course's assignment for scaffolding, and blanks no sentence whose subject was cut off", () => {
    const note = [
      '# Volumes',
      '',
      '## Assignment: Named Volumes',
      '',
      '### Steps',
      '',
      '1. Start a database container with a named volume for its data',
      '2. Stop the container and remove it',
      '3. Start a newer version of the database on the same named volume',
      '',
      '## Network policy engines',
      '',
      '- **Calico**: enforces policies with iptables or eBPF on every node',
      '',
      '**Cilium** on AKS',
      'is increasingly chosen by teams that need Layer 7 policies on top of the 3 default ones.',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    for (const q of asked) expect([shown(q), ...(q.topic ?? [])].join('\n'), q.prompt).not.toMatch(/Assignment|^is increasingly/m);
  });

  it("takes a lesson's goal for no answer to its title, and an exercises heading for scaffolding", () => {
    const note = [
      '# 01 — What is Kubernetes?',
      '',
      '> **Goal:** Understand the problem Kubernetes solves before touching a single YAML file.',
      '',
      '## Exercises — What is Kubernetes?',
      '',
      '- **kind**: runs a whole cluster inside Docker containers on one machine',
      '- **minikube**: runs a one-node cluster in a VM or a container',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.filter((q) => q.type === 'recall' && /What is Kubernetes/.test(q.prompt))).toEqual([]);
    for (const q of asked) expect([shown(q), ...(q.topic ?? [])].join('\n'), q.prompt).not.toMatch(/Exercises/);
  });
});

describe('answers other sources give as rightly', () => {
  it('offers no stage right after the answer as a wrong next stage: sources split a lifecycle differently', () => {
    const note = ['## 存储', '', '- PV生命周期：Provisioning(配置)，Binding(绑定)，Using，Releasing(释放)，Reclaiming(回收)', ''].join('\n');
    const after = questionsOf(note).filter((q) => q.type === 'next' && /\nUsing$/.test(q.prompt));
    expect(after.length).toBeGreaterThan(0);
    for (const q of after) expect(q.choices.join(' '), q.prompt).not.toMatch(/Reclaiming/);
  });

  it('accepts the other usual spellings of WAL, IPIP, RAID and VLSM when they are typed', () => {
    const note = [
      '## Storage terms',
      '',
      '- **WAL** (Write-Ahead Log): a journal where each change is appended before it is applied, so a crash can be replayed',
      '- **MVCC** (Multi-Version Concurrency Control): old revisions of each key kept so readers see a consistent snapshot',
      '',
      '## Encapsulation modes',
      '',
      '- VXLAN: wraps Ethernet frames in UDP datagrams so they can cross a layer-3 network between machines',
      '- IPIP: wraps each packet in a second layer-3 header, with less overhead than a layer-2 tunnel',
      '- host-gw: installs a route per machine with that machine as the next hop on one shared segment',
      '',
    ].join('\n');
    const typed = questionsOf(note).filter((q) => q.type === 'typed');
    const wal = typed.find((q) => q.subject === 'WAL');
    expect(wal?.type === 'typed' ? wal.accept : []).toContain('Write-Ahead Logging');
    const ipip = typed.find((q) => q.subject === 'IPIP');
    expect(ipip?.type === 'typed' ? ipip.accept : []).toContain('IP-in-IP');
    // RAID's paper said Inexpensive, vendors say Independent; VLSM is a mask or the masking.
    const raid = questionsOf('## Storage basics\n\n- **RAID** (Redundant Array of Independent Disks): spreads or mirrors data over several disks for speed or safety\n- **LVM** (Logical Volume Manager): pools disks into volume groups that are cut into resizable volumes\n- **VLSM** (Variable Length Subnet Mask): gives each subnet a mask that fits how many hosts it needs\n').filter((q) => q.type === 'typed');
    const accepted = (subject: string) => raid.filter((q) => q.subject === subject).flatMap((q) => (q.type === 'typed' ? q.accept : []));
    expect(accepted('RAID')).toContain('Redundant Array of Inexpensive Disks');
    expect(accepted('VLSM')).toContain('Variable Length Subnet Masking');
  });
});

describe('headings as the page draws them', () => {
  it('keeps a table-of-contents heading and emoji shortcodes out of the topics shown', () => {
    const note = [
      '# Docker Notes',
      '',
      '# Table Of Contents',
      '',
      '- [Images](#images-framed_picture)',
      '- [Containers](#containers-ship)',
      '',
      '## Images :framed_picture:',
      '',
      '- **docker pull**: downloads an image and its layers from a registry',
      '- **docker build**: makes an image from a Dockerfile and its context',
      '- **docker rmi**: deletes images the machine no longer needs',
      '',
    ].join('\n');
    const banks = collect([parseNote('notes/t.md', note)]).banks;
    const images = banks.find((b) => b.kind === 'terms' && b.entries.some((e) => e.term === 'docker pull'));
    expect(images?.path).toEqual(['Images']);
    for (const q of questionsOf(note)) expect([shown(q), ...(q.topic ?? [])].join('\n'), q.prompt).not.toMatch(/Table Of Contents|:framed_picture/);
  });

  it("keeps a book's tab tags ({% endtabs %}) out of the topics shown, and a count of kinds (两种格式) out of the prompt", () => {
    const note = [
      '# 获取镜像',
      '',
      '{% tabs %}',
      '{% tab title="命令" %}',
      '```text',
      'docker pull [选项] 仓库名[:标签]',
      '```',
      '{% endtab %}',
      '{% endtabs %}',
      '',
      '* 仓库地址：格式一般是 `<域名/IP>[:端口号]`，默认是 Docker Hub',
      '* 仓库名：两段式名称 `<用户名>/<软件名>`，不给用户名时默认是 library',
      '',
      '## CMD',
      '',
      '### 两种格式',
      '',
      '- shell 格式：`CMD <命令>`，由 /bin/sh -c 执行',
      '- exec 格式：`CMD ["可执行文件", "参数1"]`，直接执行，不经过 shell',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect([shown(q), ...(q.topic ?? [])].join('\n'), q.prompt).not.toMatch(/\{%/);
      expect(q.prompt).not.toMatch(/两种格式/);
    }
  });
});

describe("an author's rules", () => {
  it('asks none of them as a name, and keeps no hard-break backslash in what a line says', () => {
    const note = [
      '## Key Rules',
      '',
      '- **Works together with `pivot_root`**\\',
      '  *Containers change `/` safely using the mount namespace*',
      '',
      '- **chroot ≠ container**\\',
      '  *chroot alone is insecure*\\',
      '  *chroot plus a mount namespace isolates the filesystem*',
      '',
      '## Storage backends',
      '',
      '- **Container filesystem**\\',
      '  *the layered, temporary filesystem made from image layers and one writable layer*',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    for (const q of asked) expect(shown(q), q.prompt).not.toMatch(/Works together|chroot ≠|\\\\/);
    for (const label of ['chroot ≠ container', 'Taints != affinity', 'Works together with pivot_root']) expect(isNonName(label), label).toBe(true);
  });
});

describe('a word that gives an option or a label away', () => {
  it("gives an option away by its own word in the description, and takes a note's observations for labels", () => {
    const note = [
      '## docker network connect options',
      '',
      '| Option | Description |',
      '|---|---|',
      '| `--ip` | Assigns a static IPv4 address to the container in the network |',
      '| `--alias` | Adds a name other containers on the network can reach it by |',
      '| `--link` | Adds a legacy link to another container |',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'identify' && /static IPv4/.test(q.prompt))).toEqual([]);
    for (const label of ['Observation', 'Observations', 'Outcome', 'Senario']) expect(isAspectLabel(label), label).toBe(true);
    // `Pod 中的每个容器都已处于就绪状态` for ContainersReady: every word of the English name said in Chinese.
    expect(revealsName('Pod 中的每个容器都已处于就绪状态', 'ContainersReady', [], { names: ['Ready', 'PodScheduled', 'Initialized'] })).toBe(true);
  });
});

describe('a flag or a short Chinese name said in its description', () => {
  it('takes IPv6 for --ip6 and IPv4 for --ip, whatever setting names a rival holds', () => {
    const rivals = { descriptions: ['Passes driver options; only net.ipv4.* and net.ipv6.* settings are taken', 'Adds extra DNS names for the container'] };
    expect(revealsName('Assigns a static IPv6 address to the container', '--ip6', [], rivals)).toBe(true);
    expect(revealsName('Assigns a static IPv4 address to the container', '--ip', [], rivals)).toBe(true);
    expect(revealsName('Adds extra DNS names for the container', '--alias', [], { descriptions: ['Assigns a static IPv6 address to the container'] })).toBe(false);
  });

  it('takes a character of a short Chinese name that only the right choice shows', () => {
    const wrong = ['lc，转发到当前连接数最少的 Pod', 'sh，按源地址哈希选择后端'];
    expect(revealsName('rr，按顺序轮流把请求转发到各个 Pod', '轮询', [], { descriptions: wrong })).toBe(true);
    // 容 of 容器 is in every rival's name: it tells none of them apart.
    expect(revealsName('注入运行中 Pod 的调试容器，不会被重启', '临时容器', [], { names: ['Init 容器', '边车容器', 'Pause 容器'] })).toBe(false);
    expect(revealsName('按源地址哈希选择后端', '轮询', [], { descriptions: wrong })).toBe(false);
    const note = [
      '## IPVS 调度算法',
      '',
      '- 轮询：rr，按顺序轮流把请求依次转发到后端各个 Pod',
      '- 最少连接：lc，把新请求转发到当前连接数最少的 Pod',
      '- 源地址哈希：sh，按请求的源 IP 做哈希，同一客户端总落到同一个 Pod',
      '- 目标地址哈希：dh，按请求的目标 IP 做哈希选择后端',
      '- 最短预期延迟：sed，综合连接数和平均处理时间，选预计最快完成的 Pod',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'define' || q.type === 'identify');
    expect(asked.filter((q) => /「轮询」/.test(q.prompt) || (q.type === 'identify' && /按顺序轮流/.test(q.prompt)))).toEqual([]);
  });
});

describe("the author's own story, and a citation mark", () => {
  it('asks nothing told as the story of one project, and keeps questions anyone could ask', () => {
    const note = [
      '# Compose in practice',
      '',
      '## Why I stopped running compose down -v?',
      '',
      'It deletes the named volume that holds the database, so the data is gone with the containers.',
      '',
      '## What differs between development and production?',
      '',
      'First, I think through the differences.',
      '',
      '## Why did localhost:8080 not answer?',
      '',
      'Inside our Dockerfile, we had a line EXPOSE 8080, which publishes nothing on the host.',
      '',
      '## Can I reach a ClusterIP Service from my laptop?',
      '',
      'No. A ClusterIP exists only inside the cluster network; from outside you need a NodePort, a LoadBalancer or an Ingress.',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(asked.some((p) => /ClusterIP/.test(p))).toBe(true);
    expect(asked.filter((p) => /stopped|differs|localhost/.test(p))).toEqual([]);
  });

  it('leaves a citation mark out of the answer', () => {
    const note = [
      '# Docker',
      '',
      '## What is a container image?',
      '',
      'A read-only template of layered file systems and settings from which containers start ([ref][1]).',
      '',
      '[ref][1]',
      '',
      '[1]: https://docs.docker.com/get-started/',
      '',
    ].join('\n');
    const recall = questionsOf(note).find((q) => q.type === 'recall');
    expect(recall?.answer).toBe('A read-only template of layered file systems and settings from which containers start.');
  });
});

describe("whose a value is, a diagram's caption, and lists that hold rather than happen", () => {
  it('asks a lower-case restart value only under its setting, and nothing under `For each container`', () => {
    const note = [
      '# Compose services',
      '',
      '## Keeping containers up',
      '',
      'Compose knows four ways to bring a stopped container back:',
      '',
      '1. **no**: never brings the container back, whatever made it stop; this is the default.',
      '2. **always**: brings the container back whenever it stops, for any reason at all.',
      '3. **on-failure**: brings it back only when it exits with a non-zero code.',
      '',
      '## Task definition',
      '',
      'For each container:',
      '',
      '- **memory**: the hard limit of memory in MiB the task gives this one container',
      '- **essential**: when true, the whole task stops if this container stops',
      '',
    ].join('\n');
    const prompts = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts.filter((p) => /\b(?:always|on-failure|memory|essential)\b/.test(p))).toEqual([]);
  });

  it("names what a diagram shows, not the diagram, as a recall's subject", () => {
    const note = [
      '# 容器引擎',
      '',
      '## 存储驱动',
      '',
      '**overlay2架构图**',
      '',
      '- 写入：容器改动的文件先从下层复制到可写的上层，再在上层修改。',
      '- 删除：在上层放一个 whiteout 文件，把下层的同名文件遮住。',
      '',
    ].join('\n');
    const prompts = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts).toContain('解释一下：写入（overlay2）');
    expect(prompts.filter((p) => /架构图/.test(p))).toEqual([]);
  });

  it('offers no flow drawn with dashes as a description', () => {
    const note = [
      '## Helm 文件',
      '',
      '- Chart.yaml：chart 的名称、版本和说明',
      '- values.yaml：模板里可以引用的默认取值',
      '- templates：放 Deployment、Service 等资源模板的目录',
      '- 以前的部署方式：Deployment ---- Service ---- Ingress',
      '',
    ].join('\n');
    for (const q of questionsOf(note)) expect(shown(q), q.prompt).not.toMatch(/----/);
  });

  it('orders no list led in by what holds, what a hidden command does, or a story replayed', () => {
    const note = [
      '# Dev setup',
      '',
      '## Fixing it step by step',
      '',
      'Now we have a setup where:',
      '',
      '- Source files are mirrored into the container through a bind mount.',
      '- Installed packages stay in the container through an anonymous volume.',
      '- Removing the packages on the host no longer breaks the container.',
      '',
      '## Setting a default port',
      '',
      'Important points from this step:',
      '',
      '- The ENV line gives PORT a default value of 8080.',
      '- The server listens on 8080 inside the container unless told otherwise.',
      '- A value passed with -e at run time overrides that default.',
      '',
      '## Running nginx',
      '',
      'This command does the following steps:',
      '',
      '1. Looks for the nginx image locally and pulls it from the registry when missing',
      '2. Creates a new container from that image',
      '3. Gives the container an address on a private bridge network',
      '4. Starts the command the image names as its entry point',
      '',
      '## Now replay the sequence',
      '',
      '1. The image holds the packages installed at build time.',
      '2. We start the container with the project folder mounted over /app.',
      '3. On the host, we deleted the packages folder.',
      '4. Inside the container the packages are gone as well.',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe("a prompt every section of a template asks", () => {
  it("asks no template's field many sections explain, and still asks a name of the field they share", () => {
    const task = (object: string): string => [
      `# ${object}`,
      '',
      `- **trap**: the ${object} is created in the default namespace unless the task's namespace is given with -n`,
      `- **NoSchedule**: a taint effect that keeps new Pods without a matching toleration off the node (seen with ${object})`,
      '',
      '## What Comes Next?',
      '',
      `The next task builds on this ${object} and adds a Service in front of it, so keep it running.`,
      '',
    ].join('\n');
    const notes = ['Deployment', 'ConfigMap', 'DaemonSet'].map((object) => parseNote(`notes/${object.toLowerCase()}.md`, task(object)));
    const prompts = [1, 2, 3].flatMap((seed) => allQuestions(collect(notes).banks, { seed })).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts.filter((p) => /\btrap\b|What Comes Next/.test(p))).toEqual([]);
    expect(prompts.some((p) => /NoSchedule/.test(p))).toBe(true);
    // Two notes asking the same is one thing asked twice, not a template.
    const two = [1, 2, 3].flatMap((seed) => allQuestions(collect(notes.slice(0, 2)).banks, { seed })).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(two.some((p) => /\btrap\b/.test(p))).toBe(true);
  });
});

describe("a stem, a letter or a name in translation that gives a choice away, and an app's own docs", () => {
  it('takes /ready for readiness, -d for Detached mode and 节点名 for nodeName', () => {
    const rivals = { descriptions: ['Keeps replicas on different nodes', 'Two replicas for high availability'] };
    expect(revealsName('Health checks through the /health and /ready endpoints', 'Readiness probe', [], rivals)).toBe(true);
    expect(revealsName('Detached mode: runs the container in the background', '-d', [], { descriptions: ['Publishes a port of the container on the host', 'Names the container'] })).toBe(true);
    expect(revealsName('Names the container', '-d', [], { descriptions: ['Detached mode: runs the container in the background'] })).toBe(false);
    expect(revealsName('直接写上节点名，不经过调度器', 'nodeName', [], { names: ['nodeSelector', 'podAffinity'] })).toBe(true);
  });

  it("asks nothing of an app's own routes or of its backend's and frontend's docs", () => {
    expect(isNonName('GET /api/tasks')).toBe(true);
    expect(isNonName('POST /user/register')).toBe(true);
    expect(isNonName('GET /api/v1/namespaces')).toBe(false);
    const params = ['## Query parameters', '', '- limit: how many dishes one page of the menu shows, ten unless given', '- page: which page of the menu to return, counted from one', '- category: only the dishes of this category, such as drinks or desserts', ''].join('\n');
    expect(questionsOf(params, 'week-4/food-app/backend/readme.md')).toEqual([]);
    expect(questionsOf(params, 'week-4/food-app/notes.md').length).toBeGreaterThan(0);
  });
});

describe("what does not happen, how to work through a course, and a name said part by part in other words", () => {
  it("orders no list of what does not happen, nor a course's study advice", () => {
    const note = [
      '# Services',
      '',
      '## Creating a headless Service',
      '',
      '1. The Service object is stored by the API server',
      '2. No ClusterIP is allocated for it',
      '3. No virtual IP rules are written on the nodes',
      '4. DNS answers with the addresses of the ready Pods',
      '',
      '## Recommended workflow',
      '',
      '1. Read the tutorial file from start to end before the exercises',
      '2. Work through the homework in order, each level building on the last',
      '3. Compare your solutions with the answer key and note what you missed',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('takes `Executes before upgrade` for pre-upgrade beside the other hooks, and asks no `What to Skip?`', () => {
    expect(revealsName('Executes before upgrade', 'pre-upgrade', [], { names: ['post-upgrade', 'pre-install', 'post-delete'] })).toBe(true);
    expect(revealsName('Runs when the chart is first put on the cluster', 'pre-install', [], { names: ['post-upgrade', 'pre-delete'] })).toBe(false);
    // `denies` says Deny, which no rival name has: AlwaysAllow shares only its `Always`.
    expect(revealsName('always denies every request', 'AlwaysDeny', [], { names: ['AlwaysAllow', 'RBAC', 'Node'] })).toBe(true);
    expect(revealsName('turns every request away, whoever sent it', 'AlwaysDeny', [], { names: ['AlwaysAllow', 'RBAC', 'Node'] })).toBe(false);
    const note = ['# Add-ons', '', '## What to Skip?', '', 'The dashboard and the logging stack: a two-node lab has no use for them and they take memory the workloads need.', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'recall')).toEqual([]);
    // A topic template's `Why:` line, a slogan in a phrase, is no reason to recall; a reason told whole is.
    const why = (line: string): string => ['# Scheduling', '', '## Node affinity', '', '- What: rules on node labels a Pod must or should match', `- Why: ${line}`, ''].join('\n');
    expect(questionsOf(why('offers flexible scheduling, improving workload placement')).filter((q) => /^Why /.test(q.prompt))).toEqual([]);
    expect(questionsOf(why('nodeSelector only takes exact label matches that must all hold, while affinity adds In, NotIn and Exists operators and preferred rules the scheduler weighs instead of requiring')).some((q) => /^Why /.test(q.prompt))).toBe(true);
    const states = ['## Volume states', '', '- Using: the volume is mounted by at least one running Pod right now', '- Released: its claim was deleted but the data is still on the disk', ''].join('\n');
    expect(questionsOf(states).filter((q) => q.type === 'recall' && /Using/.test(q.prompt))).toEqual([]);
  });
});

describe('siblings indented under the first by mistake', () => {
  it('are the first one\'s list, not its sub-list', () => {
    const note = [
      '# Admission controllers',
      '',
      '- Plugins the API server enables by default',
      '  - AlwaysPullImages: makes every new Pod pull its images again, whatever the pull policy says',
      '    - DefaultStorageClass: gives a claim without a class the class marked as the default',
      '    - LimitRanger: applies the namespace\'s LimitRange defaults and bounds to each Pod',
      '    - ServiceAccount: mounts the token of the Pod\'s service account into its containers',
      '',
    ].join('\n');
    const banks = collect([parseNote('notes/admission.md', note)]).banks;
    const titles = banks.filter((b) => b.kind === 'terms' && b.entries.some((e) => e.term === 'LimitRanger')).map((b) => b.title);
    expect(titles).not.toContain('AlwaysPullImages');
    expect(banks.some((b) => b.kind === 'terms' && ['AlwaysPullImages', 'LimitRanger'].every((t) => b.entries.some((e) => e.term === t)))).toBe(true);
  });
});

describe("an example repository's layout, and a diagram the question cannot show", () => {
  it('asks nothing of a repository structure, nor takes an answer that points at a diagram', () => {
    const note = [
      '# GitOps example',
      '',
      '## Repository structure',
      '',
      'The repository holds these top folders:',
      '',
      '- **apps** dir holds the Helm releases with their settings for each cluster',
      '- **infrastructure** dir holds shared tools such as the ingress controller',
      '- **clusters** dir holds the sync settings of each cluster',
      '',
      '## How does the load balancer controller work?',
      '',
      'The following diagram details what the controller creates whenever someone defines an Ingress in the cluster.',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.filter((q) => ['apps', 'infrastructure', 'clusters'].includes(q.subject))).toEqual([]);
    expect(asked.filter((q) => q.type === 'recall' && /load balancer controller/.test(q.prompt))).toEqual([]);
  });
});

describe('names the note writes in its own way', () => {
  it('reads a numbered file-style heading (`02-dockerfile`) without its number or a dash left over', () => {
    expect(bareTitle('02-dockerfile（Dockerfile 编写）')).toBe('dockerfile（Dockerfile 编写）');
    expect(bareTitle('3.1 Pod 的生命周期')).toBe('Pod 的生命周期');
    expect(bareTitle('6Pod的重启策略')).toBe('Pod的重启策略');
    // (A number in brackets takes the mark after it along: no `、匹配选项` is left.)
    expect(bareTitle('(4)、匹配选项 operator 可用的选项')).toBe('匹配选项 operator 可用的选项');
    expect(displayTitle('(4)、匹配选项 operator 可用的选项')).toBe('匹配选项 operator 可用的选项');
  });

  it('does not ask what a short name stands for when the right answer spells it in camel case', () => {
    expect(spellsInitials('pvc', 'persistentVolumeClaim，持久卷声明')).toBe(true);
    expect(spellsInitials('pvc', 'persistentVolumes，持久卷')).toBe(false);
    const asked = questionsOf('## 资源简称\n\n- rs：replicaSets，保持 Pod 副本数\n- ds：daemonSets，每个节点一个 Pod\n- pv：persistentVolumes，集群里的存储卷\n- pvc：persistentVolumeClaim，对存储的申请\n- sc：storageClass，按类别动态创建存储卷\n');
    expect(asked.filter((q) => q.type === 'define' && q.subject === 'pvc')).toEqual([]);
  });

  it('asks an aspect of the section that names a queue, not of the note, even when its heading opens like an action', () => {
    const note = [
      '# 调度器队列',
      '',
      '## 三大队列：调度器的候诊室',
      '',
      '### 1. 急诊 activeQ（活动队列）',
      '',
      '* **作用**：马上可以调度的 Pod 都在这里排队',
      '* **类比**：像急诊室，先处理最急的',
      '',
      '### 2. 观察室 unschedulableQ（不可调度队列）',
      '',
      '* **作用**：暂时调度不了的 Pod 在这里等待新的事件',
      '* **类比**：像留观病房，等检查结果',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall' && /的作用是什么/.test(q.prompt));
    // Asked of a queue, or not at all: never of what is over the queues.
    for (const q of asked) expect(q.prompt).toMatch(/activeQ|unschedulableQ/);
  });
});

describe('a line that only says its name again', () => {
  it('is not recalled, while a short line that says what the thing does still is', () => {
    const note = '## Disaster recovery plan\n\n### Testing\n\n- **Monitoring**: Continuously monitor the backup environment\n- **Failover drills**: Switch production traffic to the standby region twice a year and time how long it takes\n- **Restores**: Bring a database back from the nightly snapshot into an empty account\n';
    const asked = questionsOf(note).filter((q) => q.type === 'recall');
    expect(asked.filter((q) => /Monitoring/.test(q.prompt))).toEqual([]);
    expect(asked.some((q) => /Restores/.test(q.prompt))).toBe(true);
  });
});

describe("a template's filler, a page's navigation and the note's own grading", () => {
  const page = (name: string, n: number) =>
    [
      `# ${name} interview questions`,
      '',
      ...[1, 2].flatMap((k) => [
        `### ${name.toUpperCase()}-Q-0${k}`,
        '',
        `- [ ] **Question:** How would you design ${name} for case ${k}?`,
        '',
        `**Answer:** **Requirements.** Clarify tenants, traffic shape and the 10× growth case, the latency goal and the budget. **Mechanisms.** ${name} keeps ${n + k + 2} replicas behind a disruption budget of ${k} pod.`,
        '',
      ]),
      `**Reading path:** [← Back: Layer ${n} notes](../a.md) · [Study note](README.md) · [Next: ${name} basics →](../b.md)`,
      '',
    ].join('\n');

  it('asks nothing of a page\'s navigation line, and knows a template\'s sentence from each page\'s own', () => {
    const banks = collect(['gateway', 'registry', 'scheduler', 'ingress'].map((name, n) => parseNote(`notes/${name}.md`, page(name, n + 1)))).banks;
    const asked = [1, 2, 3].flatMap((seed) => allQuestions(banks, { seed }));
    expect(asked.filter((q) => /Reading path|Back: Layer/.test(shown(q)) || /Question/.test(q.subject))).toEqual([]);
    const filler = buildPool(banks).boilerplate;
    expect(filler.has(boilerplateKey('Clarify tenants, traffic shape and the 10× growth case, the latency goal and the budget.'))).toBe(true);
    expect(filler.has(boilerplateKey('gateway keeps 4 replicas behind a disruption budget of 1 pod.'))).toBe(false);
  });

  it('does not ask which grade of a kind a member is in, where the note splits one kind by its own judgement', () => {
    const note = '## DNS records\n\nSupported record types:\n\n- Must-know types: A, AAAA, CNAME, NS\n- Advanced types: CAA, MX, PTR, SOA, TXT, SRV\n\n## Routing policies\n\n- Simple: one record, answers in random order\n- Weighted: shares traffic by the weights given\n- Latency: answers with the region nearest in time\n';
    expect(questionsOf(note).filter((q) => (q.type === 'member' || q.type === 'multi') && /types/.test(q.prompt))).toEqual([]);
  });

  it('blanks no number that is part of the product the note is named after, and names no chapter for a topic', () => {
    const asked = questionsOf('## Routing policies\n\n### Latency routing\n\n- **Behavior**: Route 53 answers with the region that had the lowest latency for the user, measured over time.\n- **Health**: an unhealthy region is left out of the answers after 3 failed checks in a row.\n', 'notes/Route53.md');
    expect(asked.filter((q) => q.type === 'cloze' && /Route ____/.test(q.prompt))).toEqual([]);
    const summary = questionsOf('# 仓库\n\n## 本章小结\n\n| 方面 | 要点 |\n| --- | --- |\n| 安全 | 官方镜像经过审核，第三方镜像要自己检查来源和签名 |\n| 速度 | 国内访问慢时可以配置镜像加速器，或者自建私有仓库 |\n');
    expect(summary.filter((q) => /「本章」/.test(q.prompt))).toEqual([]);
  });

  it('orders neither a way through a book\'s chapters nor loose thoughts with a bare condition among them', () => {
    const orderOrNext = (note: string) => questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next');
    expect(orderOrNext('## 快速上手\n\n跟随以下步骤体验一遍 Docker：\n\n1. **安装 Docker**（第3章）：按操作系统完成安装并验证版本\n2. **运行容器**（第5章）：执行 `docker run -it alpine sh` 进入容器里看一看\n3. **构建镜像**（第7章）：写一个 Dockerfile 并构建出自己的镜像\n4. **编排服务**（第11章）：用 Compose 同时启动网站和数据库\n')).toEqual([]);
    expect(orderOrNext('## How to handle bad records\n\n1. Pick the read mode that fits how many bad rows you can drop\n2. If you need the bad records themselves\n3. Add a column for corrupt records to the schema and read with it\n4. Point the bad records path option at a folder to keep them\n')).toEqual([]);
  });
});

describe('labels and names that answer for themselves', () => {
  it('takes no term from an exercise\'s question label, bold or not', () => {
    const banks = parseNote('q.md', '### GATEWAY-MP-05\n\n- [ ] **CLI/debugging:** **Question:** The gateway is slow for one tenant; walk through how you would find out why.\n\n**Answer:** **Incident control.** Declare the impact and an owner, then freeze risky changes.\n').banks;
    expect(banks.flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []))).not.toContain('CLI/debugging');
  });

  it('asks no "which is NOT" of a group whose title names its members, nor explains a note\'s own label', () => {
    const note = '## 标签、选择器和注解\n\n- 标签：贴在对象上的键值对，用来分组和筛选\n- 选择器：按标签挑出一组对象的条件\n- 注解：给工具看的附加信息，不用于筛选\n\n## ExternalName\n\n- **用途说明**：把集群外的域名映射成集群内可以访问的 Service 名称\n- **举个栗子**：把 db.example.com 映射为 mysql 这个 Service，应用就按 mysql 访问\n';
    const asked = questionsOf(note);
    expect(asked.filter((q) => q.type === 'member' && /不属于「标签、选择器和注解」/.test(q.prompt))).toEqual([]);
    expect(asked.filter((q) => /用途说明|举个栗子/.test(q.subject))).toEqual([]);
  });

  it('blanks no layer the sentence names (应用层 is layer 7)', () => {
    const asked = questionsOf('## Ambient 模式\n\n- **ztunnel**：只在节点上处理四层流量，不理解应用层协议，所以无法在实例之间处理七层流量\n- **waypoint**：按需部署的代理，负责应用层的路由和策略，也就是七层的能力\n');
    expect(asked.filter((q) => q.type === 'cloze' && /应用层/.test(q.prompt) && q.choices[q.answer as number] === '七层')).toEqual([]);
  });
});

describe('a slogan, a slip in a resource name and a list of features', () => {
  it('explains a thing from its summary line, but not from a slogan', () => {
    const slogan = questionsOf('# Virtual Kubelet\n\n## 简介\n\n- **一句话概括**：Kubernetes API on top, programmable back。\n');
    expect(slogan.filter((q) => q.type === 'recall')).toEqual([]);
    const summary = questionsOf('# Test-Driven Development (TDD)\n\n- **One-line summary**: write a failing test first, then the least code that passes it, then clean up while the tests stay green.\n');
    expect(summary.some((q) => q.type === 'recall' && /Explain: Test-Driven Development/.test(q.prompt))).toBe(true);
  });

  it('spells a quota\'s resource name as Kubernetes does, and leaves a real word one letter away alone', () => {
    expect(correctKnownNames('congfigmaps')).toBe('configmaps');
    expect(correctKnownNames('NAMESPACED')).toBe('NAMESPACED');
  });

  it('orders no list of what a thing can do, even when each item opens with a verb', () => {
    const note = '## 配置个体资源配额\n\nk8s 通过 LimitRange 限制单个对象的资源。具体支持以下功能：\n\n- 设置单个 Pod 或容器的最小和最大计算资源用量\n- 设置单个 PVC 的最小和最大存储用量\n- 设置请求资源和上限资源的用量比例\n- 设置命名空间下默认的请求和上限，并在运行时自动注入容器\n';
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe("a layer's network named by number alone", () => {
  it('is not blanked where nothing in the sentence says which layer, and still is where a frame or a route does', () => {
    const vague = questionsOf('## VXLAN 的局限\n\n- **复杂性**：需要额外配置 VTEP 和三层网络，维护成本较高，排错也更难\n- **隧道接口**：连接到二层网络，两端各有一个 VTEP 负责封装\n');
    expect(vague.filter((q) => q.type === 'cloze' && /____网络/.test(q.prompt))).toEqual([]);
    const anchored = questionsOf('## 网络方案\n\n- **Calico**：基于 BGP 的三层网络方案，每个节点的内核充当 vRouter 转发路由\n- **Flannel**：默认用 VXLAN 把二层以太网帧封装在 UDP 中，跨主机组成一个大网\n');
    expect(anchored.some((q) => q.type === 'cloze' && /基于 BGP 的____网络方案/.test(q.prompt))).toBe(true);
  });
});

describe("a stack's letters, a program for an answer and answers about oneself", () => {
  it('asks no member of a stack whose capitals spell its members', () => {
    const stack = questionsOf('## Observability tools\n\n### What is the ELK/EFK stack?\n\n**Answer:**\n\n**ELK Stack:**\n- **Elasticsearch**: stores and searches the log lines\n- **Logstash**: parses and reshapes events before they are stored\n- **Kibana**: draws dashboards over what was stored\n\n**EFK Stack:**\n- **Elasticsearch**: stores and searches the log lines\n- **Fluentd**: collects the logs on every node and ships them\n- **Kibana**: draws dashboards over what was stored\n');
    expect(stack.filter((q) => (q.type === 'member' || q.type === 'multi') && /E[FL]K/.test(q.prompt))).toEqual([]);
  });

  it('does not recall an answer that is a program hundreds of lines long', () => {
    const program = Array.from({ length: 80 }, (_, i) => `    flag_${i} = rollout.check(user, percent=${i})`).join('\n');
    const note = `## Release engineering\n\n### How do you implement feature flags for safe rollouts?\n\nFlags decide per user which code path runs, so a change ships dark and is turned on gradually.\n\n\`\`\`python\ndef flags():\n${program}\n\`\`\`\n\n### What is a canary release?\n\nA new version gets a small share of real traffic first; its error rate and latency are compared with the old version before the share grows.\n`;
    const asked = questionsOf(note).filter((q) => q.type === 'recall');
    expect(asked.filter((q) => /feature flags/.test(q.prompt))).toEqual([]);
    expect(asked.some((q) => /canary release/.test(q.prompt))).toBe(true);
  });

  it('asks nothing of a page of answers about oneself', () => {
    const note = '## Behavioural round\n\n### What is the STAR method?\n\nSituation, Task, Action and Result: a way to tell an example from work in four short parts, ending with a number that shows the result.\n';
    expect(questionsOf(note, 'notes/11-HR-Behavioural.md')).toEqual([]);
  });
});

describe('what an abbreviation stands for', () => {
  it('takes a long form for an expansion only when it spells the letters out', () => {
    expect(spells('SELinux', 'Security-Enhanced Linux')).toBe(true);
    expect(spells('CDN', 'Content delivery')).toBe(false);
    expect(acronymPair('UpdatePod', ['UpdatePodOptions'])).toBeNull();
    expect(acronymPair('RWO', ['ReadWriteOnce'])).toEqual({ short: 'RWO', long: 'ReadWriteOnce' });
  });

  it('asks no expansion typed from a gloss whose letters do not spell the abbreviation, and keeps the field\'s own short names', () => {
    const asked = questionsOf('## Storage and delivery\n\n- Content delivery (CDN): caches objects close to the people who read them\n- ReadWriteMany (RWX): many nodes mount the volume read-write at once\n- Attribute-Based Authorization (ABAC): policies decide from the attributes of the user and the request\n').filter((q) => q.type === 'typed' && /stand for/.test(q.prompt));
    expect(asked.filter((q) => /CDN|ABAC/.test(q.prompt))).toEqual([]);
    expect(asked.some((q) => /RWX/.test(q.prompt))).toBe(true);
  });

  it('blanks no layer that a hyphenated name of it gives away', () => {
    const asked = questionsOf('## IPVS (IP Virtual Server)\n\n- **Balancing**: implements transport-layer load balancing in the kernel, usually called Layer 4 switching, for every Service\n- **Scheduling**: picks a backend by round robin, least connections or source hashing\n');
    expect(asked.filter((q) => q.type === 'cloze' && /Layer ____/.test(q.prompt))).toEqual([]);
  });
});

describe("a code project's own developer docs", () => {
  it('asks nothing of a test image\'s README that came along with the notes, and still asks of the notes beside it', () => {
    const readme = '## netexec\n\nStarts a small HTTP server with these endpoints:\n\n- `/dial`: asks another server for its hostname and reports the answers\n- `/echo`: writes back the `msg` parameter it was given\n- `/exit`: stops the server with the code it was given\n- `/hostname`: returns the name of the machine it runs on\n';
    expect(questionsOf(readme, 'repo/test/images/agnhost/README.md')).toEqual([]);
    expect(questionsOf(readme, 'repo/docs/tools/netexec.md').length).toBeGreaterThan(0);
  });

  it("asks nothing of the README of a chart Helm pulled in as a dependency", () => {
    const readme = '## Parameters\n\n- `replicas`: how many copies of the dashboard Pod run\n- `ingress.enabled`: whether an Ingress exposes the dashboard\n- `persistence.enabled`: whether dashboards are kept on a volume\n- `adminUser`: the name of the first administrator account\n';
    expect(questionsOf(readme, 'helm/monitoring/charts/dashboard/README.md')).toEqual([]);
    expect(questionsOf(readme, 'helm/monitoring/dashboard-values.md').length).toBeGreaterThan(0);
  });
});

describe('figures told apart by their units', () => {
  it('does not offer rates among sizes, and keeps durations in other units side by side', () => {
    expect(alike('>20 TB', '10-100 Mbps')).toBe(false);
    expect(alike('<1 GB', '>20 TB')).toBe(true);
    expect(alike('10s', '1m')).toBe(true);
    const note = '## Transfer choices\n\n### Data size based\n\n- <1 GB: upload from the console or the command line\n- 1-100 GB: the command line with parallel uploads\n- >20 TB: a transfer appliance shipped to the data centre\n\n### Bandwidth based\n\n- >100 Mbps: an online transfer service over the network\n- 10-100 Mbps: the command line, scheduled at night\n- <10 Mbps: a transfer appliance, since the network is too slow\n';
    expect(questionsOf(note).filter((q) => q.type === 'member' || q.type === 'multi')).toEqual([]);
  });
});

describe("a book's figure in an answer", () => {
  it('leaves the clause that points at a figure out of the reference', () => {
    const asked = questionsOf('## Service 类型\n\n- **ClusterIP**：通过集群内部的 IP 地址暴露服务，这个地址只在集群内部可达，集群外的客户端访问不到，如图6-8所示。它是默认的类型。\n- **NodePort**：在每个节点上打开同一个端口，把流量转给 Service，集群外可以通过节点地址访问。\n');
    const recall = asked.find((q) => q.type === 'recall' && /ClusterIP/.test(q.prompt));
    expect(recall?.answer).toBe('通过集群内部的 IP 地址暴露服务，这个地址只在集群内部可达，集群外的客户端访问不到。它是默认的类型。');
  });
});

describe('a group of bare Chinese phrases', () => {
  it('is what a thing does, in the note\'s own words, not a kind of thing to pick members of', () => {
    const phrases = ['## 监控组件', '', '- Prometheus：指标拉取、告警规则判断、数据存储', '- Alertmanager：通知发送、去重、抑制、分组', '- Grafana：大盘展示、历史趋势、监控图表', ''].join('\n');
    // (Mechanisms named in Chinese, each explained, are a kind of thing: 调度方式 over 节点亲和性, 污点与容忍….)
    expect(questionsOf(phrases).filter((q) => q.type === 'member' || q.type === 'multi')).toEqual([]);
    const names = ['## Job 参数', '', '- completions：需要成功完成的 Pod 数', '- parallelism：同时运行的 Pod 数', '- backoffLimit：标记失败前的重试次数', '- activeDeadlineSeconds：Job 最长运行时间', '', '## Deployment 参数', '', '- replicas：期望的副本数', '- minReadySeconds：新 Pod 就绪后至少等待多久才算可用', '- revisionHistoryLimit：保留的旧 ReplicaSet 数量', '- progressDeadlineSeconds：判定滚动更新停滞的时间', ''].join('\n');
    expect(questionsOf(names).some((q) => q.type === 'member' || q.type === 'multi')).toBe(true);
  });
});

describe("a product's lists of file types", () => {
  it('are not asked as groups to pick from', () => {
    const note = ['## 编辑器类型', '', '- **word**: doc, docm, docx, dot, dotx, epub, fodt, htm, html, odt, ott, rtf, txt, wps, wpt', '- **cell**: csv, et, ett, fods, ods, ots, xls, xlsb, xlsm, xlsx, xlt, xltx', '- **slide**: dps, dpt, fodp, odp, otp, pot, potx, pps, ppsx, ppt, pptm, pptx', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'member' || q.type === 'multi')).toEqual([]);
  });
});

describe('a table cell that leans on the row above it', () => {
  it('is a fragment, never a choice', () => {
    for (const cell of ['same, via the search domain', 'Same; only for headless Services', 'ditto', '同上，只是换了命名空间']) expect(isFragmentDetail(cell), cell).toBe(true);
    for (const whole of ['the same IP for every Pod of the Service', 'Sameness of nodes is not assumed']) expect(isFragmentDetail(whole), whole).toBe(false);
  });

  it('nor is a gloss cut from the words before it', () => {
    for (const gloss of ['即卸载、拔出磁盘等', 'i.e. unmount the disk, unplug it']) expect(isFragmentDetail(gloss), gloss).toBe(true);
    expect(isFragmentDetail('即时生效，无需重启 Pod')).toBe(false);
  });

  it('never blanks the number a paragraph opens with to number its section', () => {
    const note = ['# 服务质量', '', '## 可压缩资源与不可压缩资源', '', 'Kubernetes 需要统计整个平台的资源使用情况，把资源合理分配给容器。', '', '1 kubernetes中request和limit的限制方式说明', '', '**request** 是容器使用的最小资源需求，节点上可分配资源不少于它时才能调度上去。', '', '**limit** 是容器能使用的资源上限，设置为 0 表示不设上限。', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'cloze' && /^____ kubernetes/m.test(q.prompt))).toEqual([]);
  });

  it('never asks which is the good of something, as if it were a thing', () => {
    const note = ['## Gateway 与 Ingress', '', '- Gateway：只管 L4-L6 的端口和 TLS 设置，L7 路由交给绑定的 VirtualService', '- VirtualService：定义请求到达网格后怎样路由到各个服务版本', '- DestinationRule：定义流量到达服务后采用的负载均衡和连接池策略', '- 分离的好处：可以像管理传统负载均衡设备那样管理进入网格的流量，便于迁移', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'identify' || q.type === 'define' || q.type === 'typed');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((q) => /分离的好处/.test(shown(q)))).toEqual([]);
  });

  it('never asks which doing words in bold go with the rest of their sentence', () => {
    const note = ['## Kubelet at work', '', '- **Registers the node** with the API server.', '- **Watches for PodSpecs** assigned by the scheduler.', '- **Mounts volumes** as the Pods need them.', '- **Reports status** of Pods and the node to the API server.', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'identify' || q.type === 'define' || q.type === 'typed')).toEqual([]);
  });

  it('nor is the rest of a sentence whose first words were set in bold', () => {
    for (const rest of ['through the Container Runtime Interface (CRI).', 'across every node of the cluster', 'towards the Service that owns the port']) expect(isFragmentDetail(rest), rest).toBe(true);
    // (A description that opens with a participle, `created by kubelet from a manifest file`, says what its thing is.)
    expect(isFragmentDetail('created by kubelet straight from a manifest file on its own machine')).toBe(false);
  });

  it('nor is an aside in brackets, or a lead-in to a table', () => {
    for (const cut of ['(if different address space)', '（例如 customers 和 customerDetails）', 'The various types of middleware are explained in the following table', '各字段的含义见下表', '错过调度时间的处理，见下文详解']) expect(isFragmentDetail(cut), cut).toBe(true);
    expect(isFragmentDetail('Flushes the TLB (when the address space changes)')).toBe(false);
  });

  it('nor is a short question the note tags a term with', () => {
    for (const tag of ['Is it Alive?', 'Can it take traffic?', '还活着吗？']) expect(isFragmentDetail(tag), tag).toBe(true);
    expect(isFragmentDetail('Answers whether the endpoint can take new connections, even while it is terminating')).toBe(false);
  });
});

describe("a course's section labels (基本语法, 案例实操, 经验技巧)", () => {
  it('asks no question whose answer or choices are those labels, numbered or not, and still asks what the note defines', () => {
    const note = [
      '# shell 脚本',
      '## 自定义函数',
      '1. **基本语法**',
      '    function 名字() { 命令; return 整数; }',
      '2. **经验技巧**',
      '    (1)先声明函数再调用它，脚本是逐行执行的。',
      '3. **案例实操**',
      '    求两个参数的积。',
      '## until 循环',
      '1. **基本语法1**',
      '    until [ 条件 ]; do 程序; done',
      '2. **案例实操1**',
      '    从 1 数到 20',
      '## 文本处理工具',
      '- **cut**：按列切分每一行并输出选定的字段',
      '- **sed**：流编辑器，逐行替换或删除文本',
      '- **awk**：按字段处理文本的小型语言',
      '- **sort**：对行排序后输出',
    ].join('\n');
    const questions = questionsOf(note, 'notes/shell.md');
    const labels = /^(?:基本语法|案例实操\d*|经验技巧|基本用法)$/;
    const offending = questions.filter((q) => q.choices.some((c) => labels.test(c.trim())) || [...q.prompt.matchAll(/「(.+?)」/g)].some((m) => labels.test(m[1] as string)) || /经验技巧|案例实操/.test(q.prompt));
    expect(offending.map((q) => q.prompt)).toEqual([]);
    for (const label of ['基本语法', '案例实操', '案例实操2', '经验技巧', '语法', '基础用法', '详细', 'Implications', '正确做法', 'Behavior', '前提点', '複習', '回顾']) expect(isAspectLabel(label), label).toBe(true);
    for (const name of ['文本处理工具', 'sed', 'until 循环', 'Default Behavior']) expect(isAspectLabel(name), name).toBe(false);
    expect(questions.some((q) => q.type === 'identify' && q.choices.includes('sed'))).toBe(true);
  });
});

describe('what a thing is for, and a column of its advantages', () => {
  it("asks nothing of the labels a note gives a thing's purposes or advantages, and still asks the terms beside them", () => {
    const note = [
      '## 日志系统',
      '',
      '生产环境需要一个集中式的日志系统来：',
      '',
      '1. **集中存储**：每个节点的日志汇到同一处',
      '2. **检索过滤**：很快找到要看的那几行',
      '3. **长期保留**：容器删掉后日志照样能查',
      '',
      '| 渐进发布优势 | 说明 |',
      '|---|---|',
      '| 精细流量控制 | 按 10% → 50% → 100% 分批放量 |',
      '| 指标自动分析 | 按 Prometheus 指标自动判断新版本是否健康 |',
      '| 失败自动回退 | 分析不过时自动退回旧版本 |',
      '',
      '## 采集组件',
      '',
      '- **Fluent Bit**：跑在每个节点上的轻量日志采集器，以 DaemonSet 部署',
      '- **Loki**：只给标签建索引、把日志内容压缩存放的日志存储',
      '- **Elasticsearch**：给全文建倒排索引的搜索引擎，常和 Kibana 一起用',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    for (const q of asked) expect(shown(q)).not.toMatch(/集中存储|检索过滤|长期保留|指标自动分析|失败自动回退/);
    expect(asked.some((q) => q.type === 'define' && /Loki/.test(q.prompt))).toBe(true);
  });
});

describe("an aspect's owner in its heading, a case led by 如, labels of a walk-through, and a project's chores", () => {
  it('explains the thing a heading gives the principle of, not the note it sits in', () => {
    const note = [
      '# redis',
      '',
      '## 常见问题',
      '',
      '### 主从复制的实现原理',
      '',
      '概念：主节点把收到的写命令异步发给从节点，从节点按顺序执行，从而保持和主节点一样的数据',
      '',
    ].join('\n');
    const prompts = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts).toContain('解释一下：主从复制');
    expect(prompts).not.toContain('解释一下：redis');
  });

  it('blanks no figure of a case a sentence opens with 如, and still the rule before it', () => {
    const note = [
      '## 范围查询',
      '',
      '- 时间位移：offset 可以把查询的基准时间往前挪。如以一小时前为基准，查询 5 分钟内的范围向量',
      '- 回溯窗口：瞬时查询默认最多回溯 5 分钟内的样本',
      '- 步长：range 查询每隔一个步长取一个点',
      '',
    ].join('\n');
    const blanked = questionsOf(note).filter((q) => q.type === 'cloze').map((q) => q.subject);
    expect(blanked).toContain('回溯窗口');
    expect(blanked).not.toContain('时间位移');
  });

  it("takes no numbered way, article-led part or step said as what to do for a name", () => {
    for (const label of ['Workflow 1', 'Method 2', 'The Setup', 'The Pod & Scheduler', 'Update the object', 'Save the new annotation']) expect(isNonName(label), label).toBe(true);
    for (const name of ['Workflow', 'Theme', 'UpdateStrategy', 'kubectl apply', 'Send', 'PodSecurity']) expect(isNonName(name), name).toBe(false);
  });

  it('asks no column of a listing by a description that says its name in Chinese', () => {
    const note = [
      '## ReplicaSet 的输出列',
      '',
      '- DESIRED：用户想要的 Pod 副本数',
      '- READY：已经通过就绪检查的 Pod 个数',
      '- AVAILABLE：已经就绪足够久、能接流量的 Pod 个数',
      '- UNAVAILABLE：还不能提供服务的 Pod 个数，即不可用的 Pod',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => (q.type === 'define' || q.type === 'identify') && shown(q).includes('UNAVAILABLE') && shown(q).includes('不可用'));
    expect(asked.filter((q) => q.subject === 'UNAVAILABLE')).toEqual([]);
  });

  it('takes the plugin name of a webhook admission controller for the name its configuration uses', () => {
    const note = [
      '## Admission webhooks',
      '',
      '- MutatingWebhook: changes an object before it is stored, for example to inject a sidecar container',
      '- ValidatingWebhook: accepts or rejects an object after every mutation has run, and never changes it',
      '',
    ].join('\n');
    const typed = questionsOf(note).find((q) => q.type === 'typed' && q.answer === 'MutatingWebhook');
    expect(typed).toBeDefined();
    expect(typed?.type === 'typed' && typed.accept).toContain('MutatingAdmissionWebhook');
  });

  it("asks nothing of how a copied project cuts its releases, and still asks the same steps elsewhere", () => {
    const steps = ['1. Change the source and commit it', '2. Bump the version in the Makefile', '3. Build the image and test it on a cluster', '4. Push every image to the registry', ''];
    expect(questionsOf(['## How to release', '', ...steps].join('\n'))).toEqual([]);
    expect(questionsOf(['## How to ship a new image', '', ...steps].join('\n')).some((q) => q.type === 'order' || q.type === 'next')).toBe(true);
  });
});

describe("the points of a duty or an idea, a symptom, a link's label, a question over a list, a wall of text, a walk-through's story", () => {
  it('asks no label of a duty or an idea said in Chinese phrases, and still the components of one', () => {
    const duties = [
      '## 委员会的职责',
      '',
      '- **路线规划**：决定社区未来几年重点投入的方向和节奏',
      '- **项目准入**：审核新项目能否进入孵化阶段，并给出评审意见',
      '- **标准维护**：整理并发布各项目都要遵守的接口约定',
      '- **冲突调解**：在项目之间出现分歧时给出最终裁决',
      '',
    ].join('\n');
    expect(questionsOf(duties).filter((q) => q.type === 'define' || q.type === 'identify')).toEqual([]);
    const components = [
      '## 推理网关的内部组件',
      '',
      '### 主要职责',
      '',
      '- **StreamServer**：实现 Envoy 的外部处理协议，和代理保持双向流',
      '- **Datastore**：把 InferencePool 等自定义资源同步到内存里',
      '- **Scheduler**：根据队列长度和缓存命中率为每个请求挑选后端',
      '- **MetricsScraper**：定期从模型服务器抓取负载指标',
      '',
    ].join('\n');
    expect(questionsOf(components).some((q) => q.type === 'define' || q.type === 'identify')).toBe(true);
  });

  it('explains no symptom, no label over a link and no clause of what a command leaves alone', () => {
    const note = [
      '## Ingress 排查笔记',
      '',
      '- 路由不生效：先核对路由规则里的主机名，再看后端服务的标签选择器有没有选中 Pod',
      '- 官方文档：Running the cluster behind a corporate proxy and its settings',
      '- 不删除静态 Pod：静态 Pod 由 kubelet 直接管理，API 里只有它的镜像对象，删了也会被重新创建',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    for (const label of ['路由不生效', '官方文档', '不删除静态 Pod']) expect(asked.filter((q) => q.subject === label || (q.choices as readonly string[]).includes(label)), label).toEqual([]);
  });

  it('asks the question a heading puts over its numbered points as it is', () => {
    const note = [
      '## 控制器如何保证副本数？',
      '',
      '1. 控制器通过 informer 监听自己管理的对象，变化会进入工作队列',
      '2. 每次处理都比较期望的副本数和实际运行的 Pod 数量',
      '3. 少了就创建新的 Pod，多了就删除多出来的 Pod',
      '',
    ].join('\n');
    const prompts = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts).toContain('控制器如何保证副本数？');
    expect(prompts.some((p) => p.includes('的步骤'))).toBe(false);
  });

  it('blanks nothing in a wall of text, nor in the story of a walk-through, and still in a plain fact', () => {
    const story = [
      '那一年团队把所有服务都搬上了新的集群，迁移前大家做了充分的演练，也准备了回滚方案，可真正切换的那个晚上，',
      '监控大屏上的曲线还是接连变红，值班的同事一边排查网络策略，一边和业务方沟通影响范围，直到凌晨才把流量慢慢切回来。',
      '事后复盘时大家才发现，那一夜共有 918 次告警被触发，其中大部分都来自同一个配置错误，而这个错误在演练环境里从来没有出现过，',
      '因为演练环境的节点数量远远少于生产环境，很多边界情况根本没有机会暴露出来。',
    ].join('');
    const note = [
      '## 回顾',
      '',
      `- 复盘：${story}`,
      '- 扩容过程：当我们更新这个 Deployment 的时候，它会新建一个 Replica Set（web-5d4f），把它扩容到 1 个 replica，然后把原先的 Replica Set 缩到 2 个 replica，这样始终至少有 2 个 Pod 可用。',
      '- 默认宽限期：Pod 被删除后默认有 30 秒的时间优雅退出',
      '',
    ].join('\n');
    const blanked = questionsOf(note).filter((q) => q.type === 'cloze').map((q) => q.subject);
    expect(blanked).toContain('默认宽限期');
    expect(blanked).not.toContain('复盘');
    expect(blanked).not.toContain('扩容过程');
  });

  it('asks no name run together from the beginnings of the words that describe it', () => {
    const note = [
      '## Image sources',
      '',
      '- bitcompat: a community project that republishes Bitnami-compatible images under the old tags',
      '- mirrorhub: a registry that copies public images on a schedule for clusters without internet',
      '- localcache: a pull-through cache that keeps the images a node pulled last week',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => (q.type === 'typed' || q.type === 'identify') && q.answer === 'bitcompat')).toEqual([]);
    expect(questionsOf(note).filter((q) => q.type === 'identify' && q.choices.includes('bitcompat') && q.choices[q.answer as number] === 'bitcompat')).toEqual([]);
  });
});

describe("a course's hands-on exercises, study order and how-to-use page, in traditional characters too", () => {
  const tasks = [
    '1. **看行程樹**：執行 `pstree -p`，找出 PID 1 是哪個程式，再觀察 shell 與子行程的父子關係。',
    '2. **背景作業**：執行 `sleep 300 &`，用 `jobs` 和 `ps` 觀察它，最後用 `kill` 結束它。',
    '3. **記憶體上限**：建立一個 50MB 上限的 cgroup，放進吃記憶體的程式，觀察它被 OOM Kill。',
    '',
  ];

  it('asks nothing of the exercises, and still asks the same lines under a heading of knowledge', () => {
    for (const heading of ['## 動手練習', '## 动手练习', '## 建議學習順序', '## 如何使用這個 repo', '## 本章檢核點 (Checklist)']) {
      expect(questionsOf([heading, '', ...tasks].join('\n')), heading).toEqual([]);
    }
    expect(questionsOf(['## 行程管理的常用指令', '', ...tasks].join('\n')).length).toBeGreaterThan(0);
  });
});

describe('a name with where or how it goes in brackets', () => {
  it('takes no bracket that says where or how for what a line names, and still takes one that says what it is', () => {
    const note = [
      '## Pod building blocks',
      '',
      'kubelet (On Each Node)',
      '',
      'Container image (directly in a running pod)',
      '',
      'BestEffort (no requests or limits on any container)',
      '',
      'Burstable (requests below limits on at least one container)',
      '',
      'Guaranteed (requests equal to limits on every container)',
      '',
    ].join('\n');
    const entries = collect([parseNote('notes/t.md', note)]).banks.flatMap((b) => (b.kind === 'terms' ? b.entries : []));
    const terms = entries.map((e) => e.term);
    expect(terms).toEqual(expect.arrayContaining(['BestEffort', 'Burstable', 'Guaranteed']));
    expect(terms).not.toContain('kubelet');
    expect(terms).not.toContain('Container image');
  });

  it('keeps a bracket that says where in a list of names, and the list', () => {
    const note = ['## Lists in a Pod spec', '', '- **Top-Level Lists**: `containers`, `volumes`, `initContainers`.', '- **Nested Lists**: `env`, `ports`, `volumeMounts` (within containers).', ''].join('\n');
    expect(questionsOf(note).some((q) => (q.type === 'member' || q.type === 'multi') && shown(q).includes('volumeMounts'))).toBe(true);
  });
});

describe("a line that stops where its list starts, parts counted by 首先/然后, a lab's clean-up, a teaser and a picture for a question", () => {
  it('matches no name to a line that only leads into its list, and still explains the name', () => {
    const note = [
      '## 常用对象',
      '',
      '- Deployment：职责与 ReplicaSet 一样是保证 Pod 的数量，此外还有以下功能',
      '  - 回滚：升级出问题时退回之前的版本',
      '  - 暂停：升级过程中随时暂停和继续',
      '- Service：为一组 Pod 提供固定的访问入口和负载均衡',
      '- ConfigMap：保存非机密的配置数据，供 Pod 以环境变量或文件的方式使用',
      '- Secret：保存密码、令牌这类敏感数据，内容以 base64 编码存放',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.filter((q) => (q.type === 'define' || q.type === 'identify') && shown(q).includes('以下功能'))).toEqual([]);
    expect(asked.some((q) => q.type === 'define' || q.type === 'identify')).toBe(true);
  });

  it('blanks no count that the sentences after it mark part by part', () => {
    const note = [
      '## Deployment 的实现',
      '',
      '- Deployment 的结构：Deployment 实际上是一个两层控制器。首先，它用 ReplicaSet 的个数描述应用的版本；然后，它用 ReplicaSet 的副本数保证 Pod 的数量。',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'cloze' && q.choices[q.answer as number] === '两层')).toEqual([]);
  });

  it("asks nothing of a lab's clean-up, and drops the line that leads to the next lesson", () => {
    const cleanup = ['### 如何检查是否清理干净', '', '删除之后用 kubectl get pods 和 kubectl get services 确认资源都已经不在了，输出 No resources found 就说明清理完成。', ''].join('\n');
    expect(questionsOf(cleanup)).toEqual([]);
    const probe = [
      '### 就绪探针失败会怎样？',
      '',
      '容器不会被重启，但它的 IP 会从 Service 的 Endpoints 里摘掉，直到探针重新成功，流量才会再发给它。',
      '',
      '你准备好进入下一个主题：可观测性了吗？',
      '',
    ].join('\n');
    const answers = questionsOf(probe).filter((q) => q.type === 'recall').map((q) => q.answer as string);
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(answer).not.toContain('下一个主题');
  });

  it('asks about the name when a heading follows it with the picture the note paints of it', () => {
    const note = [
      '#### ReadinessProbe (就绪探针)：店里可以开门迎客了吗？',
      '',
      '- 检查什么：应用是否已经可以处理请求，例如缓存是否预热完毕',
      '- 失败的后果：容器不会被重启，Pod 的 IP 会从 Service 的 Endpoints 中摘除',
      '',
    ].join('\n');
    const prompts = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts).toContain('解释一下：ReadinessProbe (就绪探针)');
    expect(prompts.some((p) => p.includes('开门迎客'))).toBe(false);
  });
});

describe("a lettered section, a field's last part, a predicate's new name, what supports a mode, a project's stack", () => {
  it('shows a section without the letter the note lists its cases by', () => {
    const note = ['# Volumes on the host', '', '### C. Logging agents', '', '- Sidecar pattern: a second container in every Pod ships its logs', '- Logging driver: the runtime sends output straight to a backend', ''].join('\n');
    const bank = collect([parseNote('notes/t.md', note)]).banks.find((b) => b.kind === 'terms');
    expect(bank && contextTitle(bank, 'Logging driver')).toBe('Logging agents');
  });

  it('takes a dotted field by its last part, and a scheduler predicate by the plugin that replaced it', () => {
    const fields = ['## Key fields explained', '', '| Field | Purpose |', '|-------|---------|', '| `replicas` | Desired number of Pods |', '| `selector.matchLabels` | How to find the Pods to manage |', '| `template.metadata.labels` | Labels put on the Pods, which must match the selector |', '| `strategy.type` | Update strategy (RollingUpdate or Recreate) |', '| `maxSurge` | Most extra Pods during an update |', ''].join('\n');
    const typed = questionsOf(fields).find((q) => q.type === 'typed' && q.answer === 'selector.matchLabels');
    expect(typed?.type === 'typed' && typed.accept).toContain('matchLabels');
    // (What a typed answer accepts besides the name: its other names.)
    expect(otherNameOf('PodFitsResources')).toContain('NodeResourcesFit');
    expect(otherNameOf('NodeResourcesFit')).toContain('PodFitsResources');
  });

  it("asks no mode by the storage that supports it, no sentence for a name, and nothing of a project's stack", () => {
    const support = ['**Storage support:**', '- **RWO**: most block storage (EBS, GCE PD, Azure Disk)', '- **RWX**: NFS and cloud file storage (EFS, Azure Files)', '- **ROX**: some cloud storage', ''].join('\n');
    expect(questionsOf(support).filter((q) => q.type === 'define' || q.type === 'identify' || q.type === 'typed')).toEqual([]);
    const retain = ['**Retain:**', '', 'PV status becomes "Released" (cannot be reused)', '', 'Data is kept until someone cleans it up by hand', ''].join('\n');
    expect(questionsOf(retain).filter((q) => shown(q).includes('becomes'))).toEqual([]);
    const stack = ['### Core Technologies', '', '- **Kubernetes** - container orchestration platform', '- **Docker** - builds and runs the images', '- **Node.js** - the runtime of the sample services', ''].join('\n');
    expect(questionsOf(stack)).toEqual([]);
    expect(isNonName("Container's view")).toBe(true);
  });
});

describe('commands for an explanation', () => {
  it('explains nothing by the commands of a tool alone, and still by English words in a Chinese note', () => {
    const note = [
      '## 常见 CLI 操作',
      '',
      '- 仓库和集群管理：`argocd repo add`，`argocd cluster add`',
      '- 应用同步：`argocd app sync guestbook`',
      '- Minikube：for learning and developing Kubernetes on one machine, in a VM or a container',
      '',
    ].join('\n');
    const explained = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.subject);
    expect(explained).not.toContain('仓库和集群管理');
    expect(explained).not.toContain('应用同步');
    expect(explained).toContain('Minikube');
  });
});

describe("a course's own administration, its lab notes and someone's personal page", () => {
  const steps = ['1. Check that the training is booked in the learning system', '2. Send the preparation email to everyone taking part', '3. Create a cluster for the training in the cloud account', '4. Generate a kubeconfig for every participant and share them', ''];

  it('asks nothing of a trainer guide, a course outline or how to build the course app, and still asks the steps elsewhere', () => {
    for (const heading of ['## Trainer Guide', '## Course Prep steps', '## Course outline', '## How to build and run']) {
      expect(questionsOf([heading, '', ...steps].join('\n')), heading).toEqual([]);
    }
    expect(questionsOf(['## How to onboard a new team to the cluster', '', ...steps].join('\n')).length).toBeGreaterThan(0);
  });

  it("asks nothing of a page of personal notes", () => {
    const note = [
      '## Flux objects',
      '',
      '- GitRepository: tells Flux which Git repository and branch to pull from, and how often',
      '- Kustomization: applies the manifests under one path of a source to the cluster',
      '- HelmRelease: installs and upgrades a Helm chart from a HelmRepository source',
      '',
    ].join('\n');
    expect(questionsOf(note, 'docs/Personal-Notes.md')).toEqual([]);
    expect(questionsOf(note, 'docs/flux.md').length).toBeGreaterThan(0);
  });
});

describe('a word turned around by its ending', () => {
  it('asks no StatefulSet by the one description that says stateful, beside one that only says state', () => {
    const note = [
      '## Important terminology',
      '',
      '- Node: a worker machine in the cluster that runs Pods',
      '- Pod: the smallest unit the scheduler places, one or more containers',
      '- Deployment: keeps the desired state of a set of identical Pods',
      '- StatefulSet: manages stateful applications, each Pod with its own name and disk',
      '- Service: gives a set of Pods one stable address',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'define' && q.subject === 'StatefulSet')).toEqual([]);
    expect(questionsOf(note).some((q) => q.type === 'define' && q.subject === 'Service')).toBe(true);
  });
});

describe('a hook and a scope said in Chinese', () => {
  it('hears preStop in kill前, postStart in 启动后 and the Not of NotBestEffort in 非', () => {
    expect(givesAway('容器被kill前执行的操作，会阻塞kill流程', 'preStop', ['postStart', 'nodeName'])).toBe(true);
    expect(givesAway('容器启动后立即执行的操作', 'postStart', ['preStop', 'nodeName'])).toBe(true);
    expect(givesAway('匹配服务质量为非最佳的 Pod', 'NotBestEffort', ['BestEffort', 'Terminating'])).toBe(true);
    expect(givesAway('匹配服务质量为最佳的 Pod', 'BestEffort', ['NotBestEffort', 'Terminating'])).toBe(false);
  });
});

describe('a name under its own heading that is also an aspect word, a requirement and a made-up case', () => {
  it('explains the Role object under its heading, and asks nothing of a core requirement or a case opened by 假设', () => {
    const role = ['### Role', '', '**Role**对象只能授予某一个 namespace 里资源的访问权限，例如读取其中的 Pod。', ''].join('\n');
    const prompts = questionsOf(role).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts).toContain('解释一下：Role');
    expect(prompts.some((p) => p.includes('的Role是什么'))).toBe(false);
    const story = ['### 一个人写周记', '', '核心需求：随时保存进度，写坏了能回到之前的版本，加新内容也不破坏原有的内容。', '', '假设你要做两件事：自己写周记，再和同桌一起编一本手册，两个人各写一部分。', ''].join('\n');
    expect(questionsOf(story).filter((q) => q.type === 'recall')).toEqual([]);
  });
});

describe("a repository's contents by folder, a script's arguments by place, a KEP's history, a type in translation", () => {
  it('asks nothing of folders listed with links to their pages, of arguments by their place, or of an implementation history', () => {
    const contents = ['# 教程', '', '- finalizers：[对象删除的原理](./finalizers)', '- webhook：[准入控制器入门](./webhook)', '- lowcode：[低代码的可视化后端](./lowcode)', ''].join('\n');
    expect(questionsOf(contents, 'README.md')).toEqual([]);
    const args = ['## 生成代码', '', '- 第一个参数：要用的生成器，用逗号分开，all 表示全部', '- 第二个参数：生成的客户端代码放在哪个包', '- 第三个参数：API 类型定义所在的包', ''].join('\n');
    expect(questionsOf(args).filter((q) => shown(q).includes('个参数'))).toEqual([]);
    const history = ['## Implementation History', '', '- 02/19/2020: idea proposed in an issue', '- 03/02/2020: first draft merged with defaults', '- 03/10/2020: embeddable name updated', ''].join('\n');
    expect(questionsOf(history)).toEqual([]);
  });

  it('hears PROG_ARRAY in 程序数组', () => {
    expect(givesAway('程序数组类型的 map，存放 eBPF 程序', 'BPF_MAP_TYPE_PROG_ARRAY', ['BPF_MAP_TYPE_HASH', 'BPF_MAP_TYPE_RINGBUF'])).toBe(true);
  });
});

describe("a cloud console's screens", () => {
  it('puts no path through a console in order, and still a procedure of commands', () => {
    const console = ['### Taking a database snapshot', '', '#### Steps to take a snapshot', '', '1. Go to the database console.', '2. In the left-hand navigation pane, select Databases.', '3. Select the DB instance you want to back up.', '4. In the top-right corner, choose Actions > Take snapshot.', '5. Give the snapshot a name and confirm it.', ''].join('\n');
    expect(questionsOf(console).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const backup = ['## Steps to take a backup of etcd', '', '1. Log in to a control plane node and find the certificates etcd serves with.', '2. Run etcdctl snapshot save with those certificates and an output file.', '3. Check the snapshot with etcdctl snapshot status.', '4. Copy the snapshot file off the node to safe storage.', ''].join('\n');
    expect(questionsOf(backup).some((q) => q.type === 'order' || q.type === 'next')).toBe(true);
  });
});

describe("a figure's coloured parts and a pointer back", () => {
  it('takes no part of a figure by its colour, no pointer at the configuration above and no circumstance for a name', () => {
    for (const label of ['绿色部分', '粉色部分', 'the green boxes', '以上配置连起来解释', '通常情况下']) expect(isNonName(label), label).toBe(true);
    for (const name of ['绿色发布', 'Green', '配置中心', 'ConfigMap']) expect(isNonName(name), name).toBe(false);
  });
});

describe("a code project's README, a command under its label, the success code", () => {
  it("asks nothing of the README of the project that publishes the notes, and still of a study guide's README with a licence", () => {
    const project = [
      '# Interview bank',
      '',
      '## Project status',
      '',
      '- **Website**: static pages, search, filters and dark mode for every question',
      '- **CI/CD**: a pull-request workflow with type checks, unit tests and a deploy to the host',
      '- **SEO**: canonical addresses, social cards and a sitemap for each page',
      '',
      '## Repository structure',
      '',
      '```',
      'content/   one file per question',
      '```',
      '',
      '## Contributing',
      '',
      'Open a pull request with one new file.',
      '',
    ].join('\n');
    expect(questionsOf(project, 'README.md')).toEqual([]);
    const guide = [
      '# Kubernetes study guide',
      '',
      '## Node components',
      '',
      '- kubelet: runs on every node and starts the containers its Pods ask for',
      '- kube-proxy: programs the rules that send Service traffic to the right Pods',
      '- container runtime: pulls images and runs the containers for the kubelet',
      '',
      '## Contributing',
      '',
      'Open a pull request.',
      '',
      '## License',
      '',
      'MIT',
      '',
    ].join('\n');
    expect(questionsOf(guide, 'README.md').some((q) => q.subject === 'kubelet')).toBe(true);
  });

  it('asks no typed name of a command the note labels in its own words', () => {
    const note = [
      '## Everyday kubectl',
      '',
      '- scale: kubectl scale deployments/web --replicas=4',
      '- list: kubectl get pods -o wide',
      '- describe: kubectl describe deployments/web',
      '- rollback: kubectl rollout undo deployments/web',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'typed')).toEqual([]);
  });

  it('blanks no 200 in a sentence about a response: success says it, and 201 or 204 are successes too', () => {
    const status = (value: number, text: string, unit = '') => isSuccessStatus({ value, unit, index: text.indexOf(String(value)), text: String(value) }, text);
    expect(status(200, 'docker client 收到返回的 200 状态码，说明登录成功')).toBe(true);
    expect(status(200, 'a release that returns HTTP 200 but silently fails to charge a card')).toBe(true);
    expect(status(401, '没有 token 时 registry 返回 401 状态码')).toBe(false);
    expect(status(200, 'the probe returns within 200 ms', 'ms')).toBe(false);
    // The bound of the range of successes is a fact.
    expect(status(200, 'the probe succeeds when the status is at least 200 and less than 400')).toBe(false);
    expect(status(200, 'successful if the response has a status code greater than or equal to 200 and less than 400')).toBe(false);
  });
});

describe('wrong descriptions of another kind', () => {
  it('offers no step of the lab, no list of names and no drawback as what a state or a field means', () => {
    const note = [
      '## 告警规则',
      '',
      '一个报警信息在生命周期内有下面 3 种状态：',
      '',
      '- inactive：表示当前报警既不处于 firing 状态也不处于 pending 状态',
      '- pending：表示报警条件成立了，但还没有持续到设置的阈值时间',
      '- firing：表示报警条件持续超过了设置的阈值时间，报警被发出',
      '',
      '- 对接 alertmanager：修改prometheus-cm.yaml，加上 alerting 段指向它的地址',
      '',
      '配置文件分为三个模块：',
      '',
      '- 模块：global、rule_files 和 scrape_configs。',
      '',
      '- 缺点：规则写多了以后很难看出哪些报警真正有用',
      '',
    ].join('\n');
    const defines = questionsOf(note).filter((q) => q.type === 'define');
    expect(defines.some((q) => q.subject === 'inactive')).toBe(true);
    for (const q of defines.filter((d) => ['inactive', 'pending', 'firing'].includes(d.subject))) {
      expect(q.choices.join('\n'), q.prompt).not.toMatch(/^修改prometheus|global、rule_files|很难看出/mu);
    }
    expect(isNonName('删除掉templates目录下全部的东西')).toBe(true);
    expect(isNonName('templates 目录')).toBe(false);
  });
});

describe("an incident's checks and names said in passing", () => {
  it('puts no investigation checks in order, and still the steps of the fix', () => {
    const checks = ['## Investigation Steps', '', '1. Audit every alert that fired last month and mark the ones nobody acted on.', '2. Check whether each alert is tied to something users feel or only to a raw host metric.', '3. Find alerts that fire together in one incident and could be merged into one.', '4. Ask the on-call engineers which pages they have learned to ignore.', ''].join('\n');
    expect(questionsOf(checks).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const fix = ['## Steps to take a backup of etcd', '', '1. Log in to a control plane node and find the certificates etcd serves with.', '2. Run etcdctl snapshot save with those certificates and an output file.', '3. Check the snapshot with etcdctl snapshot status.', '4. Copy the snapshot file off the node to safe storage.', ''].join('\n');
    expect(questionsOf(fix).some((q) => q.type === 'order' || q.type === 'next')).toBe(true);
  });

  it('asks no typed name the note gives in passing, several in one sentence', () => {
    const note = ['## Components', '', '- A clear routing tier: page (a burn-rate breach that wakes someone up), low-urgency notification (budget running out, worth a look this week), dashboard-only (raw host metrics kept for root-causing, never a trigger).', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'typed')).toEqual([]);
  });
});

describe('a cheat sheet for two jobs, and a failure said as an error', () => {
  it('asks no walk through a list of commands for two jobs', () => {
    const sheet = ['### Creating and Viewing', '', '* Create the object', '', '    `kubectl create -f rs.yml`', '', '* List the old controllers', '', '    `kubectl get rc`', '', '* List the new ones', '', '    `kubectl get rs`', ''].join('\n');
    expect(questionsOf(sheet).filter((q) => q.type === 'recall' && q.subject === 'Creating and Viewing')).toEqual([]);
  });

  it('hears OnFailure in 错误: restart only when the state is an error', () => {
    const note = ['## restartPolicy 重启策略', '', 'Always：容器退出后总是重启它，间隔按指数退避增长', '', 'OnFailure：只有其状态为错误的时候才去重启它', '', 'Never：从来不重启，退出就保持退出', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.subject === 'OnFailure' && (q.type === 'define' || q.type === 'identify'))).toEqual([]);
  });
});

describe('where a range starts', () => {
  it('blanks no range that starts at 0 or 1', () => {
    const note = ['### gRPC probes', '', '| Field | Description |', '| - | - |', '| `service` (string) | The name of the service to put in the gRPC health check request; gRPC decides when it is not set. |', '| `port` (integer) | Port number of the gRPC service. Number must be in the range 1 to 65535. |', ''].join('\n');
    const blanks = questionsOf(note).filter((q) => q.type === 'cloze');
    expect(blanks.filter((q) => /range ____ to 65535/.test(q.prompt))).toEqual([]);
  });
});

describe('a description that points back', () => {
  it('asks nothing of a line that says it was said just before (就是刚才说过的…)', () => {
    const note = ['## PV 的字段', '', '**storageClassName**就是刚才说过的，对存储类型的抽象 StorageClass，名字可以任意起。', '', '**accessModes**定义了存储设备的访问模式，和 Linux 的文件权限差不多，目前有 3 种。', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.subject === 'storageClassName')).toEqual([]);
  });
});

describe("a project's change report, a numbered note, a comparison and a lab's own manifests", () => {
  it("asks nothing of a project's completed optimizations or its technical implementation details", () => {
    const report = ['## Completed Optimizations', '', '### Build System Improvements', '', '- **ESBuild Configuration**: Fast, optimized builds with external dependency handling', '- **Production Build**: Minified output with a smaller bundle', '- **Image Analysis**: Built-in size analysis and layer inspection', ''].join('\n');
    expect(questionsOf(report)).toEqual([]);
  });

  it('takes no numbered note and no comparison for a name', () => {
    for (const label of ['Note 2', 'note 1', '对比k8s的服务发现', '详细的介绍']) expect(isNonName(label), label).toBe(true);
    for (const name of ['NodePort', '服务发现', 'Notebook']) expect(isNonName(name), name).toBe(false);
  });

  it("puts no lab's steps in order that apply its own manifests, and still a flow that names files for example", () => {
    const lab = ['## Service 类型之 Headless', '', '操作步骤：', '', '1. 定义 service-clusterip-headless.yaml，并应用；', '2. 定义 pod_curl.yaml 并应用（具有 curl 和 nslookup 命令），用来作为 client 访问 service；', '3. 进入 curl 容器，使用 curl 和 nslookup 命令进行访问测试；', ''].join('\n');
    expect(questionsOf(lab).filter((q) => q.type === 'order' || q.type === 'next' || q.type === 'recall')).toEqual([]);
    const flow = ['## helm upgrade', '', '### How It Works', '', '1. Helm loads the chart from the local cache or the repository.', '2. Merges the default values.yaml with the overrides given by --set or -f.', '3. Renders the templates (e.g., deployment.yaml, service.yaml) into manifests.', '4. Sends the manifests to the cluster through the Kubernetes API.', '5. Records the release, its revision and status, in a Secret in the namespace.', ''].join('\n');
    expect(questionsOf(flow).some((q) => q.type === 'order' || q.type === 'next')).toBe(true);
  });
});

describe('a stage said in Chinese', () => {
  it('hears Priority in 优选: the one priority function among predicates is read off the title', () => {
    expect(givesAway('调度阶段 优选阶段', 'NodePreferAvoidPodsPriority', ['PodMatchNodeSelector', 'MatchInterPodAffinity', 'PodToleratesNodeTaints'])).toBe(true);
    expect(givesAway('调度阶段 预选阶段', 'PodMatchNodeSelector', ['NodePreferAvoidPodsPriority', 'MostRequestedPriority'])).toBe(false);
  });
});

describe("Dockerfile's instructions said in Chinese", () => {
  it('hears WORKDIR in 工作目录, COPY in 拷贝 and MAINTAINER in 维护者, and still asks FROM', () => {
    const note = ['## Dockerfile 指令', '', '- FROM：指定基础镜像，必须是第一条指令', '- MAINTAINER：维护者信息，姓名加邮箱', '- COPY：拷贝本地文件到镜像内', '- WORKDIR：为后面的 RUN、CMD 和 ADD 设置工作目录', '- EXPOSE：声明容器监听的端口', '- ONBUILD：当构建一个被继承的镜像时才触发执行', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'define' || q.type === 'identify');
    expect(asked.filter((q) => ['MAINTAINER', 'COPY', 'WORKDIR'].includes(q.subject))).toEqual([]);
    expect(asked.some((q) => q.subject === 'FROM')).toBe(true);
  });
});

describe("the author's remark on an answer", () => {
  it('leaves a closing remark on the answer above (不在此赘述) out of the reference', () => {
    const note = ['## 为什么要使用 Docker', '', '> 把应用和它的运行环境一起打包成镜像，一次构建，到处运行：开发、测试和生产用同一个镜像，环境差异带来的问题就少了。', '', '至于为什么要用 Docker？我觉得用上面这段话回答非常完美，具体的优点不在此赘述。', ''].join('\n');
    const recall = questionsOf(note).filter((q) => q.type === 'recall');
    expect(recall.length).toBeGreaterThan(0);
    for (const q of recall) expect(q.answer).not.toMatch(/赘述|我觉得/);
  });
});

describe('a typed name said with its kind', () => {
  it('accepts `bind mount` for bind under "Docker mount types"', () => {
    const note = ['## Storage', '', 'Docker mount types:', '', '- volume: storage the engine creates and manages itself, apart from any container', '- bind: maps an existing file or directory of the machine into the container', '- tmpfs: an in-memory filesystem that is gone when the container stops', ''].join('\n');
    const typed = questionsOf(note).filter((q) => q.type === 'typed' && q.answer === 'bind');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.type === 'typed' ? q.accept : []).toContain('bind mount');
  });
});

describe('a hyphenated name said in Chinese', () => {
  it('hears not-ready in 未准备好, though another choice also says Ready', () => {
    expect(givesAway('在「集群内置污点」中，「node.kubernetes.io/not-ready」指的是？', '节点未准备好。这相当于节点状况 Ready 的值为 "False"。', ['节点控制器访问不到节点。这相当于节点状况 Ready 的值为 "Unknown"。', '节点存在磁盘压力。'])).toBe(true);
    expect(givesAway('在「集群内置污点」中，「node.kubernetes.io/disk-pressure」指的是？', '节点存在磁盘压力。', ['节点存在内存压力。', '节点的 PID 压力。'])).toBe(true);
    expect(givesAway('在「集群内置污点」中，「node.kubernetes.io/unschedulable」指的是？', '节点不可调度。', ['节点存在磁盘压力。', '节点存在内存压力。'])).toBe(true);
  });
});

describe('things compared aspect by aspect', () => {
  it('asks no typed name of a line that says one aspect of a compared tool, and still of a list that defines again', () => {
    const aspects: [string, string, string, string][] = [
      ['Deployment Model', 'runs as a management server that installs and upgrades whole clusters', 'pulls manifests from Git and applies them inside each cluster', 'a hosted pipeline service with delegates that run the deploy steps'],
      ['Integration with Other Tools', 'plugs into monitoring stacks and cloud providers of every kind', 'works with Helm and Kustomize to template what it syncs', 'connects to many build servers, feature flag systems and ticket trackers'],
      ['Cost Management', 'leaves spending to the cloud consoles it drives', 'has no cost features at all, since it only syncs resources', 'shows spend per service and suggests savings from idle machines'],
    ];
    const note = aspects.flatMap(([title, a, b, c]) => [`### ${title}`, '', `- **Rancher**: ${a}`, `- **ArgoCD**: ${b}`, `- **Harness**: ${c}`, '']).join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'typed')).toEqual([]);
    const effects = [
      ['Taint Effects', 'new Pods without a matching toleration are not scheduled on the node', 'the scheduler tries to avoid the node for Pods without a toleration', 'running Pods without a toleration are evicted and new ones are not scheduled'],
      ['Components of a Taint › Effect', 'Pods that do not tolerate the taint are not scheduled there', 'a soft preference: the scheduler avoids the node when it can', 'evicts running Pods that do not tolerate it and blocks new ones'],
      ['Effects in short', 'blocks new Pods that lack the toleration', 'avoids placing Pods without the toleration where possible', 'evicts Pods without the toleration, running ones included'],
    ]
      .flatMap(([title, a, b, c]) => [`### ${title}`, '', `- NoSchedule: ${a}`, `- PreferNoSchedule: ${b}`, `- NoExecute: ${c}`, ''])
      .join('\n');
    expect(questionsOf(effects).some((q) => q.type === 'typed')).toBe(true);
  });
});

describe("the note-taker's own story", () => {
  it('explains no label whose line is what the note-taker read or tried (findings: I read…)', () => {
    const note = ['## Docker Swarm', '', '- findings: I read the article about the Raft algorithm, which gave me a better understanding of manager status.', '- manager: a node that keeps the cluster state with Raft and schedules services onto the workers', ''].join('\n');
    const recall = questionsOf(note).filter((q) => q.type === 'recall');
    expect(recall.filter((q) => q.subject === 'findings')).toEqual([]);
  });
});

describe('a mode that says what it does', () => {
  it('hears InPlaceOrRecreate in 原地调整', () => {
    expect(givesAway('在「VPA 更新模式」中，「InPlaceOrRecreate」指的是？', '能原地调整就不重启，直接改运行中 Pod 的资源，调整不了才把它驱逐', ['只在 Pod 创建时写入推荐值', '需要调整时驱逐 Pod，让它带着推荐值重建'])).toBe(true);
  });
});

describe("the author's doubt, and a link inside a description", () => {
  it('offers no line the author queried with question marks, and no description with a link in it, as a choice', () => {
    const sources = [
      '## 监控数据来源',
      '',
      '- **node-exporter**：收集节点级别的数据，如主机 CPU、内存、网络吞吐和磁盘 I/O',
      '- **cadvisor**：由 kubelet 内置，收集每个容器的 CPU、内存、网络和文件系统用量',
      '- **kube-state-metrics**：收集 Deployment、Pod、Node 等对象的状态，如重启次数和副本数',
      '- **自定义指标**：业务服务自己新建接口暴露监控数据？？？',
      '- **command 与 args**：command 是容器启动时运行的程序，args 是传给它的参数 https:kubernetes.io/docs/tasks/inject-data-application/',
      '',
    ].join('\n');
    const qs = questionsOf(sources);
    for (const q of qs) expect(shown(q)).not.toMatch(/？？/);
    // (A reference to grade oneself against may keep its link.)
    for (const q of qs.filter((q) => q.choices.length > 0)) expect(shown(q)).not.toMatch(/https?:/);
    expect(qs.some((q) => q.type === 'define' && /cadvisor/.test(q.prompt))).toBe(true);
  });
});

describe("a field's true and false", () => {
  it('asks nothing of `true:` and `false:` under a field, which are its values, while named modes are still asked', () => {
    const field = ['## globalDefault', '', '- `true`: applied to every Pod that names no priorityClassName', '- `false`: applies only to the Pods that name this class', '- `never`: not a value here, only a word to keep the list three long', ''].join('\n');
    for (const q of questionsOf(field)) expect(shown(q)).not.toMatch(/\b(?:what is|type the name)[^\n]*\b(?:true|false)\b|^(?:true|false)$/im);
    expect(questionsOf(field).filter((q) => q.subject === 'true' || q.subject === 'false')).toEqual([]);
    const modes = ['## Docker restart policies', '', '- no: the default; the engine never brings the container back by itself', '- on-failure: restarts it only after a non-zero exit, up to a maximum number of tries', '- always: brings it back whenever it stops, and again whenever the daemon starts', ''].join('\n');
    expect(questionsOf(modes).some((q) => q.subject === 'no')).toBe(true);
  });
});

describe('what to type, as a description', () => {
  it('asks no name for a line of commands (run: `vagrant ssh master`/`kubectl get nodes`)', () => {
    const setup = [
      '## Multi-node cluster',
      '',
      '- provision: three virtual machines from one Vagrantfile, one master and two workers',
      '- bootstrap: kubeadm init on the master, then kubeadm join on each worker with its token',
      '- run: `vagrant ssh k8s-master`/`kubectl get nodes`',
      '- teardown: destroys the virtual machines and everything on their disks',
      '',
    ].join('\n');
    const qs = questionsOf(setup);
    expect(qs.filter((q) => /vagrant ssh/.test(shown(q)))).toEqual([]);
    // The columns a command prints under a heading (`avg-cpu: %user %nice %system %iowait`) describe nothing either.
    const iostat = ['## iostat -x 1', '', '- avg-cpu: %user %nice %system %iowait %steal %idle', '- rrqm/s: 每秒进行 merge 的读操作数目', '- wrqm/s: 每秒进行 merge 的写操作数目', '- r/s: 每秒完成的读 I/O 设备次数', ''].join('\n');
    expect(questionsOf(iostat).filter((q) => q.subject === 'avg-cpu')).toEqual([]);
    expect(qs.some((q) => q.subject === 'bootstrap')).toBe(true);
  });
});

describe('a checklist of settings and the values they should have', () => {
  it('matches no setting to its recommended value (anonymous-auth: false, client ca file: set to use valid certs)', () => {
    const checklist = [
      '## Kubelet security',
      '',
      '- allow-privileged: false (or true where a policy admits privileged Pods)',
      '- anonymous-auth: false',
      '- authorization-mode: avoid AlwaysAllow (use Webhook or RBAC)',
      '- client-ca-file: set to the CA that signs the API server client certificates',
      '- read-only-port: 0, so the unauthenticated port is closed',
      '',
    ].join('\n');
    expect(questionsOf(checklist).filter((q) => q.type === 'define' || q.type === 'identify' || q.type === 'typed')).toEqual([]);
  });
});

describe('a remark on a whole inline list, a lead-in that counts what follows, and an idea', () => {
  it('does not give the words after the last name to that name (app, env, tier (you choose these))', () => {
    const labels = ['## What are labels?', '', '- **Key**: `app`, `env`, `tier` (you choose these)', '- **Value**: `web`, `production`, `frontend` (you choose these)', '- An object can carry many labels', ''].join('\n');
    // (The answer to "What are labels?" may quote the line whole.)
    for (const q of questionsOf(labels).filter((q) => q.type !== 'recall')) expect(shown(q)).not.toMatch(/you choose these/);
    const named = ['## Image pull policies', '', 'Policies: Always, Never, IfNotPresent (default)', ''].join('\n');
    expect(collect([parseNote('notes/t.md', named)]).banks.flatMap((b) => (b.kind === 'terms' ? b.entries : [])).find((e) => e.term === 'IfNotPresent')?.detail).toBe('default');
  });

  it('names no group by a sentence that counts what follows (这个路径下还有几个子页面：)', () => {
    const pages = ['## 服务型应用', '', '- 这个路径下还有几个子页面：', '    - /debug/pprof/profile：访问后自动进行 CPU profiling，持续 30 秒，生成文件供下载', '    - /debug/pprof/heap：内存 Profiling 的路径，访问后得到内存分析结果文件', '    - /debug/pprof/goroutine：运行中的 goroutine 列表及其调用关系', ''].join('\n');
    const qs = questionsOf(pages);
    for (const q of qs) expect(shown(q)).not.toMatch(/还有几个/);
    expect(qs.some((q) => q.type === 'define' || q.type === 'identify')).toBe(true);
  });

  it("asks an idea as its thing's (What is the idea of Simulated Annealing?), and never types or explains `idea` itself", () => {
    const idea = ['## Simulated Annealing', '', '- Idea: escape local maxima by allowing some downhill moves, fewer as the temperature falls', '- Temperature: how likely a downhill move is to be taken at a step', '', '## Policy Gradient', '', 'idea : maximise the policy objective function J(θ) by gradient ascent on the policy parameters', ''].join('\n');
    const qs = questionsOf(idea);
    expect(qs.some((q) => q.type === 'recall' && q.prompt === 'What is the idea of Simulated Annealing?')).toBe(true);
    expect(qs.filter((q) => /^idea$/i.test(q.subject) || /Explain: idea/i.test(q.prompt) || (q.type === 'typed' && /^idea$/i.test(String(q.answer))))).toEqual([]);
  });
});

describe("steps run on the author's own machine", () => {
  it('does not order steps that name a folder of one machine and a download address (D:/projects/…, https://…)', () => {
    const lab = (folder: string) =>
      [
        '## 用 Docker 切换 PHP 版本',
        '',
        '可以按如下步骤：',
        '',
        '1. 安装 docker，记得切换为国内源，推荐 https://www.daocloud.io/mirror',
        '2. 下载镜像 `docker pull eriksencosta/php-dev`',
        `3. 准备项目目录 \`${folder}\``,
        `4. 运行容器 \`docker run -it -p 8088:80 -v ${folder}:/var/www eriksencosta/php-dev\``,
        '',
      ].join('\n');
    expect(questionsOf(lab('D:/projects/live-ranking-api')).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    expect(questionsOf(lab('/home/ubuntu/app')).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe("a course's timetable", () => {
  it('asks nothing of a week of a course and its numbered exercises (第 4 周：Agent 入门 › 实战二：…)', () => {
    const plan = [
      '## 模块二：AI Agent',
      '',
      '#### 第 4 周：Agent 入门',
      '',
      '1. LangChain 入门和实战',
      '1. 四种 AI Agent 设计模式',
      '1. 实战一：从零开发个人运维知识库 Agent',
      '1. 实战二：借助 Langfuse 实现 LLM 开发追踪',
      '',
      '#### 第 5 周：Client-go 入门',
      '',
      '1. Client-go 架构和使用场景',
      '1. 核心技术：Clientset、DynamicClient、RESTClient、DiscoveryClient',
      '1. 实战一：创建第一个 Client-go 工具，持续监听 Pod 状态',
      '1. 实战二：实现一个简单的 kubectl，用来创建工作负载',
      '',
    ].join('\n');
    const qs = questionsOf(plan);
    expect(qs.filter((q) => /实战[一二]|第 \d 周/.test(`${q.prompt}\n${q.choices.join('\n')}\n${String(q.answer)}`) && q.type !== 'recall')).toEqual([]);
    expect(qs.filter((q) => /^实战/.test(q.subject))).toEqual([]);
  });
});

describe('a table of two things side by side, and a cell that points elsewhere', () => {
  it('reads no terms from `Images | Containers` under `Containers vs Images`, and offers no "see above" as a description', () => {
    const versus = ['## Containers vs Images', '', '| Images | Containers |', '| --- | --- |', '| A cut down OS | Provides an isolated environment for executing apps |', '| 3rd party libraries | Can be stopped and restarted like a VM |', '| Application files | Is just a process with its own file system from the image |', ''].join('\n');
    const banksOf = (note: string) => collect([parseNote('notes/t.md', note)]).banks;
    expect(banksOf(versus).filter((b) => b.kind === 'terms')).toEqual([]);
    const described = versus.replace('| Images | Containers |', '| Part | Description |');
    expect(banksOf(described).some((b) => b.kind === 'terms')).toBe(true);
    const keys = ['## Keywords', '', '| Keyword | Meaning |', '| --- | --- |', '| version | [see above](#version) |', '| ports | maps a port of the host to one of the container |', '| build | the folder holding the Dockerfile to build the image from |', '| volumes | [see above](#volumes) |', ''].join('\n');
    for (const q of questionsOf(keys)) expect(q.choices).not.toContain('see above');
  });
});
