import { isAspectLabel, isNamedThing, isSentence } from '../text/index.js';
import type { TermEntry, TermsBank } from '../types.js';
import { tier } from './distractors.js';
import { usableDetail, type Candidate, type Origin } from './pool.js';
import { keyOf } from './text.js';

// Which entries are worth a question, and what in a choice would give its answer away.
// Shared by define, identify, acronym, typed, member and multi.

/** Headings and lead-ins over aspects of one topic (`VXLAN的优点`, `Limitations`), not over things. */
const ASPECT_TITLE =
  /(?:优点|缺点|优势|劣势|不足|特点|特性|特征|作用|用途|功能|原理|注意事项|要点|关键点|局限|限制|问题|原因|场景|区别|对比|总结|小结|说明|参数说明|属性说明|字段说明|示例|步骤|流程)$|\b(?:advantages?|disadvantages?|benefits?|pros|cons|drawbacks?|limitations?|features?|characteristics|notes?|key points?|tips|considerations|best practices?|use cases?|troubleshooting|issues|problems|errors|causes?|solutions?|examples?|output|expected|results?|verification|summary|overview|objectives?|goals?|requirements?|decision factors|comparison|differences?|why\b.*|how\b.*)$/iu;

/** Leading section numbers (`2.2.`, `3）`, `一、`) are layout, not part of a title. */
export function displayTitle(title: string): string {
  return title
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)）、]?|[一二三四五六七八九十]+[、.])\s*/u, '')
    .replace(/[:：]\s*$/u, '')
    .trim();
}

/** A bank whose entries are aspects of one topic rather than things of one kind. */
export function isAspectBank(bank: TermsBank): boolean {
  const title = displayTitle(bank.title);
  return isAspectLabel(title) || ASPECT_TITLE.test(title) || isSentence(title);
}

/** An English detail that starts mid-sentence (`is the primary…`, `for systems using…`): a fragment. */
const FRAGMENT_START = /^(?:is|are|was|were|be|can|could|should|will|would|may|for|and|or|but|with|to|of|which|that|by|as|on|in|at)\b/;

/** Only a URL, a path, a number or a version: a value, not a description. */
const VALUE_ONLY = /^(?:\S+:\/\/\S+|[~.]?\/\S+|[\d.,:/x_-]+\S*|\[[^\]]*\])$/;

/** An entry one can be asked about: a named thing with a description that says something. */
export function askableEntry(entry: TermEntry): boolean {
  if (!isNamedThing(entry.term) || isAspectLabel(entry.term)) return false;
  if (!usableDetail(entry)) return false;
  const detail = entry.detail.trim();
  if (FRAGMENT_START.test(detail) || VALUE_ONLY.test(detail)) return false;
  return keyOf(detail).length >= 4;
}

/** Candidates from the question's own list or a list beside it (same heading path). */
export function nearby(origin: Origin): (c: Candidate) => boolean {
  return (c) => tier(origin, c.origin) <= 1;
}

/** Candidates from the same note file. */
export function sameFile(origin: Origin): (c: Candidate) => boolean {
  return (c) => c.origin.file === origin.file;
}

const STOP =
  /^(?:the|and|for|with|that|this|from|used|uses|using|into|than|other|which|when|what|your|their|each|some|more|most|also|only|such|like|will|have|does|they|them|there|these|those|about|allows?|provides?|between|within|without|based)$/;

/**
 * What in a text could point at a name: its Latin words of four letters or more (by their first
 * five letters, so `Starting` meets `Start`) and the pairs of Chinese characters it contains.
 */
export function telltales(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.normalize('NFKC').toLowerCase();
  for (const word of lower.match(/[a-z][a-z0-9]{3,}/g) ?? []) if (!STOP.test(word)) out.add(word.slice(0, 5));
  for (const run of lower.match(/\p{Script=Han}{2,}/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

/**
 * Whether the right choice shares a telltale of the names with the clue while no wrong choice
 * does: a matching game, not a question. `clue` is the prompt's text (or the term itself).
 */
export function givesAway(names: readonly string[], right: string, wrong: readonly string[]): boolean {
  const marks = new Set<string>();
  for (const name of names) for (const mark of telltales(name)) marks.add(mark);
  if (marks.size === 0) return false;
  const inRight = telltales(right);
  const wrongMarks = wrong.map(telltales);
  for (const mark of marks) if (inRight.has(mark) && !wrongMarks.some((w) => w.has(mark))) return true;
  return false;
}
