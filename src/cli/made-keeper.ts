import type { QuestionIndex } from '../core/questions/index.js';
import type { Bank, Lang, Question } from '../core/types.js';
import { madeLine } from '../io/draft-cache.js';
import { keptOrBuilt, listedIn, listedLater, type CachedDrafts, type Generators, type KeptDrafts, type Selection } from './draft-heads.js';

// A quiz on the bundled notes builds nothing: the build made every question beforehand. Notes of
// one's own get the same from their second session on: while the first waits for answers, what
// each draft makes is made a slice at a time and kept in the data dir beside the drafts, so the
// next session over the same notes picks from it and loads none of the generators.

/** Work a session does while it waits for answers: begun once its first question is shown, ended with it. */
export interface SessionBackground {
  start(): void;
  /** Stops the work and keeps what it made so far. */
  stop(): void;
}

/** How long one slice of work may hold the terminal before keystrokes are seen to. */
const SLICE_MS = 8;

export interface KeeperClock {
  now(): number;
  /** Lets the event loop see to input and timers. */
  yieldTurn(): Promise<unknown>;
}

const realClock: KeeperClock = { now: () => performance.now(), yieldTurn: () => new Promise((resolve) => setImmediate(resolve)) };

/** What a session's drafts offer the keeper: what each makes, in the order of their heads. */
type Drafts = readonly { made(): Question | null }[];

/**
 * Makes what the drafts not kept yet make and keeps it with what was kept before: all of it as
 * soon as everything is made, else what there is when the session stops (the next session goes
 * on from there). `drafts` are the session's own, in the order of `cached.heads`, so what it
 * built to pick its questions is not built twice; or, for a session that picked from kept
 * questions alone, how to list them once the question is shown. Undefined where there is
 * nothing to keep (no cache, or every head kept already).
 */
export function madeKeeper(cached: CachedDrafts | undefined, drafts: Drafts | (() => Promise<Drafts>), clock: KeeperClock = realClock): SessionBackground | undefined {
  if (!cached || cached.made?.missing === 0 || (typeof drafts !== 'function' && drafts.length !== cached.heads.length)) return undefined;
  const before = (index: number): string => cached.made?.line(index) ?? '';
  const made = new Map<number, Question | null>();
  let stopped = false;
  let started = false;
  let saved = false;
  const save = (): void => {
    if (saved || made.size === 0) return;
    saved = true;
    cached.store.putMade(
      cached.key,
      cached.heads.map((_, index) => (made.has(index) ? madeLine(made.get(index)) : before(index))),
    );
  };
  const run = async (): Promise<void> => {
    // Not in the turn that showed the question: it is drawn and the prompt waits first.
    await clock.yieldTurn();
    // (A session that picked from kept questions loads the generators only now, to make the rest.)
    const list = typeof drafts === 'function' ? await drafts() : drafts;
    if (list.length !== cached.heads.length) return;
    let slice = clock.now();
    for (let index = 0; index < list.length && !stopped; index++) {
      if (before(index) !== '') continue;
      made.set(index, (list[index] as Drafts[number]).made());
      if (clock.now() - slice >= SLICE_MS) {
        await clock.yieldTurn();
        slice = clock.now();
      }
    }
    if (!stopped) save();
  };
  return {
    start() {
      if (started) return;
      started = true;
      // Nothing made is kept rather than a session stopped: what failed is built again next time.
      run().catch(() => {
        stopped = true;
        made.clear();
      });
    },
    stop() {
      stopped = true;
      save();
    },
  };
}

/**
 * What a quiz or an interview asks (keptOrBuilt), and the keeper of what the rest of its drafts
 * make: picked from kept questions, the drafts are listed only once the question is shown; picked
 * from an index built now, the index's own drafts are kept, not built twice.
 */
export async function pickedKeeping<T>(
  cached: CachedDrafts | undefined,
  banks: Bank[],
  seed: number,
  lang: Lang | undefined,
  fromKept: (selection: Selection, kept: KeptDrafts) => T,
  fromIndex: (generators: Generators, index: QuestionIndex) => T,
): Promise<{ picked: T; background?: SessionBackground }> {
  let background: SessionBackground | undefined;
  const picked = await keptOrBuilt(
    cached,
    (selection, kept) => {
      background = madeKeeper(cached, listedLater(banks, seed, lang, kept));
      return fromKept(selection, kept);
    },
    (generators) => {
      const index = generators.indexQuestions(banks, { seed, ...(lang ? { lang } : {}), ...listedIn(cached) });
      background = madeKeeper(cached, index.drafts);
      return fromIndex(generators, index);
    },
  );
  return background ? { picked, background } : { picked };
}
