// Runs every benchmark, one after the other (~70 s on 2 lightly loaded cores, up to ~2 min on busy ones).
//
// Each one runs in its own Node process: a benchmark must not inherit the previous one's
// JIT state or heap, and --expose-gc lets them collect garbage between measurements.
// They run in sequence, never in parallel, since they would compete for the same cores.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { DIST, ROOT } from './lib.mjs';

const SCRIPTS = ['loader.mjs', 'stats.mjs', 'startup.mjs', 'cache.mjs'];

console.log(`k8s-quiz benchmarks: node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`);
console.log('every figure is a ratio against a baseline measured in the same run; lower is better\n');
// The benchmarks measure dist/, not src/: numbers from a stale build describe old code.
const newest = (dir) =>
  readdirSync(dir, { recursive: true }).reduce((t, f) => Math.max(t, statSync(path.join(dir, f), { throwIfNoEntry: false })?.mtimeMs ?? 0), 0);
if (!existsSync(DIST)) console.log('dist/ is missing: every case will be skipped (build first: npx tsc -p tsconfig.build.json)\n');
else if (newest(path.join(ROOT, 'src')) > newest(DIST)) console.log('note: src/ changed after the last build; these numbers are for dist/ as built\n');

const started = performance.now();
let failed = 0;
for (const script of SCRIPTS) {
  const res = spawnSync(process.execPath, ['--expose-gc', path.join(ROOT, 'bench', script)], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) {
    failed++;
    console.log(`  ${script} failed (exit ${res.status ?? res.signal})`);
  }
  console.log();
}
console.log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s${failed ? `, ${failed} failed` : ''}`);
process.exitCode = failed ? 1 : 0;
