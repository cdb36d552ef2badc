import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EN_NOTES,
  FIXTURES,
  ZH_NOTES,
  expectExit,
  historyJson,
  input,
  logRecords,
  questionsJson,
  rightLines,
  statsJson,
  wrongLines,
  type QuestionJson,
} from './answers.js';
import { ROOT, runInProcess as cli, startInProcess, tempDir, type Result } from '../support/cli.js';

// The answer log, stats and settings, through the CLI: nothing answered is ever lost.

const FEEDBACK = 'Score so far:';

/** A finished quiz of `count` questions: the first `wrong` answered wrong, the rest right. */
async function quizOnce(dataDir: string, args: string[], wrong = 0): Promise<QuestionJson[]> {
  const qs = await questionsJson(args, dataDir);
  const lines = qs.flatMap((q, i) => (i < wrong ? wrongLines(q) : rightLines(q)));
  expectExit(await cli(['quiz', '--plain', ...args], { dataDir, input: input(lines) }), 0);
  return qs;
}

describe('stats and history', () => {
  it('a quiz then stats --json, history --json and history --csv show every answer', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '21', '--count', '6', '--lang', 'en', EN_NOTES];
    const qs = await quizOnce(dataDir, args, 2);
    const { stats, stderr } = await statsJson(dataDir);
    expect(stderr).toBe('');
    expect(stats).toMatchObject({ sessions: 1, answered: 6, correct: 4 });

    const { answers } = await historyJson(dataDir);
    expect(answers).toHaveLength(6);
    const session = answers[0]?.session as string;
    expect(session).toBeTruthy();
    answers.forEach((a, i) => {
      const q = qs[i] as QuestionJson;
      expect(a).toMatchObject({ v: 1, kind: 'answer', question: q.id, type: q.type, correct: i >= 2, session });
      expect(Number.isNaN(Date.parse(a.at)), a.at).toBe(false);
    });

    const csv = expectExit(await cli(['history', '--csv'], { dataDir }), 0).stdout;
    const rows = csv.trimEnd().split('\n');
    expect(rows).toHaveLength(1 + 6);
    const header = (rows[0] as string).split(',');
    expect(header).toEqual(expect.arrayContaining(['question', 'type', 'correct', 'session']));
    const col = (name: string) => header.indexOf(name);
    rows.slice(1).forEach((row, i) => {
      // ids, types and booleans never need quoting, so a plain split finds them when they come first
      // or the row has no quoted field before them.
      expect(row).toContain((qs[i] as QuestionJson).id);
      if (!row.includes('"')) {
        const cells = row.split(',');
        expect(cells[col('question')]).toBe((qs[i] as QuestionJson).id);
        expect(cells[col('correct')]).toBe(String(i >= 2));
      }
    });
  });

  it('a garbage line in history.jsonl: stats still work and the warning names the file and line', async () => {
    const dataDir = tempDir();
    await quizOnce(dataDir, ['--seed', '2', '--count', '3', '--lang', 'en', EN_NOTES]);
    const log = path.join(dataDir, 'history.jsonl');
    const before = readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
    appendFileSync(log, 'garbage {"v":1\n');
    const { stats, stderr } = await statsJson(dataDir);
    expect(stats).toMatchObject({ sessions: 1, answered: 3, correct: 3 });
    expect(stderr).toContain(`history.jsonl:${before + 1}`);
    expect(stderr).toContain(log);
    // A later quiz keeps appending after the bad line and both sessions count.
    await quizOnce(dataDir, ['--seed', '3', '--count', '2', '--lang', 'en', EN_NOTES]);
    expect((await statsJson(dataDir)).stats).toMatchObject({ sessions: 2, answered: 5, correct: 5 });
  });

  it('a log cut off mid-line (no newline at the end) is recovered and the next answer starts a fresh line', async () => {
    const dataDir = tempDir();
    await quizOnce(dataDir, ['--seed', '4', '--count', '2', '--lang', 'en', EN_NOTES]);
    const log = path.join(dataDir, 'history.jsonl');
    appendFileSync(log, '{"v":1,"kind":"answer","sess');
    await quizOnce(dataDir, ['--seed', '5', '--count', '2', '--lang', 'en', EN_NOTES]);
    const { stats, stderr } = await statsJson(dataDir);
    expect(stats).toMatchObject({ sessions: 2, answered: 4, correct: 4 });
    expect(stderr).toContain('history.jsonl:');
  });
});

// kill -9 and two sessions at once need real processes (tests/e2e/real-process.test.ts), and so
// does Ctrl+C reaching a whole pipeline (tests/hardening/interrupt.test.ts).
describe('interrupted sessions keep their answers', () => {
  it('Ctrl+C (SIGINT) mid-session exits 130, keeps the answers and records the session as abandoned', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '9', '--count', '6', '--lang', 'en', EN_NOTES];
    const qs = await questionsJson(args, dataDir);
    const run = startInProcess(['quiz', '--plain', ...args], { dataDir });
    run.send(...rightLines(qs[0] as QuestionJson), ...rightLines(qs[1] as QuestionJson));
    await run.waitFor(FEEDBACK, 2);
    await run.waitFor('[3/6]');
    run.signal('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(result.stdout).toMatch(/Stopped after 2 of 6 questions/);
    const records = logRecords(dataDir);
    const answers = records.filter((r) => r['kind'] === 'answer');
    expect(answers.map((a) => a['question'])).toEqual([qs[0]?.id, qs[1]?.id]);
    const end = records.find((r) => r['kind'] === 'session-end');
    expect(end).toMatchObject({ abandoned: true, answered: 2, correct: 2, session: answers[0]?.['session'] });
    expect((await statsJson(dataDir)).stats).toMatchObject({ sessions: 1, answered: 2, correct: 2 });
  });

  it('SIGTERM mid-session exits 143 and keeps the answers', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '10', '--count', '5', '--lang', 'en', EN_NOTES];
    const qs = await questionsJson(args, dataDir);
    const run = startInProcess(['quiz', '--plain', ...args], { dataDir });
    run.send(...wrongLines(qs[0] as QuestionJson));
    await run.waitFor(FEEDBACK, 1);
    await run.waitFor('[2/5]');
    run.signal('SIGTERM');
    expect((await run.done).code).toBe(143);
    const { answers } = await historyJson(dataDir);
    expect(answers.map((a) => [a.question, a.correct])).toEqual([[qs[0]?.id, false]]);
    expect(logRecords(dataDir).find((r) => r['kind'] === 'session-end')).toMatchObject({ abandoned: true, answered: 1 });
  });
});

describe('settings', () => {
  it('a corrupted config.json is moved aside with a warning naming where, and defaults are used', async () => {
    const dataDir = tempDir();
    const config = path.join(dataDir, 'config.json');
    writeFileSync(config, '{"count": 3, oops');
    const result = expectExit(await cli(['config', 'get', 'count'], { dataDir }), 0);
    expect(result.stdout.trim()).toBe('10');
    const aside = readdirSync(dataDir).filter((f) => f !== 'config.json' && f.startsWith('config.json'));
    expect(aside).toHaveLength(1);
    const moved = path.join(dataDir, aside[0] as string);
    expect(result.stderr).toContain(moved);
    expect(readFileSync(moved, 'utf8')).toBe('{"count": 3, oops');
    // Settings work again afterwards.
    expectExit(await cli(['config', 'set', 'count', '4'], { dataDir }), 0);
    const again = expectExit(await cli(['config', 'get', 'count'], { dataDir }), 0);
    expect(again.stdout.trim()).toBe('4');
    expect(again.stderr).toBe('');
  });

  it('config set count 3: a quiz without --count asks 3; --count still wins', async () => {
    const dataDir = tempDir();
    expectExit(await cli(['config', 'set', 'count', '3'], { dataDir }), 0);
    expect(expectExit(await cli(['config', 'get', 'count'], { dataDir }), 0).stdout.trim()).toBe('3');
    const quiz = expectExit(await cli(['quiz', '--plain', '--seed', '1', '--lang', 'en', EN_NOTES], { dataDir, input: '\n'.repeat(12) }), 0);
    expect(quiz.stdout).toContain('[3/3]');
    expect(quiz.stdout).not.toContain('[4/');
    expect((await historyJson(dataDir)).answers).toHaveLength(3);
    expect(await questionsJson(['--seed', '1', EN_NOTES], dataDir)).toHaveLength(3);
    expect(await questionsJson(['--seed', '1', '--count', '5', EN_NOTES], dataDir)).toHaveLength(5);
  });

  it('config set lang en: Chinese notes are quizzed with an English interface; unset goes back', async () => {
    const dataDir = tempDir();
    expectExit(await cli(['config', 'set', 'lang', 'en'], { dataDir }), 0);
    const english = expectExit(await cli(['quiz', '--plain', '--count', '2', '--seed', '1', ZH_NOTES], { dataDir, input: '\n\n' }), 0);
    expect(english.stdout).toContain('Nothing answered · 2 skipped');
    expectExit(await cli(['config', 'unset', 'lang'], { dataDir }), 0);
    const chinese = expectExit(await cli(['quiz', '--plain', '--count', '2', '--seed', '1', ZH_NOTES], { dataDir, input: '\n\n' }), 0);
    expect(chinese.stdout).toContain('没有作答 · 跳过 2 题');
  });

  it('bad settings values are usage errors (exit 2) and change nothing', async () => {
    const dataDir = tempDir();
    const cases = [['config', 'set', 'count', 'abc'], ['config', 'set', 'count', '0'], ['config', 'set', 'lang', 'fr'], ['config', 'set', 'colour', 'x'], ['config', 'frob']];
    const results = await Promise.all(cases.map((args) => cli(args, { dataDir })));
    for (const [i, args] of cases.entries()) {
      const result = results[i] as Result;
      expect(result.code, `${args.join(' ')}\n${result.stderr}`).toBe(2);
      expect(result.stderr, args.join(' ')).not.toBe('');
    }
    expect(expectExit(await cli(['config', 'get', 'count'], { dataDir }), 0).stdout.trim()).toBe('10');
  });

  it('config set notes <folder> makes banks and questions use it', async () => {
    const dataDir = tempDir();
    const bundled = JSON.parse(expectExit(await cli(['banks', '--json'], { dataDir }), 0).stdout) as { sources: { file: string }[] };
    expect(bundled.sources.some((s) => path.resolve(ROOT, s.file).startsWith(FIXTURES))).toBe(false);
    // A relative path is kept as an absolute one: it works from any folder afterwards.
    expectExit(await cli(['config', 'set', 'notes', path.relative(ROOT, FIXTURES)], { dataDir, cwd: ROOT }), 0);
    const elsewhere = tempDir('k8s-quiz-cwd-');
    const doc = JSON.parse(expectExit(await cli(['banks', '--json'], { dataDir, cwd: elsewhere }), 0).stdout) as { sources: { file: string }[] };
    expect(doc.sources.map((s) => path.resolve(elsewhere, s.file)).sort()).toEqual([EN_NOTES, ZH_NOTES].sort());
    const qs = await questionsJson(['--count', '5', '--seed', '1'], dataDir);
    for (const q of qs) expect([EN_NOTES, ZH_NOTES]).toContain(path.resolve(ROOT, q.source.file));
    // A path on the command line still wins over the setting.
    const given = JSON.parse(expectExit(await cli(['banks', '--json', EN_NOTES], { dataDir }), 0).stdout) as { sources: { file: string }[] };
    expect(given.sources.map((s) => path.resolve(ROOT, s.file))).toEqual([EN_NOTES]);
  });
});

describe('reset', () => {
  it('reset --yes starts afresh and keeps the old log beside', async () => {
    const dataDir = tempDir();
    await quizOnce(dataDir, ['--seed', '6', '--count', '3', '--lang', 'en', EN_NOTES]);
    const log = path.join(dataDir, 'history.jsonl');
    const old = readFileSync(log, 'utf8');
    const result = expectExit(await cli(['reset', '--yes'], { dataDir }), 0);
    expect((await statsJson(dataDir)).stats).toMatchObject({ sessions: 0, answered: 0, correct: 0 });
    expect((await historyJson(dataDir)).answers).toEqual([]);
    const kept = readdirSync(dataDir).filter((f) => f.startsWith('history.jsonl') && f !== 'history.jsonl');
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(dataDir, kept[0] as string), 'utf8')).toBe(old);
    expect(result.stdout + result.stderr).toContain(kept[0] as string);
  });

  it('reset with non-TTY stdin and no --yes exits 2 and changes nothing', async () => {
    const dataDir = tempDir();
    await quizOnce(dataDir, ['--seed', '7', '--count', '2', '--lang', 'en', EN_NOTES]);
    const log = path.join(dataDir, 'history.jsonl');
    const old = readFileSync(log, 'utf8');
    const result = await cli(['reset'], { dataDir, input: 'y\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--yes/);
    expect(existsSync(log)).toBe(true);
    expect(readFileSync(log, 'utf8')).toBe(old);
    expect(readdirSync(dataDir).filter((f) => f.startsWith('history.jsonl'))).toEqual(['history.jsonl']);
  });
});
