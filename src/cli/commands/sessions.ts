import { randomUUID } from 'node:crypto';
import { flaggedIds, type SessionMode } from '../../core/history/index.js';
import type { Lang, Question } from '../../core/types.js';
import { newRecordId, openHistory } from '../../io/history.js';
import { interactiveUI } from '../../ui/interactive.js';
import { LineReader } from '../../ui/line-reader.js';
import { messages, type Messages } from '../../ui/messages.js';
import { plainUI } from '../../ui/plain.js';
import { formatSummary } from '../../ui/report.js';
import type { App } from '../app.js';
import type { SessionBackground } from '../made-keeper.js';
import { CliError, UsageError } from '../errors.js';
import { interfaceLang, runSession, sessionExitCode, usesPlainUI, type CoverageModel, type QuestionResult, type SessionReport, type SessionUI } from '../../core/session/index.js';

// Running a session from the command line: choosing the UI, wiring signals, storing
// each answer, printing the summary, setting the exit code.

export interface SessionCommandOptions {
  plain?: boolean;
  lang?: Lang;
  seed?: number;
  totalMs?: number;
  perQuestionMs?: number;
  scoreOf?: (results: readonly QuestionResult[]) => number;
  /** Each question's limit is the time left shared by the questions left (interviews without --per-question). */
  shareTime?: boolean;
  /** What recall coverage weighs words by: the notes' own vocabulary. */
  coverage?: CoverageModel;
  /** Work done while the session waits for answers (what the questions make, kept for the next session). */
  background?: SessionBackground;
}

/** Ids of the questions flagged as bad: sessions never ask them again. */
export function flaggedIn(app: App): Set<string> {
  return flaggedIds(openHistory(app.dataDir).readFlags());
}

export function requireTerminal(app: App, plain: boolean | undefined): void {
  if (!plain && !app.runtime.stdin.isTTY) {
    throw new UsageError('input is not a terminal: add --plain to answer one line at a time (see --help)');
  }
}

export async function runQuestions(
  app: App,
  mode: SessionMode,
  questions: Question[],
  notes: string[],
  options: SessionCommandOptions,
  report: (report: SessionReport, m: Messages) => string = (r, m) => formatSummary(r, m, app.chalk, app.width),
): Promise<SessionReport> {
  const { runtime } = app;
  const lang = interfaceLang(questions, app.lang(options.lang));
  app.speak(lang);
  const m = messages(lang);
  if (questions.length === 0) throw new CliError(m.noQuestions);
  const history = openHistory(app.dataDir);
  // The session's records stay together in one file, even when `reset` runs meanwhile.
  const log = history.sessionLog();

  const stop = new AbortController();
  let signalled: 'SIGINT' | 'SIGTERM' | null = null;
  const unsubscribe = (['SIGINT', 'SIGTERM'] as const).map((sig) =>
    runtime.onSignal(sig, () => {
      signalled ??= sig;
      stop.abort('stop');
    }),
  );

  let appendFailed = false;
  let reader: LineReader | null = null;
  let ui: SessionUI;
  const { background } = options;
  const shown = background ? { onShown: () => background.start() } : {};
  const plain = usesPlainUI(options.plain, runtime.env.TERM);
  if (plain) {
    reader = new LineReader(runtime.stdin);
    ui = plainUI({ reader, out: runtime.stdout, messages: m, width: app.width, now: () => runtime.now().getTime(), ...(options.coverage ? { coverage: options.coverage } : {}), ...shown });
  } else {
    ui = interactiveUI({
      input: runtime.stdin,
      output: runtime.stdout,
      messages: m,
      chalk: app.chalk,
      width: app.width,
      rows: runtime.stdout.rows ?? 24,
      now: () => runtime.now().getTime(),
      markdown: app.chalk.level > 0,
      ...(options.coverage ? { coverage: options.coverage } : {}),
      ...shown,
    });
  }

  try {
    const result = await runSession({
      mode,
      session: randomUUID(),
      questions,
      notes,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ui,
      append: (record) => {
        try {
          log.append(record);
        } catch (error) {
          // Keep the session going; say once, loudly, that answers are not being saved.
          if (!appendFailed) app.warn(error instanceof CliError ? error.message : `answers cannot be saved to ${history.path}: ${(error as Error).message}`);
          appendFailed = true;
        }
      },
      newId: newRecordId,
      now: () => runtime.now().getTime(),
      stop: stop.signal,
      ...(options.totalMs ? { totalMs: options.totalMs } : {}),
      ...(options.perQuestionMs ? { perQuestionMs: options.perQuestionMs } : {}),
      ...(options.shareTime ? { shareTime: true } : {}),
      ...(options.scoreOf ? { scoreOf: options.scoreOf } : {}),
    });
    app.out('');
    app.out(report(result, m));
    // Closed input ends a --plain session normally; Ctrl+C or a kill is an interruption.
    const exitCode = sessionExitCode(signalled, result.abandoned, plain);
    if (exitCode !== undefined) runtime.exitCode = exitCode;
    return result;
  } finally {
    background?.stop();
    unsubscribe.forEach((off) => off());
    reader?.close();
    log.close();
  }
}
