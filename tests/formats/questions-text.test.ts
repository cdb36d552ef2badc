import { describe, expect, test } from 'vitest';
import { formatQuestionList } from '../../src/formats/questions.js';
import { choiceQuestion, typedQuestion } from '../session/fixtures.js';

// `questions` as text: a question's choices and key sit under its prompt's text.

describe.each([40, 80])('questions at %i columns', (width) => {
  test('from question 10 on, the choices and the key line up under the prompt as before it', () => {
    const list = Array.from({ length: 11 }, (_, i) => (i % 2 ? choiceQuestion(`c${i}`) : typedQuestion(`t${i}`)));
    const lines = formatQuestionList(list, width).split('\n');
    const tenth = lines.findIndex((l) => l.startsWith('10. '));
    const eleventh = lines.findIndex((l) => l.startsWith('11. '));
    expect(tenth).toBeGreaterThan(0);
    const block = lines.slice(tenth + 1, eleventh);
    // Each choice and the key of question 10 start at the prompt's column (four in).
    const marked = (l: string) => /^ +(?:\d+\)|→) /.test(l);
    expect(block.filter(marked).length).toBeGreaterThan(1);
    for (const line of block.filter(marked)) expect(line, block.join('\n')).toMatch(/^ {4}\S/);
    expect(block.some((l) => l.startsWith('    → '))).toBe(true);
    // Questions 1 to 9 keep three columns.
    const first = lines.slice(1, lines.findIndex((l) => l.startsWith('2. ')));
    for (const line of first.filter(marked)) expect(line).toMatch(/^ {3}\S/);
  });
});
