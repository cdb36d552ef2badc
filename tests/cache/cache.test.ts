import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNoteCache, readShard, RACY_MS, type NoteCache } from '../../src/io/cache.js';
import { loadNotes } from '../../src/io/load.js';
import { tempDir } from '../support/temp.js';

// The parse cache: a note whose path, size and mtime are unchanged is not parsed again, and
// what comes out of the cache is exactly what parsing gives.

const VERSION = 'test-1';
const HOUR_AGO = (Date.now() - 3600_000) / 1000;

const note = (title: string, terms: string[]) =>
  `---\ntitle: ${title}\ntags: [k8s]\n---\n\n## ${title}的组件\n\n${terms.map((t) => `- ${t}: ${t} 的说明，负责一件事`).join('\n')}\n\n### 什么是 ${title}？\n\n${title} 是一个例子。\n`;

/** Writes `files` under a fresh folder, every one with an mtime an hour ago (older than RACY_MS). */
function notesDir(files: Record<string, string | Buffer>): string {
  const root = tempDir('notes-');
  for (const [rel, text] of Object.entries(files)) write(root, rel, text);
  return root;
}

function write(root: string, rel: string, text: string | Buffer, mtime = HOUR_AGO): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, mtime, mtime);
  return file;
}

/** A cache that counts what it answered. */
function counting(cacheDir: string, version = VERSION): NoteCache & { hits: number; misses: number } {
  const inner = openNoteCache(cacheDir, version);
  const c = {
    hits: 0,
    misses: 0,
    get: (...args: Parameters<NoteCache['get']>) => {
      const r = inner.get(...args);
      if (r) c.hits++;
      else c.misses++;
      return r;
    },
    put: inner.put,
    save: inner.save,
  };
  return c;
}

const json = (value: unknown) => JSON.stringify(value);

const FILES = {
  'a/pod.md': note('Pod', ['kubelet', 'kube-proxy', 'containerd']),
  'a/svc.md': note('Service', ['ClusterIP', 'NodePort', 'LoadBalancer']),
  'b/deep/vol.md': note('Volume', ['PV', 'PVC', 'StorageClass']),
  // Same title as pod.md: collect() renames its bank ids and warns, from cached notes too.
  'b/again.md': note('Pod', ['etcd', 'scheduler']),
  // Not valid UTF-8: a warning of the reading, which must come from the cache too.
  'b/gbk.md': Buffer.from([0x2d, 0x20, 0x65, 0x74, 0x63, 0x64, 0x3a, 0x20, 0xbc, 0xfc, 0xd6, 0xb5, 0x0a]),
  // Binary: skipped with a warning, cached as skipped.
  'b/image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
  // Broken front matter: a warning of the parser.
  'c/broken.md': '---\ntitle: [unclosed\n---\n\n- term: detail\n',
};

describe('parse cache', () => {
  it('gives exactly what parsing gives, warnings included, and parses nothing the second time', async () => {
    const root = notesDir(FILES);
    const cacheDir = tempDir('cache-');
    const uncached = await loadNotes(['a', 'b', 'c'], root);
    expect(uncached.warnings.length).toBeGreaterThanOrEqual(4);

    const first = counting(cacheDir);
    const filled = await loadNotes(['a', 'b', 'c'], root, { cache: first });
    expect(first.hits).toBe(0);
    expect(json(filled)).toBe(json(uncached));
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(4); // a, b, b/deep, c

    const second = counting(cacheDir);
    const cached = await loadNotes(['a', 'b', 'c'], root, { cache: second });
    expect(second.hits).toBe(Object.keys(FILES).length);
    expect(second.misses).toBe(0);
    expect(json(cached)).toBe(json(uncached));
    expect(json(cached.skipped)).toBe(json(uncached.skipped));
  });

  it('names the notes as they are shown now when run from another folder', async () => {
    const root = notesDir(FILES);
    const cacheDir = tempDir('cache-');
    await loadNotes(['a', 'b'], root, { cache: counting(cacheDir) });
    const elsewhere = path.join(root, 'b');
    const cache = counting(cacheDir);
    const cached = await loadNotes(['.', '../a'], elsewhere, { cache });
    expect(cache.hits).toBe(Object.keys(FILES).filter((f) => f.startsWith('a/') || f.startsWith('b/')).length);
    expect(json(cached)).toBe(json(await loadNotes(['.', '../a'], elsewhere)));
    expect(cached.sources.map((s) => s.file)).toContain(path.join(root, 'a/pod.md'));
  });

  it('sees an edited, renamed, deleted or truncated note at once', async () => {
    const root = notesDir(FILES);
    const cacheDir = tempDir('cache-');
    const load = async () => {
      const cache = counting(cacheDir);
      const got = await loadNotes(['a', 'b'], root, { cache });
      expect(json(got)).toBe(json(await loadNotes(['a', 'b'], root)));
      return { got, cache };
    };
    await load();

    // Edited (now, as an editor saves it).
    appendFileSync(path.join(root, 'a/pod.md'), '- crictl: 调试容器运行时的命令行工具\n');
    let { got, cache } = await load();
    expect(cache.misses).toBe(1);
    expect(json(got.banks)).toContain('crictl');

    // Edited to the same size, with an mtime that differs.
    const svc = path.join(root, 'a/svc.md');
    writeFileSync(svc, readFileSync(svc, 'utf8').replaceAll('NodePort', 'NodeHost'));
    utimesSync(svc, HOUR_AGO + 60, HOUR_AGO + 60);
    ({ got } = await load());
    expect(json(got.banks)).toContain('NodeHost');
    expect(json(got.banks)).not.toContain('NodePort');

    // Renamed.
    renameSync(path.join(root, 'b/deep/vol.md'), path.join(root, 'b/deep/storage.md'));
    ({ got } = await load());
    expect(got.sources.map((s) => s.file)).toContain('b/deep/storage.md');
    expect(got.sources.map((s) => s.file)).not.toContain('b/deep/vol.md');

    // Deleted.
    rmSync(path.join(root, 'b/again.md'));
    ({ got } = await load());
    expect(got.sources.map((s) => s.file)).not.toContain('b/again.md');
    expect(got.warnings.map((w) => w.message).join('\n')).not.toMatch(/same title/);

    // Truncated.
    truncateSync(path.join(root, 'a/pod.md'), 0);
    ({ got } = await load());
    expect(got.sources.find((s) => s.file === 'a/pod.md')?.banks).toBe(0);
  });

  it('does not keep a note changed so recently that its mtime could stay the same through another edit', async () => {
    const root = notesDir({ 'n/fresh.md': note('Fresh', ['one', 'two']) });
    utimesSync(path.join(root, 'n/fresh.md'), new Date(), new Date());
    const cacheDir = tempDir('cache-');
    await loadNotes(['n'], root, { cache: counting(cacheDir) });
    const again = counting(cacheDir);
    await loadNotes(['n'], root, { cache: again });
    expect(again.hits).toBe(0);
    expect(RACY_MS).toBeLessThanOrEqual(2000);
  });

  it('ignores a damaged, foreign or other-version cache file and writes a good one in its place', async () => {
    const root = notesDir(FILES);
    const uncached = json(await loadNotes(['a'], root));
    const damage: [string, (text: string) => string][] = [
      ['truncated', (t) => t.slice(0, Math.floor(t.length / 2))],
      ['a byte changed in the body', (t) => t.replace('kubelet', 'kubeles')],
      ['empty', () => ''],
      ['not JSON', () => 'garbage\n\u0000\u0001'],
      ['another JSON file', () => '{"format":"something else"}\n{}'],
      ['JSON without a header', () => '{"pod.md": {"size": 1}}'],
      ['from another version', (t) => t.replace(`"version":"${VERSION}"`, '"version":"0.0.1+old"')],
    ];
    for (const [name, change] of damage) {
      const cacheDir = tempDir('cache-');
      await loadNotes(['a'], root, { cache: counting(cacheDir) });
      const [file] = readdirSync(cacheDir).map((f) => path.join(cacheDir, f));
      writeFileSync(file as string, change(readFileSync(file as string, 'utf8')));
      const cache = counting(cacheDir);
      expect(json(await loadNotes(['a'], root, { cache })), name).toBe(uncached);
      expect(cache.hits, name).toBe(0);
      // Rewritten whole: the next run reads it all from the cache.
      const next = counting(cacheDir);
      expect(json(await loadNotes(['a'], root, { cache: next })), name).toBe(uncached);
      expect(next.hits, name).toBe(2);
    }
  });

  it('a cache of another build is not used', async () => {
    const root = notesDir(FILES);
    const cacheDir = tempDir('cache-');
    await loadNotes(['a'], root, { cache: counting(cacheDir, 'build-1') });
    const other = counting(cacheDir, 'build-2');
    await loadNotes(['a'], root, { cache: other });
    expect(other.hits).toBe(0);
  });

  it('loads all the same when the cache cannot be written', async () => {
    const root = notesDir(FILES);
    const blocker = path.join(tempDir('blocked-'), 'file');
    writeFileSync(blocker, 'x');
    const cache = counting(path.join(blocker, 'cache'));
    expect(json(await loadNotes(['a'], root, { cache }))).toBe(json(await loadNotes(['a'], root)));
  });

  it('keeps what another process cached for the same folder meanwhile, and drops notes that are gone', async () => {
    const root = notesDir(FILES);
    const cacheDir = tempDir('cache-');
    // Two runs that opened the cache before either saved: one loads pod.md, the other svc.md.
    const one = counting(cacheDir);
    const two = counting(cacheDir);
    await loadNotes(['a/pod.md'], root, { cache: one });
    await loadNotes(['a/svc.md'], root, { cache: two });
    const [file] = readdirSync(cacheDir);
    expect([...readShard(path.join(cacheDir, file as string), VERSION, path.join(root, 'a')).keys()].sort()).toEqual(['pod.md', 'svc.md']);
    rmSync(path.join(root, 'a/pod.md'));
    write(root, 'a/svc.md', `${readFileSync(path.join(root, 'a/svc.md'), 'utf8')}- extra: 又一个\n`);
    await loadNotes(['a/svc.md'], root, { cache: counting(cacheDir) });
    expect([...readShard(path.join(cacheDir, file as string), VERSION, path.join(root, 'a')).keys()]).toEqual(['svc.md']);
  });
});

describe('files and folders named on the command line', () => {
  it.skipIf(process.platform === 'win32')('skips a FIFO with a warning instead of waiting on it forever', async () => {
    const root = notesDir({ 'ok.md': note('Ok', ['a', 'b']) });
    execFileSync('mkfifo', [path.join(root, 'pipe.md')]);
    const collection = await loadNotes(['pipe.md', 'ok.md'], root);
    expect(collection.sources.map((s) => s.file)).toEqual(['ok.md']);
    expect(collection.warnings).toEqual([{ file: 'pipe.md', line: 0, message: 'skipped: not a regular file (a pipe, a device or a socket)' }]);
    // In a folder, a FIFO is passed over like any file that is not a note.
    expect((await loadNotes(['.'], root)).warnings).toEqual([]);
  });

  it('gives no "no .md files" warning for a folder named twice, or inside one named before', async () => {
    const root = notesDir({ 'n/a.md': note('A', ['x', 'y']), 'n/sub/b.md': note('B', ['z', 'w']) });
    const twice = await loadNotes(['n', 'n', 'n/sub', './n/'], root);
    expect(twice.warnings).toEqual([]);
    expect(twice.sources.map((s) => s.file)).toEqual(['n/a.md', 'n/sub/b.md']);
    // A folder that really has none still says so.
    mkdirSync(path.join(root, 'empty'));
    expect((await loadNotes(['n', 'empty'], root)).warnings).toEqual([{ file: 'empty', line: 0, message: 'no .md or .markdown files in this folder' }]);
  });
});
