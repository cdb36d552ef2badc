import { conceptOfStem, conceptsInChinese, detectLang, normalizeText } from '../text/index.js';
import type { Bank } from '../types.js';

// How much of a reference answer a typed answer covers. Key points are the reference's list
// items, or the clauses of its sentences; a point counts as covered when the answer says
// enough of what is distinctive in it. Pure.
//
// What makes it trustworthy:
// - text is compared after NFKC (full-width letters and digits), case, and hyphens or
//   underscores (`server-side` is `server side`); numbers stay with their point (`1.21`);
// - an abbreviation and its expansion are one thing (`PSA` = `Pod Security Admission`), from
//   the banks' aliases and from initials found in the texts themselves;
// - words weigh what they tell apart: a word found in most entries of the notes (`Pod`,
//   `node`) counts little, a rare one (`Tiller`, `6443`) a lot (inverse document frequency
//   over the banks, when a model is given);
// - an English word and its Chinese translation meet (`node` / `节点`, from the glossary),
//   but only as what they weigh, so an English answer sharing `node` and `pod` with a Chinese
//   point does not cover it.

const STOP_WORDS = new Set(
  'a an the of to in on for and or is are was were be been by with as at it its this that these those from which can will not no into than then there their they them each any all also when while if so do does did has have had via per one'.split(
    ' ',
  ),
);

// Function characters: a pair containing one says little about content.
const HAN_STOP = new Set([...'的了是在和与及们它他她我你会把被就都而或个一这那有也并其中为对以之所等要能可该让使给从向'.replace(/\s/g, '')]);

/** Chinese words that say the same thing in a point and an answer (`镜像仓库` stores images). */
const HAN_SYNONYMS: string[][] = [
  ['存储', '存放', '保存', '仓库'],
  ['删除', '移除', '删掉', '清除'],
  ['创建', '新建'],
  ['选择', '挑选', '选出', '选定'],
  ['检查', '检测'],
  ['失败', '出错'],
  ['重启', '重新启动'],
  ['外部', '集群外'],
  ['接替', '取代', '替代', '代替'],
  ['负责', '管理'],
];
const HAN_CANON = new Map<string, string>();
for (const group of HAN_SYNONYMS) for (const word of group) HAN_CANON.set(word, `=${group[0]}`);

const HAN_RUN = /\p{Script=Han}+/gu;
/** Everyday words the glossary also lists, as translations of name parts (`Once`, `Many`, `Only`). */
const EVERYDAY_HAN = /一个|一次|多个|单个|单一|[读写只多层键值组空]/g;
/** Words: letters and digits, with dots inside (`1.21`, `k8s.io`); hyphens, underscores and slashes separate. */
const WORD = /[a-z0-9][a-z0-9+#.]*/g;

/** `binding` → `bind`, `pods` → `pod`; short words stay whole (`using` is not `us`). */
function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  // `es` only after s/x/z/ch/sh (`addresses`), a lone `s` not after s/u (`ingress`, `status`).
  const cut = word.replace(/(?:ing|ed|(?<=(?:[sxz]|ch|sh))es|(?<![su])s)$/, '');
  if (cut.length < 3 || !/[a-z]/.test(cut)) return word;
  return cut.length >= 4 ? cut.replace(/e$/, '') : cut; // `share` and `shared` meet at `shar`
}

const isLatin = (token: string) => /^[a-z0-9]/.test(token);

/** Lower case, full-width folded, hyphens and underscores as spaces. */
function plain(text: string): string {
  return normalizeText(text).replace(/[-_‐‑–—]+/g, ' ');
}

/** English words (lightly stemmed, numbers whole) and Chinese content character pairs. */
function baseTokens(text: string): Set<string> {
  const normalized = plain(text);
  const out = new Set<string>();
  for (const word of normalized.replace(HAN_RUN, ' ').match(WORD) ?? []) {
    const bare = word.replace(/[.]+$/, ''); // `etcd.` at the end of a sentence is `etcd`
    if (!bare || STOP_WORDS.has(bare)) continue;
    if (bare.length < 2 && !/^\d$/.test(bare)) continue; // a lone digit (`Helm 2`) is a point's number
    out.add(stem(bare));
    const concept = /^[a-z]/.test(bare) ? conceptOfStem(bare.slice(0, 5)) : undefined;
    if (concept) out.add(concept);
  }
  for (const run of normalized.match(HAN_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.add(run);
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = chars[i] as string;
      const b = chars[i + 1] as string;
      if (!HAN_STOP.has(a) && !HAN_STOP.has(b)) out.add(a + b);
    }
    // Translation marks of the run's words, without the everyday ones that mark nothing here (一个 is not `once`).
    for (const concept of conceptsInChinese(run.replace(EVERYDAY_HAN, ' '))) out.add(concept);
    for (const [word, canon] of HAN_CANON) if (run.includes(word)) out.add(canon);
  }
  return out;
}

/** What the coverage knows of the notes: what each token weighs, and the abbreviations. */
export interface CoverageModel {
  /** How much a token tells apart (1 without a model). */
  weight(token: string): number;
  /** Abbreviation (lower case) → the tokens of its expansion. */
  abbreviations: ReadonlyMap<string, readonly string[]>;
}

const UNIFORM: CoverageModel = { weight: () => 1, abbreviations: new Map() };

/** The letters an abbreviation is made of: `ReadWriteOnce` → `rwo`, `Pod Security Admission` → `psa`. */
function initials(phrase: string): string {
  return phrase
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s\-_/]+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !STOP_WORDS.has(w.toLowerCase()))
    .map((w) => (w[0] as string).toLowerCase())
    .join('');
}

/** `ABBR(Long Name)`, `Long Name(ABBR)`, `Long Name (ABBR)`: pairs written in a text. */
function abbreviationsIn(text: string, into: Map<string, readonly string[]>): void {
  const pair = /([A-Za-z][\w\- ]{2,60}?)\s*[(（]\s*([A-Za-z][\w\- ]{1,60}?)\s*[)）]/g;
  for (const [, a, b] of text.matchAll(pair)) {
    const left = (a as string).trim().split(/\s+/).slice(-6).join(' ');
    const right = (b as string).trim();
    for (const [short, long] of [
      [left, right],
      [right, left],
    ] as const) {
      if (/^[A-Z][A-Za-z0-9]{1,7}$/.test(short) && !/\s/.test(short) && initials(long).startsWith(short.toLowerCase().replace(/[^a-z]/g, '').slice(0, 2))) {
        into.set(short.toLowerCase(), [...baseTokens(long)]);
      }
    }
  }
}

/** Alias pairs of a bank entry: `ReadWriteOnce(RWO)`, `PSA(Pod Security Admission)`. */
function entryAbbreviations(term: string, aliases: readonly string[], into: Map<string, readonly string[]>): void {
  for (const [short, long] of [term, ...aliases].flatMap((a) => [term, ...aliases].map((b) => [a, b] as const))) {
    if (short === long || !/^[A-Z][A-Za-z0-9]{1,7}$/.test(short)) continue;
    const letters = short.toLowerCase().replace(/[^a-z]/g, '');
    if (letters.length >= 2 && initials(long).includes(letters)) into.set(short.toLowerCase(), [...baseTokens(long)]);
  }
}

/** The texts of the notes, one per entry, step and answer: what the weights are counted over. */
function documentsOf(banks: readonly Bank[]): string[] {
  const docs: string[] = [];
  for (const bank of banks) {
    if (bank.kind === 'terms') for (const e of bank.entries) docs.push(`${e.term} ${e.aliases.join(' ')} ${e.detail}`);
    else if (bank.kind === 'steps') for (const s of bank.steps) docs.push(s.text);
    else for (const p of bank.pairs) docs.push(`${p.question} ${p.answer}`);
  }
  return docs;
}

/**
 * The weights and abbreviations of a set of notes: a token's weight is its inverse document
 * frequency over the entries, steps and answers (a token in every one weighs next to nothing).
 */
export function coverageModel(banks: readonly Bank[]): CoverageModel {
  // Counted on first use: a quiz without recall questions never pays for it.
  let built: { weight: (token: string) => number; abbreviations: Map<string, readonly string[]> } | null = null;
  const build = () => {
    const docs = documentsOf(banks);
    const df = new Map<string, number>();
    for (const doc of docs) for (const t of baseTokens(doc)) df.set(t, (df.get(t) ?? 0) + 1);
    const n = docs.length;
    const max = Math.log(n + 1);
    const abbreviations = new Map<string, readonly string[]>();
    for (const bank of banks) {
      if (bank.kind === 'terms') for (const e of bank.entries) entryAbbreviations(e.term, e.aliases, abbreviations);
    }
    for (const doc of docs) abbreviationsIn(doc, abbreviations);
    // Scaled to 0..1 (a token the notes never use weighs 1); never quite nothing.
    const weight = (token: string) => (n ? Math.max(0.05, Math.log((n + 1) / ((df.get(token) ?? 0) + 1)) / max) : 1);
    return { weight, abbreviations };
  };
  return {
    weight: (token) => (built ??= build()).weight(token),
    get abbreviations() {
      return (built ??= build()).abbreviations;
    },
  };
}

/** Tokens of a text with abbreviations and their expansions standing for each other. */
export function tokens(text: string, model: CoverageModel = UNIFORM): Set<string> {
  const out = baseTokens(text);
  const abbreviations = new Map(model.abbreviations);
  // Pairs the text writes itself (`PSA (Pod Security Admission)`).
  abbreviationsIn(text, abbreviations);
  for (const [short, long] of abbreviations) {
    const hasShort = out.has(short) || out.has(stem(short));
    const hasLong = long.length > 0 && long.every((t) => out.has(t));
    if (hasShort) long.forEach((t) => out.add(t));
    if (hasLong) out.add(short);
  }
  return out;
}

/** A list marker (`- `, `* `, `1. `, `2) `, `3、`): not a number of the point (`1.21 版本弃用` keeps its 1.21). */
const LIST_MARKER = /^\s*(?:[-*•+]\s+|\d{1,2}[.)]\s+|\d{1,2}、\s*)/;

/** Words that join statements and say nothing themselves (`but not restarted` is one thing said). */
const JOIN_WORDS = new Set(['but', 'where', 'while', 'whereas', 'because', 'although']);

/** What a piece of a sentence says: one per English content word, a half per Chinese content character. */
function substance(text: string): number {
  const normalized = plain(text);
  let amount = 0;
  for (const word of normalized.replace(HAN_RUN, ' ').match(WORD) ?? []) {
    const bare = word.replace(/[.]+$/, '');
    if (bare && !STOP_WORDS.has(bare) && !JOIN_WORDS.has(bare) && (bare.length >= 2 || /^\d$/.test(bare))) amount += 1;
  }
  for (const ch of normalized.match(/\p{Script=Han}/gu) ?? []) if (!HAN_STOP.has(ch)) amount += 0.5;
  return amount;
}

/** A statement is cut in two only when each side says this much, */
const CLAUSE_MIN = 2;
/** and both together this much: `deprecated in 1.21 and removed in 1.25` stays one point. */
const SENTENCE_MIN = 6;

/** Words that open a clause after `and`: `and was removed`, `and it ran`, `and then`, `and always runs`. */
const CLAUSE_OPENER = /^(?:is|are|was|were|has|have|had|can|cannot|could|may|might|must|will|would|should|does|do|did|it|they|he|she|we|you|there|then|also|always|never|only|still|often|usually|now|later|finally|thus|therefore|so)$/;
/** A verb's object or particle: `and rolls out`, `and lets a member`, `and restores them`. */
const OBJECT_OPENER = /^(?:the|a|an|its|their|it|them|each|every|all|any|this|these|those|his|her|our|your|out|up|back|off|down|away)$/;
const AUXILIARY = /^(?:is|are|was|were|has|have|had|can|cannot|could|may|might|must|will|would|should|does|do|did)$/;
/** Before `which` or `where`, a preposition makes them part of the clause (`the node on which it runs`). */
const PREPOSITION = /^(?:on|in|at|to|by|for|from|with|of|through|under|into|onto|over|and|or)$/;

/** The words of a text, without the punctuation around them. */
const wordsOf = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

/** The ending a verb form shares with the one beside it: `rewrites and resends`, `created and removed`. */
const inflection = (word: string) => /^[a-z][a-z-]*(?:[^su](s)|(ed)|(ing))$/.exec(word)?.slice(1).find(Boolean);

/**
 * Whether the words after `and` start a statement of their own (`and was removed in Helm 3`,
 * `and holds its stdio`) rather than name one more thing (`and DNS name`, `and volumes`).
 */
function opensClause(before: string[], after: string[]): boolean {
  const [first = '', second = ''] = after;
  const w1 = first.toLowerCase();
  if (CLAUSE_OPENER.test(w1)) return true;
  // `is rewritten and an extra hop is added`: a subject and its verb, after a statement
  // (not `how long a completed task and its Pods are kept`).
  if (/^(?:the|a|an|each|every|its|their|this|all)$/.test(w1)) {
    return after.slice(1, 4).some((w) => AUXILIARY.test(w.toLowerCase())) && before.some((w) => AUXILIARY.test(w.toLowerCase()));
  }
  if (first !== w1 || STOP_WORDS.has(w1)) return false; // a name (`and Helm 3`)
  // Two verbs of one statement sharing their object or subject: `rewrites and resends a
  // huge object`, `are created and removed one at a time`, `reads and writes a disk`; when the
  // statement has another word of that form, the one before `and` is its object (`pulls images
  // and starts…`, `is allocated when the sandbox is created and released when…`).
  const form = inflection(w1);
  if (form && form === inflection(before.at(-1) ?? '') && before.filter((w) => inflection(w) === form).length === 1) return false;
  // `and removed in`, `and deployed`: a verb in the past (not `need`, `speed`).
  if (/^[a-z]{2,}ed$/.test(w1) && !/eed$/.test(w1)) return true;
  // `and holds its stdio`, `and rolls out new versions`: a verb and its object.
  return OBJECT_OPENER.test(second.toLowerCase());
}

/** Whether what comes before a colon is a statement (`kube-proxy manages traffic:`), not a label (`ReadWriteOnce(RWO):`). */
function isStatement(text: string): boolean {
  const trimmed = text.trim();
  if (/[)）]$/.test(trimmed) || substance(trimmed) < 3) return false;
  const words = wordsOf(trimmed);
  return words.some((w, i) => AUXILIARY.test(w.toLowerCase()) || (i > 0 && /^[a-z][a-z-]*(?:[^su]s|ed)$/.test(w)));
}

/** Chinese words that join two statements: `并且`, `同时也`, `因此`, and `并` before a verb (`挑选节点并写回结果`), not in `合并`, `并发`, `并不`. */
const JOIN_ZH = /与此同时|并且|而且|但是|然而|因此|从而|以便|然后|随后|(?<!之)所以|同时(?=[也还又])|(?<![合兼吞归一])并(?![且发行列存入集非不没无购])/gu;
/** English words that join two statements; whether `and` does is checked on what follows it. */
const JOIN_EN = /(?<=\s)(?:and|but|which|where|while|whereas|because|although|so)(?=\s)|:(?=\s)/giu;

/** How far around a joining word its statement is read, in characters. */
const NEAR = 300;

/** Where a clause may be cut: outside brackets and code, at a word that joins statements. */
function joins(text: string): { at: number; skip: number }[] {
  const outside: boolean[] = [];
  let depth = 0;
  let code = false;
  for (const ch of text) {
    const inside = depth > 0 || code;
    if (ch === '`') code = !code;
    else if (!code && /[(（[【「《]/.test(ch)) depth++;
    else if (!code && /[)）\]】」》]/.test(ch)) depth = Math.max(0, depth - 1);
    for (let k = 0; k < ch.length; k++) outside.push(!inside);
  }
  const found: { at: number; skip: number }[] = [];
  for (const m of text.matchAll(JOIN_ZH)) if (outside[m.index]) found.push({ at: m.index, skip: 0 });
  for (const m of text.matchAll(JOIN_EN)) {
    if (!outside[m.index]) continue;
    const word = m[0].toLowerCase();
    // The statement around it, as far as it matters (a long line is not read again for every word).
    const lead = text.slice(Math.max(0, m.index - NEAR), m.index);
    const words = wordsOf(lead);
    const before = words.at(-1)?.toLowerCase() ?? '';
    const after = wordsOf(text.slice(m.index + m[0].length, m.index + m[0].length + NEAR));
    if (word === ':') {
      if (isStatement(lead.split(/[:;]\s/).at(-1) ?? '')) found.push({ at: m.index, skip: 1 });
      continue;
    }
    if (word === 'and' && !opensClause(words, after)) continue;
    // A relative clause: `PodSecurityPolicy which was deprecated`, `which shrinks the attack
    // surface`; not a question inside the statement (`decides which kinds of requests`,
    // `does not need to know where the storage comes from`, `the zones where disks may be created`).
    const next = after[0] ?? '';
    if (word === 'which' && (PREPOSITION.test(before) || inflection(before) || !(AUXILIARY.test(next.toLowerCase()) || inflection(next) === 's'))) continue;
    if (word === 'where' && (PREPOSITION.test(before) || !/^(?:they|it|he|she|we|you|there)$/i.test(next))) continue;
    if (word === 'while' && /^(?:a|for|after|once)$/.test(before)) continue;
    // `so that`, `so a virtual address reaches…`; not `do so`, `and so on`, `so many`.
    if (word === 'so' && (/^(?:do|does|did|doing|done|say|says|said|and|or|not|even|just|is|are|why|how|if)$/.test(before) || /^(?:far|on|much|many|long|few|little|called|to)$/i.test(after[0] ?? ''))) continue;
    found.push({ at: m.index, skip: 0 });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * A sentence joining several statements, as its statements: `it ran inside the cluster and was
 * removed in Helm 3` is two points, so an answer saying one of them covers that one. A short
 * sentence stays whole, and so does a number with what it is the number of.
 */
function clauses(sentence: string): string[] {
  const cuts = joins(sentence);
  if (!cuts.length) return [sentence];
  // What the sentence says, counted once and summed up to each place it may be cut (each is
  // at the edge of a word, and a colon says nothing), so a long line is not counted again per cut.
  const total = substance(sentence);
  const out: string[] = [];
  let from = 0;
  let counted = 0;
  let upTo = 0;
  let saidBefore = 0;
  for (const { at, skip } of cuts) {
    upTo += substance(sentence.slice(counted, at));
    counted = at;
    if (at < from) continue;
    const left = upTo - saidBefore;
    const rest = total - upTo;
    if (left >= CLAUSE_MIN && rest >= CLAUSE_MIN && left + rest >= SENTENCE_MIN) {
      out.push(sentence.slice(from, at).trim());
      from = at + skip;
      saidBefore = upTo;
    }
  }
  out.push(sentence.slice(from).trim());
  return out;
}

/** The clauses of a reference answer worth checking for: list items whole, sentences by clause. */
export function keyPoints(reference: string): string[] {
  const points: string[] = [];
  for (const line of reference.split('\n')) {
    if (!line.trim() || /^\s*```/.test(line)) continue;
    if (LIST_MARKER.test(line)) {
      // A list item is one point: a step with its comma is still one step.
      points.push(line.replace(LIST_MARKER, '').trim());
      continue;
    }
    // Not at 、: it lists things inside one clause (`由 key、operator 和 values 组成`).
    points.push(...line.split(/[，。；;！？!?]|,\s|\.\s|\.$/).flatMap((part) => clauses(part.trim())));
  }
  return points.filter((part) => {
    const found = [...baseTokens(part)].filter((t) => !t.startsWith('#') && !t.startsWith('='));
    // One named thing (`Using`, `etcd`) is a point too; one Chinese pair is not enough.
    return found.length >= 2 || (found.length === 1 && isLatin(found[0] as string) && (found[0] as string).length >= 3);
  });
}

export interface Coverage {
  covered: string[];
  missed: string[];
  /** Share of key points covered, 0..1 (1 when there are none). */
  ratio: number;
  /** Share of what the whole reference weighs that the answer said, 0..1: near 0, the answer had nothing of it. */
  overlap: number;
  /**
   * Whether the answer can be compared with the reference at all: false when they are in
   * different languages (an English answer to a Chinese reference shares only names like
   * `Pod`), and then nothing is marked covered or missed.
   */
  comparable: boolean;
}

/** Something a point says that the answer may say too: a word, or one character of a Chinese word. */
interface Unit {
  weight: number;
  /** Any of these in the answer says it. */
  marks: string[];
  /** A number (`6443`, `1.21`): the point's numbers must be said for the point to be. */
  number: boolean;
}

/** The units of a point: its English words, and each content character of its Chinese. */
function unitsOf(point: string, model: CoverageModel): Unit[] {
  const units: Unit[] = [];
  const normalized = plain(point);
  for (const word of normalized.replace(HAN_RUN, ' ').match(WORD) ?? []) {
    const bare = word.replace(/[.]+$/, '');
    if (!bare || STOP_WORDS.has(bare) || (bare.length < 2 && !/^\d$/.test(bare))) continue;
    const token = stem(bare);
    const concept = /^[a-z]/.test(bare) ? conceptOfStem(bare.slice(0, 5)) : undefined;
    // An English word weighs as a Chinese word of two characters does (each character is a unit).
    units.push({ weight: 2 * model.weight(token), marks: concept ? [token, concept] : [token], number: /^\d/.test(bare) });
  }
  for (const run of normalized.match(HAN_RUN) ?? []) {
    const chars = [...run];
    chars.forEach((ch, i) => {
      if (HAN_STOP.has(ch)) return;
      const pairs = [i > 0 ? (chars[i - 1] as string) + ch : '', i + 1 < chars.length ? ch + (chars[i + 1] as string) : ''].filter((pair) => pair && ![...pair].some((c) => HAN_STOP.has(c)));
      const marks = pairs.length ? [...pairs] : [ch];
      // The words this character is part of: their synonyms and their translation marks.
      for (let from = Math.max(0, i - 3); from <= i; from++) {
        for (let to = i + 1; to <= Math.min(chars.length, from + 4); to++) {
          if (to - from < 2) continue;
          const word = chars.slice(from, to).join('');
          const canon = HAN_CANON.get(word);
          if (canon) marks.push(canon);
        }
      }
      const around = chars.slice(Math.max(0, i - 3), i + 4).join('');
      for (const concept of conceptsInChinese(around.replace(EVERYDAY_HAN, ' '))) {
        if (conceptsInChinese(around.replace(ch, ' ').replace(EVERYDAY_HAN, ' ')).includes(concept)) continue; // not through this character
        marks.push(concept);
      }
      const weight = pairs.length ? pairs.reduce((sum, pair) => sum + model.weight(pair), 0) / pairs.length : model.weight(ch);
      units.push({ weight, marks, number: false });
    });
  }
  return units;
}

/**
 * What the answer says, abbreviations spelled out both ways: the notes' pairs, the pairs the
 * reference writes (`Pod Security Admission (PSA)`), and an abbreviation in the answer whose
 * letters start a run of the reference's words (`PSA` → `Pod Security Admission`).
 */
function saidTokens(answer: string, reference: string, model: CoverageModel): Set<string> {
  const abbreviations = new Map(model.abbreviations);
  abbreviationsIn(reference, abbreviations);
  const words = reference.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/).filter(Boolean);
  for (const short of answer.match(/\b[A-Z][A-Z0-9]{1,6}s?\b/g) ?? []) {
    const letters = short.replace(/s$/, '').toLowerCase().replace(/[^a-z]/g, '');
    if (letters.length < 2 || abbreviations.has(short.toLowerCase())) continue;
    for (let i = 0; i + letters.length <= words.length; i++) {
      const run = words.slice(i, i + letters.length);
      if (run.every((w, k) => w[0]?.toLowerCase() === letters[k] && /^[A-Z]/.test(w))) {
        abbreviations.set(short.toLowerCase(), [...baseTokens(run.join(' '))]);
        break;
      }
    }
  }
  return tokens(answer, { ...model, abbreviations });
}

/** A point counts as covered when the answer says this share of what it weighs. */
const COVERED = 0.45;

export function coverage(answer: string, reference: string, model: CoverageModel = UNIFORM): Coverage {
  const points = keyPoints(reference);
  const said = saidTokens(answer, reference, model);
  const covered: string[] = [];
  const missed: string[] = [];
  let total = 0;
  let hit = 0;
  for (const point of points) {
    const units = unitsOf(point, model);
    const isSaid = (u: Unit) => u.marks.some((mark) => said.has(mark));
    const all = units.reduce((sum, u) => sum + u.weight, 0);
    const got = units.filter(isSaid).reduce((sum, u) => sum + u.weight, 0);
    total += all;
    hit += got;
    const share = all ? got / all : 0;
    // A point with numbers is about them: `1.21 版本弃用` is not said by `1.25 版本弃用`.
    const numbers = units.filter((u) => u.number);
    const numbersSaid = numbers.filter(isSaid).length * 2 >= numbers.length;
    // A point that is little more than a name (`Binding(PVC和PV的绑定过程)`, `Using`) is covered
    // by the name, when the name is distinctive (not `Pod`).
    const lead = /^(?:[A-Z][\w-]*|[a-z]+\d[\w-]*)(?=\s*(?:[(（][^)）]*[)）])?\s*$)/.exec(point.trim())?.[0];
    const leadTokens = lead ? [...baseTokens(lead)].filter((t) => !t.startsWith('#')) : [];
    const named = leadTokens.length > 0 && leadTokens.some((t) => said.has(t) && model.weight(t) >= 0.3);
    ((share >= COVERED && numbersSaid) || named ? covered : missed).push(point);
  }
  const count = covered.length + missed.length;
  const overlap = total ? hit / total : 0;
  // An answer in another language than the reference is measured only by the names they share
  // (`Provisioning, Binding…` for `Provisioning(配置)，Binding(…)`): when those say little, it cannot be.
  const comparable = !answer.trim() || detectLang(answer) === detectLang(reference) || covered.length > 0 || overlap >= 0.3;
  return comparable ? { covered, missed, ratio: count ? covered.length / count : 1, overlap, comparable } : { covered: [], missed, ratio: 0, overlap, comparable };
}
