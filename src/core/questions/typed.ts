import { hasSeveralMeanings, isCommandLine, otherExpansions, otherNameOf, ownExpansion } from '../text/index.js';
import type { Bank, Question, TermEntry } from '../types.js';
import { acronymExplanation } from './acronym.js';
import { contextTitle, entryExplanation, makeDraft, makeQuestion, questionId, rejectCandidate, sourceOf, templates, type Draft, type GenContext } from './draft.js';
import { askableEntry, givesAdvice, givesAway, isAspectBank, saidOfAnother, saysEveryPart, toldByCertificates, isGenericField, revealsName, capitalsSpellPart, wordMarks } from './entries.js';
import { isCodeWalkthrough, ownerKeys, type Pool } from './pool.js';
import { topicFor } from './topic.js';
import { acronymPair, blankOut, isLongForm, isShortForm, keyOf, meaningfulWidth, width } from './text.js';

// typed: the answer is typed, and graded by the typed-answer kit (case, spacing, hyphens,
// width, one small typo per word). For what choices cannot test fairly: what an abbreviation
// stands for, and the name of a thing from what it does.

const MIN_CLUE_WIDTH = 10;
/** Words an English description needs before it can point at one name with nothing to choose from. */
const MIN_CLUE_WORDS = 5;
/** Names longer than this are not asked to be typed: too many ways to write them. */
const MAX_NAME_WIDTH = 24;

/** Other spellings accepted: the aliases that are not the abbreviation itself. */
function otherSpellings(entry: TermEntry, answer: string, short?: string): string[] {
  return [entry.term, ...entry.aliases].filter((n) => n !== answer && n !== short && (isLongForm(n) || !isShortForm(n)));
}

/** `spec.taints` typed as `taints` too: the section of the object is no part of the field's name. */
function withoutTopSection(term: string): string[] {
  const field = /^(?:spec|metadata|status|data)\.([A-Za-z][\w.]*)$/.exec(term.trim());
  if (field) return [field[1] as string];
  // `selector.matchLabels`: the field people name by its own last part, when that part is a word of its own.
  const last = /^[a-z][\w]*(?:\.[a-z]\w*)*\.([a-z]+[A-Z][A-Za-z]+)$/.exec(term.trim());
  return last ? [last[1] as string] : [];
}

/** A word's last `-ies` as `-y`, or its last `s` dropped (not a `-ss`: `Access`, `Ingress` keep theirs). */
function singular(text: string): string {
  return /ies$/.test(text) ? text.replace(/ies$/, 'y') : text.replace(/(?<=[a-rt-z])s$/, '');
}

/** `reclaimPolicies`, `imagePullSecrets`: a field the note wrote in the plural is typed in the singular as well. */
function singularOf(term: string): string[] {
  const t = term.trim();
  if (!/^[a-z]+(?:[A-Z][a-z]+)+$/.test(t)) return [];
  const one = singular(t);
  return one !== t ? [one] : [];
}

/**
 * `PersistentVolumeClaims` for PVC → `PersistentVolumeClaim`: one name run together, said of many. Words
 * apart keep their s (`Common Vulnerabilities and Exposures`, `Software Bill of Materials` are names as they are).
 */
function singularExpansion(long: string, short: string): string {
  const text = long.trim();
  if (/s$/i.test(short.trim()) || !/^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(text) || !/(?<=[a-z]{3}[a-hj-rtv-z])s$/.test(text)) return text;
  return singular(text);
}

/**
 * `Pod Security Policies` for PSP: a last word in `-ies` is right in the singular as well (`Pod Security Policy`),
 * a misspelling no typo allowance forgives. (`Exposures`, `Materials` stay as the names have them.)
 */
function singularWords(long: string, short: string): string[] {
  const text = long.trim();
  if (/s$/i.test(short.trim()) || !/\s[A-Za-z]{2,}ies$/.test(text)) return [];
  return [singular(text)];
}

/** `State/Province` written out as `State or Province` too. */
function eitherOr(term: string): string[] {
  return /^[A-Za-z][\w ]*\/[A-Za-z][\w ]*$/.test(term.trim()) ? [term.trim().replace('/', ' or ')] : [];
}

/** `bind` under `Docker mount types`: said with its kind, `bind mount`, it is the same answer. */
function withKindWord(term: string, title: string): string[] {
  const kind = /([A-Za-z]+)\s+(?:types|kinds)\s*[:：]?$/i.exec(title.trim())?.[1];
  return kind && !new RegExp(`\\b${kind}s?\\b`, 'i').test(term) ? [`${term.trim()} ${kind.toLowerCase()}`] : [];
}

/** `vpa-admission-controller` under `VPA components`: the title already says `vpa-`, so `admission controller` is the name too. */
function withoutTitlePrefix(term: string, title: string): string[] {
  const prefix = /^([a-z0-9]+)-(.+)$/i.exec(term.trim());
  if (!prefix || !new RegExp(`\\b${prefix[1]}\\b`, 'i').test(title)) return [];
  return [(prefix[2] as string).replace(/-/g, ' ')];
}

/**
 * A name one can be asked to type: one short Latin identifier (`RoleBinding`, `kube-proxy`),
 * not a capitalised common word that the note used as a label (`Password`, `Management`).
 */
function typeableName(term: string): boolean {
  // One token: a phrase (`Volume Mounts`) can be put in too many other words.
  if (!/^[A-Za-z][\w.-]*$/.test(term) || width(term) > MAX_NAME_WIDTH) return false;
  // `lc`, `sh`: a two-letter code is one tool's shorthand, asked to be typed it is a guess.
  if (term.length <= 2) return false;
  // `host_id`, `resource_id`: a key in one program's own spelling, looked up rather than known.
  if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(term)) return false;
  return !/^[A-Z][a-z]+$/.test(term);
}


const EVERYDAY_ABBREVIATION = /^(?:VMs?|OS|CPUs?|GPUs?|RAM|ROM|IPs?|URLs?|URIs?|APIs?|PC|IT|UI|USB|IDs?|FAQ|PDF|HTTP|HTTPS|WWW|CLI|GUI|DB)$/;

/** `A … database`, `An open-source … platform`, `A runtime environment`: a kind of product, named first. */
const PRODUCT_KIND = /^(?:an?|one)\s+(?:(?!(?:the|that|which|whose|of|for|to|in|on|with|by|from|and|or)\s)[\w-]+\s+){0,4}?(?:databases?|runtimes?|platforms?|tools?|frameworks?|languages?|librar(?:y|ies)|systems?|services?|engines?|servers?|solutions?|software|applications?|apps?|programs?|products?|suites?|utilit(?:y|ies))\b/i;

/** Words a description that names a kind of product may have and still say no more than the kind. */
const MAX_KIND_WORDS = 12;

/** The lists of each note that name a term, by file and term key: the keys of each list's terms, and what it says of the term. */
const listingsOf = new WeakMap<Pool, Map<string, { keys: Set<string>; said: string }[]>>();

/**
 * `Rancher`, `ArgoCD`, `Harness` under `Integration`, `Security`, `Cost` alike: a note comparing the
 * same things aspect by aspect (three lists or more naming the same two or more, each saying something
 * else of them), in which each line says one aspect of its thing, not what it is. (`etcd` in lists of
 * different companions is not; nor is `NoExecute` defined again in each list of taint effects.)
 */
function comparedAspectByAspect(pool: Pool, file: string, term: string): boolean {
  let listings = listingsOf.get(pool);
  if (!listings) {
    listings = new Map();
    for (const b of pool.banks) {
      if (b.kind !== 'terms') continue;
      const keys = new Set(b.entries.map((e) => keyOf(e.term)));
      for (const entry of b.entries) {
        const at = `${b.source.file}\u0000${keyOf(entry.term)}`;
        listings.set(at, [...(listings.get(at) ?? []), { keys, said: entry.detail }]);
      }
    }
    listingsOf.set(pool, listings);
  }
  const lists = listings.get(`${file}\u0000${keyOf(term)}`) ?? [];
  if (lists.length < COMPARED_LISTS) return false;
  const [first, ...rest] = lists as [(typeof lists)[number], ...typeof lists];
  if ([...first.keys].filter((key) => rest.every((list) => list.keys.has(key))).length < 2) return false;
  const words = lists.map((list) => wordMarks(list.said));
  const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((w) => b.has(w)).length / Math.max(1, Math.min(a.size, b.size));
  const pairs = words.flatMap((a, i) => words.slice(i + 1).map((b) => shared(a, b)));
  return pairs.reduce((sum, x) => sum + x, 0) / pairs.length < SAME_SAYING;
}

/** Lists of one note that name the same things before they count as compared aspect by aspect. */
const COMPARED_LISTS = 3;
/** Share of words lines about one thing have in common, on average, when they say the same of it. */
const SAME_SAYING = 0.3;

export function typedDrafts(bank: Bank, ctx: GenContext): Draft[] {
  if (bank.kind !== 'terms' || isAspectBank(bank) || toldByCertificates(bank) || givesAdvice(bank)) return [];
  // A field or function of code walked through (`localPost`) is the code's name for it, one of many.
  const codeNames = isCodeWalkthrough(ctx.pool, bank.source.file);
  const t = templates(bank, ctx);
  const out: Draft[] = [];
  for (const entry of bank.entries) {
    // `default`, `min`: a word every setting has is asked only where the note says whose it is.
    if (isGenericField(entry.term) && !contextTitle(bank, entry.term)) continue;
    if (saidOfAnother(bank, entry)) continue;
    const base = { bank, subject: entry.term, source: sourceOf(bank, entry.line) };
    const pair = acronymPair(entry.term, entry.aliases);
    if (pair) {
      // `UnionFS`, `SELinux`: the abbreviation already spells a word of its expansion.
      // (`NET` for `Network`, `MNT` for `Mount`: one word shortened, whose letters are its own start or skeleton.)
      const words = pair.long.trim().split(/[\s/-]+/);
      const shortened = words.length === 1 && (words[0] as string).toLowerCase().startsWith(pair.short.trim().slice(0, 2).toLowerCase());
      const spelled = shortened || words.some((w) => w.length >= 3 && pair.short.toLowerCase().includes(w.toLowerCase()));
      // `Pod 安全策略` over `PSP`: the headings the topic line shows say the expansion, in words or in translation.
      const headed = saysEveryPart(topicFor(bank).join(' '), pair.long);
      if (spelled || headed) {
        rejectCandidate(ctx, bank, 'typed', 'giveaway', entry.term, entry.line);
        continue;
      }
      // `VM`, `CPU`, `URL`: everyday abbreviations every computer user can expand, nothing the field teaches.
      if (EVERYDAY_ABBREVIATION.test(pair.short.trim())) {
        rejectCandidate(ctx, bank, 'typed', 'too-short', entry.term, entry.line);
        continue;
      }
      if (hasSeveralMeanings(pair.short)) {
        rejectCandidate(ctx, bank, 'typed', 'ambiguous', entry.term, entry.line);
        continue;
      }
      const id = questionId(bank, entry.term, 'typed', ':expand');
      // `Google Remote Procedure Call`: a reading of gRPC; the project's own expansion is the answer shown.
      // `PersistentVolumeClaims (PVC)`: a plural said of the things, while the letters name one; the one is the answer.
      const answer = singularExpansion(ownExpansion(pair.long) ?? pair.long, pair.short);
      const build = (): Question =>
        makeQuestion(
          { ...base, id, prompt: t.typedExpand(pair.short), explanation: acronymExplanation({ ...pair, long: answer }, entry, ownerKeys(entry)) },
          ctx,
          { type: 'typed', choices: [], answer, accept: [...new Set([pair.long, ...otherSpellings(entry, pair.long, pair.short), ...otherExpansions(pair.long), ...eitherOr(pair.long), ...singularWords(pair.long, pair.short)])].filter((a) => a !== answer) },
        );
      out.push(makeDraft({ id, type: 'typed', bank, subject: entry.term, line: entry.line }, build, ctx));
      continue;
    }
    // A short Latin name, from a description that does not show it. Not from a Chinese one:
    // a translated description has several right names (长连接: keepalive, persistent connection).
    if (codeNames || !askableEntry(entry) || !typeableName(entry.term) || /\p{Script=Han}/u.test(entry.detail) || comparedAspectByAspect(ctx.pool, bank.source.file, entry.term)) continue;
    const clue = blankOut(entry.detail, [entry.term, ...entry.aliases]);
    if (clue === null || meaningfulWidth(clue) < MIN_CLUE_WIDTH) continue;
    // Typed with no choices to narrow it, a description must single its name out: `Used on Linux` fits KVM
    // and Xen alike, `true (overridden at container level)` is a value, not a description.
    if (clue.trim().split(/\s+/).length < MIN_CLUE_WORDS || /^(?:true|false|none|null)\b/i.test(clue.trim())) continue;
    // `A NoSQL database platform for…`, `An advanced open-source relational database…`: a description
    // that opens with a kind of product describes every product of the kind (MongoDB and Cassandra,
    // PostgreSQL and MySQL); with no choices to tell them apart, each is as right as the note's.
    // (One that goes on to say what sets it apart, `…replicated with Raft, that holds every object`, is kept.)
    // `list: kubectl get pods -o wide`: a command under the note's own label for it; `get pods`,
    // `wide listing` are as right, and a typed answer cannot weigh them.
    // `A clear routing tier: page (…), low-urgency notification (…), dashboard-only (…)`: names the note
    // gives in passing, in one sentence, are its words for them, with no other spelling to accept.
    const saidInPassing = bank.entries.length >= 2 && bank.entries.every((e) => e.line === entry.line);
    if ((PRODUCT_KIND.test(clue.trim()) && clue.trim().split(/\s+/).length <= MAX_KIND_WORDS) || isCommandLine(clue) || saidInPassing) {
      rejectCandidate(ctx, bank, 'typed', 'ambiguous', entry.term, entry.line);
      continue;
    }
    // `Specifies 3 ____ (pods)`: a description that names its term points at it even blanked.
    if (clue !== entry.detail || givesAway(clue, entry.term) || capitalsSpellPart(clue, entry.term) || revealsName(clue, entry.term, entry.aliases)) {
      rejectCandidate(ctx, bank, 'typed', 'giveaway', entry.term, entry.line);
      continue;
    }
    const id = questionId(bank, entry.term, 'typed', ':name');
    const build = (): Question =>
      makeQuestion(
        { ...base, id, prompt: t.typedName(clue, contextTitle(bank, entry.term)), explanation: entryExplanation(entry, t) },
        ctx,
        { type: 'typed', choices: [], answer: entry.term, accept: [...new Set([...otherSpellings(entry, entry.term), ...withoutTitlePrefix(entry.term, bank.title), ...withKindWord(entry.term, bank.title), ...otherNameOf(entry.term), ...eitherOr(entry.term), ...withoutTopSection(entry.term), ...singularOf(entry.term)])] },
      );
    out.push(makeDraft({ id, type: 'typed', bank, subject: entry.term, line: entry.line }, build, ctx));
  }
  return out;
}
