import type { DrillOptions } from '../../core/questions/index.js';
import { knownAnswers } from '../../core/history/index.js';
import { coverageModel, DRILL_SEED, drillLang, newSeed, planDrillFrom, stillDueFrom } from '../../core/session/index.js';
import type { App } from '../app.js';
import { cachedDrafts, keptOrBuilt, listedIn } from '../draft-heads.js';
import type { QuizFlags } from './quiz.js';
import { messages } from '../../ui/messages.js';
import { flaggedIn, requireTerminal, runQuestions } from './sessions.js';

export async function drillCommand(app: App, paths: string[], flags: QuizFlags): Promise<void> {
  requireTerminal(app, flags.plain);
  const lang = app.lang(flags.lang);
  const { collection, paths: notes } = await app.load(paths);
  // New questions come spread over banks and types (not define X, define Y, identify X…),
  // in an order that changes from one drill to the next. Flagged questions are never asked again.
  const flagged = flaggedIn(app);
  const order = newSeed(() => app.runtime.random());
  const now = app.runtime.now();
  const count = flags.count ?? app.settings.get('count');
  // Only what the drill can ask is built: the questions with a history, and enough new ones. The
  // cards come from the log's replay, kept in the cache (only what was appended since is replayed).
  const replay = await app.historyReplay(now);
  const cached = await cachedDrafts(app, collection.banks, lang, { keptOnly: true });
  const known = knownAnswers(replay);
  const drill: DrillOptions = { order, known, skip: (id) => flagged.has(id), fresh: count };
  const candidates = await keptOrBuilt(
    cached,
    (selection, kept) => selection.keptDrill(collection.banks, { seed: DRILL_SEED, ...kept }, drill),
    (generators) => generators.drillQuestions(collection.banks, { seed: DRILL_SEED, ...(lang ? { lang } : {}), ...listedIn(cached) }, drill),
  );
  const plan = planDrillFrom(replay.cards, known, now, count, () => candidates);
  const { pick } = plan;
  const m = messages(drillLang(plan, lang));
  app.note(m.drillPlan(pick.dueCount, pick.picked.due, pick.picked.weak, pick.picked.new));
  if (plan.waitUntil) {
    app.say(m.nothingDue(m.relative(plan.waitUntil, now)));
    return;
  }
  const report = await runQuestions(app, 'drill', pick.questions, notes, { ...flags, coverage: coverageModel(collection.banks) });
  if (report.abandoned) return;
  // How many are still due now, and when the next one comes, from now (not a clock time that
  // has already passed while questions are still due).
  const later = app.runtime.now();
  const after = stillDueFrom(plan, (await app.historyReplay(later)).cards, later);
  // A section of its own, apart from the summary's last list, like every other.
  app.say(`\n${m.stillDue(after.dueCount, after.nextDue ? m.relative(after.nextDue, later) : null)}`);
}
