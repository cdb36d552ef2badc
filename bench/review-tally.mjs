// Tallies reviewers' verdicts on sheets written by bench/review.mjs.
//
//   node bench/review-tally.mjs NAME.key.json VERDICTS.json [NAME2.key.json VERDICTS2.json ...]
//
// A verdicts file is `[{"n": 1, "fair": true|false, "reason": "..."}]` (n as on the sheet).
// Prints fair/total overall, per type and per sheet, then the unfair questions with their
// reasons, grouped by type. Questions without a verdict are reported as missing (and left out
// of fair/total); verdicts for an n the key does not have, or given twice, are reported too.
// Lenient about the file: JSON wrapped in a ``` fence or in prose, `{"verdicts": [...]}`,
// n as a string, fair as "yes"/"no"/"fair"/"unfair".

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const USAGE = 'usage: node bench/review-tally.mjs NAME.key.json VERDICTS.json [NAME2.key.json VERDICTS2.json ...]';

function fail(message, code = 2) {
  process.stderr.write(`review-tally: ${message}\n`);
  process.exit(code);
}

/** JSON, or the outermost [...] / {...} inside text around it (a fence, a sentence). */
export function parseLenient(text, file) {
  try {
    return JSON.parse(text);
  } catch {
    for (const [open, close] of [['[', ']'], ['{', '}']]) {
      const a = text.indexOf(open);
      const b = text.lastIndexOf(close);
      if (a >= 0 && b > a) {
        try {
          return JSON.parse(text.slice(a, b + 1));
        } catch {
          /* try the next shape */
        }
      }
    }
  }
  fail(`${file}: not JSON`, 1);
}

function readJson(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${err.code ?? err.message}`, 1);
  }
  return parseLenient(text.replace(/^\uFEFF/, ''), file);
}

/** true, false, or null when the value says neither. */
export function fairness(value) {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (['true', 'yes', 'y', 'fair', 'ok', 'pass'].includes(v)) return true;
    if (['false', 'no', 'n', 'unfair', 'fail'].includes(v)) return false;
  }
  return null;
}

function verdictList(data) {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const inner = Object.values(data).find(Array.isArray);
    if (inner) return inner;
  }
  return null;
}

/** One sheet: its key and verdicts joined by n. */
export function joinSheet(key, verdicts, label) {
  const byN = new Map();
  const notes = [];
  for (const v of verdicts) {
    const n = Number(v?.n);
    if (!Number.isInteger(n)) {
      notes.push(`a verdict without a usable n: ${JSON.stringify(v).slice(0, 120)}`);
      continue;
    }
    if (byN.has(n)) notes.push(`#${n} has more than one verdict; the last one counts`);
    byN.set(n, v);
  }
  const known = new Set(key.map((k) => k.n));
  for (const n of [...byN.keys()].sort((a, b) => a - b)) if (!known.has(n)) notes.push(`#${n} has a verdict but is not on the sheet`);

  const rows = [];
  const missing = [];
  for (const k of key) {
    const v = byN.get(k.n);
    const fair = v ? fairness(v.fair) : null;
    if (v && fair === null) notes.push(`#${k.n}: "fair" is ${JSON.stringify(v.fair)}, neither true nor false; counted as missing`);
    if (fair === null) {
      missing.push(k);
      continue;
    }
    rows.push({ ...k, sheet: label, fair, reason: typeof v.reason === 'string' ? v.reason.trim() : v.reason == null ? '' : JSON.stringify(v.reason) });
  }
  return { label, rows, missing, notes, total: key.length };
}

const pct = (a, b) => (b ? `${Math.round((100 * a) / b)}%` : '-');

function line(label, fair, judged, extra = '') {
  return `  ${label.padEnd(12)} ${String(fair).padStart(4)}/${String(judged).padEnd(4)} fair  ${pct(fair, judged).padStart(4)}${extra}`;
}

export function report(sheets) {
  const out = [];
  const rows = sheets.flatMap((s) => s.rows);
  const missing = sheets.reduce((a, s) => a + s.missing.length, 0);
  const fairCount = rows.filter((r) => r.fair).length;
  out.push(`Overall: ${fairCount}/${rows.length} fair (${pct(fairCount, rows.length)})${missing ? `, ${missing} without a verdict` : ''}`);

  const types = [...new Set([...rows.map((r) => r.type), ...sheets.flatMap((s) => s.missing.map((m) => m.type))])].sort();
  out.push('', 'By type:');
  for (const t of types) {
    const of = rows.filter((r) => r.type === t);
    const miss = sheets.reduce((a, s) => a + s.missing.filter((m) => m.type === t).length, 0);
    out.push(line(t, of.filter((r) => r.fair).length, of.length, miss ? `  (${miss} missing)` : ''));
  }

  if (sheets.length > 1) {
    out.push('', 'By sheet:');
    for (const s of sheets) {
      const f = s.rows.filter((r) => r.fair).length;
      out.push(`  ${s.label}: ${f}/${s.rows.length} fair (${pct(f, s.rows.length)})${s.missing.length ? `, ${s.missing.length} missing` : ''}`);
    }
  }

  const unfair = rows.filter((r) => !r.fair);
  if (unfair.length) {
    out.push('', 'Unfair, by type:');
    for (const t of types) {
      const of = unfair.filter((r) => r.type === t);
      if (!of.length) continue;
      out.push(`  ${t} (${of.length})`);
      for (const r of of) {
        const where = r.file ? ` ${r.file}:${r.line}` : '';
        const sheet = sheets.length > 1 ? `${r.sheet} ` : '';
        out.push(`    ${sheet}#${r.n}${where}: ${r.reason || '(no reason given)'}`);
      }
    }
  }

  const problems = sheets.filter((s) => s.missing.length || s.notes.length);
  if (problems.length) {
    out.push('', 'Missing or odd verdicts:');
    for (const s of problems) {
      if (s.missing.length) out.push(`  ${s.label}: no verdict for ${s.missing.map((m) => `#${m.n}`).join(', ')}`);
      for (const note of s.notes) out.push(`  ${s.label}: ${note}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function main() {
  process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const args = process.argv.slice(2);
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!args.length || args.length % 2) fail(`give the files in pairs: a key, then its verdicts\n${USAGE}`);
  const sheets = [];
  for (let i = 0; i < args.length; i += 2) {
    const [keyFile, verdictFile] = [args[i], args[i + 1]];
    const key = readJson(keyFile);
    if (!Array.isArray(key) || !key.every((k) => Number.isInteger(k?.n) && typeof k.type === 'string')) {
      fail(`${keyFile}: not a key written by bench/review.mjs ([{n, id, type, file, line}])`, 1);
    }
    const verdicts = verdictList(readJson(verdictFile));
    if (!verdicts) fail(`${verdictFile}: expected an array of {n, fair, reason}`, 1);
    const label = path.basename(keyFile).replace(/\.key\.json$/, '');
    sheets.push(joinSheet(key, verdicts, label));
  }
  process.stdout.write(report(sheets));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
