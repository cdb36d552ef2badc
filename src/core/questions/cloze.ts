import { detectLang } from '../text/index.js';
import type { Random } from '../text/index.js';
import type { Bank, Question, TermEntry } from '../types.js';
import { NAME_LANG_WEIGHT, pickDistractors } from './distractors.js';
import {
  choiceQuestion,
  entryExplanation,
  makeDraft,
  questionId,
  questionRandom,
  sourceOf,
  templates,
  WANT_DISTRACTORS,
  type Draft,
  type GenContext,
  type QuestionParts,
} from './draft.js';
import { findNumbers, formatLike, neighbours, salience, sameKind, type NumberToken } from './numbers.js';
import { candidate, originOf, ownerKeys, type Candidate, type Origin } from './pool.js';
import { BLANK, containsKey, keyOf, meaningfulWidth } from './text.js';

// cloze: a number (`6443`, `30s`, `三个`) or a bold span blanked in a detail, a nested note or
// a step; pick what goes in the blank. Only tokens that occur once, so the blank is never
// ambiguous. One question per entry (its most telling number), one per step.

const MIN_CONTEXT_WIDTH = 6;

type Blank =
  | { kind: 'number'; token: NumberToken; text: string; blanked: string }
  | { kind: 'bold'; span: string; text: string; blanked: string };

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

/** The best number to blank in `text`, or null. `around` is what else the prompt shows. */
export function numberBlank(text: string, around: readonly string[]): Blank | null {
  const tokens = findNumbers(text);
  const shown = new Set(around.flatMap((a) => findNumbers(a).map((t) => t.value)));
  const usable = tokens.filter(
    (token) =>
      tokens.filter((o) => o.value === token.value).length === 1 &&
      occurrences(text, token.text) === 1 &&
      !shown.has(token.value),
  );
  const ranked = [...usable].sort((a, b) => salience(b) - salience(a) || a.index - b.index);
  for (const token of ranked) {
    const blanked = text.slice(0, token.index) + BLANK + text.slice(token.index + token.text.length);
    if (meaningfulWidth(blanked) >= MIN_CONTEXT_WIDTH) return { kind: 'number', token, text, blanked };
  }
  return null;
}

function boldBlank(text: string, spans: readonly string[], owners: readonly string[], around: readonly string[]): Blank | null {
  for (const span of spans) {
    const key = keyOf(span);
    if (!key || owners.includes(key) || occurrences(text, span) !== 1) continue;
    if (around.some((a) => containsKey(a, span))) continue;
    const blanked = text.replace(span, BLANK);
    if (containsKey(blanked, span) || meaningfulWidth(blanked) < MIN_CONTEXT_WIDTH) continue;
    return { kind: 'bold', span, text, blanked };
  }
  return null;
}

function numberChoices(blank: Extract<Blank, { kind: 'number' }>, origin: Origin, ctx: GenContext, rng: Random): string[] {
  const answer = blank.token;
  const inText = new Set(findNumbers(blank.text).map((t) => t.value));
  const digits = (v: number): number => String(Math.round(v)).length;
  const lang = detectLang(answer.text);
  const seen = new Set<number>();
  const candidates: Candidate[] = [];
  for (const { token, origin: from } of ctx.pool.numbers) {
    if (!sameKind(answer, token) || inText.has(token.value) || seen.has(token.value)) continue;
    if (!answer.unit && answer.script === 'arabic' && digits(token.value) !== digits(answer.value)) continue;
    seen.add(token.value);
    const text = formatLike(answer, token.value);
    candidates.push(candidate(text, from, [], lang));
  }
  const picked = pickDistractors({ answer: answer.text, origin, candidates, want: WANT_DISTRACTORS, rng });
  const keys = new Set([keyOf(answer.text), ...picked.map(keyOf)]);
  for (const value of neighbours(answer)) {
    if (picked.length >= WANT_DISTRACTORS) break;
    const text = formatLike(answer, value);
    if (inText.has(value) || keys.has(keyOf(text))) continue;
    keys.add(keyOf(text));
    picked.push(text);
  }
  return picked;
}

/** Other stressed phrases first (they read alike); names only when too few; never the subject. */
function boldChoices(blank: Extract<Blank, { kind: 'bold' }>, origin: Origin, ctx: GenContext, rng: Random, subject: readonly string[]): string[] {
  const subjectKeys = new Set(subject.map(keyOf));
  const accept = (c: Candidate) => !containsKey(blank.text, c.text) && !subjectKeys.has(keyOf(c.text));
  const pick = (candidates: Candidate[]) =>
    pickDistractors({ answer: blank.span, origin, candidates, accept, want: WANT_DISTRACTORS, langWeight: NAME_LANG_WEIGHT, rng });
  const stressed = pick(ctx.pool.bold);
  return stressed.length >= WANT_DISTRACTORS ? stressed : pick([...ctx.pool.bold, ...ctx.pool.terms]);
}

function build(parts: QuestionParts & { type: 'cloze' }, blank: Blank, ctx: GenContext, rng: Random, origin: Origin, subject: readonly string[]): Question | null {
  const right = blank.kind === 'number' ? blank.token.text : blank.span;
  const wrong = blank.kind === 'number' ? numberChoices(blank, origin, ctx, rng) : boldChoices(blank, origin, ctx, rng, subject);
  return choiceQuestion(parts, ctx, rng, right, wrong);
}

/**
 * Whether `build` surely finds a wrong answer, without building: a neighbour numberChoices
 * would add, or a stressed phrase or name from the question's own file that boldChoices takes.
 */

function entryBlank(entry: TermEntry, around: readonly string[]): Blank | null {
  const texts = [entry.detail, ...(entry.notes ?? [])].filter((t) => keyOf(t));
  for (const text of texts) {
    const blank = numberBlank(text, around);
    if (blank) return blank;
  }
  if (entry.bold?.length) {
    for (const text of texts) {
      const blank = boldBlank(text, entry.bold, ownerKeys(entry), around);
      if (blank) return blank;
    }
  }
  return null;
}

/** What one cloze question is about: the blank, the text it names and where it lives. */
interface ClozeSpot {
  blank: Blank;
  /** The term or step the question is about (its id comes from this). */
  subject: string;
  /** Named in the prompt: `填空（kubelet）`. */
  label: string;
  /** Never offered as a wrong answer. */
  exclude: string[];
  line: number;
  explanation: string;
}

export function clozeDrafts(bank: Bank, ctx: GenContext): Draft[] {
  const t = templates(bank, ctx);
  const origin = originOf(bank);
  const spots: ClozeSpot[] = [];
  if (bank.kind === 'terms') {
    for (const entry of bank.entries) {
      const blank = entryBlank(entry, [entry.term, ...entry.aliases]);
      if (blank) spots.push({ blank, subject: entry.term, label: entry.term, exclude: [entry.term, ...entry.aliases], line: entry.line, explanation: entryExplanation(entry, t) });
    }
    for (const fact of bank.facts ?? []) {
      const blank = numberBlank(fact.text, [bank.title]);
      if (blank) spots.push({ blank, subject: fact.text, label: bank.title, exclude: [bank.title], line: fact.line, explanation: fact.text });
    }
  } else if (bank.kind === 'steps') {
    bank.steps.forEach((step, index) => {
      const blank = numberBlank(step.text, [bank.title]);
      if (blank) spots.push({ blank, subject: step.text, label: bank.title, exclude: [bank.title], line: step.line, explanation: `**${bank.title}**\n${index + 1}. ${step.text}` });
    });
  }
  return spots.map((spot) => {
    const id = questionId(bank, spot.subject, 'cloze');
    const make = (): Question | null => {
      const parts: QuestionParts & { type: 'cloze' } = {
        id,
        type: 'cloze',
        bank,
        prompt: t.cloze(spot.label, spot.blank.blanked),
        subject: spot.subject,
        source: sourceOf(bank, spot.line),
        explanation: spot.explanation,
      };
      return build(parts, spot.blank, ctx, questionRandom(ctx, id), origin, spot.exclude);
    };
    return makeDraft({ id, type: 'cloze', bank, subject: spot.subject }, make, ctx);
  });
}

