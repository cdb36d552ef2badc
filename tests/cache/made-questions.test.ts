import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dealChoices } from '../../src/core/questions/deal.js';
import { draftHeads, drillQuestions, generateQuestions, indexQuestions, type DraftHead } from '../../src/core/questions/index.js';
import { keptDrill, keptIndex, keptQuestions, NotKept } from '../../src/core/questions/select.js';
import type { Bank, Question } from '../../src/core/types.js';
import { readMadeFile, writeMadeQuestions } from '../../src/io/draft-cache.js';
import { loadNotes } from '../../src/io/load.js';
import { ROOT, tempDir } from '../support/cli.js';
import { BUILT } from '../e2e/spawn-cli.js';

// What a draft makes does not depend on the seed; only the order its choices are dealt in does.
// So what the bundled notes' drafts make is kept at build time (dist/drafts/made-<key>.jsonl) and
// a quiz on them deals it and builds nothing, asking exactly what building would.

const banksOf = async (notes: string, cwd = ROOT): Promise<Bank[]> => (await loadNotes([notes], cwd)).banks;
/** Every head's question as made under seed 0 (all built: for a few banks only). */
const made = (banks: Bank[], heads: DraftHead[], lang?: 'en' | 'zh') => indexQuestions(banks, { seed: 0, ...(lang ? { lang } : {}), heads }).drafts.map((d) => d.made());
/** The same, each made only when first asked for: what a quiz under another seed reaches. */
const madeLazily = (banks: Bank[], heads: DraftHead[], lang?: 'en' | 'zh') => {
  const drafts = indexQuestions(banks, { seed: 0, ...(lang ? { lang } : {}), heads }).drafts;
  return (i: number) => drafts[i]?.made();
};

describe('dealChoices', () => {
  const base = { id: 'abc123', prompt: 'p', bank: 'b', source: { file: 'f', line: 1 }, topic: [] as string[], lang: 'en' as const, subject: 's', explanation: 'e' };

  it('deals a choice question as a permutation, the key following the right answer, the same for the same seed', () => {
    const q = { ...base, type: 'define', choices: ['right', 'w1', 'w2', 'w3'], answer: 0 } as Question;
    const seen = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const dealt = dealChoices(q, seed);
      expect([...dealt.choices].sort()).toEqual([...q.choices].sort());
      expect(dealt.choices[dealt.answer as number]).toBe('right');
      expect(dealChoices(q, seed)).toEqual(dealt);
      seen.add(dealt.choices.join());
    }
    // The seed moves the right answer around.
    expect(seen.size).toBeGreaterThan(5);
    expect(q.choices).toEqual(['right', 'w1', 'w2', 'w3']);
  });

  it('never deals an order question in order, and its key puts the steps back', () => {
    const q = { ...base, type: 'order', choices: ['a', 'b', 'c'], answer: [0, 1, 2] } as Question;
    for (let seed = 1; seed <= 40; seed++) {
      const dealt = dealChoices(q, seed);
      expect(dealt.choices).not.toEqual(['a', 'b', 'c']);
      expect((dealt.answer as number[]).map((i) => dealt.choices[i])).toEqual(['a', 'b', 'c']);
    }
  });

  it('keeps every right answer of a select-all question, in ascending positions', () => {
    const q = { ...base, type: 'multi', choices: ['r1', 'r2', 'r3', 'w1', 'w2'], answer: [0, 1, 2] } as Question;
    for (let seed = 1; seed <= 20; seed++) {
      const dealt = dealChoices(q, seed);
      const answer = dealt.answer as number[];
      expect([...answer].sort((a, b) => a - b)).toEqual(answer);
      expect(answer.map((i) => dealt.choices[i]).sort()).toEqual(['r1', 'r2', 'r3']);
    }
  });

  it('leaves recall and typed questions as they are', () => {
    const recall = { ...base, type: 'recall', choices: [], answer: 'x' } as Question;
    expect(dealChoices(recall, 5)).toBe(recall);
  });
});

describe('kept questions', () => {
  // The English notes in no language chosen, the Chinese ones in their own.
  for (const [set, lang] of [['en', undefined], ['zh', 'zh']] as const) {
    it(`give what building gives, for the bundled ${set} notes, any seed and filter`, async () => {
      const banks = await banksOf(`notes/${set}`);
      {
        const heads = draftHeads(banks, lang ? { lang } : {});
        const kept = madeLazily(banks, heads, lang);
        for (const seed of [1, 2, 3]) {
          for (const filter of [{}, { types: ['cloze', 'next', 'order', 'multi'] as Question['type'][] }]) {
            const options = { count: 30, seed, ...(lang ? { lang } : {}), ...filter };
            let builds = 0;
            const fromKept = generateQuestions(banks, { ...options, heads, kept, onBuild: () => builds++ });
            expect(fromKept).toEqual(generateQuestions(banks, options));
            expect(builds, 'nothing is built').toBe(0);
            // What a quiz on the bundled notes runs, with none of the generators loaded.
            expect(keptQuestions(banks, { ...options, heads, kept })).toEqual(fromKept);
          }
        }
      }
    });
  }

  it('give a drill and an interview what building gives, its known questions and new ones, and it builds nothing', async () => {
    const banks = await banksOf('notes/zh');
    const heads = draftHeads(banks);
    const kept = madeLazily(banks, heads);
    const earlier = generateQuestions(banks, { count: 6, seed: 2 });
    const known = earlier.map((q) => ({ question: q.id, bank: q.bank, type: q.type }));
    for (const order of [1, 77]) {
      const drill = { order, known, fresh: 12, skip: (id: string) => id === earlier[0]?.id };
      let builds = 0;
      const fromKept = drillQuestions(banks, { seed: 5, heads, kept, onBuild: () => builds++ }, drill);
      expect(fromKept).toEqual(drillQuestions(banks, { seed: 5 }, drill));
      expect(fromKept.length).toBe(5 + 12);
      expect(builds).toBe(0);
      // And without the generators at all, as `drill` on the bundled notes does.
      expect(keptDrill(banks, { seed: 5, heads, kept }, drill)).toEqual(fromKept);
      expect(() => keptDrill(banks, { seed: 5, heads, kept: () => undefined }, drill)).toThrow(NotKept);
    }
    // An interview's index, too: the same questions under the same ids, none built.
    const built = indexQuestions(banks, { seed: 5 });
    const index = keptIndex(banks, { seed: 5, heads, kept });
    expect(index.drafts.map((d) => index.idOf(d))).toEqual(built.drafts.map((d) => built.idOf(d)));
    expect(index.drafts.slice(0, 60).map((d) => index.build(d))).toEqual(built.drafts.slice(0, 60).map((d) => built.build(d)));
  });

  it('are read back from their file, only for that build, key and heads, and a bad line is built instead', async () => {
    const banks = (await banksOf('notes/en')).slice(0, 30);
    const heads = draftHeads(banks);
    const all = made(banks, heads);
    const dir = tempDir('made-');
    writeMadeQuestions(dir, 'v1', 'k', all);
    const kept = readMadeFile(dir, 'v1', 'k', heads)?.kept;
    expect(kept).toBeDefined();
    for (const i of [0, 5, heads.length - 1]) expect(kept?.(i)).toEqual(all[i]);
    expect(readMadeFile(dir, 'v2', 'k', heads)).toBeUndefined();
    expect(readMadeFile(dir, 'v1', 'other', heads)).toBeUndefined();
    expect(readMadeFile(dir, 'v1', 'k', heads.slice(1))).toBeUndefined();
    // A line cut short, or one that is another head's question, is not taken: that draft is built.
    const file = path.join(dir, 'made-k.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    const first = all.findIndex((q) => q !== null);
    const second = all.findIndex((q, i) => q !== null && i > first);
    lines[first + 1] = (lines[first + 1] as string).slice(0, 40);
    lines[second + 1] = JSON.stringify(all[first]);
    writeFileSync(file, lines.join('\n'));
    const damaged = readMadeFile(dir, 'v1', 'k', heads)?.kept;
    expect(damaged?.(first)).toBeUndefined();
    expect(damaged?.(second)).toBeUndefined();
    for (const seed of [4, 5]) {
      const options = { count: heads.length, seed };
      expect(generateQuestions(banks, { ...options, heads, ...(damaged ? { kept: damaged } : {}) })).toEqual(generateQuestions(banks, options));
      // Without the generators a damaged line cannot be built: the pick says so, and the quiz builds with them.
      if (damaged) expect(() => keptQuestions(banks, { ...options, heads, kept: damaged })).toThrow(NotKept);
    }
    // A truncated file is no file.
    writeFileSync(file, lines.slice(0, 10).join('\n'));
    expect(readMadeFile(dir, 'v1', 'k', heads)).toBeUndefined();
  });

  it('are taken for notes read from another folder, under the names they are read by there', async () => {
    const banks = await banksOf('notes/en');
    const heads = draftHeads(banks);
    const kept = madeLazily(banks, heads);
    const elsewhere = tempDir('elsewhere-');
    const moved = await banksOf(path.join(ROOT, 'notes/en'), elsewhere);
    const options = { count: 40, seed: 9 };
    const fromKept = generateQuestions(moved, { ...options, heads, kept });
    expect(fromKept).toEqual(generateQuestions(moved, options));
    expect(fromKept.every((q) => moved.some((b) => b.source.file === q.source.file))).toBe(true);
  });
});

describe.skipIf(!BUILT)('the build', () => {
  it('keeps what every bundled draft makes, beside the drafts themselves', () => {
    const dir = path.join(ROOT, 'dist', 'drafts');
    expect(existsSync(dir)).toBe(true);
    const drafts = readdirSync(dir).filter((f) => f.startsWith('drafts-')).map((f) => f.slice('drafts-'.length, -'.json'.length));
    const madeFiles = readdirSync(dir).filter((f) => f.startsWith('made-')).map((f) => f.slice('made-'.length, -'.jsonl'.length));
    expect(drafts.length).toBeGreaterThan(0);
    expect(madeFiles.sort()).toEqual(drafts.sort());
  });
});
