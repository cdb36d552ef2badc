import type { FlaggedQuestion } from '../core/history/index.js';
import { hanging, hangingOrBelow } from '../ui/layout.js';

// `k8s-quiz flagged`: the questions marked as bad, as text or JSON.

/**
 * Per question: its id (what `--unflag` takes), type and where its answer lives, then the
 * subject and the prompt.
 * Empty string when nothing is flagged (the command says so on stderr).
 */
export function formatFlagged(flagged: readonly FlaggedQuestion[], width = 80): string {
  const lines: string[] = [];
  for (const f of flagged) {
    lines.push(hangingOrBelow(`${f.question}  `, `${f.type.padEnd(8)} ${f.source.file}:${f.source.line}  ${f.subject}`, width, 24));
    lines.push(hanging('    ', f.prompt, width));
  }
  return lines.join('\n');
}

export function flaggedJson(flagged: readonly FlaggedQuestion[]): string {
  return JSON.stringify(flagged, null, 2);
}
