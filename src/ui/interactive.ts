import type { Readable, Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import { rightAnswerText } from '../core/grade.js';
import { coverage } from '../core/overlap.js';
import type { Question } from '../core/types.js';
import type { AskOutcome, Deadlines, GradeOutcome, Position, QuestionResult, SessionUI } from '../cli/session.js';
import { hanging, wrap } from './layout.js';
import { renderMarkdown } from './markdown.js';
import { labelled, type Messages } from './messages.js';
import { timeLeftText } from './plain.js';
import { arrange, chooseOne, freeText, selfGrade, type PromptContext } from './prompts.js';
import { topicLabel } from './report.js';

// The interactive session on a terminal: prompts to answer, colour and rendered notes
// for the feedback.

export interface InteractiveOptions {
  input: Readable;
  output: Writable;
  messages: Messages;
  chalk: ChalkInstance;
  width: number;
  now: () => number;
  /** Render explanations with marked-terminal (colour on). */
  markdown: boolean;
}

export function interactiveUI(options: InteractiveOptions): SessionUI {
  const { output, messages: m, chalk: c, width, now } = options;
  const write = (text: string) => output.write(`${text}\n`);

  function ctx(signal: AbortSignal, deadlines: Deadlines): PromptContext {
    const timed = deadlines.question !== undefined || deadlines.session !== undefined;
    return { input: options.input, output, signal, ...(timed ? { status: () => c.yellow(timeLeftText(deadlines, now(), m)) } : {}) };
  }

  async function explain(question: Question): Promise<string> {
    const text = question.explanation;
    if (!text) return '';
    return options.markdown ? renderMarkdown(text, width - 2) : hanging('', text, width - 2);
  }

  return {
    async ask(question, position, deadlines, signal): Promise<AskOutcome> {
      write('');
      write(c.dim(wrap(`${m.progress(position.index + 1, position.total)} · ${question.type} · ${topicLabel(question)}`, width)));
      const context = ctx(signal, deadlines);
      const message = question.prompt;
      if (question.type === 'recall') return freeText(context, `${message}\n${c.dim(m.recallHint)}`);
      if (question.type === 'order') return arrange(context, message, question.choices);
      return chooseOne(context, message, question.choices, c.dim(m.skip));
    },

    async selfGrade(question, given, deadlines, signal): Promise<GradeOutcome> {
      write(c.bold(m.reference));
      write(options.markdown ? await renderMarkdown(String(question.answer), width - 2) : hanging('  ', String(question.answer), width));
      const points = coverage(given, String(question.answer));
      if (points.covered.length) write(hanging(c.green(labelled(`✔ ${m.covered}`, '')), points.covered.join('; '), width));
      if (points.missed.length) write(hanging(c.red(labelled(`✘ ${m.notCovered}`, '')), points.missed.join('; '), width));
      return selfGrade(ctx(signal, deadlines), m.gradeQuestion, m.grades);
    },

    async feedback(result: QuestionResult, position: Position) {
      const { question } = result;
      if (result.timedOut) write(c.yellow(`⏱ ${m.timedOut}`));
      else if (result.skipped) write(c.yellow(m.skipped));
      else if (question.type !== 'recall') write(result.correct ? c.green(`✔ ${m.right}`) : c.red(`✘ ${m.wrong}`));
      // Order explanations list the steps in order already.
      if (question.type !== 'recall' && question.type !== 'order' && !result.correct) write(hanging(labelled(m.theAnswer, ''), c.bold(rightAnswerText(question)), width));
      const explanation = await explain(question);
      if (explanation && question.type !== 'recall') write(explanation);
      write(wrap(`${c.dim(labelled(m.source, `${question.source.file}:${question.source.line}`))}   ${c.cyan(m.scoreSoFar(position.correct, position.index))}`, width));
    },
  };
}
