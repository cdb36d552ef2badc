import { describe, expect, it } from 'vitest';
import { expectExit } from '../cli/answers.js';
import { tempDir } from '../support/cli.js';
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
