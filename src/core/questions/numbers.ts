import { readOnce } from '../text/index.js';

// Numbers worth blanking in a sentence (`6443`, `30s`, `2 GiB`, `三个`, `三层`) and plausible
// neighbours for them. Pure.

export interface NumberToken {
  /** The token as written: `30s`, `3 个`, `三层`. */
  text: string;
  /** Offset of the token in the sentence. */
  index: number;
  value: number;
  /** Digits after the decimal point (`1.33` → 2). */
  decimals: number;
  /** Unit or counter as written (`s`, `个`, `GiB`, `层`), '' for a bare number. */
  unit: string;
  /** A space between number and unit. */
  spaced: boolean;
  script: 'arabic' | 'han';
}

const UNITS = [
  'GiB', 'MiB', 'KiB', 'TiB', 'Gi', 'Mi', 'Ki', 'GB', 'MB', 'KB', 'TB', 'B',
  'ms', 'min', 's', 'h', 'd', '%',
  '分钟', '小时', '个', '次', '秒', '天', '年', '月', '台', '种', '位', '核', '倍', '层', '级', '步', '阶段', '副本', '节点',
];
const ARABIC = new RegExp(
  `(?<![A-Za-z0-9_./:\\-]|\\d,)(\\d+(?:\\.\\d+)?)(?:(\\s?)(${UNITS.join('|')}))?(?![A-Za-z0-9_/\\-]|\\.\\d|,\\d{3})`,
  'gu',
);

const HAN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const HAN_COUNTERS = ['个', '种', '次', '类', '阶段', '步', '层', '级', '台', '副本', '节点', '大'];
const HAN = new RegExp(`(?<![一二两三四五六七八九十百千万第])([二两三四五六七八九十])(${HAN_COUNTERS.join('|')})`, 'gu');

function hanValue(char: string): number {
  return char === '两' ? 2 : HAN_DIGITS.indexOf(char);
}

/** A pattern for 1 to 10 written as a Han numeral (`[两二]` for 2, which is written both ways). */
export function hanNumeral(value: number): string {
  return value === 2 ? '[两二]' : (HAN_DIGITS[value] ?? '');
}

/** What every token needs: an Arabic digit (`\d` is ASCII only) or a Han numeral HAN takes. */
const ANY_NUMBER = /[0-9二两三四五六七八九十]/;

const scanOnce: (text: string) => readonly NumberToken[] = readOnce((text) => scanNumbers(text), 20_000);

/** Number tokens in text order. Memoised (the pool and cloze read the same texts): a fresh array each call. */
export function findNumbers(text: string): NumberToken[] {
  if (!ANY_NUMBER.test(text)) return [];
  return scanOnce(text).map((t) => ({ ...t }));
}

const HTTP_STATUS = new Set(['400', '401', '403', '404', '409', '429', '500', '502', '503', '504']);

function scanNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const digits = m[1] ?? '';
    const value = Number(digits);
    if (!Number.isFinite(value)) continue;
    // `returns 404s`, `5xx`-style `500s`: HTTP status codes in the plural, not seconds.
    if (m[3] === 's' && !m[2] && HTTP_STATUS.has(digits)) continue;
    tokens.push({
      text: m[0],
      index: m.index ?? 0,
      value,
      decimals: digits.includes('.') ? (digits.split('.')[1] ?? '').length : 0,
      unit: m[3] ?? '',
      spaced: (m[2] ?? '') !== '',
      script: 'arabic',
    });
  }
  for (const m of text.matchAll(HAN)) {
    const value = hanValue(m[1] ?? '');
    if (value < 2) continue;
    tokens.push({ text: m[0], index: m.index ?? 0, value, decimals: 0, unit: m[2] ?? '', spaced: false, script: 'han' });
  }
  return tokens.sort((a, b) => a.index - b.index);
}

/** A bare four-digit number from 1970 to 2039 reads as a year. */
export function isYear(token: Pick<NumberToken, 'script' | 'unit' | 'decimals' | 'value'>): boolean {
  return token.script === 'arabic' && (!token.unit || token.unit === '年') && token.decimals === 0 && token.value >= 1970 && token.value <= 2039;
}

/** Same kind of quantity: same script, same unit, integers with integers. */
export function sameKind(a: NumberToken, b: Pick<NumberToken, 'script' | 'unit' | 'decimals'>): boolean {
  return a.script === b.script && a.unit.toLowerCase() === b.unit.toLowerCase() && (a.decimals > 0) === (b.decimals > 0);
}

/** Writes `value` the way `like` is written (decimals, unit, spacing, script). */
export function formatLike(like: NumberToken, value: number): string {
  if (like.script === 'han') {
    const two = like.unit === '层' || like.unit === '级' ? '二' : like.text.startsWith('二') ? '二' : '两';
    const digit = value === 2 ? two : (HAN_DIGITS[value] ?? String(value));
    return `${digit}${like.unit}`;
  }
  const digits = like.decimals > 0 ? value.toFixed(like.decimals) : String(Math.round(value));
  return like.unit ? `${digits}${like.spaced ? ' ' : ''}${like.unit}` : digits;
}

/** How salient a token is as a fact to recall: ports and sizes first, then counted things. */
export function salience(token: NumberToken): number {
  if (token.script === 'han') return 2;
  const digits = token.text.replace(/\D/g, '').length;
  if (token.decimals === 0 && digits >= 3) return 3;
  if (token.unit) return 2;
  return token.decimals > 0 ? 2 : 1;
}

/** `64`, `2048`: a whole power of two. */
export function isPowerOfTwo(v: number): boolean {
  return Number.isInteger(v) && v > 0 && (v & (v - 1)) === 0;
}

/**
 * Generated values near `token`, in order of plausibility; never the value itself. Never 0 or
 * below: what notes count, size, time and number (replicas, `MiB`, `个`, seconds, ports) is
 * positive, so `0 MiB` or `-1` would be a giveaway. An answer of 0 gets 1, 2, 5… Percentages
 * alone may be offered 0 (`maxUnavailable: 0%` is a setting).
 */
export function neighbours(token: NumberToken): number[] {
  const v = token.value;
  const zeroMeans = token.unit === '%';
  const out: number[] = [];
  const add = (n: number): void => {
    const rounded = Number(n.toFixed(token.decimals));
    if (rounded === v || out.includes(rounded)) return;
    // A share is at most the whole: `100.1%` would give itself away as wrong.
    if (token.unit === '%' && v <= 100 && rounded > 100) return;
    if (rounded > 0 || (zeroMeans && rounded === 0)) out.push(rounded);
  };
  if (token.script === 'han') {
    for (const n of [v + 1, v - 1, v + 2, v - 2, v + 3]) if (n >= 2 && n <= 10) add(n);
    return out;
  }
  if (token.decimals > 0) {
    const step = 10 ** -token.decimals;
    for (const k of [1, -1, 2, -2, 3]) add(v + k * step);
    return out;
  }
  const digits = String(Math.round(v)).length;
  // `111111`, a number written in binary: other strings of 0s and 1s as long, one digit flipped.
  const written = String(Math.round(v));
  if (digits >= 4 && /^1[01]+$/.test(written) && written.replace(/0/g, '').length >= 2 && !token.unit) {
    for (const at of [digits - 1, digits - 2, 1, 2, digits - 3]) add(Number(written.slice(0, at) + (written[at] === '1' ? '0' : '1') + written.slice(at + 1)));
    return out;
  }
  // `2048` bits, `1024` entries: a power of two among powers of two, never 2047 or 2049.
  if (isPowerOfTwo(v) && v >= 64) {
    for (const n of [v * 2, v / 2, v * 4, v / 4]) add(n);
    return out;
  }
  // `99999`: a limit written as all nines among other runs of nines (`9999`, `999999`), never 99998.
  if (digits >= 3 && /^9+$/.test(written)) {
    for (const n of [Math.floor(v / 10), v * 10 + 9, Math.floor(v / 100), v * 100 + 99]) if (n >= 9) add(n);
    return out;
  }
  // Sizes and durations (`512MB`, `300 秒`): wrong answers a power of two away, not one apart. (Not for an odd
  // figure like `253`: with no halves, its doubles alone would all be multiples of the answer.)
  if (token.unit && token.unit !== '%' && digits >= 3 && !isYear(token) && v % 4 === 0) {
    for (const n of [v * 2, v / 2, v * 4, v / 4, v * 10]) if (Number.isInteger(n)) add(n);
    return out;
  }
  if (isYear(token)) {
    for (const n of [v - 1, v + 1, v - 2, v + 2, v - 3]) add(n);
    return out;
  }
  if (digits >= 3) {
    // A round number (`300` seconds, `8080`) among 299 and 301 stands out: as round as it.
    const zeros = String(Math.round(v)).match(/0+$/)?.[0].length ?? 0;
    if (zeros > 0) {
      const step = 10 ** zeros;
      for (const n of [v + step, v - step, v * 2, v + 2 * step, v / 2, v - 2 * step]) if (n % step === 0 && String(n).length === digits) add(n);
      if (out.length >= 3) return out;
    }
    // Ports and sizes: a nearby number of the same length.
    const unitStep = 10 ** (digits - 2);
    for (const n of [v + 1, v - 1, v + unitStep, v - unitStep, v + 10]) if (String(n).length === digits) add(n);
    return out;
  }
  // `10 秒`, `30%` among 9 and 11, 29 and 31 stands out too: a round answer among round ones.
  if (v >= 5 && v % 5 === 0) {
    for (const n of [v * 2, v / 2, v + 5, v - 5, v * 3]) if (Number.isInteger(n)) add(n);
    if (out.length >= 3) return out;
  }
  if (v <= 10) {
    for (const n of [v + 1, v - 1, v * 2, v + 2, v - 2, v + 5, 10]) add(n);
    return out;
  }
  for (const n of [v * 2, Math.round(v / 2), v + 10, v - 10, v + 5]) add(n);
  return out;
}

/** What separates the items of an enumeration: `、`, `和`, `与`, `,`, `and`, `or`. */
const ITEM_SEPARATOR = /\s*(?:[、,，/]|和|与|及|以及|或|或者|\band\b|\bor\b)\s*/;
/** Words that lead into an enumeration and are not an item: `包括`, `分为`, `including`. */
const ENUMERATION_LEAD = /^.*?(?:包括|包含|分为|分成|有|由|提供|支持|including|includes|include|namely|:|：)\s*/i;

/**
 * How many items the clause right before (or right after) a number lists, read a few ways
 * (0 where it lists none): `包括预选和优选两阶段` → 2, `三种：A、B、C` → 3. The clause ends at sentence
 * punctuation; an item is a short run of words, so prose is not counted.
 */
export function enumerationCount(text: string, index: number, length: number): number[] {
  const count = (clause: string): number => {
    const body = clause.replace(ENUMERATION_LEAD, '');
    const items = body.split(ITEM_SEPARATOR).map((s) => s.trim()).filter(Boolean);
    if (items.length < 2) return 0;
    // `调用了具体provisioner的Provision和Delete`: the first item starts after the clause's own words.
    items[0] = (items[0] as string).split(/[的了是为有]|\s/u).pop() ?? '';
    if (items.some((item) => !item || item.length > 24)) return 0;
    return items.length;
  };
  const head = text.slice(0, index);
  // The clause before, cut at a comma or not (`Retained， Recycled 和 Deleted三种` lists across commas).
  // A full stop ends a clause; a dot inside a name (`ca.crt`) does not.
  // `!=` is an operator, not the end of a sentence.
  const clauses = head.split(/[，。；;！？]|[!?](?!=)|\.(?![\w])/);
  const clause = clauses.pop() ?? '';
  // `同时指定了 nodeSelector 和 nodeAffinity，则…必须同时满足两个条件`: the clause before lists them.
  const before = head.endsWith(clause) && /[，,]$/.test(head.slice(0, head.length - clause.length)) ? (clauses.pop() ?? '') : '';
  const sentence = head.split(/[。；;！？]|[!?](?!=)|\.(?![\w])/).pop() ?? '';
  const after = text.slice(index + length);
  // `两种 级联删除 的模式：background 模式和 foreground 模式`: the list after a short lead-in, spaces and all.
  // (`5中服务发现模式，分别是：…`: one comma may stand before the words that start the list.)
  const lead = /^[^。；;，,!?！？]{0,14}?(?:[:：]|即|分别是|分别为|包括|including)\s*|^[^。；;，,!?！？]{0,14}[，,]\s*(?:分别是|分别为|包括|即)[:：]?\s*/u.exec(after);
  const following = lead ? (after.slice(lead[0].length).split(/[。；;!?！？]|\.(?![\w])/)[0] ?? '') : '';
  // `三个系统保留的命名空间default、kube-system、kube-public`: the names the counted noun goes on to list.
  const rest = after.split(/[，,。；;!?！？]|\.(?![\w])/)[0] ?? '';
  // `有两种模式，反射模式和源码模式，…`: the clause after the counted noun, each item named with that noun.
  const noun = /^\s*([^。；;，,!?！？\s]{1,6})[，,]\s*([^，,。；;!?！？]+)/u.exec(after);
  const kind = noun ? (noun[1] as string).slice(-2) : '';
  const named = noun && (noun[2] as string).split(ITEM_SEPARATOR).every((item) => item.trim().endsWith(kind)) ? count(noun[2] as string) : 0;
  return [count(clause), count(sentence), following ? count(following) : 0, before ? count(before) : 0, /、/u.test(rest) ? count(rest) : 0, named];
}
