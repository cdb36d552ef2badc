import { allQuestions, matchesTopic } from '../../core/questions/index.js';
import { coverageModel, creditScore, pickInterview } from '../../core/session/index.js';
import { createRandom } from '../../core/text/index.js';
import type { Lang } from '../../core/types.js';
import { formatInterviewReport } from '../../ui/report.js';
import type { App } from '../app.js';
import { CliError } from '../errors.js';
import { messages } from '../../ui/messages.js';
import { flaggedIn, requireTerminal, runQuestions } from './sessions.js';

export interface InterviewFlags {
  minutes: number;
  perQuestion?: number;
  count?: number;
  topic?: string;
  seed?: number;
  lang?: Lang;
  plain?: boolean;
}

export async function interviewCommand(app: App, paths: string[], flags: InterviewFlags): Promise<void> {
  requireTerminal(app, flags.plain);
  const lang = app.lang(flags.lang);
  const { collection, paths: notes } = await app.load(paths);
  const seed = flags.seed ?? Math.floor(app.runtime.random() * 2 ** 32);
  // Flagged questions are never asked again.
  const flagged = flaggedIn(app);
  let candidates = allQuestions(collection.banks, { seed, ...(lang ? { lang } : {}) }).filter((q) => !flagged.has(q.id));
  if (flags.topic) candidates = candidates.filter((q) => matchesTopic(q, flags.topic as string));
  if (candidates.length === 0) {
    const m = messages(lang ?? app.notesLang(collection));
    throw new CliError(flags.topic ? m.noMatch(`--topic "${flags.topic}"`, '') : m.noQuestions);
  }
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
    {
      ...flags,
      seed,
      totalMs: flags.minutes * 60_000,
      scoreOf: creditScore,
      coverage: coverageModel(collection.banks),
      // Each question has its own limit: --per-question, else its share of the time left.
      ...(flags.perQuestion ? { perQuestionMs: flags.perQuestion * 1000 } : { shareTime: true }),
    },
    (report, m) => formatInterviewReport(report, m, app.chalk, app.width),
  );
}
