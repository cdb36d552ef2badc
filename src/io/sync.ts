import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripControlLine } from '../core/text/index.js';
import { CliError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { HISTORY_FILE, parseHistory } from './history.js';
import { makeDir } from './atomic-file.js';

// `k8s-quiz sync`: the data dir as a git repository whose only tracked content is the answer log
// (plus the two files that say how to merge it and what to leave out). The log is append-only and
// every record has an id, so two machines' logs merge by union (git's built-in `union` driver:
// the lines of both sides, no conflict markers) and reading drops whatever came twice.
//
// Everything goes through one injected `RunGit` (tests pass the real one with an isolated HOME
// and git config, against a bare repository in a temporary folder). git is never asked to prompt:
// stdin is closed, GIT_TERMINAL_PROMPT=0, ssh runs in batch mode, and commits carry a fallback
// identity when the machine has none. Nothing here resets, checks out or deletes: the worst a
// failure leaves is this machine's answers committed locally, not yet shared.

const REMOTE_NAME = 'origin';
/** The branch a fresh data-dir repository starts on. */
const DEFAULT_BRANCH = 'main';

const GITATTRIBUTES = '.gitattributes';
const GITIGNORE = '.gitignore';

/** `history.jsonl` merged as the union of both sides' lines; the two small files likewise. */
const ATTRIBUTES_TEXT = `# k8s-quiz sync: the answer log is append-only and every record has an id, so merging two
# machines' logs keeps the lines of both (duplicates are dropped when the log is read).
${HISTORY_FILE} -text merge=union
${GITATTRIBUTES} merge=union
${GITIGNORE} merge=union
`;

/** Only the answer log travels: settings (config.json), caches, locks, temp and moved-aside files stay. */
const IGNORE_TEXT = `# k8s-quiz sync: only the answer log is shared. Settings (config.json), caches, locks,
# temporary files and logs moved aside by \`reset\` stay on this machine.
/*
!/${HISTORY_FILE}
!/${GITATTRIBUTES}
!/${GITIGNORE}
`;

const UNION_LINE = `${HISTORY_FILE} -text merge=union`;
/** Fallback identity for machines with no `user.name` / `user.email` configured. */
const FALLBACK_NAME = 'k8s-quiz';
const FALLBACK_EMAIL = 'k8s-quiz@localhost';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `git args` in `cwd` with exactly `env`, stdin closed. Resolves with the exit code and
 * output whatever the code; rejects with SyncError `GIT_MISSING` when git cannot be found.
 */
export type RunGit = (args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }) => Promise<GitResult>;

export type SyncErrorCode = 'GIT_MISSING' | 'NOT_SET_UP' | 'UNREACHABLE' | 'CONFLICT' | 'GIT_FAILED';

/**
 * What went wrong, as data: the message tables say it in either language (`sync.failure`), with
 * what to do. `git`: the line of git's stderr that says why (see gitSaid), when it said something.
 */
export type SyncFailure =
  | { kind: 'git-missing' }
  | { kind: 'not-set-up'; dataDir: string }
  | { kind: 'no-remote' }
  | { kind: 'remote-is-data-dir'; remote: string }
  | { kind: 'create-remote'; remote: string; git?: string }
  /** `git <command>` failed in the data dir (init, merge, add, commit…). */
  | { kind: 'git'; command: string; dataDir: string; git?: string }
  | { kind: 'detached'; dataDir: string; branch: string }
  | { kind: 'unreachable'; remote: string; dataDir: string; git?: string }
  /** A merge git cannot finish: `files` conflicted (none known when a merge was left unfinished). */
  | { kind: 'conflict'; dataDir: string; remoteBranch: string; files: string[] }
  /** The log kept changing while merging (a quiz answering meanwhile). */
  | { kind: 'log-busy' }
  /** The remote kept moving while pushing (another machine syncing). */
  | { kind: 'remote-busy'; remote: string };

const CODES: Record<SyncFailure['kind'], SyncErrorCode> = {
  'git-missing': 'GIT_MISSING',
  'not-set-up': 'NOT_SET_UP',
  'no-remote': 'NOT_SET_UP',
  'remote-is-data-dir': 'NOT_SET_UP',
  'create-remote': 'GIT_FAILED',
  git: 'GIT_FAILED',
  detached: 'GIT_FAILED',
  unreachable: 'UNREACHABLE',
  conflict: 'CONFLICT',
  'log-busy': 'GIT_FAILED',
  'remote-busy': 'GIT_FAILED',
};

/** A sync failure; its message is the English one, `failure` says it in any language. */
export class SyncError extends CliError {
  readonly code: SyncErrorCode;

  constructor(readonly failure: SyncFailure) {
    const code = CODES[failure.kind];
    super(messages('en').sync.failure(failure), code === 'NOT_SET_UP' ? 2 : 1);
    this.code = code;
  }
}

const gitMissing = (): SyncError => new SyncError({ kind: 'git-missing' });

export const spawnGit: RunGit = (args, { cwd, env }) =>
  new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? gitMissing() : error));
    child.on('close', (code) =>
      resolve({ code: code ?? 128, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });

export interface SyncOptions {
  dataDir: string;
  /** The environment git runs with (HOME, PATH, GIT_CONFIG_GLOBAL… as the person has them). */
  env: NodeJS.ProcessEnv;
  /** Existing folder git's first call runs in, and the base of a relative remote path. */
  cwd: string;
  git?: RunGit;
  /** Names the machine in commit messages. Default: os.hostname(). */
  hostname?: string;
}

export interface SyncResult {
  /** The remote's URL or path, as git has it. */
  remote: string;
  branch: string;
  /** Answers this machine had that the remote did not. */
  sent: number;
  /** Answers the remote had that this machine did not. */
  received: number;
  /** Answers in the log now. */
  answers: number;
  /** Lines of the already synced history that were missing here (after a reset) and were appended back. */
  restored?: number;
  /** init only: a bare repository was created at this path (the remote was a new local folder). */
  createdRemote?: string;
  /** init only: the remote it replaced, when the data dir was already set up with another one. */
  replacedRemote?: string;
}

/**
 * Why git failed, in one line: the first line of its stderr that says something (`ssh: Could not
 * resolve hostname …`, `'/media/usb/x.git' does not appear to be a git repository`), without its
 * `fatal:` prefix and without the generic advice git adds after it.
 */
export function gitReason(stderr: string): string {
  return gitSaid(stderr) ?? 'git gave no reason';
}

/** gitReason, or undefined when git said nothing; no control character, at most 300 characters. */
function gitSaid(stderr: string): string | undefined {
  const generic = /^(Could not read from remote repository\.?|Please make sure you have the correct access rights|and the repository exists\.?)$/i;
  const lines = stderr
    .split(/\r?\n|\r/)
    .map((l) => stripControlLine(l).trim().replace(/^(fatal|error):\s*/i, ''))
    .filter((l) => l && !generic.test(l) && !/^hint:/i.test(l));
  const line = lines[0];
  return line === undefined || line.length <= 300 ? line : `${line.slice(0, 299)}…`;
}

/** The failure's `git` field, present only when git said something. */
const said = (stderr: string): { git?: string } => {
  const git = gitSaid(stderr);
  return git === undefined ? {} : { git };
};

/** Is `remote` a folder on this machine (rather than a URL or `host:path`)? */
export function isLocalPath(remote: string): boolean {
  if (/^file:\/\//i.test(remote)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return false;
  if (/^[A-Za-z]:[\\/]/.test(remote)) return true; // C:\… on Windows
  if (remote.startsWith('/') || remote.startsWith('.') || remote.startsWith('~') || remote.startsWith('\\')) return true;
  // scp-like `host:path` or `user@host:path`: a colon before any slash.
  const colon = remote.indexOf(':');
  const slash = remote.indexOf('/');
  return !(colon > 0 && (slash === -1 || colon < slash));
}

/** A copy of `env` without what would point git at another repository, and never prompting. */
function gitEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_NAMESPACE', 'GIT_PREFIX', 'GIT_COMMON_DIR']) {
    delete clean[name];
  }
  clean['GIT_TERMINAL_PROMPT'] = '0';
  clean['GIT_MERGE_AUTOEDIT'] = 'no';
  // git's messages are quoted in ours; one language keeps them recognisable.
  clean['LC_ALL'] = 'C';
  return clean;
}

function countAnswers(text: string): number {
  return parseHistory(text, HISTORY_FILE).records.filter((r) => r.kind === 'answer').length;
}

/** One data-dir repository; every call names the git dir and work tree, so no parent repository is ever found. */
class Repo {
  readonly gitDir: string;
  private readonly run: RunGit;
  private env: NodeJS.ProcessEnv;
  private settings: Map<string, string> | undefined;
  private batchSsh = false;
  /** Lines of the synced log put back because they were missing from the file (see keepSyncedLines). */
  restored = 0;

  constructor(
    readonly dataDir: string,
    options: SyncOptions,
  ) {
    this.gitDir = path.join(dataDir, '.git');
    this.run = options.git ?? spawnGit;
    this.env = gitEnv(options.env);
  }

  get historyPath(): string {
    return path.join(this.dataDir, HISTORY_FILE);
  }

  /** Runs git on this repository; `extra` config goes before the subcommand. */
  raw(args: readonly string[], extra: readonly string[] = []): Promise<GitResult> {
    // Hooks are the person's business in their own repositories, not in an automated data log.
    const base = ['-c', `core.hooksPath=${path.join(this.gitDir, 'k8s-quiz-no-hooks')}`, '-c', 'commit.gpgsign=false', ...extra];
    return this.run([...base, `--git-dir=${this.gitDir}`, `--work-tree=${this.dataDir}`, ...args], { cwd: this.dataDir, env: this.env });
  }

  /** Runs git and throws GIT_FAILED (with git's reason) unless it exits 0. */
  async must(args: readonly string[], extra: readonly string[] = []): Promise<string> {
    const result = await this.raw(args, extra);
    if (result.code !== 0) throw new SyncError({ kind: 'git', command: args[0] ?? '', dataDir: this.dataDir, ...said(result.stderr || result.stdout) });
    return result.stdout;
  }

  /**
   * The few settings sync looks at, read in one call (every git call costs a process): the
   * identity, the remote, the ssh command. Keys as git prints them (lower case). `fresh` re-reads.
   */
  async config(key: string, fresh = false): Promise<string | undefined> {
    if (!this.settings || fresh) {
      const result = await this.raw(['config', '--get-regexp', `^(user\\.name|user\\.email|core\\.sshcommand|remote\\.${REMOTE_NAME}\\.url)$`]);
      this.settings = new Map();
      for (const line of result.stdout.split('\n')) {
        const space = line.indexOf(' ');
        if (space > 0 && line.slice(space + 1).trim()) this.settings.set(line.slice(0, space).toLowerCase(), line.slice(space + 1).trim());
      }
    }
    return this.settings.get(key.toLowerCase());
  }

  /** `-c user.name=… -c user.email=…` when the machine has none, so commits work on a fresh machine. */
  async identityArgs(): Promise<string[]> {
    const identity: string[] = [];
    if (!(await this.config('user.name'))) identity.push('-c', `user.name=${FALLBACK_NAME}`);
    if (!(await this.config('user.email'))) identity.push('-c', `user.email=${FALLBACK_EMAIL}`);
    return identity;
  }

  /** ssh must not ask for a password or a host key on the terminal: batch mode, unless the person set their own ssh command. */
  async noPromptSsh(remote: string): Promise<void> {
    if (this.batchSsh || isLocalPath(remote)) return;
    this.batchSsh = true;
    if (this.env['GIT_SSH_COMMAND'] || this.env['GIT_SSH'] || (await this.config('core.sshCommand'))) return;
    this.env = { ...this.env, GIT_SSH_COMMAND: 'ssh -o BatchMode=yes' };
  }

  async branch(): Promise<string> {
    const result = await this.raw(['symbolic-ref', '--short', '-q', 'HEAD']);
    const name = result.stdout.trim();
    if (result.code !== 0 || !name) {
      throw new SyncError({ kind: 'detached', dataDir: this.dataDir, branch: DEFAULT_BRANCH });
    }
    return name;
  }

  mergeInProgress(): boolean {
    return fs.existsSync(path.join(this.gitDir, 'MERGE_HEAD'));
  }

  /** The .gitattributes / .gitignore of the data dir, and the union rule in .git/info/attributes (which applies even if .gitattributes is edited away). */
  writeRepoFiles(): void {
    const attributes = path.join(this.dataDir, GITATTRIBUTES);
    if (!fs.existsSync(attributes)) fs.writeFileSync(attributes, ATTRIBUTES_TEXT);
    else if (!/^history\.jsonl\s.*merge=union/m.test(fs.readFileSync(attributes, 'utf8'))) fs.appendFileSync(attributes, `\n${ATTRIBUTES_TEXT}`);
    const ignore = path.join(this.dataDir, GITIGNORE);
    if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, IGNORE_TEXT);
    const info = path.join(this.gitDir, 'info');
    const infoAttributes = path.join(info, 'attributes');
    const current = fs.existsSync(infoAttributes) ? fs.readFileSync(infoAttributes, 'utf8') : '';
    if (!current.split('\n').includes(UNION_LINE)) {
      makeDir(info);
      fs.appendFileSync(infoAttributes, `${current && !current.endsWith('\n') ? '\n' : ''}${UNION_LINE}\n`);
    }
  }

  /**
   * A log whose last line was cut off (a kill mid-write) gets its newline now, by appending, so
   * the union of two logs never glues that line to the other side's next one.
   */
  endLogWithNewline(): void {
    let fd: number;
    try {
      // Appending, never creating: no log, nothing to end.
      fd = fs.openSync(this.historyPath, fs.constants.O_RDWR | fs.constants.O_APPEND);
    } catch {
      return;
    }
    try {
      const size = fs.fstatSync(fd).size;
      const last = Buffer.alloc(1);
      if (size > 0 && fs.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a) fs.writeSync(fd, '\n');
    } finally {
      fs.closeSync(fd);
    }
  }

  readLog(): string {
    try {
      return fs.readFileSync(this.historyPath, 'utf8');
    } catch {
      return '';
    }
  }

  /** Commits the log (and the two repo files) if they changed; returns whether it committed. */
  async commitLocal(message: string): Promise<boolean> {
    this.endLogWithNewline();
    // Usually nothing changed since the last commit: one call to find out.
    const status = await this.must(['status', '--porcelain', '--untracked-files=all', '--', HISTORY_FILE, GITATTRIBUTES, GITIGNORE]);
    if (status.trim() === '') return false;
    if (/^(?!\?\?)[ -~]{2} history\.jsonl$/m.test(status)) await this.keepSyncedLines();
    const paths = [HISTORY_FILE, GITATTRIBUTES, GITIGNORE].filter((p) => fs.existsSync(path.join(this.dataDir, p)));
    if (paths.length === 0) return false;
    await this.must(['add', '--', ...paths]);
    // The log may be back to what was committed (lines put back after a reset): nothing to commit.
    if ((await this.raw(['diff', '--cached', '--quiet', '--', ...paths])).code === 0) return false;
    await this.must(['commit', '-q', '-m', message, '--', ...paths], await this.identityArgs());
    return true;
  }

  /**
   * The log only grows, so a commit never removes a line. When lines of the last commit are gone
   * from the file (`k8s-quiz reset` moved it aside, or it was edited), committing would delete
   * them on every machine at the next merge: they are appended back instead, and counted.
   */
  async keepSyncedLines(): Promise<void> {
    const committed = await this.raw(['show', `HEAD:${HISTORY_FILE}`]);
    if (committed.code !== 0) return;
    const current = this.readLog();
    if (current.startsWith(committed.stdout)) return;
    const have = new Set(current.split('\n'));
    const missing = committed.stdout.split('\n').filter((l) => l.trim() !== '' && !have.has(l));
    if (missing.length === 0) return;
    this.endLogWithNewline();
    fs.appendFileSync(this.historyPath, `${missing.join('\n')}\n`);
    this.restored += missing.length;
  }

  async remoteUrl(fresh = false): Promise<string | undefined> {
    return this.config(`remote.${REMOTE_NAME}.url`, fresh);
  }

  async hasRef(ref: string): Promise<boolean> {
    return (await this.raw(['rev-parse', '-q', '--verify', `${ref}^{commit}`])).code === 0;
  }

  async fetch(remote: string): Promise<void> {
    await this.noPromptSsh(remote);
    const result = await this.raw(['fetch', '-q', REMOTE_NAME]);
    if (result.code !== 0) throw unreachable(remote, result.stderr, this.dataDir);
  }

  /** The remote branch's log, as fetched ('' when the branch or the file is not there). */
  async remoteLog(branch: string): Promise<string> {
    const result = await this.raw(['show', `refs/remotes/${REMOTE_NAME}/${branch}:${HISTORY_FILE}`]);
    return result.code === 0 ? result.stdout : '';
  }

  /**
   * Merges the fetched branch. `retry`: git would not start because the log changed since the
   * commit (a quiz is answering right now): commit again and merge again. A real conflict (in a
   * file other than the log, which the union driver always merges) is undone with `merge --abort`,
   * which puts back exactly the committed state: this machine's answers are all in that commit.
   */
  async merge(remote: string, branch: string): Promise<'merged' | 'retry'> {
    const result = await this.raw(
      ['merge', '-q', '--no-edit', '--allow-unrelated-histories', '-m', `k8s-quiz: answers from ${remote}`, `refs/remotes/${REMOTE_NAME}/${branch}`],
      await this.identityArgs(),
    );
    if (result.code === 0) return 'merged';
    if (!this.mergeInProgress()) {
      if (/would be overwritten|untracked working tree files/i.test(result.stderr)) return 'retry';
      throw new SyncError({ kind: 'git', command: 'merge', dataDir: this.dataDir, ...said(result.stderr) });
    }
    const conflicted = (await this.raw(['diff', '--name-only', '--diff-filter=U'])).stdout.split('\n').filter(Boolean);
    await this.raw(['merge', '--abort']);
    throw conflict(this.dataDir, branch, conflicted);
  }

  /** Pushes; `rejected` when the remote moved on meanwhile (fetch, merge and push again). */
  async push(remote: string, branch: string): Promise<'pushed' | 'rejected'> {
    await this.noPromptSsh(remote);
    const result = await this.raw(['push', '-q', '--set-upstream', REMOTE_NAME, `refs/heads/${branch}:refs/heads/${branch}`]);
    if (result.code === 0) return 'pushed';
    if (/\[rejected\]|non-fast-forward|fetch first/i.test(result.stderr)) return 'rejected';
    throw unreachable(remote, result.stderr, this.dataDir);
  }
}

function unreachable(remote: string, stderr: string, dataDir: string): SyncError {
  return new SyncError({ kind: 'unreachable', remote, dataDir, ...said(stderr) });
}

function conflict(dataDir: string, branch: string, files: string[]): SyncError {
  return new SyncError({ kind: 'conflict', dataDir, remoteBranch: `${REMOTE_NAME}/${branch}`, files });
}

async function checkGit(options: SyncOptions): Promise<void> {
  const run = options.git ?? spawnGit;
  const result = await run(['--version'], { cwd: options.cwd, env: gitEnv(options.env) });
  if (result.code !== 0) throw gitMissing();
}

/** Fetch, merge, push; again if someone pushed in between. Counts answers both ways. */
async function exchange(repo: Repo, remote: string, branch: string, message: string): Promise<Pick<SyncResult, 'sent' | 'received' | 'answers'>> {
  let localBefore = 0;
  let remoteAnswers = 0;
  for (let attempt = 1; ; attempt++) {
    await repo.commitLocal(message);
    if (attempt === 1) localBefore = countAnswers(repo.readLog()); // after any synced lines were put back
    await repo.fetch(remote);
    if (await repo.hasRef(`refs/remotes/${REMOTE_NAME}/${branch}`)) {
      remoteAnswers = countAnswers(await repo.remoteLog(branch));
      let merged = await repo.merge(remote, branch);
      for (let again = 0; merged === 'retry' && again < 3; again++) {
        await repo.commitLocal(message);
        merged = await repo.merge(remote, branch);
      }
      if (merged === 'retry') {
        throw new SyncError({ kind: 'log-busy' });
      }
    }
    // Answers made while this ran are committed too, before pushing.
    await repo.commitLocal(message);
    if ((await repo.push(remote, branch)) === 'pushed') break;
    if (attempt >= 3) {
      throw new SyncError({ kind: 'remote-busy', remote });
    }
  }
  const answers = countAnswers(repo.readLog());
  return { sent: Math.max(0, answers - remoteAnswers), received: Math.max(0, answers - localBefore), answers };
}

function hostname(options: SyncOptions): string {
  return options.hostname ?? os.hostname();
}

/** `k8s-quiz sync`: commit new answers, fetch, merge (union), push. */
export async function syncHistory(options: SyncOptions): Promise<SyncResult> {
  const repo = new Repo(options.dataDir, options);
  const notSetUp = new SyncError({ kind: 'not-set-up', dataDir: options.dataDir });
  if (!fs.existsSync(repo.gitDir)) {
    await checkGit(options); // without git, that is the first thing to say
    throw notSetUp;
  }
  const remote = await repo.remoteUrl();
  if (!remote) throw notSetUp;
  const branch = await repo.branch();
  if (repo.mergeInProgress()) throw conflict(options.dataDir, branch, []);
  repo.writeRepoFiles();
  const counts = await exchange(repo, remote, branch, `k8s-quiz: answers from ${hostname(options)}`);
  return { remote, branch, ...counts, ...(repo.restored ? { restored: repo.restored } : {}) };
}

/**
 * `k8s-quiz sync --init REMOTE`: makes the data dir a repository (if it is not one), writes the
 * merge rule and the ignore list, commits, sets REMOTE as `origin`, merges what the remote already
 * has (a second machine) and pushes. A REMOTE that is a new folder on this machine (in a folder
 * that exists) becomes a bare repository first.
 */
export async function initSync(remoteArg: string, options: SyncOptions): Promise<SyncResult> {
  await checkGit(options);
  const run = options.git ?? spawnGit;
  const env = gitEnv(options.env);
  let remote = remoteArg.trim();
  if (!remote) throw new SyncError({ kind: 'no-remote' });
  let createdRemote: string | undefined;
  if (isLocalPath(remote)) {
    const local = remote.replace(/^file:\/\//i, '');
    const home = options.env['HOME'] || os.homedir();
    remote = path.resolve(options.cwd, local === '~' ? home : local.startsWith('~/') ? path.join(home, local.slice(2)) : local);
    const empty = fs.existsSync(remote) && fs.statSync(remote).isDirectory() && fs.readdirSync(remote).length === 0;
    if (path.resolve(remote) === path.resolve(options.dataDir)) {
      throw new SyncError({ kind: 'remote-is-data-dir', remote });
    }
    if (empty || (!fs.existsSync(remote) && fs.existsSync(path.dirname(remote)))) {
      const made = await run(['init', '-q', '--bare', remote], { cwd: options.cwd, env });
      if (made.code !== 0) throw new SyncError({ kind: 'create-remote', remote, ...said(made.stderr) });
      createdRemote = remote;
    }
  }

  makeDir(options.dataDir);
  const repo = new Repo(options.dataDir, options);
  if (!fs.existsSync(repo.gitDir)) {
    const made = await run(['init', '-q', options.dataDir], { cwd: options.dataDir, env });
    if (made.code !== 0) throw new SyncError({ kind: 'git', command: 'init', dataDir: options.dataDir, ...said(made.stderr) });
    await repo.must(['symbolic-ref', 'HEAD', `refs/heads/${DEFAULT_BRANCH}`]);
  }
  const branch = await repo.branch();
  if (repo.mergeInProgress()) throw conflict(options.dataDir, branch, []);
  repo.writeRepoFiles();
  await repo.commitLocal(`k8s-quiz: start syncing the answers of ${hostname(options)}`);

  const previous = await repo.remoteUrl();
  let replacedRemote: string | undefined;
  if (previous === undefined) await repo.must(['remote', 'add', REMOTE_NAME, remote]);
  else if (previous !== remote) {
    await repo.must(['remote', 'set-url', REMOTE_NAME, remote]);
    replacedRemote = previous;
  }
  const counts = await exchange(repo, remote, branch, `k8s-quiz: answers from ${hostname(options)}`);
  return {
    remote,
    branch,
    ...counts,
    ...(repo.restored ? { restored: repo.restored } : {}),
    ...(createdRemote ? { createdRemote } : {}),
    ...(replacedRemote ? { replacedRemote } : {}),
  };
}
