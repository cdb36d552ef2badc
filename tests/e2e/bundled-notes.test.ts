import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectExit } from '../cli/answers.js';
import { ROOT, tempDir } from '../support/cli.js';
import { BUILT, run } from './spawn-cli.js';

// The built CLI picks its bundled notes from the locale of the real process it runs in:
// Chinese under LANG=zh_CN.UTF-8, English under LANG=C. (The choice for every input is
// tested in-process in tests/cli/bundled-notes.test.ts.)

if (!BUILT) console.warn('tests/e2e/bundled-notes.test.ts skipped: dist/ is missing (run `npm run build`, or `npm test`, which builds first)');

async function bundledFiles(env: Record<string, string>): Promise<{ files: string[]; stderr: string }> {
  const result = expectExit(await run(['banks', '--json'], { dataDir: tempDir(), env }), 0);
  const doc = JSON.parse(result.stdout) as { sources: { file: string }[] };
  // The JSON names its files; the line that says which set it was is for `banks` without --json.
  const tree = expectExit(await run(['banks'], { dataDir: tempDir(), env }), 0);
  return { files: doc.sources.map((s) => s.file), stderr: tree.stderr };
}

describe.skipIf(!BUILT).concurrent('the bundled notes in a real process', () => {
  it('LANG=zh_CN.UTF-8 loads notes/zh', async () => {
    const { files, stderr } = await bundledFiles({ LANG: 'zh_CN.UTF-8' });
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) expect(file).toMatch(/^notes\/zh\//);
    expect(stderr).toContain('notes/zh');
  });

  it('LANG=C loads notes/en', async () => {
    const { files, stderr } = await bundledFiles({ LANG: 'C' });
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) expect(file).toMatch(/^notes\/en\//);
    expect(stderr).toBe('bundled notes: English (notes/en) — set lang or pass a folder to choose\n');
  });
});

describe.skipIf(!BUILT)('what a quiz loads', () => {
  const hook = path.join(ROOT, 'tests/fixtures/loads/record.mjs');
  /** The bundle's files a `quiz --plain` (or `drill`, `interview`) run loaded, and whether they hold the question generators and the markdown parser. */
  async function quizLoads(args: string[], command = 'quiz'): Promise<{ loaded: string[]; generators: boolean; parser: boolean }> {
    const log = path.join(tempDir('loads-'), 'loads.txt');
    writeFileSync(log, '');
    const env = { LANG: 'C.UTF-8', NODE_OPTIONS: `--import=${pathToFileURL(hook).href}`, K8S_QUIZ_LOADS: log };
    expectExit(await run([command, '--plain', '--count', '3', ...(command === 'drill' ? [] : ['--seed', '4']), ...args], { dataDir: tempDir(), env, input: '1\n1\n1\n' }), 0);
    const loaded = readFileSync(log, 'utf8').split('\n').filter((url) => url.includes('/dist/bundle/')).map((url) => fileURLToPath(url));
    // esbuild names the modules of a chunk in comments: each of these is in one chunk only.
    const holds = (module: string) => loaded.some((file) => readFileSync(file, 'utf8').includes(`// ${module}\n`));
    return { loaded, generators: holds('dist/core/questions/index.js'), parser: holds('node_modules/marked/lib/marked.esm.js') };
  }

  it('on the bundled notes, neither the question generators nor the markdown parser (the build made their banks and questions)', async () => {
    const bundled = await quizLoads([]);
    expect(bundled.loaded.length).toBeGreaterThan(3);
    expect(bundled.generators).toBe(false);
    expect(bundled.parser).toBe(false);
    // The same check sees them where notes of one's own need them.
    const own = await quizLoads(['tests/fixtures/e2e/en']);
    expect(own.generators).toBe(true);
    expect(own.parser).toBe(true);
  });

  it.each(['drill', 'interview'])('a %s on the bundled notes loads no question generators either', async (command) => {
    const bundled = await quizLoads([], command);
    expect(bundled.loaded.length).toBeGreaterThan(3);
    expect(bundled.generators).toBe(false);
    expect((await quizLoads(['tests/fixtures/e2e/en'], command)).generators).toBe(true);
  });
});
