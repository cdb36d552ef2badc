import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../src/core/history/records.js';
import { HISTORY_FILE, openHistory, parseHistory } from '../../src/io/history.js';
import { answer, end, start } from './records.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-history-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const t0 = new Date('2024-03-01T10:00:00.000Z');
const sample = (): HistoryRecord[] => [
  start('s1', t0),
  answer('q1', new Date(t0.getTime() + 1000), true),
  answer('q2', new Date(t0.getTime() + 2000), false, { given: 'line one\nline "two", 中文', timedOut: true }),
  answer('q3', new Date(t0.getTime() + 3000), false, { skipped: true, given: '' }),
  end('s1', new Date(t0.getTime() + 4000), 2, 1),
];

describe('history log', () => {
  it('round-trips records, one JSON line each, creating the data dir', () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const history = openHistory(dataDir);
    expect(history.path).toBe(path.join(dataDir, HISTORY_FILE));
    expect(history.read()).toEqual({ records: [], warnings: [] });
    for (const record of sample()) history.append(record);
    expect(history.read()).toEqual({ records: sample(), warnings: [] });
    const text = fs.readFileSync(history.path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(6);
  });

  it('skips a garbage line and a truncated last line, naming the file and line, and reads the rest', () => {
    const history = openHistory(dir);
    const lines = sample().map((r) => JSON.stringify(r));
    const truncated = JSON.stringify(answer('q9', t0, true)).slice(0, 40);
    fs.writeFileSync(history.path, [lines[0], lines[1], '{garbage', lines[2], '', lines[3], lines[4], truncated].join('\n'));
    const { records, warnings } = history.read();
    expect(records).toEqual(sample());
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatchObject({ file: history.path, line: 3 });
    expect(warnings[0]?.message).toBe(`${history.path}:3: skipped a corrupted line (not valid JSON)`);
    expect(warnings[1]).toMatchObject({ line: 8 });
    expect(warnings[1]?.message).toContain(`${HISTORY_FILE}:8: skipped a truncated last line`);
  });

  it('starts the next append on a fresh line after a write cut off by a kill', () => {
    const history = openHistory(dir);
    history.append(sample()[0] as HistoryRecord);
    fs.appendFileSync(history.path, '{"v":1,"kind":"answ');
    history.append(sample()[1] as HistoryRecord);
    const { records, warnings } = history.read();
    expect(records).toEqual(sample().slice(0, 2));
    expect(warnings.map((w) => w.line)).toEqual([2]);
  });

  it('skips records from a newer schema and records with bad fields, with a warning each', () => {
    const good = answer('q1', t0, true);
    const text = [
      JSON.stringify({ ...good, v: 2 }),
      JSON.stringify({ ...good, grade: 7 }),
      JSON.stringify({ ...good, kind: 'mystery' }),
      JSON.stringify({ ...good, at: 'yesterday' }),
      JSON.stringify([1, 2]),
      JSON.stringify(good),
    ].join('\r\n');
    const { records, warnings } = parseHistory(`\uFEFF${text}\r\n`, '/d/history.jsonl');
    expect(records).toEqual([good]);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [1, '/d/history.jsonl:1: skipped a record: written by a newer version of k8s-quiz (schema v2)'],
      [2, '/d/history.jsonl:2: skipped a record: an answer record with missing or bad fields'],
      [3, '/d/history.jsonl:3: skipped a record: unknown record kind "mystery"'],
      [4, '/d/history.jsonl:4: skipped a record: no valid timestamp'],
      [5, '/d/history.jsonl:5: skipped a record: not a JSON object'],
    ]);
  });

  it('reset moves the log aside instead of deleting it', () => {
    const history = openHistory(dir, { now: () => new Date('2024-05-01T12:30:00.000Z') });
    expect(history.reset()).toEqual({ movedTo: undefined, message: 'no history to reset' });
    for (const record of sample()) history.append(record);
    const result = history.reset();
    const moved = path.join(dir, 'history.jsonl.reset-2024-05-01T12-30-00-000Z');
    expect(result.movedTo).toBe(moved);
    expect(result.message).toContain(moved);
    expect(history.read()).toEqual({ records: [], warnings: [] });
    expect(parseHistory(fs.readFileSync(moved, 'utf8'), moved).records).toEqual(sample());
    history.append(sample()[0] as HistoryRecord);
    expect(history.read().records).toHaveLength(1);
  });
});

const built = fileURLToPath(new URL('../../dist/io/history.js', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/append-many.mjs', import.meta.url));
const haveBuild = fs.existsSync(built);
if (!haveBuild) console.warn(`skipping the two-process history test: ${built} is missing (run \`npm run build\` first)`);

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fixture, ...args], { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`fixture exited ${code}: ${stderr}`))));
  });
}

describe.skipIf(!haveBuild)('history log shared by two processes (needs `npm run build`)', () => {
  it('keeps every record from two processes appending at once, none torn or interleaved', async () => {
    const dataDir = path.join(dir, 'shared');
    await Promise.all([run([dataDir, 'alpha', '500']), run([dataDir, 'beta', '500'])]);
    const { records, warnings } = openHistory(dataDir).read();
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(1000);
    for (const label of ['alpha', 'beta']) {
      const mine = records.filter((r) => r.session === label);
      expect(mine.map((r) => (r.kind === 'answer' ? r.question : ''))).toEqual(
        Array.from({ length: 500 }, (_, i) => `${label}-${i}`),
      );
      for (const r of mine) {
        if (r.kind !== 'answer') throw new Error('expected answers only');
        expect(r.given.startsWith(`${r.session}:${r.ms}:`)).toBe(true);
      }
    }
  });
});
