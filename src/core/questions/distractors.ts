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
const JITTER = 0.25;
/** How many far-away candidates to look at when the file alone cannot supply enough. */
const COLLECTION_SAMPLE = 400;

function lengthPenalty(answerWidth: number, candidateWidth: number): number {
  const a = Math.max(answerWidth, 1);
  const c = Math.max(candidateWidth, 1);
  return Math.min(1, Math.abs(Math.log(c / a)) / 2);
}

const byFileCache = new WeakMap<readonly Candidate[], Map<string, Candidate[]>>();

/** Candidates grouped by file, computed once per candidate list. */
function byFile(candidates: readonly Candidate[]): Map<string, Candidate[]> {
  let groups = byFileCache.get(candidates);
  if (!groups) {
    groups = new Map();
    for (const c of candidates) {
      const list = groups.get(c.origin.file);
      if (list) list.push(c);
      else groups.set(c.origin.file, [c]);
    }
    byFileCache.set(candidates, groups);
  }
  return groups;
}

interface Scored {
  candidate: Candidate;
  score: number;
}

/** What the request lets through: not the answer, nothing excluded, what `accept` accepts. */
function validator(request: Omit<DistractorRequest, 'want' | 'rng'>): (c: Candidate) => boolean {
  const excluded = [...new Set([request.answer, ...(request.excludeKeys ?? [])].map(looseKey))].filter(Boolean);
  const badOwners = [...new Set([...(request.excludeOwners ?? [])].map(looseKey))].filter(Boolean);
  return (c: Candidate): boolean =>
    c.loose.length > 0 &&
    !excluded.some((e) => nearlySame(e, c.loose)) &&
    !c.owners.some((o) => badOwners.some((b) => nearlySame(b, o))) &&
    (request.accept ? request.accept(c) : true);
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

  const near = (byFile(request.candidates).get(origin.file) ?? []).filter(valid);
  let pool = near;
  const nearSameLang = near.filter((c) => c.lang === answerLang).length;
  const nearKeys = new Set(near.map((c) => c.loose)).size;
  if (nearSameLang < want || nearKeys < want) {
    const far = request.candidates.filter((c) => c.origin.file !== origin.file);
    const sampled = far.length > COLLECTION_SAMPLE ? rng.sample(far, COLLECTION_SAMPLE) : far;
    pool = [...near, ...sampled.filter(valid)];
  }

  const scored: Scored[] = pool.map((candidate) => ({
    candidate,
    score:
      tier(origin, candidate.origin) +
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
