import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/notes/parse.js';
import { clozeDrafts, isInstructionText } from '../../src/core/questions/cloze.js';
import type { Rejection } from '../../src/core/questions/gate.js';
import { allQuestions } from '../../src/core/questions/index.js';
import { buildPool } from '../../src/core/questions/pool.js';
import type { Bank, Question } from '../../src/core/types.js';
import { entry, steps, terms } from './fixtures.js';

// A blank is taken from a statement of fact, names its subject, and cannot be filled in from
// the words beside it. Instructions, code, output, logs and a lab's own values make none.

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(path.join(here, '../fixtures', name), 'utf8');

function clozeOf(banks: Bank[]): { questions: Question[]; rejected: Rejection[] } {
  const rejected: Rejection[] = [];
  const ctx = { pool: buildPool(banks), seed: 1, onReject: (r: Rejection) => rejected.push(r) };
  const questions = banks.flatMap((b) => clozeDrafts(b, ctx)).flatMap((d) => d.build() ?? []);
  return { questions, rejected };
}

/** Every cloze the banks give under seeds 1…count: which values are offered depends on the seed. */
function clozeOverSeeds(banks: Bank[], count: number): Question[] {
  return Array.from({ length: count }, (_, i) => i + 1).flatMap((seed) => {
    const ctx = { pool: buildPool(banks), seed };
    return banks.flatMap((b) => clozeDrafts(b, ctx)).flatMap((d) => d.build() ?? []);
  });
}

describe('cloze from the fixtures', () => {
  const banks = [...parseNote('cloze-fair/zh.md', fixture('cloze-fair/zh.md')).banks, ...parseNote('cloze-fair/en.md', fixture('cloze-fair/en.md')).banks];
  const { questions, rejected } = clozeOf(banks);

  it('asks only statements of fact, each naming what it is about', () => {
    expect(questions.map((q) => q.subject).sort()).toEqual(['kube-apiserver', '最大节点数', '重试间隔'].sort());
    for (const q of questions) expect(q.prompt).toContain(`${q.subject}`);
  });

  it('turns down instructions, commands, output, logs and examples, with their reason', () => {
    const why = Object.fromEntries(rejected.map((r) => [r.text, r.reason]));
    expect(why).toMatchObject({ 'Make sure': 'instruction', Run: 'debris', TTL: 'instruction', Output: 'debris', 证书: 'debris', 日志: 'debris', 示例: 'debris' });
  });

  it('never blanks a count the sentence spells out beside it', () => {
    expect(questions.some((q) => q.subject === 'kube-scheduler')).toBe(false);
  });

  it('offers wrong numbers of the same size and kind', () => {
    const limit = questions.find((q) => q.subject === '最大节点数') as Question;
    for (const choice of limit.choices) expect(choice).toMatch(/^\d{3,5} 个$/);
  });
});

describe('cloze, case by case', () => {
  const one = (banks: Bank[]) => clozeOf(banks).questions;

  it('needs a subject: a value as a label (`Up to 250s`) names none', () => {
    const timeline = terms('t', 'Timeline', ['Probes', 'Timeline'], [entry('Up to 250s', 'The startup probe retries every 10s before giving up')]);
    expect(one([timeline])).toEqual([]);
    // An aspect label is asked with the thing it belongs to.
    const hpa = terms('h', 'HPA', ['Autoscaling', 'HPA'], [entry('同步周期', '控制器默认每 15 秒计算一次期望副本数')], { lang: 'zh' });
    expect(one([hpa])[0]?.prompt).toContain('填空（同步周期）');
    const aspect = terms('h2', 'HPA', ['Autoscaling', 'HPA'], [entry('默认值', '控制器默认每 15 秒计算一次期望副本数')], { lang: 'zh' });
    expect(one([aspect])[0]?.prompt).toContain('填空（HPA › 默认值）');
  });

  it('takes no blank from a console walk-through: keeping a default, a path of arrows', () => {
    const console = terms('c', 'Launch an instance', ['EC2'], [
      entry('Instance storage', 'Keep default (8 GB or customize as needed)'),
      entry('Load Balancers', '-> Select ALB -> Listeners tab -> View/edit rules (port 80)'),
    ]);
    expect(one([console])).toEqual([]);
    expect(isInstructionText('导航到 Settings > Resources > Network，勾选 Enable host networking 后点击 Apply')).toBe(true);
    const fact = terms('f', 'Volumes', ['EBS'], [entry('Root volume', 'The root volume of an instance is 8 GB unless the AMI says otherwise')]);
    expect(one([fact]).map((q) => q.subject)).toEqual(['Root volume']);
  });

  it('blanks the default, not the "two" of "between two checks", and nothing from a sentence about an earlier example or "this item"', () => {
    const check = terms('hc', 'HEALTHCHECK', ['Dockerfile'], [entry('--interval', '两次健康检查的间隔，默认为 30 秒')], { lang: 'zh' });
    expect(one([check]).map((q) => q.answer === undefined ? '' : (q.choices[q.answer as number] ?? q.answer))).toEqual(['30 秒']);
    const earlier = terms('r', 'RUN', ['Dockerfile'], [entry('合并 RUN', '使用 && 将各个命令串联起来，将之前的 7 层简化为了 1 层')], { lang: 'zh' });
    const item = terms('w', 'wp-config', ['WordPress'], [entry('缓存目录', '修改此项属性对应的缓存目录，目标文件夹权限默认设为 755')], { lang: 'zh' });
    expect(one([earlier, item])).toEqual([]);
  });

  it('blanks no figure a multiple in words gives (the default is 200, so the collector runs at "twice" the speed)', () => {
    const gc = terms('gc', 'Garbage collection', ['Lua'], [entry('step multiplier', 'The default is 200, which means that the collector runs at "twice" the speed of memory allocation')]);
    const pause = terms('gp', 'Garbage collection', ['Lua'], [entry('pause', 'The default is 200: the collector waits for the memory in use to reach that percentage before a new cycle')]);
    expect(one([gc])).toEqual([]);
    expect(one([pause]).map((q) => q.subject)).toEqual(['pause']);
  });

  it("blanks not a switch's other value once the first is said (可设置为0，____)", () => {
    const log = terms('sl', '慢查询', ['MySQL'], [entry('slow_query_log', '是否启用慢查询日志，默认为0，可设置为0，1')], { lang: 'zh' });
    expect(one([log]).filter((q) => (q.choices as readonly string[]).includes('1') && /0，____/.test(q.prompt))).toEqual([]);
  });

  it("blanks not the number a boolean's word says beside it (设为 true 或 ____)", () => {
    const remove = terms('rm', 'deleteMany 参数', ['MongoDB'], [entry('justOne', '（可选）如果设为 true 或 1，则只删除一个文档；默认 false，删除所有匹配的文档'), entry('port', 'mongod 默认监听 27017 端口，接受客户端连接')], { lang: 'zh' });
    const asked = one([remove]);
    expect(asked.filter((q) => /true 或 ____/.test(q.prompt))).toEqual([]);
    expect(asked.some((q) => /默认监听 ____ 端口/.test(q.prompt))).toBe(true);
  });

  it('never takes an example value, a number of a step, or one in a mapping', () => {
    const bank = terms('x', 'Ports', ['Net'], [
      entry('NodePort', 'Picks a port such as 30080 from the node port range'),
      entry('Reset', 'If the workers already joined, reset them too (Step 5)'),
      entry('Mapping', 'The service maps 8080:30080/TCP on each node'),
      entry('Community', 'Over 3,500 people have contributed code'),
    ]);
    expect(one([bank])).toEqual([]);
  });

  it('never blanks a count of the items listed right before it', () => {
    const bank = steps('s', 'Scheduling', ['Sched'], ['The scheduler picks a node in filtering and scoring two phases', 'Ceph offers block, object and file three interfaces']);
    expect(one([bank])).toEqual([]);
    const zh = steps('z', '调度流程', ['调度'], ['调度器为 Pod 选择节点，包括预选和优选两阶段', '同时提供块、对象和文件三种接口'], { lang: 'zh' });
    expect(one([zh])).toEqual([]);
  });

  it('offers an exit code among exit codes', () => {
    const bank = terms('x', 'Reasons', ['Reasons'], [
      entry('OOMKilled', 'the kernel ended the process for going over its memory limit; the exit code is 137'),
      entry('httpGet probe', 'counts any status from 200 to 399 as a success, anything else as a failure'),
      entry('Not found', 'the router answers 404 when no rule matches the path of the request'),
    ]);
    const qs = [1, 2, 3].flatMap((seed) => allQuestions([bank], { seed })).filter((q) => q.type === 'cloze');
    const oom = qs.filter((q) => q.subject === 'OOMKilled');
    expect(oom.length).toBeGreaterThan(0);
    for (const q of oom) for (const c of q.choices) expect(Number(c)).toBeLessThanOrEqual(255);
  });

  it('never blanks a count the sentence spells out (=、== 和 != 三种; X 和 Y，…两个条件) or says loosely (某两类)', () => {
    const bank = terms('c', 'Selectors', ['Selectors'], [
      entry('等值选择', '支持的运算符有 =、== 和 != 三种，前两个都表示相等，最后一个表示不等'),
      entry('同时指定', '当 Pod 同时写了 nodeSelector 和 nodeAffinity，节点必须同时满足两个条件才会被选中'),
      entry('Pod 间亲和', '可以按照已经运行的 Pod 的标签来写规则，比如某两类 Pod 不应该运行在同一个可用区'),
    ], { lang: 'zh' });
    expect([1, 2, 3].flatMap((seed) => allQuestions([bank], { seed })).filter((q) => q.type === 'cloze')).toEqual([]);
  });

  it('never blanks a heading\'s count of the list under it (2 Ways to Update a Deployment)', () => {
    const bank = terms('w', 'Deployments', ['Deployments'], [entry('Updating', '3 Ways to Update a Deployment'), entry('Scaling', 'Deployments scale to zero replicas and back without losing their history')]);
    expect([1, 2, 3].flatMap((seed) => allQuestions([bank], { seed })).filter((q) => q.type === 'cloze' && /Ways to Update/.test(q.prompt))).toEqual([]);
  });

  it('never blanks a step of a doubling run whose neighbours are shown (10 s, 20 s, 40 s)', () => {
    const bank = terms('b', 'Job', ['Job'], [entry('backoff', '失败后重建 Pod 的间隔按指数增长，依次是 10 s、20 s、40 s，最长到 6 分钟')], { lang: 'zh' });
    expect([1, 2, 3].flatMap((seed) => allQuestions([bank], { seed })).filter((q) => q.type === 'cloze' && /10 s、____、40 s/.test(q.prompt))).toEqual([]);
  });

  it('never blanks a value of a literal in code', () => {
    const bank = terms('l', 'Arrays', ['Arrays'], [entry('Array initializer', 'int[] ports = {80, 443, } is legal Java: a comma after the last value is allowed')]);
    expect(one([bank])).toEqual([]);
  });

  it('never blanks the count that leads into the list below it', () => {
    const note = [
      '## 整数的编码',
      '',
      '- 原码：最高位表示符号，其余各位是数值的绝对值',
      '- 反码：非负数与原码相同，负数把原码除符号位以外的各位取反',
      '- 补码：两种计算方式',
      '  - 非负数的补码与原码相同',
      '  - 负数的补码等于反码在最低位上再加一',
      '',
    ].join('\n');
    const qs = allQuestions(parseNote('n.md', note).banks, { seed: 1 }).filter((q) => q.type === 'cloze');
    expect(qs.filter((q) => /计算方式/.test(q.prompt))).toEqual([]);
  });

  it('asks no year (when something happened is history trivia), offers shares no higher than the whole, and no year for a port', () => {
    const bank = terms('y', 'History', ['History'], [
      entry('OCI', 'The Open Container Initiative was formed in 2015 to standardise images'),
      entry('SLO', 'A target the team sets for itself, by default an availability of 99.9% over a month'),
      entry('API server', 'Serves the API over TLS on port 6443 by default'),
    ]);
    const qs = allQuestions([bank], { seed: 1 }).filter((q) => q.type === 'cloze');
    expect(qs.find((q) => q.subject === 'OCI')).toBeUndefined();
    const slo = qs.find((q) => q.subject === 'SLO') as Question;
    for (const c of slo.choices) expect(Number.parseFloat(c)).toBeLessThanOrEqual(100);
    const api = qs.find((q) => q.subject === 'API server') as Question;
    for (const c of api.choices) expect(Number(c) >= 1970 && Number(c) <= 2039).toBe(false);
  });
});

describe('a port blank', () => {
  it('never offers the other port that does the same job', () => {
    const banks = parseNote('net.md', [
      '## 隧道与端口',
      '',
      '- Geneve：OVN 使用的可扩展隧道封装，默认走 UDP 端口 6081',
      '- VXLAN：在 UDP 里封装二层帧的隧道协议，标准端口 4789',
      '- kube-apiserver：集群的统一入口，安全端口默认 6443',
      '- etcd：保存集群全部状态的键值数据库，客户端端口 2379，节点间通信用 2380',
      '- kubelet：每个节点上的代理，服务端口 10250',
      '- Flannel：VXLAN 后端在 Linux 内核上默认用 UDP 端口 8472',
      '- HTTPS：加密的 HTTP，默认端口 443',
      '- 旧版 etcd：早期版本的客户端端口 4001',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 8);
    const twins: Record<string, string> = { '4789': '8472', '6443': '443', '2379': '4001' };
    const checked = asked.filter((q) => twins[q.choices[q.answer as number] ?? ''] !== undefined);
    expect(checked.length).toBeGreaterThan(0);
    for (const q of checked) expect(q.choices, q.prompt).not.toContain(twins[q.choices[q.answer as number] as string]);
  });
});

describe('a sentence that goes on from the one before', () => {
  it('makes no blank: its subject is in the sentence the question does not show', () => {
    const banks = parseNote('flow.md', [
      '## 限流',
      '',
      'API 优先级与公平性把请求分进不同的优先级队列。',
      '',
      '具体来说，每个优先级默认有 64 个队列。',
      '',
      'In other words, each flow schema matches 1 priority level.',
      '',
      '每个优先级默认最多并发 30 个请求。',
      '',
      '- FlowSchema：把请求按用户、命名空间等条件归到某个优先级，数值 1000 以内先匹配',
      '- PriorityLevelConfiguration：规定一个优先级的并发份额，共 8 个内置级别',
      '',
    ].join('\n')).banks;
    const asked = clozeOf(banks).questions;
    expect(asked.some((q) => /每个优先级默认最多并发/.test(q.prompt))).toBe(true);
    expect(asked.some((q) => /具体来说|In other words/.test(q.prompt))).toBe(false);
  });
});

describe('a small count blank', () => {
  it('is offered small counts, never one ten times larger', () => {
    const banks = parseNote('skew.md', [
      '## 版本偏差',
      '',
      '- kubelet：最多可以比 kube-apiserver 落后 3 个小版本',
      '- kubectl：可以比 kube-apiserver 高或低 1 个小版本',
      '- 控制面组件：最多落后 kube-apiserver 1 个小版本，升级时先升级 kube-apiserver',
      '- etcd 集群：生产环境通常部署 3 个或 5 个成员，容忍 1 个或 2 个成员故障',
      '- 节点上限：单个集群官方支持最多 5000 个节点、15 万个 Pod',
      '- 每个节点：默认最多运行 110 个 Pod',
      '- 内置准入插件：当前版本一共带有 36 个，按需启用',
      '- 调度框架：默认配置启用 18 个插件，覆盖过滤与打分',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 6);
    const small = asked.filter((q) => /^\d 个$/.test(q.choices[q.answer as number] ?? ''));
    expect(small.length).toBeGreaterThan(0);
    for (const q of small) for (const c of q.choices) expect(Number.parseInt(c, 10), q.prompt).toBeLessThan(20);
  });

  it('offers a larger count counts of about its size, never a tenth of it', () => {
    const banks = parseNote('listener.md', [
      '## 监听器字段',
      '',
      '- name：监听器名称，默认最大长度为 60 个字符，可以用命令行参数调大',
      '- address：监听器绑定的地址，通常是 0.0.0.0 加一个端口',
      '- filter_chains：过滤器链的列表，一个监听器可以有 3 个过滤器链',
      '- per_connection_buffer_limit_bytes：每个连接读写缓冲区的软限制，默认 1MB',
      '- drain_type：排空方式，有 2 种取值，默认 DEFAULT',
      '- listener_filters：在过滤器链之前运行，最多 9 个',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 6).filter((q) => q.choices[q.answer as number] === '60 个');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) for (const c of q.choices) expect(Number.parseInt(c, 10), q.choices.join(' / ')).toBeGreaterThanOrEqual(15);
  });
});

describe('a value of the one configuration the note shows', () => {
  it('is no blank, while the default stated beside it is one', () => {
    const banks = parseNote('dns.md', [
      '## CoreDNS 插件',
      '',
      '- cache：缓存应答，默认最长缓存 3600 秒，减少对上游的查询',
      '- reload：在这个配置中，改动后等待 30 秒再重新加载 Corefile',
      '- health：在 8080 端口提供健康检查，默认检查间隔为 10 秒',
      '- loop：检测到转发环时直接终止 CoreDNS 进程',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 5);
    expect(asked.some((q) => /缓存/.test(q.prompt))).toBe(true);
    expect(asked.some((q) => /在这个配置中/.test(q.prompt))).toBe(false);
  });
});

describe("an example's own counts and a layer named beside its number", () => {
  it('make no blank', () => {
    const banks = parseNote('cluster_api.md', [
      'When the MachineDeployment is scaled up, Cluster API controllers create 4 new machines.',
      '',
      'Cluster API then ensures 6 Machine objects exist at all times.',
      '',
      'Cluster API hands Layer 7 (Application Layer) routing to the ingress it installs.',
      '',
      '- MachineDeployment: keeps a set of Machines of one template, the way a Deployment keeps Pods',
      '- MachineHealthCheck: replaces a Machine whose Node stays unhealthy for too long',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 4);
    expect(asked.some((q) => /create ____ new machines|ensures ____ Machine|Layer ____ \(Application/.test(q.prompt))).toBe(false);
  });
});

describe("a tool's system requirements and a value given as 'such as'", () => {
  it('make no blank', () => {
    const banks = parseNote('tools.md', [
      '## 本地集群工具',
      '',
      '- kind：在 Docker 容器里运行集群节点，最低配置要求 2GB 内存，适合在 CI 里用',
      '- SLA：对客户承诺的服务水平，写进合同，如可用性 99.95%',
      '- k3d：把 k3s 跑在 Docker 里，Requires only 512MB RAM per node',
      '- Pod 上限：默认每个节点最多运行 110 个 Pod',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 4);
    expect(asked.some((q) => /最低配置要求|如可用性|Requires only/.test(q.prompt))).toBe(false);
  });
});

describe("a field's value in a manifest, and how many the note looks at first", () => {
  it('make no blank, unless the note gives the field its default', () => {
    const banks = parseNote('probe.md', [
      '## 就绪探针示例',
      '',
      '**说明：**',
      '',
      '- `periodSeconds`：每 7 秒探测一次',
      '- `failureThreshold`：连续 4 次失败才标记为未就绪',
      '- `terminationGracePeriodSeconds`：默认 30 秒后强制结束容器',
      '',
      '## 卷',
      '',
      '- 卷类型：先看前三种，其余的放到存储一章',
      '- emptyDir：Pod 删除时，数据随之删除',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 6);
    expect(asked.some((q) => /每 ____探测|连续 ____失败|先看前/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /默认 ____后强制/.test(q.prompt))).toBe(true);
  });
});

describe('a port beside its neighbour', () => {
  it('is not blanked: the port shown next to it gives it away', () => {
    const banks = parseNote('ports.md', [
      '## Control plane ports',
      '',
      '- kubelet: serves its API on port 10250 and a read-only status page on port 10255',
      '- kube-apiserver: listens on port 6443 for every client of the cluster',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 6);
    expect(asked.some((q) => /port ____ and a read-only|port 10250 and a read-only status page on port ____/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /port ____ for every client/.test(q.prompt))).toBe(true);
  });
});

describe('a bold name whose long part the sentence says', () => {
  it('is not blanked', () => {
    const banks = parseNote('cp.md', [
      '## Control plane',
      '',
      '- Access: The **kube-apiserver** is the only component that writes to the datastore; the others ask the API server for every change.',
      '- Placement: The **kube-scheduler** picks a node for each new Pod and records its choice through the API.',
      '',
      '## Components',
      '',
      '- kube-apiserver: the front door of the cluster',
      '- kube-scheduler: places Pods on nodes',
      '- kube-controller-manager: runs the control loops',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 6);
    expect(asked.some((q) => /The ____ is the only component/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /The ____ picks a node/.test(q.prompt))).toBe(true);
  });
});

describe('a blank whose sentence says a word only the right choice has', () => {
  it('is not asked (Replica Management … the underlying ____ for ReplicaSet); a blank whose sentence leans on no choice is', () => {
    const banks = parseNote('deploy.md', [
      '# Deployment',
      '',
      '### Core Function',
      '* **Replica Management:** Keeps the desired number of Pods running by driving the underlying **ReplicaSet**.',
      '* **Node coverage:** Runs one copy on every node when the workload is a **DaemonSet**.',
      '',
      '## Workload controllers',
      '',
      '- **StatefulSet**: Pods with stable names and storage',
      '- **DaemonSet**: one Pod on every node',
      '- **ReplicaSet**: keeps a number of identical Pods',
      '- **Deployment**: rolls out new versions of stateless Pods',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 6);
    expect(asked.some((q) => /the underlying ____/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /the workload is a ____/.test(q.prompt))).toBe(true);
  });
});

describe('a figure said twice, once with a zero more', () => {
  it('is not blanked: which of the two is right is the note\'s slip', () => {
    const banks = parseNote('etcd.md', [
      '## etcd 的特点',
      '',
      '- Fast: benchmarked at 20,000 reads/sec[单个成员每秒 2000 次读]',
      '- Compaction: 默认每 300 次写入后压缩一次历史版本，释放磁盘空间',
      '- Snapshot: 默认每 10000 次写入后生成一次快照，用于加快成员恢复',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 6);
    expect(asked.some((q) => /每秒 ____读/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /默认每 ____写入后压缩/.test(q.prompt))).toBe(true);
  });
});

describe('a field set in prose, and a known port away from the word', () => {
  it('makes no blank of the field\'s value, and offers ports for the port', () => {
    const banks = parseNote('svc.md', [
      '## 探针与端口',
      '',
      '- 就绪探针：periodSeconds设置探针每 3 秒执行一次，失败后把 Pod 从端点里摘掉',
      '- 存活探针：不写周期时默认每 10 秒执行一次，失败后重启容器',
      '- 命名端口：给容器端口起了名字以后，Service 用名字 web 替代了之前写死的 8080',
      '- 管理端口：这个镜像的容器端口默认写成 8080，用来提供 HTTP 服务',
      '- API 入口：kube-apiserver 默认在 6443 端口上提供安全的 HTTPS 服务',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 6);
    expect(asked.some((q) => /periodSeconds设置/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /默认每 ____执行/.test(q.prompt))).toBe(true);
    // A port one story hard-coded is that story's; a default port is a fact.
    expect(asked.some((q) => /替代了之前写死的 ____/.test(q.prompt))).toBe(false);
    const port = asked.find((q) => /默认写成 ____/.test(q.prompt));
    expect(port).toBeDefined();
    for (const choice of port?.choices ?? []) expect([22, 53, 80, 443, 2379, 2380, 3000, 3306, 4789, 5000, 5432, 5601, 6379, 6443, 8080, 8443, 8472, 9090, 9093, 9100, 9200, 10250]).toContain(Number(choice));
  });
});

describe('rough ranges, runs and ways of speaking', () => {
  it('blanks none of them, while a range of valid values and a plain default stay', () => {
    const banks = parseNote('ops.md', [
      '## 控制平面的规模',
      '',
      '- 控制节点：生产集群一般部署 3～7 台控制节点，跨可用区摆放',
      '- 重试间隔：失败的 Pod 按指数退避重建，依次等待 10 秒、20 秒、40 秒，上限六分钟',
      '- 成功状态：httpGet 探针收到 200 到 399 之间的状态码就算探测成功',
      '- 存储配额：etcd 的后端存储配额默认为 2 GiB，超出后集群只读',
      '',
      '**驱逐阈值**',
      '',
      '是触发驱逐的可用量下限，可以写成具体容量，也可以写成百分比 15%，两种写法都接受。',
      '',
      '## Spreading',
      '',
      '- Soft spreading: places replicas evenly 95% of the time and never blocks scheduling',
      '- Quota: the backend quota is about 2–8 GiB depending on how the cluster was set up',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 8);
    const prompts = asked.map((q) => q.prompt).join('\n');
    expect(prompts).not.toMatch(/部署 ____～7|部署 3～____/);
    expect(prompts).not.toMatch(/20 秒、____/);
    expect(prompts).not.toMatch(/百分比 ____/);
    expect(prompts).not.toMatch(/evenly ____ of the time/);
    expect(prompts).not.toMatch(/about 2–____|about ____–8/);
    expect(prompts).toMatch(/配额默认为 ____/);
    expect(prompts).toMatch(/收到 ____ 到 399|200 到 ____ 之间/);
  });
});

describe('a count the sentence goes on to list, and a figure spelt out', () => {
  it('are not blanked', () => {
    const banks = parseNote('gc.md', [
      '## 垃圾收集',
      '',
      '- 级联删除：删除属主时一并处理附属对象，Kubernetes 有两种 级联删除 的模式：后台模式和前台模式',
      '- 保留命名空间：准入控制器防止删掉三个系统保留的命名空间default、kube-system、kube-public',
      '- 重试上限：Job 默认在失败 6 次以后放弃，不再创建新的 Pod',
      '- 初始化：查看状态,发现是failed状态，正常，kubelet会 10秒 后再试，等控制平面起来就好了',
      '',
      '## DNS',
      '',
      '- ndots: the resolver appends search domains first to any name with fewer than five dots, since ndots is set to 5 by default',
      '- TTL: CoreDNS answers for Services with a TTL of 30 seconds unless the cache plugin is set otherwise',
      '',
    ].join('\n')).banks;
    const prompts = clozeOverSeeds(banks, 8).map((q) => q.prompt).join('\n');
    expect(prompts).not.toMatch(/有____ 级联删除|防止删掉____系统保留/);
    expect(prompts).not.toMatch(/ndots is set to ____/);
    // (A lab's story told after a half-width comma is still the lab's: `…,发现是failed状态`.)
    expect(prompts).not.toMatch(/kubelet会 ____/);
    expect(prompts).toMatch(/失败 ____以后放弃|TTL of ____/);
  });
});

describe('a figure of one setup or one story', () => {
  it('is not blanked unless the sentence says it is a default or a limit, in a project\'s notes or any other', () => {
    const note = [
      '## Backup job',
      '',
      '- Retention: keeps the archives for 30 days on the shared volume',
      '- Schedule: runs every night at 2 AM, when the cluster is quiet',
      '- History: successfulJobsHistoryLimit defaults to 3 when the field is left out',
      '',
    ].join('\n');
    const lab = clozeOverSeeds(parseNote('projects/week-02-day-11/backup/README.md', note).banks, 8).map((q) => q.prompt).join('\n');
    expect(lab).not.toMatch(/for ____ days|at ____ AM/);
    expect(lab).toMatch(/defaults to ____/);
    const reference = clozeOverSeeds(parseNote('notes/cronjobs.md', note).banks, 8).map((q) => q.prompt).join('\n');
    expect(reference).not.toMatch(/for ____ days|at ____ AM/);
    expect(reference).toMatch(/defaults to ____/);
  });

  it('is not blanked when the sentence tells an incident', () => {
    const banks = parseNote('incidents.md', [
      '## hostPath risks',
      '',
      '- resolv.conf override: a debugging Pod had /etc mounted and broke DNS for the whole node, and the team took 4 hours to find it',
      '- maxPods: a node runs at most 110 Pods by default, set with a kubelet flag',
      '- readOnly: mounts the host folder without write access so the Pod cannot change the node',
      '',
    ].join('\n')).banks;
    const prompts = clozeOverSeeds(banks, 8).map((q) => q.prompt).join('\n');
    expect(prompts).not.toMatch(/took ____ hours/);
    expect(prompts).toMatch(/at most ____ Pods/);
  });
});

describe('an encoding\'s name and a protocol\'s version', () => {
  it('are not blanked, and a duration is never offered zero', () => {
    const banks = parseNote('misc.md', [
      '## Odds and ends',
      '',
      '- Files.AsSecrets: returns each file body as a Base 64 encoded string for a Secret',
      '- OIDC: an identity layer built on top of OAuth 2.0 that the API server can trust',
      '',
      '## 节点心跳',
      '',
      '- 租约续约：kubelet 默认每 10 秒续约一次自己的 Lease 对象',
      '- 强制删除：宽限期设为 0 秒时立即删除 Pod 对象，不等容器退出',
      '- 状态上报：kubelet 默认每 5 分钟更新一次 Node 的 status',
      '',
    ].join('\n')).banks;
    const asked = clozeOverSeeds(banks, 8);
    const prompts = asked.map((q) => q.prompt).join('\n');
    expect(prompts).not.toMatch(/Base ____|OAuth ____/);
    const lease = asked.filter((q) => /默认每 ____续约/.test(q.prompt));
    expect(lease.length).toBeGreaterThan(0);
    for (const q of lease) expect(q.choices, q.prompt).not.toContain('0 秒');
  });
});

describe('an option of a copied multiple-choice question, and an attack told step by step', () => {
  it('are not blanked', () => {
    const banks = parseNote('day-11.md', [
      '# Day 11: Jobs',
      '',
      '## Multiple Choice Questions (MCQ)',
      '',
      '### 17. What does ttlSecondsAfterFinished: 3600 do in a Job?',
      '',
      'A. Sets a timeout of 1 hour for the job',
      'B. Deletes the job 1 hour after completion',
      'C. Retries the job after 1 hour if it fails',
      '',
      '## Attack timeline',
      '',
      '**Step 1: Initial Access** (0 seconds)',
      '',
      'The attacker exploits a web form in the Pod.',
      '',
      '**Step 2: Container Escape** (30 seconds)',
      '',
      'The attacker writes a cron file on the mounted host folder.',
      '',
      '## Node limits',
      '',
      '- maxPods: a node runs at most 110 Pods by default, set with a kubelet flag',
      '- readOnly: mounts the host folder without write access so the Pod cannot change the node',
      '',
    ].join('\n')).banks;
    const prompts = clozeOverSeeds(banks, 8).map((q) => q.prompt).join('\n');
    expect(prompts).not.toMatch(/after ____ hour|Escape \(____ seconds\)/);
    expect(prompts).toMatch(/at most ____ Pods/);
  });
});

describe('where a course puts something', () => {
  it('is no fact to blank: `covered in Lesson 09`, `第 5 课`', () => {
    const banks = parseNote('course.md', [
      '## Networking checklist',
      '',
      '- DNS suspects: work the layered checklist from [Lesson 4](/dns-deep-dive), name resolution first, then the Pod address, then policies',
      '- kube-proxy：第 5 课讲过，它默认每 30 秒全量同步一次规则',
      '- maxPods: a node runs at most 110 Pods by default, set with a kubelet flag',
      '',
    ].join('\n')).banks;
    const prompts = clozeOverSeeds(banks, 8).map((q) => q.prompt).join('\n');
    expect(prompts).not.toMatch(/Lesson ____|第 ____课/);
    expect(prompts).toMatch(/at most ____ Pods/);
  });
});

describe('a figure the words around it give away', () => {
  const answers = (entries: ReturnType<typeof entry>[]) =>
    clozeOverSeeds([terms('g', '控制器', ['Kubernetes', '控制器'], entries, { lang: 'zh' })], 3).map((q) => String(q.choices[q.answer as number]));

  it('is no blank in a series, beside a figure it is compared with, said again in words, or counting the names after it', () => {
    expect(answers([entry('重启延迟', 'kubelet 默认让再次重启的延迟依次为10s、20s、40s、80s、160s和300s，300s是最大值')])).toEqual([]);
    expect(answers([entry('versionPriority', '必须大于零，主要排序基于优先级，从最高到最低（20 大于 10）排序')])).toEqual([]);
    expect(answers([entry('maxSurge', 'Deployment 默认保证最多比期望的副本数多一个 Pod（最多 1 个 surge）')])).toEqual([]);
    expect(answers([entry('准入插件', '集群中默认有两种管理资源用量的准入插件 ResourceQuota 和 LimitRange')])).toEqual([]);
    expect(answers([entry('作用范围', '两种控制策略默认都只作用于一个命名空间，ResourceQuota 限制资源总量，而 LimitRange 设置默认的请求和限制')])).toEqual([]);
  });

  it('is no blank where the figures beside it work it out', () => {
    expect(answers([entry('VLAN', 'VLAN ID 字段长 12 位，因此最多只能划分 4096 个 VLAN')])).toEqual([]);
    expect(answers([entry('表名长度', '表名长度限制为64个字符，但建议不超过52个字符，为后续维护预留出 12 个 字符空间')])).toEqual([]);
  });

  it('is no blank where it is one example query\'s row count, or a layer whose short name stands beside it', () => {
    expect(answers([entry('Top N', '读取排行榜默认用 ORDER BY score DESC LIMIT 100 取前一百名')])).toEqual([]);
    expect(answers([entry('Calico', 'Calico 默认是一个纯 3 层（L3）的网络方案，不依赖隧道')])).toEqual([]);
  });

  it('is still a blank where it stands alone', () => {
    expect(answers([entry('重启延迟', '反复重启时延迟按倍数增长，默认的上限是 300s')])).toContain('300s');
    expect(answers([entry('maxSurge', 'Deployment 默认保证最多比期望的副本数多 1 个 Pod')])).toContain('1 个');
    expect(answers([entry('准入插件', '集群中默认有两种管理资源用量的准入插件')])).toContain('两种');
  });
});

describe('a size said in bits and in bytes', () => {
  it('blanks neither when the sentence gives the other (`最多 8 字节…处理 ____ 整型` → 64 位)', () => {
    const note = ['## 变长编码', '', '- 上限：变长编码最多用 8字节 保存一个数，因为大多数机器最高只处理 64位 整型', '- 端口：默认监听 7000 端口，可以在配置里修改', ''].join('\n');
    const questions = clozeOverSeeds(parseNote('t.md', note).banks, 4);
    expect(questions.some((q) => q.subject === '端口')).toBe(true);
    expect(questions.filter((q) => q.subject === '上限')).toEqual([]);
  });
});

describe('a count the name above says', () => {
  it('blanks no count whose numeral the term shows (`三色标记法` over `…划分为____状态` → 三种)', () => {
    const note = ['## 垃圾回收', '', '- 三色标记法：回收器把对象图划分为三种状态来标出扫描到了哪里', '- 写屏障：并发标记时记录指针的修改，默认在 2 个阶段打开', ''].join('\n');
    const questions = clozeOverSeeds(parseNote('t.md', note).banks, 4);
    expect(questions.filter((q) => q.subject === '三色标记法')).toEqual([]);
  });
});
