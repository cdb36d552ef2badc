import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect, parseNote } from '../../src/core/notes/parse.js';
import { allQuestions } from '../../src/core/questions/index.js';
import { matchKey } from '../../src/core/text/normalize.js';
import type { Bank, Question, StepsBank } from '../../src/core/types.js';
import { checkQuestions } from './check.js';

// Order and next questions come from procedures only: not from states, tools, properties or
// troubleshooting labels; a long procedure is asked a window at a time, and as "what comes next".

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(path.join(here, '../fixtures', name), 'utf8');

const zh = parseNote('procedures/zh.md', fixture('procedures/zh.md'));
const en = parseNote('procedures/en.md', fixture('procedures/en.md'));
const banks: Bank[] = [...zh.banks, ...en.banks];
const questions = allQuestions(banks, { seed: 3 });
const ofType = (type: Question['type']) => questions.filter((q) => q.type === type);
const stepsBank = (title: string): StepsBank => {
  const found = banks.filter((b): b is StepsBank => b.kind === 'steps' && b.title === title);
  expect(found, `one steps bank titled ${title}`).toHaveLength(1);
  return found[0] as StepsBank;
};
const inOrder = (q: Question) => (q.answer as number[]).map((i) => q.choices[i] as string);

describe('what is a procedure', () => {
  it('never orders states, tools, properties or troubleshooting labels', () => {
    const subjects = new Set([...ofType('order'), ...ofType('next')].map((q) => q.subject));
    for (const title of ['Pod 的生命周期', '容器状态', '常用工具', '应用配置', 'Common problems']) expect(subjects.has(title), title).toBe(false);
    expect([...subjects].sort()).toEqual(['How to roll back a release', 'Pod 删除流程', 'Steps to renew the certificates', '卷的生命周期', '节点升级步骤'].sort());
    // The states stay a group, to be asked about in other ways.
    expect(banks.some((b) => b.kind === 'terms' && b.title === 'Pod 的生命周期' && !b.sequential)).toBe(true);
    expect(zh.skipped.filter((s) => s.reason === 'not-a-procedure').map((s) => s.text)).toEqual(['Pod 的生命周期', '常用工具', '应用配置']);
    expect(en.skipped.filter((s) => s.reason === 'not-a-procedure').map((s) => s.text)).toEqual(['Common problems']);
  });

  it('keeps an observation out of the steps, and sub-bullets and code with their step', () => {
    const deletion = stepsBank('Pod 删除流程');
    expect(deletion.steps.map((s) => s.text)).not.toContain('此时查询 Pod 会显示 Terminating 状态');
    expect(deletion.steps).toHaveLength(5);
    expect(deletion.steps[0]?.notes).toEqual(['此时查询 Pod 会显示 Terminating 状态']);
    expect(deletion.steps[1]?.notes).toEqual(['- 钩子执行期间宽限期照常计时', '- 钩子失败只会记录事件']);
    const renew = stepsBank('Steps to renew the certificates');
    expect(renew.steps.map((s) => s.text)).toEqual([
      'Back up the old files',
      'Renew everything: run the renew command on each control plane node',
      'Restart the static pods: move their manifests out and back in',
    ]);
    expect(renew.steps[0]?.notes).toEqual(['copy the pki folder aside:', '```bash\n  cp -r /etc/kubernetes/pki /root/pki-backup\n  ```']);
    const renewal = ofType('order').find((o) => o.subject === 'Steps to renew the certificates') as Question;
    expect(renewal.explanation).toContain('1. Back up the old files\n   copy the pki folder aside:\n   ```bash\n   cp -r /etc/kubernetes/pki /root/pki-backup\n   ```\n2.');
    // The order question's reference shows what is under each step.
    const q = ofType('order').find((o) => o.subject === 'Pod 删除流程') as Question;
    expect(q.explanation).toContain('2. kubelet 看到删除标记，先执行 preStop 钩子\n   - 钩子执行期间宽限期照常计时');
  });

  it('orders stages the note gives as actions, in order', () => {
    const q = ofType('order').find((o) => o.subject === '卷的生命周期') as Question;
    expect(inOrder(q)).toEqual(['Provisioning', 'Binding', 'Using', 'Releasing', 'Reclaiming']);
  });
});

describe('long procedures', () => {
  const upgrade = stepsBank('节点升级步骤');
  const texts = upgrade.steps.map((s) => s.text);

  it('are asked in windows of four consecutive steps that say where they are', () => {
    const windows = ofType('order').filter((q) => q.subject === '节点升级步骤');
    expect(windows.length).toBeGreaterThanOrEqual(2);
    for (const q of windows) {
      expect(q.choices).toHaveLength(4);
      const from = texts.indexOf(inOrder(q)[0] as string);
      expect(inOrder(q)).toEqual(texts.slice(from, from + 4));
      expect(q.prompt).toContain(`（共 9 步）的第 ${from + 1}–${from + 4} 步`);
      if (from > 0) expect(q.prompt).toContain(texts[from - 1]);
    }
  });

  it('are not made of facts bulleted under "How X works", while a numbered list there still is one', () => {
    const facts = ['### How Rollback Works', '', '- Each release revision is kept as a Secret in the release namespace.', '- A rollback makes a new revision from the manifests of an older one.', '- The new revision goes through the same apply as an upgrade does.', ''].join('\n');
    expect(collect([parseNote('h.md', facts)]).banks.some((b) => b.kind === 'steps')).toBe(false);
    const numbered = facts.replace(/^- /gm, '1. ');
    expect(collect([parseNote('h.md', numbered)]).banks.some((b) => b.kind === 'steps')).toBe(true);
  });

  it("are not asked of one day of a course's lab (Day 6: … › Steps)", () => {
    const lab = ['## Day 6: Install a cluster locally', '', '### Steps', '', '1. Install kind with the package manager of your machine.', '2. Create a cluster named dev from a config file with two workers.', '3. Switch kubectl to the new context and list the nodes.', ''].join('\n');
    expect(allQuestions(collect([parseNote('d.md', lab)]).banks, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('are not made of points bulleted under 工作原理 or How to update objects, nor of a mnemonic', () => {
    const gvisor = ['### 安全容器运行时', '', '#### 工作原理', '', '- 容器里的应用发出系统调用时，调用先被 gVisor 的内核拦截', '- gVisor 在用户态用自己的实现处理大部分调用', '- 只有少数调用才会真正交给宿主机内核处理', ''].join('\n');
    const update = ['## How to update objects', '', '- kubectl apply updates objects from the files of a directory', '- kubectl diff shows what apply would change before it does', '- Fields set by other writers are kept unless the file names them', ''].join('\n');
    const mnemonic = ['## 速记', '', '- 父节点 -> 左子树 -> 右子树', '- 左子树 -> 父节点 -> 右子树', ''].join('\n');
    for (const note of [gvisor, update, mnemonic]) {
      expect(allQuestions(collect([parseNote('w.md', note)]).banks, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next'), note.split('\n')[0]).toEqual([]);
    }
  });

  it('are not ordered when the last step is another ending (If … before then)', () => {
    const branching = { ...upgrade, id: 'branching', title: 'Toleration timeout', lang: 'en' as const, steps: [
      { text: 'A NoExecute taint lands on the node', line: 1 },
      { text: 'Pods that tolerate it for a while stay where they are', line: 2 },
      { text: 'When the time is up the Pods are evicted', line: 3 },
      { text: 'If the taint goes away before then, the Pods stay', line: 4 },
    ] };
    expect(allQuestions([branching], { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('are asked what comes right after a step, among steps of the same procedure', () => {
    const next = ofType('next').filter((q) => q.subject === '节点升级步骤');
    expect(next.length).toBeGreaterThanOrEqual(2);
    expect(next.length).toBeLessThanOrEqual(3);
    for (const q of next) {
      const asked = q.prompt.split('\n')[1] as string;
      const at = texts.indexOf(asked);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(q.choices[q.answer as number]).toBe(texts[at + 1]);
      expect(q.choices).not.toContain(asked);
      for (const choice of q.choices) expect(texts).toContain(choice);
      expect(new Set(q.choices).size).toBe(q.choices.length);
    }
    expect(new Set(next.map((q) => q.id)).size).toBe(next.length);
  });

  it('keep their ids when a step is added elsewhere', () => {
    const more = { ...upgrade, steps: [...upgrade.steps, { text: '记录新的版本号', line: 99 }] };
    const before = allQuestions([upgrade], { seed: 1 }).filter((q) => q.type === 'next');
    const after = allQuestions([more], { seed: 1 }).filter((q) => q.type === 'next');
    const firstBefore = before.find((q) => q.prompt.endsWith(texts[0] as string));
    const firstAfter = after.find((q) => q.prompt.endsWith(texts[0] as string));
    expect(firstAfter?.id).toBe(firstBefore?.id);
  });

  it('keep every invariant', () => {
    for (const seed of [1, 2, 3]) expect(checkQuestions(allQuestions(banks, { seed }), banks)).toEqual([]);
  });
});

describe('the seed notes', () => {
  const SEED = path.resolve(here, '../../../shared/seed/000_861752a538b29261.txt');
  const present = existsSync(SEED);
  if (!present) console.warn(`tests/questions/procedures.test.ts: seed part skipped, the seed notes are not at ${SEED} (../shared is absent)`);

  it.skipIf(!present)('order their procedures and a lifecycle of actions, never the Pod phases', () => {
    const seedBanks = parseNote('seed.md', readFileSync(SEED, 'utf8')).banks;
    const qs = allQuestions(seedBanks, { seed: 1 });
    const ordered = new Set(qs.filter((q) => q.type === 'order' || q.type === 'next').map((q) => q.subject));
    expect(ordered.has('Pod生命周期')).toBe(false);
    for (const title of ['Pod创建流程', 'Pod终止流程', 'PV生命周期']) expect(ordered.has(title), title).toBe(true);
    // Nine steps: windows of at most five and "what comes next", never one nine-item drag; and
    // never a window that puts endpoint removal and the kubelet's shutdown (which run at once) in order.
    const termination = qs.filter((q) => q.type === 'order' && q.subject === 'Pod终止流程');
    expect(termination.length).toBeGreaterThanOrEqual(1);
    for (const q of termination) {
      expect(q.choices.length).toBeGreaterThanOrEqual(3);
      expect(q.choices.length).toBeLessThanOrEqual(5);
      expect(q.choices.some((c) => /endpoint/i.test(c)) && q.choices.some((c) => /kubelet|kubectl|preStop/i.test(c))).toBe(false);
    }
    expect(qs.filter((q) => q.type === 'next' && q.subject === 'Pod终止流程').length).toBeGreaterThan(0);
    expect(checkQuestions(qs, seedBanks)).toEqual([]);
    // Choices never repeat one another.
    for (const q of qs) expect(new Set(q.choices.map(matchKey)).size).toBe(q.choices.length);
  });
});

describe('naming and telling a procedure', () => {
  it('names a procedure titled only "steps" by the heading over it, and drops one nothing names', () => {
    const named = parseNote('n.md', '## syncDeployment\n\n主要流程：\n\n1. 获取 Deployment 对象\n2. 列出它管理的 ReplicaSet\n3. 按策略执行滚动或重建\n').banks;
    const q = allQuestions(named, { seed: 1 }).find((x) => x.type === 'order') as Question;
    expect(q.prompt).toBe('请按正确顺序排列「syncDeployment › 主要流程」的步骤：');
    const unnamed = parseNote('u.md', '## 主要流程\n\n1. 获取 Deployment 对象\n2. 列出它管理的 ReplicaSet\n3. 按策略执行滚动或重建\n').banks;
    expect(allQuestions(unnamed, { seed: 1 }).filter((x) => x.type === 'order' || x.type === 'next' || x.type === 'recall')).toEqual([]);
  });

  it('does not take cases (如果…则…) or the roles of parts for a procedure, whatever the lead-in says', () => {
    const cases = parseNote('c.md', '## 匹配\n\n处理的过程如下：\n\n1. 如果没有匹配的规则，则拒绝请求\n2. 如果有一条规则匹配，则按它转发\n3. 如果有多条规则匹配，则取最长的路径\n').banks;
    expect(cases.some((b) => b.kind === 'steps')).toBe(false);
    const roles = parseNote('r.md', '## Calico 工作流程\n\n1. calico-node 负责交换路由信息\n2. Felix 负责把策略写进网卡规则\n3. Typha 负责减轻存储的压力\n').banks;
    expect(roles.some((b) => b.kind === 'steps')).toBe(false);
  });

  it('asks no order of a kind of pipeline described, a decision tree, or steps that end on a goal', () => {
    const kind = '## CI tools\n\n**Declarative Pipeline:**\n\n- Structured syntax inside a pipeline block\n- Stages, steps and post conditions built in\n- Validated before it runs, easier to read and maintain\n';
    const tree = '## Memory alert triage\n\nStep 3 - Decision tree:\n\n- Pods are OOMKilled -> roll back at once through Argo CD\n- Memory is high but flat -> raise the limit for now and investigate\n- Memory keeps growing -> treat it as a leak and roll back early\n';
    const script = '## 面试题：Service 是怎么转发流量的\n\n**回答结构（可按此顺序展开）：**\n\n1. **选择后端**：Service 用标签选择一组 Pod\n2. **写入规则**：kube-proxy 把规则写进 iptables 或 IPVS\n3. **转发请求**：请求到达 ClusterIP 后被转到某个 Pod\n';
    expect(allQuestions(parseNote('t.md', script).banks, { seed: 1 }).filter((x) => x.type === 'order' || x.type === 'next')).toEqual([]);
    const goal = '## Alert audit process\n\n1. Pull every alert that fired in the last 30 days\n2. Mark each one actionable or noise\n3. Fix or delete any alert that was noise more than a fifth of the time\n4. Target: fewer than five pages per shift that need real action\n';
    for (const note of [kind, tree, goal]) expect(allQuestions(parseNote('t.md', note).banks, { seed: 1 }).filter((x) => x.type === 'order' || x.type === 'next'), note.split('\n')[0]).toEqual([]);
    const real = '## Build pipeline stages\n\n1. Check out the commit that triggered the run\n2. Compile the code and run the unit tests\n3. Build the image and push it to the registry\n4. Deploy the image to the staging cluster\n';
    expect(allQuestions(parseNote('t.md', real).banks, { seed: 1 }).some((x) => x.type === 'order')).toBe(true);
  });

  it('asks no order of one sentence cut into bullets, nor of the plan of the notes themselves', () => {
    const cut = '## Steps in capacity planning\n\n- a forecast of organic demand from natural growth,\n- a forecast of inorganic demand from launches and campaigns, and\n- load testing of the system.\n';
    const plan = '## 概述\n\n本部分的内容安排如下：\n\n- 首先对容器基础技术和 Docker 的相关实践做介绍\n- 然后对 Kubernetes 的使用和原理做详细介绍\n- 最后对服务治理和可观测性做总结\n';
    for (const note of [cut, plan]) expect(allQuestions(parseNote('t.md', note).banks, { seed: 1 }).filter((x) => x.type === 'order' || x.type === 'next')).toEqual([]);
  });

  it('asks no order where a place word cannot come off without leaving a fragment (Next package installed is…)', () => {
    const note = '## Toolchain build order\n\n- Binutils installs its assembler and linker first\n- Next package installed is GCC.\n- Next installed are the Linux API headers.\n- Next we build Glibc against those headers.\n- Finally we do a second pass of GCC.\n';
    const asked = allQuestions(parseNote('t.md', note).banks, { seed: 1 }).filter((x) => x.type === 'order' || x.type === 'next');
    expect(asked.filter((q) => q.choices.some((c) => /^(?:package installed|installed are)/.test(c)))).toEqual([]);
    expect(asked.filter((q) => q.choices.some((c) => /^(?:Next|Finally)\b/.test(c)))).toEqual([]);
    // (A step that says it comes first gives its place away: the clean list's first step does not.)
    const clean = '## Toolchain build order\n\n- Binutils installs its assembler and linker\n- Next we build GCC with it.\n- Then we install the Linux API headers.\n- Finally we build Glibc against those headers.\n';
    const order = allQuestions(parseNote('t.md', clean).banks, { seed: 1 }).find((x) => x.type === 'order');
    expect(order?.choices).toEqual(expect.arrayContaining(['we build GCC with it.', 'we build Glibc against those headers.']));
  });

  it('does not ask the order of items that say their own place (第二次, 第三次; Finally is dropped)', () => {
    const history = parseNote('h.md', '## 关键字 final 的沿革\n\n演变的过程：\n\n1. 最早的语言用它声明不能再赋值的局部变量\n2. 后来的语言第二次借用它，表示不能被继承的类\n3. 再后来第三次借用它，表示不能被覆盖的方法\n').banks;
    expect(allQuestions(history, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const en = parseNote('e.md', '## Release process\n\n1. Build the image from the tagged commit\n2. Push the image to the registry\n3. Finally, roll the Deployment to the new tag\n').banks;
    // An English step keeps its place and loses the word that says it.
    for (const q of allQuestions(en, { seed: 1 }).filter((x) => x.type === 'order' || x.type === 'next')) expect(q.choices.join('\n')).not.toMatch(/Finally/);
  });

  it('does not order steps that point at a picture', () => {
    const fig = parseNote('f.md', '## 安装容器运行时的步骤\n\n1. 配置软件源\n2. 安装指定版本的运行时\n3. 查看安装好的版本，如图所示\n4. 启动服务并设置开机自启动\n').banks;
    expect(allQuestions(fig, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    // Questions a design must answer are no steps either; nor items that carry their own numbers.
    const asks = parseNote('q.md', '## 调度流程\n\n1. 集群的资源怎样才能用得最充分？\n2. 每个 Pod 怎样尽快找到合适的节点？\n3. 用户能否按自己的需要改写调度策略？\n').banks;
    expect(allQuestions(asks, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const numbered = parseNote('n.md', '## 登录仓库的流程\n\n客户端登录时依次发生：\n\n- 1.客户端收到登录命令并调用引擎的登录接口\n- 2.引擎向仓库发出不带令牌的请求\n- 3.仓库返回 401 和认证服务的地址\n- 4.客户端拿到令牌后再次请求仓库\n').banks;
    for (const q of allQuestions(numbered, { seed: 1 }).filter((x) => x.type === 'order' || x.type === 'next')) expect(q.choices.join('\n')).not.toMatch(/^\d\./m);
  });

  it('does not order steps one of which may be skipped', () => {
    const en = parseNote('o.md', '## Adding an API type\n\nThe steps to add one:\n\n1. **Write the schema**: describe the new type in a CustomResourceDefinition\n2. **Apply it**: send the definition to the API server and wait until it is established\n3. **Write a controller**: Optionally run a loop that acts on the new objects\n').banks;
    expect(allQuestions(en, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const zh = parseNote('z.md', '## 安装监控的步骤\n\n1. 创建监控用的命名空间\n2. 部署采集指标的服务\n3. 部署告警通知组件（可选）\n4. 导入仪表盘的配置\n').banks;
    expect(allQuestions(zh, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('does not order facts about a mechanism that say what can or cannot be', () => {
    const facts = parseNote('f.md', '## How Layer Caching Works\n\n1. Each instruction of the file makes one layer of the image\n2. A layer can be reused when its instruction and inputs are unchanged\n3. Only the layers after the first changed instruction are built again\n4. Cached layers are kept but not pushed twice to the registry\n').banks;
    expect(allQuestions(facts, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    // A `can` deep in a step's reason leaves it a step.
    const steps = parseNote('s.md', '## Upgrade steps\n\n1. Upgrade the kubeadm package first, since kubeadm cannot take a cluster past its own version\n2. Run kubeadm upgrade plan to check that the cluster can move to the new version\n3. Run kubeadm upgrade apply with the version the plan offered\n4. Drain each machine, upgrade kubelet and uncordon it again\n').banks;
    expect(allQuestions(steps, { seed: 1 }).some((q) => q.type === 'order')).toBe(true);
  });

  it('does not order a path through a tool\'s screens', () => {
    const ui = parseNote('u.md', '## Step 4: Set Up Alerts in the Dashboard\n\n1. Create a panel on a dashboard, or edit one.\n2. Go to the Alert tab of the panel.\n3. Click New alert rule and set its condition.\n4. Save the dashboard.\n').banks;
    expect(allQuestions(ui, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('names a procedure that a lead-in only points at (`This pipeline`) by its heading', () => {
    const banks = parseNote('p.md', '## Continuous delivery with GitHub Actions\n\nThis pipeline:\n\n1. Builds and pushes the images of the web and api services\n2. Writes the new image tags into the manifests repository\n3. Argo CD notices the change and syncs the cluster to it\n').banks;
    const asked = allQuestions(banks, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'recall');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/This pipeline/);
    expect(asked.some((q) => /Continuous delivery with GitHub Actions/.test(q.prompt))).toBe(true);
  });

  it('does not order the reasons under a claim, nor steps that are one bare word', () => {
    const claim = parseNote('c.md', '## 弄懂链接器如何工作是很有好处的\n\n- 写出更快的程序\n- 看懂链接阶段报出的错误\n- 避开一些安全漏洞\n').banks;
    expect(allQuestions(claim, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const bare = parseNote('b.md', '## 部署哨兵节点的步骤\n\n1. 编写 sentinel-26379.conf 配置文件\n2. 启动\n3. 验证\n4. 启动另外两个节点并检查它们\n').banks;
    expect(allQuestions(bare, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('does not ask what comes next when the answer opens by naming the step before it', () => {
    const bank = parseNote('p.md', '## 恢复\n\netcd 恢复流程：\n\n1. 停止所有 apiserver 实例\n2. 把快照还原到新的数据目录\n3. 修改配置后启动 etcd\n4. 确认 etcd 健康后重新启动 apiserver\n5. 重启其余控制平面组件\n').banks;
    const next = allQuestions(bank, { seed: 1 }).filter((q) => q.type === 'next');
    expect(next.length).toBeGreaterThan(0);
    for (const q of next) expect(q.prompt.endsWith('修改配置后启动 etcd')).toBe(false);
  });

  it('does not ask what comes next when only the answer repeats the shown step\'s label', () => {
    const bank = parseNote('p.md', '## Releasing a chart\n\nRelease workflow:\n\n1. **Lint chart**: run helm lint over the templates\n2. **Package chart**: bundle the chart into a versioned archive\n3. **Render chart**: print the manifests with helm template to read them over\n4. **Render chart**: pipe the same manifests into kubectl diff against the cluster\n5. **Upgrade release**: apply them with helm upgrade --install\n6. **Verify release**: wait for the rollout and read the notes\n').banks;
    const next = allQuestions(bank, { seed: 1 }).filter((q) => q.type === 'next');
    expect(next.length).toBeGreaterThan(0);
    for (const q of next) expect(q.prompt, q.prompt).not.toMatch(/print the manifests with helm template/);
  });

  it('keeps a closing summary out of the steps, and does not shuffle steps that point at each other by number', () => {
    const summed = parseNote('s.md', '## Ingress 的工作过程\n\n1. 用户写好规则，指明每个域名转到哪个 Service\n2. 控制器监听规则变化，生成一份反向代理配置\n3. 控制器把新配置写进正在运行的代理进程并重新加载\n4. 至此，真正转发请求的就是一个按规则配置好的代理\n').banks;
    const asked = allQuestions(summed, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.choices.join('\n'), q.prompt).not.toMatch(/至此/);
    const pointing = parseNote('p.md', '## 节点证明的过程\n\n1. 代理向云平台查询本机的身份文档\n2. 代理把身份文档交给服务器校验\n3. 服务器用步骤 1 中拿到的文档向云平台核实身份\n4. 服务器给代理签发证书\n').banks;
    expect(allQuestions(pointing, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('is named by a lead-in that names its thing (`StatefulSet rolling update sequence:`), not only by the heading above', () => {
    const banks = parseNote('w.md', '## StatefulSet\n\nStatefulSet rolling update sequence:\n\n1. The controller notices the template of the object has changed\n2. It deletes the old Pod on one node at a time, within maxUnavailable\n3. It creates the new Pod on that node and waits for it to become Ready\n').banks;
    const asked = allQuestions(banks, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'recall');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toContain('StatefulSet rolling update sequence');
  });

  it('does not ask what comes after the step before a loop\'s `repeat`, nor order steps that lean on the note or sit under next steps', () => {
    const loop = parseNote('l.md', '## Rolling replacement process\n\n1. Start one instance of the new version next to the old ones\n2. Wait until the new instance passes its readiness check\n3. Send the new instance its share of the traffic\n4. Stop one instance of the old version and drain it\n5. Repeat until no instance of the old version is left\n').banks;
    const next = allQuestions(loop, { seed: 1 }).filter((q) => q.type === 'next');
    expect(next.length).toBeGreaterThan(0);
    for (const q of next) expect(q.prompt, q.prompt).not.toMatch(/Stop one instance of the old version/);
    const leaning = parseNote('a.md', '## Bootstrap steps\n\n1. Create the repository with the folder layout shown above\n2. Write the root application that points at the apps folder\n3. Register the repository in the GitOps controller with its credentials\n4. Apply the root application once by hand to start the sync\n').banks;
    expect(allQuestions(leaning, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const later = parseNote('n.md', '## Advanced Topics and Next Steps\n\n1. Add retries and timeouts to the routes of the mesh\n2. Inject delays into one service to watch the others cope\n3. Inject aborts with an HTTP status to test the fallbacks\n4. Roll the fault rules back once the test is over\n').banks;
    expect(allQuestions(later, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('does not order a container\'s readiness and liveness probes, which run side by side', () => {
    const banks = parseNote('p.md', '## Probe sequence\n\n1. The startup probe runs first, and holds the other two back until it passes\n2. Once it passes, the other two probes begin on their own periods\n3. The readiness probe decides whether the Pod receives traffic\n4. The liveness probe decides whether the container is restarted\n').banks;
    const asked = [1, 2, 3].flatMap((seed) => allQuestions(banks, { seed })).filter((q) => q.type === 'order' || q.type === 'next');
    for (const q of asked) {
      const both = q.choices.some((c) => /readiness probe decides/.test(c)) && q.choices.some((c) => /liveness probe decides/.test(c));
      if (q.type === 'order') expect(both, q.prompt).toBe(false);
      else expect(/readiness probe decides/.test(q.prompt) || /liveness probe decides/.test(q.prompt) || /other two probes begin/.test(q.prompt), q.prompt).toBe(false);
    }
  });

  it('does not order scheduling against provisioning when the flow does not say the binding mode, and still does when it does', () => {
    const open = parseNote('v.md', '## pvc流程\n\n1. 用户创建了一个包含 PVC 的 Pod，该 PVC 要求使用动态存储卷\n2. Scheduler 根据 Pod 配置和节点状态把 Pod 调度到一个合适的节点上\n3. PV 控制器发现 PVC 处于 Pending 状态，调用存储插件创建存储卷和 PV 对象\n4. AD 控制器把存储设备挂接到目标节点上\n5. kubelet 把卷挂载到全局目录，再映射进容器\n').banks;
    const asked = [1, 2, 3].flatMap((seed) => allQuestions(open, { seed })).filter((q) => q.type === 'order' || q.type === 'next');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const scheduler = q.choices.some((c) => /Scheduler/.test(c));
      const provisioner = q.choices.some((c) => /PV 控制器/.test(c));
      if (q.type === 'order') expect(scheduler && provisioner, q.prompt).toBe(false);
      // After the Pod is created either may come first, and after one of them the other may come next:
      // neither is offered as wrong there.
      else if (/用户创建/.test(q.prompt)) expect(provisioner, q.prompt).toBe(false);
      else if (/PV 控制器/.test(q.prompt)) expect(scheduler, q.prompt).toBe(false);
    }
    const said = parseNote('w.md', '## WaitForFirstConsumer 供给流程\n\n1. 用户创建 PVC，它停在 Pending，暂不供给\n2. 用户创建使用这个 PVC 的 Pod\n3. Scheduler 选定节点，并把节点写进 PVC 的注解\n4. PV 控制器按节点所在的拓扑创建存储卷和 PV 对象\n5. PVC 与 PV 绑定，kubelet 挂载卷并启动容器\n').banks;
    expect(allQuestions(said, { seed: 1 }).some((q) => q.type === 'order')).toBe(true);
  });

  it('does not order items judged right or wrong, nor practices for a time', () => {
    const judged = parseNote('j.md', '## Common thought process\n\n1. "We need data that outlives the Pod" ✓ (a real need)\n2. "Claims look hard, the host folder will do" ✗ (the wrong tool)\n3. "It works with one replica on my laptop" ✗ (scaling untested)\n4. "Ship it to production" ✗ (an outage waiting)\n').banks;
    expect(allQuestions(judged, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const during = parseNote('d.md', '## Supply chain checks\n\nDuring CI pipeline runs:\n\n1. Include a manifest scan that looks for privileged containers\n2. Integrate a policy tool such as Conftest to check every resource\n3. Automatically flag any image pulled from an unknown registry\n').banks;
    expect(allQuestions(during, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('does not order a console walk-through told by scrolling, ticking and what the screen shows', () => {
    const orderOrNext = (note: string) => allQuestions(parseNote('c.md', note).banks, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next');
    expect(orderOrNext('## Step 3: Add the users to the group\n\n1. Scroll down to the Users section of the page.\n2. Check the box next to each user you want to add to the group.\n3. Click Create group at the bottom of the page.\n')).toEqual([]);
    expect(orderOrNext('## Step 1: Create the bucket\n\n1. Open the Management Console → Storage → Create bucket.\n2. Enter a globally unique bucket name such as site-demo.\n3. Pick the region closest to the people who read the site.\n4. Uncheck the public access block for the static site.\n5. Acknowledge the warning and create the bucket.\n')).toEqual([]);
    expect(orderOrNext('## Step 11: Verify the database\n\n1. Once the creation is complete, you will see the status Available.\n2. Click the database identifier to open its details page.\n3. Copy the endpoint that the application connects to later.\n')).toEqual([]);
    // A procedure of commands is still one.
    expect(orderOrNext('## Upgrade steps\n\n1. Upgrade the kubeadm package on the first control plane machine\n2. Run kubeadm upgrade plan to see the versions it can move to\n3. Run kubeadm upgrade apply with the version the plan offered\n4. Drain each machine, upgrade kubelet and uncordon it again\n').length).toBeGreaterThan(0);
  });

  it('does not order one step done for each of several things, nor a part\'s duties told one by one', () => {
    const orderOrNext = (note: string) => allQuestions(parseNote('e.md', note).banks, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next');
    expect(orderOrNext('## Enabling access logs step by step\n\n1. Create a storage bucket in the same region as the balancer\n2. Grant the balancer service the right to write into that bucket\n3. Enable access logs for the application balancer\n4. Enable access logs for the network balancer\n5. Enable access logs for the classic balancer\n')).toEqual([]);
    expect(orderOrNext('## Driver process\n\n1. **Scheduling Tasks**: It turns the operations of a program into stages of small tasks.\n2. **Task Distribution**: It hands these tasks to the executors of the cluster.\n3. **Job Coordination**: It follows every job, stage and task until it ends.\n4. **Collecting Results**: It gathers what the executors return for the program.\n')).toEqual([]);
  });

  it('does not order a reading list, even with a few commands in it', () => {
    const note = '#### 怎样判断当前环境是否在容器里\n\n1. [区分容器与虚拟机的几种办法](http://example.com/a)\n1. [在程序里判断自己是否运行在容器中](http://example.com/b)\n1. 进入容器的命令：docker exec -it 容器名 sh\n1. 容器内查看 /proc/1/cgroup，其中出现 docker 字样\n1. 容器内查看根目录下是否有 .dockerenv 文件\n';
    expect(allQuestions(parseNote('r.md', note).banks, { seed: 1 }).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});
