import { typoDistance } from '../../text/distance.js';
import type { TypedChange } from './kit.js';

// Is a typed answer right? Pure. The comparison forgives what does not change the answer:
// case, spacing, hyphens and underscores, full/half width (NFKC), trailing punctuation, any
// of the accepted spellings, one small typo (one edit or one swap of neighbours) in each
// word of four or more letters, an English ending added to a word (`OOMKilled` for `OOMKill`),
// the singular for the plural (`PodSecurityPolicy` for `Pod Security Policies`), a field named with its
// object's words (`persistentVolumeReclaimPolicy` for `reclaimPolicy`). Words with digits must keep their digits (IPv4 is not IPv6).
// Chinese (and other CJK) text is compared after NFKC and spacing only: one character is a
// word there, and a wrong one is a different word.

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
/** What separates words: spacing, hyphens, underscores, middle dots. */
const SEPARATORS = /[\s\-_\u2010\u2011\u2012\u2013\u2014\u00b7\u30fb]+/gu;

export interface TypedMatch {
  right: boolean;
  /** The accepted spelling closest to what was typed. */
  closest: string;
  /**
   * Where the typed text differs from `closest`, word by word: the typos forgiven when it is
   * right, every difference when it is wrong. Empty when only case, spacing or width differ.
   */
  changes: TypedChange[];
}

function surface(text: string): string {
  return text.normalize('NFKC').trim().replace(/[.!?。！？]+$/u, '').trim();
}

/** Everything that is not a difference removed: the text to compare first. */
export function compactAnswer(text: string): string {
  return surface(text).toLowerCase().replace(SEPARATORS, '');
}

/** Words as typed (NFKC'd), CJK characters one by one. */
export function answerWords(text: string): string[] {
  return surface(text)
    .split(SEPARATORS)
    .filter(Boolean)
    .flatMap((part) => part.match(TOKEN) ?? []);
}

/** A compact Latin answer without an English plural ending: `policies` → `policy`, `pods` → `pod`. */
const withoutPlural = (compact: string): string => compact.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');

const fold = (word: string) => word.toLowerCase();
const digits = (word: string) => word.replace(/\D+/g, '');

/** One small typo in a word of four or more letters, its digits kept; never in CJK text. */
export function forgivableTypo(typed: string, expected: string): boolean {
  if (CJK_CHAR.test(typed) || CJK_CHAR.test(expected)) return false;
  if ((expected.match(/\p{L}/gu)?.length ?? 0) < 4) return false;
  if (digits(typed) !== digits(expected)) return false;
  return typoDistance(fold(typed), fold(expected)) <= 1;
}

/**
 * `OOMKilled` for `OOMKill`, `Evicted` for `Evict`: the same word with an English ending added,
 * in either direction. Only added, never swapped: `Terminated` is not `Terminating`.
 */
export function forgivableEnding(typed: string, expected: string): boolean {
  if (CJK_CHAR.test(typed) || CJK_CHAR.test(expected)) return false;
  const [short, long] = typed.length < expected.length ? [fold(typed), fold(expected)] : [fold(expected), fold(typed)];
  if ((short.match(/\p{L}/gu)?.length ?? 0) < 4 || !long.startsWith(short)) return false;
  return /^(?:s|es|d|ed|ing)$/.test(long.slice(short.length)) && /\p{L}$/u.test(short);
}

/** A field's words: `spec.nodeName` is spec, node, name; the last word singular (`reclaimPolicies`). */
function fieldWords(text: string): string[] {
  const words = surface(text).split(/\.|(?<=[a-z0-9])(?=[A-Z])/).map((w) => w.toLowerCase());
  const last = words.pop();
  return last === undefined ? words : [...words, withoutPlural(last)];
}

/**
 * `persistentVolumeReclaimPolicy` or `spec.nodeName` for `reclaimPolicy`, `nodeName`: a field
 * named in full, with its object's words before it, is the same field.
 */
function namesInFull(typed: string, form: string): boolean {
  const CAMEL = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/;
  if (!CAMEL.test(surface(form)) || !/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/.test(surface(typed))) return false;
  const expected = fieldWords(form);
  const given = fieldWords(typed);
  return given.length > expected.length && expected.every((w, i) => w === given[given.length - expected.length + i]);
}

type Step =
  | { op: 'same'; typed: string; expected: string }
  | { op: 'typo'; typed: string; expected: string }
  | { op: 'change'; typed: string; expected: string }
  | { op: 'missing'; expected: string }
  | { op: 'extra'; typed: string };

/** Word-level alignment of the typed words against the expected ones (cheapest edit script). */
function align(typed: string[], expected: string[]): { cost: number; steps: Step[] } {
  // A forgiven typo costs a little, so an exact word is preferred when both fit.
  const TYPO = 0.01;
  const m = typed.length;
  const n = expected.length;
  const cost: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  const pairCost = (i: number, j: number): number => {
    const a = typed[i] as string;
    const b = expected[j] as string;
    if (fold(a) === fold(b)) return 0;
    return forgivableTypo(a, b) || forgivableEnding(a, b) ? TYPO : 1;
  };
  for (let i = 0; i <= m; i++) (cost[i] as number[])[0] = i;
  for (let j = 0; j <= n; j++) (cost[0] as number[])[j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const row = cost[i] as number[];
      const up = cost[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + pairCost(i - 1, j - 1));
    }
  }
  const steps: Step[] = [];
  let i = m;
  let j = n;
  const at = (a: number, b: number) => (cost[a] as number[])[b] as number;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0) {
      const pair = pairCost(i - 1, j - 1);
      if (Math.abs(at(i, j) - (at(i - 1, j - 1) + pair)) < 1e-9) {
        const typedWord = typed[i - 1] as string;
        const expectedWord = expected[j - 1] as string;
        steps.push({ op: pair === 0 ? 'same' : pair < 1 ? 'typo' : 'change', typed: typedWord, expected: expectedWord });
        i--;
        j--;
        continue;
      }
    }
    if (j > 0 && (i === 0 || Math.abs(at(i, j) - (at(i, j - 1) + 1)) < 1e-9)) {
      steps.push({ op: 'missing', expected: expected[j - 1] as string });
      j--;
    } else {
      steps.push({ op: 'extra', typed: typed[i - 1] as string });
      i--;
    }
  }
  return { cost: at(m, n), steps: steps.reverse() };
}

/** Words joined back into text: spaces between words, none between CJK characters. */
function join(words: string[]): string {
  let out = '';
  for (const word of words) {
    const glue = out && !(CJK_CHAR.test(out.slice(-1)) || CJK_CHAR.test(word.charAt(0))) ? ' ' : '';
    out += glue + word;
  }
  return out;
}

/** The differences of an alignment: runs of changed, missing and extra words, and each forgiven typo. */
function changesOf(steps: Step[]): TypedChange[] {
  const out: TypedChange[] = [];
  let typed: string[] = [];
  let expected: string[] = [];
  const flush = () => {
    if (typed.length || expected.length) out.push({ typed: join(typed), expected: join(expected) });
    typed = [];
    expected = [];
  };
  for (const step of steps) {
    if (step.op === 'same') flush();
    else if (step.op === 'typo') {
      flush();
      out.push({ typed: step.typed, expected: step.expected, forgiven: true });
    } else {
      if (step.op !== 'missing') typed.push(step.typed);
      if (step.op !== 'extra') expected.push(step.expected);
    }
  }
  flush();
  return out;
}

/** Whether `typed` is `answer` or one of `accept`, and how it differs from the closest of them. */
export function matchTyped(typed: string, answer: string, accept: readonly string[] = []): TypedMatch {
  const forms = [answer, ...accept].filter((form) => form.trim());
  if (!forms.length) return { right: false, closest: answer, changes: [] };
  const compact = compactAnswer(typed);
  const exact = forms.find((form) => compactAnswer(form) === compact);
  if (exact !== undefined && compact) return { right: true, closest: exact, changes: [] };
  // `PodSecurityPolicy` for `Pod Security Policies`: the singular and the plural name one thing.
  const singular = withoutPlural(compact);
  const plural = forms.find((form) => withoutPlural(compactAnswer(form)) === singular);
  if (plural !== undefined && singular.length >= 4 && !CJK_CHAR.test(singular)) return { right: true, closest: plural, changes: [] };
  const field = forms.find((form) => namesInFull(typed, form));
  if (field !== undefined) return { right: true, closest: field, changes: [] };

  const words = answerWords(typed);
  let best: { form: string; cost: number; steps: Step[] } | null = null;
  for (const form of forms) {
    const { cost, steps } = align(words, answerWords(form));
    if (!best || cost < best.cost) best = { form, cost, steps };
  }
  const { form, cost, steps } = best as { form: string; cost: number; steps: Step[] };
  return { right: cost < 1, closest: form, changes: changesOf(steps) };
}
