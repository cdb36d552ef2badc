import { drillQuestions } from '../../core/questions/index.js';
import type { AnswerRecord } from '../../core/history/index.js';
import { cardStates, pickDrill, pickDrillFromStates } from '../../core/history/index.js';
import { coverageModel } from '../../core/session/index.js';
import type { App } from '../app.js';
import type { QuizFlags } from './quiz.js';
import { messages } from '../../ui/messages.js';
import { flaggedIn, interfaceLang, requireTerminal, runQuestions } from './sessions.js';

async function answers(app: App): Promise<AnswerRecord[]> {
  return (await app.history()).filter((r): r is AnswerRecord => r.kind === 'answer');
}

export async function drillCommand(app: App, paths: string[], flags: QuizFlags): Promise<void> {
  requireTerminal(app, flags.plain);
  const lang = app.lang(flags.lang);
  const { collection, paths: notes } = await app.load(paths);
  // A fixed seed: a question keeps its id and its choices from one drill to the next.
  // New questions come spread over banks and types (not define X, define Y, identify X…),
  // in an order that changes from one drill to the next.
  // Flagged questions are never asked again.
  const flagged = flaggedIn(app);
  const order = Math.floor(app.runtime.random() * 2 ** 32);
  const now = app.runtime.now();
  const count = flags.count ?? app.settings.get('count');
  // Only what the drill can ask is built: the questions with a history, and enough new ones.
  const records = await answers(app);
  const states = cardStates(records, now);
  const known = records.filter((r) => states.has(r.question));
  const candidates = drillQuestions(collection.banks, { seed: 1, ...(lang ? { lang } : {}) }, { order, known, skip: (id) => flagged.has(id), fresh: count });
  const pick = pickDrillFromStates(candidates, states, now, count);
  const m = messages(interfaceLang(pick.questions.length ? pick.questions : candidates, lang));
  app.note(m.drillPlan(pick.dueCount, pick.picked.due, pick.picked.weak, pick.picked.new));
  if (pick.questions.length === 0 && pick.nextDue) {
    app.say(m.nothingDue(m.relative(pick.nextDue, now)));
    return;
  }
  const report = await runQuestions(app, 'drill', pick.questions, notes, { ...flags, coverage: coverageModel(collection.banks) });
  if (report.abandoned) return;
  // How many are still due now, and when the next one comes, from now (not a clock time that
  // has already passed while questions are still due).
  const later = app.runtime.now();
  const after = pickDrill(candidates, await answers(app), later, 1);
  app.say(m.stillDue(after.dueCount, after.nextDue ? m.relative(after.nextDue, later) : null));
}
