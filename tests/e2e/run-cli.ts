import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Spawns the built CLI (dist/) the way a user runs it, with its own data dir.

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/k8s-quiz.js');
export const BUILT = existsSync(path.join(ROOT, 'dist/cli/main.js'));
export const SEED = path.resolve(ROOT, '../shared/seed/000_861752a538b29261.txt');

export function tempDir(prefix = 'k8s-quiz-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

// FORCE_COLOR is removed, not emptied: Node warns on stderr when NO_COLOR and FORCE_COLOR are
// both present (even empty) and something asks for the colour depth.
const { FORCE_COLOR: _forceColor, ...INHERITED } = process.env;
export const BASE_ENV: NodeJS.ProcessEnv = { ...INHERITED, NO_COLOR: '1', K8S_QUIZ_HOME: '' };

export function cli(args: string[], options: { input?: string; dataDir?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Result {
  const dataArgs = options.dataDir ? ['--data-dir', options.dataDir] : [];
  const result = spawnSync(process.execPath, [BIN, ...args, ...dataArgs], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...BASE_ENV, ...options.env },
    timeout: 30_000,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** The same as `cli`, without blocking the test worker (for tests that run side by side). */
export function cliAsync(args: string[], options: { input?: string; dataDir?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Result> {
  const dataArgs = options.dataDir ? ['--data-dir', options.dataDir] : [];
  const child = spawn(process.execPath, [BIN, ...args, ...dataArgs], {
    cwd: options.cwd ?? ROOT,
    env: { ...BASE_ENV, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.on('error', () => {}); // the CLI may exit before reading all input
  child.stdin.end(options.input ?? '');
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** A running CLI whose input is written line by line, for kill and concurrency tests. */
export function start(args: string[], options: { dataDir?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const dataArgs = options.dataDir ? ['--data-dir', options.dataDir] : [];
  const child = spawn(process.execPath, [BIN, ...args, ...dataArgs], {
    cwd: options.cwd ?? ROOT,
    env: { ...BASE_ENV, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.on('error', () => {});
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    /** Writes lines to the CLI's stdin, each ended by a newline. */
    send(...lines: string[]): void {
      child.stdin.write(lines.map((l) => `${l}\n`).join(''));
    },
    /** Resolves once stdout contains `text` `times` times. */
    async waitFor(text: string, times = 1, ms = 15_000): Promise<void> {
      const until = Date.now() + ms;
      while (stdout.split(text).length - 1 < times) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${JSON.stringify(text)}; stdout so far:\n${stdout}\nstderr:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

export type Running = ReturnType<typeof start>;
