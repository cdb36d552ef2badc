import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/notes/parse.js';
import { buildOutline } from '../../src/core/notes/outline.js';
import type { OutlineBlock, OutlineList, OutlineSection, TermsBank } from '../../src/core/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(path.join(here, '../fixtures', name), 'utf8');

function blocksOf<T extends OutlineBlock['type']>(sections: OutlineSection[], type: T): Extract<OutlineBlock, { type: T }>[] {
  return sections.flatMap((s) => s.blocks).filter((b): b is Extract<OutlineBlock, { type: T }> => b.type === type);
}

/** The 1-based line of the first line in `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`fixture has no line with ${needle}`);
  return index + 1;
}

describe('outline of a note with front matter', () => {
  const text = fixture('loader-outline/markup.md');
  const { note, banks } = parseNote('markup.md', text);
  const sections = note.outline.sections;

  it('numbers headings from the top of the file, past the front matter', () => {
    expect(sections.map((s) => [s.path.join(' > '), s.line])).toEqual([
      ['标题一', lineOf(text, '# 标题一')],
      ['标题一 > 标题二', lineOf(text, '## 标题二')],
    ]);
  });

  it('numbers every line of a paragraph', () => {
    const paragraph = blocksOf(sections, 'paragraph')[0];
    expect(paragraph?.lines.map((l) => [l.text, l.line])).toEqual([
      ['第一段的第一行', lineOf(text, '第一段的第一行')],
      ['第一段的第二行', lineOf(text, '第一段的第二行')],
    ]);
  });

  it('numbers list items and nested items', () => {
    const list = blocksOf(sections, 'list')[0] as OutlineList;
    expect(list.line).toBe(lineOf(text, '列表项 A'));
    expect(list.items.map((i) => [i.text.text, i.text.line])).toEqual([
      ['列表项 A: 说明 A', lineOf(text, '列表项 A')],
      ['列表项 B: 说明 B', lineOf(text, '列表项 B')],
    ]);
    const nested = list.items[0]?.children[0];
    expect(nested?.items.map((i) => [i.text.text, i.text.line])).toEqual([
      ['嵌套项 A1: 说明 A1', lineOf(text, '嵌套项 A1')],
      ['嵌套项 A2: 说明 A2', lineOf(text, '嵌套项 A2')],
    ]);
  });

  it('keeps code fences as code, out of terms', () => {
    const code = blocksOf(sections, 'code')[0];
    expect(code?.lang).toBe('yaml');
    expect(code?.text).toContain('secret: 不该进入术语\nkey: value');
    const terms = banks.flatMap((b) => (b.kind === 'terms' ? b.entries.map((e) => e.term) : []));
    expect(terms).not.toContain('secret');
    expect(terms).not.toContain('key');
  });

  it('removes images, links, emphasis, inline code marks and HTML comments', () => {
    const bank = banks.find((b): b is TermsBank => b.kind === 'terms' && b.title === '标题二');
    expect(bank?.entries.map((e) => [e.term, e.detail])).toEqual([
      ['Image项', '图片后面的说明'],
      ['Link项', '链接里的文字留下'],
      ['强调项', '强调符号去掉'],
      ['code项', '行内代码保留文字'],
    ]);
    const everything = JSON.stringify(note.outline) + JSON.stringify(banks);
    for (const leaked of ['arch.png', '架构图', 'https://example.com', '注释不留', '隐藏项', '<!--', '**', '`']) {
      expect(everything).not.toContain(leaked);
    }
  });

  it('reads <details><summary> blocks with exact lines', () => {
    const details = blocksOf(sections, 'details')[0];
    expect(details?.summary).toMatchObject({ text: '折叠的问题？', line: lineOf(text, '<summary>') });
    expect(details?.lines.map((l) => [l.text, l.line])).toEqual([
      ['折叠里的第一行答案', lineOf(text, '折叠里的第一行答案')],
      ['折叠里的第二行答案', lineOf(text, '折叠里的第二行答案')],
    ]);
    // Nothing of the block leaks into a paragraph after it.
    const paragraphs = blocksOf(sections, 'paragraph').flatMap((p) => p.lines.map((l) => l.text));
    expect(paragraphs.some((t) => t.includes('折叠'))).toBe(false);
  });

  it('keeps reading after a details block', () => {
    const quote = blocksOf(sections, 'quote')[0];
    expect(quote?.lines).toEqual([{ text: '引用里的一行', bold: [], line: lineOf(text, '> 引用里的一行') }]);
  });
});

describe('outline details', () => {
  it('reads a one-line details block and what follows it', () => {
    const body = 'intro\n\n<details><summary>Why?</summary>Because.</details>\n\n- after: yes\n';
    const outline = buildOutline('x.md', body, 10);
    const details = blocksOf(outline.sections, 'details')[0];
    expect(details).toMatchObject({ summary: { text: 'Why?', line: 12 }, lines: [{ text: 'Because.', line: 12 }] });
    const list = blocksOf(outline.sections, 'list')[0];
    expect(list?.items[0]?.text).toMatchObject({ text: 'after: yes', line: 14 });
  });

  it('survives a details block that never closes', () => {
    const outline = buildOutline('x.md', '<details>\n<summary>Q</summary>\nanswer\n', 1);
    expect(blocksOf(outline.sections, 'details')[0]).toMatchObject({ summary: { text: 'Q', line: 2 }, lines: [{ text: 'answer', line: 3 }] });
  });

  it('numbers tab-indented nested items (marked expands their tabs)', () => {
    const outline = buildOutline('x.md', '-\tkubelet: 节点代理\n\t-\tLiveness Probe: 存活\n\t-\tReadiness Probe: 就绪\n-\tkube-proxy: 转发\n', 3);
    const list = blocksOf(outline.sections, 'list')[0] as OutlineList;
    expect(list.items.map((i) => i.text.line)).toEqual([3, 6]);
    expect(list.items[0]?.children[0]?.items.map((i) => [i.text.text, i.text.line])).toEqual([
      ['Liveness Probe: 存活', 4],
      ['Readiness Probe: 就绪', 5],
    ]);
  });

  it('does not confuse a nested item with a later item of the same text', () => {
    const outline = buildOutline('x.md', '- a\n  - b\n- b\n  - a\n', 1);
    const list = blocksOf(outline.sections, 'list')[0] as OutlineList;
    expect(list.items.map((i) => [i.text.text, i.text.line])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(list.items[1]?.children[0]?.items[0]?.text.line).toBe(4);
  });

  it('keeps counting lines right after a paragraph marked rewrites (a line indented like code inside it)', () => {
    // A manifest pasted without its fence: marked adds a blank line inside the paragraph's raw, so
    // the raw is not in the note; the `---` after it must still be found where it is, not further down.
    const body = ['  template:', '          value: "v1.0"', '---', '', '- Liveness: restarts a container that stops answering', '- Readiness: takes a Pod out of its Services until it answers', '', '---', '', 'Probes run on the kubelet.', ''].join('\n');
    const outline = buildOutline('x.md', body, 1);
    const list = blocksOf(outline.sections, 'list')[0] as OutlineList;
    expect(list.items.map((i) => [i.text.text.split(':')[0], i.text.line])).toEqual([
      ['Liveness', 5],
      ['Readiness', 6],
    ]);
    expect(blocksOf(outline.sections, 'paragraph').at(-1)?.line).toBe(10);
  });

  // How fast is bench/loader.mjs's business (a ratio against marked's lexer in the same run);
  // a test holds only what it reads, so a busy machine cannot fail it.
  it('reads a large note whole', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `## 节${i}\n\n- term${i}: 说明${i}\n\t- child${i}: 子项\n\n段落${i}：文字\n`).join('\n');
    const { banks } = parseNote('big.md', text);
    expect(banks.length).toBeGreaterThanOrEqual(6000);
    expect(banks.at(-1)?.path).toEqual(['节2999']);
  });

  it('records bold spans', () => {
    const outline = buildOutline('x.md', '**kubelet** 运行在每个节点上\n', 1);
    expect(blocksOf(outline.sections, 'paragraph')[0]?.lines[0]).toEqual({ text: 'kubelet 运行在每个节点上', bold: ['kubelet'], line: 1 });
  });

  it('gives ordered lists their kind', () => {
    const outline = buildOutline('x.md', '1. one\n2. two\n\n- a\n- b\n', 5);
    expect(blocksOf(outline.sections, 'list').map((l) => [l.ordered, l.line])).toEqual([
      [true, 5],
      [false, 8],
    ]);
  });
});

describe('a heading that shows a web address', () => {
  it('is no topic of what is under it: the bank takes the note name or the heading above instead', () => {
    const note = [
      '### 参考：https://example.com/blog/article/12345',
      '',
      'git clean 会删掉工作区里没有被跟踪的文件。',
      '',
      '- n：只列出会被删除的文件',
      '- f：真的执行删除',
      '- d：连目录一起删除',
      '',
      '## Dashboard',
      '',
      '### Kubernetes master is running at https://localhost:6443',
      '',
      '- kubectl: the command line tool that talks to the API server',
      '- Helm: the package manager that installs charts',
      '- k9s: a terminal UI that watches the cluster',
    ].join('\n');
    const { banks } = parseNote('notes/git-clean.md', note);
    const terms = banks.filter((b): b is TermsBank => b.kind === 'terms');
    expect(terms.length).toBe(2);
    for (const bank of terms) {
      expect([bank.title, ...bank.path].join(' ')).not.toMatch(/https?:/);
    }
    expect(terms.map((b) => b.title)).toEqual(['git-clean', 'Dashboard']);
  });
});

describe('a heading that leads into what follows', () => {
  it('names it without its pointer words (如下, as follows)', () => {
    const note = ['# Envoy', '', '#### 配置的整体结构如下：', '', '- admin：管理接口的监听地址和日志', '- static_resources：静态给出的监听器和集群', '- dynamic_resources：通过 xDS 拿到的配置', '', '## The layers are as follows', '', '- L4: moves bytes between two sockets', '- L7: reads HTTP and routes by path', ''].join('\n');
    const sections = buildOutline('t.md', note, 1).sections;
    expect(sections.map((s) => s.path.at(-1)).filter(Boolean)).toEqual(['Envoy', '配置的整体结构', 'The layers are']);
  });
});

describe("a lead-in's last word", () => {
  it('is dropped when it only leads in (为, 是, 有), never when it ends a word (行为, 所有)', () => {
    const titles = (note: string): string[] => parseNote('notes/t.md', note).banks.map((b) => b.title);
    const list = '\n\n- `ClusterIP`：只在集群内部可以访问，这是默认类型\n- `NodePort`：在每个节点的同一个端口上对外暴露\n- `LoadBalancer`：由云厂商的负载均衡器对外暴露\n';
    expect(titles(`## Service\n\n\`Type\` 的取值以及行为如下：${list}`)).toEqual(['Type 的取值以及行为']);
    expect(titles(`## Service\n\nService 的类型有：${list}`)).toEqual(['Service 的类型']);
  });
});

describe('a heading that says where its part sits in a picture', () => {
  it('drops (Left Side), （左图） from the heading, which no question can show', () => {
    const { note } = parseNote('t.md', ['# Pod creation', '', '## Imperative Approach (Left Side)', '', 'Run kubectl run nginx.', '', '## 控制平面（左图）', '', '组件在这里。', '', '## Node (worker)', '', 'x', ''].join('\n'));
    expect(note.outline.sections.map((s) => s.path.at(-1))).toEqual(['Pod creation', 'Imperative Approach', '控制平面', 'Node (worker)']);
  });

  it("drops where a set of notes files a page from its title: PRG-01, 第三部分：, (共 7 题)", () => {
    const { note } = parseNote('notes/PRG-01 Python for DevOps.md', ['## 第三部分：运维与部署 (共 7 题)', '', 'x', '', '## K8S-02 Pods', '', 'y', '', '## CVE-2024 notes', '', 'z', ''].join('\n'));
    expect(note.title).toBe('Python for DevOps');
    expect(note.outline.sections.map((s) => s.path.at(-1))).toEqual(['运维与部署', 'Pods', 'CVE-2024 notes']);
  });

  it('drops the permalink a heading copied from a web page carries ([¶](https://…#_1))', () => {
    const { note } = parseNote('t.md', ['# 介绍[¶](https://book.example/envoy/#_1)', '', 'x', '', '## 1. 配置[¶](https://book.example/envoy/start/#1)', '', 'y', '', '## Listeners [#](https://docs.example/#listeners)', '', 'z', '', '## C# [notes](https://docs.example/csharp)', '', 'w', ''].join('\n'));
    expect(note.outline.sections.map((s) => s.path.at(-1))).toEqual(['介绍', '1. 配置', 'Listeners', 'C# notes']);
  });
});

describe('code pasted without its fence', () => {
  const paths = (body: string): string[] => buildOutline('x.md', body, 1).sections.map((s) => s.path.join(' > '));
  const codes = (body: string): string[] => blocksOf(buildOutline('x.md', body, 1).sections, 'code').map((b) => b.text);

  it('reads a `#` comment right over a Dockerfile instruction or a command as the code’s, not as a heading', () => {
    const body = ['## Multi-stage builds', '', 'Two stages:', '', '# Stage 2: Final image', 'FROM nginx:alpine', 'COPY --from=build /app /usr/share/nginx/html', '', '# View API versions', 'kubectl api-versions', ''].join('\n');
    expect(paths(body)).toEqual(['Multi-stage builds']);
    expect(codes(body)).toEqual(['# Stage 2: Final image\nFROM nginx:alpine\nCOPY --from=build /app /usr/share/nginx/html', '# View API versions\nkubectl api-versions']);
  });

  it('reads a run of `#` lines holding a commented-out setting as comments', () => {
    expect(paths(['## Memory', '', '# how many keys to sample', '# maxmemory-samples 5', '', 'text', ''].join('\n'))).toEqual(['Memory']);
  });

  it('keeps a heading over prose, one with a blank line under it, and a numbered exercise over its script', () => {
    expect(paths('# Pods\nA Pod is the smallest unit.\n')).toEqual(['Pods']);
    expect(paths('# Setup\n\nkubectl apply -f pod.yaml\n')).toEqual(['Setup']);
    expect(paths('# 19、写一个防火墙配置脚本\niptables -F\n')).toEqual(['19、写一个防火墙配置脚本']);
    expect(paths('## Step 1\nkubectl apply -f pod.yaml\n')).toEqual(['Step 1']);
  });

  it('reads a `#` comment over any command line the project knows as a command (`kubectl get pods`) as the code’s', () => {
    const body = ['## Pods', '', 'Listing them:', '', '# List the pods', 'kubectl get pods', ''].join('\n');
    expect(paths(body)).toEqual(['Pods']);
    expect(codes(body)).toEqual(['# List the pods\nkubectl get pods']);
  });

  it('reads a config file saved as a note as no notes at all, and says so once', () => {
    const settings = ['# the address to listen on', 'bind 127.0.0.1', '', '#the port', 'port 6379', '', '#空闲多久断开，0 表示不断开', 'timeout 0', '', '# run in the background', 'daemonize yes', '', '#日志文件', 'logfile /var/log/redis.log', ''];
    const warnings: [number, string][] = [];
    const outline = buildOutline('redis.md', settings.join('\n'), 3, (line, message) => warnings.push([line, message]));
    expect(outline.sections).toEqual([]);
    expect(warnings).toEqual([[3, expect.stringContaining('configuration file')]]);
    // The same comments and settings in a note that is mostly notes: only they become code.
    const notes = [...settings.slice(0, 6), ...Array.from({ length: 6 }, (_, n) => [`## Topic ${n}`, '', `- Term${n}: what it does`, '', `Some prose about topic ${n}.`, '']).flat()].join('\n');
    const mixed = buildOutline('notes.md', notes, 1);
    expect(mixed.sections.map((s) => s.path.join(' > '))).toContain('Topic 5');
    expect(blocksOf(mixed.sections, 'code').map((b) => b.text)).toEqual(['# the address to listen on\nbind 127.0.0.1', '#the port\nport 6379']);
  });
});

describe('a heading typed without the space after its marks', () => {
  it('is a heading (`####rewrite`), but not inside a fence nor with one `#`', () => {
    const body = ['####rewrite', '只能放在 server、location、if 中。', '##### flag', '- last: 不再执行同级 rewrite', '', '```bash', '##not-a-heading', '```', '', '#tag', ''].join('\n');
    const outline = buildOutline('nginx.md', body, 1);
    expect(outline.sections.map((s) => [s.path.join(' > '), s.line])).toEqual([
      ['rewrite', 1],
      ['rewrite > flag', 3],
    ]);
    expect(blocksOf(outline.sections, 'code').map((b) => b.text)).toEqual(['##not-a-heading']);
    expect(blocksOf(outline.sections, 'paragraph').flatMap((b) => b.lines.map((l) => l.text))).toEqual(['只能放在 server、location、if 中。', '#tag']);
  });
});
