import type { Bank, Lang, Question } from '../types.js';
import { choiceQuestion, langOf, makeDraft, pickingRandom, questionId, rejected, sourceOf, type Draft, type GenContext, type QuestionParts } from './draft.js';
import { LOOP_STEP, sequenceOf } from './order.js';
import { alike, shapeOf, type Shape } from './gate.js';
import { keyOf, width } from './text.js';

// next: "in this procedure, what comes right after this step?" — a choice among the other
// steps of the same procedure. Suits procedures of four steps or more, and is how a long
// one is asked besides its windows. A few questions per procedure, spread along it.

const MIN_NEXT_ITEMS = 4;
/** Questions asked of one procedure, at most. */
const PER_PROCEDURE = 3;
const WANT_WRONG = 3;
const HAN = /\p{Script=Han}/u;

const NEXT_TEXT: Record<Lang, (title: string, step: string, stages: boolean) => string> = {
  en: (title, step, stages) => `In "${title}", which ${stages ? 'stage' : 'step'} comes right after this one?\n${step}`,
  zh: (title, step, stages) => `在「${title}」中，紧接在下面这${stages ? '个阶段' : '一步'}之后的是哪一${stages ? '个' : '步'}？\n${step}`,
};

/** Names stand with names; phrases and sentences with each other. */
function sameClass(a: Shape, b: Shape): boolean {
  const texty = (x: Shape) => x === 'phrase' || x === 'sentence';
  return a === b || (texty(a) && texty(b));
}

/** Which steps to ask about (0-based): spread from the first to the one before last. */
function askedSteps(total: number): number[] {
  const last = total - 2;
  if (last < 0) return [];
  const count = Math.min(PER_PROCEDURE, last + 1);
  const out = new Set<number>();
  for (let i = 0; i < count; i++) out.add(Math.round((i * last) / Math.max(1, count - 1)));
  return [...out].sort((a, b) => a - b);
}

/** `…后`, `After …`, `Once …`: a clause that points back at the step before. */
const BACK_REFERENCE = /\p{Script=Han}(?:之|以)?后(?![端台续面者来期果])|完毕|完成后|结束后|^(?:after|once|when|following)\b/iu;

function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z0-9_-]{2,}/g) ?? []) out.add(w);
  const han = text.match(/\p{Script=Han}+/gu) ?? [];
  for (const run of han) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/** `… before joining workers`, `…之前`: a clause in the shown step about what comes after it. */
const FORWARD_REFERENCE = /\bbefore\s+(.+)$|(.+?)(?:之前|以前)/iu;

/** The stem a word is compared by: `joining` and `join`, `workers` and `worker` meet. */
const stem = (w: string): string => (/^[a-z]/.test(w) ? w.slice(0, 4) : w);

/**
 * The step shown says what comes after it (`Set up pod networking before joining workers` over
 * `Join worker nodes`): its words of the answer, which no wrong choice has, give it away.
 */
function pointsAhead(asked: string, answer: string, wrong: readonly string[]): boolean {
  const ahead = FORWARD_REFERENCE.exec(asked);
  if (!ahead) return false;
  const clause = [...words(ahead[1] ?? ahead[2] ?? '')].filter((w) => !COMMON.has(w)).map(stem);
  const inAnswer = new Set([...words(answer)].map(stem));
  const inWrong = new Set(wrong.flatMap((w) => [...words(w)].map(stem)));
  return clause.some((w) => inAnswer.has(w) && !inWrong.has(w));
}

const COMMON = new Set(['the', 'and', 'for', 'pod', 'pods', 'with', 'its', 'this', 'that', 'from', 'into', 'node', 'then']);

/**
 * The answer opens by naming the asked step (`preStop 执行完毕后，…` right after `执行 preStop
 * 钩子`): it points at itself. Only its opening clause counts, and only words no other
 * choice shares.
 */
function pointsBack(answer: string, asked: string, others: readonly string[]): boolean {
  const opening = answer.split(/[，,；;。]/)[0] ?? '';
  if (!BACK_REFERENCE.test(opening)) return false;
  const before = words(asked);
  const elsewhere = new Set(others.flatMap((o) => [...words(o)]));
  return [...words(opening)].some((w) => before.has(w) && !elsewhere.has(w) && !COMMON.has(w));
}

export function nextDrafts(bank: Bank, ctx: GenContext): Draft[] {
  if (bank.kind !== 'steps' && !(bank.kind === 'terms' && bank.sequential)) return [];
  const sequence = sequenceOf(bank, ctx, 'next');
  if (!sequence || sequence.items.length < MIN_NEXT_ITEMS) return [];
  const { items } = sequence;
  const lang = langOf(bank, ctx);
  const stages = sequence.kind === 'stages';
  // Steps that run alongside step i: nothing comes "right after" its partner, and when the answer
  // has partners, they are as much next as it is, so they are never offered as wrong.
  const partners = (i: number): Set<number> => new Set((sequence.concurrent ?? []).flatMap(([a, b]) => (a.has(i) ? [...b] : b.has(i) ? [...a] : [])));
  // `Repeat until all instances are replaced` after `Remove an old instance`: in a loop, the
  // first step comes next as much as the `repeat` does.
  return askedSteps(items.length).filter((at) => !partners(at + 1).has(at) && !LOOP_STEP.test(items[at + 1] as string)).map((at) => {
    const step = items[at] as string;
    const right = items[at + 1] as string;
    const id = questionId(bank, bank.title, 'next', `:after:${keyOf(step)}`);
    const line = sequence.lines[at];
    const build = (): Question | ReturnType<typeof rejected> | null => {
      // Wrong answers: the procedure's other steps, never the asked step nor the right one;
      // those of the same shape and about the same length first, so none stands out.
      // (The shown step's partners too: run alongside it, any of them may come next as well.)
      // `Using` → `Releasing`, with `Reclaiming` after it: sources split a lifecycle into more or fewer
      // stages (the docs have no Releasing), so the stage after the answer is as defensible as it.
      // (`Releasing(Pod被删除…)`: a stage's name with its gloss in brackets is a name all the same.)
      const stageAfter = stages || shapeOf(right.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '')) === 'name' ? [at + 2] : [];
      const alsoRight = new Set([...partners(at + 1), ...partners(at), ...stageAfter]);
      const pool = pickingRandom(id).shuffle(items.filter((_, i) => i !== at && i !== at + 1 && !alsoRight.has(i)));
      // What fits is decided by the steps alone, never by the seed: the gate's checks of kind,
      // script and length hold for every pick.
      const shape = shapeOf(right);
      const w = width(right);
      const han = HAN.test(right);
      // Names only with names of their kind, phrases and sentences together: then every two
      // choices are alike, as the gate wants, whichever are picked.
      const fits = (c: string) =>
        sameClass(shapeOf(c), shape) && (shape !== 'name' || alike(right, c)) && HAN.test(c) === han && width(c) <= 2.2 * w && w <= 2.2 * width(c);
      const wrong = pool.filter(fits).slice(0, WANT_WRONG);
      if (wrong.length < 2) return null;
      if (pointsBack(right, step, items.filter((_, i) => i !== at && i !== at + 1))) return rejected('giveaway');
      if (pointsAhead(step, right, wrong)) return rejected('giveaway');
      // `Install chart: … --dry-run` then `Install chart: …`: the answer alone repeats the shown step's label.
      const label = (text: string): string => keyOf(/^([^:：]{2,40})[:：]/u.exec(text)?.[1] ?? '');
      if (label(step) && label(step) === label(right) && !wrong.some((w) => label(w) === label(step))) return rejected('giveaway');
      // `安装KubeSphere前置环境` then `安装KubeSphere`: the step shown holds the answer's words.
      if (keyOf(step).includes(keyOf(right)) || (sequence.name && keyOf(sequence.name).includes(keyOf(right)))) return rejected('giveaway');
      const parts: QuestionParts & { type: 'next' } = {
        id,
        type: 'next',
        bank,
        prompt: NEXT_TEXT[lang](sequence.name, step, stages),
        subject: bank.title,
        source: sourceOf(bank, line),
        explanation: sequence.explanation,
      };
      return choiceQuestion(parts, ctx, right, wrong);
    };
    return makeDraft({ id, type: 'next', bank, subject: bank.title, ...(line !== undefined ? { line } : {}) }, build, ctx);
  });
}
