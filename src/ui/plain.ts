import type { Writable } from 'node:stream';
import { parseAnswer, parseGrade, rightAnswerText, type Parsed } from '../core/grade.js';
import { coverage } from '../core/overlap.js';
import type { Question } from '../core/types.js';
import type { AskOutcome, Deadlines, GradeOutcome, Position, QuestionResult, SessionUI } from '../cli/session.js';
import { hanging } from './layout.js';
import { LineReader, TIMED_OUT } from './line-reader.js';
import { formatClock, labelled, type Messages } from './messages.js';
import { topicLabel } from './report.js';

// --plain: text only, no colour or cursor movement, one answer per input line.

export interface PlainOptions {
  reader: LineReader;
  out: Writable;
  messages: Messages;
  width: number;
  now: () => number;
}

/** Explanations carry light markdown (bold terms); plain output shows the words only. */
export function plainText(markdown: string): string {
  return markdown.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
}

export function timeLeftText(deadlines: Deadlines, now: number, m: Messages): string {
  const total = deadlines.session !== undefined ? formatClock(deadlines.session - now) : null;
  const question = deadlines.question !== undefined ? formatClock(deadlines.question - now) : null;
  return total || question ? m.timeLeft(total, question) : '';
}

export function questionText(question: Question, position: Position, width: number): string {
  const lines = [hanging('', `[${position.index + 1}/${position.total}] ${question.type} · ${topicLabel(question)}`, width), hanging('', question.prompt, width)];
  question.choices.forEach((choice, i) => lines.push(hanging(`  ${i + 1}) `, choice, width)));
  return lines.join('\n');
}

export function plainUI({ reader, out, messages: m, width, now }: PlainOptions): SessionUI {
  // Everything printed is wrapped by display width, hints and echoes included.
  const write = (text: string) => out.write(`${hanging('', text, width)}\n`);

  /** Reads lines until one parses; invalid lines get a short message and are read again. */
  async function readUntilValid<T>(parse: (line: string) => Parsed<T>, hint: string, signal: AbortSignal): Promise<{ kind: 'answer'; value: T } | { kind: 'skip' } | { kind: 'timeout' } | { kind: 'end' }> {
    for (;;) {
      const line = await reader.next(signal);
      if (line === TIMED_OUT) return signal.reason === 'stop' ? { kind: 'end' } : { kind: 'timeout' };
      if (line === null) return { kind: 'end' };
      const parsed = parse(line);
      if (parsed.kind !== 'invalid') return parsed;
      write(`? ${hint}`);
    }
  }

  return {
    async ask(question, position, deadlines, signal): Promise<AskOutcome> {
      write('');
      write(questionText(question, position, width));
      const left = timeLeftText(deadlines, now(), m);
      if (left) write(`(${left})`);
      const n = question.choices.length;
      const hint = question.type === 'recall' ? m.recallHint : question.type === 'order' ? m.orderHint(n) : m.answerHint(n);
      write(hint);
      return readUntilValid((line) => parseAnswer(question, line), hint, signal);
    },

    async selfGrade(question, given, _deadlines, signal): Promise<GradeOutcome> {
      write(labelled(m.yourAnswer, given));
      write(m.reference);
      write(hanging('  ', String(question.answer), width));
      const points = coverage(given, String(question.answer));
      if (points.covered.length) write(hanging(labelled(m.covered, ''), points.covered.join('; '), width));
      if (points.missed.length) write(hanging(labelled(m.notCovered, ''), points.missed.join('; '), width));
      write(m.gradeHint);
      return readUntilValid(parseGrade, m.gradeHint, signal);
    },

    async feedback(result: QuestionResult, position: Position) {
      const { question } = result;
      if (result.timedOut) write(m.timedOut);
      else if (result.skipped) write(m.skipped);
      else if (question.type !== 'recall') write(result.correct ? m.right : m.wrong);
      // Order explanations list the steps in order already.
      if (question.type !== 'recall' && question.type !== 'order' && !result.correct) write(hanging(labelled(m.theAnswer, ''), rightAnswerText(question), width));
      if (question.type === 'recall' && (result.skipped || result.timedOut)) write(hanging(labelled(m.reference, ''), String(question.answer), width));
      if (question.explanation) write(hanging('  ', plainText(question.explanation), width));
      write(labelled(m.source, `${question.source.file}:${question.source.line}`));
      write(m.scoreSoFar(position.correct, position.index));
    },
  };
}
