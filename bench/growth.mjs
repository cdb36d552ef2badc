// Growth on hostile input: for each class that once made the loader (or the terminal's wrapper)
// superlinear or crash, parseNote (or wrap, clip) at size n and at 10n, each in a fresh Node process.
//
//   ratio    = time(10n) / time(n), each the fastest of several calls within 1.5 s:
//              10 is linear, 100 quadratic. Flagged above 15.
//   exponent = log10(ratio): 1 is linear, 2 quadratic.
//   peak     = the largest resident set of the 10n process (Node itself is ~50 MB of it).
//
// A case that throws is reported as a crash, one over the time limit as a timeout (its ratio is
// then a lower bound). Inputs are generated, never read from real notes; 10n stays under the
// loader's 2 MiB cap on a note.
//
//   node bench/growth.mjs                 every class (GROWTH_TIMEOUT=30 seconds per process)
//   node bench/growth.mjs numerals links  only the classes whose names contain these words

import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { importDist, isMain, measureChild } from './lib.mjs';

const lines = (count, line) => Array.from({ length: count }, (_, k) => line(k)).join('\n') + '\n';
/** Lines of `line(k)` until about `bytes` long (for classes whose lines grow with k). */
function linesUpTo(bytes, line) {
  const out = [];
  for (let k = 0, size = 0; size < bytes; k++) {
    const next = line(k);
    out.push(next);
    size += next.length + 1;
  }
  return out.join('\n') + '\n';
}
const repeat = (unit, bytes) => unit.repeat(Math.max(1, Math.round(bytes / unit.length)));

/** Each class: its size n (levels or bytes), and a note of that size. */
export const CLASSES = [
  { name: 'list-nesting', unit: 'levels', n: 120, make: (n) => '- '.repeat(n) + 'x\n' },
  { name: 'quote-nesting', unit: 'levels', n: 300, make: (n) => '>'.repeat(n) + ' x\n' },
  { name: 'ordered-nesting', unit: 'levels', n: 100, make: (n) => '1. '.repeat(n) + 'x: y\n' },
  { name: 'indented-ordered', unit: 'bytes', n: 150_000, make: (n) => linesUpTo(n, (k) => `${'   '.repeat(k)}1. step ${k}: detail ${k}`) },
  { name: 'indented-bullets', unit: 'bytes', n: 197_000, make: (n) => linesUpTo(n, (k) => `${'  '.repeat(k)}- term${k}: detail ${k}`) },
  { name: 'split-ordered', unit: 'bytes', n: 70_000, make: (n) => `## 流程\n\n${linesUpTo(n, (k) => `${k + 1}. 创建 step ${k}\n\n- detail ${k}\n`)}` },
  { name: 'details-unclosed', unit: 'bytes', n: 21_000, make: (n) => linesUpTo(n, (k) => `<details><summary>Question ${k}?\nAnswer ${k}\n`) },
  { name: 'details-no-summary', unit: 'bytes', n: 20_000, make: (n) => linesUpTo(n, (k) => `<details>\nline ${k}\n`) },
  { name: 'details-open-run', unit: 'bytes', n: 20_000, make: (n) => repeat('<details ', n) + '\n' },
  { name: 'summary-run', unit: 'bytes', n: 20_000, make: (n) => '<details><summary' + repeat(' <summary', n) + '\n' },
  { name: 'tags-run', unit: 'bytes', n: 20_000, make: (n) => '<div>\n' + repeat('<a', n) + '\n' },
  { name: 'numerals-line', unit: 'bytes', n: 30_000, make: (n) => repeat('一', n / 3) + '\n' },
  { name: 'dots-heading', unit: 'bytes', n: 10_000, make: (n) => `## ${repeat('.', n)}x\n\n- a: b\n- c: d\n` },
  { name: 'emphasis-run', unit: 'bytes', n: 6_000, make: (n) => repeat('**a', n) + '\n' },
  { name: 'link-run', unit: 'bytes', n: 6_000, make: (n) => repeat('[a](', n) + '\n' },
  { name: 'arrow-dashes', unit: 'bytes', n: 20_000, make: (n) => `流程：a, b, c${repeat('-', n)}d\n` },
  { name: 'cjk-line', unit: 'bytes', n: 100_000, make: (n) => `容器：${repeat('调度节点，', n / 3)}\n` },
  // Controls: ordinary shapes, which were linear all along.
  { name: 'long-plain-line', unit: 'bytes', n: 200_000, make: (n) => repeat('word ', n) + '\n' },
  { name: 'many-items', unit: 'bytes', n: 200_000, make: (n) => linesUpTo(n, (k) => `- term${k}: detail of term ${k}`) },
  // Output: what the terminal wrapper and the field clip do with a long step or a pasted answer.
  { name: 'wrap-long-word', unit: 'bytes', n: 100_000, op: 'wrap', make: (n) => repeat('x', n) },
  { name: 'wrap-long-cjk', unit: 'bytes', n: 100_000, op: 'wrap', make: (n) => repeat('调度', n / 6) },
  { name: 'wrap-many-words', unit: 'bytes', n: 200_000, op: 'wrap', make: (n) => repeat('pod node ', n) },
  { name: 'clip-long-field', unit: 'bytes', n: 1_000_000, op: 'clip', make: (n) => repeat('ab\u001b[31mc', n) },
];

/** What a class is run through: the loader, or the terminal's wrapper or field clip. */
const OPS = {
  parse: { module: 'core/notes/index.js', name: 'parseNote', call: (f, text) => f('hostile.md', text).warnings.length },
  wrap: { module: 'ui/layout.js', name: 'wrap', call: (f, text) => (f(text, 80), 0) },
  clip: { module: 'ui/layout.js', name: 'clip', call: (f, text) => (f(text), 0) },
};

const TIMEOUT_S = Number(process.env.GROWTH_TIMEOUT) || 30;
const FLAG_RATIO = 15;
/** Below this at 10n a class is too fast to judge (and harmless): cache effects swamp the ratio. */
const JUDGE_MS = 50;
const FLAG_MB = 300;

/** In the child: time one class's operation at one size; print one JSON line. */
async function child(name, size) {
  const spec = CLASSES.find((c) => c.name === name);
  const op = OPS[spec.op ?? 'parse'];
  const mod = await importDist(op.module, [op.name]);
  if (!mod) return;
  const run = (text) => op.call(mod[op.name], text);
  const text = spec.make(size);
  // Warm-up on a tenth of the size: the JIT compiles the same paths.
  run(spec.make(Math.max(1, Math.round(size / 10))));
  globalThis.gc?.();
  // The fastest of several calls: the least disturbed by whatever else the machine is doing.
  let calls = 0;
  let warnings = 0;
  let ms = Infinity;
  let peakMB = 0;
  const t0 = performance.now();
  try {
    do {
      const t = performance.now();
      warnings = run(text);
      ms = Math.min(ms, performance.now() - t);
      // Peak memory of the first call: later ones only add garbage not yet collected.
      if (calls === 0) peakMB = process.resourceUsage().maxRSS / 1024;
      calls++;
    } while (performance.now() - t0 < 1500 && calls < 30);
  } catch (error) {
    console.log(JSON.stringify({ error: String(error?.message ?? error).slice(0, 80) }));
    return;
  }
  console.log(JSON.stringify({ ms, calls, bytes: Buffer.byteLength(text), warnings, peakMB }));
}

function measure(name, size) {
  return measureChild(fileURLToPath(import.meta.url), [name, String(size)], TIMEOUT_S);
}

const showMs = (r) => (r.timeout ? `> ${TIMEOUT_S} s` : r.error ? 'crash' : r.ms >= 1000 ? `${(r.ms / 1000).toFixed(1)} s` : `${r.ms.toFixed(1)} ms`);

export function benchGrowth(filters = []) {
  console.log(`loader growth on hostile notes: node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}, limit ${TIMEOUT_S} s per process`);
  console.log('class                n (unit)           t(n)       t(10n)     ratio   exponent  peak(10n)');
  let flagged = 0;
  for (const spec of CLASSES) {
    if (filters.length && !filters.some((f) => spec.name.includes(f))) continue;
    const small = measure(spec.name, spec.n);
    const large = measure(spec.name, spec.n * 10);
    let ratio = '';
    let exponent = '';
    let flag = '';
    if (small.ms !== undefined && (large.ms !== undefined || large.timeout)) {
      const r = (large.timeout ? TIMEOUT_S * 1000 : large.ms) / small.ms;
      ratio = `${large.timeout ? '>' : ''}${r.toFixed(1)}x`;
      exponent = `${large.timeout ? '>' : ''}${Math.log10(r).toFixed(2)}`;
      if (r > FLAG_RATIO && (large.timeout || large.ms >= JUDGE_MS)) flag = '  SUPERLINEAR';
      else if (r > FLAG_RATIO) ratio += '*';
    }
    if (small.timeout) flag += `  OVER ${TIMEOUT_S} s AT n`;
    if (small.error || large.error) flag += `  CRASH: ${(large.error ?? small.error)}`;
    if (large.peakMB > FLAG_MB) flag += `  OVER ${FLAG_MB} MB`;
    if (flag) flagged++;
    const peak = large.peakMB ? `${Math.round(large.peakMB)} MB` : '';
    console.log(
      `${spec.name.padEnd(20)} ${`${spec.n} ${spec.unit}`.padEnd(18)} ${showMs(small).padStart(9)}  ${showMs(large).padStart(9)}  ${ratio.padStart(8)}  ${exponent.padStart(8)}  ${peak.padStart(8)}${flag}`,
    );
  }
  console.log(`* over ${FLAG_RATIO}x but under ${JUDGE_MS} ms at 10n: too fast to judge`);
  console.log(flagged ? `${flagged} class(es) flagged` : 'every class at most about linear');
  return flagged;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') await child(args[1], Number(args[2]));
  else process.exitCode = benchGrowth(args) ? 1 : 0;
}
