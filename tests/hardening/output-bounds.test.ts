import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../support/cli.js';
import { ANSWER_LIMIT } from '../../src/core/session/index.js';
import { displayWidth, FIELD_LIMIT } from '../../src/ui/layout.js';
import { messages } from '../../src/ui/messages.js';
import { formatQuestion } from '../../src/ui/plain.js';
import { orderQuestion } from '../session/fixtures.js';
import { historyLine, answerRecord, startRecord } from './records.js';

const widest = (text: string) => Math.max(...text.split('\n').map((line) => displayWidth(line)));

// Output is bounded whatever the size of a field: a huge step, subject or typed answer is cut
// for display (with an ellipsis) and never hangs or crashes the command that shows it.

const MB = 1_000_000;

/** A note whose procedure has one step of a megabyte. */
function hugeStepNotes(): string {
  const dir = tempDir('notes-');
  const step = `push the image to the registry ${'x'.repeat(MB)}`;
  writeFileSync(path.join(dir, 'deploy.md'), `# Deploy\n\n## Rollout\n\nRollout steps:\n\n1. build the image with docker\n2. ${step}\n3. apply the manifest with kubectl\n4. watch the rollout status\n`);
  return dir;
}

describe('output stays bounded', () => {
  it('quiz --plain over a note with a 1 MB step ends, its output a few screens at most', async () => {
    const result = await runInProcess(['quiz', hugeStepNotes(), '--plain', '--seed', '1', '-n', '1', '--lang', 'en'], { input: '\n' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('push the image to the registry');
    expect(result.stdout.length).toBeLessThan(10 * FIELD_LIMIT);
    expect(widest(result.stdout)).toBeLessThanOrEqual(80);
  });

  it('a 1 MB choice is shown cut, with an ellipsis, within the width', () => {
    const step = `push the image ${'x'.repeat(MB)}`;
    const question = orderQuestion('huge', { choices: ['build the image', step, 'apply the manifest'], answer: [0, 1, 2] });
    const text = formatQuestion(question, { index: 0, total: 1, answered: 0, correct: 0 }, 60, messages('en'));
    expect(text).toContain('x…');
    expect(text.length).toBeLessThan(2 * FIELD_LIMIT);
    expect(widest(text)).toBeLessThanOrEqual(60);
  });

  it('stats and history with a valid record whose subject is 50 MB (or type 1 MB) do not crash, and show it cut', async () => {
    const dataDir = tempDir('data-');
    const subject = 's'.repeat(50 * MB);
    // And a type name of a megabyte, which stats lists by.
    const records = [startRecord(), answerRecord({ subject, correct: false }), answerRecord({ question: 'q2', type: 't'.repeat(MB) })];
    writeFileSync(path.join(dataDir, 'history.jsonl'), records.map(historyLine).join(''));
    const stats = await runInProcess(['stats', '--lang', 'en'], { dataDir });
    expect(stats.code, stats.stderr).toBe(0);
    expect(stats.stderr).toBe('');
    expect(stats.stdout).toContain('s…');
    expect(stats.stdout.length).toBeLessThan(10 * FIELD_LIMIT);
    const history = await runInProcess(['history', '--lang', 'en'], { dataDir });
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout).toContain('s…');
    expect(history.stdout.length).toBeLessThan(10 * FIELD_LIMIT);
  });

  it('a 200 KB recall answer in --plain is kept to the answer limit', async () => {
    const dataDir = tempDir('data-');
    const notes = tempDir('notes-');
    writeFileSync(path.join(notes, 'pods.md'), '# Pods\n\n### What is a Pod?\n\nThe smallest deployable unit: one or more containers sharing network and storage.\n');
    const answer = 'containers share a network '.repeat(8000); // ~200 KB on one line
    const result = await runInProcess(['quiz', notes, '--plain', '--seed', '1', '-n', '1', '--type', 'recall', '--lang', 'en'], { dataDir, input: `${answer}\n3\n` });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.length).toBeLessThan(10 * FIELD_LIMIT);
    const log = readFileSync(path.join(dataDir, 'history.jsonl'), 'utf8');
    const given = log
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { kind: string; given?: string })
      .find((r) => r.kind === 'answer')?.given;
    expect(given?.length).toBe(ANSWER_LIMIT);
  });
});
