import { allQuestions, checkReport, type Rejection } from '../../core/questions/index.js';
import { formatCheck } from '../../formats/check.js';
import type { App } from '../app.js';
import type { Lang } from '../../core/types.js';

/** `k8s-quiz check`: what the notes give, what was turned down and why, and what made nothing. */
export async function checkCommand(app: App, paths: string[], flags: { json?: boolean; lang?: Lang }): Promise<void> {
  const chosen = app.lang(flags.lang);
  const texts = new Map<string, string>();
  const { collection } = await app.load(paths, { onText: (file, text) => texts.set(file, text) });
  // What the loader set aside (tables of contents, references, lists that are not procedures)
  // is turned down too, before any question was drafted.
  const rejections: Rejection[] = (collection.skipped ?? []).map((x) => ({ reason: x.reason, type: 'recall', file: x.file, line: x.line, text: x.text }));
  // The seed only shuffles choices; what is made and what is turned down do not depend on it.
  const questions = allQuestions(collection.banks, { seed: 1, onReject: (r) => rejections.push(r) });
  const report = checkReport(collection, questions, rejections, texts);
  app.out(flags.json ? JSON.stringify(report, null, 2) : formatCheck(report, app.width, chosen ?? app.notesLang(collection)));
}
