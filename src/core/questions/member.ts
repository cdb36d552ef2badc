import type { Bank, Question, TermEntry, TermsBank } from '../types.js';
import { NAME_LANG_WEIGHT, pickDistractors, tier, type DistractorRequest } from './distractors.js';
import type { Random } from '../text/index.js';
import {
  bankExplanation,
  choiceQuestion,
  makeDraft,
  contextTitle,
  rejectCandidate,
  rejected,
  type Rejected,
  makeQuestion,
  questionId,
  pickingRandom,
  sourceOf,
  templates,
  WANT_DISTRACTORS,
  type Draft,
  type GenContext,
} from './draft.js';
import { isCodeWalkthrough, listedKey, originOf, otherBankUnder, ownerKeys, type Candidate, type Pool } from './pool.js';
import { familyOf, keyOf, lastPart, width } from './text.js';
import { MIN_DISTRACTORS } from './define.js';
import { displayTitle, givesAway, isActionTitle, isAspectBank, isAspectName, isNonName, isQuality, kindOfTitle, oddOneStandsOut, wordMarks } from './entries.js';
import { alike, spellsInitials } from './gate.js';
import { asSimplified, belongsInFact, isAdviceSection, isAbbreviation, isCodeSymbol, isSentence, isTechnicalName } from '../text/index.js';

// member: which of these belongs to <title>? — and, with three members or more, which does not.
// Wrong answers are terms of other banks, never a member (or an alias of one), never the title,
// never from a bank nested under this one.

/** Headings that gather whatever is left: not categories anything belongs to. */
const GENERIC_HEADING =
  /术语|其他|其它|杂项|基础|知识|概念|总结|笔记|补充|相关|总览|概述|简介|介绍|小结|基本信息|常见问题|注意事项|踩坑|对比|比较|区别|\bvs\b\.?|[^\s与和]与[^\s与和]|\b(?:misc|other|notes?|basics?|terms|glossary|overview|summary|introduction|general|concepts?|fundamentals|communication|pitfalls?|gotchas?|mistakes?|checklist|tips?|best practices|troubleshooting|explanations?|deep dive|details|breakdown)\b|详解|解析/i;


/** Whether a heading path (as matchKeys) starts with another. */
const sameKeyPrefix = (keys: readonly string[], prefix: readonly string[]): boolean =>
  prefix.length <= keys.length && prefix.every((p, i) => p === keys[i]);

/** A bank that is the children of a bullet (`kubelet` over its probes): the parent lists it. */
function isParentBullet(bank: Bank, pool: Pool): boolean {
  const pathKeys = pool.origins.get(bank.id)?.pathKeys ?? bank.path.map(keyOf);
  return pool.listed.has(listedKey(pathKeys.slice(0, -1), bank.title));
}

/** A bank named after its heading rather than by a lead-in line or a parent bullet. */
function isHeadingBank(bank: Bank, pool: Pool): boolean {
  const last = bank.path[bank.path.length - 1];
  return last !== undefined && keyOf(last) === keyOf(bank.title) && !isParentBullet(bank, pool);
}

/**
 * Whether the title names a category its entries are members of. A heading is one when it
 * is a subsection, or when its section holds nothing but this list; a top-level heading over
 * loose notes (`Basics`, `Other terms`) is not.
 */
function isCategory(bank: TermsBank, pool: Pool): boolean {
  // (`安全最佳实践`, `Tips`: advice, whose lines belong to no kind of thing.)
  if (!bank.title.trim() || GENERIC_HEADING.test(asSimplified(bank.title)) || isAdviceSection(bank.title)) return false;
  if (!isHeadingBank(bank, pool)) return true;
  if (bank.path.length >= 2) return true;
  const pathKeys = pool.origins.get(bank.id)?.pathKeys ?? [];
  return !otherBankUnder(pool, pathKeys, bank.id);
}

const CATEGORY_WORD =
  /(?:的?\p{Script=Han}{0,4}(?:类型|种类|模式|策略|方式|状态|阶段|组件|对象|分类)|\s+(?:types?|kinds?|modes?|policies|strateg(?:y|ies)|states?|phases?|components?|objects?))$/iu;

/** `Service类型` → `Service`: a candidate naming the core word may well belong, so it is not offered. */
function titleCore(title: string): string {
  const core = title.replace(CATEGORY_WORD, '').trim();
  return width(core) >= 3 && core !== title.trim() ? keyOf(core) : '';
}

/** A name run together from words (`ExecAction`) among single words (`Running`, `Failed`), or the other way round: the odd one's shape gives it away. */
export function runTogetherAlone(members: readonly string[], odd: string): boolean {
  const runTogether = (name: string): boolean => /[a-z][A-Z]/.test(name.trim()) && !/\s/.test(name.trim());
  const single = (name: string): boolean => /^[A-Za-z][a-z]+$/.test(name.trim());
  return (runTogether(odd) && members.every(single)) || (single(odd) && members.every(runTogether));
}

function uniqueMembers(bank: TermsBank): TermEntry[] {
  const seen = new Set<string>();
  return bank.entries.filter((e) => {
    const key = keyOf(e.term);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** File name extensions of documents, sheets, slides, pictures and archives. */
const FILE_TYPES = new Set(
  'doc docx docm dot dotx dotm odt ott fodt rtf txt wps wpt epub fb2 htm html mht mhtml xml xls xlsx xlsm xlsb xlt xltx xltm ods ots fods csv et ett ppt pptx pptm pps ppsx ppsm pot potx potm odp otp fodp dps dpt sxi sxw sxc stw pdf xps oxps djvu png jpg jpeg gif bmp svg webp tiff mp3 mp4 avi mov wav zip rar gz tgz bz2 7z'.split(' '),
);

/** A group worth asking membership of, its named members, and how to find outsiders for it. */
interface Group {
  bank: TermsBank;
  title: string;
  members: TermEntry[];
  /** Whether the title is a heading (which also gathers loose notes) rather than a lead-in. */
  heading: boolean;
  /** A request for outsiders like `answer`: named things of its shape from the same note, never a member. */
  request(answer: string): Omit<DistractorRequest, 'want' | 'rng'>;
}

const NUMBERED = /^\s*(?:[(（]\s*\d+\s*[)）]|\d+\s*[.)）、])/u;

/** Members needed before membership is asked as select-all. */
const MIN_MEMBERS = 3;
/** Members needed before "which one belongs" is asked of a closed set. */
const MIN_MEMBERS_IS = 2;
/** Kinds whose lists name every value there is: states, policies, modes, a setting's values. */
const CLOSED_KINDS = new Set(['state', 'policy', 'mode', '取值', 'value']);

/** `Service Networking`, `Pod Scheduling`: a field of work, not a kind of thing; Ingress belongs to Service networking too. */
const TOPIC_TITLE = /\b(?!(?:string|thing|setting|ring)s?$)[a-z]{3,}ing$/i;

/** The folder a note sits in: `书籍/MyBatis/notes`. */
const folderOf = (file: string): string => file.slice(0, Math.max(0, file.lastIndexOf('/')));

/**
 * Notes in one folder, or one inside the other's folder: one course or book. A collection
 * of many subjects (Java, Vue, Kubernetes) shares kind words across them (a rejection policy
 * of a thread pool is no outsider among Pod restart policies).
 */
function sameShelf(a: string, b: string): boolean {
  const x = folderOf(a);
  const y = folderOf(b);
  return x === y || x.startsWith(`${y}/`) || y.startsWith(`${x}/`) || x === '' || y === '';
}

/** Fields every Kubernetes object has: never outside a list of one object's fields. */
const EVERY_OBJECT_FIELD = /^(?:metadata(?:\.\w+)?|annotations|labels|name|namespace|uid|apiVersion|kind|ownerReferences|finalizers|resourceVersion|generation|creationTimestamp)$/;

/**
 * Kinds whose word says little of what the things are: `…类型`, `资源`, `objects`; modes,
 * which every part of the system has (kube-proxy's, Pod Security's, a volume's binding); and
 * components and controllers, which every tool has (Docker's `Registry`, an ingress `Traefik`
 * among workload controllers read as no Kubernetes object at all).
 */
const BROAD_KINDS = new Set(['type', 'mode', 'component', 'way']);

/** Kinds read from a Chinese title's last two characters that belong to one language or tool: `回调函数`, `常用命令`, `String 方法`. */
const CODE_KINDS = new Set(['函数', '方法', '命令', '指令', '属性', '接口', '注解', '语法', '键字', '操作', '用法']);

/**
 * `Resource types`, `可申请的资源类型`: a broad kind word qualified by another kind word names
 * compute resources (cpu, memory), a kind of its own beside `Hook handler types`.
 */
const RESOURCE_LIST = /^(?:(?:compute |container )?resource (?:types|kinds|names)|\p{Script=Han}{0,4}资源(?:类型|种类|名称))$/u;
const isResourceList = (title: string): boolean => RESOURCE_LIST.test(displayTitle(title).normalize('NFKC').toLowerCase().trim());


/** `继承了…全部功能`, `all the features of`, `inherits`: an entry saying its group takes in another. */
// (`Default：直接继承所在节点的 DNS 配置` inherits a setting, not a group.)
const TAKES_IN = /全部功能|所有功能|全部特性|继承了?[^，。；]{0,20}(?:全部|所有)|\binherits? (?:all|every)\b|\ball (?:the )?(?:features|functions|capabilities) of\b/i;

const overlapping = new WeakMap<readonly Bank[], Set<string>>();

/**
 * Whether the bank takes in another group whole, or another bank of its note takes it in. The banks
 * of the collection are looked through once (every group asks), not once per group.
 */
function inheritsOrIsInherited(bank: TermsBank, banks: readonly Bank[]): boolean {
  let ids = overlapping.get(banks);
  if (!ids) {
    ids = new Set<string>();
    const terms = banks.filter((b): b is TermsBank => b.kind === 'terms');
    for (const taker of terms) {
      const lines = taker.entries.filter((e) => TAKES_IN.test(`${e.term} ${e.detail}`));
      if (lines.length === 0) continue;
      ids.add(taker.id);
      // The group it names: `ReplicationController 全部功能` in Deployment's list takes in ReplicationController.
      for (const other of terms) {
        const title = keyOf(other.title);
        if (other !== taker && other.source.file === taker.source.file && title && lines.some((e) => keyOf(e.term).includes(title))) ids.add(other.id);
      }
    }
    overlapping.set(banks, ids);
  }
  return ids.has(bank.id);
}

/**
 * `Must-know`, `Advanced`, `基础`, `高级`: a grade the note gives things of one kind, its own judgement
 * (core components against add-ons is the field's own split, and stays).
 */
const GRADE = /^(?:(?:must[- ]know|must[- ]have|basic|advanced|common(?:ly used)?|popular|important|essential|other|additional|more|less common|rare(?:ly used)?)\s+|(?:基础|基本|高级|进阶|常用|常见|重要|其他|其它|更多)(?:的)?\s*)/iu;

/**
 * `Must-know types` beside `Advanced types`, `基础指令` beside `高级指令`: one kind split by the note's
 * grading, so which grade a member is in is the note's judgement (MX is no less a record type than NS).
 */
function gradedSplit(bank: Bank, banks: readonly Bank[]): boolean {
  const title = displayTitle(bank.title);
  if (!GRADE.test(title)) return false;
  const kind = keyOf(title.replace(GRADE, ''));
  return kind !== '' && banks.some((b) => b !== bank && b.kind === 'terms' && b.source.file === bank.source.file && keyOf(displayTitle(b.title)) !== keyOf(title) && keyOf(displayTitle(b.title).replace(GRADE, '')) === kind);
}

/**
 * Parts that two members or more end with: `client-gen`, `lister-gen` make `gen` the family
 * mark. Another `…-gen` from a list beside them is one of the family the note did not list
 * here (`defaulter-gen` is part of code-generator too), never a sure outsider.
 */
function familyMarks(terms: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const term of terms) {
    const part = lastPart(term);
    if (part !== undefined) seen.set(part, (seen.get(part) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([part]) => part));
}

/** `Tools › Calico` and `Tools › Cilium`: sections side by side under one heading. */
function isParallel(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.length > 0 && a.every((key, i) => i === a.length - 1 || key === b[i]);
}

export function groupOf(bank: Bank, ctx: GenContext, type: 'member' | 'multi'): Group | null {
  if (bank.kind !== 'terms') return null;
  const title = displayTitle(bank.title);
  const all = uniqueMembers(bank);
  if (all.length < 2) return null;
  // `Basics`, `Deep Explanation`, `最佳实践`: a heading over loose notes names no kind of thing.
  if (!isCategory(bank, ctx.pool)) {
    rejectCandidate(ctx, bank, type, 'not-a-group', bank.title);
    return null;
  }
  // `Deployment` holding `Replication Controller 全部功能：Deployment 继承了…`: one group takes in all of
  // another, so what belongs to either is the note's split, not a fact; neither is asked.
  if (inheritsOrIsInherited(bank, ctx.pool.banks)) {
    rejectCandidate(ctx, bank, type, 'ambiguous', bank.title);
    return null;
  }
  // Fields of a struct in code walked through (`pods`, `node`): the code's names, not a kind of thing.
  if (gradedSplit(bank, ctx.pool.banks) || isAspectBank(bank) || isSentence(title) || isActionTitle(title) || TOPIC_TITLE.test(title) || isNonName(title) || isCodeWalkthrough(ctx.pool, bank.source.file)) {
    rejectCandidate(ctx, bank, type, 'not-a-group', bank.title);
    return null;
  }
  // `--server`, `--token`: any flag of a command is accepted by its subcommands too, so which
  // list a flag "belongs to" is the note's layout, not a fact.
  if (all.filter((e) => /^--?[a-z]/i.test(e.term.trim())).length * 2 > all.length) {
    rejectCandidate(ctx, bank, type, 'not-a-group', bank.title);
    return null;
  }
  // `准备NFS环境`, `创建pv.yaml`: a list holding lab steps follows the note's layout, not a kind of thing;
  // so does one whose items are named by their place (`第一步：…`, `Step 2: …`).
  if (all.some((e) => isActionTitle(e.term) || /^(?:第\s*[一二三四五六七八九十\d]+\s*步|step\s*\d{1,2})$/iu.test(e.term.trim()))) {
    rejectCandidate(ctx, bank, type, 'not-a-group', bank.title);
    return null;
  }
  // Members are named things; a list of mostly sentences or aspects is not a group of things.
  // `1）scale`, `(1) 数据封装`: numbered items, whose numbers are layout, are not offered as names.
  // `sl`, `cm`, `w`: one person's shorthand, not names anyone else would know.
  // `etc.`: the rest of a list the note did not write, no member.
  // `Up to 80% discount`, `max 24 hours`: what the thing offers or allows, in figures, not a member of it.
  const members = all.filter((e) => isTechnicalName(e.term) && !isCodeSymbol(e.term) && !NUMBERED.test(e.term) && !isQuality(e.term) && !AMOUNT.test(e.term.trim()) && !/^[a-z]{1,2}$/.test(e.term.trim()) && !/^(?:etc\.?|等等?|\.{3}|…)$/iu.test(e.term.trim()));
  // (Which one belongs needs only two where the list is the whole of a closed set, the values of a
  // setting: `Recreate` or `RollingUpdate` among other strategies. Fields, tools and parts are rarely
  // all listed, and select-all needs more to choose from.)
  const closedSet = CLOSED_KINDS.has(kindOfTitle(bank.title) ?? '');
  // A heading gathers whatever its section says (`Asymmetric Encryption` over `解决问题`, `混合`, then `P256`,
  // `SHA-256` of a hybrid scheme): Chinese labels among Latin names are notes under it, not a group.
  const loose = isHeadingBank(bank, ctx.pool) && all.some((e) => HAN.test(e.term)) && all.some((e) => !HAN.test(e.term));
  if (loose || members.length < (type === 'member' && closedSet ? MIN_MEMBERS_IS : MIN_MEMBERS) || members.length * 3 < all.length * 2) {
    rejectCandidate(ctx, bank, type, 'not-a-group', bank.title);
    return null;
  }
  // `Alertmanager：通知发送、去重、抑制`, `Deployment：滚动更新、平滑升级`: Chinese phrases listed bare
  // after a name are what it does or has, the note's own words, not names of a kind of thing; which
  // belong is the note's wording. (`调度方式` over 节点亲和性, 污点与容忍…, each explained, are mechanisms.)
  const bare = members.filter((e) => /\p{Script=Han}/u.test(e.term) && !e.detail.trim()).length;
  if (bare * 2 > members.length) {
    rejectCandidate(ctx, bank, type, 'not-a-group', bank.title);
    return null;
  }
  // `cell: csv, et, ett, fods, ods…`: which file types one product opens in which editor is its
  // manual's detail, not knowledge, and `ett` beside `ots` is told apart by nothing but memory.
  if (members.filter((e) => FILE_TYPES.has(e.term.trim().toLowerCase().replace(/^\./, ''))).length * 2 > members.length) {
    rejectCandidate(ctx, bank, type, 'not-a-group', bank.title);
    return null;
  }
  // `EFK` over Elasticsearch, Fluentd, Kibana: the letters say which belong; so does `EFK Stack`, where the
  // members' initials spell the capitals (`PV 的 phase 取值` names its object, not its members).
  const initials = members.map((e) => (e.term[0] ?? '').toUpperCase());
  const spelled = /(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])/.exec(title)?.[0];
  const spellsMembers = spelled !== undefined && members.length <= spelled.length + 1 && [...spelled].every((c) => initials.includes(c));
  if ((isAbbreviation(title) && members.some((e) => title.toLowerCase().includes((e.term[0] ?? '').toLowerCase()))) || spellsMembers) {
    rejectCandidate(ctx, bank, type, 'giveaway', bank.title);
    return null;
  }
  const heading = isHeadingBank(bank, ctx.pool);
  const origin = originOf(bank);

  // What the questions exclude, worked out once and only when one is built.
  let excluding: Pick<DistractorRequest, 'excludeKeys' | 'excludeOwners' | 'accept'> | undefined;
  const exclusions = (): Pick<DistractorRequest, 'excludeKeys' | 'excludeOwners' | 'accept'> => {
    if (excluding) return excluding;
    const topicKeys = ctx.pool.topicKeys.get(bank.id) ?? [];
    const pathKeys = bank.path.map(keyOf);
    const memberNames = all.flatMap(ownerKeys);
    const core = titleCore(bank.title);
    const memberTerms = new Set(all.map((e) => keyOf(e.term)));
    /** The title of the list a candidate comes from. */
    const listTitle = (c: Candidate): string => ctx.pool.titles.get(c.origin.bankId) ?? '';
    // Banks under this one: its own section when it is a heading, its subsections, and the
    // children of its members (`kube-controller-manager` → its controllers). Asked per bank
    // id, as candidates come: what the answer depends on is looked up by id.
    const under = (id: string): boolean => {
      if (id === bank.id) return true;
      const keys = ctx.pool.origins.get(id)?.pathKeys ?? [];
      if (sameKeyPrefix(keys, pathKeys)) {
        if (heading) return true;
        if (keys.length > pathKeys.length && memberTerms.has(keys[pathKeys.length] ?? '')) return true;
      }
      return sameKeyPrefix(ctx.pool.topicKeys.get(id) ?? [], topicKeys);
    };
    const nested = new Map<string, boolean>();
    const isNested = (id: string): boolean => {
      let yes = nested.get(id);
      if (yes === undefined) nested.set(id, (yes = under(id)));
      return yes;
    };
    const titleKey = keyOf(bank.title);
    // Not a name the title itself contains (`Access Modes` for `Access Modes in PVs`): that is the category, not an outsider.
    // Outsiders are things of the same kind from another list (container states for Pod
    // phases), nearest first: of another kind they are told apart without knowing the group.
    const kind = kindOfTitle(bank.title);
    // A group named by a thing (`kube-controller-manager` over its controllers) says no kind:
    // outsiders then come only from a list named by a thing beside it (`cloud-controller-manager`).
    // `…类型`, `resources`, `objects` say too little to cross notes: `HTTPGetAction` (a handler
    // type) among taint effects, `httpGet` among the resources cgroups control.
    // Modes name the ways of one thing each (`Pod Security Admission modes`, `Encapsulation and routing modes`):
    // only modes in the same section are of the same thing.
    const reach = kind === 'mode' ? 1.7 : kind === null ? 1.75 : BROAD_KINDS.has(kind) ? 2 : 3;
    // Named by a thing, a list in a section above or below it is of another kind more often than not
    // (`set-based` operators beside `Namespace`'s namespaces): only a list under the same heading, in
    // a section parallel to this one (`Calico` beside `Cilium`), or named with a word of this one's
    // (`cloud-controller-manager`) holds outsiders.
    const titleWords = wordMarks(bank.title);
    const nextTo = (c: Candidate): boolean =>
      kind !== null ||
      tier(origin, c.origin) <= 1 ||
      isParallel(origin.pathKeys, c.origin.pathKeys) ||
      [...wordMarks(listTitle(c))].some((w) => titleWords.has(w));
    // `Resource types` beside `Hook handler types`: the broad word `types` does not make cpu a handler.
    const resources = isResourceList(bank.title);
    const qualified = (c: Candidate): boolean => tier(origin, c.origin) <= 1 || isResourceList(listTitle(c)) === resources;
    // `分层架构` in another note is another author's split of the same layers: none of them is an outsider.
    // `Additional Macros` beside `Macros`: the same kind, graded by the note.
    const ungraded = (text: string): string => keyOf(displayTitle(text).replace(GRADE, ''));
    const sameGroup = (c: Candidate): boolean => ungraded(listTitle(c)) === ungraded(title);
    // Whose things another list holds. `回调函数` (a Vue directive's hooks) and `函数` in a note on Oracle:
    // functions, methods, commands are of a language or a tool, and another note's are another's (values
    // of a field, `取值`, are all values of Kubernetes objects). `角色分类` (RabbitMQ's user roles) beside
    // `类型：` under `## Exchange`: both read as types, of different things, as the words before `分类` or
    // `类型`, or the heading over them, say. Such a list holds outsiders only when it is called the same.
    const ofATool = kind !== null && CODE_KINDS.has(kind);
    const typesOf = (text: string): string => /^(.*?\p{Script=Han}[^\s]*?)\s*(?:分类|类型|种类|类别)$/u.exec(displayTitle(text).trim())?.[1]?.trim() ?? '';
    const ownTypes = typesOf(bank.title);
    const sameThings = (c: Candidate): boolean => {
      const listed = listTitle(c);
      if (ofATool && c.origin.file !== origin.file && keyOf(displayTitle(listed)) !== keyOf(displayTitle(bank.title))) return false;
      if (!ownTypes) return true;
      const other = typesOf(listed) || (/^(?:分类|类型|种类|类别)[:：]?$/u.test(displayTitle(listed).trim()) ? (c.origin.pathKeys.at(-1) ?? '') : '');
      return !other || keyOf(other) === keyOf(ownTypes);
    };
    // (`Service Controller` beside `Job Controller` under `cloud-controller-manager`: a mark the title
    // names is the kind the title picks from, not a family the note split.)
    // (`cloud-control-manager` names controllers by a shorter form; `code-generator` does not name
    // a family as short as `gen`.)
    const titleParts = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const named = (mark: string): boolean =>
      titleParts.some((w) => w === mark || (mark.length >= 5 && w.startsWith(mark)) || (w.length >= 5 && mark.startsWith(w)) || (/\p{Script=Han}/u.test(mark) && w.includes(mark)));
    const family = new Set([...familyMarks(all.map((e) => e.term))].filter((mark) => !named(mark)));
    const ofTheFamily = (text: string): boolean => family.has(lastPart(text) ?? '');
    // `PV › 状态`: a title that is only a kind word says whose with the heading above it.
    const parent = bank.path.filter((h) => keyOf(displayTitle(h)) !== keyOf(title)).at(-1);
    const whose = parent !== undefined && /^\p{Script=Han}{1,4}$/u.test(title) ? [`${parent} ${title}`] : [];
    // `topologySpreadConstraints fields` beside a list of fields holding topologySpreadConstraints: the
    // fields of a member field are inside the group, not outside it.
    const longMembers = kind === 'field' ? [...memberTerms].filter((k) => k.length >= 6) : [];
    const insideAMember = (c: Candidate): boolean => {
      const listed = keyOf(listTitle(c));
      return longMembers.some((m) => listed.includes(m));
    };
    const ofEveryObject = all.some((e) => EVERY_OBJECT_FIELD.test(e.term.trim()));
    // `ALB (Layer 7)` beside `Application Load Balancer`, `Virtual Private Cloud` beside `VPC`: a member by its other name.
    const leadingCode = (text: string): string | undefined => /^([A-Z]{2,5})(?![\w-])/.exec(text.trim())?.[1];
    const abbreviatesAMember = (text: string): boolean => {
      const code = leadingCode(text);
      return all.some((e) => (code !== undefined && spellsInitials(code, e.term)) || spellsInitials(leadingCode(e.term) ?? '', text));
    };
    // `N1`, `A2`, `G2`: machine models by letter and number; an outsider among them is one too, and none among names without a digit (`TCP`, `SSL`).
    const models = all.filter((e) => MODEL_CODE.test(e.term.trim())).length;
    const modelShaped = (text: string): boolean =>
      models === all.length ? MODEL_CODE.test(text.trim()) : models > 0 || all.some((e) => /\d/.test(e.term)) || !MODEL_CODE.test(text.trim());
    // `Role和ClusterRole` among `回滚`, `暂停和启动`: where every member is written in Chinese alone, or none in
    // Chinese at all, an outsider in the other script stands out by its letters.
    const script = (text: string): string => (HAN.test(text) ? (/[A-Za-z]/.test(text) ? 'mixed' : 'han') : /[A-Za-z]/.test(text) ? 'latin' : 'other');
    const scripts = new Set(all.map((e) => script(e.term)));
    const only = scripts.size === 1 ? [...scripts][0] : undefined;
    const sameScript = (text: string): boolean => (only !== 'han' && only !== 'latin') || script(text) === only;
    const outsider = (c: Candidate): boolean =>
      sameScript(c.text) &&
      kindOfTitle(listTitle(c)) === kind &&
      modelShaped(c.text) &&
      // `annotations`, `labels`: every object has them, so no one object's fields leave them out
      // (a list of the fields every object has, `必须字段` beside `可选字段`, is another matter).
      !(kind === 'field' && !ofEveryObject && EVERY_OBJECT_FIELD.test(c.text.trim())) &&
      !insideAMember(c) &&
      !sameGroup(c) &&
      tier(origin, c.origin) <= reach &&
      sameThings(c) &&
      nextTo(c) &&
      qualified(c) &&
      sameShelf(origin.file, c.origin.file) &&
      !isNested(c.origin.bankId) &&
      !(core && c.key.includes(core)) &&
      !titleKey.includes(c.key) &&
      // `并发` under `并发和并行 › 并行`: a heading above the group names it, as the category, not an outsider.
      !(c.key.length >= 2 && pathKeys.some((k) => k.includes(c.key))) &&
      isTechnicalName(c.text) &&
      !isCodeSymbol(c.text) &&
      !isAspectName(c.text) &&
      !isActionTitle(c.text) &&
      !isNonName(c.text) &&
      !abbreviatesAMember(c.text) &&
      !ofTheFamily(c.text) &&
      // `Pending` under PV phases that forgot it: a real member is no outsider.
      ![...bank.path, bank.title, ...whose].some((heading) => belongsInFact(heading, c.text));
    // Never a member (or an alias of one, or the same name spelt differently), never the title.
    excluding = { excludeKeys: [...memberNames, bank.title], excludeOwners: memberNames, accept: outsider };
    return excluding;
  };
  const request = (answer: string): Omit<DistractorRequest, 'want' | 'rng'> => {
    const { accept, ...rest } = exclusions();
    return {
      answer,
      origin,
      candidates: ctx.pool.terms,
      ...rest,
      accept: (c) => (accept ? accept(c) : true) && alike(answer, c.text),
      langWeight: NAME_LANG_WEIGHT,
    };
  };
  // `必须字段` alone does not say whose: a short title is named with what it is part of.
  return { bank, title: contextTitle(bank, '') ?? title, members, heading, request };
}

const HAN = /\p{Script=Han}/u;

/** An amount said in words and figures: `Up to 80% discount`, `max 24 hours`, `30-second warning`. */
const AMOUNT = /\d\s*%|\b\d+(?:\.\d+)?[- ]?(?:ms|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?|[KMGT]i?B|[KMGT]bps)\b|^(?:up to|max(?:imum)?|min(?:imum)?|at (?:least|most)|more than|less than|over|under|最多|最少|至少|不超过|超过)\s*\d/iu;

/** A model named by a letter and a number: `N1`, `A2`, `T3a`, `A100`. */
const MODEL_CODE = /^[A-Z]\d{1,3}[a-z]?$/;

export function memberDrafts(bank: Bank, ctx: GenContext): Draft[] {
  const group = groupOf(bank, ctx, 'member');
  if (!group) return [];
  const { members, heading, request, title } = group;
  const t = templates(bank, ctx);

  const base = () => ({
    bank,
    subject: bank.title,
    source: sourceOf(bank),
    explanation: bankExplanation(title, group.bank.entries, t),
  });
  const out: Draft[] = [];

  const isId = questionId(bank, bank.title, 'member');
  // The right answer is the first draw of the question's stream, the same in check and build.
    const buildIs = (): Question | Rejected | null => {
    const picking = pickingRandom(isId);
    const right = picking.pick(members).term;
    const wrong = pickDistractors({ ...request(right), want: WANT_DISTRACTORS, rng: picking });
    if (wrong.length < MIN_DISTRACTORS) return null;
    // `网络存储卷` for 常见的存储卷: the only choice that repeats the title (or the headings shown above it).
    if (givesAway([...bank.path, title].join(' '), right, wrong)) return rejected('giveaway');
    // `…Priority`, `…Priority` beside `HostName`: outsiders that share a word the member lacks point at it.
    if (wrong.length >= 2 && oddOneStandsOut(wrong, right)) return rejected('giveaway');
    // `TLSRoute` among `ClusterIP`, `NodePort` under Gateway API resources, half of whose members are
    // `…Route`s: the word they end in, which no outsider has, names the member.
    const family = familyOf(right, members.map((e) => e.term));
    if (family && family.kin >= 2 && family.kin * 2 >= members.length && !wrong.some((w) => lastPart(w) === family.word)) return rejected('giveaway');
    return choiceQuestion({ ...base(), id: isId, type: 'member', prompt: t.memberIs(title) }, ctx, right, wrong);
  };
  out.push(makeDraft({ id: isId, type: 'member', bank, subject: bank.title }, buildIs, ctx));

  // "Which is NOT" only where the title is a true enumeration: a heading also gathers loose notes.
  if (members.length >= 3 && !heading) {
    const notId = questionId(bank, bank.title, 'member', ':not');
    const shownOf = (notRng: Random): { shown: string[]; typical: string } => {
      const shown = notRng.sample(members, WANT_DISTRACTORS).map((e) => e.term);
      const typical = [...shown].sort((a, b) => width(a) - width(b))[Math.floor(shown.length / 2)] ?? (shown[0] as string);
      return { shown, typical };
    };
    const buildNot = (): Question | Rejected | null => {
      const picking = pickingRandom(notId);
      const { shown, typical } = shownOf(picking);
      const first = pickDistractors({ ...request(typical), want: 1, rng: picking })[0];
      if (first === undefined) return null;
      // An outsider of another shape is set aside for one of the members' shape, where there is one.
      const odd = runTogetherAlone(shown, first)
        ? pickDistractors({ ...request(typical), want: WANT_DISTRACTORS, rng: pickingRandom(`${notId}:shape`) }).find((c) => !runTogetherAlone(shown, c))
        : first;
      if (odd === undefined || oddOneStandsOut(shown, odd)) return rejected('giveaway');
      // `标签、选择器和注解` over 标签, 选择器, 注解: a title that names its members leaves the odd one plain.
      if (shown.filter((m) => keyOf(title).includes(keyOf(m))).length >= 2) return rejected('giveaway');
      // `High RTO`, `Low RPO`, `Moderate RTO` under `RPO/RTO`: every member says a word of the title and the odd one none.
      const titleMarks = wordMarks([...bank.path, title].join(' '));
      const saysTitle = (text: string) => [...wordMarks(text)].some((mark) => titleMarks.has(mark));
      if (shown.every(saysTitle) && !saysTitle(odd)) return rejected('giveaway');
      return makeQuestion({ ...base(), id: notId, prompt: t.memberNot(title) }, ctx, { type: 'member', choices: [odd, ...shown], answer: 0 });
    };
    out.push(makeDraft({ id: notId, type: 'member', bank, subject: bank.title }, buildNot, ctx));
  }
  return out;
}

