import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/core/text/normalize.js';
import { dealQuestions, draftHeads, generateQuestions, madeQuestions, matchesTopic, type DraftHead, type MadeQuestion } from '../../src/core/questions/index.js';
import { QUESTION_TYPES, type Bank, type Question, type QuestionType } from '../../src/core/types.js';
import { loadNotes } from '../../src/io/load.js';
import { checkQuestions } from './check.js';

// The invariants of check.ts over real notes: the user's seed (when ../shared is there) and
// the bundled notes/ (when written). Several seeds, since choices depend on them.

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const seedFile = path.resolve(here, '../../../shared/seed/000_861752a538b29261.txt');
const notesDir = path.join(repo, 'notes', 'zh');
const enNotesDir = path.join(repo, 'notes', 'en');

const haveSeed = existsSync(seedFile);
const hasNotes = (dir: string) => existsSync(dir) && readdirSync(dir).some((f) => /\.(md|markdown)$/i.test(f));
const haveNotes = hasNotes(notesDir);
const haveEnNotes = hasNotes(enNotesDir);
// Without the seed its suites skip; tests/support/global-setup.ts says why, once per run.
if (!haveNotes) console.log('[questions] notes/zh/ is empty or missing: bundled Chinese notes quality checks skipped');
if (!haveEnNotes) console.log('[questions] notes/en/ is empty or missing: bundled English notes quality checks skipped');

/**
 * Fewer questions than this from a suite's notes means a rule turned down far more than it
 * should: the seed gives at least 150, the bundled notes together at least 1,000.
 */
function qualitySuite(name: string, present: boolean, load: () => Promise<Bank[]>, full = true, atLeast = 0): void {
  // Only what `full` asks for is registered: the combined run checks the invariants alone.
  const fullIt = full ? it : ((() => undefined) as unknown as typeof it);
  describe.skipIf(!present)(`question quality over ${name}`, () => {
    let banks: Bank[] = [];
    const ready = (async () => {
      banks = await load();
    })();
    // Making every question of the bundled notes takes a second or so, and checking them as long:
    // each language is made once for the whole suite (what is made does not depend on the seed),
    // dealt for each seed (allQuestions is exactly that), and checked once.
    const madeIn = new Map<string, MadeQuestion[]>();
    const built = new Map<string, Question[]>();
    const all = (seed: number, lang?: 'en' | 'zh'): Question[] => {
      const key = `${seed}/${lang ?? ''}`;
      let questions = built.get(key);
      if (!questions) {
        let made = madeIn.get(lang ?? '');
        if (!made) madeIn.set(lang ?? '', (made = madeQuestions(banks, lang ? { lang } : {})));
        questions = dealQuestions(made, seed);
        built.set(key, questions);
      }
      return questions;
    };

    // One test per seed and per language: each is seconds of work, and a loaded machine should
    // not bring one test near the timeout.
    for (const seed of [1, 2024]) {
      it(`keeps every invariant, for several seeds: ${seed}`, async () => {
        await ready;
        const questions = all(seed);
        expect(questions.length).toBeGreaterThan(0);
        expect(checkQuestions(questions, banks)).toEqual([]);
      });
    }

    for (const lang of ['en', 'zh'] as const) {
      fullIt(`keeps every invariant with the language forced: ${lang}`, async () => {
        await ready;
        const questions = all(7, lang);
        expect(checkQuestions(questions, banks)).toEqual([]);
        expect(questions.every((q) => q.lang === lang)).toBe(true);
      });
    }

    fullIt(`asks at least ${atLeast} questions`, async () => {
      await ready;
      expect(all(1).length).toBeGreaterThanOrEqual(atLeast);
    });

    fullIt('asks most kinds of question', async () => {
      await ready;
      const types = new Set(all(1).map((q) => q.type));
      for (const type of ['define', 'identify', 'member', 'order', 'recall'] as const) expect(types).toContain(type);
    });

    fullIt('gives at least 3 choices, and mostly 4, though wrong answers come only from nearby lists', async () => {
      await ready;
      const choice = all(2024).filter((q) => q.choices.length > 0 && q.type !== 'order');
      expect(choice.every((q) => q.choices.length >= 3)).toBe(true);
      const four = choice.filter((q) => q.choices.length >= 4).length;
      // Three of one kind beat four with an outsider (RWO, ROX, RWX and no CSI), so not all have four.
      expect(four / choice.length).toBeGreaterThan(0.7);
    });

    fullIt('has stable ids that do not depend on the seed', async () => {
      await ready;
      const a = all(1).map((q) => q.id);
      const b = all(2024).map((q) => q.id);
      expect(b).toEqual(a);
    });

    fullIt('generateQuestions respects count, types and topic', async () => {
      await ready;
      const every = all(1); // the same questions whatever the seed (the test above)
      // Listed once, as a quiz gets them from the cache: each call then builds only what it picks.
      const heads: readonly DraftHead[] = draftHeads(banks);
      const generate = (options: Parameters<typeof generateQuestions>[1]) => generateQuestions(banks, { ...options, heads });
      const ten = generate({ count: 10, seed: 5 });
      expect(ten).toHaveLength(Math.min(10, every.length));
      expect(new Set(ten.map((q) => q.id)).size).toBe(ten.length);
      expect(checkQuestions(ten, banks)).toEqual([]);

      for (const type of QUESTION_TYPES) {
        const some = generate({ count: 5, seed: 5, types: [type] });
        expect(some.every((q) => q.type === type)).toBe(true);
        expect(some).toHaveLength(Math.min(5, every.filter((q) => q.type === type).length));
      }
      const mixed: QuestionType[] = ['define', 'order'];
      const two = generate({ count: 6, seed: 5, types: mixed });
      expect(new Set(two.map((q) => q.type))).toEqual(new Set(mixed.filter((t) => every.some((q) => q.type === t))));

      const topic = banks.find((b) => b.kind === 'terms' && b.entries.length >= 3)?.title ?? '';
      const onTopic = generate({ count: 8, seed: 5, topic });
      expect(onTopic.length).toBeGreaterThan(0);
      expect(onTopic.every((q) => matchesTopic(q, topic))).toBe(true);
      expect(onTopic.every((q) => q.topic.some((t) => matchKey(t).includes(matchKey(topic))) || matchKey(q.subject).includes(matchKey(topic)))).toBe(true);
    });

    fullIt('spreads a quiz over types and does not ask one subject twice', async () => {
      await ready;
      const quiz = generateQuestions(banks, { count: 14, seed: 11 });
      const types = new Set(all(1).map((q) => q.type));
      expect(new Set(quiz.map((q) => q.type)).size).toBe(types.size);
      const subjects = quiz.map((q) => `${q.bank}/${matchKey(q.subject)}`);
      expect(new Set(subjects).size).toBe(subjects.length);
    });
  });
}

qualitySuite('the seed notes', haveSeed, async () => (await loadNotes([seedFile], repo)).banks, true, 150);
qualitySuite('the bundled notes', haveNotes, async () => (await loadNotes([notesDir], repo)).banks, true, 500);
qualitySuite('the bundled English notes', haveEnNotes, async () => (await loadNotes([enNotesDir], repo)).banks, true, 500);
qualitySuite('the seed and the bundled notes together', haveSeed && haveNotes, async () => (await loadNotes([seedFile, notesDir], repo)).banks, false);
