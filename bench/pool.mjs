// Growth of question building: a quiz of 10 questions, and what a drill chooses from, over a
// collection of n notes and of 10n notes, and over one long note of b and 10b bullets. Each
// measurement runs in a fresh Node process: load the notes (not timed), warm the JIT up on a
// small collection, then time one call.
//
//   questions = generateQuestions(banks, {count: 10}): what `questions --count 10` and a quiz do
//               before the first question
//   drill     = what `drill --count 10` builds before its first question: drillQuestions (the
//               questions with a history, none here, and 10 new ones); on a build without it,
//               what drill did before: allQuestions over the collection, then spreadOrder
//   ratio     = time(10n) / time(n): 10 is linear, 100 quadratic. Flagged above 15.
//   exponent  = log10(ratio): 1 is linear, 2 quadratic.
//   peak      = the largest resident set of the 10n process, loaded notes included.
//
//   node bench/pool.mjs                       notes n = 200 (1–6 KB each), long note b = 5,000 bullets
//   node bench/pool.mjs --notes 500 --bullets 2000
//   node bench/pool.mjs --only notes          or --only long: one input only
//   node bench/pool.mjs --dist /other/checkout/dist   measure another build (before / after)
//   POOL_TIMEOUT=120 seconds per process (a timed-out ratio is a lower bound)

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeCorpus } from './corpus.mjs';
import { DIST, isMain, measureChild } from './lib.mjs';

const TIMEOUT_S = Number(process.env.POOL_TIMEOUT) || 120;
const FLAG_RATIO = 15;

/**
 * One long list of `count` bullets, `- P123: keeps logs on disk for 23 s`: about 38 bytes a
 * bullet, so 50,000 stay under the loader's 2 MiB cap on a note, and every bullet can be asked.
 */
function longNote(count) {
  const words = ['pods', 'node', 'disk', 'port', 'ring', 'lock', 'logs', 'jobs', 'keys', 'tags'];
  const lines = ['# Parts', '', 'Parts of the system:', ''];
  for (let i = 0; i < count; i++) lines.push(`- P${i}: keeps ${words[i % 10]} on ${words[(i * 7 + 3) % 10]} for ${(i % 50) + 10} s`);
  return `${lines.join('\n')}\n`;
}

/** Writes the input of one case into a fresh temp folder; returns the folder. */
function writeInput(kind, size) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-pool-'));
  if (kind === 'notes') {
    for (const { file, text } of makeCorpus({ notes: size, seed: 20240704 })) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  } else {
    writeFileSync(path.join(dir, 'long.md'), longNote(size));
  }
  return dir;
}

/** In the child: load `dir`, warm up, time one call of `op`; print one JSON line. */
async function child(dist, op, dir, warmDir) {
  const imp = (rel) => import(pathToFileURL(path.join(dist, rel)).href);
  const [{ loadNotes }, questions] = await Promise.all([imp('io/load.js'), imp('core/questions/index.js')]);
  const load = async (d) => (await loadNotes([d], d)).banks;
  const run = (banks) => {
    if (op === 'questions') return questions.generateQuestions(banks, { count: 10, seed: 1 }).length;
    if (questions.drillQuestions) return questions.drillQuestions(banks, { seed: 1 }, { order: 7, known: [], fresh: 10 }).length;
    const all = questions.allQuestions(banks, { seed: 1 });
    return questions.spreadOrder(all, 7).slice(0, 10).length;
  };
  run(await load(warmDir));
  const banks = await load(dir);
  globalThis.gc?.();
  const t0 = performance.now();
  const got = run(banks);
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, got, banks: banks.length, peakMB: process.resourceUsage().maxRSS / 1024 }));
}

function measure(dist, op, dir, warmDir) {
  return measureChild(fileURLToPath(import.meta.url), [dist, op, dir, warmDir], TIMEOUT_S);
}

const showMs = (r) => (r.timeout ? `> ${TIMEOUT_S} s` : r.error ? 'crash' : r.ms >= 1000 ? `${(r.ms / 1000).toFixed(1)} s` : `${r.ms.toFixed(0)} ms`);

export function benchPool({ dist = DIST, notes = 200, bullets = 5_000, only } = {}) {
  console.log(`question building growth: node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}, ${dist}, limit ${TIMEOUT_S} s per process`);
  console.log('case                   n                  t(n)      t(10n)     ratio  exponent  peak(n)  peak(10n)');
  const dirs = [];
  const input = (kind, size) => {
    const dir = writeInput(kind, size);
    dirs.push(dir);
    return dir;
  };
  let flagged = 0;
  try {
    const warmDir = input('notes', 20);
    const inputs = [
      { kind: 'notes', n: notes, unit: 'notes' },
      { kind: 'long', n: bullets, unit: 'bullets' },
    ].filter((i) => !only || i.kind === only);
    for (const { kind, n, unit } of inputs) {
      const small = input(kind, n);
      const large = input(kind, n * 10);
      for (const op of ['questions', 'drill']) {
        const a = measure(dist, op, small, warmDir);
        const b = measure(dist, op, large, warmDir);
        let ratio = '';
        let exponent = '';
        let flag = '';
        if (a.ms !== undefined && (b.ms !== undefined || b.timeout)) {
          const r = (b.timeout ? TIMEOUT_S * 1000 : b.ms) / a.ms;
          ratio = `${b.timeout ? '>' : ''}${r.toFixed(1)}x`;
          exponent = `${b.timeout ? '>' : ''}${Math.log10(r).toFixed(2)}`;
          if (r > FLAG_RATIO) flag = '  SUPERLINEAR';
        }
        if (a.error || b.error) flag += `  CRASH: ${b.error ?? a.error}`;
        if (flag) flagged++;
        const mb = (r) => (r.peakMB ? `${Math.round(r.peakMB)} MB` : '');
        console.log(
          `${`${op} (${kind})`.padEnd(22)} ${`${n} ${unit}`.padEnd(16)} ${showMs(a).padStart(9)}  ${showMs(b).padStart(9)}  ${ratio.padStart(8)}  ${exponent.padStart(8)}  ${mb(a).padStart(7)}  ${mb(b).padStart(9)}${flag}`,
        );
      }
    }
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  console.log(flagged ? `${flagged} case(s) flagged` : 'every case at most about linear');
  return flagged;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') await child(args[1], args[2], args[3], args[4]);
  else {
    const opt = (name) => {
      const at = args.indexOf(name);
      return at >= 0 ? args[at + 1] : undefined;
    };
    const options = {};
    if (opt('--dist')) options.dist = path.resolve(opt('--dist'));
    if (opt('--notes')) options.notes = Number(opt('--notes'));
    if (opt('--bullets')) options.bullets = Number(opt('--bullets'));
    if (opt('--only')) options.only = opt('--only');
    process.exitCode = benchPool(options) ? 1 : 0;
  }
}
