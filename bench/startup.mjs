// Startup: how long the CLI takes to start, compared with Node starting and doing nothing.
//
//   version ratio   = `node bin/k8s-quiz.js --version` / `node -e 0`
//   banks ratio     = `node bin/k8s-quiz.js banks notes/zh --json > /dev/null` / `node -e 0`
//   questions ratio = `node bin/k8s-quiz.js questions notes/zh --count 10 --json` / `node -e 0`
//   banks seed      = `banks ../shared/seed/… --json` / `node -e 0` (a real person's note; skipped when absent)
//   quiz --plain    = time until the first question's choices are on stdout / `node -e 0`, on the
//                     bundled notes (no PATH), in two cases: a data dir that has seen a run before
//                     (the second run onwards), and a fresh data dir every time (the very first run)
//   quiz seed       = the same on ../shared/seed/… (notes of one's own): a later session, whose data dir
//                     kept every question an earlier session made while it waited for answers, and
//                     the first session on it (a fresh data dir every time: parse, list, build)
//   interactive     = quiz, drill and interview in a pseudo-terminal (80x24, util-linux `script`) until
//                     the first question and its prompt are drawn / `node -e 0` in the same terminal
//
//
//   node bench/startup.mjs --against DIR   the same cases on another package root too (a built worktree
//                                          of an earlier commit), in the same rounds: before / after side by side
//   STARTUP_CPU=1 node bench/startup.mjs   CPU time as well as wall time (see CPU below)
//   STARTUP_RUNS=20 …                      rounds (default 10)
//
// Each run is a fresh process, as for a person at a terminal, so module loading counts.
// `--version` is the floor (argument parsing and whatever is imported eagerly); `banks` adds
// loading and extracting the bundled notes and printing JSON.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT, isMain, median, ms, times } from './lib.mjs';

const RUNS = Number(process.env.STARTUP_RUNS) || 10;
export const SEED_NOTE = path.resolve(ROOT, '../shared/seed/000_861752a538b29261.txt');

/**
 * STARTUP_CPU=1: the CPU time of each run (user + system, every thread, from /proc; 10 ms ticks) is
 * taken too and given as a ratio of its own. On a machine other work keeps busy, wall time mostly
 * measures waiting for a core; CPU time much less so. A run to the end is started through `sh`,
 * which reads what its child used once it has waited for it (a few ms more wall time for every
 * case, the baseline's too); a run stopped at its first question is read just before it is killed.
 */
const CPU = process.env.STARTUP_CPU === '1';
/** The CPU ms of the last run timed() measured (undefined when not measured). */
let lastCpu;
/** utime + stime (fields 14, 15) or, `children`, cutime + cstime (16, 17) of a /proc/PID/stat line, in ms. */
function statMs(line, children) {
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  const [a, b] = children ? [13, 14] : [11, 12];
  return (Number(fields[a]) + Number(fields[b])) * 10;
}

/** Runs `node ARGS` to the end (or, with `until`, until stdout holds that text, then kills it); returns ms. */
function timed(args, env, { until, cwd = ROOT } = {}) {
  return new Promise((resolve, reject) => {
    lastCpu = undefined;
    const t0 = performance.now();
    const [command, argv] =
      CPU && !until ? ['/bin/sh', ['-c', '"$@"; s=$?; echo "CPUSTAT $(cat /proc/$$/stat)" >&2; exit $s', 'sh', process.execPath, ...args]] : [process.execPath, args];
    const child = spawn(command, argv, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let done = false;
    child.stdout.setEncoding('utf8').on('data', (d) => {
      if (until && !done) {
        out += d;
        if (out.includes(until)) {
          done = true;
          const wall = performance.now() - t0;
          if (CPU) {
            try {
              lastCpu = statMs(readFileSync(`/proc/${child.pid}/stat`, 'utf8'), false);
            } catch {
              // gone already
            }
          }
          resolve(wall);
          child.kill();
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    child.stdin.on('error', () => {});
    // A run that never prints what is awaited must not hang the benchmark.
    const limit = setTimeout(() => child.kill(), 60_000);
    child.on('exit', () => clearTimeout(limit));
    child.on('close', (code) => {
      if (done) return;
      const elapsed = performance.now() - t0;
      if (until) reject(new Error(`node ${args.join(' ')} ended without printing ${JSON.stringify(until)}: ${err.trim().slice(0, 300)}`));
      else if (code !== 0) reject(new Error(`node ${args.join(' ')} exited ${code}: ${err.trim().slice(0, 300)}`));
      else {
        const stat = /CPUSTAT (.*)/.exec(err);
        if (stat) lastCpu = statMs(stat[1] ?? '', true);
        resolve(elapsed);
      }
    });
    if (!until) child.stdin.end();
  });
}

/**
 * Runs `node ARGS` in a pseudo-terminal of 80x24 (util-linux `script`), as a person at a terminal
 * does, until the screen shows `until` (a RegExp), then stops it; returns ms. Without `until`,
 * runs it to the end.
 */
function timedPty(args, env, until, cwd = ROOT) {
  const command = `stty cols 80 rows 24; exec ${[process.execPath, ...args].map((a) => `'${a}'`).join(' ')}`;
  return new Promise((resolve, reject) => {
    lastCpu = undefined;
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    let done = false;
    child.stdout.setEncoding('utf8').on('data', (d) => {
      screen += d;
      if (until && !done && until.test(screen)) {
        done = true;
        resolve(performance.now() - t0);
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    const limit = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', () => {
      clearTimeout(limit);
      if (done) return;
      if (until) reject(new Error(`${args.join(' ')} in a terminal never showed ${until}: ${screen.slice(-300)}`));
      else resolve(performance.now() - t0);
    });
  });
}

/**
 * Runs a session (`node ARGS`) with its input left open until the data dir `home` keeps a line for
 * every question its notes offer (cache/made-*.jsonl, made while the session waits), then ends its
 * input. Whether it got there (a build without that cache never does: then after 30 s).
 */
function keepAllMade(args, env, home, cwd) {
  const cache = path.join(home, 'cache');
  const complete = () =>
    existsSync(cache) &&
    readdirSync(cache)
      .filter((name) => name.startsWith('made-'))
      .some((name) => {
        const lines = readFileSync(path.join(cache, name), 'utf8').split('\n').slice(1, -1);
        return lines.length > 0 && lines.every((line) => line !== '');
      });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['pipe', 'ignore', 'ignore'] });
    const started = performance.now();
    const poll = setInterval(() => {
      const done = complete();
      if (done || performance.now() - started > 30_000) {
        clearInterval(poll);
        child.stdin.end();
        child.on('close', () => resolve(done));
      }
    }, 50);
  });
}

/** Whether util-linux `script` is here to make a pseudo-terminal. */
function havePty() {
  try {
    return spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
  } catch {
    return false;
  }
}

export async function benchStartup() {
  console.log('startup');
  if (!existsSync(path.join(DIST, 'cli', 'main.js'))) {
    console.log('  skipped: dist/cli/main.js is missing (build first: npm run build)');
    return;
  }
  // A throwaway data dir, so the runs never read or touch the person's own settings and history.
  const home = mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-bench-home-'));
  const env = { ...process.env, K8S_QUIZ_HOME: home, NO_COLOR: '1', LANG: 'zh_CN.UTF-8' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  // Bare Node, for the baseline and the CLI alike: a certificate bundle named by
  // NODE_EXTRA_CA_CERTS is read and parsed by every Node process before it runs anything
  // (~45 ms on a machine that sets it, more than `node -e 0` takes without it), which would add
  // the same to both sides of every ratio and make them all look nearer 1.
  for (const name of ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS']) {
    if (env[name] === undefined) continue;
    console.log(`  (${name} is set in this shell; the runs leave it out)`);
    delete env[name];
  }
  const fresh = [];
  const freshEnv = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-bench-first-'));
    fresh.push(dir);
    return { ...env, K8S_QUIZ_HOME: dir };
  };
  // The first question's heading, `[1/10] type · topic`, in either language.
  const FIRST = '[1/';
  const cases = {
    'node -e 0': () => timed(['-e', '0'], env),
  };
  const pty = havePty();
  if (!pty) console.log('  skipped the interactive cases: no `script` to make a pseudo-terminal');
  else cases['node -e 0 in a terminal'] = () => timedPty(['-e', '0'], env);
  // The CLI's cases for one package root (this one, and the one --against names), each run in its
  // root, with a data dir of its own for the second-run cases.
  const cliCases = (root, tag) => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-bench-home-'));
    fresh.push(home);
    const own = { ...env, K8S_QUIZ_HOME: home };
    const bin = path.join(root, 'bin', 'k8s-quiz.js');
    const name = (n) => (tag ? `${n} [${tag}]` : n);
    const at = { cwd: root };
    cases[name('--version')] = () => timed([bin, '--version'], own, at);
    if (existsSync(path.join(root, 'notes', 'zh'))) {
      cases[name('banks notes --json')] = () => timed([bin, 'banks', 'notes/zh', '--json'], own, at);
      // What a quiz does before its first question: load, generate 10 questions.
      cases[name('questions notes --count 10')] = () => timed([bin, 'questions', 'notes/zh', '--count', '10', '--seed', '1', '--json'], own, at);
      cases[name('quiz --plain, 1st question')] = () => timed([bin, 'quiz', '--plain', '--seed', '1'], own, { ...at, until: FIRST });
      cases[name('quiz --plain, very first run')] = () => timed([bin, 'quiz', '--plain', '--seed', '1'], freshEnv(), { ...at, until: FIRST });
      // Interactive, in a pseudo-terminal: until the first question and its prompt line are drawn
      // (the `n/10` heading, then inquirer's `?`). Compared with `node -e 0` in the same terminal.
      if (pty) {
        const drawn = /1\/\d+ [^\n]*\r?\n\? /;
        cases[name('quiz, interactive')] = () => timedPty([bin, 'quiz', '--seed', '1'], own, drawn, root);
        cases[name('drill, interactive')] = () => timedPty([bin, 'drill'], own, drawn, root);
        cases[name('interview, interactive')] = () => timedPty([bin, 'interview', '--seed', '1'], own, drawn, root);
      }
    } else console.log(`  skipped banks and quiz${tag ? ` [${tag}]` : ''}: no bundled notes/zh/ folder`);
    if (existsSync(SEED_NOTE)) {
      cases[name('banks seed --json')] = () => timed([bin, 'banks', SEED_NOTE, '--json'], own, at);
      let kept = false;
      cases[name('quiz --plain seed, later session')] = async () => {
        if (!kept) kept = await keepAllMade([bin, 'quiz', '--plain', '--seed', '1', SEED_NOTE], own, home, root);
        return timed([bin, 'quiz', '--plain', '--seed', '2', SEED_NOTE], own, { ...at, until: FIRST });
      };
      cases[name('quiz --plain seed, first session')] = () => timed([bin, 'quiz', '--plain', '--seed', '2', SEED_NOTE], freshEnv(), { ...at, until: FIRST });
    } else console.log(`  skipped banks seed and quiz seed: ${SEED_NOTE} is absent`);
  };
  cliCases(ROOT, '');
  // `--against DIR`: the same cases on another build (a worktree of an earlier commit, built), in
  // the same rounds, so a change is judged by ratios measured side by side.
  const against = process.argv.indexOf('--against');
  if (against > 0 && process.argv[against + 1]) cliCases(path.resolve(process.argv[against + 1]), 'against');

  try {
    const names = Object.keys(cases);
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    const cpu = Object.fromEntries(names.map((n) => [n, []]));
    // One unmeasured run each fills the OS file cache (and the data dir's caches); then the cases
    // take turns, so a burst of load from elsewhere on the machine hits all of them alike.
    for (const n of names) {
      try {
        await cases[n]();
      } catch (error) {
        console.log(`  skipped ${n}: ${error.message}`);
        delete cases[n];
      }
    }
    const live = names.filter((n) => cases[n]);
    // Each round starts one case further on, so no case always follows the same one.
    for (let i = 0; i < RUNS; i++) for (let k = 0; k < live.length; k++) {
      const n = live[(i + k) % live.length];
      samples[n].push(await cases[n]());
      cpu[n].push(lastCpu);
    }

    // Ratios are taken run by run (each run against the bare Node run next to it), then the median.
    // The interactive cases against Node started in the same kind of terminal.
    const BASES = ['node -e 0', 'node -e 0 in a terminal'];
    const baseOf = (n) => (/interactive(?: \[against\])?$/.test(n) && samples['node -e 0 in a terminal'] ? 'node -e 0 in a terminal' : 'node -e 0');
    for (const b of BASES.filter((x) => live.includes(x))) console.log(`  ${`${b}:`.padEnd(39)} ${ms(median(samples[b]))} (median of ${RUNS})`);
    for (const n of live.filter((x) => !BASES.includes(x))) {
      const base = samples[baseOf(n)];
      const r = median(samples[n].map((v, i) => v / base[i]));
      console.log(`  k8s-quiz ${n.padEnd(40)}${ms(median(samples[n])).padStart(9)}  => ${times(r)} the time of ${baseOf(n)}`);
      const base0 = cpu['node -e 0'];
      if (CPU && base0 && cpu[n].every((v, i) => v !== undefined && base0[i])) {
        const c = median(cpu[n].map((v, i) => v / base0[i]));
        console.log(`  ${''.padEnd(49)}${ms(median(cpu[n])).padStart(9)}  => ${times(c)} the CPU time of node -e 0`);
      }
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
    for (const dir of fresh) rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await benchStartup();
