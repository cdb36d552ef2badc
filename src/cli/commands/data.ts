import type { ChalkInstance } from 'chalk';
import type { HistoryRecord } from '../../core/records.js';
import { answersCsv, computeStats, type Stats } from '../../core/stats.js';
import { openHistory } from '../../io/history.js';
import { KEYS } from '../../io/settings.js';
import { sparkline } from '../../ui/sparkline.js';
import { confirmReset, promptTheme } from '../../ui/prompts.js';
import type { App } from '../app.js';
import { Interrupted, UsageError } from '../errors.js';

// stats, history, config, reset: what is stored, shown and managed.

const NO_HELP = { choice: '', select: '', order: '' };

function readHistory(app: App): HistoryRecord[] {
  const { records, warnings } = openHistory(app.dataDir).read();
  app.printWarnings(warnings);
  return records;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function formatStats(stats: Stats, c: ChalkInstance): string {
  if (stats.sessions === 0 && stats.answered === 0) return 'No answers recorded yet. Run `k8s-quiz` to start.';
  const lines = [
    c.bold(`${stats.sessions} sessions (${stats.interviews} interviews), ${stats.answered} answers, ${stats.correct} right: ${pct(stats.accuracy)}`),
    `Streak: ${stats.streakDays} day${stats.streakDays === 1 ? '' : 's'} · due today: ${stats.dueToday} · due this week: ${stats.dueThisWeek}`,
  ];
  if (stats.trend.length) lines.push(`Recent sessions: ${sparkline(stats.trend, { min: 0, max: 1 })}  (last ${pct(stats.trend[stats.trend.length - 1] ?? 0)})`);
  if (stats.byType.length) {
    lines.push('', c.bold('By question type:'));
    for (const t of stats.byType) lines.push(`  ${t.type.padEnd(9)} ${String(t.correct).padStart(5)}/${String(t.answered).padEnd(5)} ${pct(t.accuracy)}`);
  }
  if (stats.byTopic.length) {
    lines.push('', c.bold('By topic (weakest first):'));
    const topics = [...stats.byTopic].sort((a, b) => a.accuracy - b.accuracy).slice(0, 12);
    for (const t of topics) lines.push(`  ${pct(t.accuracy).padStart(4)}  ${t.correct}/${t.answered}  ${t.topic.join(' › ')}`);
  }
  if (stats.weakest.length) {
    lines.push('', c.bold('Most missed:'));
    for (const w of stats.weakest) lines.push(`  ${w.subject}  (${w.wrong} wrong, ${w.right} right) — ${w.topic.join(' › ')}`);
  }
  return lines.join('\n');
}

export async function statsCommand(app: App, flags: { json?: boolean }): Promise<void> {
  const stats = computeStats(readHistory(app), app.runtime.now());
  app.out(flags.json ? JSON.stringify(stats, null, 2) : formatStats(stats, app.chalk));
}

export async function historyCommand(app: App, flags: { json?: boolean; csv?: boolean }): Promise<void> {
  if (flags.json && flags.csv) throw new UsageError('choose one of --json and --csv');
  const records = readHistory(app);
  if (flags.csv) {
    app.runtime.stdout.write(answersCsv(records));
    return;
  }
  const answers = records.filter((r) => r.kind === 'answer');
  if (flags.json) {
    app.out(JSON.stringify(answers, null, 2));
    return;
  }
  for (const a of answers) app.out(`${a.at}  ${a.correct ? '✔' : '✘'}  ${a.type.padEnd(8)} ${a.subject}`);
  app.runtime.stderr.write(`${answers.length} answers in ${openHistory(app.dataDir).path}\n`);
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
      app.runtime.stderr.write(`(${settings.path})\n`);
      return;
    case 'get':
      app.out(show(settings.get(needKey())));
      return;
    case 'set':
      if (value === undefined) throw new UsageError(`config set ${key ?? '<key>'} needs a value`);
      app.out(`${needKey()}=${show(settings.set(needKey(), value))}`);
      return;
    case 'unset':
      settings.unset(needKey());
      return;
    default:
      throw new UsageError(`unknown config action "${action}": use get, set, unset or list`);
  }
}

export async function resetCommand(app: App, flags: { yes?: boolean }): Promise<void> {
  const history = openHistory(app.dataDir, { now: app.runtime.now });
  if (!flags.yes) {
    if (!app.runtime.stdin.isTTY) throw new UsageError('reset asks for confirmation; add --yes when input is not a terminal');
    const answer = await confirmReset(
      { input: app.runtime.stdin, output: app.runtime.stdout, signal: new AbortController().signal, theme: promptTheme(app.chalk), help: NO_HELP },
      `Start the history afresh? (${history.path} is kept aside, not deleted)`,
    );
    if (answer.kind === 'end') throw new Interrupted('nothing changed');
    if (answer.kind !== 'answer' || !answer.value) {
      app.out('Nothing changed.');
      return;
    }
  }
  app.out(history.reset().message);
}

