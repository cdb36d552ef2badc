import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CachedDrafts } from '../../src/cli/draft-heads.js';
import { madeKeeper, type KeeperClock } from '../../src/cli/made-keeper.js';
import type { DraftHead } from '../../src/core/questions/index.js';
import type { Question } from '../../src/core/types.js';
import { madeLine, openDraftStore, readMadeFile, writeMadeLines, type DraftStore } from '../../src/io/draft-cache.js';
import { ROOT, runInProcess, startInProcess, tempDir } from '../support/cli.js';

// What each draft makes, kept in the data dir while a session waits for answers, so that the next
// session over the same notes builds nothing: made a slice at a time, kept whole when done or as
// far as it got when the session stops, and asked exactly as the questions built anew would be.

const heads: DraftHead[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, type: 'define', bank: 0, subject: id }));
const question = (id: string): Question => ({ id, type: 'define', bank: 'b', topic: ['T'], subject: id, prompt: `What is ${id}?`, choices: ['x', 'y', 'z'], answer: 0, explanation: id, source: { file: 'n.md', line: 1 } }) as Question;

/** A store that keeps what is put in memory; `lines` is what the data dir holds after. */
function memoryStore(): DraftStore & { puts: string[][] } {
  const puts: string[][] = [];
  return { puts, get: () => undefined, put() {}, made: () => undefined, putMade: (_key, lines) => void puts.push([...lines]) };
}

/** A clock that moves only when a draft is made, and counts the turns given back. */
function stepClock(msPerDraft: number): KeeperClock & { turns: number; tick(): void } {
  let now = 0;
  const clock = { turns: 0, tick: () => void (now += msPerDraft), now: () => now, yieldTurn: async () => void clock.turns++ };
  return clock;
}

const drafts = (clock: { tick(): void }, made: string[], make: (id: string) => Question | null = question) =>
  heads.map((h) => ({
    made: () => {
      made.push(h.id);
      clock.tick();
      return make(h.id);
    },
  }));

/** Lets the keeper's turns run: each yields once, so a few rounds of the queue finish it. */
const settle = async () => {
  for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('what a session keeps of what its drafts make', () => {
  it('is nothing without a cache, or when every head is kept already', () => {
    const clock = stepClock(1);
    expect(madeKeeper(undefined, drafts(clock, []), clock)).toBeUndefined();
    const dir = tempDir('made-');
    writeMadeLines(dir, 'v1', 'k', heads.map((h) => madeLine(question(h.id))));
    const made = readMadeFile(dir, 'v1', 'k', heads);
    expect(made?.missing).toBe(0);
    const cached: CachedDrafts = { heads, key: 'k', store: memoryStore(), ...(made ? { made, kept: made.kept } : {}) };
    expect(madeKeeper(cached, drafts(clock, []), clock)).toBeUndefined();
  });

  it('makes only the heads with no line, in slices, and keeps all of them with the old lines once done', async () => {
    const dir = tempDir('made-');
    // b was made by an earlier session, d makes no question.
    writeMadeLines(dir, 'v1', 'k', ['', madeLine(question('b')), '', madeLine(null), '']);
    const made = readMadeFile(dir, 'v1', 'k', heads);
    expect(made?.missing).toBe(3);
    expect(made?.kept(0)).toBeUndefined();
    expect(made?.kept(3)).toBeNull();
    const store = memoryStore();
    const clock = stepClock(5); // two drafts fill a slice of 8 ms
    const asked: string[] = [];
    const keeper = madeKeeper({ heads, key: 'k', store, ...(made ? { made, kept: made.kept } : {}) }, drafts(clock, asked), clock);
    keeper?.start();
    // Nothing in the turn that showed the question.
    expect(asked).toEqual([]);
    await settle();
    expect(asked).toEqual(['a', 'c', 'e']);
    expect(clock.turns).toBeGreaterThanOrEqual(2); // the first turn, and one after a full slice
    expect(store.puts).toEqual([[madeLine(question('a')), madeLine(question('b')), madeLine(question('c')), madeLine(null), madeLine(question('e'))]]);
    keeper?.stop();
    expect(store.puts).toHaveLength(1); // kept once
  });

  it('keeps what it made when the session stops first, and the next session goes on from there', async () => {
    const store = memoryStore();
    // Every draft fills a slice (the clock moves 8 ms at each look), so a turn is given back after
    // each; the second turn waits until the session has stopped.
    let turns = 0;
    let release: () => void = () => {};
    let now = 0;
    const clock: KeeperClock = {
      now: () => (now += 8),
      yieldTurn: () => (++turns === 1 ? Promise.resolve() : new Promise<void>((resolve) => (release = resolve))),
    };
    const asked: string[] = [];
    const keeper = madeKeeper({ heads, key: 'k', store }, drafts({ tick() {} }, asked), clock);
    keeper?.start();
    await settle();
    expect(asked).toEqual(['a']);
    keeper?.stop();
    release();
    await settle();
    expect(asked).toEqual(['a']);
    expect(store.puts).toEqual([[madeLine(question('a')), '', '', '', '']]);

    const dir = tempDir('made-');
    writeMadeLines(dir, 'v1', 'k', store.puts[0] as string[]);
    const partial = readMadeFile(dir, 'v1', 'k', heads);
    expect(partial?.missing).toBe(4);
    const next: string[] = [];
    const clock2 = stepClock(1);
    madeKeeper({ heads, key: 'k', store, ...(partial ? { made: partial, kept: partial.kept } : {}) }, drafts(clock2, next), clock2)?.start();
    await settle();
    expect(next).toEqual(['b', 'c', 'd', 'e']);
    expect(store.puts[1]).toEqual(heads.map((h) => madeLine(question(h.id))));
  });

  it('lists the drafts only once the question is shown, for a session that picked from kept questions alone', async () => {
    const store = memoryStore();
    const clock = stepClock(1);
    let listed = 0;
    const keeper = madeKeeper({ heads, key: 'k', store }, async () => {
      listed++;
      return drafts(clock, []);
    }, clock);
    expect(listed).toBe(0);
    keeper?.start();
    expect(listed).toBe(0);
    await settle();
    expect(listed).toBe(1);
    expect(store.puts).toEqual([heads.map((h) => madeLine(question(h.id)))]);
  });

  it('keeps nothing when a session stops before anything was made, or when making one fails', async () => {
    const store = memoryStore();
    const clock = stepClock(1);
    const idle = madeKeeper({ heads, key: 'k', store }, drafts(clock, []), clock);
    idle?.start();
    idle?.stop();
    await settle();
    expect(store.puts).toEqual([]);

    const failing = madeKeeper({ heads, key: 'k', store }, drafts(clock, [], (id) => {
      if (id === 'c') throw new Error('boom');
      return question(id);
    }), clock);
    failing?.start();
    await settle();
    failing?.stop();
    expect(store.puts).toEqual([]);
  });
});

describe('the made questions file in the data dir', () => {
  it('keeps the newest collections only, and the build’s own stay where they are', () => {
    const dir = tempDir('made-');
    const prebuilt = tempDir('prebuilt-');
    writeMadeLines(prebuilt, 'v1', 'bundled', heads.map((h) => madeLine(question(h.id))));
    for (let n = 0; n < 10; n++) writeMadeLines(dir, 'v1', `k${n}`, ['']);
    const kept = readdirSync(dir).filter((f) => f.startsWith('made-'));
    expect(kept).toHaveLength(8);
    expect(kept).toContain('made-k9.jsonl');
    const store = openDraftStore(dir, 'v1', prebuilt);
    expect(store.made('bundled', heads)?.missing).toBe(0);
    store.putMade('mine', heads.map(() => ''));
    expect(readdirSync(prebuilt)).toEqual(['made-bundled.jsonl']);
  });
});

/** Polls until the data dir's made file for these notes has a line for every head (the session waits meanwhile). */
async function untilAllMade(dataDir: string): Promise<string> {
  const cache = path.join(dataDir, 'cache');
  for (;;) {
    const name = existsSync(cache) ? readdirSync(cache).find((f) => f.startsWith('made-')) : undefined;
    if (name) {
      const lines = readFileSync(path.join(cache, name), 'utf8').split('\n').slice(1, -1);
      if (lines.length > 0 && lines.every((line) => line !== '')) return path.join(cache, name);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a session on notes of one’s own', () => {
  const NOTES = path.join(ROOT, 'tests/fixtures/e2e');
  const listing = (dataDir: string, ...more: string[]) => runInProcess(['questions', NOTES, '--json', ...more], { dataDir });
  /** `questions --json` over the kept questions of `dataDir`, and the same with nothing kept (`--no-cache`). */
  const listedBothWays = async (dataDir: string, ...more: string[]) => {
    const [kept, built] = await Promise.all([listing(dataDir, ...more), runInProcess(['questions', NOTES, '--json', '--no-cache', ...more])]);
    return { kept: kept.stdout, built: built.stdout };
  };

  it('keeps what every draft makes while it waits, and the next one asks exactly what building would', async () => {
    const dataDir = tempDir('data-');
    const quiz = startInProcess(['quiz', NOTES, '--plain', '--seed', '3'], { dataDir });
    await quiz.waitFor('[1/10]');
    const file = await untilAllMade(dataDir);
    quiz.end();
    expect((await quiz.done).code).toBe(0);

    for (const more of [['--seed', '1'], ['--seed', '42', '--count', '30'], ['--seed', '5', '--type', 'order,cloze,typed'], ['--seed', '9', '--topic', 'pod']]) {
      const [kept, built] = await Promise.all([listing(dataDir, ...more), runInProcess(['questions', NOTES, '--json', '--no-cache', ...more])]);
      expect(kept.code).toBe(0);
      expect(kept.stdout, more.join(' ')).toBe(built.stdout);
    }

    // A drill takes them too (it never lists drafts itself) and asks what it asks without them.
    const [drill, drillBuilt] = await Promise.all([runInProcess(['drill', NOTES, '--plain'], { dataDir }), runInProcess(['--no-cache', 'drill', NOTES, '--plain'])]);
    expect(drill.stdout).toContain('[1/');
    expect(drill.stdout).toBe(drillBuilt.stdout);

    // And they come from the file: a kept question edited there is asked as it is kept.
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((line, i) => i > 0 && line.startsWith('{'));
    const edited = JSON.parse(lines[at] as string) as Question;
    lines[at] = JSON.stringify({ ...edited, prompt: 'A prompt only the kept file has' });
    writeFileSync(file, lines.join('\n'));
    const all = JSON.parse((await listing(dataDir, '--count', '500')).stdout) as Question[];
    expect(all.find((q) => q.id === edited.id)?.prompt).toBe('A prompt only the kept file has');
    const drilled = await runInProcess(['drill', NOTES, '--plain', '--count', '500'], { dataDir, input: '\n'.repeat(500) });
    expect(drilled.stdout).toContain('A prompt only the kept file has');
  });

  it('asks the same from a file kept in part, and the next session that waits long enough fills it', async () => {
    const dataDir = tempDir('data-');
    const first = startInProcess(['quiz', NOTES, '--plain', '--seed', '3'], { dataDir });
    await first.waitFor('[1/10]');
    const file = await untilAllMade(dataDir);
    first.end();
    await first.done;
    // As a session stopped part way leaves it: every other head not made yet.
    const [header, ...rest] = readFileSync(file, 'utf8').split('\n');
    const lines = rest.slice(0, -1).map((line, i) => (i % 2 === 0 ? '' : line));
    writeFileSync(file, `${[header, ...lines].join('\n')}\n`);
    for (const seed of ['2', '77']) {
      const { kept, built } = await listedBothWays(dataDir, '--seed', seed);
      expect(kept).toBe(built);
    }
    const next = startInProcess(['quiz', NOTES, '--plain', '--seed', '4'], { dataDir });
    await next.waitFor('[1/10]');
    await untilAllMade(dataDir);
    next.end();
    await next.done;
    const { kept, built } = await listedBothWays(dataDir, '--seed', '5');
    expect(kept).toBe(built);
  });

  it('keeps them while an interactive quiz waits at its first prompt', async () => {
    const dataDir = tempDir('data-');
    const quiz = startInProcess(['quiz', NOTES, '--seed', '3', '--count', '3'], { isTTY: true, columns: 80, rows: 24, dataDir });
    await quiz.waitFor('? ');
    await untilAllMade(dataDir);
    quiz.write('\x03');
    expect((await quiz.done).code).toBe(130);
    const { kept, built } = await listedBothWays(dataDir, '--seed', '6');
    expect(kept).toBe(built);
  });

  it('keeps them while an interview waits too', async () => {
    const dataDir = tempDir('data-');
    const interview = startInProcess(['interview', NOTES, '--plain', '--seed', '3', '--count', '3'], { dataDir });
    await interview.waitFor('[1/3]');
    await untilAllMade(dataDir);
    interview.end();
    await interview.done;
    const { kept, built } = await listedBothWays(dataDir, '--seed', '8');
    expect(kept).toBe(built);
  });

  it('keeps nothing with --no-cache', async () => {
    const dataDir = tempDir('data-');
    const quiz = startInProcess(['--no-cache', 'quiz', NOTES, '--plain', '--seed', '3'], { dataDir });
    await quiz.waitFor('[1/10]');
    quiz.end();
    await quiz.done;
    expect(existsSync(path.join(dataDir, 'cache')) ? readdirSync(path.join(dataDir, 'cache')).filter((f) => f.startsWith('made-')) : []).toEqual([]);
  });
});
