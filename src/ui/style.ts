import { Chalk, type ChalkInstance } from 'chalk';

// chalk 5 ignores NO_COLOR, so the decision is made here and passed around.

export interface ColorInputs {
  isTTY: boolean | undefined;
  env: NodeJS.ProcessEnv;
  /** false when --no-color or --plain was given. */
  allowed: boolean;
}

export function colorLevel({ isTTY, env, allowed }: ColorInputs): 0 | 1 | 2 | 3 {
  if (!allowed || !isTTY) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM ?? '')) return 2;
  return 1;
}

export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}
