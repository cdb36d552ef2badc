import type { ChalkInstance } from 'chalk';
import type { Stats } from '../core/history/index.js';
import type { Lang, QuestionType } from '../core/types.js';
import { clip, displayWidth, hanging, wrap } from './layout.js';
import { messages } from './messages.js';
import { sparkline } from './sparkline.js';

// `k8s-quiz stats` as text, in one language (the message tables), wrapped to the terminal.

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function formatStats(stats: Stats, c: ChalkInstance, width: number, lang: Lang = 'en'): string {
  const m = messages(lang);
  const t = m.stats;
  if (stats.sessions === 0 && stats.answered === 0) return wrap(t.empty, width);
  const lines = [c.bold(wrap(t.head(stats, pct(stats.accuracy)), width)), wrap(t.due(stats.streakDays, stats.dueToday, stats.dueThisWeek), width)];
  if (stats.trend.length) lines.push(wrap(t.trend(sparkline(stats.trend, { min: 0, max: 1 }), pct(stats.trend[stats.trend.length - 1] ?? 0)), width));
  if (stats.byType.length) {
    lines.push('', c.bold(t.byType));
    // Type names in the interface language, padded by display width so the numbers line up.
    // A hand-edited log may hold any type name: a long one is cut, not padded to.
    const names = stats.byType.map((row) => clip(m.typeName(row.type as QuestionType), 40));
    const nameWidth = Math.max(...names.map((n) => displayWidth(n)));
    stats.byType.forEach((row, i) => {
      const name = names[i] as string;
      lines.push(`  ${name}${' '.repeat(nameWidth - displayWidth(name))}  ${String(row.correct).padStart(5)}/${String(row.answered).padEnd(5)} ${pct(row.accuracy)}`);
    });
  }
  if (stats.byTopic.length) {
    lines.push('', c.bold(t.byTopic));
    const topics = [...stats.byTopic].sort((a, b) => a.accuracy - b.accuracy).slice(0, 12);
    for (const row of topics) lines.push(hanging(`  ${pct(row.accuracy).padStart(4)}  ${row.correct}/${row.answered}  `, row.topic.join(' › '), width));
  }
  if (stats.weakest.length) {
    lines.push('', c.bold(t.missed));
    for (const w of stats.weakest) lines.push(hanging('  - ', `${w.subject}${t.tally(w.wrong, w.right)} — ${w.topic.join(' › ')}`, width));
  }
  return lines.join('\n');
}
