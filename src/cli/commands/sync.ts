import { CliError } from '../errors.js';
import { initSync, syncHistory, SyncError, type RunGit, type SyncResult } from '../../io/sync.js';
import type { App } from '../app.js';
import type { Messages } from '../../ui/messages.js';

// sync: the answer log shared between machines through any git remote. What it did is a message
// (stderr); failures are SyncErrors, said here in the run's language (git's own words quoted after
// what failed and what to do), which main() reports with their exit code.

export interface SyncFlags {
  init?: string;
}

const summary = (m: Messages, result: SyncResult): string => m.sync.summary(result.sent, result.received, result.answers);

/** A SyncError said in `m`'s language, with its exit code; anything else as it is. */
async function spoken<T>(m: Messages, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SyncError) throw new CliError(m.sync.failure(error.failure), error.exitCode);
    throw error;
  }
}

export async function syncCommand(app: App, flags: SyncFlags, git?: RunGit): Promise<void> {
  const m = app.m;
  const { runtime } = app;
  const options = { dataDir: app.dataDir, env: runtime.env, cwd: runtime.cwd, ...(git ? { git } : {}) };
  // Paths and remotes as typed, without control sequences, wrapped on a terminal (app.note):
  // the terminal cut `/tmp/tmp.` / `JtiFk…` and started a line with `：`.
  const say = (line: string): void => app.note(line);
  if (flags.init !== undefined) {
    const result = await spoken(m, () => initSync(flags.init as string, options));
    if (result.restored) app.warn(m.sync.restored(result.restored));
    if (result.createdRemote) say(m.sync.createdRemote(result.createdRemote));
    if (result.replacedRemote) say(m.sync.replacedRemote(result.replacedRemote, result.remote));
    say(m.sync.initDone(options.dataDir, result.remote, result.branch, summary(m, result)));
    say(m.sync.initNext);
    return;
  }
  const result = await spoken(m, () => syncHistory(options));
  if (result.restored) app.warn(m.sync.restored(result.restored));
  say(m.sync.synced(result.remote, summary(m, result)));
}
