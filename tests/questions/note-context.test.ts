import { describe, expect, it } from 'vitest';
import { collect, parseNote } from '../../src/core/notes/parse.js';
import { allQuestions } from '../../src/core/questions/index.js';
import { readsAsChoice } from '../../src/core/questions/pool.js';
import { askableEntry, displayTitle, explainsItself, isCategoryLabel, isNonName, capitalsSpellPart, isFragmentDetail, isValueOnly, givesAway, matchesBest, saysMuchTheSame, revealsName, saysWord, telltaleWords } from '../../src/core/questions/entries.js';
import { alike, gateQuestion, holdsLetters, isLabSpecific } from '../../src/core/questions/gate.js';
import { questionText } from '../../src/core/notes/patterns.js';
import { withoutFilingMarks } from '../../src/core/notes/collect.js';
import { isComparisonTitle, isProcessTitle, isScaffoldTitle } from '../../src/core/notes/kinds.js';
import { asSimplified, belongsInFact, conceptOfStem, conceptsInChinese, correctKnownNames, isAspectLabel, isSentence } from '../../src/core/text/index.js';
import type { Bank, Question } from '../../src/core/types.js';
import { shownTopic } from '../../src/ui/report.js';
import { entry } from './fixtures.js';

// What a question needs from its note beyond one entry: whose section it is, which language
// the note speaks, and which words of a description translate the name it asks for.
// The snippets are our own, in the shapes published notes take.

const banksOf = (note: string, file = 't.md'): Bank[] => collect([parseNote(file, note)]).banks;
const questionsOf = (note: string, file = 't.md'): Question[] => [1, 2, 3, 4, 5].flatMap((seed) => allQuestions(banksOf(note, file), { seed }));
const shown = (q: Question): string => [q.prompt, ...q.choices, typeof q.answer === 'string' ? q.answer : ''].join('\n');

describe("the note's subject", () => {
  const note = [
    '---',
    'title: "Metricsd介绍"',
    '---',
    '',
    '# 1. 概述',
    '',
    'Metricsd 从每个节点收集容器指标并写入时序数据库。',
    '',
    '# 4. Labels',
    '',
    '- pod_uid: 指标所属 Pod 在集群中的唯一标识',
    '- container_base_image: 容器启动时所用镜像的完整名称',
    '- host_name: 运行该容器的那台机器的主机名称',
    '- namespace_uid: 指标所属命名空间在集群中的唯一标识',
    '',
  ].join('\n');

  it('is kept on banks whose headings do not name it, and not on those that do', () => {
    const banks = banksOf(note, 'monitor/metricsd.md');
    const labels = banks.find((b) => b.title.includes('Labels'));
    expect(labels?.about).toBe('Metricsd');
    const named = banksOf(['---', 'title: "Metricsd介绍"', '---', '', '# Metricsd 的组件', '', '- collector: 在每个节点上读取 cgroup 中的容器用量数据', '- writer: 把收集到的数据批量写入时序数据库保存', ''].join('\n'), 'm.md');
    expect(named.every((b) => b.about === undefined)).toBe(true);
  });

  it('is named in the prompt when the heading alone is a plain word', () => {
    const asked = questionsOf(note, 'monitor/metricsd.md').filter((q) => /_/.test(q.subject));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt, q.prompt).toMatch(/Metricsd/);
  });

  it('opens the topic line of every question whose headings do not name it', () => {
    const asked = questionsOf(note, 'monitor/metricsd.md');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.topic[0], q.prompt).toBe('Metricsd');
  });

  it('is not taken from a file name or a title that is only layout', () => {
    const noTitle = banksOf('# 4. Labels\n\n- pod_uid: 指标所属 Pod 在集群中的唯一标识\n- host_name: 运行该容器的那台机器的主机名称\n', 'metricsd.md');
    expect(noTitle.every((b) => b.about === undefined)).toBe(true);
    const toc = banksOf('---\ntitle: "目录与参考"\n---\n\n# 4. Labels\n\n- pod_uid: 指标所属 Pod 在集群中的唯一标识\n- host_name: 运行该容器的那台机器的主机名称\n', 'a.md');
    expect(toc.every((b) => b.about === undefined)).toBe(true);
  });

  it('is not a collection of subjects, nor a heading that says only "basics"', () => {
    const body = '\n# 入门概念\n\n- 存活探针：探测失败时由 kubelet 重启该容器\n- 就绪探针：探测失败时把 Pod 从 Service 的端点中摘除\n- 启动探针：在它成功之前另外两种探针都不会开始\n';
    for (const title of ['云原生面试知识库', 'Container Cheat Sheet', 'K8s 与 Docker 八股汇总']) {
      expect(banksOf(`---\ntitle: "${title}"\n---\n${body}`, 'kb.md').every((b) => b.about === undefined), title).toBe(true);
    }
    const explained = questionsOf(`---\ntitle: "云原生面试知识库"\n---\n${body.replace('入门概念', '基础知识')}`, 'kb.md').filter((q) => q.type === 'recall');
    expect(explained.length).toBeGreaterThan(0);
    for (const q of explained) expect(q.prompt, q.prompt).not.toMatch(/知识库|基础知识/);
  });
});

describe('one language per note', () => {
  it('asks English field docs under Chinese headings in Chinese', () => {
    const note = [
      '# 网络插件配置',
      '',
      '插件的配置文件由运行时读取，每个字段决定插件的一部分行为，下面分别说明。',
      '',
      '## 2.2. 插件配置字段',
      '',
      '### resolver',
      '',
      '- `servers` (list of strings, optional): the addresses of the name servers the container should query first',
      '- `zone` (string, optional): the local domain appended when a short host name is looked up by the container',
      '- `lookup` (list of strings, optional): the suffixes tried in order when resolving a name without dots',
      '- `flags` (list of strings, optional): extra resolver options such as ndots or a query timeout in seconds',
      '',
    ].join('\n');
    const banks = banksOf(note);
    expect(banks.find((b) => b.title === 'resolver')?.lang).toBe('zh');
    const qs = questionsOf(note).filter((q) => q.subject !== undefined);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs.filter((x) => x.type !== 'recall')) expect(q.prompt, q.prompt).toMatch(/\p{Script=Han}/u);
  });
});

describe('descriptions that are not whole', () => {
  it('are fragments when they start mid-sentence or with the rest of a line of code', () => {
    expect(isFragmentDetail('is often used with cloud providers to create volumes on demand')).toBe(true);
    expect(isFragmentDetail('what actions (verbs) can be performed on which resources')).toBe(true);
    expect(isFragmentDetail('and seccomp profiles are well integrated')).toBe(true);
    // A hedge and a few words: the rest of a sentence about something else.
    expect(isFragmentDetail('sometimes, through admission rules')).toBe(true);
    expect(isFragmentDetail('like in staging')).toBe(true);
    expect(isFragmentDetail('Usually, the kubelet restarts a failed container after an exponential back-off')).toBe(false);
    // `**RBD** (RADOS Block Device) and CephFS are…`: the term was the subject of a longer sentence.
    expect(isFragmentDetail('(RADOS Block Device) and CephFS suit volumes that many pods write')).toBe(true);
    expect(isFragmentDetail('(Kubernetes 1.29+) Lets a sidecar start before the app container')).toBe(false);
    // Cut after its verb: points at nothing.
    expect(isFragmentDetail('集群根据无头服务的记录来生成一条 SRV 记录指向')).toBe(true);
    expect(isFragmentDetail('集群为无头服务的每个 Pod 生成一条 SRV 记录')).toBe(false);
    // Left off at a modal word or a comma, before the term's gloss or not.
    expect(isFragmentDetail('节点出现新的污点时，已经在上面运行的 Pod 可以（容忍）')).toBe(true);
    expect(isFragmentDetail('给一部分节点打上标记，')).toBe(true);
    expect(isFragmentDetail('对外暴露服务（负载均衡、服务发现）和路由（DNS 解析等）')).toBe(false);
    // Said of two names at once (`check、test：这两个伪目标…`): it describes neither alone.
    expect(isFragmentDetail('这两个伪目标一般用来检查构建是否正确')).toBe(true);
    expect(isFragmentDetail('Both run as static Pods on every control plane node')).toBe(true);
    // A value and its YAML comment is a line of a manifest.
    expect(isFragmentDetail('false # 是否把所有节点都当作存储节点')).toBe(true);
    expect(isFragmentDetail('= mux.NewRouter()：创建路由')).toBe(true);
    expect(isFragmentDetail('Manages the lifecycle of pods on its node')).toBe(false);
    expect(isFragmentDetail('manages the lifecycle of pods on its node')).toBe(false);
  });

  it('are neither explained in recall nor offered as choices', () => {
    const note = [
      '# Storage',
      '',
      '## Objects',
      '',
      '- **StorageClass** is often used with cloud providers so that volumes are created on demand',
      '- **PersistentVolume**: A piece of storage in the cluster, provisioned by an admin or dynamically',
      '- **PersistentVolumeClaim**: A request for storage by a user, bound to one matching volume',
      '- **VolumeSnapshot**: A point-in-time copy of a volume that a new claim can be restored from',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => /often used with cloud providers/.test(shown(q)))).toBe(false);
    expect(qs.some((q) => /request for storage by a user/.test(shown(q)))).toBe(true);
  });
});

describe('a description that translates the name', () => {
  it('gives away the one choice whose words it translates', () => {
    expect(givesAway('管理边缘节点上的设备及其元数据', 'DeviceController', ['EdgeHub', 'EventBus', 'ServiceBus'])).toBe(true);
    expect(givesAway('以候选者身份发起投票的节点', 'candidate', ['follower', 'leader', 'learner'])).toBe(true);
    expect(givesAway('节点状态上报的频率', '--node-status-update-frequency', ['--kubeconfig', '--hostname-override', '--root-dir'])).toBe(true);
    expect(givesAway('当前写入的 iptables 规则数量', 'iptables_rule_count', ['sync_latency', 'endpoint_changes', 'network_errors'])).toBe(true);
    expect(givesAway('管理员可以创建作用于全局的角色', 'Global roles', ['Item roles', 'Node roles'])).toBe(true);
    expect(givesAway('只对某一个项目生效的角色', 'Project roles', ['Global roles', 'Agent roles'])).toBe(true);
    expect(givesAway('带条纹的进度条', 'progress-bar-striped', ['progress-bar-animated', 'progress-bar-success'])).toBe(true);
    expect(givesAway('负载均衡的核心接口，决定选哪个实例', 'IRule', ['IPing', 'ServerList'])).toBe(false);
    expect(givesAway('单调递增的时钟，不受系统时间调整影响', 'CLOCK_MONOTONIC', ['CLOCK_REALTIME', 'CLOCK_BOOTTIME'])).toBe(true);
    expect(givesAway('警告级别的日志', 'WARN', ['INFO', 'ERROR'])).toBe(true);
    expect(givesAway('json-file 表示使用 json-file 驱动记录容器日志', 'driver', ['max-size', 'max-file'])).toBe(true);
    expect(givesAway('本地有则使用本地，否则拉取远程仓库', 'IfNotPresent', ['Always', 'Never'])).toBe(true);
    // A list's and a service's verbs.
    expect(givesAway('在指定位置插入一个元素', 'list.insert', ['list.append', 'list.extend'])).toBe(true);
    expect(givesAway('是否反转排序结果', 'reverse', ['key', 'cmp'])).toBe(true);
    expect(givesAway('关闭', 'service nginx stop', ['service nginx start', 'service nginx restart'])).toBe(true);
    expect(givesAway('在列表末尾追加一个元素', 'list.append', ['list.insert', 'list.extend'])).toBe(true);
    expect(givesAway('清空列表', 'list.clear', ['list.pop', 'list.remove'])).toBe(true);
    expect(givesAway('服务启动前的准备工作', 'PrepareRun', ['CreateServerChain', 'Run'])).toBe(true);
    expect(givesAway('所有插件都批准了 Pod 后才绑定', 'approve', ['wait', 'deny'])).toBe(true);
    expect(givesAway('分布式追踪相关配置', 'tracing', ['watchdog', 'runtime'])).toBe(true);
    expect(givesAway('新钩子创建前删除之前的资源', 'before-hook-creation', ['hook-succeeded', 'hook-failed'])).toBe(true);
    expect(givesAway('下一次 Hook 执行前删掉旧资源', 'before-hook-creation', ['hook-succeeded', 'hook-failed'])).toBe(true);
    expect(givesAway('系统管理（mount 等）', 'CAP_SYS_ADMIN', ['CAP_KILL', 'CAP_NET_RAW'])).toBe(true);
    expect(givesAway('实现Pod之间的亲和性和反亲和性', 'InterPodAffinity', ['NodeAffinity', 'PodTopologySpread'])).toBe(true);
    expect(givesAway('该命令会接受任何位置参数', 'ArbitraryArgs', ['MinimumNArgs', 'MaximumNArgs', 'OnlyValidArgs'])).toBe(true);
    expect(givesAway('对等证书已过期', 'SSLV3_ALERT_CERTIFICATE_EXPIRED', ['SSLV3_ALERT_CERTIFICATE_UNKNOWN', 'TLSV1_ALERT_UNKNOWN_CA'])).toBe(true);
    // A plain word run into a name (`Most` in MostAllocation) marks its meaning; alone in a sentence it does not.
    expect(givesAway('「NodeResourcesMostAllocation」指的是？', '选择资源分配较多的节点', ['实现 Pod 之间的亲和性', '实现节点选择器'])).toBe(true);
    expect(givesAway('In "Key Concepts", what is Pod?', 'The smallest deployable unit. One or more containers that share network and storage.', ['A set of machines running Kubernetes.'])).toBe(false);
    expect(givesAway('Command-line tool for CRI-compatible container runtimes', 'crictl', ['containerd.toml', 'runc'])).toBe(true);
    expect(givesAway('负载均衡的核心接口，决定选哪个实例', 'ILoadBalancer core', ['IPing', 'ServerList'])).toBe(true);
    // A word every choice translates points at none.
    expect(givesAway('管理节点上的设备', 'DeviceController', ['DeviceTwin', 'DeviceMapper', 'DeviceShifu'])).toBe(false);
  });

  it('gives away a name holding the size the description says, however it is spelled', () => {
    expect(givesAway('memory set aside up front in 2 MiB pages', 'hugepages-2Mi', ['cpu', 'memory-limit', 'ephemeral-storage'])).toBe(true);
    expect(givesAway('以 1G 为单位预留的大页内存', 'hugepages-1Gi', ['hugepages-2Mi', 'cpu'])).toBe(true);
    // Every choice a size, none the one said: no pointer.
    expect(givesAway('memory set aside up front in 4 MiB pages', 'hugepages-1Gi', ['hugepages-2Mi'])).toBe(false);
    // The size every choice shares points at none.
    expect(givesAway('pages of 2 MiB, reserved at boot', 'hugepages-2Mi', ['hugepages-2Mi-numa'])).toBe(false);
  });

  it('gives away an expansion whose words it translates, and a name whose capitals it repeats', () => {
    expect(givesAway('用于校验规则的轻量表达式语言', 'Common Expression Language', ['Transport Layer Security', 'JSON Web Token'])).toBe(true);
    expect(givesAway('改了配置文件后自动重新加载', 'reload', ['cache', 'loop', 'health'])).toBe(true);
    expect(givesAway('选用哪一类网关控制器', 'gatewayClassName', ['listeners', 'addresses', 'hostnames'])).toBe(true);
    expect(givesAway('全文搜索与索引，保存收集来的日志', 'OpenSearch', ['Fluent Bit', 'Grafana'])).toBe(true);
    expect(givesAway('peer cert，集群成员之间互相校验身份', '对等证书', ['服务端证书', '客户端证书'])).toBe(true);
    expect(givesAway('添加网络接口，在容器创建后调用', 'ADD', ['DEL', 'CHECK', 'VERSION'])).toBe(true);
    expect(givesAway('用安全连接写入时序数据库', 'secure', ['user', 'pw', 'db'])).toBe(true);
    expect(givesAway('强制要求双栈，否则创建失败', 'RequireDualStack', ['SingleStack', 'PreferDualStack'])).toBe(true);
    expect(givesAway('边缘端的 MQTT 消息总线客户端', 'EventBus', ['EdgeHub', 'MetaManager', 'DeviceTwin'])).toBe(true);
    expect(givesAway('可分配地址范围的结束值', 'rangeEnd', ['rangeStart', 'subnet', 'gateway'])).toBe(true);
    expect(givesAway('要执行的命令，例如 ADD 或 DEL', 'CNI_COMMAND', ['CNI_NETNS', 'CNI_IFNAME'])).toBe(true);
    // A resource by its unit: cores are CPU, RAM is memory.
    expect(givesAway('how many cores the machine reports', 'CPU', ['Memory', 'Ephemeral storage'])).toBe(true);
    expect(givesAway('free RAM below the eviction threshold', 'MemoryPressure', ['DiskPressure', 'PIDPressure'])).toBe(true);
    expect(givesAway('do the primary network setup of the interface', 'Main plugins', ['IPAM plugins', 'Meta plugins'])).toBe(true);
    expect(givesAway('记录父 Span 的标识，把调用串成一棵树', 'Parent Span ID', ['Trace ID', 'Baggage'])).toBe(true);
    // The initials of a short last part in lower case (`gce-pd`): `Persistent Disk` spells it.
    expect(revealsName('GCP Persistent Disk', 'kubernetes.io/gce-pd', [], { descriptions: ['AWS EBS', 'Azure Disk'] })).toBe(true);
    expect(revealsName('Azure Disk', 'kubernetes.io/azure-disk', [], { descriptions: ['AWS EBS', 'GCP Persistent Disk'] })).toBe(false);
    expect(givesAway('插件的额外参数，键值对', 'CNI_ARGS', ['CNI_NETNS', 'CNI_IFNAME'])).toBe(true);
    // English words opening a Chinese name's description translate it just as well.
    expect(revealsName('client cert，服务端用它确认客户端是谁', '客户端证书', [], { descriptions: ['server cert，客户端用它确认服务端', 'peer cert，成员之间互相确认'] })).toBe(true);
    expect(givesAway('负责授权与认证相关的特性', 'sig-auth', ['sig-node', 'sig-storage'])).toBe(true);
    // A name run together (`readinessprobe`) holds its words' translations too.
    expect(revealsName('探测服务是否可以接收流量', 'readinessprobe', [], { descriptions: ['把驱动注册给 kubelet', '监听卷的挂接请求'] })).toBe(true);
    // A word the name opens with and goes on well past: `mac` of macvlan, `etcd` of etcdctl.
    expect(revealsName('创建一个新的 mac 地址，将所有的流量转发到容器', 'macvlan', [], { names: ['bridge', 'ipvlan', 'loopback'] })).toBe(true);
    expect(revealsName('etcd 的命令行客户端，用来读写键值', 'etcdctl', [], { names: ['crictl', 'kubeadm', 'minikube'] })).toBe(true);
    expect(revealsName('在容器中添加一个独立的 IP 接口', 'ipvlan', [], { names: ['bridge', 'macvlan', 'loopback'] })).toBe(false);
    // Envoy's settings told word by word: 不健康 is unhealthy, 统计…前缀 is stat_prefix.
    expect(revealsName('为连接管理器发出统计信息时使用的前缀', 'stat_prefix', [], { names: ['cluster', 'host_rewrite', 'routes'] })).toBe(true);
    expect(givesAway('把主机标记为不健康之前要连续失败的检查次数', 'unhealthy_threshold', ['interval', 'timeout'])).toBe(true);
    expect(givesAway('推理请求附带的模型属性', 'ai.model.attributes', ['ai.model.version', 'ai.inference.engine'])).toBe(true);
    // `IP` is the one word only the right name has; `CNI_` is every sibling's first part.
    expect(revealsName('负责三层转发，记着源 IP 和目的 IP', '外层 IP 头', [], { names: ['外层以太网头', 'UDP 头', 'VXLAN 标头'] })).toBe(true);
    expect(revealsName('由运行时分配的容器ID，不能为空', 'CNI_CONTAINERID', [], { descriptions: ['插件要执行的操作', '容器内网卡的名字'] })).toBe(true);
    expect(revealsName('插件要执行的操作，如 ADD 或 DEL', 'CNI_COMMAND', [], { descriptions: ['由运行时分配的容器标识', '容器内网卡的名字'] })).toBe(false);
    expect(revealsName('可分给 Pod 的 IP 范围', 'IP 地址池', [], { names: ['Service 网段', '节点子网'] })).toBe(false);
    // The name's own word opening the right description points at it, whatever later clauses of others say.
    expect(revealsName('管理 StatefulSet 对象，按序号创建和删除 Pod', 'StatefulSet Controller', [], { descriptions: ['维护 Service 与 Pod 的对应关系', '确保副本数，旧的 RC 已被 ReplicaSet 和 StatefulSet 之外的控制器取代'] })).toBe(true);
    expect(revealsName('按序号创建和删除 Pod，由 StatefulSet 对象描述', 'StatefulSet Controller', [], { descriptions: ['维护 Service 与 Pod 的对应关系', '确保副本数，旧的 RC 已被 ReplicaSet 和 StatefulSet 之外的控制器取代'] })).toBe(false);
    // The name's own abbreviation, all its initials, beside a name whose initials it only starts.
    expect(revealsName('A piece of storage with a size and access modes; PVs come from a StorageClass or an admin', 'Persistent Volume', [], { names: ['Persistent Volume Claim', 'Storage Class'] })).toBe(true);
    // An opening gloss that says every word of the name; so does a longer clause when no wrong one
    // says them all (读写 and 多个 against 一个…读写 and 多个…只读: the name's words pick it).
    expect(revealsName('节点的IP，kubelet 上报给控制面的地址', 'Node-IP', [], { descriptions: ['节点上代理层对外的公网IP', '节点网桥 cni0 的IP'] })).toBe(true);
    expect(revealsName('卷可以被多个节点同时以读写方式挂载使用', 'ReadWriteMany', [], { descriptions: ['卷只能被一个节点以读写方式挂载', '卷可以被多个节点以只读方式挂载'] })).toBe(true);
    // A word the wrong names share points at none of them.
    expect(revealsName('封装后走 UDP 的报文头', 'VXLAN UDP 头', [], { names: ['Geneve UDP 头', 'GRE 头'] })).toBe(false);
  });
});

describe('values not worth a blank', () => {
  it('skips the release of a system an installer wants, and a count of none', () => {
    const note = [
      '# Minikube',
      '',
      '## Requirements',
      '',
      '- **macOS**: Minikube runs on macOS 10.13 and newer releases of the system',
      '- **Memory**: Minikube needs at least 2 GB of free memory for its virtual machine',
      '',
      '## Scheduling filters',
      '',
      '- **Fit check**: A node passes when the number of failed filters is 0 for the pod being placed',
      '- **Spread**: Pods of one owner are spread so that at most 1 extra replica lands on any zone',
      '',
    ].join('\n');
    const clozes = questionsOf(note).filter((q) => q.type === 'cloze');
    expect(clozes.some((q) => /10\.13/.test(String(q.choices[q.answer as number])))).toBe(false);
    expect(clozes.some((q) => q.choices[q.answer as number] === '0')).toBe(false);
  });
});

describe('a Chinese note speaking of its own example', () => {
  it('is lab-specific', () => {
    expect(isLabSpecific('为目标网络分配网段，在我们的例子里为一个 /24 网段')).toBe(true);
    expect(isLabSpecific('本例中副本数设为 3')).toBe(true);
    expect(isLabSpecific('为目标网络分配网段，以 CIDR 形式标记')).toBe(false);
  });
});

describe('two descriptions that say much the same', () => {
  it('are told by the words they share, not by common Chinese character pairs', () => {
    expect(saysMuchTheSame('Continuously compares the desired state with the current state of the cluster', 'Compares the current state of the cluster to the desired state and acts')).toBe(true);
    expect(saysMuchTheSame('Stores every object of the cluster as key-value data', 'Schedules each new pod onto a node that fits it')).toBe(false);
    // The three probes are described alike, character by character, and mean different things.
    expect(saysMuchTheSame('判断容器是否Running，如果不是则杀死容器', '判断容器服务是否可用，如果不可用则将对应service从endpoint列表中移除')).toBe(false);
    // One Chinese sentence put two ways (CMD and ENTRYPOINT told alike), its particles aside.
    expect(saysMuchTheSame('容器启动时执行的命令', '容器启动执行命令')).toBe(true);
    expect(saysMuchTheSame('容器启动时执行的命令', '构建镜像时执行的命令')).toBe(false);
  });

  it('keep a wrong name whose own description fits the clue out of the choices', () => {
    const note = [
      '# Control loop',
      '',
      '## Components',
      '',
      '- **kube-governor**: Continuously compares the desired state with the current state of the cluster',
      '- **kube-sentinel**: Compares the current state of the cluster to the desired state and raises events',
      '- **kube-vault**: Keeps every object of the cluster as key-value data on disk',
      '- **kube-placer**: Picks a node for each new pod from the ones with enough free resources',
      '- **kube-warden**: Starts the containers of the pods bound to its machine and reports their health',
      '',
    ].join('\n');
    const identify = questionsOf(note).filter((q) => q.type === 'identify' && /Continuously compares/.test(q.prompt));
    expect(identify.length).toBeGreaterThan(0);
    for (const q of identify) expect(q.choices).not.toContain('kube-sentinel');
  });
});

describe('recall prompts a reader can answer', () => {
  it('ask a heading worded as a title as its question', () => {
    expect(questionText('How Access Modes Work in Kubernetes')).toBe('How do Access Modes work in Kubernetes?');
    expect(questionText('How the Scheduler Works')).toBe('How does the Scheduler work?');
    expect(questionText('How to Drain a Node')).toBe('How do you drain a Node?');
    expect(questionText('What is a Pod?')).toBe('What is a Pod?');
    expect(questionText('什么是 Pod 的生命周期')).toBe('什么是 Pod 的生命周期');
  });

  it('do not explain the rest of a list, nor name a quality as the context', () => {
    const note = [
      '# Runtimes',
      '',
      '## CRI-O',
      '',
      '### Security-focused',
      '',
      '- **SELinux**: Labels every container process so the kernel confines it to its own files and ports',
      '- **Other Registries**: Images from any registry that speaks the distribution protocol can be pulled',
      '',
    ].join('\n');
    const recalls = questionsOf(note).filter((q) => q.type === 'recall');
    expect(recalls.some((q) => /Other Registries/.test(q.prompt))).toBe(false);
    const selinux = recalls.filter((q) => /SELinux/.test(q.prompt));
    expect(selinux.length).toBeGreaterThan(0);
    for (const q of selinux) expect(q.prompt).not.toMatch(/Security-focused/);
  });
});

describe('a typed answer shown above its prompt', () => {
  const typed = (prompt: string, answer: string, topic: string[]): Question =>
    ({ id: 't', type: 'typed', prompt, choices: [], answer, accept: [], bank: 'b', subject: answer, topic, source: { file: 't.md', line: 1 } }) as unknown as Question;

  it('is given away by the topic line too', () => {
    expect(gateQuestion(typed('What does CRI stand for? Type it out.', 'Container Runtime Interface', ['Runtimes', 'CRI (A Container Runtime)']))).toBe('giveaway');
    expect(gateQuestion(typed('What does CRI stand for? Type it out.', 'Container Runtime Interface', ['Kubernetes', 'Plugin APIs']))).toBeNull();
  });

  it('by whole words only: `kube` is no word of Kubernetes, `cri` none of describes', () => {
    expect(gateQuestion(typed('Type the name of what this describes:\nchooses a machine for each new Pod', 'kube-scheduler', ['Kubernetes architecture', 'Control plane']))).toBeNull();
    expect(gateQuestion(typed('Type the name of what this describes:\nan adapter that keeps the classic engine usable', 'cri-dockerd', ['Plugin interfaces']))).toBeNull();
    expect(gateQuestion(typed('Type the name of what this describes:\nthe interface kubelet calls', 'Container Runtime Interface', ['Runtimes', 'Container runtimes']))).toBe('giveaway');
  });
});

describe("a blank in one example's values", () => {
  const cloze = (prompt: string, topic: string[]): Question =>
    ({ id: 'c', type: 'cloze', prompt, choices: ['8080', '8090', '8070', '8100'], answer: 0, bank: 'b', subject: 'Ports', topic, source: { file: 't.md', line: 1 } }) as unknown as Question;

  it('is not asked: the port an example picked, or the port one setup opened; nor what an example\'s field holds', () => {
    expect(gateQuestion(cloze('Fill in the blank (Ports):\nTraffic to port 80 of the Service reaches port ____ in the pods.', ['Example', '4. Ports']))).toBe('debris');
    expect(gateQuestion(cloze('Fill in the blank (Ports):\nTraffic to port 80 of the Service reaches port ____ in the pods.', ['Example YAML for a Service']))).toBe('debris');
    expect(gateQuestion(cloze('Fill in the blank (Backend):\nAllowed on port ____', ['Outcome of This Setup']))).toBe('debris');
    // The values a note explains under the manifest it wrote out are that manifest's.
    expect(gateQuestion(cloze('Fill in the blank (defaultRequest):\nA container that sets no request gets ____ CPU.', ['Limit ranges', 'Manifest File']))).toBe('debris');
    expect(gateQuestion(cloze('Fill in the blank (defaultRequest):\nA container that sets no request gets ____ CPU.', ['Limit ranges', 'Manifest fields']))).toBeNull();
    expect(gateQuestion(cloze('Fill in the blank (kubelet):\nThe kubelet serves its API on port ____.', ['Ports and Protocols']))).toBeNull();
    const recall = { id: 'r', type: 'recall', prompt: 'Explain: host', choices: [], answer: 'The domain shop.example.com is set, so its traffic follows these rules.', bank: 'b', subject: 'host', topic: ['How Ingress Works', 'Example YAML for an Ingress'], source: { file: 't.md', line: 1 } } as unknown as Question;
    expect(gateQuestion(recall)).toBe('debris');
    expect(gateQuestion({ ...recall, topic: ['Ingress', 'Rule fields'] } as Question)).toBeNull();
  });
});

describe('names written as one word', () => {
  it('translate by the stems inside them', () => {
    expect(givesAway('「BlockDevice」指的是？', '在指定路径上必须存在块设备', ['在指定路径上必须存在目录', '在指定路径上必须存在字符设备'])).toBe(true);
    expect(givesAway('「--hostname-override」指的是？', '指定主机名，非空时替代节点的实际名称', ['kubeconfig 文件的路径', '根目录的位置'])).toBe(true);
    expect(givesAway('「loadbalancers」指的是？', '负载均衡器类型服务的数量上限', ['NodePort 类型服务的数量上限', '持久卷声明的数量上限'])).toBe(true);
    expect(givesAway('「nodeports」指的是？', '持久卷声明的数量上限', ['密钥对象的数量上限', '配置映射的数量上限'])).toBe(false);
    // 示例 and 样例 translate example and sample.
    expect(givesAway('哪一项符合这段描述？\n带有使用代码示例的模块', 'ribbon-example', ['ribbon-loadbalancer', 'ribbon-transport'])).toBe(true);
    expect(givesAway('哪一项符合这段描述？\n演示如何编写控制器的样例项目', 'sample-controller', ['kube-controller-manager', 'cloud-controller-manager'])).toBe(true);
    // 持久化 and 期望 translate persistent and desired.
    expect(givesAway('哪一项符合这段描述？\n申请一块事先准备或按需创建的持久化存储', 'persistentVolumeClaim', ['hostPath', 'emptyDir', 'configMap'])).toBe(true);
    expect(givesAway('哪一项符合这段描述？\n用户期望运行的副本数', 'DESIRED', ['CURRENT', 'AVAILABLE', 'READY'])).toBe(true);
    expect(givesAway('哪一项符合这段描述？\n预先分配好的 1 GiB 大页内存', 'hugepages-1Gi', ['memory', 'cpu', 'ephemeral-storage'])).toBe(true);
    expect(givesAway('「__meta_node_annotation_<name>」指的是？', '来自节点对象的每个注释', ['节点对象的名称', '节点对象中的每个标签'])).toBe(true);
    expect(givesAway('哪一项符合这段描述？\n在指定路径上必须存在字符设备', 'CharDevice', ['BlockDevice', 'Socket', 'FileOrCreate'])).toBe(true);
    expect(givesAway('哪一项符合这段描述？\n挂起后不再创建新的 Job', 'suspend', ['schedule', 'concurrencyPolicy', 'startingDeadlineSeconds'])).toBe(true);
  });
});

describe('a note that walks through source code', () => {
  const note = [
    '# kubelet 主循环',
    '',
    '```go',
    'func (kl *Kubelet) syncLoop(updates <-chan PodUpdate) {',
    '\tfor kl.syncLoopIteration(updates) {}',
    '}',
    '```',
    '',
    '## syncLoopIteration',
    '',
    '- configCh：把配置变化的 Pod 分派给对应事件的处理函数',
    '- plegCh：根据容器运行时上报的事件同步对应的 Pod',
    '- housekeepingCh：定期清理已经不存在的 Pod 留下的资源',
    '- syncCh：同步所有到了同步时间点、需要再次同步的 Pod',
    '',
    '## 基本流程',
    '',
    '1. 从 configCh 读取配置变化并分派处理',
    '2. 从 plegCh 读取容器事件并同步 Pod',
    '3. 从 syncCh 取出待同步的 Pod 逐个处理',
    '4. 从 housekeepingCh 触发清理工作',
    '',
    '```go',
    'func (kl *Kubelet) HandlePodSyncs(pods []*v1.Pod) {',
    '\tfor _, pod := range pods {}',
    '}',
    '```',
    '',
  ].join('\n');

  it('is marked, and asks nothing about its variables or its statement order', () => {
    expect(banksOf(note).every((b) => b.code === true)).toBe(true);
    const qs = questionsOf(note);
    expect(qs.some((q) => /configCh|plegCh|syncCh|housekeepingCh/.test(q.subject))).toBe(false);
    expect(qs.some((q) => ['order', 'next'].includes(q.type) || (q.type === 'recall' && /基本流程/.test(q.prompt)))).toBe(false);
  });

  it("asks nothing of a struct's plain-word fields listed beside a code name", () => {
    const struct = note.replace('## 基本流程', ['## podWorkers', '', '- workers：每个 Pod 一个处理更新的协程，按 UID 存放', '- cache：记录每个 Pod 最近一次同步时看到的运行时状态', '- podSyncStatuses：每个 Pod 当前所处的同步阶段和终止进度', '', '## 基本流程'].join('\n'));
    const qs = questionsOf(struct);
    expect(qs.some((q) => /\bworkers\b|\bcache\b|podSyncStatuses/.test(q.subject))).toBe(false);
  });

  it('is not a note with one code sample', () => {
    const one = note.split('## 基本流程')[0] as string;
    expect(banksOf(one).some((b) => b.code === true)).toBe(false);
  });
});

describe('what is not a procedure or a thing', () => {
  it('checks side by side are not put in order', () => {
    const note = [
      '# 资源限制',
      '',
      '## 创建 Pod 时的处理步骤',
      '',
      '1. 容器没有写请求和上限时，按命名空间的默认值补上',
      '2. 验证容器的内存请求不小于允许的最小值',
      '3. 验证容器的内存上限不大于允许的最大值',
      '',
    ].join('\n');
    expect(questionsOf(note).some((q) => q.type === 'order' || q.type === 'next')).toBe(false);
  });

  it('a row label of the note\'s own table or a claimed quality is not asked as a name', () => {
    expect(isCategoryLabel('插件配置')).toBe(true);
    expect(isCategoryLabel('网络架构')).toBe(true);
    expect(isCategoryLabel('节点亲和')).toBe(false);
    expect(isCategoryLabel('kube-proxy')).toBe(false);
    const note = [
      '# 大规模集群调优',
      '',
      '## 调优汇总',
      '',
      '- 插件配置：把网络插件的封装模式从隧道改为直接路由，减少封包开销',
      '- 网络架构：为每个机架配置独立的路由反射器，避免全互联的连接数爆炸',
      '- 存储优化：把 etcd 的数据目录放在独立的 SSD 上，降低写入延迟',
      '- 调度策略：按节点的剩余资源打分，优先选择空闲的节点放置 Pod',
      '',
    ].join('\n');
    expect(questionsOf(note).some((q) => /插件配置|网络架构|存储优化|调度策略/.test(q.subject))).toBe(false);
  });
});

describe('abbreviations typed out', () => {
  const note = [
    '# Overlay networks',
    '',
    '## Header fields',
    '',
    '- **VNI** (Virtual Network Identifier): 24 bits that keep the traffic of one overlay apart from another',
    '- **VTEP** (VXLAN Tunnel Endpoint): the device that wraps and unwraps frames at each end of a tunnel',
    '- **ACI** (Azure Container Instances): a hosted service that runs a container without a cluster to manage',
    '- **MTU** (Maximum Transmission Unit): the largest frame a link carries, smaller inside a tunnel',
    '- **VIP** (Virtual IP Address): the address a load balancer answers on in front of its backends',
    '',
  ].join('\n');

  it('accept every expansion that names the same thing', () => {
    const vni = questionsOf(note).find((q) => q.type === 'typed' && /VNI/.test(q.prompt));
    expect(vni?.answer).toBe('Virtual Network Identifier');
    expect((vni as { accept: string[] }).accept).toContain('VXLAN Network Identifier');
    const vip = questionsOf(note).find((q) => q.type === 'typed' && /VIP/.test(q.prompt));
    expect((vip as { accept: string[] }).accept).toContain('Virtual IP');
    // ID is the identifier's own short form, either way round.
    expect((vni as { accept: string[] }).accept).toContain('Virtual Network ID');
    // A CSI sidecar by its project's name or by its image's.
    const sidecars = ['## CSI sidecars', '', '- external-provisioner: watches claims and calls CreateVolume and DeleteVolume on the driver', '- external-attacher: attaches disks to machines through ControllerPublishVolume', '- node-driver-registrar: registers the driver with kubelet over its plugin socket', ''].join('\n');
    const typed = questionsOf(sidecars).find((q) => q.type === 'typed' && q.answer === 'external-provisioner');
    expect((typed as { accept: string[] }).accept).toContain('csi-provisioner');
    // A control-plane component by its binary's name or as people say it.
    const parts = ['## Control plane', '', '- kube-scheduler: picks a node for each Pod that has none, from filters and scores', '- kube-apiserver: serves the REST API every other component and client talks to', '- etcd: keeps the whole cluster state as keys and values', ''].join('\n');
    const scheduler = questionsOf(parts).find((q) => q.type === 'typed' && q.answer === 'kube-scheduler');
    expect((scheduler as { accept: string[] }).accept).toContain('scheduler');
  });

  it('are not asked to be typed when the topic line says the expansion, even in translation', () => {
    const note = (title: string) => ['---', `title: ${title}`, '---', '', '## SecurityContext', '', '- Container-level Security Context：只作用于指定的容器', '- Pod-level Security Context：作用于 Pod 内所有容器以及卷', '- Pod Security Policies（PSP）：作用于集群内所有 Pod 以及卷', ''].join('\n');
    const typedPsp = (title: string) => questionsOf(note(title)).filter((q) => q.type === 'typed' && /PSP/.test(q.prompt));
    expect(typedPsp('Pod 安全策略')).toEqual([]);
    expect(typedPsp('容器的隔离').length).toBeGreaterThan(0);
  });

  it('are not asked when the letters stand for different things in the field', () => {
    expect(questionsOf(note).some((q) => q.type === 'typed' && /\bACI\b/.test(q.prompt))).toBe(false);
    expect(questionsOf(note).some((q) => q.type === 'typed' && /\bMTU\b/.test(q.prompt))).toBe(true);
  });
});

describe("a chapter's contents", () => {
  it('make no group or steps, linked or not, with or without check boxes', () => {
    const note = [
      '# 第4章 消息队列',
      '',
      '- [x] 4.1 [队列的声明](#队列的声明)',
      '- [x] 4.2 [消息的持久化](#消息的持久化)',
      '- [ ] 4.3 [消费确认机制](#消费确认机制)',
      '',
      '# 第9章 集群原理',
      '',
      '- [ ] 9.1 节点的加入',
      '  - 9.1.1 元数据同步',
      '  - 9.1.2 节点类型',
      '- [ ] 9.2 镜像队列',
      '- [ ] 9.3 仲裁队列',
      '- [ ] 9.4 网络分区处理',
      '',
    ].join('\n');
    expect(banksOf(note)).toEqual([]);
  });

  it('keep a heading that starts with a count whole (11 个隐含对象 is not 1 个隐含对象)', () => {
    const note = ['## 12 个内置对象', '', '- pageContext', '- param、paramValues', '- header、headerValues', '- cookie', '- initParam', '', '## 四大域对象', '', '- pageContext', '- request', '- session', '- application', ''].join('\n');
    const asked = questionsOf(note).filter((q) => /内置对象/.test(q.prompt));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toMatch(/「12 个内置对象」/);
  });
});

describe('interview questions written as a list', () => {
  const note = [
    '## Storage',
    '',
    '1. **What is a StorageClass?**',
    '   - **Answer:** A StorageClass names a provisioner and its parameters, so claims can get volumes made on demand.',
    '',
    '2. **What does the Retain reclaim policy do?**',
    '   - **Answer:** It keeps the volume and its data after the claim is deleted, for an administrator to clean up.',
    '',
    '## Pod',
    '',
    '- **Definition**: the smallest unit the scheduler places, one or more containers that share a network namespace.',
    '- **Real-Life Example**: a small web API you deploy usually runs as one container in one pod behind a Service.',
    '- **Networking**: every pod gets an IP address of its own and reaches other pods directly over the cluster network.',
    '',
  ].join('\n');

  it('are asked as written, with the answer under them', () => {
    const asked = questionsOf(note).filter((q) => q.type === 'recall' && /StorageClass|Retain/.test(q.prompt));
    expect([...new Set(asked.map((q) => q.prompt))].sort()).toEqual(['What does the Retain reclaim policy do?', 'What is a StorageClass?']);
    expect(asked.find((q) => /StorageClass/.test(q.prompt))?.answer).toMatch(/^A StorageClass names a provisioner/);
  });

  it('a benefit named by one abstract noun (Automation, Reusability) is an aspect of its subject, not a term', () => {
    const helm = ['## Helm', '', '- **Automation**: installs, upgrades and rolls back a whole application with one command', '- **Reusability**: one chart serves every environment through its values files', '- **Templates**: manifests written once with placeholders that values fill in', ''].join('\n');
    const subjects = questionsOf(helm).map((q) => q.subject);
    expect(subjects).not.toContain('Automation');
    expect(subjects).not.toContain('Reusability');
  });

  it('the note\'s own labels (理解, 底层实现) are no terms', () => {
    const note = ['## Deployment', '', '- 作用：管理一组无状态 Pod 的副本数和滚动更新', '- 理解：可以把它看成是 ReplicaSet 外面再包的一层', '- 底层实现：通过控制多个 ReplicaSet 来完成版本切换', '- 回滚：把 Pod 模板换回之前某个版本的 ReplicaSet', ''].join('\n');
    const subjects = questionsOf(note).map((q) => q.subject);
    expect(subjects).not.toContain('理解');
    expect(subjects).not.toContain('底层实现');
    // A turn of phrase before a colon (`需要注意的是：`, `具体的说：`) names nothing.
    const said = questionsOf(['## Pod 的重启策略', '', '- 需要注意的是：重启策略作用于 Pod 里的所有容器，而不是单个容器', '- 具体的说：容器退出后由 kubelet 按照策略决定是否在本节点重启', '- Always：容器不在运行时总是重启', ''].join('\n')).map((q) => q.subject);
    expect(said.some((t) => /需要注意的是|具体的说/.test(t))).toBe(false);
    for (const q of questionsOf(note)) expect(q.choices).not.toContain('理解');
  });

  it('a book\'s sidebar or exercise (专栏, 思考题) is no term', () => {
    const book = ['## 本章小结', '', '- 专栏：在桌面的通知中心里查看仓库动态的小技巧', '- 思考题：如果两个分支同时修改了同一行，合并时会发生什么', '- 拉取请求：把一个分支上的修改提交给仓库的维护者审阅并合并', ''].join('\n');
    const subjects = questionsOf(book).map((q) => q.subject);
    expect(subjects).not.toContain('专栏');
    expect(subjects).not.toContain('思考题');
  });

  it('never make `Answer` or an example label a term', () => {
    for (const q of questionsOf(note)) expect(shown(q)).not.toMatch(/Explain: (?:Answer|Real-Life Example)|\bAnswer\b.*\?$/m);
    expect(questionsOf(note).some((q) => q.subject === 'Answer' || q.subject === 'Real-Life Example')).toBe(false);
  });
});

describe('a collection of many subjects', () => {
  it('takes no outsider from the shelf of another subject, though its kind word is the same', () => {
    const java = ['## 线程池的拒绝策略', '', '- AbortPolicy：直接抛出异常，拒绝新的任务', '- CallerRunsPolicy：由提交任务的线程自己执行该任务', '- DiscardPolicy：悄悄丢弃新提交的任务', '- DiscardOldestPolicy：丢弃队列里最早的任务再重新提交', ''].join('\n');
    const k8s = ['## Pod 的重启策略', '', '- Always：容器退出后总是重启', '- OnFailure：容器以非零码退出时才重启', '- Never：容器退出后不再重启', '', '## 镜像拉取策略', '', '- IfNotPresent：本地没有镜像时才去拉取', '- Always：每次启动都去仓库拉取', '- Never：只用本地已有的镜像', ''].join('\n');
    const banks = collect([parseNote('书籍/Java 并发/线程池.md', java), parseNote('视频/K8S 教程/Pod.md', k8s)]).banks;
    const asked = [1, 2, 3, 4, 5].flatMap((seed) => allQuestions(banks, { seed })).filter((q) => (q.type === 'member' || q.type === 'multi') && /重启策略/.test(q.prompt));
    for (const q of asked) expect(q.choices.join(' ')).not.toMatch(/Policy/);
    // In one folder the same lists are each other's outsiders.
    const shelf = collect([parseNote('k8s/线程池.md', java), parseNote('k8s/Pod.md', k8s)]).banks;
    const near = [1, 2, 3, 4, 5].flatMap((seed) => allQuestions(shelf, { seed })).filter((q) => (q.type === 'member' || q.type === 'multi') && /重启策略/.test(q.prompt));
    expect(near.some((q) => /Policy/.test(q.choices.join(' ')))).toBe(true);
  });

  it('takes modes only from its own note: modes of different parts of the system are no mix-up', () => {
    const security = ['## Pod Security Admission modes', '', '- enforce: rejects a Pod that breaks the level', '- audit: records the breach in the audit log and admits the Pod', '- warn: sends a warning back to the client and admits the Pod', ''].join('\n');
    const proxy = ['## kube-proxy modes', '', '- iptables: matches traffic with NAT chains in the kernel', '- ipvs: balances connections with the kernel IPVS tables', '- nftables: programs the newer nftables framework instead', ''].join('\n');
    const banks = collect([parseNote('notes/security.md', security), parseNote('notes/network.md', proxy)]).banks;
    const asked = [1, 2, 3, 4, 5].flatMap((seed) => allQuestions(banks, { seed })).filter((q) => (q.type === 'member' || q.type === 'multi') && /Security/.test(q.prompt));
    for (const q of asked) expect(q.choices.join(' ')).not.toMatch(/iptables|ipvs|nftables/);
  });

  it('a title that says what a list holds is a sentence, not a group', () => {
    expect(isSentence('上面两种探针目前均支持三种探测方式')).toBe(true);
    expect(isSentence('API Server目前支持以下几种授权策略')).toBe(true);
    expect(isSentence('支持的存储类型')).toBe(false);
  });
});

describe('what an English tutorial leaves in its lists', () => {
  it('`etc.` is no member, and `Scenario 1` no name', () => {
    const note = ['## Math Functions', '', '- add: sums its arguments', '- sub: subtracts the second argument from the first', '- mul: multiplies its arguments', '- div: divides the first argument by the second', '- etc.', '', '## String Functions', '', '- upper: turns the text into capitals', '- trim: removes spaces at both ends', '- quote: wraps the text in double quotes', ''].join('\n');
    for (const q of questionsOf(note)) expect(q.choices).not.toContain('etc.');
    expect(isNonName('Scenario 1')).toBe(true);
    expect(isNonName('方案二')).toBe(true);
    expect(isNonName('Scenario Planner')).toBe(false);
    // A circumstance (`Inside the cluster`) or a phrase with its example (`protocols like AMQP`) names nothing.
    expect(isNonName('Inside the cluster')).toBe(true);
    expect(isNonName('Asynchronous protocols like AMQP')).toBe(true);
    expect(isNonName('Ingress Controller')).toBe(false);
    // A clause run into the list (`Traffic always flows`) and the rest of a list (`其他影响调度的因素`) name nothing.
    expect(isNonName('Traffic always flows')).toBe(true);
    expect(isNonName('其他影响调度的因素')).toBe(true);
    expect(isNonName('Always')).toBe(false);
    expect(isNonName('Node affinity')).toBe(false);
    const services = ['## Services', '', '- Inside the cluster: other pods reach the app through the service name and its port', '- Asynchronous protocols like AMQP: services talk through a broker instead of calling each other', '- ClusterIP: the default type, a virtual address reachable only from inside the cluster', ''].join('\n');
    expect(questionsOf(services).some((q) => /Inside the cluster|like AMQP/.test(q.prompt))).toBe(false);
  });

  it('the parts of an architecture are not steps, and a step that says it comes last gives its place away', () => {
    const arch = ['## CI runners in short', '', '- **Runners** pick up the jobs a server hands out.', '- **Architecture**: Server → Runner → Executor → Environment.', '- **Tags** decide which runner takes which job.', ''].join('\n');
    expect(questionsOf(arch).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const handshake = ['### The Three-Way Handshake Process:', '', '1.  **Client Opens (SYN)**:', '    The process begins with the client sending a SYN that carries its first sequence number.', '', '2.  **Server Answers (SYN-ACK)**:', '    The server acknowledges that number and sends a sequence number of its own.', '', '3.  **Client Confirms (ACK)**:', '    Finally, the client acknowledges the server, and the connection is open.', ''].join('\n');
    expect(questionsOf(handshake).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('a question with no subject (When to use which?) is not asked; a heading\'s trailing emoji and arrows are no part of it', () => {
    const which = ['## Deployment styles', '', '### When to Use Which?', '', 'Push suits a few clusters you own; pull suits many clusters and strict access rules.', ''].join('\n');
    expect(questionsOf(which).some((q) => /Which\?/.test(q.prompt))).toBe(false);
    expect(displayTitle('Runners and Executors 🌐 → 🏃‍♂️ → 🛠️')).toBe('Runners and Executors');
  });

  it('a mistake and its fix is not a term and what it is', () => {
    const note = ['# Network policies', '', '## Common Mistakes and Fixes', '', '- Empty podSelector: add an ingress rule for the pods that should receive traffic.', '- Missing DNS egress: allow UDP and TCP port 53 to the cluster DNS pods.', '- Wrong namespace label: label the namespace and select it with namespaceSelector.', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'define' || q.type === 'identify')).toEqual([]);
  });

  it('a description whose words match one name better than the others (read-write by many nodes) gives it away', () => {
    expect(matchesBest('the volume can be mounted as read-write by many nodes', 'ReadWriteMany', ['ReadWriteOncePod', 'ReadOnlyMany'])).toBe(true);
    const note = ['## Access Modes', '', '- ReadWriteOnce: the volume can be mounted as read-write by a single node', '- ReadOnlyMany: the volume can be mounted read-only by many nodes', '- ReadWriteMany: the volume can be mounted as read-write by many nodes', '- ReadWriteOncePod: the volume can be mounted as read-write by a single Pod', ''].join('\n');
    for (const q of questionsOf(note).filter((x) => x.type === 'identify')) expect(q.prompt).not.toMatch(/read-write by many nodes/);
  });

  it('a status code beside its own name is not blanked', () => {
    const note = ['## Gateway errors', '', '- upstream timeout: when the backend takes longer than the proxy waits, the client gets 504 Gateway Timeout', '- no backend: when no endpoint is ready, the proxy answers with status 503 to every request', ''].join('\n');
    const cloze = questionsOf(note).filter((q) => q.type === 'cloze');
    expect(cloze.some((q) => /____ Gateway Timeout/.test(q.prompt))).toBe(false);
  });
});

describe('a name set apart by a full stop or by a list marker left in a paragraph', () => {
  it('is the name, and what follows is its description without the stop', () => {
    const [zh, en] = banksOf(['## Pod 的状态', '', 'Pod 的 status.phase 有以下几种：', '', '1. **Pending**。API 对象已经创建，但还有容器没有创建成功', '2. **Running**。Pod 已经调度到节点，至少一个容器正在运行', '3. **Failed**。至少有一个容器以非零的返回码退出', '', '### The pod lifecycle', '', 'Pods can have three states:', '    - __Pending phase:__ the pod is waiting for its containers to be created.', '    - __Running phase:__ the pod is bound to a node and its containers are running.', ''].join('\n'));
    expect(zh?.kind === 'terms' && zh.entries.map((e) => [e.term, e.detail.slice(0, 3)])).toEqual([['Pending', 'API'], ['Running', 'Pod'], ['Failed', '至少有']]);
    expect(en?.kind === 'terms' && en.entries.map((e) => e.term)).toEqual(['Pending phase', 'Running phase']);
  });
});

describe('lines of syntax and links to files', () => {
  it('a colon inside brackets makes no term, and a link to another file describes nothing', () => {
    const [bank] = banksOf('## 给镜像打标签\n\n- 格式为 docker tag IMAGE[:TAG] [HOST[:PORT]/]REPO[:TAG]\n- 作用：给同一个镜像再起一个带仓库地址的名字\n');
    const terms = bank?.kind === 'terms' ? bank.entries.map((e) => e.term) : [];
    expect(terms.some((t) => t.includes('['))).toBe(false);
    expect(isValueOnly('docs/25.Pod 水平自动伸缩.md')).toBe(true);
    expect(isValueOnly('按 CPU 用量水平伸缩 Pod 的副本数')).toBe(false);
    // Only a setting's default: `failedJobsHistoryLimit (default 1)` says nothing of what it keeps.
    for (const t of ['default 1', 'defaults to true', '默认 3', '默认值为 Always']) expect(isValueOnly(t), t).toBe(true);
    expect(isValueOnly('默认值，容器退出后不会自动重启')).toBe(false);
  });
});

describe('a wrong description of a word or two', () => {
  it('is not set beside a real one', () => {
    const note = ['## 标识符的规则', '', '- 首字符：必须是字母、下划线或者美元符号，不能是数字', '- 后续字符：可以是字母、数字、下划线或者美元符号的任意组合', '- 关键字：语言保留的单词都不能拿来当作标识符使用', '- 大小写：敏感', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'define');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.choices).not.toContain('敏感');
  });
});

describe("a pointer to the book's other chapters", () => {
  it('is not part of what a term means', () => {
    const [bank] = banksOf('## 暴露给容器的元数据\n\n- 服务账户名：访问 API 服务器时用来证明身份的账户，12章介绍\n- 节点名称：调度器为 Pod 选中的那台机器\n- 资源限制：每个容器能用的 CPU 和内存, see chapter 14\n- 副本集：保证同一模板的 Pod 数量始终等于期望值 (§3.2)\n');
    expect(bank?.kind === 'terms' && bank.entries.map((e) => e.detail)).toEqual(['访问 API 服务器时用来证明身份的账户', '调度器为 Pod 选中的那台机器', '每个容器能用的 CPU 和内存', '保证同一模板的 Pod 数量始终等于期望值']);
  });

  it('nor is a link to click for more: `Click here to see pod architecture`', () => {
    const [bank] = banksOf('## Terms\n\n- Pod: one or more containers deployed together to a single node. [Click here](pod.md) to see pod architecture\n- Node: a machine that runs what the control plane assigns it. 点击这里查看节点架构。\n- Cluster: the control plane and the nodes it manages\n');
    expect(bank?.kind === 'terms' && bank.entries.map((e) => e.detail)).toEqual(['one or more containers deployed together to a single node.', 'a machine that runs what the control plane assigns it.', 'the control plane and the nodes it manages']);
  });

  it('nor is a section it points to or a spec to read', () => {
    const [bank] = banksOf('## 请求的三道关\n\n- 认证：确认发请求的是谁，在4.2节中讲到\n- 授权：确认这个身份能否做这件事，具体参考 RBAC 文档\n- 准入：按集群规则改写或拒绝请求，详见 webhook 一节\n');
    expect(bank?.kind === 'terms' && bank.entries.map((e) => e.detail)).toEqual(['确认发请求的是谁', '确认这个身份能否做这件事', '按集群规则改写或拒绝请求']);
  });
});

describe('a name and its translation set apart by a dash', () => {
  it('is the name, with the translation as another name for it', () => {
    const [bank] = banksOf('## 缓存淘汰策略\n\n- LRU – 最近最少使用：淘汰最久没有被访问过的条目\n- LFU – 最不经常使用：淘汰访问次数最少的条目\n- FIFO – 先进先出：按条目写入缓存的先后顺序淘汰\n');
    expect(bank?.kind === 'terms' && bank.entries.map((e) => [e.term, e.aliases])).toEqual([
      ['LRU', ['最近最少使用']],
      ['LFU', ['最不经常使用']],
      ['FIFO', ['先进先出']],
    ]);
  });
});

describe('choices side by side', () => {
  it('are names of one shape: file patterns, constants and dotted names keep to their own', () => {
    expect(alike('*.tar.gz', '*.zip')).toBe(true);
    expect(alike('*.tar.gz', 'ETCD_DATA_DIR')).toBe(false);
    expect(alike('ETCD_DATA_DIR', 'ETCD_NAME')).toBe(true);
    expect(alike('ETCD_DATA_DIR', 'OnFailure')).toBe(false);
    expect(alike('Object.class', 'OnFailure')).toBe(false);
    expect(alike('OnFailure', 'Always')).toBe(true);
    // A file among files, never among a manifest's dotted fields.
    expect(alike('values.yaml', 'Chart.yaml')).toBe(true);
    expect(alike('values.yaml', 'spec.replicas')).toBe(false);
  });
});

describe('the parts of a manifest under a how-to heading', () => {
  it('are what each part holds, not steps', () => {
    const note = [
      '## How to Write a Manifest',
      '',
      '1. apiVersion: Specifies which version of the API serves this kind of object.',
      '2. Metadata: Identifies the object, with its name, namespace and labels.',
      '3. Spec: Defines the state you want the object to reach and keep.',
      '4. Status: Holds the state the cluster last observed, filled in by the controllers.',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe('entries whose description is code or one install\'s pick', () => {
  it('are not asked to be matched: a line of code describes nothing, and an option\'s value is that install\'s', () => {
    const note = [
      '## 文件选择框',
      '',
      '- 起始目录：picker.setStartFolder(new Folder("."))。',
      '- 取出异常：Throwable cause = context.getFailure()。',
      '- 注入属性：@Inject private ErrorView errorView。',
      '- 多选模式：允许用户一次选中多个文件，返回一个文件数组',
      '- 目录模式：只能选中文件夹，普通文件都显示为灰色',
      '- 预览模式：在右侧面板里显示选中图片的缩略图',
      '',
      '## 安装选项',
      '',
      '- 时区选择：亚洲上海',
      '- 磁盘设置：手动分区',
      '- 软件选择：最小安装',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type !== 'recall').map((q) => q.subject);
    for (const term of ['起始目录', '取出异常', '注入属性', '时区选择', '磁盘设置', '软件选择']) expect(asked).not.toContain(term);
    expect(asked.some((t) => ['多选模式', '目录模式', '预览模式'].includes(t))).toBe(true);
  });
});

describe("an installer's options", () => {
  it('are settings and their values, not steps to put in order', () => {
    const note = [
      '## 集群搭建',
      '',
      '### 主机安装',
      '',
      '系统安装过程中留意以下几个选项：',
      '',
      '- 虚拟机硬件环境：CPU（4C） 内存（8G） 硬盘（100G）',
      '',
      '- 时区选择：亚洲上海',
      '',
      '- 软件选择：最小安装',
      '',
      '- 磁盘设置：手动分区',
      '',
      '- 网络配置：按照下面的地址信息配置网卡',
      '',
      '  ```',
      '  地址: 10.0.0.11',
      '  网关: 10.0.0.1',
      '  ```',
      '',
      '- 主机名设置：按照下面的名称设置主机名',
      '',
      '  ```',
      '  控制节点: cp1',
      '  ```',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe('names typed from their description', () => {
  it('are not asked when the description holds every word of the name', () => {
    const note = [
      '# Calico encapsulation modes',
      '',
      '- IP-in-IP: wraps each IP packet in an outer IP packet between the nodes of different subnets',
      '- VXLAN: wraps each frame in a UDP datagram, for networks that drop the IP protocol number 4',
      '- BGP: announces pod routes to the other nodes and the top-of-rack routers directly',
      '',
    ].join('\n');
    const typed = questionsOf(note).filter((q) => q.type === 'typed');
    expect(typed.some((q) => q.answer === 'IP-in-IP')).toBe(false);
    // `lc` for least connection: one tool's two-letter code is no name to type from a description.
    const codes = ['## IPVS scheduling', '', '- rr: hands each new connection to the next backend in turn, round and round', '- lc: sends a new connection to the backend that holds the fewest open ones', '- sed: picks the backend with the shortest expected delay for the next job', ''].join('\n');
    expect(questionsOf(codes).some((q) => q.type === 'typed' && /^(?:rr|lc)$/.test(String(q.answer)))).toBe(false);
    expect(typed.length).toBeGreaterThan(0);
  });

  it('are not a key in one program\'s spelling, nor a field told by one of its values', () => {
    const note = [
      '# Metrics exporter',
      '',
      '## Labels',
      '',
      '- node_uid: the unique identifier a cloud provider or an operator gives each machine',
      '- pod_namespace: the namespace the measured workload was created in by its owner',
      '- cgroupPath: the spot in the control group tree whose counters the sample was read from',
      '',
      '## Volume settings',
      '',
      '- ReclaimPolicy: Retain - the volume and its data outlive the claim that used them',
      '- VolumeBindingMode: Immediate - the volume is made as soon as the claim is created',
      '- MountOptions: extra flags handed to the kernel each time the volume is attached to a node',
      '',
    ].join('\n');
    const typed = questionsOf(note).filter((q) => q.type === 'typed').map((q) => String(q.answer));
    expect(typed).not.toContain('node_uid');
    expect(typed).not.toContain('pod_namespace');
    expect(typed).not.toContain('ReclaimPolicy');
    expect(typed).not.toContain('VolumeBindingMode');
    expect(typed).toContain('cgroupPath');
    expect(typed).toContain('MountOptions');
    // Nor picked among choices: a field's one value explained is no description of the field.
    const chosen = questionsOf(note).filter((q) => q.type === 'define' || q.type === 'identify');
    expect(chosen.length).toBeGreaterThan(0);
    for (const q of chosen) {
      expect(q.prompt).not.toMatch(/ReclaimPolicy|VolumeBindingMode|^(?:Retain|Immediate) - /m);
      expect(q.choices[q.answer as number]).not.toMatch(/ReclaimPolicy|VolumeBindingMode|^(?:Retain|Immediate) - /);
    }
  });
});

describe('recall terms that name nothing', () => {
  it('keycap marks, quantifiers, claims, abstract nouns and action headings are not asked or shown', () => {
    const note = [
      '# Cluster setup',
      '',
      '## 1️⃣ Install the Components',
      '',
      '- **kubectl**: The command line client that sends requests to the API server for you',
      '- **Exposure**: Services are reached through a node port on every machine of the cluster',
      '- **Interoperability**: Images built with one tool run under another runtime without changes',
      '',
      '## 网络模型',
      '',
      '- 每个节点：分配一个独立的子网，其中的地址交给该节点上的 Pod 使用',
      '- 对底层网络要求较高：无隧道的设计依赖底层网络能正确转发三层流量',
      '- 路由反射器：集中接收并转发各节点的路由，避免节点之间两两建立连接',
      '',
    ].join('\n');
    const prompts = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts.some((p) => /kubectl/.test(p))).toBe(true);
    expect(prompts.some((p) => /\u20E3|\uFE0F/.test(p))).toBe(false);
    expect(prompts.some((p) => /Exposure|Interoperability|每个节点|要求较高/.test(p))).toBe(false);
    expect(prompts.some((p) => /路由反射器/.test(p))).toBe(true);
  });
});

describe('a group with a short title', () => {
  it('is named with what it is part of', () => {
    const note = [
      '# 理解 Kubernetes 对象',
      '',
      '## 必须字段',
      '',
      '- apiVersion：创建该对象所使用的 Kubernetes API 的版本',
      '- kind：想要创建的对象的类别，例如 Pod 或 Deployment',
      '- metadata：帮助唯一标识对象的数据，包括名称和命名空间',
      '- spec：对象的期望状态，不同类别的对象格式不同',
      '',
      '## 可选字段',
      '',
      '- labels：附在对象上的键值对，供选择器挑选对象',
      '- annotations：附在对象上的非识别性信息，供工具读取',
      '- finalizers：删除对象前必须先完成的清理工作的名单',
      '- ownerReferences：指向拥有该对象的上级对象，用于级联删除',
      '',
      '## 常见对象',
      '',
      '- Pod：最小的调度单位，装着一个或几个容器',
      '- Service：为一组 Pod 提供稳定的访问地址',
      '- ConfigMap：保存非机密的配置数据，供 Pod 读取',
      '',
    ].join('\n');
    const groups = questionsOf(note).filter((q) => (q.type === 'member' || q.type === 'multi') && /字段/.test(q.prompt));
    expect(groups.length).toBeGreaterThan(0);
    for (const q of groups) expect(q.prompt).toMatch(/Kubernetes 对象 › (?:必须|可选)字段/);
  });

  it('under a heading of one short word is named with the heading above that', () => {
    const note = [
      '---',
      'title: "OpenYurt介绍"',
      '---',
      '',
      '# 3. 组件',
      '',
      '## 3.2. 节点端',
      '',
      '- YurtHub：节点上的代理，缓存 API 服务器的响应，断网时由它应答',
      '- YurtTunnelAgent：从节点主动连向云端，打通反向隧道',
      '- NodeLifecycle：在节点失联时决定是否驱逐它上面的 Pod',
      '',
    ].join('\n');
    const asked = questionsOf(note, 'edge/openyurt.md').filter((q) => q.type === 'define' || q.type === 'identify');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt, q.prompt).toMatch(/「OpenYurt › 节点端」/);
  });

  it('that starts with whose it is needs no heading above it', () => {
    const note = [
      '## 排障记录',
      '',
      '- 卷一直挂不上',
      '  - 先看 StorageClass 是否存在，再看 provisioner 的日志',
      '  - PV状态：Available, Bound, Released, Failed',
      '- Pod 起不来',
      '  - Pod阶段：Pending, Running, Succeeded, Failed, Unknown',
      '  - 容器状态：Waiting, Running, Terminated',
      '',
    ].join('\n');
    const groups = questionsOf(note).filter((q) => q.type === 'member' || q.type === 'multi');
    expect(groups.length).toBeGreaterThan(0);
    for (const q of groups) expect(q.prompt, q.prompt).not.toMatch(/挂不上/);
  });

  it('symptoms are not terms to explain', () => {
    const note = ['# 排障', '', '## 现象与原因', '', '- slow or timed-out cross-node access: 节点之间的隧道封包被防火墙丢弃，需要放行对应端口', '- 跨节点访问超时：节点之间的隧道封包被防火墙丢弃，需要放行对应端口', ''].join('\n');
    expect(questionsOf(note).some((q) => q.type === 'recall' && /timed-out|超时/.test(q.prompt))).toBe(false);
  });
});

describe('a procedure titled by one short word', () => {
  it('is named with the subject it is part of', () => {
    const note = [
      '---',
      'title: "Paxos 算法"',
      '---',
      '',
      '# 2. 过程',
      '',
      '## 2.1 提交',
      '',
      '- 首先提议者选一个编号并向多数派发送准备请求',
      '- 然后接受者承诺不再接受更小编号的提议并回复',
      '- 最后提议者收到多数回复后发送接受请求并等待确认',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'order' || (q.type === 'recall' && /步骤/.test(q.prompt)));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt, q.prompt).toMatch(/Paxos 算法 › 提交/);
  });
});

describe('a well-known name mistyped by one letter', () => {
  it('is asked as the field spells it, while plurals, hyphen variants and other names stay', () => {
    expect(correctKnownNames('DaemenSet')).toBe('DaemonSet');
    expect(correctKnownNames('kebe-scheduler')).toBe('kube-scheduler');
    expect(correctKnownNames('CrashLookBackOff')).toBe('CrashLoopBackOff');
    expect(correctKnownNames('kebectl drain')).toBe('kubectl drain');
    expect(correctKnownNames('PORWARD链')).toBe('FORWARD链');
    expect(correctKnownNames('PREROUTING链')).toBe('PREROUTING链');
    // Real tools one letter from a known name are left as they are.
    expect(correctKnownNames('kubectx kubens')).toBe('kubectx kubens');
    expect(correctKnownNames('Kubenet Plugin')).toBe('Kubenet Plugin');
    expect(correctKnownNames('DaemonSets')).toBe('DaemonSets');
    expect(correctKnownNames('kube-api-server')).toBe('kube-api-server');
    expect(correctKnownNames('kubelet')).toBe('kubelet');
    // A letter dropped or doubled inside a long name is a slip too; a last `s` or a hyphen is not.
    expect(correctKnownNames('maxurge')).toBe('maxSurge');
    expect(correctKnownNames('RunntimeService')).toBe('RuntimeService');
    expect(correctKnownNames('POSTOUTING链')).toBe('POSTROUTING链');
    expect(correctKnownNames('NodePart')).toBe('NodePort');
    expect(correctKnownNames('ClusterIPs')).toBe('ClusterIPs');
    expect(correctKnownNames('KubeAPIServer')).toBe('KubeAPIServer');
    expect(correctKnownNames('Job')).toBe('Job');
    const banks = banksOf('# Objects\n\n- DaemenSet: runs one copy of a Pod on every node of the cluster\n- StatefulSet: gives each Pod a stable name and its own volume\n');
    const terms = banks.flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).toEqual(['DaemonSet', 'StatefulSet']);
  });

  it('gRPC is typed out either way it is read', () => {
    const typed = questionsOf('# RPC\n\n## Protocols\n\n- **gRPC** (Google Remote Procedure Call): calls between services over HTTP/2 with Protocol Buffers\n- **REST** (Representational State Transfer): resources over HTTP with the usual verbs\n- **SOAP** (Simple Object Access Protocol): XML envelopes exchanged between services\n').filter((q) => q.type === 'typed' && /gRPC/.test(q.prompt));
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      // The project's own expansion is the answer shown; the note's reading is still accepted.
      expect(q.answer).toBe('gRPC Remote Procedure Calls');
      expect((q as { accept: string[] }).accept).toContain('Google Remote Procedure Call');
    }
  });
});

describe('more that is not a fact or a name', () => {
  it('a crontab line and a loose bound make no blank', () => {
    const note = [
      '# 节点维护',
      '',
      '## 时间同步',
      '',
      '- 定时任务：30 5 * * * /usr/sbin/ntpdate time.example.com 每天早晨同步一次时间',
      '- MTU：隧道封装让包变长，物理网络的 MTU 通常要设为 1600 字节或更大',
      '- 心跳：节点每 10 秒向控制面续约一次租约，超时即被标记为失联',
      '',
    ].join('\n');
    const blanks = questionsOf(note).filter((q) => q.type === 'cloze').map((q) => String(q.choices[q.answer as number]));
    expect(blanks).not.toContain('30');
    expect(blanks.some((b) => /1600/.test(b))).toBe(false);
  });

  it('a phrase of circumstance, a setting with its value and shorthand are not names', () => {
    const note = [
      '# 发布',
      '',
      '## 分批',
      '',
      '- 在第一批次：只升级一个 Pod，观察指标是否正常再继续',
      '- 在第二批次：升级一半的 Pod，继续观察错误率和延迟',
      '- 在第三批次：升级剩下的全部 Pod，完成整个发布过程',
      '',
      '## 日志参数',
      '',
      '- --logtostderr=false：日志写到文件而不是标准错误输出',
      '- --v=0：日志的详细程度，数字越大输出越多',
      '- --log-dir=/var/log/app：日志文件存放的目录位置',
      '',
      '## Aliases',
      '',
      '- sl: shortens the name of the flag that follows a get command',
      '- cm: shortens the kind of object that holds plain configuration',
      '- w: shortens the flag that keeps watching for changes',
      '- ns: shortens the kind of object that scopes other objects',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => q.type !== 'recall' && /在第.批次|=false|--v=0/.test(shown(q)))).toBe(false);
    expect(qs.some((q) => (q.type === 'member' || q.type === 'multi') && q.choices.includes('sl'))).toBe(false);
  });
});

describe('small tells', () => {
  it('a lettered heading prefix, a release name before a version, a port among names, a pointing sentence, a two-word clue', () => {
    const note = [
      '# Kubeconfig',
      '',
      '## (c) contexts Section',
      '',
      '- cluster: the entry of the clusters list this context talks to',
      '- namespace: the namespace commands use when none is given on the line',
      '- user: the entry of the users list whose credentials are sent',
      '',
      '## Requirements',
      '',
      '- **macOS**: macOS High Sierra 10.13 or later releases are supported for the driver',
      '',
      '## Control plane node',
      '',
      '- kube-apiserver: serves the API that every other component talks to',
      '- etcd ports: TCP 2379-2380 are opened for the key-value store and its peers',
      '- kube-scheduler: picks a node for every new pod that has none yet',
      '- kube-controller-manager: runs the loops that move the cluster towards its spec',
      '',
      '## Claim fields',
      '',
      '- resources.requests.storage: This should be less than or equal to the capacity of the volume',
      '- Recreate: Default Strategy',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => /\(c\)/.test(q.prompt))).toBe(false);
    expect(qs.some((q) => q.type === 'cloze' && /10\.13/.test(String(q.choices[q.answer as number])))).toBe(false);
    expect(qs.some((q) => q.choices.some((c) => /^TCP \d/.test(c)) && q.choices.some((c) => /kube-/.test(c)))).toBe(false);
    expect(qs.some((q) => /This should be less/.test(shown(q)))).toBe(false);
    expect(qs.some((q) => q.type === 'identify' && /Default Strategy/.test(q.prompt))).toBe(false);
  });

  it('a wrong description that names the term asked about is not offered', () => {
    const note = [
      '# Images',
      '',
      '## OCI parts',
      '',
      '- **OCI Image Manifest**: a JSON document listing the layers, their digests and the config of one image',
      '- **OCI Image Index**: points at one manifest per platform, so one tag serves several architectures',
      '- **OCI Image Layout**: the directory structure that holds blobs and an index on disk',
      '- **Layer tarball**: OCI images use the OCI Image Manifest to list these compressed filesystem changes',
      '',
    ].join('\n');
    for (const q of questionsOf(note).filter((x) => x.type === 'define' && x.subject === 'OCI Image Manifest')) {
      expect(q.choices.filter((c) => /OCI Image Manifest/.test(c))).toHaveLength(0);
    }
  });
});

describe('a list that leaves out a real member', () => {
  it('is never offered the forgotten member as an outsider', () => {
    expect(belongsInFact('PV状态', 'Pending')).toBe(true);
    expect(belongsInFact('Pod phases', 'Unknown')).toBe(true);
    expect(belongsInFact('PV状态', 'Waiting')).toBe(false);
    // `Types of Services` that leaves ClusterIP out: ClusterIP is still one.
    expect(belongsInFact('Types of Services', 'ClusterIP')).toBe(true);
    expect(belongsInFact('Pods lifecycle phases', 'Unknown')).toBe(true);
    // Priority and preemption are read by the scheduler from the Pod's spec as much as affinity is.
    expect(belongsInFact('Pod spec placement fields', 'preemptionPolicy')).toBe(true);
    expect(belongsInFact('Pod spec placement fields', 'globalDefault')).toBe(false);
    const note = [
      '# 存储与容器',
      '',
      '## PV状态',
      '',
      '- Available：空闲，还没有被任何声明绑定',
      '- Bound：已经被某个声明绑定',
      '- Released：声明已删除，但资源还没被集群回收',
      '- Failed：自动回收失败',
      '',
      '## Pod 阶段',
      '',
      '- Pending：已被系统接受，但还有容器没有创建',
      '- Running：已绑定到节点，至少一个容器在运行',
      '- Succeeded：所有容器都成功终止，不会再重启',
      '',
      '## 容器状态',
      '',
      '- Waiting：还在等待启动所需的操作完成',
      '- Terminated：已经运行结束，成功或失败退出',
      '',
    ].join('\n');
    const groups = questionsOf(note).filter((q) => q.type === 'member' || q.type === 'multi');
    const pv = groups.filter((q) => /PV状态/.test(q.prompt));
    const pod = groups.filter((q) => /Pod 阶段/.test(q.prompt));
    expect(pv.length).toBeGreaterThan(0);
    expect(pod.length).toBeGreaterThan(0);
    for (const q of pv) expect(q.choices).not.toContain('Pending');
    // Failed is a Pod phase this note forgot, and a PV phase beside it.
    for (const q of pod) expect(q.choices).not.toContain('Failed');
    // `PV › 状态`: whose states is said by the heading above.
    const nested = questionsOf(note.replace('## PV状态', '## PV\n\n### 状态')).filter((q) => (q.type === 'member' || q.type === 'multi') && /PV › 状态|「状态」/.test(q.prompt));
    expect(nested.length).toBeGreaterThan(0);
    for (const q of nested) expect(q.choices).not.toContain('Pending');
  });
});

describe('a numbered list under a plain lead-in', () => {
  it('is a procedure when a doing word leads it and its items are instructions', () => {
    const note = [
      '# Linux networking',
      '',
      'Bringing up a network namespace:',
      '',
      '1. Create the namespace with ip netns add',
      '2. Create a veth pair and move one end into the namespace',
      '3. Assign an address to each end of the pair',
      '4. Set both ends of the pair up',
      '',
    ].join('\n');
    const banks = banksOf(note);
    expect(banks.some((b) => b.kind === 'steps' && b.steps.length === 4)).toBe(true);
  });
});

describe('layout and examples, not knowledge', () => {
  it('community-knowledge and analogy sections, config values, pointers to the note and diagram answers make nothing', () => {
    expect(isScaffoldTitle('Community Knowledge')).toBe(true);
    expect(isScaffoldTitle('Analogy')).toBe(true);
    expect(isScaffoldTitle('Services')).toBe(false);
    for (const guide of ['How to use this', 'How to Use This Section', 'How to use these notes']) expect(isScaffoldTitle(guide), guide).toBe(true);
    expect(isScaffoldTitle('How to use a ConfigMap')).toBe(false);
    // A plan for one's own project: its stages, its server, its wishes are no knowledge.
    expect(isScaffoldTitle('个人博客系统 Kubernetes 实战项目计划')).toBe(true);
    expect(isScaffoldTitle('Homelab project plan')).toBe(true);
    // The job around the knowledge: who does which tasks, and the tickets of a working day.
    for (const job of ['Daily Engineer Tasks', 'Real Industry Tasks', 'Day-to-day SRE responsibilities', '日常工作']) expect(isScaffoldTitle(job), job).toBe(true);
    expect(isScaffoldTitle('Kubelet tasks on a node')).toBe(false);
    const note = [
      '# Storage',
      '',
      '## Claims',
      '',
      '- **Claim size**: a claim asks for space with requests: storage: 10Gi in its spec',
      '- **Binding**: the controller binds a claim to a volume of at least 5 GiB when asked for that much',
      '- **Options**: the 3 options above decide how a claim may be mounted',
      '',
      '### How does TLS termination work?',
      '',
      '```mermaid',
      'sequenceDiagram',
      '  Client->>Ingress: TLS hello',
      '```',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => q.type === 'cloze' && /10Gi/.test(String(q.choices[q.answer as number])))).toBe(false);
    expect(qs.some((q) => q.type === 'cloze' && /above/.test(q.prompt))).toBe(false);
    expect(qs.some((q) => q.type === 'recall' && /TLS termination/.test(q.prompt))).toBe(false);
  });

  it('a group holding lab steps is no group, and a gloss only on the right choices gives them away', () => {
    const note = [
      '# 存储',
      '',
      '## PV',
      '',
      '- 准备NFS环境：在一台机器上安装并启动 NFS 服务',
      '- 创建pv.yaml：写好持久卷的清单文件并提交',
      '- capacity：持久卷提供的存储空间大小',
      '- accessModes：持久卷允许的挂载方式',
      '',
    ].join('\n');
    expect(questionsOf(note).some((q) => (q.type === 'member' || q.type === 'multi') && /PV/.test(q.prompt))).toBe(false);
    const multi = (choices: string[], answer: number[]): Question =>
      ({ id: 'm', type: 'multi', prompt: '以下哪些属于「PV 生命周期」？（多选）', choices, answer, bank: 'b', subject: 'PV 生命周期', source: { file: 't.md', line: 1 } }) as unknown as Question;
    expect(gateQuestion(multi(['Binding（绑定）', 'Using（使用）', 'Waiting', 'Releasing（释放）', 'Terminated'], [0, 1, 3]))).toBe('giveaway');
    expect(gateQuestion(multi(['Binding', 'Using', 'Waiting', 'Releasing', 'Terminated'], [0, 1, 3]))).toBeNull();
  });
});

describe('last tells', () => {
  it('letters held in another order, an example lead or a step number as a term, a step that holds the next one', () => {
    expect(holdsLetters('IPAM', 'Manage IP address allocation')).toBe(true);
    expect(holdsLetters('CNI', 'Manage IP address allocation')).toBe(false);
    const note = [
      '# Setup',
      '',
      '## Roles',
      '',
      '- 例如：可以给用户绑定一个只读的角色，让他只能查看资源',
      '- Step 2: check the events of the pod that failed to start',
      '- 隐式授权：未匹配任何规则的请求一律被拒绝，不会放行',
      '- 显式授权：规则里写明的动词和资源才会被允许访问',
      '',
      '## 安装流程',
      '',
      '1. 安装KubeSphere前置环境',
      '2. 安装KubeSphere',
      '3. 检查控制台能否登录',
      '4. 开启可插拔组件',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => q.type !== 'recall' && (/^例如$/.test(q.subject) || (q.choices as string[]).includes('例如') || (q.choices as string[]).includes('Step 2')))).toBe(false);
    expect(qs.some((q) => q.type === 'next' && /安装KubeSphere前置环境/.test(q.prompt) && q.choices[q.answer as number] === '安装KubeSphere')).toBe(false);
  });
});

describe("the note's numbering, made-up cases and self-describing names", () => {
  const clozeAnswers = (note: string): string[] =>
    questionsOf(note)
      .filter((q) => q.type === 'cloze')
      .map((q) => q.choices[q.answer as number] as string);

  it('never blanks an item number, a field set in prose, a made-up case or a value shown as a percentage', () => {
    const note = [
      '# 负载均衡',
      '',
      '## 转发模式',
      '',
      '**DR 模式**：调度器和后端机器必须处在同一个二层网络里。',
      '',
      '<1> 调度器只改写数据帧的目标 MAC 地址，IP 层的字段保持原样',
      '',
      '<2> 后端机器要在 lo 网卡上配置同一个虚拟 IP 才能接收报文',
      '',
      '## 调度过程',
      '',
      '**Scheduler**：为还没有节点的 Pod 挑选合适的节点。',
      '',
      '（1）用户通过 kubectl 把 Deployment 提交给 API Server，经过校验后写入 etcd。',
      '',
      '（3）调度器为每个 Pod 选择节点，并把结果写回 API Server。',
      '',
      '## 滚动参数',
      '',
      '- maxSurge: 1 表示升级过程中最多多出来的 Pod 个数',
      '- progressDeadlineSeconds: 超过这个时间没有进展就把升级标记为失败，默认为 600 秒',
      '',
      '由于 replicas为4，整个升级过程中 Pod 总数在 3 到 5 之间。',
      '',
      '## cgroups',
      '',
      '**cgroup 层级**：每个子系统挂载成一棵树，进程加入树上的节点后受它的限制。',
      '',
      'cgroups 可以限制进程组使用的资源，比如在一台十六核的机器上同时跑前端和批处理任务时，可以只让前端使用其中的十二个核，剩下的四个核交给批处理任务。',
      '',
      '## 选择概率',
      '',
      '**statistic 模块**：按概率匹配报文，用来在多个后端之间分流。',
      '',
      'iptables 模式按照 1/(n-i) 给每条规则设置概率，譬如有两个后端时第一条规则的概率是 0.5，也就是 50% 的请求命中第一个后端。',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    // What may still be asked: a default the note states as a fact.
    expect(answers).toContain('600 秒');
    for (const bad of ['1', '2', '3', '4', '四个', '十二个', '50%', '0.5']) expect(answers, bad).not.toContain(bad);
  });

  it('never blanks a release number the topic line shows, a count of what came before, or a bound', () => {
    const note = [
      '# Docker 17.06 新特性',
      '',
      '**host 网络**：容器直接使用宿主机的网络栈，没有独立的网络命名空间。',
      '',
      '从 17.06 版本开始 swarm 服务也可以使用 host 网络。',
      '',
      '**macvlan 驱动**：给容器分配一个真实的 MAC 地址，让它像一台物理机一样出现在网络里。',
      '',
      'Overlay 网络加入了加密选项，macvlan 也支持了 swarm 模式。这两个改进都被标记为实验特性。',
      '',
      '**ingress 网络**：The routing mesh is available on Docker 1.12 and higher for every published port.',
      '',
      '**角色**：etcd 的角色主要分三类：管理员角色在初始化时创建，拥有全部权限；访客角色自动创建，用于未认证的访问。普通角色由管理员创建并授权。',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    for (const bad of ['17.06', '两个', '1.12', '三类']) expect(answers, bad).not.toContain(bad);
  });

  it("asks nothing that names a note's own labels for its examples, and no flag by its description", () => {
    const note = [
      '# 节点失联',
      '',
      '## 心跳',
      '',
      '控制面收不到节点心跳的原因有很多，例如：',
      '',
      '- 进程卡死：kubelet 的主循环不再推进，心跳停止上报',
      '- 人为失误：运维同学把 kubelet 服务停掉了',
      '- 网络抖动：交换机切换期间节点和控制面之间丢包',
      '',
      '## 驱逐参数',
      '',
      '- --node-monitor-period：控制器检查节点状态的间隔，默认 5 秒',
      '- --node-eviction-rate：每秒从故障节点上驱逐的 Pod 数量，默认 0.1',
      '- --unhealthy-zone-threshold：可用区内不健康节点占比达到多少时降低驱逐速率，默认 55%',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    const choice = qs.filter((q) => q.type !== 'recall' && q.type !== 'cloze');
    expect(choice.some((q) => /进程卡死|人为失误|网络抖动/.test(shown(q)))).toBe(false);
    expect(choice.some((q) => /--node-eviction-rate|--node-monitor-period/.test(shown(q)))).toBe(false);
    // The flags' defaults are still facts worth a blank.
    expect(qs.some((q) => q.type === 'cloze' && /--unhealthy-zone-threshold|驱逐参数/.test(q.prompt))).toBe(true);
  });

  it('explains no circumstance, source line, lab action, value split at its colon or bare label', () => {
    const note = [
      '# ipvs 简介',
      '',
      '**原文地址**：一篇讲 ipvs 与 iptables 性能对比的博客文章的标题',
      '',
      '**配置方法**：在 kube-proxy 的配置里把 mode 设为 ipvs，并确保节点加载了 ip_vs 相关的内核模块。',
      '',
      '**清理 csr 文件**：签发完成后证书请求文件已经没有用处，可以删掉以免混淆。',
      '',
      '**暂停和恢复**：升级过程中可以随时停下来观察，确认没问题后再继续往下走。',
      '',
      '**目前解决办法**：暂时没有找到稳定的办法，只能先重启节点上的组件。',
      '',
      '当 Pod 设置 hostNetwork: true 时，容器直接使用所在节点的网络，Pod 的 IP 就是节点的 IP。',
      '',
    ].join('\n');
    const prompts = questionsOf(note)
      .filter((q) => q.type === 'recall')
      .map((q) => q.prompt);
    expect(prompts).toContain('「ipvs」的配置方法是什么？');
    for (const bad of [/原文地址/, /清理 csr/, /暂停和恢复/, /目前解决办法/, /当 ?Pod/]) expect(prompts.some((p) => bad.test(p)), String(bad)).toBe(false);
  });

  it("blanks nothing in a tool's report, a sum worked out or a command's flags", () => {
    const report = (total: number, mean: string) => [`Requests      [total, rate]            ${total}, ${total / 10}.05`, `Latencies     [mean, 50, 95, 99, max]  ${mean}, 700.5µs, 5.2ms, 9.9ms, 120.4ms`, ''];
    const note = [
      '# 压测',
      '',
      '## 测试网络情况',
      '',
      '**Service 转发**：请求经过 kube-proxy 写下的规则到达后端 Pod。',
      '',
      ...report(30000, '2.1ms'),
      ...report(60000, '3.4ms'),
      '1.80/2.10 = 0.8571428571 说明容器网络损耗约 14%',
      '',
      'memtier -s $host -c 2000 -n 50000 --ratio 1:1',
      '',
      'memtier -s $host -c 4000 -n 80000 --ratio 1:1',
      '',
      'HTTP/3 needs a listener that speaks QUIC on port 443 by default, next to the TCP one.',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    expect(answers).toContain('443');
    for (const bad of ['30000', '2.1ms', '0.8571428571', '2000', '4000']) expect(answers, bad).not.toContain(bad);
  });

  it("names a list by the thing its lead-in counts, not by the lead-in's words, and asks nothing of measurements or image names", () => {
    const note = [
      '# 容器健康',
      '',
      '## 检查',
      '',
      '有如下三种探针：',
      '',
      '- livenessProbe：判断容器是否还活着，失败时由 kubelet 重启容器',
      '- readinessProbe：判断容器能否接收流量，失败时从 Service 的后端中摘除',
      '- startupProbe：等待慢启动的应用起来，成功之前另外两种探针都不执行',
      '',
      '其中：',
      '',
      '- initialDelaySeconds：容器启动后等多久才开始第一次探测',
      '- periodSeconds：两次探测之间相隔的时间',
      '',
      '## 组件镜像',
      '',
      '- fluentd：gcr.io/google_containers/fluentd-elasticsearch：1.22',
      '- kibana：gcr.io/google_containers/kibana:v4.6.1',
      '- SET：27964.21 requests per second',
      '- GET：27427.32 requests per second',
      '- LPUSH：26867.28 requests per second',
      '',
    ].join('\n');
    const titles = banksOf(note).map((b) => b.title);
    expect(titles).toContain('探针');
    expect(titles.some((t) => /有如下|^其中$/.test(t))).toBe(false);
    const qs = questionsOf(note);
    expect(qs.some((q) => /requests per second|gcr\.io/.test(shown(q)))).toBe(false);
    expect(qs.some((q) => /探针」/.test(q.prompt))).toBe(true);
    expect(qs.some((q) => q.type === 'cloze' && q.choices[q.answer as number] === '两次')).toBe(false);
  });

  it('asks nothing of an analogy, names no group or procedure by a clause about "it", and labels no blank by a walkthrough', () => {
    const note = [
      '# Networking',
      '',
      '## The Office Analogy',
      '',
      '- Pod: the desk where one team sits together',
      '- Node: the floor of the building that holds the desks',
      '- Service: the reception that forwards visitors to a free desk',
      '',
      '## What it covers',
      '',
      '- CNI plugin',
      '- kube-proxy',
      '- CoreDNS',
      '- NetworkPolicy',
      '',
      '## How They Work Together',
      '',
      '1. The client resolves the Service name through CoreDNS.',
      '2. The client sends the packet to the ClusterIP.',
      '3. kube-proxy rules rewrite the destination to a Pod IP.',
      '4. The CNI plugin routes the packet to the node that runs the Pod.',
      '',
      '## Debugging DNS',
      '',
      '- **Attempt 3**: servicename.namespace.svc answers after 5 retries with the search path',
      '- **runAsGroup**: 1000 (inherited from pod)',
      '- **fsGroup**: 2000 (set on the pod)',
      '- **runAsUser**: 3000 (set on the container)',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => /desk|reception/.test(shown(q)))).toBe(false);
    expect(qs.some((q) => /"What it covers"|"How They Work Together"/.test(q.prompt))).toBe(false);
    expect(qs.some((q) => (q.type === 'order' || q.type === 'next') && /Networking › How They Work Together/.test(q.prompt))).toBe(true);
    expect(qs.some((q) => /Attempt 3|inherited from pod/.test(q.prompt))).toBe(false);
  });

  it("asks nothing of a course's own plan: its levels, what the reader will be able to do, the next lesson", () => {
    const note = [
      '# Troubleshooting Course',
      '',
      '## Levels',
      '',
      '- **Beginner**: core objects, a first deployment, reading pod status and events',
      '- **Expert**: admission webhooks, packet capture and chaos experiments on a live cluster',
      '',
      "## What you'll be able to do by the end",
      '',
      'Walk into an incident you have never seen, find the failing layer and write the runbook for it.',
      '',
      "## What We've Learned",
      '',
      'Most failures show up first in events, then in the logs of the container that failed.',
      '',
      '## Tools',
      '',
      '- **k9s releases**: github.com/derailed/k9s/releases',
      '- **kubectx**: switches the current context of kubectl between clusters with one short command',
      '',
      '## Next',
      '',
      '- Level 2 — Networking Fundamentals →',
      '',
    ].join('\n');
    const prompts = questionsOf(note).map((q) => q.prompt);
    expect(prompts.some((p) => /kubectx/.test(p))).toBe(true);
    for (const bad of [/Beginner|Expert/, /by the end/, /We've Learned/, /k9s releases/, /Level ____|Next/]) expect(prompts.some((p) => bad.test(p)), String(bad)).toBe(false);
  });

  it("reading notes of a book: no expansion that spells its abbreviation, no plain word as a term, no chapter, NodePort or story of the lab as a blank", () => {
    const note = [
      '# 读书笔记',
      '',
      '## 访问模式',
      '',
      '- RWO：ReadWriteOnce，只允许一个节点以读写方式挂载',
      '- ROX：ReadOnlyMany，允许多个节点以只读方式挂载',
      '- RWX：ReadWriteMany，允许多个节点以读写方式挂载',
      '',
      '## 服务',
      '',
      '- 时间：给 Pod 设置 activeDeadlineSeconds 之后，运行超过这个时长就被判定为失败',
      '- 改为type：把 Service 的类型换成 NodePort 之后再加上端口映射',
      '- 服务账户：Pod 访问 API 服务器时用来认证身份的账户，12章会详细介绍',
      '- 测试端口：之后的测试访问 http 时用 31087 端口，访问 https 时用 31443 端口',
      '- 客户端：访问 API 服务器的客户端可以分为两种',
      '- 控制器：部署完发现三个 admission 相关的 Pod 一直在重启，回到博客才知道这是正常的',
      '- 默认端口：kube-apiserver 的安全端口默认是 6443，它只接受 TLS 连接',
      '',
      '## TODO_LIST',
      '',
      '- cgroup：cgroups 与 systemd 的关系还没整理完',
      '',
      '### 什么是 Pod？',
      '',
      '```shell',
      'kubectl run nginx --image=nginx',
      '```',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    const choice = qs.filter((q) => q.type === 'define' || q.type === 'identify' || q.type === 'typed');
    expect(choice.some((q) => /ReadWrite|ReadOnly/.test(shown(q)))).toBe(false);
    const prompts = qs.map((q) => q.prompt);
    for (const bad of [/：时间|「时间」/, /改为type/, /cgroup/, /什么是 Pod/]) expect(prompts.some((p) => bad.test(p)), String(bad)).toBe(false);
    const answers = clozeAnswers(note);
    expect(answers).toContain('6443');
    for (const bad of ['12', '31087', '31443', '两种', '三个']) expect(answers, bad).not.toContain(bad);
  });

  it("decodes numeric character references in headings and text, never into a control character, and blanks nothing in a tutorial's walk through its lab", () => {
    const note = [
      '# Services&#x20;',
      '',
      "## Let's try to update our app&#x20;",
      '',
      '- **Rollout**: Now we will update our application and push version 2.0 of the image to the registry.',
      "- **Rollback**: Now let's roll back to version 1.0 and watch the old pods come back.",
      '- **Probe**: a readiness probe runs every 10 seconds by default unless periodSeconds says otherwise &#x1b;[2J',
      '- **Port**: the API server listens on port 6443 for TLS connections &#8212; secure by default',
      '',
    ].join('\n');
    const banks = banksOf(note);
    expect(banks.some((b) => b.path.some((p) => /&#/.test(p)))).toBe(false);
    expect(JSON.stringify(banks)).not.toMatch(/\u001b|&#/);
    expect(JSON.stringify(banks)).toContain('\u2014');
    const answers = clozeAnswers(note);
    expect(answers).toContain('6443');
    for (const bad of ['2.0', '1.0']) expect(answers, bad).not.toContain(bad);
  });

  it('never blanks a count of the names just listed (…的Provision和Delete两个方法) or a factor of a formula', () => {
    const note = [
      '# 存储',
      '',
      '## 控制器',
      '',
      '- **ProvisionController**：删除 PV 时调用了具体插件的Provision和Delete两个方法来处理后端存储。',
      '- **可用性**：全年停机预算按 365*24*3600*(1-99.99%) 秒计算，约为 53 分钟。',
      '- **kube-apiserver**：安全端口默认是 6443，只接受 TLS 连接。',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    expect(answers).toContain('6443');
    for (const bad of ['两个', '365', '53 分钟']) expect(answers, bad).not.toContain(bad);
  });

  it("asks a summary as the thing itself and a goal of the subject, not of the note's musings", () => {
    const note = [
      '# 多集群管理的思考',
      '',
      '- **一句话概括**：把成员集群的 API 汇聚到一个控制面，让用户像用单集群一样分发工作负载。',
      '- **目标**：让用户像使用单个集群一样使用多个集群，应用在集群之间迁移时不用改清单。',
      '',
    ].join('\n');
    const prompts = questionsOf(note)
      .filter((q) => q.type === 'recall')
      .map((q) => q.prompt);
    expect(prompts).toContain('「多集群管理」的目标是什么？');
    expect(prompts.some((p) => /一句话概括/.test(p))).toBe(false);
  });

  it('never orders steps the field knows run at once: endpoint removal and the kubelet shutting a deleted Pod down', () => {
    const note = [
      '# Pod 删除流程',
      '',
      '1. 用户用 kubectl delete 提交删除请求',
      '2. API Server 记下删除时间，宽限期默认 30 秒',
      '3. Pod 在 API 中被标记为 Terminating',
      '4. 节点上的 kubelet 看到标记，开始关闭容器',
      '5. endpoints 控制器把 Pod 的地址从 Service 的 endpoints 中删除',
      '6. kubelet 执行 preStop 钩子',
      '7. 容器主进程收到 SIGTERM 信号',
      '8. 宽限期到了仍未退出的进程收到 SIGKILL',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    const kubelet = /kubelet|SIGTERM/;
    const endpoints = /endpoints 控制器/;
    for (const q of qs.filter((x) => x.type === 'order')) {
      const choices = q.choices as string[];
      expect(choices.some((c) => kubelet.test(c)) && choices.some((c) => endpoints.test(c)), q.prompt).toBe(false);
    }
    for (const q of qs.filter((x) => x.type === 'next')) {
      const right = q.choices[q.answer as number] as string;
      expect(kubelet.test(right) || endpoints.test(right), q.prompt).toBe(false);
    }
    // The part before the Pod is marked is still a procedure to put in order.
    expect(qs.some((q) => q.type === 'order')).toBe(true);
  });

  it('never blanks a value shown again in other units, a rank or a count in a case that might happen', () => {
    const note = [
      '# Services',
      '',
      '- **sessionAffinityConfig**: client affinity is kept for 10800 seconds (3 hours) unless timeoutSeconds says otherwise.',
      '- **Selector mismatch**: this is the #1 reason a DaemonSet creates no Pods at all on any node.',
      '- **Sidecars**: a Pod with 6 sidecars may take half a minute longer before it becomes Ready.',
      '- **kube-apiserver**: serves the Kubernetes API over TLS on port 6443 by default.',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    expect(answers).toContain('6443');
    for (const bad of ['10800', '3', '1', '6']) expect(answers, bad).not.toContain(bad);
  });

  it("makes no group of a command's flags (any flag of kubectl is a flag of kubectl debug too), and knows the admission plugins", () => {
    const note = [
      '# Cluster access',
      '',
      '## Service Pitfalls',
      '',
      '- **Forgotten namespace**: the Service is created in default while the Pods run elsewhere',
      '- **Selector mismatch**: the labels of the template and the selector differ by one letter',
      '- **Wrong targetPort**: the Service sends traffic to a port the container does not listen on',
      '',
      '## Storage Pitfalls',
      '',
      '- **Missing StorageClass**: the claim waits forever because no class can provision it',
      '- **Wrong access mode**: a ReadWriteOnce volume is shared by Pods on two nodes',
      '- **Reclaim surprise**: deleting the claim also deletes the disk under the Delete policy',
      '',
      '## kubectl flags',
      '',
      '- `--server`: the address of the API server to talk to',
      '- `--token`: a bearer token sent with every request',
      '- `--certificate-authority`: the CA bundle used to check the server',
      '',
      '## kubectl debug flags',
      '',
      '- `--image`: the image of the debugging container',
      '- `--target`: the container whose process namespace is shared',
      '- `--copy-to`: the name of a copy of the Pod to debug instead',
      '',
      '## Validating admission controllers',
      '',
      '- **NamespaceLifecycle**: refuses new objects in a namespace that is being deleted',
      '- **ResourceQuota**: rejects requests that would exceed the quota of the namespace',
      '- **NodeRestriction**: limits what a kubelet may change to its own node and Pods',
      '',
      '## Mutating admission controllers',
      '',
      '- **ServiceAccount**: adds the default service account and its token to new Pods',
      '- **DefaultStorageClass**: gives claims without a class the default StorageClass',
      '- **LimitRanger**: fills in default requests and limits from the LimitRange',
      '',
    ].join('\n');
    const groups = questionsOf(note).filter((q) => q.type === 'member' || q.type === 'multi');
    expect(groups.some((q) => /flags|Pitfalls/.test(q.prompt))).toBe(false);
    expect(belongsInFact('Mutating admission controllers', 'ResourceQuota')).toBe(true);
    // kube-controller-manager ran the cloud controllers before cloud-controller-manager: no outsider among its controllers.
    expect(belongsInFact('kube-controller-manager 包含的控制器', 'Service Controller')).toBe(true);
    expect(belongsInFact('kube-controller-manager 包含的控制器', 'Job Controller')).toBe(false);
    expect(belongsInFact('Validating admission controllers', 'ServiceAccount')).toBe(true);
    expect(belongsInFact('Validating admission controllers', 'StatefulSet')).toBe(false);
  });

  it('asks nothing of a note whose file says it is a to-do list, with or without headings', () => {
    const todo = ['- cgroup: cgroups 与 systemd 的关系还没整理完，回头补上', '- flannel: 和 calico 的区别还没比较过，下次一起整理', ''].join('\n');
    expect(banksOf(todo, 'notes/TODO_LIST.md')).toEqual([]);
    expect(banksOf(todo, 'notes/cgroup.md').length).toBeGreaterThan(0);
    expect(banksOf(todo, 'notes/pre-requirements.md')).toEqual([]);
  });

  it('names a field every object has (type, status) with the heading it belongs to', () => {
    const note = [
      '# Pod',
      '',
      '## Conditions',
      '',
      'type 有以下几种：',
      '',
      '- PodScheduled：Pod 已经被调度到某个节点上',
      '- Initialized：所有的 init 容器都已经成功完成',
      '- ContainersReady：Pod 中的所有容器都已经就绪',
      '- Ready：Pod 可以接收请求，应当加入 Service 的负载均衡池',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'define' || q.type === 'identify');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt, q.prompt).toMatch(/Conditions › type/);
  });

  it('shows no emphasis the note left open, in a blank or in a reference', () => {
    const note = [
      '# Calico',
      '',
      '- **etcd**：分布式键值存储，负责网络元数据的一致性，确保*Calico*网络状态的准确性*，可以与**kubernetes**共用*；',
      '- **Felix**：运行在每个节点上的代理，为容器配置路由和 iptables 规则，默认每 10 秒同步一次',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => /\*/.test(q.prompt) || (q.type === 'recall' && /\*/.test(String(q.answer))))).toBe(false);
    expect(qs.some((q) => /Felix/.test(q.prompt))).toBe(true);
  });

  it('never blanks a section reference, a quoted or e.g. example, a result worked out after an arrow, or one of several left to etc.', () => {
    const note = [
      '# Workloads',
      '',
      '- **ReplicaSet**: rarely created by hand, since a Deployment owns it (see §1.6 for rollouts and their history).',
      '- **PersistentVolumeClaim**: a request for storage ("I want 20Gi, RWX") that Pods refer to by name in their volumes.',
      '- **behavior**: caps how fast replicas change, e.g. "add at most 4 pods per 60s" in the scale-up policy of a workload.',
      '- **startupProbe**: its budget is failureThreshold × periodSeconds; periodSeconds 10 and failureThreshold 30 → 300s before liveness starts.',
      '- **Argo CD**: the project moved to a new major line, and older 2.9 etc. reach end of life soon after the release.',
      '- **HPA tolerance**: a tolerance of 10% means ratios inside 0.9 and 1.1 change nothing at all.',
      '- **kube-apiserver**: serves the Kubernetes API over TLS on port 6443 by default.',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    expect(answers).toContain('6443');
    for (const bad of ['1.6', '20Gi', '60s', '4', '300s', '2.9', '10%']) expect(answers, bad).not.toContain(bad);
  });

  it('never blanks a number the note wrote inline to count its own steps (：1. 将… 2. 从…)', () => {
    const note = [
      '# Linux bridge',
      '',
      '- **FDB**：网桥收到一个包时会做两件事：1. 将源 MAC 与端口的对应关系记到表里 2. 查找目的 MAC 所在的端口并从 6 号以外的端口转发',
      '',
    ].join('\n');
    expect(clozeAnswers(note)).not.toContain('1');
  });

  it("reads a dash after a bold name as a separator, and a bold claim with a colon as no term at all", () => {
    const note = [
      '# CronJob',
      '',
      '- **`schedule`** — the standard five-field cron expression that says when each run starts.',
      '- **`concurrencyPolicy`** — Allow lets runs overlap, Forbid skips a run, Replace stops the old one.',
      '- **`restartPolicy: Always` on a Job is rejected** — a Job would then never finish at all.',
      '',
    ].join('\n');
    const entries = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries : []));
    expect(entries.map((e) => e.term).sort()).toEqual(['concurrencyPolicy', 'schedule']);
    for (const e of entries) expect(e.detail, e.term).not.toMatch(/^[—–-]/);
  });

  it("offers no aside of the note as a choice: its interview angle, a comparison, a statement, a list of gotchas", () => {
    const note = [
      '# Ingress',
      '',
      '## The parts',
      '',
      '- **Ingress object**: the routing rules, host and path to a Service; inert on its own.',
      '- **Ingress controller**: the proxy that watches Ingress objects and does the routing.',
      '- **IngressClass**: says which controller serves an Ingress when several are installed.',
      '- **Ingress vs Gateway API**: the newer API splits the roles of platform and app teams.',
      '- **Interview angle**: say that without a controller an Ingress does nothing at all.',
      '- **targetPort defaults to port**: when left out, traffic goes to the same port number.',
      '',
      '## Failure modes (interview gold)',
      '',
      '- **No readiness probe**: rolling updates send traffic to Pods that are not warm yet.',
      '- **Stale endpoints**: Pods that are gone still receive traffic for a few seconds.',
      '- **Wrong targetPort**: the Service sends traffic to a port nothing listens on.',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => q.type === 'define' && /IngressClass/.test(q.prompt))).toBe(true);
    for (const q of qs) {
      expect(q.choices.join('\n'), q.prompt).not.toMatch(/Interview angle|Gateway API|defaults to port|say that without a controller/);
      if (q.type !== 'recall' && q.type !== 'cloze') expect(q.prompt, q.type).not.toMatch(/Failure modes/);
    }
  });

  it('reads traditional Chinese labels as it reads simplified ones (範例, 注, 沒有…, 我們來看…)', () => {
    expect(asSimplified('範例與說明')).toBe('范例与说明');
    expect(asSimplified('Pod 與 Node')).toHaveLength('Pod 與 Node'.length);
    const note = [
      '# Patch',
      '',
      '- op：要進行的操作，可以是 add、replace 或 remove 其中之一',
      '- path：要修改的欄位在物件中的路徑，以斜線分隔每一層',
      '- value：要寫入的新值，型別需和原本的欄位一致',
      '- 範例：把 Deployment 的 labels 整個重新改寫成新的一組',
      '- 注：沒有寫 $patch 的地方會使用預設的合併方式保留原狀',
      '- 沒有標示 $patch：這個位置使用預設的 merge，因此保留原本的內容',
      '- 我們來看一個簡單的範例：修改 Pod 的 labels 並加入一個 sidecar 容器',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => /\bop\b/.test(shown(q)))).toBe(true);
    for (const q of qs) expect(shown(q), q.type).not.toMatch(/範例|我們來看|沒有標示|(?:^|\n|「)注(?:」|（|$)/);
  });

  it('asks nothing of a link and its label, nor of an answer that only leads into a list the note shows next', () => {
    const note = [
      '# 学习资料',
      '',
      '- Container Networking：From Docker to Kubernetes: https://example.com/container-networking-docker-kubernetes/',
      '',
      '# 网络',
      '',
      '- GPU Sharing：支持集群细粒度的共享: https://example.com/articles/690623?utm_content=g_1000041607',
      '- Calico：基于 BGP 的三层网络方案，为每个节点分配一个子网并通过路由转发容器流量',
      '',
      '# 如何打造一个Kubernetes平台？',
      '',
      'Kubernetes 的生态异常繁荣，我们可以用开源软件打造一个平台。下面将列出一些可能有用的开源工具。',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => /Calico/.test(shown(q)))).toBe(true);
    for (const q of qs) expect(shown(q), q.prompt).not.toMatch(/https?:|下面将列出/);
  });

  it("asks no description that only shows a value changed, and keeps no comma the note's sentence left", () => {
    const note = [
      '# Kustomize',
      '',
      '- base：放置所有環境通用的 yaml 及共同的設定，',
      '- overlays：針對每一個環境各自進行的設定與覆寫，',
      '- components：把設定模組化，供不同的環境各自引用，',
      '- label：env：dev --> env: prod',
      '',
    ].join('\n');
    const entries = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries : []));
    for (const e of entries) expect(e.detail, e.term).not.toMatch(/[，,]$/);
    expect(questionsOf(note).some((q) => /-->/.test(shown(q)))).toBe(false);
  });

  it('asks nothing of a to-do note even under its headings, and splits no image tag (kubia:v1) as a term', () => {
    const todo = ['# 看 scheduler framework', '', '- cgroup: cgroups 与 systemd 的关系还没整理完，回头补上', '- flannel: 和 calico 的区别还没比较过，下次一起整理', ''].join('\n');
    expect(banksOf(todo, 'notes/TODO_LIST.md')).toEqual([]);
    const tag = ['# 滚动更新', '', '- 作者已经推送了kubia:v1和kubia:v2两个镜像，并在集群里运行第一个版本', '- maxSurge：滚动更新时最多可以超出期望副本数的 Pod 数量', ''].join('\n');
    const terms = banksOf(tag).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).toContain('maxSurge');
    expect(terms.some((t) => /kubia/.test(t))).toBe(false);
  });

  it("keeps the note's example set-up and remarks out of a procedure's steps", () => {
    const note = [
      '# 控制器流程',
      '',
      '1. 以 Deployment 为例，开始前各个控制器都已经就绪并监听 API 服务器',
      '2. kubectl 把 Deployment 的清单通过 HTTP POST 发给 API 服务器并存入 etcd',
      '3. Deployment 控制器收到通知后创建一个 ReplicaSet',
      '4. ReplicaSet 控制器按副本数创建 Pod 对象',
      '5. 调度器为每个 Pod 选择节点并写回绑定结果',
      '',
    ].join('\n');
    const steps = banksOf(note).flatMap((b) => (b.kind === 'steps' ? b.steps.map((st) => st.text) : []));
    expect(steps.length).toBe(4);
    expect(steps.some((st) => /为例/.test(st))).toBe(false);
  });

  it("never blanks a value of a lab's own objects (名为 kubia, named web) or of the note's musing (还是说…？)", () => {
    const note = [
      '# Service',
      '',
      '- **文件**：用 yaml 创建一个名为kubia的服务，在 80 端口接收请求并转发到 Pod 的 8080 端口上',
      '- **web**: we expose a Deployment named web on port 8080 through a Service listening on 80.',
      '- **Calico**：节点之间要求二层互通，否则下一跳（还是说 FIB？）要经过路由器转发 3 次',
      '- **kube-apiserver**: serves the Kubernetes API over TLS on port 6443 by default.',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    expect(answers).toContain('6443');
    for (const bad of ['8080', '80', '3', '3 次']) expect(answers, bad).not.toContain(bad);
  });

  it("corrects no plural (spec.containers) into another name, and offers no 'etc.', arrow fragment or sentence opening as a choice", () => {
    expect(correctKnownNames('spec.containers[*].name')).toBe('spec.containers[*].name');
    expect(correctKnownNames('DaemenSet')).toBe('DaemonSet');
    const note = [
      '# Volumes',
      '',
      '- **Many volume types** exist, from simple scratch space to persistent cloud disks.',
      '- **Exact** matches take the highest precedence over every Prefix rule in the Ingress.',
      '- **Shared mount**: → each container chooses where to mount it with mountPath.',
      '- **emptyDir**: a scratch directory that lives exactly as long as its Pod does.',
      '- **hostPath**: mounts a file or directory of the node into the Pod.',
      '- **configMap**: exposes the keys of a ConfigMap as files in the container.',
      '',
      '## PodSecurity modes',
      '',
      '- enforce',
      '- audit',
      '- warn',
      '- etc.',
      '',
      '## CRs vs Native Resources',
      '',
      '- apiVersion: the group and version both kinds of object carry in every manifest',
      '- kind: the type of the object, CronTab for a custom one and Pod for a built-in',
      '- metadata: name, namespace, labels and annotations of the object',
      '- spec: the desired state the controller of the object works towards',
      '',
    ].join('\n');
    const terms = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).toContain('emptyDir');
    expect(terms).not.toContain('Many volume types');
    expect(terms).not.toContain('Exact');
    const qs = questionsOf(note);
    for (const q of qs) {
      expect(q.choices.join('\n'), q.prompt).not.toMatch(/^etc\.$|^→|exist, from|matches take/m);
      if (q.type === 'member' || q.type === 'multi') expect(q.prompt).not.toMatch(/vs/);
    }
  });

  it('offers abbreviations of the same kind as wrong answers: access modes among access modes, never a plugin interface', () => {
    const note = [
      '# Storage',
      '',
      '## accessModes',
      '',
      '- RWO (ReadWriteOnce): one machine at a time mounts the volume and may alter its files',
      '- ROX (ReadOnlyMany): any number of machines mount the volume, none may alter its files',
      '- RWX (ReadWriteMany): any number of machines mount the volume and all may alter its files',
      '',
      '## Plugin interfaces',
      '',
      '- CSI (Container Storage Interface): the contract storage vendors implement for their drivers',
      '- CNI (Container Network Interface): the contract network plugins implement to wire Pods up',
      '- CRI (Container Runtime Interface): the contract through which kubelet drives its runtime',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'acronym');
    const modes = ['RWO', 'ROX', 'RWX'];
    const aboutModes = asked.filter((q) => modes.includes(String(q.choices[q.answer as number])));
    expect(aboutModes.length).toBeGreaterThan(0);
    for (const q of aboutModes) for (const c of q.choices) expect(modes, q.prompt).toContain(c);
  });

  it('asks no order of a list that states what is possible or advised, however its title reads (How to update objects)', () => {
    const facts = [
      '## How to update objects',
      '',
      '1. kubectl supports verb-driven commands for updating some of the most common object types.',
      '2. These commands are named so that users unfamiliar with the objects can perform updates.',
      '3. kubectl also supports update commands driven by an aspect of the object.',
      '4. This should not be used with objects whose specs are partly managed by the cluster.',
      '',
    ].join('\n');
    expect(banksOf(facts).some((b) => b.kind === 'steps')).toBe(false);
    const steps = [
      '## How to upgrade the control plane',
      '',
      '1. Upgrade the kubeadm package on the first control plane machine.',
      '2. Run kubeadm upgrade plan to check that the cluster can be upgraded.',
      '3. Run kubeadm upgrade apply with the target version.',
      '4. Drain the machine, upgrade kubelet and kubectl, restart kubelet and uncordon it.',
      '',
    ].join('\n');
    expect(banksOf(steps).some((b) => b.kind === 'steps')).toBe(true);
  });

  it("asks nothing of the note's numbered questions (问题1) and blanks no line that stops at a comma", () => {
    const note = [
      '# 切片',
      '',
      '- 问题1：如何估算切片容量的增长？',
      '- 问题2：切片的底层数组什么时候会被替换？',
      '- 值类型：赋值和传参时复制整个值，数组就是值类型',
      '- 引用类型：赋值和传参时只复制引用，切片和映射都是引用类型',
      '',
      '扩容时新容量一般会是原切片的2倍，',
      '',
      'kube-apiserver 默认在 6443 端口上通过 TLS 提供 API 服务。',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => /6443/.test(String(q.choices[q.answer as number])))).toBe(true);
    for (const q of qs) expect(shown(q), q.type).not.toMatch(/问题\d|2倍/);
  });

  it("asks nothing of a manifest's lines run together outside a code block", () => {
    const note = [
      '# LimitRange',
      '',
      '- default: memory: 512Mi defaultRequest: memory: 256Mi type: Container',
      '- max: cpu: 800m memory: 1Gi',
      '- LimitRange：为命名空间里的每个容器设置默认的 requests 和 limits，以及允许的范围',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    for (const q of qs) expect(shown(q), q.type).not.toMatch(/512Mi|800m/);
  });

  it("asks no recall of a setting's plain word without whose it is, of a value split at its colon, or of a question about 'each' or 'it'", () => {
    const note = [
      '- default: if a container sets no limit it gets half a CPU and a quarter of a gigabyte',
      '- min: a container must ask for at least a tenth of a CPU and some memory',
      '- clusterIP: None — a headless Service that gives every Pod its own stable DNS name',
      '- kube-proxy: keeps the rules on every node that send Service traffic to the Pods behind it',
      '',
      '## How does each work?',
      '',
      'The first watches the rollout until enough replicas are ready; the second undoes it.',
      '',
      '## What it does NOT protect?',
      '',
      'A user allowed to get Secrets still reads the decoded value through the API.',
      '',
    ].join('\n');
    const prompts = questionsOf(note, 'notes.md').filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts.some((p) => /kube-proxy/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/^Explain: (?:default|min|clusterIP)$|each work|does NOT/);
    for (const q of questionsOf(note, 'notes.md')) expect(q.prompt).not.toMatch(/^What is (?:default|min)\?$/);
  });

  it("never blanks a small count the prose writes in words, a table cell, a line cut inside its parenthesis or a number after a closing one", () => {
    const note = [
      '# 网络',
      '',
      '- **emptyDir**：当 Pod 中两个容器需要共享一些临时数据时可以选用它',
      '- **ReplicationController**：| | 主要由 3 个指标，1. |',
      '- **Calico**：创建和管理一个扁平的三层网络(不需要 overlay 封装',
      '- **FDB**：网桥会做两件事：1. 记录源 MAC 与端口的对应关系（如果不存在）2.查找目的 MAC 对应的端口并转发',
      '- **VXLAN**：把二层以太网帧封装进 UDP 报文，默认使用 4789 端口',
      '- **resolv.conf**：Pod 的 DNS 配置里最多可以指定三个 nameserver',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    expect(answers).toContain('4789');
    expect(answers).toContain('三个');
    for (const bad of ['两个', '3 个', '三层', '2']) expect(answers, bad).not.toContain(bad);
  });

  it('never blanks a bare number in parentheses, a result worked out after an arrow and a bound, or a step of a run whose neighbours are shown', () => {
    const note = [
      '# Rollouts',
      '',
      '- **Termination**: on delete the Pod is Terminating: kubelet (1) takes it out of the endpoints, (2) runs the preStop hook.',
      '- **Permissions**: in ls output the third column is the owner UID (1000) and the fourth is the group GID.',
      '- **Deployments**: with replicas set to 10 and maxUnavailable at 25% (→ at least 8 available) the rollout moves in steps.',
      '- **Sync waves**: operators -1 → infra 0 → backend 1 → frontend 2 → ingress 3 in the order ArgoCD applies them.',
      '- **kube-apiserver**: serves the Kubernetes API over TLS on port 6443 by default.',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    expect(answers).toContain('6443');
    for (const bad of ['1', '1000', '8', '2']) expect(answers, bad).not.toContain(bad);
  });

  it('splits no term at a colon inside inline code', () => {
    const note = [
      '# Patch',
      '',
      '- `$patch: replace` 写在 labels 之上，表示整个 labels 都会被重新改写',
      '- 没有标示 `$patch: replace` 的地方使用默认的 merge，因此保留原状',
      '- `kubectl apply -k`：按目录里的 kustomization 渲染并应用所有资源',
      '',
    ].join('\n');
    const terms = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).toEqual(['kubectl apply -k']);
  });

  it('types no name from a description too short to single it out, or from a value', () => {
    const note = [
      '# Hypervisors',
      '',
      '- KVM: Used on Linux hosts.',
      '- Hyper-V: built into Windows, switched on by hand in the optional features',
      '- allowPrivilegeEscalation: true (overridden at the container level by its own securityContext)',
      '- VirtualBox: a free desktop hypervisor that runs on Windows, macOS and Linux alike',
      '',
    ].join('\n');
    const typed = questionsOf(note).filter((q) => q.type === 'typed').map((q) => String(q.answer));
    expect(typed).toContain('VirtualBox');
    expect(typed).not.toContain('KVM');
    expect(typed).not.toContain('allowPrivilegeEscalation');
  });

  it('asks nothing of a list of versions, of the note moving on (有个新的项目), and drops a heading number written with a space (十四 …)', () => {
    const note = [
      '# 十四 用户权限系统(RBAC)',
      '',
      '- Role：授予对单个命名空间中资源的访问权限，由一组规则组成',
      '- ClusterRole：授予对整个集群范围内资源的访问权限，也可用于非资源端点',
      '- 补丁版本：1.22.1、1.22.2、1.22.3、1.22.4',
      '- 有个新的项目：canal，它集合了 flannel 和 calico 的优点',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => /ClusterRole/.test(shown(q)))).toBe(true);
    for (const q of qs) expect(shown(q), q.type).not.toMatch(/十四|1\.22\.1|有个新的项目/);
  });

  it("asks no order of a list under a title that names a thing's parts (配置清单组成, Pod structure)", () => {
    const parts = ['## 配置清单组成', '', '1. 配置清单的各个部分，大部分资源都用清单方式来创建', '2. 获取全部的 api 版本', '3. 获取全部的 api 资源对象', ''].join('\n');
    expect(banksOf(parts).some((b) => b.kind === 'steps')).toBe(false);
    const install = ['## Pod 创建流程', '', '1. 用户通过 kubectl 提交 Pod 的定义给 api-server', '2. api-server 把 Pod 对象写入 etcd', '3. scheduler 为 Pod 选择节点并写回绑定结果', '4. 节点上的 kubelet 发现 Pod 并启动容器', ''].join('\n');
    expect(banksOf(install).some((b) => b.kind === 'steps')).toBe(true);
  });

  it("asks nothing of a course's rubric or tool guide, orders no duties or reference rows, and blanks no quantity a manifest sets", () => {
    const rubric = ['# Incident process', '', '1. Produces a complete runbook under time pressure', '2. Communicates the root cause in one clear paragraph', '3. Proposes a concrete follow-up after every incident', ''].join('\n');
    expect(banksOf(rubric, 'course/41-assessment-rubric.md')).toEqual([]);
    const duties = ['## How orchestration works', '', '1. Managing scale up and down and the load between containers', '2. Ensuring availability by moving containers off a failed host', '3. Collecting logs and metrics to watch the application', ''].join('\n');
    expect(banksOf(duties).some((b) => b.kind === 'steps')).toBe(false);
    const rows = ['## How to view an object', '', '1. get - prints basic information about matching objects', '2. describe - prints detailed information about matching objects', '3. logs - prints what a container writes to stdout and stderr', ''].join('\n');
    expect(banksOf(rows).some((b) => b.kind === 'steps')).toBe(false);
    const note = [
      '# StatefulSets',
      '',
      '- **volumeClaimTemplates**: each of web-0, web-1 and web-2 gets its own 5Gi claim, provisioned on its own.',
      '- **ConfigMap size**: a ConfigMap holds at most 1 MiB of data, the limit etcd puts on one object.',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    expect(answers).toContain('1 MiB');
    expect(answers).not.toContain('5Gi');
  });

  it('asks nothing of a value, a quoted token, a manifest scrap or an e.g. example as a description, and keeps a count in a heading (4 个状态)', () => {
    const note = [
      '# StorageClass',
      '',
      '- provisioner: "kubernetes.io/rbd"',
      '- secret: QVFER3U5TmMQNXQ4SlJBAAhHMGltdXZlNFZkUXAvN2tTZ1BENGc9PQ==',
      '- apiGroup: rbac.authorization.k8s.io kind: User name: kaliarch',
      '- cpumask: e.g. 0001 0010 0100 1000 to bind each worker process to its own CPU core',
      '- reclaimPolicy: decides the fate of the volume once its claim is deleted, Delete by default',
      '- volumeBindingMode: chooses whether binding happens at once or when a Pod first uses the claim',
      '- allowVolumeExpansion: lets a claim grow by editing the storage size it requests',
      '',
    ].join('\n');
    const qs = questionsOf(note);
    expect(qs.some((q) => /reclaimPolicy/.test(shown(q)))).toBe(true);
    for (const q of qs) expect(shown(q), q.type).not.toMatch(/kubernetes\.io\/rbd|QVFER|kaliarch|0001 0010/);
    expect(displayTitle('4 个状态')).toBe('4 个状态');
    expect(displayTitle('4 Services')).toBe('Services');
  });

  it('hears a name in its translation: pids in 进程, ttlSecondsAfterFinished in 结束后…秒', () => {
    expect(givesAway('限制进程数量，防止 fork 炸弹', 'pids', ['限制内存用量', '限制 CPU 时间'])).toBe(true);
    expect(givesAway('Job 结束后经过多少秒被自动清理', 'ttlSecondsAfterFinished', ['同时运行的 Pod 数', '失败重试的次数'])).toBe(true);
    expect(givesAway('限制内存用量，超出即被杀死', 'pids', ['限制 CPU 时间'])).toBe(false);
  });

  it("hears a word in another ending (Failed, failure) and 'only' in read-only: ROX is not asked from 'read-only'", () => {
    expect(givesAway('the Pod ended in failure and will not be restarted', 'Failed', ['Succeeded', 'Pending'])).toBe(true);
    expect(givesAway('the volume can be mounted read-only by many nodes', 'ReadOnlyMany', ['ReadWriteMany', 'ReadWriteOnce'])).toBe(true);
    expect(givesAway('the volume can be mounted by many nodes for reading and writing', 'ReadOnlyMany', ['ReadWriteMany', 'ReadWriteOnce'])).toBe(false);
  });

  it("asks no recall whose answer is a course talking (in the last lecture…) or points at a picture (Here is a simple example:)", () => {
    const note = [
      '# Ingress',
      '',
      '- ClusterRole: in the last lecture we saw roles; this one works across every namespace of the cluster',
      '- Ingress: routes outside HTTP traffic to Services. Here is a simple example of how it looks in a cluster',
      '- kube-proxy: keeps the rules on every node that send Service traffic to the Pods behind it',
      '',
    ].join('\n');
    const prompts = questionsOf(note, 'notes.md').filter((q) => q.type === 'recall').map((q) => String(q.answer));
    expect(prompts.some((a) => /kube-proxy|rules on every node/.test(a))).toBe(true);
    for (const a of prompts) expect(a).not.toMatch(/last lecture|simple example/);
  });

  it("takes no 'Process Isolation' or 流程控制 for a procedure, and blanks no issue number, step number or line of the note", () => {
    const iso = ['## Process Isolation', '', '- The container sees only its own processes in its namespace.', '- So on the host you see the same process with another ID.', '- This is because a process has an ID in every namespace it is in.', ''].join('\n');
    expect(banksOf(iso).some((b) => b.kind === 'steps')).toBe(false);
    const flow = ['## 流程控制', '', '1. define 声明一个命名模板', '2. template 渲染一个命名模板', '3. block 声明并同时渲染一个模板', ''].join('\n');
    expect(banksOf(flow).some((b) => b.kind === 'steps')).toBe(false);
    const note = [
      '# Federation',
      '',
      '- **Federation v2**: the design was reworked after issue 12345 collected the problems of the first version.',
      '- **SPIRE**：完成步骤 3 之后，agent 会向 server 证明自己所在节点的身份',
      '- **Ingress 示例**：第 10 行到 12 行定义了转发到 Service 的规则',
      '- **kube-apiserver**: serves the Kubernetes API over TLS on port 6443 by default.',
      '',
      '## Ingress 示例',
      '',
      '- 5-7 行：定义了 Ingress 的名字和它所在的命名空间',
      '- 8-9 行：声明使用哪一个 Ingress Controller 来处理它',
      '- 10-12 行：把 /api 路径的请求转发到后端的 api 服务上',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    expect(answers).toContain('6443');
    for (const bad of ['12345', '3', '10', '12']) expect(answers, bad).not.toContain(bad);
    for (const q of questionsOf(note)) expect(q.choices.join('\n'), q.prompt).not.toMatch(/\d+-\d+ 行/);
  });

  it('asks no abbreviation from a clue whose capitals spell it, no continued list as a procedure, no blank after 然后, no figure as steps', () => {
    expect(capitalsSpellPart('Ceph Block Device, a network disk', 'RBD')).toBe(true);
    expect(capitalsSpellPart('a network disk served by a cluster', 'RBD')).toBe(false);
    const types = ['## PV 的类型', '', '- RBD：Ceph Block Device', '- NFS：网络文件系统，由一台服务器通过网络共享目录', '- iSCSI：通过 IP 网络把块设备挂到节点上', ''].join('\n');
    for (const q of questionsOf(types)) if (q.type === 'identify' || q.type === 'typed') expect(String(q.choices[q.answer as number] ?? q.answer)).not.toBe('RBD');
    const continued = ['## SVID 颁发过程', '', '8. 服务器调用 AWS API 来验证证明', '9. AWS 确认该文件有效', '10. 服务器向代理签发代表其身份的 SVID', ''].join('\n');
    expect(banksOf(continued).some((b) => b.kind === 'steps')).toBe(false);
    const figure = ['## 如上图所示的工作过程', '', '1. 用户提交联邦资源到 host 集群', '2. 控制器把资源分发给成员集群', '3. 成员集群各自创建对应的对象', ''].join('\n');
    expect(banksOf(figure).some((b) => b.kind === 'steps')).toBe(false);
    expect(clozeAnswers('# 调度\n\n- **权重**：然后按权重 10 计算每个节点的得分\n- **kube-apiserver**：默认在 6443 端口提供 HTTPS 服务\n')).not.toContain('10');
  });

  it("orders no duties a lead-in announces (执行以下主要任务), asks nothing of a learning path, no recall of the note pointing back (这就带来了一个问题)", () => {
    const duties = [
      '### kubelet 工作原理',
      '',
      'kubelet 运行在每个节点上，承担以下主要任务：',
      '',
      '1. **Pod 管理**：按照 API Server 下发的期望状态启停容器',
      '2. **探针检查**：周期性执行存活与就绪探测并按策略重启',
      '3. **镜像拉取**：在容器启动前从仓库获取所需的镜像',
      '4. **状态上报**：定时把节点与 Pod 的状态汇报给控制面',
      '',
    ].join('\n');
    expect(banksOf(duties).some((b) => b.kind === 'steps')).toBe(false);
    // Two stages of a study plan: their areas would be asked as members of `第二阶段 › 路径`.
    const stage = (n: string, areas: string[]) => [`### 第${n}阶段（4 周）`, '', '#### 路径', '', ...areas.flatMap((a) => [`- ${a}`, `  - [${a} 文档](https://example.com/x)`, ''])];
    const path = ['# 学习路径', '', ...stage('一', ['官方文档', '节点 Node', '集群 Cluster', '命名空间']), ...stage('二', ['计算', '网络', '存储', '安全', '调度'])].join('\n');
    expect(questionsOf(path)).toEqual([]);
    expect(isScaffoldTitle('Kubernetes Learning Path')).toBe(true);
    const back = ['# Service', '', 'Pod 的 IP 会随着重建而变化，后端的集合也时时不同。', '', '这就引出了一个难题：客户端怎样才能稳定地找到一组不断变化的后端 Pod？', '', 'This raises a question: how does a client find Pods whose addresses keep changing?', ''].join('\n');
    for (const q of questionsOf(back)) expect(q.subject, q.prompt).not.toMatch(/^(?:这|this)/i);
  });

  it('offers no wrong description that the right one contains, or that contains it: both would be right', () => {
    const columns = [
      '## ReplicaSet 输出列',
      '',
      '- DESIRED：用户在清单里声明的期望副本数量',
      '- CURRENT：控制器目前已经创建出来的 Pod 数量',
      '- UP-TO-DATE：控制器目前已经创建出来的 Pod 数量，且已与最新模板一致',
      '- READY：通过了就绪探针检查、可以接收流量的 Pod 数量',
      '- AVAILABLE：就绪后持续了最短就绪时间的 Pod 数量',
      '',
    ].join('\n');
    const define = questionsOf(columns).filter((q) => q.type === 'define' && /UP-TO-DATE|CURRENT/.test(q.subject));
    expect(define.length).toBeGreaterThan(0);
    for (const q of define) {
      const right = q.choices[q.answer as number] as string;
      for (const c of q.choices) if (c !== right) expect(right.includes(c.replace(/。$/, '')) || c.includes(right), c).toBe(false);
    }
  });

  it('asks no recall of a numbered paragraph of a walk-through: （4）过滤主机 is a step, not a name', () => {
    const walk = [
      '# Pod 的创建过程',
      '',
      '（3）调度器通过 API Server 发现还没有绑定节点的 Pod。',
      '',
      '（4）过滤主机（预选）：调度器按一组规则排除资源不足或不满足约束的节点，剩下的进入下一轮。',
      '',
      '（5）主机打分（优选）：对留下来的节点逐个打分，倾向于负载低、副本分散的节点。',
      '',
    ].join('\n');
    for (const q of questionsOf(walk)) expect(q.prompt).not.toMatch(/[（(][45][)）]/);
  });

  it("takes a list's outsiders from another note only where its kind says what they are: policies yes, types no", () => {
    const taints = ['# Taint', '', '## effect 的类型', '', '- NoSchedule：不再把新的 Pod 调度到该节点', '- PreferNoSchedule：尽量不调度，资源紧张时仍可能调度', '- NoExecute：不调度新的 Pod，已运行的不容忍者会被驱逐', '', '## 镜像拉取策略', '', '- Always：每次启动容器都重新拉取镜像', '- IfNotPresent：本地没有该镜像时才去拉取', '- Never：只使用节点上已有的镜像', ''].join('\n');
    const other = ['# 探针', '', '## Handler 类型', '', '- ExecAction：在容器内执行一条命令', '- HTTPGetAction：向容器的某个端口发 HTTP GET', '- TCPSocketAction：尝试与容器端口建立 TCP 连接', '', '## 重启策略', '', '- OnFailure：只有容器以非零状态退出时才重启', '- Retain：保留数据，等待管理员手动处理', '- Recreate：先删除所有旧的 Pod 再创建新的', ''].join('\n');
    const banks = collect([parseNote('taint.md', taints), parseNote('probe.md', other)]).banks;
    const members = [1, 2, 3, 4, 5, 6].flatMap((seed) => allQuestions(banks, { seed })).filter((q) => q.type === 'member' || q.type === 'multi');
    const effects = members.filter((q) => q.subject.includes('effect'));
    for (const q of effects) for (const c of q.choices) expect(['ExecAction', 'HTTPGetAction', 'TCPSocketAction'], q.prompt).not.toContain(c);
    const pulls = members.filter((q) => q.subject.includes('镜像拉取策略'));
    expect(pulls.some((q) => q.choices.some((c) => ['OnFailure', 'Retain', 'Recreate'].includes(c)))).toBe(true);
  });

  it('takes the states of one lifecycle as outsiders of another: Pod phases among PV states, and back', () => {
    const note = [
      '# 存储与 Pod',
      '',
      'Pod生命周期：',
      '',
      '- Pending（已被接受，但还有容器没有创建好）',
      '- Running（已经绑定到节点，至少一个容器在运行）',
      '- Succeeded（所有容器都成功退出且不会再重启）',
      '- Unknown（拿不到 Pod 的状态，通常是与节点失联）',
      '',
      'PV状态：',
      '',
      '- Available（空闲，还没有被任何声明绑定）',
      '- Bound（已经与某个声明绑定）',
      '- Released（声明已删除，资源还没有被回收）',
      '',
    ].join('\n');
    const groups = questionsOf(note).filter((q) => q.type === 'member' && /属于/.test(q.prompt) && !/不属于/.test(q.prompt));
    const pv = groups.filter((q) => q.subject.includes('PV'));
    const pod = groups.filter((q) => q.subject.includes('Pod'));
    expect(pv.length).toBeGreaterThan(0);
    expect(pod.length).toBeGreaterThan(0);
    for (const q of pv) expect(q.choices.filter((c) => ['Running', 'Succeeded', 'Unknown'].includes(c)).length, q.choices.join(' / ')).toBeGreaterThan(0);
  });

  it("never blanks a bound of the band a percentage draws (±10% → 0.9–1.1), a made-up case (A JVM that takes 90s…), or the note coaching its reader", () => {
    const note = [
      '## HPA',
      '',
      '- **Tolerance**: with the default ±10% tolerance, ratios inside 0.9–1.1 change nothing.',
      '- **Slow starts**: A JVM that takes 90s to boot is killed by a liveness probe that starts checking at once.',
      '- **Interview angle**: be ready to derive the 15s sync period from the controller flags.',
      '- **Sync period**: the controller re-evaluates every HPA each 15 seconds by default.',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    expect(answers.some((a) => /15/.test(a))).toBe(true);
    for (const bad of ['0.9', '1.1', '90s']) expect(answers, bad).not.toContain(bad);
    for (const q of questionsOf(note)) if (q.type === 'cloze') expect(q.prompt).not.toMatch(/derive|Interview/);
  });

  it("asks nothing of a case's list (If reason: OOMKilled) as things, and neither types nor picks a name from how popular it is", () => {
    const oom = [
      '### If `reason: OOMKilled`',
      '',
      'The container went over its memory limit. The usual causes, most frequent first:',
      '',
      '1. **Heap set above the limit**: `-Xmx` larger than what the container is allowed to use.',
      '2. **Memory outside the heap**: thread stacks, metaspace and direct buffers the heap flag does not cover.',
      '3. **Limit too small**: the working set was never measured before the limit was chosen.',
      '4. **Unbounded caches**: maps and queues that only ever grow, `ThreadLocal` values never cleared.',
      '5. **Bursts of requests** raising the thread count, and with it stack memory.',
      '',
    ].join('\n');
    for (const q of questionsOf(oom)) expect(['define', 'identify', 'typed', 'member', 'multi'], q.prompt).not.toContain(q.type);
    const hypervisors = [
      '## Hypervisor drivers',
      '',
      '- **KVM**: Commonly used in Linux environments.',
      '- **Hyper-V**: Ships with Windows editions and has to be switched on by hand before use.',
      '- **VirtualBox**: A free desktop hypervisor from Oracle that runs on every major host system.',
      '',
    ].join('\n');
    const typed = questionsOf(hypervisors).filter((q) => q.type === 'typed');
    expect(typed.some((q) => q.answer === 'VirtualBox')).toBe(true);
    expect(typed.some((q) => q.answer === 'KVM')).toBe(false);
    // Nor is it a right description to pick: it fits the other drivers as well.
    const chosen = questionsOf(hypervisors).filter((q) => q.type === 'define' || q.type === 'identify');
    expect(chosen.some((q) => /KVM|Commonly used/.test(q.prompt))).toBe(false);
  });

  it('asks no recall of a remark the note flags (重要提示, Warning) or of a quality it claims (兼容性强)', () => {
    const note = [
      '## flocker',
      '',
      '- **重要提示**：使用之前必须先自行部署好 Flocker 的控制服务，否则卷无法创建。',
      '- **数据集**：Flocker 用数据集来管理卷，数据集可以在节点之间迁移。',
      '- **请注意**：删除数据集之前要先把使用它的 Pod 全部停掉。',
      '',
      '## Kubernetes 模式',
      '',
      '- **兼容性强**：适配绝大多数网络插件，几乎不需要额外的配置工作。',
      '- **灵活性有限**：地址池由集群统一分配，单个节点无法自行调整网段大小。',
      '',
      '## Notes',
      '',
      '- **Warning**: deleting the claim also deletes the data when the reclaim policy is Delete.',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.subject);
    for (const bad of ['重要提示', '请注意', '兼容性强', '灵活性有限', 'Warning']) expect(asked, bad).not.toContain(bad);
  });

  it("asks nothing of one thing's profile table (组件 | Kruise Rollouts), of symptoms or advice as things, or of an example as a description", () => {
    const profile = [
      '## 简介',
      '',
      '| 组件 | Argo Rollouts |',
      '| --- | --- |',
      '| 核心概念 | 用新的工作负载替换原有的 Deployment |',
      '| 架构 | 独立的控制器 |',
      '| 热切换 | 是 |',
      '| 迁移成本 | 需要把工作负载迁移成 Rollout 对象 |',
      '',
    ].join('\n');
    expect(questionsOf(profile)).toEqual([]);
    const terms = ['## 字段', '', '| 字段 | 含义 |', '| --- | --- |', '| replicas | 期望运行的 Pod 副本数量 |', '| selector | 用标签选出由它管理的 Pod |', '| template | 新建 Pod 时使用的模板 |', ''].join('\n');
    expect(questionsOf(terms).some((q) => q.type === 'define')).toBe(true);
    const symptoms = [
      '## 网络瓶颈表现',
      '',
      '- **跨节点访问慢**：转发路径上的规则越积越多，查找变慢',
      '- **kube-proxy 占满 CPU**：规则全量刷新过于频繁',
      '- **部分 Pod 延迟高**：所在节点的连接跟踪表已经满了',
      '',
    ].join('\n');
    for (const q of questionsOf(symptoms)) expect(['define', 'identify', 'member', 'multi'], q.prompt).not.toContain(q.type);
    const roles = ['## 角色划分', '', '- **基础设施提供方**：如 AWS、GKE 等', '- **集群运维**：负责管理整个集群的策略、网络和访问权限', '- **应用开发者**：负责编写应用并定义它的路由规则', ''].join('\n');
    for (const q of questionsOf(roles)) if (q.type === 'identify') expect(q.prompt).not.toMatch(/AWS/);
  });

  it('never blanks a value of a sequence whose next one is shown (10s → 20s → … → 5m)', () => {
    const note = [
      '## Failure modes',
      '',
      '- **CrashLoopBackOff**: the container keeps exiting and kubelet waits longer each time (10s → 20s → 40s → … up to a 5m cap).',
      '- **kube-apiserver**: serves the API over TLS on port 6443 by default.',
      '',
    ].join('\n');
    const answers = clozeAnswers(note);
    expect(answers).toContain('6443');
    for (const bad of ['10s', '20s', '40s']) expect(answers, bad).not.toContain(bad);
  });

  it('makes no group of a list under a field of work (Service Networking): Ingress belongs to it too', () => {
    const note = [
      '# Networking',
      '',
      '## Service Networking',
      '',
      '- **ClusterIP**: a virtual address reachable only from inside the cluster.',
      '- **NodePort**: opens the same port on every node and forwards it to the Service.',
      '- **LoadBalancer**: asks the cloud for an external balancer in front of the Service.',
      '- **ExternalName**: answers DNS queries with a CNAME to an outside host.',
      '',
      '## Ingress and Egress Networking',
      '',
      '- **Ingress**: routes outside HTTP traffic to Services by host and path.',
      '- **Egress**: traffic leaving the cluster, often limited by network policies.',
      '- **Gateway**: the newer API that splits routing between roles.',
      '',
    ].join('\n');
    for (const q of questionsOf(note)) expect(['member', 'multi'], q.prompt).not.toContain(q.type);
  });

  it("takes no outsider from another note's list of the same name, and blanks no lab's printed output, wait, or placeholder object (foo)", () => {
    const a = ['# 架构', '', '## 分层架构', '', '- 核心层：对外提供 API，对内提供插件式的执行环境', '- 应用层：部署应用并完成服务发现与路由', '- 管理层：度量、自动化与策略管理', '- 接口层：kubectl、客户端库与集群联邦', ''].join('\n');
    const b = ['# 设计', '', '## 分层架构', '', '- 基础设施层：容器运行时、网络与存储', '- 核心层：API 与插件式执行环境', '- 生态层：架构之外的日志、监控与配置管理', ''].join('\n');
    const banks = collect([parseNote('a.md', a), parseNote('b.md', b)]).banks;
    const groups = [1, 2, 3, 4, 5].flatMap((seed) => allQuestions(banks, { seed })).filter((q) => q.type === 'member' || q.type === 'multi');
    for (const q of groups) for (const c of q.choices) expect(['基础设施层', '生态层', '应用层', '管理层', '接口层', '核心层'], q.prompt).toContain(c);
    for (const q of groups) if (q.source.file === 'a.md') expect(q.choices).not.toContain('基础设施层');
    const lab = [
      '## Deployment',
      '',
      '- **创建**：输出结果表明我们希望的副本数是 3，当前副本数是 0。',
      '- **热更新**：等待大概 10 秒钟时间，再次查看环境变量的值。',
      '- **扩缩容**：为 Deployment foo 创建一个 autoscaler，CPU 利用率达到 80% 时扩容。',
      '- **kube-apiserver**：默认在 6443 端口提供 HTTPS 服务。',
      '',
    ].join('\n');
    const answers = clozeAnswers(lab);
    expect(answers).toContain('6443');
    for (const bad of ['3', '10 秒', '80%']) expect(answers, bad).not.toContain(bad);
  });

  it('orders no alternatives a lead-in offers (可以使用以下选择, the options are)', () => {
    const zh = ['## 如何对节点执行中断操作', '', '要升级所有节点的系统软件时，可以使用以下选择：', '', '- 在升级期间接受服务停机', '- 故障转移到另一个完整的副本集群', '- 编写能容忍中断的应用并配置 PDB', ''].join('\n');
    const en = ['## How to drain nodes safely', '', 'When every node needs a kernel upgrade, the options are:', '', '1. Accept downtime while the upgrade runs.', '2. Fail over to a full replica cluster.', '3. Write apps that tolerate disruption and use a PDB.', ''].join('\n');
    for (const note of [zh, en]) expect(banksOf(note).some((b) => b.kind === 'steps')).toBe(false);
  });

  it('orders nothing a tool lets you do (它允许您自动：, it lets you)', () => {
    const zh = ['## 集群怎样知道哪些节点有 GPU？', '', '设备插件是一个 DaemonSet，它允许您自动：', '', '- 报告每个节点上的 GPU 数量', '- 跟踪 GPU 的健康状况', '- 在集群里运行用 GPU 的容器', ''].join('\n');
    const en = ['## How does the cluster learn about GPUs?', '', 'The device plugin runs as a DaemonSet and lets you:', '', '1. Report how many GPUs each node has.', '2. Keep track of GPU health.', '3. Run containers that use GPUs.', ''].join('\n');
    for (const note of [zh, en]) expect(banksOf(note).some((b) => b.kind === 'steps')).toBe(false);
  });

  it("drops a heading's link back into the note ([↑](#top)) and hears a translation in traditional characters (鏡像 for Image, 客戶端 for Client)", () => {
    const note = [
      '# Docker [[↑](#top)]',
      '',
      '## 其他重要概念 [[↑](#docker)]',
      '',
      '- **Base Image**：用作基礎的鏡像，其他鏡像都建立在它之上',
      '- **Docker Client**：使用者下指令的客戶端，把請求送給 daemon',
      '- **Registry**：集中存放並分發映像檔的服務，例如 Docker Hub',
      '- **Volume**：在容器之外保存資料，容器刪除後資料仍在',
      '',
    ].join('\n');
    const banks = banksOf(note);
    expect(banks.map((b) => b.title)).toContain('其他重要概念');
    for (const b of banks) for (const p of [b.title, ...b.path]) expect(p).not.toMatch(/↑|\[|\]/);
    for (const q of questionsOf(note)) {
      expect(q.prompt).not.toMatch(/↑/);
      if (q.type === 'identify') expect(['Base Image', 'Docker Client'], q.prompt).not.toContain(q.subject);
    }
    expect(givesAway('用作基礎的鏡像，其他鏡像都建立在它之上', 'Base Image', ['Registry', 'Volume'])).toBe(true);
    expect(givesAway('使用者下指令的客戶端，把請求送給 daemon', 'Client', ['Registry', 'Volume'])).toBe(true);
  });

  it('asks no question whose answer is the date the note was written', () => {
    const note = ['# 7-4 容器網絡要解決哪些問題？', '', '2024年6月19日 上午 05:26', '', '# Service 是什麼?', '', 'Service 是通往一組 Pod 的固定入口，Pod 換了 IP 也不影響存取。', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall');
    expect(asked.some((q) => /Service/.test(q.prompt))).toBe(true);
    expect(asked.some((q) => /容器網絡/.test(q.prompt))).toBe(false);
  });

  it('shows no decoration before a name (✅ Required) and makes no group of a label cut at its preposition (Perfect for)', () => {
    const rules = ['## Validation rules', '', '- **✅ Required**: must be set on every container of the Pod.', '- **🆔 Unique per Pod**: two containers of one Pod may not share it.', '- **🔐 Immutable**: cannot be changed once the Pod exists.', '- **⚙️ Case-sensitive**: `web` and `Web` are different names.', ''].join('\n');
    const terms = banksOf(rules).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).toContain('Required');
    for (const q of questionsOf(rules)) for (const c of [...q.choices, q.subject]) expect(c).not.toMatch(/\p{Extended_Pictographic}/u);
    const daemon = ['## DaemonSets', '', '- Run one Pod on every node', '- Perfect for: logging agents, monitoring, network plugins', '', '## Jobs', '', '- Good for: batch work, migrations, file processing', ''].join('\n');
    for (const q of questionsOf(daemon)) expect(q.prompt).not.toMatch(/Perfect for|Good for/);
    expect(isNonName('Perfect for')).toBe(true);
    expect(isNonName('Combined with')).toBe(true);
    expect(isNonName('Liveness Probe')).toBe(false);
  });
});

describe('notes in a language the program does not read', () => {
  const vietnamese = ['# Mạng trong Kubernetes', '', '## Service', '', '- **ClusterIP**: địa chỉ IP ảo chỉ dùng được bên trong cụm, các Pod gọi nhau qua đây', '- **NodePort**: mở một cổng trên mỗi node để truy cập dịch vụ từ bên ngoài cụm', '- **LoadBalancer**: tạo bộ cân bằng tải của nhà cung cấp đám mây trước các node', '', 'Các loại Service này được dùng để đưa ứng dụng ra ngoài và để các thành phần trong cụm giao tiếp với nhau một cách ổn định.', ''].join('\n');
  const german = ['# Netzwerk in Kubernetes', '', '## Service-Typen', '', '- **ClusterIP**: eine virtuelle Adresse, die nur innerhalb des Clusters erreichbar ist und für interne Aufrufe dient', '- **NodePort**: öffnet auf jedem Knoten einen Port, über den der Dienst auch von außen erreichbar ist', '- **LoadBalancer**: erstellt einen Lastverteiler des Cloud-Anbieters, der vor den Knoten steht und den Verkehr verteilt', '', 'Diese Typen werden genutzt, um Anwendungen nach außen zu geben und damit die Komponenten im Cluster stabil miteinander sprechen können. Das ist nicht immer nötig, aber oft sinnvoll und auch für Tests wichtig.', ''].join('\n');
  const spanish = ['# Almacenamiento', '', '## accessModes', '', '- **ReadWriteOnce (RWO)**: lectura y escritura por un solo nodo a la vez', '- **ReadOnlyMany (ROX)**: lectura por múltiples nodos', '- **ReadWriteMany (RWX)**: lectura y escritura por múltiples nodos', '', 'Un PVC es una solicitud de almacenamiento que hace un usuario; Kubernetes busca un PV que cumpla con los requisitos, y si no existe puede crear uno nuevo usando una StorageClass para que el Pod pueda montar el volumen cuando lo necesite.', ''].join('\n');
  const english = ['# Networking', '', '## Service types', '', '- **ClusterIP**: a virtual address reachable only inside the cluster, used for calls between Pods', '- **NodePort**: opens a port on every node so the Service can be reached from outside the cluster', '- **LoadBalancer**: asks the cloud provider for a load balancer in front of the nodes, as the Café demo does', '', 'These types expose applications and let the components inside the cluster talk to each other through a stable name, which matters more than people expect when Pods come and go all day.', ''].join('\n');

  it('makes no questions of Vietnamese, German or Spanish notes, says why, and still reads English with a name that has an accent', () => {
    for (const note of [vietnamese, german, spanish]) {
      const parsed = parseNote('n.md', note);
      expect(parsed.banks).toEqual([]);
      expect(parsed.skipped.map((s) => s.text)).toContain('written in a language other than English or Chinese');
    }
    expect(banksOf(english).length).toBeGreaterThan(0);
  });
});

describe('course notes: points, samples and asides', () => {
  const terms = (note: string): string[] => banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
  const clozeOf = (note: string): Question[] => questionsOf(note).filter((q) => q.type === 'cloze');
  const keyed = (q: Question): string => q.choices[q.answer as number] as string;

  it('blanks no rough value, no count the story makes up, no count its arrows draw, and no advice', () => {
    const note = [
      '## 心跳',
      '',
      '- **节点状态**：kubelet 大约每 10 秒上报一次节点状态。',
      '- **聚合**：把同一故障引起的告警合成一条，如某台机器宕机引起 30 个告警，只发一条。',
      '- **入口**：客户端要记住 6 个不同的地址，用起来很麻烦。',
      '- **分层**：客户端 → 网关 → 服务，两层各做各的事情。',
      '- **apiserver**：默认在 6443 端口上提供 HTTPS 服务。',
      '',
      '## Under the hood',
      '',
      '- **Rollout**: when a Deployment is created (ex. for 4 replicas), it makes a ReplicaSet first.',
      '- **Affinity**: There are also 2 new types planned that evict Pods whose node labels change.',
      '',
      '## 面板设计最佳实践',
      '',
      '- **刷新间隔**：总览面板每 30s 刷新一次，历史面板每 5m 刷新一次。',
      '',
    ].join('\n');
    const answers = clozeOf(note).map(keyed);
    expect(answers).toContain('6443');
    for (const bad of ['10 秒', '30 个', '6 个', '两层', '4', '2', '30s', '5m']) expect(answers, bad).not.toContain(bad);
  });

  it('offers other ports for a port and other layers for a layer, and blanks no port a lab picked', () => {
    const note = [
      '## 组件端口',
      '',
      '- **etcd**：客户端通过 2379 端口读写集群数据。',
      '- **kubelet**：在 10250 端口上提供自己的 API。',
      '- **demo**：示例服务在 8000 端口上监听请求，返回一段问候文字。',
      '',
      '## Ingress',
      '',
      '- **Ingress**: one entry point for HTTP routing and TLS, acting as a layer 7 load balancer in front of Services.',
      '',
    ].join('\n');
    const cloze = clozeOf(note);
    const port = cloze.find((q) => keyed(q) === '2379');
    expect(port).toBeDefined();
    for (const c of port?.choices ?? []) expect(Number(c), c).toSatisfy((n: number) => [22, 53, 80, 443, 2379, 2380, 3000, 3306, 4789, 5000, 5432, 5601, 6379, 6443, 8080, 8443, 8472, 9090, 9093, 9100, 9200, 10250, 10251, 10252, 10255, 10256, 10257, 10259].includes(n));
    const layer = cloze.find((q) => keyed(q) === '7');
    expect(layer?.choices.map(Number).every((n) => n >= 1 && n <= 7)).toBe(true);
    expect(cloze.map(keyed)).not.toContain('8000');
  });

  it('hears a name in the words that open its description: a translation, or the initials of an abbreviation', () => {
    const note = [
      '## CRD 字段',
      '',
      '| 字段 | 说明 |',
      '|---|---|',
      '| `spec.names.plural` | 复数名，出现在 API 的 URL 路径里 |',
      '| `spec.names.kind` | 资源在 YAML 里 kind 字段写的值 |',
      '| `spec.scope` | 资源属于命名空间还是整个集群 |',
      '| `spec.versions` | 资源提供的各个版本及其校验规则 |',
      '',
      '## Authorization modes',
      '',
      '| Mode | What it does |',
      '|---|---|',
      '| **RBAC** | Role-based — permissions come from roles bound to users and groups |',
      '| **ABAC** | Attribute-based — per-user policy files that need an API server restart |',
      '| **Node** | Authorizes the requests kubelets make for their own node |',
      '| **Webhook** | Asks an outside service, which answers allow or deny |',
      '',
      '## Certificate checks',
      '',
      '- **Correct CN**: common name matches the component that uses it',
      '- **Correct O**: organization matches the group the user belongs to',
      '- **Not expired**: the Not After date lies in the future',
      '',
    ].join('\n');
    for (const q of questionsOf(note)) {
      if (q.type === 'define') expect(q.subject, q.prompt).not.toMatch(/^(?:spec\.names\.plural|Correct CN)$/);
      if (q.type === 'typed' || q.type === 'identify') expect([q.subject, keyed(q)].join(' '), q.prompt).not.toMatch(/\b(?:RBAC|ABAC)\b/);
    }
  });

  it('asks no "which label fits" of the points a course makes: reasons, value, positioning, problems', () => {
    const note = [
      '## 什么时候用 NodePort',
      '',
      'NodePort 的定位是：',
      '',
      '- **快速暴露** — 不用额外组件就能让外部访问到服务',
      '- **开发测试** — 不需要云厂商的负载均衡器',
      '- **前提条件** — 客户端能访问到节点的 IP 地址',
      '',
      '**生产环境不推荐直接使用**，原因：',
      '',
      '1. **端口受限** — 只能用 30000-32767 范围里的端口',
      '2. **端口独占** — 一个端口只能分给一个 Service 使用',
      '3. **没有健康检查** — 节点故障后不会自动摘除流量',
      '',
      '## 为什么要设置资源限制',
      '',
      '- **资源被吃光**：一个内存泄漏的进程能拖垮整个节点上的服务',
      '- **调度失准**：调度器只能按 requests 估算节点能放下多少',
      '- **节点不稳**：内存耗尽会触发 OOM Killer 随机杀进程',
      '',
      '## 旧的安全策略',
      '',
      '| 问题 | 说明 |',
      '|---|---|',
      '| 配置繁琐 | 每个用户都要单独绑定角色才能使用策略 |',
      '| 默认放行 | 没有匹配到策略的 Pod 不受任何约束 |',
      '| 顺序敏感 | 多个策略的先后顺序会改变结果 |',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => ['define', 'identify', 'recall', 'typed', 'member'].includes(q.type) && !/^什么时候|^为什么/.test(q.prompt));
    expect(asked.map((q) => q.prompt)).toEqual([]);
  });

  it('takes no story word, stressed modal, example setting or release for a name', () => {
    for (const t of ['然后用两个终端配合', '不能', '权重 80', 'v1.31+（kind 默认）', '< v1.22', 'v1.22 - v1.24']) expect(isNonName(t), t).toBe(true);
    for (const t of ['kube-proxy', '污点', 'Pod 优先级']) expect(isNonName(t), t).toBe(false);
    const note = ['## 同一个 Pod 内容器如何通信', '', '- 容器 A 监听 80 端口，容器 B 通过 localhost:80 访问', '- **不能**两个容器监听同一个端口（会冲突）', '', '然后用两个终端配合：一个看日志，另一个删除 Pod。', ''].join('\n');
    for (const q of questionsOf(note)) expect(q.prompt).not.toMatch(/不能|然后/);
  });

  it("keeps an aside next to a name with its description, drops a sentence's full stop and a warning sign, and makes no terms of a checklist", () => {
    const vendors = terms(['## Turnkey options', '', '- **OpenShift** (Red Hat) — adds a web console and build pipelines', '- **Rancher** — manages many clusters from one place', ''].join('\n'));
    expect(vendors).toEqual(['OpenShift', 'Rancher']);
    const openshift = banksOf(['## Turnkey options', '', '- **OpenShift** (Red Hat) — adds a web console and build pipelines', '- **Rancher** — manages many clusters from one place', ''].join('\n'))
      .flatMap((b) => (b.kind === 'terms' ? b.entries : []))
      .find((e) => e.term === 'OpenShift');
    expect(openshift?.detail).toBe('adds a web console and build pipelines (Red Hat)');
    expect(terms('## Operators\n\nProjects that ship operators: etcd, MySQL, Prometheus, Grafana, Istio.\n')).toContain('Istio');
    const table = ['## Admission plugins', '', '| Plugin | Effect |', '|---|---|', '| `NodeRestriction` | Limits what kubelets may change |', '| `NamespaceAutoProvision` | ⚠️ Deprecated — makes a missing namespace on the fly |', ''].join('\n');
    const details = banksOf(table).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.detail) : []));
    expect(details).toContain('Deprecated — makes a missing namespace on the fly');
    const checklist = ['## For every certificate', '', '- ✅ Correct `CN` (common name of the component)', '- ✅ Correct `O` (group where it applies)', '- ✅ Not expired (`Not After` still ahead)', ''].join('\n');
    expect(terms(checklist)).toEqual([]);
  });

  it("answers a section's question without the callout beside it, and says where a term sits, not what it stands for", () => {
    const note = ['## How DaemonSets Schedule Pods', '', '- **Before v1.12:** the controller set `nodeName` itself', '- **v1.12 and later:** the default scheduler places them through node affinity', '', '> [!tip] Exam', '> - a DaemonSet has no replicas field', ''].join('\n');
    const answer = banksOf(note).flatMap((b) => (b.kind === 'qa' ? b.pairs.map((p) => p.answer) : [])).join('\n');
    expect(answer).toMatch(/node affinity/);
    expect(answer).not.toMatch(/\[!tip\]|replicas field/);
    const csi = ['# Container Storage Interface (CSI)', '', '## What it standardises', '', '| Interface | Standardises |', '|---|---|', '| CRI | Container runtimes such as containerd and CRI-O |', '| CNI | Network plugins such as Calico and Flannel |', ''].join('\n');
    for (const q of questionsOf(csi).filter((x) => x.type === 'recall')) expect(q.prompt).not.toMatch(/^Explain: \S+ \((?!in )/);
  });

  it('asks no count of the list a sentence leads into, no aside as a name, no bracketed hop as a stage, no examples as a description', () => {
    const count = ['# Control plane', '', 'the control plane runs 4 main components -', '', '- kube-apiserver', '- etcd', '- kube-scheduler', '- kube-controller-manager', ''].join('\n');
    expect(questionsOf(count).filter((q) => q.type === 'cloze')).toEqual([]);
    expect(isNonName('(anti-affinity) operators')).toBe(true);
    const hops = ['## Reaching the API', '', '- kubectl signs every request with its client certificate', '- by hand: curl -> (plain) -> kubectl proxy -> (signed) -> kube-apiserver', ''].join('\n');
    expect(banksOf(hops).some((b) => b.kind === 'steps')).toBe(false);
    const controllers = ['## Ingress controllers', '', '- **NGINX Ingress**: the community controller built on NGINX', '- **Traefik**: an edge router that reads Ingress and its own CRDs', '- **Cloud controllers**: GKE, EKS, AKS', ''].join('\n');
    for (const q of questionsOf(controllers)) expect(shown(q), q.prompt).not.toMatch(/GKE, EKS, AKS/);
    // A list of examples trailing off (`等`, `etc.`) is examples all the same.
    expect(askableEntry(entry('API 对象', 'ConfigMap、Secret、Service、Job等'))).toBe(false);
    expect(askableEntry(entry('Managed offerings', 'GKE, EKS, AKS etc.'))).toBe(false);
  });

  it("takes an exam's common mistakes for advice, not terms", () => {
    const note = ['## Common Mistakes to Avoid', '', '1. **Wrong namespace** - pass `-n` or switch the context first', '2. **Bad YAML indentation** - check the fields with `kubectl explain`', '3. **Label typos** - copy selectors instead of typing them', ''].join('\n');
    expect(questionsOf(note).filter((q) => ['define', 'identify', 'typed', 'recall'].includes(q.type))).toEqual([]);
  });

  it('hears a name in a translation at the head of its clue, in its own letters and parts, and keeps a status with the name', () => {
    const policy = ['## 并发策略', '', '| 策略 | 行为 |', '|---|---|', '| `Allow` | 允许同一个 CronJob 的多次运行同时进行，这是默认值 |', '| `Forbid` | 上一次还没结束时跳过这一次的调度 |', '| `Replace` | 新一次到来时终止旧的运行再开始新的 |', ''].join('\n');
    for (const q of questionsOf(policy)) if (q.type === 'identify' || q.type === 'typed') expect(q.subject).not.toBe('Allow');
    const modes = ['## PV 访问模式', '', '- ReadWriteOnce：单个节点以读写方式挂载，简写 RWO', '- ReadOnlyMany：多个节点以只读方式挂载，简写 ROX', '- ReadWriteMany：多个节点以读写方式挂载，简写 RWX', ''].join('\n');
    for (const q of questionsOf(modes)) if (q.type === 'define') expect(q.subject).not.toBe('ReadOnlyMany');
    const probes = ['## 探针的检查方式', '', '- ExecAction：在容器里执行一条命令，返回 0 就算健康', '- TCPSocketAction：尝试连上容器的端口，连得上就算健康', '- HTTPGetAction：向容器的地址发一次 Get 请求，状态码在 200 到 399 之间就算健康', ''].join('\n');
    for (const q of questionsOf(probes)) if (q.type === 'define') expect(q.subject).not.toBe('HTTPGetAction');
    const db = banksOf(['## 漏洞库更新', '', '- 联网环境（默认）：扫描器自动下载漏洞库并缓存在本地', '- 离线环境：手动下载漏洞库并放进扫描器的缓存目录', ''].join('\n')).flatMap((b) => (b.kind === 'terms' ? b.entries : []));
    expect(db[0]).toMatchObject({ term: '联网环境（默认）', aliases: ['联网环境'], detail: '扫描器自动下载漏洞库并缓存在本地' });
    // Whether a parameter must be given is said of each one alike: the name stands alone.
    const params = banksOf(['## 邮件参数', '', '- attachLog(可选)：将构建日志以附件形式发送', '- compressLog(可选)：压缩附件中的日志', '- to (required): who the mail goes to', ''].join('\n')).flatMap((b) => (b.kind === 'terms' ? b.entries : []));
    expect(params.map((e) => [e.term, e.aliases])).toEqual([['attachLog', []], ['compressLog', []], ['to', []]]);
  });

  it('blanks no release of a product, no replica count an example sets, nothing in a worked example or a sentence pointing back, and offers layers for a layer', () => {
    const note = [
      '## 运行环境',
      '',
      '- **存储**：Docker Engine 29 在全新安装时默认使用 containerd 镜像存储。',
      '- **流程**：创建一个 Deployment，副本数为4，控制器随后创建 ReplicaSet。',
      '- **镜像**：每个分片最多镜像 1000 个地址，写法见前文无 selector 的示例。',
      '- **入口**：Ingress Controller 工作在七层，按域名和路径转发请求。',
      '',
      '## 范例三：Go 后端服务',
      '',
      '- **场景**：Go 1.22 编写的小型接口服务，采用多阶段构建。',
      '',
    ].join('\n');
    const cloze = clozeOf(note);
    expect([...new Set(cloze.map(keyed))]).toEqual(['七层']);
    expect(cloze[0]?.choices.every((c) => /^[二三四七]层$/u.test(c))).toBe(true);
  });

  it('blanks no Kubernetes release a feature came, went GA or was removed in, but keeps a number that is no release', () => {
    const note = [
      '## Volume plugins',
      '',
      '- **Legacy plugin**: a network file system whose built-in driver was removed in 1.26 of the project',
      '- **Policy engine**: its rules went GA in 1.30 after two beta releases of testing',
      '- **代理模式**：最早的用户态实现，在 1.2 版本中被新模式取代',
      '- **Retry budget**: a client backs off by a default factor of 1.5 between attempts to the server',
      '',
    ].join('\n');
    expect([...new Set(clozeOf(note).map(keyed))]).toEqual(['1.5']);
  });

  it('hears env, extra, never and conformance in their Chinese words, and takes a selection guide for points', () => {
    expect(givesAway('从文件向容器注入环境变量，适合较长的变量列表', 'env_file', ['networks', 'profiles', 'entrypoint'])).toBe(true);
    expect(givesAway('附加状态，例如 U 表示镜像仍被使用', 'EXTRA', ['IMAGE', 'ID'])).toBe(true);
    expect(givesAway('无论容器以何种状态退出，都不会重启', 'Never', ['Always', 'OnFailure'])).toBe(true);
    const guide = ['## 替代控制器选型', '', '- **运维经验**：团队对代理软件的排障熟悉程度影响恢复速度', '- **行为差异**：路径匹配和默认后端在各控制器之间不同', '- **一致性与生态**：查看实现的 conformance 状态和扩展字段', ''].join('\n');
    expect(questionsOf(guide).filter((q) => q.type === 'define' || q.type === 'identify')).toEqual([]);
  });

  it('blanks nothing in a formula, a question, a line left with its list number, an example after "like", one of alternatives, or a value an arrow works out', () => {
    const note = [
      '## Sizing',
      '',
      '- **Replicas**: $2 \\times (150 / 50) = 6$ Pods for the current load on the service.',
      '- **Latency**: 如果一次请求耗时 3 秒，你怎么知道是哪一个服务慢？',
      '- **Upgrade**: 2, 升级到新的镜像版本并观察所有 Pod 是否正常。',
      '- **CPU**: the API takes decimal notation like 0.5 for CPU, though the m suffix is clearer.',
      '- **Errors**: a missing backend Service makes the Ingress answer with 502 or 503 errors.',
      '- **Quorum**: 5 members → a quorum of 3 that keeps the cluster writable.',
      '- **Release**: Next.js 16 brought the App Router to the web frontend.',
      '- **NodePort**: NodePort values must lie in the range 30000–32767 by default on every cluster.',
      '- **Members**: 3 members → a quorum of 2, enough to survive one failure.',
      '- **Sizes**: a megabyte is 10^6 bytes, a mebibyte is 2^20 bytes.',
      '- **Policies**: CronJob三种并发策略',
      '- **Lab**: the kubia Service forwards port 80 to port 8080 of the matching pods.',
      '',
    ].join('\n');
    expect([...new Set(clozeOf(note).map(keyed))]).toEqual(['30000']);
  });

  it("hears editor and subset in Chinese, a name's letters in the plural (PVCs) and its parts in a clue, and asks nothing of a project's tech stack", () => {
    expect(givesAway('基于浏览器的代码编辑器，支持语法高亮', 'Monaco Editor', ['Tailwind CSS', 'Next.js'])).toBe(true);
    expect(givesAway('服务的一个子集，按标签挑出的一组后端', 'subset', ['weight', 'route'])).toBe(true);
    const storage = ['## Storage objects', '', '- **PersistentVolume**: a piece of storage in the cluster, bound to PVCs that ask for it', '- **StorageClass**: describes a kind of storage a provisioner can create on demand', '- **VolumeSnapshot**: a copy of a volume taken at one point in time', ''].join('\n');
    for (const q of questionsOf(storage)) if (q.type === 'identify' || q.type === 'typed') expect(q.prompt).not.toMatch(/PVCs/);
    const objects = ['## Built-in objects', '', '- **.Chart.Name**: the name of the chart being rendered', '- **.Release.Namespace**: the namespace the release goes into', '- **.Values**: what the values file and --set give the templates', ''].join('\n');
    for (const q of questionsOf(objects)) if (q.type === 'identify' || q.type === 'typed' || q.type === 'define') expect(q.subject).not.toBe('.Chart.Name');
    const readme = ['# Demo shop', '', '## 技术栈', '', '- **前端**：基于 React 的单页应用，用 Vite 打包', '- **后端**：Go 编写的接口服务，提供 REST API', '- **数据库**：PostgreSQL 保存订单和用户', ''].join('\n');
    expect(questionsOf(readme)).toEqual([]);
  });

  it("asks nothing of a course's menu of next lessons, its exercise numbers, its how-to-use steps or a fold labelled Answer", () => {
    const menu = ['## 👉 Ready for Lesson 7?', '', 'Choose one:', '', '1️⃣ Helm charts for packaging', '2️⃣ Horizontal Pod Autoscaling with custom metrics', '3️⃣ StatefulSets for databases', ''].join('\n');
    expect(questionsOf(menu)).toEqual([]);
    const exercises = ['## CoreDNS', '', '- **Q11.1**: What is the full DNS name of Service web in namespace shop?', '- **Q11.2**: Which Pod answers DNS queries inside the cluster?', '- **Q11.3**: Where does a Pod find its nameserver address?', ''].join('\n');
    for (const q of questionsOf(exercises)) expect(shown(q), q.prompt).not.toMatch(/\bQ11\.\d/);
    const usage = ['# Practice exams', '', '## How to use', '', '1. Read the task only, without looking at the answer.', '2. Do the task on your own cluster.', '3. Compare what you did with the answer given.', ''].join('\n');
    expect(questionsOf(usage).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const fold = ['## CNI plugins', '', '<details>', '<summary>Answer</summary>', '', 'Flannel is a simple overlay, Calico routes with BGP and enforces policy, Cilium uses eBPF.', '', '</details>', ''].join('\n');
    for (const q of questionsOf(fold)) expect(q.prompt.trim()).not.toBe('Answer');
  });

  it('hears INPUT, OUTPUT and FORWARD in Chinese and a name in the first words of its description; PS, a point of view and a commented value are no terms or descriptions', () => {
    expect(givesAway('处理输入的数据包', 'INPUT', ['FORWARD', 'PREROUTING'])).toBe(true);
    expect(givesAway('处理本机发出的输出数据包', 'OUTPUT', ['INPUT', 'PREROUTING'])).toBe(true);
    expect(givesAway('对象正在被删除，终结器还没有全部移除', 'removing', ['adding', 'ready'])).toBe(true);
    expect(givesAway('序号从 start 指定的值开始编号', 'ordinals', ['replicas', 'selector'])).toBe(true);
    // `Failed` is `fail` with an ending: 失败 translates it as it does `fail`.
    expect(givesAway('所有容器都已终止，且至少有一个容器以失败状态退出', 'Failed', ['Succeeded', 'Unknown', 'Pending'])).toBe(true);
    expect(givesAway('每个容器都有自己独立的网络栈', 'NET Namespace', ['PID Namespace', 'IPC Namespace'])).toBe(true);
    const vars = ['## Build variables', '', '- **BUILD_ID**: The current build ID, a timestamp on old servers', '- **WORKSPACE**: The absolute path of the directory the build runs in', '- **NODE_NAME**: The agent the build is running on, or master', ''].join('\n');
    for (const q of questionsOf(vars)) if (['define', 'identify', 'typed'].includes(q.type)) expect(q.subject).not.toBe('BUILD_ID');
    for (const t of ['PS', '从通信角度来讲', '总体而言']) expect(isNonName(t), t).toBe(true);
    expect(isFragmentDetail("'UTF-8', // or GBK")).toBe(true);
  });

  it("hears a translation of an abbreviation's expansion at the head of its description (基于角色的访问控制 for RBAC)", () => {
    const note = ['## 其他术语', '', '- **RBAC (Role-Based Access Control)**：基于角色的访问控制，用户通过角色获得权限', '- **Calico**：基于BGP的三层网络方案，每个节点是一个路由器', '- **Keep-Alive**：允许在一个TCP连接上发送多个HTTP请求', '- **无状态应用**：请求可以被任何一个实例处理，不需要保存会话', ''].join('\n');
    for (const q of questionsOf(note)) if (['define', 'identify'].includes(q.type)) expect(q.subject, q.prompt).not.toBe('RBAC');
  });

  it('says whose a shared value is when it asks to explain it, and drops a mark before a question', () => {
    const note = ['## 镜像拉取策略', '', '- Always：每次启动容器都去仓库拉取镜像，即使本地已经有同名镜像', '- IfNotPresent：本地没有这个镜像时才去拉取，有就直接使用', '- Never：只使用本地已有的镜像，从来不去仓库拉取', ''].join('\n');
    const prompts = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts).toContain('解释一下：Always（镜像拉取策略）');
    expect(prompts).not.toContain('解释一下：Always');
    const why = ['## ⭐ Why do rolling updates need readiness probes?', '', 'Without a readiness probe a new Pod gets traffic before it can serve, so users see errors during the rollout.', ''].join('\n');
    for (const q of questionsOf(why)) expect(q.prompt).not.toMatch(/⭐/);
  });

  it("takes no sentence of the note's for a name, blanks no value of the file it shows, and orders no fields explained one by one", () => {
    for (const t of ['这其实也容易理解', '原因是', '默认值为']) expect(isNonName(t), t).toBe(true);
    expect(isNonName('私有仓库')).toBe(false);
    const example = ['## 创建 StatefulSet', '', '- **清单**：在该文件中，示例 StatefulSet 生成三个副本，并打开端口 80 对外提供服务。', ''].join('\n');
    expect(clozeOf(example).map(keyed)).not.toContain('80');
    const probe = ['## Liveness', '', '1. initialDelaySeconds：10 表示容器启动 10 秒之后才开始探测', '2. periodSeconds：5 表示每 5 秒探测一次', '3. failureThreshold：3 表示连续失败 3 次才重启容器', ''].join('\n');
    expect(banksOf(probe).some((b) => b.kind === 'steps')).toBe(false);
  });

  it("asks no question that points back at the note's list, hears SYS_ADMIN in system administration, and asks nothing of a book's about and contributing pages", () => {
    const back = ['## Problems with plain VMs', '', '- slow to start', '- heavy images', '', '## How Docker Solves These Challenges?', '', 'Containers share the host kernel, start in seconds and ship as small layered images.', ''].join('\n');
    for (const q of questionsOf(back)) expect(q.prompt).not.toMatch(/These Challenges/);
    const caps = ['## Capabilities', '', '- **SYS_ADMIN**: perform system administration tasks such as mounting filesystems', '- **NET_ADMIN**: change interfaces, routes and firewall rules of the network stack', '- **CHOWN**: change the owner of any file regardless of its permissions', ''].join('\n');
    for (const q of questionsOf(caps)) if (['identify', 'typed'].includes(q.type)) expect(q.subject).not.toBe('SYS_ADMIN');
    const about = ['## 参与步骤', '', '1. 阅读贡献指南并签署贡献者协议', '2. 在问题列表里挑选一个适合新人的问题', '3. 提交修改并等待维护者评审', ''].join('\n');
    expect(questionsOf(about)).toEqual([]);
  });

  it("blanks nothing that leans on a figure, asks no question whose subject is a pronoun, and drops a FAQ's Q： and a pointer to the chapter", () => {
    const figure = ['## 数据管理', '', '- **挂载**：如图 8-1 所示，Docker 数据管理主要围绕三类挂载方式展开。', ''].join('\n');
    expect(clozeOf(figure)).toEqual([]);
    const pronoun = ['## Services', '', '### What it provides to Pods?', '', 'A stable virtual address and DNS name in front of a changing set of Pods, with load balancing between them.', ''].join('\n');
    for (const q of questionsOf(pronoun)) expect(q.prompt).not.toMatch(/What it provides/);
    const faq = ['## 常见问题', '', '- **Q：容器停止很慢**：应用没有正确处理 SIGTERM 信号，只能等到超时后被强制终止', '- **Q：镜像拉取失败**：仓库地址写错或者没有配置拉取凭据，节点拿不到镜像', ''].join('\n');
    for (const q of questionsOf(faq)) expect(shown(q)).not.toMatch(/Q：/);
    const chapter = ['# etcd', '', '## 本章', '', '- **etcdctl**：命令行管理工具，支持 put、get、del、watch 等操作，用来读写键值', ''].join('\n');
    for (const q of questionsOf(chapter)) expect(q.prompt).not.toMatch(/本章/);
  });

  it('asks no recall whose only context is a place in the note (Manifest File, Command line params), nor of a question word', () => {
    const note = ['## Manifest File', '', '- max: a container may use at most one CPU and a gigabyte of memory in this namespace', '', '## Command line params', '', '- cni-bin-dir: the directory where the CNI plugin binaries are looked for on the node', '- network-plugin: which network plugin the node agent loads when it starts up', ''].join('\n');
    for (const q of questionsOf(note).filter((x) => x.type === 'recall')) expect(q.prompt).not.toMatch(/Explain: (?:max|cni-bin-dir|network-plugin)/);
    expect(isNonName('Who')).toBe(true);
  });

  it('asks no recall under a lead-in cut at its preposition (UCP maintains data about:)', () => {
    const note = ['## UCP', '', 'UCP maintains data about:', '', '- Volumes: the named volumes every node of the cluster has created so far', '- Networks: the overlay networks that services of the swarm are attached to', ''].join('\n');
    for (const q of questionsOf(note)) expect(q.prompt).not.toMatch(/maintains data about/);
    expect(isNonName('UCP maintains data about')).toBe(true);
  });

  it("takes the note's ordinal labels for no names and blanks no placeholder's number or count of names just listed", () => {
    for (const t of ['方式一', '方式二', '第一', '第二点', '步骤3']) expect(isNonName(t), t).toBe(true);
    const note = ['## 镜像', '', '- **删除**：docker image rm [选项] <镜像1> [<镜像2> ...] 删除本地的一个或多个镜像。', '- **请求类型**：简单请求的方法只能是 GET HEAD POST，三种之一，其余都要预检。', '- **数据库**：MongoDB 默认会在 27017 端口启动数据库服务。', ''].join('\n');
    expect([...new Set(clozeOf(note).map(keyed))]).toEqual(['27017']);
    expect(givesAway('刚刚进行的动作名称', 'action', ['node', 'prevNode'])).toBe(true);
  });

  it('offers HTTP status codes for a status code, never a file mode, and hears equal, least and shard in Chinese', () => {
    const note = ['## 权限', '', '- **目录**：目录的权限一般设为 755，文件设为 644，只有属主可以写。', '', '## 排错', '', '- **未授权**：没有带上有效的令牌时，API 返回 401 状态码，客户端需要重新登录。', ''].join('\n');
    const status = clozeOf(note).filter((q) => keyed(q) === '401');
    expect(status.length).toBeGreaterThan(0);
    for (const q of status) for (const c of q.choices) expect(['200', '201', '204', '301', '302', '304', '400', '401', '403', '404', '405', '409', '429', '500', '502', '503', '504'], c).toContain(c);
    expect(givesAway('给资源占用比例最低的节点打最高分', 'LeastRequestedPriority', ['BalancedResourceAllocation', 'ImageLocalityPriority'])).toBe(true);
    expect(givesAway('所有节点的得分都相同', 'EqualPriorityMap', ['NodeAffinityPriority', 'TaintTolerationPriority'])).toBe(true);
  });

  it('drops a heading id ({#2}) and the rules of an over- and underlined title (====) from the heading', () => {
    const note = ['## AUFS {#2}', '', '- **Branch**：AUFS 把多个目录叠在一起，对外呈现为一个目录', '- **CoW**：写时复制，修改文件时先把它复制到可写层', '', '==================', '超级权限容器', '==================', '', '- **privileged**：给容器所有的能力并能访问宿主机的设备', '- **cap-add**：只给容器添加某一项能力而不是全部能力', ''].join('\n');
    const titles = banksOf(note).map((b) => b.title);
    expect(titles).toEqual(['AUFS', '超级权限容器']);
  });

  it('blanks no section a sentence points to, no date, no "a few dozen" and no value after 如', () => {
    const note = [
      '## Docker',
      '',
      '- **来历**：Docker 最初是一个公司内部项目，于 2013 年 3 月以 Apache 2.0 授权协议开源。',
      '- **ENTRYPOINT**：和 CMD 的配合方式更多细节见 7.5 ENTRYPOINT 指令的说明。',
      '- **能力**：Linux 把全能的 root 权限划分为几十个细粒度的操作能力。',
      '- **虚拟机**：每个虚拟机都运行完整的操作系统，每个额外占用如 2GB 内存。',
      '- **数据库**：MongoDB 默认会在 27017 端口启动数据库服务。',
      '',
    ].join('\n');
    expect([...new Set(clozeOf(note).map(keyed))]).toEqual(['27017']);
  });

  it('asks nothing of a list of what the notes will cover later, nor orders the steps that reproduce a bug', () => {
    const todo = ['## 后续补全清单', '', '- 存储进阶：快照、克隆和故障演练', '- 网络进阶：CNI 选型和 CoreDNS 定制', '- 安全深化：审计和工作负载身份', ''].join('\n');
    expect(questionsOf(todo)).toEqual([]);
    const repro = ['## 命名空间移出项目后策略残留', '', '下面是重现步骤：', '', '1. 创建命名空间 demo', '2. 在界面上把 demo 放进一个项目', '3. 查看 demo 下自动创建的网络策略', '4. 在界面上把 demo 移出项目', ''].join('\n');
    expect(questionsOf(repro).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('shows the topic above a question without heading numbers', () => {
    const q = { prompt: 'Walk through the steps of "CA checks".', topic: ['3. Start the TLS handshake', 'CA checks'], type: 'recall' } as unknown as Question;
    expect(shownTopic(q)).toEqual(['Start the TLS handshake']);
    expect(shownTopic({ ...q, topic: ['二、安装', '4 个状态'] } as Question)).toEqual(['安装', '4 个状态']);
  });

  it("shows a title taken from a file name without the file's place in its folder", () => {
    const note = ['- **VPA Recommender**: watches usage and proposes requests for CPU and memory', '- **VPA Updater**: evicts Pods whose requests are far from the proposal', '- **VPA Admission Controller**: sets the proposed requests on Pods as they are created', ''].join('\n');
    const titles = banksOf(note, 'scaling/13 Vertical Pod Autoscaler.md').map((b) => b.title);
    expect(titles).toEqual(['Vertical Pod Autoscaler']);
    for (const q of questionsOf(note, 'scaling/13 Vertical Pod Autoscaler.md')) expect(q.topic.join(' › ')).not.toMatch(/^13 /);
    expect(banksOf(`---\ntitle: "3 Ways to Scale"\n---\n\n${note}`, 'scaling/x.md').map((b) => b.title)).toEqual(['3 Ways to Scale']);
  });

  it('orders no meanings of output columns, no strategies a bullet leads into, no example chain and no traffic "flow"', () => {
    const columns = ['## Step 3: 查看 Pod', '', '- `READY 1/1` = 期望 1 个容器，已就绪 1 个', '- `RESTARTS` = 容器重启的次数', '- `AGE` = Pod 创建至今的时间', ''].join('\n');
    const strategies = ['# Cluster Upgrade Process', '', '- Once the control plane is upgraded, the workers follow. There are several strategies for this:', '', '1. Upgrade every worker at once and accept downtime.', '2. Upgrade one worker at a time while the others serve.', '3. Add new upgraded workers, move the load, then remove the old ones.', ''].join('\n');
    const example = ['## Quorum', '', '- Odd cluster sizes are preferred', '  - Example: 6 members split 4/2 → the 4 side keeps quorum → the cluster survives', ''].join('\n');
    const bursty = ['#### Bursty Flow', '', '- 想象一个水龙头，突然开到最大，水一下子涌出来，这就是突发流量。', '- 主机先以很高的速率发送两秒，然后停下五秒，再慢慢发送剩下的数据。', '- 这样的发送并不平滑，存在很高的波峰，对后端系统很不友好。', ''].join('\n');
    for (const note of [columns, strategies, example, bursty]) expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next').map((q) => q.prompt), note.split('\n')[0]).toEqual([]);
  });
});

describe("what a course or a copied README leaves around its facts", () => {
  it('asks nothing of legal small print, a callout word, a question the note asks itself, a flattened manifest, a lecture plan or a course outline', () => {
    const note = [
      '# Redis chart',
      '',
      'License: This chart is shipped under the terms its vendor lists, and naming other products here implies no endorsement by them.',
      '',
      '**KEEP IN MIND**: The `--cluster-init` flag must be given on exactly one of the first servers you start.',
      '',
      'JD: With NetworkPolicy in place, do we still need the sidecar proxy to block traffic between pods???',
      '',
      '- env:',
      '  - name: NODE_NAME',
      '    valueFrom: # read it from the pod itself',
      '      fieldRef: # a field of the object',
      '        fieldPath: spec.nodeName # the node it landed on',
      '',
      'Structure: whiteboard -> terminal -> whiteboard > terminal',
      '',
      "## What's covered",
      '',
      'Over these lessons you build and break:',
      '',
      '- Pods',
      '- Services',
      '- Jobs and CronJobs',
      '',
    ].join('\n');
    const asked = questionsOf(note, 'course/redis.md');
    const shownText = asked.map(shown).join('\n');
    expect(shownText).not.toMatch(/endorsement|KEEP IN MIND|cluster-init|\?\?\?|valueFrom|whiteboard|build and break/);
  });
});

describe('an explanation that ends by leading into a list', () => {
  it('is asked without the lead-in when what comes before it says something', () => {
    const note = [
      '## 控制面',
      '',
      '- node-lifecycle-manager: 根据节点心跳判断节点是否失联并给失联节点打上污点，它管理的对象如下',
      '- token-cleaner: 定期删除已经过期的引导令牌，下面列出',
      '',
    ].join('\n');
    const explained = questionsOf(note).filter((q) => q.type === 'recall');
    const lifecycle = explained.find((q) => q.prompt.includes('node-lifecycle-manager'));
    expect(lifecycle?.answer).toBe('根据节点心跳判断节点是否失联并给失联节点打上污点');
    // Too little left before the lead-in: nothing to explain.
    expect(explained.some((q) => q.prompt.includes('token-cleaner'))).toBe(false);
  });
});

describe("a component's profile", () => {
  it('is no list of things: its labels are neither defined nor explained', () => {
    const note = [
      '### Controller manager:',
      '',
      '- **Decision Factors:** the declared state of each object against what the cluster reports',
      '',
      '- **Leader Election:** one replica holds a lease and the others wait to take over when it lapses',
      '',
      '- **Communication:** watches the API server and writes every change back through it',
      '',
      '- **Configurability:** each loop can be switched off or tuned with its own command-line flag',
      '',
      '- **Complexity:** grows with every controller compiled into the one binary',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => ['define', 'identify', 'typed', 'member', 'multi'].includes(q.type))).toBe(false);
    expect(asked.some((q) => q.type === 'recall' && /Communication|Configurability|Complexity|Leader Election/.test(q.prompt))).toBe(false);
  });
});

describe("a path through a tool's menus", () => {
  it('is neither ordered nor walked through', () => {
    const note = [
      '## 在 Grafana 里看面板',
      '',
      '**1. 导入面板：左侧菜单->Dashboards->New->Import**',
      '',
      '**2. 查看告警：侧边栏->Alerting->Alert rules**',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => ['order', 'next'].includes(q.type) || (q.type === 'recall' && /步骤/.test(q.prompt)))).toBe(false);
  });
});

describe('an explanation of what a tool is for', () => {
  it('is asked, though it starts with "for"', () => {
    const note = ['## 本地集群工具', '', '- kind: for running throwaway clusters inside Docker containers on one machine', '- k3d: 在 Docker 里跑 k3s 的轻量集群，常用于 CI', ''].join('\n');
    expect(questionsOf(note).some((q) => q.type === 'recall' && q.prompt.includes('kind') && q.answer === 'for running throwaway clusters inside Docker containers on one machine')).toBe(true);
  });
});

describe("an exam's numbered task", () => {
  it("asks nothing of the task's parameters, and still asks a numbered question", () => {
    const task = [
      '## Question 6: Resource Limits',
      '',
      'Create a pod named `quota-demo` in the namespace `limits` with:',
      '',
      '- CPU Request: 250m, half of what the node has to spare',
      '- Memory Limit: 256Mi, above which the container is killed',
      '- Image: nginx:1.27, pulled from the public registry',
      '',
    ].join('\n');
    expect(questionsOf(task).some((q) => /CPU Request|Memory Limit|quota-demo|Question 6/.test(shown(q)))).toBe(false);
    const asked = ['## Question 6: What does a readiness probe decide?', '', 'Whether the Pod receives traffic from its Services; a failing one takes it out of the endpoints without restarting it.', ''].join('\n');
    expect(questionsOf(asked).some((q) => q.type === 'recall' && /readiness probe/.test(q.prompt))).toBe(true);
  });
});

describe('the work of one phase', () => {
  it('is no list of phases: its members are never offered as states', () => {
    const note = [
      '## 调度过程',
      '',
      '### 过滤阶段',
      '',
      '- NodeUnschedulable：跳过被标记为不可调度的节点',
      '- NodeResourcesFit：跳过剩余资源放不下该 Pod 的节点',
      '- TaintToleration：跳过带有 Pod 不能容忍的污点的节点',
      '',
      '### 打分阶段',
      '',
      '- ImageLocality：节点上已经有所需镜像的得分更高',
      '- NodeResourcesBalancedAllocation：资源用得更均衡的节点得分更高',
      '- InterPodAffinity：满足 Pod 间亲和性的节点得分更高',
      '',
      '## Pod 的阶段',
      '',
      '- Pending：已被系统接受，但还有容器没有创建好',
      '- Running：已绑定到节点，至少一个容器在运行',
      '- Succeeded：所有容器都成功结束且不会再重启',
      '- Failed：所有容器都已结束，至少一个以失败告终',
      '',
    ].join('\n');
    const phases = questionsOf(note).filter((q) => (q.type === 'member' || q.type === 'multi') && /Pod 的阶段/.test(q.prompt));
    for (const q of phases) expect(q.choices.join(' '), q.prompt).not.toMatch(/NodeUnschedulable|NodeResourcesFit|TaintToleration|ImageLocality|NodeResourcesBalancedAllocation|InterPodAffinity/);
    // The two phases' work still stand for each other's outsiders.
    expect(questionsOf(note).some((q) => q.type === 'member' && /打分阶段|过滤阶段/.test(q.prompt))).toBe(true);
  });
});

describe("a vendor's praise", () => {
  it('is nothing to recall, define or pick', () => {
    const note = [
      '## Managed clusters',
      '',
      '- **Acme Kubernetes Engine**: a cutting-edge platform with enterprise-grade security for every team',
      '- **Contoso Clusters**: known for reliability, another solid choice for production workloads',
      '- **kind**: runs each cluster node as a Docker container on one machine, for tests and CI',
      '',
    ].join('\n');
    for (const q of questionsOf(note)) expect(shown(q), q.prompt).not.toMatch(/cutting-edge|solid choice/);
    expect(questionsOf(note).some((q) => q.type === 'recall' && q.prompt.includes('kind'))).toBe(true);
  });
});

describe("a web page's layout left in a note", () => {
  it('never reaches a title or a description', () => {
    const note = [
      '{{< table title="云端组件" >}}',
      '',
      '![云端组件](cloud.png){width=1920 height=479}',
      '',
      '- CloudHub：WebSocket 服务器，负责云边之间的消息转发和连接管理',
      '- EdgeController：管理边缘节点与 Pod 的元数据，把资源同步到边缘',
      '- DeviceController：管理边缘设备及其元数据，同步设备状态{: .note}',
      '',
      '{{< /table >}}',
      '',
      '## 边缘端 {{% badge %}}beta{{% /badge %}}',
      '',
      '- EdgeHub：与云端保持长连接，转发云边之间的消息',
      '- MetaManager：在本地数据库里保存元数据，断网时也能查询',
      '',
    ].join('\n');
    const banks = banksOf(note);
    const texts = banks.flatMap((b) => [b.title, ...b.path, ...(b.kind === 'terms' ? b.entries.flatMap((e) => [e.term, e.detail]) : [])]);
    expect(texts.join('\n')).not.toMatch(/\{\{|width=|height=|\{:|badge/);
    expect(texts).toContain('管理边缘设备及其元数据，同步设备状态');
  });
});

describe('a description that tells nothing apart', () => {
  it('is not offered even as a wrong answer', () => {
    const note = [
      '## Webhook 配置字段',
      '',
      '- 表格说明：下表解释了 Webhook 配置里最常用的字段。',
      '- clientConfig：指定 API 服务器如何找到并调用这个 Webhook 服务',
      '- rules：列出哪些资源的哪些操作要发给这个 Webhook',
      '- failurePolicy：Webhook 调用失败时放行请求还是拒绝请求',
      '- sideEffects：声明调用 Webhook 会不会在别处留下改动',
      '',
      '## Local hypervisors',
      '',
      '- **QEMU**: Commonly used in Linux environments.',
      '- **Hyper-V**: ships with Windows and has to be switched on by hand before any VM can run',
      '- **VirtualBox**: a free desktop hypervisor from Oracle that runs on every major host system',
      '- **Parallels**: a paid hypervisor for macOS that also runs on Apple silicon machines',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => q.type === 'define')).toBe(true);
    for (const q of asked) expect(shown(q), q.prompt).not.toMatch(/下表解释了|Commonly used in Linux/);
  });

  it('nor is a tag of two English words', () => {
    const note = ['Putting it together:', '', '  * Deployment (rolling updates)', '', '  * Service (internal access)', '', '  * Ingress (external access)', '', '  * ConfigMap (plain settings)', '', '  * Secret (sensitive data)', ''].join('\n');
    expect(questionsOf(note, 'stateless_app.md').filter((q) => q.type === 'define' || q.type === 'identify' || q.type === 'typed')).toEqual([]);
  });
});

describe('modes of different things', () => {
  it('are no wrong answers for each other', () => {
    const note = [
      '## Persistent volumes',
      '',
      'Access modes:',
      '',
      '- ReadWriteOnce: one machine may mount the volume with full access',
      '- ReadOnlyMany: any number of machines may mount it, none able to write',
      '- ReadWriteMany: any number of machines may mount it and write at once',
      '',
      'Volume modes:',
      '',
      '- Filesystem: the default; the volume is formatted and mounted as a directory',
      '- Block: the volume reaches the container as a raw device, unformatted',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'define' || q.type === 'identify');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const access = /^Read/.test(q.subject);
      expect(q.choices.join('\n'), q.prompt).not.toMatch(access ? /Filesystem|Block|formatted|raw device/ : /ReadWrite|ReadOnly|machines may mount/);
    }
  });
});

describe("a course's own files and exam tips", () => {
  it('are not knowledge to ask', () => {
    const files = ['## Files in This Section', '', '- **01-pods.md**: what a Pod is and why containers share one', '- **02-services.md**: how a Service finds its Pods and balances traffic', '- **03-ingress.md**: routing outside traffic to Services by host and path', ''].join('\n');
    expect(questionsOf(files)).toEqual([]);
    const listed = ['## Lab contents', '', '- **setup.md**: prepares the cluster the lab runs against', '- **answers.md**: the worked answer for each task of the lab', '- **grading.md**: how each task of the lab is checked', ''].join('\n');
    for (const q of questionsOf(listed)) expect(shown(q)).not.toMatch(/\.md\b/);
    const tips = ['## Day 30: CKA Exam Tips', '', '- **Time Budget**: skip a task that takes more than eight minutes and come back to it later', '- **Context Switching**: run the given kubectl config use-context line before every task', '- **Bookmarks**: keep the docs pages you reach for most often one click away', ''].join('\n');
    expect(questionsOf(tips)).toEqual([]);
  });
});

describe('a component retired long ago', () => {
  it('asks nothing of its flags, labels or flow, while a list that only names it is still asked', () => {
    const retired = [
      '---',
      'title: "Heapster介绍"',
      '---',
      '',
      '## Labels',
      '',
      '- pod_id: 指标所属 Pod 在集群中的唯一标识，由 API 服务器分配',
      '- node_name: 运行该容器的那台机器在集群里的名字',
      '- image_tag: 容器启动时所用镜像的完整名称和标签',
      '',
      '## 早期架构的工作流程',
      '',
      '1. 用户通过 kubecfg 把创建请求发给 API Server',
      '2. API Server 把对象写入存储并返回',
      '3. 调度器为新对象挑选一台 minion',
      '4. minion 上的代理拉起容器',
      '',
    ].join('\n');
    const asked = questionsOf(retired, 'monitor/heapster.md');
    expect(asked).toEqual([]);
    const naming = ['## 监控组件', '', '- Heapster：早期的集群监控聚合组件，已被 metrics-server 取代', '- metrics-server：为 HPA 和 kubectl top 提供资源指标', '- kube-state-metrics：把对象的状态转成 Prometheus 指标', ''].join('\n');
    expect(questionsOf(naming).length).toBeGreaterThan(0);
  });
});

describe('a heading drawn by hand in bold', () => {
  it('is neither a term nor a fact, and its number is no blank', () => {
    const note = [
      '## Ingress',
      '',
      '❌ **Problem 1: NodePort on every machine**',
      '',
      '* a high port has to be opened on each node for each Service',
      '',
      '❌ **Problem 2: One load balancer per Service**',
      '',
      '* every Service of type LoadBalancer gets a cloud load balancer of its own',
      '* each one is billed separately',
      '',
      '❌ **Problem 3: No shared TLS termination**',
      '',
      '* each Service carries its own certificate and renews it on its own',
      '',
      '**13. Layer 7 Policies**',
      '',
      '- HTTP path rules: allow GET on /public and nothing else',
      '- gRPC method rules: allow only the read methods of a service',
      '',
      '- **Ingress Controller**: the proxy that reads Ingress objects and routes traffic to Services',
      '- **IngressClass**: names which controller handles an Ingress when several are installed',
      '- **Gateway**: the newer API that splits the listener from the routes attached to it',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    // It may name the list under it (`In "Layer 7 Policies"`), never be asked itself.
    for (const q of asked) expect(shown(q), q.prompt).not.toMatch(/Problem \d|One load balancer per Service|No shared TLS|Layer ____|13\./);
    expect(asked.some((q) => /IngressClass|Ingress Controller/.test(shown(q)))).toBe(true);
    const terms = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms.filter((t) => /Problem/.test(t))).toEqual([]);
  });
});

describe('a lead-in that is a clause', () => {
  it('names no group and is no context', () => {
    const note = [
      '## PodDisruptionBudget',
      '',
      'A budget keeps voluntary evictions from taking too many replicas down at once.',
      '',
      '_You set one of:_',
      '',
      '  * **minAvailable:** the fewest replicas that must keep running during a drain',
      '',
      '  * **maxUnavailable:** the most replicas that may be down during a drain',
      '',
      'The eviction API handles:',
      '',
      '  * drains',
      '  * autoscaler scale-downs',
      '  * manual evictions',
      '',
    ].join('\n');
    for (const q of questionsOf(note)) expect(shown(q), q.prompt).not.toMatch(/You set one of|API handles/);
    expect(questionsOf(note).some((q) => q.type === 'recall' && /minAvailable/.test(q.prompt))).toBe(true);
  });
});

describe('the uses of a thing', () => {
  it('are not things to explain or pick', () => {
    const note = ['## When to Use Jobs and CronJobs', '', '### Jobs', '', '- **Migrations**: run a schema change once before the new release starts', '- **Batch imports**: load a day of records into the warehouse and stop', '', '### CronJobs', '', '- **Nightly backups**: copy the database to object storage every night at two', '- **Reporting**: build and mail the weekly usage reports on a schedule', '- **Cleanup**: delete finished Jobs and old images once a day', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type !== 'recall' || /Reporting|Nightly backups|Cleanup|Migrations/.test(q.prompt))).toEqual([]);
  });
});

describe('a working group described by its goal and status', () => {
  it('is no list of things to tell apart, and a paragraph about the note is no procedure', () => {
    const groups = [
      '## Working groups',
      '',
      '- **Batch**：批处理与作业调度',
      '  - 牵头 SIG：scheduling, apps',
      '  - 目标：统一批处理作业的排队和配额接口',
      '  - 状态：活跃，每两周开一次会',
      '',
    ].join('\n');
    expect(questionsOf(groups).filter((q) => q.choices.length > 0)).toEqual([]);
    const intro = ['## 引言', '', '本文将介绍调度框架的扩展点，先讲过滤插件，再讲打分插件，最后讲绑定插件。', ''].join('\n');
    expect(questionsOf(intro).some((q) => q.type === 'order' || q.type === 'next')).toBe(false);
  });
});

describe('a sign drawn before a line', () => {
  it('is not part of what the line says', () => {
    const note = ['## kube-proxy 模式', '', '- 👉 iptables：为每个 Service 写一组规则，规则多了更新变慢', '- 🚀 ipvs：用内核的负载均衡表，规则多时仍然很快', '- 🧓 userspace：早期在用户态转发流量的模式，已经移除', ''].join('\n');
    const terms = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).toEqual(['iptables', 'ipvs', 'userspace']);
    const facts = banksOf(`${note}\n👉 Deployment 默认最多保留 10 个旧 ReplicaSet 用于回滚。\n`).flatMap((b) => (b.kind === 'terms' ? (b.facts ?? []).map((f) => f.text) : []));
    expect(facts).toEqual(['Deployment 默认最多保留 10 个旧 ReplicaSet 用于回滚。']);
  });
});

describe('a note titled by a question, with its sections under an aspect', () => {
  it('names the subject the question asks about, not the aspect', () => {
    const note = [
      '---',
      'title: 什么是 Linkerd?',
      '---',
      '',
      '## 核心功能',
      '',
      '### 安全性',
      '',
      '- 自动 mTLS：网格内服务之间的流量默认加密并互相校验身份',
      '- 授权策略：按服务身份决定谁可以访问哪个端口',
      '- 证书轮换：代理的身份证书由控制面定期签发和更换',
      '',
    ].join('\n');
    const asked = questionsOf(note, 'mesh/linkerd/index.md').filter((q) => q.type === 'define' || q.type === 'identify');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt, q.prompt).toMatch(/「Linkerd › 安全性」/);
  });
});

describe('a short reference that repeats its term', () => {
  it('is nothing to explain', () => {
    const note = ['## 配额作用域', '', '- BestEffort：匹配所有 QoS 类别是 BestEffort 的 Pod', '- Terminating：匹配设置了 activeDeadlineSeconds、终将结束的 Pod', '- PriorityClass：按 Pod 的优先级类别名称匹配，可以给不同优先级分别设额度', ''].join('\n');
    const explained = questionsOf(note).filter((q) => q.type === 'recall');
    expect(explained.some((q) => /PriorityClass/.test(q.prompt))).toBe(true);
    expect(explained.some((q) => /BestEffort/.test(q.prompt))).toBe(false);
  });

  it('a long name run together that says its own explanation is nothing to explain either', () => {
    const note = [
      '## Cleanup rules',
      '',
      '- **DeletePodsStuckInTerminating**: removes pods that stay terminating',
      '- **EvictOnPressure**: frees a node under memory pressure by evicting its lowest-priority pods',
      '- **BalanceAcrossZones**: moves replicas so that every zone runs about the same number of them',
      '',
    ].join('\n');
    const explained = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(explained.some((p) => /DeletePodsStuckInTerminating/.test(p))).toBe(false);
    expect(explained.some((p) => /BalanceAcrossZones/.test(p))).toBe(true);
    expect(explainsItself('DeletePodsStuckInTerminating', 'removes pods that stay terminating')).toBe(true);
    expect(explainsItself('RollingUpdateStrategy', 'replaces pods a few at a time')).toBe(false);
    expect(explainsItself('PodMatchesNodePorts', '节点上是否已有 Pod 占用了这个 Pod 要用的端口（hostPort）')).toBe(false);
  });
});

describe('an analogy and the parts of a whole', () => {
  it('are not procedures, and an analogy is not terms either', () => {
    const analogy = ['## How Registries Work: A Quick Explanation', '', 'Imagine a library with three main parts:', '', '1. **Catalogue (index)**: the list of every book the library holds', '2. **Shelves (blob store)**: where the books themselves are kept', '3. **Desk (API)**: where you ask for a book and get it', ''].join('\n');
    for (const q of questionsOf(analogy)) expect(q.prompt).not.toMatch(/Catalogue|Shelves|Desk|right order|steps of/);
    const parts = ['## How etcd Works', '', 'An etcd member consists of:', '', '1. the Raft module that agrees on the order of writes', '2. the write-ahead log that makes each agreed write durable', '3. the bbolt store that keeps the current keys and values', ''].join('\n');
    expect(questionsOf(parts).some((q) => q.type === 'order' || q.type === 'next')).toBe(false);
  });
});

describe('a topic line that names the answer', () => {
  it('asks no "which one matches" whose answer the topic shows', () => {
    const note = ['## Log aggregation with Loki', '', '- Loki: stores log lines indexed only by their labels, so it stays cheap at scale', '- Promtail: tails files on each node and ships the lines to the store', '- Grafana: queries the store and draws the results next to metrics', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'identify');
    expect(asked.some((q) => q.choices[q.answer as number] === 'Loki')).toBe(false);
  });

  it('asks no "which one matches" whose answer alone holds an abbreviation the topic shows', () => {
    const note = [
      '## RBAC (role-based access control)',
      '',
      '### Resource groups',
      '',
      '| Group | Resources |',
      '| --- | --- |',
      '| `rbac.authorization.k8s.io` | roles, clusterroles and the bindings of both |',
      '| `networking.k8s.io` | ingresses, ingress classes and policies on traffic between Pods |',
      '| `storage.k8s.io` | classes of disks, CSI drivers and volume attachments |',
      '| `apps` | deployments, daemonsets and statefulsets |',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'identify');
    expect(asked.some((q) => q.choices[q.answer as number] === 'rbac.authorization.k8s.io')).toBe(false);
    expect(asked.some((q) => q.choices[q.answer as number] === 'networking.k8s.io')).toBe(true);
  });
});

describe('a select-all with one outsider', () => {
  it('is not asked: the lone outsider stands out by its kind', () => {
    const note = ['## 镜像拉取策略', '', '- Always：每次启动容器都去仓库拉取镜像', '- IfNotPresent：本地没有这个镜像时才去拉取', '- Never：只用本地已有的镜像，从不拉取', '', '## 更新策略', '', '- RollingUpdate：逐步用新 Pod 替换旧 Pod', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'multi')).toEqual([]);
  });
});

describe("a typed name whose prefix the title already says", () => {
  it('is accepted without that prefix', () => {
    const note = ['## VPA components', '', '- vpa-recommender: watches usage history and works out a suggested request for each container', '- vpa-updater: evicts Pods whose requests are far from the suggestion so they come back resized', '- vpa-admission-controller: rewrites the requests of new Pods as they are created', ''].join('\n');
    const typed = questionsOf(note).filter((q) => q.type === 'typed' && /^vpa-/.test(String(q.answer)));
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.type === 'typed' && q.accept).toContain(String(q.answer).slice(4).replace(/-/g, ' '));
  });
});

describe("a lab's manifest put to use", () => {
  it('is a step of that lab, not an explanation', () => {
    const note = [
      '## 资源限制',
      '',
      '- 容器里看到的limits：部署mem-demo.yaml，给容器限制内存为64Mi，然后进容器里看一下',
      '- OOMKilled：容器用的内存超出限制，被内核杀死，kubelet 随后按重启策略重启它',
      '',
    ].join('\n');
    const explained = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(explained.some((p) => /容器里看到的limits/.test(p))).toBe(false);
    expect(explained.some((p) => /OOMKilled/.test(p))).toBe(true);
  });
});

describe('a list of pitfalls', () => {
  it('names mistakes made with things, which are not what the things are', () => {
    const note = [
      '## Rollout strategies',
      '',
      '- **Recreate**: stops every old Pod before any new one starts, so the app is down for a while',
      '- **Canary**: sends a small share of the traffic to the new version first',
      '',
      '### Common pitfalls',
      '',
      '- **Canary**: scaling the new version up before anyone looked at its error rate',
      '- **Recreate**: picking it for an app that must stay up during the change',
      '',
    ].join('\n');
    const explained = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.answer as string);
    expect(explained.some((a) => /error rate|must stay up/.test(a))).toBe(false);
    expect(explained.some((a) => /small share of the traffic/.test(a))).toBe(true);
  });
});

describe('a heading that lists its examples in brackets', () => {
  it('is still the subject of its aspects, not the heading above it', () => {
    const note = [
      '## Tool overview',
      '',
      '### Package managers (Helm, Carvel)',
      '',
      'Templates and releases for whole applications.',
      '',
      '**When to use**: shipping one application to many clusters with values that differ per cluster.',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(asked).toContain('When would you use Package managers (Helm, Carvel)?');
    expect(asked.some((p) => /Tool overview/.test(p))).toBe(false);
  });
});

describe('a field and the value one manifest gave it', () => {
  it('is that manifest\'s choice, not an explanation of the field', () => {
    const note = [
      '## 持久卷的字段',
      '',
      '- reclaimPolicy: Retain,声明删除后，卷留下来等管理员处理',
      '- mountPath: app.conf里的配置会出现在这个目录下',
      '- storageClassName: 指定从哪个存储类动态供给卷，不写时用集群默认的存储类，写成空串则关掉动态供给的功能',
      '',
    ].join('\n');
    const explained = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(explained.some((p) => /reclaimPolicy|mountPath/.test(p))).toBe(false);
    expect(explained.some((p) => /storageClassName/.test(p))).toBe(true);
  });
});

describe('a clause cut before its list, and a format word', () => {
  it('are no names to explain', () => {
    const note = [
      '## 服务发现',
      '',
      '- 一般格式：服务名.命名空间.svc.集群域名，集群内的客户端按这个名字解析到服务的虚拟 IP',
      '- 常用的插件有：CoreDNS 负责解析，NodeLocal DNSCache 在每个节点上缓存结果，减少跨节点查询',
      '- CoreDNS：集群里的 DNS 服务器，按服务和 Pod 的记录回答查询，配置写在 Corefile 里',
      '',
    ].join('\n');
    const explained = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(explained.some((p) => /一般格式|常用的插件有/.test(p))).toBe(false);
    expect(explained.some((p) => /CoreDNS/.test(p))).toBe(true);
  });
});

describe('a value explained', () => {
  it('is asked under the setting it is a value of, not under the thing that has the setting', () => {
    const setting = [
      '## 镜像拉取策略',
      '',
      '- Always：每次创建容器都到仓库检查一遍镜像，摘要变了才重新拉取',
      '- Never：只用节点上已有的镜像，本地没有就报错，不会去仓库拉取',
      '',
    ].join('\n');
    expect(questionsOf(setting).filter((q) => q.type === 'recall').some((q) => /Always（镜像拉取策略）/.test(q.prompt))).toBe(true);
    // A setting named after its action (`重启策略`) is a name too, not a lab step.
    const table = ['# Pod 生命周期', '', '## 重启策略', '', '| 重启策略 | 说明 |', '| --- | --- |', '| Always | 容器不管因为什么退出，kubelet 都会把它重新拉起来 |', '| Never | 容器退出以后 kubelet 不再重新启动它，Pod 随之结束 |', ''].join('\n');
    expect(questionsOf(table).filter((q) => q.type === 'recall').some((q) => /Always（.*重启策略）/.test(q.prompt))).toBe(true);
    const owner = [
      '## Sidecar containers',
      '',
      '### Failure behaviour',
      '',
      '- Always: the sidecar is started again whenever it exits, whatever its exit code was',
      '- Never: an exited sidecar stays down, and the Pod carries on without it until it ends',
      '',
    ].join('\n');
    expect(questionsOf(owner).filter((q) => q.type === 'recall' && /Always|Never/.test(q.prompt))).toEqual([]);
  });
});

describe("the project's own organisation", () => {
  it('is not asked about: its groups, their scopes and leads are not knowledge of the field', () => {
    const note = [
      '---',
      'title: 社区组织：SIG 和工作组',
      '---',
      '',
      '## 主要 SIG',
      '',
      '- sig-node：负责节点上的 kubelet 和容器运行时接口',
      '- sig-storage：负责卷、存储类和 CSI 插件',
      '- sig-network：负责 Service、DNS 和网络策略',
      '',
    ].join('\n');
    expect(questionsOf(note, 'community.md')).toEqual([]);
    const field = note.replace('title: 社区组织：SIG 和工作组', 'title: 节点组件').replace('## 主要 SIG', '## 组件');
    expect(questionsOf(field, 'nodes.md').length).toBeGreaterThan(0);
  });
});

describe('the platforms a set of instructions is for', () => {
  it('are not things to explain', () => {
    const note = [
      '## Checking virtualization support',
      '',
      '- **Linux**: look for vmx or svm in the flags of /proc/cpuinfo before starting the machine',
      '- **macOS**: recent machines have it turned on already; the system report says so',
      '- **Hyper-V**: the hypervisor built into Windows, which the driver uses instead of VirtualBox',
      '',
    ].join('\n');
    const explained = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(explained.some((p) => /Linux|macOS/.test(p))).toBe(false);
    expect(explained.some((p) => /Hyper-V/.test(p))).toBe(true);
  });
});

describe('aspects beside a field that heads its own sub-list', () => {
  it('are not asked of the heading: the sub-list lost the field they belong to', () => {
    const note = [
      '### Deployment',
      '',
      '- 升级策略字段  ',
      '  滚动更新时用下面两个字段控制节奏',
      '',
      '  1. MaxUnavailable: ',
      '    - 作用： 更新时最多允许多少个 Pod 处于不可用状态  ',
      '    - 含义： 允许先删除旧 Pod，可用容量会短暂下降  ',
      '',
      '  2. MaxSurge',
      '     - 作用：更新时最多可以比期望副本数多出多少个 Pod  ',
      '     - 含义：允许临时多建 Pod，让更新更快完成',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall');
    expect(asked.some((q) => /「Deployment」/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /「MaxSurge」/.test(q.prompt))).toBe(true);
  });
});

describe('an aspect under a question heading', () => {
  it('is that question\'s case, not an aspect of the thing above it', () => {
    const note = [
      '## Pod',
      '',
      '### 为什么多个容器要放进同一个 Pod',
      '',
      '- 场景：应用把日志写进共享卷，边车容器从同一个卷读出来再发走',
      '- 原因：两个容器要共享同一个卷和网络，分到两台机器上就做不到',
      '',
      '### Service',
      '',
      '- 作用：给一组 Pod 一个稳定的虚拟 IP 和 DNS 名字，后端变化时客户端不受影响',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(asked.some((p) => /「Pod」的场景|「Pod」的原因/.test(p))).toBe(false);
    expect(asked.some((p) => /「Service」的作用/.test(p))).toBe(true);
  });
});

describe('a word of the name in translation past the opening clause', () => {
  it('gives the name away where no other choice says it', () => {
    // `Retain`: 保留 is its translation, said only in the second clause.
    expect(revealsName('管理员手动处理，卷上的数据保留下来', 'Retain', [], { descriptions: ['PVC 删除时一并删除后端存储', '清空数据后重新变为可用'] })).toBe(true);
    // A wrong description saying 保留 too leaves nothing to tell them apart by.
    expect(revealsName('管理员手动处理，卷上的数据保留下来', 'Retain', [], { descriptions: ['PVC 删除时保留快照再删除卷', '清空数据后重新变为可用'] })).toBe(false);
    // Kind words (`Policy`) are shared by siblings and tell nothing.
    expect(revealsName('容器退出以后按哪种策略处理', 'restartPolicy', [], { names: ['imagePullPolicy', 'dnsPolicy'] })).toBe(false);
  });

  it('covers 至少 for min, 拓扑域 for a domain and 最佳 for best', () => {
    expect(givesAway('参与计算的拓扑域至少要有几个', 'minDomains', ['maxSkew', 'topologyKey', 'whenUnsatisfiable'])).toBe(true);
    expect(givesAway('只匹配最佳服务质量等级的 Pod', 'BestEffort', ['Terminating', 'PriorityClass', 'NotTerminating'])).toBe(true);
  });

  it('covers 死循环 for a loop', () => {
    expect(givesAway('发现转发死循环时停止进程', 'loop', ['health', 'ready', 'cache'])).toBe(true);
  });

  it('covers 目标 for 目的 (where a packet goes) and 源 IP for a source', () => {
    expect(givesAway('数据包要送达的目标主机的 IP', '目的 IP 地址', ['源 IP 地址', '源 MAC 地址', '协议号'])).toBe(true);
    expect(givesAway('发出数据包的那台主机的地址', '源 IP 地址', ['目的 IP 地址', '目的 MAC 地址', '协议号'])).toBe(false);
  });

  it('covers 起始 for start and 供给/制备 for a provisioner', () => {
    expect(givesAway('可分配地址段的起始地址', 'rangeStart', ['rangeEnd', 'gateway', 'routes'])).toBe(true);
    expect(givesAway('由哪个制备器动态创建卷', 'provisioner', ['reclaimPolicy', 'mountOptions', 'volumeBindingMode'])).toBe(true);
  });
});

describe('compute resources and a list of other types', () => {
  it('are not outsiders of each other: `types` alone does not make cpu a hook handler', () => {
    const note = [
      '# Containers',
      '',
      '## Lifecycle hooks',
      '',
      'Handler types: exec, httpGet, sleep',
      '',
      '## Requests and limits',
      '',
      'Resource types: cpu, memory, ephemeral-storage, hugepages-1Gi',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'member' || q.type === 'multi');
    const resources = ['cpu', 'memory', 'ephemeral-storage', 'hugepages-1Gi'];
    const handlers = ['exec', 'httpGet', 'sleep'];
    for (const q of asked) {
      const mixed = q.choices.some((c) => resources.includes(c)) && q.choices.some((c) => handlers.includes(c));
      expect(mixed, q.prompt + ' ' + q.choices.join(', ')).toBe(false);
    }
  });
});

describe('a list of places to learn from', () => {
  it('makes no questions, under whatever words it is recommended, while compute resources stay', () => {
    const note = [
      '# Getting started',
      '',
      '## Recommended Learning Resources',
      '',
      '- kubebyexample.com: short runnable walkthroughs of each object',
      '- cka-sim.io: a timed practice exam that mirrors the real one',
      '- kube-blog.dev: long articles on the internals of the scheduler',
      '',
      '## Official Documentation & Resources',
      '',
      '- kubernetes.io/docs: the reference for every object and field',
      '- kubectl cheat sheet: one page of the commands used most often',
      '- api reference: every field of every built-in kind, by version',
      '',
      '## Compute Resources',
      '',
      '- cpu: measured in cores, throttled when a container goes over its limit',
      '- memory: measured in bytes, the container is killed when it goes over its limit',
      '- ephemeral-storage: local disk for logs and emptyDir, evicted when over its limit',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => /kubebyexample|cka-sim|kube-blog|kubernetes\.io\/docs|cheat sheet|api reference/.test(shown(q)))).toBe(false);
    expect(asked.some((q) => /ephemeral-storage|memory/.test(shown(q)))).toBe(true);
  });
});

describe('a comparison\'s labels', () => {
  it('are not things to explain: `Vendor-Specific`, `Platform-Agnostic` say how a thing relates, not what it is', () => {
    const note = [
      '## Build formats',
      '',
      '### Buildpacks',
      '',
      '- **Vendor-Specific**: each builder image bundles one vendor\'s choice of language stacks',
      '- **Platform-Agnostic**: the images they produce start on any runtime that reads OCI images',
      '- **pack**: the command-line tool that turns source code into an image with a builder',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall');
    expect(asked.some((q) => /Vendor-Specific|Platform-Agnostic/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /\bpack\b/.test(q.prompt))).toBe(true);
  });
});

describe('a manifest key and its value, then a sentence about something else', () => {
  it('is not the key described: `kind: StatefulSet must have a headless Service…` asks nothing of kind', () => {
    const note = ['What is special about StatefulSets.', '', '1. kind: StatefulSet needs a headless Service named in its configuration at `.spec.serviceName`: web-headless', '', '2. clusterIP: None makes the Service headless, so DNS returns the Pod addresses themselves', '', '3. volumeClaimTemplates: give every replica its own claim, kept when the replica is recreated', ''].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => q.subject === 'kind' || (q.type === 'typed' && q.answer === 'kind'))).toBe(false);
    expect(asked.some((q) => /volumeClaimTemplates/.test(shown(q)))).toBe(true);
  });
});

describe('a phrase that describes, then the field it names', () => {
  it('is not asked as a term to explain: the name is on the wrong side of the colon', () => {
    const note = [
      '## 创建 StorageClass',
      '',
      '- 供应器连接集群时使用的帐号: adminId, 对应的密钥放在 adminSecretName 指向的 Secret 里',
      '- 业务 Pod 挂载卷时使用的帐号: userId, 每个命名空间都要有 userSecretName 指向的 Secret',
      '- imageFeatures: 创建块设备镜像时打开的特性，常见值为 layering',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => /使用的帐号/.test(shown(q)))).toBe(false);
    expect(asked.some((q) => q.type === 'recall' && /imageFeatures/.test(q.prompt))).toBe(true);
  });
});

describe('one made-up setup', () => {
  it('is not asked about: a production scenario\'s job and runner, an example\'s objects to define', () => {
    const note = [
      '# CI pipelines',
      '',
      '## Production Scenario',
      '',
      'For a ride-sharing app:',
      '',
      '- **Job**: `package_api` bakes the dispatch service into an image',
      '- **Tags**: runs on a runner labelled `builder` that has Docker on it',
      '- **Retry**: a failed push is tried again once, for flaky registry links',
      '',
      '## Example YAML',
      '',
      '- **Role**: grants read access to Pods within a single namespace',
      '- **RoleBinding**: gives the Role to the ci-bot ServiceAccount of that namespace',
      '- **ClusterRole**: grants read access to Nodes across the whole cluster',
      '',
      '## Pipeline keywords',
      '',
      '- **stages**: the ordered phases a pipeline runs, each waiting for the one before',
      '- **artifacts**: files a job keeps after it ends so later jobs can download them',
      '- **rules**: conditions deciding whether a job is added to a pipeline at all',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => ['define', 'identify', 'recall', 'cloze'].includes(q.type));
    expect(asked.some((q) => /package_api|builder|flaky|ci-bot|Pods within|Nodes across/.test(shown(q)))).toBe(false);
    expect(asked.some((q) => /artifacts|stages/.test(shown(q)))).toBe(true);
  });
});

describe('ways of doing different things, in different notes', () => {
  it('are no outsiders of each other: a way to provision storage is no wrong way to authenticate', () => {
    const security = parseNote('zh/security.md', ['## 认证', '', '认证方式：', '', '- 客户端证书：证书里的 CN 当作用户名，O 当作用户组', '- 服务账号令牌：由 API 签发给 Pod 的已签名令牌', '- OIDC 令牌：交给外部身份提供商签发，由 api-server 校验', '- 认证代理：前置代理用请求头告诉 api-server 是谁', ''].join('\n'));
    const storage = parseNote('zh/storage.md', ['## 卷的供给', '', '供给方式：', '', '- 静态供给：管理员事先建好一批卷，申领从中挑一个合适的', '- 动态供给：申领提出后，由存储类按需创建一个新卷', '- 预先绑定：申领里直接写明要绑定哪一个卷', ''].join('\n'));
    const banks = collect([security, storage]).banks;
    const asked = [1, 2, 3, 4, 5].flatMap((seed) => allQuestions(banks, { seed })).filter((q) => q.type === 'member' || q.type === 'multi');
    const ways = { auth: ['客户端证书', '服务账号令牌', 'OIDC 令牌', '认证代理'], storage: ['静态供给', '动态供给', '预先绑定'] };
    for (const q of asked) {
      const mixed = q.choices.some((c) => ways.auth.includes(c)) && q.choices.some((c) => ways.storage.includes(c));
      expect(mixed, q.prompt + ' ' + q.choices.join(', ')).toBe(false);
    }
  });
});

describe('which value each thing takes', () => {
  it('is neither a question of its own nor a wrong choice among the values', () => {
    const note = [
      '## 重启策略',
      '',
      '- Always：容器退出后，不管退出码是多少，kubelet 都会把它拉起来',
      '- OnFailure：只有容器以非零退出码结束时，kubelet 才重启它',
      '- Never：容器退出后 kubelet 不再理会，保持退出状态',
      '',
      '各控制器的要求：',
      '',
      '- Deployment：必须设置为Always，服务要一直在线',
      '- CronJob：OnFailure或Never，任务跑完就不该再被拉起',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => /Deployment|CronJob|任务跑完|服务要一直在线/.test(shown(q)))).toBe(false);
    expect(asked.some((q) => q.type === 'identify' && q.choices.includes('OnFailure'))).toBe(true);
  });
});

describe('a heading\'s decoration', () => {
  it('is left off the topic line: `2️⃣ Add the repository` is shown as `Add the repository`', () => {
    const note = ['# Install', '', '## 2️⃣ Add the package repository', '', '- baseurl: where the package manager downloads the Kubernetes packages from', '- gpgkey: the key the packages are signed with, checked before install', '- enabled: whether the package manager reads this repository at all', ''].join('\n');
    const asked = questionsOf(note);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) for (const part of q.topic) expect(part, part).not.toMatch(/^\s*(?:\d\uFE0F?\u20E3|\p{Extended_Pictographic})/u);
    expect(asked.some((q) => q.topic.includes('Add the package repository'))).toBe(true);
  });

  it('is left off names and the end of a topic: `**Runner** 🏃: …` names Runner', () => {
    const note = ['# CI', '', '## Runners and executors 🌐 → 🏃 → 🛠️', '', '1. **CI Server** 🌐: keeps the pipelines and hands out the jobs in them', '2. **Runner** 🏃: asks the server for jobs and hands each one to an executor', '3. **Executor** 🛠️: prepares the place a job runs in, a container or a shell', ''].join('\n');
    const asked = questionsOf(note);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect([...q.topic, ...q.choices, q.subject].join(' '), q.prompt).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});

describe('a place said as a path', () => {
  it('is a value, not an explanation: `目录为{root}/logs` for LogsDir', () => {
    const note = ['## 数据目录', '', '- LogsDir：目录为{rootDirectory}/logs/containers。', '- CacheDir：路径为 /var/lib/agent/cache/objects', '- rootDir：由启动参数传入，决定其余各个目录放在哪里，默认是 /var/lib/agent', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall');
    expect(asked.some((q) => /LogsDir|CacheDir/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /rootDir/.test(q.prompt))).toBe(true);
  });
});

describe('a misconception notes copy from each other', () => {
  it('is not taught: ReadWriteOnce as "one Pod" is in no question nor explanation, as "one node" is', () => {
    const wrong = ['## Access modes', '', '- ReadWriteOnce (RWO): only one pod may mount the volume to read and write it', '- ReadOnlyMany (ROX): many nodes may mount the volume at once, only to read it', '- ReadWriteMany (RWX): many nodes may mount the volume at once to read and write it', ''].join('\n');
    const right = wrong.replace('only one pod may mount', 'only one node may mount');
    const teaching = (note: string) => questionsOf(note).filter((q) => /only one (?:pod|node) may mount/.test(`${shown(q)}\n${q.explanation}`));
    expect(teaching(wrong)).toEqual([]);
    expect(teaching(right).length).toBeGreaterThan(0);
  });

  it('is not taught: Secrets as encrypted at rest out of the box', () => {
    const wrong = ['## Secrets', '', '### What is a Secret?', '', 'An object for passwords and keys; unlike a ConfigMap, Secrets come with encryption at rest.', ''].join('\n');
    const right = ['## Secrets', '', '### What is a Secret?', '', 'An object for passwords and keys; its values are base64-encoded in etcd, and encrypted at rest only when that is configured.', ''].join('\n');
    const asked = (note: string) => questionsOf(note).filter((q) => q.type === 'recall' && /What is a Secret/.test(q.prompt));
    expect(asked(wrong)).toEqual([]);
    expect(asked(right).length).toBeGreaterThan(0);
  });
});

describe('an answer that only turns to what follows', () => {
  it('answers nothing: `Let’s look at two cases…` under a question heading', () => {
    const note = ['# Health checks', '', '## How do probes help?', '', 'Let’s look at two cases where readiness and liveness probes make an app sturdier.', '', '## What does a readiness probe do?', '', 'It tells Kubernetes when a container can take traffic, so a Pod that is still warming up gets no requests until it reports ready.', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall');
    expect(asked.some((q) => /How do probes help/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /readiness probe do/.test(q.prompt))).toBe(true);
  });

  it('takes no name from the note turning to its next example in bold (**继续看第2个例子**，…)', () => {
    const note = ['## xargs', '', 'xargs -i：用大括号 {} 作为替换符号，把传来的每一段放到命令里任意需要的位置上。', '', '**继续看第2个例子**，要批量删除目录下扩展名为 .bak 的文件，可执行如下操作：', '', '```shell', 'find . -name "*.bak" | xargs rm -f', '```', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall');
    expect(asked.some((q) => /继续看/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /xargs -i/.test(q.prompt))).toBe(true);
  });
});

describe('one incident\'s guesses and a walkthrough\'s practical examples', () => {
  it('are not asked about, while the same note\'s general terms are', () => {
    const note = [
      '# etcd operations',
      '',
      '## Root Cause Hypothesis',
      '',
      '- **Probe Timing**: the readiness probe checks every second and gives up after three failures',
      '- **Disk Latency**: a slow disk delays the first snapshot load past the probe window',
      '- **Kubelet Misconfiguration**: the kubelet may be killing the static Pod too early',
      '',
      '## Practical RBAC Examples',
      '',
      '### Grant read access',
      '',
      '- **Goal**: let the reviewer account read Pods in every namespace',
      '',
      '## Probe fields',
      '',
      '- **periodSeconds**: the interval between two runs of the probe, ten seconds unless set',
      '- **failureThreshold**: the number of failures in a row that mark the probe as failed',
      '- **initialDelaySeconds**: the wait after the container starts before the first probe runs',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => /Probe Timing|Disk Latency|Kubelet Misconfiguration|reviewer account|Grant read access/.test(shown(q)))).toBe(false);
    expect(asked.some((q) => /failureThreshold|periodSeconds/.test(shown(q)))).toBe(true);
  });
});

describe('a multiple-choice question the note copied', () => {
  it('gives neither its options as names nor its letter as an answer to recall', () => {
    const note = [
      '# Day 5 questions',
      '',
      '## How are Secrets kept in etcd by default?',
      '',
      'A. Encrypted with AES-256',
      'B. Base64 encoded, not encrypted',
      'C. As plain files on the node',
      'D. Hashed with SHA-256',
      '',
      'Answer: B',
      '',
      '## Secret types',
      '',
      '- Opaque: arbitrary key-value data that the user defines',
      '- kubernetes.io/tls: a certificate and its private key for TLS',
      '- kubernetes.io/dockerconfigjson: credentials for pulling images from a private registry',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => /AES-256|Base64 encoded|SHA-256/.test(shown(q)))).toBe(false);
    expect(asked.some((q) => /Opaque|dockerconfigjson/.test(shown(q)))).toBe(true);
  });
});

describe('a heading of question words, an answer that repeats the question, a manifest run together', () => {
  it('ask nothing', () => {
    const note = [
      '# Storage',
      '',
      '## Why / When / Trade-offs?',
      '',
      'Use a claim template when every replica needs its own disk; it costs a volume per replica.',
      '',
      '## How does docker exec enter a running container?',
      '',
      'How does docker exec enter a running container?',
      '',
      '## volumeClaimTemplates',
      '',
      '- metadata: name: data spec: accessModes: - "ReadWriteOnce" resources: requests: storage: "1Gi"',
      '- serviceName: the headless Service that gives each replica its own DNS name',
      '- podManagementPolicy: whether replicas start one at a time in order or all at once',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => /Why \/ When|docker exec enter/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /accessModes: -/.test(shown(q)))).toBe(false);
    expect(asked.some((q) => /serviceName|podManagementPolicy/.test(shown(q)))).toBe(true);
  });
});

describe('a table of one thing\'s properties in words', () => {
  it('is its profile, not a glossary: `Main Role`, `Default Port` are no names', () => {
    const note = [
      '# Kube Scheduler',
      '',
      '## Summary Table',
      '',
      '| Property | Detail |',
      '| --- | --- |',
      '| **Component Type** | Control plane |',
      '| **Main Role** | Picks a machine for each Pod that has none |',
      '| **Input Source** | Unscheduled Pods read from the API server |',
      '| **Output** | The Pod bound to one machine |',
      '| **Default Port** | 10259 over HTTPS |',
      '',
      '## Fields',
      '',
      '| Field | Meaning |',
      '| --- | --- |',
      '| schedulerName | which scheduler places the Pod, default-scheduler unless set |',
      '| nodeName | binds the Pod to one machine directly, bypassing the scheduler |',
      '| priorityClassName | the class whose priority decides preemption order |',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => /Main Role|Input Source|Component Type/.test(shown(q)))).toBe(false);
    expect(asked.some((q) => /schedulerName|priorityClassName/.test(shown(q)))).toBe(true);
  });
});

describe('an answer label, a point on a timeline, a circumstance, a pointer to another module', () => {
  it('are no names to explain, and a pointer is left off the answer', () => {
    const note = [
      '# Kubernetes history',
      '',
      '## Timeline',
      '',
      '- 2014: Google open-sources the project that grew out of its internal cluster manager',
      '- Today: the most widely used container orchestrator, run by every major cloud',
      '',
      '## Drivers',
      '',
      '- With cgroup v2: the systemd driver is strongly recommended over cgroupfs on current distributions',
      '- A: the kubelet and the runtime must use the same cgroup driver or Pods fail to start',
      '- PriorityClass: a cluster-wide object whose value decides which Pods are preempted first (Module 13)',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => /Explain: (?:Today|A|With cgroup v2)\b/.test(q.prompt))).toBe(false);
    const priority = asked.filter((q) => q.type === 'recall' && /PriorityClass/.test(q.prompt));
    expect(priority.length).toBeGreaterThan(0);
    for (const q of priority) expect(String(q.answer)).not.toMatch(/Module 13/);
  });
});

describe('the qualities a thing is compared on', () => {
  it('are not matched to a description (the label is read off the text), but recalled as how the thing fares', () => {
    const note = ['## 网络插件对比', '', '### Cilium', '', '- 吞吐量：eBPF 在内核里直接转发，绕开大部分 iptables 规则，吞吐接近主机网络', '- 延迟：少了多次上下文切换，小包延迟低于基于 iptables 的方案', '- 资源消耗：带上 Hubble 和七层策略后，CPU 和内存用量高于其他插件', ''].join('\n');
    const asked = questionsOf(note);
    expect(asked.some((q) => (q.type === 'identify' || q.type === 'define') && /吞吐量|延迟|资源消耗/.test(shown(q)))).toBe(false);
    expect(asked.some((q) => q.type === 'recall' && /Cilium.*资源消耗/.test(q.prompt))).toBe(true);
  });
});

describe('two lists under one heading', () => {
  it('give their own members first: a field named in a paragraph far above is no wrong Pod phase', () => {
    const note = [
      '# Pod 的基本概念',
      '',
      '**NodeName**：这个字段一旦被赋值，调度器就认为 Pod 已经调度完成，结果就是这个节点的名字。',
      '',
      '它一般由调度器来设置，用户也可以自己填写来绕过调度器，这通常只在测试时用到。',
      '',
      '除此之外，Pod 还有很多和调度、网络、存储有关的字段，这里先不展开。',
      '',
      'Pod 生命周期的变化主要体现在 Status 部分，其中 phase 字段就是它的当前状态，它有如下几种可能的情况：',
      '',
      '1. **Pending**：Pod 已经被 API Server 接受，但还有容器没有创建出来，比如调度还没成功。',
      '2. **Running**：Pod 已经绑定到节点，所有容器都已创建，至少有一个正在运行。',
      '3. **Succeeded**：Pod 里的所有容器都正常结束并退出，不会再重启。',
      '4. **Failed**：所有容器都已退出，且至少有一个是以非零返回码退出的。',
      '5. **Unknown**：kubelet 无法把 Pod 的状态汇报给 API Server，通常是通信出了问题。',
      '',
    ].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'identify' && ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'].includes(q.choices[q.answer as number] ?? ''));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.choices, q.prompt).not.toContain('NodeName');
  });
});

describe('a question pointing at the example above it', () => {
  it('is not asked: `上面的例子中…` means nothing without the note', () => {
    const note = ['# Pod', '', '## 上面的示例中，为什么两个容器能用 localhost 通信？', '', '因为同一个 Pod 里的容器共享同一个网络命名空间，看到的是同一块网卡和同一个回环地址。', '', '## Volume', '', '- 上面的例子中：init 容器和业务容器都把名为 vault-token 的卷挂到同一个路径下共享令牌', '- emptyDir：Pod 创建时建出的空目录，Pod 删除时随之清空，适合容器之间共享临时文件', '', '## 为什么同一个 Pod 里的容器能用 localhost 通信？', '', '因为同一个 Pod 里的容器共享同一个网络命名空间，看到的是同一块网卡和同一个回环地址。', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall');
    expect(asked.some((q) => /上面的(?:例子|示例)/.test(q.prompt))).toBe(false);
    expect(asked.some((q) => /为什么同一个 Pod/.test(q.prompt))).toBe(true);
  });
});

describe('a wrong answer that says the right name', () => {
  const note = [
    '# Security',
    '## Authentication methods',
    '- **X.509 Client Certificates**: A certificate signed by the cluster CA proves who a user or a component is.',
    '- **ServiceAccount Tokens**: Mounted into Pods on their own, so workloads can call the API server.',
    '- **Bearer Tokens**: Used by ServiceAccounts and identity providers; sent in the Authorization header.',
    '- **Webhook Token Authentication**: Hands each token to an outside service that says who it belongs to.',
    '',
  ].join('\n');
  const qs = questionsOf(note);

  it('is not offered where it names, run together, a word of the asked name that its siblings lack', () => {
    const askedTokens = qs.filter((q) => q.type === 'define' && /ServiceAccount Tokens/.test(q.prompt));
    expect(askedTokens.length).toBeGreaterThan(0);
    for (const q of askedTokens) expect(q.choices.some((c) => /Used by ServiceAccounts/.test(c))).toBe(false);
    for (const q of qs.filter((q) => q.type === 'identify' && /Used by ServiceAccounts/.test(q.prompt))) expect(q.choices).not.toContain('ServiceAccount Tokens');
  });

  it('still is where the word it shares is a plain one (`container`, `metrics`)', () => {
    expect(saysWord('hands a container facts about itself', telltaleWords('pause container', ['Downward API']))).toBe(false);
    expect(saysWord('Used by ServiceAccounts and identity providers', telltaleWords('ServiceAccount Tokens', ['Bearer Tokens']))).toBe(true);
  });
});

describe('points under one step the note names', () => {
  it('reads bullets under **Step 3: …** as what happens within that step, and numbered sub-steps still as steps', () => {
    const note = (marker: (i: number) => string) =>
      [
        '## The Preemption Decision Process',
        '',
        '**Step 3: Victim Selection**',
        '',
        `${marker(1)} The scheduler finds nodes where evicting Pods would free enough resources`,
        `${marker(2)} It picks Pods with lower priority values`,
        `${marker(3)} It prefers evicting as few Pods as it can`,
        '',
      ].join('\n');
    expect(banksOf(note(() => '-')).filter((b) => b.kind === 'steps')).toEqual([]);
    expect(banksOf(note((i) => `${i}.`)).filter((b) => b.kind === 'steps').map((b) => (b.kind === 'steps' ? b.steps.length : 0))).toEqual([3]);
  });
});

describe('two things side by side', () => {
  it('reads a comparison in a heading or a label, and not in a name that only holds the word', () => {
    for (const title of ['Containers vs Images', 'Ingress vs. Gateway API', 'Docker 与虚拟机对比', '活动图和流程图的区别', 'Pod 和容器的区别与联系', '角色不同', 'Key differences']) expect(isComparisonTitle(title), title).toBe(true);
    for (const title of ['差异备份', '差异化策略', '比较重要的调用方法', 'Pod 的生命周期']) expect(isComparisonTitle(title), title).toBe(false);
  });

  it('offers as a choice no description with a link, a line of commands or the columns a command prints', () => {
    for (const text of ['command 是要运行的程序 https:kubernetes.io/docs/tasks/', 'vagrant ssh k8s-master/kubectl get nodes', '%user %nice %system %iowait']) expect(readsAsChoice(text), text).toBe(false);
    expect(readsAsChoice('the folder holding the Dockerfile to build from')).toBe(true);
  });
});

describe('good practices are not a procedure', () => {
  it('does not order what a review process does well (MR过程中的一些好的实践：1. … 2. …)', () => {
    const note = (title: string) =>
      [`### ${title}：`, '', '1. 提交者负责推动评审，评审者没有回应时要主动提醒', '2. 复杂的意见当面讨论，结论再写回评审记录', '3. 评审者一次把问题提全，减少来回的轮数', ''].join('\n');
    expect(banksOf(note('MR过程中的一些好的实践')).filter((b) => b.kind === 'steps')).toEqual([]);
    expect(isProcessTitle('Good practices for the review process')).toBe(false);
    expect(isProcessTitle('MR 合并流程')).toBe(true);
  });
});

describe('a flowchart is not a flow', () => {
  it('does not order the differences between an activity diagram and a flowchart (活动图和流程图的区别：1. … 2. …)', () => {
    const note = ['## UML', '', '活动图和流程图的区别：', '', '1. 活动图是面向对象的，流程图是面向过程的', '2. 活动图着重表现系统行为，流程图着重描述处理过程', '3. 活动图能表示并发活动，而流程图不能', ''].join('\n');
    expect(banksOf(note).filter((b) => b.kind === 'steps')).toEqual([]);
    const flow = note.replace('活动图和流程图的区别：', '发布流程：').replace(/\d\. .*\n/g, '').replace('发布流程：\n\n', '发布流程：\n\n1. 构建镜像并推送到仓库\n2. 更新 Deployment 的镜像版本\n3. 等待滚动更新完成并检查 Pod 状态\n');
    expect(banksOf(flow).filter((b) => b.kind === 'steps').length).toBe(1);
  });
});

describe('names that say their own place', () => {
  it('does not order three chains whose prefixes say first and last (PREROUTING → FORWARD → POSTROUTING)', () => {
    const chains = ['## 规则链的先后顺序', '', '**转发顺序:** PREROUTING→FORWARD→POSTROUTING', ''].join('\n');
    expect(questionsOf(chains).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const stages = ['## 发布流程', '', '**发布顺序:** 构建→测试→部署', ''].join('\n');
    expect(banksOf(stages).some((b) => b.kind === 'steps')).toBe(true);
  });
});

describe('a note named for its subject, with parts as headings of the first rank', () => {
  const note = ['# NTP (Network Time Protocol)', '', '- stratum 0: the reference clocks themselves', '', '# Packet', '', '## Header fields', '', '- LI: leap second warning', '- VN: version number', '- Mode: client, server or broadcast', '- Poll: log2 of the interval between messages', ''].join('\n');

  it('keeps the file name as the subject of the parts that do not name it (NTP.md over `# Packet`)', () => {
    const header = banksOf(note, 'net/NTP.md').find((b) => b.title === 'Header fields');
    expect(header?.about).toBe('NTP');
    for (const q of questionsOf(note, 'net/NTP.md').filter((q) => q.topic.includes('Header fields'))) expect(q.topic[0], q.prompt).toBe('NTP');
  });

  it('not where the first heading is about something else, nor for a file named like a place', () => {
    expect(banksOf(note.replace('# NTP (Network Time Protocol)', '# Clocks'), 'net/NTP.md').every((b) => b.about === undefined)).toBe(true);
    expect(banksOf(note.replace('# NTP (Network Time Protocol)', '# Notes on time'), 'net/notes.md').every((b) => b.about === undefined)).toBe(true);
  });
});

describe('a bold line alone over a list is its heading', () => {
  const note = [
    '# Signing mail',
    '',
    '**ARC (Authenticated Received Chain)**',
    '',
    '* **What it does:** keeps the verdicts of earlier hops when a relay changes the message.',
    '* **How it works:**',
    '  1. The first relay records the checks it ran in a seal header.',
    '  2. Each later relay signs the seals that came before with its own key.',
    '  3. The last server reads the whole chain before it decides.',
    '',
    '**BIMI (Brand Indicators for Message Identification, logos beside mail)**',
    '',
    '* **How it works:**',
    '  1. You publish a logo record as a TXT entry in DNS.',
    '  2. A mail client that trusts the sender fetches the logo.',
    '  3. The client draws the logo beside the message.',
    '',
  ].join('\n');

  it('names the procedures under it: the steps of ARC, not of "Signing mail"', () => {
    const steps = banksOf(note).filter((b) => b.kind === 'steps');
    expect(steps.map((b) => b.path.at(-2))).toEqual(['ARC (Authenticated Received Chain)', 'BIMI (Brand Indicators for Message Identification, logos beside mail)']);
    const prompts = questionsOf(note).filter((q) => q.type === 'order').map((q) => q.prompt);
    expect(prompts.some((p) => p.includes('"ARC (Authenticated Received Chain) › How it works"'))).toBe(true);
    // A long heading is named by the letters it stands for.
    expect(prompts.some((p) => p.includes('"BIMI › How it works"'))).toBe(true);
  });
});

describe('labels and ratings that name nothing', () => {
  it('does not ask what `语义` or `返回值` under a method is', () => {
    for (const label of ['语义', '返回值']) {
      const note = ['## Allocate() - 分配设备', '', `**${label}**：在 Pod 创建前为每个容器挑选具体的设备并写入注解。`, ''].join('\n');
      expect(questionsOf(note).filter((q) => q.subject === label)).toEqual([]);
    }
  });

  it('takes numbered placeholders of an example and ratings for no names (key2, node1, Fastest)', () => {
    for (const term of ['key2', 'node1', 'pod-2', 'Fastest', 'Slow', '最快']) expect(isNonName(term), term).toBe(true);
    for (const term of ['ext4', 'S3', 'EC2', 'least connection', 'no', 'always', 'HTTP2']) expect(isNonName(term), term).toBe(false);
  });

  it('reads `Appropriate for`, `Good for`, `Don\'t use when` as aspects of the thing above, not names', () => {
    for (const label of ['Appropriate for', 'Good for', "Don't use when", 'Not for', 'Suitable for']) expect(isAspectLabel(label), label).toBe(true);
    for (const name of ['Deployment', 'Cloud Spanner', 'Forwarder']) expect(isAspectLabel(name), name).toBe(false);
  });
});

describe('a question turned round into a title', () => {
  it('asks `What Ingress Actually Is` as "What is Ingress, actually?"', () => {
    expect(questionText('What Ingress Actually Is')).toBe('What is Ingress, actually?');
    expect(questionText('What a Sidecar Really Is')).toBe('What is a Sidecar, really?');
    expect(questionText('What Operators Are')).toBe('What are Operators?');
  });
});

describe('what makes no procedure', () => {
  it('advice led by what it is for (`To ensure smooth pipeline runs:`) is not done in turn', () => {
    const note = (lead: string) => ['## Best practices', '', lead, '', '- Review who may approve each stage every quarter', '- Alert on failed runs through the event bus', '- Keep stage names short and consistent', '- Remove old build outputs to save storage', ''].join('\n');
    expect(banksOf(note('To ensure smooth pipeline runs:')).filter((b) => b.kind === 'steps')).toEqual([]);
    expect(isProcessTitle('To ensure smooth pipeline runs')).toBe(false);
    expect(isProcessTitle('Release pipeline steps')).toBe(true);
  });

  it("an article's own summary of what it covered is not a procedure (本文介绍了…的完整流程：)", () => {
    const note = ['## 小结', '', '本文介绍了用脚本在本机起一个调试集群的完整流程：', '', '1. **脚本参数**：看懂脚本读取的环境变量', '2. **单独启动**：只起需要调试的那个组件', '3. **日志级别**：调高日志输出看清细节', ''].join('\n');
    expect(banksOf(note).filter((b) => b.kind === 'steps')).toEqual([]);
  });

  it('a bullet alone that names a procedure names the numbered steps after it (`- 删除缓存重试流程`)', () => {
    const note = ['## 缓存一致性', '', '- 失败重试流程', '', '1. 写请求先更新数据库', '2. 删除缓存时失败', '3. 把失败的 key 放进消息队列', '4. 消费者取出 key 再次删除缓存', ''].join('\n');
    const steps = banksOf(note).filter((b) => b.kind === 'steps');
    expect(steps.map((b) => b.title)).toEqual(['失败重试流程']);
  });
});

describe('links, not terms', () => {
  it('a label of the kind of page over one link is no term (`tutorial: [Getting started with …](https://…)`)', () => {
    const note = ['# Grafana', '', '- tutorial: [Getting started with dashboards and alerts](https://example.com/start)', '- docs: [Panel options explained](https://example.com/panels)', '- Loki: a store that keeps logs for a long time and indexes only their labels', '- Tempo: a store for traces that needs no index of its own', ''].join('\n');
    const terms = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).not.toContain('tutorial');
    expect(terms).not.toContain('docs');
    expect(terms).toContain('Loki');
  });
});

describe('a page of one interview question', () => {
  const page = [
    '### Question',
    'What does the `docker image prune` command do?',
    '',
    '### Answer',
    '',
    '### 1. Output Explanation',
    '',
    '- Deleted Images: the image IDs it removed because nothing used them',
    '- Total reclaimed space: how much disk the removal freed',
    '- Untagged: the tags taken off images before they were removed',
    '- Dangling: images that no tag points at any more, the default target',
    '- Filter: a condition such as an age that limits which images go',
    '',
  ].join('\n');

  it('is about what its question asks of, named in the prompt beside a section that explains its parts', () => {
    const banks = banksOf(page, 'docker/012-docker-image-prune.md');
    expect(banks.find((b) => b.title.includes('Output Explanation'))?.about).toBe('docker image prune');
    const asked = questionsOf(page, 'docker/012-docker-image-prune.md').filter((q) => q.type === 'define');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt, q.prompt).toContain('docker image prune › Output Explanation');
  });

  it('not where the question names no one thing', () => {
    const open = page.replace('What does the `docker image prune` command do?', 'How do you keep a build host from running out of disk?');
    expect(banksOf(open, 'docker/012-cleanup.md').every((b) => b.about === undefined)).toBe(true);
  });
});

describe('a heading mark typed twice, without a space', () => {
  it('is no part of the title (`#### #vue 的生命周期`), while `#1` stays a number', () => {
    const note = ['#### #组件的生命周期', '', '- created：实例创建完成，数据已经可以访问', '- mounted：挂载到页面之后调用', '- destroyed：实例销毁之后调用', ''].join('\n');
    expect(banksOf(note).map((b) => b.title)).toEqual(['组件的生命周期']);
    expect(banksOf(note.replace('#### #组件的生命周期', '#### #1 原因')).map((b) => b.title)).toEqual(['#1 原因']);
  });
});

describe('what a slip of the pen still gives away', () => {
  it('asks no one to match a description that shows the name with a letter missing (RedinessProbe, `readinessProbe`)', () => {
    const note = [
      '## Probes',
      '',
      '- LivenessProbe: restarts the container when the check keeps failing',
      '- RedinessProbe: decides whether the Pod gets traffic; until readinessProbe passes it stays out of the endpoints',
      '- StartupProbe: holds the other checks back until a slow app is up',
      '',
      '## Handlers',
      '',
      '- ExecAction: runs a command in the container; exit code 0 is a pass',
      '- TCPSocketAction: a pass when the port accepts a connection',
      '- HTTPGetAction: a pass when the status code is from 200 to 399',
      '',
    ].join('\n');
    const identify = questionsOf(note).filter((q) => q.type === 'identify');
    expect(identify.some((q) => q.subject === 'LivenessProbe')).toBe(true);
    expect(identify.filter((q) => q.subject === 'RedinessProbe')).toEqual([]);
  });
});

describe('finding something is no procedure', () => {
  it('lists ways to find or detect a thing as alternatives (`如何发现 Big Key`, `How to find large files`)', () => {
    for (const title of ['如何发现 Big Key', 'How to find large files']) {
      expect(isProcessTitle(title), title).toBe(false);
      const note = [`#### ${title}`, '', '- 用客户端自带的扫描参数找出每种类型最大的键', '', '- 导出快照文件后用离线工具分析', '', '- 用 scan 遍历键并按类型判断大小', ''].join('\n');
      expect(banksOf(note).filter((b) => b.kind === 'steps'), title).toEqual([]);
    }
    expect(isProcessTitle('如何部署 Redis 集群')).toBe(true);
  });

  it('takes `栗如` (例如 typed for fun) for no name', () => {
    expect(isNonName('栗如')).toBe(true);
  });
});

describe('round of a question set, a rubric and a screen', () => {
  it('takes a count of questions off a section title (`Advanced Level (41-60 Questions)`), and asks no steps named by a level or a question set', () => {
    expect(withoutFilingMarks('Advanced Level (41-60 Questions)')).toBe('Advanced Level');
    expect(withoutFilingMarks('Pods (3)')).toBe('Pods (3)');
    const note = ['# Deploy - Interview Questions', '', '## Advanced Level (41-60 Questions)', '', '### 54. How do you switch traffic between two live versions?', '', '- Steps:', '  1. Start the new version beside the old one.', '  2. Run the smoke tests against the new version.', '  3. Point the Service selector at the new version.', '  4. Keep the old version until the new one is proven.', ''].join('\n');
    const named = questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next').map((q) => q.prompt);
    for (const prompt of named) expect(prompt).not.toMatch(/Advanced Level|Interview Questions/);
  });

  it("takes a rubric's marks for no names and `考察点` for an aspect", () => {
    for (const mark of ['满分', '较差', '及格']) expect(isNonName(mark), mark).toBe(true);
    expect(isAspectLabel('考察点')).toBe(true);
  });

  it('asks no order of clicks through a tool whose buttons are in 【】', () => {
    const note = ['## Jenkins', '', '#### 新建流水线步骤', '', '1. 打开 Jenkins 首页', '2. 点击【新建任务】', '3. 填写任务名称 deploy-blog', '4. 选择【流水线】类型', '5. 点击【确定】保存', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe('names read off their descriptions by their letters', () => {
  it('reads a path by its last part and a short name by letters a word has in order (/var from Variable data, /tmp from Temporary)', () => {
    expect(revealsName('Variable data such as logs and caches', '/var')).toBe(true);
    expect(revealsName('Temporary files, cleared on reboot', '/tmp')).toBe(true);
    expect(revealsName('User programs and libraries', 'usr')).toBe(true);
    expect(revealsName('Settings of the whole machine', '/etc')).toBe(false);
    expect(revealsName('Files the kernel needs to start', 'boot')).toBe(false);
  });

  it('makes no terms of a column that says what happens without each row (`Flag | Without it`)', () => {
    const note = ['## Strict mode', '', '| Flag | Without it |', '|---|---|', '| `-e` | a failing command is ignored and the script goes on |', '| `-u` | an unset variable expands to nothing, silently |', '| `-x` | commands run without being printed first |', ''].join('\n');
    expect(banksOf(note).filter((b) => b.kind === 'terms')).toEqual([]);
    const described = note.replace('| Flag | Without it |', '| Flag | Meaning |');
    expect(banksOf(described).filter((b) => b.kind === 'terms').length).toBe(1);
  });
});

describe('counts and stresses that are no names', () => {
  it("takes the note's count of its own list for no name (第二种机制, Second approach, Method 2)", () => {
    for (const label of ['第二种机制', '第三种方法', 'Second approach', 'Method 2']) expect(isNonName(label), label).toBe(true);
    for (const name of ['Second Level Cache', 'Method Override']) expect(isNonName(name), name).toBe(false);
  });

  it('does not split a line at a word stressed later in it (`计算机网络是指…多台**计算机**…`)', () => {
    const note = ['### 计算机网络', '', '计算机网络是指把多台**计算机**用通信线路连接起来，在网络协议的管理下实现**资源共享**的系统。', ''].join('\n');
    const terms = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).not.toContain('计算机');
    expect(banksOf(['### 容器', '', '**Pod**是最小的调度单位，一个 Pod 里可以有多个容器。', ''].join('\n')).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []))).toContain('Pod');
  });
});

describe('column types named in the heading', () => {
  it('reads `文本` as text, `日期` as date and `死锁` as deadlock, so `TEXT` under `文本类型` gives itself away', () => {
    for (const [stem, chinese] of [['text', '文本类型'], ['date', '日期类型'], ['deadl', '检测死锁']] as const) {
      const mark = conceptOfStem(stem);
      expect(mark, stem).toBeDefined();
      expect(conceptsInChinese(chinese), chinese).toContain(mark);
    }
    expect(givesAway('文本类型', 'longtext', ['longblob', 'tinyblob'])).toBe(true);
  });
});

describe("a tool named for what it does", () => {
  it('takes `pprof` for a word of profiling', () => {
    expect(givesAway('OpenTelemetry Collector extensions', 'pprof', ['zpages', 'health_check'])).toBe(false);
    expect(revealsName('Exposes Go profiling data over HTTP', 'pprof', [], { descriptions: ['Serves live debug pages about the pipelines', 'Answers whether the collector is up'] })).toBe(true);
  });
});
