import type { Readable, Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import { kitOf, type AskOutcome, type CoverageModel, type Deadlines, type GradeOutcome, type Position, type QuestionResult, type SessionUI } from '../core/session/index.js';
import { detailLines, feedbackOf, gradeSheet, labelledList, plainText, suggestedGrade, type DetailStyle } from './feedback.js';
import { hanging, hangingOrBelow, displayWidth, wrap } from './layout.js';
import { preloadMarkdown, renderMarkdown } from './markdown.js';
import { labelled, timeLeftText, type Messages } from './messages.js';
import type { PromptContext } from './prompts.js';
import { questionHeading } from './report.js';

// The interactive session on a terminal: prompts to answer, colour and rendered notes
// for the feedback. Every line written goes through the wrapper, at the terminal's width.
//
// The prompts (@inquirer) load when the session starts, not when the command does, so `--plain`
// and `--json` never load them; marked-terminal (~300 ms) loads while the person reads the first
// question, so the first feedback does not wait for it.

type Prompts = typeof import('./prompts.js');
let promptsModule: Promise<Prompts> | null = null;
const loadPrompts = (): Promise<Prompts> => (promptsModule ??= import('./prompts.js'));

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
  /** What recall coverage weighs words by (the notes' own vocabulary); uniform without it. */
  coverage?: CoverageModel;
  /** Told once, a moment after the first prompt is drawn (the prompt draws itself in a later turn). */
  onShown?: () => void;
}

export function interactiveUI(options: InteractiveOptions): SessionUI {
  const { output, messages: m, chalk: c, width, now } = options;
  const write = (text: string) => output.write(`${wrap(text, width)}\n`);
  const prompts = loadPrompts();
  prompts.catch(() => undefined); // reported where it is awaited
  let theme: ReturnType<Prompts['promptTheme']> | undefined;
  let warmed = false;
  /** Once the first prompt is on the screen, marked-terminal loads in the background. */
  const warm = (): void => {
    if (warmed || !options.markdown) return;
    warmed = true;
    // Well after the first frame: evaluating it blocks for ~200 ms, which must not fall before the
    // prompt is drawn on a busy machine; a person takes longer than this to read a question.
    setTimeout(preloadMarkdown, 400).unref?.();
  };
  let shown = options.onShown;
  const tellShown = (): void => {
    if (shown) setTimeout(shown, 50).unref?.();
    shown = undefined;
  };
  // Header, question lines and help take about eight rows; the list gets the rest.
  const pageSize = Math.max(5, options.rows - 8);

  function ctx(p: Prompts, signal: AbortSignal, deadlines: Deadlines): PromptContext {
    theme ??= p.promptTheme(c);
    const base: PromptContext = { input: options.input, output, signal, theme, pageSize, width, help: m.help, more: m.more, hidden: m.hidden };
    const ends = Math.min(deadlines.question ?? Infinity, deadlines.session ?? Infinity);
    if (!Number.isFinite(ends)) return base;
    return { ...base, countdown: { deadline: ends, now, status: () => c.yellow(wrap(timeLeftText(deadlines, now(), m), width)) } };
  }

  const style: DetailStyle = { right: (t) => c.green(t), wrong: (t) => c.red(t), missed: (t) => c.yellow(t), dim: (t) => c.dim(t) };

  const render = async (markdown: string): Promise<string> =>
    options.markdown ? renderMarkdown(markdown, width - 2) : hanging('  ', plainText(markdown), width);

  return {
    async ask(question, position, deadlines, signal): Promise<AskOutcome> {
      write('');
      const p = await prompts;
      const heading = wrap(c.dim(questionHeading(question, m, m.progress(position.index + 1, position.total))), width);
      write(heading);
      const answer = p.askAnswer(kitOf(question).prompt, ctx(p, signal, deadlines), question.prompt, question.choices, { skip: c.dim(m.skip) });
      warm();
      tellShown();
      const outcome = await answer;
      // Stopped: the prompt has cleared itself, and the heading of a question no longer asked
      // goes with it (and the blank line above it), line by line up from where the prompt was.
      if (outcome.kind === 'end') output.write(`${'\u001b[1A\u001b[2K'.repeat(heading.split('\n').length + 1)}\r`);
      return outcome;
    },

    async selfGrade(question, given, deadlines, signal): Promise<GradeOutcome> {
      const sheet = gradeSheet(question, given, options.coverage);
      write(c.bold(m.reference));
      write(await render(sheet.reference));
      // In another language than the reference, the answer cannot be measured: no lists then.
      if (sheet.comparable && sheet.covered.length) write(labelledList(c.green(`✓ ${m.covered}`), sheet.covered.join(m.listSep), width));
      if (sheet.comparable && sheet.missed.length) write(labelledList(c.red(`✗ ${m.notCovered}`), sheet.missed.join(m.listSep), width));
      // The coverage is a hint: the cursor starts on the middle grade unless it is clearly high
      // or clearly nil (then a stray Enter does not mark as known an answer that said nothing of it).
      const p = await prompts;
      return p.selfGrade(ctx(p, signal, deadlines), m.gradeQuestion, m.grades, suggestedGrade(sheet));
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
      if (f.partial) write(labelledList(c.dim(m.partialAnswer), f.partial, width));
      if (f.answer) write(labelledList(m.theAnswer, c.bold(f.answer), width));
      if (f.detail) detailLines(f.detail, m, style, width).forEach(write);
      if (f.reference) {
        write(c.bold(m.reference));
        write(await render(f.reference));
      }
      if (f.explanation) write(await render(f.explanation));
      const source = c.dim(hangingOrBelow(labelled(m.source, ''), f.source, width, displayWidth(f.source)));
      // Nothing answered yet: no `0/0`.
      const scoreText = m.scoreSoFar(position.correct, position.answered);
      const score = scoreText ? c.cyan(scoreText) : '';
      const together = score ? `${source}   ${score}` : source;
      write(displayWidth(together) <= width && !source.includes('\n') ? together : [source, score].filter(Boolean).join('\n'));
    },
  };
}
