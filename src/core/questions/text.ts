import { QUESTION_LABEL, escapeRegExp, isAbbreviation, lettersInOrder, looseMatchKey, matchKey, otherNameOf, readOnce, textWidth, withoutLeadingMarks } from '../text/index.js';

// Small string helpers shared by the generators. Pure.

export const BLANK = '____';

/** Columns the text takes in a terminal (CJK counts two). */
export const width = textWidth;

/**
 * The last part of a compound name: `gen` of `deepcopy-gen`, `boundary` of `System_Boundary`,
 * `probe` of `livenessProbe`, `监控` of `Pod监控` and `存活探针`; none for a plain word.
 */
export function lastPart(term: string): string | undefined {
  const text = term.trim();
  if (/\p{Script=Han}{2}$/u.test(text) && [...text].length >= 3) return text.slice(-2);
  const parts = text.split(/[-_\s]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter(Boolean);
  const last = parts.at(-1);
  return parts.length > 1 && last !== undefined && last.length >= 3 ? last.toLowerCase() : undefined;
}

/**
 * The word a name ends in and how many of `names` end in it too (`ExecAction` among `TCPSocketAction`,
 * `HTTPGetAction`: `action`, 3): names of one family, whose last word says their kind.
 */
export function familyOf(name: string, names: readonly string[]): { word: string; kin: number } | undefined {
  const word = lastPart(name);
  return word === undefined ? undefined : { word, kin: names.filter((n) => lastPart(n) === word).length };
}

/** matchKey, memoised: the generators ask for the keys of the same texts again and again. */
export const keyOf: (text: string) => string = readOnce((text) => matchKey(text));

/** Whether `needle` occurs in `haystack`, compared the way choices are (matchKey). */
export function containsKey(haystack: string, needle: string): boolean {
  const n = keyOf(needle);
  return n.length > 0 && keyOf(haystack).includes(n);
}


const LATIN_WORD = /^[A-Za-z0-9][A-Za-z0-9 ._/&+'-]*$/;

/**
 * Replaces every occurrence of each needle with ____ (longest needle first; whitespace inside
 * a needle may vary; Latin needles only as whole words). Returns null when a needle still
 * shows in the result (e.g. `Job` inside `CronJob`): the text cannot hide it honestly.
 */
export function blankOut(text: string, needles: readonly string[], blank = BLANK): string | null {
  let out = text;
  const textKey = keyOf(text);
  const sorted = needles
    .map((n) => n.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  for (const needle of sorted) {
    if (!textKey.includes(keyOf(needle))) continue; // not there: nothing to blank
    const body = needle
      .split(/\s+/)
      .map(escapeRegExp)
      .join('\\s*');
    const pattern = LATIN_WORD.test(needle) ? `(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])` : body;
    out = out.replace(new RegExp(pattern, 'giu'), blank);
  }
  if (sorted.some((n) => containsKey(out, n))) return null;
  return out;
}

/** What stands for a masked name inside a choice. */
const MASK = '…';

/** The text with its own names masked (`Ingress routes…` → `… routes…`); null when they cannot be hidden. */
export function maskNames(text: string, names: readonly string[]): string | null {
  return blankOut(text, names, MASK);
}

/** Replaces whole-word, case-insensitive occurrences of Latin words with ____ (no checks). */
export function blankWords(text: string, words: readonly string[]): string {
  let out = text;
  for (const word of words) {
    if (!word) continue;
    out = out.replace(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(word)}(?![A-Za-z0-9])`, 'giu'), BLANK);
  }
  return out;
}

/** Width of what is left once blanks, punctuation and spaces are taken out. */
export const meaningfulWidth: (text: string) => number = readOnce((text) => width(text.split(BLANK).join('').replace(/[\p{P}\p{S}\s]/gu, '')));

const SMALL_WORDS = /^(?:of|and|the|for|to|in|on|a|an|&|with|by)$/i;

/** matchKey without punctuation: `kube-api-server` and `kube-apiserver` meet. Memoised. */
export const looseKey: (text: string) => string = readOnce((text) => keyOf(text).replace(/[^\p{L}\p{N}]/gu, ''));

/** At most one insertion, deletion or substitution apart. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

/**
 * Whether two names are the same thing written differently: equal loose keys, or (for longer
 * names) one typo apart (`kebe-scheduler` / `kube-scheduler`).
 */
export function nearlySame(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 6 && withinOneEdit(a, b);
}

/** `RWO`, `IPVS`, `EFK`, `gRPC`: a short word mostly of capitals — shaped like an abbreviation. */
export function isAbbreviationShaped(text: string): boolean {
  return isAbbreviation(text, 8);
}

/** `RWO`, `gRPC`, `SELinux`, `iSCSI`, `K8s`: one short Latin word with at least two capitals. */
export function isShortForm(text: string): boolean {
  const t = text.trim();
  if (!/^[A-Za-z][A-Za-z0-9&-]{1,9}$/.test(t)) return false;
  return (t.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** `Domain Name System`, `Role-Based Access Control`: two or more Latin words. */
export function isLongForm(text: string): boolean {
  const t = text.trim();
  if (!/^[A-Za-z][A-Za-z0-9 .&/'-]*$/.test(t)) return false;
  // `Provides a flexible query language (PromQL)`: a sentence about the thing, which its letters happen to fit.
  // (`No network address translation (NAT)`: a negation the letters fit too.)
  if (/^(?:provides|uses|includes|collects|allows|enables|supports|helps|makes|lets|gives|offers|runs|manages|creates|defines|stores|exposes|handles|no|not|without)\b/i.test(t)) return false;
  return longWords(t).length >= 2;
}

function longWords(text: string): string[] {
  return text.split(/[\s/-]+/).filter((w) => w && !SMALL_WORDS.test(w));
}

/** First letters of the words of a long form, lower case: `Role-Based Access Control` → `rbac`. */
function initialsOf(text: string): string {
  return longWords(text)
    .map((w) => w[0] ?? '')
    .join('')
    .toLowerCase();
}

/**
 * Whether `long` spells `short` by its initials (loosely: `Security-Enhanced Linux` ~ `SELinux`, whose
 * last word is written out whole; `Content delivery` is no spelling of CDN).
 */
export function spells(short: string, long: string): boolean {
  const letters = short.replace(/[^A-Za-z]/g, '').toLowerCase();
  const initials = initialsOf(long);
  if (!letters || !initials) return false;
  const last = longWords(long).pop()?.toLowerCase() ?? '';
  return letters === initials || (letters.startsWith(initials) && initials.length >= 2 && last.length > 1 && letters.endsWith(last));
}

/**
 * Whether `long` writes `short` out: its letters in turn (`State/Province` for ST), or the field's own
 * short name for it (RWX for ReadWriteMany); `Content delivery` is no CDN, the note's `Attribute-Based
 * Authorization` no ABAC.
 */
function writesOut(short: string, long: string): boolean {
  return lettersInOrder(short, long) || otherNameOf(short).some((name) => looseMatchKey(name) === looseMatchKey(long));
}

/** The abbreviation and the expansion among a term and its aliases, when there are both. */
export function acronymPair(term: string, aliases: readonly string[]): { short: string; long: string } | null {
  for (const alias of aliases) {
    // `UpdatePod(UpdatePodOptions)`: a name and a longer name that starts with it, no abbreviation
    // (`ST` for `State/Province`, in capitals, is one).
    const [shorter, longer] = term.length <= alias.length ? [term, alias] : [alias, term];
    if (!/^[A-Z0-9]+$/.test(shorter) && longer.toLowerCase().startsWith(shorter.toLowerCase())) continue;
    const pair = pairOf(term, alias);
    if (pair && writesOut(pair.short, pair.long)) return pair;
  }
  return null;
}

/** Which of a term and an alias is the short form and which the long one, by their shapes alone. */
function pairOf(term: string, alias: string): { short: string; long: string } | null {
  if (isShortForm(term) && isLongForm(alias) && alias.length > term.length) return { short: term, long: alias };
  if (isShortForm(alias) && isLongForm(term) && term.length > alias.length) return { short: alias, long: term };
  // `ReadWriteOnce(RWO)`: a single long camel-case word and its capitals.
  if (isShortForm(alias) && /^[A-Za-z][A-Za-z0-9-]+$/.test(term) && term.length > alias.length + 2) return { short: alias, long: term };
  if (isShortForm(term) && /^[A-Za-z][A-Za-z0-9-]+$/.test(alias) && alias.length > term.length + 2) return { short: term, long: alias };
  return null;
}

/** De-duplicates a path: [...path, title] without repeating the title. */
export function topicOf(path: readonly string[], title: string): string[] {
  const last = path[path.length - 1];
  const topic = last !== undefined && keyOf(last) === keyOf(title) ? [...path] : [...path, title];
  // `✅ Confirmed`, `2️⃣ Add the repository`, `Runners 🌐 → 🏃‍♂️`: a heading's decoration, debris on a topic line.
  return topic.map((part) => withoutTrailingMarks(withoutLeadingMarks(part)) || part).filter((part) => part.trim().length > 0);
}

/** `3.1.`, `3）`, `07: `, `02-dockerfile`, `一、`, `十四 `, `（二）`, `(b)`; not the count of `4 个状态`. */
const SECTION_NUMBER = /^\s*(?:\d+(?:[.-]\d+)*(?!\d)(?:[.)）、]|-(?=\p{L})(?!(?:[Ff]actor|[Tt]ier|[Pp]hase|[Ww]ay|[Nn]ode|[Bb]it|[Bb]yte|[Cc]ore|[Ll]ayer|[Ss]tep|[Ll]evel|[Ss]tage)s?\b)|[:：](?=\s*\D)|(?!\s*[个种类项条步]|-))|[一二三四五六七八九十]+(?:[、.]|\s+(?=\S))|[(（](?:[一二三四五六七八九十\d]+|[a-zA-Z])[)）][、.]?)\s*/u;
/** `PART 2 — `, `Chapter IV: `: the place of a section in the note's own outline, before its title. */
const PART_NUMBER = /^\s*(?:part|chapter|section|module|lesson)\s+(?:\d+|[IVX]+)\s*(?:[—–:：.]|-{1,2})\s*(?=\S)/iu;
/** `a.`, `b)`: a lettered item, numbering in a list of terms too. */
const LETTER_NUMBER = /^\s*(?:[a-z][.)]\s*|[A-Z][.)]\s+)/u;

/**
 * `PART 2 — What is a CNI?` → `What is a CNI?`; `2 Kubernetes是什么？` → `Kubernetes是什么？`; `Q1 : What
 * is REST ?` → `What is REST ?` (a heading's number, an exercise's label).
 */
export function withoutHeadingNumber(text: string): string {
  return text
    .replace(QUESTION_LABEL, '')
    .replace(PART_NUMBER, '')
    .replace(/^\s*\d{1,2}(?:\.\d{1,2})*\s+(?=[A-Za-z\p{Script=Han}])(?=.*[?？]\s*$)/u, '')
    // (`3为什么要用Kubernetes?`: the number glued to the question word.)
    .replace(/^\s*\d{1,2}(?=为什么|为何|什么|如何|怎么|怎样|哪)/u, '')
    .replace(DIFFICULTY_TAG, '');
}

/** How hard a note rates a question or a section: `Advanced`, `中级`. */
const DIFFICULTY = '(?:beginner|basic|easy|intermediate|medium|advanced|hard|expert|senior|junior|初级|中级|高级|基础|入门|进阶|简单|困难)';

/** `…A/B testing? (Advanced).`, `（中级）`: how hard the note rates a question, no part of it. */
const DIFFICULTY_TAG = new RegExp(`\\s*[(（\\[]${DIFFICULTY}[)）\\]]\\.?\\s*$`, 'iu');

/** `Advanced Level`, `中级篇`: a section of questions by how hard they are, not by what they are about. */
const DIFFICULTY_LEVEL = new RegExp(`^${DIFFICULTY}(?:\\s*(?:level|questions?|topics?|篇|题|部分))?$`, 'iu');

export function isDifficultyLevel(title: string): boolean {
  return DIFFICULTY_LEVEL.test(title.trim());
}

/**
 * A heading or term without its marks and section number (`✅ 2.2. Steps:` → `Steps`): layout,
 * not part of what it names. `letters` drops `a.` / `b)` numbering as well.
 */
export function bareTitle(text: string, letters = false): string {
  let bare = withoutLeadingMarks(text).replace(QUESTION_LABEL, '').replace(SECTION_NUMBER, '');
  if (letters) bare = bare.replace(LETTER_NUMBER, '');
  return withoutTrailingMarks(bare.replace(/[:：]\s*$/u, '')).trim();
}

const TRAILING_MARK = /[\s\p{Extended_Pictographic}\uFE0F\u20E3\u200D→←↔⇒⟶➜-]/u;

/** `Backend → Database ✅` → `Backend → Database`; `Runners 🌐 → 🏃‍♂️ → 🛠️` → `Runners`. By hand: a `+$` pattern retries from every mark of a long run. */
function withoutTrailingMarks(text: string): string {
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && TRAILING_MARK.test(chars[end - 1] as string)) end--;
  return end === chars.length ? text : chars.slice(0, end).join('');
}

/** `如图 8-1 所示`, `见下图`, `see Figure 3`, `as shown in the screenshot`: the text leans on a picture a question cannot show. */
/** `ButtonGroup、JRadioButtonMenuItem。`, `global、rule_files 和 scrape_configs`: names (one or more, joined up) and nothing else. */
const NAMES_ONLY = /^[A-Za-z_$][\w.$#-]*(?:\(\))?(?:\s*(?:[、,，/]|和|及|与|以及|或|\band\b|\bor\b)\s*[A-Za-z_$][\w.$#-]*(?:\(\))?)*\s*[。.；;]?$/u;

/** Whether a text is only names, `atLeast` of them or more: it describes nothing. */
export function namesOnly(text: string, atLeast = 1): boolean {
  const t = text.replace(/`/g, '').trim();
  return NAMES_ONLY.test(t) && (t.match(/[A-Za-z_$][\w.$#-]*/g) ?? []).length >= atLeast;
}

export const POINTS_AT_FIGURE =
  /如图|如下图|见下图|见图|图\s*\d+(?:[-.]\d+)?\s*(?:所示|中)|\b(?:see |in )?fig(?:ure|\.)\s*\d|\bas shown (?:in|on) the (?:figure|image|picture|screenshot|diagram)\b|\b(?:in|on) the (?:image|picture|screenshot|diagram)(?: (?:above|below))?\b|\b(?:image|picture|screenshot|diagram) (?:above|below)\b/iu;

/** `enterprise-grade support`, `another solid choice`, `seamless integration`: a vendor's praise, not what the thing does. */
const PROMOTION = /enterprise-grade|solid choice|best-in-class|world-class|cutting-edge|industry-leading|state-of-the-art|seamless(?:ly)?\b|user-friendl|known for (?:its )?(?:reliability|stability|simplicity|performance)|perfect for|easy (?:setup|set-?up|to (?:use|set up|install))/i;

/** `Commonly used in Linux environments`: how popular a thing is, which fits many things. */
const POPULARITY = /^(?:(?:commonly|widely|often|mostly|frequently|typically|generally|usually)\s+(?:used|deployed|found|seen|chosen)|(?:very\s+)?popular)\b/i;

/** `Simple, lightweight, and commonly used…`, `简单、轻量`: qualities first, which many tools claim. */
const QUALITY_WORD_EN = String.raw`(?:very |highly )?(?:simple|lightweight|light-weight|fast|easy|powerful|flexible|scalable|robust|reliable|mature|stable|secure|minimal|small|tiny|feature-rich|performant|efficient|popular)`;
const QUALITY_WORD_ZH = '(?:简单|轻量级?|高效|快速|灵活|稳定|可靠|强大|易用|成熟|安全)';
const QUALITIES_FIRST = new RegExp(String.raw`^${QUALITY_WORD_EN}(?:\s*,\s*(?:and\s+)?|\s+and\s+)${QUALITY_WORD_EN}\b|^${QUALITY_WORD_ZH}(?:[、，,和与]\s*${QUALITY_WORD_ZH})+`, 'iu');

/** A description that only praises a thing or says how popular it is: it tells nothing apart, right or wrong. */
export function saysOnlyPraise(detail: string): boolean {
  const d = detail.trim();
  return PROMOTION.test(d) || (POPULARITY.test(d) && d.split(/\s+/).length < 10) || QUALITIES_FIRST.test(d);
}
