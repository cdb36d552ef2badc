// Blind review of question quality: a sample of the questions a quiz would ask, written as a
// sheet a reviewer can judge without the code.
//
//   node bench/review.mjs --seed 7 --count 60 [--type t,t] [--topic TEXT] [--lang en|zh]
//                         [--out DIR] [--name NAME] [--cli FILE] PATH...
//
// Runs the BUILT CLI's `questions PATH... --json --seed N --count C` (the exact selection,
// order and choice order `quiz --seed N --count C` would use) with a throwaway data dir, and
// writes
//   DIR/NAME.md        the reviewer's sheet: per question its type, topic, prompt, choices as
//                      the person sees them, the key, the explanation shown after answering,
//                      and the note lines it came from. No ids, banks or code.
//   DIR/NAME.key.json  [{n, id, type, file, line}], so verdicts can be tallied by type
//                      (bench/review-tally.mjs).
// Defaults: --out /tmp/review, --name <what was given>-seed<N>[-<types>], --count 60.
// Note text is copied into the sheet as it is (it is data); nothing is written into the repo.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shownTopic } from '../dist/ui/report.js';

/** A closed pipe (`| head`) ends the output quietly. */
function quietEpipe() {
  process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_CLI = path.resolve(HERE, '..', 'bin', 'k8s-quiz.js');
const BEFORE = 3; // note lines shown before the source line
const AFTER = 8; // and after it (12 lines in all)

const USAGE = `usage: node bench/review.mjs --seed N [--count 60] [--type t,t] [--topic TEXT] [--lang en|zh]
                           [--out /tmp/review] [--name NAME] [--cli bin/k8s-quiz.js] PATH...`;

function fail(message, code = 2) {
  process.stderr.write(`review: ${message}\n`);
  process.exit(code);
}

export function parseArgs(argv) {
  const opts = { seed: null, count: 60, type: null, topic: null, lang: null, out: '/tmp/review', name: null, cli: DEFAULT_CLI, paths: [] };
  const valued = { '--seed': 'seed', '--count': 'count', '-n': 'count', '--type': 'type', '-t': 'type', '--topic': 'topic', '--lang': 'lang', '--out': 'out', '--name': 'name', '--cli': 'cli' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag in valued) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) fail(`${flag} needs a value\n${USAGE}`);
      opts[valued[flag]] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      fail(`unknown option ${arg}\n${USAGE}`);
    } else {
      opts.paths.push(arg);
    }
  }
  if (opts.seed === null || !/^\d+$/.test(String(opts.seed))) fail(`--seed N is required (a whole number)\n${USAGE}`);
  if (!/^\d+$/.test(String(opts.count)) || Number(opts.count) < 1) fail('--count must be a positive whole number');
  if (!opts.paths.length) fail(`give at least one notes PATH\n${USAGE}`);
  for (const p of opts.paths) if (!existsSync(p)) fail(`no such file or folder: ${p}`);
  if (!existsSync(opts.cli)) fail(`the built CLI is missing: ${opts.cli} (build first: npx tsc -p tsconfig.build.json)`);
  if (opts.name !== null && (opts.name === '' || /[/\\]/.test(opts.name))) fail('--name is a file name stem, not a path');
  return opts;
}

/** The deepest folder holding every given path (a file counts as its folder). */
export function commonRoot(paths) {
  const dirs = paths.map((p) => {
    const abs = path.resolve(p);
    return existsSync(abs) && statSync(abs).isFile() ? path.dirname(abs) : abs;
  });
  let parts = dirs[0].split(path.sep);
  for (const d of dirs.slice(1)) {
    const other = d.split(path.sep);
    let k = 0;
    while (k < parts.length && k < other.length && parts[k] === other[k]) k++;
    parts = parts.slice(0, k);
  }
  return parts.join(path.sep) || path.sep;
}

function defaultName(opts, root) {
  const abs = opts.paths.map((p) => path.resolve(p));
  const single = abs.length === 1 ? abs[0] : null;
  const what = single ? path.basename(single).replace(/\.[^.]+$/, '') : path.basename(root) || 'notes';
  const types = opts.type ? `-${String(opts.type).replace(/[^\w]+/g, '+')}` : '';
  return `${what.replace(/[^\w.+-]+/g, '_')}-seed${opts.seed}${types}`;
}

function runQuestions(opts) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-review-'));
  const args = [opts.cli, 'questions', ...opts.paths, '--json', '--seed', String(opts.seed), '--count', String(opts.count), '--data-dir', dataDir];
  if (opts.type) args.push('--type', String(opts.type));
  if (opts.topic) args.push('--topic', String(opts.topic));
  if (opts.lang) args.push('--lang', String(opts.lang));
  let stdout;
  let error = null;
  try {
    // Run where we were started, with the paths as given: that is what the person's quiz does.
    stdout = execFileSync(process.execPath, args, {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', K8S_QUIZ_HOME: dataDir },
    });
  } catch (err) {
    error = err;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (error) {
    const stderr = error.stderr ? String(error.stderr).trim() : '';
    fail(`\`k8s-quiz questions\` failed${error.status != null ? ` (exit ${error.status})` : ''}: ${stderr || error.message}`, 1);
  }
  try {
    return JSON.parse(stdout);
  } catch {
    fail(`\`k8s-quiz questions --json\` printed something that is not JSON: ${stdout.slice(0, 200)}`, 1);
  }
}

// --- the sheet ---------------------------------------------------------------------------

/** A fence longer than any run of backticks inside the text. */
function fenced(text, info = '') {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

/** Multi-line text as a block quote, every line kept. */
function quoted(text) {
  return String(text)
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

/** `1. text`, with continuation lines indented under the text. */
function numbered(items) {
  const w = String(items.length).length;
  return items
    .map((item, i) => {
      const label = `${String(i + 1).padStart(w)}. `;
      const [first, ...rest] = String(item).split('\n');
      return [label + first, ...rest.map((l) => ' '.repeat(label.length) + l)].join('\n');
    })
    .join('\n');
}

const isIndex = (q, a) => Number.isInteger(a) && a >= 0 && a < q.choices.length;
const choiceText = (q, i) => (isIndex(q, i) ? q.choices[i] : `(no choice ${i + 1}: the index is out of range)`);
const oneLine = (s) => String(s).replace(/\s*\n\s*/g, ' ⏎ ');

/** How the person answers, as the CLI asks it. */
function answerForm(q) {
  const hasChoices = Array.isArray(q.choices) && q.choices.length > 0;
  if (q.type === 'recall') return '(free answer, then self-grade)';
  if (q.type === 'typed' || (!hasChoices && typeof q.answer === 'string')) return '(type the answer)';
  if (q.type === 'order') return 'Put these in the right order (the person answers with the numbers in order):';
  if (q.type === 'multi') return 'Pick every right choice (the person answers with all their numbers):';
  return 'Pick one:';
}

/** The KEY section, for every answer kind, including ones this script has not heard of. */
function keyLines(q) {
  const a = q.answer;
  const accept = Array.isArray(q.accept) ? q.accept : [];
  if (q.type === 'recall' || (typeof a === 'string' && q.type !== 'typed' && !q.choices?.length)) {
    return ['**KEY** (reference; the person grades themself against it):', '', quoted(a)];
  }
  if (q.type === 'typed' || typeof a === 'string') {
    return [
      `**KEY** (typed): \`${oneLine(a)}\``,
      `Also accepted: ${accept.length ? accept.map((s) => `\`${oneLine(s)}\``).join(', ') : '(nothing else)'}`,
      '(differences of case, spacing and hyphens, an English ending added or dropped (`Claim` for `Claims`, `Evict` for `Evicted`) and small typos are forgiven)',
    ];
  }
  if (q.type === 'order' && Array.isArray(a)) {
    return [`**KEY** (right order): ${a.map((i) => i + 1).join(' ')}`, '', numbered(a.map((i) => choiceText(q, i)))];
  }
  if (Array.isArray(a)) {
    const lines = [`**KEY** (every right choice): ${a.map((i) => i + 1).join(', ') || '(none)'}`, ''];
    for (const i of a) lines.push(`- ${i + 1}. ${oneLine(choiceText(q, i))}`);
    return lines;
  }
  if (typeof a === 'number') return [`**KEY**: ${a + 1}. ${oneLine(choiceText(q, a))}`];
  return ['**KEY**: (an answer this script does not understand)', '', fenced(JSON.stringify(a, null, 2), 'json')];
}

/** About a dozen lines of the note around `line` (1-based), numbered, the line itself marked. */
function excerpt(file, line, cache) {
  if (!cache.has(file)) {
    let lines = null;
    try {
      lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r\n?|\n/);
    } catch {
      /* reported below */
    }
    cache.set(file, lines);
  }
  const lines = cache.get(file);
  if (!lines) return '(the note file could not be read)';
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return `(line ${line} is not in the note, which has ${lines.length} lines)`;
  const from = Math.max(1, line - BEFORE);
  const to = Math.min(lines.length, line + AFTER);
  const w = String(to).length;
  const out = [];
  for (let k = from; k <= to; k++) out.push(`${k === line ? '>' : ' '}${String(k).padStart(w)}| ${lines[k - 1]}`);
  return fenced(out.join('\n'), 'text');
}

export function relativeFile(file, root) {
  const abs = path.resolve(file);
  const rel = path.relative(root, abs);
  if (rel === '') return '.';
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

export function renderSheet(questions, { root, title, cache = new Map() }) {
  const out = [
    `# Question review: ${title}`,
    '',
    `${questions.length} question${questions.length === 1 ? '' : 's'}, in the order a quiz asks them. For each: what the person sees (topic line, prompt, choices), ` +
      'the KEY, the explanation shown after answering, and the lines of the note it was made from ' +
      '(`>` marks the line the question points at; note paths are relative to the folder of the notes given).',
    '',
    'Judge each question against the fairness definition and answer with a JSON array: `[{"n": 1, "fair": true, "reason": "..."}]`.',
    '',
  ];
  questions.forEach((q, i) => {
    const n = i + 1;
    const file = q.source?.file ? relativeFile(q.source.file, root) : '(unknown)';
    const line = q.source?.line;
    const choices = Array.isArray(q.choices) ? q.choices : [];
    out.push('---', '', `## ${n}. ${q.type}`, '');
    // As the line above the question shows it (heading numbers off, what the prompt says left out).
    const topic = Array.isArray(q.topic) ? shownTopic(q) : [];
    if (topic.length) out.push(`Topic shown above the question: ${topic.join(' › ')}`, '');
    out.push(quoted(q.prompt ?? ''), '');
    out.push(answerForm(q), '');
    if (choices.length) out.push(numbered(choices), '');
    out.push(...keyLines(q), '');
    if (q.type !== 'recall') {
      out.push('Explanation shown after answering:', '');
      out.push(q.explanation ? quoted(q.explanation) : '(none)', '');
    }
    out.push(`From the note: \`${file}\`, line ${line}`, '');
    out.push(q.source?.file ? excerpt(path.resolve(q.source.file), line, cache) : '(no source given)', '');
  });
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

export function keyOf(questions, root) {
  return questions.map((q, i) => ({
    n: i + 1,
    id: q.id,
    type: q.type,
    file: q.source?.file ? relativeFile(q.source.file, root) : null,
    line: q.source?.line ?? null,
  }));
}

function main() {
  quietEpipe();
  const opts = parseArgs(process.argv.slice(2));
  const root = commonRoot(opts.paths);
  const name = opts.name ?? defaultName(opts, root);
  const questions = runQuestions(opts);
  if (!Array.isArray(questions)) fail('`questions --json` did not print an array', 1);

  const given = opts.paths.map((p) => relativeFile(p, root)).join(', ');
  const filters = [`seed ${opts.seed}`, `count ${opts.count}`, opts.type && `types ${opts.type}`, opts.topic && `topic ${opts.topic}`, opts.lang && `lang ${opts.lang}`].filter(Boolean).join(', ');
  const title = `${given === '.' ? path.basename(root) : `${path.basename(root)}: ${given}`} (${filters})`;

  mkdirSync(opts.out, { recursive: true });
  const sheet = path.join(opts.out, `${name}.md`);
  const key = path.join(opts.out, `${name}.key.json`);
  writeFileSync(sheet, renderSheet(questions, { root, title }));
  writeFileSync(key, `${JSON.stringify(keyOf(questions, root), null, 2)}\n`);

  const byType = {};
  for (const q of questions) byType[q.type] = (byType[q.type] ?? 0) + 1;
  const summary = Object.entries(byType).map(([t, c]) => `${t} ${c}`).join(', ');
  process.stdout.write(`${questions.length} questions (${summary || 'none'})${questions.length < Number(opts.count) ? ` — fewer than the ${opts.count} asked: the notes do not give more` : ''}\n`);
  process.stdout.write(`sheet: ${sheet}\nkey:   ${key}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
