import { describe, expect, it } from 'vitest';
import { EN_NOTES, FIXTURES, expectExit, input, questionsJson, rightLines, type QuestionJson } from './answers.js';
import { runInProcess as cli, tempDir } from '../support/cli.js';
import { HAVE_SEED, SEED } from '../support/seed.js';

// The machine-readable contracts of DESIGN.md: `banks --json` and `questions --json`.

const QUESTION_TYPES = ['define', 'identify', 'member', 'order', 'acronym', 'cloze', 'recall', 'typed', 'next', 'multi'];

const isLine = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

function checkBanksShape(doc: Record<string, unknown>): void {
  expect(Object.keys(doc).sort()).toEqual(expect.arrayContaining(['banks', 'sources', 'warnings']));
  const sources = doc['sources'] as Record<string, unknown>[];
  const banks = doc['banks'] as Record<string, unknown>[];
  const warnings = doc['warnings'] as Record<string, unknown>[];
  expect(Array.isArray(sources) && Array.isArray(banks) && Array.isArray(warnings)).toBe(true);

  for (const source of sources) {
    expect(typeof source['file'], JSON.stringify(source)).toBe('string');
    expect(typeof source['title'], JSON.stringify(source)).toBe('string');
    // Each source counts the banks that name it as their file.
    const own = banks.filter((b) => (b['source'] as { file: string }).file === source['file']).length;
    expect(source['banks'], `bank count of ${String(source['file'])}`).toBe(own);
  }
  const ids = new Set<string>();
  for (const bank of banks) {
    const where = JSON.stringify({ id: bank['id'], title: bank['title'], source: bank['source'] });
    expect(typeof bank['id'] === 'string' && bank['id'] !== '', where).toBe(true);
    ids.add(bank['id'] as string);
    expect(['terms', 'steps', 'qa'], where).toContain(bank['kind']);
    expect(typeof bank['title'], where).toBe('string');
    expect(isStrings(bank['path']), where).toBe(true);
    const source = bank['source'] as { file: unknown; line: unknown };
    expect(typeof source?.file, where).toBe('string');
    expect(isLine(source.line), where).toBe(true);
    expect(sources.map((s) => s['file']), where).toContain(source.file);
    if (bank['kind'] === 'terms') {
      const entries = bank['entries'] as Record<string, unknown>[];
      expect(Array.isArray(entries) && entries.length > 0, where).toBe(true);
      for (const e of entries) {
        const what = `${where} entry ${JSON.stringify(e)}`;
        expect(typeof e['term'] === 'string' && (e['term'] as string).trim() !== '', what).toBe(true);
        expect(typeof e['detail'], what).toBe('string');
        expect(isStrings(e['aliases']), what).toBe(true);
        expect(isLine(e['line']), what).toBe(true);
      }
    } else if (bank['kind'] === 'steps') {
      const steps = bank['steps'] as Record<string, unknown>[];
      expect(Array.isArray(steps) && steps.length > 0, where).toBe(true);
      for (const s of steps) {
        expect(typeof s['text'] === 'string' && (s['text'] as string).trim() !== '', `${where} ${JSON.stringify(s)}`).toBe(true);
        expect(isLine(s['line']), `${where} ${JSON.stringify(s)}`).toBe(true);
      }
      // Steps are listed in the order they appear in the note.
      const lines = steps.map((s) => s['line'] as number);
      expect(lines, where).toEqual([...lines].sort((a, b) => a - b));
    } else {
      const pairs = bank['pairs'] as Record<string, unknown>[];
      expect(Array.isArray(pairs) && pairs.length > 0, where).toBe(true);
      for (const p of pairs) {
        expect(typeof p['question'] === 'string' && (p['question'] as string).trim() !== '', `${where} ${JSON.stringify(p)}`).toBe(true);
        expect(typeof p['answer'], `${where} ${JSON.stringify(p)}`).toBe('string');
        expect(isLine(p['line']), `${where} ${JSON.stringify(p)}`).toBe(true);
      }
    }
  }
  expect(ids.size, 'bank ids are unique').toBe(banks.length);
  for (const w of warnings) {
    expect(typeof w['file'], JSON.stringify(w)).toBe('string');
    expect(Number.isInteger(w['line']), JSON.stringify(w)).toBe(true);
    expect(typeof w['message'], JSON.stringify(w)).toBe('string');
  }
}

function checkQuestionShape(q: QuestionJson): void {
  const where = JSON.stringify({ id: q.id, type: q.type, prompt: q.prompt });
  expect(typeof q.id === 'string' && q.id !== '', where).toBe(true);
  expect(QUESTION_TYPES, where).toContain(q.type);
  expect(typeof q.prompt === 'string' && q.prompt.trim() !== '', where).toBe(true);
  expect(isStrings(q.choices), where).toBe(true);
  expect(typeof q.bank, where).toBe('string');
  expect(typeof q.source.file, where).toBe('string');
  expect(isLine(q.source.line), where).toBe(true);
  if (q.type === 'recall') {
    expect(typeof q.answer === 'string' && q.answer.trim() !== '', where).toBe(true);
  } else if (q.type === 'typed') {
    // The expected text, other accepted spellings beside it, and no choices.
    expect(typeof q.answer === 'string' && q.answer.trim() !== '', where).toBe(true);
    expect(isStrings(q.accept), where).toBe(true);
    expect(q.choices, where).toEqual([]);
  } else if (q.type === 'multi') {
    // The indices of every right choice, ascending, and at least one choice that is not right.
    const answer = q.answer as number[];
    expect(Array.isArray(answer) && answer.length > 0, where).toBe(true);
    expect(answer, where).toEqual([...new Set(answer)].sort((a, b) => a - b));
    for (const i of answer) expect(Number.isInteger(i) && i >= 0 && i < q.choices.length, where).toBe(true);
    expect(new Set(q.choices).size, `${where}: repeated choice`).toBe(q.choices.length);
  } else if (q.type === 'order') {
    // The answer is a permutation of the choice indices.
    expect(Array.isArray(q.answer), where).toBe(true);
    expect([...(q.answer as number[])].sort((a, b) => a - b), where).toEqual(q.choices.map((_, i) => i));
    expect(q.choices.length, where).toBeGreaterThanOrEqual(3);
  } else {
    expect(Number.isInteger(q.answer), where).toBe(true);
    expect(q.answer as number, where).toBeGreaterThanOrEqual(0);
    expect(q.answer as number, where).toBeLessThan(q.choices.length);
    expect(q.choices.length, where).toBeGreaterThanOrEqual(2);
    expect(new Set(q.choices).size, `${where}: repeated choice`).toBe(q.choices.length);
  }
}

const topicKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

describe('contracts of the CLI', () => {
  it('banks --json on the bundled notes has the documented shape, many terms, steps banks and no warnings', async () => {
    const dataDir = tempDir();
    const result = expectExit(await cli(['banks', '--json'], { dataDir }), 0);
    const doc = JSON.parse(result.stdout) as Record<string, unknown>;
    checkBanksShape(doc);
    const banks = doc['banks'] as { kind: string; entries?: unknown[] }[];
    const terms = banks.filter((b) => b.kind === 'terms').reduce((n, b) => n + (b.entries?.length ?? 0), 0);
    expect(terms).toBeGreaterThanOrEqual(300);
    expect(banks.filter((b) => b.kind === 'steps').length).toBeGreaterThanOrEqual(6);
    expect(banks.some((b) => b.kind === 'qa'), 'the interview notes give qa banks').toBe(true);
    expect(doc['warnings']).toEqual([]);
    expect(result.stderr).toBe('');
  });

  it('banks --json on own fixtures: every kind, with lines that point at the text', async () => {
    const dataDir = tempDir();
    const doc = JSON.parse(expectExit(await cli(['banks', '--json', FIXTURES], { dataDir }), 0).stdout) as Record<string, unknown>;
    checkBanksShape(doc);
    const banks = doc['banks'] as { kind: string; title: string; entries?: { term: string; aliases: string[]; line: number }[]; steps?: { text: string }[]; pairs?: { question: string }[] }[];
    expect(new Set(banks.map((b) => b.kind))).toEqual(new Set(['terms', 'steps', 'qa']));
    expect((doc['sources'] as unknown[]).length).toBe(2);
    // `ReadWriteOnce(RWO): ...` gives the alias RWO; `**RBAC**(Role-Based Access Control)` gives an alias too.
    const entries = banks.flatMap((b) => b.entries ?? []);
    expect(entries.find((e) => e.term === 'ReadWriteOnce')?.aliases).toContain('RWO');
    expect(entries.find((e) => e.term === 'ReadWriteOncePod')?.aliases).toContain('RWOP');
    const rbac = entries.find((e) => e.term === 'RBAC' || e.aliases.includes('RBAC'));
    expect(rbac, 'RBAC entry').toBeDefined();
    // The English steps list keeps its order.
    const rolling = banks.find((b) => b.kind === 'steps' && b.title.includes('Rolling update'));
    expect(rolling?.steps?.map((s) => s.text)[0]).toMatch(/^Create a new ReplicaSet/);
    expect(banks.flatMap((b) => b.pairs ?? []).map((p) => p.question)).toEqual(expect.arrayContaining(['什么是 Pod？', 'What is a Service?']));
  });

  it('questions --json is deterministic for a seed and honours --count', async () => {
    const dataDir = tempDir();
    const [a, b, other, four] = await Promise.all([
      questionsJson(['--seed', '7', '--count', '15'], dataDir),
      questionsJson(['--seed', '7', '--count', '15'], dataDir),
      questionsJson(['--seed', '8', '--count', '15'], dataDir),
      questionsJson(['--seed', '7', '--count', '4'], dataDir),
    ]);
    expect(a).toHaveLength(15);
    expect(b).toEqual(a);
    for (const q of a) checkQuestionShape(q);
    expect(new Set(a.map((q) => q.id)).size, 'ids are unique').toBe(a.length);
    expect(other.map((q) => q.id), 'another seed, other questions').not.toEqual(a.map((q) => q.id));
    expect(four).toHaveLength(4);
  });

  it('every question of a large sample has the documented shape and a unique id', async () => {
    const dataDir = tempDir();
    const all = await questionsJson(['--seed', '3', '--count', '500', FIXTURES], dataDir);
    expect(all.length).toBeGreaterThan(40);
    for (const q of all) checkQuestionShape(q);
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
    // Every kind of question the fixtures were written for; the newer forms (typed, next, multi)
    // are asked where the gate finds them fair, which their own tests check.
    expect([...new Set(all.map((q) => q.type))]).toEqual(expect.arrayContaining(['define', 'identify', 'member', 'order', 'acronym', 'cloze', 'recall']));
  });

  it('--type gives only the listed types', async () => {
    const dataDir = tempDir();
    const [qs, recall] = await Promise.all([
      questionsJson(['--seed', '5', '--count', '12', '--type', 'order,define'], dataDir),
      questionsJson(['--seed', '5', '--count', '6', '--type', 'recall'], dataDir),
    ]);
    expect(qs).toHaveLength(12);
    for (const q of qs) expect(['order', 'define']).toContain(q.type);
    expect(new Set(qs.map((q) => q.type))).toEqual(new Set(['order', 'define']));
    expect(recall).toHaveLength(6);
    expect(recall.every((q) => q.type === 'recall' && q.choices.length === 0)).toBe(true);
  });

  it('--topic keeps only questions whose heading path, title or subject contains the text', async () => {
    const dataDir = tempDir();
    const [all, qs] = await Promise.all([
      questionsJson(['--seed', '2', '--count', '500', EN_NOTES], dataDir),
      questionsJson(['--seed', '2', '--count', '500', '--topic', 'Probe kinds', EN_NOTES], dataDir),
    ]);
    const about = (q: QuestionJson, text: string) => [...q.topic, q.topic.join(' '), q.subject].some((part) => topicKey(part).includes(topicKey(text)));
    const expected = all.filter((q) => about(q, 'probe kinds'));
    expect(expected.length, 'the fixture has Probe kinds questions').toBeGreaterThan(2);
    expect(expected.length, 'and questions about other things').toBeLessThan(all.length);
    expect(qs.length).toBe(expected.length);
    expect(qs.every((q) => about(q, 'probe kinds'))).toBe(true);
    expect(new Set(qs.map((q) => q.id))).toEqual(new Set(expected.map((q) => q.id)));
  });
});

describe.skipIf(!HAVE_SEED)('the seed notes (a real user\'s file)', () => {
  it('banks --json: the documented shape, term and steps banks, no warnings', async () => {
    const dataDir = tempDir();
    const doc = JSON.parse(expectExit(await cli(['banks', '--json', SEED], { dataDir }), 0).stdout) as Record<string, unknown>;
    checkBanksShape(doc);
    const banks = doc['banks'] as { kind: string; entries?: unknown[] }[];
    expect(banks.filter((b) => b.kind === 'terms').reduce((n, b) => n + (b.entries?.length ?? 0), 0)).toBeGreaterThanOrEqual(50);
    expect(banks.some((b) => b.kind === 'steps')).toBe(true);
    expect(doc['warnings']).toEqual([]);
  });

  it('a quiz answered with the key of questions --json scores 100%', async () => {
    const dataDir = tempDir();
    const args = ['--seed', '13', '--count', '15', SEED];
    const qs = await questionsJson(args, dataDir);
    expect(qs).toHaveLength(15);
    for (const q of qs) checkQuestionShape(q);
    const result = expectExit(await cli(['quiz', '--plain', ...args], { dataDir, input: input(qs.flatMap(rightLines)) }), 0);
    expect(result.stdout).toContain('得分：15/15（100%）');
  });
});
