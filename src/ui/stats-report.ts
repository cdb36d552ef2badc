import type { ChalkInstance } from 'chalk';
import type { Stats } from '../core/history/index.js';
import type { Lang } from '../core/types.js';
import { hanging, wrap } from './layout.js';
import { sparkline } from './sparkline.js';

// `k8s-quiz stats` as text, in both languages, wrapped to the terminal.

const pct = (x: number) => `${Math.round(x * 100)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const STATS_TEXT = {
  en: {
    empty: 'No answers recorded yet. Run `k8s-quiz` to start.',
    head: (s: Stats) =>
      `${plural(s.sessions, 'session')} (${plural(s.interviews, 'interview')}), ${plural(s.answered, 'answer')}, ${s.correct} right: ${pct(s.accuracy)}` +
      (s.skipped ? `, ${s.skipped} skipped` : '') +
      (s.flagged ? `; ${plural(s.flagged, 'question')} flagged as bad (\`k8s-quiz flagged\`)` : ''),
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
      `共 ${s.sessions} 次练习（面试 ${s.interviews} 次），答题 ${s.answered}，答对 ${s.correct}：${pct(s.accuracy)}` +
      (s.skipped ? `，跳过 ${s.skipped}` : '') +
      (s.flagged ? `；标记为有问题的题 ${s.flagged} 道（\`k8s-quiz flagged\`）` : ''),
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
