import { describe, expect, test } from 'vitest';
import type { Bank, Collection } from '../../src/core/types.js';
import { formatBanks } from '../../src/formats/banks.js';

// `banks` as text: each bank once, in the order of the note, under its heading. A heading's own
// bank stands for the heading when it comes first in it; after other banks of that heading, it is
// one more bank under it (not the heading printed a second time, with the next banks under it).

const terms = (title: string, path: string[], line: number): Bank => ({
  id: `${title}-${line}`,
  kind: 'terms',
  title,
  path,
  source: { file: 'pods.md', line },
  lang: 'en',
  entries: [{ term: 'a', detail: 'b', aliases: [], line: line + 1 }],
});
const steps = (title: string, path: string[], line: number): Bank => ({
  id: `${title}-${line}`,
  kind: 'steps',
  title,
  path,
  source: { file: 'pods.md', line },
  lang: 'en',
  steps: [{ text: 'one', line: line + 1 }],
} as Bank);

describe('banks under their headings', () => {
  test("a heading's own bank, listed after its other banks, comes first and stands for the heading", () => {
    const collection: Collection = {
      sources: [{ file: 'pods.md', title: 'Pods', banks: 4 }],
      banks: [terms('Shared Linux namespaces', ['Basics'], 18), terms('Pod spec fields', ['Basics'], 36), terms('Basics', ['Basics'], 10), terms('Pod phases', ['Status'], 57)],
      warnings: [],
    };
    const text = formatBanks(collection, 80);
    expect(text.split('\n').slice(0, 6)).toEqual([
      'pods.md — Pods (4 banks)',
      '  Basics: 1 term · line 10',
      '    Shared Linux namespaces: 1 term · line 18',
      '    Pod spec fields: 1 term · line 36',
      '  Status',
      '    Pod phases: 1 term · line 57',
    ]);
    expect(text.match(/Basics/g)).toHaveLength(1);
  });

  test("a heading's own bank after other banks of the heading is one of them, its siblings level with it", () => {
    const collection: Collection = {
      sources: [{ file: 'pods.md', title: 'Workloads', banks: 3 }],
      banks: [terms('StatefulSet fields', ['StatefulSet'], 52), steps('StatefulSet', ['StatefulSet'], 65), terms('Pod management policies', ['StatefulSet'], 73)],
      warnings: [],
    };
    expect(formatBanks(collection, 80).split('\n').slice(1, 5)).toEqual([
      '  StatefulSet',
      '    StatefulSet fields: 1 term · line 52',
      '    StatefulSet: 1 step · line 65',
      '    Pod management policies: 1 term · line 73',
    ]);
  });
});
