import { maskNames } from '../../src/core/questions/text.js';
import { matchKey } from '../../src/core/text/normalize.js';

/** A step's key without a gloss in brackets at its end, which a question may leave off (a false one, and then every one). */
const glossless = (text: string): string => matchKey(text.replace(/\s*[(（][^()（）]*[)）]\s*$/u, ''));
import { QUESTION_TYPES, type Bank, type Question, type TermEntry } from '../../src/core/types.js';

// Invariants every generated question must keep, whatever the notes. Returns the problems found.

const CHOICE_TYPES = new Set(['define', 'identify', 'member', 'acronym', 'cloze', 'next']);

const byName = new WeakMap<readonly Bank[], Map<string, TermEntry[]>>();

/** The entries of `banks` named `name`, from an index made once per bank list: a scan per question was most of a check. */
function entriesNamed(banks: readonly Bank[], name: string): TermEntry[] {
  let index = byName.get(banks);
  if (!index) {
    index = new Map();
    for (const b of banks) {
      if (b.kind !== 'terms') continue;
      for (const e of b.entries) {
        const key = matchKey(e.term);
        const list = index.get(key);
        if (list) list.push(e);
        else index.set(key, [e]);
      }
    }
    byName.set(banks, index);
  }
  return index.get(matchKey(name)) ?? [];
}

export function checkQuestions(questions: readonly Question[], banks: readonly Bank[]): string[] {
  const problems: string[] = [];
  const byId = new Map(banks.map((b) => [b.id, b]));
  const ids = new Set<string>();
  for (const q of questions) {
    const where = `${q.type} ${q.id} (${q.subject})`;
    const fail = (message: string): void => {
      problems.push(`${where}: ${message}`);
    };
    if (!q.id || ids.has(q.id)) fail('id missing or repeated');
    ids.add(q.id);
    if (!QUESTION_TYPES.includes(q.type)) fail('unknown type');
    if (!q.prompt.trim()) fail('empty prompt');
    if (!q.explanation.trim()) fail('empty explanation');
    if (!q.subject.trim()) fail('empty subject');
    if (q.topic.length === 0) fail('no topic');
    if (q.lang !== 'en' && q.lang !== 'zh') fail('bad lang');
    const bank = byId.get(q.bank);
    if (!bank) {
      fail('unknown bank');
      continue;
    }
    if (q.source.file !== bank.source.file) fail('source file is not the bank file');

    if (CHOICE_TYPES.has(q.type)) {
      const keys = q.choices.map(matchKey);
      if (q.choices.length < 2 || q.choices.length > 4) fail(`${q.choices.length} choices`);
      if (keys.some((k) => !k)) fail('empty choice');
      if (new Set(keys).size !== keys.length) fail(`repeated choice: ${q.choices.join(' | ')}`);
      if (typeof q.answer !== 'number' || !Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.choices.length) {
        fail('answer is not an index into choices');
        continue;
      }
    }
    const right = typeof q.answer === 'number' ? (q.choices[q.answer] ?? '') : '';
    const others = typeof q.answer === 'number' ? q.choices.filter((_, i) => i !== q.answer) : [];

    switch (q.type) {
      case 'define': {
        const named = entriesNamed(banks, q.subject);
        // Choices show their details with their own names masked.
        const shown = (e: TermEntry): string => matchKey(maskNames(e.detail, [e.term, ...e.aliases]) ?? e.detail);
        if (!named.some((e) => shown(e) === matchKey(right))) fail('right choice is not the detail');
        if (named.some((e) => [e.term, ...e.aliases].some((n) => matchKey(right).includes(matchKey(n))))) fail('the right choice names the term');
        const details = new Set(named.map(shown));
        if (others.some((o) => details.has(matchKey(o)))) fail('a second right answer among the choices');
        break;
      }
      case 'identify': {
        if (matchKey(right) !== matchKey(q.subject)) fail('right choice is not the term');
        const entry = bank.kind === 'terms' ? bank.entries.find((e) => matchKey(e.term) === matchKey(q.subject)) : undefined;
        if (!entry) {
          fail('entry not found');
          break;
        }
        const prompt = matchKey(q.prompt);
        for (const name of [entry.term, ...entry.aliases]) if (prompt.includes(matchKey(name))) fail(`prompt names the answer "${name}"`);
        for (const o of others) {
          if (entry.aliases.some((a) => matchKey(a) === matchKey(o))) fail('an alias of the answer among the choices');
          if (entriesNamed(banks, o).some((e) => e.detail && matchKey(e.detail) === matchKey(entry.detail))) fail(`"${o}" fits too`);
        }
        break;
      }
      case 'member': {
        if (bank.kind !== 'terms') {
          fail('member question of a non-terms bank');
          break;
        }
        const members = new Set(bank.entries.flatMap((e) => [e.term, ...e.aliases].map(matchKey)));
        const inside = q.choices.filter((c) => members.has(matchKey(c)));
        const is = inside.length === 1 && members.has(matchKey(right));
        const not = inside.length === q.choices.length - 1 && !members.has(matchKey(right));
        if (!is && !not) fail(`members among choices: ${inside.join(', ')}; answer ${right}`);
        break;
      }
      case 'order': {
        const items = bank.kind === 'steps' ? bank.steps.map((s) => s.text) : bank.kind === 'terms' ? bank.entries.map((e) => e.term) : [];
        if (q.choices.length < 3) fail('fewer than 3 steps');
        if (!Array.isArray(q.answer)) {
          fail('answer is not a list');
          break;
        }
        const sorted = [...q.answer].sort((a, b) => a - b);
        if (sorted.length !== q.choices.length || sorted.some((v, i) => v !== i)) fail('answer is not a permutation');
        if (q.answer.every((v, i) => v === i)) fail('choices already in order');
        // The whole procedure, or (a long one) a window of consecutive steps; a step may lose a
        // leading `首先`/`Then` that would tell its place.
        const ordered = q.answer.map((i) => glossless(q.choices[i] ?? ''));
        const keys = items.map(glossless);
        const at = keys.findIndex((k) => k.endsWith(ordered[0] ?? '\u0000'));
        if (at < 0 || ordered.some((k, i) => !(keys[at + i] ?? '').endsWith(k))) fail('answer does not give the steps in order');
        if (new Set(q.choices.map(matchKey)).size !== q.choices.length) fail('repeated step');
        break;
      }
      case 'acronym': {
        const entry = bank.kind === 'terms' ? bank.entries.find((e) => matchKey(e.term) === matchKey(q.subject)) : undefined;
        if (!entry) {
          fail('entry not found');
          break;
        }
        const names = [entry.term, ...entry.aliases].map(matchKey);
        if (!names.includes(matchKey(right))) fail('right choice is not a name of the entry');
        if (others.some((o) => names.includes(matchKey(o)))) fail('another name of the entry among the choices');
        if (matchKey(q.prompt).includes(matchKey(right))) fail('prompt gives the answer');
        break;
      }
      case 'next': {
        const items = (bank.kind === 'steps' ? bank.steps.map((s) => s.text) : bank.kind === 'terms' ? bank.entries.map((e) => e.term) : []).map(glossless);
        const asked = glossless(q.prompt.split('\n').slice(1).join('\n'));
        const at = items.findIndex((k) => k.endsWith(asked));
        if (at < 0 || at + 1 >= items.length) fail('the asked step is not a step of the procedure');
        else if (!(items[at + 1] ?? '').endsWith(glossless(right))) fail('right choice is not the next step');
        if (others.some((o) => matchKey(o) === asked)) fail('the asked step among the choices');
        break;
      }
      case 'cloze': {
        if (q.prompt.split('____').length !== 2) fail('not exactly one blank');
        if (!q.explanation.includes(right)) fail('the reference does not contain the answer');
        break;
      }
      case 'recall': {
        if (q.choices.length !== 0) fail('recall with choices');
        if (typeof q.answer !== 'string' || !q.answer.trim()) fail('recall without a reference');
        break;
      }
    }
  }
  return problems;
}
