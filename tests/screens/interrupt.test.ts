import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { interactiveUI } from '../../src/ui/interactive.js';
import { messages } from '../../src/ui/messages.js';
import { makeChalk } from '../../src/ui/style.js';
import { choiceQuestion, recallQuestion } from '../session/fixtures.js';
import { terminalScreen } from '../support/terminal.js';

// Ctrl+C during a question: the prompt goes, and so does the heading above it (`8/10 · cloze ·
// Isolation › Linux namespace types`), which would otherwise stay over the summary.

function terminalUI(lang: 'en' | 'zh', width: number) {
  const input = new PassThrough();
  const output = new PassThrough();
  let raw = '';
  output.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
  });
  const ui = interactiveUI({ input, output, messages: messages(lang), chalk: makeChalk(0), width, rows: 20, now: () => Date.now(), markdown: false });
  return { ui, input, screen: () => terminalScreen(raw) };
}

/** Until the screen shows `text` (the prompts load on first use). */
async function waitFor(screen: () => string, text: string): Promise<void> {
  for (let i = 0; i < 200 && !screen().includes(text); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe.each([40, 80])('Ctrl+C at %i columns', (width) => {
  test.each(['en', 'zh'] as const)('%s: in a choice or a text question, nothing of the question is left on screen', async (lang) => {
    const long = ['Networking', 'Docker network drivers and the ways containers reach each other'];
    for (const question of [choiceQuestion('q1', { topic: long }), recallQuestion('r1', { topic: long })]) {
      const t = terminalUI(lang, width);
      const outcome = t.ui.ask(question, { index: 7, total: 10, answered: 6, correct: 3 }, {}, new AbortController().signal);
      await waitFor(t.screen, question.prompt.slice(0, 10));
      expect(t.screen()).toContain('8/10');
      t.input.write('\x03');
      await expect(outcome).resolves.toEqual({ kind: 'end' });
      expect(t.screen()).toBe('');
    }
  });
});
