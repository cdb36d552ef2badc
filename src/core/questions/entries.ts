import { asSimplified, conceptOfStem, isAdviceSection, conceptsInChinese, conceptsInWord, isAspectLabel, isCodeSymbol, isSentence, isTechnicalName, otherNameOf, readOnce, typoDistance } from '../text/index.js';
import type { TermEntry, TermsBank } from '../types.js';
import { tier } from './distractors.js';
import { LEADS_ON, picksAValue, readsAsChoice, usableDetail, type Candidate, type Origin } from './pool.js';
import { bareTitle, keyOf, looseKey, saysOnlyPraise, width } from './text.js';
import { spellsInitials } from './gate.js';
import { DESCRIBING_VERB, isComparisonTitle, isImperativeVerb, opensWithVerb, SETTING_LABEL } from '../notes/kinds.js';

// Which entries are worth a question, and what in a choice would give its answer away.
// Shared by define, identify, acronym, typed, member and multi.

/** Headings and lead-ins over aspects of one topic (`VXLAN的优点`, `Limitations`), not over things. */
const ASPECT_TITLE =
  /^(?:为什么|为何|为啥|痛点|亮点)|(?:亮点|友好点|规划|优化后|优化前)$|(?:定位|价值|选型|考量|考虑因素|意义|好处|坏处|弊端|必要性|重要性|痛点|挑战|风险|收益|优点|缺点|优势|劣势|不足|特点|特性|特征|作用|用途|功能|原理|注意事项|要点|关键点|局限性?|限制|问题|原因|场景|用例|推荐用例|区别|对比|总结|小结|说明|参数说明|属性说明|字段说明|示例|步骤|流程|坑|陷阱|易错点|注意点|常见错误|建议|建议表|表现|现象|症状)$|\b(?:advantages?|disadvantages?|benefits?|pros|cons|drawbacks?|limitations?|features?|characteristics|notes?|key points?|tips|considerations|gotchas?|pitfalls?|caveats?|constraints|failure modes?|(?:\w+ )?sizing|rules? of thumb|(?:common )?mistakes(?: to avoid)?|exam tips|tips and tricks|fixes|lessons(?: learned)?|takeaways|interview (?:angle|gold|tips?|questions?|notes?)|best practices?|use cases?|troubleshooting|issues|problems|errors|causes?|solutions?|examples?|output|expected|results?|verification|summary|overview|objectives?|goals?|requirements?|decision factors|comparison|differences?|(?:\w+ )?support|compatibility|(?:here['’]s |this is )?what happens\??|(?:expected |learning )?outcomes?|why\b.*|how\b.*)$/iu;

/** Leading marks and section numbers (`✅ 2.2.`, `3）`, `一、`, `（二）`) are layout, not part of a title. */
export function displayTitle(title: string): string {
  return bareTitle(title);
}

/**
 * A title that is an action (`查看安装结果`, `Install the chart`): a step of a lab, not a group.
 * English verbs that are also nouns in titles (`Access modes`, `Update strategies`) are left out.
 */
const ACTION_TITLE =
  /^(?:查看|安装|创建|配置|执行|使用|部署|删除|修改|设置|启动|运行|检查|添加|获取|下载|编写|编辑|读取|生成|准备|测试|验证|升级|清理|登录|打开|进入|导入|导出|构建|提交|观察|模拟)|^(?:install|create|check|view|run|use|configure|deploy|verify|remove|delete|edit|enable|disable|download|prepare|generate|expose|restore|copy|exit|clean|apply|define)(?:\s+\S|$)/iu;

export function isActionTitle(title: string): boolean {
  return ACTION_TITLE.test(displayTitle(title));
}

/**
 * A name of an aspect (`K8S的缺点`, `Key features`), alone or of something: a label, never a thing.
 * Asked of every heading and title a pool holds, many times over: worked out once per text.
 */
export const isAspectName: (text: string) => boolean = readOnce((text) => readAspectName(text));

function readAspectName(text: string): boolean {
  const title = displayTitle(asSimplified(text));
  // `Failure modes (interview gold)`: an aside in parentheses leaves the title what it was.
  const bare = title.replace(/\s*[(（][^)）]*[)）]$/u, '');
  return isAspectLabel(title) || ASPECT_TITLE.test(title) || CONDITION_TITLE.test(title) || (bare !== title && bare !== '' && ASPECT_TITLE.test(bare));
}

/** `If reason: OOMKilled`, `当节点失联时`: a case, whose list gives its causes or what to do, not things of one kind. */
const CONDITION_TITLE = /^(?:if|when|unless|in case)\b|^(?:如果|假如|若|当.{1,20}时)/iu;

/** `安装flannel`, `删除集群` among the entries: a lab's steps and symptoms written as a list, not things of one kind. */
export function holdsLabSteps(bank: TermsBank): boolean {
  // `Delete`, `Recreate` alone are values of a policy; an action with its object (`安装flannel`, `Create the Secret`) is a step.
  // Two of them at least: one (`提交索引`, commit index) may be a noun that starts like a verb.
  const steps = bank.entries.filter((e) => isActionTitle(e.term) && !/^exit\s+code/i.test(e.term) && (/\p{Script=Han}/u.test(e.term) ? [...e.term.trim()].length > 2 : /\s/.test(e.term.trim())));
  return steps.length >= 2;
}

/**
 * `Sidecar 启动策略最佳实践` over `合理设置探测参数：…`, `Best practices` over `PodDisruptionBudget: set one
 * for…`: each line is advice and its label the note's own, neither a name nor what a name means.
 */
export function givesAdvice(bank: TermsBank): boolean {
  return [bank.title, bank.path[bank.path.length - 1] ?? ''].some((label) => isAdviceSection(label)) || setsValues(bank);
}

/** `false (or true with …)`, `set to use valid certs`, `avoid AlwaysAllow`: the value a setting should have. */
const RECOMMENDED_VALUE = /^(?:true|false|yes|no|on|off|enabled?|disabled?|set (?:to|it)|should be|must be|avoid|specified in|keep (?:it )?(?:on|off|enabled|disabled))\b/i;

/** `anonymous-auth: false`, `client ca file: set to use valid certs`: a checklist of settings and their values, not names told by what they are. */
function setsValues(bank: TermsBank): boolean {
  return bank.entries.length >= 3 && bank.entries.filter((e) => RECOMMENDED_VALUE.test(e.detail.trim())).length * 2 > bank.entries.length;
}

const repeatedDetails = new WeakMap<TermsBank, Set<string>>();

/**
 * `NodePort: Expose applications outside the cluster` and the very same words under `LoadBalancer`
 * (or `cpu` and `requests.cpu`, one quota under two names): a line said of two names cannot tell
 * which one it describes, so neither is asked for by it. (Each can still be explained by it.)
 */
export function saidOfAnother(bank: TermsBank, entry: TermEntry): boolean {
  let repeated = repeatedDetails.get(bank);
  if (!repeated) {
    const seen = new Set<string>();
    repeated = new Set();
    for (const other of bank.entries) {
      const key = keyOf(other.detail);
      if (key && seen.has(key)) repeated.add(key);
      seen.add(key);
    }
    repeatedDetails.set(bank, repeated);
  }
  return repeated.has(keyOf(entry.detail));
}

/**
 * `Certificates in your cluster › Components: API Server uses a server certificate…; Kubelet uses a
 * certificate…`: components told apart only by the certificates they use. Nearly every component
 * holds a client certificate, so which line is whose is the note's wording, not a fact.
 * (A heading's subject named in its values' lines, `QoS classes` by requests and limits, is not this:
 * only certificates cut across components so.)
 */
export function toldByCertificates(bank: TermsBank): boolean {
  if (bank.entries.length < 3 || !/certificat|证书/i.test([...bank.path, bank.title].join(' '))) return false;
  // (`CA certificate`, `Server certificates`: kinds of certificate, each told by what it is for.)
  if (bank.entries.some((e) => /certificat|证书|\bcert\b/i.test(e.term))) return false;
  const using = bank.entries.filter((e) => /certificat|证书|\bTLS\b/i.test(e.detail)).length;
  return using * 4 >= bank.entries.length * 3;
}

/**
 * A bank whose entries are aspects of one topic rather than things of one kind: under an
 * aspect title, or a heading under one (`Use Cases › OCI Images`: the uses of OCI images).
 * A note's top heading (`Security`) names its subject, not an aspect.
 */
const RULES_TITLE = /^(?:key|golden|basic|important|general|simple|core)\s+rules?$|\brules? of thumb\b|^(?:重要|关键|基本|核心)?(?:规则|原则)$/i;

export function isAspectBank(bank: TermsBank): boolean {
  // A numbered first heading (`4. Use Cases`) is a section of the note, not its subject.
  const sections = bank.path.filter((p, i) => i > 0 || NUMBERED_HEADING.test(p));
  return (
    isAspectName(bank.title) ||
    isSentence(displayTitle(bank.title)) ||
    // `Key Rules` over `chroot ≠ container`, `Bridges connect namespaces`: an author's rules, each a statement.
    RULES_TITLE.test(displayTitle(bank.title).trim()) ||
    sections.some((p) => ASPECT_TITLE.test(displayTitle(asSimplified(p)))) ||
    [bank.title, ...bank.path].some((p) => ASPECT_OF.test(displayTitle(p))) ||
    isProfile(bank) ||
    // `它做三件事`, `It does three things`: a sentence about something named elsewhere, not a kind.
    /^(?:它们|它們|它|(?:it|they)\b)/iu.test(displayTitle(bank.title)) ||
    pointsOfAnIdea(bank)
  );
}

/** `目标`, `职责`, `设计理念`: a goal, a duty or an idea, whose lines are its points. */
const POINTS_TITLE = /(?:目标|目的|职责|特色|理念|使命|愿景|宗旨)$/u;

/**
 * `TOC 的职责 › 项目评审管理`, `设计理念 › 关注点分离`: the points of a goal, a duty or an idea, said in
 * Chinese phrases, are the note's labels. (`主要职责 › StreamingServer`, `核心理念 › API 包`: things
 * named, mostly in English, are still things.)
 */
function pointsOfAnIdea(bank: TermsBank): boolean {
  if (!POINTS_TITLE.test(displayTitle(asSimplified(bank.title)))) return false;
  const phrases = bank.entries.filter((e) => !/[A-Za-z]/.test(e.term)).length;
  return phrases * 2 > bank.entries.length;
}

/** `状态：活跃`, `受众：…`, `升级性：…`: what a profile says of its subject, one line each (an API stage's audience, support, upgrades). */
const PROFILE_FIELD = /^(?:状态|status|受众|audience|完整性|completeness|升级性|upgradeability|支持|support|建议用于|recommended (?:for|use)|版本名称|version names?)$/i;

/**
 * `Scheduler`: Decision Factors, Scheduling Algorithm, Configurability…: a profile of the title, not
 * things of a kind. (`状态：活跃` beside `目标：…` is a status line of the same profile.)
 */
export function isProfile(bank: TermsBank): boolean {
  const says = (term: string): boolean => {
    const t = term.replace(/[*_`]/g, '').trim();
    return isAspectName(term) || PROFILE_FIELD.test(t) || QUALITY_ATTRIBUTE.test(t);
  };
  return bank.entries.filter((e) => says(e.term)).length >= Math.max(2, bank.entries.length / 3);
}

const NUMBERED_HEADING = /^\s*(?:\d+(?:\.\d+)*[.)）、]|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）])/u;

/** An aspect of something named after it (`Best Practices with Provisioners`, `Use Cases of Helm`, `Limitations of X`). */
const ASPECT_OF =
  /^(?:(?:examples?|sample|demo|示例|例子|范例|範例)\s*\d*\s*[:：]|(?:key |common |main )?(?:advantages?|disadvantages?|benefits?|pros and cons|drawbacks?|limitations?|features?|characteristics|best practices?|use cases?|considerations|tips|troubleshooting|common issues|issues|problems|(?:system |hardware )?requirements?|prerequisites)\s+(?:of|with|for|in|when)\s+\S|(?:when|why) to use\s+\S|(?:the )?problems? (?:that )?(?:[\w.-]+ ){1,3}solves?$|what (?:[\w.-]+ ){1,3}solves?$)/iu;

/** An English detail that starts mid-sentence (`is the primary…`, `requires strict…`): a fragment. */
const FRAGMENT_START = /^(?:is|are|was|were|be|can|could|should|will|would|may|for|and|or|but|with|to|of|from|into|onto|via|through|across|toward|towards|than|which|that|what|when|where|how|who|whose|so|then|also|it|its|they|their|this|these|those|by|as|on|in|at|requires|means|refers)\b/;

/** A description cut from its sentence, or one that only leads into a list: not a choice. */
export function isFragmentDetail(detail: string): boolean {
  const d = detail.trim();
  // `= mux.NewRouter()：…`: the rest of a line of code whose left side was the term.
  // `This should be less than…`: a sentence about something the entry's line does not name.
  const pointsAway = /^(?:this|these|those|it|they)\s+(?:is|are|was|were|should|must|will|can|has|have|needs?)\b/i.test(d);
  // `e.g. 0001 0010 0100 1000 to bind…`: an example of a value, not what the name means.
  // `即卸载、拔出磁盘等`, `i.e. unmount…`: a gloss of the words before it, cut from them.
  const example = /^(?:e\.g\.|eg\.|i\.e\.|ie\.|for example|例如|比如|譬如|如(?=[\s A-Za-z])|即(?![时刻使便将可]))/i.test(d);
  // `(Network File System) and iSCSI are…`: the rest of a sentence whose subject was the term.
  // `(traces) tells you exactly where and why`: a bracketed aside, then the sentence that went on from the term.
  // (`(Kubernetes 1.29+) Lets a sidecar…` starts a sentence of its own.)
  const sentenceGoesOn = /^[(（][^)）]*[)）]\s*(?:and|or|is|are|was|were|has|have|can|will|[,，]|和|与|是)/i.test(d) || /^[(（][^)）]*[)）]\s*[a-z]+s\b/.test(d);
  // `这两个伪目标一般用来…`, `Both run as…`: a description of two names at once, not of one.
  const ofSeveral = /^(?:这两|这几|那两|两者|二者)|^(?:both|these two|the two)\b/i.test(d);
  // `false # 是否将所有节点…`: a value and its YAML comment, a line of a manifest.
  const commentedValue = /^\S{1,20}\s+(?:#|\/\/)\s/.test(d);
  // `…来创建SRV记录指向`: a Chinese sentence cut after its verb or preposition, before what it names.
  const cutShort =
    /\p{Script=Han}(?:指向|等于|包括|包含|变成|成为|交给|发给|作为|通过|对应|取决于|[为和与及或把将对向给从在被由])$/u.test(d) ||
    // `…那么 POD 可以（污点容忍）`, `给某些 node 打上污点，`: left off at a modal word, a conjunction
    // or a comma, before the term's gloss.
    /(?:可以|能够|需要|应该|那么|如果|但是|并且|或者|以及|\p{Script=Han}\s*[，、])$/u.test(d.replace(/\s*[(（][^()（）]*[)）]$/u, ''));
  // `sometimes, with policy rules`: an adverb and a fragment, the rest of a sentence about something else.
  // `like in prod`: a comparison with the note's own setup, a few words.
  const hedged = /^(?:sometimes|usually|often|typically|generally|mostly|rarely|occasionally|optionally),\s+\S+(?:\s+\S+){0,4}\.?$/i.test(d) || /^(?:like|same as|as in)\s+\S+(?:\s+\S+){0,3}\.?$/i.test(d);
  // `(if different address space)`: an aside in brackets, cut from the sentence it qualified.
  const aside = /^[(（][^()（）]{1,80}[)）][.。]?$/u.test(d);
  // `The various types of middleware are explained in the following table`: a lead-in to a table the choice cannot show.
  const pointsToTable = /\b(?:the )?follow?ing (?:table|diagram|figure|chart)\b|\b(?:table|diagram|figure) below\b|\bsee below\b|(?:如)?下表|下图|见下文|下文详解/iu.test(d);
  // `serving (Is it Alive?)`: a short question is the note's tagline for the term, not what it is.
  const asksInstead = /^[^?？]{1,40}[?？]$/u.test(d) && d.split(/\s+/).length <= 6;
  // `same, via the search domain`, `同上`: a table cell that leans on the row above it.
  const refersBack = /^(?:same|ditto|as above|likewise)(?:\s*[,;:，；：(（—-]|\s*$)|^(?:同上|同前|同理)/iu.test(d);
  // `Deployment ---- Service 暴露端口 ---- Ingress`: a flow drawn with dashes, not a description.
  const drawnFlow = (d.match(/\s-{3,}>?\s|\s={2,}>\s/g) ?? []).length >= 2;
  // `More feature-rich, supports larger-scale…`, `更轻量，启动更快`: one side of a comparison, said against a rival it does not name.
  // (`更全面的分布式存储方案` names a kind of thing, and stays.)
  const againstRival = /^(?:(?:more|less) [\w-]+|better|worse|faster|slower|simpler|easier|harder|lighter|heavier|cheaper)(?:\s*[,;.]|\s+and\b|$)/i.test(d) || /^更(?![新改换正名替迭加])\p{Script=Han}{1,4}(?:[，,、。；;]|$)|^比\S{1,12}更/u.test(d);
  return againstRival || hedged || refersBack || asksInstead || aside || pointsToTable || drawnFlow || FRAGMENT_START.test(d) || LEAD_IN_END.test(d) || pointsAway || example || sentenceGoesOn || cutShort || ofSeveral || commentedValue || /^(?:[=:：,，;；)）\]}]|→|->|=>)/.test(d);
}

/** `将代码转换为容器，主要包括`, `It has three parts:`: a lead-in to a list the detail does not hold. */
const LEAD_IN_END = /(?:包括|包含|如下|以下|分为|有)\s*[:：]?$|[:：]$|\b(?:including|includes|include|such as|the following)\s*:?$/iu;

/** Only a URL, a path, a number or a version: a value, not a description. */
const VALUE_ONLY = /^(?:\S+:\/\/\S+|[~.]?\/\S+|[\w.-]+\/[^\n]*\.(?:md|markdown|html?)|[\d.,:/x_-]+\S*|\[[^\]]*\]|["'“][^\s"'”]+["'”]|[A-Za-z0-9+/=._-]{16,})$/;
/** `default 1`, `默认 3`, `默认值为 true`: only a setting's default, which says nothing of what it sets. */
const DEFAULT_ONLY = /^(?:default(?:s to| is|:)?|(?:默认|缺省)(?:值)?(?:为|是|：|:)?)\s*[\w.%/:-]{1,20}$/iu;
/** `28843.38 requests per second`: a measurement; `gcr.io/google_containers/kibana:v4.6.1`: an image to pull. */
const MEASURE_OR_IMAGE = /^\d[\d.,]*\s*(?:[A-Za-z/%µ]+\s*){0,4}(?:\([^)]*\))?$|^["'“]?[\w.-]+(?:\/[\w.-]+)+[:：@][\w.:-]+["'”]?$|^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|io|org|net|dev|cn|sh)(?:\/\S*)?$/u;

/** A description that is only a value, a link, a measurement or an image name: it describes nothing. */
/** `env：dev --> env: prod`: a value changed to another, the edit a lab made. */
const VALUE_CHANGE = /^[\w.-]+\s*[:：=]\s*\S+\s*(?:-->|->|→|=>)\s*[\w.-]+\s*[:：=]\s*\S+$/u;

/** `From Docker to Kubernetes: https://…`: a link and its label, a place to read rather than what it says. */
function isLabelledLink(text: string): boolean {
  const URL = /\b(?:https?|ftp):\/\/\S+/g;
  if (!URL.test(text)) return false;
  return width(text.replace(URL, '').replace(/[\s:：,，;；()（）\[\]-]+/gu, ' ').trim()) < 40;
}

/** `memory: 512Mi defaultRequest: memory: 256Mi type: Container`: a manifest's lines run together, settings and no words. */
function isConfigScrap(text: string): boolean {
  const PAIR = /(?:^|\s)[A-Za-z][\w.-]*:\s+[^\s:]+/g;
  const pairs = text.match(PAIR)?.length ?? 0;
  const rest = text.replace(PAIR, '').replace(/[A-Za-z][\w.-]*:/g, '').trim();
  // `rbac.authorization.k8s.io kind: User name: kaliarch`: one value left beside the pairs is still the manifest's.
  // `name: ss-data spec: accessModes: - "ReadWriteOnce" …`: four keys or more is a manifest run together, whatever else is left.
  const keys = text.match(/(?:^|\s)[A-Za-z][\w.-]*:(?=\s|$)/g)?.length ?? 0;
  return (pairs >= 2 && (width(rest) < 12 || (!/\p{Script=Han}/u.test(rest) && !/\s/.test(rest)))) || (keys >= 4 && !/\p{Script=Han}/u.test(text));
}

/** `1.22.1、 1.22.2、 1.22.3`: a list of values (versions, numbers), not a description. */
const VALUE_LIST = /^(?:v?[\d.]+[\w.-]*\s*[、,，;；]\s*){2,}v?[\d.]+[\w.-]*\s*(?:等|etc\.?)?$/u;

/** `目录为{rootDirectory}/plugins。`, `路径为 /var/lib/kubelet`, `Defaults to /etc/cni/net.d`: a place, said. */
const PATH_ONLY = /^(?:(?:目录|路径|位置|默认(?:值|目录|路径)?)\s*(?:为|是)|(?:defaults? to|located (?:at|in)|lives (?:at|in))\s)\s*[`"'“]?[{$~.]?[\w{}$.-]*\/[\w{}$./-]*[`"'”]?\s*[。.]?$/iu;

export function isValueOnly(detail: string): boolean {
  const t = detail.trim();
  // `OnFailure #设置为Never则失败了就不管`, `4 # 顺序执行`: a manifest's value and the comment after it.
  if (PATH_ONLY.test(t) || /^[\w.:/-]+\s+#\s*\S/u.test(t)) return true;
  return VALUE_ONLY.test(t) || VALUE_LIST.test(t) || MEASURE_OR_IMAGE.test(t) || VALUE_CHANGE.test(t) || DEFAULT_ONLY.test(t) || isLabelledLink(t) || isConfigScrap(t);
}

/**
 * A field's type from an API reference (`list of strings, optional`, `string, required`,
 * `int64`, `布尔值，可选`): it fits every field of that type, so it cannot point at one name.
 */
const TYPE_ONLY =
  /^(?:(?:an?\s+)?(?:(?:list|array|map|slice|set)\s+of\s+)?(?:strings?|int(?:eger)?s?(?:32|64)?|bool(?:ean)?s?|float(?:32|64)?|numbers?|objects?|maps?|lists?|arrays?|duration|quantity|字符串|整数|布尔值?|对象|列表|数组)(?:\s*[,，、]?\s*(?:optional|required|可选|必选|必填|选填))?)\s*[.。]?$/iu;

/** Whether a detail is only a field's type (and whether it is required), not a description. */
function isTypeOnlyDetail(detail: string): boolean {
  return TYPE_ONLY.test(detail.trim());
}

/** Columns a description needs to say more than a translation of its name would. */
const MIN_DETAIL_WIDTH = 12;
/** The same for a Latin name described in Chinese, whose translation reads as a description. */
const MIN_CROSS_SCRIPT_WIDTH = 20;

/** Words that name a field of work or a kind of advice, not a thing (`插件配置`, `网络架构`, `性能优化`). */
const CATEGORY_WORDS = new Set(
  '配置 架构 优化 管理 方案 策略 性能 网络 资源 调度 存储 安全 监控 日志 插件 部署 运维 设计 参数 调优 扩展 故障 排查 问题 建议 其他 通用 基础 高级 核心 维护 治理 规划 组件 功能 系统 服务 数据 应用 业务 逻辑'.split(' '),
);

/** A Chinese label made only of category words: a row heading of the note's own table, one of several it could file a tip under. */
export function isCategoryLabel(term: string): boolean {
  const t = term.trim();
  if (!/^\p{Script=Han}{4,8}$/u.test(t) || t.length % 2 !== 0) return false;
  for (let i = 0; i < t.length; i += 2) if (!CATEGORY_WORDS.has(t.slice(i, i + 2))) return false;
  return true;
}

/** An entry one can be asked about: a named thing with a description that says something. */
/** What a note put before a colon that names nothing: never a term to ask about, nor a choice. */
/** `Inside the cluster`, `Asynchronous protocols like AMQP`: a circumstance, or a phrase with its example: no name. */
export function isCircumstance(term: string): boolean {
  const t = term.trim();
  // `For each container`, `Two important numbers here`: where or how much, said of the note's own example.
  return /^(?:inside|outside|within|between|across|beyond|under|over|from|at|in|on)\s+(?:the|a|an|your|our|this|that|these|my)\s/i.test(t) || /\s(?:like|such as)\s/i.test(t) || /^(?:for|per)\s+(?:each|every|all|any)\b/i.test(t) || /\s(?:here|below|above)$/i.test(t);
}

/** `Perfect for`, `Combined with`, `UCP maintains data about`: a phrase cut at its preposition, the label of a line. */
export function endsAtPreposition(text: string): boolean {
  return /\s(?:for|with|of|to|in|by|on|from|as|into|about|like|than|at)$/i.test(text.trim());
}

/** Files that every chart, engine, cluster or project of a kind has. */
export const WELL_KNOWN_FILE = /^(?:Chart\.yaml|values(?:\.schema)?\.ya?ml|requirements\.yaml|kustomization\.ya?ml|docker-compose\.ya?ml|compose\.ya?ml|daemon\.json|config\.(?:json|toml|ya?ml)|kubeadm(?:-config)?\.ya?ml|kubelet(?:-config)?\.ya?ml|admin\.conf|package\.json|tsconfig\.json|go\.mod|\.gitlab-ci\.yml|Jenkinsfile|skaffold\.yaml|helmfile\.yaml|\.?kubeconfig(?:\.ya?ml)?)$/i;

/** `局限性`, `Pros`, `Key features`: a section of points made about a thing, each point a claim rather than a name. */
export const POINTS_SECTION = /(?:优点|缺点|优势|劣势|不足|局限性?|特点|特性|特征|好处|坏处|弊端|挑战|风险|痛点)$|\b(?:advantages?|disadvantages?|benefits?|pros|cons|drawbacks?|limitations?|features?|challenges?|characteristics)$/iu;

/** `官方文档`, `参考链接`, `Official docs`: the label over a link, which names nothing. */
export const LINK_LABEL = /^(?:原文|原文地址|原文链接|参考链接|参考资料|参考文档|官方文档|官方网站|官网|相关文档|相关链接|文档地址|出处|original article|(?:official )?(?:docs|documentation))$/i;

/** `容器日志收集方案1`, `改进2`, `示例3`: one of the note's own numbered options, revisions or examples. */
export const NUMBERED_OPTION = /(?:方案|改进|方法|方式|办法|思路|做法|版本|尝试|例子|示例|场景)\s*[一二两三四五六七八九十\d]{1,2}$/u;

export const isNonName: (term: string) => boolean = readOnce((term) => readsAsNonName(term));

function readsAsNonName(term: string): boolean {
  const t = asSimplified(term.trim());
  if (isCategoryLabel(t)) return true;
  // `在第一批次`, `当节点失联时`: a phrase of circumstance; `--logtostderr=false`: a setting with its value.
  if (/^(?:在|当|當|如果|若|对于|對於|通过|通過|由于|由於|没有|沒有)/u.test(t) || /=/.test(t)) return true;
  // `Ingress vs Gateway API`, `角色不同`: a comparison.
  if (isComparisonTitle(t)) return true;
  // `图：…`, `Figure 2`, `示意图`: the caption of a picture the question cannot show.
  if (/^(?:图|圖|图示|示意图|截图|插图|(?:figure|fig\.?|diagram|screenshot|picture)(?:\s*\d+)?)$/iu.test(t)) return true;
  // `│       appVersion`: a line of a directory tree pasted without a fence.
  if (/[│├└┃┣┗]/u.test(t)) return true;
  // `E: Unable to locate package…`, `W: …` (apt's marks of an error, a warning, opening what it printed);
  // `X (The Topology Domain)`, `Y (The Rule)` (letters standing for something in the note's own sentence).
  if (/^[EWXY]$/.test(t)) return true;
  // `Requires Ingress Controller`, `Supports rolling updates`: a claim about the thing above, not a name.
  if (/\s\S/.test(t) && DESCRIBING_VERB.test(t.split(/\s+/)[0] ?? '')) return true;
  if (endsAtPreposition(t)) return true;
  if (isCircumstance(t)) return true;
  if (isNoteAside(t)) return true;
  // `上面的例子中`, `上述配置里`: a pointer at the note around it, no name.
  if (/^(?:上面|上述|以上|下面|前面|前述)的?(?:例子|示例|代码|配置|命令|输出|yaml|步骤)?[中里]?$/iu.test(t)) return true;
  // `微信号`, `博主私人教学QQ群`, `广告时间`, `Contact me`: how to reach the author, or their advertisement.
  if (/(?:QQ群|微信号?|公众号|联系方式|广告|邮箱)$|^广告|^(?:e-?mail|twitter|linkedin|wechat|contact(?: me| the author)?)$/iu.test(t)) return true;
  // `GET /api/tasks`, `POST /user/register`: a route of the note's own app; the API server's (`/api/v1/…`,
  // `/apis/…`) and its health endpoints are the field's.
  if (/^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\/(?!apis?\/v\d|apis\/|healthz|livez|readyz|metrics\b)/.test(t)) return true;
  // `"嵌入文档没有限制"`, `"More replicas are always better"`: a claim in quotes (a myth the note corrects), no name.
  if (/^["“「『'‘].*(?:\p{Script=Han}.*){4}.*["”」』'’]$|^["“'‘]\S+(?:\s+\S+){2,}["”'’]$/u.test(t)) return true;
  // `chroot ≠ container`: a statement that two things differ, no name.
  if (/\S\s+(?:≠|!=)\s+\S/u.test(t)) return true;
  // `Works together with pivot_root`, `Runs on every node`: a statement about something, its subject left out.
  if (/^(?:works|runs|provides|allows|helps|lets|makes|requires|supports|needs|ensures|prevents|keeps)\s+(?:together|with|on|in|for|to|you|the|a|an|it|each|every|all)\b/i.test(t)) return true;
  // `第二种机制`, `Second approach`, `Method 2`, `Definition 2`: the note's count of its own list, no name.
  if (/^第\s*[一二两三四五六七八九十\d]+\s*(?:种|个|类|条|点|项|步)?\s*(?:机制|方法|方式|方案|情况|原因|策略|办法|思路)?$/u.test(t) || /^(?:(?:first|second|third|fourth|fifth|last)\s+(?:approach|method|way|option|solution|mechanism|case|reason)|(?:approach|method|way|option|solution|case|definition|theorem|lemma|corollary|proposition|example|exercise|problem|rule|claim|fact|observation)\s*#?\d{1,2})$/i.test(t)) return true;
  // `局域网M`, `机器B`, `machine B`: a place in the note's own scenario, lettered, no name in the field.
  if (/^\p{Script=Han}{1,6}\s*[A-Z]$/u.test(t) || /^(?:machines?|servers?|hosts?|clients?|pcs?|computers?|vms?|lans?|networks?|sites?)\s+[A-Z]$/i.test(t)) return true;
  // `可以看到`, `由此可见`, `也就是说`: the note's words going on from what it showed, no name.
  if (/^(?:可以看到|可以看出|我们可以看到|由此可见|也就是说|换句话说|注意到|需要注意的是|值得注意的是)$/u.test(t)) return true;
  // `容器日志收集方案1`, `改进2`, `方法三`: one of the note's numbered options or revisions, no name.
  if (NUMBERED_OPTION.test(t) && !/^v?\d/i.test(t)) return true;
  // `2015年6月`, `June 2014`: a date on the note's timeline; which month something happened is trivia.
  if (/^\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?$|^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d{2}$/iu.test(t)) return true;
  // `02_awscli_eksctl`, `01-intro`: a file or folder of the note's own project, numbered in its order, no name.
  if (/^\d{2}[_-][a-z]/i.test(t)) return true;
  // `//-2`, `#-4`: a value after a code comment's mark, no name; `// 静态方法`: a code comment pasted as a line.
  if (/^(?:\/\/|#|--)\s*[-+]?\d+$/.test(t) || /^\/\/\s*\S/.test(t)) return true;
  // `['.js'`, `'.json']`: a piece of an array written in code, split at its commas.
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  if (/^['"[]|['"\]]$/.test(t) && (count(/\[/g) !== count(/\]/g) || count(/'/g) % 2 === 1 || count(/"/g) % 2 === 1)) return true;
  // `但`, `而且`, `另外`: a word that links two clauses, left as a term where a line was split at its colon.
  if (/^(?:但|但是|而|而且|并且|或者|另外|此外|同时|然后|所以|因此|不过|否则)$/u.test(t)) return true;
  // `key2: hset(user.2, …)`, `node1`, `pod-2`: an example's own numbered placeholder, no name in the field.
  if (/^(?:key|value|val|item|user|test|foo|bar|baz|example|demo|sample|case|field|obj|object|var|node|pod|host|server|vm|app|service|svc|container|worker|file|dir|table|task|job|thread|client)[-_ ]?\d{1,2}$/i.test(t)) return true;
  // `true: Applied to all Pods…`, `false: …`, `null: …`: a value of the field above; "what is false?" reads as a riddle.
  if (/^`?(?:true|false|null|nil|undefined)`?$/i.test(t)) return true;
  // `Fastest`, `Slow`, `最快`, a rubric's `满分`/`较差`: a rating the note gives what follows, no name (`no`, `high` name settings' values).
  if (/^(?:fast(?:er|est)?|slow(?:er|est)?|cheap(?:er|est)?|simplest|easiest|hardest|safest|best|worst|largest|smallest|very (?:fast|slow)|最快|较快|较慢|最慢|最便宜|最简单|最安全|最好|最差|满分|优秀|良好|中等|及格|不及格|较差)$/i.test(t)) return true;
  // `idea : maximum policy objective function J(θ)`: the note's label over its point; an idea is some thing's (an aspect).
  if (/^(?:key |main )?idea$/i.test(t)) return true;
  // `A`, `Q`: a question-and-answer label; `Today`, `现在`: a point on a timeline; `With cgroup v2`: a circumstance.
  if (/^(?:[AQ]|问|答)$/.test(t) || /^(?:today|now|currently|nowadays|yesterday|tomorrow|later|earlier|future|past|present|then|现在|今天|目前|当前|将来|未来|过去|以前|后来)$/i.test(t) || /^(?:with|without|when|while|during|after|before|once|if)\s+\S/i.test(t) || /^(?:for|in|at|on)\s+(?:most|all|some|many|small|large|big|new|every|each|your|our|production|dev(?:elopment)?|local)\b/i.test(t)) return true;
  // `B. Base64 encoded`, `C) hostPath`: an option of a multiple-choice question the note copied, with its letter.
  if (/^[A-Fa-f][.)、]\s*\S/u.test(t) && !/^[A-Fa-f]\.[A-Za-z]/.test(t)) return true;
  // `02-kubernetes-architecture.md`: a file of the notes themselves, listed as a chapter's contents.
  if (/^[\w.-]+\.(?:md|markdown|mdx|ipynb|txt)$/i.test(t)) return true;
  // `07-ingress.yaml`, `cleanup.sh`: a file of the note's own project; what it holds is that project's.
  // (`values.yaml`, `daemon.json`: files every chart or engine has, and worth knowing.)
  if (/^[\w.-]+\.(?:sh|bash|ya?ml|json|py|js|ts|go|toml|ini|env|tf)$/i.test(t) && !WELL_KNOWN_FILE.test(t)) return true;
  if (COURSE_SECTION.test(t)) return true;
  // `步骤 A`, `Step B`: the letter of a step in the note's exercise, where it stands and nothing more.
  if (/^(?:(?:步骤|step|task|任务)\s*[A-Z]|第\s*[A-Z]\s*步)$/iu.test(t)) return true;
  // `日志是临时的`: a claim about a thing, said as a sentence, not a name.
  if (/^\p{Script=Han}{1,6}是\p{Script=Han}{1,8}的?$/u.test(t) && !/^(?:什么|这|那|哪)/u.test(t)) return true;
  // `**ALWAYS** store data outside the Pod`: a word stressed in capitals, not a name.
  if (/^(?:ALWAYS|NEVER|MUST|ONLY|NOT|DO NOT|DON'T|IMPORTANT|NOTE|WARNING|REMEMBER|AVOID)$/.test(t)) return true;
  // `Case B`, `Option A`: the note's label for one of its cases (numbered ones are asides, isNoteAside).
  if (/^(?:scenario|case|option|approach)\s+[A-Z]$/iu.test(t)) return true;
  // `Lesson 8`, `Day-04`, `Module 3`, `第3天`: where a course or a diary puts a topic, not a name.
  // (`Hours 7-8` of a study plan, `Week 1-2 Milestone`: the plan's slots and checkpoints.)
  if (/^(?:lesson|module|day|week|unit|episode|lecture|hour)s?[\s_-]*#?\d{1,3}(?:\s*[-–~]\s*\d{1,3})?(?:\s+(?:milestone|review|recap|project|summary|goals?|checkpoint))?$|^第\s*[一二三四五六七八九十\d]+\s*[天周课讲]$/iu.test(t)) return true;
  // `表示：水平方向可拉伸…`, `即：…`: the note saying what the line above means, no name.
  if (/^(?:表示|意思是?|意为|即|也就是说?|指的是|含义是)$/u.test(t)) return true;
  // `绿色部分`, `the green boxes`: a part of a figure by its colour, which the question cannot show.
  if (/^(?:红|绿|蓝|黄|粉|紫|橙|灰|黑|白)色的?(?:部分|区域|框|方框|块|箭头|线|组件)$|^(?:the )?(?:red|green|blue|yellow|pink|purple|orange|grey|gray) (?:parts?|boxes|box|area|arrows?)$/iu.test(t)) return true;
  // `以上配置连起来解释`, `通常情况下`: the note pointing back at what it showed, or a circumstance.
  if (/^(?:以上|上面|上述|前面)的?(?:例子|示例|代码|配置|命令|输出|yaml|步骤)|^(?:通常|一般|默认|正常)情况下$/iu.test(t)) return true;
  // `删除掉templates目录下全部的东西`: what to do to the lab's folder, no name.
  if (/^(?:删除掉?|修改|编辑|清空)\S{0,24}(?:目录|文件夹|文件)/u.test(t)) return true;
  // `第二个参数`: a script's argument by its place, which only that unnamed script knows.
  if (/^第\s*[一二三四五六七八九十\d]+\s*个?(?:参数|选项|字段|位置参数)$/u.test(t)) return true;
  // `Workflow 1`, `Method 2`: the note's numbering of its own ways, not a name.
  if (/^(?:workflow|method|way|approach|solution|pattern|example|scenario|case|option|variant|tip|note|point|reason|mistake|problem|issue|question|exercise|task|lab|demo)s?\s*#?\d{1,2}$/i.test(t)) return true;
  // `对比k8s的服务发现`, `详细的介绍`: the note comparing or pointing at more, not a name.
  if (/^(?:对比|比较|相比)\S|^详细的?介绍/u.test(t)) return true;
  if (LINK_LABEL.test(t)) return true;
  // `The Setup`, `The Pod & Scheduler`: a part of the note's story, headed with an article; names go without one.
  if (/^the\s+\S/i.test(t)) return true;
  // `Update the object`, `Save the new annotation`: a step of a walk-through, said as what to do.
  if (/^[A-Za-z]+\s+(?:the|a|an|its|their|your|our|all|each|every|it|them|this|that|these|those)\b/i.test(t) && isImperativeVerb(t.split(/\s/)[0] as string)) return true;
  // `3 — RBAC isolation`: the note's numbered point, a label with its number.
  if (/^\d{1,2}\s*[—–]\s*\S/u.test(t)) return true;
  // `Understand DaemonSet scheduling`, `Practice rolling updates`: an item of a study checklist, not a name.
  if (/^(?:understand|learn|know|practice|practise|review|explore|master|study|revise)\s+\S/i.test(t)) return true;
  // `Always set resource limits`, `Never use`, `Use namespaces`: a rule the note gives, not a name.
  if (/^(?:always|never|don['’]?t|do not|avoid|prefer|use|read|remember|keep|make sure|ensure|try to)\s+\S/i.test(t)) return true;
  // `误解`, `正解`, `Myth`: the note's labels for a wrong belief and its correction.
  if (/^(?:误解|正解|误区|常见误解|正确理解|错误理解|myths?|misconceptions?|reality|the truth)$/i.test(t)) return true;
  // `means`, `refers to`: the verb of the note's sentence, cut off at its colon.
  if (/^(?:means|meaning|refers? to|stands for|is|are|was|were|does|do)$/i.test(t)) return true;
  // `Consider`, `Plan`, `Discuss`: the label of a prompt to reflect on.
  if (/^(?:Consider|Think|Reflect|Imagine|Try|Plan|Discuss|Describe|Explain)$/.test(t)) return true;
  // `Container's view`, `用户视角`: how a thing looks from one side, the label of a point.
  if (/['’]s (?:view|perspective|side|point of view)$|(?:视角|角度)$/iu.test(t)) return true;
  // `Who`, `What`: the note's question word before its answer, not a name.
  if (/^(?:who|what|when|where|why|how|which)$/i.test(t)) return true;
  // `(anti-affinity) operators`: a name would come first, not the aside about it.
  if (/^[(（]/u.test(t)) return true;
  // `这其实也容易理解`, `原因是`: a sentence of the note's, pointing back or leading into its next words.
  if ((/^(?:这|那|此)(?!些)/u.test(t) && /\p{Script=Han}{4,}/u.test(t)) || /\p{Script=Han}(?:是|为|如下|包括)$/u.test(t)) return true;
  // `然后用两个终端配合`, `Then run`: the next move of a story, not a name.
  if (/^(?:然后|接着|之后|随后|首先|其次|最后|再后|再用|所以|因此|但是|不过|其实|实际上|事实上|总之|简单来说|也就是说)|^(?:then|next|finally|afterwards|so|but|however|instead|otherwise)\b/iu.test(t)) return true;
  // `alternative: curl -> kube-proxy -> …`, `another way`: the note offering another route, not a name.
  if (/^(?:an? )?(?:alternatives?|another (?:way|option|approach)|other ways?|或者|另一种(?:方式|方法|办法)?)$/i.test(t)) return true;
  // `L1 Engineer`, `L3 / Senior Engineer`, `Production Engineer / SRE`, `初级工程师`: a rung of a job ladder,
  // whose duties are the note's own split of the work.
  // (`L3 - Network Layer` is a layer of a network model, and `Developer` a support plan.)
  if (/\bengineers?(?:\s*\/\s*\S+)?$|^(?:初级|中级|高级|资深)?(?:运维|开发|测试|SRE)?工程师$/iu.test(t)) return true;
  // `功能弱`, `适用性强`: the note's verdict on a thing, not a name.
  if (/^\p{Script=Han}{1,5}(?:较|很|非常|比较)?(?:强|弱|好|差|高|低)$/u.test(t) && !/^(?:最高|最低)$/u.test(t)) return true;
  // `-->>>>>> 算数函数`: a comment's arrow drawn in a query, no part of a name.
  if (/^[-=<>~]{3,}/.test(t)) return true;
  // `Wrapped in a Pod`, `Packaged as a container`: what was done to something, a description and not a name.
  if (/^[A-Za-z][a-z]+ed\s+(?:as|in|into|by|with|on|via|from|to|inside|within)\s+\S/.test(t)) return true;
  // `原先方式`, `以前的做法`: the way things were before the thing, the note's contrast and not a name.
  if (/^(?:原先|原来|以前|之前|传统|旧|老)的?(?:方式|做法|方法|办法|方案)$/u.test(t)) return true;
  // `add nodeName`, `set replicas`: what to do with a field, the start of a step and not a name.
  if (/^(?:add|set|remove|delete|create|put|change|edit|specify|enable|disable|install|apply|open|click|type|enter|copy|paste)\s+(?:[a-z][\w.-]*|[\w-]*[A-Z._-][\w.-]*)$/.test(t)) return true;
  // `secret.yaml 创建MySQL密钥`: a lab's file and what it does there, not a name.
  // (`Node.js 18+` is a runtime and its version.)
  if (/^[\w.-]+\.(?:ya?ml|json|sh|conf|py|js|go|toml|md)\s+(?![v\d])\S/i.test(t)) return true;
  // `make up`, `make demo`: a target of the project's own Makefile; `kind/kind-cluster.yaml`: a file of its tree.
  if (/^make\s+[\w-]+$/.test(t) || /^[\w.-]+\/[\w./-]*\.(?:ya?ml|json|sh|md|toml|conf)$/i.test(t)) return true;
  // `config/`, `controllers/`, `api/v1/`: a folder of the note's own project, not a thing of the field.
  // (A chart's `templates/`, `charts/` and `crds/` are every Helm chart's.)
  if (/^(?:[\w.-]+\/)+$/.test(t) && !/^(?:templates|charts|crds)\/$/i.test(t)) return true;
  // `/etc/cni/net.d for configs`: a path and what the note uses it for, run together; the path alone is the name.
  if (/^\S*[/.]\S*\s+(?:for|to|of|in|with)\s+\S/i.test(t)) return true;
  // `FIRST`, `Secondly`, `Last`: the note counting its own points, a place in its list and not a name.
  if (/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:ly)?$/i.test(t)) return true;
  // `**不能**两个容器…`: a stressed word of a sentence (can't, must), not a label.
  if (/^(?:不能|不要|不会|不可|不必|必须|一定|千万|务必|可以|能够|禁止|别)$/u.test(t)) return true;
  // `Traffic always flows`, `其他影响调度的因素`: a clause the note ran into its line, the rest of a list.
  if (/^[A-Za-z][\w-]*(?:\s+[\w-]+)?\s+(?:always|never|usually|often|only|also|still|now)\s+[a-z]+$/i.test(t) || /^(?:其他|其它|其余|另外)/u.test(t)) return true;
  // `权重 80`, `副本数 3`: a setting and the value one example gave it.
  if (/^\p{Script=Han}{1,6}\s*\d+(?:\.\d+)?$/u.test(t)) return true;
  // `v1.31+（kind 默认）`, `< v1.22`, `v1.22 - v1.24`: a release, whose row says what it had then.
  if (/^[<>≤≥~]?\s*v?\d+\.\d+(?:\.\d+)?\+?(?:\s*[-~–]\s*v?\d+\.\d+(?:\.\d+)?)?(?:\s*[(（][^)）]*[)）])?$/iu.test(t)) return true;
  // `Is it Alive?`: a question the note asks itself, not the name of anything.
  if (/[?？]$/u.test(t)) return true;
  return /^(?:例如|比如|譬如|栗如|举个栗子|举例|范例|範例|e\.g\.?|for example|such as|(?:step|stage|part|phase|task)[\s#_-]*\d+\.?|第\s*[\d一二三四五六七八九十]+\s*步)$/iu.test(t);
}

/** `高灵活性`, `优化性能`, `兼容性强`, `易于扩展`: a quality claimed, not a thing; whether it belongs, or what it means, is an opinion. */
export function isQuality(term: string): boolean {
  const t = term.trim();
  // `Docker-Specific`, `Runtime-Agnostic`, `Backward-Compatible`: how a thing relates to others, a comparison's label.
  if (/^[A-Za-z]+-(?:specific|agnostic|compatible|independent|dependent|neutral|friendly|focused|oriented|driven|centric)$/i.test(t)) return true;
  // (`功能完备`, `流程完整`, `技术栈主流`, `标准化`: a claim about a thing, however it is worded.)
  return (/^\p{Script=Han}{2,8}$/u.test(t) && (/^(?:高|低|强|弱|易|难|更|优化|动态|灵活|简单|复杂|快速|稳定|良好|支持|不|难以|无法)/u.test(t) || /(?:强|好|快|慢|简单|复杂|完备|完整|完善|丰富|友好|成熟|直观|主流|统一)$/u.test(t) || /^(?:标准化|规范化|自动化|轻量化|一体化)$/u.test(t))) || isCategoryLabel(t);
}

/**
 * What the note says to itself before a colon, not a thing of the field: its advice on answering
 * (`Interview angle`), its turn to an example or the next thing (`我們來看…`, `範例`, `有个新的项目`),
 * a place in its example (`5-7 行`), its numbered questions (`问题1`), the rest of a list (`etc.`, `TODO`).
 */
export function isNoteAside(term: string): boolean {
  const t = asSimplified(term.trim());
  return (
    // `重要提示`, `Important`, `Warning`: a remark the note flags, not a thing.
    /^(?:重要|请)?(?:提示|注意|警告|备注|说明)$|^(?:important|note|notes|warning|caution|tip|tips|hint|nb|remember|keep in mind|don't forget|记住|切记)$/iu.test(t) ||
    // `Trademarks`, `License`, `免责声明`: the legal small print of what the note copied.
    /^(?:trademarks?|licen[cs]e|copyright|disclaimer|legal(?: notice)?|版权(?:声明)?|许可证?|免责声明)$/iu.test(t) ||
    /^(?:interview\b|面试|范例|我们|让我们|来看|下面|接下来|有个|有一个|还有|另外|此外)/iu.test(t) ||
    /^(?:第\s*)?\d+(?:\s*[-~～–]\s*\d+)?\s*行$|^lines?\s+\d+/iu.test(t) ||
    // `第一`, `第二点`, `第一个阶段`: the note's count of its own points, a place in its own sequence.
    /^第\s*[\d一二三四五六七八九十]{1,3}\s*(?:个\s*)?(?:点|条|种|步|个|类|阶段|部分|节|章|讲|课|篇)?$/u.test(t) ||
    // `第 4 周：Agent 入门`, `Week 3: Services`: a unit of a course's timetable, whose topics are its plan, not a kind of thing.
    /^(?:第\s*[\d一二三四五六七八九十]{1,3}\s*(?:周|天|课|讲|单元)|(?:week|day|lesson|module|unit)\s*\d+)\s*[:：]/iu.test(t) ||
    // `第二种方式好处`, `第一种做法的缺点`: a point about the note's own second way, which the prompt cannot show.
    /^第\s*[\d一二三四五六七八九十]{1,3}\s*(?:个|种|类|步)\s*(?:方式|方法|方案|办法|做法|写法|思路)/u.test(t) ||
    // `Scenario 1`, `方案二`, `问题3.1`, `步骤 2a`, `规则 1`: the note's number for one of its cases, questions or steps;
    // `Example`, `规则` alone: the label over them.
    // (`实战一`, `作业 2`: an exercise of a course, by its number.)
    /^(?:scenario|case|option|approach|example|exercise|lab|part|section|chapter|场景|案例|方案|示例|练习|实验|实战|作业|方式|方法|步骤|方面|问题|题目|思考题|question|q|例子|规则|rule|step|第\s*\d+\s*段)\s*#?[\d一二三四五六七八九十]{1,3}[a-z]?(?:\.\d+)*\.?$/iu.test(t) ||
    /^(?:问题|题目|思考题|question|q|案例|例子|场景|case|example|scenario|规则|rule|步骤|step|第\s*\d+\s*段)\.?$/iu.test(t) ||
    /^(?:etc\.?|等等?|\.{3}|…+|todo|tbd|fixme|待定|待补充)$/iu.test(t) ||
    // `PS`, `附注`: a postscript to the note.
    /^(?:ps|p\.s\.?|附注|补充说明)$/iu.test(t) ||
    // `从通信角度来讲`: a point of view the sentence takes, not a thing.
    /(?:来讲|来说|而言)$|^从.{1,12}角度/u.test(t) ||
    // `Mon`, `Sun Aug 16`, `周一`: a day of someone's study schedule; `Under 20s`: a drill's time target;
    // `Legend`: the key to a table's marks; `One`: a number word left by a fill-in exercise.
    /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d{1,2})?|(?:周|星期)[一二三四五六日天]|(?:under|within|less than)\s+\d+\s*(?:s|sec|secs|seconds?|min|mins|minutes?)|legend|one|two|three|four|five|six|seven|eight|nine|ten)$/iu.test(t) ||
    // `macOS`, `Windows`: the platform a set of instructions is for, not a thing of the field.
    /^(?:mac ?os(?: x)?|os x|windows(?: \d+| server)?|linux|ubuntu|debian|centos|rhel|fedora|arch linux|wsl2?)$/i.test(t) ||
    // `简而言之`, `In short`: the note summing up what it said, not a thing.
    /^(?:简而言之|总而言之|简言之|总之|换句话说|换言之|也就是说|一句话|一言以蔽之|in short|in summary|in brief|in other words|in a nutshell|tl;?dr|put simply|simply put|bottom line)$/iu.test(t)
  );
}

/**
 * `RWO`: `ReadWriteOnce，仅允许单个节点挂载读写`: a description that opens with the expansion
 * (camel case or words) of the abbreviation it describes spells its answer.
 */
function opensWithExpansion(term: string, detail: string): boolean {
  const code = term.trim();
  if (!/^[A-Z]{2,5}$/.test(code)) return false;
  const first = detail.trim().split(/[\s，,：:（(；;]+/u)[0] ?? '';
  // `ReadWriteMany` for RWX: the field's letters need not all be initials, the first two are.
  if (/^(?:[A-Z][a-z]+){2,}$/.test(first)) return (first.match(/[A-Z]/g) ?? []).join('').startsWith(code.slice(0, 2));
  const words = detail.trim().split(/[\s，,：:（(]+/u).slice(0, 6).join(' ').split(/[^A-Za-z]+/).filter(Boolean);
  return words.map((w) => (w[0] as string).toUpperCase()).join('').startsWith(code);
}

/** Words that name a setting of anything: `default`, `min`, `type`, `name`. */
const GENERIC_FIELD = /^(?:default|defaults|min|max|minimum|maximum|type|status|name|value|values|key|kind|mode|state|phase|reason|message|spec|data|items?|fields?|conditions?|limits?|requests?|ratio|count|size|timeout|interval|enabled|disabled|ports?|host|address|path|version|protocol)$/i;

/** `default`, `min`: a setting every object may have, which says nothing without whose it is. */
export function isGenericField(term: string): boolean {
  return GENERIC_FIELD.test(term.trim());
}

/** `时间`, `资源`, `文件`: a plain word a note put before a colon; alone it names nothing of the field. */
export const PLAIN_WORD_ZH = /^(?:注|例|附|支持|注释|提示|实验环境|环境准备|时间|资源|文件|动作|操作|方法|方式|方案|结构|组|对象|数据|信息|内容|问题|功能|参数|命令|用户|权限|版本|环境|类型|踩坑|坑|注意|注意事项|总结|备注|其他|其它|相关|说明|原因|现象|解决|结果|格式|一般格式|基本格式|通用格式|写法|用法|用途说明|使用说明|举个栗子|举个例子|栗子|成功|失败|未知)$/u;

/**
 * A line of code: a call (`opts.AddFlags(cmd.Flags())`, `chooser.resetChoosableFilters()。`),
 * a typed assignment (`Throwable t = ctx.getThrowable()`), an annotated field (`@Autowired private X x`) or
 * a loop's header (`let i = 0; i < n; i++`).
 */
export function isCodeLine(detail: string): boolean {
  const code = detail.replace(/[。.;；,，\s]+$/u, '');
  if (/\p{Script=Han}/u.test(code)) return false;
  return (
    /^(?:[\w, ]+:?=\s*)?[\w.$]+\((?:[^()]|\([^()]*\))*\)$/.test(code) ||
    /^[\w.<>[\]]+\s+\w+\s*=\s*[\w.$]+\(.*\)$/.test(code) ||
    /^@\w+(?:\([^)]*\))?\s+(?:(?:private|public|protected|final|static)\s+)*[\w.<>]+\s+\w+$/.test(code) ||
    // `let i = 0; i < links.length; i++`: a loop's header, its statements split by semicolons.
    /^(?:(?:let|var|const|int)\s+)?\w+\s*=\s*[\w.]+\s*;\s*\w+\s*[<>]=?\s*[\w.]+\s*;\s*\w+(?:\+\+|--|\s*[+-]=\s*\w+)$/.test(code)
  );
}

const askable = new WeakMap<TermEntry, boolean>();

/**
 * Qualities a thing is compared on (`性能`, `资源消耗`, `Latency`): recalled as how the thing fares
 * on them, never offered as names to match a description to (which reads the label off the text).
 */
export const QUALITY_ATTRIBUTE =
  /^(?:性能|延迟|时延|吞吐量?|资源消耗|资源占用|开销|性能开销|安全性?|可扩展性|扩展性|可用性|高可用|可靠性|稳定性|兼容性|易用性|复杂度|复杂性|灵活性|可观测性|隔离性|成本|performance|latency|throughput|overhead|resource usage|resource consumption|security|scalability|availability|reliability|stability|compatibility|ease of use|complexity|flexibility|observability|isolation|cost|portability|simplicity)$/i;

/**
 * `rbd-provider 管理rbd使用的帐号: adminId, …`: a phrase that describes, then the field it names; the
 * name is on the wrong side. `kind: StatefulSet must have a headless Service…`: a manifest's key and
 * its value, with a sentence about something else after it.
 */
export function nameOnWrongSide(entry: TermEntry): boolean {
  if (/^(?:kind|apiVersion)$/.test(entry.term.replace(/[*_`]/g, '').trim()) && /^(?:[A-Z][A-Za-z]+|v\d\w*|[a-z.]+\/v\d\w*)\s+\S/.test(entry.detail.trim())) return true;
  return (entry.term.match(/\p{Script=Han}/gu) ?? []).length >= 5 && /^[a-z]+[A-Z][A-Za-z0-9]*\s*[,，]/.test(entry.detail.trim());
}

/** Whether the entry is a named thing with a description worth asking; worked out once per entry, as every kind of question asks it. */
export function askableEntry(entry: TermEntry): boolean {
  let answer = askable.get(entry);
  if (answer === undefined) {
    answer = isAskable(entry);
    askable.set(entry, answer);
  }
  return answer;
}

/** `必填字段`, `Required Field`: the label over some fields, a term of no list (a group may still be named so). */
export const FIELDS_LABEL = /^(?:必填|必选|可选|选填)(?:字段|参数|项)$|^(?:required|optional|mandatory) (?:fields?|parameters?|keys?)$/i;

/** `学习内容`, `实战任务`, `环境说明`: a course's own sections, which name nothing. */
export const COURSE_SECTION = /^(?:学习内容|学习目标|今日目标|本节目标|实战任务|实战练习|环境说明|环境准备|课后作业|课后练习|练习题|学习笔记|学习总结|今日总结|前言|序言|引言|导言|写在前面)$/u;

/** `没spring-cloud-alibaba, 可尝试`, `待补充`, `TODO: try it`: the author's own plan for a line, no description. */
const AUTHORS_PLAN = /(?:可|待|值得|有空)(?:尝试|试试|研究|学习|补充|完善)[。.!！]?\s*$|^(?:todo|tbd|待补充|待完善)\b/iu;

/** `ssh: connect to host github.com port 22: Connection timed out`: a program's error, pasted as it printed it. */
const ERROR_OUTPUT = /^(?:unable to|could not|couldn['’]t|failed to|cannot)\b|\b(?:no such file or directory|permission denied|connection (?:timed out|refused|reset)|command not found)[.!]?$/i;

function isProgramOutput(term: string, detail: string): boolean {
  return /^[a-z][a-z0-9_-]{1,15}$/.test(term.trim()) && !/\p{Script=Han}/u.test(detail) && detail.length <= 160 && ERROR_OUTPUT.test(detail.trim());
}

/** `这个没有实际尝试。根据介绍是…`, `not sure, I haven't tried it`: the author's guess, said to be one. */
export const AUTHORS_DOUBT = /(?:这个|我|本人|笔者|自己)还?(?:没有?|并未|尚未|还没)(?:实际)?(?:尝试|试过|试验过|用过|测试过|验证过)|没有?实际(?:尝试|试过|测试过|验证过|用过)|(?:我|本人|笔者)也?不太?(?:清楚|确定|了解)|\bI (?:haven['’]?t|have not|never|did not|didn['’]?t) (?:tried|tested|used|verified|try|test|use|verify)\b|\bI['’]?m not (?:sure|certain)\b|\bnot sure (?:if|whether|about)\b/iu;

/**
 * What the note says beside a name rather than of it: the value its own example set, the author's plan
 * or doubt, or what a program printed. No description to ask, to name or to explain.
 */
export function isAuthorsAside(term: string, detail: string): boolean {
  return describesExampleValue(detail, term) || AUTHORS_PLAN.test(detail) || AUTHORS_DOUBT.test(detail) || isProgramOutput(term, detail);
}

/**
 * `image: chatty-db:0.0.1 - use the name:tag you built`, `istio-proxy：docker.io/istio/proxyv2:1.17.2 …`,
 * `VolumeBindingMode: WaitForFirstConsumer - PV is created…`, `a custom storage class (local-storage)`: the value
 * one example set (an image, a `key:value`, a setting's value), then a remark on it; not what the thing is. (`RWX: ReadWriteMany — …`
 * opens with the name in full, and `Default — …` with a status.)
 */
function describesExampleValue(detail: string, term = ''): boolean {
  const text = detail.trim();
  // `Defines a custom storage class (local-storage) for local volumes`: the value the example named.
  if (/\b(?:a|the|our|my|your) (?:custom|specific|own)\s+[\w -]{1,30}?\s*[(（]`?[\w./:-]+`?[)）]/i.test(text)) return true;
  if (/^(?:[\w.-]+\/)+[\w.-]+:[\w.-]+(?:\s|$)/u.test(text) || /^[\w.-]+:[\w.-]+(?:\s+[-–—]\s|\s*[,，;；])/u.test(text)) return true;
  // `maxUnavailable: 0 ensures zero downtime`: what one value does, not what the setting is.
  if (/^\d+(?:\.\d+)?%?\s+(?:ensures|means|makes|allows|lets|keeps|guarantees|will|prevents)\b/i.test(text)) return true;
  const value = /^([\w./:-]+)\s+[-–—]\s+\S/u.exec(text)?.[1];
  if (value === undefined || !/[a-z][A-Z]|[./:]|\d/.test(value)) return false;
  // `RWX: ReadWriteMany — …`: the name in full, whose capitals begin the abbreviation.
  const capitals = value.replace(/[^A-Z]/g, '');
  return !(/^[A-Z]{2,5}$/.test(term.trim()) && capitals.length >= 2 && term.trim().startsWith(capitals.slice(0, 2)));
}

/** `分离的好处`, `Benefits of separation`: the good (or the point) of something, an aspect of it, not a thing told by its description. */
const OF_SOMETHING = /\p{Script=Han}的(?:好处|优点|缺点|优势|劣势|作用|意义|区别|特点|目的|原因)$|^(?:benefits?|advantages?|disadvantages?|drawbacks?|purpose|point) of\b/iu;

/**
 * `**Watches for PodSpecs** assigned by the Scheduler.`: the first words of a sentence set in bold,
 * a doing word and its object, and the rest of the sentence after them: a step told, not a name.
 */
// (Besides the verbs of instructions, the ones that say what a part does all the time: `Collects metrics`.)
const doesSomething = (term: string): boolean => /^[A-Za-z]+s\s+\S/.test(term) && (opensWithVerb(term) || /^(?:performs|reports|collects|manages|handles|talks|communicates|listens)\b/i.test(term));

function isAskable(entry: TermEntry): boolean {
  if (isNonName(entry.term) || FIELDS_LABEL.test(entry.term.trim()) || PLAIN_WORD_ZH.test(asSimplified(entry.term.trim())) || opensWithExpansion(entry.term, entry.detail)) return false;
  // `3）发布后`: a numbered stage; its number says where it stands.
  if (/^\s*(?:\d+|[A-Za-z])\s*[.)）]/u.test(entry.term)) return false;
  if (!isTechnicalName(entry.term) || isAspectLabel(entry.term) || OF_SOMETHING.test(entry.term.trim()) || isCodeSymbol(entry.term)) return false;
  // `--pod-eviction-timeout`: a flag's words say what it sets, so its description is read off the name.
  if (/^--?[a-z0-9]+(?:-[a-z0-9]+)+$/i.test(entry.term.trim())) return false;
  if (!usableDetail(entry) || !readsAsChoice(entry.detail)) return false;
  const detail = entry.detail.trim();
  // `主要职责与RC相同…除此之外还拥有以下功能`: a line that stops where its list begins tells half of what the name is.
  if (LEADS_ON.test(detail)) return false;
  if (doesSomething(entry.term.trim()) && /^[a-z]/.test(detail)) return false;
  if (isFragmentDetail(detail) || isValueOnly(detail) || isTypeOnlyDetail(detail)) return false;
  // (`高灵活性`, `动态管理`: a claimed quality is a selling point's label, asked of nothing.)
  if (nameOnWrongSide(entry) || picksAValue(entry) || QUALITY_ATTRIBUTE.test(entry.term.replace(/[*_`]/g, '').trim()) || isQuality(entry.term)) return false;
  // `(The Green Light)`: a nickname the note gives the thing, not what it is.
  if (/^(?:[Tt]he|[Aa]n?)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}[.!]?$/.test(detail)) return false;
  // `RequestsAndLimits (Default): Manages both…`: one of the field's values described, not the field.
  if (/^[A-Z][a-z]+(?:[A-Z][a-z]+)+\s*(?:[(（][^)）]*[)）])?\s*[:：]/.test(detail)) return false;
  if (isAuthorsAside(entry.term, detail)) return false;
  // A lone identifier (`HandlePodUpdates`) names something else; it does not describe.
  if (/^[\w.:/-]+$/.test(detail)) return false;
  // `GKE, EKS, AKS`, `ReplicaSet、Pod、Service等`: examples of the thing, which name it by their letters rather than say what it is.
  if (/^[\w.-]{1,16}(?:\s*[,，、/]\s*[\w.-]{1,16})+(?:\s*(?:等等?|etc\.?|…+|\.{3}))?$/u.test(detail)) return false;
  // A call (`opts.AddFlags(cmd.Flags())`, `err := run(ctx)`): a line of code, which a reader
  // cannot match to a name without the code it came from.
  if (isCodeLine(detail)) return false;
  // `Commonly used in Linux environments`: how popular a thing is fits many things.
  if (saysOnlyPraise(detail)) return false;
  // `Delete - Storage is deleted…` under ReclaimPolicy: one value of the field explained, not the field.
  const value = /^([A-Z][A-Za-z]+)\s+[-–—]\s/.exec(detail)?.[1];
  if (value && keyOf(value) !== keyOf(entry.term)) return false;
  // `软件选择：基础设施服务器`: an installer's option and the value one install picked.
  if (SETTING_LABEL.test(entry.term.trim()) && width(detail) <= 16) return false;
  // A gloss (`metadata：元数据`, `plugins：插件列表`) is a translation of the name, not a description.
  // Across scripts a short one still is (`Open vSwitch：开源虚拟交换机`, `DEL：删除`): it needs more.
  const crossScript = !/\p{Script=Han}/u.test(entry.term) && /\p{Script=Han}/u.test(detail);
  // `sensitive data`, `just encoding`: two English words are a tag, not a description to pick.
  if (!/\p{Script=Han}/u.test(detail) && detail.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length < 3) return false;
  return width(detail) >= (crossScript ? MIN_CROSS_SCRIPT_WIDTH : MIN_DETAIL_WIDTH);
}

/** Words that name the same kind of thing, so `Container states` and `Pod phases` go together. */
const KIND_WORDS: readonly (readonly string[])[] = [
  // `Pod生命周期` lists its phases: a lifecycle gathers states.
  ['state', 'phase', 'status', 'condition', 'lifecycle', '状态', '阶段', '生命周期'],
  // Kinds of objects: Ingress among Service types is the classic mix-up, a fair wrong answer.
  ['type', 'kind', 'resource', 'object', '类型', '种类', '分类', '资源', '对象'],
  ['field', 'parameter', 'option', 'flag', 'setting', '字段', '参数', '选项', '配置项'],
  // Before `controller`: an admission plugin among Ingress controllers, a StatefulSet or Traefik among admission plugins, stand out.
  ['admission controller', 'admission plugin', '准入控制器', '准入插件'],
  ['component', 'controller', '组件', '控制器'],
  // A network plugin among workload controllers stands out: plugins are a kind of their own.
  ['plugin', 'addon', '插件'],
  // Policies among policies (`Retain` among image pull policies); modes among modes (`ReadWriteMany`
  // among proxy modes), ways among ways: an update strategy among access modes stands out.
  ['policy', 'strategy', '策略'],
  ['mode', '模式'],
  ['way', 'method', '方式', '方法'],
  ['tool', 'command', '工具', '命令'],
];
const KIND_OF = new Map(KIND_WORDS.flatMap((words) => words.map((w) => [w, words[0] as string] as const)));

/**
 * The kind of thing a group's title names, by its last word (`Container states` → state;
 * in Chinese its last two characters, `内置污点` → 污点); null for a title that is a name itself (`kube-controller-manager`
 * over its controllers). Outsiders come from groups of the same kind: a field among taint
 * keys or a tool among policy fields is told apart by kind, without knowing the group.
 */
// (Asked for every candidate an outsider check looks at: worked out once per title.)
export const kindOfTitle: (title: string) => string | null = readOnce((title) => readKindOfTitle(title));

const ONE_PHASE = /(?:优选|预选|过滤|打分|评分|绑定|准备|执行|初始化|第[一二三四五六七八九十\d]+)阶段$|\b(?:[a-z]+ing|first|second|third|final|pre-?\w+|post-?\w+)\s+(?:phase|stage)$/iu;

function readKindOfTitle(title: string): string | null {
  const t = displayTitle(title).normalize('NFKC').replace(/[（(][^）)]*[）)]$/u, '').trim();
  // `优选阶段`, `Scoring phase`: one phase named, whose list is what runs in it (beside another phase's), not phases.
  if (ONE_PHASE.test(t)) return 'work of a phase';
  if (/\p{Script=Han}$/u.test(t)) {
    const word = [...KIND_OF.keys()].find((w) => /\p{Script=Han}/u.test(w) && t.endsWith(w));
    return word ? (KIND_OF.get(word) as string) : [...t].slice(-2).join('');
  }
  const last = t.toLowerCase().match(/[a-z][a-z-]*$/)?.[0];
  if (!last || (!/\s/.test(t) && isTechnicalName(t))) return null;
  // `Common admission controllers`: a kind of two words, read before its last word alone.
  const lastTwo = t.toLowerCase().match(/[a-z]+ [a-z]+?(?=s?$)/)?.[0];
  if (lastTwo && KIND_OF.has(lastTwo)) return KIND_OF.get(lastTwo) as string;
  // `phases` → phase, `statuses` → status, `policies` → policy: the first reading that is a kind word.
  const readings = [last, last.replace(/s$/, ''), last.replace(/es$/, ''), last.replace(/ies$/, 'y')];
  const known = readings.find((w) => KIND_OF.has(w));
  return known ? (KIND_OF.get(known) as string) : last.replace(/([^s])s$/, '$1');
}

/**
 * Candidates from the question's own list, or from a list beside it that gathers the same
 * kind of thing (by its title): `Initial` for `Recreate`, not `HorizontalPodAutoscaler`.
 */
export function sameKindNearby(origin: Origin, title: string, titles: ReadonlyMap<string, string>): (c: Candidate) => boolean {
  const kind = kindOfTitle(title);
  // Policies of different things are told apart by their names: `IfNotPresent` is no way to route
  // Service traffic. A policy's wrong answers are its own family's (the same title less the word policy).
  // Modes too: a volume mode (`Block`) is no wrong access mode.
  const family = kind === 'policy' || kind === 'mode' ? policyFamily(title) : null;
  return (c) => {
    if (c.origin.bankId === origin.bankId) return true;
    const other = titles.get(c.origin.bankId) ?? '';
    return tier(origin, c.origin) <= 1 && kindOfTitle(other) === kind && (family === null || policyFamily(other) === family);
  };
}

/** `镜像下载策略` → 镜像下载, `Image pull policies` → imagepull: what a policy is a policy of. */
function policyFamily(title: string): string {
  return keyOf(displayTitle(title).replace(/\s*(?:策略|policy|policies|strateg(?:y|ies)|模式|modes?)\s*$/iu, ''));
}

/** Candidates from the same note file. */
export function sameFile(origin: Origin): (c: Candidate) => boolean {
  return (c) => c.origin.file === origin.file;
}

const STOP =
  /^(?:the|and|for|with|that|this|from|used|uses|using|into|than|other|which|when|what|your|their|each|some|more|most|also|such|like|will|have|does|they|them|there|these|those|about|allows?|provides?|between|within|without|based|are|can|not|all|any|its|one|via|how|use|has|was|who|why|per|set|get|new)$/;

/** A word every description uses (`the`, `with`, `which`), which says nothing of what it describes. */
export const isStopWord = (word: string): boolean => STOP.test(word);

const NAME_WORD = /^[A-Za-z][A-Za-z0-9]{2,}$/;
const nameWords = (term: string): string[] => term.split(/\s+/).filter((w) => NAME_WORD.test(w));

/**
 * Words of a several-word name that set it apart from other names (`Job` in `Job Controller`
 * next to `Node Controller`): a description repeating them points at it.
 */
export function telltaleWords(term: string, others: readonly string[]): string[] {
  const words = nameWords(term);
  if (words.length < 2) return [];
  const shared = new Set(others.filter((o) => o !== term).flatMap((o) => nameWords(o).map((w) => w.toLowerCase())));
  return words.filter((w) => !shared.has(w.toLowerCase()));
}

/**
 * Whether a text says one of these words that are names run together (`ServiceAccount`, not
 * `container` or `metrics`, which any description may say), at a word's start: `ServiceAccounts`
 * says ServiceAccount.
 */
export function saysWord(text: string, words: readonly string[]): boolean {
  if (!words.length) return false;
  const lower = text.toLowerCase();
  return words.some((w) => {
    if (!/[a-z][A-Z]/.test(w)) return false;
    const word = w.toLowerCase();
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) if (at === 0 || !/[a-z0-9]/.test(lower[at - 1] as string)) return true;
    return false;
  });
}

/** The concept a word of the field stands for, by its stem (`Failed` and `fail` are one): null for most words. */
function conceptOfWord(word: string): string | undefined {
  const bare = word.replace(/(?<=[a-z]{3})(?:ed|ing|es|s)$/, '');
  // A whole word the glossary knows first (`nameservers` is not the `names…` of namespace), then its stem.
  return conceptOfStem(word) ?? conceptOfStem(bare) ?? conceptOfStem(word.slice(0, 5)) ?? conceptOfStem(bare.slice(0, 5));
}

/** A size: digits and a unit's letter, `2Mi`, `2 MiB`, `512MB`, `1G`. */
const SIZE = /(?<![\d.])(\d+)\s?([KMGT])(?:i?B|i)?(?![A-Za-z])/g;

/**
 * What in a text could point at a name: its Latin words of three letters or more (by their
 * first five letters, so `Starting` meets `Start`), the pairs of Chinese characters in it, the
 * concepts its words stand for and its sizes.
 */
const telltales: (text: string) => ReadonlySet<string> = readOnce((text) => readTelltales(text));

function readTelltales(text: string): Set<string> {
  const out = new Set<string>();
  // `鏡像` is `镜像`: a translation gives a name away in either script.
  const normal = asSimplified(text.normalize('NFKC'));
  // `TCPSocketAction` is TCP, Socket and Action: each part can point at it.
  const parts = normal.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  // `NodeResourcesMostAllocation`: the words a name is run together from, plain ones included (read when a plain word turns up).
  let inNames: Set<string> | undefined;
  for (const word of parts.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []) {
    if (STOP.test(word)) {
      // `MostAllocation` and `较多`: a plain word of a name that the glossary translates still marks its meaning.
      const concept = conceptOfStem(word);
      if (!concept) continue;
      // (`node.kubernetes.io/not-ready` and `未准备好`: a hyphenated name's words count as a camel-cased one's.)
      inNames ??= new Set([
        ...(normal.match(/[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+/g) ?? []).flatMap((name) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ')),
        ...(normal.match(/[a-z][a-z0-9]*(?:-[a-z0-9]+)+/g) ?? []).flatMap((name) => name.split('-')),
      ]);
      if (inNames.has(word)) out.add(concept);
      continue;
    }
    // `Pulls an image` and `PullImage`: the same word with an s, and a stem shorter than five.
    out.add(word.replace(/(?<=[a-z]{3})s$/, '').slice(0, 5));
    // `Failed` and `failure`, `Starting` and `started`: one word with another ending.
    out.add(word.replace(/(?<=[a-z]{4})(?:ing|ed|ure|es|s)$/, '').slice(0, 5));
    // `Readiness` and `unready`: a quality named after its adjective.
    if (/^[a-z]{3,}iness$/.test(word)) out.add(word.replace(/iness$/, 'y').slice(0, 5));
    // `StatefulSet` and `stateful`, not `stateless`: an ending that turns a word around is part of the mark.
    if (/^[a-z]{4,}(?:ful|less)$/.test(word)) out.add(word);
    const concept = conceptOfWord(word);
    if (concept) out.add(concept);
    else for (const inside of conceptsInWord(word)) out.add(inside);
  }
  // `GC Pressure` and `increases GC work`: a two-letter abbreviation, written in capitals on both sides.
  for (const [abbreviation] of normal.matchAll(/(?<![A-Za-z0-9])[A-Z]{2}(?![A-Za-z0-9])/g)) {
    out.add(`^${abbreviation}`);
    const concept = conceptOfStem(abbreviation.toLowerCase());
    if (concept) out.add(concept);
  }
  const lower = normal.toLowerCase();
  for (const run of lower.match(/\p{Script=Han}{2,}/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  // 读写 in a description and Read, Write in a name are the same marks.
  if (/\p{Script=Han}/u.test(lower)) for (const concept of conceptsInChinese(lower)) out.add(concept);
  // `2 MiB blocks` and `hugepages-2Mi`: a size, whatever its spelling, is one mark.
  for (const [, amount, unit] of normal.matchAll(SIZE)) out.add(`#${amount}${(unit as string).toLowerCase()}`);
  // `np.float32` and `32 位浮点数`, `int16` and `16-bit`: a number of two digits or more, wherever it is written.
  // (One digit too where it ends a name, `int8`, or counts bits, `8 位`.)
  for (const [amount] of normal.matchAll(/(?<![\d.])\d{2,}(?![\d.])|(?<=[a-z])\d(?![\d.])|(?<![\d.])\d(?=\s*(?:位|-?\s?bits?\b))/g)) out.add(`#${amount}`);
  // `PVC总数` and `persistentvolumeclaims`: kubectl's short name of a resource is the resource.
  for (const [, name] of lower.matchAll(RESOURCE_NAME)) {
    const word = name as string;
    out.add(`#resource:${SHORT_NAMES.get(word) ?? word.replace(/ies$/, 'y').replace(/(?<=class)es$/, '').replace(/(?<!s)s$/, '')}`);
  }
  return out;
}

/** kubectl's short names of resources, and the resource each stands for. */
const SHORT_NAMES = new Map(
  Object.entries({ po: 'pod', svc: 'service', rc: 'replicationcontroller', rs: 'replicaset', deploy: 'deployment', ds: 'daemonset', sts: 'statefulset', cm: 'configmap', ns: 'namespace', pv: 'persistentvolume', pvc: 'persistentvolumeclaim', sa: 'serviceaccount', ing: 'ingress', hpa: 'horizontalpodautoscaler', ep: 'endpoint', netpol: 'networkpolicy', pdb: 'poddisruptionbudget', sc: 'storageclass', crd: 'customresourcedefinition', csr: 'certificatesigningrequest' }),
);
/** A resource by kubectl's short name or by its name written as one word (`persistentvolumeclaims`, `PersistentVolumeClaim`). */
const RESOURCE_NAME = new RegExp(
  String.raw`(?<![a-z0-9])(${[...SHORT_NAMES.keys()].join('|')}|namespaces?|replicationcontrollers?|replicasets?|daemonsets?|statefulsets?|configmaps?|persistentvolumeclaims?|persistentvolumes?|serviceaccounts?|horizontalpodautoscalers?|networkpolic(?:y|ies)|poddisruptionbudgets?|storageclass(?:es)?|customresourcedefinitions?|certificatesigningrequests?)(?![a-z0-9])`,
  'g',
);

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

/** `CSI Ephemeral volumes` under `Container Storage Interface (CSI)`: an abbreviation the clue and the right one alone share. */
export function sharesAbbreviation(clue: string, right: string, wrong: readonly string[]): boolean {
  if (wrong.length === 0) return false;
  for (const [word] of right.matchAll(/(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])/g)) {
    const whole = new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`);
    if (whole.test(clue) && !wrong.some((w) => whole.test(w))) return true;
  }
  return false;
}

/**
 * Whether the clue points at the right choice by its words or letters: a telltale of the
 * right choice that no wrong choice shares shows up in the clue (inside a longer word too:
 * `IPC` in `CLONE_NEWIPC`; or translated: 读写 for ReadWrite; or a size: `2 MiB` for
 * hugepages-2Mi). With no wrong choices (a typed answer), any telltale counts.
 */
export function givesAway(clue: string, right: string, wrong: readonly string[] = []): boolean {
  // `a CLI for CRI-compatible runtimes` for `crictl`: an abbreviation the right name opens with, and no wrong one does.
  const opensWith = (name: string, letters: string): boolean => (name.toLowerCase().match(/[a-z0-9]+/g) ?? []).some((w) => w.startsWith(letters) && w.length > letters.length);
  // `SNAT`, `DNAT` under `NAT Types`: an abbreviation inside a longer one in capitals.
  const inCapitals = (name: string, abbreviation: string): boolean => (name.match(/[A-Z]{4,}/g) ?? []).some((w) => w.includes(abbreviation));
  for (const [abbreviation] of clue.matchAll(/(?<![A-Za-z])[A-Z]{3,5}(?![A-Za-z])/g)) {
    const letters = abbreviation.toLowerCase();
    if (opensWith(right, letters) && !wrong.some((w) => opensWith(w, letters))) return true;
    if (inCapitals(right, abbreviation) && !wrong.some((w) => inCapitals(w, abbreviation))) return true;
  }
  if (sharesAbbreviation(clue, right, wrong)) return true;
  // `Allows a single pod access for read and write permissions.` for RWOP beside RWO and ROX: an
  // abbreviation known by a longer name (ReadWriteOncePod) is given away by that name's words too.
  const longName = (name: string): string | undefined => (/^[A-Z]{2,5}$/.test(name.trim()) ? otherNameOf(name.trim())[0] : undefined);
  const rightLong = longName(right);
  const wrongLong = wrong.map(longName);
  if (rightLong !== undefined && wrong.length > 0 && wrongLong.every((w) => w !== undefined) && givesAway(clue, rightLong, wrongLong as string[])) return true;
  // `B被当成位数组来使用` for `可用内存B`: the letter a name gives its thing, used by the description.
  const letter = /(?<=\p{Script=Han})([A-Za-z])$/u.exec(right.trim())?.[1];
  const saysLetter = (name: string, l: string): boolean => name.trim().endsWith(l) && /\p{Script=Han}[A-Za-z]$/u.test(name.trim());
  if (letter && new RegExp(`(?<![A-Za-z])${letter}(?![A-Za-z])`).test(clue) && !wrong.some((w) => saysLetter(w, letter))) return true;
  // `…the limit in force now (E)` for `effective`: the letter the note puts after a description is the name's.
  const initial = /\(([A-Z])\)/.exec(clue)?.[1]?.toLowerCase();
  const opensWithLetter = (name: string): boolean => name.trim().toLowerCase().startsWith(initial as string);
  if (initial !== undefined && opensWithLetter(right) && wrong.length > 0 && !wrong.some(opensWithLetter)) return true;
  const seen = clue.normalize('NFKC').toLowerCase();
  const clueMarks = telltales(clue);
  const wrongMarks = wrong.map(telltales);
  for (const mark of telltales(right)) {
    if (wrongMarks.some((w) => w.has(mark))) continue;
    // A translation mark (`#read`) is found by meaning; a word or characters, inside longer ones too.
    if (mark.startsWith('#') || mark.startsWith('^') ? clueMarks.has(mark) : seen.includes(mark)) return true;
  }
  return false;
}

/**
 * `Ceph Block Device` for RBD: capitalised words whose initials spell two letters or more of an
 * abbreviation in a row point at it by its letters.
 */
export function capitalsSpellPart(clue: string, abbreviation: string): boolean {
  const letters = abbreviation.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 2 || !/^[A-Z]{2,6}$/.test(abbreviation.replace(/[^A-Za-z]/g, ''))) return false;
  const initials = (clue.match(/\b[A-Z][A-Za-z]*/g) ?? []).map((w) => w[0] as string).join('');
  for (let i = 0; i + 1 < letters.length; i++) if (initials.includes(letters.slice(i, i + 2))) return true;
  return false;
}

/** The parts of a compound name: `HTTPGetAction` → HTTP, Get, Action; `.Chart.Name` → Chart, Name; `IP-in-IP` → IP, in, IP. */
function nameParts(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').split(/[\s_.-]+/).filter(Boolean);
}

const latinWords = (text: string): Set<string> => new Set((text.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase()));

/**
 * `RemovePodsHavingTooManyRestarts: Evicts pods with excessive restarts`: a name of four words
 * or more run together whose words make up half of its explanation's, which it therefore says;
 * or a short line that says every word of the name again.
 */
export function explainsItself(name: string, detail: string): boolean {
  // A Chinese explanation says it in other words, and more than the English ones counted here.
  if (/\p{Script=Han}/u.test(detail)) return false;
  // `PullImage: Pulls an image from a container registry.`: a short line made of the name's own words.
  const parts = nameParts(name).map((part) => part.toLowerCase()).filter((part) => part.length >= 3);
  const said = detail.toLowerCase().match(/[a-z]+/g) ?? [];
  // (`ReadOnlyMany: the volume can be mounted as read-only by many nodes.`: three parts said make a longer line say little more.)
  const short = detail.split(/\s+/).length <= (parts.length >= 3 ? 12 : 7);
  if (parts.length >= 2 && short && parts.every((part) => said.some((w) => w.startsWith(part)))) return true;
  // `Allow (default): The cron job allows concurrently running jobs`: a short line that says a one-word name again.
  const word = name.replace(/\s*[(（][^)）]*[)）]\s*$/u, '').trim();
  if (/^[A-Za-z][a-z]{3,}$/.test(word) && detail.split(/\s+/).length <= 7 && said.some((w) => w.startsWith(word.toLowerCase().slice(0, 5)))) return true;
  if (/\s/.test(name.trim())) return false;
  // `Ingress: Controls inbound traffic.`: a short line that says a one-word name in other words.
  const own = name.trim().toLowerCase().slice(0, 5);
  const concept = /^[a-z]+$/i.test(name.trim()) ? conceptOfStem(own) : undefined;
  if (concept && detail.split(/\s+/).length <= 6 && said.some((w) => !w.startsWith(own) && conceptOfStem(w.slice(0, 5)) === concept)) return true;
  const stems = new Set(nameParts(name).map((part) => part.toLowerCase().slice(0, 5)));
  if (stems.size < 4) return false;
  const words = (detail.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []).filter((word) => !STOP.test(word));
  const shared = words.filter((word) => stems.has(word.slice(0, 5))).length;
  return shared >= 2 && shared * 2 >= words.length;
}

/** `IP-in-IP` in `wraps IP packets in IP`, `BUILD_ID` in `The current build ID`: every part of a compound name said as a word. */
function everyPartShown(text: string, name: string): boolean {
  const parts = nameParts(name).filter((p) => p.length >= 2);
  if (parts.length < 2) return false;
  const words = latinWords(text);
  return parts.every((p) => words.has(p.toLowerCase()));
}

/**
 * `容器的IP，…` for Container-IP: an opening gloss that says each word of the name, in Chinese or
 * as it is. (A longer clause that also does, `卷可以被多个节点同时以读写方式挂载`, says more.)
 */
/** Whether a text says every part of a several-part name, in words or in translation, anywhere. */
export function saysEveryPart(text: string, name: string): boolean {
  // (`ReadWriteMany (RWX)`: the abbreviation in brackets is another name, not a part.)
  const parts = nameParts(name.replace(/\s*[(（][^()（）]*[)）]/gu, '')).filter((p) => p.length >= 2);
  if (parts.length < 2) return false;
  const words = latinWords(text);
  const concepts = new Set(telltales(text));
  return parts.every((part) => {
    const p = part.toLowerCase();
    const concept = conceptOfWord(p);
    // (`Executes before upgrade` for pre-upgrade: a part said in other words says it too.)
    return words.has(p) || [...words].some((w) => w.length > p.length && p.length >= 3 && w.startsWith(p)) || (concept !== undefined && concepts.has(concept)) || (PART_SYNONYMS.get(p)?.test(text) ?? false);
  });
}

function everyPartTranslated(description: string, name: string): boolean {
  const text = openingClause(description);
  return width(text) <= 16 && partsSaidInChinese(text, nameParts(name));
}

/** Every part of a compound name said in a Chinese text, as itself or in translation, one at least translated. */
function partsSaidInChinese(text: string, parts: readonly string[]): boolean {
  if (parts.length < 2 || !/\p{Script=Han}/u.test(text)) return false;
  const words = latinWords(text);
  const concepts = new Set(conceptsInChinese(asSimplified(text)));
  return parts.every((part) => {
    const concept = conceptOfWord(part.toLowerCase());
    return words.has(part.toLowerCase()) || (concept !== undefined && concepts.has(concept));
  }) && parts.some((part) => !words.has(part.toLowerCase()));
}

/** `Get请求` for HTTPGetAction, `system administration` for SYS_ADMIN: a part of a compound name said as a word or a word's start. */
function somePartShown(text: string, name: string): boolean {
  const parts = nameParts(name);
  if (parts.length < 2) return false;
  return parts.some((part) => partShown(text, part));
}

/** `Copies files…` for COPY, `Exposes a port` for EXPOSE: a one-word name said as a word of the description, in any of its forms. */
function wordShown(text: string, name: string): boolean {
  const word = name.trim();
  return /^[A-Za-z]{3,}$/.test(word) && nameParts(word).length === 1 && partShown(text, word);
}

/** Endings a word takes in place of its final e: `tune` → `tuning`, `tuned`, `tuner`. */
const E_DROPPING_ENDINGS = new Set(['ing', 'ed', 'er', 'ers', 'ion', 'ions', 'able']);

/** Whether a text says one part of a name (`min` in `minimum`); kind words and parts of two letters say nothing. */
function partShown(text: string, part: string): boolean {
  const p = part.toLowerCase();
  if (p.length < 3 || /^(?:action|type|mode|policy|set|the|and)$/.test(p)) return false;
  // (`/ready` for readiness, `denies` for Deny: the part's own stem, a few letters short of it or on, its y an i, says it too;
  // `tuning` for tune: its e dropped before an ending.)
  const stem = p.replace(/y$/, 'i');
  const root = p.length >= 4 && p.endsWith('e') ? p.slice(0, -1) : null;
  const eDropped = (w: string): boolean => root !== null && w.startsWith(root) && E_DROPPING_ENDINGS.has(w.slice(root.length));
  return [...latinWords(text)].some((w) => w === p || (w.length > p.length && (w.startsWith(p) || (p.length >= 4 && w.startsWith(stem)))) || (w.length >= 5 && p.length - w.length <= 4 && p.startsWith(w.replace(/y$/, 'i'))) || eDropped(w));
}

/** `管理 Deployment 资源，…` for Deployment Controller: the name's own word in the first clause, whatever later clauses of others say. */
function partOpens(text: string, name: string): boolean {
  const words = name.split(/[\s_.-]+/).filter(Boolean);
  if (words.length < 2) return false;
  const opening = latinWords(openingClause(text));
  return [...words, ...nameParts(name)].some((part) => part.length >= 4 && !KIND_PART.test(part) && opening.has(part.toLowerCase()));
}

/** Words that say what kind a name is, which its siblings share: `Controller`, `Plugin`. */
const KIND_PART = /^(?:controllers?|managers?|plugins?|servers?|services?|objects?|resources?|action|type|mode|policy)$/i;

/** `ROX` for ReadOnlyMany, `PVCs` for PersistentVolume: an abbreviation (in the plural too) that starts with a compound name's initials. */
function lettersShown(text: string, name: string): boolean {
  const parts = nameParts(name);
  if (parts.length < 2) return false;
  const initials = initialsOf(parts).slice(0, 2);
  return abbreviationsIn(text).some((a) => a.startsWith(initials));
}

/** The abbreviations a text says, a plural `s` left off: `PVCs` → PVC. */
function abbreviationsIn(text: string): string[] {
  return text.match(/(?<![A-Za-z])[A-Z]{2,5}(?=s?(?![A-Za-z]))/g) ?? [];
}

/** `Persistent`, `Volume` → PV. */
function initialsOf(parts: readonly string[]): string {
  return parts.map((p) => (p[0] as string).toUpperCase()).join('');
}

/** What a description says before its first comma or stop: where a gloss of the name would stand. */
function openingClause(text: string): string {
  return text.split(/[，,；;。.:：]/u)[0] ?? '';
}

/** `PVs` for Persistent Volume beside Persistent Volume Claim: the name's own abbreviation, all its initials. */
function initialsSaid(text: string, name: string): boolean {
  const parts = nameParts(name);
  return parts.length >= 2 && abbreviationsIn(text).includes(initialsOf(parts));
}

/**
 * `Role-based — …` for RBAC, `common name matches…` for CN, `GCP Persistent Disk` for
 * `kubernetes.io/gce-pd`: words in a row whose initials start the abbreviation the name holds
 * (in capitals, or as its last short part in lower case).
 */
function initialsShown(text: string, name: string): boolean {
  const abbreviation = /(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])/.exec(name)?.[0] ?? /[-/]([a-z]{2,3})$/.exec(name.trim())?.[1]?.toUpperCase();
  return abbreviation !== undefined && spellsInitials(abbreviation.slice(0, 2), text);
}

/** The marks of a text's English words, as a Chinese name's words would be said (服务器 holds 服务, service: `server` says it). */
function englishConcepts(text: string, name: string): Set<string> {
  const server = /服务[器端]/u.test(name);
  const words = text.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  return new Set(words.map((w) => conceptOfWord(server && /^servers?$/.test(w) ? 'service' : w)).filter((c): c is string => Boolean(c)));
}

/** `标签，键值对…` for `metadata.labels`, `允许同时存在多个 Job` for `Allow`: a text that opens with a word of the name in translation. */
function opensWithTranslation(text: string, name: string): boolean {
  // `client cert，用于…` for 客户端证书: the other way round, English words opening a Chinese name's description.
  if (/^\p{Script=Han}/u.test(name.trim())) {
    const english = /^[A-Za-z][A-Za-z ]{2,30}?(?=[，,（(：:]|$)/.exec(text.trim())?.[0] ?? '';
    const said = englishConcepts(english, name);
    const named = conceptsInChinese(asSimplified(name));
    // Every word of the name said in English: `server cert` beside 客户端证书 says only half of it.
    return named.length > 0 && named.every((c) => said.has(c));
  }
  const lead = /^\p{Script=Han}{2,4}/u.exec(asSimplified(text.trim()))?.[0];
  if (!lead) return false;
  // Every word of the name counts here, `Allow` too (telltales passes over words that common).
  const words = name.normalize('NFKC').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? [];
  // `livenessprobe` holds probe (`探测…`) as much as `liveness probe` does.
  const marks = new Set(words.flatMap((w) => [conceptOfWord(w), ...conceptsInWord(w)]).filter((c): c is string => Boolean(c)));
  return conceptsInChinese(lead).some((c) => marks.has(c));
}

/**
 * English words that say a part of a name in other words (`PreferNoSchedule`: tries to avoid;
 * `NodeRestriction`: limits; `NFS_PATH`: the shared directory). Facts of the language, kept few:
 * a description using one that no other choice uses points at the name.
 */
const PART_SYNONYMS: ReadonlyMap<string, RegExp> = new Map([
  ['prefer', /\b(?:tries|try|trying|attempts?|preferr?(?:ed|ence)?|if possible|avoid(?:s|ed)?)\b/i],
  // `AWS-managed container orchestration` for Amazon ECS: the vendor under its other name.
  ['amazon', /\baws\b/i],
  ['aws', /\bamazon\b/i],
  ['google', /\bgcp\b/i],
  ['gce', /\b(?:gcp|google)\b/i],
  ['gke', /\b(?:gcp|google)\b/i],
  ['gcp', /\bgoogle\b/i],
  ['azure', /\bmicrosoft\b/i],
  // `--rm` from `Remove intermediate containers`, `ls` from `Lists…`: a command's short name for its verb.
  ['rm', /\bremov(?:e|es|ed|ing|al)\b/i],
  // `pprof`, Go's profiler, from `Exposes profiling data`.
  ['pprof', /\bprofil(?:e|es|er|ers|ing)\b/i],
  ['ls', /\blist(?:s|ed|ing)?\b/i],
  ['mv', /\bmov(?:e|es|ed|ing)\b/i],
  ['cp', /\bcop(?:y|ies|ied|ying)\b/i],
  ['ps', /\bprocess(?:es)?\b/i],
  ['restriction', /\b(?:limits?|limited|limiting|restrict(?:s|ed)?)\b/i],
  ['restrict', /\b(?:limits?|limited|limiting)\b/i],
  ['path', /\b(?:director(?:y|ies)|folders?)\b/i],
  ['dir', /\b(?:director(?:y|ies)|folders?|path)\b/i],
  ['deny', /\b(?:reject(?:s|ed)?|refus(?:e|es|ed)|block(?:s|ed)?|restrict(?:s|ed)?)\b/i],
  ['allow', /\b(?:permit(?:s|ted)?|accept(?:s|ed)?)\b/i],
  ['retry', /\b(?:again|re-?attempts?)\b/i],
  ['replicas', /\b(?:copies|instances)\b/i],
  ['timeout', /\b(?:wait(?:s|ed)?|how long)\b/i],
  ['queue', /\b(?:wait(?:s|ing)?|pending)\b/i],
  ['socket', /\bports?\b/i],
  ['unknown', /\b(?:cannot|can['’]t|could not|couldn['’]t) be (?:determined|known|obtained)\b|\bundetermined\b/i],
  ['recommender', /\b(?:suggest(?:s|ed|ions?)?|advis(?:es|ed))\b/i],
  ['terminated', /\b(?:ended|exited|finished|stopped)\b/i],
  ['snapshot', /\b(?:point-in-time|cop(?:y|ies))\b/i],
  ['public', /\b(?:all users|every user|everyone|anyone|anonymous|unauthenticated)\b/i],
  ['liveness', /\balive\b/i],
  ['secure', /\b(?:https|tls|encrypt(?:s|ed|ion)?)\b/i],
  ['recycle', /\b(?:reuse[sd]?|reusing|wipe[sd]?|wiping|scrub(?:bed|s)?)\b/i],
  ['exec', /\b(?:runs?|running|execut(?:es?|ing))\s+(?:a\s+|the\s+)?commands?\b/i],
  // `pre-install`, `PostStart`: before and after say the half of the name that tells them apart.
  // `tmpfs`: temporary file system, which a description saying either points at.
  ['tmpfs', /\b(?:temporar(?:y|ily)|file ?systems?)\b/i],
  // `envFrom`: imports … as variables.
  ['env', /\b(?:variables?|environment)\b/i],
  ['pre', /\bbefore\b/i],
  ['post', /\bafter\b/i],
]);

function synonymSaid(text: string, name: string): boolean {
  if (/\p{Script=Han}/u.test(text)) return false;
  return nameParts(name).some((part) => PART_SYNONYMS.get(part.toLowerCase())?.test(text) ?? false);
}

/**
 * `默认值，允许多个 Job 同时运行` for `Allow`: a word of the name said in translation anywhere in
 * its description. Kind words (`Policy`, `Mode`) are left out: siblings share them.
 */
function translationSaid(text: string, name: string): boolean {
  if (/^\p{Script=Han}/u.test(name.trim())) {
    // `…需要标识自己服务的 server cert` for 服务器证书: every word of a Chinese name said in English, anywhere.
    const named = conceptsInChinese(asSimplified(name));
    const said = englishConcepts(text, name);
    return named.length > 0 && named.every((c) => said.has(c));
  }
  if (!/\p{Script=Han}/u.test(text)) return false;
  const words = nameParts(name.normalize('NFKC')).filter((part) => !KIND_PART.test(part)).map((part) => part.toLowerCase());
  const marks = new Set(words.map(conceptOfWord).filter((c): c is string => Boolean(c)));
  return marks.size > 0 && conceptsInChinese(asSimplified(text)).some((c) => marks.has(c));
}

/**
 * `卷可以被多个节点同时以读写方式挂载` for ReadWriteMany: every word of an English name said in
 * translation (read, write, many), which the name alone lets one decode; a word or two shared with
 * its siblings is not (translationSaid).
 */
function everyWordTranslated(text: string, name: string): boolean {
  return !/\p{Script=Han}/u.test(name) && partsSaidInChinese(text, nameParts(name.normalize('NFKC')).filter((part) => !KIND_PART.test(part)));
}

/**
 * `外层 IP 头` described as carrying the `源 IP`, `CNI_CONTAINERID` as `容器的ID`: an upper-case
 * word of the name, past its first part (which siblings share: `CNI_`), said as it is.
 */
function upperCaseWordSaid(text: string, name: string): boolean {
  const said = text.match(/(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])/g);
  if (!said) return false;
  const parts = name.split(/[\s_.\/-]+/).filter(Boolean).slice(1);
  return said.some((word) => parts.some((part) => part === word || (/^[A-Z]+$/.test(part) && part.length > word.length + 2 && part.endsWith(word))));
}

/** `crictl` described as a tool for `CRI-compatible` runtimes: an upper-case word the name opens with. */
function headLettersSaid(text: string, name: string): boolean {
  const said = text.match(/(?<![A-Za-z])[A-Z]{2,5}(?![a-z])/g);
  if (!said) return false;
  const head = name.trim().toLowerCase();
  // (`CA 证书` for `caBundle`: two letters count only as the name's whole first part.)
  const last = name.trim().split(/[.[\]/]+/).filter(Boolean).pop() ?? '';
  const firstPart = /^[a-z]+(?=[A-Z])/.exec(last)?.[0] ?? '';
  return said.some((word) => (word.length >= 3 ? head.startsWith(word.toLowerCase()) && head.length > word.length : firstPart === word.toLowerCase()));
}

/**
 * `创建一个新的 mac 地址` for `macvlan`: a word of the description that a name written as one
 * lower-case word opens with (and goes on well past).
 */
function headWordSaid(text: string, name: string): boolean {
  const head = name.trim();
  if (!/^[a-z][a-z0-9]+$/.test(head)) return false;
  return [...latinWords(text)].some((w) => w.length >= 3 && head.length >= w.length + 3 && head.startsWith(w) && !STOP.test(w));
}

/** What a question's other choices are: wrong descriptions (define) or wrong names (identify). */
export interface Rivals {
  descriptions?: readonly string[];
  names?: readonly string[];
}

/**
 * Whether a description shows the name it describes by its words rather than its meaning: every
 * part of a compound name, or, where no rival shows as much, a part of it, its letters, the
 * initials of its abbreviation, or the name in translation at its head. For define the rivals are
 * the wrong descriptions, for identify the wrong names; a typed answer has none.
 */
export function revealsName(description: string, name: string, aliases: readonly string[] = [], rivals: Rivals = {}): boolean {
  // `/var` from `Variable data`, `/proc` from `process state`, `charts/` from `subchart dependencies`: a path is read by its last part.
  const path = /^(?:\/(?:[\w.-]+\/)*([\w.-]{2,})\/?|(?:[\w.-]+\/)*([\w.-]{2,})\/)$/.exec(name.trim());
  const leaf = path?.[1] ?? path?.[2];
  if (leaf && revealsName(description, leaf, aliases, { ...rivals, names: rivals.names?.map((n) => /([\w.-]+)\/?$/.exec(n.trim())?.[1] ?? n) })) return true;
  if (everyPartShown(description, name) || everyPartTranslated(description, name)) return true;
  const full = [name, ...aliases].join(' ');
  const unique = (test: (text: string, name: string) => boolean, own = name): boolean =>
    test(description, own) && !(rivals.descriptions ?? []).some((d) => test(d, own)) && !(rivals.names ?? []).some((n) => test(description, n));
  // `minReplicas` against `The minimum number of replicas` beside `The maximum…`: one part of the name
  // that the description shows and no rival does points at it, whatever parts they share.
  const rivalTexts = rivals.descriptions ?? [];
  if (rivalTexts.length > 0 && nameParts(name).some((part) => partShown(description, part) && !rivalTexts.some((d) => partShown(d, part)))) return true;
  // `always denies` for AlwaysDeny beside AlwaysAllow: a part of the name no rival name has, shown.
  const rivalNames = rivals.names ?? [];
  if (rivalNames.length > 0) {
    const rivalParts = new Set(rivalNames.flatMap((n) => nameParts(n).map((q) => q.toLowerCase())));
    if (nameParts(name).some((part) => !rivalParts.has(part.toLowerCase()) && partShown(description, part))) return true;
  }
  // (saysEveryPart: `内存限制` for `limits.memory` beside `内存请求` and `cpu限制`, `Executes before upgrade` for
  // `pre-upgrade` beside `post-upgrade`: only the right one says every part, in either language or other words.)
  return unique(flagNameSaid) || unique(headLettersSaid) || unique(headWordSaid) || unique(partOpens) || unique(somePartShown) || unique(wordShown) || unique(lettersShown) || unique(initialsSaid) || unique(initialsShown) || unique(upperCaseWordSaid) || unique(opensWithTranslation, full) || unique(translationSaid) || unique(everyWordTranslated) || unique(spelledApart) || unique(beginningsSpell) || unique(synonymSaid) || unique(saysEveryPart) || unique(misspeltShown) || unique(squeezedInWord) || unique(squeezedPart) || unique(inCompound) || hanCharShown(description, name, rivals);
}

/** `charts` in `vendored subchart dependencies`: a name of one word (five letters or more) opening or closing a longer word. */
function inCompound(text: string, name: string): boolean {
  const word = name.trim().toLowerCase().replace(/s$/, '');
  if (!/^[a-z]{5,}$/.test(word)) return false;
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => w.length >= word.length + 3 && (w.startsWith(word) || w.endsWith(word) || w.endsWith(`${word}s`)));
}

/** `tmp` in `Temporary files`, `usr` in `User programs`: a short name whose letters a word of the description has, in order, from its first. */
function squeezedInWord(text: string, name: string): boolean {
  const own = name.trim().toLowerCase();
  if (!/^[a-z]{3,5}$/.test(own)) return false;
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => {
    if (word.length <= own.length || word[0] !== own[0]) return false;
    let at = 1;
    for (const letter of word.slice(1)) if (letter === own[at]) at++;
    return at >= own.length;
  });
}

/** `Recv-Q` from `Received queue`, `SIGCHLD` from `child process`: a short part of a name squeezed into a word the same way. */
function squeezedPart(text: string, name: string): boolean {
  const own = name.trim();
  const signal = /^SIG(?=[A-Z]{3,})/.test(own);
  const parts = own.replace(/^SIG(?=[A-Z]{3,})/, '').split(/[-_/.\s]+/).filter(Boolean);
  return (signal || parts.length > 1) && parts.some((part) => /^[A-Za-z]{3,5}$/.test(part) && squeezedInWord(text, part));
}

/** `readinessProbe` in the description of `RedinessProbe`: a long name shown with a slip of one or two letters. */
function misspeltShown(text: string, name: string): boolean {
  const own = name.trim().toLowerCase();
  if (!/^[a-z][a-z0-9]{7,}$/.test(own)) return false;
  return (text.toLowerCase().match(/[a-z][a-z0-9]{6,}/g) ?? []).some((word) => Math.abs(word.length - own.length) <= 2 && typoDistance(word, own) <= 2);
}

/**
 * `--ip` from `a static IPv4 address`, `--until` from `logs until a time`, `--ip6` from `IPv6`: an
 * option's own word opens a word of the description (its digits may come after a letter more).
 */
function flagNameSaid(text: string, name: string): boolean {
  const flag = /^--?([a-z][a-z0-9]*)$/i.exec(name.trim())?.[1]?.toLowerCase();
  if (!flag) return false;
  // `-v` for `Verbose mode`: a one-letter option is its description's first letter.
  if (flag.length === 1) return (/[a-z]/i.exec(text)?.[0] ?? '').toLowerCase() === flag && /^-[a-z]$/i.test(name.trim());
  const [, letters = flag, digits = ''] = /^([a-z]+)(\d+)$/.exec(flag) ?? [];
  // Words of prose only: `net.ipv4.*` in a rival's text is a setting's name, not a word it says.
  const words = text.toLowerCase().replace(/[a-z0-9]*[./*][a-z0-9./*]*/g, ' ').match(/[a-z][a-z0-9]*/g) ?? [];
  return words.some((word) => word.startsWith(flag) || (digits !== '' && word.startsWith(letters) && word.length <= flag.length + 1 && word.endsWith(digits)));
}

/** Characters too common in Chinese prose to point at a name that holds one. */
const COMMON_HAN = new Set([...'的一是不了在有和与或及为中上下个这那其之于以可能会对将把被到从由等时后前用性化者所地得着过也都并而要就各每本此该已']);

/**
 * `轮询` for `按顺序轮流转发`, `最少连接` for `连接数最少的 Pod`: a short Chinese name a character of
 * which the description shows and no rival does (a character the rival names share, like 容 of
 * 容器, tells none of them apart).
 */
function hanCharShown(description: string, name: string, rivals: Rivals): boolean {
  const han = asSimplified(name.trim());
  if (!/^\p{Script=Han}{2,4}$/u.test(han)) return false;
  const rivalNames = (rivals.names ?? []).map(asSimplified).join(' ');
  const rivalTexts = (rivals.descriptions ?? []).map(asSimplified).join(' ');
  const seen = asSimplified(description);
  return [...han].some((ch) => !COMMON_HAN.has(ch) && !rivalNames.includes(ch) && !rivalTexts.includes(ch) && seen.includes(ch));
}

/**
 * `bitcompat` for `Bitnami-compatible images`, `WORKDIR` for `Working directory`: a name run together from the
 * beginnings of words the text says in a row.
 */
function beginningsSpell(text: string, name: string): boolean {
  const written = name.trim();
  if (!/^(?:[a-z]{6,}|[A-Z]{6,})$/.test(written)) return false;
  const letters = written.toLowerCase();
  const words = (text.toLowerCase().match(/[a-z]+/g) ?? []);
  // Each piece at least three letters of the next word, two pieces at least; the first may be an initial
  // before a whole word (`cgroup` for `control groups`).
  const spells = (from: number, at: number, pieces: number): boolean => {
    if (from === letters.length) return pieces >= 2;
    const word = words[at];
    if (word === undefined) return false;
    for (let end = letters.length; end - from >= 3; end--) if (word.startsWith(letters.slice(from, end)) && spells(end, at + 1, pieces + 1)) return true;
    if (from === 0 && word.startsWith(letters[0] as string) && (words[at + 1] ?? '').startsWith(letters.slice(1)) && letters.length - 1 >= 4) return true;
    return false;
  };
  return words.some((_, at) => spells(0, at, 0));
}

/** `AES-GCM` for `aesgcm`, `Node Port` for `nodeport`: the name's letters in a row, split only by dashes, dots or spaces. */
function spelledApart(text: string, name: string): boolean {
  const spelled = spelledPattern(name);
  // Most texts hold no such letters at all: a substring search over the text with its separators gone says so without the pattern.
  return spelled !== null && squashed(text).includes(spelled.letters) && spelled.pattern.test(text);
}

/** The pattern of a name's letters with a separator allowed between them, made once per name: names are compared again and again. */
const spelledPattern = readOnce((name): { letters: string; pattern: RegExp } | null => {
  const letters = name.trim().toLowerCase();
  return /^[a-z0-9]{4,}$/.test(letters) ? { letters, pattern: new RegExp(`(?<![a-z0-9])${[...letters].join('[-_. ]?')}(?![a-z0-9])`, 'i') } : null;
});

/** A text in lower case without the separators a spelled-apart name may have between its letters. */
const squashed = readOnce((text) => text.toLowerCase().replace(/[-_. ]/g, ''));

const CONTRAST = /\b(?:not|never|no|without|only|but|instead|except|unless|while|rather)\b|n't\b/i;

/** CONTRAST tested once per text: the same descriptions are compared again and again. */
const contrasts = readOnce((text) => CONTRAST.test(text));

const HAN = /\p{Script=Han}/u;
/** A Chinese text without its particles, spaces and punctuation: what it says, however it is put. */
const hanCore = (text: string): string => looseKey(asSimplified(text).replace(/[的地得了时之]/gu, ''));

// Words only: Chinese character pairs (`判断`, `容器`, `是否`) are shared by descriptions that mean
// different things, as the three probes' are.
export const wordMarks: (text: string) => ReadonlySet<string> = readOnce((text) => new Set([...telltales(text)].filter((m) => /^[a-z]/.test(m))));

/**
 * Whether two descriptions say much the same (`Uses client certificates to reach the API
 * server` beside `Each node authenticates to the API server with a client certificate`): as
 * a wrong choice, or the description of a wrong name, the one is defensibly right too.
 */
export function saysMuchTheSame(a: string, b: string): boolean {
  // `容器启动时执行的命令` and `容器启动执行命令`: one Chinese sentence, less its particles.
  if (HAN.test(a) && HAN.test(b) && hanCore(a) === hanCore(b)) return true;
  // `never touches running Pods` against `evicts running Pods`: descriptions written to be
  // told apart share words on purpose, and their contrast is what is asked.
  if (contrasts(a) || contrasts(b)) return false;
  const first = wordMarks(a);
  const second = wordMarks(b);
  let shared = 0;
  for (const m of first) if (second.has(m)) shared++;
  return shared >= 4 && shared >= 0.6 * Math.min(first.size, second.size);
}

/**
 * Whether the members shown in a "which is NOT" question share a mark the odd one lacks
 * (`vpa-updater`, `vpa-recommender` against `cluster-autoscaler`): the odd one is then found
 * by its words, not by knowing.
 */
export function oddOneStandsOut(members: readonly string[], odd: string): boolean {
  // `22: SSH`, `53: DNS` against `AWS Security Groups`: members that each open with a number.
  const numbered = (text: string): boolean => /^\d/.test(text.trim());
  if (members.length >= 2 && members.every(numbered) !== numbered(odd) && members.every((m) => numbered(m) === numbered(members[0] as string))) return true;
  const oddMarks = telltales(odd);
  const [first, ...rest] = members.map(telltales);
  if (!first) return false;
  if ([...first].some((m) => rest.every((marks) => marks.has(m)) && !oddMarks.has(m))) return true;
  // `实现级`, `结构级别`, `功能级` against `软件进化`: a character every member has and the odd one lacks.
  const hanOf = (text: string) => new Set(asSimplified(text).match(/\p{Script=Han}/gu) ?? []);
  const [firstHan, ...restHan] = members.map(hanOf);
  const oddHan = hanOf(odd);
  return members.length >= 2 && oddHan.size > 0 && [...(firstHan ?? [])].some((c) => restHan.every((chars) => chars.has(c)) && !oddHan.has(c));
}
