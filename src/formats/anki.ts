import type { ChoiceQuestion, Lang, Question } from '../core/types.js';

// `k8s-quiz export --format anki`: every question as a note in Anki's own text import format
// (Anki 2.1.55 or newer; no add-on). One line a note, tab-separated, UTF-8, with the file
// headers that tell Anki the separator, that fields are HTML, and which columns hold each note's
// GUID, notetype, deck and tags. The columns are laid out as Anki's own "Notes in Plain Text"
// export lays them out (GUID, notetype, deck, the two fields, tags), so what Anki writes and what
// it reads back agree.
//
// The GUID is the question's stable id: importing a new export of edited notes updates the cards
// already imported (Anki matches notes by GUID) instead of adding copies. Pure: data → string.

/** The note types the cards use; Anki names its stock ones in the language it was set up in. */
export interface AnkiNotetypes {
  /** Two fields, Front and Back ("Basic" in an English Anki). */
  basic: string;
  /** Two fields, Text and Back Extra, with `{{c1::…}}` in Text ("Cloze" in an English Anki). */
  cloze: string;
}

export const DEFAULT_NOTETYPES: Readonly<AnkiNotetypes> = Object.freeze({ basic: 'Basic', cloze: 'Cloze' });

export interface AnkiOptions {
  /** Title of each note file, by its path as in `question.source.file`: names the file's deck. */
  titles?: ReadonlyMap<string, string>;
  notetypes?: AnkiNotetypes;
}

/** One note: the columns of its line, before they are joined. */
export interface AnkiNote {
  guid: string;
  notetype: string;
  deck: string;
  /** HTML. */
  front: string;
  /** HTML. */
  back: string;
  tags: string[];
}

/** Where each column is (1-based, as Anki counts them). */
export const ANKI_COLUMNS = { guid: 1, notetype: 2, deck: 3, front: 4, back: 5, tags: 6 } as const;

export const ANKI_HEADERS = [
  '#separator:tab',
  '#html:true',
  `#guid column:${ANKI_COLUMNS.guid}`,
  `#notetype column:${ANKI_COLUMNS.notetype}`,
  `#deck column:${ANKI_COLUMNS.deck}`,
  `#tags column:${ANKI_COLUMNS.tags}`,
] as const;

/** The words the back of a card uses, in the question's language. */
const ACCEPTED: Record<Lang, string> = { en: 'Also accepted', zh: '也算对' };

const BLANK = '____';

// ── text → HTML ────────────────────────────────────────────────────────────────────────────

/** `&`, `<`, `>` and `"` as entities: note text is text, never markup (and a `"` never starts a quoted field). */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Leading spaces kept (HTML would fold them), a tab as four spaces. */
function keepIndent(escapedLine: string): string {
  return escapedLine.replace(/^[ \t]+/, (lead) => '&nbsp;'.repeat(lead.replace(/\t/g, '    ').length));
}

/** One field's worth of plain text: escaped, line breaks as `<br>`, no tab or line break left. */
export function plainHtml(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => keepIndent(escapeHtml(line)).replace(/\t/g, ' '))
    .join('<br>');
}

/** `**bold**` and `` `code` `` of the notes' reference text, inside text already escaped. */
function inlineMarks(escaped: string): string {
  return escaped.replace(/\*\*([^*]+?)\*\*/g, '<b>$1</b>').replace(/`([^`]+?)`/g, '<code>$1</code>');
}

/**
 * Reference text from the notes (markdown-ish) as HTML: fenced code as `<pre><code>` with its
 * indentation, bold and inline code marked, the rest escaped with `<br>` for line breaks.
 */
export function noteHtml(text: string): string {
  const out: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.length) out.push(prose.map((line) => inlineMarks(keepIndent(escapeHtml(line))).replace(/\t/g, ' ')).join('<br>'));
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const fence = /^([ \t]*)(```+|~~~+)/.exec(lines[i] as string);
    if (!fence) {
      prose.push(lines[i] as string);
      continue;
    }
    const indent = (fence[1] as string).length;
    const marker = fence[2] as string;
    const code: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] as string).trimStart().startsWith(marker); j++) code.push(lines[j] as string);
    // A fence's own line ends the prose before it (the `<br>` would otherwise double the gap).
    flushProse();
    const body = code.map((line) => keepIndent(escapeHtml(line.slice(Math.min(indent, line.length - line.trimStart().length)))).replace(/\t/g, ' '));
    out.push(`<pre><code>${body.join('<br>')}</code></pre>`);
    i = j; // past the closing fence (or the end, for one never closed)
  }
  flushProse();
  return out.join('');
}

/** A list of plain-text items. */
function listHtml(items: readonly string[], ordered: boolean): string {
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${items.map((item) => `<li>${plainHtml(item)}</li>`).join('')}</${tag}>`;
}

/** Text that must not start a new cloze or end one: `{{`, `}}` and `::` broken with an entity. */
function clozeSafe(escaped: string): string {
  return escaped.replace(/\{\{/g, '{&#123;').replace(/\}\}/g, '}&#125;').replace(/::/g, ':&#58;');
}

// ── the columns that are not fields ────────────────────────────────────────────────────────

/** A column that is not HTML (GUID, notetype, deck, tags): one line, no tab, no `"`. */
function bareColumn(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').replace(/"/g, "'").trim();
}

/** One level of a deck or tag name: no `::` inside it (that would nest), no empty level. */
function level(text: string): string {
  return bareColumn(text).replace(/:{2,}/g, ':').replace(/\s+/g, ' ').trim();
}

/** `k8s-quiz::<note title>`. */
export function deckName(title: string): string {
  const name = level(title);
  return name ? `k8s-quiz::${name}` : 'k8s-quiz';
}

/** A tag from a heading path: `k8s-quiz::Platform_notes::Workloads::Probe_kinds` (spaces → `_`). */
export function headingTag(path: readonly string[]): string {
  const levels = path.map((part) => level(part).replace(/\s+/g, '_').replace(/^:+|:+$/g, '')).filter(Boolean);
  return ['k8s-quiz', ...levels].join('::');
}

// ── questions → notes ──────────────────────────────────────────────────────────────────────

function sourceHtml(q: Question): string {
  const where = `${q.source.file}:${q.source.line}`;
  const path = q.topic.length ? ` · ${q.topic.join(' › ')}` : '';
  // No `"` anywhere in a line, not even around an attribute: a reader that quotes fields could take it for one.
  return `<div class=k8s-quiz-source><small>${plainHtml(where + path)}</small></div>`;
}

/** Compared loosely: a reference that only repeats the answer is not shown twice. */
const loose = (s: string): string => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

function sameText(a: string, b: string): boolean {
  return loose(a) === loose(b);
}

/** The answer as plain text, for deciding whether the reference adds anything. */
export function answerText(q: Question): string {
  switch (q.type) {
    case 'order':
      return q.answer.map((i, n) => `${n + 1}. ${q.choices[i] ?? ''}`).join('\n');
    case 'multi':
      return q.answer.map((i) => q.choices[i] ?? '').join('\n');
    case 'typed':
    case 'recall':
      return q.answer;
    default:
      return q.choices[q.answer] ?? '';
  }
}

/**
 * The back of a card (a Cloze note's Back Extra, with no answer of its own): the answer, the
 * reference when it adds to it, where it comes from.
 */
function back(q: Question, answer: string): string {
  const parts = [answer];
  if (q.explanation.trim() && !sameText(q.explanation, answerText(q))) parts.push(`${answer ? '<hr>' : ''}${noteHtml(q.explanation)}`);
  parts.push(sourceHtml(q));
  return parts.join('');
}

/** The front and back of the Basic note for a question. */
function basicSides(q: Question): { front: string; back: string } {
  const prompt = `<div>${plainHtml(q.prompt)}</div>`;
  switch (q.type) {
    case 'order':
      // The steps to arrange, as asked (shuffled); the back lists them in order.
      return {
        front: prompt + listHtml(q.choices, false),
        back: back(q, listHtml(q.answer.map((i) => q.choices[i] ?? ''), true)),
      };
    case 'multi':
      return {
        front: prompt + listHtml(q.choices, false),
        back: back(q, listHtml(q.answer.map((i) => q.choices[i] ?? ''), false)),
      };
    case 'typed': {
      const also = q.accept.length ? `<div>${escapeHtml(ACCEPTED[q.lang] ?? ACCEPTED.en)}: ${q.accept.map(plainHtml).join(', ')}</div>` : '';
      return { front: prompt, back: back(q, `<div><b>${plainHtml(q.answer)}</b></div>${also}`) };
    }
    case 'recall':
      // The reference usually is the explanation, or inside it (`**term**: reference`): shown once.
      if (loose(q.explanation).includes(loose(q.answer))) return { front: prompt, back: `${noteHtml(q.explanation)}${sourceHtml(q)}` };
      return { front: prompt, back: back(q, `<div>${noteHtml(q.answer)}</div>`) };
    default:
      return {
        front: prompt + listHtml(q.choices, true),
        back: back(q, `<div><b>${plainHtml(q.choices[q.answer] ?? '')}</b></div>`),
      };
  }
}

/** The Cloze note's Text: the prompt with the answer put back in its blank as `{{c1::…}}`; null when it has no blank. */
function clozeText(q: ChoiceQuestion): string | null {
  const at = q.prompt.indexOf(BLANK);
  const answer = q.choices[q.answer];
  if (at < 0 || answer === undefined) return null;
  // Escaped whole (a fragment's first space is not indentation), the blank marked by a character notes never hold.
  const marker = '\uE000';
  const text = clozeSafe(plainHtml(`${q.prompt.slice(0, at)}${marker}${q.prompt.slice(at + BLANK.length)}`));
  return text.replace(marker, `{{c1::${clozeSafe(plainHtml(answer))}}}`);
}

export function ankiNote(q: Question, options: AnkiOptions = {}): AnkiNote {
  const notetypes = options.notetypes ?? DEFAULT_NOTETYPES;
  const title = options.titles?.get(q.source.file) ?? q.topic[0] ?? q.source.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  // The note's title leads the heading path (once), so `总览` of one note is not `总览` of another.
  const path = q.topic[0] === title ? q.topic : [title, ...q.topic];
  const common = { guid: bareColumn(q.id), deck: deckName(title), tags: [headingTag(path), `k8s-quiz-type::${q.type}`] };
  if (q.type === 'cloze') {
    const text = clozeText(q);
    if (text !== null) {
      const extra = back(q, '');
      return { ...common, notetype: bareColumn(notetypes.cloze), front: text, back: extra };
    }
  }
  return { ...common, notetype: bareColumn(notetypes.basic), ...basicSides(q) };
}

function noteLine(note: AnkiNote): string {
  const columns: string[] = [];
  columns[ANKI_COLUMNS.guid - 1] = note.guid;
  columns[ANKI_COLUMNS.notetype - 1] = note.notetype;
  columns[ANKI_COLUMNS.deck - 1] = note.deck;
  columns[ANKI_COLUMNS.front - 1] = note.front;
  columns[ANKI_COLUMNS.back - 1] = note.back;
  columns[ANKI_COLUMNS.tags - 1] = note.tags.map((tag) => bareColumn(tag).replace(/\s+/g, '_')).join(' ');
  return columns.join('\t');
}

/** The whole import file: the headers, then one line a question, `\n` line ends. */
export function ankiTsv(questions: readonly Question[], options: AnkiOptions = {}): string {
  return [...ANKI_HEADERS, ...questions.map((q) => noteLine(ankiNote(q, options)))].join('\n') + '\n';
}
