import { isChecklistTitle, isCollectionTitle, isInstruction, isParallelStep, isProcessTitle } from '../notes/kinds.js';
import { concurrentSteps, isAspectLabel, isSentence, PRONOUN_CLAUSE } from '../text/index.js';
import type { Bank, Lang, Question, Step } from '../types.js';
import type { RejectReason } from './gate.js';
import { headingsOf, langOf, makeDraft, makeQuestion, questionId, rejectCandidate, sourceOf, templates, type Draft, type GenContext } from './draft.js';
import { bareTitle, isDifficultyLevel, keyOf, meaningfulWidth, POINTS_AT_FIGURE } from './text.js';
import { isCodeWalkthrough } from './pool.js';
import { WELL_KNOWN_FILE } from './entries.js';

// order: arrange the steps of a procedure (a steps bank), or the stages of a sequence the note
// marks as one. A procedure of more than MAX_ORDER_ITEMS steps is asked a window at a time.

const MIN_ORDER_ITEMS = 3;
/** Beyond this many steps, one drag of them all is a chore, and steps that could swap are likelier (reviews found most unfair orders among the long ones). */
const MAX_ORDER_ITEMS = 5;
/** Steps in one window of a long procedure. */
const WINDOW = 4;
/** Windows asked of one long procedure, at most. */
const MAX_WINDOWS = 3;

/** The words of the window prompts (templates.ts has the rest; these are this module's own). */
const WINDOW_TEXT: Record<Lang, (title: string, from: number, to: number, total: number, after?: string) => string> = {
  en: (title, from, to, total, after) =>
    `Put steps ${from}–${to} of "${title}" (${total} steps in all) in order.` + (after ? `\nThey come right after: ${after}` : ''),
  zh: (title, from, to, total, after) =>
    `请按正确顺序排列「${title}」（共 ${total} 步）的第 ${from}–${to} 步` + (after ? `，它们紧接在这一步之后：\n${after}` : '。'),
};

/** `首先`, `然后`, `Finally,` at the start of a step: they tell its place, so choices go without them. */
const PLACE_WORD = /^(?:首先|其次|然后|接下来|接着|随后|之后|再|最后|最终|first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|then|next|afterwards|finally|lastly)\s*[,，、:：]?\s*/i;

/**
 * `7.认证成功后…`, `Step 3`, `第二步`, `第二次借用`, `ACK: Finally, …`, `The process begins…`, `Highest
 * priority`, `Used when neither of the above…`, `全部指令完成后…`, `…的属性首先被读取`, `…is read first`: a step that
 * says its place gives it away.
 */
const NUMBERED =
  /^\s*\d{1,2}[.、)）](?!\d)|\b(?:step|phase|stage)\s*\d+\b|第\s*[一二三四五六七八九十\d]+\s*(?:步|次|种含义|个阶段)|[:：]\s*(?:finally|lastly|first(?:ly)?|then)\b|\bthe (?:process|flow) (?:begins|starts)\b|\b(?:(?:second|third|fourth)\s+time|for the (?:first|second|third|last) time)\b|\b(?:highest|lowest)\s+(?:priority|precedence)\b|\bneither of the above\b|\b(?:runs?|comes?|goes|happens?|executes?)\s+first\b|(?:^|[\s，,。；：:→>])(?:优先级最[高低]|最[高低]优先级)|(?:全部|所有).{0,12}(?:完成|结束)(?:之|以)?后|^(?:总计|合计|总共)|\bin total\b|[^\s，,。；;](?:首先|最先)|\b(?:first|last)\s*[.。]?\s*$/i;

/**
 * `…若未找到则转到7`, `…转到a)`, `otherwise go back to step 2`: a step that jumps to another by its number. The
 * steps branch and loop, so they have no one order, and the number tells the places anyway. (`失败返回 403`
 * returns a status, no step.)
 */
const JUMPS_TO_STEP = /(?:转到|转至|跳到|跳转到|跳至)\s*(?:第\s*)?(?:\d{1,2}|[一二三四五六七八九十]|[a-h](?=[)）]))\s*(?:步|$|[，,。；;）)])|(?:回到|返回到?)\s*第?\s*(?:\d{1,2}|[一二三四五六七八九十])\s*步|\b(?:go(?:es)?|jump|return|loop|skip)(?:\s+back)?\s+to\s+step\s+\d+|\brepeat (?:from )?step\s+\d+/i;

/** A check's two outcomes, the one that lets through and the one that does not. */
const OUTCOMES: readonly (readonly [RegExp, RegExp])[] = [
  [
    /\b(?:compliant|allowed|approved|valid|successful|succeeds?|passe[sd]|matched|healthy|authori[sz]ed|authenticated)\b/i,
    /\b(?:not|non)[ -]?(?:compliant|allowed|approved|valid|successful|matched|healthy|authori[sz]ed|authenticated)\b|\bnon-?compliant\b|\b(?:fails?|failed|denied|rejected|invalid|unhealthy|unauthori[sz]ed)\b/i,
  ],
  // (`通过` is also "by way of": `客户端通过 TLS 连接`.)
  [/成功|允许|满足|命中|合法|有效/u, /失败|未通过|不通过|拒绝|不满足|未命中|非法|无效/u],
];

/**
 * `Requests that are compliant … continue` over `Requests that are not compliant … are denied`, `校验通过则…`
 * over `校验失败则…`: two neighbouring steps that are a check's two outcomes. Either comes after the check,
 * so they are told as steps that run alongside each other.
 */
function outcomePairs(steps: readonly string[]): [Set<number>, Set<number>][] {
  const pairs: [Set<number>, Set<number>][] = [];
  for (let i = 0; i + 1 < steps.length; i++) {
    const [a, b] = [steps[i] as string, steps[i + 1] as string];
    const passes = (step: string, [yes, no]: readonly [RegExp, RegExp]) => yes.test(step) && !no.test(step);
    if (OUTCOMES.some((pair) => (passes(a, pair) && pair[1].test(b)) || (passes(b, pair) && pair[1].test(a)))) pairs.push([new Set([i]), new Set([i + 1])]);
  }
  return pairs;
}

/**
 * What an English step goes on with when its place word is an adverb (`Then run…`, `Finally we…`): a
 * subject or an instruction, not the rest of a phrase it was the adjective of (`Next package installed
 * is GCC`, `Next installed are…`).
 */
const SUBJECT = /^(?:we|you|i|they|it|he|she|the|a|an|this|that|these|those|each|all)\b/i;
const standsWithout = (rest: string): boolean => SUBJECT.test(rest) || isInstruction(rest);

function choiceText(step: string): string {
  const place = PLACE_WORD.exec(step);
  if (!place) return step;
  const rest = step.slice(place[0].length).trim();
  // (`Then, the kubelet…`, `然后调度器…`: after a comma, or in Chinese, the rest stands on its own.)
  const english = /^[A-Za-z]/.test(place[0]) && !/[,，:：]/.test(place[0]);
  if (english && !standsWithout(rest)) return step;
  return rest.length >= 2 ? rest : step;
}

/** A procedure as the reference shows it: numbered steps, each with what the note says under it. */
export function procedureText(steps: readonly Step[], withNotes = true): string {
  const lines: string[] = [];
  steps.forEach((step, i) => {
    lines.push(`${i + 1}. ${step.text}`);
    if (!withNotes) return;
    for (const note of step.notes ?? []) {
      // A code block note carries two spaces before its later lines (for a `- ` bullet); under
      // a numbered step the block sits at the step's own indentation instead.
      const [first = '', ...rest] = note.split('\n');
      lines.push(`   ${first}`);
      for (const line of rest) lines.push(`   ${/^\s*(?:```|~~~)/.test(first) ? line.replace(/^ {2}/, '') : line}`);
    }
  });
  return lines.join('\n');
}

/** Reference text short enough to read after a question: notes only when they are few. */
function procedureExplanation(steps: readonly Step[]): string {
  const full = procedureText(steps);
  return full.split('\n').length <= 40 ? full : procedureText(steps, false);
}

/**
 * `主要流程`, `Steps`, `三个步骤`, `How it works`, `Contents`, `介绍`: a title that says a procedure follows (and
 * how long it is), or opens a note, not which one.
 */
const GENERIC_PROCEDURE =
  /^(?:(?:主要|基本|整体|总体|大致|具体|详细|完整|核心|一般)?的?(?:[一二两三四五六七八九十几\d]+\s*(?:个|大)?)?(?:工作|处理|执行|调用|运行|操作|实现)?(?:流程|步骤|过程|逻辑|思路)(?:如下|图|说明)?|总结|小结|概述|介绍|简介|背景|(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|few|simple|easy)\s+)?steps?|the steps|process|procedure|workflow|flow|overview|summary|introduction|intro|background|how it works|how this works|quick ?start|getting started|(?:table of )?contents|toc|目录|目錄)$/i;


/** `主要包括以下几个步骤`, `Follow these steps`, `This pipeline`: a pointer to the list, not its name. */
const POINTER = /以下|下列|如下|下面|^(?:这个|此|该|上述|上面)|\b(?:these|the following|below)\b|^(?:this|that|our)\b/i;

function generic(title: string): boolean {
  const t = bareTitle(title);
  if (POINTER.test(t)) return true;
  return !t || GENERIC_PROCEDURE.test(t) || (isAspectLabel(t) && !/\p{Script=Han}.*(?:流程|步骤|过程)$/u.test(t));
}

/** `Steps to Apply and Configure`, `实现步骤`, `安装步骤`, `配置思路`: says what is done, not to what. */
function unnamed(title: string): boolean {
  if (/^step\s*\d/i.test(title)) return false;
  if (PRONOUN_CLAUSE.test(title)) return true;
  if (/^(?:steps?|step-by-step)\b/i.test(title)) return !/\b(?:for|of)\b/i.test(title) && !/[A-Z]{2,}|[a-z][A-Z]/.test(title.replace(/^\S+/, ''));
  return /^(?:实现|操作|安装|使用|部署|配置|处理|执行|工作|实施|具体|详细|整体|总体)(?:的)?(?:流程|步骤|过程|思路)$/.test(title);
}

/**
 * What a procedure is called in a prompt: its title, or, when the title only says "steps"
 * (`主要流程`, `Steps`), the nearest heading that names it (`syncDeployment › 主要流程`).
 * Null when nothing says which procedure it is.
 */
export function procedureName(bank: Bank): string | null {
  const title = bareTitle(bank.title);
  const named = !generic(bank.title) && !unnamed(title);
  // `同步`, `选举` under `过程` in a Raft note: one word names a step of something the prompt must say.
  if (named && !oneShortWord(title)) return title;
  for (const heading of [...headingsOf(bank)].reverse()) {
    // `DMARC (Domain-based Message Authentication, Reporting, and Conformance)`: the name alone, without the long words it stands for.
    const whole = bareTitle(heading);
    const h = whole.length > 60 ? whole.replace(/\s*[(（][^()（）]+[)）]$/u, '') : whole;
    if (!h || h === title || generic(heading) || h.length > 60 || /[。？?！!]/.test(h) || /^(?:why|what|which|为什么|什么)/i.test(h) || isDifficultyLevel(h) || isCollectionTitle(h)) continue;
    // The heading alone when the title only points at the list, or the heading says "steps" itself.
    if (POINTER.test(title) || /(?:流程|步骤|过程)$|\b(?:steps|process|workflow|flow|procedure)$/i.test(h)) return h;
    return `${h} › ${title}`;
  }
  return named ? title : null;
}

/** A title of one short word in Chinese (`同步`), not a name (`kubeadm`, `Ingress`). */
function oneShortWord(title: string): boolean {
  return /^\p{Script=Han}{1,3}$/u.test(title);
}

/**
 * A runbook step, titled like a heading, that only looks (`Verify Cluster Access`, `Open the
 * Dashboard`) rather than does something; `Check the node is Ready` in an upgrade is a step.
 */
const LOOKING_STEP = /^(?:Verify|Check|Test|List|View|Open|Access|Confirm|Validate|Inspect|Watch|Monitor|Observe|Review|Show)(?:\s+(?:the|a|an|your|all|[A-Z][\w-]*)){1,3}[.:]?$/;

/** `选择类型：【流水线】`, `点击【确定】`: a button or a menu item's label, written in the brackets Chinese manuals give them. */
const UI_LABEL = /【[^】]{1,20}】/u;

/**
 * A click in a tool's screens: `Click Save`, `Go to the Alert tab`, `Select the panel`, `Scroll down to Users`,
 * `Check the box next to…`, `Enter a unique bucket name`, `点击新建`; or what the screen then shows (`you'll see the status…`).
 */
const UI_STEP =
  /^(?:click|double-click|right-click|go to|navigate to|select|press|tap|choose|save|sign (?:in|up)|log ?in|register|invite|scroll\b|(?:un)?check (?:the )?box|(?:un)?tick\b|uncheck\b|acknowledge\b|enter (?:an?|the|your) (?:[\w-]+ ){0,3}(?:name|value|password|email|username|details|url|address|id)\b|(?:once|when|after) [^,]{0,60}, you(?:['’]ll| will)? see\b|you(?:['’]ll| will| should) see\b|点击|单击|双击|右击|打开.{0,8}(?:页面|菜单|标签|选项卡)|进入.{0,8}(?:页面|菜单)|勾选|选择.{0,8}(?:菜单|选项|按钮))/iu;

/**
 * `Go to the Alert tab`, `Click Create Alert`, `点击确定`, `左侧菜单 -> Management -> …`: a path
 * through one tool's screens, which change with its versions; nothing to learn in order.
 */
export function isScreenPath(steps: readonly Step[]): boolean {
  const choices = steps.map((s) => choiceText(s.text));
  return choices.filter((c) => UI_STEP.test(c) || UI_LABEL.test(c)).length * 2 >= steps.length || choices.some((c) => MENU_PLACE.test(c));
}

/**
 * `本文将深入介绍…`, `通过上面的流程可以看到：`, `The above commands will generate…`, `其中规则 5…`: the note
 * speaking of itself, or looking back at what it showed.
 */
const SELF_REFERENCE = /^(?:本文|本章|本节|其中)|内容安排|本部分|做(?:\S{0,3})?(?:介绍|总结|讲解)|上面|上述|以上|可以看到|可以看出|\b(?:this (?:article|post|chapter|guide)|as (?:shown|seen) above|the above|above (?:commands?|steps?|code|example|output|configuration|config|yaml|manifests?|files?))\b/iu;

/** `左侧菜单`, `Settings tab`, `the sidebar`, `the navigation pane`, `Service 下拉框`, `打开 Jaeger UI`, `Management Console → S3`: a place on a tool's screen. */
const MENU_PLACE = /菜单|侧边栏|导航栏|标签页|按钮|下拉框|下拉列表|\b(?:menu|sidebar|navbar|nav bar|tab|button|dropdown)\b|\b(?:navigation|left-hand|right-hand) pane\b|\b(?:top|bottom)[- ](?:right|left) corner\b|\bconsole\s*(?:→|->|>)|\b(?:open|打开)\s*\S*\s*(?:UI|dashboard|console)\b|打开\s*\S*\s*(?:UI|控制台|仪表盘)/iu;

/** `…如何工作是大有益处的`: a claim about a process (是…的), whose list gives reasons. */
const CLAIM = /是[^，,。]*的$/u;

/** `Investigation Steps`, `排查思路`: the checks an incident calls for. */
const INVESTIGATION_TITLE = /^(?:investigation|investigative|diagnostic|diagnosis)\s+(?:steps|checks|process|approach)$|^(?:排查|诊断)(?:思路|方向|要点)$/iu;

/** `Architecture`, `组成`: a title for the parts of a design. */
const STRUCTURE_TITLE = /^(?:architecture|structure|components?|layers?|hierarchy|架构|结构|组成|组件|层次|分层)$/i;

/** `Structure: slides -> vscode`: the parts of a design or of a lecture, in no order a reader learns. */
export function isStructureTitle(title: string): boolean {
  return STRUCTURE_TITLE.test(bareTitle(title));
}

/** `Jenkins Pipeline 介绍`: an introduction's numbered points are facts about the thing, not steps. */
export function isIntroTitle(title: string): boolean {
  return /(?:介绍|简介|概述|概览|入门)$|\b(?:introduction|intro|overview)$/iu.test(bareTitle(title));
}

/** Steps that point at another by its number or at the note around them (`步骤 2 中`, `like the example above`). */
export function leansOnNote(steps: readonly Step[]): boolean {
  return steps.some((s) => STEP_REFERENCE.test(s.text) || POINTS_AROUND.test(s.text) || EXAMPLE_NAME.test(s.text.split(/\b(?:for )?example\b|\be\.g\.|\bsuch as\b|例如|比如/iu)[0] ?? ''));
}

/** `It uses my-storage-class to…`: a name the note's own example made up, which its steps then lean on
 * (one given as an example, `Example: app=my-app`, is only an illustration). */
const EXAMPLE_NAME = /(?<![\w/.-])my-[a-z0-9][\w-]*|(?<![\w/.-])[a-z0-9][\w-]*-(?:example|demo|sample)(?![\w-])/i;

/** A list whose title or first item looks back at what the note showed: its comments on that, not steps. */
export function looksBack(title: string, steps: readonly Step[]): boolean {
  return [bareTitle(title), steps[0]?.text ?? ''].some((t) => SELF_REFERENCE.test(t));
}

/** `Target:`, `Goal:`, `目标：`: the aim a list of steps ends on, no step itself. */
const GOAL = /^\s*(?:target|goal|objective|outcome|expected result|目标|预期(?:结果)?)\s*[:：]/iu;

/** Width a step needs to say what is done: more than one bare verb. */
const MIN_STEP_WIDTH = 5;

/** `Day 6: …`, `第3天`: a day of a course, its lab. */
const DAY_OF_COURSE = /^(?:day\s*\d+\b|第\s*[\d一二三四五六七八九十]+\s*天)/iu;

/** `Build Controllers: Optionally create…`, `部署 HPA（可选）`: a step the procedure may skip has no one place in it. */
const OPTIONAL_STEP = /^(?:[^:：]{0,40}[:：])?\s*optional(?:ly)?\b|[(（]\s*(?:optional|可选)\s*[)）]|^\s*可选/iu;

/**
 * A statement of what can or cannot be, from its first words (English): `Only the final stage…`,
 * `Each stage can be used…`, `Intermediate stages are cached but not included`.
 */
const PROPERTY = /^(?:only\b|(?:[\w-]+\s+){1,4}(?:can|could|cannot|can't)\s+(?:be|not)\b|(?:[\w-]+\s+){1,4}(?:are|is)\s+(?:\w+\s+)?(?:but\s+)?(?:not|never)\b)/i;

/** `…使用它在步骤 2 中获得的信息`, `the token from step 3`: a step pointing at another by its number, which shuffled choices no longer show. */
const STEP_REFERENCE = /.(?:步骤\s*[\d一二三四五六七八九十]+|第\s*[\d一二三四五六七八九十]+\s*步)|\b(?:in|from|of|at|see|after|before|than|to|as in) steps? \d+\b/iu;

/** `Create this repo with the structure above`, `按上面的配置…`: a step leaning on the note around it. */
const POINTS_AROUND = /\b(?:structure|steps?|section|example|list|commands?|code|files?|config(?:uration)?|output|table|diagram|figure|manifests?|yaml)\s+(?:above|below)\b|\b(?:shown|described|listed|given|defined)\s+(?:above|below)\b|上面|上述|如上|上文|下文|前面的?(?:步骤|配置|命令)/iu;

/** `Repeat until…`, `重复以上步骤`, `循环…直到`: the procedure loops back. */
export const LOOP_STEP = /^(?:[^:：]{0,30}[:：]\s*)?(?:repeat(?:s|ing)?\b|loop(?:s)? (?:back|until)\b|重复|循环)/iu;

/** A heading that names setting something up, or the order of precedence of one tool's settings (no procedure at all). */
// (`Chart Install 过程`, `Helm install process`: what the tool does when installing, a flow to know.)
const SETUP_TITLE = /^(?!.*(?:过程|\bprocess)$).*(?:\b(?:install(?:ing|ation)?|set(?:ting)?[ -]?up|deploy(?:ing)?|precedence)\b|安装|部署|搭建|下载)/iu;

/**
 * Whether a list's title, or the heading over a title that only says steps follow (`使用SwarmKit进行部署 › 步骤`),
 * names setting something up. (A tool's own flow under it, `helm install › How It Works`, does not.)
 */
export function namesASetup(title: string, path: readonly string[]): boolean {
  const bare = bareTitle(title);
  if (SETUP_TITLE.test(bare)) return true;
  return GENERIC_PROCEDURE.test(bare) && !/\bhow\b.*\bworks?\b/i.test(bare) && SETUP_TITLE.test(bareTitle(path.filter((h) => h !== title).pop() ?? ''));
}

/** How many pinned specifics a text carries (download addresses, versions): many make one setup's script. */
export function pinnedDetails(text: string): number {
  // (`定义 service-clusterip-headless.yaml，并应用`: a manifest of the lab's own, by its file name.)
  // (`Renders the templates (e.g., deployment.yaml)`: files named for example are no lab's own.)
  const said = text.replace(/[(（]\s*(?:e\.g\.|eg\b|for example|such as|例如|比如|如)[^)）]*[)）]/giu, '');
  const ownFiles = (said.match(/[\w.-]+\.(?:ya?ml|json)\b/g) ?? []).filter((file) => !WELL_KNOWN_FILE.test(file));
  // (`D:/projects/live-ranking-api`, `/home/ubuntu/app`: a folder on the author's own machine.)
  const ownFolders = text.match(/(?<![\w/])[A-Za-z]:[\\/][\w.\\/-]+|(?<![\w/])(?:\/home\/|\/Users\/|~\/)[\w.\/-]+/g) ?? [];
  return (text.match(/https?:\/\/\S+|\bv?\d+\.\d+\.\d+\b|\bv\d+\.\d+\b/g) ?? []).length + new Set(ownFiles).size + new Set(ownFolders).size;
}

/** A step that only checks or works something out: two of them can run in either order. */
const CHECK_STEP = /^(?:验证|检查|校验|确认|判断|核对|计算)|^(?:verify|check|validate|ensure|confirm|calculate|compute|review|compare|inspect|examine)\b/i;

/** A step that holds only in one case: `如果…`, `若…`, `当…时候`, `If …`, `Otherwise …`. */
const BRANCH_STEP = /^\s*(?:如果|若|假如|否则|不然|当[^，。]{0,30}(?:时候|时)|(?:if|else|otherwise|unless)\b)/iu;

/** `A jenkins pipeline is a…`, `The definition of X is typically…`, `…port are called Port`: a sentence that says what something is
 * (a step in the passive, `The Secret is referenced by…`, still says what happens). */
const DEFINING = /^(?:(?:an?|the)\s+)?[\w-]+(?:\s+[\w-]+){0,5}\s+(?:is|are)\s+(?:(?:an?|the|typically|usually|often|also)\b|(?:called|known as|named|defined as)\b)/i;

/** `创建和修改`, `添加/删除`, `create and update`, `add or remove`: two operations named together. */
const TWO_OPERATIONS = /(?:创建|修改|删除|更新|添加|启动|停止|挂载|卸载)\s*(?:和|与|及|或|、|\/)\s*(?:创建|修改|删除|更新|添加|启动|停止|挂载|卸载)|\b(?:create|update|delete|add|remove|start|stop|mount|unmount|install|uninstall)\s*(?:and|or|\/)\s*(?:create|update|delete|add|remove|start|stop|mount|unmount|install|uninstall)\b/i;
/** `Creating and Viewing`, `Scaling & Updating`: a cheat sheet of commands for two jobs, not one procedure. */
export const TWO_JOBS = /\b(?:creating|updating|deleting|adding|removing|starting|stopping|viewing|listing|inspecting|scaling|editing|managing|checking)\s*(?:and|&|or|\/)\s*(?:creating|updating|deleting|adding|removing|starting|stopping|viewing|listing|inspecting|scaling|editing|managing|checking)\b/i;

/** A function's name: lower camel case with two humps or more (`getReplicaSets`, `syncHandler` has one). */
const FUNCTION_NAME = /(?<![\w.-])[a-z]+(?:[A-Z][a-z0-9]+){2,}(?![\w-])/;

/**
 * `Enable Access Logs for ALB` / `… for NLB` / `… for CLB`: one step done for each of several things,
 * the steps alike but for one word after the verb, side by side in no order.
 */
function sameStepForEach(choices: readonly string[]): boolean {
  const words = choices.map((c) => c.toLowerCase().split(/\s+/));
  return words.some((a, i) =>
    words.slice(i + 1).some((b) => a.length >= 4 && a.length === b.length && a[0] === b[0] && a.filter((w, k) => w !== b[k]).length === 1),
  );
}

/**
 * Why a list the loader took for steps has no one order to ask, or null when it has: the
 * first of the reasons below that holds.
 */
/** A step that only installs, downloads or configures something (`安装 nodejs`, `Install Redis`, `Config git`). */
const SETUP_STEP = /^(?:安装|下载|配置|设置|装|(?:install|download|config(?:ure)?|set ?up)\b)/i;

/** `This exercise demonstrates how to`, `You will learn to`, `本实验你将学会`: what a lab or a lesson teaches. */
const TEACHES =
  /\bthis (?:exercise|lab|lesson|tutorial|guide|module|section|chapter|course) (?:demonstrates|shows|teaches|covers|explains)\b|\b(?:you|we)(?:['’]ll| will) (?:learn|practi[cs]e)\b|\bin this (?:exercise|lab|lesson|tutorial|module),? you\b|(?:本|通过本)(?:实验|练习|节|章|课).{0,10}(?:你将|将会|学会|掌握|演示)/iu;

/** `Seamless Experience: Users don't need to…`, `无需手动…`: a step that opens on what someone is spared, not something done. */
const SPARED =
  /^(?:[^:：]{1,40}[:：]\s*)?(?:(?:users?|you|developers?|operators?|teams?)\s+)?(?:(?:do|does)n['’]?t need to|do not need to|no need to|need not)\b|^(?:[^:：]{1,20}[:：]\s*)?(?:用户|开发者)?(?:无需|不需要|不用再)/iu;

function notInOrder(title: string, steps: readonly Step[], path: readonly string[] = []): RejectReason | null {
  const bare = bareTitle(title);
  const texts = steps.map((s) => s.text);
  const choices = texts.map(choiceText);
  const count = (test: (text: string) => boolean, of: readonly string[]): number => of.filter(test).length;
  const checks: [boolean, RejectReason][] = [
    // `PREROUTING → FORWARD → POSTROUTING`: three names whose prefixes say which comes first and which last.
    [choices.length <= 3 && choices.some((c) => /^pre[-_]?[a-z]/i.test(c)) && choices.some((c) => /^post[-_]?[a-z]/i.test(c)), 'giveaway'],
    // `demand forecast,` / `…forecast, and` / `load testing.`: one sentence cut into bullets, its parts side by side.
    [count((t) => /(?:[,，、]|\b(?:and|or)|以及|和|或)\s*$/u.test(t.trim()), texts) >= 2, 'not-a-procedure'],
    // `Target: fewer than 5 pages per shift`: a goal among the steps, which has no place in their order.
    [texts.some((t) => GOAL.test(t)), 'not-a-procedure'],
    // `Day 6: Install a Cluster Locally › Steps`: one day of a course's lab, whose order is that lab's.
    [[title, ...path].some((h) => DAY_OF_COURSE.test(bareTitle(h))), 'not-a-procedure'],
    // `This exercise demonstrates how to:`, `本实验你将学会`: what a lab teaches, listed, not done in turn.
    [[title, ...path].some((h) => TEACHES.test(bareTitle(h))), 'not-a-procedure'],
    // `Seamless Experience: Users don't need to pre-create namespaces`: what a user is spared, a benefit among the steps.
    [texts.some((t) => SPARED.test(t)), 'not-a-procedure'],
    // `添加阿里云源`, `安装 docker-ce 18.09.9`, `配置镜像加速`: one setup's script with its mirrors and versions,
    // whose later steps (a group, a driver, a mirror) go in any order.
    [pinnedDetails(texts.join('\n')) >= 2, 'instruction'],
    // `安装nodejs`, `Config git user name email and key`, `install mysql mongo redis`: each step sets up a thing of
    // its own, and none needs another done first.
    [texts.length >= 3 && choices.every((c) => SETUP_STEP.test(c.trim())), 'not-a-procedure'],
    // `kubekey › 安装`, `部署prometheus-server`, `使用SwarmKit进行部署 › 步骤`: one way of setting a thing up
    // (or applying one app's manifests), whose steps the author ran in an order that suits them.
    [namesASetup(title, path), 'instruction'],
    // `Architecture: Server → Runner → Executor`: parts of a design, each under the next, not steps in time.
    [STRUCTURE_TITLE.test(bare), 'not-a-procedure'],
    // `Investigation Steps`, `排查思路`: the checks an incident calls for, each on its own; the note's
    // numbering is where it thought of them, not an order the checks must run in.
    [INVESTIGATION_TITLE.test(bare), 'not-a-procedure'],
    // `kubelet创建和修改Pod流程`, `Create or update a release`: two operations' flows told as one list, whose
    // steps each take in its own order.
    [TWO_OPERATIONS.test(bare) || TWO_JOBS.test(bare), 'not-a-procedure'],
    // `So:`, `因此：`: a word the note goes on with, which names no procedure.
    [/^(?:so|thus|therefore|hence|now|basically|in short|所以|因此|于是|总之)$/iu.test(bare), 'no-subject'],
    // `This command does the following steps`: what a command the question does not show goes through.
    [/^(?:this|that|the above|the previous)\s+(?:command|script|code|snippet|example|manifest|file|yaml)s?\b/i.test(bare), 'no-subject'],
    // `No ClusterIP is allocated`, `No endpoints are created`: what does not happen is no step.
    [count((t) => /^(?:no|not|nothing|none)\b/i.test(t.trim()), texts) >= 2, 'not-a-procedure'],
    // `Read the tutorial file`, `Compare with the answer key`: how to work through a course, not the subject.
    [count((t) => /\b(?:tutorial file|answer key|homework|assignments?|exercises? file|this course|the course)\b/i.test(t), texts) >= 2, 'not-a-procedure'],
    // `阅读第 3 章…`, `Read Chapter 2 first`: the way through a book, which is its layout, not the field's.
    [count((t) => /第\s*[\d一二三四五六七八九十]+\s*章|\bchapters?\s+\d+\b/iu.test(t), texts) * 2 >= texts.length, 'not-a-procedure'],
    // `If you need the corrupted records`: a condition with nothing done under it, a fragment of a thought.
    [texts.some((t) => /^\s*(?:if|when|in case)\b[^,，;；:：]*$/i.test(t) && t.trim().split(/\s+/).length <= 8), 'debris'],
    // `Now replay the sequence`: the note's own story told again, not a procedure.
    [/\b(?:replay|recap)\b|\bwhat (?:just )?happened\b/i.test(bare), 'not-a-procedure'],
    [isIntroTitle(title), 'not-a-procedure'],
    // `了解编译系统如何工作是大有益处的`: a list under a claim gives its reasons, not steps.
    [isChecklistTitle(title) || (isSentence(title) && (!isProcessTitle(title) || CLAIM.test(bare))), 'not-a-procedure'],
    // `启动`, `验证`, `确定`: a bare word says too little to be placed among the others.
    [choices.some((c) => meaningfulWidth(c) < MIN_STEP_WIDTH), 'too-short'],
    // `如果符合…` / `如果不满足…`, `If … / Otherwise …`: branches of one step, not steps in turn.
    [count((t) => BRANCH_STEP.test(t), texts) >= 2, 'not-a-procedure'],
    // `… If the taint is removed before then, the Pod stays`: a last step that branches is another ending, not the next one.
    [BRANCH_STEP.test(texts[texts.length - 1] ?? ''), 'not-a-procedure'],
    // `验证请求大于等于最小值` / `验证限制小于等于最大值`: checks of one thing side by side, in no order.
    [count((c) => CHECK_STEP.test(c), choices) >= 2, 'not-a-procedure'],
    [texts.some(isParallelStep), 'ambiguous'],
    [sameStepForEach(choices), 'ambiguous'],
    [texts.some((t) => OPTIONAL_STEP.test(t)), 'ambiguous'],
    // `Share the key beforehand` listed last: a step the list itself says goes earlier.
    [texts.slice(1).some((t) => /\b(?:beforehand|in advance|ahead of time)\b/i.test(t)), 'ambiguous'],
    // `Each stage can be used…`, `Only the final stage is included…`, `…cached but not included`:
    // half the items say what can or cannot be, facts about a mechanism rather than steps in turn.
    [count((t) => PROPERTY.test(t), texts) >= Math.max(2, texts.length / 2), 'not-a-procedure'],
    // `A jenkins pipeline is a suite of plugins…`, `The definition of … is typically written…`: what things are, said in turn.
    [count((t) => DEFINING.test(t.trim()), texts) * 2 >= texts.length, 'not-a-procedure'],
    // `集群资源如何能够被高效利用？`: questions a design must answer, in no order.
    [texts.some((t) => /[?？]\s*$/.test(t)), 'not-a-procedure'],
    // `安装版本查看如图所示`: a step that points at a picture the question cannot show.
    [texts.some((t) => POINTS_AT_FIGURE.test(t)), 'debris'],
    [leansOnNote(steps), 'debris'],
    // `"Works in dev with 1 replica!" ✗`: items marked right or wrong are judged, not done in turn.
    [count((t) => /[✓✔✗✘❌✅]/u.test(t), texts) * 2 >= texts.length, 'not-a-procedure'],
    // `During CI/CD pipeline runs: include scanning…, integrate tools…`: practices for a time, in no order.
    [/^(?:during|throughout|while)\b/i.test(bare), 'not-a-procedure'],
    [isScreenPath(steps), 'not-a-procedure'],
    // `You now have a Tailnet.`: where the steps end up, which no one could place anywhere but last.
    [texts.some((t) => /^(?:you(?:['’]ll)? now have|now you have|you(?: should)? now see|you(?:['’]re| are) (?:all )?(?:set|done)|that['’]s it)\b/i.test(t.trim())), 'not-a-procedure'],
    // `Step 1: Create a Deployment YAML` over `Creates a Deployment…`, `Runs 2 replicas…`: what the file it wrote does, told line by line.
    // (`Step 2: Deployment Creates a ReplicaSet` over `Deployment does not create Pods directly`, `It creates…`: what happens in that step, told.)
    [/^step\s*\d+\b/i.test(bare) && count((t) => (/^[A-Z][a-z]+s\b/.test(t.trim()) && !/^(?:This|Its|Is|Has|Was|Does)\b/.test(t.trim())) || /^(?:It|They|[A-Z][\w-]*)\s+(?:is|are|does|do not|doesn['’]t|has|have|can|will|[a-z]{3,}s)\b/.test(t.trim()), texts) * 2 >= texts.length, 'not-a-procedure'],
    [looksBack(title, steps), 'not-a-procedure'],
    // A runbook with looking steps (verify, list, open the dashboard) can be done in more
    // than one order: where a check or a look goes is the author's habit, not the procedure.
    [choices.some((c) => LOOKING_STEP.test(c)), 'not-a-procedure'],
  ];
  return checks.find(([holds]) => holds)?.[1] ?? null;
}

/** What an order or next question may be made of: the items in order, or why there are none. */
interface Sequence {
  /** The procedure's name in a prompt. */
  name: string;
  items: string[];
  /** The reference: the whole procedure. */
  explanation: string;
  /** Steps (a procedure) or stages (a sequential terms bank). */
  kind: 'steps' | 'stages';
  lines: number[];
  /** Steps known to run alongside each other (pairs of sides), whose relative order is no order. */
  concurrent?: [Set<number>, Set<number>][];
}

/**
 * The ordered items a bank holds, when their order is one order: not a checklist, no step
 * running alongside another, no step that says its own number, no two alike.
 */
export function sequenceOf(bank: Bank, ctx: GenContext, type: 'order' | 'next'): Sequence | null {
  const t = templates(bank, ctx);
  let sequence: Sequence;
  const name = procedureName(bank);
  if ((bank.kind === 'steps' || (bank.kind === 'terms' && bank.sequential)) && !name) {
    rejectCandidate(ctx, bank, type, 'no-subject', bank.title);
    return null;
  }
  // A walk through source code: its steps are statements in the code's order, often branches.
  // Steps that name functions (`getWidgetsForOwner` fetches…, then `isScaleEvent` checks…): a function's body in prose.
  const namesFunctions = bank.kind === 'steps' && bank.steps.filter((s) => FUNCTION_NAME.test(s.text)).length * 2 >= bank.steps.length;
  if ((bank.kind === 'steps' || (bank.kind === 'terms' && bank.sequential)) && (namesFunctions || isCodeWalkthrough(ctx.pool, bank.source.file))) {
    rejectCandidate(ctx, bank, type, 'not-a-procedure', bank.title);
    return null;
  }
  if (bank.kind === 'steps') {
    const why = notInOrder(bank.title, bank.steps, bank.path);
    if (why) {
      rejectCandidate(ctx, bank, type, why, bank.title);
      return null;
    }
    sequence = { name: name as string, items: bank.steps.map((s) => choiceText(s.text)), explanation: procedureExplanation(bank.steps), kind: 'steps', lines: bank.steps.map((s) => s.line) };
  } else if (bank.kind === 'terms' && bank.sequential) {
    sequence = {
      name: name as string,
      items: bank.entries.map((e) => e.term),
      explanation: bank.entries.map((e, i) => `${i + 1}. ${e.detail ? t.termLine(e.term, e.detail).replace(/\*\*/g, '') : e.term}`).join('\n'),
      kind: 'stages',
      lines: bank.entries.map((e) => e.line),
    };
  } else {
    return null;
  }
  const concurrent = [...concurrentSteps(`${bank.title} ${headingsOf(bank).join(' ')}`, sequence.items), ...outcomePairs(sequence.items)];
  if (concurrent.length > 0) sequence.concurrent = concurrent;
  if (sequence.items.some((s) => JUMPS_TO_STEP.test(s))) {
    rejectCandidate(ctx, bank, type, 'not-a-procedure', bank.title);
    return null;
  }
  // (A place word left on, `Next package installed is GCC`, says the place as surely as a number.)
  if (sequence.items.some((s) => NUMBERED.test(s) || PLACE_WORD.test(s))) {
    rejectCandidate(ctx, bank, type, 'giveaway', bank.title);
    return null;
  }
  // Two steps that read the same cannot be told apart, so their order cannot be asked; nor when one
  // step ends with the whole of another (`…starts the creation of AWS resources. An ALB is created…`
  // then `An ALB is created…`): the note pasted a step twice.
  const keys = sequence.items.map(keyOf);
  const endsWithAnother = keys.some((k, i) => keys.some((o, j) => i !== j && o.length >= 16 && k.length > o.length && k.endsWith(o)));
  if (new Set(keys).size !== keys.length || keys.some((k) => !k) || endsWithAnother) {
    rejectCandidate(ctx, bank, type, 'ambiguous', bank.title);
    return null;
  }
  return sequence;
}

function spansBoth(pairs: readonly [Set<number>, Set<number>][], start: number, end: number): boolean {
  const within = (side: Set<number>) => [...side].some((i) => i >= start && i < end);
  return pairs.some(([a, b]) => within(a) && within(b));
}

/** First steps of the windows of a long procedure: evenly spread, the first and the last included. */
function windowStarts(total: number): number[] {
  if (total <= MAX_ORDER_ITEMS) return [0];
  const count = Math.min(MAX_WINDOWS, Math.ceil((total - 1) / (WINDOW - 1)));
  const starts = new Set<number>();
  for (let i = 0; i < count; i++) starts.add(Math.round((i * (total - WINDOW)) / Math.max(1, count - 1)));
  return [...starts].sort((a, b) => a - b);
}

export function orderDrafts(bank: Bank, ctx: GenContext): Draft[] {
  const sequence = sequenceOf(bank, ctx, 'order');
  if (!sequence) return [];
  const { items } = sequence;
  if (items.length < MIN_ORDER_ITEMS) return [];
  const t = templates(bank, ctx);
  const lang = langOf(bank, ctx);

  return windowStarts(items.length).flatMap((start) => {
    let whole = items.length <= MAX_ORDER_ITEMS;
    let end = whole ? items.length : start + WINDOW;
    // A window holding both sides of steps that run at once has no one order: it ends before
    // the step that brings in the second side, or is not asked when too little is left.
    if (sequence.concurrent && spansBoth(sequence.concurrent, start, end)) {
      while (end > start && spansBoth(sequence.concurrent, start, end)) end--;
      whole = false;
      if (end - start < MIN_ORDER_ITEMS) {
        rejectCandidate(ctx, bank, 'order', 'ambiguous', bank.title, sequence.lines[start]);
        return [];
      }
    }
    const part = items.slice(start, end);
    // The whole procedure keeps the id it always had; a window is named by its first step.
    const id = whole ? questionId(bank, bank.title, 'order') : questionId(bank, bank.title, 'order', `:from:${keyOf(part[0] as string)}`);
    const prompt = whole
      ? sequence.kind === 'steps'
        ? t.orderSteps(sequence.name)
        : t.orderStages(sequence.name)
      : WINDOW_TEXT[lang](sequence.name, start + 1, end, items.length, start > 0 ? items[start - 1] : undefined);
    const build = (): Question => {
      // The steps in order; dealChoices shuffles them.
      return makeQuestion(
        { id, bank, prompt, subject: bank.title, source: sourceOf(bank, whole ? undefined : sequence.lines[start]), explanation: sequence.explanation },
        ctx,
        { type: 'order', choices: [...part], answer: part.map((_, step) => step) },
      );
    };
    // An order question always builds: its choices are its own items.
    const line = whole ? undefined : sequence.lines[start];
    return [makeDraft({ id, type: 'order', bank, subject: bank.title, ...(line !== undefined ? { line } : {}) }, build, ctx)];
  });
}
