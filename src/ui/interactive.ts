import type { Readable, Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import { kitOf, type AskOutcome, type Deadlines, type GradeOutcome, type Position, type QuestionResult, type SessionUI } from '../core/session/index.js';
import { detailLines, feedbackOf, gradeSheet, plainText, suggestedGrade, type DetailStyle } from './feedback.js';
import { hanging, stringWidth, wrap } from './layout.js';
import { renderMarkdown } from './markdown.js';
import { labelled, timeLeftText, type Messages } from './messages.js';
import { askAnswer, promptTheme, selfGrade, type PromptContext } from './prompts.js';
import { topicLabel } from './report.js';

// The interactive session on a terminal: prompts to answer, colour and rendered notes
// for the feedback.

export interface InteractiveOptions {
  input: Readable;
  output: Writable;
  messages: Messages;
  chalk: ChalkInstance;
  width: number;
  /** Terminal rows, so lists use the height there is. */
  rows: number;
  now: () => number;
  /** Render explanations with marked-terminal (colour on). */
  markdown: boolean;
}

export function interactiveUI(options: InteractiveOptions): SessionUI {
  const { output, messages: m, chalk: c, width, now } = options;
  const write = (text: string) => output.write(`${text}\n`);
  const theme = promptTheme(c);
  // Header, question lines and help take about eight rows; the list gets the rest.
  const pageSize = Math.max(5, options.rows - 8);

  function ctx(signal: AbortSignal, deadlines: Deadlines): PromptContext {
    const base: PromptContext = {
      input: options.input,
      output,
      signal,
      theme,
      pageSize,
      width,
      help: { choice: m.choiceHelp, select: m.selectHelp, order: m.orderHelp, grade: m.gradeHelp, multi: m.multiHelp },
      more: m.more,
    };
    const ends = Math.min(deadlines.question ?? Infinity, deadlines.session ?? Infinity);
    if (!Number.isFinite(ends)) return base;
    return { ...base, countdown: { deadline: ends, now, status: () => c.yellow(timeLeftText(deadlines, now(), m)) } };
  }

  const style: DetailStyle = { right: (t) => c.green(t), wrong: (t) => c.red(t), missed: (t) => c.yellow(t), dim: (t) => c.dim(t) };

  const render = async (markdown: string): Promise<string> =>
    options.markdown ? renderMarkdown(markdown, width - 2) : hanging('  ', plainText(markdown), width);

  return {
    async ask(question, position, deadlines, signal): Promise<AskOutcome> {
      write('');
      write(c.dim(wrap(`${m.progress(position.index + 1, position.total)} · ${question.type} · ${topicLabel(question)}`, width)));
      return askAnswer(kitOf(question).prompt, ctx(signal, deadlines), question.prompt, question.choices, {
        skip: c.dim(m.skip),
        typedHelp: c.dim(m.typedHelp),
        recallHelp: c.dim(m.recallHelp),
      });
    },

    async selfGrade(question, given, deadlines, signal): Promise<GradeOutcome> {
      const sheet = gradeSheet(question, given);
      write(c.bold(m.reference));
      write(await render(sheet.reference));
      if (sheet.covered.length) write(hanging(c.green(labelled(`✓ ${m.covered}`, '')), sheet.covered.join(m.listSep), width));
      if (sheet.missed.length) write(hanging(c.red(labelled(`✗ ${m.notCovered}`, '')), sheet.missed.join(m.listSep), width));
      // A stray Enter should not mark as known an answer that missed every point.
      return selfGrade(ctx(signal, deadlines), m.gradeQuestion, m.grades, suggestedGrade(sheet.ratio));
    },

    async feedback(result: QuestionResult, position: Position) {
      const f = feedbackOf(result);
      const verdicts = {
        right: c.green(`✓ ${m.right}`),
        wrong: c.red(`✗ ${m.wrong}`),
        skipped: c.yellow(`– ${m.skipped}`),
        timedOut: c.yellow(`⌛ ${m.timedOut}`),
        flagged: c.yellow(`⚑ ${m.flagged}`),
      };
      if (f.verdict) write(verdicts[f.verdict]);
      if (f.answer) write(hanging(labelled(m.theAnswer, ''), c.bold(f.answer), width));
      if (f.detail) detailLines(f.detail, m, style, width).forEach(write);
      if (f.reference) {
        write(c.bold(m.reference));
        write(await render(f.reference));
      }
      if (f.explanation) write(await render(f.explanation));
      const source = c.dim(labelled(m.source, f.source));
      const score = c.cyan(m.scoreSoFar(position.correct, position.answered));
      const together = `${source}   ${score}`;
      write(stringWidth(together) <= width ? together : `${wrap(source, width)}\n${score}`);
    },
  };
}
