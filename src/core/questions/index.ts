import { matchKey } from '../normalize.js';
import { deriveRandom } from '../random.js';
import { QUESTION_TYPES, type Bank, type Lang, type Question, type QuestionType } from '../types.js';
import { acronymQuestions } from './acronym.js';
import { clozeQuestions } from './cloze.js';
import { defineQuestions } from './define.js';
import type { GenContext, Generator } from './draft.js';
import { identifyQuestions } from './identify.js';
import { memberQuestions } from './member.js';
import { orderQuestions } from './order.js';
import { buildPool } from './pool.js';
import { recallQuestions } from './recall.js';

// banks -> questions. Pure and seeded: the same banks and options give the same questions,
// choices in the same order. Nothing here reads the clock or Math.random.

export { createRandom } from '../random.js';
export { pickDistractors, type DistractorRequest } from './distractors.js';
export { templatesFor } from './templates.js';

export interface GenerateOptions {
  count: number;
  types?: QuestionType[];
  topic?: string;
  seed: number;
  lang?: Lang;
}

const GENERATORS: Record<QuestionType, Generator> = {
  define: defineQuestions,
  identify: identifyQuestions,
  member: memberQuestions,
  order: orderQuestions,
  acronym: acronymQuestions,
  cloze: clozeQuestions,
  recall: recallQuestions,
};

/**
 * Every question the banks support, in a stable order: bank by bank (in the order given),
 * within a bank type by type (QUESTION_TYPES order), within a type entry by entry. One per
 * (bank, subject, type, variant); ids unique (a collision gets `-2`, `-3`… in this order).
 */
export function allQuestions(banks: Bank[], options: { seed: number; lang?: Lang }): Question[] {
  const ctx: GenContext = { pool: buildPool(banks), seed: options.seed };
  if (options.lang) ctx.lang = options.lang;
  const out: Question[] = [];
  const ids = new Set<string>();
  for (const bank of banks) {
    for (const type of QUESTION_TYPES) {
      for (const question of GENERATORS[type](bank, ctx)) {
        let id = question.id;
        for (let n = 2; ids.has(id); n++) id = `${question.id}-${n}`;
        ids.add(id);
        out.push(id === question.id ? question : { ...question, id });
      }
    }
  }
  return out;
}

/** Whether `topic` (normalised) occurs in the question's heading path, bank title or subject. */
export function matchesTopic(question: Question, topic: string): boolean {
  const key = matchKey(topic);
  if (!key) return true;
  const parts = [...question.topic, question.topic.join(' '), question.subject];
  return parts.some((part) => matchKey(part).includes(key));
}

/**
 * A seeded selection: filter by types and topic, then take `count` spread over types (in
 * turn) and, within a type, over banks (in turn), preferring subjects not asked yet; then
 * shuffle. Fewer when fewer exist.
 */
export function generateQuestions(banks: Bank[], options: GenerateOptions): Question[] {
  const all = allQuestions(banks, options.lang ? { seed: options.seed, lang: options.lang } : { seed: options.seed });
  const types = options.types?.length ? new Set(options.types) : null;
  const topic = options.topic?.trim() ?? '';
  const eligible = all.filter((q) => (!types || types.has(q.type)) && (!topic || matchesTopic(q, topic)));
  const count = Number.isFinite(options.count) ? Math.max(0, Math.floor(options.count)) : 0;
  const rng = deriveRandom(options.seed, 'select');
  if (count === 0 || eligible.length === 0) return [];

  // type -> bank -> questions, each level in a seeded order.
  const byType = new Map<QuestionType, Map<string, Question[]>>();
  for (const q of eligible) {
    const banksOfType = byType.get(q.type) ?? new Map<string, Question[]>();
    byType.set(q.type, banksOfType);
    const list = banksOfType.get(q.bank) ?? [];
    banksOfType.set(q.bank, list);
    list.push(q);
  }
  const rotations = rng.shuffle(QUESTION_TYPES.filter((t) => byType.has(t))).map((type) => ({
    queues: rng.shuffle([...(byType.get(type) ?? new Map<string, Question[]>()).values()]).map((qs) => rng.shuffle(qs)),
    next: 0,
  }));

  const selected: Question[] = [];
  const asked = new Set<string>();
  const subjectOf = (q: Question): string => `${q.bank}\u0000${matchKey(q.subject)}`;
  // First only subjects not asked yet (no define and identify of one term side by side), then any.
  for (const fresh of [true, false]) {
    let progress = true;
    while (progress && selected.length < count) {
      progress = false;
      for (const rotation of rotations) {
        if (selected.length >= count) break;
        const { queues } = rotation;
        for (let tries = 0; tries < queues.length; tries++) {
          const queue = queues[(rotation.next + tries) % queues.length] as Question[];
          const at = fresh ? queue.findIndex((q) => !asked.has(subjectOf(q))) : queue.length ? 0 : -1;
          if (at < 0) continue;
          const [question] = queue.splice(at, 1) as [Question];
          selected.push(question);
          asked.add(subjectOf(question));
          rotation.next = (rotation.next + tries + 1) % queues.length;
          progress = true;
          break;
        }
      }
    }
  }
  return rng.shuffle(selected);
}
