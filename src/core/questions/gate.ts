import { isAdviceSection, isAspectLabel, nameKind, readOnce } from '../text/index.js';
import { saysMisconception } from './misconceptions.js';
import type { Question } from '../types.js';
import { BLANK, bareTitle, keyOf, width } from './text.js';

// One gate every candidate question passes before it can be asked. Generators reject what
// they can see early (with the same reasons); this checks what every built question must
// hold: one right answer, nothing that gives it away, choices of one kind, no debris.

export const REJECT_REASONS = [
  /** The term is an aspect of a topic (`Description`, `计算公式`), not a thing. */
  'label',
  /** The prompt or the right choice gives the answer away (the term, its words, its letters). */
  'giveaway',
  /** Not enough wrong answers of the same kind. */
  'few-distractors',
  /** Choices of different kinds or shapes (a command among phrases, a sentence among names). */
  'mixed-kinds',
  /** Two choices the same, or a wrong choice that is also right. */
  'ambiguous',
  /** Markup, links, fragments, labels ending in a colon, tables of contents, reference lists. */
  'debris',
  /** A blank or a clue that does not say what it is about. */
  'no-subject',
  /** An instruction (`Make sure`, `Run`, `点击`), not a statement of fact. */
  'instruction',
  /** A list that is not a procedure (states, properties, tools) asked as an order. */
  'not-a-procedure',
  /** A group name that is a sentence, or a heading too generic to belong to. */
  'not-a-group',
  /** Too little text left to ask about. */
  'too-short',
  /** An answer too long to grade one's own against (a page of an article). */
  'too-long',
  /** About a component retired years ago (Heapster, kubecfg, minions): its flags and steps are no one's knowledge now. */
  'retired',
  /** A key that teaches a misconception notes often repeat (RWO means one Pod). */
  'misconception',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Rejection {
  reason: RejectReason;
  type: Question['type'];
  file: string;
  line: number;
  /** What was turned down: the term, the step list's title, the sentence. */
  text: string;
}

const MARKUP = /\*\*|__|`|\]\(|<\/?[a-z][^>]*>|^#{1,6}\s|!\[|\[\[|\{\{|^\s*[-*+]\s*$/i;

/** Text a person should never see in a choice or prompt: markup, link syntax, a bare label. */
function isDebris(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  if (MARKUP.test(t)) return true;
  // `Copy Fails:` `Step 2:`: a label that introduced something, cut from it.
  if (/[:：]$/.test(t)) return true;
  // Only punctuation, digits and symbols.
  if (!/[\p{L}]/u.test(t)) return !/\d/.test(t);
  // `例`, `注`: the label of an example or a note, cut from what it introduced.
  if (/^[例注如等即]$/u.test(t)) return true;
  return false;
}

export type Shape = 'number' | 'command' | 'path' | 'name' | 'phrase' | 'sentence';

const HAN = /\p{Script=Han}/u;
const COMMAND = /^(?:\$\s*)?(?:kubectl|docker|helm|kubeadm|crictl|ctr|systemctl|journalctl|etcdctl|minikube|kind|k3s|podman|git|curl|apt|yum|dnf|npm|sudo)\s+\S|(?:^|\s)--?[a-z][\w-]*/i;

/** The kind of text a choice is, so a command (a tool with arguments) is not offered among phrases, nor a name among sentences. */
export const shapeOf: (text: string) => Shape = readOnce((text) => readShape(text));

function readShape(text: string): Shape {
  const t = text.trim();
  if (/^[~+-]?\d[\d.,]*\s*%?\s*[\p{L}/]{0,8}$/u.test(t) || /^(?:TCP|UDP|SCTP)\s+\d/i.test(t)) return 'number';
  if (COMMAND.test(t)) return 'command';
  if (/^[~.]?\/[\w./-]+$/.test(t)) return 'path';
  if (HAN.test(t)) {
    const chars = [...t].length;
    if (chars <= 12 && !/[，。；,;]/.test(t)) return 'name';
    return chars <= 24 && !/[。；;]/.test(t) ? 'phrase' : 'sentence';
  }
  const words = t.split(/\s+/).length;
  if (words <= 4 && t.length <= 40) return 'name';
  return words <= 10 ? 'phrase' : 'sentence';
}

/** Texts that can stand side by side as choices: shapes that go together, and names of one kind. */
export function alike(a: string, b: string): boolean {
  const shape = shapeOf(a);
  if (!compatible(shape, shapeOf(b))) return false;
  // `>20 TB` beside `10-100 Mbps`: a size among rates is told apart by its unit alone.
  const [ua, ub] = [unitFamily(a), unitFamily(b)];
  if (ua && ub && ua !== ub) return false;
  return shape !== 'name' || shapeOf(b) !== 'name' || (nameKind(a) === nameKind(b) && !snakeAmongCamel(a, b));
}

/** A figure alone, maybe a bound or a range: `30 s`, `>20 TB`, `10-100 Mbps`, `<1 GB`. */
const FIGURE = /^[<>≤≥~+]?\s*[\d.,]+(?:\s*[-–~]\s*[\d.,]+)?\s*([A-Za-z/%\p{Script=Han}]{1,8})\+?$/u;

/** What a figure's unit measures: a size, a rate, a time, a share; '' for anything else. */
function unitFamily(text: string): string {
  const unit = FIGURE.exec(text.trim())?.[1] ?? '';
  if (/^(?:[KMGTP]i?bps|[KMGTP]?b\/s|[KMGTP]i?B\/s|bps)$/i.test(unit)) return 'rate';
  if (/^(?:[KMGTP]i?B|[KMGTP]i|bytes?)$/i.test(unit)) return 'size';
  if (/^(?:ms|s|m|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?|秒|分钟|小时|天)$/i.test(unit)) return 'time';
  if (unit === '%') return 'share';
  return '';
}

const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
const CAMEL = /^[a-z]+(?:[A-Z][a-z0-9]*)+$/;

/** `max_concurrent` beside `clientConfig`: one program's snake_case keys stand out among camelCase fields. */
function snakeAmongCamel(a: string, b: string): boolean {
  const [x, y] = [a.trim(), b.trim()];
  return (SNAKE.test(x) && CAMEL.test(y)) || (CAMEL.test(x) && SNAKE.test(y));
}

/** Shapes that can stand side by side as choices. */
function compatible(a: Shape, b: Shape): boolean {
  if (a === b) return true;
  const text = (s: Shape) => s === 'phrase' || s === 'sentence';
  if (text(a) && text(b)) return true;
  // A short Chinese description reads like a name; a longer one like a phrase.
  return (a === 'name' && b === 'phrase') || (a === 'phrase' && b === 'name');
}

const hasHan = (text: string) => HAN.test(text);

/**
 * Text about one person's machines rather than the subject: a host's address (`192.168.1.20`,
 * not a range like `10.244.0.0/16` nor `127.0.0.1`), a numbered host (`worker-node2`,
 * `master01`), a pod name with its generated suffix (`web-7d4b9c6f8-x2kqp`), or the note
 * speaking of its own setup (`in this lab`, `your setup`) or its team's project. Not worth knowing, and not
 * understandable without the note.
 */
export function isLabSpecific(text: string): boolean {
  for (const m of text.matchAll(/(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w.]*\/\d)(?!\.\d)/g)) {
    const [a, , , d] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    // Loopback, ranges, and addresses every cluster or cloud shares (`10.96.0.10`, `169.254.169.254`).
    if (a === 127 || a === 0 || d === 0 || a > 255 || /^(?:10\.96\.0\.|169\.254\.|8\.8\.|1\.1\.1\.1$)/.test(m[0])) continue;
    return true;
  }
  if (/\b(?:worker|master|node|host|server|vm|control-?plane)[-_]?(?:node)?[-_]?\d{1,3}\b/i.test(text)) return true;
  // `k8s-cp1`, `lab-wk2`: a lab machine's hostname.
  if (/\b[a-z0-9]+-(?:cp|wk|w|m)\d{1,2}\b/i.test(text)) return true;
  if (/\b[a-z][a-z0-9-]*-[0-9a-f]{8,10}-[a-z0-9]{5}\b/.test(text)) return true;
  // `creates a dummy authentication token for a new user`: a part of the note's own demo app.
  if (/\b(?:dummy|toy|demo) (?:\w+ )?(?:user|users|request|requests|token|data|app|application|service|project|api)\b/i.test(text)) return true;
  // `replace <your-node-name> with…`: a value the reader puts into one manifest.
  if (/<your[-_ ][\w-]+>|\breplace\s+`?<[^>]+>/i.test(text)) return true;
  // `NodePort service on port 30081`: the one node port a lab picked (the range, 30000-32767, is the field's).
  if (/\bnode ?port\b[^.\n]{0,30}(?<![\d-])3[0-2]\d{3}(?![\d-])/i.test(text) && !/\b30000\b|\b32767\b/.test(text)) return true;
  // `（第 18–46 行）`, `setup-kind.sh:65-66`: a place in one script the note walks through.
  if (/第\s*\d+\s*[-–~～]\s*\d+\s*行|\b[\w.-]+\.(?:sh|md|ya?ml|py|go|js|ts):\d+(?:-\d+)?\b/u.test(text)) return true;
  // `在本项目中的实战`, `manifests/ —— 14 个清单逐个讲解`: one project's own files, walked through.
  if (/本项目|这个项目|這個項目|(?:你|我|我们)的项目|项目关键目录|逐(?:个|個|行|段)(?:深入)?(?:讲解|講解|解读|解讀|解析)|\bline[- ]by[- ]line\b/iu.test(text)) return true;
  // `我们采用分层策略`, `我们没有使用默认的 SQLite`, `we chose OpenSearch`: what the author's own team built and
  // chose, a project story and not knowledge of the field (`我们可以…` teaches, and stays).
  if (/我们(?:采用|选用|选择了|部署了|没有使用|自研|搭建了|强制|实现了|上线了|决定)|我们的(?:平台|系统|项目|方案|架构|团队|公司|产品)|\bwe (?:chose|adopted|decided|went with)\b|\bour (?:platform|team|company|product)\b/iu.test(text)) return true;
  // `要进行的操作，这里是 replace`: the value the note's example uses.
  if (/(?:这里|這裡|此处|此處)(?:是|用的是|用)\s*[A-Za-z]/u.test(text)) return true;
  // `x-httpbin-trace-host`, `bookinfo`'s `reviews-v2`: the sample apps tutorials deploy, whose names and headers are theirs.
  if (/(?<![a-z])(?:httpbin|bookinfo|podinfo|guestbook|kubia)(?![a-z])/i.test(text)) return true;
  return /\b(?:in|for|on|of) (?:this|my|our) (?:lab|setup|environment|cluster|machine)\b|\b(?:your|my|our) (?:setup|lab|environment|case)\b|本实验|我的(?:环境|集群|机器)|我们的(?:例子|示例|环境|集群)|(?:本|此|这个)例(?:子)?(?:中|里)|例子(?:中|里)为/i.test(text);
}

/**
 * A section that shows what one run printed (`Expected`, `Expected output`, `Sample output`,
 * `预期输出`) or checks that one install worked (`Step 4: Verify the Setup`): its items are
 * that machine's names, ports and states, not knowledge of the subject.
 */
export function isRunOutputSection(label: string): boolean {
  const t = label.replace(/[*_`]/g, '').replace(/[:：]\s*$/, '').trim();
  if (/^(?:expected|sample|example)?\s*(?:output|result)s?$|^expected$|^(?:预期|期望|示例)?(?:输出|结果)$|^输出结果$/i.test(t)) return true;
  if (/^(?:step\s*\d+\s*[:.)-]\s*)?verify(?:ing)?\s+(?:the\s+)?(?:setup|installation|install|deployment|cluster)\b/i.test(t)) return true;
  // `Step 6: 查看 Ingress 状态`, `Check the Pod status`: the columns one command printed.
  return /^(?:step\s*\d+\s*[:：.)-]\s*|第\s*[\d一二三四五六七八九十]+\s*步\s*[:：]?\s*)?(?:查看|检查|验证)[^，。,.]{0,30}(?:状态|结果|输出)$|^(?:step\s*\d+\s*[:.)-]\s*)?(?:check|view|see|inspect)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:status|output|results?)$/i.test(t);
}

/**
 * A section about one example (`Example`, `Example YAML for Ingress`, `示例`): the ports and
 * names in it are the example's own choice, no fact to fill in.
 */
function isExampleSection(label: string): boolean {
  const t = sectionLabel(label);
  // (`Manifest File`, `Sample YAML`, `配置文件示例`: one manifest the note wrote out.)
  // (`Production Scenario`, `Real-World Scenario`: one made-up setup, its job and its runner.)
  return /^(?:an?\s+)?(?:[\w-]+\s+)?examples?\b|^(?:practical|real[- ]world|hands-on)\s+(?:[\w-]+\s+)?examples?\b|^(?:an?\s+)?(?:[\w-]+\s+){0,2}scenario(?:\s*\d+\b.*|\s+setup)?$|^(?:production|real[- ]world|real[- ]life|example|practical|sample)\s+scenarios?\b|^(?:示例|例子|举例|实例|样例|范例|範例)|^(?:the\s+)?(?:sample\s+)?(?:manifest|yaml)(?:\s+(?:file|definition))?$|^sample\s+(?:manifest|yaml|config(?:uration)?)\b|(?:配置文件|清单文件|yaml\s*文件)示例$/i.test(t);
}

/**
 * `Root Cause Hypothesis`, `Possible causes`, `可能原因`, `What went wrong`: one incident's guesses or story, whose labels
 * (`Kubelet Bug/Misconfiguration`) are no things to explain.
 */
function isIncidentSection(label: string): boolean {
  return /^(?:root[ -]causes?(?:\s+(?:hypothes[ie]s|analysis))?|possible (?:root )?causes?|likely causes?|hypothes[ie]s|diagnosis|what went wrong|post-?mortem|(?:real[- ]world )?incident\b.*|可能(?:的)?原因|原因分析|根因(?:分析)?|问题原因|故障原因|事故复盘|故障复盘)$/i.test(sectionLabel(label));
}

/** A heading as the checks above read it: no emphasis marks, section number, decoration or end colon. */
function sectionLabel(label: string): string {
  return bareTitle(label.replace(/[*_`]/g, ''));
}

/** Small words a name's initials skip (`Role of a Pod` is not `ROAP`). */
const STOP_WORDS = /^(?:a|an|the|of|and|or|to|in|on|for|is|are|by|with|as|at|it)$/i;

/** Whether the words of `text` hold every letter of `code` (3–5 capitals) as initials or inside a word in capitals (`IP`), in any order. */
export function holdsLetters(code: string, text: string): boolean {
  const c = code.trim();
  if (!/^[A-Z]{3,5}$/.test(c)) return false;
  const letters: string[] = [];
  for (const w of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!w || STOP_WORDS.test(w)) continue;
    if (/^[A-Z]{2,}$/.test(w)) letters.push(...w);
    else letters.push((w[0] as string).toUpperCase());
  }
  for (const ch of c) {
    const at = letters.indexOf(ch);
    if (at < 0) return false;
    letters.splice(at, 1);
  }
  return true;
}

/**
 * Consecutive words of a text whose initials spell `code` (`organization unit` → OU; `nfs`, in small
 * letters, the same; the humps of `persistentVolumeClaim` → pvc too).
 */
export function spellsInitials(code: string, text: string): boolean {
  const trimmed = code.trim();
  if (!/^(?:[A-Z]{2,5}|[a-z]{2,5})$/.test(trimmed)) return false;
  const c = trimmed.toUpperCase();
  const initials = text
    .split(/[^\p{L}\p{N}]+|(?<=[a-z])(?=[A-Z])/u)
    .filter((w) => w && !STOP_WORDS.test(w))
    .map((w) => (w[0] as string).toUpperCase())
    .join('');
  return initials.includes(c);
}

/**
 * Whether at least half the words of a several-word answer (`Container Runtime Interface`) are
 * words of `shown`, as they are or with a plural ending (`kube` is no word of `Kubernetes`).
 */
function mostWordsShown(answer: string, shown: string): boolean {
  const split = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const words = split(answer).filter((w) => w.length >= 3 && !STOP_WORDS.test(w));
  if (words.length < 2) return false;
  const seen = new Set(split(shown).map((w) => w.replace(/(?<=\p{L}{3})(?:es|s)$/u, '')));
  return words.filter((w) => seen.has(w) || seen.has(w.replace(/(?<=\p{L}{3})(?:es|s)$/u, ''))).length * 2 >= words.length;
}

/**
 * `…a static file of attribute rules` for ABAC (Attribute-Based Access Control): the first word of
 * the abbreviation's expansion, the one that tells it from its siblings (RBAC, ABAC), said in the clue.
 */
function leadWordSaid(abbreviation: string, expansion: string, clue: string): boolean {
  if (!/^[A-Z][A-Za-z]{1,5}$/.test(abbreviation.trim())) return false;
  const lead = /^[A-Za-z]+/.exec(expansion.trim())?.[0].toLowerCase() ?? '';
  if (lead.length < 4 || lead[0] !== abbreviation.trim()[0]?.toLowerCase()) return false;
  const stem = lead.slice(0, Math.min(lead.length, 6));
  return (clue.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => word.startsWith(stem));
}

/** Whether the prompt, the key or the explanation would teach one of the misconceptions. */
function teachesMisconception(question: Question): boolean {
  const right = typeof question.answer === 'number' ? (question.choices[question.answer] ?? '') : typeof question.answer === 'string' ? question.answer : '';
  // The explanation is shown after answering: it teaches as much as the key (makeQuestion has
  // already dropped a false gloss or line from it where the rest stands without it).
  return [`${question.prompt}\n${right}`, question.explanation ?? ''].some(saysMisconception);
}

/** `Environment Details`, `Lab Environment`, `实验环境`: the machines one lab ran on, its versions and modes. */
// (`Environment` alone may list environment variables.)
const LAB_ENVIRONMENT = /^(?:lab|test|demo|my|our)\s+environment(?:\s+(?:details|info(?:rmation)?|setup|overview))?$|^environment\s+(?:details|info(?:rmation)?|setup|overview)$|^lab\s+(?:setup|details)$|^(?:实验|测试|演示)环境(?:信息|说明|介绍)?$|^环境信息$/i;

/** `Preview: Week 2`, `Days 8-14 Focus`, `下周预告`: what a course will cover later, a plan, not the subject. */
const COURSE_PLAN = /^what (?:this|the) (?:project|repo) (?:teaches|covers)\b|^(?:preview|coming up|up next|next week)\b|^days?\s*\d+\s*[-–~]\s*\d+\b|^week\s*\d+\s*(?:focus|preview|plan|goals?)\b|^(?:下周|下节|下一周)(?:预告|计划)/i;

/** Two names of six characters or more, one the other with two of its letters swapped (`bsah`, `bash`). */
function lettersSwapped(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || a.length < 6) return false;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return differ.length === 2 && a[differ[0] as number] === b[differ[1] as number] && a[differ[1] as number] === b[differ[0] as number] && /\p{L}/u.test(a[differ[0] as number] as string);
}

/** Why a built question may not be asked, or null when it passes. */
export function gateQuestion(question: Question): RejectReason | null {
  if (teachesMisconception(question)) return 'misconception';
  // A prompt's own template may end in a colon (`填空（…）：`) and a cloze shows its blank (`____`).
  if (isDebris(question.prompt.split(BLANK).join('…').split('\n').join(' ').replace(/[:：]\s*$/, ''))) return 'debris';
  const shown = [question.prompt, ...question.choices, typeof question.answer === 'string' ? question.answer : ''];
  if (shown.some(isLabSpecific) || (question.topic ?? []).some((t) => isRunOutputSection(t) || isLabSpecific(t) || COURSE_PLAN.test(sectionLabel(t)) || LAB_ENVIRONMENT.test(sectionLabel(t)))) return 'debris';
  // What one example's fields hold (`host: www.example.com is specified`) is that example's.
  // An example's chain of events (`Example: 6-node cluster splits 4/2 → …`) is one scenario, not a procedure to know.
  // (For names and descriptions, a note titled as an example, `Helm Hooks Example`, still explains
  // its kinds of thing in general: only a section of one counts.)
  // (A numbered first heading, `7. Example Breakdown`, is a section all the same; below the note's title,
  // `Network Policy Example` is one example too, where a note titled `Helm Hooks Example` explains hooks.)
  const topic = question.topic ?? [];
  const sections = ['define', 'identify'].includes(question.type) ? topic.filter((t, i) => i > 0 || /^\s*\d+(?:\.\d+)*[.)、]\s/u.test(t)) : topic;
  if (['cloze', 'recall', 'order', 'next', 'define', 'identify'].includes(question.type) && (sections.some((t) => isExampleSection(t) || isIncidentSection(t)) || topic.slice(1).some((t) => /^(?:[\w-]+\s+){1,3}examples?$/i.test(sectionLabel(t))) || (question.type === 'cloze' && isExampleSection(question.subject)))) return 'debris';
  // `实时仪表盘 10s` under `最佳实践`: a recommended value is one author's taste, with its neighbours as defensible.
  if (question.type === 'cloze' && typeof question.answer === 'number' && /\d/.test(question.choices[question.answer] ?? '') && (question.topic ?? []).some(isAdviceSection)) return 'ambiguous';
  if (question.type === 'recall') return null;
  if (question.type === 'typed') {
    // The topic line is shown above the prompt: `CRI (A Container Runtime)` over "what does
    // CRI stand for" shows most of the expansion.
    const seen = [question.prompt, ...(question.topic ?? [])].join('\n');
    // (`SSE-KMS` by `…AWS key management service`: a part of a joined abbreviation spelled is given away too.)
    if (keyOf(seen).includes(keyOf(question.answer)) || question.answer.split('-').some((part) => spellsInitials(part, question.prompt))) return 'giveaway';
    if (question.accept.some((spelled) => leadWordSaid(question.answer, spelled, question.prompt))) return 'giveaway';
    // `cache` typed from `…by caching responses`: the word itself, inflected.
    const stem = /^[a-z]{4,}$/.test(question.answer) ? question.answer.replace(/e$/, '') : '';
    if (stem && (question.prompt.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => word.startsWith(stem))) return 'giveaway';
    return mostWordsShown(question.answer, seen) ? 'giveaway' : null;
  }
  const choices = question.choices;
  if (choices.some(isDebris)) return 'debris';
  // (`Role` beside `Roles`: one thing twice, in the singular and the plural.)
  const keys = choices.map((c) => keyOf(c).replace(/(?<=[a-z]{3})s$/, ''));
  if (new Set(keys).size !== keys.length) return 'ambiguous';
  if (question.type === 'order') return null;
  const rights = Array.isArray(question.answer) ? question.answer : [question.answer];
  const right = choices[rights[0] ?? 0] ?? '';
  const wrong = choices.filter((_, i) => !rights.includes(i));
  if (wrong.length === 0) return 'few-distractors';
  // `~/.bsah_profile` beside `~/.bash_profile`: a wrong choice that is a right one with two letters
  // swapped is the note's typo, a trick of spelling, not a thing of the same kind.
  const rightOnes = rights.map((i) => choices[i] ?? '');
  if (wrong.some((w) => rightOnes.some((r) => lettersSwapped(w, r)))) return 'ambiguous';
  // `Log Aggregation with Loki` shown above "which one matches this description?": the topic line names the answer.
  if (question.type === 'identify') {
    const topic = keyOf((question.topic ?? []).join(' '));
    const named = keyOf(right);
    if (named.length >= 3 && topic.includes(named) && !wrong.some((w) => keyOf(w).length >= 3 && topic.includes(keyOf(w)))) return 'giveaway';
    // `RBAC (Role-Based Access Control)` above `rbac.authorization.k8s.io`: an abbreviation the
    // topic shows that is a word of the name only it has. (Plain words, `node` over node labels, are the topic's own.)
    const topicWords = new Set(((question.topic ?? []).join(' ').match(/\b[A-Z][A-Z0-9]{3,}\b/g) ?? []).map((w) => w.toLowerCase()));
    const partsOf = (name: string) => name.toLowerCase().split(/[^a-z0-9]+/).filter((part) => part.length >= 4);
    const wrongParts = new Set(wrong.flatMap(partsOf));
    if (partsOf(right).some((part) => topicWords.has(part) && !wrongParts.has(part))) return 'giveaway';
  }
  const subject = keyOf(question.subject);
  if (subject.length >= 2) {
    // A description that repeats the term while no other does points at itself…
    if (question.type === 'define' && keyOf(right).includes(subject) && !wrong.some((w) => keyOf(w).includes(subject))) return 'giveaway';
    // …as does one whose initials spell a short name (`nfs` → `Network File System`).
    if (question.type === 'define' && spellsInitials(question.subject, right) && !wrong.some((w) => spellsInitials(question.subject, w))) return 'giveaway';
    // …and a clue that shows the name it asks for answers itself.
    if ((question.type === 'identify' || question.type === 'acronym') && keyOf(question.prompt).includes(keyOf(right))) return 'giveaway';
    // …or whose words' initials spell it, while no wrong choice's do.
    if (question.type === 'identify' && spellsInitials(right, question.prompt) && !wrong.some((w) => spellsInitials(w, question.prompt))) return 'giveaway';
    // …or whose words hold its letters in another order (`Manage IP address allocation` → IPAM).
    if (question.type === 'identify' && holdsLetters(right, question.prompt) && !wrong.some((w) => holdsLetters(w, question.prompt))) return 'giveaway';
  }
  if (question.type === 'identify' || question.type === 'define' || question.type === 'acronym') {
    if (isAspectLabel(question.subject)) return 'label';
  }
  // `Binding（绑定）` among bare names: only the right ones written with a gloss stand out by form.
  const glossed = (c: string) => /[(（][^()（）]+[)）]\s*$/.test(c);
  const rightGlossed = rights.map((i) => glossed(choices[i] ?? ''));
  if (rightGlossed.every((g) => g === rightGlossed[0]) && wrong.every((w) => glossed(w) !== rightGlossed[0])) return 'giveaway';
  // Choices of one kind, shape and script, every one against every other (so the verdict
  // does not depend on the order they are shown in).
  for (let i = 0; i < choices.length; i++) {
    for (let j = i + 1; j < choices.length; j++) {
      const a = choices[i] as string;
      const b = choices[j] as string;
      if (!alike(a, b) || hasHan(a) !== hasHan(b)) return 'mixed-kinds';
    }
  }
  // The one right answer much longer (or much shorter) than all the others stands out.
  const shape = shapeOf(right);
  if (rights.length === 1 && (shape === 'phrase' || shape === 'sentence')) {
    const w = width(right);
    const others = wrong.map(width);
    if (w > 2.2 * Math.max(...others) || w * 2.5 < Math.min(...others)) return 'mixed-kinds';
  }
  return null;
}
