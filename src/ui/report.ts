import type { ChalkInstance } from 'chalk';
import { MIN_SCORED_ANSWERS } from '../core/history/index.js';
import { credit, creditScore, isAnswered, kitOf, letterGrade, type QuestionResult, type SessionReport } from '../core/session/index.js';
import { matchKey, sameText } from '../core/text/index.js';
import type { Question } from '../core/types.js';
import { hanging, displayWidth, row, wrap } from './layout.js';
import { labelled, sentences, type Messages } from './messages.js';

// The end-of-session summary and the interview report, as text wrapped to the terminal.
// Colour comes from the chalk instance passed in; every word from the message tables.

export function topicLabel(question: Question): string {
  return question.topic.join(' › ');
}

/**
 * The line above a question: progress, type and topic. The topic's last headings are left out
 * when the prompt says them already (`什么是 Pod？` over `什么是 Pod？`, `「滚动更新参数」中…`).
 */
export function questionHeading(question: Question, m: Messages, progress = ''): string {
  return [progress, m.typeName(question.type), shownTopic(question).join(' › ')].filter(Boolean).join(' · ');
}

/** `3. Initiate the TLS Handshake`, `二、安装`: a heading's number orders the note, and above a question it reads as debris. */
const HEADING_NUMBER = /^\s*(?:\d+(?:\.\d+)*[.)、]|[一二三四五六七八九十]+、)\s*(?=\S)/u;

/** The topic as the line above a question shows it: without heading numbers, and without what the prompt says already. */
export function shownTopic(question: Question): string[] {
  const prompt = matchKey(question.prompt);
  const topic = question.topic.map((t) => t.replace(HEADING_NUMBER, ''));
  while (topic.length > 1 && prompt.includes(matchKey(topic[topic.length - 1] as string))) topic.pop();
  if (topic.length === 1 && prompt.includes(matchKey(topic[0] as string))) topic.pop();
  return topic;
}

export function shorten(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > columns - 1) break;
    out += ch;
  }
  // Not inside an English word (`address o…`): back to the space before it, when that keeps
  // most of the text.
  const next = text.charAt(out.length);
  const space = out.lastIndexOf(' ');
  if (/[A-Za-z0-9]$/.test(out) && /[A-Za-z0-9]/.test(next) && space >= (out.length * 2) / 3) out = out.slice(0, space);
  return `${out.replace(/[\s,;:]+$/, '')}…`;
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

/** `Score: 3/4 (75%) · 1 skipped`, or `Nothing answered · 2 skipped` (never `0/0 (0%)`). */
function scoreLine(report: SessionReport, m: Messages): string {
  return [m.score(report.correct, report.answered, percent(report.correct, report.answered)), ...notAnswered(report, m)].join(' · ');
}

/** Why a question is on the review list when it was not answered wrongly: skipped, out of time. */
function reviewMark(r: QuestionResult, m: Messages): string {
  return r.status === 'skipped' ? m.reviewMark.skipped : r.status === 'timedOut' ? m.reviewMark.timedOut : '';
}


export function formatSummary(report: SessionReport, m: Messages, c: ChalkInstance, width: number): string {
  const asked = report.results.length;
  const lines: string[] = [];
  const score = scoreLine(report, m);
  // Interrupted: one paragraph, so nothing long is printed while the person is leaving.
  // Stopped before any answer: that alone (a score of nothing says nothing more).
  if (report.abandoned) return wrap(sentences(c.yellow(m.abandoned(asked, report.planned)), asked ? score : ''), width);
  if (report.expired) lines.push(c.yellow(m.expired));
  lines.push(wrap(`${c.bold(score)}  ${m.time(m.duration(report.ms))}`, width));
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
      lines.push(hanging('  - ', `${answer}${reviewMark(r, m)}${c.dim(m.where(q.source.file, q.source.line))}`, width));
    }
  }
  const flagged = report.results.filter((r) => r.status === 'flagged');
  if (flagged.length) {
    lines.push('', c.bold(wrap(m.flaggedList, width)));
    for (const { question: q } of flagged) lines.push(hanging('  - ', `${q.subject}${c.dim(m.where(q.source.file, q.source.line))}`, width));
  }
  const topics = byTopic(report.results);
  if (topics.length > 1) {
    lines.push('', c.bold(m.byTopic));
    for (const t of topics) lines.push(row(2, m.topicScore(t.topic, t.correct, t.total), width));
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

/** Whether the interview earns a letter grade: it ran to its end, or enough was answered before it stopped. */
function gradable(report: SessionReport): boolean {
  return report.answered > 0 && (!report.abandoned || report.answered >= MIN_SCORED_ANSWERS);
}

/** Columns a question's subject takes in the interview report before it is cut. */
const SUBJECT_COLUMNS = 40;

/**
 * A question as the report names it: its subject, cut to a line (a sentence cloze's subject is
 * the whole sentence with its answer in it, said three times over otherwise).
 */
function reportSubject(question: Question): string {
  return shorten(question.subject.replace(/\s+/g, ' '), SUBJECT_COLUMNS);
}

export function formatInterviewReport(report: SessionReport, m: Messages, c: ChalkInstance, width: number): string {
  const lines: string[] = [];
  const ending = report.abandoned ? 'abandoned' : report.expired ? 'expired' : null;
  const score = interviewScore(report);
  // Stopped after a question or two: no grade and no percentage that would read as a result.
  const result = gradable(report)
    ? [letterGrade(score), `${Math.round(score * 100)}%`, `${report.correct}/${report.answered}`]
    : report.abandoned
      ? [m.stoppedEarly(report.answered, report.planned)]
      : [m.score(report.correct, report.answered, 0)];
  const summary = [...result, ...notAnswered(report, m), m.duration(report.ms)].join(' · ');
  lines.push(c.bold(wrap(m.interviewReport(gradable(report) || !report.abandoned ? ending : null, summary), width)));
  report.results.forEach((r, i) => {
    const grade = kitOf(r.question).selfGraded && (r.status === 'right' || r.status === 'wrong') ? m.aside(m.grades[r.grade - 1] ?? '') : '';
    const lead = `  ${String(i + 1).padStart(2)}. ${resultMark(r)} `;
    lines.push(hanging(lead, `[${m.typeName(r.question.type)}] ${reportSubject(r.question)}${grade} — ${m.duration(r.ms)}`, width));
    // What was typed when the time ran out is kept with the timeout, and shown.
    if (r.status === 'timedOut' && r.given) lines.push(hanging(' '.repeat(displayWidth(lead)), labelled(c.dim(m.partialAnswer), r.given), width));
  });
  const topics = byTopic(report.results);
  if (topics.length) {
    lines.push('', c.bold(m.byTopic));
    for (const t of topics) lines.push(row(2, m.topicScore(t.topic, t.correct, t.total), width));
  }
  const late = report.results.filter((r) => r.status === 'timedOut');
  if (late.length) {
    lines.push('', c.bold(m.ranOut));
    for (const r of late) lines.push(hanging('  - ', `${reportSubject(r.question)}${m.aside(topicLabel(r.question))}`, width));
  }
  // A flagged question is not worth reviewing: it will not be asked again.
  const review = report.results.filter((r) => credit(r) < 1 && r.status !== 'flagged');
  if (review.length) {
    lines.push('', c.bold(wrap(m.reviewNext, width)));
    for (const r of review) lines.push(hanging('  - ', `${reportSubject(r.question)}${reviewMark(r, m)}${c.dim(m.where(r.question.source.file, r.question.source.line))}`, width));
  }
  return lines.join('\n');
}
