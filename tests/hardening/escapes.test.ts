import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../support/cli.js';
import { answerRecord, historyLine, startRecord } from './records.js';

// The notes are cleaned when read; every other source of text is cleaned where it enters, and
// what reaches the terminal or an export holds no control sequence (C0, C1, ESC, bidi).

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;
const CLEAR = '\u001b[2J';
const TITLE = '\u001b]0;pwned\u0007';
const BIDI = '\u202e';

function recallNotes(): string {
  const dir = tempDir('notes-');
  writeFileSync(path.join(dir, 'pods.md'), '# Pods\n\n### What is a Pod?\n\nThe smallest deployable unit: one or more containers sharing network and storage.\n');
  return dir;
}

function expectClean(...texts: string[]): void {
  for (const text of texts) expect(text).not.toMatch(CONTROL);
}

describe('no control sequence from any source reaches the terminal or an export', () => {
  it('a typed recall answer is cleaned before it is echoed, stored and exported by history --json and --csv', async () => {
    const dataDir = tempDir('data-');
    const answer = `containers ${CLEAR}share a ${TITLE}network${BIDI}`;
    const quiz = await runInProcess(['quiz', recallNotes(), '--plain', '--seed', '1', '-n', '1', '--type', 'recall', '--lang', 'en'], { dataDir, input: `${answer}\n3\n` });
    expect(quiz.code, quiz.stderr).toBe(0);
    expect(quiz.stdout).toContain('containers share a network');
    expectClean(quiz.stdout, quiz.stderr);
    const json = await runInProcess(['history', '--json'], { dataDir });
    expect((JSON.parse(json.stdout) as { given: string }[])[0]?.given).toBe('containers share a network');
    const csv = await runInProcess(['history', '--csv'], { dataDir });
    expect(csv.stdout).toContain('containers share a network');
    expectClean(json.stdout, csv.stdout);
  });

  it("commander's unknown-option message does not pass an escape sequence through", async () => {
    const result = await runInProcess([`--x${CLEAR}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--x");
    expectClean(result.stderr, result.stdout);
  });

  it('config set, get and list show a notes value without its control characters', async () => {
    const dataDir = tempDir('data-');
    const set = await runInProcess(['config', 'set', 'notes', `/tmp/notes${CLEAR}${TITLE}`], { dataDir });
    expect(set.code, set.stderr).toBe(0);
    const get = await runInProcess(['config', 'get', 'notes'], { dataDir });
    const list = await runInProcess(['config', 'list'], { dataDir });
    expect(get.stdout).toContain('/tmp/notes');
    expectClean(set.stdout, get.stdout, list.stdout, list.stderr);
  });

  it('config get and list show a hand-edited config.json value without its control characters', async () => {
    const dataDir = tempDir('data-');
    writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify({ notes: [`/tmp/notes${CLEAR}`] }));
    const get = await runInProcess(['config', 'get', 'notes'], { dataDir });
    const list = await runInProcess(['config', 'list'], { dataDir });
    expect(get.stdout).toContain('/tmp/notes');
    expectClean(get.stdout, get.stderr, list.stdout, list.stderr);
  });

  it('a --data-dir path with an escape sequence in its name is named in messages without it', async () => {
    const dataDir = path.join(tempDir('data-'), `odd${CLEAR}dir`);
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, 'history.jsonl'), historyLine(startRecord()) + historyLine(answerRecord()));
    const history = await runInProcess(['history', '--lang', 'en'], { dataDir });
    expect(history.code, history.stderr).toBe(0);
    expect(history.stderr).toContain('odd');
    const reset = await runInProcess(['reset', '--yes', '--lang', 'en'], { dataDir });
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toContain('odd');
    expectClean(history.stdout, history.stderr, reset.stdout, reset.stderr);
  });

  it('subjects and topics of a hand-edited history log reach stats and history without control characters', async () => {
    const dataDir = tempDir('data-');
    const record = answerRecord({ subject: `Pod${CLEAR}${TITLE}`, topic: [`Work${BIDI}loads`], given: `x${CLEAR}`, correct: false, grade: 1 });
    writeFileSync(path.join(dataDir, 'history.jsonl'), historyLine(startRecord()) + historyLine(record));
    const outputs: string[] = [];
    for (const args of [['stats', '--lang', 'en'], ['stats', '--json'], ['history', '--lang', 'en'], ['history', '--json'], ['history', '--csv']]) {
      const result = await runInProcess(args, { dataDir });
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      outputs.push(result.stdout, result.stderr);
    }
    expect(outputs.join('\n')).toContain('Pod');
    expectClean(...outputs);
  });

  it('history --csv guards cells a spreadsheet would run as a formula', async () => {
    const dataDir = tempDir('data-');
    const record = answerRecord({ given: '=HYPERLINK("http://example.com","x")', subject: '@SUM(A1)' });
    writeFileSync(path.join(dataDir, 'history.jsonl'), historyLine(startRecord()) + historyLine(record));
    const csv = await runInProcess(['history', '--csv'], { dataDir });
    expect(csv.code).toBe(0);
    const cells = (csv.stdout.split('\n')[1] ?? '').match(/"(?:[^"]|"")*"|[^,]+/g) ?? [];
    expect(cells).toContain(`"'=HYPERLINK(""http://example.com"",""x"")"`);
    expect(cells).toContain(`'@SUM(A1)`);
  });
});
