import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/notes/parse.js';
import type { Bank, QaBank, StepsBank, TermsBank } from '../../src/core/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(path.join(here, '../fixtures', name), 'utf8');

function termsBank(banks: Bank[], title: string): TermsBank {
  const found = banks.filter((b): b is TermsBank => b.kind === 'terms' && b.title === title);
  expect(found, `one terms bank titled ${title}`).toHaveLength(1);
  return found[0] as TermsBank;
}

function stepsBank(banks: Bank[], title: string): StepsBank {
  const found = banks.filter((b): b is StepsBank => b.kind === 'steps' && b.title === title);
  expect(found, `one steps bank titled ${title}`).toHaveLength(1);
  return found[0] as StepsBank;
}

const termsOf = (bank: TermsBank) => bank.entries.map((e) => e.term);

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`no line with ${needle}`);
  return index + 1;
}

describe('Chinese notes: groups, lead-ins, steps, questions', () => {
  const text = fixture('loader-zh-groups/cluster.md');
  const { note, banks, warnings } = parseNote('cluster.md', text);

  it('reads the front matter', () => {
    expect(note.title).toBe('集群组件笔记');
    expect(note.tags).toEqual(['k8s', '复习']);
  });

  it('titles nested controllers with their parent bullet', () => {
    const bank = termsBank(banks, 'kube-controller-manager');
    expect(termsOf(bank)).toEqual(['Node Controller', 'Job Controller', 'Namespace Controller']);
    expect(bank.entries[0]?.detail).toBe('发现节点失联并做出响应');
    expect(bank.path).toEqual(['控制平面', 'kube-controller-manager']);
    // The parent is still an entry of the list it sits in.
    expect(termsOf(termsBank(banks, '控制平面'))).toEqual(['kube-apiserver', 'kube-controller-manager', 'kube-scheduler']);
  });

  it('titles the probes with kubelet, whose own definition stays in its list', () => {
    const probes = termsBank(banks, 'kubelet');
    expect(termsOf(probes)).toEqual(['Liveness Probe', 'Readiness Probe', 'Startup Probe']);
    expect(probes.entries[2]?.detail).toBe('在慢启动完成之前暂停另外两种探针');
    const node = termsBank(banks, '节点');
    expect(node.entries.find((e) => e.term === 'kubelet')?.detail).toBe('节点上的代理，按 PodSpec 管理容器');
  });

  it('titles a list with the lead-in line before it', () => {
    expect(termsOf(termsBank(banks, 'Service类型'))).toEqual(['ClusterIP', 'NodePort', 'LoadBalancer']);
  });

  it('titles a list with a bare label line before it', () => {
    expect(termsOf(termsBank(banks, 'Ingress字段'))).toEqual(['rules', 'tls']);
  });

  it('titles a list with an acronym its items spell', () => {
    const efk = termsBank(banks, 'EFK');
    expect(termsOf(efk)).toEqual(['Elasticsearch', 'Fluentd', 'Kibana']);
    // The acronym's own definition is still a term of the section.
    expect(termsBank(banks, '网络').entries.find((e) => e.term === 'EFK')?.detail).toBe('一套集中收集日志的组合');
  });

  it('reads inline lists and runs in paragraphs', () => {
    expect(termsOf(termsBank(banks, '镜像拉取策略'))).toEqual(['Always', 'Never', 'IfNotPresent']);
    const spread = termsBank(banks, '负载分发方式');
    expect(spread.entries.map((e) => [e.term, e.detail])).toEqual([
      ['RoundRobin', '依次轮流'],
      ['SessionAffinity', '同一客户端固定后端'],
    ]);
    const section = termsBank(banks, '网络');
    expect(termsOf(section)).toEqual(expect.arrayContaining(['Watch', 'Reconcile', 'Lease']));
  });

  it('keeps a list of phases as a group, never as an order (states are not stages)', () => {
    const phases = termsBank(banks, 'Pod阶段');
    expect(phases.sequential).toBeUndefined();
    expect(termsOf(phases)).toEqual(['Pending', 'Running', 'Succeeded']);
    expect(phases.entries[0]?.detail).toBe('已被接受，容器还没全部就绪');
  });

  it('makes steps of an ordered list, in order, with their lines', () => {
    const deploy = stepsBank(banks, '部署流程');
    expect(deploy.steps.map((s) => s.text)).toEqual([
      '用户提交 Deployment 清单',
      '控制器创建 ReplicaSet',
      'ReplicaSet 创建 Pod',
      '调度器为 Pod 选择节点',
    ]);
    expect(deploy.steps.map((s) => s.line)).toEqual([60, 61, 62, 63].map((n) => n - 60 + lineOf(text, '用户提交 Deployment')));
  });

  it('keeps **term**：detail items of an ordered list as steps', () => {
    const release = stepsBank(banks, '发布步骤');
    expect(release.steps.map((s) => s.text)).toEqual(['构建：打包新的镜像', '推送：把镜像推到仓库', '滚动：逐批替换旧的 Pod']);
    expect(banks.some((b) => b.kind === 'terms' && b.title === '发布步骤')).toBe(false);
  });

  it('makes steps of an inline lifecycle', () => {
    const volume = stepsBank(banks, '卷的生命周期');
    expect(volume.steps.map((s) => s.text)).toEqual(['Provisioning(供给)', 'Binding', 'Using', 'Reclaiming']);
  });

  it('reads questions from headings, details blocks and Q:/A: lines', () => {
    const pairs = banks.filter((b): b is QaBank => b.kind === 'qa').flatMap((b) => b.pairs);
    expect(pairs.map((p) => p.question)).toEqual([
      '什么是 Pod？',
      'Why does etcd need an odd number of members?',
      'Deployment 和 StatefulSet 有什么区别？',
      'kubelet 运行在哪里？',
    ]);
    expect(pairs[0]?.answer).toBe('Pod 是调度的最小单位，里面的容器共享网络与存储。');
    expect(pairs[0]?.line).toBe(lineOf(text, '### 什么是 Pod？'));
    // A heading's answer stops where the section's own question blocks begin.
    expect(pairs[1]?.answer).not.toContain('StatefulSet');
    expect(pairs[2]?.answer).toBe('前者管理无状态副本，后者给每个副本固定的名字和存储。');
    expect(pairs[2]?.line).toBe(lineOf(text, '<summary>'));
    expect(pairs[3]).toEqual({ question: 'kubelet 运行在哪里？', answer: '每个节点上。', line: lineOf(text, 'Q: kubelet') });
  });

  it('warns about a duplicate term with its line and keeps the first', () => {
    expect(warnings).toEqual([
      {
        file: 'cluster.md',
        line: lineOf(text, 'Pod：第二次定义'),
        message: expect.stringContaining('"Pod" is listed twice'),
      },
    ]);
    expect(termsBank(banks, '重复').entries).toEqual([{ term: 'Pod', detail: '第一次定义', aliases: [], line: lineOf(text, 'Pod：第一次定义') }]);
  });

  it('gives every entry the line it was written on', () => {
    const lines = text.split('\n');
    for (const bank of banks) {
      expect(bank.source.file).toBe('cluster.md');
      if (bank.kind === 'terms') {
        for (const entry of bank.entries) expect(lines[entry.line - 1], `${entry.term} at ${entry.line}`).toContain(entry.term);
      } else if (bank.kind === 'steps') {
        for (const step of bank.steps) expect(lines[step.line - 1]).toContain(step.text.split(/[：(]/)[0]);
      }
    }
  });

  it('gives banks distinct, stable ids', () => {
    const ids = banks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parseNote('moved/elsewhere.md', text).banks.map((b) => b.id)).toEqual(ids);
  });
});

describe('English notes', () => {
  const text = fixture('loader-en-notes/basics.md');
  const { banks, warnings } = parseNote('basics.md', text);

  it('reads term: detail, bold terms and aliases', () => {
    const objects = termsBank(banks, 'Objects');
    expect(objects.lang).toBe('en');
    expect(objects.entries.map((e) => [e.term, e.aliases])).toEqual([
      ['Pod', []],
      ['Deployment', []],
      ['ConfigMap', []],
      ['RBAC', ['Role-Based Access Control']],
      ['ReadWriteOnce', ['RWO']],
    ]);
    expect(objects.entries[3]?.detail).toBe('decides who may do what');
  });

  it('titles a list by its lead-in; a lifecycle of states is no sequence', () => {
    expect(termsOf(termsBank(banks, 'Probe kinds'))).toEqual(['Liveness', 'Readiness', 'Startup']);
    const lifecycle = termsBank(banks, 'Pod lifecycle');
    expect(lifecycle.sequential).toBeUndefined();
    expect(termsOf(lifecycle)).toEqual(['Pending', 'Running', 'Succeeded', 'Failed']);
  });

  it('reads steps and question headings', () => {
    expect(stepsBank(banks, 'Rolling update steps').steps).toHaveLength(4);
    const pairs = banks.filter((b): b is QaBank => b.kind === 'qa').flatMap((b) => b.pairs);
    expect(pairs.map((p) => p.question)).toEqual(['What is a Service?', 'How does kube-proxy route traffic?']);
    expect(warnings).toEqual([]);
  });
});

describe('small cases', () => {
  const banksOf = (text: string) => parseNote('n.md', text).banks;

  it('falls back to the heading as the title', () => {
    const banks = banksOf('## 组件\n\n- etcd: 键值存储\n- kubelet: 节点代理\n');
    expect(termsBank(banks, '组件').path).toEqual(['组件']);
  });

  it('takes no terms from the keys of a manifest written without its code fence, and keeps the words beside it', () => {
    const pasted = ['## Selective pruning', '', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: keep-me', '  labels:', '    prune-safe: "true"', ''].join('\n');
    expect(banksOf(pasted).filter((b) => b.kind === 'terms')).toEqual([]);
    const mixed = ['## Helm with Argo CD', '', '- Charts: packages of templated Kubernetes manifests', '- Releases: installed instances of a chart', '- Values: settings that fill the templates', '', 'apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', '  name: web', ''].join('\n');
    const terms = banksOf(mixed).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).toEqual(expect.arrayContaining(['Charts', 'Releases', 'Values']));
    expect(terms).not.toContain('apiVersion');
    expect(terms).not.toContain('name');
    // A list that explains the fields every object has is still a list of fields.
    const fields = ['## Required fields', '', '- apiVersion: which version of the API the object is written against', '- kind: what sort of object it is, such as Pod or Service', '- metadata: its name, namespace and labels', ''].join('\n');
    expect(banksOf(fields).filter((b) => b.kind === 'terms')).toHaveLength(1);
  });

  it('takes no terms from a cheat sheet whose second column is the command to type', () => {
    const sheet = ['## rclone 速查', '', '| 对象 | 命令 |', '|------|------|', '| **单个文件** | `rclone copy ./a.bin remote:bucket/` |', '| **整个目录** | `rclone sync ./dir remote:bucket/dir` |', ''].join('\n');
    expect(banksOf(sheet).filter((b) => b.kind === 'terms')).toEqual([]);
    const glossary = ['## rclone 子命令', '', '| 命令 | 作用 |', '|------|------|', '| copy | 只复制新的或改过的文件 |', '| sync | 让目标和源完全一致，会删除目标多出的文件 |', ''].join('\n');
    expect(banksOf(glossary).filter((b) => b.kind === 'terms')).toHaveLength(1);
  });

  it('takes no steps from a list whose every line points at a link', () => {
    const note = ['# containerd 的 CRI 插件', '', '### Getting Started', '', '- 编译好的二进制文件 [containerd-2.0.tar.gz](https://example.com/containerd-2.0.tar.gz)', '', '- 插件源码所在的 [仓库](https://example.com/containerd).', '', '- CRI 的接口定义 [api.proto](https://example.com/api.proto)', ''].join('\n');
    expect(banksOf(note).filter((b) => b.kind === 'steps')).toEqual([]);
    const install = ['# kind', '', '### Getting Started', '', '- Install Docker first', '- Download the kind binary', '- Create a cluster with kind create cluster', ''].join('\n');
    expect(banksOf(install).filter((b) => b.kind === 'steps')).toHaveLength(1);
  });

  it('drops the arrow a step ends with, which points at its commands below', () => {
    // (Numbered: bullets under a title that only asks how are ways to do it, not steps.)
    const note = ['# Linux networking', '', '### How to link two namespaces?', '1. Create a veth pair -> `ip link add a type veth peer name b`', '2. Attach each end to its namespace ->', '   - `ip link set a netns red`', '   - `ip link set b netns blue`', '3. Assign an address to each end →', '   - `ip -n red addr add 10.0.0.1 dev a`', '4. Bring up both ends', '`ip -n red link set a up`', ''].join('\n');
    expect(stepsBank(banksOf(note), 'How to link two namespaces?').steps.map((s) => s.text)).toEqual([
      'Create a veth pair -> ip link add a type veth peer name b',
      'Attach each end to its namespace',
      'Assign an address to each end',
      'Bring up both ends ip -n red link set a up',
    ]);
  });

  it('reads a question held in a `Question` section and answered in the `Short Answer` beside it', () => {
    const qa = (text: string) => banksOf(text).filter((b): b is QaBank => b.kind === 'qa').flatMap((b) => b.pairs);
    const page = [
      '---',
      'title: "Why is a Pod IP not stable?"',
      '---',
      '',
      '## Question',
      '',
      'A Deployment replaces its Pods. Why should clients never store a Pod IP?',
      '',
      '## Short Answer',
      '',
      'Each new Pod gets a new IP from the node range, so a stored IP soon points at nothing; a Service gives one stable address.',
      '',
      '## Detailed Explanation',
      '',
      'A long text that is not the answer asked for.',
      '',
      '## Interview Follow-Up Questions',
      '',
      '- What does a headless Service return?',
    ].join('\n');
    expect(qa(page)).toEqual([
      {
        question: 'A Deployment replaces its Pods. Why should clients never store a Pod IP?',
        answer: 'Each new Pod gets a new IP from the node range, so a stored IP soon points at nothing; a Service gives one stable address.',
        line: 5,
      },
    ]);
    // Chinese labels; an empty question section leaves the question to the note's title.
    const zh = qa('---\ntitle: 为什么 etcd 要奇数个节点？\n---\n\n## 问题\n\n## 答案\n\n多数派选举：3 个节点容忍 1 个故障，4 个也只容忍 1 个。\n');
    expect(zh.map((p) => [p.question, p.answer])).toEqual([['为什么 etcd 要奇数个节点？', '多数派选举：3 个节点容忍 1 个故障，4 个也只容忍 1 个。']]);
    // An answer under another heading than its question's answers nothing.
    expect(qa('# A\n\n## Question\n\nWhat port does etcd serve clients on?\n\n# B\n\n## Answer\n\n2379, and 2380 for peers.\n')).toEqual([]);
  });

  it("leaves a label its picture left alone (Service: over an image) out of a heading question's answer", () => {
    const qa = banksOf(['### 4. What is the difference between a Service and an Ingress?', '', 'Service:', '', '![Service](https://img.example/s.png)', '', 'Ingress:', '', '![Ingress](https://img.example/i.png)', '', 'Answer:', '', 'A Service gives a set of Pods one stable address inside the cluster; an Ingress routes outside HTTP traffic to Services by host and path.', '', 'Ports to know:', '', '- 80 for HTTP', '- 443 for HTTPS', ''].join('\n')).filter((b): b is QaBank => b.kind === 'qa').flatMap((b) => b.pairs);
    // (`Answer:` leads into the text after it, and the question shows the answer without it.)
    expect(qa.map((p) => p.answer)).toEqual(['Answer:\nA Service gives a set of Pods one stable address inside the cluster; an Ingress routes outside HTTP traffic to Services by host and path.\nPorts to know:\n- 80 for HTTP\n- 443 for HTTPS']);
    // A label that leads into lines of its own stays: `Jenkins automates:` over `✔ Build`.
    const kept = banksOf('### What does Jenkins solve?\n\nJenkins automates:\n\n✔ Building\n✔ Testing\n✔ Deploying\n').filter((b): b is QaBank => b.kind === 'qa').flatMap((b) => b.pairs);
    expect(kept.map((p) => p.answer)).toEqual(['Jenkins automates:\n✔ Building\n✔ Testing\n✔ Deploying']);
  });

  it('does not spell an acronym with the wrong list', () => {
    const banks = banksOf('## 日志\n\nELK: 另一套日志方案\n\n- Fluentd: 采集\n- Kibana: 展示\n');
    expect(banks.some((b) => b.title === 'ELK' && b.kind === 'terms' && b.entries.length === 2)).toBe(false);
  });

  it('treats a list of sentences as no bank', () => {
    const banks = banksOf('## 心得\n\n- 先把概念理解清楚再动手，会少走很多弯路\n- 多看官方文档，少看过时的博客文章\n');
    expect(banks).toEqual([]);
  });

  it('keeps a plain sentence that states a number with its section\'s terms, for cloze', () => {
    const text = '## 控制平面\n\n生产环境的控制平面至少部署三个节点，以便容忍一个故障。\n\n- etcd：保存集群状态的键值存储\n- kube-scheduler：为新 Pod 选择节点\n\n这一段没有数字，只是说明。\n';
    const bank = termsBank(banksOf(text), '控制平面');
    expect(bank.facts).toEqual([{ text: '生产环境的控制平面至少部署三个节点，以便容忍一个故障。', line: 3 }]);
  });

  it('asks a short list of English names in Chinese notes in Chinese', () => {
    const text = '## 网关\n\n常见网关实现：Envoy, Traefik, HAProxy\n\n- Ingress：把集群外部的 HTTP 请求按规则转发到 Service\n- Gateway API：新一代的流量入口接口，角色划分更清晰\n';
    const banks = banksOf(text);
    expect(termsBank(banks, '常见网关实现').lang).toBe('zh');
    const english = banksOf('## Gateways\n\nCommon gateways: Envoy, Traefik, HAProxy\n\n- Ingress: routes outside HTTP requests to Services by rules\n');
    expect(english.every((b) => b.lang === 'en')).toBe(true);
  });

  it('keeps the bold words of a definition on its entry, not the bold term itself', () => {
    const banks = banksOf('## 术语\n\n- **Lease**：用**租约**判断组件是否存活\n- Watch：监听对象的变化\n');
    const lease = termsBank(banks, '术语').entries.find((e) => e.term === 'Lease');
    expect(lease?.bold).toEqual(['租约']);
    expect(termsBank(banks, '术语').entries.find((e) => e.term === 'Watch')?.bold).toBeUndefined();
  });

  it('keeps short checks under a lead-in as members of that group, with no definitions', () => {
    const banks = banksOf('## 安全\n\n准入检查项：\n\n- 是否允许容器以特权模式运行\n- 是否可以挂载宿主机目录\n- 网络策略\n');
    const bank = termsBank(banks, '准入检查项');
    expect(termsOf(bank)).toEqual(['是否允许容器以特权模式运行', '是否可以挂载宿主机目录', '网络策略']);
    expect(bank.entries.every((e) => e.detail === '')).toBe(true);
  });

  it('does not take yes/no clauses for members when only a heading stands over them', () => {
    const banks = banksOf('## 安全检查\n\n- 是否允许容器以特权模式运行\n- 是否可以挂载宿主机目录\n- 网络策略\n');
    expect(banks.filter((b) => b.kind === 'terms')).toEqual([]);
  });

  it('warns about a question with no answer', () => {
    const { warnings } = parseNote('n.md', '# 题\n\nQ: 没有答案的问题？\n\n正文。\n');
    expect(warnings).toEqual([{ file: 'n.md', line: 3, message: expect.stringContaining('no answer') }]);
  });

  it('does not take a sentence without a colon for a list title', () => {
    const banks = banksOf('## 对象\n\n下面是常用的对象\n\n- Pod: 最小单元\n- Service: 稳定入口\n');
    expect(termsOf(termsBank(banks, '对象'))).toEqual(['Pod', 'Service']);
  });

  it('reads a two-column table as terms, each row on its own line', () => {
    const text = '## 端口\n\n| 名称 | 说明 |\n| --- | --- |\n| port | Service 的端口 |\n| targetPort | 容器的端口 |\n| 这一行，不是名字 | 跳过 |\n| nodePort | 节点上的端口 |\n';
    const bank = termsBank(banksOf(text), '端口');
    expect(bank.entries.map((e) => [e.term, e.detail, e.line])).toEqual([
      ['port', 'Service 的端口', 5],
      ['targetPort', '容器的端口', 6],
      ['nodePort', '节点上的端口', 8],
    ]);
  });

  it('merges paragraph terms into the list bank of the same heading and starts it at the first', () => {
    const banks = banksOf('## 术语\n\n**Raft**：一种共识算法\n\n- etcd: 键值存储\n- kubelet: 节点代理\n');
    const bank = termsBank(banks, '术语');
    expect(bank.entries.map((e) => [e.term, e.line])).toEqual([
      ['Raft', 3],
      ['etcd', 5],
      ['kubelet', 6],
    ]);
    expect(bank.source.line).toBe(3);
  });

  it('puts bare names in a bank only when the list is mostly names', () => {
    const names = banksOf('## 插件\n\n- Dashboard\n- CoreDNS\n- Metrics Server\n');
    expect(termsOf(termsBank(names, '插件'))).toEqual(['Dashboard', 'CoreDNS', 'Metrics Server']);
  });
});

describe('what a line is, beside its markup', () => {
  const banksOf = (text: string) => parseNote('n.md', text).banks;

  it('takes no term from a checklist of things to learn, and still takes the terms a checklist gives', () => {
    const todo = banksOf('## 学习检查清单\n\n### 进阶\n\n- [ ] 了解容器编排\n- [ ] 把镜像构建接进流水线\n- [x] 处理线上常见故障\n');
    expect(todo.filter((b) => b.kind === 'terms' || b.kind === 'steps')).toEqual([]);
    const terms = banksOf('## 组件\n\n- [x] kubelet：每个节点上运行 Pod 的代理\n- [x] kube-proxy：维护节点上 Service 的转发规则\n- [ ] etcd：保存集群状态的键值存储\n');
    expect(termsOf(termsBank(terms, '组件'))).toEqual(['kubelet', 'kube-proxy', 'etcd']);
  });

  it('reads an article whose linked title holds a colon as a reference, not a term and its meaning', () => {
    const banks = banksOf('## 网络\n\n1. [跨主机网络：overlay 入门](https://example.com/overlay)，讲了 overlay 需要的控制节点\n1. [macvlan 与 ipvlan](https://example.com/vlan)，两种模式的比较\n1. bridge：把同一台机器上的容器连到一个网桥上\n');
    const names = banks.flatMap((b) => (b.kind === 'terms' ? termsOf(b) : []));
    expect(names).not.toContain('跨主机网络');
  });

  it('leaves numbered citations out of a definition, and an index written against its name in', () => {
    const bank = termsBank(banksOf('## VPN\n\n- **Encryption**: tunnels encrypt what devices send to each other [5].\n- **Use Cases**: remote access to private networks for people on the road [2][6].\n- **Index**: the first container of a pod is spec.containers[0] in its manifest\n- **Split tunnel**: only traffic for the private ranges goes through the tunnel. [3, 7]\n'), 'VPN');
    expect(bank.entries.map((e) => e.detail)).toEqual([
      'tunnels encrypt what devices send to each other.',
      'remote access to private networks for people on the road.',
      'the first container of a pod is spec.containers[0] in its manifest',
      'only traffic for the private ranges goes through the tunnel.',
    ]);
  });

  it('reads neither Logseq block references nor its property lines as text', () => {
    const note = ['## minikube 指令', '', '- 建立: ((658a2340-80db-4269-a93a-5744f9df64e3))', '- 檢視: ((658984c2-eddf-4bf2-986f-c1abaf13c021))', '- 擴展: kubectl scale 把副本數改成指定的數量', '  logseq.order-list-type:: number', '- 回滾: kubectl rollout undo 回到上一個版本', ''].join('\n');
    const entries = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries : []));
    expect(entries.map((e) => e.term)).not.toContain('建立');
    expect(entries.map((e) => e.detail).join('\n')).not.toMatch(/\(\(|logseq|::/);
    expect(entries.map((e) => e.term)).toEqual(expect.arrayContaining(['擴展', '回滾']));
  });

  it("reads Obsidian's wiki links as their words and drops its embeds, and keeps a shell test in code", () => {
    const note = [
      '## Process',
      '',
      '1. Write the app as small services in any language',
      '2. Package each service in its own container',
      '3. Wrap each container in a [[Pod]]',
      '4. Deploy the Pods through [[Deployments|a Deployment]] or a [[StatefulSet#Ordering|StatefulSet]]',
      '![[Pasted image 20231219204338.png|450]]',
      '',
      '## Checks',
      '',
      '- exists: `[[ -f /etc/kubernetes/admin.conf ]]` tells whether the node was set up',
      '',
    ].join('\n');
    const banks = banksOf(note);
    const steps = banks.flatMap((b) => (b.kind === 'steps' ? b.steps.map((s) => s.text) : []));
    expect(steps.slice(2)).toEqual(['Wrap each container in a Pod', 'Deploy the Pods through a Deployment or a StatefulSet']);
    const details = banks.flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.detail) : []));
    expect(details.join('\n')).toContain('[[ -f /etc/kubernetes/admin.conf ]]');
    // A line of nothing but wiki links is a list of pages, as a line of markdown links is.
    const index = banksOf(['## Workloads', '', '- [[Pod]]', '- [[Deployment]]', '- [[StatefulSet]]', '- [[DaemonSet]]', ''].join('\n'));
    expect(index.flatMap((b) => (b.kind === 'terms' ? b.entries : []))).toEqual([]);
  });

  it('names a list by the group a sentence leading into it opens with (PV 的状态，…：), never by a pointer at a count', () => {
    const note = ['## hostPath', '', 'PV 的状态，实际上描述的是 PV 生命周期的某个阶段，一个 PV 可能处于 4 种不同的阶段：', '', '- Available（可用）：表示可用状态，还未被任何 PVC 绑定', '- Bound（已绑定）：表示 PV 已经被 PVC 绑定', '- Released（已释放）：PVC 被删除，但是资源还未被集群重新声明', '- Failed（失败）：表示该 PV 的自动回收失败', ''].join('\n');
    expect(termsBank(banksOf(note), 'PV 的状态').entries.map((e) => e.term)).toEqual(['Available', 'Bound', 'Released', 'Failed']);
    const pointer = note.replace('PV 的状态，实际上描述的是', '根据这 4 个阶段，实际上描述的是');
    expect(banksOf(pointer).some((b) => b.title.includes('根据'))).toBe(false);
  });

  it("takes a README's subject from its folder when it has no title, but not from a folder that only keeps notes", () => {
    const page = ['Rancher manages clusters for you. Its key features:', '', '1. **Multi-cluster Management**: one place for clusters on premises and in several clouds', '2. **User-friendly UI**: a web console for clusters, workloads and their resources', '3. **App Catalog**: Helm charts ready to install from a catalog', ''].join('\n');
    const about = (file: string) => [...new Set(parseNote(file, page).banks.map((b) => b.about))];
    expect(about('tools/rancher/readme.md')).toEqual(['rancher']);
    expect(about('02-prometheus/index.md')).toEqual(['prometheus']);
    // A numbered lesson titled in words is what its untitled page is about.
    expect(about('03. tcpdump network debugging/README.md')).toEqual(['tcpdump network debugging']);
    for (const file of ['docs/README.md', 'README.md', 'day4/README.md', 'my-k8s-notes/README.md', 'rancher/features.md', 'my k8s notes/README.md', '03. Lab/README.md']) expect(about(file), file).toEqual([undefined]);
  });

  it('takes a numbered line alone over a bulleted list for the name of the list', () => {
    const note = '## 目标规则\n\n用目标规则配置流量到达目标后的行为。\n\n1) 负载均衡选项\n- 随机：请求随机转到池中的实例\n- 权重：请求按指定的百分比转到实例\n- 最少请求：请求转到被访问最少的实例\n';
    const bank = termsBank(banksOf(note), '负载均衡选项');
    expect(termsOf(bank)).toEqual(['随机', '权重', '最少请求']);
    // A numbered step over its own bullets stays a step.
    const steps = banksOf('## 部署\n\n1) 安装 Helm\n- 下载二进制包\n- 放进 PATH\n');
    expect(steps.some((b) => b.title === '安装 Helm')).toBe(false);
  });

  it('leaves a bullet typed as a character out of the name (● ElementType.TYPE:…)', () => {
    const note = '## 注解的作用目标\n\n● ElementType.METHOD:用于描述方法\n\n● ElementType.PARAMETER:用于描述参数\n\n■ ElementType.TYPE:用于描述类、接口或 enum 声明\n';
    expect(banksOf(note).flatMap((b) => (b.kind === 'terms' ? termsOf(b) : []))).toEqual(['ElementType.METHOD', 'ElementType.PARAMETER', 'ElementType.TYPE']);
  });

  it("leaves a paragraph's number out of the name it defines (4、并发清除阶段：…)", () => {
    const note = '## Go 垃圾回收\n\n1、准备阶段：触发 STW，开启写屏障\n\n2、并发标记阶段：用三色标记法标记对象\n\n3、标记终止阶段：再次 STW，关闭写屏障\n\n4、并发清除阶段：回收全部白色对象\n';
    expect(banksOf(note).flatMap((b) => (b.kind === 'terms' ? termsOf(b) : []))).toEqual(['准备阶段', '并发标记阶段', '标记终止阶段', '并发清除阶段']);
  });

  it('takes a command alone in a code block for the name the line under it explains', () => {
    const note = '## Cluster information\n\n```\nkubectl get nodes\n```\n\nPurpose: Shows every node of the cluster with its status.\n\n```\nkubectl cluster-info\n```\n\nPurpose: Prints where the control plane and cluster services listen.\n';
    const entries = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries : []));
    expect(entries.map((e) => [e.term, e.detail])).toEqual([
      ['kubectl get nodes', 'Shows every node of the cluster with its status.'],
      ['kubectl cluster-info', 'Prints where the control plane and cluster services listen.'],
    ]);
    // Two commands in the block: the line says what the block does, no one command.
    const two = banksOf('## Logs\n\n```\nkubectl logs web\nkubectl logs web -p\n```\n\nPurpose: Reads what the container printed.\n').flatMap((b) => (b.kind === 'terms' ? termsOf(b) : []));
    expect(two.filter((t) => t.startsWith('kubectl'))).toEqual([]);
  });

  it('reads no terms from a table whose rows each open with a link to a page of the notes', () => {
    const table = (first: (name: string, dir: string) => string) =>
      ['## Topics', '', '| Topic | What is inside |', '|---|---|', ...[['Kubernetes', 'k8s'], ['Databases', 'db'], ['Networking', 'net']].map(([name, dir]) => `| ${first(name as string, dir as string)} | rollouts, indexes and more about ${name} |`), ''].join('\n');
    expect(banksOf(table((name, dir) => `[${name}](topics/${dir}/)`)).filter((b) => b.kind === 'terms')).toEqual([]);
    expect(banksOf(table((name) => name)).some((b) => b.kind === 'terms')).toBe(true);
  });

  it('reads no term from a line that goes on with the sentence the line before began', () => {
    const prose = '## TLS termination\n\nOne IP can serve many sites with different certificates: the terminator reads SNI and picks the\nmatching certificate. It is also what a proxy that cannot decrypt routes on. The\ncatch: classic SNI is sent in cleartext, so it leaks which host you visit.\n';
    const names = banksOf(prose).flatMap((b) => (b.kind === 'terms' ? termsOf(b) : []));
    expect(names).not.toContain('catch');
    const siblings = '## Pod resources\n\n`requests`: what the scheduler reserves on a node for the container, and\n`limits`: the most the container may use before it is throttled or killed\n';
    expect(banksOf(siblings).flatMap((b) => (b.kind === 'terms' ? termsOf(b) : []))).toEqual(expect.arrayContaining(['requests', 'limits']));
  });

  it('leaves a pointer to a section of the same notes out of a definition', () => {
    const bank = termsBank(banksOf('## Names a Pod can resolve\n\n- **StatefulSet Pod**: `pod-0.web.shop.svc.cluster.local`, a stable name (§2.4)\n- **Headless Service**: one A record for each Ready Pod (see §1.7, §1.9)\n- **Section**: the § sign alone stays, as in § 3 of a contract\n'), 'Names a Pod can resolve');
    expect(bank.entries.map((e) => e.detail)).toEqual(['pod-0.web.shop.svc.cluster.local, a stable name', 'one A record for each Ready Pod', 'the § sign alone stays, as in § 3 of a contract']);
    const zh = termsBank(banksOf('## 计数\n\n- **降级保底**：Redis 不可用时回退内存计数，服务仍可用（见 5.1.3）\n- **原子自增**：多个副本同时自增也不会丢计数（see section 2.4）\n- **版本**：用的是 Redis 7（见 7 号机房）\n'), '计数');
    expect(zh.entries.map((e) => e.detail)).toEqual(['Redis 不可用时回退内存计数，服务仍可用', '多个副本同时自增也不会丢计数', '用的是 Redis 7（见 7 号机房）']);
  });

  it("takes no name from a check a script printed ([✓] Secret (…)) among its other output", () => {
    const out = '## 验证结果\n\n- [✓] ConfigMap (非敏感配置)\n- [✓] Secret (敏感数据，base64 编码)\n- **Redis**：保存计数的键值库\n- **web**：返回访客计数的服务\n- **Job**：部署时把计数清零\n- **PVC**：让 Redis 的数据在重启后还在\n- **Ingress**：把外部请求转到 web\n';
    const names = banksOf(out).flatMap((b) => (b.kind === 'terms' ? termsOf(b) : []));
    expect(names).toEqual(expect.arrayContaining(['Redis', 'web']));
    expect(names.filter((n) => /✓/.test(n))).toEqual([]);
  });

  it('parts a bold name from its meaning at a colon the split passed over, and keeps a key\'s colon out of the name', () => {
    const bank = termsBank(banksOf('### Default permissions\n\n- **Files**: start from `666` before the mask\n- **Directories**:`777` before the mask, so 755 after a mask of 022\n- **`if:`**: a condition the pipeline checks before it starts\n'), 'Default permissions');
    expect(bank.entries.map((e) => [e.term, e.detail])).toEqual([
      ['Files', 'start from 666 before the mask'],
      ['Directories', '777 before the mask, so 755 after a mask of 022'],
      ['if', 'a condition the pipeline checks before it starts'],
    ]);
  });
});
