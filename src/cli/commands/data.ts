import { randomUUID } from 'node:crypto';
import { detectLang, stripControlLine } from '../../core/text/index.js';
import { findFlagged, flaggedQuestions, LATEST_RECORDS, latestRecords, replayStats, SCHEMA_VERSION, type HistoryRecord } from '../../core/history/index.js';
import type { Lang } from '../../core/types.js';
import { messages } from '../../ui/messages.js';
import { chooseBundled, notesPaths } from '../notes-paths.js';
import { answerCounts, answersCsv, answersJson, flaggedJson, formatAnswerRows, formatFlagged } from '../../formats/index.js';
import { newRecordId, openHistory } from '../../io/history.js';
import { KEYS } from '../../io/settings.js';
import { formatStats } from '../../ui/stats-report.js';
import { confirmReset, promptTheme } from '../../ui/prompts.js';
import type { App } from '../app.js';
import { Interrupted, UsageError } from '../errors.js';

// stats, history, flagged, config, reset: what is stored, shown and managed.

const NO_HELP = { choice: [], order: [], multi: [], grade: [], typed: [], recall: [] };

/**
 * The language of a command about the history: --lang or the setting, else the language of the
 * recent answers; with no answers (a new or a reset history), the language of the notes a quiz
 * would use, so `stats` after `reset` speaks as the quizzes did.
 */
async function historyLang(app: App, records: readonly HistoryRecord[], option: Lang | undefined): Promise<Lang> {
  const chosen = app.lang(option);
  if (chosen) return chosen;
  const recent = records
    .slice(-LATEST_RECORDS)
    .map((r) => (r.kind === 'answer' || r.kind === 'flag' ? `${r.topic.join(' ')} ${r.subject}` : ''))
    .join(' ');
  let lang: Lang = 'en';
  if (recent.trim()) lang = detectLang(recent);
  else {
    try {
      const { loadNotes } = await import('../../io/load.js');
      const collection = await loadNotes(notesPaths([], app.settings.get('notes'), chooseBundled({ setting: app.settings.get('lang'), env: app.runtime.env }).dir), app.runtime.cwd);
      lang = app.notesLang(collection);
    } catch {
      // Notes that cannot be read leave English.
    }
  }
  app.speak(lang);
  return lang;
}

export async function statsCommand(app: App, flags: { json?: boolean; lang?: Lang }): Promise<void> {
  // The log's replay, kept in the cache: a long history is not replayed from its start every time.
  const replay = await app.historyReplay(app.runtime.now());
  const stats = replayStats(replay);
  if (flags.json) return app.out(JSON.stringify(stats, null, 2));
  app.out(formatStats(stats, app.chalk, app.width, await historyLang(app, latestRecords(replay), flags.lang)));
}

export async function historyCommand(app: App, flags: { json?: boolean; csv?: boolean; lang?: Lang }): Promise<void> {
  if (flags.json && flags.csv) throw new UsageError('choose one of --json and --csv');
  const records = await app.history();
  if (flags.csv) {
    app.runtime.stdout.write(answersCsv(records));
    return;
  }
  const answers = records.filter((r) => r.kind === 'answer');
  if (flags.json) {
    app.out(answersJson(answers));
    return;
  }
  const lang = await historyLang(app, records, flags.lang);
  if (answers.length) app.out(formatAnswerRows(answers, app.width, lang));
  const { answered, skipped } = answerCounts(answers);
  app.note(app.m.historyCount(answered, skipped, openHistory(app.dataDir).path));
}

/**
 * The questions flagged as bad during sessions (never asked again), or with `unflag`, ask the
 * named ones again: each id is a full id or a prefix of one, as the listing shows it.
 */
export async function flaggedCommand(app: App, flags: { json?: boolean; unflag?: string[]; lang?: Lang }): Promise<void> {
  const history = openHistory(app.dataDir, { now: app.runtime.now });
  const records = await app.history();
  const flagged = flaggedQuestions(records);
  const m = messages(await historyLang(app, records, flags.lang));
  if (flags.unflag?.length) {
    const targets = flags.unflag.map((text) => {
      const found = findFlagged(flagged, text.trim());
      if (found.length === 0) throw new UsageError(`no flagged question has the id "${text}" (see \`k8s-quiz flagged\`)`);
      if (found.length > 1) throw new UsageError(`"${text}" names ${found.length} flagged questions: give more of the id`);
      return found[0] as (typeof found)[number];
    });
    const session = randomUUID();
    for (const target of new Set(targets)) {
      history.append({ v: SCHEMA_VERSION, id: newRecordId(), kind: 'unflag', session, at: app.runtime.now().toISOString(), question: target.question });
      app.say(m.unflagged(target.question, target.subject));
    }
    return;
  }
  if (flags.json) {
    app.out(flaggedJson(flagged));
    return;
  }
  if (flagged.length) app.out(formatFlagged(flagged, app.width));
  app.note(flagged.length ? m.flaggedTotal(flagged.length) : m.noFlagged);
}

export async function configCommand(app: App, action: string, key: string | undefined, value: string | undefined): Promise<void> {
  const settings = app.settings;
  const needKey = (): string => {
    if (!key) throw new UsageError(`config ${action} needs a key: ${KEYS.join(', ')}`);
    return key;
  };
  const show = (v: unknown) => (Array.isArray(v) ? v.join(',') : String(v));
  switch (action) {
    case 'list':
      for (const [k, v] of Object.entries(settings.list())) app.out(`${k}=${show(v)}`);
      app.note(`(${settings.path})`);
      return;
    case 'get':
      app.out(show(settings.get(needKey())));
      return;
    case 'set':
      if (value === undefined) throw new UsageError(`config set ${key ?? '<key>'} needs a value`);
      // Cleaned where it enters: a setting is shown again by get, list and messages.
      app.out(`${needKey()}=${show(settings.set(needKey(), stripControlLine(value)))}`);
      return;
    case 'unset':
      settings.unset(needKey());
      return;
    default:
      throw new UsageError(`unknown config action "${action}": use get, set, unset or list`);
  }
}

export async function resetCommand(app: App, flags: { yes?: boolean; lang?: Lang }): Promise<void> {
  const history = openHistory(app.dataDir, { now: app.runtime.now });
  const m = messages(await historyLang(app, await app.history(), flags.lang));
  if (!flags.yes) {
    if (!app.runtime.stdin.isTTY) throw new UsageError('reset asks for confirmation; add --yes when input is not a terminal');
    const answer = await confirmReset(
      { input: app.runtime.stdin, output: app.runtime.stdout, signal: new AbortController().signal, theme: promptTheme(app.chalk), help: NO_HELP, width: app.width },
      m.resetQuestion(history.path),
      m.confirm,
    );
    if (answer.kind === 'end') throw new Interrupted('nothing changed');
    if (answer.kind !== 'answer' || !answer.value) {
      app.say(m.resetNothing);
      return;
    }
  }
  const { movedTo } = history.reset();
  app.say(movedTo ? m.resetDone(movedTo) : m.resetNoHistory);
}
