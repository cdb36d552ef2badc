import { matchesTopic, type QuestionIndex } from '../../core/questions/select.js';
import { coverageModel, creditScore, pickInterview, planInterview, sessionSeed } from '../../core/session/index.js';
import { createRandom } from '../../core/text/index.js';
import type { Lang, Question } from '../../core/types.js';
import { formatInterviewReport } from '../../ui/report.js';
import type { App } from '../app.js';
import { cachedDrafts } from '../draft-heads.js';
import { pickedKeeping } from '../made-keeper.js';
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
  const seed = sessionSeed(flags.seed, () => app.runtime.random());
  // Flagged questions are never asked again.
  const flagged = flaggedIn(app);
  // Picked among drafts, built as they are picked: an interview does not pay for every question.
  const cached = await cachedDrafts(app, collection.banks, lang);
  const { count, ...limits } = planInterview(flags);
  const pickFrom = (index: QuestionIndex): Question[] => {
    let candidates = index.drafts.filter((d) => !flagged.has(index.idOf(d)));
    if (flags.topic) candidates = candidates.filter((d) => matchesTopic(d, flags.topic as string));
    const random = createRandom(seed);
    return pickInterview(candidates, count, () => random.next()).map((d) => index.build(d) as Question);
  };
  const { picked: questions, background } = await pickedKeeping(
    cached,
    collection.banks,
    seed,
    lang,
    (selection, kept) => pickFrom(selection.keptIndex(collection.banks, { seed, ...kept })),
    (_generators, index) => pickFrom(index),
  );
  if (questions.length === 0) {
    const m = messages(lang ?? app.notesLang(collection));
    throw new CliError(flags.topic ? m.noMatch(`--topic "${flags.topic}"`, '') : m.noQuestions);
  }
  await runQuestions(
    app,
    'interview',
    questions,
    notes,
    {
      ...flags,
      seed,
      ...limits,
      scoreOf: creditScore,
      coverage: coverageModel(collection.banks),
      ...(background ? { background } : {}),
    },
    (report, m) => formatInterviewReport(report, m, app.chalk, app.width),
  );
}
