import { correctKnownNames, escapeRegExp, shortHash, detectLang, isAdviceSection, isAspectLabel, isCommandLine, isOtherLatinLanguage, isOtherScript, isSentence, isTechnicalName, matchKey, nameKind, withoutLeadingMarks } from '../text/index.js';
import {
  bareTitle,
  isComparisonTitle,
  hasSequenceMark,
  isAction,
  isAspectTitle,
  describesCases,
  describesFacts,
  describesRoles,
  DESCRIBING_VERB,
  opensWithVerb,
  isEnumerationCue,
  isInstruction,
  asksOnlyHow,
  isHowItWorksTitle,
  isProcessTitle,
  isTaskTitle,
  isReferenceTitle,
  isCollectionTitle,
  isScaffoldTitle,
  isStageSequence,
  isUrl,
  readStep,
} from './kinds.js';
import { CONTENTS_TITLE, LEADS_INTO } from './outline.js';
import {
  answerLine,
  isClause,
  isNameLike,
  isTermLike,
  leadInTitle,
  pointsAtWhatFollows,
  parseAcronymRun,
  parseBoldLead,
  textWidth,
  isBoldClaim,
  splitsCode,
  parseColonTerm,
  parseInlineList,
  parseInlineSequence,
  parseParenLine,
  parseParenTerm,
  parseTermRun,
  questionLine,
  questionText,
  type ParsedTerm,
} from './patterns.js';
import { titleFromFileName } from './collect.js';
import type {
  Bank,
  NoteFile,
  OutlineBlock,
  OutlineList,
  OutlineListItem,
  OutlineSection,
  QaBank,
  Skipped,
  Step,
  StepsBank,
  TermEntry,
  TermsBank,
  TextLine,
  Warning,
} from '../types.js';

/** A Chinese label names something of the field only with a name in Latin letters in it (`原生 bug` does not). */
function namesSomething(term: string): boolean {
  if (/\p{Script=Han}/u.test(term)) return /[A-Za-z]{2,}/.test(term.replace(/\bbugs?\b/gi, ''));
  return isTechnicalName(term);
}

/** `intermediate.de.md`, `README.fr.md`: a note in a language the program does not read, by its name. */
const OTHER_LANGUAGE_FILE = /\.(?:de|fr|es|pt|pt-br|it|ru|ja|ko|vi|nl|pl|tr)\.(?:md|markdown)$/i;

/** A section label glued to the end of a sentence: `… etc. Limitations`, `…集群。优点`. */
const TRAILING_LABEL = /([.。!！?？])\s*(?:Limitations?|Pros|Cons|Advantages?|Disadvantages?|Features?|Examples?|Notes?|Benefits?|Drawbacks?|Use cases?|优点|缺点|局限性?|示例|注意)\s*[:：]?$|(\S)\s+(?:优点|缺点|局限性?|示例|例子|注意)\s*[:：]?$/u;

/** `(string)`, `(integer)`, `([]string)` after a field's name: its type, in an API's field table. */
const FIELD_TYPE = /\s*[(（](?:string|integer|int|int32|int64|boolean|bool|number|float|object|array|\[\]\w+|map\[\w+\]\w+)[)）]$/i;

/**
 * `… none is not available for swarm services. See disable container networking.`: a last sentence
 * that sends the reader to a page (a link whose address the note drops) adds nothing to know.
 */
const SEE_ALSO = /([.。!！?？])\s*(?:see(?: also)?|refer to|for (?:more )?(?:details|information|info),? see|详见|参见|请参考|具体参考)\s*[^.。!！?？]{1,80}[.。]?$/iu;

/**
 * `… (This is where we have been working so far).`, `…（前面我们用的就是它）`: a closing aside about the
 * course's own doings, no part of what the thing is.
 */
const COURSE_ASIDE = /\s*[(（][^()（）]*(?:\b(?:we(?:['’]ve| have| had| did| used| saw| will)|so far|earlier in (?:this|the) (?:course|lesson|chapter))\b|前面我们|我们(?:之前|前面|刚才|上面))[^()（）]*[)）]\s*[.。]?$/iu;

/** A lead-in that ends by announcing examples: `…，例如：`, `such as:`. */
const EXAMPLES_CUE = /(?:例如|比如|譬如|诸如|举例|e\.g\.|for example|for instance|such as)\s*[:：]$/i;

/** A lead-in that ends by saying what something is for: `你需要一个集中式的日志系统来：`, `…so that you can:`. */
const PURPOSES_CUE = /(?:来|用来|用于|以便|为了|从而)\s*[:：]$|\b(?:in order to|so (?:that )?(?:you|it|we|they) can)\s*:$/iu;

/** `Rollout 优势 | 说明`: a table whose first column holds the advantages (features, drawbacks) of something. */
const ASPECT_COLUMN = /(?:优势|优点|缺点|劣势|特点|特性|好处|亮点|\b(?:benefits?|advantages?|disadvantages?|features?|pros|cons))$/iu;

// outline -> banks. Every entry keeps its line; the bank keeps its heading path.

/**
 * `IPAM: IP address management，IP 地址管理工具…`: an abbreviation's description that opens with the
 * English words it stands for (their initials, a word in capitals counting all its letters), then a
 * comma and what it is. Null when the description does not open so.
 */
function spelledOutFirst(term: string, detail: string): { long: string; rest: string } | null {
  if (!/^[A-Z][A-Za-z]{1,7}$/.test(term) || (term.match(/[A-Z]/g)?.length ?? 0) < 2) return null;
  const m = /^([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){1,5})\s*[，,]\s*(\S.*)$/su.exec(detail);
  if (!m) return null;
  const long = m[1] as string;
  const initials = long
    .split(/[\s-]+/)
    .filter((w) => !/^(?:of|and|for|the|to|in|on|a|an)$/i.test(w))
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : (w[0] ?? '')))
    .join('');
  return initials.toLowerCase() === term.toLowerCase() ? { long, rest: m[2] as string } : null;
}

/** `Handles Layer 4 networking.`, `Runs per node.`: an English sentence that opens on its verb, its subject left above it. */
function lacksSubject(text: string): boolean {
  const [first = '', second = ''] = text.trim().split(/\s+/);
  return /^[A-Z][a-z]+s$/.test(first) && !/ss$/.test(first) && (opensWithVerb(first) || DESCRIBING_VERB.test(first)) && !/^(?:is|are|was|were|has|have|can|could|should|must|will|would|may|might|do|does|of|and|or)$/i.test(second);
}

/**
 * A digit, or a Chinese number with a measure word (`三个`, `两次`): something a cloze can blank.
 * A run of numerals is tried from its start only, or a long run is quadratic.
 */
const STATES_A_NUMBER = /\d|(?<![一二两三四五六七八九十百千万])[一二两三四五六七八九十百千万]+\s*(?:个|次|台|秒|分钟|小时|天|层|种|副本|节点|倍)/;

/**
 * Arrows the note draws between stages: `A → B → C`, `A -> B`, `A ==> B`. A run of `-` or `=`
 * is tried from its start only, or a long one is quadratic; the items are trimmed after.
 */
const ARROW = /→|⟶|➜|➡|(?<!=)=+>|(?<!-)-+>/;

/** What one line of text says, as far as banks are concerned. */
type LineMeaning =
  | { kind: 'terms'; terms: ParsedTerm[] }
  | { kind: 'list'; title: string; items: ParsedTerm[] }
  | { kind: 'sequence'; title: string; items: string[] }
  | { kind: 'lead'; title: string }
  | { kind: 'plain' };

// A line is read several times (as an item, as a parent, to judge its list): read it once.
const readLines = new WeakMap<TextLine, LineMeaning>();

export function readLine(line: TextLine): LineMeaning {
  let meaning = readLines.get(line);
  if (!meaning) {
    meaning = readLineText(line);
    readLines.set(line, meaning);
  }
  return meaning;
}

/** `Question:`, `问题：` opening a meaning: an exercise's label and its question. */
const QUESTION_LABEL = /^(?:questions?|q|问题|题目)\s*[:：]/iu;

function readLineText(line: TextLine): LineMeaning {
  const meaning = readLineParts(line);
  // `**CLI/debugging:** **Question:** Production is degraded…`: an exercise's label and its question, no meaning.
  return meaning.kind === 'terms' && meaning.terms.every((t) => QUESTION_LABEL.test(t.detail)) ? { kind: 'plain' } : meaning;
}

function readLineParts(line: TextLine): LineMeaning {
  const text = line.text;
  // A link, a URL, a badge, an article's title with a colon in it: nothing a question can be made of.
  if (line.linkOnly || line.linkColon || isUrl(text)) return { kind: 'plain' };
  if (isBoldClaim(text, line.bold)) return { kind: 'plain' };
  const run = parseTermRun(text);
  if (run.length) return { kind: 'terms', terms: run };
  const acronyms = parseAcronymRun(text);
  if (acronyms.length) return { kind: 'terms', terms: acronyms };
  // `沒有標示 \`$patch: replace\` 的地方…`: a colon inside code separates no term from its definition.
  const colon = splitsCode(text, line.codeColons) ? null : parseColonTerm(text);
  if (colon) {
    // `重启策略（restartPolicy）：` ends in a colon: it leads in what follows, whatever its parenthesis says.
    if (/[:：]$/.test(text)) {
      const title = leadInTitle(text);
      if (title) return { kind: 'lead', title };
    }
    if (!colon.detail || /[:：]$/.test(colon.detail)) return { kind: 'lead', title: pointsAtWhatFollows(colon.term) ? '' : colon.term };
    // `本地磁盘：节点宕机 → Pod 重建 → 数据丢失`: what happens to a thing, told in arrows, is no procedure
    // to learn; a process (`调度流程：…`), stages of one (`构建 → 测试 → 部署`) or a chain (`控制链：…`) is.
    const arrows = arrowSequence(colon.detail);
    if (arrows && (isProcessTitle(colon.term) || isStageSequence(colon.term, arrows) || CHAIN_TITLE.test(colon.term.trim()))) return { kind: 'sequence', title: colon.term, items: arrows };
    const items = parseInlineList(colon.detail);
    if (items.length) return { kind: 'list', title: colon.term, items };
    return { kind: 'terms', terms: [colon] };
  }
  const sequence = parseInlineSequence(text);
  if (sequence) {
    // A lifecycle glued to its items is a sequence only when the note marks one (arrows, or
    // stages that are actions); `Pod生命周期 Pending，Running，…` lists states.
    const marked = sequence.arrows || isStageSequence(sequence.title, sequence.items) || (isProcessTitle(sequence.title) && sequence.items.every(isAction));
    if (marked) return { kind: 'sequence', title: sequence.title, items: sequence.items };
    const items = sequence.items.map((item) => parseParenTerm(item) ?? { term: item, detail: '', aliases: [] });
    return { kind: 'list', title: sequence.title, items };
  }
  const paren = parseParenLine(text);
  if (paren) return { kind: 'terms', terms: [paren] };
  // (`计算机网络是指…多台**计算机**…`: the bold was later in the line, so the word it starts with is no bold name.)
  const bold = line.boldLater ? null : parseBoldLead(text, line.bold);
  if (bold) return { kind: 'terms', terms: [bold] };
  return { kind: 'plain' };
}

/** Whether a line of a paragraph stops in the middle of a sentence (the next line goes on with it). */
function endsMidSentence(line: TextLine | undefined): boolean {
  return line !== undefined && /[\p{Script=Han}\p{L}\d,，、]$/u.test(line.text.trim());
}

/**
 * `…the only thing a proxy can route on. The` / `catch: classic SNI…`: an English line left off mid-sentence,
 * and a plain lower-case word before the colon of the next, which goes on with it (`id：…` lines under
 * Chinese lines, `NoSchedule: …` under an unfinished line, are terms of their own).
 */
function goesOnFrom(previous: TextLine | undefined, terms: readonly ParsedTerm[]): boolean {
  if (previous === undefined || terms.length !== 1 || !/^[a-z][a-z-]*$/.test((terms[0] as ParsedTerm).term)) return false;
  // (A line that is a term and its meaning itself, `request: minimum…` over `limits: …`, is a sibling, not a sentence begun.)
  return /[A-Za-z,]$/.test(previous.text.trim()) && parseColonTerm(previous.text) === null;
}

/** The sentences of `text` that begin and end on it: without the end of one begun before, or the start of one going on after. */
function wholeSentences(text: string, begunBefore: boolean, goesOn: boolean): string {
  let t = text.trim();
  const END = /[。！？!?；;]|\.(?=\s|$)/gu;
  if (begunBefore) {
    const first = END.exec(t);
    t = first ? t.slice(first.index + first[0].length).trim() : '';
  }
  if (goesOn && t) {
    let last = -1;
    for (const m of t.matchAll(END)) last = (m.index ?? 0) + m[0].length;
    t = last >= 0 ? t.slice(0, last).trim() : '';
  }
  return t;
}

/** `控制链`, `请求路径`, `Build pipeline`: a name for things in a row. */
const CHAIN_TITLE = /(?:链|链路|路径|流)$|\b(?:chain|pipeline|path|flow)$/i;

/** Wider than this, a line that stops mid-sentence was wrapped by hand. */
const WRAPPED_WIDTH = 70;

/** Whether `line` stops mid-sentence and `next` goes on with it (prose, not a term or a list of its own). */
function wrapsOn(line: TextLine, next: TextLine | undefined): boolean {
  if (!next || textWidth(line.text) < WRAPPED_WIDTH || !endsMidSentence(line)) return false;
  return readLine(next).kind === 'plain' && /^[\p{Script=Han}a-z]/u.test(next.text.trim());
}

/** `（A）`, `(b)`, `C.`, `D、` before a step's text. */
const STEP_LETTER = /^\s*(?:[(（]\s*([A-Za-z])\s*[)）]|([A-Za-z])\s*[.、)）])\s*(?=\S)/u;

/** `（A）用户打开客户端…`, `（B）…`, `（C）…`: letters the note counts its steps with would tell which comes next. */
function withoutStepLetters(steps: Step[]): Step[] {
  const letters = steps.map((step) => {
    const mark = STEP_LETTER.exec(step.text);
    return (mark?.[1] ?? mark?.[2])?.toUpperCase();
  });
  if (!letters.every((letter, i) => letter === String.fromCharCode(65 + i))) return steps;
  return steps.map((step) => ({ ...step, text: step.text.replace(STEP_LETTER, '') }));
}

/** A short line that stops at a comma, and the sentence goes on in the next (`…相对优先级，` / `进程组会…`). */
function stopsAtComma(line: TextLine, next: TextLine | undefined): boolean {
  return next !== undefined && /[，,、]$/u.test(line.text.trim()) && !/https?:\/\//.test(line.text) && readLine(next).kind === 'plain' && /^[\p{Script=Han}a-z]/u.test(next.text.trim());
}

/**
 * Lines after a cut one that finish its sentence: up to three plain lines, the last ending it (or
 * the paragraph); none when it goes on further.
 */
function sentenceGoingOn(lines: readonly TextLine[], from: number): TextLine[] {
  const taken: TextLine[] = [];
  for (let j = from; j < lines.length && taken.length < 3; j++) {
    const next = lines[j] as TextLine;
    if (readLine(next).kind !== 'plain') return [];
    taken.push(next);
    if (/[。！？!?]$|[^.]\.$/u.test(next.text.trim()) || j === lines.length - 1) return taken;
  }
  return [];
}

/** `A → B → C` with three or more short names: stages the note itself puts in order. */
function arrowSequence(text: string): string[] | null {
  if (!ARROW.test(text)) return null;
  const items = text.split(ARROW).map((s) => s.trim()).filter(Boolean);
  if (items.length < 3 || !items.every((item) => isNameLike(splitName(item)))) return null;
  // `curl -> (plaintext) -> kubectl proxy -> (signed)`: a stage in brackets says how the hop goes, it is no stage.
  if (items.some((item) => /^[(（][^)）]*[)）]$/u.test(item))) return null;
  return items;
}

function splitName(item: string): string {
  const paren = parseParenTerm(item);
  return paren ? paren.term : item;
}

function initials(term: string): string {
  return term.replace(/[^A-Za-z]/g, '').slice(0, 1).toUpperCase();
}

/** `EFK` over Elasticsearch, Fluentd, Kibana: an acronym spelled by the list it leads. */
function spelledBy(acronym: string, list: OutlineList): boolean {
  if (!/^[A-Z]{2,6}$/.test(acronym) || list.items.length !== acronym.length) return false;
  return list.items.map((item) => initials(item.text.text)).join('') === acronym;
}

/** `Hostname`, `Port`, `Username`, `Password`: the fields of a connection or console form, filled in for one setup. */
const FORM_FIELD = /^(?:host ?name|host|server(?: name| address)?|port|user ?name|user|login|password|passwd|database(?: name)?|db(?: name)?|schema|endpoint|url|connection name|cluster name|region|access key(?: id)?|secret(?: access)? key|token)$/i;

/**
 * Items of a list that each set up a case whose sub-list names the same things as another's
 * (`单容器的 Pod，容器成功退出时…` over `Always: …`, `Never: …`, then the next case over the same
 * three): what each does in one case, not a group of its own nor the heading's.
 */
function casesOfTheSameNames(list: OutlineList): Set<OutlineListItem> {
  const namesOf = new Map<OutlineListItem, Set<string>>();
  for (const item of list.items) {
    // (A named parent, `exec` over `Purpose:`, `Use Case:`, titles its own sub-list.)
    if (readLine(item.text).kind !== 'plain' || isNameLike(item.text.text)) continue;
    const names = new Set<string>();
    for (const child of item.children) {
      for (const sub of child.items) {
        const meaning = readLine(sub.text);
        if (meaning.kind === 'terms') for (const term of meaning.terms) if (!isAspectLabel(bareTitle(term.term))) names.add(matchKey(term.term));
      }
    }
    if (names.size >= 2) namesOf.set(item, names);
  }
  const cases = new Set<OutlineListItem>();
  for (const [item, names] of namesOf) {
    for (const [other, more] of namesOf) {
      if (other !== item && [...names].filter((n) => more.has(n)).length >= 2) cases.add(item);
    }
  }
  return cases;
}

/** The entry that names the command a list walks through (`Command: docker run mysql`). */
const WALKED_COMMAND = /^(?:commands?|cmd|命令)$/i;

/** A check mark or a box before an item: the list is a checklist. */
const CHECK_MARK = /^\s*(?:[✅✔☑✓❌✗✘☐⬜]|\[[ xX✓✔✗✘×]\])/u;
/** A check already made (`✓`, `[✓]`), not a box to tick: what a run or a reviewer marked, never a name. */
const CHECKED = /^\s*(?:[✅✔☑✓❌✗✘]|\[[✓✔✗✘×]\])/u;

class BankBuilder {
  readonly banks: Bank[] = [];
  readonly warnings: Warning[] = [];
  readonly skipped: Skipped[] = [];
  private readonly ids = new Set<string>();
  private readonly termBanks = new Map<string, TermsBank>();

  /** The note's title as shown above its questions: `13 Vertical Pod Autoscaler.md` is shown without its place in the folder. */
  readonly shownTitle: string;

  constructor(private readonly note: NoteFile) {
    this.shownTitle = note.title === titleFromFileName(note.file) ? note.title.replace(/^\d{1,3}[\s._-]+(?=\p{L})/u, '') || note.title : note.title;
  }

  private id(kind: string, path: string[], shown: string): string {
    // Ids come from the title as written, so a change in how it is shown never orphans a person's history.
    const title = shown === this.shownTitle ? this.note.title : shown;
    const base = shortHash([this.note.title, ...path, title, kind].map(matchKey).join('\u0000'));
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  terms(title: string, path: string[], line: number, parsed: ParsedEntry[]): TermsBank | null {
    // `✅ Correct CN (common name…)`, `☐ Backups tested`: a checklist's checks, things to verify rather than names.
    const checks = parsed.filter(({ term }) => CHECK_MARK.test(term.term)).length;
    if (checks >= 2 && checks * 2 >= parsed.length) {
      this.skip(line, 'not-a-group', `checklist: ${title}`);
      return null;
    }
    // `[✓] Secret (敏感数据…)` among a script's other output: each such line is a check it passed.
    if (checks > 0) {
      for (const { term, line: at } of parsed) if (CHECKED.test(term.term)) this.skip(at, 'debris', term.term);
      parsed = parsed.filter(({ term }) => !CHECKED.test(term.term));
    }
    // `Command: docker pull mysql`, then `Client: sends…`, `Daemon: fetches…`: what each part does in
    // one command's run, told for that run, not what the parts are.
    // (`Command`, `Purpose`, `Syntax`, `Use Case` are a tool's aspects, told in general.)
    const walked = parsed.filter(({ term }) => WALKED_COMMAND.test(term.term.trim()) && isCommandLine(term.detail));
    if (parsed.length >= 3 && walked.length > 0 && parsed.every(({ term }) => walked.some((w) => w.term === term) || !isAspectLabel(bareTitle(term.term)))) {
      this.skip(line, 'not-a-group', `one command walked through: ${title}`);
      return null;
    }
    // `apiVersion: v1`, `kind: ConfigMap`, `name: selective-prune-config`: a manifest written without its code
    // fence, whose keys hold one example's values, not what the keys mean. Its keys go; what the section
    // says in words beside it (`Charts: collections of…`) stays.
    const valueOf = (key: string): string | undefined => parsed.find(({ term }) => term.term.trim() === key)?.term.detail.trim();
    if (/^(?:[a-z0-9.-]+\/)?v\d+(?:(?:alpha|beta)\d+)?$/.test(valueOf('apiVersion') ?? '') && /^[A-Z][A-Za-z]+$/.test(valueOf('kind') ?? '')) {
      this.skip(line, 'debris', `a manifest without its code fence: ${title}`);
      parsed = parsed.filter(({ term }) => !/^[a-z][\w.\/-]*$/.test(term.term.trim()));
      if (parsed.length < 2) return null;
    }
    // `Username: root (or any user you set up)`: what to type into one form, not what the fields are.
    const fields = parsed.filter(({ term }) => FORM_FIELD.test(bareTitle(term.term))).length;
    if (fields >= 3 && fields * 2 >= parsed.length) {
      this.skip(line, 'not-a-group', `form fields: ${title}`);
      return null;
    }
    const entries: TermEntry[] = [];
    const seen = new Map<string, number>();
    for (const { term, line: at, notes, bold } of parsed) {
      const key = matchKey(term.term);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        this.warn(at, `"${term.term}" is listed twice under "${title}" (first at line ${earlier}); the second is skipped`);
        continue;
      }
      seen.set(key, at);
      // A one-letter slip in a well-known name (`DaemenSet`) is asked with the name as it is spelled.
      // A comma left at the end (`放置 k8s 資源 yaml 的目錄，`) is where the note's sentence went on.
      // `⚠️ Deprecated — …`: a warning sign before a description is decoration, and among choices a hint.
      // `…or env=production etc. Limitations`: the next section's label run into the line, no part of it.
      // `… See disable container networking.`: where to read more, no part of it either; nor `(This is where we have been working so far).`
      // (`__ReadOnlyMany:__ - The volume…`: a dash after the colon parts them again.)
      const detail = withoutLeadingMarks(term.detail.replace(/\s*[，,、；;]+$/u, '').replace(TRAILING_LABEL, '$1$2').replace(SEE_ALSO, '$1').replace(COURSE_ASIDE, '')).replace(/^[-–—]\s+(?=\S)/u, '');
      // `service (string)` in an API's field table: the field's type is no part of its name.
      const named = withoutLeadingMarks(term.term).replace(FIELD_TYPE, '') || term.term;
      // `IPAM: IP address management，IP 地址管理工具`: the words it stands for, then what it is.
      const spelled = spelledOutFirst(named, detail);
      const aliases = spelled ? [...term.aliases, spelled.long] : [...term.aliases];
      const entry: TermEntry = { term: correctKnownNames(named), detail: spelled?.rest ?? detail, aliases, line: at };
      if (notes?.length) entry.notes = notes;
      // Bold words inside the definition are what the note stresses: cloze material.
      const stressed = (bold ?? []).filter((b) => matchKey(b) !== key && term.detail.includes(b));
      if (stressed.length) entry.bold = [...new Set(stressed)];
      entries.push(entry);
    }
    if (entries.length === 0) return null;
    // Paragraph terms and a list under the same heading make one bank, not two of one name.
    const key = [...path, title].join('\u0000');
    const same = this.termBanks.get(key);
    if (same) {
      const known = new Set(same.entries.map((e) => matchKey(e.term)));
      same.entries.push(...entries.filter((e) => !known.has(matchKey(e.term))));
      same.entries.sort((a, b) => a.line - b.line);
      same.source.line = Math.min(same.source.line, line, same.entries[0]?.line ?? line);
      return same;
    }
    // Chinese notes name things in English; the title and definitions say which language the bank speaks.
    const text = entries.map((e) => e.detail).join(' ');
    const bank: TermsBank = {
      id: this.id('terms', path, title),
      kind: 'terms',
      title,
      path,
      source: { file: this.note.file, line },
      lang: detectLang(`${title} ${text}`),
      entries,
    };
    // Stages in order only where the note marks a sequence: a lifecycle of actions, not of states.
    if (isStageSequence(title, entries.map((e) => e.term))) bank.sequential = true;
    this.banks.push(bank);
    this.termBanks.set(key, bank);
    return bank;
  }

  /** Number facts go with the section's own terms bank; a section without one keeps them to itself. */
  attachFacts(path: string[], title: string, facts: Step[]): void {
    const bank = this.termBanks.get([...path, title].join('\u0000'));
    if (bank) bank.facts = [...(bank.facts ?? []), ...facts];
  }

  steps(title: string, path: string[], line: number, steps: Step[]): StepsBank | null {
    if (steps.length < 2) return null;
    const bank: StepsBank = {
      id: this.id('steps', path, title),
      kind: 'steps',
      title,
      path,
      source: { file: this.note.file, line },
      lang: detectLang(`${title} ${steps.map((s) => s.text).join(' ')}`),
      steps,
    };
    this.banks.push(bank);
    return bank;
  }

  qa(section: OutlineSection, pairs: QaBank['pairs']): void {
    if (!pairs.length) return;
    const title = section.path[section.path.length - 1] ?? this.note.title;
    this.banks.push({
      id: this.id('qa', section.path, title),
      kind: 'qa',
      title,
      path: section.path,
      source: { file: this.note.file, line: (pairs[0] as { line: number }).line },
      lang: detectLang(pairs.map((p) => `${p.question} ${p.answer}`).join(' ')),
      pairs,
    });
  }

  warn(line: number, message: string): void {
    this.warnings.push({ file: this.note.file, line, message });
  }

  skip(line: number, reason: Skipped['reason'], text: string): void {
    this.skipped.push({ file: this.note.file, line, reason, text });
  }

  private readonly skippedHeadings = new Set<string>();

  /** A section under a debris heading: reported once, at the first section with text under that heading. */
  skipSection(section: OutlineSection, why: string, heading: string): void {
    const at = section.path.indexOf(heading);
    const key = section.path.slice(0, at + 1).join('\u0000');
    if (this.skippedHeadings.has(key)) return;
    this.skippedHeadings.add(key);
    this.skip(section.line, 'debris', `${why}: ${heading}`);
  }
}

interface ParsedEntry {
  term: ParsedTerm;
  line: number;
  notes?: string[] | undefined;
  /** Bold spans of the source line. */
  bold?: string[];
}

interface ListContext {
  title: string;
  path: string[];
  /** The title comes from a lead-in line (`K8s的PodSecurityPolicy：`), not a heading. */
  led?: boolean;
  /** Words around the list that may say a procedure follows: its lead-in, its heading. */
  cues?: string[];
  /** A sentence lead-in, reported as no group name if the list turns out not to be a procedure. */
  sentence?: { text: string; line: number; title: string };
}

/** `Description`, `说明`: a second column that tells what the first one's names are. */
const DESCRIPTION_COLUMN = /^(?:descriptions?|meaning|definition|explanation|what it (?:does|is)|purpose|说明|描述|含义|解释|作用|定义)$/iu;

/** `Step 3: Victim Selection`, `第二步：…`: one step of a procedure named by the note. */
const STEP_LABEL = /^(?:step|stage|phase)\s*\d+\b|^第\s*[\d一二三四五六七八九十]+\s*[步阶]/iu;

/** A lead-in before a list: the group's name, or why the list that follows is not asked about. */
interface Lead {
  title: string;
  acronym?: string;
  /** The lead-in's own words (a sentence is no group name, but it may say "steps"). */
  cue?: string;
  /** The list that follows is a reference list or exercise scaffolding: skip it. */
  skip?: string;
  /** A sentence lead-in (`How to roll back a release:`): no group's name, but a procedure's. */
  sentence?: string;
  /** A bold line alone (`**DKIM (DomainKeys Identified Mail)**`): a heading by hand, in the path of the list under it. */
  heading?: string;
}

/**
 * `You define either`, `Envoy handles`, `Handles`, `The components work` (as follows): a clause that runs into its list, the way a
 * sentence does, and names no group (the list may still be a procedure's).
 */
const CLAUSE_LEAD = /^(?:you|we|i|it|they|this|these|those)\s|(?:^|\s)(?:handles|manages|provides|supports|contains|offers|covers|either|work|works|operate|operates)$/i;

/** `Monitor containers using:`, `Expose it via:`: a sentence that breaks off before its list, not a name. */
const DANGLING_LEAD = /\s(?:using|via|with|by|through|into|onto)$/i;

/** `Define`, `Includes`, `包括`: a verb alone, leading into a list. */
const LEAD_VERB = /^(?:defines?|includes?|contains?|specif(?:y|ies)|has|have|consists? of|covers?|lists?|包括|包含|定义|含有)$/i;

/**
 * `This file defines two services:`, `上面的 compose 文件定义了两个服务：`: the names that follow are the
 * author's own services, containers or networks of one example (`web`, `db`), not names of the field.
 */
const INSTANCES_LEAD =
  /\b(?:this|the above|the|our|my)\s+(?:compose |config(?:uration)? |yaml |manifest |example )?(?:file|example|manifest|setup|stack|project)\s+(?:defines|creates|declares|has|contains|runs|sets up)\s+(?:\w+\s+)?(?:services|containers|networks|volumes|apps|applications)\s*:$|(?:这个|该|此|上面的?|上述|本例的?)[^，,。；;:：]{0,20}?(?:定义|创建|声明|包含)了?\s*(?:[两二三四五\d]+\s*个)?(?:服务|容器|网络|卷)\s*[:：]$/iu;

/** `Imagine Docker as a toy factory`, `打个比方`: a lead-in into an analogy. */
const ANALOGY_LEAD = /^\s*imagine\b|\bthink of (?:it|\w+) as\b|\b(?:an?|the|this) (?:analogy|metaphor)\b|打个比方|好比|比作|比喻|类比|想象(?:一下)?/i;

/** `with three main parts:`, `由以下几部分组成`: a lead-in into the parts of a whole. */
const PARTS_LEAD = /\b(?:main |key )?(?:parts|components|pieces|building blocks)\s*[:：]?\s*$|\bconsists? of\b|\bmade up of\b|(?:组成|构成|几部分|几个部分)[:：]?\s*$/i;

/**
 * `Now we have a dev setup where:`, `Important points from this step:`: a lead-in into what holds
 * (a state, the points to take away), which no list under it turns into steps in time.
 */
const STATE_LEAD = /\b(?:where|in which|such that)\s*[:：]\s*$|\b(?:we|you) (?:now )?have\b[^:：]*[:：]\s*$|\b(?:points?|takeaways?)\b(?:\s+(?:from|of|about|on|to)\b[^:：]*)?\s*[:：]\s*$/i;

/**
 * Whether an item's sub-list holds its siblings: the item is a name explained (`AlwaysPullImages:
 * ensures…`), and its one sub-list is names of the same shape explained the same way, at least two.
 */
function lostSiblings(item: OutlineListItem): boolean {
  const own = readLine(item.text);
  if (own.kind !== 'terms' || own.terms.length !== 1 || !(own.terms[0] as ParsedTerm).detail || item.children.length !== 1) return false;
  const shape = compoundKind((own.terms[0] as ParsedTerm).term);
  if (shape === null) return false;
  const children = (item.children[0] as OutlineList).items;
  return children.length >= 2 && children.every((child) => {
    const meaning = readLine(child.text);
    return child.children.length === 0 && meaning.kind === 'terms' && meaning.terms.length === 1 && Boolean((meaning.terms[0] as ParsedTerm).detail) && compoundKind((meaning.terms[0] as ParsedTerm).term) === shape;
  });
}

/** `AlwaysPullImages`, `maxSurge`: a name run together from words, by its kind (`pascal`, `lower`); null for `image`, `Pod 安全`. */
function compoundKind(term: string): string | null {
  return /[a-z][A-Z]/.test(term.trim()) ? nameKind(term) : null;
}

/** A line that is one bold span and nothing else but a number or a sign before it: a heading by hand. */
function isBoldHeading(line: TextLine): boolean {
  if (line.bold.length !== 1 || line.text.length > 80) return false;
  const rest = line.text.replace(/^[^\p{L}\p{N}]*(?:\d+[.)、]\s*)?/u, '');
  const bold = matchKey(line.bold[0] as string);
  return (bold === matchKey(rest) || bold === matchKey(line.text)) && !/[。.!?！？]$/u.test(rest);
}

/** Lines of code, fenced, so an answer renders as code and keeps its lines and indentation. */
function fenced(lang: string, code: string): string[] {
  // (`text id="st104"`: attributes after the language are the note's markup, not its code's.)
  return ['```' + (lang.split(/\s+/)[0] ?? ''), ...code.split('\n'), '```'];
}

/** Items that are only a link (a table of contents, a reference): left out of answers too. */
function linkItem(item: OutlineListItem): boolean {
  return Boolean(item.text.linkOnly) || isUrl(item.text.text);
}

/** `1. **What is a PV?**` over `- **Answer:** …`: an interview question and its answer, as a list. */
function answeredItem(item: OutlineListItem): QaBank['pairs'][number] | null {
  const question = questionText(item.text.text);
  const first = item.children[0]?.items[0];
  const answer = question && first ? answerLine(first.text.text) : null;
  if (!question || !first || answer === null) return null;
  return { question, answer: [answer, ...itemText(first)].join('\n').trim(), line: item.text.line };
}

function itemText(item: OutlineListItem): string[] {
  return [
    ...item.more.map((m) => m.text),
    ...(item.code ?? []).flatMap((c) => fenced(c.lang, c.text)),
    ...item.children.flatMap((child) => blockText(child)),
  ];
}

function blockText(block: OutlineBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return block.lines.filter((l) => !l.linkOnly).map((l) => l.text);
    case 'list': {
      const first = block.start ?? 1;
      return block.items
        .filter((item) => !linkItem(item))
        .flatMap((item, n) => [`${block.ordered ? `${first + n}.` : '-'} ${item.text.text}`, ...itemText(item).map((t) => `   ${t}`)]);
    }
    case 'code':
      // Kept fenced, so an answer renders as code and `# comment` lines stay comments.
      return fenced(block.lang, block.text);
    case 'details':
      return [block.summary.text, ...block.lines.map((l) => l.text)];
    case 'table':
      return [block.header.join(' | '), ...block.rows.map((r) => r.join(' | '))];
    case 'html':
      return [block.text];
  }
}

/** Mostly links: a table of contents or a list of links. Every item opening with a link to another
 * page of the notes is a table of contents too, whatever each says of its page. */
function isLinkList(list: OutlineList): boolean {
  const { links, all } = linkShare(list);
  return (links > 0 && links * 5 >= all * 3) || (list.items.length >= 2 && list.items.every((item) => item.text.opensWithPageLink));
}

/** Share of a list's items, nested ones included, that are only links. */
function linkShare(list: OutlineList): { links: number; all: number } {
  let links = 0;
  let all = 0;
  for (const item of list.items) {
    all++;
    if (linkItem(item)) links++;
    for (const child of item.children) {
      const inner = linkShare(child);
      links += inner.links;
      all += inner.all;
    }
  }
  return { links, all };
}

/** A first column of attributes: `组件`, `特性`, `Feature`, `Aspect`. */
const ATTRIBUTE_COLUMN = /^(?:组件|特性|特点|属性|项目|维度|对比项|指标|能力|功能|features?|aspects?|properties|property|attributes?|items?|capabilit(?:y|ies)|criteri(?:on|a)|dimensions?)$/i;

const DESCRIBING = /^(?:descriptions?|meanings?|purposes?|values?|notes?|details?|usage|examples?|defaults?|explanations?|definitions?|summary|comments?)$/i;

/** `组件 | Kruise Rollouts`: attributes down the first column, the thing they describe heading the second. */
function profiles(first: string, second: string): boolean {
  const plain = (h: string) => h.replace(/[*_`]/g, '').trim();
  const name = plain(second);
  // A name: `Kruise Rollouts`, `Argo CD`, `kube-proxy` (not `Description`, `说明`).
  return ATTRIBUTE_COLUMN.test(plain(first)) && !/\p{Script=Han}/u.test(name) && (/^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$/.test(name) || isTechnicalName(name)) && !DESCRIBING.test(name);
}

/** `3.4 校验实例`, `7.1.2 部署器依赖关系`: an item that is a numbered section's title. */
const SECTION_ITEM = /^\d+\.\d+(?:\.\d+)*\.?\s+\S/;

/** Why a section is not knowledge, when it is not: a reference list, an exercise's scaffolding. */
function sectionDebris(path: readonly string[]): { why: string; heading: string } | null {
  for (const heading of path) {
    if (isReferenceTitle(heading)) return { why: 'reference list', heading };
    if (isScaffoldTitle(heading)) return { why: 'exercise scaffolding', heading };
  }
  // A contents heading is often a `#` over the whole note: only its own text is the table.
  const last = path[path.length - 1];
  if (last !== undefined && CONTENTS_TITLE.test(bareTitle(last))) return { why: 'table of contents', heading: last };
  return null;
}

/** `<summary>Answer</summary>`, `<summary>点击展开</summary>`: what a fold says of itself. */
const GENERIC_SUMMARY = /^(?:answers?|solutions?|show (?:the )?(?:answer|solution)s?|click (?:here )?to (?:expand|show|reveal)|hints?|details|expand|答案|解答|参考答案|点击展开|展开|查看答案|提示)$/i;

/** `不推荐在生产环境直接使用，原因`: a sentence that ends by naming what the list gives (its reasons), or null. */
function closingAspect(sentence: string): string | null {
  const last = sentence.split(/[，,；;。]/u).pop()?.trim() ?? '';
  return last && last !== sentence.trim() && isAspectLabel(last) ? last : null;
}

/**
 * `- …the next step is to upgrade the workers. There are several strategies for this:` as a
 * list's last bullet leads into the list after it, as a paragraph would: it says what that list is.
 */
function trailingLead(list: OutlineList): Lead | null {
  const last = list.items[list.items.length - 1];
  if (!last || last.children.length > 0 || !/[:：]\s*$/u.test(last.text.text)) return null;
  return { title: '', cue: last.text.text };
}

/** `Service:`, `Answer:`, `答案：`: a block's text that is one short label and its colon, nothing after it. */
function isLoneLabel(text: readonly string[]): boolean {
  return text.length === 1 && /^[\p{L}\p{N} _-]{1,30}[:：]$/u.test(text[0] ?? '');
}

/** `Purpose: …`, `作用：…`: a line that says what the code above it does. */
const SAYS_WHAT_IT_DOES = /^(?:purpose|use|usage|description|explanation|what it does|作用|用途|说明|功能)\s*[:：]\s*(\S.*)$/iu;

/**
 * `kubectl get nodes` alone in a code block, then `Purpose: Shows all nodes`: the line says what
 * that command does, so the command is the name it describes (the note's title is not).
 */
function commandSaid(code: OutlineBlock | undefined, line: TextLine | undefined): ParsedEntry | null {
  if (code?.type !== 'code' || !line) return null;
  const commands = code.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const command = commands[0];
  if (commands.length !== 1 || command === undefined || !isCommandLine(command)) return null;
  const said = SAYS_WHAT_IT_DOES.exec(line.text.trim())?.[1];
  return said ? { term: { term: command.replace(/^\$\s*/, ''), detail: said, aliases: [] }, line: line.line } : null;
}

/**
 * `1) 负载均衡选项` over `- 随机：…`, `- 权重：…`: a numbered line alone, a short name, and a
 * bulleted list right after it; the number is the note's outline, the name is the list's. So is
 * `- 删除缓存重试流程` alone over numbered steps.
 */
function numberedLead(list: OutlineList, next: OutlineBlock | undefined): Lead | null {
  const only = list.items[0];
  if (list.items.length !== 1 || !only || only.children.length > 0 || only.code?.length || next?.type !== 'list' || next.ordered === list.ordered) return null;
  const text = only.text.text.trim();
  // (`删除缓存重试流程` starts with a verb, but says it names a procedure.)
  if (textWidth(text) > 24 || /[:：，,。；;.!?！？]/u.test(text) || isSentence(text) || (isInstruction(text) && !isProcessTitle(text))) return null;
  return { title: tidyTitle(text), cue: text };
}

/** What a lead-in says about the list after it: `参考：`, `Objectives:` make it debris. */
function debrisLead(title: string): string | null {
  if (isReferenceTitle(title)) return 'reference list';
  if (isScaffoldTitle(title)) return 'exercise scaffolding';
  return null;
}

/** `findNodesThatFit基本流程如下` → `findNodesThatFit基本流程`: a lead-in's pointer words go. */
function tidyTitle(title: string): string {
  const tidy = title
    .replace(LEADS_INTO, '')
    // `有如下三种探针` → `探针`; `effect 的取值为` → `effect 的取值`: the lead-in's words around its name.
    .replace(/^(?:有|共有|包括|包含|分为)\s*(?:如下|以下|下面)?\s*[一二两三四五六七八九十几\d]+\s*[种个类项](?=\S)/u, '')
    .replace(/^(?:有|共有)?\s*(?:如下|以下|下面)\s*(?:[一二两三四五六七八九十几\d]+\s*[种个类项])?(?=\S)/u, '')
    // (Not the last character of a word: `行为`, `作为`, `所有`, `就是`.)
    .replace(/(?<=\S)\s*(?:(?<![行作认成因称视])为|(?<![就总还但只正于或可若要即])是|(?<![没具拥所只含持享占])有|包括|如下)$/u, '')
    .trim();
  // `其中：`, `另外：`: a connective, not a name; the heading names the list.
  if (/^(?:其中|其它|其他|另外|此外|注意|说明)$/u.test(tidy)) return '';
  return tidy || title;
}

/**
 * Merges an ordered list split by mis-indented sub-bullets or code (`1.` … `- detail` … `2.`,
 * which markdown reads as three lists) back into one: the pieces between become part of the
 * step before them, as sub-bullets are.
 */
function mergeSplitLists(blocks: readonly OutlineBlock[]): OutlineBlock[] {
  const out: OutlineBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as OutlineBlock;
    if (block.type !== 'list' || !block.ordered) {
      out.push(block);
      continue;
    }
    // One array grows as the pieces join: copying it for every piece was quadratic.
    const items = block.items.map((item) => ({ ...item, children: [...item.children], more: [...item.more] }));
    const merged: OutlineList = { ...block, items };
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < blocks.length && ((blocks[k] as OutlineBlock).type === 'code' || ((blocks[k] as OutlineBlock).type === 'list' && !(blocks[k] as OutlineList).ordered))) k++;
      const next = blocks[k];
      const expected = (merged.start ?? 1) + merged.items.length;
      if (k === j || !next || next.type !== 'list' || !next.ordered || (next.start ?? 1) !== expected) break;
      const last = merged.items[merged.items.length - 1] as OutlineListItem;
      for (const between of blocks.slice(j, k)) {
        if (between.type === 'list') last.children.push(between);
        else if (between.type === 'code') last.code = [...(last.code ?? []), { lang: between.lang, text: between.text, line: between.line }];
      }
      for (const item of next.items) items.push(item);
      j = k + 1;
    }
    out.push(merged);
    i = j - 1;
  }
  return out;
}

/** A bullet that is only a bold name (`- **访问模式（accessModes）**`), with nothing under it. */
function isBareBoldItem(item: OutlineListItem): boolean {
  const text = item.text.text.trim();
  return item.text.bold.length === 1 && item.text.bold[0]?.trim() === text && text !== '' && item.children.length === 0 && item.more.length === 0 && !item.code;
}

/**
 * Joins a bullet list cut by its own item's description written without indentation: a bold
 * name as the list's last item, a paragraph, then a list going on with bold names
 * (`- **访问模式**` ⏎ `用于描述…` ⏎ `- **选择条件**` ⏎ `  通过…`). Markdown reads a list, a paragraph
 * and another list; the note's one list of the section's parts is put back, the paragraph as
 * the description of the name above it.
 */
function mergeBulletsCutByDetail(blocks: readonly OutlineBlock[]): OutlineBlock[] {
  const out: OutlineBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as OutlineBlock;
    if (block.type !== 'list' || block.ordered) {
      out.push(block);
      continue;
    }
    let merged: OutlineList = block;
    for (;;) {
      const last = merged.items[merged.items.length - 1];
      const detail = blocks[i + 1];
      const next = blocks[i + 2];
      if (!last || !isBareBoldItem(last) || detail?.type !== 'paragraph' || next?.type !== 'list' || next.ordered) break;
      const first = next.items[0];
      if (!first || first.text.boldLater || !first.text.bold.length || !first.text.text.trim().startsWith((first.text.bold[0] ?? '').trim())) break;
      merged = { ...merged, items: [...merged.items.slice(0, -1), { ...last, more: [...detail.lines] }, ...next.items] };
      i += 2;
    }
    out.push(merged);
  }
  return out;
}

/**
 * Note lines with each fenced code block made one note: the fence and its lines together,
 * the block's own indentation taken off and two spaces put before every line after the first,
 * so the note shown as a bullet (`- ` + note) still holds the code, indented as written.
 */
function groupCode(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const open = /^(\s*)(```|~~~)/.exec(line);
    if (!open) {
      out.push(line);
      continue;
    }
    const fence = open[2] as string;
    const block = [line];
    let j = i + 1;
    for (; j < lines.length; j++) {
      block.push(lines[j] as string);
      if ((lines[j] as string).trim().startsWith(fence)) break;
    }
    // A loop, not Math.min(...lines): spreading a code block of 200,000 lines overflows the stack.
    const indent = block.reduce((least, l) => (l.trim() ? Math.min(least, l.length - l.trimStart().length) : least), Infinity);
    const body = block.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)));
    out.push([body[0] ?? '', ...body.slice(1).map((l) => `  ${l}`)].join('\n'));
    i = j;
  }
  return out;
}

/** Text under a step that belongs to it: its loose lines, its code, its sub-bullets. */
function stepNotes(item: OutlineListItem): string[] {
  return groupCode(itemText(item));
}

class SectionExtractor {
  private readonly paragraphTerms: ParsedEntry[] = [];
  private readonly pairs: QaBank['pairs'] = [];
  private readonly facts: Step[] = [];
  private readonly heading: string;

  constructor(
    private readonly builder: BankBuilder,
    private readonly section: OutlineSection,
    private readonly docTitle: string,
  ) {
    this.heading = section.path[section.path.length - 1] ?? docTitle;
  }

  run(): void {
    // A note called `TODO_LIST` or `Exercises` is scaffolding from its first line, under its headings too.
    const debris = sectionDebris(this.section.path.length ? [this.docTitle, ...this.section.path] : [this.heading]);
    if (debris) {
      if (this.section.blocks.length) this.builder.skipSection(this.section, debris.why, debris.heading);
      return;
    }
    const blocks = mergeBulletsCutByDetail(mergeSplitLists(this.section.blocks));
    const asked = questionText(this.heading);
    if (asked && this.section.path.length > 0) {
      // The answer runs until the section's own question blocks (details, `Q:` lines) begin,
      // and stops before a reference list.
      const end = blocks.findIndex(
        (b) =>
          b.type === 'details' ||
          (b.type === 'paragraph' && b.lines[0] !== undefined && (questionLine(b.lines[0].text) !== null || debrisLead(leadInTitle(b.lines[0].text) ?? '') !== null)),
      );
      const answer = blocks
        .slice(0, end < 0 ? undefined : end)
        // `> [!tip] CKA Exam`: a callout is an aside beside the answer (exam tips, warnings), not part of it.
        .filter((b) => !(b.type === 'list' && isLinkList(b)) && !(b.type === 'quote' && b.callout))
        .map(blockText)
        // (A picture alone leaves no text.)
        .filter((text) => text.length > 0)
        // `Service:` and `Ingress:` over pictures: a label left alone once its picture is gone leads into nothing
        // but the next label (`Jenkins automates:` over `✔ Build` lines still leads into them).
        .filter((text, i, kept) => !(isLoneLabel(text) && (kept[i + 1] === undefined || isLoneLabel(kept[i + 1] as string[]))))
        .flat()
        .join('\n')
        .trim();
      if (answer) this.pairs.push({ question: asked, answer, line: this.section.line });
    }
    let lead: Lead | null = null;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as OutlineBlock;
      if (block.type === 'paragraph') {
        const said = commandSaid(blocks[i - 1], block.lines[0]);
        if (said) this.paragraphTerms.push(said);
        lead = this.paragraph(said ? block.lines.slice(1) : block.lines);
        continue;
      }
      if (block.type === 'list') {
        const names = numberedLead(block, blocks[i + 1]);
        if (names) {
          lead = names;
          continue;
        }
        if (lead?.skip) {
          this.builder.skip(block.line, 'debris', `${lead.skip}: ${lead.title}`);
        } else {
          const title = lead?.title || (lead?.acronym && spelledBy(lead.acronym, block) ? lead.acronym : null);
          // A list's own lead-in says what it is; without one, its heading does.
          const cues = lead?.cue ? [lead.cue] : [this.heading];
          const path = lead?.heading ? [...this.section.path, lead.heading] : this.section.path;
          const context: ListContext = { title: title ?? lead?.heading ?? this.heading, path, led: Boolean(title), cues };
          if (lead?.sentence && lead.cue) context.sentence = { text: lead.cue, line: block.line - 1, title: lead.sentence };
          this.list(block, context);
        }
      } else if (block.type === 'details') {
        // (`[Learn more here](…)`, `[Official docs](…)`: a line that is only a link points elsewhere, and is no answer.)
        const answer = block.lines.filter((l) => !l.linkOnly).map((l) => l.text).join('\n').trim();
        // `<summary>Answer</summary>`: a fold's label, not the question it answers.
        const label = GENERIC_SUMMARY.test(block.summary.text.trim());
        // `<summary>Kubernetes Secret - Create a Secret</summary>`: a fold titled like a section asks nothing; one
        // that asks (`What is a Secret?`, `How does a Secret reach a Pod`) is a question and its answer.
        const question = label ? null : questionText(block.summary.text);
        if (question && answer) this.pairs.push({ question, answer, line: block.line });
      } else if (block.type === 'table') {
        this.table(block);
      }
      lead = block.type === 'list' ? trailingLead(block) : null;
    }
    if (this.paragraphTerms.length) {
      const first = this.paragraphTerms[0] as { line: number };
      this.builder.terms(this.heading, this.section.path, first.line, this.paragraphTerms);
    }
    this.builder.qa(this.section, this.pairs);
    if (this.facts.length) this.builder.attachFacts(this.section.path, this.heading, this.facts);
  }

  /**
   * Mostly section numbers (`7.1 初始化部署器`, `7.2 部署命令`): a chapter's contents, whose
   * order is the book's, not a procedure's.
   */
  private isSectionList(list: OutlineList): boolean {
    const numbered = list.items.filter((item) => SECTION_ITEM.test(item.text.text)).length;
    return list.items.length >= 2 && numbered * 5 >= list.items.length * 3;
  }

  /** Returns the lead-in its last line makes for a list that follows. */
  private paragraph(lines: TextLine[]): Lead | null {
    let lead: Lead | null = null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as TextLine;
      lead = null;
      const question = questionLine(line.text);
      if (question) {
        const answers: string[] = [];
        while (i + 1 < lines.length) {
          const next = lines[i + 1] as TextLine;
          const answer = answerLine(next.text) ?? (answers.length && !questionLine(next.text) ? next.text : null);
          if (answer === null) break;
          answers.push(answer);
          i++;
        }
        if (answers.length) this.pairs.push({ question, answer: answers.join('\n'), line: line.line });
        else this.builder.warn(line.line, `question "${question}" has no answer line (A: …) after it`);
        continue;
      }
      if (line.linkOnly || isUrl(line.text)) continue;
      // `参考：https://…`, `See also: …`: a pointer elsewhere, and the list after it is one too.
      const colon = parseColonTerm(line.text);
      if (colon && debrisLead(colon.term)) {
        this.builder.skip(line.line, 'debris', line.text);
        lead = { title: colon.term, skip: debrisLead(colon.term) as string };
        continue;
      }
      const meaning = readLine(line);
      switch (meaning.kind) {
        case 'terms':
          // `**Problem 2: LoadBalancer per service**`: a bold line alone is a heading the note drew by
          // hand, over the list that follows; it defines nothing itself.
          if (isBoldHeading(line)) {
            lead = { title: '', cue: line.text, heading: line.text.replace(/[:：]\s*$/u, '').trim() };
            break;
          }
          // `**Docker 镜像**解决的就是…所以这个压缩包的内容和本地环境` and the sentence goes on in the next
          // line: a paragraph wrapped by hand, whose first line alone would be a cut explanation.
          // `…It's also the only thing a proxy can route on. The` / `catch: classic SNI is sent…`: the line goes
          // on with the sentence the line before began, so its colon parts no term from its meaning.
          // `cpu.shares`：用于设置进程组之间的相对优先级， / 进程组会与其他进程组共享资源。: a short definition that
          // stops at a comma is read on to the end of its sentence, where that comes soon.
          // (`nodeAffinity 目前支持两种：…，`, `上面的例子中：…，` open a sentence, they name nothing; they stay turned down.)
          const named = meaning.terms.length === 1 && /^(?![这那此该上下])[^\s，,。]{1,40}$/u.test((meaning.terms[0] as ParsedTerm).term);
          const cut = stopsAtComma(line, lines[i + 1]);
          const rest = named && cut ? sentenceGoingOn(lines, i + 1) : [];
          if (rest.length) {
            const term = meaning.terms[0] as ParsedTerm;
            const joined = rest.reduce((text, next) => `${text}${/[\p{Script=Han}，、]$/u.test(text) ? '' : ' '}${next.text.trim()}`, term.detail);
            meaning.terms[0] = { ...term, detail: joined };
            i += rest.length;
          } else if ((meaning.terms.length === 1 && (wrapsOn(line, lines[i + 1]) || cut)) || goesOnFrom(lines[i - 1], meaning.terms)) {
            this.builder.skip(line.line, 'debris', line.text);
            break;
          }
          // `4、并发清除阶段：…`: a paragraph's number is the note's count, no part of the name.
          for (const term of meaning.terms) this.paragraphTerms.push({ term: { ...term, term: term.term.replace(/^\d{1,2}\s*[、)）]\s*(?=\S)/u, '') }, line: line.line, bold: line.bold });
          if (meaning.terms.length === 1) lead = { title: '', acronym: (meaning.terms[0] as ParsedTerm).term, cue: line.text };
          break;
        case 'list':
          this.inlineList(meaning.title, meaning.items, this.section.path, line.line);
          break;
        case 'sequence':
          this.builder.steps(meaning.title, this.section.path, line.line, meaning.items.map((text) => ({ text, line: line.line })));
          break;
        case 'lead':
          // `…used frequently to view the` / `files:`: the end of a sentence wrapped by hand, whose last words are
          // no group's name; the sentence whole is the lead-in.
          lead = i > 0 && endsMidSentence(lines[i - 1]) ? this.leadFrom(`${(lines[i - 1] as TextLine).text} ${line.text.replace(/[:：]\s*$/u, '')}`, line) : this.leadFrom(meaning.title, line);
          break;
        case 'plain': {
          const title = leadInTitle(line.text);
          if (title) lead = this.leadFrom(title, line);
          else if (isBoldHeading(line)) lead = { title: '', cue: line.text, heading: line.text.trim() };
          else if (/[:：]$/.test(line.text)) {
            const said = line.text.replace(/[:：]$/u, '').trim();
            lead = { title: closingAspect(said) ?? '', cue: line.text };
            // `StatefulSet rolling update sequence:`: no group's name, but a procedure's when steps follow
            // (one that names its thing in a phrase: `部署步骤：` says less than the headings above it).
            if (!lead.title && isProcessTitle(said) && said.length <= 48 && !/[，,。；;\p{Script=Han}]/u.test(said) && /(?<![A-Za-z])[A-Z][A-Za-z0-9]+/.test(said)) lead.sentence = said;
          }
          // (`**13. Layer 7 Policies**`, bold alone, is a heading by hand: its number is the note's.)
          else if (STATES_A_NUMBER.test(line.text) && !isBoldHeading(line)) {
            // `…则用户的 username 会传入授` / `权模块做进一步授权验证；…`: a paragraph wrapped by hand
            // keeps only the sentences whole on this line.
            const whole = wholeSentences(line.text, endsMidSentence(lines[i - 1]), endsMidSentence(line) && i + 1 < lines.length);
            // (`Handles Layer 4 networking.` under `**Component 1 — Ztunnel**`: a sentence without its subject says nothing of whose.)
            if (whole && STATES_A_NUMBER.test(whole) && !lacksSubject(whole)) this.facts.push({ text: whole, line: line.line });
          }
        }
      }
    }
    return lead;
  }

  /** A lead-in's title, unless it is debris or a sentence (a group's name is a noun phrase). */
  private leadFrom(raw: string, line: TextLine): Lead {
    const skip = debrisLead(raw);
    if (skip) return { title: raw, skip };
    // `Popular CNIs include` names `Popular CNIs`.
    const title = tidyTitle(raw).replace(/\s+(?:include|includes|including|such as|like)$/i, '');
    if (isSentence(title) || CLAUSE_LEAD.test(title) || DANGLING_LEAD.test(title)) {
      const aspect = closingAspect(title);
      return aspect ? { title: aspect, cue: line.text } : { title: '', cue: line.text, sentence: title };
    }
    return { title, cue: line.text };
  }

  private inlineList(title: string, items: ParsedTerm[], path: string[], line: number): void {
    if (debrisLead(title)) {
      this.builder.skip(line, 'debris', title);
      return;
    }
    if (isProcessTitle(title) && items.length >= 2 && items.every((i) => !i.detail && isAction(i.term))) {
      this.builder.steps(title, path, line, items.map((i) => ({ text: i.term, line })));
      return;
    }
    this.builder.terms(title, path, line, items.map((term) => ({ term, line })));
  }

  private table(block: Extract<OutlineBlock, { type: 'table' }>): void {
    if (block.header.length < 2 || block.rows.length < 2) return;
    if (block.contents) {
      this.builder.skip(block.line, 'debris', 'table of contents');
      return;
    }
    // More than a name and its description (`Feature | ConfigMap | Secret`, `方向 | 端口 | 组件`):
    // a comparison or a record, whose cells joined read as fragments, not as a description.
    if (block.rows.some((row) => row.slice(2).some(Boolean))) return;
    // `Images | Containers` under `Containers vs Images`: two things side by side, a row's cells unrelated.
    if (isComparisonTitle(this.heading) && !DESCRIPTION_COLUMN.test(bareTitle(block.header[1] ?? ''))) {
      this.builder.skip(block.line, 'debris', `comparison: ${this.heading}`);
      return;
    }
    // `组件 | Kruise Rollouts`, `Feature | Argo CD`: one thing's profile, whose rows are its
    // attributes (`核心概念`, `架构`, `迁移成本`) and their values (`是`), not names of things.
    if (profiles(block.header[0] ?? '', block.header[1] ?? '')) {
      this.builder.skip(block.line, 'debris', `profile of ${block.header[1]}`);
      return;
    }
    // `Deployment | Use version tags`: under a column of advice the rows say what to do in each
    // area, and the areas are not things the advice defines.
    // (`Category | Recommendation`, `场景 | 建议`.)
    if (isAdviceSection((block.header[1] ?? '').replace(/[*_`]/g, '').trim())) {
      this.builder.skip(block.line, 'debris', `advice: ${block.header[1]}`);
      return;
    }
    // `Flag | Without it`, `Setting | If missing`: what happens in its absence, the opposite of what each row's name does.
    if (/^(?:without(?: it| this)?|if (?:missing|absent|unset|omitted|not set)|before|不加|没有(?:它|时)?|缺少时|未设置时)$/i.test(bareTitle(block.header[1] ?? ''))) {
      this.builder.skip(block.line, 'debris', `the opposite: ${block.header[1]}`);
      return;
    }
    // `对象 | 命令` over `单个文件 | mc cp /path/to/file.bin …`: a cheat sheet of what to type for each case;
    // a case is no name, and the command line is no description of it.
    if (/^(?:命令|指令|命令行|commands?|command line|cli)$/i.test(bareTitle(block.header[1] ?? ''))) {
      this.builder.skip(block.line, 'debris', `commands: ${block.header[1]}`);
      return;
    }
    // `Property | Detail` over `Main Role | Assign Pods to Nodes`, `Default Port | 10259`: the rows
    // are the section's thing's attributes in words (most of two words or more, capitalised), not names.
    const labels = block.rows.map((row) => (row[0] ?? '').replace(/[*_`]/g, '').trim());
    const phrases = labels.filter((label) => /^[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+)+$/.test(label)).length;
    if (ATTRIBUTE_COLUMN.test((block.header[0] ?? '').replace(/[*_`]/g, '').trim()) && phrases * 2 > labels.length) {
      this.builder.skip(block.line, 'debris', `profile: ${block.header[0]}`);
      return;
    }
    // A GFM table row is one line: header, delimiter row, then the rows in order.
    const entries = block.rows
      .map((row, index) => ({ row, line: block.line + 2 + index }))
      .filter(({ row }) => row[0] && row[1] && isNameLike(row[0]) && !isUrl(row[1]))
      .map(({ row, line }) => ({ term: { term: row[0] as string, detail: row.slice(1).filter(Boolean).join('；'), aliases: [] }, line }));
    // `问题 | 说明`, `检查项 | 命令`: a first column of problems or checks holds points of the section, not names.
    const column = bareTitle(block.header[0] ?? '');
    const title = isAspectLabel(column) || ASPECT_COLUMN.test(column) ? column : this.heading;
    if (entries.length >= 2) this.builder.terms(title, this.section.path, block.line, entries);
  }

  /**
   * The steps of a list when it is a procedure: actions or events under a title that says so
   * (`流程`, `Steps`, `How to …`), or marked as a sequence item by item (`首先…然后…最后`).
   * Observations between steps go with the step before them. Null when it is not one.
   */
  private procedure(list: OutlineList, context: ListContext): Step[] | null {
    // `8. 服务器调用…` after a box cut the list: the rest of a procedure whose first steps are elsewhere.
    if (list.ordered && (list.start ?? 1) > 1) return null;
    const titles = [context.title, ...(context.cues ?? [])];
    // An aspect title (`作用`, `特点`, `Summary`) is never a procedure, whatever the heading says.
    const own = context.led || context.title !== this.heading ? context.title : '';
    const aspect = own !== '' && isAspectTitle(own) && !isProcessTitle(own);
    const enumeration = titles.some(isEnumerationCue);
    const processy = titles.some(isProcessTitle) && !aspect && !enumeration;
    // `安装 Helm`, `Deploy the app`: a task's list is its procedure only when it gives instructions.
    const task =
      !processy && titles.some(isTaskTitle) && !aspect && !enumeration && list.items.every((item) => isInstruction(item.text.text) && readStep(item.text.text).kind === 'step');
    const marks = list.items.filter((item) => hasSequenceMark(item.text.text)).length;
    const marked = marks >= 2 && marks * 2 >= list.items.length;
    if (!processy && !task && !marked) return null;
    // `**Step 3: Victim Selection**` over bullets: what happens within one step, told point by point.
    if (!list.ordered && (context.cues ?? []).some((cue) => STEP_LABEL.test(bareTitle(cue)))) return null;
    // `How Rollback Works` over bullets: facts about how it works, unless numbered or marked in turn
    // (`Helm stores each revision…`, `A rollback creates a new revision…` have no order to recall).
    const onlyHowItWorks = titles.filter(isProcessTitle).every(isHowItWorksTitle);
    if (processy && onlyHowItWorks && !list.ordered && !marked) return null;
    // `如何得到镜像` over bullets (`拉取远程仓库镜像`, `docker build …`, `docker commit …`): asked how, a list neither
    // numbered nor marked in turn gives the ways to do it, any of which will do, unless it is a task's instructions.
    if (processy && !task && !list.ordered && !marked && titles.filter(isProcessTitle).every(asksOnlyHow)) return null;
    // `1. [如何检测…](http://…)` among the steps: a reading list, whatever else it holds.
    if (list.items.some(linkItem)) return null;
    const texts = list.items.map((item) => item.text.text);
    if (describesRoles(texts) || describesCases(texts) || describesFacts(texts)) return null;
    // `READY 1/1 = 期望 1 个容器…`, `RESTARTS = 重启次数`: what each column or field means, read in any order.
    if (texts.filter((t) => /^[^=]{1,30}\s=\s/u.test(t)).length * 2 >= texts.length) return null;
    // `initialDelaySeconds：10 指定…`, `periodSeconds: 5 …`: a manifest's fields explained one by one, in no order.
    if (texts.filter((t) => /^[a-z][A-Za-z0-9.]*\s*[:：]\s*\S/u.test(t)).length * 2 >= texts.length) return null;
    // `现在编译好的 docker [1.13.0-dev.zip](…)`, `标准参考文档 [RFC 2131](…)` under `Getting Started`: where to get
    // things and read more, each line pointing at its link, not things to do in turn.
    if (list.items.every((item) => item.text.endsWithLink)) return null;
    const steps: Step[] = [];
    for (const item of list.items) {
      const reading = readStep(item.text.text);
      // A bullet `name: what it does` is a term, not a step, unless its name is an action.
      if (!list.ordered && reading.kind === 'step' && reading.text === item.text.text && readLine(item.text).kind !== 'plain') {
        const term = parseColonTerm(item.text.text);
        if (!term || !isAction(term.term)) return null;
      }
      const notes = stepNotes(item);
      if (reading.kind === 'observation') {
        const before = steps[steps.length - 1];
        if (before) before.notes = [...(before.notes ?? []), item.text.text, ...notes];
        continue;
      }
      if (reading.kind !== 'step') return null;
      // `Attach each end to its namespace ->` over the commands: the arrow points at the lines below.
      const step: Step = { text: reading.text.replace(/\s*(?:->|→|=>|⇒)\s*$/u, ''), line: item.text.line };
      const all = [...(reading.note ? [reading.note] : []), ...notes];
      if (all.length) step.notes = all;
      steps.push(step);
    }
    return steps.length >= 2 ? withoutStepLetters(steps) : null;
  }

  private list(list: OutlineList, context: ListContext): void {
    if (isLinkList(list)) {
      this.builder.skip(list.line, 'debris', `links: ${list.items[0]?.text.text ?? ''}`);
      return;
    }
    if (this.isSectionList(list)) {
      this.builder.skip(list.line, 'debris', `contents: ${list.items[0]?.text.text ?? ''}`);
      return;
    }
    // `- [ ] 集成 CI/CD 流程`: a checklist of things to do or learn, neither a group nor steps (its terms still are terms).
    if (list.items.every((item) => item.task) && !list.items.some((item) => readLine(item.text).kind === 'terms')) {
      this.builder.skip(list.line, 'not-a-group', `checklist: ${list.items[0]?.text.text ?? ''}`);
      return;
    }
    const answered = list.items.map(answeredItem);
    if (answered.some(Boolean)) {
      for (const pair of answered) if (pair) this.pairs.push(pair);
      if (answered.every(Boolean)) return;
      list = { ...list, items: list.items.filter((_, i) => !answered[i]) };
    }
    // `- AlwaysPullImages: ensures…` over `  - DefaultStorageClass: …`, `  - EventRateLimit: …`: siblings the
    // note indented under the first by mistake are the first's list, not its sub-list.
    if (list.items.length === 1 && lostSiblings(list.items[0] as OutlineListItem)) {
      const first = list.items[0] as OutlineListItem;
      list = { ...list, items: [{ ...first, children: [] }, ...(first.children[0] as OutlineList).items] };
    }
    const cues = [context.title, ...(context.cues ?? [])];
    // `Imagine Docker as a toy factory with three main parts:`: an analogy's pieces, neither steps nor terms.
    if ((context.cues ?? []).some((c) => ANALOGY_LEAD.test(c))) {
      this.builder.skip(list.line, 'debris', `analogy: ${context.title}`);
      return;
    }
    // (`This file defines two services:`: one example's own names.)
    if ((context.cues ?? []).some((c) => INSTANCES_LEAD.test(c.trim()))) {
      this.builder.skip(list.line, 'not-a-group', context.cues?.[0] ?? context.title);
      return;
    }
    // `…consists of three parts:`: the parts of a whole, numbered or not, are no steps in time; nor is what holds.
    const parts = (context.cues ?? []).some((c) => PARTS_LEAD.test(c) || STATE_LEAD.test(c));
    if (!parts && (list.ordered || cues.some(isProcessTitle) || cues.some(isTaskTitle) || list.items.some((item) => hasSequenceMark(item.text.text)))) {
      const steps = this.procedure(list, context);
      if (steps) {
        // `How to roll back a release:` names its procedure well; a longer sentence does not.
        const named = context.sentence && isProcessTitle(context.sentence.title) && context.sentence.title.length <= 48 ? context.sentence.title : context.title;
        this.builder.steps(named, context.path, list.line, steps);
        // Sub-bullets stay with their step; a list of terms under a step is still a group.
        for (const item of list.items) this.children(item.children, item.text, context, undefined, true);
        return;
      }
      if (list.ordered) this.builder.skip(list.line, 'not-a-procedure', context.title);
    }
    if (context.sentence) this.builder.skip(context.sentence.line, 'not-a-group', context.sentence.text);
    const entries: ParsedEntry[] = [];
    const cases = casesOfTheSameNames(list);
    const names: { term: ParsedTerm; line: number }[] = [];
    const checks: { term: ParsedTerm; line: number }[] = [];
    let plain = 0;
    for (const item of list.items) {
      if (linkItem(item)) {
        this.builder.skip(item.text.line, 'debris', item.text.text);
        continue;
      }
      const meaning = readLine(item.text);
      const notes = this.children(item.children, item.text, context, meaning, false, cases.has(item));
      if (meaning.kind === 'terms') {
        meaning.terms.forEach((term, n) => {
          if (isUrl(term.detail)) {
            this.builder.skip(item.text.line, 'debris', item.text.text);
            return;
          }
          entries.push({ term, line: item.text.line, notes: n === 0 ? notes : undefined, bold: item.text.bold });
        });
      } else if (meaning.kind === 'list') {
        this.inlineList(meaning.title, meaning.items, context.path, item.text.line);
      } else if (meaning.kind === 'sequence') {
        this.builder.steps(meaning.title, context.path, item.text.line, meaning.items.map((text) => ({ text, line: item.text.line })));
      } else if (isNameLike(item.text.text) && !isClause(item.text.text)) {
        // A bare item is a member only when it names something: `是否允许特权容器` asks, it names nothing.
        names.push({ term: { term: item.text.text, detail: '', aliases: [] }, line: item.text.line });
      } else {
        if (isTermLike(item.text.text)) checks.push({ term: { term: item.text.text, detail: '', aliases: [] }, line: item.text.line });
        plain++;
      }
    }
    // A lead-in over short bare items names a group even when the items are clauses
    // (`K8s的PodSecurityPolicy：` over the checks it makes): keep them as members.
    if (context.led && entries.length === 0 && names.length + checks.length === list.items.length && list.items.length >= 2) {
      names.push(...checks);
      plain = 0;
    }
    // Bare names belong to the bank only when the list is mostly names or terms.
    const all = entries.length + names.length + plain;
    const withNames = names.length * 2 > all || (names.length + entries.length) * 2 > all + 1 ? names : [];
    const merged = [...entries, ...withNames].sort((a, b) => a.line - b.line);
    // `造成心跳超时的场景非常多，例如：` over `误操作：…`, `节点故障：…`, or `…日志系统来：` over `集中存储：…`:
    // labels the note gave its own examples or what a thing is for, not names of the field; a choice
    // among them tests the note's wording (a description paraphrases its label).
    const labelled = !context.led && context.cues?.some((cue) => EXAMPLES_CUE.test(cue.trim()) || PURPOSES_CUE.test(cue.trim()));
    if (labelled && merged.every(({ term }) => !namesSomething(term.term))) {
      this.builder.skip(list.line, 'not-a-group', context.cues?.[0] ?? context.title);
      return;
    }
    this.builder.terms(context.title, context.path, list.line, merged);
  }

  /**
   * Nested lists: a bank titled by the parent bullet, or notes on the parent entry. Under a
   * step (`ofStep`), only a list of terms makes a bank; the rest is the step's own text.
   */
  private children(children: OutlineList[], parent: TextLine, context: ListContext, meaning?: LineMeaning, ofStep = false, oneCase = false): string[] | undefined {
    if (!children.length) return undefined;
    const parsed = meaning ?? readLine(parent);
    const named =
      parsed.kind === 'terms' && parsed.terms.length === 1
        ? (parsed.terms[0] as ParsedTerm).term
        : parsed.kind === 'lead' || parsed.kind === 'list'
          ? tidyTitle(parsed.title) || null
          : isNameLike(parent.text)
            ? parent.text
            : null;
    // `Rules › Define:` over `apiGroups`, `verbs`: a bare verb leads into the list of the item above, and names nothing.
    const parentTitle = named !== null && LEAD_VERB.test(named.trim()) ? null : named;
    const title = parentTitle ?? context.title;
    const path = parentTitle ? [...context.path, parentTitle] : context.path;
    const notes: string[] = [];
    // `Create three VMs with the following specs:` — what follows are a lab's parameters, not facts.
    const parameters = parsed.kind === 'plain' && isInstruction(parent.text) && /[:：]$|following|以下|如下/i.test(parent.text);
    if (parameters) {
      this.builder.skip(parent.line, 'instruction', parent.text);
      for (const child of children) notes.push(...blockText(child).map((t) => t.replace(/^(?:-|\d+\.) /, '')));
      return notes.length ? groupCode(notes) : undefined;
    }
    for (const child of children) {
      const before = this.builder.banks.length;
      const terms = child.items.some((item) => readLine(item.text).kind === 'terms');
      const usable = !oneCase && (ofStep ? terms && !child.ordered : child.items.some((item) => readLine(item.text).kind !== 'plain') || child.ordered);
      if (usable) this.list(child, { title, path, cues: [parent.text] });
      if (this.builder.banks.length === before || !usable) notes.push(...blockText(child).map((t) => t.replace(/^(?:-|\d+\.) /, '')));
      else notes.push(...child.items.filter((item) => readLine(item.text).kind === 'plain' && !linkItem(item)).map((item) => item.text.text));
    }
    return notes.length ? groupCode(notes) : undefined;
  }
}

function bankProse(bank: Bank): string {
  if (bank.kind === 'terms') return bank.entries.map((e) => e.detail || e.term).join(' ');
  if (bank.kind === 'steps') return bank.steps.map((s) => s.text).join(' ');
  return bank.pairs.map((p) => `${p.question} ${p.answer}`).join(' ');
}

const HAN = /\p{Script=Han}/u;

/** A section's heading and paragraphs: the note's own words, which say its language too. */
function sectionProse(section: OutlineSection): string[] {
  const out = section.path.slice(-1);
  for (const block of section.blocks) if (block.type === 'paragraph') out.push(...block.lines.map((l) => l.text));
  return out;
}

/** Below this much text a bank's own language guess is weaker than its file's. */
const SHORT_PROSE = 80;

const HEX_COLOUR = /(?<![\w#&])#[0-9a-f]{6}\b/gi;
/** Colours named in a note's prose that make it a design spec. */
const DESIGN_SPEC_COLOURS = 15;

/** How much of a note's prose tells its language. */
const LANGUAGE_SAMPLE = 20_000;

export function extractBanks(note: NoteFile): { banks: Bank[]; warnings: Warning[]; skipped: Skipped[] } {
  const builder = new BankBuilder(note);
  for (const section of note.outline.sections) new SectionExtractor(builder, section, builder.shownTitle).run();
  labelledQuestions(builder, note);
  // A short list of English names in Chinese notes is still asked about in Chinese, and so is
  // a section of English field docs under Chinese headings: one note, one language of questions.
  const prose = [...builder.banks.map(bankProse), ...note.outline.sections.flatMap(sectionProse)].join(' ');
  const fileLang = detectLang(prose);
  // Vietnamese, German…: questions made from a language the program does not read are nonsense; `check` says why.
  // (`intermediate.de.md`: a translation named by its language code, however short it is.)
  // (Judged on the note's first pages: a language shows in a few thousand words, and a long note
  // is not counted letter by letter again.)
  const sample = prose.slice(0, LANGUAGE_SAMPLE);
  if ((fileLang === 'en' && isOtherLatinLanguage(sample)) || isOtherScript(sample) || OTHER_LANGUAGE_FILE.test(note.file)) {
    builder.skip(1, 'debris', 'written in a language other than English or Chinese');
    return { banks: [], warnings: builder.warnings, skipped: builder.skipped };
  }
  if (isProjectReadme(note)) {
    builder.skip(1, 'debris', "a code project's README (its parts, status and schema), not notes");
    return { banks: [], warnings: builder.warnings, skipped: builder.skipped };
  }
  // `canvas-soft: #fafafa`, `pricing-card-featured`: a web page's design tokens, colour by colour: a
  // site's style guide kept beside the notes, none of it knowledge of the field.
  if ((sample.match(HEX_COLOUR) ?? []).length >= DESIGN_SPEC_COLOURS) {
    builder.skip(1, 'debris', 'a visual design spec (colours and layout tokens), not notes');
    return { banks: [], warnings: builder.warnings, skipped: builder.skipped };
  }
  for (const bank of builder.banks) {
    if (bankProse(bank).length < SHORT_PROSE || (fileLang === 'zh' && bank.path.some((p) => HAN.test(p)))) bank.lang = fileLang;
  }
  if (walksThroughCode(note)) for (const bank of builder.banks) bank.code = true;
  const about = noteSubject(note);
  if (about) {
    for (const bank of builder.banks) if (![...bank.path, bank.title].some((h) => matchKey(h).includes(matchKey(about)))) bank.about = about;
  }
  return { banks: builder.banks, warnings: builder.warnings, skipped: builder.skipped };
}

/** `## Question` / `## 问题`: a section holding the question it names, not asking it in its heading. */
const QUESTION_SECTION = /^(?:the\s+)?(?:question|problem statement|问题|题目|面试题)$/iu;
/** `## Short Answer` / `## 答案`: its answer, in a section beside it. */
const ANSWER_SECTION = /^(?:(?:short|brief|quick|model|sample|suggested|expected)\s+)?answer$|^(?:答案|参考答案|简答|简要回答|回答|解答)$/iu;
/** A question longer than this is a case study to read, not a question to answer. */
const MAX_LABELLED_QUESTION = 400;

/**
 * An interview bank's page: `## Question` over a paragraph, then `## Short Answer` (`## 问题`,
 * `## 答案`) under the same parent; the note's title stands in when the question section only
 * repeats it. The first answer section after a question is its answer (a short answer before a
 * detailed explanation).
 */
function labelledQuestions(builder: BankBuilder, note: NoteFile): void {
  const label = (section: OutlineSection) => withoutLeadingMarks(section.path[section.path.length - 1] ?? '').replace(/^\d+\s*[.、)）]\s*|\s*[:：]$/gu, '').trim();
  const parentOf = (section: OutlineSection) => section.path.slice(0, -1).join('\u0000');
  let asked: { text: string; parent: string; line: number } | null = null;
  for (const section of note.outline.sections) {
    if (section.path.length === 0) continue;
    const name = label(section);
    if (QUESTION_SECTION.test(name)) {
      const said = section.blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'quote' ? blockText(b) : [])).join(' ').trim();
      const title = /[?？]$/u.test(note.title.trim()) ? note.title.trim() : '';
      const text = said && textWidth(said) <= MAX_LABELLED_QUESTION ? said : title;
      asked = text ? { text, parent: parentOf(section), line: section.line } : null;
    } else if (asked && ANSWER_SECTION.test(name) && parentOf(section) === asked.parent) {
      if (!sectionDebris([builder.shownTitle, ...section.path])) {
        const answer = section.blocks
          .filter((b) => !(b.type === 'quote' && b.callout) && !(b.type === 'list' && isLinkList(b)))
          .flatMap(blockText)
          .join('\n')
          .trim();
        const parent = { ...section, path: section.path.slice(0, -1) };
        if (answer) builder.qa(parent, [{ question: asked.text, answer, line: asked.line }]);
      }
      asked = null;
    }
  }
}

/** `## Contributing`, `## License`, `## Roadmap`: sections of a code project's README. */
const PROJECT_SECTION = /^(?:(?:repository|repo|project|folder|directory|code) (?:structure|layout)|project status|tech(?:nology)? stack|local development|development setup|contributing(?: guide(?:lines)?)?|how to contribute|licen[cs]e|roadmap|acknowledg(?:e)?ments|项目结构|项目状态|技术栈|本地开发|贡献(?:指南)?|开源协议|许可证?)$/iu;
/** Of which these say the README is the project's, not a study guide's that ends with a licence. */
const PROJECT_ONLY_SECTION = /^(?:(?:repository|repo|project|code) (?:structure|layout)|project status|tech(?:nology)? stack|local development|development setup|项目结构|项目状态|技术栈|本地开发)$/iu;

/**
 * `README.md` with `## Project status`, `## Repository structure` and `## Contributing`: the README of
 * the project that publishes the notes (a website's pages, its front-matter schema, its CI), no knowledge.
 */
function isProjectReadme(note: NoteFile): boolean {
  if (!/(?:^|[\\/])readme\.(?:md|markdown)$/i.test(note.file)) return false;
  const names = new Set(note.outline.sections.map((s) => withoutLeadingMarks(s.path[s.path.length - 1] ?? '').replace(/[:：]$/u, '').trim()).filter((h) => PROJECT_SECTION.test(h)).map((h) => h.toLowerCase()));
  return names.size >= 2 && [...names].some((h) => PROJECT_ONLY_SECTION.test(h));
}

/** Two or more blocks of Go (or of function definitions): the note reads source code aloud. */
function walksThroughCode(note: NoteFile): boolean {
  let blocks = 0;
  for (const section of note.outline.sections) {
    for (const block of section.blocks) {
      if (block.type === 'code' && (/^go(?:lang)?$/i.test(block.lang) || /^\s*func\s+(?:\([^)]*\)\s*)?\w+\(/m.test(block.text))) blocks++;
    }
  }
  return blocks >= 2;
}

/** `day1`, `lesson-2`, `week03`: a page's or a folder's place in a course, which says nothing of its subject. */
const COURSE_PLACE = /^(?:day|lab|week|lesson|module|part|unit|chapter|ch|section|step|task|lecture|class)[-_ ]?\d+$/i;

/** Folders that say where notes are kept, not what they are about. */
const KEEPING_FOLDER = /^(?:docs?|notes?|src|examples?|samples?|apis?|v\d+|labs?|tutorials?|courses?|chapters?|content|pages|posts|assets|images|misc|others?|common|base|tests?|testdata|vendor|third_party|root|home|main|master|demo|project|app|static|public|dist|build|scripts?|review|exercises?|practice|homework|solutions?)$/i;

const isPlaceFolder = (name: string): boolean => KEEPING_FOLDER.test(name) || COURSE_PLACE.test(name);

/** `02-prometheus`, `08_配置TLS_Bootstrapping`: a folder's or a file's place in its list, before its name. */
const withoutPlaceNumber = (name: string): string => name.replace(/^\d+[\s._-]+/u, '');

/** `rancher/readme.md`, `02-prometheus/index.md`: a page that has no title of its own is about its folder's subject. */
function folderSubject(folder: string): string | null {
  const name = withoutPlaceNumber(folder).trim();
  // `03. tcpdump network debugging`: a numbered lesson titled in words, the title its page leaves out.
  if (name !== folder.trim() && LESSON_FOLDER.test(name) && !isPlaceFolder(name)) return name;
  // One word (`rancher`, `prometheus`); a slug (`gitops-with-argocd`, `my-k8s-notes`) names a lesson or a collection.
  return /^[A-Za-z][A-Za-z0-9.]{2,}$/.test(name) && !isPlaceFolder(name) ? name : null;
}

/** Two to six words, spaced as a title is, not a slug. */
const LESSON_FOLDER = /^[A-Za-z][A-Za-z0-9.]*(?: [A-Za-z0-9][A-Za-z0-9.]*){1,5}$/;

/** `What does the docker system df command do?`, `What is the purpose of a PodDisruptionBudget?`, `kubectl drain 命令是做什么的？`: the name asked of. */
const ASKED_OF = [
  /^what (?:does|do) (?:the |a |an )?(.+?)(?:\s+(?:command|tool|option|flag|directive|instruction|keyword|module|plugin|file|setting|field))?\s+do\s*[?？]?$/i,
  /^what is (?:the )?(?:purpose|use|role) of (?:the |a |an )?(.+?)\s*[?？]?$/i,
  /^what (?:is|are) (?:the |a |an )?([^\s?？]+(?:\s+[^\s?？]+){0,3})\s*[?？]?$/i,
  /^(.+?)(?:命令|指令)?(?:是什么|是做什么的|是干什么的|有什么作用|的作用是什么|有什么用)[?？]?$/u,
];

/** What the question of a one-question page (`## Question`) asks about, when it names one thing. */
function askedSubject(note: NoteFile): string | null {
  const section = note.outline.sections.find((s) => QUESTION_SECTION.test(withoutLeadingMarks(s.path[s.path.length - 1] ?? '').replace(/[:：]$/u, '').trim()));
  const asked = section?.blocks.flatMap((b) => (b.type === 'paragraph' ? blockText(b) : [])).join(' ').trim() ?? '';
  for (const pattern of ASKED_OF) {
    const name = pattern.exec(asked)?.[1]?.trim();
    if (name && textWidth(name) <= 40 && !isScaffoldTitle(name)) return name;
  }
  return null;
}

/** The file's name as the note's subject: one name (`DNS`, `BPF`, `Redis`) that its first heading starts with. */
function fileNamedSubject(base: string, note: NoteFile): string | null {
  if (!/^[A-Za-z][A-Za-z0-9.]{1,}$/.test(base) || isPlaceFolder(base) || isScaffoldTitle(base)) return null;
  const first = note.outline.sections.find((section) => section.path.length > 0)?.path[0];
  if (first === undefined) return null;
  const key = matchKey(first);
  const name = matchKey(base);
  return key.startsWith(name) && !/[a-z0-9]/i.test(key.charAt(name.length)) ? base : null;
}

/** `配置TLS_Bootstrapping`, `Helm内置变量`: the name in a file named in Chinese for what is done with it or said of it. */
function latinPartOf(base: string): string | null {
  const mixed = /^\p{Script=Han}+[ _-]?([A-Za-z][A-Za-z0-9.+#]*(?:[ _][A-Za-z][A-Za-z0-9.+#]*){0,2})$|^([A-Za-z][A-Za-z0-9.+#]*(?:[ _][A-Za-z][A-Za-z0-9.+#]*){0,2})[ _-]?\p{Script=Han}+$/u.exec(withoutPlaceNumber(base));
  const part = mixed?.[1] ?? mixed?.[2];
  return part ? part.replace(/_/g, ' ') : null;
}

/**
 * `gfs(SupplementaryNote).md`, `docker.md`: a file named for a subject in one word, which a page without a
 * title of its own names again at least twice (so `notes.md` or `misc.md` name none).
 */
function mentionedFileSubject(base: string, note: NoteFile): string | null {
  // (A heading of the first rank that opens the page is its own title, whatever the file is
  // called; one further down, under headings of the second rank, is a part: `FluentD.md` opening
  // with `## Logstash vs Fluentd`, then `# PLUGINS`.)
  if (note.outline.sections.find((section) => section.depth > 0)?.depth === 1) return null;
  const whole = base.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  // Up to three words when they are the name in a Chinese file name, one otherwise (`Network Policy.md` may be a page of anything).
  const name = latinPartOf(whole) ?? whole;
  if (!/^[A-Za-z][A-Za-z0-9.+#]+$/.test(name.replace(/ (?=[A-Za-z])/g, '')) || (name === whole && / /.test(name)) || isPlaceFolder(name) || isScaffoldTitle(name) || isCollectionTitle(name)) return null;
  const word = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(name)}(?![A-Za-z0-9])`, 'i');
  let seen = 0;
  for (const section of note.outline.sections) {
    for (const text of [...section.path.slice(-1), ...section.blocks.flatMap(blockText)]) if (word.test(text) && ++seen >= 2) return name;
  }
  return null;
}

/** `Heapster介绍`, `Introduction to Helm` → what the note is about; null when the title is only its file name. */
function noteSubject(note: NoteFile): string | null {
  const base = titleFromFileName(note.file);
  if (!note.title || note.title === base) {
    // `Java/day1.md`: a page named for its place in a course is about its folder's subject.
    if (/^(?:readme|index)$/i.test(base) || COURSE_PLACE.test(base)) return folderSubject(note.file.split(/[\\/]/).at(-2) ?? '');
    // `DNS.md` opening with `# DNS(Domain Name System)`, then `# Protocol`, `# Implementation`: headings of
    // the first rank that are its parts, under none of which the subject is named again.
    // A page of one interview question (`## Question` `What does the docker system df command do?`) is about what it asks of.
    return fileNamedSubject(base, note) ?? askedSubject(note) ?? mentionedFileSubject(base, note);
  }
  const subject = note.title
    // `什么是 Istio?`, `What is Karmada?`: the question names its subject.
    .replace(/^(?:什么是|何为|(?:what|who) (?:is|are))\s*(.+?)\s*[?？]$/iu, '$1')
    .replace(/\s*(?:介绍|简介|概述|概览|入门|详解|总结|笔记|学习笔记|源码分析|代码分析|源码解析|原理分析)$/u, '')
    .replace(/^(?:an? )?(?:introduction|intro|overview|guide)\s+(?:to|of)\s+/i, '')
    .replace(/\s+(?:introduction|overview|notes|guide|basics)$/i, '')
    .trim();
  // `目录与参考`, `Table of Contents`, `README`: the note's layout, not its subject.
  if (!matchKey(subject) || isScaffoldTitle(subject) || /目录|参考|索引|\b(?:readme|index|contents|references|todo)\b/i.test(subject)) return null;
  // `K8s&Docker知识库`, `Interview Cheat Sheet`: a collection of subjects names none of them.
  if (isCollectionTitle(subject)) return null;
  return subject;
}
