import type { Question } from '../types.js';

// Choosing what a session asks, around the generator: flagged questions are never asked again.

/**
 * Up to `count` questions from `generate`, none of them flagged. When flagged ones were among
 * the first `count`, asks for as many more as were dropped (and again, should the new ones
 * bring flagged ones too), so the session still gets `count` when the notes have them. With
 * nothing flagged among them, exactly what `generate(count)` gives.
 */
export function withoutFlagged(generate: (count: number) => Question[], count: number, flagged: ReadonlySet<string>): Question[] {
  let extra = 0;
  for (;;) {
    const asked = count + extra;
    const all = generate(asked);
    const kept = all.filter((q) => !flagged.has(q.id));
    const dropped = all.length - kept.length;
    // Enough, or the notes have no more, or no new flagged ones came in: done.
    if (kept.length >= count || all.length < asked || dropped <= extra) return kept.slice(0, count);
    extra = dropped;
  }
}
