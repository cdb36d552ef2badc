import type { Bank, Collection } from '../core/types.js';
import { hanging } from '../ui/layout.js';
import { messages } from '../ui/messages.js';
import type { Lang } from '../core/types.js';

// `k8s-quiz banks`: what the loader found, per file, as text or JSON. The text is a tree of
// the notes' headings, each bank under the heading it sits in, wrapped to the terminal.

/** The headings above a bank, without the note's own title heading and without the bank's title repeated. */
function headingsOf(bank: Bank, title: string, shared: string | undefined): string[] {
  let path = bank.path.at(-1) === bank.title ? bank.path.slice(0, -1) : [...bank.path];
  if (shared !== undefined && path[0] === shared) path = path.slice(1);
  return path.filter((p) => p !== title || path.length > 1);
}

/** A line of the tree at `indent`, its continuation lines two columns further in (under the text, not beside a sibling). */
function node(indent: string, text: string, width: number): string {
  return hanging(`${indent}  `, text, width).slice(2);
}

/** Readable summary: per file, its banks under their headings, with sizes and lines; warnings go to stderr. */
export function formatBanks(collection: Collection, width = 80, lang: Lang = 'en'): string {
  const m = messages(lang).banks;
  const lines: string[] = [];
  // Grouped once: filtering every bank for every file is quadratic in a big collection.
  const byFile = new Map<string, Bank[]>();
  for (const bank of collection.banks) {
    const list = byFile.get(bank.source.file);
    if (list) list.push(bank);
    else byFile.set(bank.source.file, [bank]);
  }
  for (const source of collection.sources) {
    // In the order of the note: a heading's own bank (line 10) before the banks of its sub-headings.
    const banks = [...(byFile.get(source.file) ?? [])].sort((a, b) => a.source.line - b.source.line);
    lines.push(node('', m.file(source.file, source.title, banks.length), width));
    // A first heading every bank of the file sits under (the note's `# Title`) says nothing the file line does not.
    const first = banks[0]?.path[0];
    const shared = first !== undefined && banks.every((b) => b.path[0] === first && b.path.length > 1) ? first : undefined;
    let previous: string[] = [];
    for (const bank of banks) {
      let path = headingsOf(bank, source.title, shared);
      // A bank named after its heading stands for that heading (the banks under it go below it),
      // unless the heading is on screen already: then it is one more bank under it, not the heading again.
      let standsFor = bank.path.at(-1) === bank.title;
      if (standsFor && [...path, bank.title].every((h, i) => previous[i] === h)) {
        path = [...path, bank.title];
        standsFor = false;
      }
      let same = 0;
      while (same < path.length && same < previous.length && path[same] === previous[same]) same++;
      for (let depth = same; depth < path.length; depth++) lines.push(node('  '.repeat(depth + 1), path[depth] as string, width));
      previous = standsFor ? [...path, bank.title] : path;
      const indent = '  '.repeat(path.length + 1);
      lines.push(node(indent, m.entry(bank.title, m.size(bank), m.line(bank.source.line)), width));
    }
  }
  const totals = { terms: 0, steps: 0, qa: 0 };
  for (const bank of collection.banks) {
    if (bank.kind === 'terms') totals.terms += bank.entries.length;
    else if (bank.kind === 'steps') totals.steps += 1;
    else totals.qa += bank.pairs.length;
  }
  lines.push(hanging('', m.total(collection.sources.length, collection.banks.length, totals.terms, totals.steps, totals.qa), width));
  return lines.join('\n');
}

export function banksJson(collection: Collection): string {
  return JSON.stringify(collection, null, 2);
}
