// The parse cache: `k8s-quiz banks DIR --json` on 2,000 generated notes, in fresh processes,
// against the parsing we cannot avoid done in a fresh process too.
//
//   baseline = `node bench/cache.mjs --lex DIR`: read every note, gray-matter + marked's lexer
//   cold     = `banks DIR --json` with an empty data dir each time (parses all, fills the cache)
//   warm     = `banks DIR --json` with a data dir whose cache holds every note (nothing changed)
//   one edit = warm, after one note of the 2,000 was changed (it alone is parsed again)
//   no-cache = `banks DIR --json --no-cache`
//   text     = `banks DIR` (the summary), warm
//
// The notes are written once with an mtime an hour ago, as notes kept for a while are.

import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCorpus } from './corpus.mjs';
import { DIST, ROOT, isMain, median, ms, times } from './lib.mjs';

const NOTES = 2000;
const ROUNDS = 3;

/** The baseline child: the unavoidable parsing of every note under DIR. */
async function lex(dir) {
  const [{ default: matter }, { Lexer }] = await Promise.all([import('gray-matter'), import('marked')]);
  let tokens = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) {
        statSync(p);
        tokens += new Lexer().lex(matter(readFileSync(p, 'utf8'), {}).content).length;
      }
    }
  };
  walk(dir);
  process.stdout.write(`${tokens}\n`);
}

/** Peak resident memory of a child in MB, from GNU time when there is one. */
function run(args, env) {
  const t0 = performance.now();
  const res = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const elapsed = performance.now() - t0;
  if (res.error) throw res.error;
  const lines = String(res.stderr).trim().split('\n');
  if (res.status !== 0) throw new Error(`node ${args.join(' ')} exited ${res.status}: ${lines.slice(-5).join('\n')}`);
  return { ms: elapsed, mb: Number(lines.at(-1)) / 1024 };
}

export async function benchCache() {
  console.log('cache (banks on 2,000 generated notes, fresh processes)');
  if (!readdirSync(DIST, { withFileTypes: true }).length) {
    console.log('  skipped: dist/ is empty (build first: npm run build)');
    return;
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-bench-cache-'));
  const notes = path.join(root, 'notes');
  const hour = (Date.now() - 3600_000) / 1000;
  const corpus = makeCorpus({ notes: NOTES });
  for (const { file, text } of corpus) {
    const full = path.join(notes, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    utimesSync(full, hour, hour);
  }
  const edited = path.join(notes, corpus[NOTES >> 1].file);
  const env = (home) => ({ ...process.env, K8S_QUIZ_HOME: home, NO_COLOR: '1' });
  const warmHome = path.join(root, 'warm');
  const cli = (...extra) => ['bin/k8s-quiz.js', 'banks', notes, '--json', ...extra];
  let n = 0;
  const cases = {
    baseline: () => run([path.join(ROOT, 'bench', 'cache.mjs'), '--lex', notes], env(warmHome)),
    cold: () => run(cli(), env(path.join(root, `cold-${n++}`))),
    warm: () => run(cli(), env(warmHome)),
    'one edit': () => {
      appendFileSync(edited, `\n- Edit${n++}: 一处修改\n`);
      return run(cli(), env(warmHome));
    },
    'no-cache': () => run(cli('--no-cache'), env(warmHome)),
    // The summary a person reads instead of the JSON (18 MB of it on 2,000 notes).
    'text, warm': () => run(['bin/k8s-quiz.js', 'banks', notes], env(warmHome)),
  };
  try {
    // Warm-up: the page cache, and the warm data dir is filled. A case the build cannot run yet is skipped.
    for (const name of Object.keys(cases)) {
      try {
        cases[name]();
      } catch (error) {
        console.log(`  skipped ${name}: ${error.message.split('\n')[0]}`);
        delete cases[name];
      }
    }
    const names = Object.keys(cases);
    const samples = Object.fromEntries(names.map((name) => [name, []]));
    for (let r = 0; r < ROUNDS; r++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(k + r) % names.length];
        samples[name].push(cases[name]());
      }
      for (const dir of readdirSync(root)) if (dir.startsWith('cold-')) rmSync(path.join(root, dir), { recursive: true, force: true });
    }
    const base = samples.baseline;
    console.log(`  read + gray-matter + marked lexer, one process: ${ms(median(base.map((s) => s.ms)))}, ${median(base.map((s) => s.mb)).toFixed(0)} MB peak`);
    for (const name of names.filter((x) => x !== 'baseline')) {
      const s = samples[name];
      const r = median(s.map((v, i) => v.ms / base[i].ms));
      const m = median(s.map((v, i) => v.mb / base[i].mb));
      const label = name.startsWith('text') ? `banks (text), ${name.slice(6)}` : `banks --json, ${name}`;
      console.log(`  ${label.padEnd(23)} ${ms(median(s.map((v) => v.ms))).padStart(10)}  => ${times(r)} the time, ${times(m)} the peak memory (${median(s.map((v) => v.mb)).toFixed(0)} MB)`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--lex') await lex(process.argv[3]);
else if (isMain(import.meta.url)) await benchCache();
