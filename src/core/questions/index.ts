import { asSimplified } from '../text/index.js';
import { isAssistantInstructions } from '../notes/assistant-files.js';
import { QUESTION_TYPES, type Bank, type Lang, type Question, type QuestionType, type TermsBank } from '../types.js';
import { acronymDrafts } from './acronym.js';
import { clozeDrafts } from './cloze.js';
import { defineDrafts } from './define.js';
import { dealChoices } from './deal.js';
import { rejectCandidate, type Draft, type DraftGenerator, type GenContext } from './draft.js';
import { identifyDrafts } from './identify.js';
import { memberDrafts } from './member.js';
import { nextDrafts } from './next.js';
import { multiDrafts } from './multi.js';
import { orderDrafts } from './order.js';
import { boilerplateKey, buildPool, filedUnder, isCodeWalkthrough, type Pool } from './pool.js';
import { recallDrafts } from './recall.js';
import { typedDrafts } from './typed.js';
import { bareTitle } from './text.js';
import type { Rejection, RejectReason } from './gate.js';
import { drillFrom, draftsFromHeads, indexDrafts, selectQuestions, type DraftHead, type DrillOptions, type GenerateOptions, type KeptQuestions, type QuestionIndex } from './select.js';

// banks -> questions. Pure and seeded: the same banks and options give the same questions,
// choices in the same order. Nothing here reads the clock or Math.random.

export { createRandom } from '../text/index.js';
export { pickDistractors, type DistractorRequest } from './distractors.js';
export { templatesFor } from './templates.js';
export { checkReport, type CheckReport } from './check.js';
export { REJECT_REASONS, type Rejection, type RejectReason } from './gate.js';
export { draftsKey } from './drafts-key.js';
export { matchesTopic, selectQuestions, spreadOrder, type DraftHead, type DrillOptions, type GenerateOptions, type KeptQuestions, type KnownQuestion, type QuestionIndex } from './select.js';

const DRAFTERS: Record<QuestionType, DraftGenerator> = {
  define: defineDrafts,
  identify: identifyDrafts,
  member: memberDrafts,
  order: orderDrafts,
  acronym: acronymDrafts,
  cloze: clozeDrafts,
  recall: recallDrafts,
  typed: typedDrafts,
  next: nextDrafts,
  multi: multiDrafts,
};

export function contextOf(banks: Bank[], options: { seed: number; lang?: Lang }): GenContext {
  const ctx: GenContext = { pool: buildPool(banks), seed: options.seed };
  if (options.lang) ctx.lang = options.lang;
  return ctx;
}

/** Every draft, in allQuestions order: bank by bank, type by type, entry by entry. */
export function allDrafts(banks: Bank[], ctx: GenContext): Draft[] {
  const out: Draft[] = [];
  for (const bank of banks) {
    for (const type of QUESTION_TYPES) out.push(...draftsOf(bank, type, ctx));
  }
  return out;
}

/**
 * `statusManager`, `opts.AddFlags`, `Run()`: a name in code, not a term of the field. (Names in
 * capitals, `PodFitsResources`, are left: `CrashLoopBackOff` and `StatefulSet` look the same.)
 */
const CODE_NAME = /^[a-z]+[A-Z]\w*$|^\w+\.\w|\(\)$/;

/** A description whose first clause says its name is a function, a method or a struct of the code. */
// (`根据…配置函数选择` is a function in the mathematical sense: only one run, called or entered is code's.)
const CODE_DETAIL = /(?:执行|调用|入口)[^，。,;；]{0,20}?函数|结构体|\b(?:calls?|runs?|invokes?|executes?) (?:the )?\w+ (?:func(?:tion)?|method)\b|\b(?:method|struct) (?:of|that|which)\b/i;

/**
 * What Kubernetes and Docker left behind years ago: Heapster (2018), kubecfg and minions (before 1.0),
 * PodSecurityPolicy (removed in 1.25), the devicemapper storage driver (removed from Docker in 25.0).
 */
const RETIRED = /\b(?:heapster|kubecfg|minions?|podsecuritypolic(?:y|ies)|pod security polic(?:y|ies)|devicemapper)\b/i;

/**
 * Things a list may still name that Kubernetes removed long ago: the OutOfDisk and ConfigOK node
 * conditions (gone by 1.13 and 1.22), Initializers (alpha, gone in 1.14), PodPreset (gone in 1.20),
 * kubecfg (the client before kubectl), cri-containerd (merged into containerd as its CRI plugin in
 * 2018), Tiller (Helm 2's in-cluster server, gone with Helm 3 in 2019), the gitRepo volume
 * (deprecated since 1.11, off by default since 1.33). Asked about as if current, they teach what no cluster has.
 * (Heapster or PodSecurityPolicy as a subject is a note telling their history: only sections about
 * them, RETIRED, are left out.)
 */
const RETIRED_NAME = /^(?:OutOfDisk|ConfigOK|Initializers?|PodPresets?|kubecfg|cri-containerd|Tiller(?: Server)?|gitRepo)$/i;

/** What a bank's headings say, its note's subject first. */
const headingText = (bank: Bank): string => [bank.about ?? '', ...bank.path, bank.title].join(' ');

/**
 * `Kubernetes 社区组织：SIG 和工作组`, `Special Interest Groups`, `Steering Committee`: who runs the
 * project, its groups, leads and meeting times, are the community's own organisation, not
 * knowledge of the field an interview asks about.
 */
const COMMUNITY = /\bSIGs?\b|\bspecial interest groups?\b|\bworking groups?\b|\bsteering committee\b|特别兴趣小组|工作组|社区组织|社区治理|指导委员会/i;

/** `How to release`, `Contributing`: how a project copied into the notes cuts its releases or takes patches, its own chores;
 * `贡献人员`, `Credits`: who wrote and proofread which chapter. */
// (A KEP's `Implementation History` and `Graduation Criteria`: how the project tracks one change. `Production
// readiness` is left alone: a course teaches it.)
const PROJECT_CHORES = /\bhow to (?:release|cut a release|contribute)\b|\b(?:raise|open|send|submit) (?:a )?(?:pull request|pr)\b|\bpull requests? (?:are )?welcome\b|\bbuy me a coffee\b|欢迎(?:提交)?\s*(?:PR|pull request|issue)|\brelease (?:process|procedure|checklist)\b|\bcontributing\b|\bcontribution guide|\bimplementation history\b|\bgraduation criteria\b|\bcompleted (?:optimi[sz]ations|tasks|work|features|items|improvements)\b|\boptimi[sz]ation results\b|\btechnical implementation details\b|\b(?:contributors|credits|acknowledg(?:e)?ments|special thanks)\b|贡献(?:者|人员|情况|名单)|致谢|鸣谢|特别感谢/i;

/**
 * `環境與工具概覽`, `My setup`, `Lab environment`: the machine, editor and folders one person works with
 * (`主機環境：macOS`, `專案結構：~/workspace/…`), their own choices rather than knowledge; `系統需求`,
 * `System requirements`: what one install needs (`作業系統：Ubuntu 22.04`).
 */
const OWN_SETUP = /^(?:(?:本机|实验|我的|个人)?环境(?:与|和|及)?(?:工具)?(?:概览|总览|说明|信息)?|(?:系统|硬件|软件|环境)(?:需求|要求)|(?:my|lab|local|home ?lab) (?:environment|setup)|my (?:tools|stack)|(?:environment|setup) overview|(?:system|hardware|minimum) requirements)$/iu;

/**
 * `Node js project`, `project-notes.md`: the app a course builds to practise on; its parts (`Task API`,
 * `Users API`) are that one project's, no knowledge of the field.
 */
const DEMO_PROJECT = /^(?:(?:the|my|our|a|sample|demo|example|course|practice|mini|side|final|capstone)\s+)?(?:node(?:[\s.]?js)?|react|vue|angular|django|flask|spring(?: boot)?|express|todo|to-do|multi-container|demo|sample|example|practice)\s+(?:app(?:lication)?|project)(?:\s+notes)?$|^project[\s_-]+notes$/i;

/** `…/project-notes.md` → `project-notes`. */
function fileStem(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.(?:md|markdown)$/i, '');
}

/**
 * `08-mock-cka/multi-pod.md`, `practice/exams/exam-10.md`, `模拟题/`: a mock exam's tasks (name a container `mega`, run
 * `busybox`) are one exercise's choices, not knowledge, whatever their headings say.
 */
const MOCK_EXAM = /(?:^|[\\/])(?:practice[-_ ]?)?exams(?=[\\/])|(?:^|[\\/._ -])mocks?(?=[\\/._ -]|$)|mock[-_ ]?(?:exams?|tests?)|模拟(?:题|考试|试题|试卷)|真题/i;

/** `PROGRESS.md`, `CHANGELOG.md`, `TODO.md`, `context_refresh_log.md`, `repo_audit_report.md`: where the notes keep track of themselves, no knowledge. */
const TRACKER_FILE = /(?:^|[\\/])(?:(?:progress|changelog|changes|todo|history|log|updates?)\.(?:md|markdown|txt)|[\w-]*(?:refresh|session|work|dev|change|progress)[_-]?log\.md|(?:repo|repository)[_-]?(?:audit|report)[\w-]*\.md)$/i;

/**
 * `resume-description.md`, `简历描述指南`: how to sell one's own project, its pains, numbers and plans;
 * `learning-checklist-7days.md`: one person's study plan; `DOP课设可选课题`: a course project's plan, its
 * checklist and the marks each module is worth; `MicroService 阅读材料`: one person's reading list and what
 * they thought of each article; `11-HR-Behavioural.md`: one person's answers about themselves; `反问`,
 * `Questions to ask the interviewer`: what one person wants to learn of a team; `自我介绍`, `你说搭了…流程`,
 * `INTERVIEW_FOLLOWUP_PLAN.md`: how to present oneself, one's own project, one's own plan. Pages about the
 * person, no knowledge of the field.
 */
const PERSONAL_PAGE = /(?:^|[\\/\s_-])(?:resume|résumé|cv|hr)(?:[\s_.-]|$)|resume(?:[._-]\w+)*\.(?:md|markdown)$|behaviou?ral|soft[-_ ]?skills?|简历|(?:learning|study)[-_ ]?(?:checklist|plan)|课设|课程设计|毕设|毕业设计|阅读材料|阅读清单|书单|\breading list\b|反问|\bquestions to ask (?:the |your )?(?:interviewer|employer|hiring manager)s?\b|自我介绍|self[-_ ]?introductions?|[-_ ]plan\.(?:md|markdown)$|你(?:说|提到|讲到|做过|负责过|参与过|主导过)|\b(?:tell me about (?:yourself|your)|you (?:mentioned|said you))\b|(?:^|[\\/])personal[-_ ]?notes?\.(?:md|markdown)$/i;

/** `satyanaam-food/backend/readme.md`: the docs of an app the notes built (its API, its pages), no knowledge of the field. */
const APP_DOCS = /(?:^|[\\/])(?:backend|frontend)[\\/]/i;

/**
 * `test/images/agnhost/README.md`, `vendor/…`, `third_party/…`: a code project's own developer docs (a test
 * image's flags, a benchmark's config), which came with the notes but are no one's study notes; so is the
 * README of a chart Helm pulled in as a dependency (`mychart/charts/grafana/README.md`: its values, its hosts).
 */
const PROJECT_INTERNALS = /(?:^|[\\/])(?:vendor|third_party|testdata)[\\/]|(?:^|[\\/])test[\\/](?:images|integration|e2e|e2e_node)[\\/]|(?:^|[\\/])charts[\\/][^\\/]+[\\/]README\.md$/i;

/** `2-exam-time-savers.md`, `exam-tips.md`: how to sit an exam, no knowledge of the field. */
const EXAM_TIPS_FILE = /(?:^|[\\/])[\w-]*exam[-_ ]?(?:tips?|time[-_ ]?savers?|strateg(?:y|ies)|hacks?)[\w-]*\.(?:md|markdown)$/i;

/** `CKAD Exam Quick Reference`, `Exam Details`, `考试须知`: how the exam is run (its length, its allowed sites), no knowledge. */
const EXAM_INFO = /\b(?:exam|certification)\s+(?:quick reference|details|format|logistics|overview|structure|information|info|registration|policies|rules)\b|考试(?:信息|形式|说明|须知|流程|报名|概况)/i;

/**
 * `yamlmax: 2 CPU`, `yamlapiVersion: apps/v1`: a code block copied without its fence, its language
 * glued to the first key; the list around it is that code's settings (the lab's own values), not terms.
 */
const FENCE_LANGUAGE_GLUED = /^(?:yaml|yml|bash|console|dockerfile)(?!lint)[a-z][\w-]*$/;

/** Keys a manifest nests its settings under. */
const MANIFEST_KEY = /^(?:spec|metadata|template|containers|initContainers|labels|matchLabels|selector|resources|limits|requests|ports|volumeMounts|volumes|env|data)$/;

/**
 * `containers:` over `name: nginx`, `image: nginx:latest`: a manifest pasted without its fence, its
 * keys read as a list under the key above them; the values are that example's, no meanings.
 */
function isManifestBlock(bank: TermsBank): boolean {
  return MANIFEST_KEY.test(bank.title.replace(/[:：]\s*$/u, '').trim()) && bank.entries.every((e) => /^[a-z][A-Za-z]*$/.test(e.term.trim()));
}

/**
 * Why no question of a bank is asked, whatever its entries: a section about a retired component
 * (`Heapster › Labels`, a flow whose steps go through Kubecfg; a list that only names one,
 * `Heapster` among common objects, is not), about the community's own organisation or how an exam
 * is run, or a mock exam's.
 */
function sectionExcluded(bank: Bank): RejectReason | null {
  if (bank.kind === 'terms' && (bank.entries.some((e) => FENCE_LANGUAGE_GLUED.test(e.term.trim())) || isManifestBlock(bank))) return 'debris';
  const headings = headingText(bank);
  if (MOCK_EXAM.test(filedUnder(bank.source.file)) || TRACKER_FILE.test(bank.source.file) || isAssistantInstructions(bank.source.file) || APP_DOCS.test(filedUnder(bank.source.file)) || PROJECT_INTERNALS.test(bank.source.file.split(/[\\/]/).slice(-5).join('/')) || EXAM_TIPS_FILE.test(bank.source.file) || PERSONAL_PAGE.test(bank.source.file) || PERSONAL_PAGE.test(headings)) return 'debris';
  // `How to install YOUR_TOPIC?` in `TOPIC_TEMPLATE.md`: a page to copy and fill in, asking nothing yet.
  if (/\bYOUR_[A-Z][A-Z_]*\b/.test(headings) || /(?:^|[\\/_-])TEMPLATE\.(?:md|markdown)$/.test(bank.source.file)) return 'debris';
  if (RETIRED.test(headings) || (bank.kind === 'steps' && bank.steps.some((step) => RETIRED.test(step.text)))) return 'retired';
  if ([bank.path.at(-1) ?? '', bank.title].some((heading) => OWN_SETUP.test(asSimplified(bareTitle(heading))))) return 'debris';
  if ([...bank.path, bank.title, fileStem(bank.source.file)].some((heading) => DEMO_PROJECT.test(bareTitle(heading)))) return 'debris';
  return COMMUNITY.test(headings) || EXAM_INFO.test(headings) || PROJECT_CHORES.test(headings) ? 'debris' : null;
}

/** The bank without the answers a template repeats (pool.boilerplate), made once per bank and collection. */
const ownWords = new WeakMap<Pool, WeakMap<Bank, Bank>>();
function withoutBoilerplate(bank: Bank, pool: Pool): Bank {
  if (pool.boilerplate.size === 0 || bank.kind === 'steps') return bank;
  let made = ownWords.get(pool);
  if (!made) ownWords.set(pool, (made = new WeakMap()));
  let own = made.get(bank);
  if (!own) {
    const mine = (text: string) => !pool.boilerplate.has(boilerplateKey(text));
    if (bank.kind === 'terms') own = bank.entries.every((e) => mine(e.detail)) ? bank : { ...bank, entries: bank.entries.filter((e) => mine(e.detail)) };
    else own = bank.pairs.every((p) => mine(p.answer)) ? bank : { ...bank, pairs: bank.pairs.filter((p) => mine(p.answer)) };
    made.set(bank, own);
  }
  return own;
}

/**
 * One generator's drafts of a bank. In a note that walks through source code, the steps are
 * the code's statements and the names are its variables: neither is asked about.
 */
function draftsOf(bank: Bank, type: QuestionType, ctx: GenContext): Draft[] {
  const drafts = DRAFTERS[type](withoutBoilerplate(bank, ctx.pool), ctx);
  const excluded = drafts.length > 0 ? sectionExcluded(bank) : null;
  if (excluded) {
    for (const draft of drafts) rejectCandidate(ctx, bank, type, excluded, draft.subject);
    return [];
  }
  const current = drafts.filter((draft) => {
    const retired = RETIRED_NAME.test(draft.subject.replace(/[`*]/g, '').trim());
    if (retired) rejectCandidate(ctx, bank, type, 'retired', draft.subject);
    return !retired;
  });
  if (!isCodeWalkthrough(ctx.pool, bank.source.file)) return current;
  // `backends`, `algo` beside `localCacheMgr`: one code name in a list makes it a struct's fields.
  // (`Recreate` and `RollingUpdate` beside `maxSurge` are the field's values, named as the API names them.)
  const fields = bank.kind === 'terms' && bank.entries.some((e) => CODE_NAME.test(e.term.trim())) && bank.entries.every((e) => /^[a-z]/.test(e.term.trim()));
  // `Run：基于config执行run函数…`: a name the note says is a function or a struct is the code's, whatever its case.
  const saidOfCode = (subject: string): boolean => bank.kind === 'terms' && !/\s/.test(subject.trim()) && bank.entries.some((e) => e.term === subject && CODE_DETAIL.test(e.detail.split(/[，,。；;]/u)[0] ?? ''));
  return current.filter((draft) => {
    const fromCode = bank.kind === 'steps' || fields || CODE_NAME.test(draft.subject.trim()) || saidOfCode(draft.subject);
    if (fromCode) rejectCandidate(ctx, bank, type, 'debris', draft.subject);
    return !fromCode;
  });
}

/** Every draft's head, in allDrafts order. Listing does not depend on the seed, only on the banks and the language. */
export function draftHeads(banks: Bank[], options: { lang?: Lang } = {}): DraftHead[] {
  const ctx = contextOf(banks, options.lang ? { seed: 0, lang: options.lang } : { seed: 0 });
  const heads: DraftHead[] = [];
  banks.forEach((bank, at) => {
    for (const type of QUESTION_TYPES) for (const draft of draftsOf(bank, type, ctx)) heads.push({ id: draft.id, type, bank: at, subject: draft.subject });
  });
  return heads;
}

export interface IndexOptions {
  seed: number;
  lang?: Lang;
  /** The drafts listed by an earlier run over the same banks (draftsKey): listing is skipped. */
  heads?: readonly DraftHead[];
  /** What those heads made in an earlier run (the build, for the bundled notes): building is skipped too. */
  kept?: KeptQuestions;
  onReject?: (rejection: Rejection) => void;
  /** Told each time a draft is built: what a selection costs (tests count with it). */
  onBuild?: (type: QuestionType) => void;
}

/** The context drafts are listed in, made when first needed: the pool is made only when a draft is listed, and kept questions need none. */
function lazyContext(banks: Bank[], options: IndexOptions): () => GenContext {
  let ctx: GenContext | undefined;
  return () => {
    if (ctx) return ctx;
    ctx = contextOf(banks, options.lang ? { seed: options.seed, lang: options.lang } : { seed: options.seed });
    if (options.onReject) ctx.onReject = options.onReject;
    if (options.onBuild) ctx.onBuild = options.onBuild;
    return ctx;
  };
}

export function indexQuestions(banks: Bank[], options: IndexOptions): QuestionIndex {
  const context = lazyContext(banks, options);
  return indexDrafts(options.heads ? draftsFromHeads(banks, options.heads, options.seed, options.kept, (bank, type) => draftsOf(bank, type, context())) : allDrafts(banks, context()));
}

/** A question as made, before its choices are dealt (its own id), and the id allQuestions gives it. */
export interface MadeQuestion {
  question: Question;
  id: string;
}

/**
 * Every question the banks support as made, in allQuestions order and with its ids: what does
 * not depend on the seed, so it can be made once and dealt for any seed (dealQuestions).
 */
export function madeQuestions(banks: Bank[], options: Omit<IndexOptions, 'seed'>): MadeQuestion[] {
  const out: MadeQuestion[] = [];
  const ids = new Set<string>();
  for (const draft of indexQuestions(banks, { ...options, seed: 0 }).drafts) {
    const question = draft.made();
    if (!question) continue;
    let id = question.id;
    for (let n = 2; ids.has(id); n++) id = `${question.id}-${n}`;
    ids.add(id);
    out.push({ question, id });
  }
  return out;
}

/** The made questions with their choices dealt for `seed`: allQuestions' questions. */
export function dealQuestions(made: readonly MadeQuestion[], seed: number): Question[] {
  return made.map(({ question, id }) => {
    // Dealt under the question's own id, as a draft deals it; numbered after.
    const dealt = dealChoices(question, seed);
    return id === dealt.id ? dealt : { ...dealt, id };
  });
}

/**
 * Every question the banks support, in a stable order: bank by bank (in the order given),
 * within a bank type by type (QUESTION_TYPES order), within a type entry by entry. One per
 * (bank, subject, type, variant); ids unique (a collision gets `-2`, `-3`… in this order).
 */
export function allQuestions(banks: Bank[], options: IndexOptions): Question[] {
  return dealQuestions(madeQuestions(banks, options), options.seed);
}

/**
 * A seeded selection: filter by types and topic, then take `count` spread over types (in
 * turn) and, within a type, over banks (in turn), preferring subjects not asked yet; then
 * shuffle. Fewer when fewer exist. The drafts are listed once (cheap: no choices made); only
 * the drafts the rotation reaches are built (and pass the gate or are dropped), so a short
 * quiz does not pay for the whole collection's choices. Every question it gives is the one
 * allQuestions gives for that draft (same id and choices).
 */
export function generateQuestions(banks: Bank[], options: GenerateOptions & Pick<IndexOptions, 'onBuild' | 'heads' | 'kept'>): Question[] {
  return selectQuestions(
    () =>
      indexQuestions(banks, {
        seed: options.seed,
        ...(options.lang ? { lang: options.lang } : {}),
        ...(options.onBuild ? { onBuild: options.onBuild } : {}),
        ...(options.heads ? { heads: options.heads } : {}),
        ...(options.kept ? { kept: options.kept } : {}),
      }),
    options,
  );
}

/** drillFrom with the generators: drafts no earlier run kept are listed for real. */
export function drillQuestions(banks: Bank[], options: IndexOptions, drill: DrillOptions): Question[] {
  const context = lazyContext(banks, options);
  return drillFrom(banks, options, drill, (bank, type) => draftsOf(bank, type, context()));
}
