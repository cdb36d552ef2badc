import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { draftHeads, draftsKey, generateQuestions, type DraftHead } from '../../src/core/questions/index.js';
import type { Bank, QuestionType } from '../../src/core/types.js';
import { openDraftStore, readDraftHeads, writeDraftHeads } from '../../src/io/draft-cache.js';
import { loadNotes } from '../../src/io/load.js';
import { ROOT, runInProcess, tempDir } from '../support/cli.js';
import { HAVE_SEED, SEED } from '../support/seed.js';
import { BIN, BUILT, spawnEnv } from '../e2e/spawn-cli.js';

// The drafts a quiz picks from, listed once and kept (in the data dir, and for the bundled notes
// in dist/drafts): a quiz from kept drafts asks exactly what one that lists them asks.

const SETS: [string, string, boolean][] = [
  ['the bundled English notes', 'notes/en', true],
  ['the bundled Chinese notes', 'notes/zh', true],
  ['the seed notes', SEED, HAVE_SEED],
];

const banksOf = async (notes: string, cwd = ROOT): Promise<Bank[]> => (await loadNotes([notes], cwd)).banks;
const draftFiles = (dataDir: string) => (existsSync(path.join(dataDir, 'cache')) ? readdirSync(path.join(dataDir, 'cache')).filter((f) => f.startsWith('drafts-')) : []);

describe('questions from kept drafts', () => {
  for (const [name, notes, present] of SETS) {
    it.skipIf(!present)(`are the questions listing gives, for ${name}`, async () => {
      const banks = await banksOf(notes);
      const heads = draftHeads(banks);
      expect(heads.length).toBeGreaterThan(100);
      for (const seed of [7, 20240704]) {
        const filters: { types?: QuestionType[]; topic?: string }[] = [{}, { types: ['cloze', 'typed', 'order'] }, { topic: 'pod' }];
        for (const filter of filters) {
          const options = { count: 25, seed, ...filter };
          const listed = generateQuestions(banks, options);
          const kept = generateQuestions(banks, { ...options, heads });
          expect(kept, `seed ${seed} ${JSON.stringify(filter)}`).toEqual(listed);
        }
      }
    });
  }

  it('build only what they pick, where listing builds as it goes too', async () => {
    const banks = await banksOf('notes/en');
    const heads = draftHeads(banks);
    let builds = 0;
    const questions = generateQuestions(banks, { count: 10, seed: 3, heads, onBuild: () => builds++ });
    expect(questions).toHaveLength(10);
    expect(builds).toBeLessThan(heads.length / 20);
  });

  it('that point past the banks give no question and no error', async () => {
    const banks = await banksOf('notes/en');
    const stray: DraftHead[] = [{ id: 'ffffffffff', type: 'define', bank: banks.length + 5, subject: 'nothing' }];
    expect(generateQuestions(banks, { count: 5, seed: 1, heads: stray })).toEqual([]);
  });
});

describe('the key of kept drafts', () => {
  it('is the same for the same notes read from another folder, and changes with a note or the language', async () => {
    const a = tempDir('notes-a-');
    const b = tempDir('notes-b-');
    const note = '# Probes\n\n## Kinds\n\n- liveness: restarts a container that stopped answering\n- readiness: takes a Pod out of Service endpoints\n- startup: holds the other probes until the app has started\n';
    writeFileSync(path.join(a, 'probes.md'), note);
    writeFileSync(path.join(b, 'probes.md'), note);
    const [fromA, fromB] = [await banksOf(a, a), await banksOf(b, ROOT)];
    expect(fromA[0]?.source.file).not.toBe(fromB[0]?.source.file);
    expect(draftsKey(fromA)).toBe(draftsKey(fromB));
    expect(draftsKey(fromA, 'zh')).not.toBe(draftsKey(fromA));
    writeFileSync(path.join(b, 'probes.md'), note.replace('restarts a container', 'kills and restarts a container'));
    expect(draftsKey(await banksOf(b, ROOT))).not.toBe(draftsKey(fromA));
  });
});

describe('the drafts file', () => {
  const heads: DraftHead[] = [
    { id: 'a1b2c3d4e5', type: 'define', bank: 0, subject: 'kubelet' },
    { id: 'a1b2c3d4e5', type: 'define', bank: 0, subject: 'kubelet' },
    { id: '0f0f0f0f0f', type: 'order', bank: 3, subject: '创建 Pod 的流程' },
  ];

  it('reads back what was written, for that build and key only', () => {
    const dir = tempDir('cache-');
    writeDraftHeads(dir, 'v1', 'k1', heads);
    expect(readDraftHeads(dir, 'v1', 'k1')).toEqual(heads);
    expect(readDraftHeads(dir, 'v2', 'k1')).toBeUndefined();
    expect(readDraftHeads(dir, 'v1', 'k2')).toBeUndefined();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is ignored when damaged: truncated, edited, not JSON, or holding a row of another shape', () => {
    const dir = tempDir('cache-');
    const file = path.join(dir, 'drafts-k1.json');
    writeDraftHeads(dir, 'v1', 'k1', heads);
    const good = readFileSync(file, 'utf8');
    const damaged = [
      good.slice(0, good.length - 7),
      good.replace('kubelet', 'kubelat'),
      'not json at all',
      '',
      good.split('\n')[0] as string,
    ];
    for (const text of damaged) {
      writeFileSync(file, text);
      expect(readDraftHeads(dir, 'v1', 'k1'), JSON.stringify(text.slice(0, 40))).toBeUndefined();
    }
    // A well-formed file whose rows are not heads (a type that does not exist).
    writeDraftHeads(dir, 'v1', 'k1', [{ ...heads[0], type: 'essay' as DraftHead['type'] } as DraftHead]);
    expect(readDraftHeads(dir, 'v1', 'k1')).toBeUndefined();
  });

  it('keeps the newest collections only', () => {
    const dir = tempDir('cache-');
    for (let n = 0; n < 12; n++) writeDraftHeads(dir, 'v1', `k${n}`, heads);
    const left = readdirSync(dir).filter((f) => f.startsWith('drafts-'));
    expect(left).toHaveLength(8);
    expect(left).toContain('drafts-k11.json');
  });

  it('falls back to the build’s own drafts and never writes there', () => {
    const cacheDir = path.join(tempDir('data-'), 'cache');
    const prebuilt = tempDir('prebuilt-');
    writeDraftHeads(prebuilt, 'v1', 'bundled', heads);
    const store = openDraftStore(cacheDir, 'v1', prebuilt);
    expect(store.get('bundled')).toEqual(heads);
    store.put('mine', heads);
    expect(readdirSync(prebuilt)).toEqual(['drafts-bundled.json']);
    expect(store.get('mine')).toEqual(heads);
  });
});

describe('quiz and questions with kept drafts', () => {
  it('keep them in the data dir, not with --no-cache, and see an edited note at once', async () => {
    const notes = tempDir('notes-');
    const dataDir = tempDir('data-');
    const note = (extra: string) =>
      `# Services\n\n## Types\n\n- ClusterIP: a virtual IP reachable inside the cluster only\n- NodePort: opens the same port on every node\n- LoadBalancer: asks the cloud for an external load balancer\n- ExternalName: a DNS CNAME to a name outside the cluster\n${extra}`;
    writeFileSync(path.join(notes, 'services.md'), note(''));
    const run = async (...args: string[]) => {
      const r = await runInProcess(['questions', notes, '--json', '--seed', '5', '--count', '40', ...args], { dataDir });
      expect(r.code, r.stderr).toBe(0);
      return r.stdout;
    };
    const uncached = await run('--no-cache');
    expect(draftFiles(dataDir)).toEqual([]);
    const first = await run();
    expect(draftFiles(dataDir)).toHaveLength(1);
    expect(await run()).toBe(first);
    expect(first).toBe(uncached);
    writeFileSync(path.join(notes, 'services.md'), note('- Headless: a Service without a cluster IP, its DNS name lists the Pods\n'));
    const edited = await run();
    expect(edited).toContain('Headless');
    expect(edited).toBe(await run('--no-cache'));
    expect(draftFiles(dataDir)).toHaveLength(2);
  });
});

const execFileAsync = promisify(execFile);

describe.skipIf(!BUILT)('the built CLI on the bundled notes', () => {
  it('picks from the drafts made at build time: a first run lists nothing and keeps nothing', async () => {
    const dataDir = tempDir('data-');
    const args = [BIN, 'questions', '--json', '--seed', '11', '--count', '12', '--data-dir', dataDir];
    // Both at once: the run with --no-cache neither reads nor writes the data dir's cache.
    const [first, fresh] = await Promise.all(
      [args, [...args, '--no-cache']].map((a) => execFileAsync(process.execPath, a, { cwd: ROOT, env: spawnEnv({ LANG: 'C' }), maxBuffer: 16 << 20 })),
    );
    expect(JSON.parse(first!.stdout)).toHaveLength(12);
    expect(draftFiles(dataDir)).toEqual([]);
    expect(first!.stdout).toBe(fresh!.stdout);
  });
});

describe.skipIf(!BUILT)('the drafts key kept with the bundled banks', () => {
  const DIST = path.join(ROOT, 'dist');
  const id = () => (JSON.parse(readFileSync(path.join(DIST, 'build-info.json'), 'utf8')) as { id: string }).id;
  const noCache = { get: () => undefined, put() {}, save() {} };

  it('is the hash of the banks a run gets from them, read from any folder, with or without a language', async () => {
    const { openPrebuilt, NOTES_ROOT } = (await import(pathToFileURL(path.join(DIST, 'io', 'prebuilt.js')).href)) as typeof import('../../src/io/prebuilt.js');
    for (const set of ['en', 'zh'] as const) {
      const dir = path.join(NOTES_ROOT, set);
      for (const cwd of [ROOT, tempDir('elsewhere-')]) {
        const prebuilt = openPrebuilt(undefined, NOTES_ROOT, id());
        const loaded = await loadNotes([dir], cwd, { prebuilt, cache: noCache });
        for (const lang of [undefined, set]) {
          const known = prebuilt.draftsKey(dir, loaded.sources.length, lang);
          expect(known, `${set} ${lang ?? '-'} from ${cwd}`).toBeDefined();
          expect(known).toBe(draftsKey(loaded.banks, lang));
        }
        // The banks renamed where they lay are the banks parsed under that name.
        expect(loaded.banks).toEqual(await banksOf(dir, cwd));
      }
    }
  });

  it('is not given for notes that did not all come from them', async () => {
    const { openPrebuilt, NOTES_ROOT } = (await import(pathToFileURL(path.join(DIST, 'io', 'prebuilt.js')).href)) as typeof import('../../src/io/prebuilt.js');
    // A copy of the set, one note edited: that note is parsed, so its set's key is unknown.
    const root = tempDir('notes-');
    cpSync(NOTES_ROOT, root, { recursive: true });
    const [first] = readdirSync(path.join(root, 'zh')).filter((f) => f.endsWith('.md')).sort();
    writeFileSync(path.join(root, 'zh', first as string), `${readFileSync(path.join(root, 'zh', first as string), 'utf8')}\n- 新术语：一个新的说明\n`);
    const edited = openPrebuilt(undefined, root, id());
    const loaded = await loadNotes([path.join(root, 'zh')], ROOT, { prebuilt: edited, cache: noCache });
    expect(edited.draftsKey(path.join(root, 'zh'), loaded.sources.length, undefined)).toBeUndefined();
    // The set whole, but more notes loaded than it has; and a folder that is not a set.
    const whole = openPrebuilt(undefined, NOTES_ROOT, id());
    const all = await loadNotes([path.join(NOTES_ROOT, 'zh')], ROOT, { prebuilt: whole, cache: noCache });
    expect(whole.draftsKey(path.join(NOTES_ROOT, 'zh'), all.sources.length + 1, undefined)).toBeUndefined();
    expect(whole.draftsKey(NOTES_ROOT, all.sources.length, undefined)).toBeUndefined();
    expect(whole.draftsKey(path.join(NOTES_ROOT, 'zh'), all.sources.length, undefined)).toBe(draftsKey(all.banks));
  });
});
