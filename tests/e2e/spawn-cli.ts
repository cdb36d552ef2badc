import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

// The built CLI (bin/ + dist/) run as a user runs it, in its own process, for what only a
// real process shows: signals, a closed pipe, two processes writing at once, the bin itself.
// Its environment is written out here in full; nothing is inherited from the shell but PATH.

export const BIN = path.join(ROOT, 'bin/k8s-quiz.js');
const MAIN = path.join(ROOT, 'dist/cli/main.js');
export const BUILT = existsSync(MAIN);

/** Whether some file under src/ changed after the build: then these tests run older code. */
export function buildIsStale(): boolean {
  if (!BUILT) return false;
  const built = statSync(MAIN).mtimeMs;
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? newer(p) : statSync(p).mtimeMs > built;
    });
  return newer(path.join(ROOT, 'src'));
}

export function spawnEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: tempDir('home-'),
    LANG: 'en_US.UTF-8',
    TERM: 'xterm-256color',
    NO_COLOR: '1',
    ...extra,
  };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Spawned {
  child: ChildProcessWithoutNullStreams;
  /** Resolves when the process has exited and its output is read to the end. */
  exited: Promise<Exit>;
  stdout(): string;
  stderr(): string;
  /** Writes lines to the CLI's stdin, each ended by a newline. */
  send(...lines: string[]): void;
  /** Resolves once stdout holds `text` `times` times; fails if the process exits first. Never polls a clock. */
  waitFor(text: string, times?: number): Promise<void>;
}

/** Starts `node bin/k8s-quiz.js ARGS --data-dir DIR` with its stdin open for `send`. */
export function start(args: string[], options: { dataDir?: string; env?: Record<string, string> } = {}): Spawned {
  const dataArgs = options.dataDir ? ['--data-dir', options.dataDir] : [];
  return watch(spawn(process.execPath, [BIN, ...args, ...dataArgs], { cwd: ROOT, env: spawnEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] }));
}

/** Runs a shell pipeline (sh -c), as a user would type it. */
export function shell(pipeline: string): Spawned {
  const spawned = watch(spawn('sh', ['-c', pipeline], { cwd: ROOT, env: spawnEnv(), stdio: ['pipe', 'pipe', 'pipe'] }));
  spawned.child.stdin.end();
  return spawned;
}

function watch(child: ChildProcessWithoutNullStreams): Spawned {
  let stdout = '';
  let stderr = '';
  let over = false;
  const waiters = new Set<() => void>();
  const changed = () => waiters.forEach((check) => check());
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    changed();
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.on('error', () => {}); // the CLI may exit before reading all input
  const exited = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => {
      over = true;
      changed();
      resolve({ code, signal });
    }),
  );
  return {
    child,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    send(...lines) {
      child.stdin.write(lines.map((l) => `${l}\n`).join(''));
    },
    waitFor(text, times = 1) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (stdout.split(text).length - 1 >= times) {
            waiters.delete(check);
            resolve();
          } else if (over) {
            waiters.delete(check);
            reject(new Error(`the process ended before printing ${JSON.stringify(text)} ${times} time(s); stdout:\n${stdout}\nstderr:\n${stderr}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Runs the CLI with all of `input` on stdin, to the end. */
export async function run(args: string[], options: { dataDir?: string; input?: string; env?: Record<string, string> } = {}): Promise<Exit & { stdout: string; stderr: string }> {
  const spawned = start(args, options);
  spawned.child.stdin.end(options.input ?? '');
  const exit = await spawned.exited;
  return { ...exit, stdout: spawned.stdout(), stderr: spawned.stderr() };
}
