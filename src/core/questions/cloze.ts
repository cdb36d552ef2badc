import { isScaffoldTitle } from '../notes/kinds.js';
import { asSimplified, detectLang, escapeRegExp, isAspectLabel, isCommandLine, isSentence, textWidth } from '../text/index.js';
import type { Random } from '../text/index.js';
import type { Bank, Question, TermEntry } from '../types.js';
import type { RejectReason } from './gate.js';
import { NAME_LANG_WEIGHT, pickDistractors } from './distractors.js';
import {
  choiceQuestion,
  entryExplanation,
  makeDraft,
  questionId,
  pickingRandom,
  rejectCandidate,
  sourceOf,
  templates,
  WANT_DISTRACTORS,
  type Draft,
  type GenContext,
  type QuestionParts,
} from './draft.js';
import { enumerationCount, findNumbers, formatLike, hanNumeral, isPowerOfTwo, isYear, neighbours, salience, sameKind, type NumberToken } from './numbers.js';
import { boilerplateKey, candidate, originOf, ownerKeys, sentencesOf, type Candidate, type Origin, type Pool } from './pool.js';
import { BLANK, containsKey, keyOf, looseKey, meaningfulWidth, POINTS_AT_FIGURE } from './text.js';
import { displayTitle, givesAway, isNonName, isNoteAside, NUMBERED_OPTION } from './entries.js';

// cloze: a number (`6443`, `30s`, `三个`) or a bold span blanked in a detail, a nested note or
// a step; pick what goes in the blank. Only tokens that occur once, so the blank is never
// ambiguous. One question per entry (its most telling number), one per step.

const MIN_CONTEXT_WIDTH = 6;

// What a blank may be taken from: a statement of fact. Not an instruction (`Make sure TTL is
// …`, `执行…`), not code, a command or its output, not a log line with dates and times.

const INSTRUCTION_EN =
  /^(?:please\s+)?(?:make sure|ensure|be sure|confirm|follow|consider|set|run|use|add|create|edit|open|click|install|apply|go to|navigate|type|enter|replace|change|check|verify|execute|copy|paste|remove|delete|update|configure|specify|select|choose|download|restart|start|stop|try|note that|remember|do not|don't|never|always|increase|decrease|adjust|wait|save|modify|export|mount)\b/i;
/** `…前请把 TTL 设置为…`: a request to the reader anywhere in the sentence. */
const PLEASE_ZH = /请(?:把|将|先|务必|确保|使用|执行|运行|设置|修改|输入|点击|参考)|务必|一定要/;
// (`部署limited-pod.yaml，…`: a lab's manifest put to use is a step of that lab.)
const INSTRUCTION_ZH = /^(?:请(?!求)|务必|一定要|记得|点击|导航到|(?:取消)?勾选|执行(?:命令|以下|下面)|运行(?:命令|以下|下面)|输入|打开|编辑|进入|复制|粘贴|替换|下载|注意|使用命令|通过命令|调整|等待|构造|(?:将\S{0,12})?(?:设置|改)为|将\S{1,40}(?:更改|修改|改|替换|设置|设)(?:成|为)|(?:部署|创建|应用|运行|执行)[^，。\s]{0,24}\.(?:ya?ml|json)\b|(?:修改|编辑)[^，。\s]{0,30}\.(?:ya?ml|json|conf|sh|toml)\b|删除掉)/;

/** `Make sure…`, `Set…`, `点击…`, `执行…`: the note tells the reader to do something. */
export function isInstructionText(text: string): boolean {
  const t = text.trim().replace(/^[\s*_`"'“(（-]+/, '');
  return INSTRUCTION_EN.test(t) || INSTRUCTION_ZH.test(t) || PLEASE_ZH.test(t);
}

// The last alternative: a crontab line (`30 5 * * * /usr/sbin/ntpdate …`), five schedule fields and a command.
const CODE = /^\s*(?:\$|#)\s|```|[{};]\s*$|^\s*[\w.-]+:\s*[\x21-\x7e]+\s*$|^\s*(?:[\d*/,-]+\s+){5}\S/;

/** A command, a config line, code: its numbers are parameters, not facts. */
export function isCodeText(text: string): boolean {
  const t = text.trim();
  if (isCommandLine(t)) return true;
  return CODE.test(text);
}

const LOG = /\b\d{4}[-/]\d{1,2}[-/]\d{1,2}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}\b|\bas of\s+\S+\s+(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s*月\s*\d{1,2}\s*日|\b(?:notBefore|notAfter|UTC|GMT)\b/;

/** Dates and times (a log line, a certificate's validity): what a reader cannot and need not know. */
export function isLogText(text: string): boolean {
  return LOG.test(text);
}

/**
 * `virtualbox；cri-o；192.168.59.101；8443`, `~0.2 ms；~0.3 ms；~1.0 ms`: a table row or a row
 * of output, cell after cell; without its column headings a cell says nothing.
 */
export function isOutputRow(text: string): boolean {
  // `Latencies [mean, 50, 95] 1.2ms, 560µs, 4.5ms`, `2.04/2.25 = 0.906`: a tool's report or a
  // sum worked out, numbers in a row; `redis-benchmark -c 5000 -n 100000`: a command's flags.
  // (`Query OK, 0 rows affected (0.05 sec)`: a database console's answer to the line before.)
  if (/\b(?:Query OK|rows? in set|rows? affected)\b|\(\d+(?:\.\d+)? sec\)/i.test(text)) return true;
  if (/\[[^\]]*,[^\]]*\]\s*\d|\d\s*=\s*\d|\d\s*[*×]\s*\d|\d[\w.µ%]*\s*,\s*\d[\w.µ%]*\s*,\s*\d|\d\.\d{5,}/u.test(text)) return true;
  if (!/\p{Script=Han}/u.test(text) && (text.match(/(?:^|\s)--?[A-Za-z][\w-]*(?=[\s=])/g)?.length ?? 0) >= 2) return true;
  const cells = text.split(/[；;|]/).map((c) => c.trim()).filter(Boolean);
  if (cells.length >= 3) return true;
  return cells.length >= 2 && cells.every((c) => [...c].length <= 16);
}

/** An IP address: the numbers around it are an example setup's. */
const ADDRESS = /\b\d{1,3}(?:\.\d{1,3}){3}\b/;

/** Why a sentence gives no blank, or null when it may. */
/** The widest text (in columns) a blank is asked in: five lines of an 80-column terminal. */
const CLOZE_MAX_WIDTH = 400;

/** `Keep default (8GB…)`, `-> Select ALB -> Listeners tab`: a console walked through, its values the lab's. */
const CONSOLE_STEP = /^(?:(?:keep|leave) (?:the |it (?:at|as) )?defaults?\b|(?:->|=>|→))/iu;

function clozeSource(written: string): RejectReason | null {
  const text = asSimplified(written);
  // A paragraph of a story or a page of gotchas: the blank is lost in a wall of text (a screenful and more).
  if (textWidth(text) > CLOZE_MAX_WIDTH) return 'too-long';
  if (isInstructionText(text) || CONSOLE_STEP.test(text.trim())) return 'instruction';
  if (NARRATIVE_ZH.test(text) || NARRATIVE_EN.test(text)) return 'no-subject';
  // `上面____选项`, `the options above`: the sentence points at the note around it.
  // (`将之前的 7 层`, `此项属性`: the earlier example, the item in hand.)
  if (/上面|上述|下面|下述|如下|如上|前文|上文|后文|下文|(?:^|[，。；,\s将把])之前(?:的|所有)|此项|该项|这一项|\b(?:above|below|the following|previous(?:ly)?)\b/i.test(text)) return 'no-subject';
  // `如图 8-1 所示`, `see Figure 3`: the sentence leans on a picture the question cannot show.
  if (POINTS_AT_FIGURE.test(text)) return 'no-subject';
  // `，并将在未来的版本中删除…`, `and is removed in…`: the rest of a sentence cut by markup.
  if (/^\s*(?:[，,；;、。.)）]|(?:并|而|且|和|及|或|但)(?!且)|然后|接着|之后|所以|因此|(?:and|or|but|which|that|then|so)\s)/iu.test(text)) return 'debris';
  // `is increasingly the recommended path…`: a sentence whose subject was a bold lead-in cut off before it.
  if (/^\s*(?:is|are|was|were|has|have|can|will|should|must)\s/.test(written)) return 'no-subject';
  // `具体来说，…`, `In other words, …`: a sentence that goes on from the one before it, whose subject is there.
  if (/^\s*(?:具体来说|具体地说|具体而言|也就是说|换句话说|换言之|此外|另外|同时|因此|所以|于是|这样|这时|此时|(?:specifically|in other words|that is|in addition|additionally|also|therefore|thus|hence|however|meanwhile)\s*,)/iu.test(text)) return 'no-subject';
  // `一般会是原切片的2倍，`: a line that stops at a comma; the sentence goes on where the prompt cannot show it.
  if (/[，,、]\s*$/u.test(text)) return 'debris';
  // `| | ReplicationController。…|`: a cell of a table; `扁平的三层网络(不需要`: a line cut inside its parenthesis.
  if (/^\s*\||\|\s*$/.test(text) || /[(（][^)）]*$/u.test(text)) return 'debris';
  if (isCodeText(text) || isLogText(text) || isOutputRow(text) || ADDRESS.test(text)) return 'debris';
  // `tensorflow image: tensorflow/…:latest-gpu resources: limits: nvidia.com/gpu: 1`: a manifest whose lines were run together.
  if ((text.match(/(?:^|\s)[a-z][\w./-]*:(?=\s|$)/g)?.length ?? 0) >= 3) return 'debris';
  // `$4 \times (150 / 50) = 12$`: a formula in LaTeX is markup to a reader; `2, 升级为…`: a list number left in the line.
  // `C. Retries the job after 1 hour`: an option of a multiple-choice question, most of them wrong.
  if (/^\s*[A-F][.)、]\s+\S/u.test(text)) return 'debris';
  // `4.此时的请求…`: a step number left at the start of the sentence.
  if (/\$[^$]*\\[a-z]+[^$]*\$/i.test(text) || /^\s*\d+\s*[,，]\s/u.test(text) || /^\s*\d+[.、]\s*(?=\p{Script=Han})/u.test(text)) return 'debris';
  // `是阈值的大小，…`: a sentence that opens on its verb; its subject is the label above it.
  if (/^\s*是(?!否)/u.test(text)) return 'no-subject';
  // `为什么是三层而不是____？`: a question of the note's, not a statement to complete.
  if (/[?？]\s*$/u.test(text)) return 'no-subject';
  // `准确性*，可以与…共用*`: emphasis the note never closed, left in the sentence.
  if (/[\p{Script=Han}，。；、]\*|\*[\p{Script=Han}，。；、]/u.test(text)) return 'debris';
  return null;
}

/** `例如 3`, `e.g. 30s`, `such as 8080`, `(ex. for 5 replicas)`: an example value, not the fact. */
const EXAMPLE = /(?:例如|比如|譬如|举例|如(?=\s*(?:\d|某|一|$))|(?<=[，,、])如|e\.g\.|\bex\.|for example|for instance|such as|\blike|say,?)\s*[^，。；;.]{0,24}$/i;
/** Words that make a figure a standard value: a default, a bound, a limit. */
const STANDARD_VALUE = /默认|缺省|一般为|最高|最低|最长|最短|\blongest\b|\bshortest\b|\botherwise\b|否则|\bhighest\b|\blowest\b|最多|至少|最少|最大|最小|上限|下限|不超过|不少于|不能超过|不得超过|限制|\bdefaults?\b|\bat (?:most|least)\b|\bmaximum\b|\bminimum\b|\bmax\b|\bmin\b|\blimit(?:s|ed)?\b|\bup to\b|\bno more than\b/iu;
const TIME_UNIT = /^(?:ms|s|m|h|秒|秒钟|分钟|小时|毫秒|seconds?|minutes?|hours?|milliseconds?)$/i;
/** `最多 110 个`, `至少三个`: a count stated as a limit or a default is a fact; other counts are the prose's. */
const LIMIT_WORDS = /最多|至少|最少|默认|上限|下限|不超过|不少于|超过|必须|at (?:most|least)|maximum|minimum|default|limit/iu;
/** `initialDelaySeconds`, `maxSurge`: a manifest's field that holds a number, in its camel case. */
const FIELD_NAME = /^[a-z]+(?:[A-Z][a-z]+)*(?:Seconds|Threshold|Surge|Unavailable|Replicas|Count|Limit|Size|Timeout|Period|Delay|Percent|Ratio)$/;
/** What an example does to the objects it counts: creates, ensures, runs, scales. */
const STORY_VERB = /\b(?:creates?|created|ensures?|exists?|spins? up|launch(?:es)?|scales?d?|adds?|starts?)\b/i;
/** `约 10 秒`, `about 40s`, `~5 分钟`: a value given roughly. */
const APPROXIMATE = /(?:约|大约|大概|差不多|近|about|around|approximately|roughly|nearly|~|≈)\s*(?:每隔|每|every)?\s*$/iu;
/** `(periodSeconds: 1 in your case)`, `本例中`: a value of the note's own setup, not a fact. */
const THIS_SETUP = /\b(?:in (?:your|our|my|this) (?:case|example|setup|lab|cluster)|here\b|in this case)|本例|此例|这里|此处|我们的|我的|你的/i;
/** `创建一个名为kubia的服务…`, `a Deployment named web…`: the sentence is about the lab's own objects. */
const NAMED_OBJECT = /名为|名叫|命名为|\bnamed\s+[\w.-]+|\b(?:foo|bar|baz|my-?app|kubia)\b/i;
/** `比如…`, `假设…`, `如以一小时前为基准…`, `for example, …`: what follows in the sentence is a made-up case. */
const SCENARIO = /例如|比如|譬如|举例|假设|假如|假定|^\s*如(?![果何下此今同])|e\.g\.|for example|for instance|suppose|imagine|let's say|\bif (?:your|you)\b|\bfor an? [\w-]+(?: [\w-]+)? (?:that|which|whose)\b|^\s*an? [\w-]+(?: [\w-]+)? (?:that|which|whose)\b/i;
/** `Step 5`, `第 3 节`: a pointer into the note, not a number to know. */
const POINTER = /(?:\b(?:step|section|part|chapter|figure|fig\.|line|lines|page|lab|exercise|task|option|case|issue|pr|pull request|commit|see)\s*|第\s*|步骤\s*|(?:参见|详见|见)\s*|#|§\s*)$/i;
/** `12章介绍`, `见 3 节`: a chapter or page of a book, after the number. */
const POINTER_AFTER = /^\s*(?:章|节(?!点)|页|部分|行|步(?!骤))/u;
/** `发现两个…`, `回到博客…`, `:)`: the note telling its own story, whose numbers are its lab's. */
// `输出结果表明…`, `The output shows…`: what the lab's run printed, its own numbers.
const NARRATIVE_ZH = /(?:^|[，。；,;]|当)\s*(?:发现|我们?|回到|试了|折腾|输出(?:结果)?(?:表明|显示|说明))|博客|:\)|还是说|[?？]\s*[)）]/u;
/** `Now let's roll out this 2.0 image`, `we will update…`: a tutorial walking through its own lab. */
const NARRATIVE_EN = /\b(?:let's|let us|we will|we'll|we are going to|we're going to|now we|I (?:will|am|have|did|used|ran|got)|the output (?:shows|says|tells))\b/i;

/**
 * `less than 100MB`, `超过 5 次`: a loose bound, which larger or smaller choices satisfy too.
 * (`at least 3`, `至少三个` state a minimum, one value, and stay.)
 */
const BOUND_BEFORE = /(?:[<>≤≥]=?|\b(?:less|fewer|more|greater|larger|smaller|lower|higher) than|\bup to|\bunder|\bover|\bbelow|\babove|\bwithin|\bexceeds?|(?:超过|小于|大于|少于|多于|低于|高于)\p{Script=Han}{0,2})\s*$/iu;
const BOUND_AFTER = /^\s*\S{0,4}?(?:以上|以下|以内|之内|或更[大多高小少低新]|及以上|及更高|及以后|以后|之后的版本|or (?:more|less|fewer|larger|greater|higher|above|later|newer)|and (?:higher|later|above|newer|up)|\+)/i;

/** `（20 大于 10）`, `5 > 3`: a figure compared with another is the comparison's example. */
const COMPARED_AFTER = /^(?:[a-z%]{1,3}(?![a-z]))?\s*(?:[<>≤≥]=?|大于|小于|高于|低于|多于|少于|\b(?:is )?(?:greater|more|larger|less|smaller|fewer|higher|lower) than)\s*\d/iu;

function isBound(text: string, token: NumberToken): boolean {
  const after = text.slice(token.index + token.text.length, token.index + token.text.length + 24);
  return BOUND_BEFORE.test(text.slice(Math.max(0, token.index - 20), token.index)) || BOUND_AFTER.test(after.slice(0, 12)) || COMPARED_AFTER.test(after);
}

/** One figure of a series written side by side: a separator, then a figure (with its unit). */
const SERIES_NEXT = /^(?:[a-zµ%秒]{1,3}(?![a-z]))?\s*(?:[、，;；]|,\s|\s和\s?|\s?及\s?|\s(?:and|or)\s)\s*\d+(?:\.\d+)?/iu;
const SERIES_PREVIOUS = /\d+(?:\.\d+)?\s*[a-zµ%秒]{0,3}\s*(?:[、，;；]|,\s|\s和\s?|\s?及\s?|\s(?:and|or)\s)\s*$/iu;

/**
 * `10s、20s、40s、80s`: a figure with two or more beside it in a series, whose pattern (or its
 * neighbours alone) fills the blank in.
 */
function inSeries(textBefore: string, textAfter: string): boolean {
  let others = 0;
  let after = textAfter;
  for (let m = SERIES_NEXT.exec(after); m && others < 2; m = SERIES_NEXT.exec(after)) {
    others++;
    after = after.slice(m[0].length);
  }
  let before = textBefore;
  for (let m = SERIES_PREVIOUS.exec(before); m && others < 2; m = SERIES_PREVIOUS.exec(before)) {
    others++;
    before = before.slice(0, m.index);
  }
  return others >= 2;
}

/**
 * `比期望的数量多一个（最多 ____ 个 surge）`, `三个副本…____ 个`: the figure the sentence also says
 * in Chinese words, with a measure word (`一个` alone is too common to count, unless as `多一个`).
 */
function saidInHanWords(plain: string, token: NumberToken): boolean {
  if (token.script !== 'arabic' || !Number.isInteger(token.value) || token.value < 1 || token.value > 10) return false;
  if (token.value === 1) return /(?:多|少|至多|最多|只有|仅|只)(?:出)?一个/u.test(plain);
  return new RegExp(`(?<![\\p{Script=Han}\\d])${hanNumeral(token.value)}(?:个|种|类|次|台|份|层)`, 'u').test(plain);
}

/** `有____插件 ResourceQuota 和 LimitRange`: a count whose clause ends on exactly that many names. */
function countsNamesAfter(after: string, count: number): boolean {
  const clause = after.split(/[，。；;]|\.(?:\s|$)/u)[0] ?? '';
  const names = /((?:[A-Za-z][\w.-]*\s*(?:、|,|，|和|及|与|或|\band\b|\bor\b)\s*)+[A-Za-z][\w.-]*)\s*[。.]?$/u.exec(clause.trim());
  if (!names) return false;
  const items = (names[1] as string).split(/\s*(?:、|,|，|和|及|与|或|\band\b|\bor\b)\s*/u).filter((item) => item.trim());
  return items.length === count;
}

/** A sentence ends at a full stop, but not at the one of `e.g.` or `i.e.`. */
const SENTENCE_END = /[。！？!?]|(?<!\b(?:e\.g|i\.e|etc|vs))\.\s/;
/** An open quote of a few words before the token: `"no more than 4 pods added per `, `“I want `. */
const QUOTED_PHRASE = /(?:^|[\s(（:：,，])["“][^"”]*\s[^"”]*$/u;

/** The sentence a token stands in. */
function sentenceOf(text: string, token: NumberToken): string {
  const before = text.slice(0, token.index).split(SENTENCE_END).pop() ?? '';
  const after = text.slice(token.index).split(/[。！？!?]|\.(?:\s|$)/)[0] ?? '';
  return before + after;
}

function isExampleValue(text: string, token: NumberToken): boolean {
  const before = text.slice(Math.max(0, token.index - 36), token.index);
  if (EXAMPLE.test(before.replace(/(?<=e\.g\.|例如|比如|such as),/gi, ''))) return true;
  // `比如在一个八核服务器上，…仅可以使用其中的六个核`: a scenario the sentence made up, however long.
  const sentence = text.slice(0, token.index).split(SENTENCE_END).pop() ?? '';
  if (SCENARIO.test(sentence) || NAMED_OBJECT.test(sentence)) return true;
  // `int[] primes = {2, 3, 5}`: a value in a literal of code is the code's example.
  if (/[{[]\s*(?:[\w."']+\s*,\s*)*$/.test(text.slice(0, token.index)) && /^\s*(?:,\s*[\w."']*\s*)*[}\]]/.test(text.slice(token.index + token.text.length))) return true;
  // `"I want 10Gi, RWO"`: a value inside a quoted phrase is the quote's example.
  if (QUOTED_PHRASE.test(text.slice(0, token.index))) return true;
  // `periodSeconds: 10, failureThreshold: 18 → 180s`: a result the sentence works out from the numbers before it.
  const worked = /(?:→|=>|->|=)\s*(?:at (?:least|most)|up to|about|~|≈|约|至少|最多)?\s*$/i;
  if (worked.test(text.slice(0, token.index)) && /\d/.test(sentence.replace(worked, ''))) return true;
  if (POINTER.test(text.slice(0, token.index)) || POINTER_AFTER.test(text.slice(token.index + token.text.length))) return true;
  // `older 3.1 etc.`, `3、5 等`: one value of several the note only hints at.
  if (/^\s*(?:etc\b|等(?![待于级]))/u.test(text.slice(token.index + token.text.length))) return true;
  // `its own 5Gi PVC`, `storage: 10Gi`: a quantity written the way a manifest sets it is that object's setting, not a fact.
  if (/^(?:Ki|Mi|Gi|Ti)$/.test(token.unit) && !/默认|default|limit|限制|上限|最多|至少|max|min/i.test(sentenceOf(text, token))) return true;
  // `A Pod with 6 sidecars may take…`: a small count in a sentence about what might happen is a made-up case.
  if (!token.unit && token.decimals === 0 && token.value <= 20 && /\b(?:may|might|could|would)\b/i.test(sentenceOf(text, token))) return true;
  // `访问 30361 端口`: a NodePort the cluster picked at random, unless the sentence is about the range or a default.
  if (token.value >= 30000 && token.value <= 32767 && !token.unit && !/范围|range|默认|default|[~-]\s*$/i.test(text.slice(Math.max(0, token.index - 24), token.index))) return true;
  // `在该文件中，示例 StatefulSet…打开端口 80`: a sentence about the example the note shows.
  // `在这个扩展语法中，…等待 5 秒`: a value of the one configuration the note shows.
  // `从配置文件可知，最开始的 30 秒…`: what one configuration file the note showed sets.
  if (/该(?:文件|示例|例子?|清单|配置|实验)|这个(?:例子|文件|实验)|(?:从|由|根据)(?:配置文件|配置|yaml|清单|上面|上述)(?:中)?(?:可知|可以看出|看出)|假设|假如|在这个[^，。]{0,8}(?:中|里)|示例|范例|\b(?:sample|example)\b|\bin this (?:syntax|form|configuration)\b/i.test(sentenceOf(text, token))) return true;
  const clause = text.slice(0, token.index).split(/[，。；;.]/).pop() ?? '';
  const rest = text.slice(token.index).split(/[，。；;.)）]/)[0] ?? '';
  return THIS_SETUP.test(clause + rest);
}

/** `5000:30500/TCP`, `:8080`: a number glued to another by a colon is part of a mapping or an address. */
function inMapping(text: string, token: NumberToken): boolean {
  const before = text[token.index - 1] ?? '';
  const after = text.slice(token.index + token.text.length, token.index + token.text.length + 2);
  if (before === ':' || before === '=' || /^:\d/.test(after)) return true;
  // `storage: 10Gi`, `replicas: 3`: the value of a key in a config, an example's choice.
  if (/(?:^|[\s{,])[\w.-]+:\s+$/.test(text.slice(Math.max(0, token.index - 40), token.index))) return true;
  // `172.x.x.x`, `“2”`, `0755`, `二次开发`: part of an address, a quoted value, a file mode, a word.
  if (/^\.[A-Za-z*]/.test(after) || /["“'`]/.test(before) || /^0\d/.test(token.text) || /^开发/.test(after)) return true;
  // `kubelet (1) removes…, (2) runs…`, `Owner UID (1000)`: a bare number in parentheses numbers an item or shows the lab's value.
  if (!token.unit && /[(（]\s*$/.test(text.slice(0, token.index)) && /^\s*[)）]/.test(after)) return true;
  // `1、列出…`, `2）比较…`: the number of an item in a list written inline.
  // `它会做两件事：1. 将…2.从…`: the same with a full stop after the number.
  if ((/^[、)）]/.test(after) || /^\.(?!\d)/.test(after)) && /(?:^|[\s:：。；;，,)）])$/.test(text.slice(0, token.index))) return true;
  return isListNumber(text, token);
}

/** `<2> RS…`, `（2）API Server…`, `1.生成…`, `[3]`: the note's own numbering of an item, not a fact. */
function isListNumber(text: string, token: NumberToken): boolean {
  if (token.unit || token.script !== 'arabic') return false;
  const before = text.slice(0, token.index);
  const after = text.slice(token.index + token.text.length);
  return /^\s*[(（<\[【]?\s*$/.test(before) && /^\s*[.)）>\]】、:：]/.test(after);
}

/**
 * The number is the count of what the sentence lists right beside it (`包括预选和优选____` →
 * 两阶段; `块、对象和文件____接口` → 三种): the blank fills itself in.
 */
function countsItsNeighbours(text: string, token: NumberToken): boolean {
  if (token.value < 2 || token.value > 10) return false;
  // `这两个增强特性`, `these three`, `both`: a count of what the sentence before listed.
  if (/(?:这|那|上述|以上|前面|上面的|these|those|the)\s*$/i.test(text.slice(Math.max(0, token.index - 6), token.index)) && token.script === 'han') return true;
  if (/\b(?:these|those|the above|all)\s+$/i.test(text.slice(Math.max(0, token.index - 12), token.index))) return true;
  // `客户端可以分为两种` at the end: the list after the sentence counts itself.
  if (/^[\s：:。.]*$/u.test(text.slice(token.index + token.text.length)) && /(?:分为|分成|有|包括|包含|主要)\s*$/u.test(text.slice(0, token.index))) return true;
  // `角色主要三类：root角色…；guest角色…`: the list after the colon counts itself.
  if (/^\S{0,4}?[：:]/u.test(text.slice(token.index + token.text.length))) return true;
  // `GET HEAD POST，三种`: a count of the names written just before it, side by side.
  const words = (text.slice(0, token.index).split(/[，。；;：:]/u).filter((c) => c.trim()).pop() ?? '').trim().split(/\s+/);
  let names = 0;
  while (names < words.length && /^[A-Z][A-Za-z0-9-]*$/.test(words[words.length - 1 - names] as string)) names++;
  if (names >= 2 && names === token.value) return true;
  // `a worker node contains 3 main components -`: a sentence that ends on a dash or a colon leads into the list it counts.
  if (/[-–—:：]\s*$/u.test(text) && /^[^.。;；]{0,40}$/u.test(text.slice(token.index + token.text.length))) return true;
  return enumerationCount(text, token.index, token.text.length).includes(token.value);
}

/** `Windows 10`, `macOS 10.13`, `Ubuntu 22.04`: which release of a system an installer wants is trivia. */
const SYSTEM_BEFORE = /\b(?:windows(?:\s+server)?|macos|mac\s*os(?:\s*x)?|os\s*x|ubuntu|debian|centos|rhel|red hat(?: enterprise linux)?|fedora|rocky(?: linux)?|almalinux|alma(?: linux)?|suse|sles|opensuse|amazon linux|ios|android)(?:\s+[a-z]+){0,2}\s*$/i;

/** `Docker Engine 29`, `Go 1.23`, `Kubernetes v1.31`, `C++11`: which release did what is version trivia. */
const PRODUCT_BEFORE = /(?:\bc\+\+|\b(?:es|ecmascript|php|ruby|perl|lua|gcc|clang|oauth|openid connect|tls|ssl|docker(?: engine| desktop| compose)?|kubernetes|k8s|containerd|helm|istio|go|golang|java|jdk|python|node(?:\.js)?|next(?:\.js)?|react|vue|spring(?: boot)?|angular|tailwind(?: css)?|nginx|redis|mysql|postgres(?:ql)?|ubuntu|debian|centos))\s*v?$/i;

/** `stable since version 1.8`, `removed in 1.26`, `在 1.27 版本中升级为 Beta`: a sentence about what a release brought. */
const RELEASE_WORDS = /\b(?:versions?|releases?|since|removed|deprecated|introduced|GA|stable|alpha|beta|feature gates?)\b|版本|引入|弃用|废弃|移除|升级为/i;

function isProductVersion(text: string, token: NumberToken): boolean {
  const before = text.slice(Math.max(0, token.index - 30), token.index);
  if (SYSTEM_BEFORE.test(before) || PRODUCT_BEFORE.test(before)) return true;
  // A Kubernetes minor release (`1.8`, `1.26`) named where the sentence speaks of releases: which one is trivia.
  return /^v?1\.\d{1,2}$/.test(token.text) && (RELEASE_WORDS.test(text) || /\bupgrad(?:e|es|ed|ing)\b|升级/i.test(text));
}

/** `0.5 … 也就是 50%`: the same value written as a percentage (or the other way round) beside the blank. */
function shownAsPercent(text: string, token: NumberToken): boolean {
  const rest = text.slice(0, token.index) + ' ' + text.slice(token.index + token.text.length);
  const percents = [...rest.matchAll(/(\d+(?:\.\d+)?)\s*%/g)].map((m) => Number(m[1]));
  const fractions = [...rest.matchAll(/(?<![\d.])0?\.\d+/g)].map((m) => Number(m[0]));
  const value = token.unit === '%' ? token.value / 100 : token.value;
  if (token.unit === '%') {
    // `a tolerance of 10% … ratios inside 0.9–1.1`: the bounds show the percentage too.
    const ratios = [...rest.matchAll(/(?<![\d.])[01]\.\d+/g)].map((m) => Number(m[0]));
    const near = (x: number) => ratios.some((r) => Math.abs(r - x) < 1e-9);
    return fractions.some((f) => Math.abs(f - value) < 1e-9) || (value < 1 && near(1 + value) && near(1 - value));
  }
  // `±10% … ratios inside 0.9–1.1`: a bound of the band around 1 the percentage draws.
  if (percents.some((p) => Math.abs(1 - p / 100 - value) < 1e-9 || Math.abs(1 + p / 100 - value) < 1e-9)) return true;
  return value > 0 && value < 1 && percents.some((p) => Math.abs(p / 100 - value) < 0.006);
}

type Blank =
  | { kind: 'number'; token: NumberToken; text: string; blanked: string }
  | { kind: 'bold'; span: string; text: string; blanked: string };

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

/**
 * `replicas为3`, `maxSurge = 1`, `periodSeconds设置就绪探针每1秒钟执行一次`: a field set to a value in
 * prose, the note's example setting.
 */
const SETS_A_FIELD = /(?:[A-Za-z][\w.-]*|副本数?)\s*(?:为|设为|设置为|=)\s*\d|(?:^|[^\w])[a-z]+(?:[A-Z][a-z]+)+\s*(?:设置了?|设为|is set to)/u;

/** `10,000` and `1000` are one figure with a zero more: its digits without the trailing zeros. */
const figure = (value: number): string => String(Math.trunc(value)).replace(/0+$/, '');

/** Every whole number a text says, thousands separators too (`10,000`, which findNumbers leaves out). */
const figuresIn = (text: string): number[] => (text.match(/\d{1,3}(?:,\d{3})+|\d+/g) ?? []).map((digits) => Number(digits.replace(/,/g, '')));

/**
 * Words that, beside LIMIT_WORDS, make a figure knowledge rather than one setup's value: a rule
 * (`must`, `only`), a range, a version, an HTTP status, a port.
 */
const RULE_WORDS = /缺省|最大|最小|只能|只有|仅|固定|限制|范围|分为|版本|端口|状态码|返回|\b(?:max|min|up to|no more than|must|only|range|version|port|status|returns?|RFC|HTTP)\b/iu;
/** `三种`, `两类`, `四层`, `3 phases`, `two modes`: a count of kinds, which is a fact of the field. */
const COUNT_OF_KINDS = /^\s*(?:种|类|层|个阶段|阶段|级|大类|(?:kinds?|types?|ways?|modes?|phases?|stages?|layers?|levels?|classes|categories|states?)(?![A-Za-z]))/iu;
/** `Took 2 hours to find`, `ran for 3 days`, `our team`, `一位同事`: an incident told as a story. */
const TELLS_A_STORY = /\b(?:took|ran for|went unnoticed|incident|outage|our (?:team|cluster|company)|contractor|a developer|someone|broke|breaking|crashed|we (?:had|saw|found|lost)|attack(?:er|ers|s)?|breach|compromised?|escape|hacker)\b|攻击|入侵|事故|故障期间|我们(?:的|发现|遇到)|同事|花了|耗时/iu;

/** Whether the sentence says what kind of figure the number is: a default, a limit, a rule, a port, a count of kinds. */
function saysWhatKindOfFigure(plain: string, token: NumberToken): boolean {
  if (LIMIT_WORDS.test(plain) || RULE_WORDS.test(plain)) return true;
  const after = plain.slice(token.index + token.text.length);
  return COUNT_OF_KINDS.test(token.unit) || COUNT_OF_KINDS.test(after) || isPort(plain, token);
}

/** Whether the words after a count go on to list that many things (`方法，分别是A、B或者C`, `ways: A, B and C`). */
/** `是一个____控制器。首先…；然后…`: the sentences after it mark each part in turn, and so count them. */
function countsItsMarkedParts(after: string, count: number): boolean {
  const marks = after.match(/首先|其次|然后|接着|再次|最后|第[一二三四五六七八九]|[一二三四五六七八九]是/gu) ?? [];
  return marks.length === count && marks[0] !== undefined && /^(?:首先|第一|一是)$/u.test(marks[0]);
}

function countsItsOwnList(after: string, count: number): boolean {
  // (`有两种方法使用grubby命令或者直接编辑grub配置文件`: a Chinese count may run straight into its list.)
  const said = /^\s*\S{0,12}?(?:分别是|分别为|包括|即|：|:|——|\bnamely\b|\bare\b)\s*/u.exec(after);
  const straight = said ? null : /^\s*[种个类]?(?:方法|方式|途径|办法)/u.exec(after);
  const lead = said ?? straight;
  if (!lead) return false;
  const rest = after.slice(lead[0].length);
  // A Chinese list is told by its 、 (or 或者) and ends at the next comma; an English one runs to the full stop.
  const first = rest.split(/[，。；]/u)[0] ?? '';
  const chinese = /、|或者/u.test(first);
  if (straight && !chinese) return false;
  const clause = (chinese ? rest.split(/[，,。；;]/u)[0] : rest.split(/[。.；;]/u)[0]) ?? '';
  const items = clause.split(/\s*(?:[、，,]|或者|以及|\band\b|\bor\b|[和或及])\s*/u).filter((item) => item.trim());
  return items.length === count;
}

/** A note that is one example: `Example1.md`, `sample.md`, `demo.md`. */
const EXAMPLE_FILE = /(?:^|\/)(?:examples?|samples?|demo)[-_ ]?\d*\.(?:md|markdown)$/i;
/** A note in a lab's, a project's or a course day's folder: `projects/`, `labs/`, `week-02-day-11/`, `mini-project`. */
const LAB_MATERIAL = /(?:^|\/)(?:projects?|labs?|exercises?|demos?|workshops?|hands-on[^/]*|mini[-_ ]?projects?[^/]*|week[-_ ]?\d+[^/]*|day[-_ ]?\d+[^/]*)\//i;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * `默认 30s`, `at most 110`, `HTTP 403`, etcd on 2379, `三层网络`: the sentence says the figure is
 * a standard value (a default, a limit, a status, a known port, a layer). Any other figure in a
 * note is its example's (`runAsUser: 1000`), its story's (`only 2 Pods running`), its output's or
 * its own count (`分为两种情况`), which no careful person could be expected to fill in.
 */
function statesStandardValue(plain: string, token: NumberToken, around: readonly string[], saysStandard: boolean): boolean {
  if (saysStandard || isOsiLayer(plain, token)) return true;
  // (`Ingress 监听 80 端口`, `containerPort: 80`: a web port is the example's choice, unless called a default.)
  if (isPort(plain, token) && WELL_KNOWN_PORTS.includes(token.value) && !WEB_PORTS.includes(token.value)) return true;
  const before = plain.slice(0, token.index);
  // `其他两种探针`, `三种并发策略`: how many kinds of a thing of the field there are (not `分为两种情况`, the note's own cases).
  if (/^(?:种|类)$/u.test(token.unit) && /^\s*(?:的)?\s*(?:探针|策略|模式|类型|状态|阶段|QoS|服务质量)/u.test(plain.slice(token.index + token.text.length))) return true;
  // `PID ____`: the process every container's main process is.
  if (/\bPID\s*$/i.test(before)) return true;
  // `认证失败返回 ____`: the status the API server answers with. (`连不上数据库时返回 500` is the app's choice, in a
  // note about probes or not.)
  if (!token.unit && token.value >= 100 && token.value <= 599 && /\bHTTP\b|status|状态码|返回|\breturns?\b/i.test(plain) && /认证|授权|鉴权|准入|令牌|\bAPI\b|authenticat|authoriz|admission|api-?server|\btoken\b|限流|rate[- ]limit/i.test([plain, ...around].join(' '))) return true;
  // `取值 1 到 ____`, `30000 到 32767 之间`, `from 200 to 399`, `at least 200 and less than 400`: the range a field takes.
  if (/取值|范围|\brange\b|\bvalues? (?:from|between)\b|\d\s*(?:到|至)\s*\d[^，。；]{0,8}之间|\bbetween\s+\d[\d,.]*\s+and\s+\d|\bfrom\s+\d[\d,.]*\s+to\s+\d|(?:greater|more) than or equal to\s+\d[\d,.]*\s+and\s+(?:less|fewer) than|大于等于\s*\d+\s*(?:且|并且|、)?\s*小于/i.test(plain)) return true;
  // `renews a Lease every ____ seconds`, `每隔 ____ 秒`: how often a component does its work.
  return /(?:\bevery|每隔|每)\s*$/iu.test(before) && (TIME_UNIT.test(token.unit) || TIME_UNIT.test(plain.slice(token.index + token.text.length).trim().split(/\s+/)[0] ?? ''));
}

/** Whether the word right before the number is written elsewhere in the sentence with the number after or before it. */
function countsAlong(plain: string, before: string, value: number): boolean {
  const word = /([A-Za-z]{3,}|\p{Script=Han}{2})\s*$/u.exec(before)?.[1];
  if (!word) return false;
  return new RegExp(`${escapeRegExp(word)}\\s*(?:${value + 1}|${value - 1})(?![\\d.])`, 'iu').test(plain);
}

/** Factors between the units one figure is written in: hours and days, seconds and minutes or hours, milli-, kibi-. */
const UNIT_FACTORS = [24, 60, 1000, 1024, 3600];

/** Whether `a` and `b` are one figure in two units. */
function sameInOtherUnit(a: number, b: number): boolean {
  return UNIT_FACTORS.some((f) => Math.abs(a * f - b) < 1e-9 || Math.abs(b * f - a) < 1e-9);
}

/** Whether another number of the sentence gives this one by a unit's factor, as a percentage, or added up. */
function followsFromOthers(token: NumberToken, tokens: readonly NumberToken[], plain: string): boolean {
  const others = tokens.filter((o) => o !== token && o.value > 0);
  if (token.value <= 0 || others.length === 0) return false;
  if (others.some((o) => sameInOtherUnit(o.value, token.value))) return true;
  if (/%|percent|百分/i.test(token.unit + plain.slice(token.index + token.text.length, token.index + token.text.length + 3)) && others.some((o) => others.some((p) => p !== o && Math.abs((100 * o.value) / p.value - token.value) < 1e-6))) return true;
  // `VLAN ID 有 12 位，所以最多 ____ 个` (or the other way round): a count of values read off a number of bits.
  const powerOf = (bits: number, count: number): boolean => Number.isInteger(bits) && bits >= 2 && bits <= 64 && [0, 1, 2].some((less) => 2 ** bits - less === count);
  if (/bits?\b|位/iu.test(plain) && others.some((o) => powerOf(o.value, token.value) || powerOf(token.value, o.value))) return true;
  // `限制为 64 个字符，建议不超过 52 个，预留 ____ 个`: the sum of two figures beside it, or what one leaves of the other.
  const sums = (a: number, b: number, c: number): boolean => Math.abs(a + b - c) < 1e-9;
  const t = token.value;
  if (t >= 3 && others.some((o, i) => others.some((p, j) => j > i && (sums(o.value, p.value, t) || sums(t, p.value, o.value) || sums(t, o.value, p.value))))) return true;
  const plus = /\bplus\b|\band one\b|加上|再加|\+/iu.test(plain);
  return plus && others.length >= 2 && Math.abs(others.reduce((sum, o) => sum + o.value, 0) - token.value) < 1e-9;
}

/**
 * `返回 ____ 状态码，说明操作成功`, `returns HTTP ____ but silently fails`: 200 is what every success looks
 * like, read off the sentence's "success", and 201 or 204 would be successes too.
 */
export function isSuccessStatus(token: Pick<NumberToken, 'value' | 'unit' | 'index' | 'text'>, plain: string): boolean {
  if (token.value !== 200 || token.unit || !/\bHTTP\b|status|状态码|返回|\breturns?\b/i.test(plain)) return false;
  // `at least 200 and less than 400`: the bound of the range of successes, a fact.
  const [before, after] = [plain.slice(0, token.index), plain.slice(token.index + token.text.length)];
  return !/(?:at least|greater than or equal to|no less than|from|between|>=?|≥|大于等于|不小于|从)\s*$/iu.test(before) && !/^\s*(?:and|to|through|-|–|~|至|到)\s*(?:less than|below|under|小于)?\s*\d/iu.test(after);
}

/** A size in bits that the sentence also gives in bytes (or the other way round). */
function sameSizeInOtherUnit(plain: string, token: NumberToken): boolean {
  // The unit as parsed, or the word right after the number (`8字节` is read without one).
  const unit = token.unit || (/^\s*(字节|bytes?|位|bits?)/iu.exec(plain.slice(token.index + token.text.length))?.[1] ?? '');
  const bits = /^(?:位|bits?|b)$/iu.test(unit) && unit !== 'B';
  const bytes = /^(?:字节|bytes?)$/iu.test(unit) || unit === 'B';
  const other = bits ? token.value / 8 : bytes ? token.value * 8 : NaN;
  if (!Number.isInteger(other) || other <= 0) return false;
  const said = bits ? `(?:字节|bytes?|B)` : `(?:位|bits?)`;
  return new RegExp(`(?<![\\d.])${other}\\s*${said}`, 'iu').test(plain);
}

/** Why a number in `text` is not a fair blank: shown elsewhere, worked out from its neighbours, or the prose's own wording. */
function isUnfairNumber(token: NumberToken, text: string, plain: string, tokens: readonly NumberToken[], shown: ReadonlySet<number>, around: readonly string[], saysStandard: boolean): boolean {
  const end = token.index + token.text.length;
  const [before, after] = [plain.slice(0, token.index), plain.slice(end)];
  // The text as written, for the checks that read marks rather than words.
  const [textBefore, textAfter] = [text.slice(0, token.index), text.slice(end)];
  if (!statesStandardValue(plain, token, around, saysStandard)) return true;
  if (tokens.filter((o) => o.value === token.value).length !== 1) return true;
  if (occurrences(text, token.text) !== 1) return true;
  if (shown.has(token.value)) return true;
  if (isExampleValue(plain, token)) return true;
  if (isBound(plain, token)) return true;
  if (inMapping(plain, token)) return true;
  if (countsItsNeighbours(plain, token)) return true;
  // `填空（三色标记法）：…划分为____状态` → 三种: a count the name above the sentence already says in its numeral.
  const numeral = token.script === 'han' ? /[二两三四五六七八九十]/u.exec(token.text)?.[0] : undefined;
  if (numeral && around.some((a) => a.includes(numeral))) return true;
  // `最多编码8字节…支持处理____整型` → 64 位: bits and bytes of one size, each read off the other.
  if (sameSizeInOtherUnit(plain, token)) return true;
  // `any status from ____ to 399`: a class of status codes starts at its round hundred; the end is the fact.
  if (token.value >= 100 && token.value <= 500 && token.value % 100 === 0 && !token.unit && /^\s*(?:to|through|until|到|至|-|–|~)\s*\d{3}\b/iu.test(after)) return true;
  if (isSuccessStatus(token, plain)) return true;
  // `in the range ____ to 65535`: a range that starts at 0 or 1 starts where counting does.
  if (token.value <= 1 && !token.unit && /^\s*(?:to|through|-|–|~|至|到)\s*\d/iu.test(after)) return true;
  // `____ Gateway Timeout`: a status code beside its own name is read off the name.
  if (token.value >= 100 && token.value <= 599 && !token.unit && STATUS_NAME.test(after)) return true;
  // `某两类 Pod`: "some two kinds", a way of speaking, not a count to know.
  if (token.script === 'han' && /某\s*$/u.test(before)) return true;
  // `2 Ways to Update a Deployment`: a heading's count of the list under it.
  if (/^\s*$/.test(before) && /^\s*(?:ways?|types?|kinds?|methods?|steps?|options?|approaches|reasons?|things?)\b/i.test(after) && plain.split(/\s+/).length <= 8) return true;
  // `两种计算方式`, `三类资源`: a count and a noun, the lead-in of the list the note gives next.
  if (/^\s*$/.test(before) && /^\s*\p{Script=Han}{1,8}[。.：:]?\s*$/u.test(after)) return true;
  // `包括____类型`, `vRouter 支持____模式`, `supports ____ modes:`: a sentence that ends on its count
  // leads into the list the note gives next; the count is of the note's own list.
  if (/(?:包括|包含|分为|分成|共有|主要有|支持|提供|有)(?:以下|如下)?\s*$/u.test(before) && /^\s*[种个类]?\p{Script=Han}{0,6}[。.：:]?\s*$/u.test(after)) return true;
  if (/\b(?:there are|supports?|provides?|offers?|has|have|includes?|comes in)\s*$/i.test(before) && /^\s*(?:main |different |basic )?(?:types?|kinds?|modes?|ways?|options?|categories|classes|levels?|flavou?rs)\s*(?:of\s+\w+\s*)?[.:：]?\s*$/i.test(after)) return true;
  // `有____方法，分别是A、B或者C`, `____ kinds: A, B and C`: the count of the list the sentence goes on to give.
  if (Number.isInteger(token.value) && token.value >= 2 && token.value <= 9 && (countsItsOwnList(after, token.value) || countsNamesAfter(after, token.value) || countsItsMarkedParts(after, token.value))) return true;
  if (inSeries(textBefore, textAfter) || saidInHanWords(plain, token)) return true;
  // `ORDER BY score DESC LIMIT 100`: the row count of one example query.
  if (/\b(?:LIMIT|OFFSET|TOP|FETCH FIRST)\s*$/i.test(before)) return true;
  // `____层网络（L3）`: the layer's short name beside the blank says its number.
  if (new RegExp(`^[^()（）]{0,6}[(（]\\s*L${token.value}\\b`, 'iu').test(after)) return true;
  // `1 kubernetes 中 request 和 limit 的说明`: a bare number opening the line numbers its section.
  if (token.script === 'arabic' && !token.unit && /^\s*$/.test(before) && /^\s+\p{L}/u.test(after)) return true;
  // `两种控制策略都…，ResourceQuota 用来…，而 LimitRange…`: a count that opens its sentence and the
  // names it goes on to tell apart, one by one.
  if (token.script === 'han' && token.value >= 2 && token.value <= 5 && /(?:^|[。；;！!？?]\s*)$/u.test(before) && new Set(after.match(/\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g) ?? []).size === token.value) return true;
  // `300 seconds (____ minutes)`, `10m of 1000m is ____%`, `5 layers plus one: ____`: worked out from
  // another number of the same sentence, arithmetic rather than a fact to know.
  if (followsFromOthers(token, tokens, plain)) return true;
  // `失败的数量为 ____` → 0: none is logic, not knowledge.
  if (token.value === 0 && !token.unit) return true;
  if (isProductVersion(text, token) || layerNamed(text, token) || layerOfNetwork(text, token)) return true;
  // `In 2014 they open-sourced it`, `2013 年 3 月`: when something happened is history trivia.
  if (isYear(token)) return true;
  if (/^(?:月|日|号)$/u.test(token.unit) || /^\s*(?:月|日|号)/u.test(after.slice(0, 2))) return true;
  // `在版本 ____ 中默认禁用…在版本 2 中默认启用`, `phase 1 … phase 2`: a number that counts along with the one beside it.
  if (Number.isInteger(token.value) && token.value < 10 && countsAlong(plain, before, token.value)) return true;
  // `· [Workloads] · target 2 min`: the time a drill gives itself, one course's pacing.
  if (/\b(?:target|goal|aim|budget)\s*[:：]?\s*$|目标(?:时间|用时)?\s*[:：]?\s*$/iu.test(before.slice(-12))) return true;
  // `Lesson 09`, `Module 3`, `第 5 课`: where the course puts it, its layout, not a fact.
  if (/\b(?:lesson|module|chapter|section|part|day|week|unit|episode|lecture)\s*#?\s*$/i.test(before.slice(-12)) || (/第\s*$/u.test(before.slice(-3)) && /^\s*[课章节讲天周篇]/u.test(after))) return true;
  // `几十个`: "a few dozen", a way of speaking.
  if (/几\s*$/u.test(before.slice(-2))) return true;
  // `fails with 502 or 503 errors`: one of alternatives the sentence lists side by side.
  if (/^\s*(?:or|and|或|或者|和|\/)\s*\d/iu.test(after)) return true;
  if (/\d\s*[a-z%]{0,3}\s*(?:or|and|或|或者|和|\/)\s*$/iu.test(before.slice(-12))) return true;
  // `____ nodes → quorum of 2`: a value the arrow maps to one shown; the blank is worked out, not known.
  if (/^[^→>]{0,16}(?:→|->|=>)\s*[^\d]{0,16}\d/u.test(after)) return true;
  if (/\d[^→>\d]{0,16}(?:→|->|=>)[^\d→>]{0,16}$/u.test(before.slice(-40))) return true;
  // `<镜像1> [<镜像2> ...]`: a placeholder's number in a command's syntax.
  if (/<[^<>\s]{0,12}$/u.test(before) && /^[^<>\s]{0,12}>/u.test(after)) return true;
  // `(1. Services and 2. Pods)`: a number the sentence counts its own items with, the next one beside it.
  if (/^[.)）、]\s*\S/u.test(textAfter) && new RegExp(`(?<![\\d.])${token.value + 1}[.)）、]\\s*\\S`, 'u').test(textAfter)) return true;
  if (/^[.)）、]\s*\S/u.test(textAfter) && token.value > 1 && new RegExp(`(?<![\\d.])${token.value - 1}[.)）、]\\s*\\S`, 'u').test(textBefore)) return true;
  // `5️⃣ Secure Supply Chain`: a keycap is a list's number, drawn.
  if (/^[\uFE0F]?\u20E3/u.test(textAfter)) return true;
  // `Base 64`, `base32`: an encoding's name, whose made-up neighbours (`Base 74`) are no choices.
  if (/\bbase\s*$/i.test(before.slice(-6))) return true;
  // `-Xms512m -Xmx512m … 使用 512 MB`: the figure written elsewhere in the sentence, glued to letters.
  if (token.value >= 10 && Number.isInteger(token.value) && (plain.match(new RegExp(`(?<![\\d.])${token.value}(?![\\d.])`, 'g')) ?? []).length > 1) return true;
  // `(10^6 bytes)`: a power, read off the unit.
  if (/^\s*\^/.test(after)) return true;
  if (/\^\s*$/.test(before)) return true;
  // `CronJob三种并发策略`: a short title that counts the list under it.
  if (token.script === 'han' && /^[\sA-Za-z0-9._-]{0,20}$/.test(before) && /^\s*\p{Script=Han}{1,8}\s*$/u.test(after)) return true;
  // `10,000 writes/sec[单实例每秒 1000 次写操作]`: the figure said twice, once with a zero more,
  // in a line and its gloss; which one is right is the note's slip, not a fact to fill in.
  if (token.value >= 100 && figuresIn(plain).some((value) => value >= 100 && value !== token.value && figure(value) === figure(token.value))) return true;
  // `port 2379 for clients and port 2380 for peers`: a port beside its neighbour is read off it.
  if (isPort(plain, token) && tokens.some((o) => o !== token && o.value >= 100 && Math.abs(o.value - token.value) <= 10)) return true;
  // `这个容器用了 8000 端口`: a port no component is known by is the lab's choice, unless it is a default.
  if (isPort(plain, token) && !WELL_KNOWN_PORTS.includes(token.value) && !/默认|default/i.test(plain)) return true;
  // `两个容器中`, `master的三个镜像`: a small count in words is the prose's, unless it states a limit or a default
  // (a layer, `三层网络`, or a number of kinds, `其他两种探针`, is a fact of the field).
  if (token.script === 'han' && token.value <= 5 && /^(?:个|次|台|件|份|条|项|步|)$/u.test(token.unit) && !LIMIT_WORDS.test(plain)) return true;
  // `引发 50 个告警`, `要记 5 个不同的 IP`: so is a count in digits of things the story has.
  // (`每个复制组由 1 个主节点`: one per group is a rule of the design, and stays.)
  if (token.script === 'arabic' && token.value >= 2 && token.value <= 100 && /^(?:个|次|台|件|份|条|项|步)$/u.test(token.unit) && !LIMIT_WORDS.test(plain) && !/每/u.test(plain)) return true;
  // `Layer ____ (Application Layer)`, `第 ____ 层（应用层）`: the layer's name beside it says its number.
  if (isOsiLayer(plain, token) && /^\s*\S{0,3}\s*[(（]\s*(?:(?:application|presentation|session|transport|network|data ?link|physical)\s+layer|(?:应用|表示|会话|传输|网络|数据链路|物理)层)/iu.test(after)) return true;
  // `____以太网帧`, `常规的____路由`, `L____ frames`: what follows the layer is what makes it that layer (frames are
  // layer 2, routing is layer 3, ports layer 4, HTTP layer 7), so the blank is read off the next word.
  if (isOsiLayer(plain, token) && /^\s*(?:层\s*)?(?:的\s*)?(?:以太网|帧|MAC|路由|IP\b|TCP|UDP|端口|HTTP|ethernet|frames?\b|mac\b|rout(?:e|es|ing)\b|ip\b|tcp|udp|ports?\b|http)/iu.test(after)) return true;
  // `Requires only 512MB RAM`, `A minimum of 2GB RAM is required`: one tool's system requirements, which its next release changes.
  if (/^(?:[KMGT]i?B?|[KMGT]i)$/.test(token.unit) && /requir|minimum|at least|最低|至少需要|配置要求/i.test(plain) && /RAM|memory|disk|内存|磁盘/i.test(plain)) return true;
  // `Cluster API creates 5 new nodes`, `4 Pod objects exist`: the objects one example makes, counted.
  if (token.script === 'arabic' && !token.unit && token.value >= 2 && token.value <= 100 && /^\s*(?:new\s+)?(?:[A-Z]?[a-z]+\s+)?[A-Za-z]+s\b/.test(after) && !/^\s*(?:seconds|minutes|hours|days|weeks|months|years|milliseconds|times|bytes)\b/i.test(after) && STORY_VERB.test(plain) && !LIMIT_WORDS.test(plain)) return true;
  // `请求 → Ingress → Service，两层分工`: a count of the stages the arrows just drew.
  if (token.script === 'han' && /→|->|=>/.test(plain)) return true;
  // `每隔约 10 秒`, `about 40s`: an approximate value, which its neighbours fit as well.
  if (APPROXIMATE.test(before.slice(-10))) return true;
  if (/^\s*\S{0,3}?左右/u.test(after)) return true;
  // `先看前四种`, `下面介绍三种`: how many the note is about to look at is its plan, not a fact.
  if (token.script === 'han' && /(?:先看|先讲|先介绍|来看|下面介绍|接下来介绍|介绍)(?:一下)?前?\s*$/u.test(before.slice(-8))) return true;
  // `There are also 2 new types expected`: how many of something a sentence counts is its wording, not a fact.
  if (/\bthere (?:are|is|were|will be)(?: also| only| now)?\s*$/i.test(before.slice(-24))) return true;
  // `是否启用慢查询日志，可设置为0，____`: the other value of a switch, once the first is said.
  // (`设为 true 或 ____`, `false or ____`: the boolean's number beside its word.)
  if ((token.value === 1 && /(?:^|[^\d.])0\s*[，,、/或]\s*$/u.test(textBefore.slice(-8))) || (token.value === 0 && /^\s*[，,、/或]\s*1(?![\d.])/u.test(textAfter))) return true;
  if ((token.value === 1 || token.value === 0) && /\b(?:true|false)\s*(?:[，,、/或]|or)\s*$/iu.test(textBefore.slice(-12))) return true;
  // `两次探测之间`, `两次健康检查的间隔`: "between two", a phrase, not a count to know.
  if (token.value === 2 && /^\S{0,8}?(?:之间|中间|的?间隔)/u.test(after)) return true;
  if (shownAsPercent(text, token)) return true;
  // `ndots to ____, so a name with fewer than five dots…`: the figure spelt out elsewhere in the sentence.
  if (token.script === 'arabic' && token.value >= 2 && token.value <= 12 && Number.isInteger(token.value) && new RegExp(`\\b${NUMBER_WORDS[token.value]}\\b`, 'i').test(plain)) return true;
  // `The default is ____, which means the collector runs at "twice" the speed`: a multiple the sentence says in words
  // gives the figure (2, or 200 for a percentage), as `两倍`, `翻倍` do.
  const multiple = /\b(?:twice|double[sd]?)\b|两倍|双倍|翻倍|翻一番/iu.test(plain) ? 2 : /\b(?:three times|triple[sd]?)\b|三倍/iu.test(plain) ? 3 : 0;
  if (multiple && (token.value === multiple || token.value === multiple * 100)) return true;
  // `maxSkew ____ means no domain has more than one extra Pod`: a one the sentence says in words (`one` alone is too common to count).
  if (token.script === 'arabic' && token.value === 1 && /\b(?:more than|at most|only|exactly|just) one\b|\bone (?:extra|more|additional)\b/i.test(plain)) return true;
  // `修改源码后…生成____的证书`, `after patching the source, certificates last ____`: whatever value the author wrote in.
  if (/修改(?:源码|代码|源代码)后|改(?:源码|代码)后|\bafter (?:patching|changing|editing|modifying) the (?:source|code)\b/iu.test(plain)) return true;
  // `(10s → 20s → … → 5m cap)`: a value of a sequence whose next or last one is shown sets its pattern.
  if (/^\s*[a-zµ]{0,3}\s*(?:→|->|=>|⇒)\s*\d/iu.test(textAfter)) return true;
  if (/\d\s*[a-zµ]{0,3}\s*(?:→|->|=>|⇒)\s*$/iu.test(textBefore.slice(-16))) return true;
  // `2～5台`, `~2–8 GiB`: an end of a rough range (a range of valid values, `30000-32767`, `0 到 100`, is a fact).
  if (/^\s*[a-z%]{0,3}\s*[~～]\s*\d/iu.test(textAfter) || /\d\s*[a-z%]{0,3}\s*[~～]\s*$/iu.test(textBefore.slice(-12))) return true;
  if (/(?:[~≈～]|约|大约|\b(?:about|around|roughly|approximately))\s*\d+(?:\.\d+)?\s*[a-z%]{0,3}\s*[–—-]\s*$/iu.test(textBefore.slice(-24))) return true;
  if (/(?:[~≈～]|约|大约|\b(?:about|around|roughly|approximately))\s*$/iu.test(textBefore.slice(-14)) && /^\s*[a-z%]{0,3}\s*[–—-]\s*\d/iu.test(textAfter)) return true;
  // `99% of the time`: a way of speaking, not a measured figure.
  if (token.unit === '%' && /^\s*(?:of (?:the )?(?:time|cases)|的(?:时间|情况))/iu.test(after)) return true;
  // `Took 2 hours`, `the cryptominer ran for 3 days`: a figure of a story told, unless the
  // sentence says it is a default, a limit, a rule or a count of kinds.
  if (TELLS_A_STORY.test(plain) && !saysWhatKindOfFigure(plain, token)) return true;
  // `10800 seconds (3 hours)`: the same value in other units right beside the blank.
  if (/^\s*[a-z\u4e00-\u9fff]{0,8}\s*[(（]\s*[~≈约]?\s*\d/iu.test(textAfter)) return true;
  if (/\d[a-z\u4e00-\u9fff\s]{0,10}[(（]\s*[~≈约]?\s*$/iu.test(textBefore.slice(-24))) return true;
  return false;
}

/** `8.docker client 端接收到…`: a list's number written again at the head of its item. */
const LEADING_NUMBER = /^\s*\d{1,2}[.、]\s*(?=[^\d\s])/u;

/** The best number to blank in `written`, or null. `around` is what else the prompt shows. */
function numberBlank(written: string, around: readonly string[]): Blank | null {
  const text = written.replace(LEADING_NUMBER, '');
  const tokens = findNumbers(text);
  // Read as simplified Chinese for the tests (same length, so the tokens' places hold).
  const plain = asSimplified(text);
  // `由于 replicas为4，…总数在 3 到 5 之间`: a sentence that sets a field works out the example's numbers.
  if (SETS_A_FIELD.test(plain)) return null;
  // Numbers the prompt shows elsewhere, glued inside names too (`hugepages-2Mi` shows the 2).
  const shown = new Set(around.flatMap((a) => [...findNumbers(a).map((t) => t.value), ...(a.match(/\d+(?:\.\d+)?/g) ?? []).map(Number)]));
  // Whether the sentence (or the name the prompt shows, `Default timeout`) calls its figures standard values: once for all of them.
  const saysStandard = STANDARD_VALUE.test(plain) || around.some((a) => STANDARD_VALUE.test(a));
  const usable = tokens.filter((token) => !isUnfairNumber(token, text, plain, tokens, shown, around, saysStandard));
  // `退出码 137` over `（____ 加 9）`: the blank is the sum or difference of two numbers shown.
  const visible = [...new Set([...shown, ...tokens.map((t) => t.value)])];
  const arithmetic = (value: number) =>
    visible.some((a, i) => visible.some((b, j) => i !== j && a !== value && b !== value && (a + b === value || a - b === value)));
  // `backend 1 → frontend ____ → ingress 3`: a step of a run whose neighbours are both shown.
  // `10 s, ____, 40 s` doubling: a step of a geometric run whose neighbours are both shown.
  // `10 s、20 s、____`: the next of a run whose two before it are shown, doubling or by a step.
  const inRun = (t: NumberToken) =>
    (!t.unit && t.decimals === 0 && visible.includes(t.value - 1) && visible.includes(t.value + 1)) ||
    (t.value > 0 && visible.includes(t.value / 2) && (visible.includes(t.value * 2) || visible.includes(t.value / 4))) ||
    visible.some((a) => a > 0 && a < t.value && 2 * a - t.value > 0 && visible.includes(2 * a - t.value));
  // `300 (default)` over `waits ____ minutes`: the figure shown in another unit (seconds and minutes, hours and days).
  const converted = (t: NumberToken) => [...shown].some((value) => sameInOtherUnit(t.value, value));
  const ranked = [...usable].filter((t) => !(shown.size > 0 && arithmetic(t.value)) && !converted(t) && !inRun(t) && !SAID_BY_THE_SENTENCE.some((said) => said(plain, t))).sort((a, b) => salience(b) - salience(a) || a.index - b.index);
  // `AlmaLinux ____`: a name and a number say nothing; a statement has a few words around its blank.
  const words = text.replace(/\p{Script=Han}/gu, ' x ').split(/\s+/).filter((w) => /[\p{L}]/u.test(w)).length;
  if (words < 3) return null;
  for (const token of ranked) {
    const blanked = text.slice(0, token.index) + BLANK + text.slice(token.index + token.text.length);
    if (meaningfulWidth(blanked) >= MIN_CONTEXT_WIDTH) return { kind: 'number', token, text, blanked };
  }
  return null;
}

/** `0为正，____为负`, `1 means on, ____ means off`: one of a pair of bits, the other given beside it. */
function otherBitGiven(plain: string, token: NumberToken): boolean {
  if (token.value !== 0 && token.value !== 1) return false;
  const other = String(1 - token.value);
  return new RegExp(`(?<![\\d.])${other}(?![\\d.])`).test(plain.slice(0, token.index) + plain.slice(token.index + token.text.length));
}

/** `Layer ____ (HTTP)`, `port ____ (e.g., MySQL)`: a protocol or a server named in brackets right after the figure, which says which it is. */
const PROTOCOL_GLOSS = /^\s*[(（]\s*(?:e\.g\.,?\s*|如\s*)?(?:HTTPS?|HTTP\/2|TCP|UDP|IP|ICMP|gRPC|TLS|SSL|SSH|DNS|SMTP|FTP|MySQL|PostgreSQL|Redis|MongoDB|LDAP|NFS)(?:\s*[/,、]\s*(?:HTTPS?|TCP|UDP|IP|gRPC|TLS|SSL))*\s*[)）]/iu;

function glossedNext(plain: string, token: NumberToken): boolean {
  return PROTOCOL_GLOSS.test(plain.slice(token.index + token.text.length, token.index + token.text.length + 40));
}

/** Figures the sentence itself gives away or does not state as a fact: none of them is blanked. */
const SAID_BY_THE_SENTENCE: readonly ((plain: string, token: NumberToken) => boolean)[] = [saidAsEvery, countedNext, oneBySingular, betweenTwo, exampleValue, glossedNext, otherBitGiven];

/**
 * `类似"热门前10查询"、"频率最高前100"等`, `only 10 goroutines vs potentially 100`: a number in an example, said
 * in quotes or after the words that bring one in, is the example's, no fact to recall.
 */
function exampleValue(plain: string, token: NumberToken): boolean {
  const before = plain.slice(Math.max(0, token.index - 30), token.index);
  const clause = before.split(/[。；;.!?！？]/u).pop() ?? '';
  const quoted = /["“「'‘][^"”」'’]*$/u.test(before) && /^[^"”」'’]*["”」'’]/u.test(plain.slice(token.index + token.text.length, token.index + token.text.length + 30));
  return quoted || /类似|例如|比如|譬如|假如|假设|\b(?:e\.g\.|for example|for instance|such as|potentially|say)(?![a-z])/iu.test(clause);
}

/** `任意____间的最短路径`, `between any ____ nodes`: what lies between is between two. */
function betweenTwo(plain: string, token: NumberToken): boolean {
  if (token.value !== 2) return false;
  const before = plain.slice(Math.max(0, token.index - 12), token.index);
  const after = plain.slice(token.index + token.text.length, token.index + token.text.length + 12);
  return /^\s*\p{Script=Han}{0,4}\s*(?:之)?间/u.test(after) || /\bbetween\s+(?:any\s+|the\s+|every\s+)?$/i.test(before);
}

/** `at least ____ interface`: a singular noun after the blank says it is one. */
function oneBySingular(plain: string, token: NumberToken): boolean {
  if (token.value !== 1 || token.unit || token.script !== 'arabic') return false;
  const next = /^\s+([a-z]+)\b/.exec(plain.slice(token.index + token.text.length))?.[1];
  return next !== undefined && !/s$/.test(next) && !/^(?:of|to|and|or|in|on|at|per|for|the|a|an|is|are|was|by|from|with|more|less|minute|second|hour|day|core|cpu|replica)$/.test(next);
}

/** `有____默认 AllAlpha， AllBeta 特征`: a count whose items the sentence goes on to name is counted by the reader. */
function countedNext(plain: string, token: NumberToken): boolean {
  if (!/^(?:个|种|类|项|kinds?|types?)$/i.test(token.unit)) return false;
  const after = plain.slice(token.index + token.text.length, token.index + token.text.length + 60);
  // (`三个Node，minikube…` counts the Node that follows; a list starts after a word of its own, `默认`, `类型：`.)
  return /^\s*\p{Script=Han}{1,8}\s*[：:]?\s*[A-Za-z][\w.-]*\s*[，、,]\s*[A-Za-z][\w.-]*/u.test(after);
}

/** `证书时间是____（…期望每年更新一次…）`: one of a unit the sentence also says as "every year" is given away. */
function saidAsEvery(plain: string, token: NumberToken): boolean {
  if (token.value !== 1 || !token.unit) return false;
  const unit = token.unit.toLowerCase().replace(/s$/, '');
  const every: Record<string, RegExp> = {
    年: /每年|每一年|年度/u,
    year: /\b(?:every|per|each) year\b|\b(?:yearly|annual(?:ly)?)\b/i,
    月: /每月|每个月/u,
    个月: /每月|每个月/u,
    month: /\b(?:every|per|each) month\b|\bmonthly\b/i,
    天: /每天|每日/u,
    日: /每天|每日/u,
    day: /\b(?:every|per|each) day\b|\bdaily\b/i,
    周: /每周|每个星期/u,
    week: /\b(?:every|per|each) week\b|\bweekly\b/i,
    小时: /每小时|每个小时/u,
    hour: /\b(?:every|per|each) hour\b|\bhourly\b/i,
  };
  return every[unit]?.test(plain) ?? false;
}

/** The reason phrases of HTTP status codes, as they follow the code. */
const STATUS_NAME = /^\s*(?:OK|Created|Accepted|No Content|Moved Permanently|Found|Not Modified|Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Conflict|Gone|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Timeout)\b/i;

/** `____ (Container Storage Interface)`: the expansion beside the blank spells the answer. */
function spelledNextToBlank(blanked: string, span: string): boolean {
  const after = blanked.slice(blanked.indexOf(BLANK) + BLANK.length);
  const paren = /^\s*[(（]([^)）]{3,60})[)）]/.exec(after);
  if (!paren) return false;
  const initials = (paren[1] as string).split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w)).map((w) => (w[0] as string).toLowerCase()).join('');
  const letters = span.replace(/[^A-Za-z]/g, '').toLowerCase();
  return letters.length >= 2 && initials.startsWith(letters.slice(0, 2));
}

/** A stressed name (`leader`, `etcd`, `Pause 容器`), not a phrase (`会话信息或数据状态`): names have wrong answers of their kind. */
function isStressedName(span: string): boolean {
  const t = span.trim();
  if (/\p{Script=Han}/u.test(t)) return [...t].length <= 8 && !/[或和与及的，,、；;]/.test(t);
  return t.split(/\s+/).length <= 3 && t.length <= 30 && !/[,;]/.test(t);
}

/** The field's own names (`kubernetes`, `Docker`): a list naming them (CoreDNS plugins) makes odd siblings. */
const UMBRELLA = /^(?:kubernetes|k8s|docker|linux|containers?|cloud|容器|集群|云)$/i;

function boldBlank(text: string, spans: readonly string[], owners: readonly string[], around: readonly string[], listed: (span: string) => boolean): Blank | null {
  for (const span of spans) {
    if (!isStressedName(span) || !listed(span) || UMBRELLA.test(span.trim())) continue;
    const key = keyOf(span);
    if (!key || owners.includes(key) || occurrences(text, span) !== 1) continue;
    if (around.some((a) => containsKey(a, span))) continue;
    const blanked = text.replace(span, BLANK);
    if (containsKey(blanked, span) || meaningfulWidth(blanked) < MIN_CONTEXT_WIDTH) continue;
    // `The ____ is the only component… go through the API server`: a long part of the name (`apiserver`) said in other spacing.
    if (span.split(/[-_.\s/]+/).some((part) => part.length >= 6 && containsKey(blanked, part))) continue;
    if (spelledNextToBlank(blanked, span)) continue;
    return { kind: 'bold', span, text, blanked };
  }
  return null;
}

/** HTTP status codes a backend person meets. */
const HTTP_STATUSES = [200, 201, 204, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 409, 429, 500, 502, 503, 504];
/** A family of values with its own wrong answers: when it `holds` for a blank, the choices come from `values` (`near` ones first). */
interface ValueFamily {
  holds: (text: string, token: NumberToken) => boolean;
  values: readonly number[];
  near?: (value: number, answer: number) => boolean;
}

const wholeNumber = (token: NumberToken): boolean => !token.unit && token.decimals === 0;

const VALUE_FAMILIES: readonly ValueFamily[] = [
  // Exit codes a shell or a runtime reports, never above 255.
  { holds: (text, t) => wholeNumber(t) && t.value <= 255 && /退出码|退出状态|exit (?:code|status)/i.test(text), values: [1, 2, 126, 127, 128, 130, 137, 139, 143, 255] },
  // HTTP statuses a backend person meets, of the same class first (`401` beside 403, 404).
  {
    holds: (text, t) => wholeNumber(t) && HTTP_STATUSES.includes(t.value) && /http|状态码|status|响应|返回|response|error/i.test(text),
    values: HTTP_STATUSES,
    near: (v, answer) => Math.floor(v / 100) === Math.floor(answer / 100),
  },
  // The OSI layers that matter.
  { holds: (text, t) => isOsiLayer(text, t), values: [2, 3, 4, 7] },
];
/** Ports every web app listens on: in a note, the example's choice. */
const WEB_PORTS = [80, 443, 3000, 5000, 8080, 8443];
/** Ports a Kubernetes or backend person meets: a port's wrong answers are ports, never `40` or `160` for 80. */
const WELL_KNOWN_PORTS = [22, 53, 80, 443, 2379, 2380, 3000, 3306, 4789, 5000, 5432, 5601, 6379, 6443, 8080, 8443, 8472, 9090, 9093, 9100, 9200, 10250, 10251, 10252, 10255, 10256, 10257, 10259];
/**
 * Ports that do one job, either of which a careful person could defend: VXLAN on 4789 (IANA) or
 * 8472 (the Linux and Flannel default); the API server on 6443 or, behind the `kubernetes`
 * Service, 443; etcd's clients on 2379 or the old 4001. One is never a wrong answer for the other.
 */
const TWIN_PORTS: readonly (readonly number[])[] = [[4789, 8472], [6443, 443], [2379, 4001]];

function twinOf(port: number): readonly number[] {
  return TWIN_PORTS.find((twins) => twins.includes(port)) ?? [port];
}

/** `80 端口`, `port 6443`, `端口号为 2379`: the number is a port. */
function isPort(text: string, token: NumberToken): boolean {
  return /^\s*(?:端口|号?端口|\/(?:tcp|udp)\b|ports?\b)/i.test(text.slice(token.index + token.text.length)) || /(?:端口号?(?:是|为)?|\bports?(?: number)?(?: is)?)\s*$/i.test(text.slice(Math.max(0, token.index - 12), token.index));
}
/** `layer 7`, `L4`, `第 7 层`: a layer of the OSI model, whose wrong answers are the other layers that matter. */
/** The OSI layers by their names, in both languages: `应用层` is layer 7 whatever number is blanked. */
const LAYER_NAMES: readonly [number, RegExp][] = [
  [7, /应用层|application[\s-]layer/i],
  [4, /传输层|transport[\s-]layer/i],
  [3, /网络层|network[\s-]layer/i],
  [2, /数据链路层|data[\s-]link[\s-]layer/i],
];

/**
 * `需要额外配置VTEP和____网络`: a layer's network named by number alone, with nothing in the sentence
 * (a frame, an address, a route, a protocol) to say which: an overlay is a layer-2 network carried on a
 * layer-3 one, and either reading holds.
 */
function layerOfNetwork(text: string, token: NumberToken): boolean {
  const after = text.slice(token.index + token.text.length);
  return isOsiLayer(text, token) && /^\s*(?:层\s*)?(?:网络|networks?\b)/iu.test(after) && !/IP\b|MAC|BGP|ARP|以太网|帧|路由|交换|报文|数据包|TCP|UDP|HTTP|frames?\b|packets?\b|rout(?:e|es|ing|ers?)\b|switch|address/iu.test(text);
}

/** A layer blanked in a sentence that names it: `在应用层…实现____负载均衡`. */
function layerNamed(text: string, token: NumberToken): boolean {
  return isOsiLayer(text, token) && LAYER_NAMES.some(([n, name]) => n === token.value && name.test(text));
}

function isOsiLayer(text: string, token: NumberToken): boolean {
  if (token.decimals > 0 || token.value < 1 || token.value > 7) return false;
  // `四层扩展`, `7 层`: a layer written with its counter too.
  return /\blayer[\s-]*$/i.test(text.slice(Math.max(0, token.index - 8), token.index)) || token.unit === '层' || (token.script === 'arabic' && /^\s*层/u.test(text.slice(token.index + token.text.length)));
}

/**
 * Which values keep `answer` a bound of the range the text draws (`from ____ to 399`: below 399), or
 * within a limit it states in the answer's unit (`默认值是____，最大值是50%`: at most 50), a percentage within
 * 100; any value where there is none.
 */
export function rangeFit(text: string, answer: NumberToken): (value: number) => boolean {
  const after = text.slice(answer.index + answer.text.length);
  const before = text.slice(0, answer.index);
  // (`at least ____ and less than 400` draws the same range in words.)
  const upper = /^\s*[a-z%]{0,3}\s*(?:to|到|至|~|～|–|-|and (?:less than|below|under)|且小于)\s*(\d+(?:\.\d+)?)/iu.exec(after);
  if (upper) return (value) => value < Number(upper[1]);
  const lower = /(\d+(?:\.\d+)?)\s*[a-z%]{0,3}\s*(?:to|到|至|~|～|–|-)\s*$/iu.exec(before);
  if (lower) return (value) => value > Number(lower[1]);
  // `the percentage of rows…will have ____ in this field`: a percentage is never more than 100.
  const percent = answer.unit === '%' || (!answer.unit && answer.value <= 100 && /\bpercent(?:age)?s?\b|百分比|百分之/iu.test(text));
  const inPercent = (value: number): boolean => !percent || (value >= 0 && value <= 100);
  if (!answer.unit) return inPercent;
  const rest = `${before} ${after}`;
  const stated = (words: string): number | undefined => {
    const limit = new RegExp(`(?:${words})\\s*(?:是|为|is|of)?\\s*(\\d+(?:\\.\\d+)?)\\s*${escapeRegExp(answer.unit)}`, 'iu').exec(rest);
    return limit ? Number(limit[1]) : undefined;
  };
  const most = stated('最大值?|最多|上限|不超过|不能超过|maximum|max|at most|up to');
  const least = stated('最小值?|最少|至少|下限|不少于|minimum|min|at least');
  return (value) => inPercent(value) && (most === undefined || value <= most) && (least === undefined || value >= least);
}

/** Units that count things (`个`, `条`, none), not measure them. */
const COUNTED = /^(?:|个|项|条|种|次|字符|characters?|chars?|items?)$/i;

function numberChoices(blank: Extract<Blank, { kind: 'number' }>, origin: Origin, ctx: GenContext, rng: Random): string[] {
  const answer = blank.token;
  // Never a value the sentence shows, nor the twin of a port that does the same job.
  const notOffered = new Set(findNumbers(blank.text).map((t) => t.value));
  // (`命名端口…用 https 替代了之前的 443`: a known port in a sentence about ports is one, next to the word or not.)
  const port = !answer.unit && answer.decimals === 0 && WELL_KNOWN_PORTS.includes(answer.value) && (isPort(blank.text, answer) || /端口|\bports?\b/i.test(blank.text));
  if (port) for (const twin of twinOf(answer.value)) notOffered.add(twin);
  // `from ____ to 399`, `30000 到 ____`: a bound of a range is offered only values that keep it a range.
  const fits = rangeFit(blank.text, answer);
  // An exit code, an HTTP status or an OSI layer is offered among its own family, never `755` or `14`.
  const family = VALUE_FAMILIES.find((f) => f.holds(blank.text, answer));
  if (family) {
    const others = family.values.filter((v) => v !== answer.value && !notOffered.has(v) && fits(v));
    const near = family.near ? others.filter((v) => family.near?.(v, answer.value)) : [];
    return rng.sample(near.length >= WANT_DISTRACTORS ? near : others, WANT_DISTRACTORS).map((v) => formatLike(answer, v));
  }
  const digits = (v: number): number => String(Math.round(v)).length;
  // A power of two (`2048` bits) among powers of two.
  const power = isPowerOfTwo(answer.value) && answer.value >= 64;
  // A port among ports: the notes' own well-known ones first, then the nearest of the rest (`80` among 22, 443, 8080).
  const lang = detectLang(answer.text);
  const seen = new Set<number>();
  const candidates: Candidate[] = [];
  // A year among years, a port among ports: `2015` is never offered `5000`, nor `6443` offered `2013`.
  const year = isYear(answer);
  for (const { token, origin: from } of ctx.pool.numbers) {
    if (!sameKind(answer, token) || notOffered.has(token.value) || seen.has(token.value)) continue;
    if (port && !WELL_KNOWN_PORTS.includes(token.value)) continue;
    if (!port && !answer.unit && answer.script === 'arabic' && digits(token.value) !== digits(answer.value)) continue;
    // `5000 个` is never offered `4 个`: a wrong answer of about the same size.
    if (answer.script === 'arabic' && Math.abs(digits(token.value) - digits(answer.value)) > 1) continue;
    // Nor `1 个小版本` offered `39 个`: a small count's wrong answers are small counts.
    if (!port && answer.unit !== '%' && answer.value >= 1 && answer.value <= 10 && token.value > 4 * answer.value + 4) continue;
    // Nor `60 个字符` offered `3 个`: a larger count's wrong answers are within a factor of four of it
    // (durations and sizes keep theirs: 100 ms and 1000 ms are the two etcd timers people mix up).
    if (!port && COUNTED.test(answer.unit) && answer.value > 10 && (token.value * 4 < answer.value || token.value > answer.value * 4)) continue;
    if (isYear(token) !== year) continue;
    if (!fits(token.value) || (power && !isPowerOfTwo(token.value))) continue;
    // `0 秒` among heartbeat intervals: none of a duration or a size is no plausible value (as neighbours never give it).
    if (token.value <= 0 && answer.value > 0 && answer.unit && answer.unit !== '%') continue;
    // `1.26` among Kubernetes versions, not a kernel's `4.19`; a bare number only from the same note.
    if (answer.decimals > 0 && Math.trunc(token.value) !== Math.trunc(answer.value)) continue;
    if (!port && !answer.unit && answer.script === 'arabic' && from.file !== origin.file) continue;
    seen.add(token.value);
    const text = formatLike(answer, token.value);
    candidates.push(candidate(text, from, [], lang));
  }
  const picked = pickDistractors({ answer: answer.text, origin, candidates, want: WANT_DISTRACTORS, rng });
  const keys = new Set([keyOf(answer.text), ...picked.map(keyOf)]);
  const near = port
    ? WELL_KNOWN_PORTS.filter((v) => v !== answer.value).sort((a, b) => Math.abs(Math.log(a / answer.value)) - Math.abs(Math.log(b / answer.value)))
    : neighbours(answer);
  for (const value of near) {
    if (picked.length >= WANT_DISTRACTORS) break;
    const text = formatLike(answer, value);
    if (notOffered.has(value) || keys.has(keyOf(text)) || !fits(value)) continue;
    keys.add(keyOf(text));
    picked.push(text);
  }
  return picked;
}

/** Terms of the collection by key, and the terms of each bank: whose siblings a stressed name has. */
interface Lists {
  banksOf: Map<string, Set<string>>;
  termsOf: Map<string, Candidate[]>;
}

const listsCache = new WeakMap<Pool, Lists>();

function listsOf(pool: Pool): Lists {
  let lists = listsCache.get(pool);
  if (!lists) {
    lists = { banksOf: new Map(), termsOf: new Map() };
    for (const c of pool.terms) {
      const banks = lists.banksOf.get(c.key) ?? new Set<string>();
      banks.add(c.origin.bankId);
      lists.banksOf.set(c.key, banks);
      const terms = lists.termsOf.get(c.origin.bankId) ?? [];
      terms.push(c);
      lists.termsOf.set(c.origin.bankId, terms);
    }
    listsCache.set(pool, lists);
  }
  return lists;
}

/** A stressed name the notes list somewhere (`containerd` among the runtimes): it has siblings to be confused with. */
function isListed(pool: Pool, span: string): boolean {
  return listsOf(pool).banksOf.has(keyOf(span));
}

/**
 * Wrong answers for a bold blank: the siblings of the stressed name in the lists that name it
 * (`CRI-O`, `Docker` for `containerd`), so they are the same kind of thing; never the subject,
 * never one the sentence shows.
 */
function boldChoices(blank: Extract<Blank, { kind: 'bold' }>, origin: Origin, ctx: GenContext, rng: Random, subject: readonly string[]): string[] {
  const lists = listsOf(ctx.pool);
  const spanKey = keyOf(blank.span);
  const subjectKeys = new Set(subject.map(keyOf));
  const siblings = [...(lists.banksOf.get(spanKey) ?? [])].flatMap((bankId) => lists.termsOf.get(bankId) ?? []);
  const accept = (c: Candidate) =>
    c.key !== spanKey &&
    !c.owners.includes(looseKey(blank.span)) &&
    !containsKey(blank.text, c.text) &&
    !subjectKeys.has(c.key) &&
    !isAspectLabel(c.text) &&
    // `Interview angle`, `include vs template.`: the note's asides and statements are no names.
    !isNonName(c.text) &&
    !isSentence(c.text);
  return pickDistractors({ answer: blank.span, origin, candidates: siblings, accept, want: WANT_DISTRACTORS, langWeight: NAME_LANG_WEIGHT, rng });
}

function build(parts: QuestionParts & { type: 'cloze' }, blank: Blank, ctx: GenContext, rng: Random, origin: Origin, subject: readonly string[]): Question | null {
  const right = blank.kind === 'number' ? blank.token.text : blank.span;
  const wrong = blank.kind === 'number' ? numberChoices(blank, origin, ctx, rng) : boldChoices(blank, origin, ctx, rng, subject);
  // Two wrong answers at least: between two choices a guess is as good as knowing.
  if (wrong.length < 2) return null;
  // `封装成一个特殊的 ____ （例如"GPU 任务模板"）` for 构建模板: the sentence says a word only the right choice has.
  if (blank.kind !== 'number' && givesAway(parts.prompt, right, wrong)) return null;
  return choiceQuestion(parts, ctx, right, wrong);
}

/** Lines of `texts` that are prose: fenced code (kept in notes with its indentation) is not. */
function proseLines(texts: readonly string[]): string[] {
  const out: string[] = [];
  let code = false;
  for (const text of texts) {
    const fences = text.match(/^\s*(?:```|~~~)/gm)?.length ?? 0;
    if (fences > 0) {
      // A note that is a whole block (fence, code, fence) leaves the state as it was.
      if (fences % 2 === 1) code = !code;
      continue;
    }
    if (!code && keyOf(text)) out.push(text);
  }
  return out;
}

/**
 * `启用cAdvisor组件…，默认端口号____` under `kubelet`: the blank's clause has no subject of its own
 * and the clause before it brings in another component, so the blank's owner is not the label.
 */
function borrowsSubject(blanked: string, owners: readonly string[]): boolean {
  const at = blanked.indexOf(BLANK);
  const clauses = blanked.slice(0, at).split(/[，,；;]/);
  const own = clauses.pop() ?? '';
  if (!/^\s*(?:默认|端口|监听|default|port|listens?)/i.test(own) || clauses.length === 0) return false;
  const before = clauses.join('，');
  const other = /([A-Za-z][\w.-]{1,30})\s*(?:组件|服务|进程|插件|\s(?:component|service|process|plugin|daemon))/.exec(before);
  return other !== null && !owners.some((o) => keyOf(o) === keyOf(other[1] as string));
}

/** `Output:`, `Example:`, `示例：`: what follows is a sample, not a fact. */
const SAMPLE_LABEL = /^(?:(?:example|sample|expected)?\s*(?:output|result)s?|examples?|samples?|expected|demo|e\.g\.?|for example|示例|例子|举例|例如|比如|范例|範例|輸出|输出|结果|運行結果|运行结果|输出示例)$/i;

/** `假设…`, `Suppose…`: a label that makes up a case. */
const SUPPOSE = /^(?:假设|假如|假定|设想|suppose|assume|assuming|imagine|let's say)/i;

/** A line of a command's output: `web-7d4b9c 1/1 Running 0 12m`. */
const OUTPUT_LINE = /\b[a-z0-9]+(?:-[a-z0-9]+)*-[a-z0-9]{5,10}\b.*\b(?:Running|Pending|Completed|Error|CrashLoopBackOff|Terminating|ContainerCreating)\b|\b\d+\/\d+\s+(?:Running|Pending|Completed)\b/;

function entryBlank(entry: TermEntry, around: readonly string[], listed: (span: string) => boolean): Blank | Rejected | null {
  const texts = proseLines([entry.detail, ...(entry.notes ?? [])]);
  // `假设希望Secret包含：用户名 admin、密码 123456`: a label that sets up a case makes its values the case's.
  if (SAMPLE_LABEL.test(entry.term.trim()) || SUPPOSE.test(entry.term.trim())) return texts.some((t) => findNumbers(t).length) ? { why: 'debris' } : null;
  // `Interview angle: recite the formula, the ±10% tolerance…`: the note talking to its reader.
  if (isNoteAside(entry.term)) return null;
  let why: RejectReason | null = null;
  const facts = texts.filter((text, n) => {
    // `Make sure: the TTL is 30 seconds`: the label can be the instruction.
    const reason =
      clozeSource(text) ?? (n === 0 && text === entry.detail ? clozeSource(`${entry.term} ${text}`) : null) ?? (OUTPUT_LINE.test(text) ? 'debris' : null);
    why ??= reason;
    return reason === null;
  });
  // `initialDelaySeconds：启动后 5 秒首次探测`: a field's number is what one manifest set, unless
  // the note says it is the default or a limit.
  const field = FIELD_NAME.test(entry.term.replace(/[`*]/g, '').trim());
  for (const text of facts) {
    // `maxUnavailable: 1 表示…`: a detail that opens with the term's value gives the note's setting.
    if (text === entry.detail && /^\s*\d/.test(text)) continue;
    if (field && !LIMIT_WORDS.test(text)) continue;
    const blank = numberBlank(text, around);
    if (blank) return blank;
  }
  if (entry.bold?.length) {
    for (const text of facts) {
      const blank = boldBlank(text, entry.bold, ownerKeys(entry), around, listed);
      if (blank) return blank;
    }
  }
  // Turned down only when a number was there to blank: a sentence without one asks nothing.
  return why && texts.some((t) => findNumbers(t).length) ? { why } : null;
}

interface Rejected {
  why: RejectReason;
}

/** What one cloze question is about: the blank, the text it names and where it lives. */
interface ClozeSpot {
  blank: Blank;
  /** The term or step the question is about (its id comes from this). */
  subject: string;
  /** Named in the prompt: `填空（kubelet）`. */
  label: string;
  /** Never offered as a wrong answer. */
  exclude: string[];
  line: number;
  explanation: string;
}

/** `Attempt 3`, `Example 2`, `Root Cause`, `Fix`, `改进2`: a walkthrough's own labels, no subject for a blank. */
function isWalkthroughLabel(label: string): boolean {
  return /\b(?:attempt|try|example|scenario|case|option|round)\s*\d+$|^(?:root cause|cause|fix|solution|symptoms?|problem|issue|workaround)$/i.test(label) || NUMBERED_OPTION.test(label);
}

/** A heading or title that names what a sentence is about: not an aspect, a sentence or scaffolding. */
function names(text: string | undefined): boolean {
  if (!text) return false;
  // `6~20个节点`, `在第一批次`: a value or a circumstance, not a thing.
  if (/^\s*\d+\s*[~～-]|^(?:在|当|如果|对于)|^(?:at|in|on|when|if)\s/i.test(text)) return false;
  const t = text.replace(/^\s*\d+(?:\.\d+)*[.)、]?\s*/, '').trim();
  if (isWalkthroughLabel(t)) return false;
  // `30s`, `Up to 250s`: a value or a moment, not a thing.
  if (/^\d|\b(?:up to|at|after|before)\s+\d|^\d+\s*\p{L}{0,3}$/iu.test(t)) return false;
  return t.length > 0 && !isAspectLabel(t) && !isSentence(t) && !isScaffoldTitle(t);
}

/** `默认是____`, `Defaults to ____`: a sentence with no subject, that opens on the value blanked. */
const OPENS_ON_ITS_VALUE = /^(?:默认(?:值)?(?:是|为)?|缺省(?:值)?(?:是|为)?|defaults? (?:to|is)|the default is|default:?)\s*_{4}/i;

/**
 * What a blank is about, for the prompt: the entry's own name, or the bank title, or the
 * nearest heading that names something (`kubelet › 默认端口`). Null when nothing does.
 */
function clozeLabel(bank: Bank, term?: string): string | null {
  const where = [bank.title, ...[...bank.path].reverse()].map(displayTitle);
  const topic = where.find((w) => names(w));
  if (term !== undefined) {
    if (names(term)) return term;
    if (isWalkthroughLabel(term.trim())) return null;
    // A value, a moment or a circumstance as a label (`30s`, `Up to 250s`, `在第一批次`) says
    // nothing of what the number is.
    if (/^\d|\b(?:up to|at|after|before)\s+\d|^(?:在|当|如果|对于)|^(?:at|in|on|when|if)\s/i.test(term.trim())) return null;
    return topic ? `${topic} › ${term}` : null;
  }
  if (!topic) return null;
  // A procedure called `Steps` says which one through its heading.
  return topic === where[0] || !bank.title.trim() ? topic : `${topic} › ${bank.title}`;
}

export function clozeDrafts(bank: Bank, ctx: GenContext): Draft[] {
  const t = templates(bank, ctx);
  const origin = originOf(bank);
  const spots: ClozeSpot[] = [];
  // The topic line above the prompt shows the headings: a number in them (`K8s 1.8 new features`) is shown;
  // so, in effect, is the product a note's file is named after (`Route53.md`): its 53 is part of a name.
  const product = /^[A-Za-z][A-Za-z-]+\s?\d+$/.exec(bank.source.file.split(/[\\/]/).pop()?.replace(/\.[a-z]+$/i, '') ?? '')?.[0];
  const shownAbove = [bank.title, ...bank.path, ...(product ? [product] : [])].map(displayTitle);
  const turnDown = (reason: RejectReason, text: string, line: number) => rejectCandidate(ctx, bank, 'cloze', reason, text, line);
  const fromSentence = (text: string, line: number, around: readonly string[]): Blank | null => {
    const reason = clozeSource(text);
    if (reason) {
      if (findNumbers(text).length) turnDown(reason, text, line);
      return null;
    }
    return numberBlank(text, around);
  };
  // `projects/week-02/backup-system/README.md`: in a lab's or a project's notes a figure is that
  // setup's (`Keeps archives for 30 days`, `2 AM`), unless the sentence says it is a default or a limit.
  const labNote = LAB_MATERIAL.test(bank.source.file);
  // `resource management/Example1.md`: a note that is one example; its quota's `maximum of 50 pods` is that example's.
  const exampleNote = EXAMPLE_FILE.test(bank.source.file);
  const setupValue = (blank: Blank): boolean => blank.kind === 'number' && (exampleNote || (labNote && !saysWhatKindOfFigure(asSimplified(blank.text), blank.token)));
  // `Clarify tenants, workload distribution and 10× case…` in every answer of every page: a template's sentence.
  const templated = (blank: Blank): boolean => {
    const answer = blank.kind === 'number' ? blank.token.text : blank.span;
    return sentencesOf(blank.text).some((s) => s.includes(answer) && ctx.pool.boilerplate.has(boilerplateKey(s)));
  };
  if (bank.kind === 'terms') {
    for (const entry of bank.entries) {
      const blank = entryBlank(entry, [entry.term, ...entry.aliases, ...shownAbove], (span) => isListed(ctx.pool, span));
      if (!blank) continue;
      if ('why' in blank || setupValue(blank) || templated(blank)) {
        turnDown('why' in blank ? blank.why : 'debris', entry.term, entry.line);
        continue;
      }
      const label = clozeLabel(bank, entry.term);
      if (!label) {
        turnDown('no-subject', entry.term, entry.line);
        continue;
      }
      spots.push({ blank, subject: entry.term, label, exclude: [entry.term, ...entry.aliases], line: entry.line, explanation: entryExplanation(entry, t) });
    }
    const label = clozeLabel(bank);
    for (const fact of bank.facts ?? []) {
      const blank = fromSentence(fact.text, fact.line, shownAbove);
      if (!blank || setupValue(blank)) continue;
      // `默认是____` (of `-#：1-9；默认是6` under `Tar 压缩`): a sentence that opens on its value says
      // not whose default it is, and the heading above it names the section, not the option (a
      // heading that is the setting's own name, `cpu.shares`, does say whose).
      if (!label || (OPENS_ON_ITS_VALUE.test(blank.blanked.trim()) && !/^[\w./-]*[._/-][\w./-]*$/.test(label))) {
        turnDown('no-subject', fact.text, fact.line);
        continue;
      }
      spots.push({ blank, subject: fact.text, label, exclude: [bank.title], line: fact.line, explanation: fact.text });
    }
  } else if (bank.kind === 'steps') {
    const label = clozeLabel(bank);
    bank.steps.forEach((step, index) => {
      const blank = fromSentence(step.text, step.line, shownAbove);
      if (!blank || setupValue(blank)) return;
      if (!label) {
        turnDown('no-subject', step.text, step.line);
        return;
      }
      spots.push({ blank, subject: step.text, label, exclude: [bank.title], line: step.line, explanation: `**${bank.title}**\n${index + 1}. ${step.text}` });
    });
  }
  return spots.flatMap((spot) => {
    if (borrowsSubject(spot.blank.blanked, spot.exclude)) {
      turnDown('no-subject', spot.subject, spot.line);
      return [];
    }
    const id = questionId(bank, spot.subject, 'cloze');
    const make = (): Question | null => {
      const parts: QuestionParts & { type: 'cloze' } = {
        id,
        type: 'cloze',
        bank,
        prompt: t.cloze(spot.label, spot.blank.blanked),
        subject: spot.subject,
        source: sourceOf(bank, spot.line),
        explanation: spot.explanation,
      };
      return build(parts, spot.blank, ctx, pickingRandom(id), origin, spot.exclude);
    };
    return [makeDraft({ id, type: 'cloze', bank, subject: spot.subject, line: spot.line }, make, ctx)];
  });
}
