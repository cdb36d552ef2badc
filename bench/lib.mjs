// Shared helpers for the benchmarks. No dependencies beyond Node itself.
//
// Every benchmark reports a RATIO against a baseline measured in the same process, in the
// same run: absolute times swing with the machine, its load and its CPU governor, ratios
// much less, so they are what can be compared between machines and between commits.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');

/** Seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = (list) => list[Math.floor(next() * list.length)];
  next.chance = (p) => next() < p;
  return next;
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Times several cases against each other. Each round runs every case over every chunk of the
 * work, the cases taking turns chunk by chunk (and rotating who goes first), so a burst of
 * load from elsewhere on a shared machine hits all cases alike instead of spoiling one case's
 * whole pass. A round's time for a case is the sum over its chunks.
 *
 * A warm-up round comes first (JIT, caches, lazy imports) unless the code is warm already.
 * With --expose-gc (run.mjs passes it) a full GC precedes every timed call: otherwise the
 * garbage of a heavy case gets collected on the clock of the light case after it, which
 * inflates the baseline and hides the cost of the heavy case. Each call still pays for the
 * collections its own allocations trigger.
 *
 * Returns `ms` (median per case) and `ratio(a, b)`: the median over rounds of a/b within the
 * round, which is steadier than the ratio of the medians when the machine's speed drifts.
 */
export async function compare(cases, rounds, { warmup = true, chunks = [undefined] } = {}) {
  const names = Object.keys(cases);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  let keep; // the last result of each call stays reachable, so no case is dead code
  const round = async (r) => {
    const total = Object.fromEntries(names.map((n) => [n, 0]));
    for (let c = 0; c < chunks.length; c++) {
      for (let k = 0; k < names.length; k++) {
        const n = names[(k + r + c) % names.length];
        keep = undefined;
        globalThis.gc?.();
        const t0 = performance.now();
        keep = await cases[n](chunks[c]);
        total[n] += performance.now() - t0;
      }
    }
    return total;
  };
  if (warmup) await round(0);
  for (let r = 0; r < rounds; r++) {
    const total = await round(r);
    for (const n of names) samples[n].push(total[n]);
  }
  void keep;
  return {
    ms: Object.fromEntries(names.map((n) => [n, median(samples[n])])),
    ratio: (a, b) => median(samples[a].map((v, i) => v / samples[b][i])),
    samples,
  };
}

/** Splits a list into chunks of `size`. */
export function chunked(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export const times = (x) => `${x.toFixed(2)}x`;
export const ms = (v) => `${v.toFixed(1)} ms`;
export const perSec = (count, msValue) => Math.round((count * 1000) / msValue).toLocaleString('en-US');

/** Imports a built module, or returns null (with the reason printed) when it is not built. */
export async function importDist(rel, names) {
  const file = path.join(DIST, rel);
  if (!existsSync(file)) {
    console.log(`  skipped: ${path.relative(ROOT, file)} is missing (build first: npx tsc -p tsconfig.build.json)`);
    return null;
  }
  const mod = await import(pathToFileURL(file).href);
  const missing = names.filter((n) => typeof mod[n] !== 'function');
  if (missing.length) {
    console.log(`  skipped: ${path.relative(ROOT, file)} does not export ${missing.join(', ')} yet`);
    return null;
  }
  return mod;
}

/** True when the module was run directly (`node bench/x.mjs`), not imported. */
export const isMain = (url) => Boolean(process.argv[1]) && url === pathToFileURL(path.resolve(process.argv[1])).href;

/**
 * Runs `script --child ...args` in a fresh Node (with --expose-gc) and returns the JSON its
 * last stdout line holds: `{ timeout: true }` past `timeoutS`, `{ error }` when it crashed.
 * Growth benchmarks measure each size in its own process so one size's heap never helps another.
 */
export function measureChild(script, args, timeoutS) {
  const res = spawnSync(process.execPath, ['--expose-gc', script, '--child', ...args], {
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 1 << 24,
  });
  if (res.error?.code === 'ETIMEDOUT' || res.signal === 'SIGTERM') return { timeout: true };
  const last = res.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last);
  } catch {
    return { error: (res.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? `exit ${res.status}`).slice(0, 80) };
  }
}
