import { initSync, syncHistory, type RunGit, type SyncResult } from '../../io/sync.js';
import type { App } from '../app.js';
import { terminalText } from '../../ui/layout.js';

// sync: the answer log shared between machines through any git remote. What it did is a message
// (stderr); failures are SyncErrors, which main() reports with their exit code.

export interface SyncFlags {
  init?: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function summary(result: SyncResult): string {
  return `sent ${plural(result.sent, 'new answer')}, received ${plural(result.received, 'new answer')}; ${plural(result.answers, 'answer')} in all`;
}

function restoredMessage(lines: number): string {
  return `${plural(lines, 'line')} of the synced history were missing here (after \`k8s-quiz reset\`?) and were put back: a synced history is shared by every machine and is not reset on one alone`;
}

export async function syncCommand(app: App, flags: SyncFlags, git?: RunGit): Promise<void> {
  const { runtime } = app;
  const options = { dataDir: app.dataDir, env: runtime.env, cwd: runtime.cwd, ...(git ? { git } : {}) };
  const say = (line: string): void => {
    runtime.stderr.write(`${terminalText(line)}\n`); // paths and remotes as typed: no control sequence
  };
  if (flags.init !== undefined) {
    const result = await initSync(flags.init, options);
    if (result.restored) app.warn(restoredMessage(result.restored));
    if (result.createdRemote) say(`created an empty git repository at ${result.createdRemote}`);
    if (result.replacedRemote) say(`the remote was ${result.replacedRemote}; it is now ${result.remote}`);
    say(`${options.dataDir} syncs with ${result.remote} (branch ${result.branch}): ${summary(result)}.`);
    say('From now on, `k8s-quiz sync` shares new answers; on another machine, run `k8s-quiz sync --init` with the same remote.');
    return;
  }
  const result = await syncHistory(options);
  if (result.restored) app.warn(restoredMessage(result.restored));
  say(`synced with ${result.remote}: ${summary(result)}.`);
}
