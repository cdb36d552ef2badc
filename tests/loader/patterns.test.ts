import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/core/notes/extract.js';
import {
  answerLine,
  isAliasOf,
  isClause,
  isNameLike,
  isTermLike,
  leadInTitle,
  parseAcronymRun,
  parseBoldLead,
  parseColonTerm,
  parseParenLine,
  parseInlineList,
  parseInlineSequence,
  parseParenTerm,
  parseTermRun,
  questionLine,
  questionText,
  splitTopLevel,
} from '../../src/core/notes/patterns.js';

const line = (text: string, bold: string[] = []) => ({ text, bold, line: 1 });

describe('term: detail', () => {
  it('reads an ASCII colon, English and Chinese', () => {
    expect(parseColonTerm('Pod: the smallest schedulable unit')).toEqual({
      term: 'Pod',
      detail: 'the smallest schedulable unit',
      aliases: [],
    });
    expect(parseColonTerm('etcd: 保存集群状态的键值存储')).toEqual({ term: 'etcd', detail: '保存集群状态的键值存储', aliases: [] });
  });

  it("leaves out a last sentence about the note's own example (Here, …; 这里…)", () => {
    expect(parseColonTerm('selector: Defines how the Deployment finds which Pods to manage. Here, it matches Pods with the label app: my-app.')?.detail).toBe('Defines how the Deployment finds which Pods to manage.');
    expect(parseColonTerm('resources: What the Role applies to. In this case, the role applies to deployments.')?.detail).toBe('What the Role applies to.');
    expect(parseColonTerm('maxSkew：能容忍不同拓扑域中 Pod 数量差异的最大值。这里的 1 意味着只允许相差 1 个 Pod。')?.detail).toBe('能容忍不同拓扑域中 Pod 数量差异的最大值。');
    // Said first, it is all there is.
    expect(parseColonTerm('port: Here, the Service listens on 80')?.detail).toBe('Here, the Service listens on 80');
  });

  it('reads no name from a call written outside a code block (console.log("…"))', () => {
    expect(parseParenLine('console.log("main page actived 99999.... ")')).toBeNull();
    expect(parseParenLine("fmt.Println('hello');")).toBeNull();
    expect(parseParenLine('Pod（容器组）')?.term).toBe('Pod');
  });

  it('leaves the dash that leads to the brackets out of the name (UDP -- (IP in UDP))', () => {
    expect(parseParenLine('UDP -- (IP in UDP)')).toEqual({ term: 'UDP', detail: 'IP in UDP', aliases: [] });
    expect(parseParenLine('VXLAN — (MAC in UDP)')?.term).toBe('VXLAN');
    expect(parseParenLine('host-gw (直接路由)')?.term).toBe('host-gw');
  });

  it('reads a full-width colon', () => {
    expect(parseColonTerm('调度器：为 Pod 选择节点')).toEqual({ term: '调度器', detail: '为 Pod 选择节点', aliases: [] });
    expect(parseColonTerm('Scheduler：picks a node')?.term).toBe('Scheduler');
  });

  it('splits at the first separator only', () => {
    const parsed = parseColonTerm('DNS：A记录：把名字解析成地址');
    expect(parsed?.term).toBe('DNS');
    expect(parsed?.detail).toBe('A记录：把名字解析成地址');
  });

  it('keeps an empty detail for a lead-in', () => {
    expect(parseColonTerm('Service类型：')).toEqual({ term: 'Service类型', detail: '', aliases: [] });
  });

  it('does not split URLs, ports or times', () => {
    expect(parseColonTerm('http://example.com/docs')).toBeNull();
    expect(parseColonTerm('host:8080')).toBeNull();
    expect(parseColonTerm('10:30')).toBeNull();
    const withUrl = parseColonTerm('Dashboard: 访问 http://localhost:8001/ui 查看');
    expect(withUrl?.term).toBe('Dashboard');
    expect(withUrl?.detail).toBe('访问 http://localhost:8001/ui 查看');
    expect(readLine(line('see https://kubernetes.io:443/docs for more')).kind).toBe('plain');
  });

  it('rejects sentence fragments as terms', () => {
    expect(parseColonTerm('当节点失联超过五分钟，控制器会: 驱逐上面的 Pod')).toBeNull();
    expect(parseColonTerm('When the node goes away, the controller: evicts Pods')).toBeNull();
    expect(parseColonTerm('这是一段非常非常长的说明文字而且中间没有任何标点符号可供切分: x')).toBeNull();
    expect(parseColonTerm('底层存储可以是各种类型：NFS, Ceph, iSCSI')).toBeNull();
    expect(parseColonTerm('The default value is: 30s')).toBeNull();
    expect(parseColonTerm('123: 数字不是名字')).toBeNull();
  });

  it('keeps names that merely contain particles', () => {
    expect(parseColonTerm('Pod中容器/应用的共享资源：网络与存储')?.term).toBe('Pod中容器/应用的共享资源');
    expect(parseColonTerm('分布式系统的脑裂现象：两边都以为自己是主')?.term).toBe('分布式系统的脑裂现象');
    expect(parseColonTerm('会话保持：同一客户端落到同一后端')?.term).toBe('会话保持');
    expect(parseColonTerm('必须成功：失败就重试')?.term).toBe('必须成功');
  });
});

describe('term（detail） and term(detail)', () => {
  it('reads full-width parentheses as a detail', () => {
    expect(parseParenTerm('Pending（已创建，等待调度）')).toEqual({ term: 'Pending', detail: '已创建，等待调度', aliases: [] });
  });

  it('reads ASCII parentheses with a Chinese detail', () => {
    expect(parseParenTerm('Recreate(先删后建)')).toEqual({ term: 'Recreate', detail: '先删后建', aliases: [] });
  });

  it('reads an English gloss as a detail, not an alias', () => {
    expect(parseParenTerm('Pod(smallest deployable unit)')).toEqual({
      term: 'Pod',
      detail: 'smallest deployable unit',
      aliases: [],
    });
  });

  it('turns an abbreviation or an expansion into an alias', () => {
    expect(parseParenTerm('ReadWriteOnce(RWO)')).toEqual({ term: 'ReadWriteOnce', detail: 'RWO', aliases: ['RWO'] });
    expect(parseParenTerm('DNS(Domain Name System)')?.aliases).toEqual(['Domain Name System']);
    expect(parseParenTerm('cgroups(Control Groups)')?.aliases).toEqual(['Control Groups']);
    expect(parseParenTerm('自定义资源定义(Custom Resource Definition)')?.aliases).toEqual(['Custom Resource Definition']);
  });

  it('decides aliases from both sides', () => {
    expect(isAliasOf('ReadOnlyMany', 'ROX')).toBe(true);
    expect(isAliasOf('Kubernetes', 'K8s')).toBe(true);
    expect(isAliasOf('PV', 'PersistentVolume')).toBe(true);
    expect(isAliasOf('eBPF', 'extended Berkeley Packet Filter')).toBe(true);
    expect(isAliasOf('RoundRobin', 'default')).toBe(false);
    expect(isAliasOf('Deployment', 'RS')).toBe(false);
    expect(isAliasOf('Pod', '轮询')).toBe(false);
  });

  it('needs the parenthesis to close the line', () => {
    expect(parseParenTerm('Pod（一组容器）运行在节点上')).toBeNull();
    expect(parseParenTerm('（只有括号）')).toBeNull();
  });
});

describe('bold terms', () => {
  it('reads **term**：detail (bold is already plain text in the line)', () => {
    expect(readLine(line('Calico：基于 BGP 的三层网络方案', ['Calico']))).toEqual({
      kind: 'terms',
      terms: [{ term: 'Calico', detail: '基于 BGP 的三层网络方案', aliases: [] }],
    });
  });

  it('reads **ABBR**(Expansion)：detail with the expansion as an alias', () => {
    expect(parseColonTerm('VRRP(Virtual Router Redundancy Protocol)：让几台路由器共用一个虚拟地址')).toEqual({
      term: 'VRRP',
      detail: '让几台路由器共用一个虚拟地址',
      aliases: ['Virtual Router Redundancy Protocol'],
    });
    expect(parseColonTerm('RBAC(Role-Based Access Control): who may do what')?.aliases).toEqual(['Role-Based Access Control']);
  });

  it('keeps a non-alias parenthesis of a colon term in the detail', () => {
    expect(parseColonTerm('Deployment(内含ReplicaSet): 负责无状态的副本')).toEqual({
      term: 'Deployment',
      detail: '负责无状态的副本（内含ReplicaSet）',
      aliases: [],
    });
  });

  it('reads a bold name glued to its explanation', () => {
    expect(parseBoldLead('keepalive让一个连接承载多个请求', ['keepalive'])).toEqual({
      term: 'keepalive',
      detail: '让一个连接承载多个请求',
      aliases: [],
    });
    expect(parseBoldLead('keepalive很短', ['keepalive'])).toBeNull();
    expect(parseBoldLead('一个 keepalive 连接', ['keepalive'])).toBeNull();
  });

  it('takes bold names in a row for no name and its explanation', () => {
    const names = ['emptyDir', 'hostPath', 'PVC-backed volumes', 'CSI ephemeral volumes'];
    expect(parseBoldLead('emptyDir, hostPath, PVC-backed volumes, CSI ephemeral volumes:', names)).toBeNull();
    expect(parseBoldLead('Gt, Lt: Numerical comparisons for label values.', ['Gt', 'Lt'])).toBeNull();
    // A comma before a description (not another bold name) still sets the name apart.
    expect(parseBoldLead('emptyDir, a scratch directory that lives as long as its Pod', ['emptyDir'])?.detail).toBe('a scratch directory that lives as long as its Pod');
  });
});

describe('runs on one line', () => {
  it('reads A: x；B: y；C：z', () => {
    expect(parseTermRun('Watch: 订阅变化；Reconcile: 向期望状态靠拢；Lease：租约')).toEqual([
      { term: 'Watch', detail: '订阅变化', aliases: [] },
      { term: 'Reconcile', detail: '向期望状态靠拢', aliases: [] },
      { term: 'Lease', detail: '租约', aliases: [] },
    ]);
    expect(parseTermRun('Get: read one; List: read many').map((t) => t.term)).toEqual(['Get', 'List']);
  });

  it('leaves one definition that quotes others alone', () => {
    expect(parseTermRun('DNS：A记录：把名字解析成地址；CNAME：把名字指向另一个名字')).toEqual([]);
    expect(readLine(line('DNS：A记录：把名字解析成地址；CNAME：把名字指向另一个名字'))).toMatchObject({
      kind: 'terms',
      terms: [{ term: 'DNS' }],
    });
  });

  it('reads **CSI**(…) & **CNI**(…)', () => {
    expect(parseAcronymRun('CSI(Container Storage Interface) & CNI(Container Network Interface)').map((t) => [t.term, t.aliases])).toEqual([
      ['CSI', ['Container Storage Interface']],
      ['CNI', ['Container Network Interface']],
    ]);
  });

  it('reads RoundRobin(轮询)，SessionAffinity(会话) standing alone', () => {
    expect(readLine(line('RoundRobin(轮询)，SessionAffinity(会话)'))).toEqual({
      kind: 'terms',
      terms: [
        { term: 'RoundRobin', detail: '轮询', aliases: [] },
        { term: 'SessionAffinity', detail: '会话', aliases: [] },
      ],
    });
    // Chinese names with Chinese glosses and commas read like prose.
    expect(parseAcronymRun('白天(上班)，晚上(睡觉)')).toEqual([]);
  });
});

describe('inline lists', () => {
  it('reads 镜像拉取策略：Always, Never, IfNotPresent', () => {
    expect(readLine(line('镜像拉取策略：Always, Never, IfNotPresent'))).toEqual({
      kind: 'list',
      title: '镜像拉取策略',
      items: ['Always', 'Never', 'IfNotPresent'].map((term) => ({ term, detail: '', aliases: [] })),
    });
  });

  it('reads an English lead with a list', () => {
    expect(readLine(line('Restart policies: Always, OnFailure, Never'))).toMatchObject({
      kind: 'list',
      title: 'Restart policies',
      items: [{ term: 'Always' }, { term: 'OnFailure' }, { term: 'Never' }],
    });
  });

  it('reads RoundRobin(轮询)，SessionAffinity(会话) after a lead', () => {
    expect(readLine(line('分发策略：RoundRobin(轮询)，SessionAffinity(会话)'))).toEqual({
      kind: 'list',
      title: '分发策略',
      items: [
        { term: 'RoundRobin', detail: '轮询', aliases: [] },
        { term: 'SessionAffinity', detail: '会话', aliases: [] },
      ],
    });
  });

  it('refuses prose with commas', () => {
    expect(parseInlineList('安装困难，管理繁琐，运行耗时')).toEqual([]);
    expect(parseInlineList('NFS, Ceph，K8S会把它们抽象成卷')).toEqual([]);
    // Two bare names are too little to tell a list from a phrase.
    expect(parseInlineList('Always, Never')).toEqual([]);
    expect(readLine(line('Kubernetes: 一个编排容器的平台，负责部署，扩缩容'))).toMatchObject({ kind: 'terms', terms: [{ term: 'Kubernetes' }] });
  });
});

describe('inline sequences', () => {
  it('reads PV生命周期Provisioning(配置)，Binding，Using，Releasing', () => {
    expect(parseInlineSequence('PV生命周期Provisioning(配置)，Binding，Using，Releasing')).toEqual({
      title: 'PV生命周期',
      items: ['Provisioning(配置)', 'Binding', 'Using', 'Releasing'],
      arrows: false,
    });
    // Stages that are actions (-ing) make a sequence.
    expect(readLine(line('PV生命周期Provisioning(配置)，Binding，Using，Releasing')).kind).toBe('sequence');
  });

  it('reads a lifecycle of states as a list, not a sequence', () => {
    // Succeeded and Failed are alternative ends, Unknown can come at any time: no order.
    expect(readLine(line('Pod生命周期：Pending，Running，Succeeded，Failed，Unknown'))).toMatchObject({ kind: 'list', title: 'Pod生命周期' });
  });

  it('reads stages the note joins with arrows as a sequence', () => {
    expect(readLine(line('控制链：Deployment → ReplicaSet → Pod'))).toEqual({ kind: 'sequence', title: '控制链', items: ['Deployment', 'ReplicaSet', 'Pod'] });
  });

  it('reads an English lifecycle with arrows', () => {
    expect(parseInlineSequence('Build flow: checkout -> compile -> test -> publish')?.items).toEqual([
      'checkout',
      'compile',
      'test',
      'publish',
    ]);
  });

  it("takes the sentence around arrows for none of its stages (Explain … from instance →, lifecycle states. →, gateway.)", () => {
    expect(parseInlineSequence('Explain data flow from instance → subnet → route table → gateway.')).toEqual({ title: 'data flow', items: ['instance', 'subnet', 'route table', 'gateway'], arrows: true });
    expect(parseInlineSequence('Explain EC2 instance lifecycle states. → pending → running → stopping → stopped → terminated.')?.items).toEqual(['pending', 'running', 'stopping', 'stopped', 'terminated']);
    // Between commas, a part that ends the sentence is a clause of it: no sequence.
    expect(parseInlineSequence('把注意力集中在过程，而不是结果上，可以帮助防止拖延症。')).toBeNull();
  });

  it('needs at least three stages', () => {
    expect(parseInlineSequence('部署流程：构建，发布')).toBeNull();
  });

  it('reads no sequence from a sentence that only passes through the word (其实中间过程中已经…，比如…，…)', () => {
    expect(parseInlineSequence('看似只有一次交互,其实中间过程中已经交互了多次,比如握手过程,都是需要进行发包交互的')).toBeNull();
    expect(parseInlineSequence('发布过程中会依次经过构建，测试，部署')).toBeNull();
    expect(parseInlineSequence('PV 生命周期：Provisioning，Binding，Using')?.title).toBe('PV 生命周期');
  });
});

describe('lead-ins and names', () => {
  it('takes a colon-ended line or a bare label as a lead-in', () => {
    expect(leadInTitle('Service类型：')).toBe('Service类型');
    expect(leadInTitle('Service类型')).toBe('Service类型');
    expect(leadInTitle('Persistent Volume的访问模式：')).toBe('Persistent Volume的访问模式');
    expect(leadInTitle('重启策略（restartPolicy）：')).toBe('重启策略');
    expect(leadInTitle('这一段是一句完整的话，而不是标题')).toBeNull();
  });

  it('tells names from sentences', () => {
    expect(isNameLike('IfNotPresent')).toBe(true);
    expect(isNameLike('Taints和Toleration')).toBe(true);
    expect(isNameLike('a: b')).toBe(false);
    expect(isTermLike('用逗号，分开的句子')).toBe(false);
    expect(isTermLike('--')).toBe(false);
    expect(isClause('底层存储可以是各种类型')).toBe(true);
    expect(isClause('the pod is ready')).toBe(true);
    expect(isClause('Persistent Volume Claim')).toBe(false);
  });

  it('splits at top-level separators only', () => {
    expect(splitTopLevel('a(b,c), d（e，f）, g', ',，')).toEqual(['a(b,c)', 'd（e，f）', 'g']);
  });
});

describe('questions', () => {
  it('recognises question headings, English and Chinese', () => {
    expect(questionText('3. What is a Pod?')).toBe('What is a Pod?');
    expect(questionText('12.What is a Pod?')).toBe('What is a Pod?');
    // A letter numbering the note's questions goes too, but not a letter that starts a word.
    expect(questionText('a. What Is an Inode?')).toBe('What Is an Inode?');
    expect(questionText('b) Why do Pods restart?')).toBe('Why do Pods restart?');
    expect(questionText('A record or CNAME?')).toBe('A record or CNAME?');
    expect(questionText('什么是 Pod？')).toBe('什么是 Pod？');
    expect(questionText('Pod 和容器有什么区别？')).toBe('Pod 和容器有什么区别？');
    expect(questionText('How does the scheduler pick a node')).toBe('How does the scheduler pick a node?');
    expect(questionText('Pod 生命周期')).toBeNull();
    expect(questionText('Objects')).toBeNull();
  });

  it('recognises Q:/A: lines', () => {
    expect(questionLine('Q: 什么是 etcd？')).toBe('什么是 etcd？');
    expect(questionLine('问：什么是 etcd？')).toBe('什么是 etcd？');
    expect(answerLine('A: 一个键值存储')).toBe('一个键值存储');
    expect(answerLine('答：一个键值存储')).toBe('一个键值存储');
    expect(questionLine('Quota: 资源配额')).toBeNull();
  });
});
