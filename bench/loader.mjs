// Loader speed: how much the notes loader costs on top of the parsers it is built on.
//
//   parse ratio = parseNote (front matter + lexer + outline + extraction)
//                 / (gray-matter + marked Lexer), over the same texts in memory.
//   disk ratio  = loadNotes on folders of notes (walk + stat + read + decode + parse)
//                 / fs.readFile of each file.
//
// The first says what our own stages (outline, extraction) add to the parsing we cannot avoid;
// the second what a person waits for, compared with merely reading their notes.

import { mkdtempSync, rmSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { Lexer } from 'marked';
import { makeCorpus } from './corpus.mjs';
import { chunked, compare, importDist, isMain, ms, perSec, times } from './lib.mjs';

// Sized to take ~40 s on 2 busy cores: the loader takes a few ms per note.
const NOTES = 2000;
const PER_FOLDER = 100;
const PARSE_ROUNDS = 3;
const DISK_ROUNDS = 3;

/** What was extracted, from a list of banks and warnings. */
function count(banks, warnings, notes) {
  const n = { notes, banks: banks.length, terms: 0, steps: 0, qa: 0, warnings: warnings.length };
  for (const b of banks) {
    if (b.kind === 'terms') n.terms += b.entries.length;
    else if (b.kind === 'steps') n.steps += b.steps.length;
    else if (b.kind === 'qa') n.qa += b.pairs.length;
  }
  return n;
}

function sum(counts) {
  const total = { notes: 0, banks: 0, terms: 0, steps: 0, qa: 0, warnings: 0 };
  for (const c of counts) for (const k of Object.keys(total)) total[k] += c[k];
  return total;
}

const same = (a, b) => Object.keys(a).every((k) => a[k] === b[k]);

export async function benchLoader() {
  console.log('loader');
  const notes = await importDist('core/notes/index.js', ['parseNote']);
  if (!notes) return;
  const { parseNote } = notes;

  const corpus = makeCorpus({ notes: NOTES });
  const bytes = corpus.reduce((total, n) => total + Buffer.byteLength(n.text), 0);
  console.log(`  corpus: ${corpus.length} notes in ${NOTES / PER_FOLDER} folders, ${(bytes / 1e6).toFixed(1)} MB (seeded, generated in memory)`);

  // Chunks of 100 notes: the cases take turns every 100 notes (see compare in lib.mjs).
  const chunks = chunked(corpus, PER_FOLDER).map((list, i) => ({ i, list }));
  // What the loader extracted, counted inside the timed call (a trivial loop next to parsing)
  // so that no output has to stay alive and slow down the GCs between calls.
  const parsed = [];
  const parse = await compare(
    {
      // Always an options object: without one gray-matter caches every input, and the rounds
      // after the first would measure a cache lookup.
      baseline: (chunk) => chunk.list.map(({ text }) => new Lexer().lex(matter(text, {}).content)),
      loader: (chunk) => {
        const out = chunk.list.map(({ file, text }) => parseNote(file, text));
        parsed[chunk.i] = count(out.flatMap((p) => p.banks), out.flatMap((p) => p.warnings), out.length);
      },
    },
    PARSE_ROUNDS,
    { chunks },
  );
  const found = sum(parsed);

  console.log(`  gray-matter + marked lexer: ${ms(parse.ms.baseline)}  (${perSec(NOTES, parse.ms.baseline)} notes/s)`);
  console.log(`  parseNote:                  ${ms(parse.ms.loader)}  (${perSec(NOTES, parse.ms.loader)} notes/s)`);
  console.log(`  => loader: ${times(parse.ratio('loader', 'baseline'))} the time of gray-matter + marked lexer`);
  console.log(
    `  extracted: ${found.terms + found.steps + found.qa} entries (${found.terms} terms, ${found.steps} steps, ` +
      `${found.qa} qa pairs) in ${found.banks} banks, ${found.warnings} warnings`,
  );

  const load = await importDist('io/load.js', ['loadNotes']);
  if (!load) return;
  const root = mkdtempSync(path.join(os.tmpdir(), 'k8s-quiz-bench-notes-'));
  try {
    const hourAgo = (Date.now() - 3600_000) / 1000;
    // One folder per chunk, so loadNotes([folder]) and reading that folder's files take turns.
    const folders = chunks.map(({ i, list }) => {
      const files = list.map(({ file, text }) => {
        const full = path.join(root, file);
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, text);
        // Notes kept for a while: the cache does not keep a note changed in the last seconds.
        utimesSync(full, hourAgo, hourAgo);
        return full;
      });
      return { i, dir: path.dirname(files[0]), files };
    });
    const loaded = [];
    const cached = [];
    const cacheMod = await importDist('io/cache.js', ['openNoteCache']);
    const cacheDir = path.join(root, '.cache');
    const cacheCase = cacheMod
      ? {
          // The parse cache filled by an earlier run (the warm-up round fills it): unchanged notes are not parsed.
          'loadNotes, cached': async (folder) => {
            const c = await load.loadNotes([folder.dir], root, { cache: cacheMod.openNoteCache(cacheDir, 'bench') });
            cached[folder.i] = count(c.banks, c.warnings, c.sources.length);
          },
        }
      : {};
    // The parse rounds above warmed the code, and writing the files warmed the page cache.
    const disk = await compare(
      {
        read: async (folder) => {
          const texts = [];
          for (const f of folder.files) texts.push(await readFile(f, 'utf8'));
          return texts;
        },
        loadNotes: async (folder) => {
          const c = await load.loadNotes([folder.dir], root);
          loaded[folder.i] = count(c.banks, c.warnings, c.sources.length);
        },
        ...cacheCase,
      },
      DISK_ROUNDS,
      { chunks: folders, warmup: Boolean(cacheMod) },
    );
    console.log(`  fs.readFile of each file:   ${ms(disk.ms.read)}`);
    console.log(`  loadNotes, folder by folder: ${ms(disk.ms.loadNotes)}  (${perSec(NOTES, disk.ms.loadNotes)} notes/s)`);
    console.log(`  => loadNotes: ${times(disk.ratio('loadNotes', 'read'))} the time of just reading the files`);
    if (cacheMod) {
      console.log(`  loadNotes, cache warm:       ${ms(disk.ms['loadNotes, cached'])}  (${perSec(NOTES, disk.ms['loadNotes, cached'])} notes/s)`);
      console.log(`  => loadNotes, cache warm: ${times(disk.ms['loadNotes, cached'] / parse.ms.baseline)} the time of gray-matter + marked lexer, ${times(disk.ratio('loadNotes, cached', 'read'))} the time of just reading the files`);
      if (!same(sum(cached), found)) console.log('  warning: loadNotes from the cache found different banks than parseNote on the same texts');
    }
    // Through the disk the same corpus must give the same banks, or the two ratios don't compare.
    if (!same(sum(loaded), found)) console.log('  warning: loadNotes found different banks than parseNote on the same texts');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await benchLoader();
