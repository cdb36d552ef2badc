import { describe, expect, it } from 'vitest';
import { allQuestions, drillQuestions, generateQuestions, indexQuestions } from '../../src/core/questions/index.js';
import { pickCandidates, tier, type DistractorRequest } from '../../src/core/questions/distractors.js';
import { buildPool, candidate, otherBankUnder, type Candidate, type Origin } from '../../src/core/questions/pool.js';
import { createRandom } from '../../src/core/text/random.js';
import { detectLang } from '../../src/core/text/index.js';
import { looseKey, nearlySame, width } from '../../src/core/questions/text.js';
import type { Bank, Question } from '../../src/core/types.js';
import { entry, everything, steps, terms } from './fixtures.js';

// The pool is indexed once and only what is picked is built: a quiz of 10 questions, or a
// drill's choice, costs about the same over a few notes as over thousands. Costs are counted
// (drafts built, candidates looked at), never timed.

const WORDS = ['cache', 'proxy', 'shard', 'queue', 'router', 'ledger', 'beacon', 'gateway', 'volume', 'lease', 'quota', 'probe'];
const word = (i: number): string => WORDS[i % WORDS.length] as string;
const VERBS = ['Keeps', 'Drops', 'Renews', 'Copies', 'Locks', 'Counts', 'Signs'];
const cap = (w: string): string => (w[0] as string).toUpperCase() + w.slice(1);

/** `files` notes, each with a few lists of named things and a procedure; our own made-up text. */
function collection(files: number): Bank[] {
  const banks: Bank[] = [];
  for (let f = 0; f < files; f++) {
    const file = `notes/gen-${f}.md`;
    for (let b = 0; b < 3; b++) {
      const entries = Array.from({ length: 5 }, (_, e) => {
        const n = f * 100 + b * 10 + e;
        // Each says something of its own, as a real list does: copies of one sentence describe one thing.
        return entry(`${cap(word(n))}${cap(word(n * 7 + 3))}${n}`, `${VERBS[n % VERBS.length]} the ${word(n + 1)} of each ${word(n + 5)} after ${n % 90 + 10} seconds`);
      });
      banks.push(terms(`gen-${f}-${b}`, `${cap(word(f + b))} components`, [`Topic ${f}`, `Part ${b}`], entries, { file }));
    }
    banks.push(
      steps(`gen-${f}-steps`, `${cap(word(f))} rollout`, [`Topic ${f}`], ['Read the new spec', 'Start one new replica', 'Wait until it is ready', 'Stop one old replica'], { file }),
    );
  }
  return banks;
}

/** Drafts built while `run` runs. */
function builds(run: (onBuild: () => void) => void): number {
  let n = 0;
  run(() => n++);
  return n;
}

describe('a quiz builds only what it picks', () => {
  it('builds a bounded number of drafts for 10 questions, however large the collection', () => {
    const small = collection(20);
    // Five times the files, over a thousand drafts: listing them is what a larger collection costs.
    const large = collection(100);
    const counts = [small, large].map((banks) => builds((onBuild) => expect(generateQuestions(banks, { count: 10, seed: 3, onBuild })).toHaveLength(10)));
    const drafts = indexQuestions(large, { seed: 3 }).drafts.length;
    expect(drafts).toBeGreaterThan(1000);
    for (const n of counts) expect(n).toBeLessThanOrEqual(30);
    expect(counts[1]).toBeLessThanOrEqual((counts[0] as number) + 10);
  });

  it('lists every draft once and builds none while listing', () => {
    const n = builds((onBuild) => indexQuestions(collection(50), { seed: 1, onBuild }));
    expect(n).toBe(0);
  });
});

describe('indexQuestions', () => {
  // Two banks with the same id ask the same questions: their ids are numbered `-2`.
  const twin = (file: string): Bank =>
    terms('twin', 'Storage classes', ['Storage'], [
      entry('Standard', 'Network disks provisioned on demand with default speed'),
      entry('Premium', 'Solid state disks provisioned on demand for busy databases'),
      entry('Archive', 'Slow cheap disks kept for backups that are rarely read'),
    ], { file });
  const banks = [twin('notes/a.md'), ...everything, twin('notes/b.md')];

  it('gives, by id, the question allQuestions gives, numbered ids included, building only that one', () => {
    const all = allQuestions(banks, { seed: 5 });
    expect(all.some((q) => /-2$/.test(q.id))).toBe(true);
    let built = 0;
    const index = indexQuestions(banks, { seed: 5, onBuild: () => built++ });
    const someId = (all[Math.floor(all.length / 2)] as Question).id;
    expect(index.question(someId)).toEqual(all.find((q) => q.id === someId));
    expect(built).toBe(1);
    for (const q of all) expect(index.question(q.id), q.id).toEqual(q);
    expect(index.question('0123456789')).toBeUndefined();
    expect(index.question(`${someId}-9`)).toBeUndefined();
  });

  it('drill finds what the person has a history with by bank and type, numbered ids included', () => {
    const all = allQuestions(banks, { seed: 1 });
    const known = all.filter((q) => q.bank === 'twin');
    expect(known.some((q) => /-2$/.test(q.id))).toBe(true);
    const asked = known.map((q) => ({ question: q.id, bank: q.bank, type: q.type }));
    const got = drillQuestions(banks, { seed: 1 }, { order: 3, known: asked, fresh: 0 });
    expect([...got].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...known].sort((a, b) => a.id.localeCompare(b.id)));
    const fresh = drillQuestions(banks, { seed: 1 }, { order: 3, known: asked, fresh: 1000 }).slice(known.length);
    expect(new Set(fresh.map((q) => q.id))).toEqual(new Set(all.filter((q) => q.bank !== 'twin').map((q) => q.id)));
  });

  it('gives each draft that builds the id allQuestions gives it', () => {
    const all = allQuestions(banks, { seed: 2 });
    const index = indexQuestions(banks, { seed: 2 });
    const made = index.drafts.map((d) => index.build(d)).filter((q): q is Question => q !== null);
    expect(made).toEqual(all);
  });
});

describe('drillQuestions', () => {
  const banks = collection(60);
  const all = allQuestions(banks, { seed: 1 });
  const byId = new Map(all.map((q) => [q.id, q]));

  it('builds the known questions and as many new ones as wanted, each as allQuestions gives it', () => {
    const knownQuestions = all.filter((_, i) => i % 97 === 0);
    const known = knownQuestions.map((q) => q.id);
    const flagged = new Set([all[5]?.id, all[10]?.id, known[1]]);
    const asked = knownQuestions.map((q) => ({ question: q.id, bank: q.bank, type: q.type }));
    let built = 0;
    const got = drillQuestions(
      banks,
      { seed: 1, onBuild: () => built++ },
      { order: 11, known: [{ question: 'no-such-id', bank: 'gen-1-1', type: 'define' }, ...asked, ...asked], skip: (id) => flagged.has(id), fresh: 10 },
    );
    for (const q of got) expect(q).toEqual(byId.get(q.id));
    const ids = got.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.slice(0, known.length - 1))).toEqual(new Set(known.filter((id) => !flagged.has(id))));
    const fresh = ids.slice(known.length - 1);
    expect(fresh).toHaveLength(10);
    for (const id of fresh) expect(known.includes(id) || flagged.has(id)).toBe(false);
    // New questions spread over subjects: no subject twice among them.
    expect(new Set(got.slice(known.length - 1).map((q) => `${q.bank}/${q.subject}`)).size).toBe(10);
    expect(built).toBeLessThanOrEqual(known.length + 30);
    expect(all.length).toBeGreaterThan(10 * built);
  });

  it('is seeded by its order, and gives fewer when fewer exist', () => {
    const run = (order: number) => drillQuestions(banks, { seed: 1 }, { order, known: [], fresh: 10 }).map((q) => q.id);
    expect(run(4)).toEqual(run(4));
    expect(run(4)).not.toEqual(run(5));
    const few = collection(1);
    const every = allQuestions(few, { seed: 1 });
    const got = drillQuestions(few, { seed: 1 }, { order: 1, known: [], fresh: 1000 });
    expect(new Set(got.map((q) => q.id))).toEqual(new Set(every.map((q) => q.id)));
    const first = every[0] as Question;
    expect(drillQuestions(few, { seed: 1 }, { order: 1, known: [{ question: first.id, bank: first.bank, type: first.type }], fresh: 0 })).toEqual([first]);
  });
});

// --- distractors -------------------------------------------------------------------------

const origin = (file: string, bank: string, path: string[]): Origin => ({ bankId: bank, path, pathKeys: path.map((p) => p.toLowerCase()), file });

/** Candidates over `files` files, `perFile` each, in banks of 10 under a few sections; `interleave` mixes the files' order in the list. */
function candidates(files: number, perFile: number, interleave: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < files * perFile; i++) {
    const f = interleave ? i % files : Math.floor(i / perFile);
    const k = interleave ? Math.floor(i / files) : i % perFile;
    const from = origin(`notes/f${f}.md`, `f${f}-b${Math.floor(k / 10)}`, [`Part ${f}`, `Section ${Math.floor(k / 30)}`]);
    const text = k % 7 === 0 ? `负责${word(k)}的${k}号组件` : `Keeps ${word(k)} number ${k} of file ${f} in step`;
    out.push(candidate(text, from, [looseKey(`Name${f}x${k}`)]));
  }
  return out;
}

/** pickCandidates as it was before the index: the file filtered whole, the rest sampled with rng.sample. */
function reference(request: DistractorRequest): Candidate[] {
  const { answer, origin: from, rng, want } = request;
  const answerLang = detectLang(answer);
  const answerWidth = width(answer);
  const excluded = [...new Set([answer, ...(request.excludeKeys ?? [])].map(looseKey))].filter(Boolean);
  const valid = (c: Candidate): boolean => c.loose.length > 0 && !excluded.some((e) => nearlySame(e, c.loose)) && (request.accept ? request.accept(c) : true);
  const near = request.candidates.filter((c) => c.origin.file === from.file).filter(valid);
  let pool = near;
  if (near.filter((c) => c.lang === answerLang).length < want || new Set(near.map((c) => c.loose)).size < want) {
    const far = request.candidates.filter((c) => c.origin.file !== from.file);
    pool = [...near, ...(far.length > 400 ? rng.sample(far, 400) : far).filter(valid)];
  }
  const penalty = (w: number): number => Math.min(1, Math.abs(Math.log(Math.max(w, 1) / Math.max(answerWidth, 1))) / 2);
  const scored = pool.map((c) => ({ c, score: tier(from, c.origin) + (c.lang === answerLang ? 0 : (request.langWeight ?? 3.5)) + penalty(c.width) + rng.next() * 0.25 }));
  scored.sort((a, b) => a.score - b.score);
  const chosen: Candidate[] = [];
  for (const { c } of scored) {
    if (chosen.length >= want) break;
    if (chosen.some((k) => nearlySame(k.loose, c.loose))) continue;
    chosen.push(c);
  }
  return chosen;
}

describe('pickCandidates over an index', () => {
  it('picks exactly what scanning the whole list picked, where notes are of ordinary size', () => {
    for (const interleave of [false, true]) {
      const list = candidates(12, 60, interleave);
      for (let seed = 1; seed <= 40; seed++) {
        const f = seed % 12;
        const from = origin(`notes/f${f}.md`, `f${f}-b2`, [`Part ${f}`, `Section 0`]);
        // Few acceptable nearby: the rest of the collection is sampled.
        const accept = seed % 2 ? (c: Candidate) => c.origin.file !== from.file || c.origin.bankId === from.bankId : undefined;
        const request = { answer: `Keeps ${word(seed)} number ${seed} in line`, origin: from, candidates: list, want: 3 + (seed % 4), ...(accept ? { accept } : {}) };
        const got = pickCandidates({ ...request, rng: createRandom(seed) });
        expect(got, `seed ${seed}`).toEqual(reference({ ...request, rng: createRandom(seed) }));
      }
    }
  });

  it('looks at a bounded number of candidates in a note of tens of thousands', () => {
    const list = candidates(1, 30_000, false);
    const from = origin('notes/f0.md', 'f0-b1500', ['Part 0', 'Section 500']);
    let looked = 0;
    const got = pickCandidates({ answer: 'Keeps cache number 1 in line', origin: from, candidates: list, want: 3, rng: createRandom(1), accept: () => (looked++, true) });
    expect(got).toHaveLength(3);
    expect(looked).toBeLessThanOrEqual(1_000);
    // Its own list first: the nearest are still found.
    expect(got.every((c) => c.origin.bankId === 'f0-b1500')).toBe(true);
  });
});

describe('otherBankUnder', () => {
  it('says what a walk over every bank says, from an index', () => {
    const banks = [...everything, ...collection(5), terms('deep', 'Deep', ['Topic 1', 'Part 0', 'Deeper', 'Deepest'], [entry('Leaf', 'At the bottom')])];
    const pool = buildPool(banks);
    const walk = (keys: readonly string[], except: string): boolean =>
      banks.some((b) => b.id !== except && keys.every((k, i) => pool.origins.get(b.id)?.pathKeys[i] === k) && keys.length <= (pool.origins.get(b.id)?.pathKeys.length ?? 0));
    let yes = 0;
    for (const bank of banks) {
      const keys = pool.origins.get(bank.id)?.pathKeys ?? [];
      for (let length = 0; length <= keys.length; length++) {
        for (const except of [bank.id, 'none']) {
          const prefix = keys.slice(0, length);
          expect(otherBankUnder(pool, prefix, except), `${prefix.join('/')} but ${except}`).toBe(walk(prefix, except));
          if (walk(prefix, except)) yes++;
        }
      }
    }
    expect(yes).toBeGreaterThan(10);
    expect(otherBankUnder(pool, ['no such heading'], 'none')).toBe(false);
  });
});
