// Recognisers for one line of note text: `term: detail`, `term（detail）`,
// `A: x；B: y`, `标题：A, B, C`, `ABBR(Expansion)`. Pure string functions.

import { isAbbreviation, lettersInOrder, textWidth } from '../text/measure.js';
import { ANSWER_LABEL, QUESTION_LABEL, trimTrailing, withoutLeadingMarks } from '../text/normalize.js';
import { asSimplified } from '../text/han.js';
import { isTechnicalName } from '../text/names.js';

export { textWidth };

export interface ParsedTerm {
  term: string;
  detail: string;
  aliases: string[];
}

const MAX_TERM_WIDTH = 34;
const NAME_WIDTH = 26;

// ( （ and ) ）: compared as char codes, since these loops run over every line of every note.
const isOpen = (code: number) => code === 0x28 || code === 0xff08;
const isClose = (code: number) => code === 0x29 || code === 0xff09;

/** Index of the parenthesis closing the one at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isOpen(code)) depth++;
    else if (isClose(code) && --depth === 0) return i;
  }
  return -1;
}

/** Splits on any of `separators` outside parentheses. */
export function splitTopLevel(text: string, separators: string): string[] {
  // Most lines hold none of the separators: no need to walk them.
  let any = false;
  for (const separator of separators) if (text.includes(separator)) any = true;
  if (!any) {
    const whole = text.trim();
    return whole ? [whole] : [];
  }
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isOpen(code)) depth++;
    else if (isClose(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(text[i] as string)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Index of the first `:`/`：` outside parentheses that is not part of a URL, time or port. */
const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isAsciiWordChar = (code: number): boolean => isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d;

function separatorIndex(text: string): number {
  if (!text.includes(':') && !text.includes('：')) return -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isOpen(code)) depth++;
    else if (isClose(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && code === 0xff1a) return i; // ：
    else if (depth === 0 && code === 0x3a) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f || (next >= 0x30 && next <= 0x39)) continue; // http://, 10:30, host:8080
      // `kubia:v1`, `app:nginx`: an image's tag or a label, one word with a colon inside.
      if (isAsciiWordChar(text.charCodeAt(i - 1)) && isAsciiLetter(next)) continue;
      return i;
    }
  }
  return -1;
}

const ALIAS = /^[A-Za-z][A-Za-z0-9 .\/&+'-]*$/;

/** An ASCII-only parenthetical: the shape every alias has (`RWO`, `Domain Name System`). */
function isAlias(text: string): boolean {
  return ALIAS.test(text.trim()) && text.trim().length <= 60;
}

const HAN_CHAR = /\p{Script=Han}/u;

/**
 * Whether `name(paren)` gives the name another name rather than a detail:
 * `ReadWriteOnce(RWO)`, `DNS(Domain Name System)`, `cgroups(Control Groups)`,
 * `自定义资源定义(Custom Resource Definition)`; but not `Pod(smallest unit)` or `RoundRobin(default)`.
 */
export function isAliasOf(name: string, paren: string): boolean {
  const p = paren.trim();
  const n = name.trim();
  if (!isAlias(p) || !n) return false;
  // A Chinese name with an English one beside it: a translation, unless it reads like a phrase.
  if (HAN_CHAR.test(n)) return p.split(/\s+/).length <= 4;
  if (isAbbreviation(p) && !isAbbreviation(n)) return p[0]?.toLowerCase() === n[0]?.toLowerCase();
  // An abbreviation spelled out: its letters appear in order in the expansion.
  return !/\s/.test(n) && n.length <= 12 && lettersInOrder(n, p);
}

/** Splits `ReadWriteOnce(RWO)` / `Pending（Pod已创建）` into name and parenthetical. */
export function splitParen(text: string): { name: string; paren: string; rest: string } | null {
  const index = text.search(/[(（]/);
  if (index <= 0) return null;
  const close = closingParen(text, index);
  if (close < 0) return null;
  return { name: text.slice(0, index).trim(), paren: text.slice(index + 1, close).trim(), rest: text.slice(close + 1).trim() };
}

const SENTENCE_PUNCTUATION = /[，。；！？,;!?]/;

/** A term is a name: short, one clause, not a sentence. */
export function isTermLike(term: string): boolean {
  if (!term || textWidth(term) > MAX_TERM_WIDTH) return false;
  const outside = term.replace(/[(（][^)）]*[)）]/g, '');
  if (SENTENCE_PUNCTUATION.test(outside)) return false;
  if (/^[\d\s.、-]+$/.test(term)) return false;
  return /[\p{L}\p{N}]/u.test(term);
}

// Words that make a clause of what would otherwise pass for a name: `底层存储可以是各种类型`,
// `The default is`. Names keep theirs: `会话保持`, `委员会`, `Pod中容器/应用的共享资源`.
const CJK_CLAUSE =
  /可以|可能|能够|需要|如果|因为|所以|但是|虽然|应该|必须|无法|不能|不会|我们|你们|是|(?<![委社机学协年聚约开都])会(?![话员议计签务])/;
const EN_CLAUSE = /\b(?:is|are|was|were|can|cannot|could|will|would|should|must|does|did|has|have|had|if|when|because|then|there)\b/;

/** `这就带来了一个问题`, `This raises a question`: the note pointing back at what it just said. */
const POINTS_BACK = /^(?:(?:这|那|此)(?:就|时|样|里|也|便|些|种|是|次)|(?:this|that|these|those)\s+(?:is|are|means?|raises?|leads?|brings?|gives?|shows?|makes?)\b)/i;

/** A clause (it says something) rather than a name (it names something). */
export function isClause(text: string): boolean {
  const outside = asSimplified(text).replace(/[(（][^)）]*[)）]/g, '');
  if (POINTS_BACK.test(outside.trim())) return true;
  // Short labels keep their verbs: `必须成功`, `无法调度` name a property in a list of them.
  if (HAN_CHAR.test(outside)) return textWidth(outside) > 12 && CJK_CLAUSE.test(outside);
  return outside.trim().split(/\s+/).length >= 2 && EN_CLAUSE.test(outside);
}

/** A name that something is defined as: term-like and not a clause. */
function isDefinedTerm(term: string): boolean {
  return isTermLike(term) && !isClause(term) && balanced(term);
}

/** `docker tag IMAGE[`: a colon inside brackets (`IMAGE[:TAG]`) split a line of syntax, not a term from its definition. */
function balanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/\[/g) === count(/\]/g) && count(/[(（]/g) === count(/[)）]/g);
}

/** A short name such as an inline list item. */
export function isNameLike(text: string): boolean {
  return isTermLike(text) && textWidth(text) <= NAME_WIDTH && !/[:：]/.test(text);
}

const STATUS_WORD = /^(?:默认|默认值|推荐|可选|必填|必选|已废弃|已弃用|已移除|实验性|default|recommended|optional|required|deprecated|removed|experimental|alpha|beta|ga|stable)$/i;

function termWithAliases(written: string): { term: string; aliases: string[]; extra: string } {
  // `🆔 Unique per Pod`, `✅ Required`: a mark before a name is decoration, and among choices a hint.
  // `- __Pending phase:__`: a list marker that indentation left in a paragraph is not part of the name either.
  // `Q：容器停止很慢`: a FAQ's question mark before the symptom it names.
  const raw = withoutLeadingMarks(written).replace(/^[-*+]\s+(?=\S)/, '').replace(/^Q\s*[:：]\s*(?=\S)/u, '') || written;
  const paren = splitParen(raw);
  if (paren && !paren.rest && paren.name) {
    if (isAliasOf(paren.name, paren.paren)) return { term: paren.name, aliases: [paren.paren], extra: '' };
    // `联网环境（默认）`, `Allow (default)`: a status of the name stays with it; moved to the end of the
    // description it reads as a stray word.
    // (`attachLog(可选)`, `--name (required)`: whether a parameter must be given is said of every one; the name is alone.)
    if (/^(?:可选|选填|必填|必选|optional|required)$/i.test(paren.paren.trim())) return { term: paren.name.trim(), aliases: [], extra: '' };
    if (STATUS_WORD.test(paren.paren.trim())) return { term: raw.trim(), aliases: [paren.name], extra: '' };
    // `持续交付（ContinuousDelivery，CD）`: a Chinese name's English name and its abbreviation, other names for it;
    // at the end of the description they would name the answer.
    const english = paren.paren.split(/[，,、]/u).map((part) => part.trim());
    if (/\p{Script=Han}/u.test(paren.name) && english.length <= 2 && english.every((part) => /^[A-Za-z][A-Za-z0-9 .+/-]*$/.test(part))) return { term: paren.name.trim(), aliases: english, extra: '' };
    // `Toleration (容忍)`: a Latin name's Chinese gloss, another name for it, not a word of its description.
    if (/^\p{Script=Han}{1,8}$/u.test(paren.paren.trim()) && /^[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,3}$/.test(paren.name.trim())) return { term: paren.name, aliases: [paren.paren.trim()], extra: '' };
    // `BGP Daemon (Bird)`, `Tempo (Grafana)`: a name beside the name (its program, its maker), no word of its
    // description; at the end of one it reads as a stray word, and gives the choice away.
    if (/^[A-Z][a-z][A-Za-z0-9-]+$/.test(paren.paren.trim()) && /^[A-Za-z]/.test(paren.name)) return { term: paren.name, aliases: [], extra: '' };
    return { term: paren.name, aliases: [], extra: paren.paren };
  }
  // `LRU – 最近最少使用`: a name and its translation, set apart by a dash.
  const dashed = /^([A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,2})\s+[–—-]\s+(\p{Script=Han}[^–—:：]{0,15})$/u.exec(raw.trim());
  if (dashed) return { term: dashed[1] as string, aliases: [(dashed[2] as string).trim()], extra: '' };
  return { term: raw.trim(), aliases: [], extra: '' };
}

/**
 * `…的账户，12章介绍`, `…，在5.4节中讲到`, `…，具体参考image-spec`, `…, see chapter 12`, `(§3.2)`,
 * `… object. Click here to see pod architecture`: where the book or the note says more, not what
 * the term is.
 */
const POINTER_ELSEWHERE =
  /(?<=[.。!！])\s*(?:click here|点击(?:这里|此处|链接))[^.。]{0,80}[.。]?$|[，,；;]\s*(?:(?:详见|参见|见|在)?(?:第\s*)?[\d一二三四五六七八九十][\d.]*\s*(?:章|节)(?:节|中)?(?:介绍|讲解|详解|再讲|讨论|讲到|提到|说明)?|(?:具体|详细)?(?:请)?(?:参考|参见|详见)\s*[^，,；;。]{1,40}|(?:see|cf\.?)\s+chapter\s+\d+)\s*[。.]?$|\s*[(（](?:see |见)?\s*§\s*[\d.]+[)）]/giu;

/**
 * `Defines how the Deployment finds its Pods. Here, it matches Pods with the label app: my-app.`: a last sentence
 * about the note's own example, which the question cannot show; what the thing is ends before it.
 */
const ABOUT_THE_EXAMPLE = /(?<=[.。!！])\s*(?:(?:here|in this (?:example|case|manifest|file|yaml)|in (?:the|our) example|in our case),\s|(?:这里|此处|本例中|在这个例子中|在本例中|上面的例子中)[，,]?)[^.。!！]*[.。!！]?$/iu;

/** `…is 7 days. example`, `…生效。例如：`: a last word that leads to the example after the line, no part of what it says. */
const LEADS_TO_EXAMPLE = /([.。!！])\s*(?:for )?(?:example|examples|e\.g\.?|eg|例如|示例|举例|比如)\s*[:：]?\s*$/iu;

function joinDetail(extra: string, detail: string): string {
  if (!extra) return detail;
  if (!detail) return extra;
  // In the description's own script: `…GUI (Red Hat)`, `…的账户（管理员）`.
  return /\p{Script=Han}/u.test(detail) ? `${detail}（${extra}）` : `${detail} (${extra})`;
}

/** `term: detail`, `term：detail`, `**term**(ABBR)：detail`; a detail may be empty (a lead-in). */
const TRAILING_EMOJI = /(?<=\S)[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/u;

export function parseColonTerm(text: string): ParsedTerm | null {
  const at = separatorIndex(text);
  if (at <= 0) return null;
  // `**GitLab Runner** 🏃‍♂️: …`: a name's decoration is no part of it.
  const left = text.slice(0, at).replace(TRAILING_EMOJI, '').trim();
  const detail = text.slice(at + 1).trim().replace(POINTER_ELSEWHERE, '').replace(LEADS_TO_EXAMPLE, '$1').replace(ABOUT_THE_EXAMPLE, '');
  const { term, aliases, extra } = termWithAliases(left);
  if (!isDefinedTerm(term)) return null;
  return { term, detail: joinDetail(extra, detail), aliases };
}

/** `X for Y`, `X with Y`: an English phrase that says what a thing is used for in one setup. */
const PLAN_PHRASE = /^[A-Za-z][\w.-]*(?:\s+[\w.-]+)*\s+(?:for|with|via|as|to|from|by)\s+\S/;
/** `(often …)`, `(e.g. …)`, `(or more for HA)`: a remark in brackets, not a description. */
const ASIDE_START = /^(?:often|usually|sometimes|mostly|typically|generally|normally|e\.g\.|i\.e\.|eg\b|ie\b|or\b|and\b|optional|if\b|when\b)/i;
/** `(On Each Node)`, `(directly in a running pod)`: where or how, said in passing of a line's name. */
const WHERE_ASIDE = /^(?:directly|only|just|also|mainly|still|on|in|at|per|inside|outside|within|via|across|without|each|every|like|such as|see)\b/i;

/** `term（detail）` / `ABBR(Expansion)` as the whole line. */
export function parseParenTerm(text: string): ParsedTerm | null {
  const paren = splitParen(text);
  if (!paren || paren.rest || !paren.paren || !isDefinedTerm(paren.name)) return null;
  if (isAliasOf(paren.name, paren.paren)) return { term: paren.name, detail: paren.paren, aliases: [paren.paren] };
  // `ConfigMap for configuration (port, log level)`, `ClusterIP Service (often headless for StatefulSet)`:
  // a phrase of a plan with its aside, not a name and what it is.
  if (PLAN_PHRASE.test(paren.name) || ASIDE_START.test(paren.paren)) return null;
  return { term: paren.name, detail: paren.paren, aliases: [] };
}

/**
 * A line that is only `term（detail）`: `kubelet (On Each Node)` or `Container image (directly in a running
 * pod)` says where or how the name goes, not what it is. (Inside a list, `volumeMounts (within
 * containers)` keeps its name: parseParenTerm.)
 */
export function parseParenLine(text: string): ParsedTerm | null {
  // `console.log("main page actived")`, `fmt.Println('hi');`: a call written outside a code block, with a string in it.
  if (/^[\w$]+(?:\.[\w$]+)*\(\s*(["'`]).*\1\s*\)\s*;?$/u.test(text.trim())) return null;
  const paren = parseParenTerm(text);
  // (`PV status becomes "Released" (cannot be reused)`: a sentence and its aside, no name.)
  // (`用户请求到某个节点（k8s不参与选节点…）`, `得到Gateway 的入口 IP（由 controller 创建的 LB）`: a step that reaches
  // somewhere, told with an aside, no name either.)
  // (`Ingress Controller → Engine (makes it happen)`: one side of a mapping and its gloss, no name either.)
  if (!paren || /\s(?:→|->|=>)\s/u.test(paren.term) || (paren.aliases.length === 0 && (WHERE_ASIDE.test(paren.detail) || /\s(?:becomes?|is|are|was|were|gets?|stays?|remains?)\s/i.test(paren.term) || /\p{Script=Han}到/u.test(paren.term)))) return null;
  // `UDP -- (IP in UDP)`: the dash only leads to the brackets, no part of the name.
  const term = paren.term.replace(/\s+(?:-{1,3}|—{1,2}|–)$/u, '');
  return term ? { ...paren, term } : null;
}

/**
 * `**restartPolicy: Always on a Job is rejected** — it would loop forever`: a bold claim that
 * holds a colon is a statement the note stresses, not a name and its definition.
 */
export function isBoldClaim(text: string, bold: readonly string[]): boolean {
  const first = bold[0];
  return first !== undefined && text.startsWith(first) && separatorIndex(first) > 0 && first.length < text.length && isClause(first);
}

/** Whether the colon that would split `text` lies inside one of its code spans (`沒有標示 \`$patch: replace\` 的地方…`). */
export function splitsCode(text: string, codeColons: readonly string[] | undefined): boolean {
  if (!codeColons?.length) return false;
  const at = separatorIndex(text);
  if (at < 0) return false;
  return codeColons.some((code) => {
    for (let from = text.indexOf(code); from >= 0; from = text.indexOf(code, from + 1)) if (at > from && at < from + code.length) return true;
    return false;
  });
}

const BOLD_VERB = /^(?:build|store|run|push|pull|deploy|create|delete|test|use|install|write|read|update|apply|check|monitor|scale|expose|configure|define|package|ship|manage|get|set|add|remove|start|stop|restart|keep|send|copy|move|tag|sign|scan|release|publish|serve|watch|make|give|take|back up|restore|upgrade|roll back)$/i;

/** A bold name at the very start followed by its explanation: `**keepalive**允许…`. */
export function parseBoldLead(text: string, bold: string[]): ParsedTerm | null {
  const first = bold[0];
  if (!first || !text.startsWith(first)) return null;
  // `**schedule** — standard 5-field cron`: the dash only separates the name from what it is.
  let after = text.slice(first.length).trim();
  // `**OpenShift** (Red Hat) — adds…`: an aside between the name and its dash belongs to the name's line, not
  // at the head of the description, where it would read as a fragment.
  const aside = /^[(（]([^()（）]{1,40})[)）]\s*(?=[—–:：]|-{1,2}\s)/u.exec(after);
  if (aside) after = after.slice(aside[0].length).replace(/^[:：]\s*/u, '');
  // `**Unknown**。这是一个异常状态…`: a full stop after the name separates it as a colon would; so does
  // a colon the line's split passed over (`**Directories**:\`777\` full…`, read as `host:port`).
  let rest = after.replace(/^(?:[—–]+|-{1,2}(?=\s)|[。．.;；,，:：](?=\s*\S))\s*/u, '');
  // `**\`if:\`**: A condition…`: a YAML key's colon is no part of its name.
  const name = first.replace(/\s*[:：]$/u, '');
  if (textWidth(rest) < 8 || !isTermLike(name)) return null;
  // `**emptyDir**, **hostPath**, **PVC-backed volumes**:`: bold names in a row, no name and its explanation.
  if (/^[,，、]/u.test(after) && bold[1] !== undefined && rest.startsWith(bold[1])) return null;
  const said = aside?.[1]?.trim();
  if (said && isAliasOf(name, said)) return { term: name, detail: rest, aliases: [said] };
  if (said) rest = joinDetail(said, rest);
  // `**Many volume types** exist, from…`, `**Exact** matches take…`: the bold words open a sentence
  // that goes on; only a name of the field (`**kubelet** runs on…`) is defined that way.
  // A verb with no -s (`exist`, `are`) has a plural subject: a kind of things, not a name.
  // `**build** three images`, `**store** the images in…`: a stressed verb and its object, an action and not a name.
  if (rest === after && BOLD_VERB.test(first) && /^(?:the|a|an|each|every|all|any|its|their|your|our|this|that|these|those|one|two|three|four|five|\d+)\s/i.test(rest)) return null;
  if (rest === after && /^[a-z]/.test(rest) && (!isTechnicalName(first) || /^(?:exist|are|take|have|can|will|must|should|may|do|need|come|become|allow|let|make)\b/.test(rest))) return null;
  return { term: name, detail: rest, aliases: [] };
}

/**
 * `**CSI**(Container Storage Interface) & **CNI**(Container Network Interface)`, or
 * `RoundRobin(轮询)，SessionAffinity(会话保持)`: two or more `Name(…)` on one line.
 */
export function parseAcronymRun(text: string): ParsedTerm[] {
  const parens = text.match(/[(（]/g)?.length ?? 0;
  if (parens < 2) return [];
  // From the start of a run of spaces only: from each of them is quadratic on a long run.
  const parts = splitTopLevel(text.replace(/(?<!\s)\s+(?:&|和|and)\s+/g, '&'), '&、,，');
  if (parts.length < 2) return [];
  const parsed = parts.map(parseParenTerm);
  if (parsed.some((p) => !p)) return [];
  const terms = parsed as ParsedTerm[];
  if (terms.every((p) => p.aliases.length > 0)) return terms;
  // Without aliases, only ASCII names: `流量（入口），出口（…）` is as likely to be prose.
  if (terms.every((p) => /^[A-Za-z]/.test(p.term) && isNameLike(p.term))) return terms;
  return [];
}

/** `A: x；B: y；C：z` on one line: two or more term definitions. */
export function parseTermRun(text: string): ParsedTerm[] {
  const parts = splitTopLevel(text, '；;');
  if (parts.length < 2) return [];
  const parsed = parts.map(parseColonTerm);
  // `DNS：A记录：…；CNAME：…` is one definition that quotes others, not a run.
  if (parsed.some((p) => !p || !p.detail || /[:：]/.test(p.detail))) return [];
  return parsed as ParsedTerm[];
}

/**
 * The items of an inline list such as `Always, Never, IfNotPresent` or
 * `RoundRobin(轮询)，SessionAffinity(会话保持)`. Chinese commas separate clauses of
 * prose too, so with them every item must be an ASCII name.
 */
export function parseInlineList(text: string): ParsedTerm[] {
  // One kind of separator per list: `NFS, Ceph，K8S会…` is a list cut short by prose.
  // `… Argo CD, Istio.`: the sentence's full stop is not part of the last name.
  const body = text.replace(/等$/, '').replace(/(?<=[A-Za-z0-9)])\.$/, '');
  const ascii = splitTopLevel(body, ',、');
  const fullWidthOnly = ascii.length < 2;
  const items = fullWidthOnly ? splitTopLevel(body, '，') : ascii;
  if (items.length < 2) return [];
  const parsed: ParsedTerm[] = [];
  for (const item of items) {
    const bare = item.replace(/等$/, '');
    const paren = parseParenTerm(bare);
    const name = paren ? paren.term : bare;
    if (!isNameLike(name)) return [];
    if (fullWidthOnly && !/^[A-Za-z0-9]/.test(name)) return [];
    parsed.push(paren ?? { term: bare, detail: '', aliases: [] });
  }
  const withDetails = parsed.filter((p) => p.detail).length;
  if (items.length < 3 && withDetails < items.length) return [];
  // `app, env, tier (you choose these)`: words in brackets after the last name alone are said of the whole list.
  const last = parsed[parsed.length - 1] as ParsedTerm;
  if (withDetails === 1 && last.detail && /\s/.test(last.detail.trim())) parsed[parsed.length - 1] = { ...last, detail: '' };
  return parsed;
}

// (The lead-in is a name, not a clause: `看似只有一次交互,其实中间过程中已经…` runs on past `过程` into a sentence.)
const SEQUENCE_LEAD = /^([^,，。；;]{1,30}?(?:生命周期|流程|过程|步骤|阶段|lifecycle|phases|stages|steps|flow))(?![中里])\s*[:：]?\s*(.+)$/i;
// A run of `-` or `=` is tried from its start only: from each of them is quadratic on a long run.
const ARROWS = /→|⟶|➜|➡|(?<!=)=+>|(?<!-)-+>/;

/**
 * `PV生命周期Provisioning(配置)，Binding，Using，…`: a lead-in glued to its items. `arrows`
 * says the note drew them in order (`A → B → C`); otherwise whether they are a sequence is
 * for the caller to judge (states are not).
 */
export function parseInlineSequence(text: string): { title: string; items: string[]; arrows: boolean } | null {
  const match = SEQUENCE_LEAD.exec(text);
  if (!match) return null;
  const rest = (match[2] as string).trim();
  const arrows = ARROWS.test(rest);
  const pieces = arrows ? rest.split(ARROWS) : splitTopLevel(rest, ',，、');
  // `Explain EC2 instance lifecycle states. → pending → running → …`: the question's own end before the
  // first arrow is no stage.
  if (arrows && /[.?？。!！]\s*$/u.test(pieces[0] ?? '')) pieces.shift();
  const items = pieces
    .map((s) => trimTrailing(s.trim().replace(/^[-=]+/, ''), '-=').trim())
    // (`… → gateway.`: the sentence's full stop is no part of the last stage. Parts between commas that
    // end a sentence are clauses of it, not stages, and keep the stop that says so.)
    .map((s) => (arrows ? s.replace(/[.。]$/u, '').trim() : s))
    .filter(Boolean);
  if (items.length < 3) return null;
  // `Explain data flow from instance → subnet → …`: the sentence's `from` leads to the first stage.
  items[0] = (items[0] as string).replace(/^(?:from|starting (?:at|from))\s+(?=\S)/i, '');
  if (!items.every((item) => isNameLike(splitParen(item)?.name ?? item))) return null;
  // (`Explain data flow`: what to do in an interview is no part of the sequence's name.)
  const title = (match[1] as string).trim().replace(/^(?:explain|describe|understand|know|learn|review)\s+(?:the\s+)?(?=\S)/i, '');
  return { title, items, arrows };
}

/** Lead-ins end in a colon (`Service类型：`) or are a bare short label (`Service类型`). */
/** `PV 的状态`, `Service 的类型`, `Pod phases`: a name for a group of states, kinds or modes. */
const GROUP_NAME = /(?:的|\s)?(?:状态|阶段|类型|种类|模式|策略|方式)$|\b(?:states|phases|types|kinds|modes|policies|strategies)$/iu;

/** `这个路径下还有几个子页面`: a sentence pointing at what it is about and counting what follows, which names nothing. */
export function pointsAtWhatFollows(title: string): boolean {
  return /^(?:这|那|此|该)\S{0,12}有(?:几|以下|如下|下面)/u.test(title.trim());
}

export function leadInTitle(text: string): string | null {
  const trimmed = text.trim();
  if (/[:：]$/.test(trimmed)) {
    const body = trimmed.slice(0, -1).trim();
    const parsed = parseColonTerm(body);
    const title = parsed ? parsed.term : termWithAliases(body).term;
    if (pointsAtWhatFollows(title)) return null;
    if (isTermLike(title)) return title;
    // `PV 的状态，实际上描述的是…，可能会处于4种不同的阶段：`: the sentence opens by naming the group it leads into.
    const opening = /^([^，,。；;]{2,20}?)\s*[，,]/u.exec(body)?.[1]?.trim() ?? '';
    // (`根据这 5 个阶段，…`: a pointer at a count, not a name.)
    return GROUP_NAME.test(opening) && !/这|那|以下|如下|下面|根据|按照|[\d一二三四五六七八九十两]+\s*[个种类]/u.test(opening) && isTermLike(opening) ? opening : null;
  }
  if (separatorIndex(trimmed) >= 0) return null;
  // Without a colon only a name will do: `下面是几个常见的例子` says something, it names nothing.
  const { term } = termWithAliases(trimmed);
  return isNameLike(term) && !isClause(term) ? term : null;
}

const QUESTION_WORDS =
  /^(?:what|why|how|when|which|who|where|explain|describe|compare|is|are|does|do|can|什么|为什么|为何|如何|怎么|怎样|哪些|哪个|哪种|请|说说|简述|介绍|解释)/i;

/** `### 3. What is a Pod?`, `### 什么是 Pod？`, `### Pod 和容器有什么区别？`. */
export function questionText(heading: string): string | null {
  // `⭐ Why Do We Need…?`: a mark before the question is decoration.
  // (`a. What Is an Inode?`, `b) Why…`: a letter numbering the note's questions goes with the numbers.)
  // (`9.5. 引用计数…`: the number of a subsection is all of `9.5.`.)
  const text = withoutLeadingMarks(heading).replace(QUESTION_LABEL, '').replace(/^(?:\d+(?:\.\d+)+\.?\s+|\d+\s*[.、)）:：]\s*|[a-h][.)]\s+)/, '').trim();
  if (!text) return null;
  if (/[?？]$/.test(text)) return text;
  if (QUESTION_WORDS.test(text) && /什么|区别|作用|原理|如何|为什么|what|how|why|difference/i.test(text)) return asQuestion(text);
  return null;
}

/**
 * A heading worded as a title (`How Access Modes Work in Kubernetes`, `How to Drain a Node`,
 * `Why Pods Are Ephemeral`) asked as the question it stands for.
 */
function asQuestion(title: string): string {
  if (/\p{Script=Han}/u.test(title)) return title;
  // `How does Prometheus work? Explain the pull model.`: a question already, an instruction after it.
  if (/[?？]/.test(title)) {
    if (/[?？.。!！]$/.test(title)) return title;
    // (`…traceroute? How is it able to find the hops`: the last sentence, a question too, keeps its mark.)
    const last = title.split(/[?？.。]\s*/).pop() ?? '';
    return `${title}${/^(?:what|why|how|when|which|who|where|is|are|does|do|can)\b/i.test(last) ? '?' : '.'}`;
  }
  const works = /^how\s+(?!(?:do|does|did)\b)(.+?)\s+(works?)\b(.*)$/i.exec(title);
  if (works) {
    const subject = works[1] as string;
    const plural = (works[2] as string).toLowerCase() === 'work' && !/^(?:it|this|that)$/i.test(subject);
    return `How ${plural ? 'do' : 'does'} ${subject} work${works[3] as string}?`;
  }
  // `What Ingress Actually Is`, `What a Pod Really Is`: the question turned round into a title.
  const whatIs = /^what\s+(.+?)(?:\s+(actually|really))?\s+(is|are)$/i.exec(title);
  if (whatIs && !/^(?:is|are|does|do|it|this|that)\b/i.test(whatIs[1] as string)) return `What ${(whatIs[3] as string).toLowerCase()} ${whatIs[1] as string}${whatIs[2] ? `, ${(whatIs[2] as string).toLowerCase()}` : ''}?`;
  const howTo = /^how\s+to\s+(.+)$/i.exec(title);
  if (howTo) return `How do you ${lowerFirst(howTo[1] as string)}?`;
  // `Explain how a Service routes traffic.`: a request, which keeps its full stop.
  if (/^(?:explain|describe|compare|list|name|define|outline|walk through)\b/i.test(title)) return /[.。]$/.test(title) ? title : `${title}.`;
  return `${title.replace(/\.+$/, '')}?`;
}

/** `Drain a Node` → `drain a Node`: only the first word, whose capital was the title's. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]+\b/.test(text) ? (text[0] as string).toLowerCase() + text.slice(1) : text;
}

// (`Q5. Why…?` numbers its question: a line of its own still asks one, and ends the answer before it.)
const QA_PREFIX = /^(?:Q\s?\d{0,3}|问|问题\s*\d{0,3})\s*[:：.、]\s*(.+)$/i;

export function questionLine(text: string): string | null {
  return QA_PREFIX.exec(text)?.[1]?.trim() ?? null;
}

export function answerLine(text: string): string | null {
  const label = ANSWER_LABEL.exec(text);
  return label ? text.slice(label[0].length).trim() || null : null;
}
