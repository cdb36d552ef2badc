import { render } from '@inquirer/testing';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { ANSWER_LIMIT } from '../../src/core/session/index.js';
import { promptTheme } from '../../src/ui/prompts.js';
import { timedText } from '../../src/ui/timed-prompts.js';

// The interactive text prompt (typed and recall answers on a terminal) cleans and caps what is
// typed as it is typed: a pasted bidi override or control character is neither drawn nor kept.

const theme = promptTheme(new Chalk({ level: 0 }));

describe('the text prompt', () => {
  it('keeps no control or bidi character of what is typed', async () => {
    const { answer, events, getScreen } = await render(timedText, { message: 'What does a Pod share?', theme });
    events.type('network\u202e and\u0007 storage');
    expect(getScreen()).not.toMatch(/[\u0007\u202e]/);
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'network and storage' });
  });

  it('keeps at most the answer limit of a long paste', async () => {
    const { answer, events } = await render(timedText, { message: 'Q', theme });
    events.type('a'.repeat(ANSWER_LIMIT + 300));
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'a'.repeat(ANSWER_LIMIT) });
  });
});
