import { Lexer, Tokenizer, type Token, type Tokens } from 'marked';
import { isCommandLine, stripControl, stripControlLine, withoutDecorativeSigns } from '../text/index.js';
import { withoutFilingMarks } from './collect.js';
import type { Outline, OutlineBlock, OutlineList, OutlineListItem, OutlineSection, TextLine } from '../types.js';

// markdown body -> outline: sections by heading path, with lists, paragraphs and
// code blocks, every one carrying the line it starts on in the file.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (_, name: string) => ENTITIES[name.toLowerCase()] ?? numericEntity(name));
}

/** `&#x20;`, `&#160;`: the character it stands for; a control character (`&#x1b;`) is dropped, never made. */
function numericEntity(name: string): string {
  const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
  if (!Number.isInteger(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
  const char = String.fromCodePoint(code);
  return code === 0xa0 ? ' ' : stripControl(char);
}

const TAG_START = /<\/?[A-Za-z]/g;

/** Elements of HTML a note may hold; anything else in angle brackets is a placeholder. */
const HTML_TAGS = new Set(
  'a abbr address area article aside audio b bdi bdo big blockquote body br button canvas caption center cite code col colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark meta meter nav nobr noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr'.split(' '),
);

/** `<NodeIP>`, `<pod-name>`: angle brackets round a name no HTML element has, with nothing else inside. */
function isPlaceholder(raw: string): boolean {
  const name = /^<([A-Za-z][\w.-]*)>$/.exec(raw.trim())?.[1];
  return name !== undefined && !HTML_TAGS.has(name.toLowerCase());
}

/** Drops comments and tags. By hand: `[^>]*` from every `<a` of a long line is quadratic. */
function stripTags(text: string): string {
  const uncommented = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  let out = '';
  let from = 0;
  TAG_START.lastIndex = 0;
  for (let open = TAG_START.exec(uncommented); open; open = TAG_START.exec(uncommented)) {
    const close = uncommented.indexOf('>', open.index);
    // No `>` after this tag start: none after any later one either.
    if (close < 0) break;
    out += uncommented.slice(from, open.index);
    from = close + 1;
    TAG_START.lastIndex = from;
  }
  return out + uncommented.slice(from);
}

/** Lists and quotes nested deeper than this are read as text: marked recurses once per level. */
export const MAX_NESTING = 12;
/** Inline markdown longer than this is cut before marked reads it (its inline lexer is superlinear). */
export const MAX_INLINE = 2000;
/** How far past `[` a link may reach: marked's link pattern backtracks over the whole rest of a line. */
const MAX_LINK = 1000;

/**
 * marked, bounded: lists and quotes stop nesting at MAX_NESTING, and a link is looked for
 * only up to the `)` that closes it, within MAX_LINK characters.
 */
class BoundedTokenizer extends Tokenizer {
  private depth = 0;
  /** The first line where nesting was cut, as marked saw it. */
  deepest: string | null = null;

  private nested<T>(src: string, read: () => T): T | undefined {
    if (this.depth >= MAX_NESTING) {
      if (this.deepest === null) {
        const nl = src.indexOf('\n');
        this.deepest = src.slice(0, Math.min(nl < 0 ? src.length : nl, 200)).trim();
      }
      return undefined;
    }
    this.depth++;
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  override list(src: string): Tokens.List | undefined {
    return this.nested(src, () => super.list(src));
  }

  override blockquote(src: string): Tokens.Blockquote | undefined {
    return this.nested(src, () => super.blockquote(src));
  }

  override link(src: string): Tokens.Link | Tokens.Image | undefined {
    const end = linkEnd(src);
    return end < 0 ? undefined : super.link(src.slice(0, end + 1));
  }
}

/**
 * Index of the `)` closing `[label](…` (or `![…](…`), or -1 when there is none within MAX_LINK
 * characters: the label's brackets and the destination's parentheses balance, as marked's do.
 */
function linkEnd(src: string): number {
  const limit = Math.min(src.length, MAX_LINK);
  let depth = 0;
  let i = src.charCodeAt(0) === 0x21 ? 1 : 0;
  for (; i < limit; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x5c) i++; // a backslash escapes the next character
    else if (c === 0x5b) depth++;
    else if (c === 0x5d && --depth === 0) break;
  }
  if (i + 1 >= limit || src.charCodeAt(i + 1) !== 0x28) return -1;
  depth = 0;
  for (i += 1; i < limit; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i;
  }
  return -1;
}

/** What building an outline reports: where lines were cut, where nesting was. */
interface Context {
  inline: Lexer;
  long: number[];
}

/** `— see`, `(see also`, `，详见`: what leads into a pointer to another part of the notes. */
const SEE_LEAD = /\s*(?:[—–-]+\s*|[(（]\s*|[，,;；]\s*)?(?:see(?: also)?|参见|详见|见)\s*$/iu;

/** The words a citation link is written as: `[ref]`, `[1]`, `[来源]`. */
const CITATION = /^(?:\[?\d{1,3}\]?|\^\d{1,3}|refs?|reference|source|src|citation|cite|来源|参考|出处)$/iu;

/** The words a link that only points at more reading is written as: `[文档]`, `[docs]`, `[here]`. */
const POINTER_WORDS = '(?:(?:官方|参考|相关)?文档|官网|链接|这里|此处|点此|点这里|docs?|documentation|(?:the )?official docs?|link|here)';
const POINTER_LINK = new RegExp(`^${POINTER_WORDS}$`, 'iu');
/** The comma or bracket such a link is set after. */
const POINTER_AFTER = /\s*[，,;；(（]\s*$/u;
/** The same pointer written as a link whose address is given elsewhere in the file: `，[文档][docker-storage-overlay2]`. */
const POINTER_REFERENCE = new RegExp(`\\s*[，,;；(（]\\s*\\[${POINTER_WORDS}\\]\\[[\\w .:/-]*\\][)）]?`, 'giu');

/** `([ref][1])`, `[source][2]`, `[^3]`: a citation whose link is defined elsewhere in the note, read as text. */
const CITATION_TEXT = /\s*[(（]?\[(?:refs?|reference|source|src|citation|cite|来源|参考|出处|\^\d{1,3})\](?:\[[^\]\n]{0,20}\])?[)）]?/giu;

/**
 * `…during transmission [5].`, `…签名[3][6]。`, `…within the VNet. [3, 5]`: numbered citations left bare
 * (their list was not kept); never `containers[0]`, an index written against its name.
 */
const BARE_CITATION = /(?:(?<=[\p{L}\p{N})）.,])\s+|(?<=[\p{Script=Han}。，；]))\[\d{1,2}(?:,\s?\d{1,2})*\](?:\[\d{1,2}(?:,\s?\d{1,2})*\])*(?=[.,;:，。；：)）\s]|$)/gu;

/**
 * `…stable name (§2.4)`, `(see §1.7, §1.9)`, `（见 5.1.3）`: a pointer to a section of the same notes,
 * which means nothing away from them.
 */
const SECTION_POINTER =
  /\s*[(（]\s*(?:(?:see\s+|见\s*|参见\s*|详见\s*)?§\s*\d+(?:\.\d+)*|(?:see\s+(?:section\s+)?|见\s*|参见\s*|详见\s*)\d+(?:\.\d+)+)(?:\s*(?:[,，、]|and|和)\s*§?\s*\d+(?:\.\d+)*)*\s*[)）]/giu;

const withoutCitations = (text: string): string => {
  const cited = text.includes('[') ? text.replace(CITATION_TEXT, '').replace(BARE_CITATION, '') : text;
  return /§|见|see/i.test(cited) ? cited.replace(SECTION_POINTER, '') : cited;
};

function inlineText(tokens: Token[] | undefined, bold: string[], codeColons: string[] = []): string {
  let out = '';
  // After a dropped pointer, the bracket that closed it goes too.
  let pointerEnded = false;
  for (const token of tokens ?? []) {
    if (pointerEnded && (token.type === 'text' || token.type === 'escape')) {
      const rest = (token as Tokens.Text).text.replace(/^\s*[)）]/u, '');
      pointerEnded = false;
      if (rest !== (token as Tokens.Text).text) {
        out += decodeEntities(rest);
        continue;
      }
    }
    pointerEnded = false;
    // `Distribute traffic — see [Scaling with Nginx](#scaling-with-nginx)`: a pointer to another
    // part of the notes says nothing about the thing, and makes no sense away from the page.
    if (token.type === 'link' && PAGE_HREF.test((token as Tokens.Link).href)) {
      const lead = SEE_LEAD.exec(out);
      if (lead && SAYS_SOMETHING.test(out.slice(0, lead.index))) {
        out = out.slice(0, lead.index);
        pointerEnded = true;
        continue;
      }
    }
    switch (token.type) {
      case 'strong': {
        const inner = inlineText((token as Tokens.Strong).tokens, bold, codeColons);
        bold.push(clean(inner));
        out += inner;
        break;
      }
      case 'link': {
        const text = inlineText((token as Tokens.Link).tokens, bold, codeColons);
        // `…isolated from one another ([ref][1])`: a citation mark says nothing away from its page.
        if (CITATION.test(text.trim())) {
          out = out.replace(/\s*[(（[]\s*$/u, '');
          pointerEnded = true;
        } else if (POINTER_LINK.test(text.trim()) && POINTER_AFTER.test(out)) {
          // `改为 overlay2，[文档](…)`: a link set after a comma that only says where to read more.
          out = out.replace(POINTER_AFTER, '');
          pointerEnded = true;
        } else out += text;
        break;
      }
      case 'em':
      case 'del':
        out += inlineText((token as Tokens.Em).tokens, bold, codeColons);
        break;
      case 'html':
        // `<NodeIP>:<NodePort>`, `<pod-name>`: a placeholder written in angle brackets, not a tag.
        if (isPlaceholder((token as Tokens.HTML).raw)) out += (token as Tokens.HTML).raw;
        break;
      case 'image':
        break;
      case 'br':
        out += ' ';
        break;
      case 'codespan': {
        const code = decodeEntities((token as Tokens.Codespan).text);
        if (/[:：]/.test(code)) codeColons.push(code);
        out += code;
        break;
      }
      case 'escape':
      case 'text':
        out += decodeEntities(withoutCitations((token as Tokens.Text).text));
        break;
      default:
        out += 'text' in token && typeof token.text === 'string' ? stripTags(token.text) : '';
    }
  }
  return out;
}

/** Full-width letters and digits (`ＡＢＣ１２３`) are the ASCII ones typed with an IME on. */
function foldFullWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function clean(text: string): string {
  // `👉 Only 1 pod…`: a sign drawn before a line is not part of what it says.
  // (`…上限500；\`: a backslash ending a line is markdown's hard break, not text.)
  return withoutDecorativeSigns(foldFullWidth(stripControlLine(text)).replace(SITE_MARKUP, ' ').replace(EMOJI_SHORTCODE, ' ').replace(POINTER_REFERENCE, '').replace(REFERENCE_LINK, '$1').replace(/\\\s*$/, '').replace(HARD_BREAK, ' ').replace(/\s+/g, ' ').trim());
}

/**
 * `[文档][docker-storage-overlay2]`, `[Get Docker CE][]`: a link whose address is given elsewhere
 * in the file keeps only its words. (`a[0][1]`, `matrix[i][j]` follow a name and are indexes.)
 */
const REFERENCE_LINK = /(?<![\w\]])\[([^\[\]\n]*\p{L}[^\[\]\n]*)\]\[[\w .:/-]*\]/gu;

/**
 * `{{< table >}}`, `{{% note %}}`, `{% tabs %}`, `{% endhint %}`: a site generator's shortcodes; `{width=1920 height=1133}`,
 * `{: .center}`: an image's or a block's attributes. Layout for a web page, never words.
 * (`{{ .Values.image }}`, a template, and `{app="web"}`, a selector, are left as written.)
 */
const SITE_MARKUP = /\{\{[<%][^{}]*[%>]\}\}|\{%-?\s*(?:end)?(?:tabs?|hint|code|embed|content-ref|swagger|file|raw|include|stepper|step)\b[^{}%]*-?%\}|\{:?\s*(?:(?:width|height|style|align|class|id)=(?:"[^"]*"|'[^']*'|[^\s{}]+)\s*|\.[\w-]+\s*)+\}/gu;

/** `Imperative Approach (Left Side)`, `控制平面（左图）`: where the part sits in the note's picture, which no question shows. */
const WHERE_IN_PICTURE = /\s*[(（](?:on the )?(?:left|right|top|bottom|upper|lower)(?: side| half| part| panel)?[)）]|\s*[(（](?:左侧|右侧|左边|右边|上方|下方|左图|右图|上图|下图)[)）]/giu;

/** `Table Of Contents`, `目录`: a heading over a list of links to the rest of the note. */
export const CONTENTS_TITLE = /^(?:table of contents|contents|toc|目录|目錄|目次)$/i;

/** `…基本流程如下`, `The layers are as follows`: the words with which a heading or a lead-in points at what follows. */
export const LEADS_INTO = /\s*(?:如下所示|如下图所示|如下图|如下|以下几种|以下|如图所示|as follows|below)\s*$/iu;

/**
 * `参考：https://blog…`, `KubeDNS is running at https://localhost:6443/…` (output pasted outside a
 * fence): a heading that shows an address names no topic of what is under it.
 */
const ADDRESS_TITLE = /\bhttps?:\/\/\S/i;

/** `*Containers change …*\` then the next line: a hard break written as a backslash, inside an item joined into one line. */
const HARD_BREAK = /(?<=\S)\\(?=\s)/g;

/**
 * `:whale:`, `:framed_picture:`: GitHub's emoji shortcodes, a picture on the page, no words; written
 * against the word it marks too (`:point_right:Counter`, `:point_right:指标类型`).
 */
const EMOJI_SHORTCODE = /(?<=^|\s):[a-z][a-z0-9_+-]*:(?![a-z0-9_+-])/g;

/** Whether the tokens hold a link, and the text they hold outside links. */
function outsideLinks(tokens: Token[] | undefined, out: { links: number; text: string }): void {
  for (const token of tokens ?? []) {
    if (token.type === 'link') out.links++;
    else if (token.type === 'strong' || token.type === 'em' || token.type === 'del') outsideLinks((token as Tokens.Em).tokens, out);
    else if (token.type === 'text' || token.type === 'codespan' || token.type === 'escape') out.text += (token as Tokens.Text).text;
  }
}

/** Text left beside links that still says something: not numbering, punctuation or arrows. */
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

const BLOCK_REFERENCE = /\(\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)\)/gi;
const PROPERTY_LINE = /^[ \t]*[A-Za-z][\w.-]*::[ \t].*$/gm;

/** Obsidian's embeds (`![[Pasted image 2023….png|450]]`): a picture or a whole other note, shown in place. */
const WIKI_EMBED = /!\[\[[^\[\]\n]*\]\]/g;
/** Obsidian's links (`[[Pod]]`, `[[Deployments|Deployment]]`, `[[Pod#Phases]]`); never `[[ -f x ]]` from a shell. */
const WIKI_LINK = /\[\[(?!\s)([^\[\]|#\n]+?)(?:#[^\[\]|\n]*)?(?:\|([^\[\]\n]+))?\]\]/g;

/**
 * Obsidian's wiki links as the markdown links they stand for (`[[Pod]]` → `[Pod](<Pod>)`), so a line of
 * them reads as links and a sentence with one reads as its words; embeds go. Code spans keep theirs.
 */
function withWikiLinks(markdown: string): string {
  return markdown
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(WIKI_EMBED, '').replace(WIKI_LINK, (_, target: string, alias?: string) => `[${(alias ?? target).trim()}](<${target.trim()}>)`)))
    .join('');
}

/** `tutorial:`, `docs:`, `官方文档：`: the kind of page a link that follows is. */
const RESOURCE_LABEL = /^(?:(?:official |the )?(?:tutorials?|docs?|documentation|guides?|articles?|blog(?: post)?s?|videos?|courses?|papers?|books?|slides|talks?|references?|homepage|home page|website|site|repo(?:sitory)?|source(?: code)?|code|demo|examples?|spec(?:ification)?|rfc|wiki|link|url|download)|(?:官方)?(?:教程|文档|官网|主页|视频|博客|文章|论文|书籍|参考|参考资料|地址|链接|源码|仓库|示例|规范|下载))\s*[:：]$/iu;

/** One line (or a run of lines joined) of inline markdown to plain text. */
function textLine(ctx: Context, markdown: string, line: number): TextLine {
  const bold: string[] = [];
  const codeColons: string[] = [];
  if (markdown.length > MAX_INLINE) {
    ctx.long.push(line);
    markdown = markdown.slice(0, MAX_INLINE);
  }
  // Logseq's block references (`((658a2340-…))`) point at text elsewhere in the graph, and its
  // property lines (`logseq.order-list-type:: number`) are the outliner's settings: neither is text.
  if (markdown.includes('((') || markdown.includes('::')) markdown = markdown.replace(BLOCK_REFERENCE, '').replace(PROPERTY_LINE, '');
  if (markdown.includes('[[')) markdown = withWikiLinks(markdown);
  const tokens = ctx.inline.inlineTokens(markdown);
  const text = clean(inlineText(tokens, bold, codeColons));
  const result: TextLine = { text, bold: bold.filter(Boolean), line };
  if (codeColons.length) result.codeColons = codeColons.map(clean);
  if (text) {
    const outside = { links: 0, text: '' };
    outsideLinks(tokens, outside);
    const words = outside.text.replace(/^\s*\d+(?:\.\d+)*[.)、]?/, '');
    // (`Reading path: [← Back: …](…) · [Next: …](…)`: a label over links says nothing either.)
    if (outside.links > 0 && (!SAYS_SOMETHING.test(words) || (outside.links >= 2 && !SAYS_SOMETHING.test(words.replace(/^[^:：]{1,30}[:：]/u, ''))))) result.linkOnly = true;
    // (`k8sapi-lowcode：[低代码版…](./k8sapi-lowcode)`: a folder's name, then a link to its page, is a line of contents.)
    if (outside.links === 1 && /^[^\s:：][^:：]{0,40}[:：]$/u.test(words.trim()) && endsWithPageLink(tokens)) result.linkOnly = true;
    // (`tutorial: [Get started with Grafana and Prometheus](https://…)`: what kind of page it is, then its title.)
    if (outside.links === 1 && RESOURCE_LABEL.test(words.trim()) && endsWithLink(tokens)) result.linkOnly = true;
    if (opensWithPageLink(tokens)) result.opensWithPageLink = true;
    if (endsWithLink(tokens)) result.endsWithLink = true;
    if (result.bold.length > 0 && wordsBeforeBold(tokens)) result.boldLater = true;
    if (/[:：]/.test(leadingLink(tokens)?.text ?? '')) result.linkColon = true;
  }
  return result;
}

/** The link a line opens with (inside bold or emphasis too), if it opens with one. */
function leadingLink(tokens: Token[] | undefined): Tokens.Link | undefined {
  const first = tokens?.find((t) => !(t.type === 'text' && !(t as Tokens.Text).text.trim()));
  if (first?.type === 'strong' || first?.type === 'em') return leadingLink((first as Tokens.Em).tokens);
  return first?.type === 'link' ? (first as Tokens.Link) : undefined;
}

/** Whether words (not only signs, numbers or spaces) come before the line's first bold span. */
function wordsBeforeBold(tokens: Token[] | undefined): boolean {
  for (const token of tokens ?? []) {
    if (token.type === 'strong') return false;
    if (/\p{L}/u.test(token.raw)) return true;
  }
  return false;
}

/** The link a line ends with, to a page of the notes. */
function endsWithPageLink(tokens: Token[] | undefined): boolean {
  const last = tokens?.filter((t) => !(t.type === 'text' && !(t as Tokens.Text).text.trim())).at(-1);
  // (`./k8sapi-lowcode`: a folder of the notes, written without its slash.)
  return last?.type === 'link' && (PAGE_HREF.test((last as Tokens.Link).href) || /^\.\.?\/[^?#:]*$/.test((last as Tokens.Link).href));
}

/** The line's last words are a link (a full stop after it aside). */
function endsWithLink(tokens: Token[] | undefined): boolean {
  const last = tokens?.filter((t) => !(t.type === 'text' && /^[\s.。,，;；]*$/u.test((t as Tokens.Text).text))).at(-1);
  return last?.type === 'link';
}

/** `[Deployments](./topics/deploy.md)`, `**[Pods](pods/)**`, `[Ports](#ports)`: a link within the notes, first on the line. */
function opensWithPageLink(tokens: Token[] | undefined): boolean {
  const link = leadingLink(tokens);
  return link !== undefined && PAGE_HREF.test(link.href);
}

/** A relative address of a page or a heading: no scheme, and a markdown file, a folder or an anchor. */
const PAGE_HREF = /^(?![a-z][a-z\d+.-]*:)[^?]*(?:\.(?:md|markdown)(?:#.*)?|\/|#.+)$/i;

/** A line of code as written: control characters out, indentation kept. */
function codeLine(text: string, line: number): TextLine {
  return { text: stripControlLine(text.replace(/\s+$/, '')), bold: [], line };
}

/** Whitespace-insensitive: marked expands the tabs of nested items in their `raw`. */
function lineKey(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

class LineFinder {
  private readonly lines: string[];
  /** Keys are made on first use: only lines inside lists are ever searched. */
  private readonly keys: (string | undefined)[] = [];
  constructor(source: string, private readonly offset: number) {
    this.lines = source.split('\n');
  }
  private key(i: number): string {
    return (this.keys[i] ??= lineKey(this.lines[i] as string));
  }
  /** 1-based file line of the first source line in `from`..`to` that reads `first`; else `from`. */
  find(first: string, from: number, to: number): number {
    const wanted = lineKey(first);
    const last = Math.min(this.lines.length - 1, to - this.offset);
    for (let i = Math.max(0, from - this.offset); i <= last; i++) {
      if (this.key(i) === wanted) return i + this.offset;
    }
    return Math.min(from, this.lines.length - 1 + this.offset);
  }
}

function firstLine(raw: string): string {
  return raw.split('\n', 1)[0] ?? '';
}

/** How many lines `raw` spans, not counting the blank lines after it. */
function lineSpan(raw: string): number {
  return trimNewlines(raw).split('\n').length;
}

/** `raw` without the newlines at its end. By hand: `/\n+$/` is quadratic on a run of blank lines. */
function trimNewlines(raw: string): string {
  let end = raw.length;
  while (end > 0 && raw.charCodeAt(end - 1) === 10) end--;
  return raw.slice(0, end);
}

function listFrom(ctx: Context, token: Tokens.List, line: number, finder: LineFinder): OutlineList {
  const items: OutlineListItem[] = [];
  const end = line + lineSpan(token.raw) - 1;
  let cursor = line;
  for (const item of token.items) {
    // Each search stays inside the list, and each item starts past the one before it,
    // so a long list is read in one pass.
    const itemLine = finder.find(firstLine(item.raw), cursor, end);
    const itemEnd = Math.max(itemLine, Math.min(end, itemLine + lineSpan(item.raw) - 1));
    cursor = itemEnd + 1;
    const children: OutlineList[] = [];
    const texts: string[] = [];
    const code: NonNullable<OutlineListItem['code']> = [];
    let childCursor = itemLine + 1;
    for (const child of item.tokens) {
      if (child.type === 'list') {
        // `- - x`: a list that starts on its item's own line is not searched for past the item.
        const childLine = Math.min(itemEnd, finder.find(firstLine(child.raw), childCursor, itemEnd));
        childCursor = childLine + lineSpan(child.raw);
        children.push(listFrom(ctx, child as Tokens.List, childLine, finder));
      } else if (child.type === 'text' || child.type === 'paragraph') {
        // (A Logseq property line under the item, `logseq.order-list-type:: number`, goes before the lines are joined.)
        const said = (child as Tokens.Text).text;
        texts.push(...(said.includes('::') ? said.replace(PROPERTY_LINE, '') : said).split(/\n\s*\n/));
      } else if (child.type === 'code') {
        // Code under an item keeps its lines and indentation (marked already took the item's own off).
        const at = finder.find(firstLine(child.raw), childCursor, itemEnd);
        childCursor = at + lineSpan(child.raw);
        code.push({ lang: stripControlLine((child as Tokens.Code).lang ?? ''), text: stripControl((child as Tokens.Code).text), line: at });
      }
    }
    const [head = '', ...rest] = texts;
    const listItem: OutlineListItem = {
      text: textLine(ctx, head.replace(/\n/g, ' '), itemLine),
      children,
      more: rest.map((t) => textLine(ctx, t.replace(/\n/g, ' '), itemLine)).filter((t) => t.text),
    };
    if (code.length) listItem.code = code;
    if (item.task) listItem.task = true;
    items.push(listItem);
  }
  const list: OutlineList = { type: 'list', ordered: token.ordered, items, line };
  const start = typeof token.start === 'number' ? token.start : 1;
  if (token.ordered && start !== 1) list.start = start;
  return list;
}

function paragraphLines(ctx: Context, raw: string, line: number): TextLine[] {
  return trimNewlines(raw)
    .split('\n')
    .map((text, i) => textLine(ctx, text, line + i))
    .filter((t) => t.text);
}

// Found by hand or with patterns that cannot backtrack: `<details[^>]*>` and the lazy
// `<summary…>([\s\S]*?)</summary>` were quadratic on long lines and unclosed blocks.
const DETAILS_TAG = /<details/gi;
const DETAILS_CLOSE = /<\/details\s*>/gi;
const SUMMARY_OPEN = /<summary/i;
const SUMMARY_CLOSE = /<\/summary\s*>/i;

/** Whether an html token opens a details block: `<details` and a `>` after it. */
function opensDetails(raw: string): boolean {
  const at = raw.search(/<details/i);
  return at >= 0 && raw.indexOf('>', at) >= 0;
}

/**
 * The next match of a global pattern at or after a position, remembered: details blocks are
 * read in order, so the body is searched once whatever number of blocks it opens.
 */
function nextMatch(pattern: RegExp, text: string): (from: number) => { index: number; end: number } | null {
  let searchedFrom = -1;
  let found: { index: number; end: number } | null = null;
  return (from) => {
    if (searchedFrom < 0 || from < searchedFrom || (found !== null && from > found.index)) {
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      found = match ? { index: match.index, end: match.index + match[0].length } : null;
    }
    searchedFrom = from;
    return found;
  };
}

const FENCE = /^\s*(```|~~~)/;

/** Told line after line, whether each is part of a fenced code block (its fences included). */
function fenceTracker(): (line: string) => boolean {
  let fence: string | null = null;
  return (line) => {
    if (fence === null) {
      fence = FENCE.exec(line)?.[1] ?? null;
      return fence !== null;
    }
    if (line.trim().startsWith(fence)) fence = null;
    return true;
  };
}

/**
 * Lines of `text`, each with its file line, given the file line `line` of its first character.
 * Inside a fenced code block, lines are kept as written (indentation and all): a YAML answer
 * without its indentation is a wrong answer.
 */
function numberedLines(ctx: Context, text: string, line: number): TextLine[] {
  const out: TextLine[] = [];
  let fence: string | null = null;
  let indent = 0;
  text.split('\n').forEach((part, n) => {
    const opening = FENCE.exec(part);
    if (fence === null && opening) {
      fence = opening[1] as string;
      indent = part.length - part.trimStart().length;
      out.push(codeLine(part.trim(), line + n));
    } else if (fence !== null) {
      if (part.trim().startsWith(fence)) {
        fence = null;
        out.push(codeLine(part.trim(), line + n));
      } else {
        // The block's own indentation goes; what is inside it stays.
        const lead = Math.min(indent, part.length - part.trimStart().length);
        out.push(codeLine(part.slice(lead), line + n));
      }
    } else {
      const t = textLine(ctx, stripTags(part), line + n);
      if (t.text) out.push(t);
    }
  });
  return out;
}

function lineAt(text: string, index: number, first: number): number {
  let line = first;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

interface DetailsFinder {
  open: (from: number) => { index: number; end: number } | null;
  close: (from: number) => { index: number; end: number } | null;
}

/**
 * A <details><summary>…</summary>…</details> block, which marked splits into html and
 * paragraph tokens at blank lines; read from the body text itself, so every line is exact.
 * A block left open ends where the next one opens. Returns the block and the body offset
 * just past it.
 */
function detailsBlock(ctx: Context, find: DetailsFinder, body: string, start: number, line: number): { block: OutlineBlock; end: number } | null {
  const own = find.open(start);
  if (!own) return null;
  const close = find.close(start);
  const next = find.open(own.end);
  const closed = close !== null && (next === null || close.index < next.index);
  const end = closed ? close.end : next ? next.index : body.length;
  const html = body.slice(start, closed ? close.index : end);
  const open = SUMMARY_OPEN.exec(html);
  if (!open) return null;
  const gt = html.indexOf('>', open.index);
  if (gt < 0) return null;
  const shut = SUMMARY_CLOSE.exec(html.slice(gt + 1));
  if (!shut) return null;
  const summaryLine = lineAt(html, gt + 1, line);
  const afterIndex = gt + 1 + shut.index + shut[0].length;
  const lines = numberedLines(ctx, html.slice(afterIndex), lineAt(html, afterIndex, line));
  const summaryText = textLine(ctx, stripTags(html.slice(gt + 1, gt + 1 + shut.index)).replace(/\n/g, ' '), summaryLine);
  return { block: { type: 'details', summary: summaryText, lines, line: summaryLine }, end };
}

/** `FROM nginx:alpine`, `COPY --from=build …`: a Dockerfile's instruction. */
const DOCKERFILE_LINE = /^(?:FROM|RUN|COPY|ADD|WORKDIR|CMD|ENTRYPOINT|ENV|EXPOSE|ARG|USER|LABEL|VOLUME|HEALTHCHECK|ONBUILD|STOPSIGNAL|SHELL)[ \t]+\S/;

/**
 * `tcp-backlog 511`, `bind 127.0.0.1`, `daemonize yes`: a `key value` line of a config file (redis.conf,
 * sshd_config). A value of plain words needs a key no word is spelt like (`maxmemory-policy noeviction`).
 */
function isSettingLine(line: string): boolean {
  const setting = /^([a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*)[ \t]+(\S+(?:[ \t]+\S+)?)[ \t]*$/.exec(line.trim());
  if (!setting) return false;
  const [, key = '', value = ''] = setting;
  if (/[^\x00-\x7f]/.test(value)) return false;
  return /[-_.]/.test(key) || /[\d/."_-]/.test(value) || /^(?:yes|no|on|off|true|false|none)$/i.test(value);
}

/** A line of code that can stand without a fence around it: a Dockerfile's, a command's (`kubectl get pods`) or a config file's. */
const isUnfencedCodeLine = (line: string): boolean => DOCKERFILE_LINE.test(line) || isCommandLine(line) || isSettingLine(line);

/**
 * `# Stage 2: Final image`: a level-one heading, the only kind a `#` comment is read as. One numbered
 * (`# 19、写一个防火墙配置脚本`) is an exercise's heading over its answer.
 */
function isHashHeading(token: Token | undefined): token is Tokens.Heading {
  return token?.type === 'heading' && (token as Tokens.Heading).depth === 1 && /^#[ \t]/.test(token.raw) && !/^(?:\d+[、.．)）]|Q\d)/i.test((token as Tokens.Heading).text.trim());
}

/** A blank line follows `raw`: what comes next is no longer the same block of code. */
const endsInBlankLine = (raw: string): boolean => /\n[ \t]*\n[ \t]*$/.test(raw);

/**
 * How many tokens from `at` are code pasted without its fence whose `#` comments marked reads as
 * headings: `# Stage 2: Final image` right over `FROM nginx:alpine`, a run of `#` lines one of which
 * is a commented-out setting (`# maxmemory-samples 5`). 0 when the heading is a heading.
 */
function pastedCodeLength(tokens: readonly Token[], at: number): number {
  let end = at;
  while (isHashHeading(tokens[end]) && !endsInBlankLine((tokens[end] as Token).raw)) end++;
  const next = tokens[end];
  if (end > at && next?.type === 'paragraph' && isUnfencedCodeLine(firstLine(next.raw))) return end - at + 1;
  const run = end - at + (isHashHeading(next) ? 1 : 0);
  return run >= 2 && tokens.slice(at, at + run).some((t) => isSettingLine((t as Tokens.Heading).text)) ? run : 0;
}

/**
 * `#此参数确定了…` … `tcp-backlog 511`, `#volatile-lru：…` line after line: a config file's comments (no
 * space after `#`, so no heading), over its setting or on their own.
 */
function isPastedComments(raw: string): boolean {
  // Most paragraphs do not open with `#`: they cost one test, no split.
  if (!/^[ \t]*#[^\s#]/.test(raw)) return false;
  const lines = trimNewlines(raw).split('\n').map((l) => l.trim());
  return isUnfencedCodeLine(lines.at(-1) ?? '') || (lines.length >= 2 && lines.every((l) => l.startsWith('#')));
}

/** Where the outline had to leave something out: `line` in the file, and why. */
export type OutlineWarn = (line: number, message: string) => void;

const GLUED_HEADING = /^( {0,3}#{2,6})(?=[^\s#])/gm;

/**
 * `####rewrite`, `#####匹配顺序：`: a heading typed without the space after its marks, as older editors
 * took it. Given its space, outside fences; one `#` glued to a word is a tag or a config file's comment.
 */
function withHeadingSpaces(body: string): string {
  GLUED_HEADING.lastIndex = 0;
  if (!GLUED_HEADING.test(body)) return body;
  const fenced = fenceTracker();
  return body
    .split('\n')
    .map((line) => (fenced(line) ? line : line.replace(GLUED_HEADING, '$1 ')))
    .join('\n');
}

/** `body` starts at file line `bodyLine`; CRLF must already be LF. */
export function buildOutline(file: string, text: string, bodyLine: number, warn: OutlineWarn = () => {}): Outline {
  // A change saved as a note (`pr2.md`: `--- a/…`, `+++ b/…`, `@@ -169,6 +169,10 @@`): lines of code, not notes.
  if (isPastedPatch(text)) {
    warn(bodyLine, 'reads as a patch (a diff) pasted without a code fence: nothing is asked from it');
    return { file, sections: [] };
  }
  const body = withHeadingSpaces(text);
  const tokenizer = new BoundedTokenizer();
  // Block tokens only: every line's inline markdown is read once, by textLine, not here too.
  const tokens = new Lexer({ gfm: true, tokenizer }).blockTokens(body);
  const ctx: Context = { inline: new Lexer({ gfm: true, tokenizer: new BoundedTokenizer() }), long: [] };
  const details: DetailsFinder = { open: nextMatch(DETAILS_TAG, body), close: nextMatch(DETAILS_CLOSE, body) };
  const finder = new LineFinder(body, bodyLine);
  const sections: OutlineSection[] = [];
  let current: OutlineSection = { path: [], depth: 0, line: bodyLine, blocks: [] };
  sections.push(current);
  const stack: { depth: number; title: string }[] = [];
  let offset = 0;
  // Blocks of code found without a fence (`#` comments over settings), against every block of text.
  let pasted = 0;
  let blocks = 0;

  // Lines are counted forward from the last token, never from the top: a long note stays linear.
  let counted = 0;
  let countedLine = bodyLine;
  const lineOf = (index: number): number => {
    for (; counted < index && counted < body.length; counted++) if (body.charCodeAt(counted) === 10) countedLine++;
    return countedLine;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const at = body.indexOf(token.raw, offset);
    const start = at >= 0 ? at : offset;
    // marked rewrites a few raws (a paragraph line indented like code gains a blank line before it).
    // Such a raw is not in the body, and skipping its length would overshoot: the next token would be
    // found at a later copy of itself (a `---` further down), and every line after it counted wrong.
    offset = at >= 0 ? start + token.raw.length : start;
    const line = lineOf(start);

    switch (token.type) {
      case 'heading': {
        const codeTokens = pastedCodeLength(tokens, i);
        if (codeTokens > 0) {
          const raws = tokens.slice(i, i + codeTokens).map((t) => t.raw);
          current.blocks.push({ type: 'code', lang: '', text: stripControl(trimNewlines(raws.join(''))), line });
          pasted++;
          blocks++;
          for (const raw of raws.slice(1)) {
            const at = body.indexOf(raw, offset);
            if (at >= 0) offset = at + raw.length;
          }
          i += codeTokens - 1;
          break;
        }
        const heading = token as Tokens.Heading;
        while (stack.length && (stack[stack.length - 1] as { depth: number }).depth >= heading.depth) stack.pop();
        // `## AUFS {#2}`: a heading id (kramdown, pandoc) is markup; `====` kept in a title is the rule of a
        // reStructuredText-style over- and underlined heading.
        // (`## # Daily Tasks`, `#### #vue 的生命周期`: a heading mark typed twice is no part of the title either.)
        const bare = withoutAnchorLinks(heading.text).replace(/\s*\{#[^}\s]*\}\s*$/u, '').replace(/(?:^|\s)[=-]{3,}(?=\s|$)/gu, ' ').replace(/^#+(?:\s+|(?=[^\s\d#]))/u, '').trim();
        // `Envoy 的整体配置结构如下：`: a heading that leads into what follows names it without its pointer words.
        const named = textLine(ctx, bare || heading.text, line).text.replace(/[:：]\s*$/, '');
        const title = withoutFilingMarks(named.replace(LEADS_INTO, '').replace(WHERE_IN_PICTURE, '')) || named;
        stack.push({ depth: heading.depth, title });
        // `# Table Of Contents` over the whole note (its links, then every section below it as a
        // sub-heading): the list's own heading, no topic of the sections it happens to stand over.
        const topics = stack.filter((s, at) => (at === stack.length - 1 || !CONTENTS_TITLE.test(s.title)) && !ADDRESS_TITLE.test(s.title));
        current = { path: topics.map((s) => s.title), depth: heading.depth, line, blocks: [] };
        sections.push(current);
        break;
      }
      case 'paragraph':
        blocks++;
        if (isPastedComments(token.raw)) {
          current.blocks.push({ type: 'code', lang: '', text: stripControl(trimNewlines(token.raw)), line });
          pasted++;
        } else current.blocks.push({ type: 'paragraph', lines: paragraphLines(ctx, token.raw, line), line });
        break;
      case 'list':
        blocks++;
        current.blocks.push(listFrom(ctx, token as Tokens.List, line, finder));
        break;
      case 'code':
        current.blocks.push({
          type: 'code',
          lang: stripControlLine((token as Tokens.Code).lang ?? ''),
          text: stripControl((token as Tokens.Code).text),
          line,
        });
        break;
      case 'blockquote': {
        // `[ \t]*`, not `\s*`: that one runs across blank lines, quadratic on a run of them.
        const raw = token.raw.replace(/^[ \t]*>[ \t]?/gm, '');
        // `> [!tip] CKA Exam`: a callout's type marker is markup; its title stays.
        const callout = /^\s*\[![a-z]+\][+-]?[ \t]*/i.exec(raw);
        const quote: Extract<OutlineBlock, { type: 'quote' }> = { type: 'quote', lines: paragraphLines(ctx, callout ? raw.slice(callout[0].length) : raw, line), line };
        if (callout) quote.callout = true;
        current.blocks.push(quote);
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        const rows = table.rows.map((row) => row.map((cell) => textLine(ctx, cell.text, line)));
        const block: Extract<OutlineBlock, { type: 'table' }> = {
          type: 'table',
          header: table.header.map((cell) => textLine(ctx, cell.text, line).text),
          rows: rows.map((row) => row.map((cell) => cell.text)),
          line,
        };
        // `[System Design](topics/system-design/) | Thundering herd, …`: every row opens with a link to a page of the notes.
        if (rows.length >= 2 && rows.every((row) => row[0]?.opensWithPageLink)) block.contents = true;
        current.blocks.push(block);
        break;
      }
      case 'html': {
        if (opensDetails(token.raw)) {
          const block = detailsBlock(ctx, details, body, start, line);
          if (block) {
            current.blocks.push(block.block);
            // Skip the tokens marked made of the block's inside.
            while (i + 1 < tokens.length && offset < block.end) {
              const next = tokens[i + 1] as Token;
              const at = body.indexOf(next.raw, offset);
              if (at < 0 || at >= block.end) break;
              offset = at + next.raw.length;
              i++;
            }
            offset = Math.max(offset, block.end);
            break;
          }
        }
        const text = clean(stripTags(token.raw));
        if (text) current.blocks.push({ type: 'html', text, line });
        break;
      }
      default:
        break;
    }
  }
  if (tokenizer.deepest !== null) {
    const at = tokenizer.deepest ? body.indexOf(tokenizer.deepest) : -1;
    warn(at < 0 ? bodyLine : lineAt(body, at, bodyLine), `lists or quotes nested more than ${MAX_NESTING} levels deep: the deeper levels are read as plain text`);
  }
  if (ctx.long.length) {
    const lines = new Set(ctx.long);
    const first = ctx.long.reduce((a, b) => Math.min(a, b));
    const more = lines.size - 1;
    warn(first, `line longer than ${MAX_INLINE} characters: only its first ${MAX_INLINE} are read${more ? ` (and ${more} more such ${more === 1 ? 'line' : 'lines'})` : ''}`);
  }
  // `redis.conf` saved as a note: its comments are no headings and its settings no terms.
  if (pasted >= PASTED_CONFIG_BLOCKS && pasted * 2 >= blocks) {
    warn(bodyLine, 'reads as a configuration file pasted without a code fence (`#` comments over settings): nothing is asked from it');
    return { file, sections: [] };
  }
  return { file, sections: sections.filter((s) => s.blocks.length > 0 || s.path.length > 0) };
}

/** A diff outside any code fence: a `+++ ` line of a file's new side and a hunk header (`@@ -169,6 +169,10 @@`). */
function isPastedPatch(body: string): boolean {
  if (!body.startsWith('@@ -') && !body.includes('\n@@ -')) return false;
  const fenced = fenceTracker();
  let newSide = false;
  let hunk = false;
  for (const line of body.split('\n')) {
    if (fenced(line)) continue;
    if (/^\+\+\+ \S/.test(line)) newSide = true;
    else if (/^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/.test(line)) hunk = true;
    if (newSide && hunk) return true;
  }
  return false;
}

/** Blocks of unfenced code in a note, at least half its text, that make it a config file rather than notes. */
const PASTED_CONFIG_BLOCKS = 5;

/**
 * `Contents [[↑](#top)]`, `Setup [↩](#index)`: a link back into the note, put in a heading for
 * navigation, is not part of its title.
 */
function withoutAnchorLinks(text: string): string {
  return (
    text
      .replace(/\s*\[?\[[^\]]*\]\(#[^)\s]*\)\]?/g, '')
      // `介绍[¶](https://…/#_1)`: a heading copied from a web page keeps its permalink, wherever it points.
      .replace(/\s*\[(?:¶|§|#|🔗|⚓\uFE0E?|permalink)\]\([^)\s]*\)/giu, '')
      .trim() || text
  );
}
