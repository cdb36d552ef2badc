import { deriveRandom, type Random } from '../text/index.js';
import { QUESTION_TYPES, type Bank, type Lang, type Question, type QuestionType } from '../types.js';
import { dealtOnce } from './deal.js';
import type { Draft } from './draft.js';
import { keyOf } from './text.js';
import { topicFor } from './topic.js';

// Which questions a quiz, a drill or an interview asks, from drafts listed now or kept from an
// earlier run: the rotation over types, banks and subjects, and allQuestions' ids. Apart from the
// generators (index.ts), which it is handed as a lister, so a session on the bundled notes, whose
// questions were all made at build time, loads none of them.

/** One bank's drafts of one type, as the generators list them. */
export type ListDrafts = (bank: Bank, type: QuestionType) => Draft[];

export interface GenerateOptions {
  count: number;
  types?: QuestionType[];
  topic?: string;
  seed: number;
  lang?: Lang;
}

/**
 * What selection needs of a draft, without how to build it. The collection's drafts listed
 * once can be kept (the CLI caches them) and given back: a later run over the same banks skips
 * the listing and builds only what it picks. `bank` is the bank's position in the banks given.
 */
export interface DraftHead {
  id: string;
  type: QuestionType;
  bank: number;
  subject: string;
}

/** What a selection over drafts listed by an earlier run needs: the seed, and the heads and questions kept. */
export interface KeptOptions {
  seed: number;
  heads?: readonly DraftHead[];
  kept?: KeptQuestions;
}

/**
 * A question an earlier run made from a head (Draft.made), or null where it made none; undefined
 * where nothing was kept. Where the notes are read from is not kept: the question is given the
 * bank's file, topic and id again.
 */
export type KeptQuestions = (index: number) => Question | null | undefined;

/** A draft of what an earlier run made: viable when it made a question, dealt for this seed. */
function keptDraft(made: Question | null, seed: number): Pick<Draft, 'viable' | 'build' | 'made'> {
  return { viable: () => made !== null, build: dealtOnce(() => made, seed), made: () => made };
}

/** A kept question, belonging to `bank` as loaded now. */
function rehomed(kept: Question, bank: Bank): Question {
  return { ...kept, bank: bank.id, source: { file: bank.source.file, line: kept.source.line }, topic: topicFor(bank) as string[] };
}

/**
 * Drafts from their heads, each listed for real (its bank's drafts of its type) only when it
 * is first asked to build or say whether it is viable, unless an earlier run kept the question
 * it makes. Heads from other banks give drafts that never build.
 */
export function draftsFromHeads(banks: Bank[], heads: readonly DraftHead[], seed: number, kept: KeptQuestions | undefined, listDrafts: ListDrafts): Draft[] {
  const listed = new Map<string, Draft[]>();
  const seen = new Map<string, number>();
  return heads.map((head, at) => {
    const bank = banks[head.bank];
    // Drafts of one bank and type sharing an id are told apart by their order.
    const same = `${head.bank}\u0000${head.type}\u0000${head.id}`;
    const nth = seen.get(same) ?? 0;
    seen.set(same, nth + 1);
    let real: Pick<Draft, 'viable' | 'build' | 'made'> | null | undefined;
    // What was kept, else the draft listed for real; looked at only when first asked for.
    const resolve = (): Pick<Draft, 'viable' | 'build' | 'made'> | null => {
      if (real !== undefined) return real;
      if (!bank || !QUESTION_TYPES.includes(head.type)) return (real = null);
      const known = kept?.(at);
      if (known !== undefined) return (real = keptDraft(known && rehomed(known, bank), seed));
      const key = `${head.bank}\u0000${head.type}`;
      let list = listed.get(key);
      if (!list) listed.set(key, (list = listDrafts(bank, head.type)));
      return (real = list.filter((d) => d.id === head.id)[nth] ?? null);
    };
    return {
      id: head.id,
      type: head.type,
      bank: bank?.id ?? '',
      subject: head.subject,
      topic: bank ? (topicFor(bank) as string[]) : [],
      viable: () => resolve()?.viable() ?? false,
      build: () => resolve()?.build() ?? null,
      made: () => resolve()?.made() ?? null,
    };
  });
}

/**
 * The collection's questions listed once, none built yet: every draft (in allQuestions order)
 * and, by id, the question allQuestions gives, built when it is first asked for. Ids are
 * allQuestions' ids: where drafts share one, those that build get it, `-2`, `-3`… in order.
 */
export interface QuestionIndex {
  readonly drafts: readonly Draft[];
  /** The id allQuestions gives the draft (when it builds). */
  idOf(draft: Draft): string;
  /** The draft's question under that id, or null when it does not build. */
  build(draft: Draft): Question | null;
  /** The question allQuestions gives under `id`, or undefined when there is none. */
  question(id: string): Question | undefined;
}

/** A numbered id (`<id>-2`): the id it numbers and the number. Ids are hex hashes, so never ambiguous. */
const NUMBERED_ID = /^(.+)-(\d+)$/;

/** The questions of these drafts (in allQuestions order), with allQuestions' ids. */
export function indexDrafts(drafts: readonly Draft[]): QuestionIndex {
  // Most ids belong to one draft; those shared by several are numbered when first needed.
  const byId = new Map<string, Draft | Draft[]>();
  for (const draft of drafts) {
    const same = byId.get(draft.id);
    if (same === undefined) byId.set(draft.id, draft);
    else if (Array.isArray(same)) same.push(draft);
    else byId.set(draft.id, [same, draft]);
  }
  const numbered = new Map<string, Map<Draft, string>>();
  /** Ids of the drafts sharing `id` that build: `id`, `id-2`, `id-3`… in order. */
  const numbering = (id: string, same: readonly Draft[]): Map<Draft, string> => {
    let ids = numbered.get(id);
    if (!ids) {
      ids = new Map();
      let n = 0;
      for (const draft of same) {
        if (!draft.viable()) continue;
        n++;
        ids.set(draft, n === 1 ? id : `${id}-${n}`);
      }
      numbered.set(id, ids);
    }
    return ids;
  };
  const idOf = (draft: Draft): string => {
    const same = byId.get(draft.id);
    return Array.isArray(same) ? (numbering(draft.id, same).get(draft) ?? draft.id) : draft.id;
  };
  const build = (draft: Draft): Question | null => {
    const question = draft.build();
    if (!question) return null;
    const id = idOf(draft);
    return id === question.id ? question : { ...question, id };
  };
  const question = (id: string): Question | undefined => {
    let same = byId.get(id);
    let raw = id;
    if (same === undefined) {
      const match = NUMBERED_ID.exec(id);
      if (!match) return undefined;
      raw = match[1] as string;
      same = byId.get(raw);
      if (!Array.isArray(same)) return undefined;
    }
    if (!Array.isArray(same)) return same.build() ?? undefined;
    for (const [draft, final] of numbering(raw, same)) if (final === id) return build(draft) ?? undefined;
    return undefined;
  };
  return { drafts, idOf, build, question };
}

/** Whether `topic` (normalised) occurs in the question's heading path, bank title or subject. */
export function matchesTopic(question: Pick<Question, 'topic' | 'subject'>, topic: string): boolean {
  const key = keyOf(topic);
  if (!key) return true;
  const parts = [...question.topic, question.topic.join(' '), question.subject];
  return parts.some((part) => keyOf(part).includes(key));
}

/** What the rotation looks at: a question, or a draft of one (whose viability is settled when its turn comes). */
type Spreadable = Pick<Question, 'type' | 'bank' | 'subject'> & { viable?: () => boolean };

/**
 * Up to `count` of `items` in rotation: over types (in turn, in a seeded order) and, within a
 * type, over banks (in turn, seeded), one question per subject until every subject has had
 * its turn, then the rest the same way. Seeded shuffles within each bank. Draws from `rng`
 * before taking any, never after: the same items and seed give the same order whatever count.
 * A draft that turns out not to build when its turn comes is dropped and the turn goes on, so
 * only the drafts that are reached are ever built.
 */
export function spread<T extends Spreadable>(items: readonly T[], rng: Random, count: number): T[] {
  // type -> bank -> items, each level in a seeded order.
  const byType = new Map<QuestionType, Map<string, T[]>>();
  for (const q of items) {
    const banksOfType = byType.get(q.type) ?? new Map<string, T[]>();
    byType.set(q.type, banksOfType);
    const list = banksOfType.get(q.bank) ?? [];
    banksOfType.set(q.bank, list);
    list.push(q);
  }
  const rotations = rng.shuffle(QUESTION_TYPES.filter((t) => byType.has(t))).map((type) => ({
    queues: rng.shuffle([...(byType.get(type) ?? new Map<string, T[]>()).values()]).map((qs) => rng.shuffle(qs)),
    next: 0,
  }));

  const selected: T[] = [];
  const asked = new Set<string>();
  // A subject is one however many lists name it: `CSI` among interfaces and among drivers is asked once first.
  const subjectOf = (q: T): string => keyOf(q.subject);
  // A note copied into another (a README repeating a chapter) would ask the same thing twice:
  // its copies come after everything else.
  const taken = new Set<string>();
  const sameAs = (q: T): string => `${q.type}\u0000${keyOf(q.subject)}`;
  /** The first item of the queue that may be taken now, dropping drafts that do not build. */
  const takeable = (queue: T[], fresh: boolean): number => {
    for (let at = 0; at < queue.length; ) {
      const q = queue[at] as T;
      if (fresh && (asked.has(subjectOf(q)) || taken.has(sameAs(q)))) {
        at++;
        continue;
      }
      if (!q.viable || q.viable()) return at;
      queue.splice(at, 1);
    }
    return -1;
  };
  // First only subjects not asked yet (no define and identify of one term side by side), then any.
  for (const fresh of [true, false]) {
    let progress = true;
    while (progress && selected.length < count) {
      progress = false;
      for (const rotation of rotations) {
        if (selected.length >= count) break;
        const { queues } = rotation;
        for (let tries = 0; tries < queues.length; tries++) {
          const queue = queues[(rotation.next + tries) % queues.length] as T[];
          const at = takeable(queue, fresh);
          if (at < 0) continue;
          const [question] = queue.splice(at, 1) as [T];
          selected.push(question);
          asked.add(subjectOf(question));
          taken.add(sameAs(question));
          rotation.next = (rotation.next + tries + 1) % queues.length;
          progress = true;
          break;
        }
      }
    }
  }
  return selected;
}

/**
 * `questions` in the order generateQuestions picks from them, all of them: rounds across
 * types and banks, one question per subject until every subject has come up once, then the
 * rest the same way; seeded. For a first drill: not define X, define Y, identify X… Pure; the
 * input is not touched. (generateQuestions rotates over drafts, unbuilt ones included, so
 * its picks follow the same rules but not necessarily this order.)
 */
export function spreadOrder(questions: readonly Question[], seed: number): Question[] {
  return spread(questions, deriveRandom(seed, 'select'), questions.length);
}

/**
 * A seeded selection: filter by types and topic, then take `count` spread over types (in
 * turn) and, within a type, over banks (in turn), preferring subjects not asked yet; then
 * shuffle. Fewer when fewer exist. The drafts are listed once (cheap: no choices made); only
 * the drafts the rotation reaches are built (and pass the gate or are dropped), so a short
 * quiz does not pay for the whole collection's choices. Every question it gives is the one
 * allQuestions gives for that draft (same id and choices).
 */
export function selectQuestions(index: () => QuestionIndex, options: GenerateOptions): Question[] {
  const count = wanted(options.count);
  if (count === 0) return [];
  const { drafts, build } = index();
  const types = options.types?.length ? new Set(options.types) : null;
  const topic = options.topic?.trim() ?? '';
  const eligible = drafts.filter((d) => (!types || types.has(d.type)) && (!topic || matchesTopic(d, topic)));
  if (eligible.length === 0) return [];
  const rng = deriveRandom(options.seed, 'select');
  return rng.shuffle(spread(eligible, rng, count)).map((draft) => build(draft) as Question); // taken only once it proved viable
}

/** A count asked for, as a whole number of questions (0 for none or nonsense). */
function wanted(count: number): number {
  return Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0;
}

/** Thrown where a pick from kept questions reaches a head nothing was kept for: the generators must list it. */
export class NotKept extends Error {}

const notKept: ListDrafts = () => {
  throw new NotKept('a draft head with no question kept');
};

/**
 * generateQuestions over questions an earlier run made (the build, for the bundled notes): the
 * same picks, none of the generators needed. Throws NotKept where a head it reaches has nothing
 * kept (a damaged line): generateQuestions, with the generators, picks then.
 */
export function keptQuestions(banks: Bank[], options: GenerateOptions & { heads: readonly DraftHead[]; kept: KeptQuestions }): Question[] {
  return selectQuestions(() => indexDrafts(draftsFromHeads(banks, options.heads, options.seed, options.kept, notKept)), options);
}

/** Drafts from heads, as draftsOf lists them: one bank's of one type, in order. */
function headsByBank(banks: readonly Bank[], drafts: readonly Draft[], heads: readonly DraftHead[]): (bank: Bank, type: QuestionType) => Draft[] {
  const byBank = new Map<string, Draft[]>();
  heads.forEach((head, at) => {
    const key = `${head.bank}\u0000${head.type}`;
    const list = byBank.get(key) ?? [];
    byBank.set(key, list);
    list.push(drafts[at] as Draft);
  });
  const position = new Map(banks.map((bank, at) => [bank, at]));
  return (bank, type) => byBank.get(`${position.get(bank)}\u0000${type}`) ?? [];
}

/** A question the person has a history with, as its answers name it. */
export interface KnownQuestion {
  question: string;
  bank: string;
  type: QuestionType;
}

export interface DrillOptions {
  /** Seed of the order new questions come in. */
  order: number;
  /** What the person has a history with: each is built (when the notes still have it) and given first. */
  known: Iterable<KnownQuestion>;
  /** Ids never to give (flagged questions). */
  skip?: (id: string) => boolean;
  /** How many new questions (ids not known) to give at most. */
  fresh: number;
}

/**
 * The drafts of one type of the banks that share an id, listed when first needed, with the
 * ids allQuestions gives them: drafts sharing an id share bank id and type (both are hashed
 * into it), so these are all the drafts that could be numbered together, in collection order.
 */
function listing(banks: readonly Bank[], draftsOfBank: (bank: Bank, type: QuestionType) => Draft[]) {
  const byBankId = new Map<string, Bank[]>();
  for (const bank of banks) {
    const same = byBankId.get(bank.id);
    if (same) same.push(bank);
    else byBankId.set(bank.id, [bank]);
  }
  const lists = new Map<string, { of: Map<Bank, Draft[]>; ids: Map<Draft, string> | null; byId: Map<string, Draft> }>();
  const listOf = (bankId: string, type: QuestionType) => {
    const key = `${type}\u0000${bankId}`;
    let list = lists.get(key);
    if (!list) {
      const of = new Map<Bank, Draft[]>();
      const all: Draft[] = [];
      for (const bank of byBankId.get(bankId) ?? []) {
        const drafts = draftsOfBank(bank, type);
        of.set(bank, drafts);
        all.push(...drafts);
      }
      const raw = new Map<string, Draft[]>();
      for (const draft of all) raw.set(draft.id, [...(raw.get(draft.id) ?? []), draft]);
      let ids: Map<Draft, string> | null = null;
      const byId = new Map<string, Draft>();
      for (const [id, same] of raw) {
        if (same.length === 1) {
          byId.set(id, same[0] as Draft);
          continue;
        }
        // Shared: those that build get it, `-2`, `-3`… in order.
        ids ??= new Map();
        let n = 0;
        for (const draft of same) {
          if (!draft.viable()) continue;
          n++;
          const final = n === 1 ? id : `${id}-${n}`;
          ids.set(draft, final);
          byId.set(final, draft);
        }
      }
      lists.set(key, (list = { of, ids, byId }));
    }
    return list;
  };
  return {
    /** The drafts of `type` of one bank. */
    drafts: (bank: Bank, type: QuestionType): Draft[] => listOf(bank.id, type).of.get(bank) ?? [],
    idOf: (bank: Bank, draft: Draft): string => listOf(bank.id, draft.type).ids?.get(draft) ?? draft.id,
    /** The draft allQuestions gives `id` among the banks of that id and that type. */
    draft: (bankId: string, type: QuestionType, id: string): Draft | undefined => listOf(bankId, type).byId.get(id),
  };
}

/**
 * What a drill chooses from, listing and building only that: the questions with a history
 * (found through their bank and type, in a seeded spread order), then up to `fresh` new ones,
 * in rounds over types (in a seeded order) and, within a type, over banks (seeded), one per
 * subject until every subject has had its turn, as spreadOrder spreads them. A bank's drafts
 * of a type are listed only when the rotation reaches it, and a draft is built only when it
 * is its turn, so a drill over 5,000 notes lists and builds about as much as one over 50.
 * Every question is the one allQuestions gives under its id.
 */
export function drillFrom(banks: Bank[], options: KeptOptions, drill: DrillOptions, listDrafts: ListDrafts): Question[] {
  const list = listing(banks, options.heads ? headsByBank(banks, draftsFromHeads(banks, options.heads, options.seed, options.kept, listDrafts), options.heads) : listDrafts);
  const skip = drill.skip ?? (() => false);
  const finish = (draft: Draft, id: string): Question | null => {
    const question = draft.build();
    if (!question) return null;
    return id === question.id ? question : { ...question, id };
  };

  const knownIds = new Set<string>();
  const known: Question[] = [];
  for (const { question: id, bank, type } of drill.known) {
    if (knownIds.has(id)) continue;
    knownIds.add(id);
    if (skip(id) || !QUESTION_TYPES.includes(type)) continue;
    const draft = list.draft(bank, type, id);
    const question = draft && finish(draft, id);
    if (question) known.push(question);
  }
  const rng = deriveRandom(drill.order, 'select');
  const out = spread(known, rng, known.length);
  const want = Math.max(0, Math.floor(Number.isFinite(drill.fresh) ? drill.fresh : 0));
  if (want === 0) return out;

  // Each type's banks in a seeded order; a bank's queue is its drafts of the type not known
  // and not skipped, shuffled, made when the rotation first reaches it.
  const rotations = rng.shuffle(QUESTION_TYPES).map((type) => ({ type, order: rng.shuffle(banks), queues: new Map<number, { draft: Draft; id: string }[]>(), next: 0 }));
  const queueOf = (rotation: (typeof rotations)[number], at: number) => {
    let queue = rotation.queues.get(at);
    if (!queue) {
      const bank = rotation.order[at] as Bank;
      const items = list
        .drafts(bank, rotation.type)
        .map((draft) => ({ draft, id: list.idOf(bank, draft) }))
        .filter(({ id }) => !knownIds.has(id) && !skip(id));
      queue = items.length > 1 ? rng.shuffle(items) : items;
      rotation.queues.set(at, queue);
    }
    return queue;
  };
  const asked = new Set<string>();
  const taken = new Set<string>();
  const subjectOf = (d: Draft): string => `${d.bank}\u0000${keyOf(d.subject)}`;
  const sameAs = (d: Draft): string => `${d.type}\u0000${keyOf(d.subject)}`;
  let left = want;
  for (const fresh of [true, false]) {
    // A type that had nothing to give in a whole round of its banks has nothing in this pass.
    const spent = new Set<QuestionType>();
    let progress = true;
    while (progress && left > 0) {
      progress = false;
      for (const rotation of rotations) {
        if (left <= 0) break;
        if (spent.has(rotation.type)) continue;
        const total = rotation.order.length;
        let found = false;
        for (let tries = 0; tries < total && !found; tries++) {
          const at = (rotation.next + tries) % total;
          const queue = queueOf(rotation, at);
          for (let i = 0; i < queue.length; ) {
            const { draft, id } = queue[i] as { draft: Draft; id: string };
            if (fresh && (asked.has(subjectOf(draft)) || taken.has(sameAs(draft)))) {
              i++;
              continue;
            }
            queue.splice(i, 1);
            const question = finish(draft, id);
            if (!question) continue;
            out.push(question);
            asked.add(subjectOf(draft));
            taken.add(sameAs(draft));
            left--;
            rotation.next = (at + 1) % total;
            found = progress = true;
            break;
          }
        }
        if (!found) spent.add(rotation.type);
      }
    }
  }
  return out;
}

/** drillFrom over questions an earlier run made (the build, for the bundled notes); throws NotKept where one is missing. */
export function keptDrill(banks: Bank[], options: KeptOptions & { heads: readonly DraftHead[]; kept: KeptQuestions }, drill: DrillOptions): Question[] {
  return drillFrom(banks, options, drill, notKept);
}

/** The index of questions an earlier run made (the build, for the bundled notes); building one that was not kept throws NotKept. */
export function keptIndex(banks: Bank[], options: KeptOptions & { heads: readonly DraftHead[]; kept: KeptQuestions }): QuestionIndex {
  return indexDrafts(draftsFromHeads(banks, options.heads, options.seed, options.kept, notKept));
}
