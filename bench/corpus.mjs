// A deterministic corpus of study notes in the style the loader is built for (front matter,
// Chinese and English headings, `term：detail` lists, acronyms, nested bullets, numbered steps,
// question headings, paragraphs, a code fence). All filler text is made up here from small
// word pools, so the corpus is free to ship and the same seed always gives the same bytes.

import { rng } from './lib.mjs';

const EN_WORDS = (
  'cache proxy shard queue router ledger beacon gateway volume lease quota probe sidecar daemon ' +
  'bucket token index cursor replica snapshot mirror bridge tunnel socket filter buffer pipeline ' +
  'watcher broker anchor relay vault cluster worker agent signal batch window budget fence marker'
).split(' ');
const EN_FILL = (
  'the a each every node pod request keeps tracks writes reads sends stores checks retries after ' +
  'before until when state value spec status field update event timeout limit default with and or ' +
  'is are only never always from into through between over per second minute local remote'
).split(' ');
const ZH_SUBJECTS = ['控制平面', '工作节点', '调度器', '容器运行时', '服务网格', '存储插件', '网络插件', '准入控制器', '副本控制器', '镜像仓库'];
const ZH_VERBS = ['负责', '定期检查', '异步同步', '按需创建', '持续监听', '批量回收', '重新分配', '优先处理', '统一管理', '记录'];
const ZH_OBJECTS = ['集群状态', '网络规则', '资源配额', '镜像缓存', '证书轮换', '日志输出', '副本数量', '节点心跳', '存储卷', '访问策略'];
const ZH_TAILS = ['，失败时自动重试', '，并把结果写回 etcd', '，保证最终一致', '，默认每 10 秒一次', '，超时后放弃', '', '', ''];
const ZH_NOUNS = ['调度', '节点', '容器', '网络', '存储', '副本', '镜像', '探针', '配额', '租约', '缓存', '代理', '队列', '日志', '证书', '密钥', '端口', '路由', '策略', '事件', '指标', '快照', '服务', '负载'];
const ZH_SUFFIX = ['控制器', '插件', '模式', '类型', '机制', '组件', '对象', '阶段'];
const TAGS = ['面试', '后端', 'kubernetes', 'docker', '运维', 'SRE', '网络', '存储'];
const KINDS = ['Deployment', 'Service', 'ConfigMap', 'StatefulSet', 'Job', 'DaemonSet', 'Ingress'];

const cap = (w) => w[0].toUpperCase() + w.slice(1);

export function makeCorpus({ notes = 2400, seed = 20240704 } = {}) {
  const r = rng(seed);
  const enSentence = () => {
    const n = r.int(6, 14);
    const words = [r.pick(EN_WORDS)];
    for (let i = 1; i < n; i++) words.push(r.chance(0.35) ? r.pick(EN_WORDS) : r.pick(EN_FILL));
    return `${cap(words.join(' '))}.`;
  };
  const zhClause = () => `${r.pick(ZH_SUBJECTS)}${r.pick(ZH_VERBS)}${r.pick(ZH_OBJECTS)}${r.pick(ZH_TAILS)}`;
  // Details mix languages the way real notes do: a Chinese clause, sometimes an English aside.
  const detail = () => {
    let d = zhClause();
    if (r.chance(0.5)) d += `，${zhClause()}`;
    if (r.chance(0.3)) d += `（${r.pick(EN_WORDS)} ${r.pick(EN_FILL)} ${r.pick(EN_WORDS)}）`;
    return d;
  };
  const enDetail = () => enSentence().slice(0, -1);
  // Terms must be distinct within a list, or the list is not a fair test of extraction.
  const terms = (count) => {
    const seen = new Set();
    while (seen.size < count) {
      const form = r.int(0, 3);
      const t =
        form === 0 ? `${cap(r.pick(EN_WORDS))} ${cap(r.pick(EN_WORDS))}`
        : form === 1 ? `kube-${r.pick(EN_WORDS)}`
        : form === 2 ? `${r.pick(ZH_NOUNS)}${r.pick(ZH_SUFFIX)}`
        : `${cap(r.pick(EN_WORDS))}${cap(r.pick(EN_WORDS))}`;
      seen.add(t);
    }
    return [...seen];
  };
  const acronym = () => {
    const words = Array.from({ length: r.int(2, 4) }, () => cap(r.pick(EN_WORDS)));
    return { abbr: words.map((w) => w[0]).join(''), expansion: words.join(' ') };
  };

  // Each block is a function returning markdown text (without trailing blank line).
  const blocks = [
    // lead-in + `term：detail` (full-width colon)
    () => [`${r.pick(ZH_NOUNS)}${r.pick(ZH_SUFFIX)}：`, '', ...terms(r.int(3, 7)).map((t) => `- ${t}：${detail()}`)].join('\n'),
    // lead-in + `term: detail` (ASCII colon, English)
    () => [`${cap(r.pick(EN_WORDS))} types:`, '', ...terms(r.int(3, 6)).map((t) => `- ${t}: ${enDetail()}`)].join('\n'),
    // acronyms with their expansion
    () => {
      const items = [];
      const seen = new Set();
      for (let i = r.int(3, 5); i > 0; i--) {
        const a = acronym();
        if (seen.has(a.abbr)) continue;
        seen.add(a.abbr);
        items.push(`- ${a.abbr}(${a.expansion})：${detail()}`);
      }
      return [`${r.pick(ZH_NOUNS)}相关缩写：`, '', ...items].join('\n');
    },
    // nested bullets: a parent term over its children, indented 2 or 4 like real notes
    () => {
      const pad = r.chance(0.5) ? '  ' : '    ';
      const lines = [];
      for (const parent of terms(r.int(1, 3))) {
        lines.push(r.chance(0.5) ? `- ${parent}` : `- ${parent}: ${enDetail()}`);
        for (const child of terms(r.int(2, 4))) {
          lines.push(r.chance(0.5) ? `${pad}- ${child}（${zhClause()}）` : `${pad}- ${child}：${detail()}`);
        }
      }
      return lines.join('\n');
    },
    // numbered steps under a lead-in
    () => [`${r.pick(ZH_NOUNS)}创建流程：`, '', ...Array.from({ length: r.int(3, 7) }, (_, i) => `${i + 1}. ${zhClause()}`)].join('\n'),
    // paragraphs, one per language
    () => `${zhClause()}。${detail()}。${r.chance(0.5) ? zhClause() + '。' : ''}`,
    () => Array.from({ length: r.int(2, 4) }, enSentence).join(' '),
    // inline `term: detail` paragraph line, as in the seed notes
    () => `${terms(1)[0]}: ${detail()}`,
    // a code fence (must come out as code, never as entries)
    () =>
      [
        '```yaml',
        'apiVersion: apps/v1',
        `kind: ${r.pick(KINDS)}`,
        'metadata:',
        `  name: ${r.pick(EN_WORDS)}-${r.int(1, 99)}`,
        'spec:',
        `  replicas: ${r.int(1, 5)}`,
        `  # ${r.pick(EN_WORDS)}: not a term, this is code`,
        '```',
      ].join('\n'),
  ];

  const out = [];
  for (let i = 0; i < notes; i++) {
    // ~1-6 KB per note, in UTF-8 bytes (a Chinese character is 3 of them).
    const target = r.int(800, 5000);
    const parts = [];
    if (r.chance(0.9)) {
      parts.push(
        [
          '---',
          `title: ${r.pick(ZH_NOUNS)}与${cap(r.pick(EN_WORDS))} 笔记 ${i}`,
          `date: 2024-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
          'tags:',
          `  - ${r.pick(TAGS)}`,
          `  - ${r.pick(TAGS)}`,
          `description: "${enSentence()}"`,
          '---',
        ].join('\n'),
      );
    }
    let size = 0;
    let h2 = 0;
    let sinceHeading = 99;
    while (size < target) {
      let part;
      if (sinceHeading >= r.int(2, 4)) {
        sinceHeading = 0;
        const kind = r.int(0, 4);
        if (kind === 0) part = `## ${++h2}. ${r.pick(ZH_NOUNS)}${r.pick(ZH_SUFFIX)}`;
        else if (kind === 1) part = `## ${cap(r.pick(EN_WORDS))} and ${cap(r.pick(EN_WORDS))}`;
        else if (kind === 2) part = `### ${r.pick(ZH_SUBJECTS)}`;
        else if (kind === 3) part = `### ${r.int(1, 30)}. What is a ${r.pick(EN_WORDS)} ${r.pick(EN_WORDS)}?\n\n${enSentence()} ${enSentence()}`;
        else part = `### 什么是${r.pick(ZH_NOUNS)}${r.pick(ZH_SUFFIX)}？\n\n${detail()}。`;
      } else {
        sinceHeading++;
        part = r.pick(blocks)();
      }
      parts.push(part);
      size += Buffer.byteLength(part) + 2;
    }
    const dir = `topic-${String(Math.floor(i / 100)).padStart(2, '0')}`;
    out.push({ file: `${dir}/${String(i).padStart(4, '0')}-notes.md`, text: `${parts.join('\n\n')}\n` });
  }
  return out;
}
