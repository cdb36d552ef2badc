import { conceptOfStem, conceptsInChinese, isAspectLabel, isCodeSymbol, isSentence, isTechnicalName } from '../text/index.js';
import type { TermEntry, TermsBank } from '../types.js';
import { tier } from './distractors.js';
import { usableDetail, type Candidate, type Origin } from './pool.js';
import { keyOf, width } from './text.js';

// Which entries are worth a question, and what in a choice would give its answer away.
// Shared by define, identify, acronym, typed, member and multi.

/** Headings and lead-ins over aspects of one topic (`VXLAN的优点`, `Limitations`), not over things. */
const ASPECT_TITLE =
  /(?:优点|缺点|优势|劣势|不足|特点|特性|特征|作用|用途|功能|原理|注意事项|要点|关键点|局限|限制|问题|原因|场景|区别|对比|总结|小结|说明|参数说明|属性说明|字段说明|示例|步骤|流程)$|\b(?:advantages?|disadvantages?|benefits?|pros|cons|drawbacks?|limitations?|features?|characteristics|notes?|key points?|tips|considerations|best practices?|use cases?|troubleshooting|issues|problems|errors|causes?|solutions?|examples?|output|expected|results?|verification|summary|overview|objectives?|goals?|requirements?|decision factors|comparison|differences?|why\b.*|how\b.*)$/iu;

/** Leading marks and section numbers (`✅ 2.2.`, `3）`, `一、`) are layout, not part of a title. */
export function displayTitle(title: string): string {
  return title
    .replace(/^[\s\p{Extended_Pictographic}\uFE0F]+/u, '')
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)）、]?|[一二三四五六七八九十]+[、.])\s*/u, '')
    .replace(/[:：]\s*$/u, '')
    .trim();
}

/**
 * A title that is an action (`查看安装结果`, `Install the chart`): a step of a lab, not a group.
 * English verbs that are also nouns in titles (`Access modes`, `Update strategies`) are left out.
 */
const ACTION_TITLE =
  /^(?:查看|安装|创建|配置|执行|使用|部署|删除|修改|设置|启动|运行|检查|添加|获取|下载|编写|编辑|读取|生成|准备|测试|验证|升级|清理|登录|打开|进入|导入|导出|构建|提交)|^(?:install|create|check|view|run|use|configure|deploy|verify|remove|delete|edit|enable|disable|download|prepare|generate|expose|restore|copy|exit|clean|apply|define)(?:\s+\S|$)/iu;

export function isActionTitle(title: string): boolean {
  return ACTION_TITLE.test(displayTitle(title));
}

/** A bank whose entries are aspects of one topic rather than things of one kind. */
export function isAspectBank(bank: TermsBank): boolean {
  const title = displayTitle(bank.title);
  return isAspectLabel(title) || ASPECT_TITLE.test(title) || isSentence(title);
}

/** An English detail that starts mid-sentence (`is the primary…`, `for systems using…`): a fragment. */
const FRAGMENT_START = /^(?:is|are|was|were|be|can|could|should|will|would|may|for|and|or|but|with|to|of|which|that|by|as|on|in|at)\b/;

/** Only a URL, a path, a number or a version: a value, not a description. */
const VALUE_ONLY = /^(?:\S+:\/\/\S+|[~.]?\/\S+|[\d.,:/x_-]+\S*|\[[^\]]*\])$/;

/** Columns a description needs to say more than a translation of its name would. */
const MIN_DETAIL_WIDTH = 12;

/** An entry one can be asked about: a named thing with a description that says something. */
export function askableEntry(entry: TermEntry): boolean {
  // `3）发布后`: a numbered stage; its number says where it stands.
  if (/^\s*(?:\d+|[A-Za-z])\s*[.)）]/u.test(entry.term)) return false;
  if (!isTechnicalName(entry.term) || isAspectLabel(entry.term) || isCodeSymbol(entry.term)) return false;
  if (!usableDetail(entry)) return false;
  const detail = entry.detail.trim();
  if (FRAGMENT_START.test(detail) || VALUE_ONLY.test(detail)) return false;
  // A lone identifier (`HandlePodUpdates`) names something else; it does not describe.
  if (/^[\w.:/-]+$/.test(detail)) return false;
  // A gloss (`metadata：元数据`, `plugins：插件列表`) is a translation of the name, not a description.
  return width(detail) >= MIN_DETAIL_WIDTH;
}

/** Candidates from the question's own list or a list beside it (same heading path). */
export function nearby(origin: Origin): (c: Candidate) => boolean {
  return (c) => tier(origin, c.origin) <= 1;
}

/** Candidates from lists in the same part of the note: the same section, or sections side by side. */
export function besideInSection(origin: Origin): (c: Candidate) => boolean {
  return (c) => tier(origin, c.origin) <= 1.75;
}

/** Candidates from the same note file. */
export function sameFile(origin: Origin): (c: Candidate) => boolean {
  return (c) => c.origin.file === origin.file;
}

const STOP =
  /^(?:the|and|for|with|that|this|from|used|uses|using|into|than|other|which|when|what|your|their|each|some|more|most|also|only|such|like|will|have|does|they|them|there|these|those|about|allows?|provides?|between|within|without|based|are|can|not|all|any|its|one|via|how|use|has|was|who|why|per|set|get|new)$/;

/**
 * What in a text could point at a name: its Latin words of three letters or more (by their
 * first five letters, so `Starting` meets `Start`) and the pairs of Chinese characters in it.
 */
function telltales(text: string): Set<string> {
  const out = new Set<string>();
  const normal = text.normalize('NFKC');
  // `TCPSocketAction` is TCP, Socket and Action: each part can point at it.
  const parts = normal.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  for (const word of parts.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []) {
    if (STOP.test(word)) continue;
    out.add(word.slice(0, 5));
    const concept = conceptOfStem(word.slice(0, 5)) ?? conceptOfStem(word);
    if (concept) out.add(concept);
  }
  const lower = normal.toLowerCase();
  for (const run of lower.match(/\p{Script=Han}{2,}/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  // 读写 in a description and Read, Write in a name are the same marks.
  if (/\p{Script=Han}/u.test(lower)) for (const concept of conceptsInChinese(lower)) out.add(concept);
  return out;
}

/**
 * Whether the clue points at the right choice by its words or letters: a telltale of the
 * right choice that no wrong choice shares shows up in the clue (inside a longer word too:
 * `IPC` in `CLONE_NEWIPC`; or translated: 读写 for ReadWrite). With no wrong choices (a typed
 * answer), any telltale counts.
 */
/**
 * Whether the clue matches the right choice's words better than any wrong one's: with
 * abbreviations, the letters then follow (`both reading and writing, many pods` → RWX).
 */
export function matchesBest(clue: string, right: string, wrong: readonly string[]): boolean {
  const clueMarks = telltales(clue);
  const score = (text: string): number => [...telltales(text)].filter((m) => m.startsWith('#') && clueMarks.has(m)).length;
  const best = score(right);
  return best > 0 && wrong.every((w) => score(w) < best);
}

export function givesAway(clue: string, right: string, wrong: readonly string[] = []): boolean {
  const seen = clue.normalize('NFKC').toLowerCase();
  const clueMarks = telltales(clue);
  const wrongMarks = wrong.map(telltales);
  for (const mark of telltales(right)) {
    if (wrongMarks.some((w) => w.has(mark))) continue;
    // A translation mark (`#read`) is found by meaning; a word or characters, inside longer ones too.
    if (mark.startsWith('#') ? clueMarks.has(mark) : seen.includes(mark)) return true;
  }
  return false;
}
