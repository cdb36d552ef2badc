import type { ChalkInstance } from 'chalk';
import { allQuestions, matchesTopic } from '../../core/questions/index.js';
import { letterGrade, pickInterview } from '../../core/interview.js';
import { createRandom } from '../../core/random.js';
import type { Lang } from '../../core/types.js';
import { hanging } from '../../ui/layout.js';
import { formatDuration, type Messages } from '../../ui/messages.js';
import { byTopic, topicLabel } from '../../ui/report.js';
import type { App } from '../app.js';
import { credit, creditScore, type SessionReport } from '../../core/session.js';
import { CliError } from '../errors.js';
import { requireTerminal, runQuestions } from './sessions.js';

export interface InterviewFlags {
  minutes: number;
  perQuestion?: number;
  count?: number;
  topic?: string;
  seed?: number;
  lang?: Lang;
  plain?: boolean;
}

/** One narrow mark a row so the report's columns line up; a recall's self-grade follows its subject. */
function resultMark(r: SessionReport['results'][number]): string {
  if (r.timedOut) return '⌛';
  if (r.skipped) return '– ';
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
  const skipped = report.results.length - report.answered;
  const summary = [`${letterGrade(score)}`, `${Math.round(score * 100)}%`, `${report.correct}/${report.answered}`, ...(skipped ? [m.skippedCount(skipped)] : []), formatDuration(report.ms)].join(' · ');
  lines.push(c.bold(m.interviewReport(ending, summary)));
  report.results.forEach((r, i) => {
    const grade = r.question.type === 'recall' && !r.skipped && !r.timedOut ? ` (${m.grades[r.grade - 1]})` : '';
    lines.push(hanging(`  ${String(i + 1).padStart(2)}. ${resultMark(r)} `, `[${r.question.type}] ${r.question.subject}${grade} — ${formatDuration(r.ms)}`, width));
  });
  const topics = byTopic(report.results);
  if (topics.length) {
    lines.push('', c.bold(m.byTopic));
    for (const t of topics) lines.push(hanging('  ', `${t.topic}: ${t.correct}/${t.total}`, width));
  }
  const late = report.results.filter((r) => r.timedOut);
  if (late.length) {
    lines.push('', c.bold(m.ranOut));
    for (const r of late) lines.push(hanging('  - ', `${r.question.subject} (${topicLabel(r.question)})`, width));
  }
  const review = report.results.filter((r) => credit(r) < 1);
  if (review.length) {
    lines.push('', c.bold(m.reviewNext));
    for (const r of review) lines.push(hanging('  - ', `${r.question.subject} ${c.dim(`(${r.question.source.file}:${r.question.source.line})`)}`, width));
  }
  return lines.join('\n');
}

export async function interviewCommand(app: App, paths: string[], flags: InterviewFlags): Promise<void> {
  requireTerminal(app, flags.plain);
  const { collection, paths: notes } = await app.load(paths);
  const seed = flags.seed ?? Math.floor(app.runtime.random() * 2 ** 32);
  const lang = app.lang(flags.lang);
  let candidates = allQuestions(collection.banks, { seed, ...(lang ? { lang } : {}) });
  if (flags.topic) candidates = candidates.filter((q) => matchesTopic(q, flags.topic as string));
  if (candidates.length === 0) throw new CliError(flags.topic ? `no questions match --topic "${flags.topic}"` : 'no questions could be made from these notes');
  // Enough questions to fill the time: --per-question each, else about a minute and a half.
  const perQuestionMinutes = flags.perQuestion ? flags.perQuestion / 60 : 1.5;
  const count = flags.count ?? Math.max(3, Math.min(30, Math.round(flags.minutes / perQuestionMinutes)));
  const random = createRandom(seed);
  const questions = pickInterview(candidates, count, () => random.next());
  await runQuestions(
    app,
    'interview',
    questions,
    notes,
    { ...flags, seed, totalMs: flags.minutes * 60_000, scoreOf: creditScore, ...(flags.perQuestion ? { perQuestionMs: flags.perQuestion * 1000 } : {}) },
    (report, m) => formatInterviewReport(report, m, app.chalk, app.width),
  );
}
