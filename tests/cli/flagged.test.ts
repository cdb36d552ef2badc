import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../support/cli.js';
import { EN_NOTES, expectExit, logRecords, type QuestionJson } from './answers.js';

// `k8s-quiz flagged` and what a flag does to quiz, drill and interview, in-process.

const HISTORY = 'history.jsonl';

async function questions(dataDir: string, extra: string[] = []): Promise<QuestionJson[]> {
  return JSON.parse(expectExit(await runInProcess(['questions', '--json', '--count', '500', '--seed', '1', '--lang', 'en', EN_NOTES, ...extra], { dataDir }), 0).stdout) as QuestionJson[];
}

/** Flags a question the way a session does: a flag record appended to the log. */
function flag(dataDir: string, q: QuestionJson): void {
  const record = { v: 1, kind: 'flag', session: 'test', at: new Date().toISOString(), question: q.id, type: q.type, bank: q.bank, topic: q.topic, subject: q.subject, prompt: q.prompt, source: q.source };
  appendFileSync(path.join(dataDir, HISTORY), `${JSON.stringify(record)}\n`);
}

const asked = (dataDir: string) => logRecords(dataDir).filter((r) => r['kind'] === 'answer').map((r) => r['question']);

describe('flagged', () => {
  it('nothing flagged: says how to flag, prints nothing on stdout; --json is []', async () => {
    const dataDir = tempDir();
    const text = expectExit(await runInProcess(['flagged', '--lang', 'en'], { dataDir }), 0);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('No flagged questions. During a session, ! marks a bad question.');
    // With no history to tell the language, the notes a quiz would use do (here the Chinese bundled set).
    expect(expectExit(await runInProcess(['flagged'], { dataDir, env: { LANG: 'zh_CN.UTF-8' } }), 0).stderr).toContain('没有标记为有问题的题');
    expect(JSON.parse(expectExit(await runInProcess(['flagged', '--json'], { dataDir }), 0).stdout)).toEqual([]);
  });

  it('lists a flagged question with its id, type, file:line, subject and prompt; --unflag takes it back', async () => {
    const dataDir = tempDir();
    const [q] = await questions(dataDir);
    if (!q) throw new Error('no questions');
    flag(dataDir, q);
    const text = expectExit(await runInProcess(['flagged'], { dataDir }), 0);
    expect(text.stdout.split('\n')[0]).toBe(`${q.id}  ${q.type.padEnd(8)} ${q.source.file}:${q.source.line}  ${q.subject}`);
    expect(text.stdout).toContain(`    ${q.prompt.split('\n')[0]}`);
    expect(text.stderr).toContain('1 flagged question; `k8s-quiz flagged --unflag ID` asks one again');
    const undo = expectExit(await runInProcess(['flagged', '--unflag', q.id], { dataDir }), 0);
    expect(undo.stdout).toContain(`unflagged ${q.id} (${q.subject})`);
    expect(logRecords(dataDir).at(-1)).toMatchObject({ kind: 'unflag', question: q.id });
    expect(JSON.parse(expectExit(await runInProcess(['flagged', '--json'], { dataDir }), 0).stdout)).toEqual([]);
  });

  it('--help says how a question gets flagged and how to un-flag it', async () => {
    const help = expectExit(await runInProcess(['flagged', '--help'], { dataDir: false }), 0);
    expect(help.stdout).toContain('--unflag <ids...>');
    expect(help.stdout).toContain('press !');
  });

  it('quiz, drill and interview never ask a flagged question', async () => {
    const dataDir = tempDir();
    const all = await questions(dataDir);
    const bad = all.slice(0, 3);
    for (const q of bad) flag(dataDir, q);
    const skips = '\n'.repeat(400);
    expectExit(await runInProcess(['quiz', '--plain', '--count', '500', '--seed', '1', '--lang', 'en', EN_NOTES], { dataDir, input: skips }), 0);
    expectExit(await runInProcess(['drill', '--plain', '--count', '500', '--lang', 'en', EN_NOTES], { dataDir, input: skips }), 0);
    expectExit(await runInProcess(['interview', '--plain', '--count', '30', '--minutes', '600', '--seed', '1', '--lang', 'en', EN_NOTES], { dataDir, input: skips }), 0);
    const seen = asked(dataDir);
    expect(seen.length).toBeGreaterThan(all.length - bad.length);
    for (const q of bad) expect(seen).not.toContain(q.id);
    // The quiz (the first session) asked every other question.
    const quizSession = logRecords(dataDir).find((r) => r['kind'] === 'session-start')?.['session'];
    const quizAsked = logRecords(dataDir).filter((r) => r['kind'] === 'answer' && r['session'] === quizSession).map((r) => r['question']);
    expect(new Set(quizAsked)).toEqual(new Set(all.slice(3).map((q) => q.id)));
  });
});
