import { isChecklistTitle, isReferenceTitle, isScaffoldTitle, isTroubleshootingTitle } from '../notes/kinds.js';
import { ANSWER_LABEL, asSimplified, isAdviceSection, isAspectLabel, commandsOnly, isSentence, isTechnicalName, namesFieldWord } from '../text/index.js';
import type { Bank, Lang, Question, TermEntry } from '../types.js';
import type { Pool } from './pool.js';
import { isCodeText, isInstructionText, isLogText, isOutputRow } from './cloze.js';
import { entryExplanation, headingsOf, isFileTitle, langOf, makeDraft, makeQuestion, questionId, rejectCandidate, sourceOf, templates, type Draft, type GenContext } from './draft.js';
import { isIntroTitle, isScreenPath, isStructureTitle, leansOnNote, looksBack, pinnedDetails, namesASetup, procedureName, procedureText, TWO_JOBS } from './order.js';
import { LEADS_ON, picksAValue, usableDetail } from './pool.js';
import { bareTitle, keyOf, namesOnly, saysOnlyPraise, width, withoutHeadingNumber } from './text.js';
import { AUTHORS_DOUBT, COURSE_SECTION, isAuthorsAside, POINTS_SECTION, LINK_LABEL, endsAtPreposition, FIELDS_LABEL, explainsItself, isActionTitle, isAspectBank, isAspectName, isProfile, isCircumstance, isCodeLine, isFragmentDetail, isGenericField, isNonName, isNoteAside, isQuality, isValueOnly, nameOnWrongSide, toldByCertificates, PLAIN_WORD_ZH, QUALITY_ATTRIBUTE, isStopWord } from './entries.js';

// recall: free answer, then the reference is shown and the person grades themself.
// From qa pairs, from named things whose detail is worth explaining (an aspect of a thing is
// asked about the thing: `What is the purpose of a Pod?`), and from procedures.

/** `lighter weight, …`, `same shape, but for credentials`, `比 iptables 更快`: a description relative to the item beside it. (`与 always 类似，但…` says how it differs.) */
const COMPARED_TO_NEIGHBOUR = /^(?:(?:works|behaves|acts|operates|functions) (?:similarly|the same(?: way)?|likewise|just like)\b|(?:much |even |a bit |slightly |\d+(?:\.\d+)?\s*[x×]\s+)?(?:lighter|heavier|faster|slower|simpler|smaller|larger|bigger|cheaper|newer|older)\b|(?:less|more) (?:\w+ )?than\b|(?:the )?same (?:shape|as|idea|thing)\b|likewise\b|similarly\b|similar to (?:the )?(?:above|previous|that)\b)|^(?:同上|类似地|同理|与上面?类似|和上面?一样|(?:写法|寫法|用法)同)|^(?:比|相比|相较于?)[^，。,]{1,20}更/iu;

/** `类似node.createdIndex，…`, `Similar to NodePort, …`: told by another entry, with no difference said. */
const LIKE_ANOTHER = /^类似于?\s*[^，,。\s]{1,30}\s*[，,](?!.*(?:但|不过|区别|不同|而是))|^(?:similar to|same as)\s+[^,]{1,30},(?!.*\b(?:but|except|unlike|whereas|however|instead)\b)/iu;

/** The slots a command's syntax is told by. */
const SYNTAX_PART = /^(?:command|subcommand|type|name|flags?|options?|args?|arguments?|resource|verb|target|命令|子命令|类型|名称|参数|选项)$/i;

/** An answer wider than this (about 450 Chinese characters, 900 letters) is more than one can grade against. */
const MAX_ANSWER_WIDTH = 900;
/** Lines of an answer, code included, beyond which no one holds their own answer against it. */
const MAX_ANSWER_LINES = 60;

/** A detail shorter than this is better asked as a choice than explained. */
const EXPLAIN_MIN_WIDTH = 30;

/** Section numbering and marks before a title: `3.1.`, `✅`, `一、`, `a.`. */
const bare = (text: string): string => bareTitle(text, true);

/** `Copy Fails`, `Node Not Ready`, `节点加入失败`: a symptom, the head of a troubleshooting entry. */
const SYMPTOM = /\b(?:fails?|failed|failure|errors?|denied|refused|not found|timeouts?|timed[ -]out|cannot|can't|unable|not ready|not working|unreachable|slow|hangs?|stuck|crash(?:es|ing)?)\b|失败|报错|异常|无法|不通|超时|缓慢|卡顿|卡住|不生效|未生效|不均衡|不一致|丢失|泄漏|泄露|起不来|连不上/i;

/** A name a person can be asked to explain: short, not a sentence, not a value, not a symptom. */
function isExplainable(written: string, lang: Lang = 'en'): boolean {
  const term = asSimplified(written);
  if (/^\d+\s*(?:端口|port)$/i.test(term.trim())) return true;
  const t = bare(term);
  // `6443 端口` names a port; `30s`, `1000个节点` are values.
  if (!t || (/^\d/.test(term.trim()) && !/^\d+\s*(?:端口|port)$/i.test(t)) || /^[\p{P}\p{S}]/u.test(t.replace(/^\/(?=\w)/, ''))) return false;
  if (isSentence(t) || isScaffoldTitle(t)) return false;
  // `ex`, `eg`: a note's shorthand for "example", not a name of the field (`rr`, `lc` are IPVS's).
  if (/^(?:ex|eg|ie|vs|nb|ps|etc)\.?$/i.test(t)) return false;
  // `Kubernetes Controllers: Deployment`: a page's title with its part, not a name.
  if (/\S:\s/.test(t)) return false;
  // `graceful`, `dangerous`: a lone adjective from the note's sentence.
  if (/^[a-z]+(?:ful|ous)$/.test(t)) return false;
  // `Destination/Purpose`: aspects joined by a slash are a label, whatever each names.
  if (/^[A-Za-z][A-Za-z ]*\/[A-Za-z][A-Za-z ]*$/.test(t) && t.split('/').some((part) => isAspectLabel(part.trim()))) return false;
  // `实现`, `说明`: a heading's word for a part of the note, not a name.
  if (HEADING_WORD.test(t)) return false;
  // `每个节点`, `所有Pod`: a quantifier leads a clause; `对底层网络要求较高`: a claim, not a name.
  // `当pod 设置hostNetwork`, `如果…`: a circumstance leads a clause; `目前解决办法`: the note's state of affairs.
  // `不删除 mirror pods`: what a command does not do, a clause of its description.
  if (/^(?:当|如果|若|假如|假设|在|目前|当前|现在|没有|未|无需|不(?!可变|变))/u.test(t)) return false;
  // `原文地址`, `参考链接`: where the note came from; `增加`, `清理 csr srl`, `暂停和启动`: a lab's actions.
  // (`来源`, `地址`: where a page came from is no name to explain either; as a field's name it may be one elsewhere.)
  if (LINK_LABEL.test(t) || /^(?:文档|来源|链接|地址|source)$/i.test(t)) return false;
  if (PLAIN_WORD_ZH.test(t)) return false;
  // `Beginner`, `Expert`: a course's levels, not things of the field.
  if (/^(?:beginner|intermediate|advanced|expert|novice|level \d+|初级|中级|高级|入门|进阶)$/i.test(t)) return false;
  // (`重启策略`, `删除方式`: the action's policy is a name.)
  if (/\p{Script=Han}/u.test(t) && !/(?:策略|模式|方式|机制|类型)$/u.test(t) && (isActionTitle(t) || /^(?:增加|减少|添加|清理|删除|暂停|恢复|重启|停止|启动|改为|改成|换成)/u.test(t) || /^\p{Script=Han}{2}[和与及、]\p{Script=Han}{2}$/u.test(t))) return false;
  if (/^(?:每个|每一个|所有|一个|这个|那个|某个|各个|对)/u.test(t) || /(?:较高|较低|较好|较差|较多|较少|较大|较小|更好|更差|更高|更低)$/u.test(t)) return false;
  // `用到知识有`, `组成部分是`: a clause cut before its list, not a name.
  if (/\p{Script=Han}(?:有|是|为|包括|包含|如下)$/u.test(t)) return false;
  // `Pod有两种类型`: a statement about the thing, cut before its list.
  if (/(?:有|存在|分为|包括|包含)[一二两三四五六七八九十几多\d]+[种个类项步]/u.test(t)) return false;
  // `Copy Fails`, `节点加入失败`: a symptom; `Failed`, `CrashLoopBackOff` alone are states, and names.
  if (SYMPTOM.test(t) && (/\p{Script=Han}/u.test(t) ? [...t].length > 3 : /\s/.test(t))) return false;
  // `Your Choice`, `My Setup`, `kubelet/*`: the note talking to itself, or a pattern;
  // `更多信息请参考`: a pointer elsewhere.
  if (/^(?:your|my|our|the)\b|你的|我的|[*]/i.test(t)) return false;
  if (/参考|详见|见下|\b(?:refer to|see also|see)\b|更多.*信息/i.test(t)) return false;
  // `以上表示"holderIdentity"`: the note pointing at its own text.
  if (/^(?:以上|如上|上述|下面|以下|这个|这里|该|此)|["“”]/.test(t)) return false;
  // `例如`, `e.g.`: an example follows, nothing is named; `kubectl 支持 1.24 和 1.23 版本`: a statement.
  // `範例`, `我們來看…`, `Interview angle`, `问题1`: the note talking to itself (a comparison, `X vs Y`, is still explained).
  if (isNoteAside(t)) return false;
  if (/^(?:例如|比如|举例|示例|e\.g\.?|for example|for instance)(?:$|\p{Script=Han})/iu.test(t) || (t.match(/\d+(?:\.\d+)*/g)?.length ?? 0) >= 2) return false;
  // `用户pod挂载rbd使用的帐号`: past ten characters a Chinese label describes; a name is shorter.
  if (/\p{Script=Han}/u.test(t)) return (t.match(/\p{Script=Han}/gu)?.length ?? 0) <= 10 && [...t].length <= 32;
  const words = t.split(/\s+/);
  if (words.length > 5 || t.length > 48) return false;
  // `Token-based`, `Policy-based`: a compound adjective labels a kind of something, which it does not name.
  // (`not-ready`, a taint's name, is written in lower case.)
  if (/^[A-Z][A-Za-z]*-[A-Za-z]+$/.test(t) && /-(?:based|focused|oriented|driven|aware|native|friendly|ready|level|wide|only)$/i.test(t)) return false;
  // In Chinese notes an English word is a name (`Finalizer`, `Exact`); in English notes a lone
  // adjective or quality (`Versatile`, `Recommended`) is a label the note put before a colon.
  // `Exposure`, `Interoperability`: one abstract noun is the note's label for an aspect.
  if (words.length === 1) return lang === 'zh' || isTechnicalName(t) || (!ADJECTIVE.test(t) && !/(?:ity|ness|ance|ence|ure|ism)$/i.test(t));
  return !/&|\bto\b|\band\b/i.test(t) && !QUALITY_EN.test(t);
}


const topics = new WeakMap<Bank, string | null>();

/** What a section is about, for a prompt: the bank title or the nearest heading that names a thing. Once per bank. */
function topicName(bank: Bank): string | null {
  let topic = topics.get(bank);
  if (topic === undefined) topics.set(bank, (topic = readTopicName(bank)));
  return topic;
}

function readTopicName(bank: Bank): string | null {
  const titles = [bank.title, ...[...headingsOf(bank)].reverse()];
  for (const [i, title] of titles.entries()) {
    // `Cilium的局限性 › 3. 学习曲线陡峭`: a point made under an aspect names nothing; the thing is further up.
    const parent = titles[i + 1];
    if (parent !== undefined && POINTS_SECTION.test(bare(parent))) continue;
    // `ipvs 简介` is about ipvs.
    // `graphdriver架构图`, `Cluster architecture diagram`: what the picture shows.
    // `go互斥锁的实现原理` is about go互斥锁 (passing over it would leave `go`, the note's title).
    const t = bare(title).replace(/(?<=\S)\s*(?:简介|介绍|概述|详解|入门|的思考|思考|浅析|笔记|小结|的?基本概念|的?核心概念|的?(?:整体)?(?:架构|结构|流程|原理|示意)图|(?:architecture )?diagram|的(?:实现|工作)?原理|的实现(?:方式)?|的作用)$/iu, '');
    // `PRACTICAL QUESTIONS`, `练习题`: a heading over questions to answer, which is nothing's name.
    if (SCAFFOLD_HEADING.test(t)) return null;
    // `Security-focused`, `Behavior`: a quality or a heading word says whose nothing.
    // (`学习内容`, a course's section, says whose nothing either.)
    // (`两种格式`, `三种类型`: a count of kinds under a thing, which names none of them.)
    if (HEADING_WORD.test(t) || /^[一二两三四五六七八九十几\d]+\s*[种类个项]\S{0,4}$/u.test(t) || isFileTitle(t) || isActionTitle(t) || COURSE_SECTION.test(t) || (ADJECTIVE.test(t) && !isTechnicalName(t)) || /-(?:focused|based|oriented|friendly|driven|native|ready|aware)$/i.test(t) || GENERIC_WORD.test(t)) continue;
    // `GitOps Controllers (ArgoCD, FluxCD)`: the examples in brackets are not what makes it a name.
    const named = t.replace(/\s*[(（][^()（）]*[,，、][^()（）]*[)）]$/u, '') || t;
    if (t && !isAspectName(t) && isExplainable(named, 'zh') && !/^(?:why|what|how|which|为什么|什么|如何|怎么)/i.test(t)) return t;
  }
  return null;
}

/** A heading over exercises or questions: what is under it answers them, and is named by none of them. */
const SCAFFOLD_HEADING = /\b(?:(?:practical|interview|review|practice|scenario|exam|quiz)\s+)?(?:questions?|exercises?|quiz(?:zes)?)$|面试题|练习题?$|习题$|思考题$/iu;

/** Headings that say where in a note something is, not what: passing over them leaves the topic the same. */
const HEADING_WORD = /^(?:内容|实现|说明|介绍|简介|概述|概念|示例|例子|总结|其他|其它|备注|详解|基础|本章|本节|本文|本篇)$/u;

/**
 * Whether the heading right over an aspect (`Naming Limit › Reason`, `Level 3: Pod Failure Policy ›
 * Purpose`) names something of its own that topicName passed over for the heading above: the
 * aspect belongs to that, and asking it of the topic above asks something else.
 */
function ownerPassedOver(bank: Bank, topic: string): boolean {
  const own = bare(bank.title).trim();
  if (!own || keyOf(own).includes(keyOf(topic))) return false;
  // `观察室 🕒 unschedulableQ（不可调度队列）` opens like an action (观察) but names a queue.
  const action = isActionTitle(own) && !own.split(/[\s()（）]+/u).some(isTechnicalName);
  return !(HEADING_WORD.test(own) || GENERIC_WORD.test(own) || isAspectName(own) || action || KNOWLEDGE.test(own) || WHOLE.test(own));
}

/** Three code blocks or more, with more lines of code than of prose: a lab told step by step. */
function isWalkthrough(answer: string): boolean {
  const parts = answer.split(/^\s*```.*$/mu);
  if (parts.length < 7) return false;
  const lines = (odd: boolean) => parts.filter((_, i) => i % 2 === (odd ? 1 : 0)).join('\n').split('\n').filter((line) => line.trim()).length;
  return lines(true) > lines(false);
}

/** Narrower than this, a `Why:` line under a topic is a slogan, not the reason (`offers flexible scheduling`). */
const WHY_MIN_WIDTH = 90;

/** Aspects that are the thing itself: asking for them is asking to explain the thing. */
const WHOLE = /^(?:definition|description|overview|introduction|intro|what is it|meaning|concept|summary|in one sentence|one[- ]line summary|one[- ]liner|tl;?dr|定义|描述|概念|含义|简介|介绍|概述|是什么|一句话(?:概括|总结|介绍|描述)?|概括)$/i;
/** Aspects worth asking about a thing; the rest (`Note`, `Example`, `Result`, `说明`) are the note's layout. */
const KNOWLEDGE =
  /^(?:purpose|goal|idea|key idea|main idea|use|uses|usage|use cases?|function|role|how it works|mechanism|principle|formula|origin|history|difference|differences|advantages?|disadvantages?|benefits?|pros|cons|drawbacks?|downsides?|upsides?|limitations?|features?|key features|characteristics|reason|why|when to use|作用|用途|功能|目的|目标|思路|原理|实现原理|实现方式|配置方法|使用方法|启用方法|用法|工作原理|实现原理|机制|计算公式|公式|来源|指标来源|区别|差异|优点|缺点|优势|劣势|不足|局限|特点|特性|特征|原因|使用场景|适用场景|应用场景|场景)$/i;


const ATTRIBUTE_TEXT: Record<Lang, (attribute: string, topic: string) => string> = {
  en: (attribute, topic) => `What is ${topic} like in terms of ${attribute.toLowerCase()}?`,
  zh: (attribute, topic) => `「${topic}」在${attribute}方面怎么样？`,
};

function aspectQuestionEn(aspect: string, topic: string): string {
  const a = aspect.toLowerCase();
  if (a === 'how it works' || a === 'mechanism' || a === 'principle') return `How does ${topic} work?`;
  if (a === 'when to use') return `When would you use ${topic}?`;
  if (a === 'why') return `Why ${topic}?`;
  const plural = /(?:s|ages|cons|pros)$/.test(a) && !/(?:purpose|use|usage|origin|function|role|formula|reason|goal|history)$/.test(a);
  return `What ${plural ? 'are' : 'is'} the ${a} of ${topic}?`;
}

const ASPECT_TEXT: Record<Lang, (aspect: string, topic: string) => string> = {
  en: aspectQuestionEn,
  zh: (aspect, topic) => `「${topic}」的${aspect}是什么？`,
};

/** `Versatile`, `Recommended`, `Lightweight`, `Function`: a quality or a heading word, not a name. */
const ADJECTIVE =
  /^(?:\w+(?:ile|ive|able|ible|al|ous|ful|less|ed|ly|ent|ant)|lightweight|simple|easy|fast|secure|stable|mature|popular|flexible|function|community|expiration|overview|purpose|usage|default|recommended|alternatives?|limitations?|pros|cons)$/i;

/** English words that end a label of a quality, not a name: `Static Nature`, `Environment Fit`. */
const QUALITY_EN = /\b(?:nature|fit|focus|support|friendliness|ease|choice|considerations?|factors?|compatibility|footprint|experience|benefit|advantage|points?)$/i;

/** Words a note uses as a heading over anything: `Error`, `Result`, `Focus`. */
const GENERIC_WORD = /^(?:error|errors|issue|result|results|output|explanation|importance|focus|format|size|status|comparison|current use|usage|using|example|note|summary|expect|expected|behaviou?r|details?|others?)$/i;

/**
 * Plain English words that are not a name of the field (`Current Use`, `Storage Location`,
 * `Runs On`): the note's own label. One word alone (`Forbid`, `Evicted`) is often a value's name.
 */
function isPlainLabel(term: string): boolean {
  // `Other Registries`, `More Options`: the rest of a list, not a thing.
  if (GENERIC_WORD.test(term) || /^(?:other|more|additional|misc(?:ellaneous)?|general|various)\b/i.test(term)) return true;
  const words = term.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^[A-Za-z][a-z]*$/.test(w))) return false;
  return !isTechnicalName(term) && !isTechnicalName(term.replace(/s$/, ''));
}

/** Lines that are mostly superlatives (`✔️ Best IAM security`, `Cheapest per node`): a pitch, nothing to recall. */
function isPraiseList(text: string): boolean {
  const lines = text.split('\n').map((l) => l.replace(/^[\s\-*+>✔✓✅☑️\uFE0F]+/u, '').trim()).filter(Boolean);
  return lines.length >= 2 && lines.filter((l) => /^(?:best|cheapest|fastest|easiest|simplest|most|top|great|excellent|amazing)\b/i.test(l)).length * 2 >= lines.length;
}

/** `Common causes`, `Possible reasons`, `常见原因`: a list of what brings something about. */
const CAUSES = /^(?:(?:common|possible|typical|main|root|likely)\s+)?(?:causes?|reasons?)$|^(?:常见|可能的?|主要)?原因$/iu;

/** A heading over mistakes made with things: `Common Pitfalls`, `Gotchas`, `易错点`. */
const PITFALLS = /\b(?:pitfalls?|gotchas?|caveats?|(?:common )?mistakes(?: to avoid)?|anti-?patterns?|traps?)$|(?:坑|陷阱|易错点|常见错误|踩坑)$/iu;

// A member named in a list: one or two words, maybe with a parenthesis (`PersistentVolume(Claim)`, `Service 类型`),
// or a short Chinese noun (`探针`); a longer Chinese item is more likely a clause of a sentence.
const LISTED_NAME = String.raw`(?:[\w.\-/]{1,30}(?:[(（][\w .\-]{1,20}[)）])?(?: [\p{L}\p{N}_.\-]{1,20})?|\p{Script=Han}{1,6})`;
const NAMES_ONLY = new RegExp(String.raw`^${LISTED_NAME}(?:\s*[,，、]\s*${LISTED_NAME}){5,}(?:\s*(?:等等?|etc\.?|…+))?[。.]?$`, 'u');

/**
 * `Kubernetes API on top, programmable back`: two short English phrases side by side with no verb, a
 * slogan (`Logical grouping for isolation within the cluster` is one phrase, a definition).
 */
function isSlogan(detail: string): boolean {
  const text = detail.replace(/[。.!！]+$/u, '').trim();
  if (/\p{Script=Han}/u.test(text) || text.includes('\n')) return false;
  const phrases = text.split(/\s*[,;，]\s*/);
  const words = text.split(/[\s,;:–—-]+/).filter(Boolean);
  return phrases.length >= 2 && phrases.every((p) => p.split(/\s+/).length <= 4) && !words.some((w) => /^(?:is|are|was|were|be|has|have|had|can|will|does|do|lets?|makes?|runs?|gives?|helps?|turns?|keeps?)$/i.test(w) || /^[a-z]{3,}(?:ed|es)$/.test(w));
}

const FILLER = /^(?:a|an|the|of|and|or|to|in|on|for|is|are|by|with|as|at|it|its|this|that|all|any|every|your|you|be|when|so)$/i;

/**
 * `Monitoring: Continuously monitor the cloud environment`: an English line that says its term again
 * and three words more, which is nothing to recall.
 */
function echoesTerm(term: string, detail: string): boolean {
  if (/\p{Script=Han}/u.test(term + detail) || detail.includes('\n')) return false;
  const stems = term.toLowerCase().match(/[a-z]{4,}/g)?.map((w) => w.slice(0, 5)) ?? [];
  const words = (detail.toLowerCase().match(/[a-z][a-z0-9-]*/g) ?? []).filter((w) => !FILLER.test(w));
  const echoes = (w: string) => stems.some((s) => w.startsWith(s));
  // The line opens with the term's own word (`Continuously monitor…`), not with what it does (`Binds a ClusterRole…`).
  const head = words.find((w) => !/ly$/.test(w));
  return head !== undefined && echoes(head) && words.filter((w) => !echoes(w)).length <= 3;
}


const count = (text: string, mark: string): number => text.split(mark).length - 1;


/** The prompt for an entry, or why there is none. */
function explainPrompt(bank: Bank, entry: TermEntry, ctx: GenContext): { prompt: string; subject: string; answer: string } | { reason: 'label' | 'no-subject' | 'instruction' | 'debris' | 'too-short' } {
  const t = templates(bank, ctx);
  const detail = referenceOf(entry);
  if (!usableDetail(entry) || width(detail) < EXPLAIN_MIN_WIDTH || echoesTerm(entry.term, detail) || namesOnly(detail)) return { reason: 'too-short' };
  // `{key:"KEY", operator:"OPERATOR"`: a value cut off before its closing brace, the rest on a later line.
  if (count(detail, '{') > count(detail, '}')) return { reason: 'debris' };
  // `findings: I read the article about Raft…`: the note-taker's own story, no explanation of a thing.
  if (OWN_STORY.test(detail.trim())) return { reason: 'debris' };
  // `**继续看第2个例子**，要批量删除…`: the note turning to its next example, set in bold, is no name.
  if (TURNS_TO.test(entry.term.trim())) return { reason: 'label' };
  // `仓库和集群管理：argocd repo add，argocd cluster add`: a tool's commands alone show how and explain nothing.
  if (commandsOnly(detail.replace(/`/g, ''))) return { reason: 'too-short' };
  // `hostNetwork: true时候…`: a field's value split off at its colon, not a term and its explanation.
  if (/^(?:true|false|null|none|yes|no|on|off|\d+)(?![\w.])/i.test(detail)) return { reason: 'debris' };
  // `persistentVolumeReclaimPolicy: Retain,申明释放后…`, `path: gzip.conf表达…`: a field, then the value
  // one manifest gave it: that manifest's choice, not what the field is.
  if (/^[a-z]+(?:[A-Z][a-z]+)*$/.test(entry.term.trim()) && /^(?:[A-Z][a-z][A-Za-z]*[,，]\s*|[\w-]+\.[a-z]{2,5})\p{Script=Han}/u.test(detail)) return { reason: 'debris' };
  if (nameOnWrongSide(entry) || picksAValue(entry)) return { reason: 'debris' };
  // `LoadBalancer: "I want the cloud to give me a public IP"`: a mental model's line in quotes, a slogan, not what it is.
  if (/^["“「][^"”」]*(?:\bI\b|\bme\b|我)[^"”」]*["”」][.。]?$/u.test(detail.trim())) return { reason: 'debris' };
  // `tcpSocket: Best for non-HTTP services`: who it suits, not what it is; and a product's use case told
  // as the customers it suits (`Ideal for enterprises focused on hybrid cloud…`) is its marketing.
  const aspect = KNOWLEDGE.test(bare(entry.term));
  if (!aspect && /^(?:ideal|best|great|perfect|well[- ]suited|suited|suitable|good)\s+(?:for|choice)\b/i.test(detail.trim())) return { reason: 'debris' };
  if (/^use cases?$/i.test(bare(entry.term)) && /\b(?:organi[sz]ations|enterprises|businesses|companies|customers)\b/i.test(detail)) return { reason: 'debris' };
  // `资源对象：Pod、ReplicaSet、Deployment、StatefulSet、Job、Service…`: six members or more named, not what the thing is.
  if (NAMES_ONLY.test(detail.trim())) return { reason: 'debris' };
  if (isAuthorsAside(entry.term, detail) || FIELDS_LABEL.test(entry.term.trim())) return { reason: 'debris' };
  // `，并将在未来…`, `is often used with…`: the term was cut out of a sentence; a link or a command explains nothing.
  if (/^[\p{P}\p{S}]/u.test(detail) && !/^[(（「"“`]/u.test(detail)) return { reason: 'debris' };
  // `for learning and developing locally`: what a tool is for, whole on its own as an explanation.
  if (isFragmentDetail(detail) && !/^for [a-z]+ing\b/i.test(detail)) return { reason: 'debris' };
  // `template: spec: volumeMounts 指定…`: a manifest's key first, the note's example told line by line.
  if (/^(?:spec|metadata|template|containers|volumeMounts|volumes|selector|status):\s/.test(detail.trim())) return { reason: 'debris' };
  // `以两个输入源(tcp, http)、一个输出为例`: the example the note goes on to set up, not what the thing is.
  if (/^以.{1,40}为例/u.test(detail.trim())) return { reason: 'debris' };
  // `https://github.com/…，xhyve 是…`: a link first, then a remark on it.
  if (/^(?:https?:\/\/|www\.)/i.test(detail)) return { reason: 'debris' };
  // `Node: These machines perform the tasks…`: a line that points back at the one before it says not what the thing is;
  // `Deployment: You create a Deployment with your desired state`: how the reader uses it, neither.
  if (/^(?:these|those|you|we)\b|^(?:这些|那些)/iu.test(detail)) return { reason: 'debris' };
  // `**Ingress** solves all of this. One entry point…`: a line that answers the problems listed before it.
  if (/\b(?:(?:solves|fixes|addresses|avoids)\s+(?:all of )?(?:this|these|that|them)|all of (?:this|these)|the problems above|these (?:problems|issues|pain points))\b|解决了?(?:上述|以上|这些)(?:所有)?(?:问题|痛点)/iu.test(detail)) return { reason: 'debris' };
  // `Known for reliability and enterprise-grade support`: praise, nothing to recall or grade against.
  // `VisualVM: lighter weight…, less powerful than MAT`: a comparison with the line before says not what it is.
  if (saysOnlyPraise(detail) || COMPARED_TO_NEIGHBOUR.test(detail) || LIKE_ANOTHER.test(detail)) return { reason: 'debris' };
  // `Pod: The actual running container(s).`: four words are too few to grade an explanation against.
  if (bank.lang === 'en' && detail.split(/\s+/).length <= 4) return { reason: 'too-short' };
  // `Immediate: PV is bound immediately`, `分发策略：…用来配置资源分发策略`: a short reference that
  // repeats its own term says nothing the prompt did not.
  const own = keyOf(bare(entry.term));
  // (`Pod IP：Pod的IP地址`: the name again, a 的 between its words.)
  const said = keyOf(detail.replace(/的/g, ''));
  if (own.length >= 4 && width(detail) <= 40 && (said.includes(own) || said.includes(own.replace(/e$/, '')))) return { reason: 'debris' };
  // `PullImage: pulls an image from a registry`: a short line that only says the name's words again.
  if (explainsItself(bare(entry.term), detail)) return { reason: 'debris' };
  // `…maybe we don't need it???`: a question the note asks itself explains nothing.
  if (/[?？]$/.test(detail)) return { reason: 'debris' };
  // `POD_NAME valueFrom: # … fieldRef: fieldPath: metadata.name`: a manifest run together into one line.
  if ((detail.match(/\b[a-z]+[A-Z]\w*:(?=\s|$)/g) ?? []).length >= 2) return { reason: 'debris' };
  // `准确性*，可以与kubernetes共用*；`: emphasis the note never closed, left in the reference.
  if (/[\p{Script=Han}，。；、]\*|\*[\p{Script=Han}，。；、]/u.test(detail)) return { reason: 'debris' };
  // `serverOptions.AddFlags(cmd.Flags())`: a call, not an explanation.
  if (isCodeLine(detail)) return { reason: 'debris' };
  if (isValueOnly(detail) || pointsAway(detail)) return { reason: 'debris' };
  // `my-context → A logical name…`: a value of the note's own example, explained.
  if (/^\S+\s*(?:→|->|=>)/.test(detail)) return { reason: 'debris' };
  // `To view all active firewall rules:` leads into code the question cannot show.
  // `Uses a JWT (as in this example)`: an explanation that leans on the note's example, which the question cannot show.
  if (/[:：]$/.test(detail) || LEADS_ON.test(detail) || COURSE_TALK.test(detail) || /\b(?:as in (?:this|the) example|in this example|as (?:shown|seen) above)\b|如本例|本例中/i.test(detail)) return { reason: 'debris' };
  // `Run the check: …`: a label can be the instruction; `Always`, `RUN`, `Delete` alone are names.
  if (isInstructionText(detail) || (/\s/.test(entry.term.trim()) && /^[A-Z][a-z]+ [a-z]/.test(entry.term.trim()) && isInstructionText(entry.term))) return { reason: 'instruction' };
  if (isCodeText(detail) || isLogText(detail) || isOutputRow(detail)) return { reason: 'debris' };
  // `URL in ~/.kube/config is correct`: a check to make, not something to explain.
  if (/\b(?:is|are) (?:correct|running|valid|reachable|set|enabled|installed|present)\.?$/i.test(detail)) return { reason: 'instruction' };
  // A row of a table (`Manually by admin；Automatically by provisioner`) without its column headings.
  const cells = detail.split(/[；|]/).map((c) => c.trim()).filter(Boolean);
  if (cells.length >= 3 || (cells.length === 2 && cells.every((c) => [...c].length <= 24))) return { reason: 'debris' };
  if (/\s=\s|=\s*\d/.test(entry.term)) return { reason: 'debris' };
  // `（4）过滤主机：…`: a numbered paragraph is a step of the note's walk-through, not a name.
  if (/^\s*[(（][\d一二三四五六七八九十]+[)）]/u.test(entry.term)) return { reason: 'label' };
  const term = bare(entry.term);
  if (QUALITY_ATTRIBUTE.test(term)) {
    const topic = topicName(bank);
    // `What is Scheduler like in terms of complexity?` reads as a riddle in English.
    if (!topic || langOf(bank, ctx) === 'en') return { reason: 'no-subject' };
    return { prompt: ATTRIBUTE_TEXT[langOf(bank, ctx)](term, topic), subject: `${topic} ${term}`, answer: detail };
  }
  // `parameters`, `rollout status`: a field or a command (written in lower case), not a heading's aspect.
  if ((isAspectLabel(term) || WHOLE.test(term) || KNOWLEDGE.test(term)) && !/^[a-z]/.test(term)) {
    const topic = topicName(bank);
    if (!topic) return { reason: 'no-subject' };
    // `Cloud (e.g., AWS, GKE) › Pros`: a plain word names one of the note's options, which the prompt cannot show.
    if (langOf(bank, ctx) === 'en' && /^[A-Z]?[a-z]+(?:[- ][a-z]+)?$/.test(topic) && !isTechnicalName(topic)) return { reason: 'no-subject' };
    // `Deployment: MaxSurge, 作用：更新时最多允许…`: aspects beside a field that heads its own sub-list
    // are some field's of the list (a sub-list that lost its parent), not the heading's.
    if (bank.kind === 'terms' && bank.entries.some((e) => e !== entry && e.detail.trim() === '' && /^[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+$/.test(bare(e.term)))) return { reason: 'no-subject' };
    // `为什么Pod必须是原子调度单位 › 场景：应用写日志…`: under a question, an aspect is that question's case, not the thing's.
    if (/^(?:why|how|为什么|为何|如何|怎么)/i.test(bare(bank.title)) && !WHOLE.test(term)) return { reason: 'no-subject' };
    // `一句话概括：Kubernetes API on top, programmable back`: a slogan sums a thing up for those who know it; it explains nothing.
    if (WHOLE.test(term)) return isSlogan(detail) ? { reason: 'too-short' } : { prompt: t.explain(topic), subject: topic, answer: detail };
    // `Role › **Role**对象只能用于…`: the RBAC object under its own heading is the thing, not its role.
    if (keyOf(term) === keyOf(topic)) return { prompt: t.explain(topic), subject: topic, answer: detail };
    if (KNOWLEDGE.test(term)) {
      // `CronJob › Naming Limit › Reason`: the reason is the naming limit's, which is no name to ask about, not the CronJob's.
      if (ownerPassedOver(bank, topic)) return { reason: 'no-subject' };
      // `Node Affinity › Why: offers flexible scheduling, improving placement`: a line of a topic's
      // template that sells it in a phrase, no reason to recall.
      if (/^why$/i.test(term) && !detail.includes('\n') && width(detail) < WHY_MIN_WIDTH) return { reason: 'too-short' };
      return { prompt: ASPECT_TEXT[langOf(bank, ctx)](term, topic), subject: `${topic} ${term}`, answer: detail };
    }
    return { reason: 'label' };
  }
  // `两个最重要的属性`: a count the note leads a line with is no name to explain (a group's title may be one).
  if (!isExplainable(entry.term, bank.lang) || isQuality(term) || isNonName(entry.term) || /^(?:[一二两三四五六七八九十几]|\d+)\s*(?:个|种|类|大|项|点)/u.test(term)) return { reason: 'label' };
  // `Explain: Error`, `Explain: Current Use`, `Explain: Storage Location`: in English notes a
  // label of plain words, not a name of the field, asks nothing a reader could answer.
  if (bank.lang === 'en' && isPlainLabel(term)) return { reason: 'label' };
  // `Key Points › Extensive Use`: a point's label under an aspect is not a thing to explain.
  // `几个原因 › 理解原理`: a Chinese phrase among points is a label too (isTechnicalName takes any Han word).
  if (bank.kind === 'terms' && isAspectBank(bank) && (!isTechnicalName(entry.term) || /\s/.test(entry.term.trim()) || /^\p{Script=Han}+$/u.test(term))) return { reason: 'label' };
  // `Common Pitfalls › Blue/Green: forgetting to switch the selector`: a mistake made with the term, not what it is.
  // `Common causes › Taints/Tolerations: nodes have taints the Pod can't tolerate`: how it causes something, not what it is.
  // `通用建议 › failureThreshold：给应用自愈的机会，不要设太小`: advice on setting it, not what it is.
  // `Pod pending状态排查 › Affinity和Anti-Affinity：有硬性和软性…`: under troubleshooting, a term is a cause to check, not explained.
  // `Requirements for Running Minikube › CPU: at least 2 cores`: what the setup needs of it, not what it is.
  if ([bank.title, ...bank.path].some((h) => REQUIREMENTS.test(bare(h)))) return { reason: 'label' };
  if (PITFALLS.test(bare(bank.title)) || CAUSES.test(bare(bank.title)) || isAdviceSection(bare(bank.title)) || (isTroubleshootingTitle(bank.title) && !/\btools?\b|工具/i.test(bank.title))) return { reason: 'label' };
  // `kubectl [command] [TYPE] [NAME] [flags]` told part by part: the slots of one command's syntax, not things to explain.
  if (SYNTAX_PART.test(term) && bank.kind === 'terms' && bank.entries.filter((e) => SYNTAX_PART.test(bare(e.term))).length >= 3) return { reason: 'label' };
  // `Docker vs. Docker Compose › Docker: good for single containers`: one side of a comparison, not what it is.
  if (/\bvs\.?(?=\s)|\bversus\b|\bdiffers?\b|\bdifferences?\b|\bcompared?\b|对比|比较|区别|差异|不同/i.test(bank.title) && keyOf(bank.title).includes(keyOf(bare(entry.term)))) return { reason: 'label' };
  // `ClusterIP › Access, Use case, IP, Example`: a profile of one thing; its `IP` is that thing's, not a name to explain.
  if (bank.kind === 'terms' && isProfile(bank)) return { reason: 'label' };
  // `In this configuration › Rules`: the rules of one example the note set up, not of anything to know.
  // `UCP maintains data about › Volumes`: a lead-in cut at its preposition says no whose either.
  if (isCircumstance(bare(bank.title)) || endsAtPreposition(bare(bank.title))) return { reason: 'no-subject' };
  // `本章`, `Manifest File`, `Command line params`: a heading that names a place or a form, not whose the term is.
  const named = topicName(bank);
  // (`parameters（参数）`: its translation in brackets says no more.)
  const placeOnly = Boolean(named && PLACE_NOT_SUBJECT.test(named.replace(/\s*[(（][^()（）]*[)）]$/u, '').trim()));
  const topic = placeOnly ? null : named;
  // `Explain: cni-bin-dir (in Command line params)`: a flag whose owner goes unnamed is read off its own words.
  // `解释一下：userId` under `参数说明`: a parameter is whose only with its owner's name (which storage plugin's?).
  const parameters = placeOnly && /param|参数|option|flag|argument/i.test(named ?? '');
  if (placeOnly && (/^[a-z]+(?:-[a-z]+)+$/.test(entry.term.trim()) || /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(entry.term.trim()) || (parameters && /^[a-z][a-z0-9]*$/.test(entry.term.trim())))) return { reason: 'no-subject' };
  // `Always`, `Retain`, `path`: a value or a field name alone is whose it is only with its list's name.
  const needsOwner = isGenericField(entry.term) || SHARED_VALUE.test(entry.term.trim());
  let context = topic && !keyOf(entry.term).includes(keyOf(topic)) && (needsOwner || !(bank.path.length === 1 && keyOf(bare(bank.path[0] ?? '')) === keyOf(topic))) ? topic : undefined;
  // `分发策略`, `Roles`: words any system uses; the note's subject says whose they are.
  if (bank.about && context !== bank.about && !keyOf(entry.term).includes(keyOf(bank.about)) && (!context || !/[A-Za-z]/.test(context) || !isTechnicalName(context))) {
    context = context ? `${bank.about} › ${context}` : bank.about;
  }
  // `Explain: default`, `Explain: min`: a word every setting has says nothing without whose it is.
  if (!context && isGenericField(entry.term)) return { reason: 'no-subject' };
  // `Explain: Never (in Init Containers)`: a value is whose only under the setting it is a value of
  // (`镜像拉取策略`, `restartPolicy`, `Update strategies`), not under the thing that has the setting.
  if (SHARED_VALUE.test(term.replace(/`/g, '').trim()) && !(context && (SETTING_NAME.test(context) || FIELD_IN.test(context)))) return { reason: 'no-subject' };
  // `Explain: Ray (in Distributed Computing with Ray.io)` → `universal framework for distributed computing`: a
  // short answer whose words the context or the topic line above the prompt already shows gives itself away.
  if (contextSaysAnswer([context ?? '', ...bank.path, bank.title].join(' '), detail)) return { reason: 'debris' };
  return { prompt: t.explain(entry.term, context), subject: entry.term, answer: detail };
}

/** Half or more of a short English answer's words of four letters or more are in the context the prompt shows. */
function contextSaysAnswer(context: string, answer: string): boolean {
  const words = (text: string) => (text.toLowerCase().match(/[a-z][a-z0-9]{3,}/g) ?? []).filter((w) => !isStopWord(w));
  const said = words(answer);
  // (An answer in Chinese is said by its Han words, which a few Latin names among them do not stand for.)
  if (/\p{Script=Han}/u.test(answer) || said.length < 2 || said.length > 6) return false;
  const shown = new Set(words(context));
  return said.filter((w) => shown.has(w)).length * 2 >= said.length;
}

/**
 * What an explanation is checked against: the entry's detail, less a last clause that leads
 * into a list (`…解耦，主要控制器如下`), when what comes before it says something on its own.
 */
/** `(Module 13)`, `(see Chapter 4)`: a pointer to another part of the course, which the question cannot follow. */
const COURSE_POINTER = /\s*[(（](?:see\s+)?(?:module|chapter|lesson|section|part|day|week|unit)\s*\d+[^)）]{0,20}[)）]/giu;

/** `…，如图6-8所示。`: a clause pointing at the book's figure, which no answer shows. */
const FIGURE_CLAUSE = /[，,]\s*如(?:下)?图\s*[\d\-.]*\s*所示(?=[。；;.]|$)/gu;

function referenceOf(entry: TermEntry): string {
  const detail = entry.detail.trim().replace(COURSE_POINTER, '').replace(FIGURE_CLAUSE, '');
  const lead = LEADS_ON.exec(detail);
  if (!lead) return detail;
  // (`…保证Pod的数量和健康. 除此之外还拥有以下功能`: a full stop written the English way ends a sentence too.)
  const cut = Math.max(...[...'，,；;。', '. '].map((mark) => detail.lastIndexOf(mark, lead.index)));
  const before = cut > 0 ? detail.slice(0, cut).trim() : '';
  return width(before) >= EXPLAIN_MIN_WIDTH ? before : detail;
}

/** Values several fields take (`Always` is a restart policy and an image pull policy): whose they are must be said. */
/** What names a setting whose values a list gives: `policy`, `strategy`, `mode`, `策略`, a field in camel case. */
const SETTING_NAME = /polic(?:y|ies)|strateg(?:y|ies)|modes?\b|types?\b|drivers?\b|classes\b|options?\b|values?\b|settings?\b|operators?\b|策略|模式|类型|方式|选项|取值|可选值|级别/i;
// (`worker-cpu-affinity`: a setting's name in lower case, its words joined by dashes.)
const FIELD_IN = /[a-z][A-Z]|^[a-z]+(?:-[a-z]+)+$/;
// (`always`, `unless-stopped`: Compose's restart values in lower case; `delete`, `replace` there are commands too.)
const SHARED_VALUE = /^(?:Always|Never|IfNotPresent|OnFailure|Retain|Delete|Recycle|Recreate|Allow|Forbid|Replace|Exists|Equal|NotIn|In|None|Default|Auto|Off|Initial|Parallel|OrderedReady|Immediate|WaitForFirstConsumer|always|never|no|unless-stopped|on-failure|retain|recycle|recreate|forbid|none|auto)$/;

/**
 * A pep talk for an activity (`Why Troubleshooting Matters?`, `为什么监控如此重要`); a name in code or
 * capitals (`Why IngressClass Matters?`, `Why BGP Matters?`) is a real why. Case-sensitive: the capitals tell.
 */
const PEP_TALK = /^[Ww]hy (?:(?!\S*[a-z][A-Z])(?!\S*[A-Z]{2})\S+ ){1,4}(?:[Mm]atters?|is (?:so )?(?:critical|important|essential|crucial|[Cc]ritical|[Ii]mportant|[Ee]ssential|[Cc]rucial))\s*[?？]?$|为什么.{0,12}(?:很|非常|如此)?(?:重要|关键)[?？]?$/u;

/** A question a course asks of itself: what the reader will learn, build or be graded on. */
const COURSE_QUESTION = /^what (?:do )?(?:i|we) (?:still )?(?:need|have|want) to do\b|^to-?dos?\b|待办|待解决|^what['’]?s next\b|^next steps?\b|learn next\b|\bnext lesson\b|^what (?:we|you)(?:['’]ll| will) (?:build|do|create|make)\b|\b(?:you['’]ll|you will|you['’]re|you are going to|trainees?|learners?|students?|by the end|this (?:course|lesson|module|tutorial))\b|^what'?s covered\b|^what (?:we|you)(?:'ll| will) (?:cover|learn)\b|^what (?:we|you)(?:'ve| have)? learn(?:ed|t)\b|本(?:课程|课|节课|教程)|学完|我们学到了/i;

/** `…下面将列出一些开源工具。`, `…as shown below.`: an answer that ends by leading into what the note shows next. */

/** A lesson's own aim or the lead of its exercises, first in what follows a heading. */
const LESSON_AIM = /^(?:(?:learning )?(?:goals?|objectives?|aims?)\s*[:：]\s*(?:understand|learn|know|get|explore|see|be able|by the end|after this)\b|(?:学习)?目标\s*[:：]|(?:these|the following) exercises\b|本(?:节|章|课)(?:的)?目标)/i;

/** `In the last lecture we…`, `Here is a simple example:`, `如下图`: a course talking, or pointing at a picture the question cannot show. */
const COURSE_TALK = /\b(?:(?:will be |is |are )?covered (?:later|in (?:a |the )?(?:later|next|upcoming) (?:lecture|lesson|section|chapter|module|video)s?)\b|later in (?:the|this) course\b|(?:like|as in|see) the examples? above\b|in the (?:last|previous|next|upcoming) (?:lecture|video|lesson|section|chapter)|here is (?:a|an) (?:simple |quick |small )?(?:example|diagram|illustration)|as (?:shown|you can see) (?:below|above|in the (?:diagram|picture|image)))\b|\byou(?:['’]ll| will) learn\b|\btoday,? we(?:['’]ll| will)\b|\blet['’]s go\b|\bthe (?:following|below) (?:diagram|figure|image|picture|screenshot)\b|\bthe (?:diagram|figure|image|picture|screenshot) below\b|\b(?:like|as) (?:shown|seen|mentioned|discussed|explained) (?:earlier|before|above|previously)\b|上一节|下一节|上节课|如下图|见下图/i;

/** `回答详细点，怎么发起一个部署任务…`: what an answer should cover, noted under an interview question, is no answer. */
const HOW_TO_ANSWER = /^(?:(?:回答|答)(?:得|的)?(?:要)?(?:详细|具体|全面|完整)|(?:需要|要|应该)(?:回答|答出|说出|讲清楚?|说清楚?)|answer (?:in (?:more )?detail|with details)|(?:be sure|make sure|remember) to (?:mention|explain|cover|talk about)\b)/iu;

/** `Let’s look at…`, `Now let us walk through…`, `下面我们来看…`, `继续看第2个例子`: a lead-in to what follows. */
const TURNS_TO = /^(?:(?:now|so|first),?\s+)?(?:let['’]s|let us)\s+(?:\w+\s+)?(?:look|see|take a look|walk through|explore|dive|start|go through|examine)\b|^(?:下面|接下来|现在)?(?:我们(?:继续|接着|再)?|继续|接着|再)(?:来|先)?(?:看|看看|看一下|来看)/iu;

/** `How to Use Helm`, `How do you roll back?`, `如何使用 Helm`: a question whose answer is a way of doing something. */
const HOW_TO = /^(?:how (?:to|do (?:i|you|we)|can (?:i|you|we))\b|(?:如何|怎么|怎样)(?:使用|用|做|安装|配置|部署|操作))/iu;

/** A text's first sentence, where an answer says how it is told. */
const firstSentence = (text: string): string => /^[^\n.!?。！？]*/u.exec(text.trim())?.[0] ?? '';

const FENCED = /```[\s\S]*?(?:```|$)/g;

/** A text's prose, its fenced code left out. */
const withoutCode = (text: string): string => text.replace(FENCED, '');

/** Whether fenced code, in two blocks or more, is most of a text (more than its prose is wide). */
function mostlyCode(text: string): boolean {
  const blocks = text.match(FENCED) ?? [];
  if (blocks.length < 2) return false;
  return blocks.join('').length > width(withoutCode(text).trim());
}

/** `More about Service:`, `更多内容：`: a line that leads on to more about it (`See also:` is a reference title). */
const MORE_ABOUT = /^(?:(?:more|learn more|read more|more info(?:rmation)?)\b[^:：]{0,40}|更多(?:内容|信息|资料)?[^:：]{0,12})\s*[:：]\s*$/iu;

/** `More about Service:`, `See also:`, `参考：`: a line that leads on to further reading. */
function leadsToReading(line: string): boolean {
  return MORE_ABOUT.test(line) || TEASER.test(line) || (/[:：]\s*$/.test(line) && isReferenceTitle(line));
}

/** `BUT…`, `Let's break it down.`, `Here's how.`: the note keeping its reader reading, not part of an answer. */
// (`你准备好进入下一个主题：可观测性了吗？`, `Ready for the next lesson?`: a course's line to its next part.)
const TEASER = /准备好(?:进入|开始|学习)?(?:下一|后面)[^。！？?]*[吗了][？?！!]?$|^(?:are you )?ready for (?:the )?next\b[^.]*[?.!]?$|^(?:(?:but|and|so|however)\s*)?(?:…|\.{3})$|^let['’]?s (?:break (?:it|this) down|dive (?:in|deeper)|get started|see how|take a look|look closer)\b[^.]*[.!:：]?$|^here['’]?s (?:how|why|what)\b[^.]*[.!:：]?$|^(?:read on|see below)[.!]?$|^(?:但是|不过)?(?:……|…)$|^(?:下面|接下来)(?:我们)?(?:详细)?(?:来)?(?:看看|拆解|分析)[。：:]?$/iu;

/** `[YOUR ANSWER]:`, `[YOUR ANSWER — Real PromQL examples]:` on a line of its own: the slot a workbook left for the answer. */
const ANSWER_SLOT = /^[ \t]*\[(?:your|my|model|sample)\s+answer\b[^\]\n]*\][ \t]*[:：]?[ \t]*$/gimu;

/**
 * The answer without a last line that only leads on to further reading (`More about Service:`
 * over links the note kept apart): what it led to is not part of the answer.
 */
/**
 * `ReadinessProbe (就绪探针)：餐厅可以接客了吗？`: a name, then the picture the note paints of it as a
 * question none of its words is in. The name is what is asked about.
 */
function namedOverPicture(question: string, t: ReturnType<typeof templates>): string {
  const split = /^([A-Za-z][\w.-]*(?:\s*[(（][^()（）]{1,20}[)）])?)\s*[：:]\s*([^A-Za-z]*[?？])$/u.exec(question.trim());
  return split ? t.explain((split[1] as string).trim()) : question;
}

/** `具体的优点不在此赘述`, `I won't go into it here`: the author leaving more unsaid, no part of the answer. */
const AUTHOR_REMARK = /不在此赘述|不再赘述|此处不再展开|这里就?不(?:再)?展开了?|我觉得用上面这段话|\b(?:won't|will not) (?:go into|repeat) (?:it |that |them )?here\b/iu;

function withoutTrailingLeadIn(answer: string): string {
  // (A last line ending in a colon, `This is the Deployment again for reference:`, leads to what the answer
  // left out: the manifest withoutManifest drops, too.)
  // (`我觉得用上面这段话回答非常完美，具体的优点不在此赘述。`: the author's remark on the answer above, no part of it.)
  const leadsOn = (line: string): boolean => leadsToReading(line) || /[:：]$/u.test(line) || AUTHOR_REMARK.test(line);
  const trimmed = (text: string): string => {
    const lines = text.trimEnd().split('\n');
    while (lines.length > 1 && leadsOn((lines.at(-1) as string).replace(/[*_]/g, '').trim())) lines.pop();
    return lines.join('\n');
  };
  return trimmed(withoutManifest(trimmed(answer)));
}

/**
 * `How do validating webhooks work?` answered in six lines, then a whole manifest at the end: the
 * manifest is one example of the answer, not part of what is recalled. (An answer that is mostly code,
 * or whose manifest sits between its lines, keeps it.)
 */
function withoutManifest(answer: string): string {
  const prose = withoutCode(answer).trim();
  if (prose.split('\n').filter((line) => line.trim()).length < 3) return answer;
  return answer.replace(/\n*```(?:ya?ml)?\s*\napiVersion:(?:(?!```)[\s\S])*```\s*$/, (block) => (block.split('\n').length > 8 ? '' : block)).trimEnd();
}

/** `Requirements`, `Prerequisites`, `环境要求`: a section of what a setup needs. */
// (`Resource Requirements` is a thing of Kubernetes; `Prerequisites: Switching, Routing & DNS`, the knowledge
// a chapter builds on, names its topic after the colon.)
const REQUIREMENTS = /^(?:[^:：]{1,20}[:：]\s*)?(?:(?:system|hardware|minimum|software|installation)\s+)?(?:requirements|prerequisites|prereqs)(?:\s+(?:for|of|to)\b.*)?$|^(?:前提条件|先决条件|(?:环境|系统|硬件|配置|安装)要求|准备工作)$/iu;

/** `I decided to learn Kubernetes because…`: the author's own story, not an answer to the question. */
const OWN_STORY = /^(?:I (?:decided|wanted|chose|started|began|am learning|was learning|read|learned|learnt|found|noticed|tried|watched)\b|[Oo]ne thing that (?:surprised|confused|puzzled|struck|bothered) me\b|我(?:决定|之所以|当时|开始学|读了|看了|学了))/u;

/**
 * `Why I stopped using down -v?`, `First, I think through the differences.`, `Inside our Dockerfile, we
 * had…`: a question or answer told as the author's own story, about their project, not the subject.
 * (`Can I reach…?`, `If I update a ConfigMap…`, `I use feature branches` in an interview answer ask and answer
 * for anyone, and stay.)
 */
const TOLD_AS_STORY = /^(?:[Ww]hy|[Hh]ow|[Ww]hat|[Ww]hen) I (?!(?:can|should|need|must|do|would|could|will)\b)|^(?:(?:[Ff]irst|[Tt]hen|[Ee]arlier|[Ss]o|[Nn]ow|[Hh]ere),?\s+)I (?:think|thought|want|wanted|had|have|got|did|was|am|tried|started|realized|noticed|decided)\b|^(?:\w+,?\s+)?our (?:Dockerfile|app|application|project|code|setup|compose file|server|image|container)s?\b/u;

/** `What challenges have you faced…?`, `…metrics have you used in real projects?`, `Explain how you set up…`,
 * `What I did`: the author's own experience, which the note cannot answer for the reader. */
const OWN_EXPERIENCE = /\b(?:have|had|did) you\b|\bhow you (?:set ?up|built|designed|implemented|handled|solved|managed|used|did|chose)\b|\bin (?:real|your|past|previous) (?:projects?|work)\b|\byour (?:(?:last|current|previous|past|own) )?(?:projects?|experience|team|company|organi[sz]ation|role|job)\b|\btell (?:me|us) about\b|^what (?:i|we) (?:did|do|learned|used|built|chose)\b|^what (?:\w+ )?clicked\b|^what to (?:mention|say|answer)\b|你(?:遇到|做过|用过|参与|负责)过?|你(?:们)?(?:公司|团队)|(?:工作|项目)中(?:你|遇到过)/iu;

/** Words that send the reader elsewhere (`Refer to…`, `See…`, `详见…`). */
const POINTER_WORD = /^(?:refer to|see|consult|visit|go to|follow)\b|^(?:参考|详见|参见|请参考|见)/i;

/** A short answer that sends the reader elsewhere; a whole one may do it with `Check…` or `Read…` too. */
const pointsAway = (answer: string): boolean => answer.length < 120 && (POINTER_WORD.test(answer) || /^(?:check|read)\b/i.test(answer));

/**
 * `…在其官网上用这么一段话来说明其作用。`, `…as shown below:`: an answer that ends by announcing what
 * comes next (a passage, a figure), which the note gave as a picture or not at all.
 */
const ANNOUNCES_WHAT_FOLLOWS = /(?:这么|这样|下面|以下|如下)(?:一)?段话[^。！？\n]*[。：:]?$|(?:如下图|见下图|下图所示|如图所示|如下所示)[^。！？\n]{0,12}[。：:]?$|\b(?:as (?:shown|follows|seen) below|(?:in|with) the following (?:figure|diagram|image|picture|passage|quote|words))\s*[.:]?$/iu;

/** A short line of an answer that only sends the reader to a page: a pointer word, or an address among a few words. */
function pointsElsewhere(line: string): boolean {
  const text = line.replace(/^\s*(?:[-*+]|\d+[.)])\s*/, '').trim();
  if (!text) return true;
  // (A long line that opens `Check that…` is an answer's own step; only a short one points.)
  if (text.split(/\s+/).length > 12) return false;
  return POINTER_WORD.test(text) || /https?:\/\/\S+|\S+\.md\b/i.test(text);
}

/** Headings that say where a term sits in the note or what form it takes, not what it belongs to. */
const PLACE_NOT_SUBJECT = /^(?:本章|本节|本文|这一章|this (?:chapter|section|article|page)|(?:the )?manifest(?: files?)?|yaml(?: files?)?|(?:the )?config(?:uration)?(?: files?)?|配置文件|清单文件|command[- ]line (?:params|parameters|options|flags|arguments)|(?:cli )?(?:params|parameters|options|flags|arguments)|命令行参数|参数说明|基础知识|基础概念|基本概念|(?:the )?basics|fundamentals|(?:core |basic )?concepts)$/iu;

/** `What it provides to Pods?`, `How they work together`: the subject is a pronoun, whatever else the question names. */
const PRONOUN_FIRST = /^(?:what|how|why|when|where|which)\s+(?:it|they|this|these|those)\b|^(?:它|它们|这个|这些)|^[^,，]*\b(?:handles?|does|manages?|implements?|treats?|processes?)\s+(?:it|them|this|that)\b/iu;

/** `these challenges`, `the above problems`, `上述问题`, `为什么其他规格是不超分的？`: what the question is about is in the note before it. */
const POINTS_BACK_AT = /^(?:为什么|为何|怎么|如何)?(?:其他|其它|其余)的?\p{Script=Han}|\bthe other (?:ones|types|kinds|options|cases|instances|sizes)\b|\b(?:the|this) (?:yaml|manifest|yaml file)\b|^why (?:do we |would you )?(?:add|use|introduce|need) (?:yet )?another\b|\bhere\s*[?？]$|^why (?:the|this|that) (?:(?:naive|obvious|simple|first|old|usual|easy|wrong)\s+)?(?:answer|approach|solution|fix|way|idea|distinction|difference|split|trick|design|choice|rule|version)s?\b|^what lives where\b|\b(?:these|those|the above|the previous|said)\s+(?:challenges?|problems?|issues?|steps?|points?|reasons?|limitations?|examples?|questions?|concepts?|cases?)\b|(?:上述|以上|上面的?|前面的?|这些|这几个|这个)(?:问题|挑战|步骤|要点|原因|例子|示例|概念|情况|方法|代码|配置|命令|输出|yaml)/iu;

/** `What Happens?`, `How It Works`, `为什么？`: a question of question words alone, asking about nothing it names. */
const SUBJECTLESS = /^(?:what(?:['’]s| has| have)? changed|what['’]?s (?:new|different)|what to (?:skip|read|expect|check)|what (?:you|we) get|what (?:you|we)(?:['’]ve)? (?:just )?(?:used|learned|learnt|did|built|covered)|what(?: is|['’]s) working|what already exists|what (?:was|is|got) removed(?: from the original guide)?)\s*[?？]?$|^(?:(?:what|how|why|when|where)(?:\s+(?:happens|happened|next|then|now|it\s+works?|does\s+it\s+work|is\s+it|to\s+do))?|how (?:do|can|should|would) (?:i|you|we) (?:install|set ?up|configure|use|deploy|start|run|verify|test|check)(?: it| this)?|(?:发生了什么|怎么做|怎么办|为什么|为何|如何实现|原理是什么|是什么|(?:如何|怎么|怎样)(?:使用|用))(?:呢|吗)?)\s*[?？]?$|^(?:summary\s*[:：]\s*)?when to use (?:what|which)\s*[?？]?$|^why (?:(?:is|are) (?:it|they) )?not (?:ready|working|running|starting|started|healthy|scheduled)\s*[?？]?\s*(?:[(（][^)）]*[)）])?\.?$|^(?:(?:why|when|how|what|where|trade-?offs?|pros|cons|pros and cons)\s*(?:[/&,|]|and)\s*)+(?:why|when|how|what|where|trade-?offs?|pros|cons)\s*[?？]?$/i;

/**
 * `What Does a Deployment Look Like?`, `How to Use Helm (Basic Example)`: the answer is the note's own
 * example (a manifest of `my-app` with 3 replicas, install commands with its release names), which no one
 * recalls as it was written.
 */
const ASKS_FOR_EXAMPLE = /\blooks? like\s*[?？]?$|长什么样|[(（]\s*(?:(?:basic|simple|quick|small|full|complete)\s+)?(?:examples?|demo|示例|例子)\s*[)）]|(?:^|[\s:：-])(?:(?:a |an )?(?:basic|simple|quick|small|full|complete) )?(?:examples?|demo)\s*[?？]?$/iu;

/** A question whose subject is a pronoun: `they`, `it`, `this`, `When to use which?`, `它`, `这个`. */
const PRONOUN_SUBJECT = /\b(?:they|them|it|its|this|these|those|each|both|which)\b|它|它们|这个|这些|那些/i;
/** A name in it after all: a word with a capital inside or in full capitals (not a stressed `NOT`), code, a term of the field. */
const NAMES_CODE = /[a-z][A-Z]|\b(?!(?:NOT|AND|OR|ALL|ANY|NO|ONLY)\b)[A-Z]{2,}|[\w-]+\.[\w-]+/;
const NAMES_TERM = /\b(?:pods?|nodes?|containers?|services?|deployments?|kubernetes|docker|kubelet|etcd|ingress|volumes?|images?|clusters?|probes?|namespaces?|controllers?|scheduler)\b|节点|容器|镜像|集群|服务|调度|存储|网络/i;

type Explained = ReturnType<typeof explainPrompt>;

/** Each entry's prompt or why it has none, worked out once per collection (sectionsAsking reads them all). */
const explained = new WeakMap<Pool, Map<TermEntry, Explained>>();

function explainOnce(bank: Bank, entry: TermEntry, ctx: GenContext): Explained {
  let made = explained.get(ctx.pool);
  if (!made) explained.set(ctx.pool, (made = new Map()));
  let result = made.get(entry);
  if (!result) made.set(entry, (result = explainPrompt(bank, entry, ctx)));
  return result;
}

/** How many sections of the collection ask each recall prompt, by its key. */
const promptCounts = new WeakMap<Pool, Map<string, number>>();

/**
 * `Explain: trap` under each of 31 exam tasks, `What Comes Next?` closing nine guides: a prompt
 * that many sections ask is a template's field or a page's stock heading, and which section's
 * answer it wants is nowhere in it. (Two notes asking `What is Kubernetes?` ask one thing twice.)
 */
const MAX_SECTIONS_ASKING = 2;

/**
 * Whether a prompt is one many sections ask about nothing the field names: a field of the notes'
 * template. (`Explain: NoSchedule (in Taint effects)` in four notes asks one thing of each.)
 */
function askedAsTemplate(prompt: string, subject: string, ctx: GenContext): boolean {
  return sectionsAsking(prompt, ctx) > MAX_SECTIONS_ASKING && !namesFieldWord(subject) && !NAMES_TERM.test(subject) && !/[a-z][A-Z]|\b[A-Z]{2,}s?\b/.test(subject);
}

function sectionsAsking(prompt: string, ctx: GenContext): number {
  let counts = promptCounts.get(ctx.pool);
  if (!counts) {
    counts = new Map();
    promptCounts.set(ctx.pool, counts);
    for (const bank of ctx.pool.banks) {
      const prompts = new Set<string>();
      if (bank.kind === 'qa') for (const pair of bank.pairs) prompts.add(keyOf(withoutHeadingNumber(pair.question)));
      else if (bank.kind === 'terms') {
        for (const entry of bank.entries) {
          const made = explainOnce(bank, entry, ctx);
          if ('prompt' in made) prompts.add(keyOf(made.prompt));
        }
      } else if (bank.steps.length >= 3) prompts.add(keyOf(`steps ${procedureName(bank) ?? bank.title}`));
      for (const key of prompts) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts.get(keyOf(prompt)) ?? 0;
}

export function recallDrafts(bank: Bank, ctx: GenContext): Draft[] {
  const t = templates(bank, ctx);
  const out: Draft[] = [];
  if (bank.kind === 'qa') {
    for (const written of bank.pairs) {
      // `PART 2 — What is a CNI?`: where the note put the question is no part of it.
      const pair = { ...written, question: namedOverPicture(withoutHeadingNumber(written.question), t), answer: withoutTrailingLeadIn(written.answer).replace(ANSWER_SLOT, '').trim().replace(ANSWER_LABEL, '') };
      if (!pair.question.trim() || !pair.answer.trim()) continue;
      // An answer that only leads into what the note puts elsewhere (`…解决方法如下：`) is no answer.
      // `Let’s look at two scenarios where…`, `我们来看…`: the note turning to what comes next.
      const whole = pair.answer.trim();
      // `Goal: Understand the problem…`, `目标：…`, `These exercises help you…`: what a lesson sets out to do, not an answer.
      if (((/[:：]$/.test(whole) || LEADS_ON.test(whole) || TURNS_TO.test(whole)) && whole.split('\n').length <= 2) || COURSE_TALK.test(pair.answer) || LESSON_AIM.test(whole) || HOW_TO_ANSWER.test(whole)) {
        rejectCandidate(ctx, bank, 'recall', 'too-short', pair.question, pair.line);
        continue;
      }
      // `什么是pod` answered by the commands the note ran: no prose, no answer to grade against.
      if (width(withoutCode(pair.answer).trim()) < 12) {
        rejectCandidate(ctx, bank, 'recall', 'debris', pair.question, pair.line);
        continue;
      }
      // `什么是 Prometheus？` answered by a page of an article (its myth, who uses it, why learn it):
      // too much to hold one's own answer against.
      // (Nor by a program hundreds of lines long, prose or not.)
      if (width(withoutCode(pair.answer).trim()) > MAX_ANSWER_WIDTH || pair.answer.split('\n').length > MAX_ANSWER_LINES) {
        rejectCandidate(ctx, bank, 'recall', 'too-long', pair.question, pair.line);
        continue;
      }
      // `Docker 是如何使用 Cgroups 的` answered by a lab: run this, then list that directory (its output pasted),
      // then read a file, the point made at the end; three code blocks or more, outweighing the prose.
      if (isWalkthrough(pair.answer)) {
        rejectCandidate(ctx, bank, 'recall', 'too-long', pair.question, pair.line);
        continue;
      }
      // `Kind | Version`, `POD | v1`: a table flattened into the answer, its columns lost.
      if ((withoutCode(pair.answer).match(/\S \| \S/g) ?? []).length >= 3) {
        rejectCandidate(ctx, bank, 'recall', 'debris', pair.question, pair.line);
        continue;
      }
      // `How to Use Helm` answered by `Once Helm is installed, you can start using it…`: how to do
      // something takes steps, and one sentence before the note's sub-headings is only their lead-in.
      if (HOW_TO.test(pair.question.trim()) && !pair.answer.trim().includes('\n') && width(pair.answer.trim()) < 160) {
        rejectCandidate(ctx, bank, 'recall', 'too-short', pair.question, pair.line);
        continue;
      }
      // `Why Helm?` answered by four manifests and a line between them: code to read, not an answer to recall.
      if (mostlyCode(pair.answer)) {
        rejectCandidate(ctx, bank, 'recall', 'debris', pair.question, pair.line);
        continue;
      }
      // A diagram's source (mermaid, PlantUML) is markup to a reader, not an answer; a date
      // (`2024年6月19日 上午 05:26`, when the note was written) answers nothing either.
      if (/```\s*(?:mermaid|plantuml|puml|dot|graphviz)\b/i.test(pair.answer) || (isLogText(pair.answer) && width(pair.answer.trim()) < 40)) {
        rejectCandidate(ctx, bank, 'recall', 'debris', pair.question, pair.line);
        continue;
      }
      // `docker exec 是怎么做到进入容器里的？` answered by itself: the heading repeated, no answer.
      if (/[?？]\s*$/u.test(pair.answer.trim()) && width(pair.answer.trim()) < 80 && !pair.answer.trim().includes('\n')) {
        rejectCandidate(ctx, bank, 'recall', 'too-short', pair.question, pair.line);
        continue;
      }
      // `A. Encrypted… B. Base64 encoded… Answer: B`: a multiple-choice question copied with its
      // options, whose answer is a letter among them, not something to recall.
      if ((pair.answer.match(/^\s*[A-D][.)、]\s*\S/gmu) ?? []).length >= 3) {
        rejectCandidate(ctx, bank, 'recall', 'debris', pair.question, pair.line);
        continue;
      }
      // `But how does the client verify the server?` inside the answer to that question: a lead-in
      // asking it again, whose short rest is no whole answer.
      const asked = keyOf(pair.question.replace(/[?？]\s*$/u, ''));
      const again = pair.answer.split('\n').filter((line) => /[?？]\s*$/u.test(line) && asked.length >= 8 && keyOf(line).includes(asked));
      if (OWN_STORY.test(pair.answer.trim()) || TOLD_AS_STORY.test(pair.question) || TOLD_AS_STORY.test(firstSentence(pair.answer)) || (again.length > 0 && width(pair.answer.split('\n').filter((line) => !again.includes(line)).join('\n').trim()) < 200)) {
        rejectCandidate(ctx, bank, 'recall', 'too-short', pair.question, pair.line);
        continue;
      }
      // `Why Orchestration?` answered by `Imagine an online shop with…`: a made-up case for a reason, which is not said.
      // (`What Are Containers?` answered by `Imagine a box of your favorite toys… Containers are like these toy boxes`: an analogy too.)
      if ((/^(?:why|为什么|为何)/iu.test(pair.question.trim()) || /\b(?:are|is) (?:just )?like\b|就像|好比/iu.test(pair.answer)) && /^(?:imagine|suppose|picture this|let['’]s say|say you|想象一下|假设|假如)/iu.test(pair.answer.trim())) {
        rejectCandidate(ctx, bank, 'recall', 'debris', pair.question, pair.line);
        continue;
      }
      // `Refer to its configuration guide.`, `详见官方文档`: a pointer elsewhere answers nothing; nor do lines that
      // each only point at a page (`- See https://groovy-lang.org/install.html`, `- Visit: missing-java.md`).
      if (pointsAway(pair.answer.trim()) || pair.answer.split('\n').every(pointsElsewhere) || ANNOUNCES_WHAT_FOLLOWS.test(pair.answer.trim())) {
        rejectCandidate(ctx, bank, 'recall', 'too-short', pair.question, pair.line);
        continue;
      }
      // `What you'll be able to do by the end?`, `What the trainee should be evaluated on?`: a course's plan, not the subject.
      // `Why companies love GKE?` answered by `✔️ Best autoscaling`, `✔️ Cheapest per node`: claims, not facts to recall.
      if (COURSE_QUESTION.test(pair.question) || OWN_EXPERIENCE.test(pair.question) || PEP_TALK.test(pair.question.trim()) || isPraiseList(pair.answer) || ASKS_FOR_EXAMPLE.test(pair.question.trim()) || AUTHORS_DOUBT.test(pair.answer.slice(0, 200))) {
        rejectCandidate(ctx, bank, 'recall', 'debris', pair.question, pair.line);
        continue;
      }
      // `How They Work Together`, `它的作用是什么？`: who "they" are is in the note, not the prompt.
      // `How Docker Solves These Challenges?`: it names a thing, but points back at a list the quiz does not show.
      // `What Happens?` under `Step 1: DNS Resolution`: it names nothing at all.
      if ((PRONOUN_SUBJECT.test(pair.question) && !NAMES_CODE.test(pair.question) && !NAMES_TERM.test(pair.question)) || POINTS_BACK_AT.test(pair.question) || PRONOUN_FIRST.test(pair.question) || SUBJECTLESS.test(pair.question.trim())) {
        rejectCandidate(ctx, bank, 'recall', 'no-subject', pair.question, pair.line);
        continue;
      }
      // `How do you update objects?` under the same heading in three notes, each of one way to do it:
      // which way is asked is in the note's name, not the prompt.
      // (`What is Kubernetes?` in two notes is one question, answered twice.)
      if ((HOW_TO.test(pair.question.trim()) && (ctx.pool.askedIn.get(keyOf(pair.question)) ?? 0) > 1) || askedAsTemplate(pair.question, pair.question, ctx)) {
        rejectCandidate(ctx, bank, 'recall', 'ambiguous', pair.question, pair.line);
        continue;
      }
      const id = questionId(bank, pair.question, 'recall');
      const build = (): Question =>
        makeQuestion(
          { id, bank, prompt: pair.question, subject: pair.question, source: sourceOf(bank, pair.line), explanation: pair.answer },
          ctx,
          { type: 'recall', choices: [], answer: pair.answer },
        );
      out.push(makeDraft({ id, type: 'recall', bank, subject: pair.question, line: pair.line }, build, ctx));
    }
  } else if (bank.kind === 'terms') {
    // `Kubelet: uses a client certificate to talk to the API server`: how each uses its certificate
    // is no explanation of what it is.
    if (toldByCertificates(bank)) {
      rejectCandidate(ctx, bank, 'recall', 'label', bank.title);
      return out;
    }
    for (const entry of bank.entries) {
      const made = explainOnce(bank, entry, ctx);
      if ('reason' in made) {
        if (made.reason !== 'too-short') rejectCandidate(ctx, bank, 'recall', made.reason, entry.term, entry.line);
        continue;
      }
      if (askedAsTemplate(made.prompt, made.subject, ctx)) {
        rejectCandidate(ctx, bank, 'recall', 'ambiguous', entry.term, entry.line);
        continue;
      }
      const id = questionId(bank, made.subject, 'recall', ':explain');
      const build = (): Question =>
        makeQuestion(
          { id, bank, prompt: made.prompt, subject: made.subject, source: sourceOf(bank, entry.line), explanation: entryExplanation(entry, t) },
          ctx,
          { type: 'recall', choices: [], answer: made.answer },
        );
      out.push(makeDraft({ id, type: 'recall', bank, subject: made.subject, line: entry.line }, build, ctx));
    }
  } else if (bank.steps.length >= 3) {
    // A procedure, or a checklist the note calls steps: walked through from memory either way,
    // once its name says which one (`主要流程` alone does not).
    const title = isStructureTitle(bank.title) || isIntroTitle(bank.title) || isScreenPath(bank.steps) || looksBack(bank.title, bank.steps) || leansOnNote(bank.steps) || TWO_JOBS.test(bareTitle(bank.title)) ? null : procedureName(bank);
    if (!title || askedAsTemplate(`steps ${title}`, title, ctx)) {
      rejectCandidate(ctx, bank, 'recall', title ? 'ambiguous' : 'no-subject', bank.title);
      return out;
    }
    // `安装docker`, `Install Kubernetes Cluster Locally`, `kubeadm-upgrade`: one setup's script, its
    // mirrors, versions and names, recited from memory is that note's wording, not a flow worth knowing.
    if (namesASetup(bank.title, bank.path) || pinnedDetails(bank.steps.map((s) => s.text).join('\n')) >= 2) {
      rejectCandidate(ctx, bank, 'recall', 'instruction', bank.title);
      return out;
    }
    const id = questionId(bank, bank.title, 'recall', ':steps');
    const build = (): Question => {
      const steps = procedureText(bank.steps);
      return makeQuestion(
        // `Etcd 如何实现一致性的？`: a question over the list is asked as it is; its points need not be steps.
        { id, bank, prompt: /[?？]\s*$/u.test(title) ? title : isChecklistTitle(bank.title) ? t.recallPoints(title) : t.recallSteps(title), subject: bank.title, source: sourceOf(bank), explanation: steps },
        ctx,
        { type: 'recall', choices: [], answer: steps },
      );
    };
    out.push(makeDraft({ id, type: 'recall', bank, subject: bank.title }, build, ctx));
  }
  return out;
}
