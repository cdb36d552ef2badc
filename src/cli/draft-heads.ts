import type { DraftHead, KeptQuestions } from '../core/questions/index.js';
import type { Bank, Lang, Question } from '../core/types.js';
import type { DraftStore, MadeFile } from '../io/draft-cache.js';
import type { App } from './app.js';

/** What a quiz picks from without listing: the heads, and what they make where a session or the build kept it. */
export interface CachedDrafts {
  heads: DraftHead[];
  kept?: KeptQuestions;
  /** Where they are kept, for what a session makes meanwhile (cli/made-keeper.ts). */
  key: string;
  store: DraftStore;
  made?: MadeFile;
}

/**
 * The drafts of these banks for a quiz to pick from: kept from an earlier run (or the build,
 * for the bundled notes, with the questions they make) when the banks are the same, else
 * listed now and kept (not with `keptOnly`). Undefined with --no-cache: the quiz then lists them itself.
 */
export async function cachedDrafts(app: App, banks: Bank[], lang: Lang | undefined, { keptOnly = false } = {}): Promise<CachedDrafts | undefined> {
  if (app.globals.cache === false) return undefined;
  // A drill lists only the banks it reaches and builds only what it asks: it takes drafts kept
  // (by the build, or by an earlier session), and never lists a collection's drafts to keep them.
  const bundledKey = app.knownDraftsKey(banks, lang);
  const [{ openDraftStore }, { buildInfo }] = await Promise.all([import('../io/draft-cache.js'), import('../io/version.js')]);
  const store = openDraftStore(app.cacheDir, buildInfo().id);
  // The bundled notes' key was made at build time; any other collection's is a hash of its banks.
  // (The question generators are loaded only where drafts must be listed.)
  const key = bundledKey ?? (await import('../core/questions/drafts-key.js')).draftsKey(banks, lang);
  const known = store.get(key);
  if (known) {
    const made = store.made(key, known);
    return made ? { heads: known, kept: made.kept, key, store, made } : { heads: known, key, store };
  }
  if (keptOnly) return undefined;
  const { draftHeads } = await import('../core/questions/index.js');
  const heads = draftHeads(banks, lang ? { lang } : {});
  store.put(key, heads);
  return { heads, key, store };
}

/** What the generators take of kept drafts: the heads, and what they made. */
export function listedIn(cached: CachedDrafts | undefined): { heads?: DraftHead[]; kept?: KeptQuestions } {
  if (!cached) return {};
  return cached.kept ? { heads: cached.heads, kept: cached.kept } : { heads: cached.heads };
}

/** Heads whose questions were kept: what a pick from kept questions alone takes. */
export interface KeptDrafts {
  heads: DraftHead[];
  kept: KeptQuestions;
}

/** The drafts of kept heads, listed only when asked for: the generators load then, not before a question is shown. */
export function listedLater(banks: Bank[], seed: number, lang: Lang | undefined, kept: KeptDrafts): () => Promise<readonly { made(): Question | null }[]> {
  return async () => (await import('../core/questions/index.js')).indexQuestions(banks, { seed, ...(lang ? { lang } : {}), ...kept }).drafts;
}

export type Selection = typeof import('../core/questions/select.js');
export type Generators = typeof import('../core/questions/index.js');

/**
 * What a session asks, picked from the questions the build made (the bundled notes) without
 * loading the question generators, unless one the pick reaches was not kept: then, and for any
 * other notes, with the generators.
 */
export async function keptOrBuilt<T>(
  cached: CachedDrafts | undefined,
  fromKept: (selection: Selection, kept: KeptDrafts) => T,
  built: (generators: Generators) => T,
): Promise<T> {
  if (cached?.kept) {
    const selection = await import('../core/questions/select.js');
    try {
      return fromKept(selection, { heads: cached.heads, kept: cached.kept });
    } catch (error) {
      if (!(error instanceof selection.NotKept)) throw error;
    }
  }
  return built(await import('../core/questions/index.js'));
}
