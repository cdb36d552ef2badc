import type { ChalkInstance } from 'chalk';
import { rightAnswerText } from '../core/grade.js';
import { sameText } from '../core/normalize.js';
import type { Question } from '../core/types.js';
import type { QuestionResult, SessionReport } from '../core/session.js';
import { hanging, stringWidth } from './layout.js';
import { formatDuration, type Messages } from './messages.js';

// The end-of-session summary, as text. Colour comes from the chalk instance passed in.

export function topicLabel(question: Question): string {
  return question.topic.join(' › ');
}

export function shorten(text: string, columns: number): string {
  if (stringWidth(text) <= columns) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > columns - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function percent(correct: number, total: number): number {
  return total ? Math.round((correct / total) * 100) : 0;
}

export function byTopic(results: QuestionResult[]): { topic: string; correct: number; total: number }[] {
  const map = new Map<string, { topic: string; correct: number; total: number }>();
  for (const r of results) {
    if (r.skipped) continue; // a skip is neither right nor wrong (see tally)
    const topic = topicLabel(r.question);
    const row = map.get(topic) ?? { topic, correct: 0, total: 0 };
    row.total++;
    if (r.correct) row.correct++;
    map.set(topic, row);
  }
  return [...map.values()].sort((a, b) => a.correct / a.total - b.correct / b.total || a.topic.localeCompare(b.topic));
}

export function formatSummary(report: SessionReport, m: Messages, c: ChalkInstance, width: number): string {
  const asked = report.results.length;
  const lines: string[] = [];
  const skipped = asked - report.answered;
  const score = m.score(report.correct, report.answered, percent(report.correct, report.answered)) + (skipped ? ` · ${m.skippedCount(skipped)}` : '');
  // Interrupted: one line, so nothing long is printed while the person is leaving.
  if (report.abandoned) return `${c.yellow(m.abandoned(asked, report.planned))} ${score}`;
  if (report.expired) lines.push(c.yellow(m.expired));
  lines.push(c.bold(score) + '  ' + m.time(formatDuration(report.ms)));
  const missed = report.results.filter((r) => !r.correct);
  if (missed.length) {
    lines.push('', c.bold(m.missed));
    for (const r of missed) {
      const q = r.question;
      const right = rightAnswerText(q);
      // identify questions are about the term that is also their answer: show the clue instead.
      const clue = sameText(q.subject, right) || q.subject.includes(right) ? shorten(q.prompt.split('\n').pop() ?? q.prompt, 40) : q.subject;
      const answer = q.type === 'recall' || q.type === 'order' ? q.subject : `${clue} → ${right}`;
      lines.push(hanging('  - ', `${answer} ${c.dim(`(${q.source.file}:${q.source.line})`)}`, width));
    }
  }
  const topics = byTopic(report.results);
  if (topics.length > 1) {
    lines.push('', c.bold(m.byTopic));
    for (const t of topics) lines.push(hanging('  ', `${t.topic}: ${t.correct}/${t.total}`, width));
  }
  return lines.join('\n');
}
