import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { flaggedIds } from '../../core/history/index.js';
import { allQuestions, matchesTopic } from '../../core/questions/index.js';
import type { Lang, Question, QuestionType } from '../../core/types.js';
import { ankiTsv, DEFAULT_NOTETYPES } from '../../formats/anki.js';
import { questionsCsv } from '../../formats/export-csv.js';
import { questionsJson } from '../../formats/questions.js';
import { openHistory } from '../../io/history.js';
import type { App } from '../app.js';
import { CliError, UsageError } from '../errors.js';

// `k8s-quiz export`: every question the notes give, for Anki (its own text import), a
// spreadsheet (CSV) or another program (JSON, as `questions --json`).

const EXPORT_FORMATS = ['anki', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The seed every export uses. Ids never depend on the seed; the wrong choices and their order
 * do, and with one seed an export of unchanged notes is the same file, so re-importing it
 * changes nothing in Anki.
 */
const EXPORT_SEED = 1;

export interface ExportFlags {
  format?: ExportFormat;
  output?: string;
  type?: QuestionType[];
  topic?: string;
  lang?: Lang;
  basicNotetype?: string;
  clozeNotetype?: string;
}

/** The questions an export holds: all the notes give, in allQuestions order, filtered as `questions` filters. */
function exportedQuestions(all: readonly Question[], flags: Pick<ExportFlags, 'type' | 'topic'>, flagged: ReadonlySet<string>): Question[] {
  const types = flags.type?.length ? new Set(flags.type) : null;
  const topic = flags.topic?.trim() ?? '';
  return all.filter((q) => (!types || types.has(q.type)) && (!topic || matchesTopic(q, topic)) && !flagged.has(q.id));
}

/** Writes `text` to `file` through a temporary file beside it and a rename: a reader never sees half a file. */
function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`cannot write ${file} (${code})`);
  }
}

export async function exportCommand(app: App, paths: string[], flags: ExportFlags): Promise<void> {
  const format = flags.format ?? 'anki';
  if (format !== 'anki' && (flags.basicNotetype !== undefined || flags.clozeNotetype !== undefined)) {
    throw new UsageError('--basic-notetype and --cloze-notetype are for --format anki');
  }
  const { collection, paths: notes } = await app.load(paths);
  const lang = app.lang(flags.lang);
  const all = allQuestions(collection.banks, lang ? { seed: EXPORT_SEED, lang } : { seed: EXPORT_SEED });
  const flagged = flaggedIds(openHistory(app.dataDir).readFlags());
  const questions = exportedQuestions(all, flags, flagged);
  const left = exportedQuestions(all, flags, new Set()).length - questions.length;

  const m = app.m;
  if (questions.length === 0) {
    const filters = m.allOf([flags.topic ? `--topic "${flags.topic}"` : '', flags.type ? `--type ${flags.type.join(',')}` : ''].filter(Boolean));
    throw new CliError(filters ? m.noMatch(filters, notes.join(', ')) : m.noQuestionsIn(notes.join(', ')));
  }

  let text: string;
  if (format === 'anki') {
    const titles = new Map(collection.sources.map((s) => [s.file, s.title]));
    text = ankiTsv(questions, { titles, notetypes: { basic: flags.basicNotetype ?? DEFAULT_NOTETYPES.basic, cloze: flags.clozeNotetype ?? DEFAULT_NOTETYPES.cloze } });
  } else if (format === 'csv') {
    text = questionsCsv(questions);
  } else {
    text = `${questionsJson(questions)}\n`;
  }

  const leftOut = left > 0 ? m.exportLeftOut(left) : '';
  if (flags.output === undefined || flags.output === '-') {
    app.runtime.stdout.write(text);
    if (leftOut) app.note(leftOut); // wrapped on a terminal, as every message is
    return;
  }
  const file = path.resolve(app.runtime.cwd, flags.output);
  writeAtomically(file, text);
  app.note(m.exportWrote(questions.length, format === 'anki', flags.output, leftOut));
}
