import type { Bank, Collection } from '../core/types.js';

// `k8s-quiz banks`: what the loader found, per file, as text or JSON.

function bankSize(bank: Bank): string {
  switch (bank.kind) {
    case 'terms':
      return `${bank.entries.length} terms${bank.sequential ? ', in order' : ''}`;
    case 'steps':
      return `${bank.steps.length} steps`;
    case 'qa':
      return `${bank.pairs.length} questions`;
  }
}

/** Readable summary: per file, its banks and their sizes; warnings go to stderr separately. */
export function formatBanks(collection: Collection): string {
  const lines: string[] = [];
  for (const source of collection.sources) {
    const banks = collection.banks.filter((b) => b.source.file === source.file);
    lines.push(`${source.file} — ${source.title} (${banks.length} banks)`);
    for (const bank of banks) {
      // A parent bullet is both the last heading of the path and the bank's title: say it once.
      const path = bank.path.at(-1) === bank.title ? bank.path.slice(0, -1) : bank.path;
      const where = path.length ? `${path.join(' › ')} › ` : '';
      lines.push(`  ${bank.kind.padEnd(5)} ${where}${bank.title}: ${bankSize(bank)} (line ${bank.source.line})`);
    }
  }
  const totals = { terms: 0, steps: 0, qa: 0 };
  for (const bank of collection.banks) {
    if (bank.kind === 'terms') totals.terms += bank.entries.length;
    else if (bank.kind === 'steps') totals.steps += 1;
    else totals.qa += bank.pairs.length;
  }
  lines.push(
    `${collection.sources.length} files, ${collection.banks.length} banks: ${totals.terms} terms, ${totals.steps} step lists, ${totals.qa} questions and answers`,
  );
  return lines.join('\n');
}

export function banksJson(collection: Collection): string {
  return JSON.stringify(collection, null, 2);
}
