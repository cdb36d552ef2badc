// Startup: how long the CLI takes to start, compared with Node starting and doing nothing.
//
//   version ratio = `node bin/k8s-quiz.js --version` / `node -e 0`
//   banks ratio   = `node bin/k8s-quiz.js banks notes --json > /dev/null` / `node -e 0`
//   questions ratio = `node bin/k8s-quiz.js questions notes --count 10 --json` / `node -e 0` (a quiz's start)
//
// Each run is a fresh process, as for a person at a terminal, so module loading counts.
// `--version` is the floor (argument parsing and whatever is imported eagerly); `banks` adds
// loading and extracting the bundled notes and printing JSON.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT, isMain, median, ms, times } from './lib.mjs';

const RUNS = 10;

export async function benchStartup() {
  console.log('startup');
  if (!existsSync(path.join(DIST, 'cli', 'main.js'))) {
    console.log('  skipped: dist/cli/main.js is missing (build first: npx tsc -p tsconfig.build.json)');
    return;
  }
  const cases = {
    'node -e 0': ['-e', '0'],
    '--version': ['bin/k8s-quiz.js', '--version'],
  };
  if (existsSync(path.join(ROOT, 'notes', 'zh'))) {
    cases['banks notes --json'] = ['bin/k8s-quiz.js', 'banks', 'notes/zh', '--json'];
    // What a quiz does before its first question: load, generate 10 questions.
    cases['questions notes --count 10'] = ['bin/k8s-quiz.js', 'questions', 'notes/zh', '--count', '10', '--seed', '1', '--json'];
  }
  else console.log('  skipped banks: no bundled notes/zh/ folder');

  // A throwaway data dir, so the runs never read or touch the person's own settings and history.
  const home = mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-bench-home-'));
  const devNull = openSync('/dev/null', 'w');
  const env = { ...process.env, K8S_QUIZ_HOME: home, NO_COLOR: '1' };
  const run = (args) => {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', devNull, 'pipe'] });
    const elapsed = performance.now() - t0;
    if (res.status !== 0) throw new Error(`node ${args.join(' ')} exited ${res.status}: ${String(res.stderr).trim().slice(0, 300)}`);
    return elapsed;
  };
  try {
    const names = Object.keys(cases);
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    // One unmeasured run each fills the OS file cache; then the cases take turns, so a burst
    // of load from elsewhere on the machine hits all of them alike.
    for (const n of names) {
      try {
        run(cases[n]);
      } catch (error) {
        console.log(`  skipped ${n}: ${error.message}`);
        delete cases[n];
      }
    }
    const live = names.filter((n) => cases[n]);
    for (let i = 0; i < RUNS; i++) for (const n of live) samples[n].push(run(cases[n]));

    // Ratios are taken run by run (each run against the bare Node run next to it), then the median.
    const base = samples['node -e 0'];
    console.log(`  node -e 0:                            ${ms(median(base))} (median of ${RUNS})`);
    for (const n of live.filter((x) => x !== 'node -e 0')) {
      const r = median(samples[n].map((v, i) => v / base[i]));
      console.log(`  k8s-quiz ${n.padEnd(28)}${ms(median(samples[n]))}  => ${times(r)} the time of node -e 0`);
    }
  } finally {
    closeSync(devNull);
    rmSync(home, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await benchStartup();
