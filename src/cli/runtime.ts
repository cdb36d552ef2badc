import type { Readable, Writable } from 'node:stream';

/** Everything a command may touch outside its arguments, so tests can pass fakes. */
export interface Runtime {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: Writable & { isTTY?: boolean };
  now: () => Date;
  random: () => number;
  /** Subscribes to SIGINT / SIGTERM; returns the unsubscribe function. */
  onSignal: (signal: 'SIGINT' | 'SIGTERM', handler: () => void) => () => void;
  exitCode?: number | string | undefined;
}

export interface ProcessLike {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd(): string;
  stdin: Runtime['stdin'];
  stdout: Runtime['stdout'];
  stderr: Runtime['stderr'];
  exitCode?: number | string | undefined;
  on(event: 'SIGINT' | 'SIGTERM', handler: () => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM', handler: () => void): unknown;
}
