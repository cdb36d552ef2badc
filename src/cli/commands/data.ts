import type { ChalkInstance } from 'chalk';
import { detectLang } from '../../core/normalize.js';
import type { Lang } from '../../core/types.js';
import { answersCsv, computeStats, type Stats } from '../../core/stats.js';
import { openHistory } from '../../io/history.js';
import { KEYS } from '../../io/settings.js';
import { hanging, wrap } from '../../ui/layout.js';
import { sparkline } from '../../ui/sparkline.js';
import { confirmReset, promptTheme } from '../../ui/prompts.js';
import type { App } from '../app.js';
import { Interrupted, UsageError } from '../errors.js';

// stats, history, config, reset: what is stored, shown and managed.

const NO_HELP = { choice: '', select: '', order: '', grade: '' };

const pct = (x: number) => `${Math.round(x * 100)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const STATS_TEXT = {
  en: {
    empty: 'No answers recorded yet. Run `k8s-quiz` to start.',
    head: (s: Stats) =>
      `${plural(s.sessions, 'session')} (${plural(s.interviews, 'interview')}), ${plural(s.answered, 'answer')}, ${s.correct} right: ${pct(s.accuracy)}` +
      (s.skipped ? `, ${s.skipped} skipped` : ''),
    due: (s: Stats) => `Streak: ${plural(s.streakDays, 'day')} · due by tonight: ${s.dueToday} · within 7 days: ${s.dueThisWeek}`,
    trend: (line: string, last: string) => `Recent sessions: ${line}  (last ${last})`,
    byType: 'By question type:',
    byTopic: 'By topic (weakest first):',
    missed: 'Most missed:',
    tally: (wrong: number, right: number) => `${wrong} wrong, ${right} right`,
  },
  zh: {
    empty: '还没有答题记录。运行 `k8s-quiz` 开始吧。',
    head: (s: Stats) =>
      `共 ${s.sessions} 次练习（面试 ${s.interviews} 次），答题 ${s.answered}，答对 ${s.correct}：${pct(s.accuracy)}` + (s.skipped ? `，跳过 ${s.skipped}` : ''),
    due: (s: Stats) => `连续 ${s.streakDays} 天 · 今天内到期：${s.dueToday} · 7 天内到期：${s.dueThisWeek}`,
    trend: (line: string, last: string) => `最近的练习：${line}（最近一次 ${last}）`,
    byType: '按题型：',
    byTopic: '按主题（最弱的在前）：',
    missed: '最常答错：',
    tally: (wrong: number, right: number) => `错 ${wrong}，对 ${right}`,
  },
};

export function formatStats(stats: Stats, c: ChalkInstance, width: number, lang: Lang = 'en'): string {
  const t = STATS_TEXT[lang];
  if (stats.sessions === 0 && stats.answered === 0) return t.empty;
  const lines = [c.bold(wrap(t.head(stats), width)), wrap(t.due(stats), width)];
  if (stats.trend.length) lines.push(wrap(t.trend(sparkline(stats.trend, { min: 0, max: 1 }), pct(stats.trend[stats.trend.length - 1] ?? 0)), width));
  if (stats.byType.length) {
    lines.push('', c.bold(t.byType));
    for (const row of stats.byType) lines.push(`  ${row.type.padEnd(9)} ${String(row.correct).padStart(5)}/${String(row.answered).padEnd(5)} ${pct(row.accuracy)}`);
  }
  if (stats.byTopic.length) {
    lines.push('', c.bold(t.byTopic));
    const topics = [...stats.byTopic].sort((a, b) => a.accuracy - b.accuracy).slice(0, 12);
    for (const row of topics) lines.push(hanging(`  ${pct(row.accuracy).padStart(4)}  ${row.correct}/${row.answered}  `, row.topic.join(' › '), width));
  }
  if (stats.weakest.length) {
    lines.push('', c.bold(t.missed));
    for (const w of stats.weakest) lines.push(hanging('  ', `${w.subject} (${t.tally(w.wrong, w.right)}) — ${w.topic.join(' › ')}`, width));
  }
  return lines.join('\n');
}

export async function statsCommand(app: App, flags: { json?: boolean }): Promise<void> {
  const records = await app.history();
  const stats = computeStats(records, app.runtime.now());
  if (flags.json) return app.out(JSON.stringify(stats, null, 2));
  // No notes here to take the language from: the topics of recent answers tell it.
  const recent = records.slice(-200).map((r) => (r.kind === 'answer' ? `${r.topic.join(' ')} ${r.subject}` : '')).join(' ');
  app.out(formatStats(stats, app.chalk, app.width, app.lang(undefined) ?? (recent.trim() ? detectLang(recent) : 'en')));
}

export async function historyCommand(app: App, flags: { json?: boolean; csv?: boolean }): Promise<void> {
  if (flags.json && flags.csv) throw new UsageError('choose one of --json and --csv');
  const records = await app.history();
  if (flags.csv) {
    app.runtime.stdout.write(answersCsv(records));
    return;
  }
  const answers = records.filter((r) => r.kind === 'answer');
  if (flags.json) {
    app.out(JSON.stringify(answers, null, 2));
    return;
  }
  // Marks of one column each, so the rows line up.
  for (const a of answers) app.out(`${a.at}  ${a.skipped ? '–' : a.timedOut ? 'T' : a.correct ? '✓' : '✗'}  ${a.type.padEnd(8)} ${a.subject}`);
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
      { input: app.runtime.stdin, output: app.runtime.stdout, signal: new AbortController().signal, theme: promptTheme(app.chalk), help: NO_HELP, width: app.width },
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

