// The build after tsc: what the caches are keyed by, and the bundled notes parsed ahead of time.
//
//   dist/build-info.json    {version, id}: id = the package version + a hash of everything built,
//                           so a cache made by one build is never used by another
//   dist/bundled-banks.json what loading notes/en and notes/zh gives, so the first run parses nothing
//
// Both are written to a temporary name and renamed into place.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !GENERATED.has(e.name) && !e.name.endsWith('.tmp'))
  .map((e) => path.relative(DIST, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
  .sort();
const hash = createHash('sha1');
for (const rel of files) hash.update(`${rel}\u0000`).update(readFileSync(path.join(DIST, rel))).update('\u0000');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const id = `${version}+${hash.digest('hex').slice(0, 16)}`;
write(path.join(DIST, 'build-info.json'), `${JSON.stringify({ version, id })}\n`);

const imp = (rel) => import(pathToFileURL(path.join(DIST, rel)).href);
const [{ loadNotes }, { toEntry }, { prebuiltFile, NOTES_ROOT }] = await Promise.all([imp('io/load.js'), imp('io/cache.js'), imp('io/prebuilt.js')]);
const results = [];
const recorder = {
  get: () => undefined,
  put: (file, stamp, shown, result) => results.push({ file, entry: toEntry(stamp, shown, result) }),
  save() {},
};
await loadNotes([NOTES_ROOT], ROOT, { cache: recorder });
write(path.join(DIST, 'bundled-banks.json'), JSON.stringify(prebuiltFile(id, NOTES_ROOT, results)));
console.log(`build ${id}: ${results.length} bundled notes parsed ahead of time`);
