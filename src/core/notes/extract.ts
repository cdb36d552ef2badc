import { shortHash, detectLang, matchKey } from '../text/index.js';
import {
  answerLine,
  isClause,
  isNameLike,
  isTermLike,
  leadInTitle,
  parseAcronymRun,
  parseBoldLead,
  parseColonTerm,
  parseInlineList,
  parseInlineSequence,
  parseParenTerm,
  parseTermRun,
  questionLine,
  questionText,
  type ParsedTerm,
} from './patterns.js';
import type {
  Bank,
  NoteFile,
  OutlineBlock,
  OutlineList,
  OutlineSection,
  QaBank,
  Step,
  StepsBank,
  TermEntry,
  TermsBank,
  TextLine,
  Warning,
} from '../types.js';

// outline -> banks. Every entry keeps its line; the bank keeps its heading path.

/** A digit, or a Chinese number with a measure word (`三个`, `两次`): something a cloze can blank. */
const STATES_A_NUMBER = /\d|[一二两三四五六七八九十百千万]+\s*(?:个|次|台|秒|分钟|小时|天|层|种|副本|节点|倍)/;

const SEQUENTIAL_TITLE = /生命周期|阶段|状态流转|lifecycle|phases|stages/i;

/** What one line of text says, as far as banks are concerned. */
type LineMeaning =
  | { kind: 'terms'; terms: ParsedTerm[] }
  | { kind: 'list'; title: string; items: ParsedTerm[] }
  | { kind: 'sequence'; title: string; items: string[] }
  | { kind: 'lead'; title: string }
  | { kind: 'plain' };

// A line is read several times (as an item, as a parent, to judge its list): read it once.
const readLines = new WeakMap<TextLine, LineMeaning>();

export function readLine(line: TextLine): LineMeaning {
  let meaning = readLines.get(line);
  if (!meaning) {
    meaning = readLineText(line);
    readLines.set(line, meaning);
  }
  return meaning;
}

function readLineText(line: TextLine): LineMeaning {
  const text = line.text;
  const run = parseTermRun(text);
  if (run.length) return { kind: 'terms', terms: run };
  const acronyms = parseAcronymRun(text);
  if (acronyms.length) return { kind: 'terms', terms: acronyms };
  const colon = parseColonTerm(text);
  if (colon) {
    // `重启策略（restartPolicy）：` ends in a colon: it leads in what follows, whatever its parenthesis says.
    if (/[:：]$/.test(text)) {
      const title = leadInTitle(text);
      if (title) return { kind: 'lead', title };
    }
    if (!colon.detail || /[:：]$/.test(colon.detail)) return { kind: 'lead', title: colon.term };
    const items = parseInlineList(colon.detail);
    if (items.length) return { kind: 'list', title: colon.term, items };
    return { kind: 'terms', terms: [colon] };
  }
  const sequence = parseInlineSequence(text);
  if (sequence) return { kind: 'sequence', ...sequence };
  const paren = parseParenTerm(text);
  if (paren) return { kind: 'terms', terms: [paren] };
  const bold = parseBoldLead(text, line.bold);
  if (bold) return { kind: 'terms', terms: [bold] };
  return { kind: 'plain' };
}

function initials(term: string): string {
  return term.replace(/[^A-Za-z]/g, '').slice(0, 1).toUpperCase();
}

/** `EFK` over Elasticsearch, Fluentd, Kibana: an acronym spelled by the list it leads. */
function spelledBy(acronym: string, list: OutlineList): boolean {
  if (!/^[A-Z]{2,6}$/.test(acronym) || list.items.length !== acronym.length) return false;
  return list.items.map((item) => initials(item.text.text)).join('') === acronym;
}

class BankBuilder {
  readonly banks: Bank[] = [];
  readonly warnings: Warning[] = [];
  private readonly ids = new Set<string>();
  private readonly termBanks = new Map<string, TermsBank>();

  constructor(private readonly note: NoteFile) {}

  private id(kind: string, path: string[], title: string): string {
    const base = shortHash([this.note.title, ...path, title, kind].map(matchKey).join('\u0000'));
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  terms(title: string, path: string[], line: number, parsed: ParsedEntry[]): TermsBank | null {
    const entries: TermEntry[] = [];
    const seen = new Map<string, number>();
    for (const { term, line: at, notes, bold } of parsed) {
      const key = matchKey(term.term);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        this.warn(at, `"${term.term}" is listed twice under "${title}" (first at line ${earlier}); the second is skipped`);
        continue;
      }
      seen.set(key, at);
      const entry: TermEntry = { term: term.term, detail: term.detail, aliases: [...term.aliases], line: at };
      if (notes?.length) entry.notes = notes;
      // Bold words inside the definition are what the note stresses: cloze material.
      const stressed = (bold ?? []).filter((b) => matchKey(b) !== key && term.detail.includes(b));
      if (stressed.length) entry.bold = [...new Set(stressed)];
      entries.push(entry);
    }
    if (entries.length === 0) return null;
    // Paragraph terms and a list under the same heading make one bank, not two of one name.
    const key = [...path, title].join('\u0000');
    const same = this.termBanks.get(key);
    if (same) {
      const known = new Set(same.entries.map((e) => matchKey(e.term)));
      same.entries.push(...entries.filter((e) => !known.has(matchKey(e.term))));
      same.entries.sort((a, b) => a.line - b.line);
      same.source.line = Math.min(same.source.line, line, same.entries[0]?.line ?? line);
      return same;
    }
    // Chinese notes name things in English; the title and definitions say which language the bank speaks.
    const text = entries.map((e) => e.detail).join(' ');
    const bank: TermsBank = {
      id: this.id('terms', path, title),
      kind: 'terms',
      title,
      path,
      source: { file: this.note.file, line },
      lang: detectLang(`${title} ${text}`),
      entries,
    };
    if (SEQUENTIAL_TITLE.test(title) && entries.length >= 3) bank.sequential = true;
    this.banks.push(bank);
    this.termBanks.set(key, bank);
    return bank;
  }

  /** Number facts go with the section's own terms bank; a section without one keeps them to itself. */
  attachFacts(path: string[], title: string, facts: Step[]): void {
    const bank = this.termBanks.get([...path, title].join('\u0000'));
    if (bank) bank.facts = [...(bank.facts ?? []), ...facts];
  }

  steps(title: string, path: string[], line: number, steps: { text: string; line: number }[]): StepsBank | null {
    if (steps.length < 2) return null;
    const bank: StepsBank = {
      id: this.id('steps', path, title),
      kind: 'steps',
      title,
      path,
      source: { file: this.note.file, line },
      lang: detectLang(`${title} ${steps.map((s) => s.text).join(' ')}`),
      steps,
    };
    this.banks.push(bank);
    return bank;
  }

  qa(section: OutlineSection, pairs: QaBank['pairs']): void {
    if (!pairs.length) return;
    const title = section.path[section.path.length - 1] ?? this.note.title;
    this.banks.push({
      id: this.id('qa', section.path, title),
      kind: 'qa',
      title,
      path: section.path,
      source: { file: this.note.file, line: (pairs[0] as { line: number }).line },
      lang: detectLang(pairs.map((p) => `${p.question} ${p.answer}`).join(' ')),
      pairs,
    });
  }

  warn(line: number, message: string): void {
    this.warnings.push({ file: this.note.file, line, message });
  }
}

interface ParsedEntry {
  term: ParsedTerm;
  line: number;
  notes?: string[] | undefined;
  /** Bold spans of the source line. */
  bold?: string[];
}

interface ListContext {
  title: string;
  path: string[];
  /** The title comes from a lead-in line (`K8s的PodSecurityPolicy：`), not a heading. */
  led?: boolean;
}

function blockText(block: OutlineBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return block.lines.map((l) => l.text);
    case 'list':
      return block.items.flatMap((item) => [
        `${block.ordered ? '1.' : '-'} ${item.text.text}`,
        ...item.more.map((m) => m.text),
        ...item.children.flatMap((child) => blockText(child).map((t) => `  ${t}`)),
      ]);
    case 'code':
      // Kept fenced, so an answer renders as code and `# comment` lines stay comments.
      return ['```' + block.lang, block.text, '```'];
    case 'details':
      return [block.summary.text, ...block.lines.map((l) => l.text)];
    case 'table':
      return [block.header.join(' | '), ...block.rows.map((r) => r.join(' | '))];
    case 'html':
      return [block.text];
  }
}

class SectionExtractor {
  private readonly paragraphTerms: ParsedEntry[] = [];
  private readonly pairs: QaBank['pairs'] = [];
  private readonly facts: Step[] = [];
  private readonly heading: string;

  constructor(
    private readonly builder: BankBuilder,
    private readonly section: OutlineSection,
    docTitle: string,
  ) {
    this.heading = section.path[section.path.length - 1] ?? docTitle;
  }

  run(): void {
    const asked = questionText(this.heading);
    if (asked && this.section.path.length > 0) {
      // The answer runs until the section's own question blocks (details, `Q:` lines) begin.
      const end = this.section.blocks.findIndex(
        (b) => b.type === 'details' || (b.type === 'paragraph' && b.lines[0] !== undefined && questionLine(b.lines[0].text) !== null),
      );
      const answer = this.section.blocks
        .slice(0, end < 0 ? undefined : end)
        .flatMap(blockText)
        .join('\n')
        .trim();
      if (answer) this.pairs.push({ question: asked, answer, line: this.section.line });
    }
    let lead: { title: string; acronym?: string } | null = null;
    const blocks = this.section.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as OutlineBlock;
      if (block.type === 'paragraph') {
        lead = this.paragraph(block.lines);
        continue;
      }
      if (block.type === 'list') {
        const title = lead?.title || (lead?.acronym && spelledBy(lead.acronym, block) ? lead.acronym : null);
        this.list(block, { title: title ?? this.heading, path: this.section.path, led: Boolean(title) });
      } else if (block.type === 'details') {
        const answer = block.lines.map((l) => l.text).join('\n');
        if (block.summary.text && answer) this.pairs.push({ question: block.summary.text, answer, line: block.line });
      } else if (block.type === 'table') {
        this.table(block);
      }
      lead = null;
    }
    if (this.paragraphTerms.length) {
      const first = this.paragraphTerms[0] as { line: number };
      this.builder.terms(this.heading, this.section.path, first.line, this.paragraphTerms);
    }
    this.builder.qa(this.section, this.pairs);
    if (this.facts.length) this.builder.attachFacts(this.section.path, this.heading, this.facts);
  }

  /** Returns the lead-in its last line makes for a list that follows. */
  private paragraph(lines: TextLine[]): { title: string; acronym?: string } | null {
    let lead: { title: string; acronym?: string } | null = null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as TextLine;
      lead = null;
      const question = questionLine(line.text);
      if (question) {
        const answers: string[] = [];
        while (i + 1 < lines.length) {
          const next = lines[i + 1] as TextLine;
          const answer = answerLine(next.text) ?? (answers.length && !questionLine(next.text) ? next.text : null);
          if (answer === null) break;
          answers.push(answer);
          i++;
        }
        if (answers.length) this.pairs.push({ question, answer: answers.join('\n'), line: line.line });
        else this.builder.warn(line.line, `question "${question}" has no answer line (A: …) after it`);
        continue;
      }
      const meaning = readLine(line);
      switch (meaning.kind) {
        case 'terms':
          for (const term of meaning.terms) this.paragraphTerms.push({ term, line: line.line, bold: line.bold });
          if (meaning.terms.length === 1) lead = { title: '', acronym: (meaning.terms[0] as ParsedTerm).term };
          break;
        case 'list':
          this.inlineList(meaning.title, meaning.items, this.section.path, line.line);
          break;
        case 'sequence':
          this.builder.steps(meaning.title, this.section.path, line.line, meaning.items.map((text) => ({ text, line: line.line })));
          break;
        case 'lead':
          lead = { title: meaning.title };
          break;
        case 'plain': {
          const title = leadInTitle(line.text);
          if (title) lead = { title };
          else if (STATES_A_NUMBER.test(line.text)) this.facts.push({ text: line.text, line: line.line });
        }
      }
    }
    return lead;
  }

  private inlineList(title: string, items: ParsedTerm[], path: string[], line: number): void {
    if (SEQUENTIAL_TITLE.test(title) || /流程|步骤|steps|flow/i.test(title)) {
      if (items.every((i) => !i.detail) && /流程|步骤|steps|flow/i.test(title)) {
        this.builder.steps(title, path, line, items.map((i) => ({ text: i.term, line })));
        return;
      }
    }
    this.builder.terms(title, path, line, items.map((term) => ({ term, line })));
  }

  private table(block: Extract<OutlineBlock, { type: 'table' }>): void {
    if (block.header.length < 2 || block.rows.length < 2) return;
    // A GFM table row is one line: header, delimiter row, then the rows in order.
    const entries = block.rows
      .map((row, index) => ({ row, line: block.line + 2 + index }))
      .filter(({ row }) => row[0] && row[1] && isNameLike(row[0]))
      .map(({ row, line }) => ({ term: { term: row[0] as string, detail: row.slice(1).filter(Boolean).join('；'), aliases: [] }, line }));
    if (entries.length >= 2) this.builder.terms(this.heading, this.section.path, block.line, entries);
  }

  private list(list: OutlineList, context: ListContext): void {
    if (list.ordered) {
      const steps = list.items.map((item) => ({ text: item.text.text, line: item.text.line })).filter((s) => s.text);
      this.builder.steps(context.title, context.path, list.line, steps);
      for (const item of list.items) this.children(item.children, item.text, context);
      return;
    }
    const entries: ParsedEntry[] = [];
    const names: { term: ParsedTerm; line: number }[] = [];
    const checks: { term: ParsedTerm; line: number }[] = [];
    let plain = 0;
    for (const item of list.items) {
      const meaning = readLine(item.text);
      const notes = this.children(item.children, item.text, context, meaning);
      if (meaning.kind === 'terms') {
        meaning.terms.forEach((term, n) => entries.push({ term, line: item.text.line, notes: n === 0 ? notes : undefined, bold: item.text.bold }));
      } else if (meaning.kind === 'list') {
        this.inlineList(meaning.title, meaning.items, context.path, item.text.line);
      } else if (meaning.kind === 'sequence') {
        this.builder.steps(meaning.title, context.path, item.text.line, meaning.items.map((text) => ({ text, line: item.text.line })));
      } else if (isNameLike(item.text.text) && !isClause(item.text.text)) {
        // A bare item is a member only when it names something: `是否允许特权容器` asks, it names nothing.
        names.push({ term: { term: item.text.text, detail: '', aliases: [] }, line: item.text.line });
      } else {
        if (isTermLike(item.text.text)) checks.push({ term: { term: item.text.text, detail: '', aliases: [] }, line: item.text.line });
        plain++;
      }
    }
    // A lead-in over short bare items names a group even when the items are clauses
    // (`K8s的PodSecurityPolicy：` over the checks it makes): keep them as members.
    if (context.led && entries.length === 0 && names.length + checks.length === list.items.length && list.items.length >= 2) {
      names.push(...checks);
      plain = 0;
    }
    // Bare names belong to the bank only when the list is mostly names or terms.
    const all = entries.length + names.length + plain;
    const withNames = names.length * 2 > all || (names.length + entries.length) * 2 > all + 1 ? names : [];
    const merged = [...entries, ...withNames].sort((a, b) => a.line - b.line);
    this.builder.terms(context.title, context.path, list.line, merged);
  }

  /** Nested lists: a bank titled by the parent bullet, or notes on the parent entry. */
  private children(children: OutlineList[], parent: TextLine, context: ListContext, meaning?: LineMeaning): string[] | undefined {
    if (!children.length) return undefined;
    const parsed = meaning ?? readLine(parent);
    const parentTitle =
      parsed.kind === 'terms' && parsed.terms.length === 1
        ? (parsed.terms[0] as ParsedTerm).term
        : parsed.kind === 'lead' || parsed.kind === 'list'
          ? parsed.title
          : isNameLike(parent.text)
            ? parent.text
            : null;
    const title = parentTitle ?? context.title;
    const path = parentTitle ? [...context.path, parentTitle] : context.path;
    const notes: string[] = [];
    for (const child of children) {
      const before = this.builder.banks.length;
      const usable = child.items.some((item) => readLine(item.text).kind !== 'plain') || child.ordered;
      if (usable) this.list(child, { title, path });
      if (this.builder.banks.length === before || !usable) notes.push(...blockText(child).map((t) => t.replace(/^(?:-|1\.) /, '')));
      else notes.push(...child.items.filter((item) => readLine(item.text).kind === 'plain').map((item) => item.text.text));
    }
    return notes.length ? notes : undefined;
  }
}

function bankProse(bank: Bank): string {
  if (bank.kind === 'terms') return bank.entries.map((e) => e.detail || e.term).join(' ');
  if (bank.kind === 'steps') return bank.steps.map((s) => s.text).join(' ');
  return bank.pairs.map((p) => `${p.question} ${p.answer}`).join(' ');
}

/** Below this much text a bank's own language guess is weaker than its file's. */
const SHORT_PROSE = 80;

export function extractBanks(note: NoteFile): { banks: Bank[]; warnings: Warning[] } {
  const builder = new BankBuilder(note);
  for (const section of note.outline.sections) new SectionExtractor(builder, section, note.title).run();
  // A short list of English names in Chinese notes is still asked about in Chinese.
  const fileLang = detectLang(builder.banks.map(bankProse).join(' '));
  for (const bank of builder.banks) if (bankProse(bank).length < SHORT_PROSE) bank.lang = fileLang;
  return { banks: builder.banks, warnings: builder.warnings };
}
