import type { Writable } from 'node:stream';
import { kitOf, parseAnswer, parseGrade, type CoverageModel, type Parsed, type PromptKind } from '../core/session/index.js';
import { detailLines, feedbackOf, gradeSheet, labelledList, plainText, PLAIN_STYLE } from './feedback.js';
import type { Question } from '../core/types.js';
import type { AskOutcome, GradeOutcome, Outcome, Position, QuestionResult, SessionUI } from '../core/session/index.js';
import { displayWidth, hanging, hangingOrBelow } from './layout.js';
import { LineReader, ABORTED } from './line-reader.js';
import { labelled, timeLeftText, type Messages } from './messages.js';
import { questionHeading } from './report.js';

// --plain: text only, no colour or cursor movement, one answer per input line.

export interface PlainOptions {
  reader: LineReader;
  out: Writable;
  messages: Messages;
  width: number;
  now: () => number;
  /** What recall coverage weighs words by (the notes' own vocabulary); uniform without it. */
  coverage?: CoverageModel;
  /** Told once, when the first question is written and its answer awaited. */
  onShown?: () => void;
}

export function formatQuestion(question: Question, position: Position, width: number, m: Messages): string {
  const lines = [hanging('', `[${position.index + 1}/${position.total}] ${questionHeading(question, m)}`, width), hanging('', question.prompt, width)];
  question.choices.forEach((choice, i) => lines.push(hanging(`  ${i + 1}) `, choice, width)));
  return lines.join('\n');
}

/** The line under a question that says how to answer it, for each prompt a kind needs. */
const HINTS: { [P in PromptKind]: (m: PlainOptions['messages'], choices: number) => string } = {
  select: (m, n) => m.answerHint(n),
  sortable: (m, n) => m.orderHint(n),
  checkbox: (m, n) => m.multiHint(n),
  text: (m) => m.typedHint,
  free: (m) => m.recallHint,
};

export function plainUI({ reader, out, messages: m, width, now, coverage, onShown }: PlainOptions): SessionUI {
  // Everything printed is wrapped by display width, hints and echoes included.
  const write = (text: string) => out.write(`${hanging('', text, width)}\n`);
  let toldFlag = false;

  /**
   * Reads lines until one parses; an invalid line gets what is wrong with it (when the kit
   * says) and the hint again, then is read again.
   */
  async function readUntilValid<T>(parse: (line: string) => Parsed<T>, hint: string, signal: AbortSignal, explain = true): Promise<Outcome<T>> {
    for (;;) {
      const line = await reader.next(signal);
      if (line === ABORTED) return signal.reason === 'stop' ? { kind: 'end' } : { kind: 'timeout' };
      if (line === null) return { kind: 'end' };
      const parsed = parse(line);
      if (parsed.kind !== 'invalid') return parsed;
      if (explain) write(m.invalid(parsed.why));
      write(`? ${hint}`);
    }
  }

  return {
    async ask(question, position, deadlines, signal): Promise<AskOutcome> {
      write('');
      // Once a session: how to flag a bad question.
      if (!toldFlag) write(m.flagNote);
      toldFlag = true;
      write(formatQuestion(question, position, width, m));
      const left = timeLeftText(deadlines, now(), m);
      if (left) write(m.aside(left).trim());
      const hint = HINTS[kitOf(question).prompt](m, question.choices.length);
      write(hint);
      const answer = readUntilValid((line) => parseAnswer(question, line), hint, signal);
      onShown?.();
      onShown = undefined;
      return answer;
    },

    async selfGrade(question, given, _deadlines, signal): Promise<GradeOutcome> {
      const sheet = gradeSheet(question, given, coverage);
      write(hanging(labelled(m.yourAnswer, ''), given, width));
      write(m.reference);
      write(hanging('  ', sheet.reference, width));
      // In another language than the reference, the answer cannot be measured: no lists then.
      if (sheet.comparable && sheet.covered.length) write(labelledList(m.covered, sheet.covered.join(m.listSep), width));
      if (sheet.comparable && sheet.missed.length) write(labelledList(m.notCovered, sheet.missed.join(m.listSep), width));
      write(m.gradeHint);
      // The grade hint says all there is to say about a grade line.
      return readUntilValid(parseGrade, m.gradeHint, signal, false);
    },

    async feedback(result: QuestionResult, position: Position) {
      const f = feedbackOf(result);
      const verdicts = { right: m.right, wrong: m.wrong, skipped: m.skipped, timedOut: m.timedOut, flagged: m.flagged };
      if (f.verdict) write(verdicts[f.verdict]);
      if (f.partial) write(labelledList(m.partialAnswer, f.partial, width));
      if (f.answer) write(labelledList(m.theAnswer, f.answer, width));
      if (f.detail) detailLines(f.detail, m, PLAIN_STYLE, width).forEach(write);
      if (f.reference) write(hanging(labelled(m.reference, ''), f.reference, width));
      if (f.explanation) write(hanging('  ', plainText(f.explanation), width));
      write(hangingOrBelow(labelled(m.source, ''), f.source, width, displayWidth(f.source)));
      // Nothing answered yet: no `0/0`.
      const score = m.scoreSoFar(position.correct, position.answered);
      if (score) write(score);
    },
  };
}
