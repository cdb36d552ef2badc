import type { Bank } from '../types.js';
import { topicOf } from './text.js';

// A bank's topic line, apart from the pool, so a quiz that picks from questions made at build
// time can give them their topic without loading the generators.

const topicsOf = new WeakMap<Bank, readonly string[]>();

/**
 * A bank's topic (heading path + title, as questions carry it), made once per bank and shared
 * by its drafts and questions: read-only (frozen), copy it to change it.
 */
export function topicFor(bank: Bank): readonly string[] {
  let topic = topicsOf.get(bank);
  if (!topic) {
    // The note's subject first where no heading names it: `核心特性` alone does not say of what.
    const whole = topicOf(bank.about ? [bank.about, ...bank.path] : bank.path, bank.title);
    // A question heading over answered questions (`Service 访问不通应该怎样排查？` over folded
    // `静态 Pod 有什么用途？`) is one of them, not their subject: the section above it is.
    topic = Object.freeze(bank.kind === 'qa' ? withoutTrailingQuestions(whole) : whole);
    topicsOf.set(bank, topic);
  }
  return topic;
}

function withoutTrailingQuestions(topic: string[]): string[] {
  let end = topic.length;
  while (end > 1 && /[?？]\s*$/u.test(topic[end - 1] as string)) end--;
  return topic.slice(0, end);
}
