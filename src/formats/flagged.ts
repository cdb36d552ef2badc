import type { FlaggedQuestion } from '../core/history/index.js';

// `k8s-quiz flagged`: the questions marked as bad, as text or JSON.

/**
 * Per question: its id (what `--unflag` takes), type and where its answer lives, then the
 * subject and the prompt.
 * Empty string when nothing is flagged (the command says so on stderr).
 */
export function formatFlagged(flagged: readonly FlaggedQuestion[]): string {
  const lines: string[] = [];
  for (const f of flagged) {
    lines.push(`${f.question}  ${f.type.padEnd(8)} ${f.source.file}:${f.source.line}  ${f.subject}`);
    lines.push(`    ${f.prompt.split('\n').join('\n    ')}`);
  }
  return lines.join('\n');
}

export function flaggedJson(flagged: readonly FlaggedQuestion[]): string {
  return JSON.stringify(flagged, null, 2);
}
