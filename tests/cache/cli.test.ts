import { execFile } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readShard } from '../../src/io/cache.js';
import { buildInfo } from '../../src/io/version.js';
import { ROOT, runInProcess, tempDir } from '../support/cli.js';
import { HAVE_SEED, SEED } from '../support/seed.js';
import { BIN, BUILT, spawnEnv } from '../e2e/spawn-cli.js';

// `banks --json` and `questions --json` are byte for byte the same whether the notes come from
// the parse cache (or the banks built into dist/ for the bundled notes) or are parsed afresh.

const INPUTS: [string, string, boolean][] = [
  ['the bundled Chinese notes', 'notes/zh', true],
  ['the bundled English notes', 'notes/en', true],
  ['the seed notes', SEED, HAVE_SEED],
];
// Without the seed its case skips; tests/support/global-setup.ts says why, once per run.

const cacheFiles = (dataDir: string) => readdirSync(path.join(dataDir, 'cache')).filter((f) => f.startsWith('notes-'));

describe('the CLI with and without the parse cache', () => {
  for (const [name, notes, present] of INPUTS) {
    it.skipIf(!present)(`gives the same banks and questions for ${name}, cached or not`, async () => {
      const dataDir = tempDir('data-');
      const run = async (...args: string[]) => {
        const r = await runInProcess(args, { dataDir });
        expect(r.code, r.stderr).toBe(0);
        return r;
      };
      const cold = await run('banks', notes, '--json');
      expect(cacheFiles(dataDir).length).toBeGreaterThan(0);
      const warm = await run('banks', notes, '--json');
      const fresh = await run('banks', notes, '--json', '--no-cache');
      expect(warm.stdout).toBe(fresh.stdout);
      expect(cold.stdout).toBe(fresh.stdout);
      expect(warm.stderr).toBe(fresh.stderr);
      // The questions come from kept drafts when cached: two seeds pick different ones.
      for (const seed of ['7', '20240704']) {
        const args = ['questions', notes, '--json', '--seed', seed, '--count', '25'];
        const cached = await run(...args);
        const uncached = await run(...args, '--no-cache');
        expect(cached.stdout, `seed ${seed}`).toBe(uncached.stdout);
        expect(JSON.parse(cached.stdout)).toHaveLength(25);
      }
      // The warm runs read every note from the cache: it holds one entry per note, for this build.
      const dir = notes === SEED ? path.dirname(SEED) : path.resolve(ROOT, notes);
      const [file] = cacheFiles(dataDir).filter((f) => readShard(path.join(dataDir, 'cache', f), buildInfo().id, dir).size > 0);
      expect(file).toBeDefined();
    });
  }

  it('shows the warnings of a cached note as when it was parsed', async () => {
    const notes = tempDir('notes-');
    writeFileSync(path.join(notes, 'broken.md'), '---\ntitle: [unclosed\n---\n\n## 组件\n\n- kubelet: 节点代理\n- etcd: 键值存储\n- kube-proxy: 网络规则\n');
    writeFileSync(path.join(notes, 'gbk.md'), Buffer.from([0x2d, 0x20, 0x65, 0x74, 0x63, 0x64, 0x3a, 0x20, 0xbc, 0xfc, 0xd6, 0xb5, 0x0a]));
    const past = (Date.now() - 3600_000) / 1000;
    for (const f of readdirSync(notes)) utimesSync(path.join(notes, f), past, past);
    const dataDir = tempDir('data-');
    const first = await runInProcess(['banks', notes], { dataDir });
    const second = await runInProcess(['banks', notes], { dataDir });
    expect(first.stderr).toMatch(/broken\.md/);
    expect(first.stderr).toMatch(/UTF-8/);
    expect(second.stderr).toBe(first.stderr);
    expect(second.stdout).toBe(first.stdout);
  });

  it('cache clear deletes the cache, and the next run makes it again', async () => {
    const dataDir = tempDir('data-');
    await runInProcess(['banks', 'notes/zh', '--json'], { dataDir });
    expect(cacheFiles(dataDir).length).toBeGreaterThan(0);
    const cleared = await runInProcess(['cache', 'clear'], { dataDir });
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toMatch(/deleted the parse cache/);
    expect(readdirSync(dataDir)).not.toContain('cache');
    expect((await runInProcess(['cache', 'clear'], { dataDir })).stdout).toMatch(/no parse cache/);
    expect((await runInProcess(['cache', 'sweep'], { dataDir })).code).toBe(2);
    await runInProcess(['banks', 'notes/zh', '--json'], { dataDir });
    expect(cacheFiles(dataDir).length).toBeGreaterThan(0);
  });
});

const execFileAsync = promisify(execFile);

describe.skipIf(!BUILT)('the built CLI and its cache', () => {
  const cli = (dataDir: string, ...args: string[]) =>
    execFileAsync(process.execPath, [BIN, ...args, '--data-dir', dataDir], { cwd: ROOT, env: spawnEnv(), maxBuffer: 64 << 20 });

  it('the bundled notes come from dist/ as they would be parsed', async () => {
    const dataDir = tempDir('data-');
    for (const lang of ['zh', 'en']) {
      const prebuilt = await cli(dataDir, 'banks', `notes/${lang}`, '--json');
      const parsed = await cli(dataDir, 'banks', `notes/${lang}`, '--json', '--no-cache');
      expect(prebuilt.stdout).toBe(parsed.stdout);
      expect(prebuilt.stderr).toBe(parsed.stderr);
    }
    // Taken from dist/, not parsed: nothing was cached.
    expect(readdirSync(dataDir)).not.toContain('cache');
  });

  it('two processes filling the cache at once leave a good cache', async () => {
    const notes = tempDir('notes-');
    cpSync(path.join(ROOT, 'notes'), notes, { recursive: true });
    const past = (Date.now() - 3600_000) / 1000;
    for (const lang of ['zh', 'en']) for (const f of readdirSync(path.join(notes, lang))) utimesSync(path.join(notes, lang, f), past, past);
    // The parse without a cache runs beside the three that fill one: it is what they must give.
    const dataDir = tempDir('data-');
    const [reference, ...results] = await Promise.all([
      cli(tempDir('data-'), 'banks', notes, '--json', '--no-cache'),
      cli(dataDir, 'banks', notes, '--json'),
      cli(dataDir, 'banks', notes, '--json'),
      cli(dataDir, 'questions', notes, '--json', '--seed', '3'),
    ]);
    const expected = reference.stdout;
    expect(results[0]?.stdout).toBe(expected);
    expect(results[1]?.stdout).toBe(expected);
    // No temporary file left behind, one file per folder, and every note in it (and the
    // questions run's drafts).
    const kept = readdirSync(path.join(dataDir, 'cache'));
    expect(kept.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(kept.filter((f) => f.startsWith('notes-'))).toHaveLength(2);
    expect(kept.filter((f) => f.startsWith('drafts-'))).toHaveLength(1);
    const again = await cli(dataDir, 'banks', notes, '--json');
    expect(again.stdout).toBe(expected);
    const info = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'build-info.json'), 'utf8')) as { id: string };
    const total = ['zh', 'en'].map((lang) => {
      const file = readdirSync(path.join(dataDir, 'cache')).map((f) => path.join(dataDir, 'cache', f)).find((f) => readShard(f, info.id, path.join(notes, lang)).size > 0);
      return file ? readShard(file, info.id, path.join(notes, lang)).size : 0;
    });
    expect(total).toEqual(['zh', 'en'].map((lang) => readdirSync(path.join(notes, lang)).filter((f) => f.endsWith('.md')).length));
  });
});
