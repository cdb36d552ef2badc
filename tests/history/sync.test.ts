import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../src/core/history/stats.js';
import type { HistoryRecord } from '../../src/core/history/records.js';
import { HISTORY_FILE, newRecordId, openHistory } from '../../src/io/history.js';
import { gitReason, initSync, isLocalPath, spawnGit, syncHistory, SyncError, type RunGit, type SyncOptions } from '../../src/io/sync.js';
import { tempDir } from '../support/temp.js';
import { answer, end, MINUTE, start } from './records.js';

// `k8s-quiz sync` against real git: two data dirs (two machines) and a bare repository in a
// temporary folder. HOME and git's global config are the test's own (empty), so the developer's
// git settings change nothing, and no git identity is configured (as on a fresh machine).

const HAVE_GIT = spawnSync('git', ['--version']).status === 0;
if (!HAVE_GIT) console.warn('note: the sync tests are skipped: git is not installed (k8s-quiz sync needs it)');

function isolatedEnv(): NodeJS.ProcessEnv {
  const home = tempDir('git-home-');
  const globalConfig = path.join(home, 'gitconfig');
  fs.writeFileSync(globalConfig, '');
  return { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, GIT_CONFIG_GLOBAL: globalConfig, GIT_CONFIG_NOSYSTEM: '1' };
}

interface World {
  env: NodeJS.ProcessEnv;
  remote: string;
  a: string;
  b: string;
  opts: (dataDir: string, extra?: Partial<SyncOptions>) => SyncOptions;
}

function world(root = tempDir('sync-')): World {
  const env = isolatedEnv();
  const cwd = tempDir('cwd-');
  fs.mkdirSync(path.join(root, 'usb'), { recursive: true }); // the disk is there; the repository on it is made by --init
  return {
    env,
    remote: path.join(root, 'usb', 'k8s-quiz.git'),
    a: path.join(root, 'machine-a', 'data'),
    b: path.join(root, 'machine-b', 'data'),
    opts: (dataDir, extra = {}) => ({ dataDir, env, cwd, hostname: path.basename(path.dirname(dataDir)), ...extra }),
  };
}

interface Synced extends World {
  /** The ids of the answers A made before it was set up. */
  first: string[];
}

// Most tests start from the same place: A answered twice, then A and B were set up with
// `sync --init`. That takes some forty git commands, so it is done once per file and each test
// gets a copy of it (both data dirs and the remote), with the remote's new place in both
// configs: git sees the same repositories, in other folders.
let template: Promise<{ root: string; first: string[] }> | undefined;

async function syncedWorld(): Promise<Synced> {
  template ??= (async () => {
    const w = world();
    const first = answerSome(w.a, 2, 'A');
    await initSync(w.remote, w.opts(w.a));
    await initSync(w.remote, w.opts(w.b));
    return { root: path.dirname(path.dirname(w.a)), first };
  })();
  const { root, first } = await template;
  const copy = tempDir('sync-');
  fs.cpSync(root, copy, { recursive: true });
  const w = world(copy);
  for (const dir of [w.a, w.b]) {
    const config = path.join(dir, '.git', 'config');
    const text = fs.readFileSync(config, 'utf8');
    const from = path.join(root, 'usb', 'k8s-quiz.git');
    expect(text).toContain(`url = ${from}\n`);
    fs.writeFileSync(config, text.replace(`url = ${from}\n`, `url = ${w.remote}\n`));
  }
  return { ...w, first };
}

let clock = Date.parse('2024-06-01T09:00:00.000Z');

/** A session of `n` answers appended through the real history writer, each record with a fresh id; returns the answer ids. */
function answerSome(dataDir: string, n: number, label: string): string[] {
  const history = openHistory(dataDir);
  const session = `${label}-${newRecordId()}`;
  const at = () => new Date((clock += MINUTE));
  history.append({ ...start(session, at()), id: newRecordId() });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = newRecordId();
    ids.push(id);
    history.append(answer(`${label}-q${i % 3}`, at(), i % 2 === 0, { session, id, subject: label }));
  }
  history.append({ ...end(session, at(), n, Math.ceil(n / 2)), id: newRecordId() });
  return ids;
}

function read(dataDir: string): HistoryRecord[] {
  const { records, warnings } = openHistory(dataDir).read();
  expect(warnings).toEqual([]);
  return records;
}

/** The ids of the answers in the file itself, counted line by line (duplicates would show). */
function answerIdsInFile(dataDir: string): string[] {
  return fs
    .readFileSync(path.join(dataDir, HISTORY_FILE), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as HistoryRecord)
    .filter((r) => r.kind === 'answer')
    .map((r) => r.id as string);
}

function git(dir: string, env: NodeJS.ProcessEnv, ...args: string[]): string {
  const result = spawnSync('git', ['-C', dir, ...args], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

async function syncError(promise: Promise<unknown>): Promise<SyncError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

describe('isLocalPath', () => {
  it('tells folders from URLs and scp-like remotes', () => {
    for (const local of ['/media/usb/quiz.git', './quiz.git', '../x', '~/quiz.git', 'file:///srv/quiz.git', 'C:\\sync\\quiz.git', 'quiz.git']) {
      expect(isLocalPath(local), local).toBe(true);
    }
    for (const remote of ['git@github.com:me/quiz.git', 'https://github.com/me/quiz.git', 'ssh://host/srv/quiz.git', 'host:quiz.git']) {
      expect(isLocalPath(remote), remote).toBe(false);
    }
  });
});

describe('gitReason', () => {
  it("takes git's first informative line, not its generic advice", () => {
    const ssh = 'ssh: Could not resolve hostname nowhere.invalid: Name or service not known\r\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n';
    expect(gitReason(ssh)).toBe('ssh: Could not resolve hostname nowhere.invalid: Name or service not known');
    const path = "fatal: '/media/usb/q.git' does not appear to be a git repository\nfatal: Could not read from remote repository.\n";
    expect(gitReason(path)).toBe("'/media/usb/q.git' does not appear to be a git repository");
    expect(gitReason('')).toBe('git gave no reason');
  });
});

describe.skipIf(!HAVE_GIT)('sync through git (real git, a bare repository in a temp folder)', () => {
  it('answers made on both machines between syncs all arrive exactly once, in both; stats agree', async () => {
    const w = world();
    const a1 = answerSome(w.a, 4, 'A');
    const initA = await initSync(w.remote, w.opts(w.a));
    expect(initA).toMatchObject({ remote: w.remote, branch: 'main', createdRemote: w.remote, sent: 4, received: 0, answers: 4 });

    // The second machine already has answers of its own when it is set up.
    const b1 = answerSome(w.b, 3, 'B');
    const initB = await initSync(w.remote, w.opts(w.b));
    expect(initB).toMatchObject({ sent: 3, received: 4, answers: 7 });
    expect(initB.createdRemote).toBeUndefined();

    // More answers on both sides, then A, B, A.
    const a2 = answerSome(w.a, 5, 'A');
    const b2 = answerSome(w.b, 2, 'B');
    expect(await syncHistory(w.opts(w.a))).toMatchObject({ sent: 5 + 0, received: 3, answers: 12 });
    expect(await syncHistory(w.opts(w.b))).toMatchObject({ sent: 2, received: 5, answers: 14 });
    expect(await syncHistory(w.opts(w.a))).toMatchObject({ sent: 0, received: 2, answers: 14 });

    const all = [...a1, ...b1, ...a2, ...b2].sort();
    for (const dir of [w.a, w.b]) {
      expect(answerIdsInFile(dir).sort()).toEqual(all);
      expect(
        read(dir)
          .filter((r) => r.kind === 'answer')
          .map((r) => r.id)
          .sort(),
      ).toEqual(all);
    }
    const now = new Date(clock + 60 * MINUTE);
    const statsA = computeStats(read(w.a), now);
    expect(statsA).toMatchObject({ sessions: 4, answered: 14 });
    expect(computeStats(read(w.b), now)).toEqual(statsA);

    // Nothing new: a sync is a no-op that says so.
    expect(await syncHistory(w.opts(w.b))).toMatchObject({ sent: 0, received: 0, answers: 14 });
  });

  it('only the log travels: settings, caches and moved-aside files stay on the machine', async () => {
    const w = world();
    answerSome(w.a, 2, 'A');
    fs.writeFileSync(path.join(w.a, 'config.json'), '{"count":5}');
    fs.mkdirSync(path.join(w.a, 'cache'));
    fs.writeFileSync(path.join(w.a, 'cache', 'notes.json'), '{}');
    fs.writeFileSync(path.join(w.a, 'history.jsonl.reset-2024-01-01T00-00-00-000Z'), '');
    fs.writeFileSync(path.join(w.a, 'history.jsonl.lock'), '');
    await initSync(w.remote, w.opts(w.a));
    expect(git(w.a, w.env, 'ls-files').split('\n').filter(Boolean).sort()).toEqual(['.gitattributes', '.gitignore', HISTORY_FILE]);
    expect(fs.readFileSync(path.join(w.a, '.gitattributes'), 'utf8')).toMatch(/^history\.jsonl -text merge=union$/m);
    await initSync(w.remote, w.opts(w.b));
    expect(fs.readdirSync(w.b).sort()).toEqual(['.git', '.gitattributes', '.gitignore', HISTORY_FILE]);
    expect(git(w.a, w.env, 'status', '--porcelain')).toBe('');
  });

  it('commits on a machine with no git identity configured, and uses the identity when there is one', async () => {
    const w = world();
    answerSome(w.a, 1, 'A');
    await initSync(w.remote, w.opts(w.a));
    expect(git(w.a, w.env, 'log', '-1', '--format=%an <%ae>').trim()).toBe('k8s-quiz <k8s-quiz@localhost>');
    fs.writeFileSync(w.env['GIT_CONFIG_GLOBAL'] as string, '[user]\n\tname = Ada\n\temail = ada@example.com\n');
    answerSome(w.a, 1, 'A');
    await syncHistory(w.opts(w.a));
    expect(git(w.a, w.env, 'log', '-1', '--format=%an <%ae> %s').trim()).toBe('Ada <ada@example.com> k8s-quiz: answers from machine-a');
  });

  it('a sync while the remote is missing keeps the local answers, says so, and sends them next time', async () => {
    const w = await syncedWorld(); // A answered twice, A and B set up
    const offline = answerSome(w.a, 3, 'A');
    const away = `${w.remote}.unplugged`;
    fs.renameSync(w.remote, away);
    const error = await syncError(syncHistory(w.opts(w.a)));
    expect(error.code).toBe('UNREACHABLE');
    expect(error.exitCode).toBe(1);
    expect(error.message).toContain(`could not reach ${w.remote}`);
    expect(error.message).toContain("this machine's answers are kept");
    expect(answerIdsInFile(w.a)).toEqual(expect.arrayContaining(offline));
    expect(read(w.a).filter((r) => r.kind === 'answer')).toHaveLength(5);

    fs.renameSync(away, w.remote);
    expect(await syncHistory(w.opts(w.a))).toMatchObject({ sent: 3, answers: 5 });
    expect(await syncHistory(w.opts(w.b))).toMatchObject({ received: 3, answers: 5 });
    expect(answerIdsInFile(w.b)).toEqual(expect.arrayContaining(offline));
  });

  it('--init with an unreachable remote sets the data dir up anyway; sync sends everything once it is reachable', async () => {
    const w = world();
    answerSome(w.a, 2, 'A');
    const nowhere = path.join(tempDir('gone-'), 'not-mounted', 'quiz.git'); // its folder does not exist: not created
    const error = await syncError(initSync(nowhere, w.opts(w.a)));
    expect(error.code).toBe('UNREACHABLE');
    expect(fs.existsSync(nowhere)).toBe(false);
    fs.mkdirSync(path.dirname(nowhere));
    spawnSync('git', ['init', '-q', '--bare', nowhere], { env: w.env });
    expect(await syncHistory(w.opts(w.a))).toMatchObject({ sent: 2, received: 0 });
  });

  it('a data dir copied to a second machine by hand, then set up on both: each answer counts once', async () => {
    const w = world();
    // Old-format lines, without ids: identical lines are the same record.
    const history = openHistory(w.a);
    const old = [start('old', new Date('2024-01-01T10:00:00Z')), answer('q1', new Date('2024-01-01T10:01:00Z'), true, { session: 'old' }), answer('q2', new Date('2024-01-01T10:02:00Z'), false, { session: 'old' })];
    for (const r of old) history.append(r);
    fs.mkdirSync(w.b, { recursive: true });
    fs.copyFileSync(path.join(w.a, HISTORY_FILE), path.join(w.b, HISTORY_FILE));
    answerSome(w.a, 2, 'A');
    answerSome(w.b, 1, 'B');
    await initSync(w.remote, w.opts(w.a));
    await initSync(w.remote, w.opts(w.b));
    await syncHistory(w.opts(w.a));
    const now = new Date(clock + MINUTE);
    const statsA = computeStats(read(w.a), now);
    expect(statsA).toMatchObject({ sessions: 3, answered: 5 });
    expect(computeStats(read(w.b), now)).toEqual(statsA);
  });

  it('duplicated lines (the same record twice in the merged file) count once in stats', async () => {
    const w = await syncedWorld(); // A answered twice, A and B set up
    // Both machines end up with a copy of the same record (e.g. a log restored from a backup).
    const twin = answer('twin', new Date(clock + MINUTE), true, { id: newRecordId(), session: 'twin' });
    openHistory(w.a).append(twin);
    openHistory(w.b).append(twin);
    await syncHistory(w.opts(w.a));
    await syncHistory(w.opts(w.b));
    await syncHistory(w.opts(w.a));
    const now = new Date(clock + 2 * MINUTE);
    for (const dir of [w.a, w.b]) expect(computeStats(read(dir), now)).toMatchObject({ answered: 3 });
  });

  it('a reset on one synced machine does not delete the shared history: the synced lines are put back, and said so', async () => {
    const w = await syncedWorld(); // A answered twice, A and B set up
    const before = w.first;
    const { movedTo } = openHistory(w.a).reset();
    expect(movedTo).toBeDefined();
    const after = answerSome(w.a, 1, 'A');
    const result = await syncHistory(w.opts(w.a));
    expect(result.restored).toBe(4); // session start, two answers, session end
    expect(result).toMatchObject({ sent: 1, answers: 3 });
    await syncHistory(w.opts(w.b));
    for (const dir of [w.a, w.b]) expect(answerIdsInFile(dir).sort()).toEqual([...before, ...after].sort());
    expect(git(w.a, w.env, 'ls-files').split('\n').filter(Boolean)).not.toContain(path.basename(movedTo as string));
    // With nothing missing, nothing is put back.
    expect((await syncHistory(w.opts(w.a))).restored).toBeUndefined();
  });

  it('when the remote moves on between fetch and push (another machine syncing), it merges again and pushes', async () => {
    const w = await syncedWorld(); // A answered twice, A and B set up
    answerSome(w.a, 2, 'A');
    answerSome(w.b, 2, 'B');
    let raced = false;
    const racingGit: RunGit = async (args, options) => {
      if (!raced && args.includes('push')) {
        raced = true;
        await syncHistory(w.opts(w.b)); // B pushes first
      }
      return spawnGit(args, options);
    };
    expect(await syncHistory(w.opts(w.a, { git: racingGit }))).toMatchObject({ received: 2, answers: 6 });
    expect(await syncHistory(w.opts(w.b))).toMatchObject({ received: 2, answers: 6 });
  });

  it('a conflict git cannot merge is undone and reported with what to do; the local log stays intact', async () => {
    const w = await syncedWorld(); // A answered twice, A and B set up
    // Someone tracked a file of their own and changed it differently on each machine.
    for (const [dir, text] of [
      [w.a, 'from a\n'],
      [w.b, 'from b\n'],
    ] as const) {
      fs.writeFileSync(path.join(dir, 'notes.txt'), text);
      git(dir, w.env, 'add', '-f', 'notes.txt');
      git(dir, w.env, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'mine');
    }
    answerSome(w.b, 2, 'B');
    await syncHistory(w.opts(w.b));
    const mine = answerSome(w.a, 2, 'A');
    const before = fs.readFileSync(path.join(w.a, HISTORY_FILE), 'utf8');
    const error = await syncError(syncHistory(w.opts(w.a)));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('notes.txt');
    expect(error.message).toContain('Nothing is lost');
    expect(error.message).toContain(`cd ${w.a} && git merge origin/main`);
    expect(fs.readFileSync(path.join(w.a, HISTORY_FILE), 'utf8')).toBe(before);
    expect(answerIdsInFile(w.a)).toEqual(expect.arrayContaining(mine));
    expect(fs.existsSync(path.join(w.a, '.git', 'MERGE_HEAD'))).toBe(false);
    expect(git(w.a, w.env, 'status', '--porcelain')).toBe('');
  });

  it('not set up: says to run sync --init (exit code 2)', async () => {
    const w = world();
    answerSome(w.a, 1, 'A');
    const error = await syncError(syncHistory(w.opts(w.a)));
    expect(error.code).toBe('NOT_SET_UP');
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('k8s-quiz sync --init REMOTE');
  });

  it('git missing: a clear message, nothing touched', async () => {
    const w = world();
    answerSome(w.a, 1, 'A');
    const env = { ...w.env, PATH: tempDir('empty-path-') };
    for (const attempt of [syncHistory(w.opts(w.a, { env })), initSync(w.remote, w.opts(w.a, { env }))]) {
      const error = await syncError(attempt);
      expect(error.code).toBe('GIT_MISSING');
      expect(error.message).toMatch(/^git is not installed/);
    }
    expect(fs.existsSync(path.join(w.a, '.git'))).toBe(false);
  });

  it('is not fooled by a git repository around the data dir', async () => {
    const w = world();
    const outer = path.dirname(w.a);
    fs.mkdirSync(outer, { recursive: true });
    git(outer, w.env, 'init', '-q');
    answerSome(w.a, 1, 'A');
    expect((await syncError(syncHistory(w.opts(w.a)))).code).toBe('NOT_SET_UP');
    await initSync(w.remote, w.opts(w.a));
    expect(fs.existsSync(path.join(w.a, '.git'))).toBe(true);
    expect(git(outer, w.env, 'status', '--porcelain', '--ignored=no', '--untracked-files=no')).toBe('');
  });
});
