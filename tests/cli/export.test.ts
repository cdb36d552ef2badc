import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliOk, expectExit, questionsJson, type QuestionJson } from './answers.js';
import { ROOT, runInProcess, tempDir } from '../support/cli.js';

// `k8s-quiz export`, in-process: what it holds, where it goes, and the filters `questions` has.

const NOTES = path.join(ROOT, 'tests/fixtures/export');

/** The data lines of an Anki export, split into columns. */
function ankiRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('export', () => {
  it('prints every question the notes give as an Anki import file by default, the same on every run', async () => {
    const dataDir = tempDir('data-');
    const first = await cliOk(['export', NOTES], { dataDir });
    expect(first.stdout.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
    const rows = ankiRows(first.stdout);
    const all = await questionsJson([NOTES, '--seed', '1', '--count', '500'], dataDir);
    expect(rows.map((r) => r[0]).sort()).toEqual(all.map((q) => q.id).sort());
    expect(first.stderr).toBe('');
    // Another run, another cwd-independent load: the same file, byte for byte.
    const again = await cliOk(['export', NOTES, '--format', 'anki'], { dataDir });
    expect(again.stdout).toBe(first.stdout);
  });

  it('--format json prints the objects `questions --json` prints, all of them', async () => {
    const dataDir = tempDir('data-');
    const exported = JSON.parse((await cliOk(['export', NOTES, '--format', 'json'], { dataDir })).stdout) as QuestionJson[];
    const listed = await questionsJson([NOTES, '--seed', '1', '--count', '500'], dataDir);
    expect([...exported].sort(byId)).toEqual([...listed].sort(byId));
  });

  it('-o writes the file whole and says how many cards went where; stdout stays empty', async () => {
    const dataDir = tempDir('data-');
    const dir = tempDir('out-');
    const file = path.join(dir, 'k8s.txt');
    writeFileSync(file, 'an older export\n');
    const result = await cliOk(['export', NOTES, '-o', file], { dataDir });
    expect(result.stdout).toBe('');
    const text = readFileSync(file, 'utf8');
    const rows = ankiRows(text);
    expect(result.stderr).toBe(`Wrote ${rows.length} Anki notes to ${file} (in Anki: File › Import)\n`);
    expect(text.startsWith('#separator:tab\n')).toBe(true);
    // Written through a temporary file and a rename: nothing else is left beside it.
    expect(readdirSync(dir)).toEqual(['k8s.txt']);

    // A relative path is taken from the working directory.
    const csv = await cliOk(['export', NOTES, '--format', 'csv', '--output', 'cards.csv'], { dataDir, cwd: dir });
    expect(csv.stderr).toMatch(/^Wrote \d+ questions to cards\.csv\n$/);
    expect(readFileSync(path.join(dir, 'cards.csv'), 'utf8').split('\n')[0]).toBe('id,type,prompt,choices,answer,source,topic,explanation');
  });

  it('-o into a folder that does not exist fails (exit 1) and leaves nothing behind', async () => {
    const dir = tempDir('out-');
    const file = path.join(dir, 'missing', 'k8s.txt');
    const result = expectExit(await runInProcess(['export', NOTES, '-o', file]), 1);
    expect(result.stderr).toContain(`cannot write ${file}`);
    expect(existsSync(path.join(dir, 'missing'))).toBe(false);
  });

  it('--type and --topic filter as they do for `questions`', async () => {
    const dataDir = tempDir('data-');
    const cloze = ankiRows((await cliOk(['export', NOTES, '--type', 'cloze'], { dataDir })).stdout);
    expect(cloze.length).toBeGreaterThan(0);
    for (const row of cloze) {
      expect(row[1]).toBe('Cloze');
      expect(row[5]).toContain('k8s-quiz-type::cloze');
    }
    const topic = JSON.parse((await cliOk(['export', NOTES, '--format', 'json', '--topic', 'control plane', '-t', 'define,typed'], { dataDir })).stdout) as QuestionJson[];
    const listed = await questionsJson([NOTES, '--seed', '1', '--count', '500', '--topic', 'control plane', '-t', 'define,typed'], dataDir);
    expect(topic.length).toBeGreaterThan(0);
    expect(topic.map((q) => q.id).sort()).toEqual(listed.map((q) => q.id).sort());
    for (const q of topic) {
      expect(['define', 'typed']).toContain(q.type);
      expect(q.topic).toContain('Control plane');
    }
  });

  it('says so when nothing matches (exit 1), and refuses an unknown format or Anki options with CSV (exit 2)', async () => {
    const none = expectExit(await runInProcess(['export', NOTES, '--topic', 'no such topic anywhere']), 1);
    expect(none.stderr).toContain('no questions match --topic "no such topic anywhere"');
    expect(none.stdout).toBe('');
    const format = expectExit(await runInProcess(['export', NOTES, '--format', 'xml']), 2);
    expect(format.stderr).toContain('anki, csv, json');
    const notetype = expectExit(await runInProcess(['export', NOTES, '--format', 'csv', '--basic-notetype', '问答题']), 2);
    expect(notetype.stderr).toContain('--format anki');
  });

  it('takes the note type names of an Anki set up in another language', async () => {
    const rows = ankiRows((await cliOk(['export', NOTES, '--basic-notetype', '问答题', '--cloze-notetype', '填空题'])).stdout);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['问答题', '填空题']));
  });

  it('leaves out a question flagged as bad during a session, and says so', async () => {
    const dataDir = tempDir('data-');
    const [asked] = await questionsJson([NOTES, '--seed', '5', '--count', '1'], dataDir);
    expect(asked).toBeDefined();
    await cliOk(['quiz', NOTES, '--plain', '--seed', '5', '--count', '1'], { dataDir, input: '!\n' });
    const result = await cliOk(['export', NOTES, '--format', 'json'], { dataDir });
    const ids = (JSON.parse(result.stdout) as QuestionJson[]).map((q) => q.id);
    expect(ids).not.toContain(asked?.id);
    expect(result.stderr).toContain('1 flagged question left out');

    const out = path.join(tempDir('out-'), 'cards.txt');
    const written = await cliOk(['export', NOTES, '-o', out], { dataDir });
    expect(written.stderr).toMatch(/^Wrote \d+ Anki notes to .*cards\.txt \(in Anki: File › Import\); 1 flagged question left out/);
  });

  it('is listed in --help with its options', async () => {
    const help = await cliOk(['export', '--help'], { dataDir: false });
    for (const option of ['--format <format>', '--output <file>', '--type <types>', '--topic <text>']) expect(help.stdout).toContain(option);
  });
});
