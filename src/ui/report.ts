import type { ChalkInstance } from 'chalk';
import { credit, creditScore, isAnswered, kitOf, letterGrade, type QuestionResult, type SessionReport } from '../core/session/index.js';
import { sameText } from '../core/text/index.js';
import type { Question } from '../core/types.js';
import { hanging, stringWidth } from './layout.js';
import { formatDuration, type Messages } from './messages.js';

// The end-of-session summary and the interview report, as text. Colour comes from the
// chalk instance passed in.

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
    if (!isAnswered(r.status)) continue; // a skip (or a flag) is neither right nor wrong (see tally)
    const topic = topicLabel(r.question);
    const row = map.get(topic) ?? { topic, correct: 0, total: 0 };
    row.total++;
    if (r.status === 'right') row.correct++;
    map.set(topic, row);
  }
  return [...map.values()].sort((a, b) => a.correct / a.total - b.correct / b.total || a.topic.localeCompare(b.topic));
}

/** `· 2 skipped · 1 flagged` after a score, or nothing. */
function notAnswered(report: SessionReport, m: Messages): string[] {
  const count = (status: QuestionResult['status']) => report.results.filter((r) => r.status === status).length;
  const skipped = count('skipped');
  const flagged = count('flagged');
  return [...(skipped ? [m.skippedCount(skipped)] : []), ...(flagged ? [m.flaggedCount(flagged)] : [])];
}

export function formatSummary(report: SessionReport, m: Messages, c: ChalkInstance, width: number): string {
  const asked = report.results.length;
  const lines: string[] = [];
  const score = [m.score(report.correct, report.answered, percent(report.correct, report.answered)), ...notAnswered(report, m)].join(' · ');
  // Interrupted: one line, so nothing long is printed while the person is leaving.
  if (report.abandoned) return `${c.yellow(m.abandoned(asked, report.planned))} ${score}`;
  if (report.expired) lines.push(c.yellow(m.expired));
  lines.push(c.bold(score) + '  ' + m.time(formatDuration(report.ms)));
  const missed = report.results.filter((r) => r.status !== 'right' && r.status !== 'flagged');
  if (missed.length) {
    lines.push('', c.bold(m.missed));
    for (const r of missed) {
      const q = r.question;
      const kit = kitOf(q);
      const right = kit.rightText(q);
      // identify questions are about the term that is also their answer: show the clue instead.
      const clue = sameText(q.subject, right) || q.subject.includes(right) ? shorten(q.prompt.split('\n').pop() ?? q.prompt, 40) : q.subject;
      const answer = kit.showsAnswer ? `${clue} → ${right}` : q.subject;
      lines.push(hanging('  - ', `${answer} ${c.dim(`(${q.source.file}:${q.source.line})`)}`, width));
    }
  }
  const flagged = report.results.filter((r) => r.status === 'flagged');
  if (flagged.length) {
    lines.push('', c.bold(m.flaggedList));
    for (const { question: q } of flagged) lines.push(hanging('  - ', `${q.subject} ${c.dim(`(${q.source.file}:${q.source.line})`)}`, width));
  }
  const topics = byTopic(report.results);
  if (topics.length > 1) {
    lines.push('', c.bold(m.byTopic));
    for (const t of topics) lines.push(hanging('  ', `${t.topic}: ${t.correct}/${t.total}`, width));
  }
  return lines.join('\n');
}

/** One narrow mark a row so the report's columns line up; a recall's self-grade follows its subject. */
function resultMark(r: SessionReport['results'][number]): string {
  if (r.status === 'timedOut') return '⌛';
  if (r.status === 'skipped') return '– ';
  if (r.status === 'flagged') return '⚑ ';
  return credit(r) === 1 ? '✓ ' : credit(r) > 0 ? '½ ' : '✗ ';
}

/** Interview score: self-grades count (Hard is half right); skips are left out. */
export function interviewScore(report: SessionReport): number {
  return creditScore(report.results);
}

export function formatInterviewReport(report: SessionReport, m: Messages, c: ChalkInstance, width: number): string {
  const lines: string[] = [];
  const ending = report.abandoned ? 'abandoned' : report.expired ? 'expired' : null;
  const score = interviewScore(report);
  const summary = [`${letterGrade(score)}`, `${Math.round(score * 100)}%`, `${report.correct}/${report.answered}`, ...notAnswered(report, m), formatDuration(report.ms)].join(' · ');
  lines.push(c.bold(m.interviewReport(ending, summary)));
  report.results.forEach((r, i) => {
    const grade = kitOf(r.question).selfGraded && (r.status === 'right' || r.status === 'wrong') ? ` (${m.grades[r.grade - 1]})` : '';
    lines.push(hanging(`  ${String(i + 1).padStart(2)}. ${resultMark(r)} `, `[${r.question.type}] ${r.question.subject}${grade} — ${formatDuration(r.ms)}`, width));
  });
  const topics = byTopic(report.results);
  if (topics.length) {
    lines.push('', c.bold(m.byTopic));
    for (const t of topics) lines.push(hanging('  ', `${t.topic}: ${t.correct}/${t.total}`, width));
  }
  const late = report.results.filter((r) => r.status === 'timedOut');
  if (late.length) {
    lines.push('', c.bold(m.ranOut));
    for (const r of late) lines.push(hanging('  - ', `${r.question.subject} (${topicLabel(r.question)})`, width));
  }
  // A flagged question is not worth reviewing: it will not be asked again.
  const review = report.results.filter((r) => credit(r) < 1 && r.status !== 'flagged');
  if (review.length) {
    lines.push('', c.bold(m.reviewNext));
    for (const r of review) lines.push(hanging('  - ', `${r.question.subject} ${c.dim(`(${r.question.source.file}:${r.question.source.line})`)}`, width));
  }
  return lines.join('\n');
}
