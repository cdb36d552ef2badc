import type { CheckReport } from '../core/questions/index.js';
import type { Lang, QuestionType } from '../core/types.js';
import { hangingOrBelow, row } from '../ui/layout.js';
import { messages } from '../ui/messages.js';

// The `check` report as text: per file, then rejections by reason with examples, then the
// lines that made nothing, in one language and wrapped to the terminal. Pure.

const UNUSED_SHOWN = 25;

export function formatCheck(report: CheckReport, width = 80, lang: Lang = 'en'): string {
  const m = messages(lang).check;
  const out: string[] = [];
  for (const f of report.files) out.push(row(0, m.file(f.file, f.entries, f.questions, f.rejected), width));
  const types = Object.entries(report.questions.byType)
    .sort((a, b) => b[1] - a[1])
    .map(([type, n]) => m.typeCount(type as QuestionType, n))
    .join(lang === 'zh' ? '，' : ', ');
  out.push('', row(0, m.questions(report.questions.total, types), width));
  if (report.rejected.total > 0) {
    out.push('', m.turnedDown(report.rejected.total));
    for (const [reason, n] of Object.entries(report.rejected.byReason).sort((a, b) => b[1] - a[1])) {
      out.push(row(2, m.reason(reason, n), width));
      const examples = report.rejected.examples.filter((x) => x.reason === reason);
      for (const e of examples) out.push(hangingOrBelow(`    ${e.file}:${e.line}  `, e.text, width));
      // Only a few examples of each reason are kept: the rest are counted, not left unsaid.
      if (n > examples.length) out.push(row(4, m.moreExamples(n - examples.length), width));
    }
  }
  if (report.unused.length > 0) {
    out.push('', m.unused(report.unused.length));
    for (const u of report.unused.slice(0, UNUSED_SHOWN)) out.push(hangingOrBelow(`  ${u.file}:${u.line}  `, u.text, width));
    if (report.unused.length > UNUSED_SHOWN) out.push(row(2, m.moreUnused(report.unused.length - UNUSED_SHOWN), width));
  }
  return out.join('\n');
}
