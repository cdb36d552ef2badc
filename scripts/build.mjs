// The build after tsc: the CLI bundled, what the caches are keyed by, and the bundled notes parsed
// ahead of time.
//
//   dist/bundle/            dist/cli/main.js and all it imports (node_modules too) in a few files,
//                           what bin/k8s-quiz.js runs: a start reads a handful of files instead of a
//                           few hundred modules. Commands, prompts and markdown rendering stay in
//                           chunks of their own, loaded when used (esbuild's code splitting).
//                           Every chunk sits two folders below the package root, as the module it
//                           comes from did, so `new URL('../../notes', import.meta.url)` still finds it.
//   dist/build-info.json    {version, id}: id = the package version + a hash of everything built,
//                           so a cache made by one build is never used by another
//   dist/bundled-banks/     what loading notes/en and notes/zh gives, one file per set, so the first
//                           run parses nothing (and reads only its set); with the key of the set's
//                           drafts, so a run on it need not hash its banks to find them
//   dist/drafts/            the drafts a quiz picks from on each bundled set, so it lists nothing either,
//                           and the question each makes before its choices are dealt, so it builds
//                           nothing either
//
// Both are written to a temporary name and renamed into place.

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const GENERATED = new Set(['build-info.json', 'bundled-banks.json']);

function write(file, text) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

// Our core modules and ts-fsrs do nothing when imported but define things (src/core has no
// top-level statement other than declarations, and no import for effect alone): marked free of
// side effects, a chunk leaves out what its importers never use. Through the barrels
// (core/history, core/session) `quiz --plain` loaded ts-fsrs and the card replay, which only
// `stats` and `drill` run.
const PURE = [`${path.sep}dist${path.sep}core${path.sep}`, `${path.sep}node_modules${path.sep}ts-fsrs${path.sep}`];
const pureModules = {
  name: 'pure-modules',
  setup(build) {
    build.onResolve({ filter: /^[./]|^ts-fsrs$/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } });
      if (found.errors.length) return found;
      return PURE.some((part) => found.path.includes(part)) ? { ...found, sideEffects: false } : found;
    });
  },
};

// string-width makes its grapheme segmenter when it is imported: ICU's break rules loaded on every
// start (~25 ms of `banks --json` under load, a tenth of it) whether any width is measured or not.
// Made on first use instead; where the package's text is not what this expects it is left as it is.
const SEGMENTER = 'const segmenter = new Intl.Segmenter();';
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(SEGMENTER) || text.split('segmenter.segment(').length !== 2) {
        // Older versions (cli-table3's) make none.
        if (text.includes('Intl.Segmenter')) console.warn(`build: ${args.path} does not make its segmenter as expected; left as it is`);
        return undefined;
      }
      const lazy = 'let madeSegmenter;\nconst segmenter = { segment: (text) => (madeSegmenter ??= new Intl.Segmenter()).segment(text) };';
      return { contents: text.replace(SEGMENTER, lazy), loader: 'js' };
    });
  },
};

// commander requires node:child_process when it is imported, for subcommands run as executables,
// which this program has none of: Node's child_process modules (~5 ms quiet, several times that
// under load) loaded on every start. Required on first spawn instead.
const CHILD_PROCESS = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const text = readFileSync(args.path, 'utf8');
      const uses = text.match(/childProcess\.\w+/g) ?? [];
      if (!text.includes(CHILD_PROCESS) || uses.some((use) => use !== 'childProcess.spawn')) {
        console.warn(`build: ${args.path} does not use child_process as expected; left as it is`);
        return undefined;
      }
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: text.replace(CHILD_PROCESS, lazy), loader: 'js' };
    });
  },
};

const BUNDLE = path.join(DIST, 'bundle');
// Other processes may be running the CLI from dist/bundle while this builds: the bundle is made in
// a folder of its own, then moved in file by file (each rename atomic, main.js last, so it never
// names a chunk that is not there yet). Chunk names carry a hash of their content; the chunks of
// an earlier build stay a while for the runs that started with it, and go at a later build.
const fresh = mkdtempSync(path.join(DIST, '.bundle-'));
let bundled;
try {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { main: path.join(DIST, 'cli', 'main.js') },
    outdir: fresh,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // CommonJS packages (gray-matter, js-yaml) call require() for Node's own modules.
    banner: { js: "import { createRequire as __k8sQuizRequire } from 'node:module'; const require = __k8sQuizRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [pureModules, lazySegmenter, lazyChildProcess],
  });
  mkdirSync(BUNDLE, { recursive: true });
  const made = readdirSync(fresh).sort((a, b) => (a === 'main.js') - (b === 'main.js'));
  for (const name of made) renameSync(path.join(fresh, name), path.join(BUNDLE, name));
  const old = Date.now() - 10 * 60_000;
  for (const name of readdirSync(BUNDLE)) {
    if (!made.includes(name) && statSync(path.join(BUNDLE, name)).mtimeMs < old) rmSync(path.join(BUNDLE, name), { force: true });
  }
  bundled = new Set(made.map((name) => `bundle/${name}`));
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !GENERATED.has(e.name) && !e.name.endsWith('.tmp'))
  .map((e) => path.relative(DIST, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
  // This build's own files: not another build's temporary folder, nor the chunks an earlier one left.
  .filter((rel) => !rel.startsWith('.bundle-') && !rel.startsWith('drafts/') && !rel.startsWith('bundled-banks/') && (!rel.startsWith('bundle/') || bundled.has(rel)))
  .sort();
const hash = createHash('sha1');
for (const rel of files) hash.update(`${rel}\u0000`).update(readFileSync(path.join(DIST, rel))).update('\u0000');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const id = `${version}+${hash.digest('hex').slice(0, 16)}`;
write(path.join(DIST, 'build-info.json'), `${JSON.stringify({ version, id })}\n`);

const imp = (rel) => import(pathToFileURL(path.join(DIST, rel)).href);
const [{ loadNotes }, { toEntry }, { prebuiltFile, bySet, openPrebuilt, setFile, PREBUILT_DIR, NOTES_ROOT }] = await Promise.all([
  imp('io/load.js'),
  imp('io/cache.js'),
  imp('io/prebuilt.js'),
]);
const results = [];
const recorder = {
  get: () => undefined,
  put: (file, stamp, shown, result) => results.push({ file, entry: toEntry(stamp, shown, result) }),
  save() {},
};
await loadNotes([NOTES_ROOT], ROOT, { cache: recorder });
// Made whole in a folder of its own, then moved into place.
const PREBUILT = path.join(DIST, PREBUILT_DIR);
const banksDir = mkdtempSync(path.join(DIST, '.banks-'));
rmSync(path.join(DIST, 'bundled-banks.json'), { force: true }); // the one file of earlier builds
const sets = bySet(NOTES_ROOT, results);
try {
  for (const [set, of] of sets) writeFileSync(setFile(banksDir, set), JSON.stringify(prebuiltFile(id, NOTES_ROOT, of)));

  // What a quiz picks from on each bundled set, with the set's own language or none chosen.
  const [{ draftHeads, draftsKey, indexQuestions }, { writeDraftHeads, writeMadeQuestions, PREBUILT_DRAFTS }] = await Promise.all([imp('core/questions/index.js'), imp('io/draft-cache.js')]);
  rmSync(PREBUILT_DRAFTS, { recursive: true, force: true });
  const elsewhere = os.tmpdir();
  for (const set of ['en', 'zh']) {
    const dir = path.join(NOTES_ROOT, set);
    const { banks } = await loadNotes([dir], ROOT);
    const keys = {};
    for (const lang of [undefined, set]) {
      const key = draftsKey(banks, lang);
      const heads = draftHeads(banks, lang ? { lang } : {});
      writeDraftHeads(PREBUILT_DRAFTS, id, key, heads);
      // And what each makes, before its choices are dealt (the same for every seed).
      writeMadeQuestions(PREBUILT_DRAFTS, id, key, indexQuestions(banks, { seed: 0, ...(lang ? { lang } : {}), heads }).drafts.map((draft) => draft.made()));
      // The key is kept with the set's banks only when the banks as a run gets them (from the file
      // just written, read from here or from another folder) give that same key.
      const same = [];
      for (const cwd of [ROOT, elsewhere]) {
        const loaded = await loadNotes([dir], cwd, { prebuilt: openPrebuilt(banksDir, NOTES_ROOT, id), cache: { get: () => undefined, put() {}, save() {} } });
        same.push(draftsKey(loaded.banks, lang) === key);
      }
      if (same.every(Boolean)) keys[lang ?? ''] = key;
      else console.log(`build: the drafts key of notes/${set} (${lang ?? 'no language'}) depends on where it is read from; not kept`);
    }
    writeFileSync(setFile(banksDir, set), JSON.stringify(prebuiltFile(id, NOTES_ROOT, sets.get(set) ?? [], keys)));
    // And a run over the set finds it there.
    for (const [lang, key] of Object.entries(keys)) {
      const prebuilt = openPrebuilt(banksDir, NOTES_ROOT, id);
      const loaded = await loadNotes([dir], elsewhere, { prebuilt, cache: { get: () => undefined, put() {}, save() {} } });
      if (prebuilt.draftsKey(dir, loaded.sources.length, lang || undefined) !== key) throw new Error(`build: the drafts key of notes/${set} is not found from its prebuilt banks`);
    }
  }
  mkdirSync(PREBUILT, { recursive: true });
  const made = readdirSync(banksDir);
  for (const name of made) renameSync(path.join(banksDir, name), path.join(PREBUILT, name));
  for (const name of readdirSync(PREBUILT)) if (!made.includes(name)) rmSync(path.join(PREBUILT, name), { force: true });
} finally {
  rmSync(banksDir, { recursive: true, force: true });
}
console.log(`build ${id}: ${bundled.size} files in dist/bundle, ${results.length} bundled notes parsed ahead of time`);
