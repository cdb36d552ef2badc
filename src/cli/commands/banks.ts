import type { App } from '../app.js';
import { banksJson, formatBanks } from '../../formats/index.js';
import type { Lang } from '../../core/types.js';
import { bundledNotice } from '../notes-paths.js';

export async function banksCommand(app: App, paths: string[], flags: { json?: boolean; lang?: Lang }): Promise<void> {
  const chosen = app.lang(flags.lang);
  // With --json the warnings are in the document; stderr still names them for a person.
  const { collection, bundled } = await app.load(paths);
  app.out(flags.json ? banksJson(collection) : formatBanks(collection, app.width, chosen ?? app.notesLang(collection)));
  // Last, for a person reading the tree: which bundled set this was and how to choose (the JSON names its files).
  if (bundled && !flags.json) app.note(bundledNotice(bundled, app.m.lang));
}
