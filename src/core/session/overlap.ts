import { normalizeText } from '../text/index.js';

// How much of a reference answer a typed answer covers: key points are the clauses of
// the reference; a point counts as covered when most of its tokens appear in the
// answer. Tokens are English words and Chinese character pairs, so both languages work.

const STOP_WORDS = new Set(
  'a an the of to in on for and or is are be by with as at it its this that from which can will not no into than then there'.split(' '),
);

// Function characters: a pair containing one says little about content.
const HAN_STOP = new Set([...'的了是在和与及们它他她我你会把被就都而或个一这那有也并其中为对以']);

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[a-z0-9][a-z0-9+#./-]*/g;

/** `binding` → `bind`, `pods` → `pod`; short words stay whole (`using` is not `us`). */
function stem(word: string): string {
  // `es` only after s/x/z/ch/sh (`addresses`), a lone `s` not after s/u (`ingress`, `status`).
  const cut = word.replace(/(?:ing|ed|(?<=(?:[sxz]|ch|sh))es|(?<![su])s)$/, '');
  if (cut.length < 3 || !/[a-z]/.test(cut)) return word;
  return cut.length >= 4 ? cut.replace(/e$/, '') : cut; // `share` and `shared` meet at `shar`
}

const isLatin = (token: string) => /^[a-z0-9]/.test(token);

/** Chinese characters that carry content (for answers too short to share character pairs). */
function hanChars(text: string): Set<string> {
  return new Set([...(normalizeText(text).match(HAN_RUN)?.join('') ?? '')].filter((ch) => !HAN_STOP.has(ch)));
}

/** English words (lightly stemmed) and Chinese character bigrams (single characters for one-character runs). */
export function tokens(text: string): Set<string> {
  const normalized = normalizeText(text);
  const out = new Set<string>();
  for (const word of normalized.replace(HAN_RUN, ' ').match(WORD) ?? []) {
    const bare = word.replace(/[./-]+$/, ''); // `etcd.` at the end of a sentence is `etcd`
    if (STOP_WORDS.has(bare) || bare.length < 2) continue;
    out.add(stem(bare));
  }
  for (const run of normalized.match(HAN_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.add(run);
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = chars[i] as string;
      const b = chars[i + 1] as string;
      if (!HAN_STOP.has(a) && !HAN_STOP.has(b)) out.add(a + b);
    }
  }
  return out;
}

/** The clauses of a reference answer worth checking for. */
export function keyPoints(reference: string): string[] {
  return reference
    // Not at 、: it lists things inside one clause (`由 key、operator 和 values 组成`).
    .split(/[\n，。；;！？!?]|,\s|\.\s/)
    .map((part) => part.replace(/^[-*\d.)\s]+/, '').trim())
    .filter((part) => {
      const found = [...tokens(part)];
      // One named thing (`Using`, `etcd`) is a point too; one Chinese pair is not enough.
      return found.length >= 2 || (found.length === 1 && isLatin(found[0] as string) && (found[0] as string).length >= 3);
    });
}

export interface Coverage {
  covered: string[];
  missed: string[];
  /** Share of key points covered, 0..1 (1 when there are none). */
  ratio: number;
}

export function coverage(answer: string, reference: string, threshold = 0.4): Coverage {
  const said = tokens(answer);
  const covered: string[] = [];
  const missed: string[] = [];
  const saidChars = hanChars(answer);
  for (const point of keyPoints(reference)) {
    const wanted = [...tokens(point)];
    const hits = wanted.filter((t) => said.has(t)).length;
    // Named things decide technical points: the name a point starts with (`Binding(…)`), or all its English words.
    const names = wanted.filter(isLatin);
    // A lead is a name (`Binding`, `etcd3`, `RWO`), not an ordinary first word (`shared`).
    // It only counts for a point that is little more than the name (`Binding(PVC和PV的绑定过程)`).
    const lead = /^(?:[A-Z][\w-]*|[a-z]+\d[\w-]*)(?=\s*(?:[(（][^)）]*[)）])?\s*$)/.exec(point.trim())?.[0];
    // (One English word alone is usually the topic itself, `Pod`, and says nothing of the point.)
    const named = (names.length >= 2 && names.every((t) => said.has(t))) || (lead !== undefined && [...tokens(lead)].some((t) => said.has(t)));
    const chars = [...hanChars(point)];
    const charShare = chars.length ? chars.filter((ch) => saidChars.has(ch)).length / chars.length : 0;
    (hits / wanted.length >= threshold || named || charShare >= 0.6 ? covered : missed).push(point);
  }
  const total = covered.length + missed.length;
  return { covered, missed, ratio: total ? covered.length / total : 1 };
}
