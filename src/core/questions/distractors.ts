import { detectLang } from '../text/index.js';
import type { Random } from '../text/index.js';
import type { Candidate, Origin } from './pool.js';
import { looseKey, nearlySame, width } from './text.js';

// Wrong answers: siblings first (same bank), then the same section (same heading path), then
// the same file (nearer headings first), then the whole collection; within that order, those
// of a similar length. The answer's language comes before all of that: a Chinese choice among
// English ones gives itself away, wherever it was taken from. Never a duplicate, never the
// answer again, never anything excluded by the caller (a second right answer).

export interface DistractorRequest {
  /** The right choice; distractors are compared to it for length and language. */
  answer: string;
  /** Where the question comes from. */
  origin: Origin;
  candidates: readonly Candidate[];
  /** Texts (or keys) that must not be offered, nor anything nearly the same (other right answers). */
  excludeKeys?: Iterable<string>;
  /** Candidates of an entry named (nearly) like one of these are skipped: the same term elsewhere. */
  excludeOwners?: Iterable<string>;
  /** Further filter, e.g. banks a member question must not borrow from. */
  accept?: (candidate: Candidate) => boolean;
  /** The run of lines the answer's entry stands in: its bank's entries of another run (another list under the heading) come after its own. */
  run?: number;
  want: number;
  rng: Random;
  /**
   * How much a choice in another language counts against it (in tiers). Descriptions: a lot
   * (the default). Names: little, since notes in Chinese name things in English all the time.
   */
  langWeight?: number;
}

/** langWeight for choices that are names (terms, abbreviations). */
export const NAME_LANG_WEIGHT = 0.75;

/** 0 same bank, 1 same heading path, 1.5–2 same file (closer headings lower), 3 elsewhere. */
export function tier(from: Origin, to: Origin): number {
  if (from.bankId === to.bankId) return 0;
  if (from.file !== to.file) return 3;
  const a = from.pathKeys;
  const b = to.pathKeys;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  if (common === a.length && common === b.length) return 1;
  return 2 - 0.5 * (common / Math.max(a.length, b.length, 1));
}

const LANG_PENALTY = 3.5;
const OTHER_RUN = 0.75;
const JITTER = 0.25;
/** How many far-away candidates to look at when the file alone cannot supply enough. */
const COLLECTION_SAMPLE = 400;
/**
 * A note with more candidates than this (a pasted glossary, a generated list) is not scanned
 * whole for every question: its nearest lists are looked at first, each part capped by a
 * sample of NEAR_PART, so a question costs the same in a note of 100 bullets or of 100,000.
 * Below it every candidate of the note is looked at, as always.
 */
const NEAR_LIMIT = 1_000;
const NEAR_PART = 300;

function lengthPenalty(answerWidth: number, candidateWidth: number): number {
  const a = Math.max(answerWidth, 1);
  const c = Math.max(candidateWidth, 1);
  return Math.min(1, Math.abs(Math.log(c / a)) / 2);
}

/** The candidates of one file within a candidate list, and where they sit in it. */
interface FileGroup {
  /** In list order. */
  items: Candidate[];
  /** Runs of consecutive positions the file's candidates hold in the list: [start, end). */
  starts: number[];
  ends: number[];
  /** How many of the file's candidates come before each run. */
  before: number[];
  /** By bank id, and by heading path (its pathKeys joined), built when first asked for. */
  byBank?: Map<string, Candidate[]>;
  byPath?: Map<string, Candidate[]>;
}

const indexCache = new WeakMap<readonly Candidate[], Map<string, FileGroup>>();

/**
 * A candidate list grouped by file, once per list: a question looks at its own file's
 * candidates and samples the rest without walking the whole list.
 */
function indexOf(candidates: readonly Candidate[]): Map<string, FileGroup> {
  let groups = indexCache.get(candidates);
  if (!groups) {
    groups = new Map();
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as Candidate;
      let group = groups.get(c.origin.file);
      if (!group) groups.set(c.origin.file, (group = { items: [], starts: [], ends: [], before: [] }));
      const last = group.ends.length - 1;
      if (last >= 0 && group.ends[last] === i) group.ends[last] = i + 1;
      else {
        group.starts.push(i);
        group.ends.push(i + 1);
        group.before.push(group.items.length);
      }
      group.items.push(c);
    }
    indexCache.set(candidates, groups);
  }
  return groups;
}

const pathKey = (keys: readonly string[]): string => keys.join('\u0001');

function byBank(group: FileGroup): Map<string, Candidate[]> {
  if (!group.byBank) {
    group.byBank = new Map();
    for (const c of group.items) {
      const list = group.byBank.get(c.origin.bankId);
      if (list) list.push(c);
      else group.byBank.set(c.origin.bankId, [c]);
    }
  }
  return group.byBank;
}

function byPath(group: FileGroup): Map<string, Candidate[]> {
  if (!group.byPath) {
    group.byPath = new Map();
    for (const c of group.items) {
      const key = pathKey(c.origin.pathKeys);
      const list = group.byPath.get(key);
      if (list) list.push(c);
      else group.byPath.set(key, [c]);
    }
  }
  return group.byPath;
}

/**
 * `rng.sample(items, k)` over a list given by its length and an accessor, drawing exactly the
 * same numbers and giving exactly the same elements, without copying the list: a partial
 * Fisher–Yates whose moved positions are kept in a map.
 */
function sampleOf<T>(length: number, at: (i: number) => T, k: number, rng: Random): T[] {
  const n = Math.max(0, Math.min(Math.floor(k), length));
  const moved = new Map<number, number>();
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const j = i + rng.int(length - i);
    const atJ = moved.get(j) ?? j;
    moved.set(j, moved.get(i) ?? i);
    out.push(at(atJ));
  }
  return out;
}

/** Up to `k` of `items`: all of them when there are no more, else a sample. */
function upTo<T>(items: readonly T[], k: number, rng: Random): readonly T[] {
  return items.length <= k ? items : sampleOf(items.length, (i) => items[i] as T, k, rng);
}

/** The candidates of a large file worth looking at: its own list, its section, a sample of the rest. */
function nearestOf(group: FileGroup, origin: Origin, rng: Random): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<Candidate>();
  const add = (items: readonly Candidate[]): void => {
    for (const c of items) {
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
    }
  };
  add(upTo(byBank(group).get(origin.bankId) ?? [], NEAR_PART, rng));
  add(upTo(byPath(group).get(pathKey(origin.pathKeys)) ?? [], NEAR_PART, rng));
  add(upTo(group.items, NEAR_PART, rng));
  return out;
}

/** Position in `candidates` of the `v`-th candidate outside the file (in list order). */
function outsidePosition(group: FileGroup | undefined, v: number): number {
  if (!group) return v;
  // The last run with fewer than v + 1 outsiders before it: v lies after it.
  let lo = 0;
  let hi = group.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((group.starts[mid] as number) - (group.before[mid] as number) <= v) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return v;
  const inside = (group.before[found] as number) + (group.ends[found] as number) - (group.starts[found] as number);
  return v + inside;
}

/**
 * Candidates from other files: all of them when there are at most COLLECTION_SAMPLE, else
 * that many sampled, exactly as `rng.sample` over the filtered list would give them.
 */
function farFrom(candidates: readonly Candidate[], group: FileGroup | undefined, rng: Random): Candidate[] {
  const count = candidates.length - (group?.items.length ?? 0);
  const at = (v: number): Candidate => candidates[outsidePosition(group, v)] as Candidate;
  if (count > COLLECTION_SAMPLE) return sampleOf(count, at, COLLECTION_SAMPLE, rng);
  const out: Candidate[] = [];
  for (let v = 0; v < count; v++) out.push(at(v));
  return out;
}

interface Scored {
  candidate: Candidate;
  score: number;
}

/** nearlySame, the common cases first: most pairs differ in length by more than one letter. */
function close(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  return a.length >= 6 && b.length >= 6 && Math.abs(a.length - b.length) <= 1 && nearlySame(a, b);
}

/** What the request lets through: not the answer, nothing excluded, what `accept` accepts. */
function validator(request: Omit<DistractorRequest, 'want' | 'rng'>): (c: Candidate) => boolean {
  const excluded = [...new Set([request.answer, ...(request.excludeKeys ?? [])].map(looseKey))].filter(Boolean);
  const badOwners = [...new Set([...(request.excludeOwners ?? [])].map(looseKey))].filter(Boolean);
  const accept = request.accept;
  // Called for every candidate looked at: plain loops, no closures per call.
  return (c: Candidate): boolean => {
    const loose = c.loose;
    if (loose.length === 0) return false;
    for (const e of excluded) if (close(e, loose)) return false;
    if (badOwners.length > 0) {
      for (const o of c.owners) for (const b of badOwners) if (close(b, o)) return false;
    }
    return accept ? accept(c) : true;
  };
}


/** Up to `want` distractor texts, best first. */
export function pickDistractors(request: DistractorRequest): string[] {
  return pickCandidates(request).map((c) => c.text);
}

/** Up to `want` distractors, best first, with where each came from. */
export function pickCandidates(request: DistractorRequest): Candidate[] {
  const { answer, origin, rng, want } = request;
  if (want <= 0) return [];
  const answerLang = detectLang(answer);
  const answerWidth = width(answer);
  const valid = validator(request);

  const group = indexOf(request.candidates).get(origin.file);
  const here = group ? (group.items.length > NEAR_LIMIT ? nearestOf(group, origin, rng) : group.items) : [];
  const near = here.filter(valid);
  let pool = near;
  const nearSameLang = near.filter((c) => c.lang === answerLang).length;
  const nearKeys = new Set(near.map((c) => c.loose)).size;
  if (nearSameLang < want || nearKeys < want) pool = [...near, ...farFrom(request.candidates, group, rng).filter(valid)];

  // Same bank, another run of lines: between the answer's own list and the section beside it.
  const otherRun = (c: Candidate): number => (request.run !== undefined && c.run !== undefined && c.run !== request.run && c.origin.bankId === origin.bankId ? OTHER_RUN : 0);
  const scored: Scored[] = pool.map((candidate) => ({
    candidate,
    score:
      tier(origin, candidate.origin) +
      otherRun(candidate) +
      (candidate.lang === answerLang ? 0 : (request.langWeight ?? LANG_PENALTY)) +
      lengthPenalty(answerWidth, candidate.width) +
      rng.next() * JITTER,
  }));
  scored.sort((a, b) => a.score - b.score);

  const chosen: Candidate[] = [];
  const seen: string[] = [];
  for (const { candidate } of scored) {
    if (chosen.length >= want) break;
    if (seen.some((k) => nearlySame(k, candidate.loose))) continue;
    seen.push(candidate.loose);
    chosen.push(candidate);
  }
  return chosen;
}
