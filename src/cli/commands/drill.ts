import { allQuestions } from '../../core/questions/index.js';
import type { AnswerRecord } from '../../core/records.js';
import { pickDrill } from '../../core/schedule.js';
import { openHistory } from '../../io/history.js';
import type { App } from '../app.js';
import type { QuizFlags } from './quiz.js';
import { interfaceLang, requireTerminal, runQuestions } from './sessions.js';

function answers(app: App): AnswerRecord[] {
  const { records, warnings } = openHistory(app.dataDir).read();
  app.printWarnings(warnings);
  return records.filter((r): r is AnswerRecord => r.kind === 'answer');
}

export async function drillCommand(app: App, paths: string[], flags: QuizFlags): Promise<void> {
  requireTerminal(app, flags.plain);
  const { collection, paths: notes } = await app.load(paths);
  const lang = app.lang(flags.lang);
  // A fixed seed: a question keeps its id and its choices from one drill to the next.
  const candidates = allQuestions(collection.banks, { seed: 1, ...(lang ? { lang } : {}) });
  const now = app.runtime.now();
  const pick = pickDrill(candidates, answers(app), now, flags.count ?? app.settings.get('count'));
  const zh = interfaceLang(pick.questions.length ? pick.questions : candidates, lang) === 'zh';
  const due = zh ? `到期 ${pick.dueCount} 题` : `${pick.dueCount} due now`;
  const mix = zh
    ? `本次：到期 ${pick.picked.due}，薄弱 ${pick.picked.weak}，新题 ${pick.picked.new}`
    : `this drill: ${pick.picked.due} due, ${pick.picked.weak} weak, ${pick.picked.new} new`;
  app.runtime.stderr.write(`${due}; ${mix}\n`);
  if (pick.questions.length === 0 && pick.nextDue) {
    app.out(zh ? `现在没有要复习的题，下一题到期时间：${pick.nextDue.toLocaleString()}` : `Nothing to drill now; the next question is due ${pick.nextDue.toLocaleString()}.`);
    return;
  }
  await runQuestions(app, 'drill', pick.questions, notes, flags);
  const after = pickDrill(candidates, answers(app), app.runtime.now(), 1);
  if (after.nextDue) app.out(zh ? `下一题到期：${after.nextDue.toLocaleString()}` : `Next due: ${after.nextDue.toLocaleString()}`);
}
