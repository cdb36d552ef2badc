import { commandsOnly, detectLang, withoutLeadingMarks } from '../text/index.js';
import { detailWithoutMisconceptions } from './misconceptions.js';
import type { Bank, Lang, TermEntry, TermsBank } from '../types.js';
import { findNumbers, type NumberToken } from './numbers.js';
import { acronymPair, isAbbreviationShaped, isLongForm, keyOf, looseKey, saysOnlyPraise, width } from './text.js';
import { topicFor } from './topic.js';

// Everything in the collection that can serve as a choice, with where it came from, so
// distractors can be taken from near the question first.

/** Where a piece of text lives: its bank, the bank's heading path, its file. */
export interface Origin {
  bankId: string;
  path: readonly string[];
  /** matchKeys of the path, compared often. */
  pathKeys: readonly string[];
  file: string;
}

export interface Candidate {
  text: string;
  key: string;
  /** looseKey of the text, for spotting the same name written differently. */
  loose: string;
  origin: Origin;
  /** looseKeys of the entry this text belongs to (its term and aliases): its "owner". */
  owners: readonly string[];
  lang: Lang;
  width: number;
  /** For an entry's detail: the entry's term and aliases, to be masked when it is shown. */
  names?: readonly string[];
  /** Which run of its note's consecutive entry lines it stands in (one list, when a heading holds two). */
  run?: number;
}

interface NumberCandidate {
  token: NumberToken;
  origin: Origin;
}

export interface Pool {
  banks: readonly Bank[];
  /** Entry details usable as an answer (not empty, not a restatement of the term). */
  details: Candidate[];
  terms: Candidate[];
  /** Abbreviations (`RWO`) and expansions (`ReadWriteOnce`) that the notes pair up. */
  shortForms: Candidate[];
  longForms: Candidate[];
  /** Other names of the same shapes (`IPVS`; `Liveness Probe`): wrong answers of last resort. */
  shortNames: Candidate[];
  longNames: Candidate[];
  /** Bold spans of entries, when the loader keeps them. */
  bold: Candidate[];
  numbers: NumberCandidate[];
  /** Banks by id, with their topic (heading path + title). */
  topics: Map<string, readonly string[]>;
  /** matchKeys of each bank's topic. */
  topicKeys: Map<string, string[]>;
  origins: Map<string, Origin>;
  /** Banks' titles by id. */
  titles: Map<string, string>;
  /** `pathKeys \u0001-joined \u0000 termKey` of every terms entry: which bullets list what. */
  listed: Set<string>;
  /** The run of lines of its note each terms entry stands in (runsOf). */
  runs: Map<TermEntry, number>;
  /** How many notes ask each question of a question heading, by its key: a how-to asked by several is each note's own. */
  askedIn: Map<string, number>;
  /** Keys of answers written word for word under three or more different headings: a template's filler. */
  boilerplate: Set<string>;
}

/** Key of `listed` for a term under a heading path. */
export function listedKey(pathKeys: readonly string[], term: string): string {
  return `${pathKeys.join('\u0001')}\u0000${keyOf(term)}`;
}

const origins = new WeakMap<Bank, Origin>();

/**
 * Where a bank's texts come from. One object per bank, shared by the pool, every generator and
 * every candidate of the bank; banks under the same headings share one array of path keys.
 */
export function originOf(bank: Bank, shared?: Map<string, readonly string[]>): Origin {
  let origin = origins.get(bank);
  if (!origin) {
    let pathKeys: readonly string[] = bank.path.map(keyOf);
    if (shared) {
      const key = pathKeys.join('\u0001');
      const same = shared.get(key);
      if (same) pathKeys = same;
      else shared.set(key, pathKeys);
    }
    origin = { bankId: bank.id, path: bank.path, pathKeys, file: bank.source.file };
    origins.set(bank, origin);
  }
  return origin;
}

/** looseKeys of an entry's term and aliases. */
export function ownerKeys(entry: TermEntry): string[] {
  return [entry.term, ...entry.aliases].map(looseKey).filter(Boolean);
}

const MAX_DETAIL_WIDTH = 200;

/** `下表解释了 Webhook 配置的主要字段`, `the table below lists…`: a sentence about a table, not a description. */
// (`为节点打上表示…` holds 上表 too: only the table's own phrases count.)
const POINTS_AT_TABLE = /^(?:下|上)表|[如见据从]?(?:下|上)表(?:中|所示|列出|解释|对比|说明|给出|是)|\bthe (?:table|list) (?:below|above)\b|\bthe following table\b/i;

/** `如我们上面所见`, `就是刚才说过的`, `上面的哪个集群`, `as we saw above`, `消息字段可以是以下字段之一`: a line that points back or on at the note, not a description. */
const POINTS_IN_NOTE = /^(?:see|refer to|check) (?:above|below)\.?$|^(?:见上|见下|同上)[。.]?$|上面的|上述|上文|^(?:就是)?(?:刚才|前面|之前|上面)(?:说|讲|提)(?:过|到)的?|^(?:正?如|就像)(?:我们|前面|上面|上文|之前)[^，。,]{0,6}(?:所见|所说|所述|提到的?|看到的?)|^如上所述|(?:以下|下列|下面)[^，。,]{0,8}之一[。.]?$|^as (?:we (?:saw|have seen|mentioned)|(?:seen|mentioned|discussed|shown)) (?:above|earlier|before)\b/iu;

const usable = new WeakMap<TermEntry, boolean>();

/** `…解耦，主要控制器如下`, `…除此之外还拥有以下功能`, `…as follows:`: a last clause that leads into a list the line does not hold. */
export const LEADS_ON = /(?:(?:下面|以下|接下来)(?:将|会)?(?:列出|介绍|列举|给出)[^。\n]*|(?:执行|按照|完成)(?:以下|下面的?|下列)步骤[^。\n]*|(?:如下|如下所示|见下)[^。\n]{0,6}|(?:负责|包括|包含|提供|具有|有|分为|完成)以下[^，。,\n]{0,6}|定义了[一二三四五六七八九十两\d]+\s*(?:种|类|个)[^，。,\n]{0,10})[。.:：]?\s*$|\b(?:the following|the steps below|as follows|(?:shown|listed|described|explained|given|see) below)\b[^.\n]{0,30}[.:]?\s*$|\bbelow\s*[:：]\s*$/iu;

/** A detail that can be a choice: present, not just the term or one of its aliases again. */
/** `…args传递给程序的参数 https:kubernetes.io/docs/…`: a link in a description, which no choice reads out. */
const HAS_URL = /\bhttps?:\/{0,2}[\w-]+(?:\.[\w-]+)+|\bwww\.[\w-]+\.[a-z]{2,}/i;

/**
 * Whether a description can stand as a choice (the right one or a wrong one): not one with a link in it, not
 * a line of commands (`run: vagrant ssh k8s-master/kubectl get nodes`: what to type says what is done, not what
 * the thing is), not the columns a command prints (`avg-cpu: %user %nice %system %iowait`). A reference to
 * grade oneself against may still be any of these.
 */
export function readsAsChoice(detail: string): boolean {
  const text = detail.trim();
  return !HAS_URL.test(text) && !commandsOnly(text) && !/^%[\w-]+(?:\s+%[\w-]+){2,}$/.test(text);
}

export function usableDetail(entry: TermEntry): boolean {
  let ok = usable.get(entry);
  if (ok === undefined) {
    ok =
      keyOf(entry.detail).length > 0 &&
      !ownerKeys(entry).includes(looseKey(entry.detail)) &&
      width(entry.detail) <= MAX_DETAIL_WIDTH &&
      // Not even as a wrong answer: praise fits any choice, `下表解释了…` points at a table, and
      // `"Kubesphere ${env.JOB_NAME} …"` is a template one pipeline fills in, `{{ .Values.image.repository }}`
      // one Helm fills in: code rather than a description.
      !saysOnlyPraise(entry.detail) &&
      !POINTS_AT_TABLE.test(entry.detail) &&
      !POINTS_IN_NOTE.test(entry.detail.trim()) &&
      !/\$\{[^}]+\}|\{\{[^}]*\}\}/.test(entry.detail) &&
      // `…执行替代操作（没理解）`: the author says they did not follow it; not a line to learn from.
      !/[(（]\s*(?:没理解|不理解|没懂|不懂|没看懂|存疑|待确认|不确定|not sure|unsure|\?+|？+)\s*[)）]/iu.test(entry.detail) &&
      // `开发在服务中新建接口暴露监控数据？？？`: question marks in a row are the author's own doubt.
      !/？{2,}|\?{3,}/u.test(entry.detail);
    usable.set(entry, ok);
  }
  return ok;
}

/**
 * A candidate whose keys, language and width are worked out when first read: most candidates
 * of a large collection are never looked at (a question looks at its own note and a sample).
 */
class PoolCandidate implements Candidate {
  #key: string | undefined;
  #loose: string | undefined;
  #lang: Lang | undefined;
  #width: number | undefined;
  names?: readonly string[];
  run?: number;
  constructor(
    readonly text: string,
    readonly origin: Origin,
    readonly owners: readonly string[],
    lang?: Lang,
  ) {
    this.#lang = lang;
  }
  get key(): string {
    return (this.#key ??= keyOf(this.text));
  }
  get loose(): string {
    return (this.#loose ??= looseKey(this.text));
  }
  get lang(): Lang {
    return (this.#lang ??= detectLang(this.text));
  }
  get width(): number {
    return (this.#width ??= width(this.text));
  }
}

export function candidate(text: string, origin: Origin, owners: readonly string[], lang?: Lang): Candidate {
  return new PoolCandidate(text, origin, owners, lang);
}

/** How many notes ask each question-and-answer question (by key). */
function notesAsking(banks: readonly Bank[]): Map<string, number> {
  const files = new Map<string, Set<string>>();
  for (const bank of banks) {
    if (bank.kind !== 'qa') continue;
    for (const pair of bank.pairs) {
      const key = keyOf(pair.question);
      files.set(key, (files.get(key) ?? new Set<string>()).add(bank.source.file));
    }
  }
  return new Map([...files].map(([key, notes]) => [key, notes.size]));
}

/** Shorter than this, the same answer under many headings is just a common answer (`Yes`, `See above`). */
const BOILERPLATE_MIN_LENGTH = 40;
/** Under this many different headings, one answer is a template's, not the note's. */
const BOILERPLATE_TITLES = 3;

/** A text's sentences, each with its full stop: where a template's filler can be told from the note's words. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？!?])|(?<=\.)\s+/u).map((s) => s.trim()).filter(Boolean);
}

/** The key under which an answer is compared with the others for boilerplate. */
export function boilerplateKey(text: string): string {
  return text.length < BOILERPLATE_MIN_LENGTH ? '' : text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * `**Answer:** Requirements and assumptions. Clarify tenants, workload distribution and 10× case…` under
 * every question of every page: notes generated from a template repeat its filler word for word under
 * headings that differ. (A note copied into another repeats its headings too, and is no template.)
 */
function boilerplateOf(banks: readonly Bank[]): Set<string> {
  const titles = new Map<string, Set<string>>();
  const add = (text: string, title: string) => {
    // The whole answer, and each of its sentences: a template's sentence may sit among the note's own.
    for (const part of new Set([text, ...sentencesOf(text)])) {
      const key = boilerplateKey(part);
      if (key) titles.set(key, (titles.get(key) ?? new Set<string>()).add(title));
    }
  };
  for (const bank of banks) {
    if (bank.kind === 'terms') for (const entry of bank.entries) add(entry.detail, bank.title);
    else if (bank.kind === 'qa') for (const pair of bank.pairs) add(pair.answer, bank.title);
  }
  return new Set([...titles].filter(([, seen]) => seen.size >= BOILERPLATE_TITLES).map(([key]) => key));
}

export function buildPool(banks: readonly Bank[]): Pool {
  const pool: Pool = {
    banks,
    details: [],
    terms: [],
    shortForms: [],
    longForms: [],
    shortNames: [],
    longNames: [],
    bold: [],
    numbers: [],
    topics: new Map(),
    topicKeys: new Map(),
    origins: new Map(),
    titles: new Map(),
    listed: new Set(),
    runs: runsOf(banks),
    askedIn: notesAsking(banks),
    boilerplate: boilerplateOf(banks),
  };
  // Heading paths repeat from bank to bank: their keys are made once and shared.
  const paths = new Map<string, readonly string[]>();
  for (const bank of banks) {
    const topic = topicFor(bank);
    pool.topics.set(bank.id, topic);
    pool.topicKeys.set(bank.id, topic.map(keyOf));
    const origin = originOf(bank, paths);
    pool.origins.set(bank.id, origin);
    pool.titles.set(bank.id, bank.title);
    if (bank.kind === 'terms') {
      addTerms(pool, bank, origin);
      for (const entry of bank.entries) pool.listed.add(listedKey(origin.pathKeys, entry.term));
    }
    else if (bank.kind === 'steps') {
      for (const step of bank.steps) for (const token of findNumbers(step.text)) pool.numbers.push({ token, origin });
    }
  }
  return pool;
}

/**
 * `Job：OnFailure或Never，…`, `RC和DaemonSet：必须设置为Always`: which value of a setting each
 * thing takes, not what the thing is; neither its name nor that line is the same kind as the
 * setting's values and their descriptions beside it.
 */
const PICKS_A_VALUE = /^(?:必须|应该?|只能|需要)?(?:设置?为|设成|取|用|使用)?\s*[A-Z][A-Za-z]+(?:\s*(?:或者?|和|、|\/|,|，|\bor\b|\band\b)\s*[A-Z][A-Za-z]+)*\s*[，,；;。]/u;

export function picksAValue(entry: TermEntry): boolean {
  return PICKS_A_VALUE.test(entry.detail.trim()) && /^(?:必须|应该?|只能|需要|设置?为|设成|[A-Z][A-Za-z]+\s*(?:或者?|\/|\bor\b))/u.test(entry.detail.trim());
}

/** Lines of a note further apart than this, with no entry of any list between, start another run. */
const RUN_GAP = 3;

/**
 * Runs of entries: the entries of a note (of every bank, nested lists too) in line order, cut
 * where no entry stands for a few lines (prose, a lead-in, a code block). `NodeName` in a
 * paragraph and the Pod phases in a list far below share a heading, not a list.
 */
function runsOf(banks: readonly Bank[]): Map<TermEntry, number> {
  const byFile = new Map<string, TermEntry[]>();
  for (const bank of banks) {
    if (bank.kind !== 'terms') continue;
    const entries = byFile.get(bank.source.file);
    if (entries) entries.push(...bank.entries);
    else byFile.set(bank.source.file, [...bank.entries]);
  }
  const runs = new Map<TermEntry, number>();
  for (const entries of byFile.values()) {
    entries.sort((a, b) => a.line - b.line);
    let run = 0;
    let last: number | undefined;
    for (const entry of entries) {
      // An entry's own note lines (sub-bullets, code) count as its lines.
      if (last !== undefined && entry.line - last > RUN_GAP) run++;
      runs.set(entry, run);
      last = entry.line + (entry.notes?.length ?? 0);
    }
  }
  return runs;
}

/** The run an entry stands in, in the pool built over its note. */
export function runOf(pool: Pool, entry: TermEntry): number | undefined {
  return pool.runs.get(entry);
}

function addTerms(pool: Pool, bank: TermsBank, origin: Origin): void {
  for (const entry of bank.entries) {
    if (picksAValue(entry)) continue;
    const owners = ownerKeys(entry);
    const run = pool.runs.get(entry);
    const term = candidate(entry.term, origin, owners);
    term.run = run;
    pool.terms.push(term);
    // `Never：仅当本地没有镜像时才拉取`: a false description is another value's true one, a second right answer.
    // (`启动时运行一次，检测…` of a startup probe: offered without the clause that says it.)
    // (A line that stops where its list starts is no wrong answer either: `…此外还有以下功能`.)
    const told = usableDetail(entry) && !LEADS_ON.test(entry.detail.trim()) && readsAsChoice(entry.detail) ? detailWithoutMisconceptions(entry.term, entry.detail) : null;
    if (told !== null) {
      const detail = candidate(told, origin, owners);
      detail.names = [entry.term, ...entry.aliases];
      detail.run = run;
      pool.details.push(detail);
    }
    const pair = acronymPair(entry.term, entry.aliases);
    if (pair) {
      pool.shortForms.push(candidate(pair.short, origin, owners));
      pool.longForms.push(candidate(pair.long, origin, owners));
    } else {
      // Names of the right shape make plausible wrong answers too (`IPVS`, `Liveness Probe`).
      for (const name of [entry.term, ...entry.aliases]) {
        if (isAbbreviationShaped(name)) pool.shortNames.push(candidate(name, origin, owners));
        else if (isLongForm(name) && /^[A-Z]/.test(name)) pool.longNames.push(candidate(name, origin, owners));
      }
    }
    for (const span of entry.bold ?? []) if (keyOf(span)) pool.bold.push(candidate(span, origin, owners));
    for (const text of [entry.detail, ...(entry.notes ?? [])]) {
      for (const token of findNumbers(text)) pool.numbers.push({ token, origin });
    }
  }
}

/** Prefixes of heading paths this short are indexed; a longer one is looked for bank by bank. */
const INDEXED_DEPTH = 2;
const sections = new WeakMap<Pool, Map<string, string[]>>();

const prefixKey = (keys: readonly string[], length: number): string => `${length}\u0002${keys.slice(0, length).join('\u0001')}`;

/**
 * Whether a bank other than `exceptId` lies under the headings `pathKeys` (its path keys
 * start with them): what `pool.banks.some((b) => b.id !== exceptId && pathKeys of b start
 * with pathKeys)` says, answered from an index made once per pool for paths of up to two
 * headings, instead of a walk over every bank for every bank.
 */
export function otherBankUnder(pool: Pool, pathKeys: readonly string[], exceptId: string): boolean {
  const startsWith = (keys: readonly string[]): boolean => pathKeys.length <= keys.length && pathKeys.every((p, i) => p === keys[i]);
  if (pathKeys.length > INDEXED_DEPTH) {
    return pool.banks.some((b) => b.id !== exceptId && startsWith(pool.origins.get(b.id)?.pathKeys ?? []));
  }
  let index = sections.get(pool);
  if (!index) {
    index = new Map();
    for (const [id, origin] of pool.origins) {
      for (let length = 0; length <= Math.min(INDEXED_DEPTH, origin.pathKeys.length); length++) {
        const key = prefixKey(origin.pathKeys, length);
        const ids = index.get(key);
        // Two ids are enough to tell whether there is one other than any given id.
        if (!ids) index.set(key, [id]);
        else if (ids.length < 2 && ids[0] !== id) ids.push(id);
      }
    }
    sections.set(pool, index);
  }
  return (index.get(prefixKey(pathKeys, pathKeys.length)) ?? []).some((id) => id !== exceptId);
}

/** A Go-style code token: a qualified call or field (`sched.Preempt`), a call (`run()`), `nil`, `:=`, `func`. */
const GO_TOKEN = /\b[a-zA-Z]\w*\.[A-Z]\w*|\b[a-zA-Z]\w*\(\)|\bfunc\s|\b[a-z]+[A-Z]\w*\(|:=|\bnil\b/;
/** A heading that is a code identifier (`syncPod`, `genericScheduler.Preempt`, `Run()`). */
const CODE_HEADING = /^[a-z]+[A-Z]\w*$|^[A-Za-z_]\w*\.[A-Za-z_]\w*(?:\.\w+)*(?:\(\))?$|\(\)$|^func\s/;
const walkthroughs = new WeakMap<Pool, Map<string, boolean>>();

/** Leading section numbers and marks of a heading. */
const bareHeading = (h: string): string => withoutLeadingMarks(h).replace(/^(?:\d+(?:\.\d+)*[.)）、]?\s*)?/u, '').trim();

/**
 * Whether a file is a walk through source code (what a function does, branch by branch),
 * judged by its content: several of its items name Go calls and fields, or several of its
 * headings are function names. The order of its statements is the code's, not a procedure;
 * its fields and functions are the code's names, not terms worth typing or grouping.
 * Judged over every bank of the file, never by the file's name.
 */
/** A folder or file named for reading a program's source. */
const SOURCE_READING = /source[-_ ]?code|code[-_ ]?(?:reading|walk-?through|analysis)|源码|代码分析/i;

/** A note's file and the two folders over it: what the notes are filed under, not where they are kept. */
export function filedUnder(file: string): string {
  return file.split(/[\\/]/).slice(-3).join('/');
}

export function isCodeWalkthrough(pool: Pool, file: string): boolean {
  // `source-code-reading/…`, `源码分析/…`: a note filed as reading source code walks through it.
  if (SOURCE_READING.test(filedUnder(file))) return true;
  let byFile = walkthroughs.get(pool);
  if (!byFile) {
    const items = new Map<string, { texts: number; code: number; headings: Set<string> }>();
    for (const bank of pool.banks) {
      const f = bank.source.file;
      let tally = items.get(f);
      if (!tally) items.set(f, (tally = { texts: 0, code: 0, headings: new Set() }));
      const texts = bank.kind === 'terms' ? bank.entries.map((e) => `${e.term} ${e.detail}`) : bank.kind === 'steps' ? bank.steps.map((s) => s.text) : bank.pairs.map((p) => p.question);
      if (bank.code) tally.code += texts.length + 2;
      tally.texts += texts.length;
      tally.code += texts.filter((t) => GO_TOKEN.test(t)).length;
      for (const h of bank.path) tally.headings.add(bareHeading(h));
    }
    byFile = new Map();
    for (const [f, t] of items) {
      const codeHeadings = [...t.headings].filter((h) => CODE_HEADING.test(h)).length;
      byFile.set(f, (t.code >= 2 && t.code >= 0.05 * t.texts) || (codeHeadings >= 2 && codeHeadings >= 0.2 * t.headings.size));
    }
    walkthroughs.set(pool, byFile);
  }
  return byFile.get(file) ?? false;
}
