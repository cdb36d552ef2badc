import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/types.js';
import { answerAsText, csvCell, EXPORT_CSV_COLUMNS, formulaSafe, questionsCsv } from '../../src/formats/export-csv.js';

// `export --format csv`: RFC 4180 quoting, one row a question, and no cell a spreadsheet would
// run as a formula.

const base = { bank: 'b', source: { file: 'notes/a.md', line: 3 }, topic: ['Net', 'Ports'], lang: 'en' as const, subject: 's', explanation: '**s**: x' };

const QUESTIONS: Question[] = [
  { ...base, id: 'c1', type: 'define', prompt: 'What is "NodePort", exactly?\nPick one', choices: ['=SUM(A1)', '+1 port', 'a, b'], answer: 2 },
  { ...base, id: 'o1', type: 'order', prompt: 'Order', choices: ['b', 'c', 'a'], answer: [2, 0, 1] },
  { ...base, id: 'm1', type: 'multi', prompt: 'All', choices: ['x', 'y', 'z'], answer: [0, 2] },
  { ...base, id: 't1', type: 'typed', prompt: 'Type', choices: [], answer: '@home', accept: [] },
  { ...base, id: 'r1', type: 'recall', prompt: 'Say', choices: [], answer: '-1 means forever' },
];

/** A small RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  expect(quoted, 'every quote is closed').toBe(false);
  expect(cell === '' && row.length === 0, 'the file ends with a line end').toBe(true);
  return rows;
}

describe('questions as CSV', () => {
  it('has a header row and one row a question, each as wide as the header', () => {
    const rows = parseCsv(questionsCsv(QUESTIONS));
    expect(rows[0]).toEqual([...EXPORT_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(QUESTIONS.map((q) => q.id));
    for (const row of rows) expect(row).toHaveLength(EXPORT_CSV_COLUMNS.length);
  });

  it('round-trips quotes, commas and line breaks', () => {
    const row = parseCsv(questionsCsv(QUESTIONS))[1] as string[];
    expect(row[2]).toBe('What is "NodePort", exactly?\nPick one');
    expect(row[4]).toBe('a, b');
    expect(row[5]).toBe('notes/a.md:3');
    expect(row[6]).toBe('Net > Ports');
  });

  it('puts a quote before a cell a spreadsheet would run as a formula', () => {
    expect(formulaSafe('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(formulaSafe('+1')).toBe("'+1");
    expect(formulaSafe('-1')).toBe("'-1");
    expect(formulaSafe('@home')).toBe("'@home");
    expect(formulaSafe('\t=1')).toBe("'\t=1");
    expect(formulaSafe('a=b')).toBe('a=b');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    const rows = parseCsv(questionsCsv(QUESTIONS));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[1]?.[3]).toBe("'=SUM(A1) | +1 port | a, b"); // only the cell's start counts
    expect(rows[4]?.[4]).toBe("'@home");
    expect(rows[5]?.[4]).toBe("'-1 means forever");
  });

  it('writes the answer as text: the right choice, the steps in order, every right pick', () => {
    expect(QUESTIONS.map(answerAsText)).toEqual(['a, b', 'a | b | c', 'x | z', '@home', '-1 means forever']);
  });
});
