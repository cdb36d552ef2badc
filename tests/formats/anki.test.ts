import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../src/core/questions/index.js';
import type { Question } from '../../src/core/types.js';
import { ANKI_COLUMNS, ANKI_HEADERS, ankiNote, ankiTsv, deckName, headingTag, noteHtml, plainHtml } from '../../src/formats/anki.js';
import { loadNotes } from '../../src/io/load.js';
import { ROOT } from '../support/cli.js';

// The Anki text import file: its headers, one line a question, fields that never break a line
// or a column, cloze notes, and GUIDs that stay put.

const base = {
  bank: 'b1',
  source: { file: 'notes/net.md', line: 7 },
  topic: ['Networking', 'Service types'],
  lang: 'en' as const,
  subject: 'NodePort',
};

const QUESTIONS: Question[] = [
  {
    ...base,
    id: 'q-define',
    type: 'define',
    prompt: 'In "Service types", what is NodePort?\n(one answer)',
    choices: ['opens a port\ton every node', 'a <virtual> IP & port', 'a CNAME to "outside"'],
    answer: 0,
    explanation: '**NodePort**: opens a port on every node\nrange 30000-32767',
  },
  {
    ...base,
    id: 'q-cloze',
    type: 'cloze',
    prompt: 'Fill in the blank (NodePort):\nports from ____ to 32767 & up',
    choices: ['29999', '30000', '31000'],
    answer: 1,
    explanation: '**NodePort**: ports from 30000 to 32767',
  },
  {
    ...base,
    id: 'q-order',
    type: 'order',
    prompt: 'Put the steps of "Rollout" in the right order.',
    choices: ['scale old down', 'create new', 'scale new up'],
    answer: [1, 2, 0],
    explanation: '1. create new\n2. scale new up\n3. scale old down',
  },
  {
    ...base,
    id: 'q-multi',
    type: 'multi',
    prompt: 'Select every one that belongs to "Service types".',
    choices: ['ClusterIP', 'Ingress', 'NodePort'],
    answer: [0, 2],
    explanation: '**Service types**\n- ClusterIP\n- NodePort',
  },
  {
    ...base,
    id: 'q-typed',
    type: 'typed',
    prompt: 'What does RWO stand for?',
    choices: [],
    answer: 'ReadWriteOnce',
    accept: ['read write once'],
    explanation: '**RWO** = ReadWriteOnce',
  },
  {
    ...base,
    id: 'q-recall',
    type: 'recall',
    prompt: 'How do you cap memory?',
    choices: [],
    answer: 'Set a limit:\n```yaml\nresources:\n\tlimits: {memory: 256Mi}\n```',
    explanation: 'Set a limit:\n```yaml\nresources:\n\tlimits: {memory: 256Mi}\n```',
  },
];

/**
 * A small reader of Anki's tab-separated import files, written from Anki's manual: `#key:value`
 * header lines first, then one note a line, columns split at tabs. (The export never quotes a
 * field, so a `"` anywhere would be a bug this reader does not hide.)
 */
function parseAnkiTsv(text: string): { headers: Record<string, string>; rows: string[][] } {
  const lines = text.split('\n');
  expect(lines.pop(), 'the file ends with a line end').toBe('');
  const headers: Record<string, string> = {};
  let at = 0;
  for (; at < lines.length && (lines[at] as string).startsWith('#'); at++) {
    const [key, ...value] = (lines[at] as string).slice(1).split(':');
    headers[key as string] = value.join(':');
  }
  return { headers, rows: lines.slice(at).map((line) => line.split('\t')) };
}

/** What a browser shows of a field: entities back to characters, `<br>` back to line ends, tags gone. */
function fieldText(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

const col = (row: string[], name: keyof typeof ANKI_COLUMNS): string => row[ANKI_COLUMNS[name] - 1] as string;

describe('anki export file', () => {
  it('starts with the header lines Anki reads, each once', () => {
    const text = ankiTsv(QUESTIONS);
    const first = text.split('\n').slice(0, ANKI_HEADERS.length);
    expect(first).toEqual(['#separator:tab', '#html:true', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:6']);
    const { headers } = parseAnkiTsv(text);
    // Every column the headers name is a column each row has, and they are all different.
    const columns = ['guid column', 'notetype column', 'deck column', 'tags column'].map((k) => Number(headers[k]));
    expect(new Set(columns).size).toBe(4);
    for (const n of columns) expect(n).toBeGreaterThanOrEqual(1);
  });

  it('has one line a question, each with the same six columns, and no tab or line break inside a field', () => {
    const { rows } = parseAnkiTsv(ankiTsv(QUESTIONS));
    expect(rows).toHaveLength(QUESTIONS.length);
    for (const row of rows) {
      expect(row).toHaveLength(6);
      for (const cell of row) expect(cell).not.toMatch(/[\t\r\n"]/);
    }
    expect(rows.map((r) => col(r, 'guid'))).toEqual(QUESTIONS.map((q) => q.id));
  });

  it('escapes HTML, turns line breaks into <br> and tabs into spaces', () => {
    expect(plainHtml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(plainHtml('one\ntwo\r\nthree\tfour')).toBe('one<br>two<br>three four');
    const define = ankiNote(QUESTIONS[0] as Question);
    expect(define.front).toContain('In &quot;Service types&quot;, what is NodePort?<br>(one answer)');
    expect(define.front).toContain('<li>a &lt;virtual&gt; IP &amp; port</li>');
    expect(define.front).toContain('<li>opens a port on every node</li>');
    expect(define.front).not.toContain('<virtual>');
    // Bold of the reference becomes <b>; the rest is text.
    expect(define.back).toContain('<b>NodePort</b>: opens a port on every node<br>range 30000-32767');
  });

  it('round-trips: what a reader gets back from each field is the question text', () => {
    const { rows } = parseAnkiTsv(ankiTsv(QUESTIONS));
    const define = rows[0] as string[];
    const front = fieldText(col(define, 'front'));
    expect(front).toContain('In "Service types", what is NodePort?\n(one answer)');
    for (const choice of ['opens a port on every node', 'a <virtual> IP & port', 'a CNAME to "outside"']) expect(front).toContain(choice);
    const back = fieldText(col(define, 'back'));
    expect(back).toContain('opens a port on every node');
    expect(back).toContain('notes/net.md:7');
    expect(back).toContain('Networking › Service types');
  });

  it('writes cloze questions as Cloze notes with the answer put back in its blank', () => {
    const { rows } = parseAnkiTsv(ankiTsv(QUESTIONS));
    const cloze = rows.find((r) => col(r, 'guid') === 'q-cloze') as string[];
    expect(col(cloze, 'notetype')).toBe('Cloze');
    expect(col(cloze, 'front')).toBe('Fill in the blank (NodePort):<br>ports from {{c1::30000}} to 32767 &amp; up');
    expect(col(cloze, 'back')).toContain('notes/net.md:7');
    for (const row of rows.filter((r) => col(r, 'guid') !== 'q-cloze')) expect(col(row, 'notetype')).toBe('Basic');
  });

  it('keeps an answer from breaking the cloze syntax', () => {
    const q = { ...(QUESTIONS[1] as Question), choices: ['a::b}}c'], answer: 0 } as Question;
    const note = ankiNote(q);
    expect(note.front).toContain('{{c1::a:&#58;b}&#125;c}}');
    expect(note.front.match(/\{\{c1::/g)).toHaveLength(1);
  });

  it('puts the steps in order on the back of an order card, the right choices on a multi, the spellings on a typed', () => {
    const [order, multi, typed, recall] = ['q-order', 'q-multi', 'q-typed', 'q-recall'].map((id) => ankiNote(QUESTIONS.find((q) => q.id === id) as Question));
    expect(order?.front).toContain('<ul><li>scale old down</li><li>create new</li><li>scale new up</li></ul>');
    expect(order?.back).toContain('<ol><li>create new</li><li>scale new up</li><li>scale old down</li></ol>');
    // The reference only repeats the numbered answer: not shown twice.
    expect(order?.back).not.toContain('1. create new');
    expect(multi?.back).toContain('<ul><li>ClusterIP</li><li>NodePort</li></ul>');
    expect(multi?.back.split('<hr>')[0]).not.toContain('Ingress');
    expect(typed?.front).toBe('<div>What does RWO stand for?</div>');
    expect(typed?.back).toContain('<b>ReadWriteOnce</b>');
    expect(typed?.back).toContain('Also accepted: read write once');
    // Code keeps its lines and indentation.
    expect(recall?.back).toContain('<pre><code>resources:<br>&nbsp;&nbsp;&nbsp;&nbsp;limits: {memory: 256Mi}</code></pre>');
  });

  it('names the deck after the note, and tags the heading path', () => {
    const note = ankiNote(QUESTIONS[0] as Question, { titles: new Map([['notes/net.md', 'Net :: "basics"']]) });
    expect(note.deck).toBe("k8s-quiz::Net : 'basics'");
    expect(note.tags).toEqual(["k8s-quiz::Net_:_'basics'::Networking::Service_types", 'k8s-quiz-type::define']);
    // Without a title, the first heading names it; a heading path that starts with the title says it once.
    expect(ankiNote(QUESTIONS[0] as Question).deck).toBe('k8s-quiz::Networking');
    expect(ankiNote(QUESTIONS[0] as Question).tags[0]).toBe('k8s-quiz::Networking::Service_types');
    expect(deckName('  Pod   详解 ')).toBe('k8s-quiz::Pod 详解');
    expect(headingTag(['调度', 'Taints and tolerations'])).toBe('k8s-quiz::调度::Taints_and_tolerations');
  });

  it('takes other note type names (an Anki set up in another language names its own)', () => {
    const { rows } = parseAnkiTsv(ankiTsv(QUESTIONS, { notetypes: { basic: '问答题', cloze: '填空题' } }));
    expect(new Set(rows.map((r) => col(r, 'notetype')))).toEqual(new Set(['问答题', '填空题']));
  });

  it('renders reference text: code fences as <pre>, inline code, nothing unescaped', () => {
    expect(noteHtml('use `kubectl get <kind>`')).toBe('use <code>kubectl get &lt;kind&gt;</code>');
    expect(noteHtml('a\n  ```\n  x < y\n    z\n  ```\nb')).toBe('a<pre><code>x &lt; y<br>&nbsp;&nbsp;z</code></pre>b');
    expect(noteHtml('never closed\n```\ncode')).toBe('never closed<pre><code>code</code></pre>');
  });
});

describe('anki export of real notes', () => {
  const fixture = path.join(ROOT, 'tests/fixtures/export');

  it('gives every question a GUID that does not depend on the seed, and the same file every run', async () => {
    const collection = await loadNotes([fixture], ROOT);
    const titles = new Map(collection.sources.map((s) => [s.file, s.title]));
    const ids = (seed: number) => allQuestions(collection.banks, { seed }).map((q) => q.id);
    expect(ids(1).length).toBeGreaterThan(10);
    expect(ids(2)).toEqual(ids(1));
    expect(ids(987654)).toEqual(ids(1));

    const once = ankiTsv(allQuestions(collection.banks, { seed: 1 }), { titles });
    const again = ankiTsv(allQuestions((await loadNotes([fixture], ROOT)).banks, { seed: 1 }), { titles });
    expect(again).toBe(once);
    const { rows } = parseAnkiTsv(once);
    const guids = rows.map((r) => col(r, 'guid'));
    expect(new Set(guids).size).toBe(guids.length);
    expect(guids).toEqual(ids(1));
  });

  it('keeps the title with its quotes and markup as text, and every row well-formed', async () => {
    const collection = await loadNotes([fixture], ROOT);
    const titles = new Map(collection.sources.map((s) => [s.file, s.title]));
    const questions = allQuestions(collection.banks, { seed: 1 });
    const { rows } = parseAnkiTsv(ankiTsv(questions, { titles }));
    expect(rows).toHaveLength(questions.length);
    for (const row of rows) {
      expect(row).toHaveLength(6);
      expect(col(row, 'deck')).toBe("k8s-quiz::Export 'edge' cases & <markup>");
    }
    const cloze = rows.filter((r) => col(r, 'notetype') === 'Cloze');
    expect(cloze.length).toBeGreaterThan(0);
    for (const row of cloze) expect(col(row, 'front')).toMatch(/\{\{c1::[^}]+\}\}/);
    // The tab-indented code of the interview answer keeps its indentation, as entities.
    expect(rows.some((r) => col(r, 'back').includes('&nbsp;&nbsp;&nbsp;&nbsp;limits:'))).toBe(true);
  });
});
