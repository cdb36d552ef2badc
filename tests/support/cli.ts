import { EventEmitter } from 'node:events';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main, runtimeFrom } from '../../src/cli/main.js';
import type { ProcessLike, Runtime } from '../../src/cli/runtime.js';
import { tempDir } from './temp.js';

// The CLI run in the test's own process: `main(proc, runtime)` with a fake process (argv,
// env, cwd, stdin/stdout/stderr, signals, exit code). It runs the TypeScript sources, not
// dist/, so a stale build cannot pass or fail a test. Nothing of the shell's environment
// reaches the program: its env is TEST_ENV plus what the test gives.
//
//   runInProcess(args, {input, dataDir, cwd, env, isTTY, columns, rows, now, random}) → {code, stdout, stderr}
//   startInProcess(args, options) → {send, write, end, signal, waitFor, changed, stdout, stderr, finished, done}
//
// Time: the program's clock is `new Date()` and its timers are the global ones, so a test that
// calls vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
// 'Date']}) drives both with vi.advanceTimersByTimeAsync (tests/cli/interview.test.ts).

export { tempDir };

export const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** The environment every run starts from; a test adds to it or removes from it (undefined). */
export const TEST_ENV: Readonly<Record<string, string>> = Object.freeze({
  LANG: 'en_US.UTF-8',
  TERM: 'xterm-256color',
  NO_COLOR: '1',
});

export interface RunOptions {
  /** All of stdin, ended after it (for line-by-line input use `startInProcess`). Default: empty. */
  input?: string;
  /** Appended as `--data-dir DIR`. Default: a fresh temporary folder; `false`: no --data-dir. */
  dataDir?: string | false;
  /** Default: the project root, as for a spawned CLI. */
  cwd?: string;
  /** Added to TEST_ENV; a key set to undefined is removed. */
  env?: Record<string, string | undefined>;
  /** Whether stdin / stdout / stderr are terminals (one boolean for all three). Default: false, like pipes. */
  isTTY?: boolean | { stdin?: boolean; stdout?: boolean; stderr?: boolean };
  /** stdout's width and height; undefined, as for a pipe, unless given. */
  columns?: number;
  rows?: number;
  /** The program's clock. Default: `new Date()`, which follows vi.useFakeTimers when a test fakes Date. */
  now?: () => Date;
  /** The program's randomness (the seed of a quiz, drill or interview without --seed). Default: a
   * generator with a fixed seed, fresh for each run, so a run without --seed asks the same
   * questions every time and a failure can be replayed; pass Math.random for real chance. */
  random?: () => number;
}

/** mulberry32: a small seeded generator, enough to pick seeds. */
export function seededRandom(seed = 1): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

type Signal = 'SIGINT' | 'SIGTERM';

/** A stream that keeps what is written and tells whoever waits that something came. */
class Capture extends Writable {
  text = '';
  isTTY?: boolean;
  columns?: number;
  rows?: number;
  readonly changed = new EventEmitter();

  constructor(tty: boolean, columns?: number, rows?: number) {
    super({ decodeStrings: false });
    if (tty) this.isTTY = true;
    if (columns !== undefined) this.columns = columns;
    if (rows !== undefined) this.rows = rows;
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    this.changed.emit('change');
    done();
  }
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/**
 * A CLI run in progress, whose stdin is fed by the test: `send` lines as the program asks for
 * them, `end` the input, `signal` it as Ctrl+C / kill would, and await `done` for the result.
 */
export interface Running {
  /** Writes lines to stdin, each ended by a newline. */
  send(...lines: string[]): void;
  /** Writes raw text to stdin. */
  write(text: string): void;
  /** Ends stdin (end of input). */
  end(): void;
  /** Delivers SIGINT / SIGTERM to the handlers the program subscribed through its runtime. */
  signal(signal: Signal): void;
  /** Resolves once stdout holds `text` `times` times; fails if the run ends first. Never waits on the clock. */
  waitFor(text: string, times?: number): Promise<void>;
  /** Resolves at the next write to stdout, or when the run ends. */
  changed(): Promise<void>;
  stdout(): string;
  stderr(): string;
  /** Whether the run has finished. */
  finished(): boolean;
  done: Promise<Result>;
}

export function startInProcess(args: string[], options: RunOptions = {}): Running {
  const tty = typeof options.isTTY === 'object' ? options.isTTY : { stdin: options.isTTY, stdout: options.isTTY, stderr: options.isTTY };
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  if (tty.stdin) {
    stdin.isTTY = true;
    stdin.setRawMode = () => stdin; // prompts switch a terminal to raw mode
  }
  stdin.on('error', () => {}); // input written after the program stopped reading is dropped, as by a pipe
  const stdout = new Capture(tty.stdout ?? false, options.columns, options.rows);
  const stderr = new Capture(tty.stderr ?? false, options.columns, options.rows); // one terminal, one width

  // HOME is the test file's own empty folder (tests/support/setup.ts), as os.homedir() says.
  const env: NodeJS.ProcessEnv = { HOME: process.env['HOME'] ?? '', ...TEST_ENV };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const dataDir = options.dataDir === undefined ? tempDir('data-') : options.dataDir;
  const signals = new EventEmitter();
  const proc: ProcessLike = {
    argv: [process.execPath, path.join(ROOT, 'bin/k8s-quiz.js'), ...args, ...(dataDir ? ['--data-dir', dataDir] : [])],
    env,
    cwd: () => options.cwd ?? ROOT,
    stdin,
    stdout,
    stderr,
    exitCode: undefined,
    on: (event, handler) => signals.on(event, handler),
    off: (event, handler) => signals.off(event, handler),
  };
  const runtime: Runtime = {
    ...runtimeFrom(proc),
    ...(options.now ? { now: options.now } : {}),
    random: options.random ?? seededRandom(),
  };

  let finished = false;
  const done = main(proc, runtime).then(() => {
    finished = true;
    stdout.changed.emit('change');
    stdin.destroy();
    const code = typeof proc.exitCode === 'string' ? Number.parseInt(proc.exitCode, 10) : (proc.exitCode ?? 0);
    return { code, stdout: stdout.text, stderr: stderr.text };
  });

  return {
    send(...lines) {
      if (!finished) stdin.write(lines.map((l) => `${l}\n`).join(''));
    },
    write(text) {
      if (text && !finished) stdin.write(text);
    },
    end() {
      stdin.end();
    },
    signal(signal) {
      signals.emit(signal);
    },
    waitFor(text, times = 1) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (occurrences(stdout.text, text) >= times) {
            stdout.changed.off('change', check);
            resolve();
          } else if (finished) {
            stdout.changed.off('change', check);
            reject(new Error(`the CLI ended before printing ${JSON.stringify(text)} ${times} time(s); stdout:\n${stdout.text}\nstderr:\n${stderr.text}`));
          }
        };
        stdout.changed.on('change', check);
        check();
      });
    },
    changed() {
      return finished ? Promise.resolve() : new Promise<void>((resolve) => stdout.changed.once('change', () => resolve()));
    },
    stdout: () => stdout.text,
    stderr: () => stderr.text,
    finished: () => finished,
    done,
  };
}

/** Runs the CLI with `args` (and `--data-dir`), all of `input` on stdin then its end, to the end. */
export function runInProcess(args: string[], options: RunOptions = {}): Promise<Result> {
  const run = startInProcess(args, options);
  run.write(options.input ?? '');
  run.end();
  return run.done;
}

/** A runtime that is never run: for tests that build the program (its help, its commands) and look at it. */
export function idleRuntime(): Runtime {
  return runtimeFrom({
    argv: [],
    env: {},
    cwd: () => '/',
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    on: () => undefined,
    off: () => undefined,
  });
}
