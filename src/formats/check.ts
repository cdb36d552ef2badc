import type { CheckReport } from '../core/questions/index.js';

// The `check` report as text: per file, then rejections by reason with examples, then the
// lines that made nothing. Pure.

const UNUSED_SHOWN = 25;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function formatCheck(report: CheckReport): string {
  const out: string[] = [];
  for (const f of report.files) {
    out.push(`${f.file}: ${plural(f.entries, 'entry', 'entries')} → ${plural(f.questions, 'question')}, ${f.rejected} turned down`);
  }
  const types = Object.entries(report.questions.byType)
    .sort((a, b) => b[1] - a[1])
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  out.push('', `Questions: ${report.questions.total}${types ? ` (${types})` : ''}`);
  if (report.rejected.total > 0) {
    out.push('', `Turned down: ${report.rejected.total}`);
    for (const [reason, n] of Object.entries(report.rejected.byReason).sort((a, b) => b[1] - a[1])) {
      out.push(`  ${reason}: ${n}`);
      for (const e of report.rejected.examples.filter((x) => x.reason === reason)) out.push(`    ${e.file}:${e.line}  ${e.text}`);
    }
  }
  if (report.unused.length > 0) {
    out.push('', `Lines that made no question: ${report.unused.length}`);
    for (const u of report.unused.slice(0, UNUSED_SHOWN)) out.push(`  ${u.file}:${u.line}  ${u.text}`);
    if (report.unused.length > UNUSED_SHOWN) out.push(`  … and ${report.unused.length - UNUSED_SHOWN} more (--json lists them all)`);
  }
  return out.join('\n');
}
