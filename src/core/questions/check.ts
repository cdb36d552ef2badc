import type { Bank, Collection, Question, QuestionType } from '../types.js';
import type { Rejection, RejectReason } from './gate.js';

// `k8s-quiz check`: what the notes give. Per file, the entries found and the questions made
// by type; every candidate turned down, with its reason and line; and the lines of text that
// made nothing at all, so a person sees how to write their notes better. Pure.

interface CheckLine {
  file: string;
  line: number;
  text: string;
}

export interface CheckReport {
  files: { file: string; entries: number; questions: number; rejected: number }[];
  questions: { total: number; byType: Partial<Record<QuestionType, number>> };
  rejected: { total: number; byReason: Partial<Record<RejectReason, number>>; examples: (CheckLine & { reason: RejectReason })[] };
  unused: CheckLine[];
}

/** Examples kept per reason: enough to see the pattern. */
const EXAMPLES_PER_REASON = 5;

function entriesOf(bank: Bank): number {
  return bank.kind === 'terms' ? bank.entries.length : bank.kind === 'steps' ? bank.steps.length : bank.pairs.length;
}

/** The lines a bank was made from. */
function linesOf(bank: Bank): number[] {
  const lines = [bank.source.line];
  if (bank.kind === 'terms') lines.push(...bank.entries.map((e) => e.line), ...(bank.facts ?? []).map((f) => f.line));
  else if (bank.kind === 'steps') lines.push(...bank.steps.map((s) => s.line));
  else lines.push(...bank.pairs.map((p) => p.line));
  return lines;
}

/**
 * Lines of a note that carry text but fed no bank: not blank, not a heading, not front
 * matter, not inside a code block, not a table rule; an answer under a question heading
 * counts as used up to the next heading.
 */
export function unusedLines(file: string, text: string, used: ReadonlySet<number>, answers: ReadonlySet<number>): CheckLine[] {
  const out: CheckLine[] = [];
  const lines = text.split(/\r?\n/);
  let inFront = lines[0]?.trim() === '---';
  let inCode = false;
  let inAnswer = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (inFront) {
      if (index > 0 && /^(?:---|\.\.\.)$/.test(text)) inFront = false;
      return;
    }
    if (/^(?:```|~~~)/.test(text)) {
      inCode = !inCode;
      return;
    }
    if (inCode || !text) return;
    if (/^#{1,6}\s/.test(text)) {
      inAnswer = answers.has(line);
      return;
    }
    // A lead-in (`Service 类型：`) is the title of the list after it.
    if (inAnswer || used.has(line) || /[:：]$/.test(text)) return;
    if (/^\|?[\s:|-]+\|?$/.test(text) || !/[\p{L}\p{N}]/u.test(text)) return;
    out.push({ file, line, text });
  });
  return out;
}

export function checkReport(collection: Collection, questions: readonly Question[], turnedDown: readonly Rejection[], texts: ReadonlyMap<string, string>): CheckReport {
  // Two forms of one candidate (member and multi of a group) turned down for one reason count once.
  const seen = new Set<string>();
  const rejections = turnedDown.filter((r) => {
    const key = `${r.reason}\u0000${r.file}\u0000${r.line}\u0000${r.text}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
  const byType: Partial<Record<QuestionType, number>> = {};
  for (const q of questions) byType[q.type] = (byType[q.type] ?? 0) + 1;
  const byReason: Partial<Record<RejectReason, number>> = {};
  const examples: CheckReport['rejected']['examples'] = [];
  for (const r of rejections) {
    byReason[r.reason] = (byReason[r.reason] ?? 0) + 1;
    if ((byReason[r.reason] ?? 0) <= EXAMPLES_PER_REASON) examples.push({ reason: r.reason, file: r.file, line: r.line, text: r.text });
  }
  const files = collection.sources.map(({ file }) => {
    const banks = collection.banks.filter((b) => b.source.file === file);
    return {
      file,
      entries: banks.reduce((n, b) => n + entriesOf(b), 0),
      questions: questions.filter((q) => q.source.file === file).length,
      rejected: rejections.filter((r) => r.file === file).length,
    };
  });
  const unused: CheckLine[] = [];
  for (const { file } of collection.sources) {
    const text = texts.get(file);
    if (text === undefined) continue;
    const banks = collection.banks.filter((b) => b.source.file === file);
    const used = new Set([...banks.flatMap(linesOf), ...rejections.filter((r) => r.file === file).map((r) => r.line)]);
    const answers = new Set(banks.flatMap((b) => (b.kind === 'qa' ? b.pairs.map((p) => p.line) : [])));
    unused.push(...unusedLines(file, text, used, answers));
  }
  return {
    files,
    questions: { total: questions.length, byType },
    rejected: { total: rejections.length, byReason, examples },
    unused,
  };
}
