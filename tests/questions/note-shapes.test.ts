import { describe, expect, it } from 'vitest';
import { collect, parseNote } from '../../src/core/notes/parse.js';
import { questionText } from '../../src/core/notes/patterns.js';
import { allQuestions } from '../../src/core/questions/index.js';
import { displayTitle, explainsItself, givesAway, isCodeLine, isFragmentDetail, isNonName, revealsName, sharesAbbreviation } from '../../src/core/questions/entries.js';
import { familyOf, lastPart } from '../../src/core/questions/text.js';
import { isOutputRow, rangeFit } from '../../src/core/questions/cloze.js';
import { findNumbers, neighbours } from '../../src/core/questions/numbers.js';
import { gateQuestion } from '../../src/core/questions/gate.js';
import { toldApartByWords } from '../../src/core/questions/multi.js';
import { runTogetherAlone } from '../../src/core/questions/member.js';
import { isAspectLabel, withoutDecorativeSigns } from '../../src/core/text/index.js';
import type { Bank, Question } from '../../src/core/types.js';

// Shapes notes take that questions must read right: a numbered question line inside an answer,
// a diary's day headings, code pasted without its fence, names of one family, plural expansions.
// The snippets are our own, in the shapes published notes take.

const banksOf = (note: string, file = 't.md'): Bank[] => collect([parseNote(file, note)]).banks;
const questionsOf = (note: string, file = 't.md'): Question[] => [1, 2, 3, 4, 5].flatMap((seed) => allQuestions(banksOf(note, file), { seed }));
const pairsOf = (note: string) => banksOf(note).flatMap((b) => (b.kind === 'qa' ? b.pairs : []));
const shownText = (q: Question): string => [q.prompt, ...q.choices].join('\n');

describe('a question numbered on a line of its own', () => {
  const note = [
    '# Security Q&A',
    '',
    '### Q4. Which object grants permissions inside one namespace?',
    'A: A Role, bound to subjects with a RoleBinding.',
    '',
    'Q5. Why run containers as a non-root user?',
    'A: A process that escapes the container then holds no root rights on the node.',
    '',
  ].join('\n');

  it('ends the answer before it, and is asked with its own answer', () => {
    const pairs = pairsOf(note);
    const role = pairs.find((p) => p.question.startsWith('Which object'));
    expect(role?.answer).toBe('A: A Role, bound to subjects with a RoleBinding.');
    expect(pairs.find((p) => p.question.startsWith('Why run containers'))?.answer).toMatch(/^A process that escapes/);
  });

  it('keeps no part of a subsection number (`9.5.`) before a heading’s question', () => {
    expect(questionText('9.5.  引用计数表示的是什么？')).toBe('引用计数表示的是什么？');
    expect(questionText('3. 什么是 Pod？')).toBe('什么是 Pod？');
  });
});

describe("a diary's days and a manifest pasted without its fence", () => {
  it('takes `Day-04`, `Week_2` and `第3天` for no name', () => {
    for (const label of ['Day-04', 'Day 10', 'Week_2', '第3天', '第十二课']) expect(isNonName(label), label).toBe(true);
    expect(isNonName('Daemon')).toBe(false);
  });

  it('asks nothing of a day line, nor of settings under a language name glued to the first key (`yamlmax:`)', () => {
    const days = ['# Course log', '', '- Day-04: Service troubleshooting with selectors and endpoints', '- Day-05: Secrets mounted as files and as environment variables', '- Day-06: ConfigMaps reloaded without restarting the Deployment', ''].join('\n');
    expect(questionsOf(days).filter((q) => q.type !== 'recall' && /Day-0/.test(q.prompt + q.choices.join('\n')))).toEqual([]);
    const glued = ['## Namespace labels', '', 'yamlenvironment: development|staging|production', 'team: engineering', 'cost-center: "1001"', 'critical: "true" (prod only)', ''].join('\n');
    expect(banksOf(glued).some((b) => b.kind === 'terms')).toBe(true);
    expect(questionsOf(glued)).toEqual([]);
  });

  it('blanks no number of a manifest run into one line', () => {
    const note = ['## GPU nodes', '', 'tensorflow image: tensorflow/tensorflow:latest-gpu resources: limits: nvidia.com/gpu: 1', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'cloze')).toEqual([]);
  });
});

describe('names of one family', () => {
  const note = [
    '# Pod',
    '',
    '#### Pod 的生命周期',
    '',
    '1) Pod 阶段',
    '- Pending：挂起',
    '  - Pod 已被系统接受，但还有容器镜像尚未创建或尚未调度',
    '- Succeeded：成功',
    '  - Pod 中的所有容器都已成功终止，并且不会再重启',
    '- Failed：失败',
    '  - Pod 中的所有容器都已终止，并且至少有一个容器因失败而终止',
    '',
    '3) 容器探针',
    'kubelet 调用容器实现的处理程序：',
    '- ExecAction：在容器内执行指定命令，命令退出时返回码为 0 则认为诊断成功',
    '- TCPSocketAction：对容器 IP 地址上的指定端口进行 TCP 检查',
    '- HTTPGetAction：对容器 IP 地址上指定端口和路径执行 HTTP GET 请求',
    '',
  ].join('\n');

  it('take no name from elsewhere that lacks the word they all end in', () => {
    const asked = questionsOf(note).filter((q) => q.type === 'identify' && q.subject.endsWith('Action'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) for (const choice of q.choices) expect(choice, q.prompt).toMatch(/Action$/);
  });

  it('are told apart from outsiders that share a word no member has (`Node controller`, `Job controller`)', () => {
    expect(toldApartByWords(['Node Port', 'Cluster IP'], ['Node controller', 'Job controller'])).toBe(true);
    expect(toldApartByWords(['NodePort', 'ClusterIP', 'LoadBalancer'], ['ExternalName', 'Headless'])).toBe(false);
  });
});

describe('letters and words that point at the answer', () => {
  it('finds an abbreviation of the title inside a longer one in capitals (`NAT Types`: SNAT, DNAT)', () => {
    expect(givesAway('NAT Types', 'DNAT SNAT', ['CNAME', 'TXT'])).toBe(true);
    expect(givesAway('NAT Types', 'DNAT SNAT', ['MASQUERADE', 'PNAT'])).toBe(false);
  });

  it('reads `unready` as a word of Readiness', () => {
    expect(givesAway("Don't send traffic to unready containers", 'Readiness', ['Liveness', 'Startup'])).toBe(true);
    expect(givesAway('Restart containers that stop answering', 'Liveness', ['Readiness', 'Startup'])).toBe(false);
  });
});

describe('an expansion said in the plural', () => {
  it('is asked in the singular its letters name, the plural accepted too', () => {
    const note = ['## Storage objects', '', '- PersistentVolumeClaims (PVC): requests for storage that Pods mount by name', '- StorageClasses: the kinds of storage a cluster can provision on demand', ''].join('\n');
    const typed = questionsOf(note).flatMap((q) => (q.type === 'typed' && /PVC/.test(q.prompt) ? [q] : []));
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(q.answer).toBe('PersistentVolumeClaim');
      expect(q.accept).toContain('PersistentVolumeClaims');
    }
  });
});

describe('ways, versions and a benefit without its owner', () => {
  it('takes ways to prevent something for no procedure (`怎样阻止死锁的发生？`)', () => {
    const note = ['## 怎样阻止死锁的发生？', '', '- 按固定的全局顺序获取锁，不产生循环等待', '- 一次性原子地获取所需的全部锁', '- 获取新锁失败时先释放已持有的锁', '- 允许死锁发生，检测到后再恢复', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('takes ways to make something smaller, faster or lasting for no procedure (`如何减小镜像体积？`, `How to reduce image size?`)', () => {
    for (const heading of ['### Q1：如何减小镜像体积？', '### Q2：容器如何持久化数据？', '### How do you reduce a Docker image’s size?']) {
      const note = [heading, '', '1. 使用更小的基础镜像（alpine）', '2. 使用多阶段构建', '3. 合并 RUN 命令减少层数', '4. 清理包管理器的缓存', ''].join('\n');
      expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next'), heading).toEqual([]);
    }
    // A procedure still is one.
    const steps = ['### 如何构建镜像？', '', '1. 编写 Dockerfile', '2. 执行 docker build 构建镜像', '3. 执行 docker push 推送到仓库', '4. 在目标节点拉取并运行', ''].join('\n');
    expect(questionsOf(steps).some((q) => q.type === 'order' || q.type === 'next')).toBe(true);
  });

  it('reads an answer’s field labels (`标准答案`, `追问点`, `参考`) as the answer to the heading’s question, and asks nothing of `反问`', () => {
    const answer = ['- 标准答案:分区内有序；同一个 key 总是路由到同一个分区；副本确认后才算写入成功。', '- 追问点:跨分区的全局顺序如何保证；重试会不会打乱顺序。', '- 参考:团队内部规范', ''];
    const questions = questionsOf(['## 基础', '', '### Q2:Kafka 如何保证消息有序？', ...answer].join('\n'));
    expect(new Set(questions.filter((q) => q.type === 'recall').map((q) => q.prompt))).toEqual(new Set(['Kafka 如何保证消息有序？']));
    expect(questions.filter((q) => q.choices.some((c) => /标准答案|追问点/.test(c)))).toEqual([]);
    for (const label of ['标准答案', '追问点', '参考', '题目描述', '解题思路']) expect(isAspectLabel(label), label).toBe(true);
    expect(questionsOf(['## 反问', '', '### Q1:团队的监控与告警体系？', ...answer].join('\n'))).toEqual([]);
  });

  it('blanks no language standard (`C++11`)', () => {
    const note = ['## vector', '', '### 迭代器的优点', '', '1. **统一的访问接口**：迭代器为各种容器提供同样的访问方式，使算法可以和容器分离。', '2. **范围 for 循环**：C++11 引入了基于范围的 for 循环，遍历容器时不必显式获取迭代器。', '3. **自定义迭代器**：用户可以按需实现自己的迭代器，满足特定的访问需求。', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'cloze')).toEqual([]);
  });

  it('reads 好处 and 坏处 as aspects, never asked as names', () => {
    for (const label of ['好处', '坏处', '弊端']) expect(isAspectLabel(label), label).toBe(true);
  });
});

describe('numbers in names, an issue by its number and a name of another shape', () => {
  it('reads the bits a description counts in the name that carries them (`32 位浮点数`: np.float32; `8 位整数`: np.int8)', () => {
    expect(givesAway('32 位浮点数，单精度', 'np.float32', ['np.int16', 'np.float64'])).toBe(true);
    expect(givesAway('双精度浮点数', 'np.float64', ['np.int64', 'np.bool_'])).toBe(true);
    expect(givesAway('8 位整数，取值范围 -128 到 127', 'np.int8', ['np.int16', 'np.int32', 'np.int64'])).toBe(true);
    expect(givesAway('有符号整数，取值范围最大', 'np.int64', ['np.int8', 'np.int16'])).toBe(false);
  });

  it('takes `Issue 2` for no name', () => {
    expect(isNonName('Issue 2')).toBe(true);
    expect(isNonName('Issuer')).toBe(false);
  });

  it('does not ask which is NOT one of them where the odd one alone is run together from words, or alone is not', () => {
    expect(runTogetherAlone(['Running', 'Failed', 'Pending'], 'ExecAction')).toBe(true);
    expect(runTogetherAlone(['PreferNoSchedule', 'NoExecute', 'NoSchedule'], 'Available')).toBe(true);
    expect(runTogetherAlone(['Running', 'Failed', 'Pending'], 'Evicted')).toBe(false);
    expect(runTogetherAlone(['NoExecute', 'NoSchedule', 'Pending'], 'ExecAction')).toBe(false);
  });
});

describe("a study plan's slots, a repository's own page, a manifest's keys and a console's answer", () => {
  it('takes `Hours 7-8`, `Week 1-2 Milestone` and `表示` for no names', () => {
    for (const label of ['Hours 7-8', 'Week 1-2 Milestone', '表示', '即']) expect(isNonName(label), label).toBe(true);
    expect(isNonName('Hour')).toBe(false);
  });

  it("asks nothing of what a repository says it is for (`Repository Purpose`, `Learning Roadmap`)", () => {
    for (const heading of ['Repository Purpose', 'Learning Roadmap', 'Tools Used', "What's inside this repo"]) {
      const note = ['# Docker Mastery', '', `## ${heading}`, '', '- **Networking**: Bridging, host, and overlay networks between containers.', '- **Persistence**: Volumes and bind mounts that outlive a container.', '- **Orchestration**: Docker Compose and the basics of Swarm for many hosts.', ''].join('\n');
      expect(questionsOf(note, 'README.md'), heading).toEqual([]);
    }
  });

  it("asks nothing of a manifest's keys pasted without their fence (`containers:` over `name: nginx`)", () => {
    const note = ['  nodeSelector:', '    disk: ssd', '  containers:', '  - name: postgres', '      limits:', '        memory: 2Gi', 'metadata:', '              - key: zone', ''].join('\n');
    expect(questionsOf(note).filter((q) => /containers/.test(q.prompt))).toEqual([]);
  });

  it('keeps a number that is part of a name in a section title (`12-Factor App Principles`)', () => {
    expect(displayTitle('12-Factor App Principles')).toBe('12-Factor App Principles');
    expect(displayTitle('3-tier architecture')).toBe('3-tier architecture');
    expect(displayTitle('2-Installation')).toBe('Installation');
  });

  it("blanks no number of a database console's answer (`Query OK, 0 rows affected (0.05 sec)`)", () => {
    expect(isOutputRow('Query OK, 0 rows affected (0.05 sec)')).toBe(true);
    expect(isOutputRow('3 rows in set (0.00 sec)')).toBe(true);
  });
});

describe('letters squeezed into a word, steps by their place and a family a member stands out by', () => {
  it('reads `Recv-Q` in `Received`, `SIGCHLD` in `child` and `cgroup` in `control groups`', () => {
    expect(revealsName('Received queue: bytes the application has not read yet', 'Recv-Q', [], { descriptions: ['Sent queue: bytes the peer has not acknowledged'] })).toBe(true);
    expect(revealsName('Sent to the parent when a child process stops or exits', 'SIGCHLD', [], { descriptions: ['Ends the process at once; it cannot be caught'] })).toBe(true);
    expect(revealsName('A kernel feature: control groups limit what processes may use', 'cgroup')).toBe(true);
    expect(revealsName('Asks the process to stop politely', 'SIGTERM', [], { descriptions: ['Ends the process at once'] })).toBe(false);
  });

  it('makes no group of a list whose items are named by their place (`第一步：…`)', () => {
    const note = [
      '### 5.5 文档入门案例',
      '```xml',
      '```',
      '再次访问地址：http://localhost:8080/doc.html',
      '注：配置文件的名称可以任意取',
      '```xml',
      '```',
      '### 15.2 缓存入门案例',
      '第一步：创建 maven 工程并配置 pom.xml 文件',
      '```xml',
      '```',
      '第三步：创建 caffeine.properties 文件',
      '第四步：创建控制器类',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'member' || q.type === 'multi')).toEqual([]);
  });

  it("takes a member for no member where half the list ends in a word no outsider has (`…Route`)", () => {
    expect(lastPart('TLSRoute')).toBe('route');
    expect(lastPart('HTTPGetAction')).toBe('action');
    expect(familyOf('TLSRoute', ['GatewayClass', 'HTTPRoute', 'GRPCRoute', 'TLSRoute'])).toEqual({ word: 'route', kin: 3 });
    expect(familyOf('Gateway', ['Gateway', 'HTTPRoute'])).toBeUndefined();
  });

  it('reads `常见使用场景` as an aspect, `tags` beside `标签` and `permanent` beside `永久`', () => {
    expect(isAspectLabel('常见使用场景')).toBe(true);
    expect(isAspectLabel('核心机制')).toBe(false);
    expect(givesAway('接口文档的标签', 'tags', ['summary', 'enabled'])).toBe(true);
    expect(givesAway('返回301永久重定向，地址栏显示新地址', 'permanent', ['redirect', 'break'])).toBe(true);
    expect(givesAway('返回302重定向，地址栏显示新地址', 'redirect', ['permanent', 'break'])).toBe(false);
  });
});

describe('a step that says its place inside it', () => {
  it('is not put in order where it says it comes first (`…的属性首先被读取`, `…is read first`)', () => {
    const zh = ['## properties(属性)', '', '注意： MyBatis 将按照下面的顺序来加载属性：', '', '- 在 properties 元素体内定义的属性首先被读取。', '- 然后会读取 properties 元素中 resource 或 url 加载的属性，它会覆盖已读取的同名属性。', '- 最后读取 parameterType 传递的属性，它会覆盖已读取的同名属性。', ''].join('\n');
    expect(questionsOf(zh).filter((q) => q.type === 'order')).toEqual([]);
    const en = ['## Load order of settings', '', 'The loader reads settings in this order:', '', '1. The defaults compiled into the binary are read first', '2. The config file overrides any default it names', '3. Flags on the command line override both', ''].join('\n');
    expect(questionsOf(en).filter((q) => q.type === 'order')).toEqual([]);
  });
});

describe("a résumé, a design pattern's template and a letter after a description", () => {
  it('asks nothing of a résumé kept among the notes (`0.myresume.md`)', () => {
    const note = ['## 实习经历', '', '- 工作内容：负责集群监控告警规则的编写与维护', '- 个人收获：熟悉了 Prometheus 与 Alertmanager 的配置', '- 项目成果：告警误报率下降一半以上', ''].join('\n');
    expect(questionsOf(note, 'manage/work/0.myresume.md')).toEqual([]);
    expect(questionsOf(note, 'manage/work/0.myresume.raw.md')).toEqual([]);
  });

  it("reads a design pattern's template labels (`意图`, `主要解决`, `何时使用`) as aspects", () => {
    for (const label of ['意图', '主要解决', '何时使用', '如何解决', '关键代码', '主要思想']) expect(isAspectLabel(label), label).toBe(true);
  });

  it('takes the letter a description ends with for the name it opens (`(E)` for effective)', () => {
    expect(givesAway('当前真正生效的限制值 (E)', 'effective', ['soft', 'hard'])).toBe(true);
    expect(givesAway('当前真正生效的限制值 (E)', 'effective', ['enforced', 'soft'])).toBe(false);
  });
});

describe('a fault written up under its labels', () => {
  it('reads `情况`, `解决办法`, `处理方法` and `问题描述` as aspects, and `再后` as a turn of the story', () => {
    for (const label of ['情况', '解决办法', '处理方法', '问题描述']) expect(isAspectLabel(label), label).toBe(true);
    expect(isNonName('再后')).toBe(true);
  });
});

describe('setups side by side', () => {
  it('asks no order of steps that each install or configure a thing of their own', () => {
    const note = ['## 如何打造开发环境', '', '1. Config git user name, email and key', '2. install mysql, mongo and redis', '3. 安装 nodejs 和 npm', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe('a limit the sentence states', () => {
  it('keeps wrong numbers within it (`默认值是____，最大值是50%` is never offered 75%)', () => {
    const note = ['## 写缓冲', '', '### 介绍', '', '- innodb_change_buffer_max_size：配置写缓冲的大小，占整个缓冲池的比例，默认值是25%，最大值是50%。', ''].join('\n');
    const blanks = questionsOf(note).filter((q) => q.type === 'cloze' && q.prompt.includes('最大值是50%'));
    expect(blanks.length).toBeGreaterThan(0);
    for (const q of blanks) for (const choice of q.choices) expect(Number.parseFloat(choice), choice).toBeLessThanOrEqual(50);
  });
});

describe('an emoji typed as its shortcode', () => {
  it('is taken off the start of a heading or a line like the picture it stands for', () => {
    // The outline reads shortcodes wherever they stand; the line helpers leave them to it.
    const marked = banksOf(['## Prometheus', '', '### :point_right:Counter（计数器）', '', '- :star: Histogram：对观察值分桶统计', '- Summary：在客户端算出分位数', ''].join('\n'));
    expect(marked.map((b) => b.path.at(-1))).toContain('Counter（计数器）');
    expect(marked.flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => `${e.term}：${e.detail}`) : []))).toContain('Histogram：对观察值分桶统计');
    expect(withoutDecorativeSigns(':white_check_mark: Done')).toBe(':white_check_mark: Done');
    const note = ['# Prometheus', '', '## :point_right:指标类型', '', '- :point_right:Gauge：可增可减的瞬时值，例如内存使用量', '- Counter：只增不减的累计值，例如请求总数', '- Histogram：对观察值按桶计数，并给出总和', ''].join('\n');
    const asked = questionsOf(note);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect([q.prompt, ...q.choices, ...q.topic].join('\n')).not.toMatch(/:point_right:/);
  });
});

describe('names said in Chinese', () => {
  it('reads 上下文 as context, 目标 as target and 预览 as preview', () => {
    expect(givesAway('整个 Web 应用共享的上下文对象', 'ServletContext', ['ServletConfig', 'HttpSession'])).toBe(true);
    expect(givesAway('被代理的目标对象', 'target', ['proxy', 'advice'])).toBe(true);
    expect(givesAway('在浏览器中预览渲染结果', 'preview', ['build', 'serve'])).toBe(true);
  });
});

describe('a count whose items follow the counted noun', () => {
  it('blanks no count the next clause names item by item (`有两种模式，反射模式和源码模式`)', () => {
    const note = [
      '#  github.com/uber-go/mock',
      '',
      'gomock 是官方推荐的 mock 框架，用于解决单元测试中遇到的外部依赖问题。',
      '',
      '## 原理',
      '',
      '针对 interface 生成对应的 Mock 代码文件，其中包含一个实现该接口的结构。',
      '',
      '## 使用',
      'gomock 有两种模式，反射模式和源码模式，都是通过接口生成对应的 mock 代码，测试时直接调用 mock 对象，相对于打桩不会替换地址，更安全。',
      '',
      '* -source：包含要 mock 的接口的文件。',
      '* -package：生成的模拟代码所在的包名。',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'cloze' && /两种|____模式/.test(q.prompt))).toEqual([]);
  });
});

describe('a one-word name said in its description', () => {
  it('gives it away in any form of the word (`Copies files…` for COPY, `Exposes a port` for EXPOSE)', () => {
    expect(revealsName('Copies files and directories from the host into the image.', 'COPY')).toBe(true);
    expect(revealsName('Exposes a port the container listens on.', 'EXPOSE')).toBe(true);
    expect(revealsName('Sets the directory later instructions run in.', 'WORKDIR')).toBe(false);
    expect(revealsName('Stores the whole cluster state as key-value pairs.', 'etcd')).toBe(false);
  });
});

describe('pages about the person and myths in quotes', () => {
  const list = ['- 语速适中：不要太快也不要太慢', '- 逻辑清晰：分点表达，先结论后细节', '- 突出亮点：用数字说明成果', '- 自信从容：保持眼神交流', ''];
  it('asks nothing of a self-introduction, one’s own project as the interviewer asks of it, or a file of one’s own plan', () => {
    expect(questionsOf(['# 自我介绍检查清单', '', '## 表达检查', '', ...list].join('\n'))).toEqual([]);
    expect(questionsOf(['# 实战问题', '', '## Q4：你说搭了离线打包流程，核心难点是什么？', '', '### 表达要点', '', ...list].join('\n'))).toEqual([]);
    expect(questionsOf(['# 补充策略', '', '## 表达检查', '', ...list].join('\n'), 'INTERVIEW_FOLLOWUP_PLAN.md')).toEqual([]);
    // The same list in notes of the field is asked.
    expect(questionsOf(['# 沟通技巧', '', '## 表达检查', '', ...list].join('\n'), 'communication.md').length).toBeGreaterThan(0);
  });

  it('takes a claim in quotes, a myth the note corrects, for no name', () => {
    const table = ['## 避坑指南', '', '| 误区 | 正确 |', '| --- | --- |', '| "嵌入文档没有大小限制" | 单个文档最大 16MB |', '| "索引越多查询越快" | 索引会拖慢写入 |', '| "_id 必须是 ObjectId" | _id 可以是任意类型 |', '| "MongoDB 不支持事务" | 4.0 起支持多文档事务 |', ''].join('\n');
    expect(questionsOf(table).filter((q) => q.type === 'define' || q.type === 'identify' || q.type === 'typed')).toEqual([]);
    expect(isNonName('"More replicas are always better"')).toBe(true);
    expect(isNonName('"latest"')).toBe(false);
  });
});

describe('one side of a comparison', () => {
  it('is no description of its own (`More feature-rich, …`, `更轻量，…`), but a kind of thing said with 更 is', () => {
    expect(isFragmentDetail('More feature-rich, supports larger-scale deployments and advanced networking.')).toBe(true);
    expect(isFragmentDetail('Simpler, and tightly integrated with the Docker CLI.')).toBe(true);
    expect(isFragmentDetail('更轻量，启动更快')).toBe(true);
    expect(isFragmentDetail('比虚拟机更节省资源')).toBe(true);
    expect(isFragmentDetail('更全面的分布式存储方案，支持块、对象和文件存储')).toBe(false);
    expect(isFragmentDetail('More than one container that share a network namespace.')).toBe(false);
    expect(isFragmentDetail('更新 Deployment 的镜像版本')).toBe(false);
  });
});

describe('round 182: translations, numbered definitions, linking words, references and pull requests', () => {
  it('reads 租户, 堆转储 and 需要 as the names they translate', () => {
    expect(givesAway('使用指定的租户 ID 创建或删除卷', 'quobyteTenant', ['quobyteUser', 'quobyteGroup'])).toBe(true);
    expect(givesAway('获取应用的堆转储文件', '/actuator/heapdump', ['/actuator/health', '/actuator/env'])).toBe(true);
    expect(givesAway('仅在需要时使用 Zip64 扩展', 'AsNeeded', ['Always', 'Never'])).toBe(true);
  });

  it('takes a numbered definition, a linking word and a null value for no names', () => {
    for (const term of ['Definition 2', 'Lemma 6', '但', '而且', 'null', '`nil`']) expect(isNonName(term), term).toBe(true);
    expect(isNonName('Deployment')).toBe(false);
  });

  it('blanks no two of `between two`', () => {
    const note = ['## 图算法', '', '- **全源最短路径**：预先计算并保存任意两节点间的最短路径，查询时直接读取', '- **Dijkstra**：单源最短路径算法，要求边的权重不小于 0，复杂度可降到 O(E log V)', ''].join('\n');
    const blanks = questionsOf(note).filter((q) => q.type === 'cloze').map((q) => q.prompt);
    expect(blanks.filter((p) => /任意____/.test(p))).toEqual([]);
  });

  it('asks nothing of a list of references named two ways (`参考规范与资料`) or of how to send a pull request', () => {
    const refs = ['## 参考规范与资料', '', '- RFC 7234: Heuristic Expiration 一节', '- MDN: HTTP Caching 的启发式缓存一节', '- Chrome: 网络栈中缓存事务的源码', ''].join('\n');
    expect(questionsOf(refs)).toEqual([]);
    const pr = ['# CKA questions', '', '## Can I raise a pull request (PR) with a better solution?', '', 'Of course: edit the questions and keep the existing format.', ''].join('\n');
    expect(questionsOf(pr)).toEqual([]);
  });
});

describe('round 183: steps that jump, axioms, and /proc names by translation', () => {
  it('puts in no order steps that jump to another by its number, nor a list of axioms', () => {
    const jumps = ['## 地址翻译过程', '', '1. 取出指令中的地址字段，分成页号和页内偏移', '2. 在 TLB 中查找页号，命中则得到物理地址，否则转到4', '3. 用物理地址访问 cache，未命中再访问主存', '4. 遍历页表查找页框号，找到后转到3，不存在则发起缺页中断', ''].join('\n');
    expect(questionsOf(jumps).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const axioms = ['## Raft 的公理及其证明过程', '', '1. **Election Safety**：一个任期内至多选出一个 leader', '2. **Leader Append-only**：leader 只追加日志，从不覆盖或删除', '3. **Log Matching**：两份日志在某个下标的任期相同，则此前的日志都相同', '4. **Leader Completeness**：已提交的日志一定出现在之后所有 leader 的日志里', ''].join('\n');
    expect(questionsOf(axioms).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    // A status a step returns is no jump.
    const statuses = ['## 请求处理流程', '', '1. 客户端带上证书或令牌连接 API Server', '2. 认证确认请求者是谁，失败返回 401', '3. 授权判断能否执行该动作，失败返回 403', '4. 准入控制修改并校验对象', '5. 对象写入 etcd 并返回结果', ''].join('\n');
    expect(questionsOf(statuses).some((q) => q.type === 'order')).toBe(true);
  });

  it('reads 交换, 模块 and 操作 as the names they translate', () => {
    expect(givesAway('显示交换分区的使用情况', 'swaps', ['mdstat', 'uptime'])).toBe(true);
    expect(givesAway('可加载内核模块的信息', 'modules', ['kmsg', 'devices'])).toBe(true);
    expect(givesAway('操作可以是 Exists 或 Equal', 'operator', ['effect', 'key'])).toBe(true);
  });
});

describe('a page whose headings do not name its subject', () => {
  const body = ['### interface', '', '- **Snapshot**：以很低的代价复制一个文件或一棵目录树', '- **Record Append**：GFS 允许多个客户端并发地向同一文件追加记录', '- **Lease**：GFS 的 master 把修改的顺序交给持有租约的主副本决定', ''].join('\n');
  const topics = (file: string, note = body) => new Set(banksOf(note, file).map((b) => b.about ?? ''));
  it('takes it from a one-word file name the page names again, or from the folder of a page named for its day', () => {
    expect(topics('MIT6.824/gfs(SupplementaryNote).md')).toEqual(new Set(['gfs']));
    expect(topics('Java/day1.md')).toEqual(new Set(['Java']));
  });
  it('takes none from a file name the page does not name, nor from a place in a course without a folder of a subject', () => {
    expect(topics('notes/raft.md')).toEqual(new Set(['']));
    expect(topics('notes/misc.md', body.replace(/GFS/g, 'misc'))).toEqual(new Set(['']));
  });
});

describe('round 184: folds titled like sections, agent files, logs, branches and translated patterns', () => {
  it('asks a fold only when its summary asks something', () => {
    const fold = (summary: string) => ['## Secrets', '', `<details><summary>${summary}</summary>`, '<p>', '', 'Three ways: with kubectl, from a manifest, or with kustomize.', '', '</p>', '</details>', ''].join('\n');
    expect(pairsOf(fold('Kubernetes Secret - Create a Secret'))).toEqual([]);
    expect(pairsOf(fold('How do you create a Secret?')).map((p) => p.question)).toEqual(['How do you create a Secret?']);
  });

  it('keeps no line of a fold’s answer that is only a link, and asks nothing where links are all it holds', () => {
    const fold = (body: string[]) => ['## Linux', '', '<details>', '<summary>What is DNF?</summary><br><b>', '', ...body, '</b></details>', ''].join('\n');
    expect(pairsOf(fold(['DNF is the successor of YUM: it installs RPM packages and resolves their dependencies.', '', '[Official docs](https://example.org/dnf)'])).map((p) => p.answer)).toEqual(['DNF is the successor of YUM: it installs RPM packages and resolves their dependencies.']);
    expect(pairsOf(fold(["[Wikipedia's explanation of DNF](https://example.org/w)", '', '[Learn more here](https://example.org/more)']))).toEqual([]);
  });

  it('asks nothing of an agent’s persona file or a log of updates', () => {
    const persona = ['# 身份与权限', '', '- **IAM User**：代表一个人或一个程序的长期身份', '- **IAM Group**：一组用户，权限一次授予全组', '- **IAM Role**：可被临时扮演的身份，没有长期密钥', '- **IAM Policy**：以 JSON 写成的权限文档', ''].join('\n');
    expect(questionsOf(persona, 'agents/pm/IDENTITY.md')).toEqual([]);
    expect(questionsOf(persona, 'iam/identity.md').length).toBeGreaterThan(0);
    const log = ['# 更新记录', '', '## [2026-04-20] update', '', '- 新增对比表：三种工具的差异', '- 新增原理一节：格式如何转换', '- 新增案例：十五个官方示例', ''].join('\n');
    expect(questionsOf(log, 'KnowledgeBase/log.md')).toEqual([]);
  });

  it('takes a value after a comment mark (`//-2`) for no name, and 策略, 生产者, 最低 for translations', () => {
    expect(isNonName('//-2')).toBe(true);
    expect(isNonName('#-4')).toBe(true);
    expect(givesAway('实例化对象时用到 Strategy 模式', '策略模式', ['观察者模式', '代理模式'])).toBe(true);
    expect(givesAway('Producer。向主题发布新消息的应用程序', '生产者', ['消费者', '消费者组'])).toBe(true);
    expect(givesAway('与 BSON 元素的最低值和最高值比较', 'Min/Max keys', ['Object ID', 'Binary Data'])).toBe(true);
  });

  it('tells a check’s two outcomes apart from steps in turn, and a jump to a lettered step from a step', () => {
    const policy = ['## Call flow for a policy', '', '1. A request reaches the API and is checked for RBAC', '2. The request goes to the policy engine', '3. The engine evaluates every request in scope', '4. Requests that are compliant continue to the resource provider', '5. Requests that are not compliant are denied with 403', ''].join('\n');
    const next = questionsOf(policy).filter((q) => q.type === 'next');
    // Either outcome comes right after the check: the other is never offered as a wrong answer.
    const afterCheck = next.filter((q) => q.prompt.includes('evaluates every request'));
    expect(afterCheck.length).toBeGreaterThan(0);
    for (const q of afterCheck) expect(q.choices.filter((c) => /compliant/.test(c))).toHaveLength(1);
    const lettered = ['## 选择流程', '', '1. 读取配置并校验参数', '2. 参数缺失时提示用户并转到a)', '3. 按参数创建连接池并开始服务', ''].join('\n');
    expect(questionsOf(lettered).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe('round 185: an example’s numbers and a thing’s letter', () => {
  it('blanks no number of an example (in quotes, after 类似 or potentially)', () => {
    const note = ['## 海量数据', '', '- **适用范围**：类似"出现次数最多前10"、"频率最高前100"等跟频数排序有关的问题', '- **Limited Resources**: only 10 goroutines run, against potentially 100 without a pool', '- **哈希分桶**：把大文件按哈希值分成 1000 个小文件，每个小文件能放进内存', ''].join('\n');
    const blanks = questionsOf(note).filter((q) => q.type === 'cloze').map((q) => q.prompt);
    expect(blanks.filter((p) => /前____|potentially ____/.test(p))).toEqual([]);
  });

  it('reads the letter a name gives its thing (`可用内存B`) as given away by a description that uses it', () => {
    expect(givesAway('B被当成位数组来使用，大小为m', '可用内存B', ['集合S', '哈希函数'])).toBe(true);
    expect(givesAway('大小为n，即有n个不同的元素', '集合S', ['可用内存B', '哈希函数'])).toBe(false);
  });
});

describe('round 187: a word with its e dropped, bytes in two units, and a context that says the answer', () => {
  it('reads `tuning` as saying `tune`, and not `nothing` as saying `note`', () => {
    expect(revealsName('hyperparameter tuning library', 'tune')).toBe(true);
    expect(revealsName('nothing is kept between runs', 'note')).toBe(false);
    // A part with a sign in it is read as text, never as a pattern.
    expect(() => revealsName('a valued field, tuned often', '*value', [], { names: ['other'] })).not.toThrow();
    expect(() => revealsName('(grouping) [brackets] +plus', 'spec.(grouped)+', [], { names: ['other'] })).not.toThrow();
  });

  it('blanks no figure the sentence gives in bytes (`16384B，即____` is 16KB)', () => {
    const note = ['## 生产者', '', '- **batch.size**：BufferPool 只缓存特定大小的 ByteBuffer，这个大小由 batch.size 指定，默认值为16384B，即16KB', '- **linger.ms**：发送前等待更多消息凑成一批的时间，默认是 0，即立即发送', '- **buffer.memory**：生产者用来缓存待发送消息的总内存，默认 32MB', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'cloze' && /16384B/.test(q.prompt))).toEqual([]);
  });

  it('explains nothing whose short English answer the context in the prompt already shows', () => {
    const note = ['## Distributed Computing with Ray.io', '', '- **Ray**: universal framework for distributed computing', '- **Serve**: deploys machine learning models behind an HTTP endpoint', '- **Datasets**: loads and transforms data across the workers of a cluster', ''].join('\n');
    const recalls = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.subject);
    expect(recalls).not.toContain('Ray');
    expect(recalls).toContain('Serve');
  });
});

describe('round 188: answers that only point elsewhere, and a page to fill in', () => {
  it('asks no question whose answer only sends the reader to pages', () => {
    const note = ['## Installation', '', '### How to install Groovy?', '', '- See https://groovy-lang.org/install.html (SDKMAN is easiest)', '- Missing Java while installing: Visit: troubleshooting/missing-java.md', '', '### Why use SDKMAN?', '', 'It installs and switches between several versions of one SDK side by side, so each project can pin the version it needs.', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(asked).not.toContain('How to install Groovy?');
    expect(asked).toContain('Why use SDKMAN?');
  });

  it('asks nothing of a template to fill in (`YOUR_TOPIC`, `TOPIC_TEMPLATE.md`)', () => {
    const template = ['# YOUR_TOPIC', '', '## What is YOUR_TOPIC?', '', 'Describe in two sentences what the tool does and which problem it solves for its users.', ''].join('\n');
    expect(questionsOf(template)).toEqual([]);
    expect(questionsOf(template.replace(/YOUR_TOPIC/g, 'Vault'), 'templates/TOPIC_TEMPLATE.md')).toEqual([]);
    expect(questionsOf(template.replace(/YOUR_TOPIC/g, 'Vault'), 'vault.md').length).toBeGreaterThan(0);
  });
});

describe('round 188: a project’s numbered files, and Tasks by its Chinese name', () => {
  it('takes `02_awscli_eksctl` for no name, and 任务 for Tasks', () => {
    expect(isNonName('02_awscli_eksctl')).toBe(true);
    expect(isNonName('k8s_v1')).toBe(false);
    expect(givesAway('Tasks，就是系统中的一个进程', '任务', ['控制组', '层级'])).toBe(true);
  });
});

describe('round 189: percentages, exercise lists, write-up labels and per_sec', () => {
  it('offers a blanked percentage no wrong value above 100', () => {
    const text = 'the percentage of rows kept out of the rows examined; the best plan has 100 in this field';
    const answer = findNumbers(text).find((t) => t.value === 100);
    expect(answer).toBeDefined();
    const fits = rangeFit(text, answer as NonNullable<typeof answer>);
    expect([50, 99, 100, 101, 200, 300].filter(fits)).toEqual([50, 99, 100]);
    // (A count of rows is no percentage: any value fits.)
    const rows = 'the query examines 300 rows on average';
    expect(rangeFit(rows, findNumbers(rows)[0] as NonNullable<typeof answer>)(900)).toBe(true);
  });

  it('asks nothing of a course’s exercise list, and takes INPUT, EASY CASE and Claim 2 for no names', () => {
    const exercises = ['## Exercise Progression', '', '### Beginner Level', '', '- **hello_sre**: basic script structure, logging and exit codes', '- **disk_report**: reading df output and warning above a threshold', '- **port_probe**: checking that a list of hosts answer on a port', ''].join('\n');
    expect(questionsOf(exercises)).toEqual([]);
    for (const label of ['INPUT', 'EASY CASE', 'Proof']) expect(isAspectLabel(label), label).toBe(true);
    expect(isNonName('Claim 2')).toBe(true);
  });

  it('reads 每秒 as the per_sec it translates', () => {
    expect(givesAway('每秒处理的命令数', 'instantaneous_ops_per_sec', ['total_commands_processed', 'rejected_connections'])).toBe(true);
  });
});

describe('round 190: an odd size among its multiples', () => {
  it('offers an odd figure with a unit no wrong values that are all its multiples', () => {
    const token = findNumbers('名称最多 253 个字符')[0] as NonNullable<ReturnType<typeof findNumbers>[0]>;
    expect(neighbours(token).every((n) => n % 253 === 0)).toBe(false);
    expect(neighbours(findNumbers('缓存 512MB')[0] as typeof token)).toContain(256);
  });
});

describe('round 191: a lead-in wrapped by hand', () => {
  it('names no group by the last words of a sentence wrapped onto its own line (`…to view the` / `files:`)', () => {
    const note = ['## Commands for viewing files', '', 'There are five basic commands which are used frequently to view the', 'files:', '', '- cat', '- head', '- tail', '- more', '- less', '', '## Commands for changing files', '', '- touch', '- mkdir', '- rm', '- cp', ''].join('\n');
    const titles = new Set(banksOf(note).map((b) => b.title));
    expect(titles.has('files')).toBe(false);
    expect(titles.has('Commands for viewing files')).toBe(true);
  });
});

describe('round 191: static, dynamic and logical by their Chinese names', () => {
  it('reads 静态, 动态 and 逻辑 as the names they translate, where the other choices do not', () => {
    expect(revealsName('动态配置的资源，由 xDS 下发', 'dynamic_resources', [], { descriptions: ['静态配置的资源，如监听器', '管理接口的地址'] })).toBe(true);
    expect(revealsName('逻辑DNS，只用解析结果中的第一个地址', 'Logical DNS', [], { descriptions: ['严格DNS，使用全部地址', '一组写死的地址'] })).toBe(true);
  });
});

describe('round 191: a Chinese name with its English name and abbreviation in brackets', () => {
  it('takes them for the name’s other names, not words of its description', () => {
    const note = ['## CI/CD 概念', '', '- 持续集成（Continuous Integration，CI）：代码合并后立即构建和测试，并把结果反馈给开发者', '- 持续交付（Continuous Delivery，CD）：每次变更都保持可以随时发布到生产环境的状态', '- 持续部署（Continuous Deployment，CD）：通过全部检查的变更自动发布到生产环境', ''].join('\n');
    const entries = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries : []));
    expect(entries.find((e) => e.term === '持续交付')).toMatchObject({ aliases: ['Continuous Delivery', 'CD'], detail: '每次变更都保持可以随时发布到生产环境的状态' });
    expect(questionsOf(note).filter((q) => q.prompt.includes('Continuous'))).toEqual([]);
  });
});

describe('round 191: an expansion whose last word ends in -ies', () => {
  it('is typed in the singular as well (`Pod Security Policy` for PSP), while `Exposures` stays as it is', () => {
    const typed = (note: string) => questionsOf(note).filter((q): q is Extract<Question, { type: 'typed' }> => q.type === 'typed' && q.answer.includes(' '));
    const psp = ['## Security Context', '', '- Container-level Security Context：只应用到指定的容器', '- Pod-level Security Context：应用到 Pod 内所有容器以及卷', '- Pod Security Policies（PSP）：应用到集群内所有 Pod 以及卷', ''].join('\n');
    expect(typed(psp).flatMap((q) => q.accept ?? [])).toContain('Pod Security Policy');
    const cve = ['## Security terms', '', '- CVE (Common Vulnerabilities and Exposures): a public list of known security flaws, each with an id', '- SBOM (Software Bill of Materials): the list of every component an image or a program is built from', '- SAST (Static Application Security Testing): scanning source code for flaws without running it', ''].join('\n');
    expect(typed(cve).flatMap((q) => q.accept ?? [])).not.toContain('Common Vulnerabilities and Exposure');
  });
});

describe('round 192: the main ways of doing a thing, and a loop header', () => {
  it('puts in no order the main ways a lead-in announces (`外部访问集群服务的主要方式：`)', () => {
    const note = ['### 外部如何访问集群内的服务？', '', '外部访问集群服务的主要方式：', '', '1. NodePort：通过任意节点 IP 加端口访问', '2. LoadBalancer：云厂商创建负载均衡器并绑定公网 IP', '3. Ingress：七层入口，按域名和路径把请求路由到不同服务', '4. HostNetwork：Pod 直接使用宿主机网络', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('reads a loop’s header (`let i = 0; i < n; i++`) as code, no description', () => {
    expect(isCodeLine('let i = 0; i < links.length; i++')).toBe(true);
    expect(isCodeLine('for each item in the list, check its length')).toBe(false);
  });
});

describe('round 192: code comments and array pieces as names', () => {
  it('takes `// 静态方法` and `[\'.js\'` for no names, but a whole quoted word and an indexed field are names', () => {
    for (const term of ['// 静态方法', "['.js'", "'.json']"]) expect(isNonName(term), term).toBe(true);
    for (const term of ['PodSpec[0]', "'.jsx'", 'Deployment']) expect(isNonName(term), term).toBe(false);
  });
});

describe('round 193: close, try and shm by their Chinese names', () => {
  it('reads 关闭, 尝试 and 共享内存 as the names they translate', () => {
    expect(givesAway('在管道通信中关闭一个管道', 'close', ['make', 'len'])).toBe(true);
    expect(givesAway('尝试获取 n 个资源，不阻塞，成功或立即失败', 'TryAcquire', ['Acquire', 'Release'])).toBe(true);
    expect(givesAway('启用后销毁未被使用的共享内存段', 'kernel.shm_rmid_forced', ['net.core.somaxconn', 'net.ipv4.tcp_tw_reuse'])).toBe(true);
  });
});

describe('round 195: a list cut by its first description, a part titled at rank one, functions across notes', () => {
  it('reads a bold-name list whose first description was not indented as one list', () => {
    const note = [
      '## PVC',
      '',
      '- **访问模式（accessModes）**',
      '',
      '描述应用对存储的访问权限',
      '',
      '- **选择条件（selector）**',
      '',
      '  用标签选择器筛选已有的 PV',
      '',
      '- **存储类别（storageClassName）**',
      '',
      '  只与设置了该类别的 PV 绑定',
      '',
    ].join('\n');
    const terms = banksOf(note).flatMap((b) => (b.kind === 'terms' ? [b.entries.map((e) => e.term)] : []));
    expect(terms).toEqual([['访问模式', '选择条件', '存储类别']]);
    // A plain item before a paragraph is not a name waiting for its description: two lists stay two.
    const plain = note.replace('- **访问模式（accessModes）**', '- 访问模式');
    expect(banksOf(plain).flatMap((b) => (b.kind === 'terms' ? [b.entries.map((e) => e.term)] : []))).toEqual([['访问模式'], ['选择条件', '存储类别']]);
  });

  it('takes the subject from a file name the page names again when its one heading of rank one is a part further down', () => {
    const note = ['## Logstash vs Fluentd', '', '- Fluentd is lighter than Logstash', '', '# PLUGINS', '', '### Filter Plugins', '', '- **parser**: turns a message into fields', '- **geoip**: adds a location from an IP address', '- **record_transformer**: adds or removes fields', ''].join('\n');
    expect(new Set(banksOf(note, 'EFK/FluentD.md').map((b) => b.about ?? ''))).toEqual(new Set(['FluentD']));
    // A page that opens with its title at rank one is about that title.
    expect(new Set(banksOf(`# Plugins\n\n${note}`, 'EFK/FluentD.md').map((b) => b.about ?? ''))).not.toContain('FluentD');
  });

  it('takes no function from another note (another language’s) as the odd one among a list of functions', () => {
    const vue = ['# Vue.js', '', '## 自定义指令', '', '回调函数：', '', '- bind', '- inserted', '- update', '- componentUpdated', '- unbind', ''].join('\n');
    const oracle = ['# Oracle', '', '## 函数', '', '- nvl', '- decode', '- substr', '- to_char', ''].join('\n');
    const banks = collect([parseNote('总结/Vue.js.md', vue), parseNote('总结/Oracle.md', oracle)]).banks;
    const asked = [1, 2, 3, 4, 5].flatMap((seed) => allQuestions(banks, { seed })).filter((q) => (q.type === 'member' || q.type === 'multi') && q.prompt.includes('回调函数'));
    for (const q of asked) for (const oracleName of ['nvl', 'decode', 'substr', 'to_char']) expect(q.choices, q.prompt).not.toContain(oracleName);
  });
});

describe('round 196: a folder named with its slash, and an answer that announces what is not there', () => {
  it('reads `charts/` by its name, which `subchart` shows inside a longer word', () => {
    expect(revealsName('vendored subchart dependencies', 'charts/', [], { descriptions: ['post-install message', 'Go-templated manifests'] })).toBe(true);
    expect(revealsName('vendored subchart dependencies', 'charts', [], { descriptions: ['post-install message', 'Go-templated manifests'] })).toBe(true);
    // Only where no other description shows it too.
    expect(revealsName('vendored subchart dependencies', 'charts/', [], { descriptions: ['the values its subcharts read'] })).toBe(false);
  });

  it('asks nothing whose answer ends by announcing a passage or a figure the note does not give', () => {
    const note = (answer: string) => ['## 什么是Grafana', '', answer, ''].join('\n');
    const recalls = (answer: string) => questionsOf(note(answer)).filter((q) => q.type === 'recall');
    expect(recalls('Grafana 是一个用来展示各种各样数据的开源软件，在其官网上用这么一段话来说明其作用。')).toEqual([]);
    expect(recalls('Grafana 的数据流向如下图所示：')).toEqual([]);
    expect(recalls('Grafana 是一个开源的数据可视化软件，可以从 Prometheus 等数据源读取数据并画成仪表盘。')).not.toEqual([]);
  });
});

describe('round 197: a guess said to be one, a patch saved as a note, the others, and X and Y', () => {
  it('asks nothing the author says they never tried, and still what is never used', () => {
    const guess = ['## 功能', '', '- migrate-to-labels（这个没有实际尝试。根据介绍是将服务从1.2迁移到1.3带labels的版本）', '- scale：扩展某个服务的个数，可以向上或向下', '- version：查看compose的版本', ''].join('\n');
    expect(questionsOf(guess).some((q) => q.subject === 'migrate-to-labels' || q.prompt.includes('migrate-to-labels'))).toBe(false);
    const prune = ['## 清理', '', '- image prune -a：删除没用过的镜像，包括没有容器引用的', '- container prune：删除所有已停止的容器', '- volume prune：删除没有容器使用的卷', ''].join('\n');
    expect(questionsOf(prune).some((q) => q.type === 'recall' && q.prompt.includes('image prune -a'))).toBe(true);
  });

  it('reads a diff saved as a note as code, with a warning', () => {
    const patch = ['--- a/cli/command/command.go', '+++ b/cli/command/command.go', '@@ -169,6 +169,10 @@ func RmCommand(factory app.ProjectFactory) cli.Command {', '                                Usage: "Allow deletion of all services",', '+                       cli.BoolFlag{', '+                               Name:  "v",', ''].join('\n');
    const parsed = parseNote('compose/pr2.md', patch);
    expect(parsed.banks).toEqual([]);
    expect(parsed.warnings.map((w) => w.message).join('\n')).toMatch(/patch/);
    // The same diff inside a fence is an example in a note.
    const fenced = ['## What the change does', '', 'It adds a `-v` flag to `rm`:', '', '```diff', patch, '```', '', '- **-v**: removes the volumes of the removed containers', '- **-f**: removes without asking', ''].join('\n');
    expect(parseNote('compose/pr2.md', fenced).warnings.map((w) => w.message).join('\n')).not.toMatch(/patch/);
  });

  it('asks no question about "the other" ones, whose subject is in the note before it', () => {
    const note = ['### 为什么其他规格是不超分的？', '', '从官方说明可以看出来，CPU、内存是专用的，只有网络和磁盘在实例间共享。', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'recall')).toEqual([]);
  });

  it('takes X and Y for letters standing in a sentence, and x and Z for names', () => {
    expect(isNonName('X')).toBe(true);
    expect(isNonName('Y')).toBe(true);
    expect(isNonName('x')).toBe(false);
    expect(isNonName('Z')).toBe(false);
  });
});

describe('round 198: a protocol in brackets after a figure, listener by its Chinese name, ingress as inbound', () => {
  it('blanks no figure a protocol or server in brackets right after it names (`Layer ____ (HTTP)`), and still one with another remark', () => {
    const blanks = (line: string) => questionsOf(['## Ingress', '', `- **Layer**: ${line}`, '- **Purpose**: routes HTTP and HTTPS to Services through one entry point', '- **Controller**: NGINX or Traefik watches the Ingress objects', ''].join('\n')).filter((q) => q.type === 'cloze');
    expect(blanks('Operates at Layer 7 (HTTP), routing by host names and paths')).toEqual([]);
    expect(blanks('Manages data on port 3306 (e.g., MySQL) for the application')).toEqual([]);
    expect(blanks('Objects are limited to 1MB (the etcd request limit) each').map((q) => q.prompt).join('\n')).toContain('____');
  });

  it('reads 监听器 as listener, and a short line saying inbound for Ingress as explaining itself', () => {
    expect(revealsName('监听器过滤器在过滤器链之前执行，用于操纵连接的元数据', 'listener_filters', [], { descriptions: ['监听器每个新连接读写缓冲区的大小', '套接字的选项'] })).toBe(true);
    const note = ['## Sidecar resource', '', 'The Sidecar resource has two main sections:', '', '1. **Egress**: Controls outbound traffic.', '2. **Ingress**: Controls inbound traffic (less common).', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'recall' && /Ingress|Egress/.test(q.prompt))).toEqual([]);
  });
});

describe('round 199: one of a pair of bits', () => {
  it('blanks no bit whose other value the sentence gives (`0为正，____为负`), and still a lone one', () => {
    const clozes = (line: string) => questionsOf(['## 原码、反码、补码', '', `**原码**：${line}`, '', '**反码**：原码符号位不变，其余按位取反', '', '**补码**：正数的补码与原码相同，负数的补码是反码加一', ''].join('\n')).filter((q) => q.type === 'cloze');
    expect(clozes('最高位是符号位，0为正，1为负，其余为该二进制的绝对值')).toEqual([]);
    expect(clozes('用最高的 1 位表示符号，其余 7 位表示该二进制的绝对值').length).toBeGreaterThan(0);
  });
});

describe('round 200: a choice that alone starts in lower case', () => {
  it('gives prose its capital where the other choices have theirs', () => {
    const note = ['## K8s releases', '', '- **Major versions**: indicate significant changes to the API.', '- **Alpha**: Features are disabled by default and may be unstable.', '- **Beta**: Features are enabled by default and undergo thorough testing.', '- **Stable**: Fully tested and ready for production use.', ''].join('\n');
    const defines = questionsOf(note).filter((q) => q.type === 'define');
    expect(defines.length).toBeGreaterThan(0);
    for (const q of defines) expect(q.choices.filter((c) => /^[a-z]/.test(c)), q.prompt).toEqual([]);
  });
});

describe('round 201: what a program printed, and a directory tree without its fence', () => {
  it('asks nothing of an error line pasted as it was printed, and still of a plugin that logs errors', () => {
    const note = ['## 异常解决', '', 'E: Unable to locate package openjdk-11-jdk', '', 'ssh: connect to host github.com port 22: Connection timed out', ''].join('\n');
    expect(questionsOf(note)).toEqual([]);
    expect(isNonName('E')).toBe(true);
    expect(isNonName('warn')).toBe(false);
    const plugins = ['## CoreDNS plugins', '', '- **errors**: logs queries that could not be answered', '- **cache**: keeps answers for up to their TTL', '- **reload**: picks up edits to the Corefile without a restart', '- **health**: serves a liveness endpoint on port 8080', ''].join('\n');
    expect(questionsOf(plugins).some((q) => q.type === 'identify' && q.choices[q.answer as number] === 'errors')).toBe(true);
  });

  it('takes a line of a directory tree (`│ appVersion`) for no name', () => {
    expect(isNonName('│       appVersion')).toBe(true);
    expect(isNonName('appVersion')).toBe(false);
  });
});

describe('round 202: an outsider in the other script', () => {
  it('offers no English name as the odd one among members written in Chinese alone', () => {
    const note = ['## 常用对象', '', '- Deployment：保证 Pod 的数量和健康，此外还有以下功能', '  - 事件和状态查看：可以查看升级的详细进度和状态', '  - 回滚：升级出问题时回到之前的任一版本', '  - 版本记录：每一次操作都会保存下来', '  - 暂停和启动：每一次升级都能随时暂停和启动', '- RBAC：基于角色的访问控制，有以下对象', '  - Role和ClusterRole：一组权限，前者限于命名空间', '  - RoleBinding和ClusterRoleBinding：把角色授予用户', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'member' && q.prompt.includes('Deployment'));
    for (const q of asked) expect(q.choices.filter((c) => /[A-Za-z]/.test(c)), q.prompt).toEqual([]);
  });
});

describe('round 203: the types of another thing', () => {
  it('offers no exchange type as an outsider among RabbitMQ’s user roles (`角色分类` beside `类型：` under `Exchange`)', () => {
    const note = ['# RabbitMQ', '', '## 角色分类', '', '- none', '- management', '- policymaker', '- monitoring', '- administrator', '', '## Exchange', '', '类型：', '', '- direct', '- topic', '- fanout', '- headers', ''].join('\n');
    const asked = questionsOf(note).filter((q) => (q.type === 'member' || q.type === 'multi') && q.prompt.includes('角色'));
    for (const q of asked) for (const exchange of ['direct', 'topic', 'fanout', 'headers']) expect(q.choices, q.prompt).not.toContain(exchange);
  });
});

describe('round 203: an abbreviation the group and the answer alone share', () => {
  it('asks no identify whose group title gives the abbreviation only the right name has', () => {
    const note = ['## Container Storage Interface (CSI)', '', 'Several types of ephemeral volume:', '', '- emptyDir (an empty directory made when the Pod starts and deleted when it stops)', '- CSI Ephemeral volumes (driver compatible volumes that provide external storage)', '- Generic Ephemeral volumes (general drivers with snapshots, cloning and resizing)', '- Projected volumes (configuration data mounted into the Pod from several sources)', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'identify' && q.prompt.includes('(CSI)'));
    expect(asked.filter((q) => q.choices[q.answer as number] === 'CSI Ephemeral volumes')).toEqual([]);
    expect(sharesAbbreviation('Container Storage Interface (CSI)', 'CSI Ephemeral volumes', ['Projected volumes', 'emptyDir'])).toBe(true);
    expect(sharesAbbreviation('Container Storage Interface (CSI)', 'CSI Ephemeral volumes', ['Projected volumes', 'CSI inline volumes'])).toBe(false);
  });
});

describe('round 205: a heading above the group', () => {
  it('offers no outsider that a heading above the group names (`并发` under `并发和并行 › 并行`)', () => {
    const note = ['## 计算机系统漫游', '', '### 并发和并行', '', '并发（concurrency）：是一个通用的概念，指一个同时具有多个活动的系统', '', '并行（parallelism）：用并发来使一个系统运行得更快，可以在多个抽象层次上运用，由高到低三个层次：', '', '- 线程级并发：超线程', '- 指令级并行：超标量处理器', '- 单指令、多数据并行：SIMD，Single Instruction Multiple Data', '', '### Amdahl 定律', '', '- 加速比：原来的时间除以加速后的时间', '- 加速部分：被加速的那部分所占的比例', ''].join('\n');
    const asked = questionsOf(note).filter((q) => (q.type === 'member' || q.type === 'multi') && q.prompt.includes('并行'));
    for (const q of asked) expect(q.choices, q.prompt).not.toContain('并发');
  });
});

describe('round 206: one example’s own names, a pointer to read more, a downside, 元信息', () => {
  it('asks nothing of the services one compose file defines, and still of a list of compose keys', () => {
    const example = ['## Compose workflow', '', 'This file defines two services:', '', '- **api**: A container built from the current folder that serves the shop on port 8000.', '- **cache**: A container running the Redis image with its data on a named volume.', ''].join('\n');
    expect(questionsOf(example)).toEqual([]);
    const zh = ['## Compose 示例', '', '上面的 compose 文件定义了两个服务：', '', '- api：用当前目录构建的容器，在 8000 端口提供商城接口', '- cache：运行 Redis 镜像的容器，数据放在命名卷里', ''].join('\n');
    expect(questionsOf(zh)).toEqual([]);
    const keys = ['## Compose keys', '', 'A compose file has these top-level keys:', '', '- **services**: The containers the application runs, each with its image or build context.', '- **networks**: The networks the services join to reach each other.', '- **volumes**: The named volumes the services mount to keep data.', ''].join('\n');
    expect(questionsOf(keys).some((q) => q.prompt.includes('networks') || (q.choices as string[]).includes('networks'))).toBe(true);
  });

  it('leaves out of an answer the last sentence that only sends the reader to a page', () => {
    const note = ['## Docker network drivers', '', '- `bridge`: The default driver; containers on one host talk through a virtual bridge. See [bridge networks](https://example.com/bridge).', '- `host`: The container uses the host’s network stack directly, with no isolation. See also [host networking](https://example.com/host).', '- `none`: The container gets a loopback interface and nothing else.', ''].join('\n');
    const answers = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.detail) : []));
    expect(answers).toContain('The default driver; containers on one host talk through a virtual bridge.');
    expect(answers).toContain('The container uses the host’s network stack directly, with no isolation.');
    expect(answers.join(' ')).not.toMatch(/\bSee\b/);
  });

  it('asks a downside as the downside of the thing above it, never `Explain: Downside`', () => {
    const note = ['## Volumes', '', '### emptyDir volume', '', '- Created when the Pod is assigned to a node and empty at first.', '- Downside: Its data is gone when the Pod is removed from the node.', ''].join('\n');
    const prompts = questionsOf(note).map((q) => q.prompt);
    expect(prompts).toContain('What is the downside of emptyDir volume?');
    expect(prompts.filter((p) => /Explain: Downside/i.test(p))).toEqual([]);
  });

  it('reads a short definition that stops at a comma on to the end of its sentence, and still turns down a clause cut there', () => {
    const note = ['## 内存子系统', '', 'memory.soft_limit_in_bytes：内存紧张时回收到的目标值，', '超过它的进程组会先被回收内存。', '', 'memory.max_usage_in_bytes：记录进程组用过的内存峰值，', '可以写入 0 把它清零。', '', '这个文件的作用也很简单：统计内存用量，', '不过很少有人去看它。', ''].join('\n');
    const details = Object.fromEntries(banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => [e.term, e.detail]) : [])));
    expect(details['memory.soft_limit_in_bytes']).toBe('内存紧张时回收到的目标值，超过它的进程组会先被回收内存。');
    expect(details['memory.max_usage_in_bytes']).toBe('记录进程组用过的内存峰值，可以写入 0 把它清零。');
    expect(Object.keys(details).filter((term) => term.startsWith('这个'))).toEqual([]);
  });

  it('takes the words of an abbreviation’s longer name as a give-away (`a single pod` for RWOP beside RWO and ROX)', () => {
    expect(givesAway('Allows a single pod access for read and write permissions.', 'RWOP', ['RWO', 'ROX'])).toBe(true);
    expect(givesAway('The newest of the modes, and the strictest one.', 'RWOP', ['RWO', 'ROX'])).toBe(false);
    const note = ['## Access modes', '', '- **RWO**: Mounted read-write by the containers of one machine.', '- **ROX**: Mounted read-only by the containers of many machines.', '- **RWOP**: Allows a single pod access for read and write permissions.', ''].join('\n');
    const asked = questionsOf(note).filter((q) => q.type === 'identify' && q.choices[q.answer as number] === 'RWOP');
    expect(asked).toEqual([]);
  });

  it('asks nothing of the app a course builds to practise on (`Node js project`, `project-notes.md`)', () => {
    const note = ['## Node js project', '', '1. Login API: checks a user name and hands out a token.', '2. Orders API: lists stored orders and stores new ones.', '3. Mail API: sends the receipt for each new order.', ''].join('\n');
    expect(questionsOf(note)).toEqual([]);
    const notes = ['## Services of the shop', '', '1. Login API: checks a user name and hands out a token.', '2. Orders API: lists stored orders and stores new ones.', '3. Mail API: sends the receipt for each new order.', ''].join('\n');
    expect(questionsOf(notes, 'week-3/project-notes.md')).toEqual([]);
    expect(questionsOf(notes, 'week-3/services.md').length).toBeGreaterThan(0);
  });

  it('takes 元信息 for the translation of metadata: no choice among fields says the name in Chinese', () => {
    const note = ['## Deployment 字段', '', '- .metadata：元信息，写明对象的名称、标签和命名空间', '- .spec.replicas：副本数，控制器据此维持 Pod 的数量', '- .spec.selector：标签选择器，决定哪些 Pod 归它管理', '- .spec.template：Pod 模板，新建 Pod 时按它来创建', ''].join('\n');
    const asked = questionsOf(note).filter((q) => (q.type === 'identify' || q.type === 'define') && q.prompt.includes('元信息'));
    expect(asked).toEqual([]);
  });
});

describe('round 207: asked how, a bulleted list gives ways, not steps', () => {
  it('asks no order and no steps of bullets under `如何…` or `How to…` that are neither numbered nor marked in turn', () => {
    const ways = ['## 如何获得一个镜像', '', '- 从远程仓库拉取镜像', '- 从镜像文件导入镜像', '- 用 docker build 根据 Dockerfile 构建镜像', ''].join('\n');
    expect(questionsOf(ways).filter((q) => q.type === 'order' || q.type === 'next' || q.prompt.includes('步骤'))).toEqual([]);
    const english = ['## How to get a shell in a container', '', '- Run kubectl exec with -it and the shell', '- Attach an ephemeral debug container with kubectl debug', '- Open a terminal from the dashboard', ''].join('\n');
    expect(questionsOf(english).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('still asks the order of numbered steps, of bullets marked in turn, and of bullets under 步骤', () => {
    const numbered = ['## 如何获得一个镜像', '', '1. 编写 Dockerfile', '2. 执行 docker build 构建镜像', '3. 执行 docker push 推送到仓库', ''].join('\n');
    expect(questionsOf(numbered).some((q) => q.type === 'order')).toBe(true);
    const steps = ['## 构建镜像的步骤', '', '- 编写 Dockerfile', '- 执行 docker build 构建镜像', '- 执行 docker push 推送到仓库', ''].join('\n');
    expect(questionsOf(steps).some((q) => q.type === 'order')).toBe(true);
  });
});

describe('round 207: a one-word name said again', () => {
  it('asks no recall of a one-word name whose short line says it again (`Allow (default)`: …allows…)', () => {
    expect(explainsItself('Allow (default)', 'The cron job allows concurrently running jobs')).toBe(true);
    expect(explainsItself('Replace', 'A new run stops the one still going and takes its place, so two never overlap')).toBe(false);
    expect(explainsItself('namespaceSelector', 'allow traffic from/to a namespace')).toBe(false);
    const note = ['## Concurrency policy', '', '- `Allow` (default): The cron job allows concurrently running jobs', '- `Forbid`: A new run is skipped while the previous one is still going', '- `Replace`: A new run stops the one still going and takes its place', ''].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'recall' && q.prompt.includes('Allow'))).toEqual([]);
  });
});

describe('round 207: a lab told step by step', () => {
  const fence = (...lines: string[]) => ['```shell', ...lines, '```'];
  it('asks no recall of a question answered by three code blocks or more that outweigh the prose', () => {
    const lab = ['## Docker 是如何限制容器内存的', '', '首先启动一个容器并把内存限制为 512M。', '', ...fence('docker run -d -m 512m redis'), '', '然后进入内存子系统的目录', '', ...fence('# ls /sys/fs/cgroup/memory/docker', 'cgroup.procs', 'memory.limit_in_bytes', 'tasks'), '', '在 docker 目录下找到这个容器的目录，查看 memory.limit_in_bytes 的内容。', '', ...fence('# cat memory.limit_in_bytes', '536870912'), '', '可以看到限制值正好是 512M。', 'Docker 创建容器时，会在各个子系统下建立以容器 ID 命名的目录，再把启动参数里的限制写进对应的文件，从而限制容器能用的资源。', ''].join('\n');
    expect(questionsOf(lab).filter((q) => q.type === 'recall')).toEqual([]);
  });

  it('still asks one answered by three short commands and as much prose', () => {
    const short = ['## Docker 是如何运行一个镜像的', '', '先把镜像从仓库拉到本地，本地已有就不再拉取', '', ...fence('docker pull nginx'), '', '再用这个镜像创建并启动一个容器，它在后台运行', '', ...fence('docker run -d nginx'), '', '最后列出正在运行的容器，确认它已经起来了', '', ...fence('docker ps'), ''].join('\n');
    expect(questionsOf(short).some((q) => q.type === 'recall')).toBe(true);
  });
});

describe('round 207: the course talking, and how to answer', () => {
  it('leaves a closing aside about the course’s own doings out of a description', () => {
    const note = ['## Built-in namespaces', '', '- **default**: Where objects go when no namespace is named. (This is where we have been working so far).', '- **kube-system**: Where the cluster’s own components run.', '- **kube-public**: Readable by everyone, even without signing in.', ''].join('\n');
    const details = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.detail) : []));
    expect(details).toContain('Where objects go when no namespace is named.');
    const zh = ['## 内置命名空间', '', '- default：没有指定命名空间时对象所在的地方（前面我们用的就是它）', '- kube-system：集群自己的组件运行的地方', ''].join('\n');
    expect(banksOf(zh).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.detail) : []))).toContain('没有指定命名空间时对象所在的地方');
  });

  it('reads a field of an API table without its type (`service (string)` is `service`)', () => {
    const note = ['## gRPC check', '', '| Field | Description |', '| - | - |', '| `service` (string) | The name sent in the health check request; empty asks about the whole server. |', '| `port` (integer) | The port the gRPC server listens on, from 1 to 65535. |', '| `timeout` ([]string) | Made up for the test: a list of durations. |', ''].join('\n');
    const terms = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).toEqual(['service', 'port', 'timeout']);
  });

  it('asks nothing of an interview question whose answer only says what an answer should cover', () => {
    const note = ['## 面试题', '', '### 1. 发布的流程？', '回答详细点，怎么发起一次发布，中间经过哪些状态，怎么确认发布成功', '### 2. 为什么 Pod 的 IP 会变？', 'Pod 重建后由网络插件重新分配地址，旧的地址会被回收，所以要通过 Service 访问。', ''].join('\n');
    const prompts = questionsOf(note).map((q) => q.prompt);
    expect(prompts.filter((p) => p.includes('发布的流程'))).toEqual([]);
    expect(prompts.some((p) => p.includes('为什么 Pod 的 IP 会变'))).toBe(true);
  });
});

describe('round 208: letters that count the steps', () => {
  it('asks the steps without the letters the note counts them with (`（A）`, `（B）`…)', () => {
    const note = ['## 授权码流程', '', '- （A）用户打开客户端，客户端请求用户授权', '- （B）用户同意授权，认证服务器返回授权码', '- （C）客户端用授权码向认证服务器申请令牌', '- （D）认证服务器核对授权码，发放令牌', '- （E）客户端带着令牌向资源服务器请求资源', ''].join('\n');
    const steps = banksOf(note).flatMap((b) => (b.kind === 'steps' ? b.steps.map((x) => x.text) : []));
    expect(steps).toHaveLength(5);
    expect(steps.filter((text) => /^[(（]?[A-E][)）.]/.test(text))).toEqual([]);
    for (const q of questionsOf(note).filter((x) => x.type === 'next' || x.type === 'order')) expect(q.choices.join(' '), q.prompt).not.toMatch(/[(（][A-E][)）]/);
  });

  it('keeps a letter that is not a count (`A 记录` then `B 步骤` out of turn)', () => {
    const note = ['## 解析流程', '', '1. A 记录先被查询', '2. 再查询 CNAME 记录', '3. 最后返回结果给客户端', ''].join('\n');
    const steps = banksOf(note).flatMap((b) => (b.kind === 'steps' ? b.steps.map((x) => x.text) : []));
    expect(steps[0]).toBe('A 记录先被查询');
  });
});

describe('round 208: a blank that opens a sentence on its value', () => {
  it('blanks no `默认是____` under a section heading, and still under the setting’s own name', () => {
    const section = ['# 压缩工具', '', 'gzip<-->gunzip', 'gzip:/PATH/to/FILE；压缩完成后删除原文件', '    选项：-c：输出到屏幕', '          -#：1-9；默认是6', ''].join('\n');
    expect(questionsOf(section).filter((q) => q.type === 'cloze' && q.prompt.includes('默认是____'))).toEqual([]);
    const named = ['## cpu.shares', '', 'cpu.shares：用于设置进程组之间的相对权重', '', '默认是1024。', ''].join('\n');
    expect(questionsOf(named).some((q) => q.type === 'cloze' && q.prompt.includes('默认是____'))).toBe(true);
  });
});

describe('round 208: a typo as a distractor, and 简单 for simple', () => {
  it('offers no wrong choice that is a right one with two letters swapped (`~/.bsah_profile`)', () => {
    const note = ['## 用户级别的配置文件', '', '- `~/.bash_profile`：最常用的用户级配置文件', '- `~/.bash_login`：没有 ~/.bash_profile 时读它', '- `~/.profile`：前两个都没有时读它', '', '## 系统级别的配置文件', '', '- `/etc/profile`：所有用户登录时读取', '- `/etc/bashrc`：所有用户的 bash 读取', '- `~/.bsah_profile`：笔误写成的文件名', ''].join('\n');
    for (const q of questionsOf(note).filter((x) => x.type === 'member' || x.type === 'multi')) {
      const spelled = q.choices.filter((c) => c === '~/.bsah_profile' || c === '~/.bash_profile');
      expect(spelled.length, q.prompt).toBeLessThan(2);
    }
  });

  it('takes 简单 for the translation of simple (`简单查询` gives away SIMPLE)', () => {
    const note = ['## select_type', '', '- SIMPLE：简单查询，不包含 UNION 或者子查询', '- PRIMARY：最外层的查询', '- SUBQUERY：子查询中的第一个 SELECT', '- DERIVED：FROM 子句中的子查询', ''].join('\n');
    const asked = questionsOf(note).filter((q) => (q.type === 'identify' || q.type === 'define') && q.prompt.includes('简单') || q.subject === 'SIMPLE' && q.type === 'define');
    expect(asked).toEqual([]);
  });
});

describe('round 208: a procedure titled by its count of steps', () => {
  it('names a procedure called `三个步骤` or `3 steps` by the heading above it', () => {
    const zh = ['# Docker Compose', '', '## 用法', '', '**三个步骤：**', '', '1. 编写服务的 Dockerfile', '2. 编写项目的 docker-compose.yml', '3. 运行 docker-compose up 启动项目', ''].join('\n');
    const asked = questionsOf(zh).filter((q) => q.type === 'order');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toContain('Docker Compose');
    const en = ['# Helm', '', '## Releasing a chart', '', 'Three steps:', '', '1. Bump the chart version in Chart.yaml', '2. Package the chart with helm package', '3. Push the package to the chart repository', ''].join('\n');
    for (const q of questionsOf(en).filter((x) => x.type === 'order')) expect(q.prompt).not.toMatch(/"Three steps"/);
  });
});

describe('round 209: names that their descriptions translate', () => {
  it('takes 努力, 保证 and 尽量 for translations of effort, guarantee and prefer', () => {
    const qos = ['## QoS 类别', '', '- Guaranteed：必须保证，requests 和 limits 都设置且相等', '- Burstable：至少一个容器设置了 requests 或 limits', '- BestEffort：尽最大努力，没有设置任何 requests 和 limits', ''].join('\n');
    const taints = ['## 污点的效果', '', '- NoSchedule：不会把新的 Pod 调度到这个节点', '- PreferNoSchedule：尽量不把 Pod 调度到这个节点', '- NoExecute：不调度，并驱逐节点上已有的 Pod', ''].join('\n');
    const pointed = (q: Question) => (q.type === 'identify' || q.type === 'define') && /努力|必须保证|尽量/.test(q.type === 'identify' ? q.prompt : q.choices[q.answer as number] ?? '');
    expect(questionsOf(qos).filter(pointed)).toEqual([]);
    expect(questionsOf(taints).filter(pointed)).toEqual([]);
  });
});

describe('round 209: a dash after the colon, a label, the course pointing back, one name twice', () => {
  it('reads a description without the dash that parts it from its name again (`__ReadOnlyMany:__ - The volume…`)', () => {
    const note = ['## PVC properties', '', '- __ReadWriteOnce:__ - The volume can be mounted read-write by a single node.', '- __ReadOnlyMany:__ - The volume can be mounted read-only by many nodes.', '- __ReadWriteMany:__ - The volume can be mounted read-write by many nodes.', ''].join('\n');
    const details = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.detail) : []));
    expect(details).toContain('The volume can be mounted read-only by many nodes.');
    expect(details.filter((d) => d.startsWith('-'))).toEqual([]);
  });

  it('asks nothing of `关键：` as a name, nor an answer that opens `Like shown earlier`', () => {
    const label = ['## 路由反射器', '', '- 关键：反射器只参与控制平面，不转发数据包', '- 作用：减少节点之间的 BGP 连接数', ''].join('\n');
    expect(questionsOf(label).filter((q) => q.prompt.includes('关键'))).toEqual([]);
    const talk = ['## How do you list the API groups?', '', 'Like shown earlier, you can call the API server on port 6443 without a path and it lists the groups it serves.', ''].join('\n');
    expect(questionsOf(talk).filter((q) => q.type === 'recall')).toEqual([]);
  });

  it('asks no choice question that offers one name twice, in the singular and the plural (`Role`, `Roles`)', () => {
    const note = ['## Users and permissions', '', '- **Role**: a set of permissions inside one namespace', '- **RoleBindings**: grant those permissions to users', '- **ClusterRole**: a set of permissions across the cluster', '- **Roles**: what a user may do, listed by verb and resource', ''].join('\n');
    for (const q of questionsOf(note).filter((x) => x.choices.length > 0)) expect((q.choices as string[]).includes('Role') && (q.choices as string[]).includes('Roles'), q.prompt).toBe(false);
  });
});

describe('round 209: a three-part name spelled out, and a label cut from its example', () => {
  it('asks no recall of a three-part name whose line spells its parts out (`ReadOnlyMany`), and still of one that says more', () => {
    expect(explainsItself('ReadOnlyMany', 'the volume can be mounted as read-only by many nodes.')).toBe(true);
    expect(explainsItself('ReadWriteOnce', 'the volume can be mounted as read-write by a single node.')).toBe(false);
  });

  it('offers no `例` as a member among names', () => {
    const member = (choices: string[]): Question =>
      ({ id: 'm', type: 'member', prompt: '哪一项属于「Deployment」？', choices, answer: 0, bank: 'b', subject: 'Deployment', topic: ['基本概念'], source: { file: 't.md', line: 1 } }) as unknown as Question;
    expect(gateQuestion(member(['副本控制', '数据存储位置', '例']))).toBe('debris');
    expect(gateQuestion(member(['副本控制', '数据存储位置', '稳定的网络标识']))).not.toBe('debris');
  });
});

describe('round 210: a question number glued to the question', () => {
  it('asks `为什么要用 Kubernetes?` without the `3` the note glued to it', () => {
    const note = ['## 3为什么要用 Kubernetes?', '', '单个容器解决了打包和分发，但成百上千个容器的调度、扩缩容、自愈和服务发现需要一个编排系统来做。', ''].join('\n');
    const prompts = questionsOf(note).filter((q) => q.type === 'recall').map((q) => q.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    for (const p of prompts) expect(p.startsWith('3')).toBe(false);
  });
});

describe('round 210: a step told with an aside', () => {
  it('takes no `用户请求到某个节点（…）` for a name and its gloss, and still `节点端口（NodePort）`', () => {
    const note = ['## NodePort', '', '节点端口（NodePort）', '', '用户请求到某个节点（k8s 不参与选节点，由客户端或外部负载均衡器决定）', '', '得到网关的入口 IP（由控制器创建的 LB 或 VIP）', ''].join('\n');
    const terms = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms.filter((t) => t.includes('到'))).toEqual([]);
    expect(terms).toContain('节点端口');
  });
});

describe('round 211: a procedure named by a note called for it', () => {
  const note = [
    '## 介绍',
    '手工为每个节点签发证书太麻烦，所以用 TLS Bootstrapping 让 kubelet 自己申请证书。',
    '### 配置思路',
    '1. 生成 bootstrap 用的 kubeconfig 文件',
    '2. 创建 TLS Bootstrapping 需要的 RBAC 规则和 token',
    '3. 在 kubelet 的启动参数里指定这个 kubeconfig 文件',
    '',
  ].join('\n');

  it('asks `TLS Bootstrapping › 配置思路`, its name taken from `08_配置TLS_Bootstrapping.md`, not `配置思路` alone', () => {
    const steps = questionsOf(note, 'install/08_配置TLS_Bootstrapping.md').filter((q) => q.type === 'order' || q.type === 'recall');
    expect(steps.length).toBeGreaterThan(0);
    for (const q of steps) expect(q.prompt).toContain('「TLS Bootstrapping › 配置思路」');
    for (const q of steps) expect(q.topic[0]).toBe('TLS Bootstrapping');
  });

  it('takes no name from a file named in English words alone (`Network Policy.md`) or in Chinese alone', () => {
    for (const file of ['Network Policy.md', '配置思路.md']) {
      const banks = banksOf(note.replace(/TLS Bootstrapping/g, 'Network Policy'), file);
      expect(banks.every((b) => b.about === undefined)).toBe(true);
    }
  });
});

describe('round 211: points of an explanation numbered like steps', () => {
  it('asks no order of `如何实现一致性` whose points say `虽然…` and `…的关键在于…`', () => {
    const note = [
      '## Etcd 如何实现一致性的？',
      '',
      '1. raft 为选主和日志复制分别设计机制，虽然通用性差一些，但更容易理解和实现。',
      '2. raft 的选主只为自己服务，理解选主的关键在于理解任期和超时。',
      '3. 理解 Etcd 数据同步的关键在于理解 raft 的日志复制。',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    expect(banksOf(note).filter((b) => b.kind === 'steps')).toEqual([]);
  });
});

describe('round 211: a link that only points at more reading', () => {
  it('leaves `，[文档][ref]` and `，[文档](url)` out of a step', () => {
    const note = ['## 安装步骤', '', '1. 设置软件源', '1. 把 Docker 的存储驱动改为 overlay2，[文档][ov]', '1. 配置镜像加速，[文档](https://example.com/mirror)', '', '[ov]: https://example.com/overlay2', ''].join('\n');
    const steps = banksOf(note).flatMap((b) => (b.kind === 'steps' ? b.steps.map((s) => s.text) : []));
    expect(steps).toEqual(['设置软件源', '把 Docker 的存储驱动改为 overlay2', '配置镜像加速']);
  });

  it('keeps a link whose words say something (`参考 [Get Docker CE][ce]`)', () => {
    const note = ['## 安装步骤', '', '1. 设置软件源', '1. 安装 docker-ce，参考 [Get Docker CE][ce]', '', '[ce]: https://example.com/ce', ''].join('\n');
    const steps = banksOf(note).flatMap((b) => (b.kind === 'steps' ? b.steps.map((s) => s.text) : []));
    expect(steps[1]).toBe('安装 docker-ce，参考 Get Docker CE');
  });
});

describe('round 211: the problems a tool solves', () => {
  it('asks no `Explain: Application Updates` under `Problem Helm Solves`', () => {
    const note = [
      '## Problem Helm Solves',
      '',
      '- **Application Updates**: Helm makes updating an application one command, and a bad release can be rolled back just as easily.',
      '- **Managing Dependencies**: Helm lets a chart declare the charts it needs, so related services are installed together.',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'recall' && /Application Updates|Managing Dependencies/.test(q.prompt))).toEqual([]);
  });
});

describe('round 211: a step pasted twice', () => {
  it('asks no order when one step ends with the whole of the next', () => {
    const note = [
      '## Ingress creation process',
      '',
      '1. The controller watches Ingress events from the API server and starts creating AWS resources. An ALB is created for the Ingress resource.',
      '2. An ALB is created for the Ingress resource.',
      '3. Target groups are created for each backend of the Ingress.',
      '4. Listeners are created for every port the Ingress annotates.',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });
});

describe('round 211: a sentence whose subject is the bold line above it', () => {
  it('blanks nothing in `Handles Layer 4 networking.`, and still in a sentence that has its subject', () => {
    const note = [
      '- Envoy: the proxy that carries the mesh traffic',
      '- Istiod: the control plane that configures every proxy',
      '',
      '**Ztunnel**',
      '',
      'Handles **Layer 4 networking**.',
      '',
      'Waypoint proxies handle Layer 7 traffic for one namespace, and each runs 2 replicas by default.',
      '',
    ].join('\n');
    const clozes = questionsOf(note, 'istio.md').filter((q) => q.type === 'cloze');
    expect(clozes.filter((q) => q.prompt.includes('Handles'))).toEqual([]);
    const facts = banksOf(note, 'istio.md').flatMap((b) => (b.kind === 'terms' ? (b.facts ?? []).map((f) => f.text) : []));
    expect(facts.some((f) => f.startsWith('Waypoint proxies'))).toBe(true);
  });
});

describe('round 211: one side of a mapping', () => {
  it('takes no `Ingress Controller → Engine (makes it happen)` for a name and its gloss', () => {
    const note = ['## Summary', '', '- **Ingress** → Rules (what should happen)', '- **Ingress Controller** → Engine (makes it happen)', '- **Service** → Stable endpoint (one address for changing Pods)', ''].join('\n');
    const terms = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms.filter((t) => /→/.test(t))).toEqual([]);
  });
});

describe('round 212: an abbreviation described by the words it stands for first', () => {
  const note = ['## 几个术语', '', '- CNI: Container Network Interface，容器网络接口的标准，Calico 和 Flannel 都实现了它', '- IPAM: IP address management，给容器分配 IP 地址的插件，如 host-local', '- OCI: Open Container Initiative，制定镜像格式和运行时规范的组织', ''].join('\n');

  it('takes the words as its expansion, asked typed, and keeps them out of the description', () => {
    const entries = banksOf(note).flatMap((b) => (b.kind === 'terms' ? b.entries : []));
    const ipam = entries.find((e) => e.term === 'IPAM');
    expect(ipam?.aliases).toContain('IP address management');
    expect(ipam?.detail).toBe('给容器分配 IP 地址的插件，如 host-local');
    const typed = questionsOf(note).filter((q) => q.type === 'typed' && q.subject === 'IPAM');
    expect(typed.length).toBeGreaterThan(0);
    for (const q of questionsOf(note).filter((q) => q.type === 'define' || q.type === 'identify')) expect(shownText(q)).not.toMatch(/IP address management|Container Network Interface/);
  });

  it('keeps a description whose first words do not spell the name (`CNI: Calico Flannel，…`)', () => {
    const entries = banksOf(['## 几个术语', '', '- CNI: Calico Flannel，两个常见的网络插件实现', '- CSI: Ceph RBD，常见的块存储插件', ''].join('\n')).flatMap((b) => (b.kind === 'terms' ? b.entries : []));
    expect(entries.find((e) => e.term === 'CNI')?.detail).toBe('Calico Flannel，两个常见的网络插件实现');
  });
});

describe('round 212: Chinese words that translate a policy name', () => {
  it('asks no choice of `OnFailure` described as `只在容器异常时…`, nor of `Always` as `在任何情况下…`', () => {
    const note = ['## 重启策略', '', '- Always：在任何情况下，只要容器不在运行状态，就自动重启容器', '- OnFailure：只在容器异常时才自动重启容器', '- Never：从来不重启容器', ''].join('\n');
    const choice = questionsOf(note).filter((q) => q.type === 'define' || q.type === 'identify');
    expect(choice.filter((q) => /OnFailure|Always/.test(q.prompt) || /异常|任何情况/.test(q.prompt))).toEqual([]);
  });
});

describe("round 212: the note's own numbering and timeline", () => {
  it('asks no `容器日志收集方案1`, no blank under `改进2`, and no month of a timeline', () => {
    const note = [
      '## 监控和日志',
      '',
      '- 容器日志收集方案1：在每个节点用 DaemonSet 部署日志代理，把日志发到后端',
      '- 容器日志收集方案2：应用写文件时，加一个 sidecar 容器把文件转到标准输出',
      '- 改进2：给 kubelet 的监控指标加上采集（默认端口 10250）',
      '',
      '## 发展历程',
      '',
      '- 2014年6月：谷歌宣布 Kubernetes 开源',
      '- 2015年7月：Kubernetes v1.0 正式发布，同时成立 CNCF 基金会',
      '- 2016年3月：Kubernetes 加入 CNCF，成为它托管的第一个项目',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.filter((q) => /方案\d|改进\d|\d{4}年\d+月/.test(q.prompt) || q.choices.some((c) => /^\d{4}年\d+月$/.test(c)))).toEqual([]);
  });
});

describe('round 212: a label and a scrap of a manifest', () => {
  it('asks no `注意重點（ADD）`, and takes no `OnFailure #…` for a description', () => {
    const note = [
      '## ADD',
      '',
      '- 注意重點：目標地址以 / 結尾時，Docker 會把它當作目錄，把檔案複製到裡面',
      '- src：要複製的來源路徑，可以是本地檔案或網址',
      '- dest：容器內的目標路徑，不存在時會自動建立',
      '',
      '## job 资源',
      '',
      '- spec.completions: 4 #顺序执行4个pod',
      '- spec.parallelism: 2 #最多并行2个pod',
      '- template.spec.restartPolicy: OnFailure #设置为Never则失败了就不管',
      '',
    ].join('\n');
    const asked = questionsOf(note);
    expect(asked.filter((q) => /注意重[点點]/.test(q.prompt))).toEqual([]);
    expect(asked.filter((q) => /#\S/.test(shownText(q)))).toEqual([]);
  });
});

describe('round 213: what a lab teaches, and what a user is spared', () => {
  it('asks no order of `This exercise demonstrates how to:` over what it covers', () => {
    const note = [
      '# Pod selector examples',
      '',
      '## Summary',
      '',
      'This exercise demonstrates how to:',
      '',
      '1. Use label selectors to filter and count Pods',
      '2. Find the objects that match several labels at once',
      '3. Fix a ReplicaSet whose selector does not match its template',
      '',
    ].join('\n');
    expect(questionsOf(note).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
  });

  it('asks no order whose last step is what the user need not do (`Users don’t need to…`), and still one whose step says `而无需…` within it', () => {
    const spared = ['## How namespace auto-provisioning works', '', '1. **Intercepts requests**: catches a request to a namespace that does not exist', '2. **Creates the namespace**: makes it before the request goes on', "3. **Seamless experience**: users don't need to create namespaces by hand", ''].join('\n');
    expect(questionsOf(spared).filter((q) => q.type === 'order' || q.type === 'next')).toEqual([]);
    const within = ['## Deployment 工作流程', '', '1. 创建 Deployment 对象，由它自动生成 ReplicaSet 并管理 Pod，而无需手动创建 ReplicaSet', '2. 检查 Deployment 的状态，确认 Pod 已按副本数运行', '3. 扩容 Deployment，把副本数从 2 改为 4 以应对流量', ''].join('\n');
    expect(questionsOf(within).filter((q) => q.type === 'order').length).toBeGreaterThan(0);
  });
});

describe('round 213: Chinese words that translate a setting name', () => {
  it('asks no choice of `booleanParam` described as `布尔类型…`, `password` as `密码类型…`, nor `disableConcurrentBuilds` as `禁止并发执行…`', () => {
    const note = [
      '# Jenkins 流水线语法',
      '',
      '## Parameters（参数化构建）',
      '',
      '| 参数类型 | 说明 |',
      '| --- | --- |',
      '| string | 字符串类型的参数，可以给一个默认值 |',
      '| booleanParam | 布尔类型，只接受 true 或 false |',
      '| choice | 从一组给定的选项里选一个值 |',
      '| password | 密码类型，输入的内容在界面上被遮住 |',
      '',
      '## Options（行为配置）',
      '',
      '| 配置项 | 说明 |',
      '| --- | --- |',
      '| timeout | 设置流水线运行的最长时间，超时后自动中止 |',
      '| disableConcurrentBuilds | 禁止并发执行，同一时间只运行一个构建 |',
      '| retry | 失败后按给定次数重新运行整条流水线 |',
      '| buildDiscarder | 丢弃旧的构建记录，只保留最近的若干次 |',
      '',
    ].join('\n');
    const choice = questionsOf(note).filter((q) => q.type === 'define' || q.type === 'identify');
    expect(choice.length).toBeGreaterThan(0);
    const givenAway = /booleanParam|disableConcurrentBuilds|password|string|buildDiscarder|布尔类型|禁止并发|密码类型|字符串类型|丢弃旧的/;
    expect(choice.filter((q) => givenAway.test(q.prompt))).toEqual([]);
  });
});

describe("round 213: the note's own scenario and its words going on", () => {
  it('asks nothing of `局域网M`, `machine B`, `可以看到` or `背景问题`', () => {
    const note = [
      '## 内网穿透场景',
      '',
      '- 局域网M：有一台机器A，Linux 系统，能访问公网但没有公网 IP',
      '- 局域网N：有一台机器C，Linux 系统，能访问公网但没有公网 IP',
      '- 公网服务器：有固定的公网 IP，两边的机器都能连上它',
      '',
      '## Tunnel scenario',
      '',
      '- machine B: a Linux box inside the office network, reachable only through the jump host',
      '- jump host: the one server with a public address that both sides can reach',
      '',
      '## 更新升级',
      '',
      '- 可以看到：新的 ReplicaSet 逐个创建 Pod，旧的 ReplicaSet 逐个缩容',
      '- 背景问题：直接管理 Pod 时，升级和回滚都要手工一个个替换',
      '- maxSurge：滚动升级时最多可以比期望副本数多出来的 Pod 数量',
      '',
    ].join('\n');
    const asked = questionsOf(note).map((q) => [q.prompt, ...q.choices].join('\n'));
    for (const label of ['局域网M', '局域网N', 'machine B', '可以看到', '背景问题']) expect(asked.filter((t) => t.includes(label))).toEqual([]);
  });
});
