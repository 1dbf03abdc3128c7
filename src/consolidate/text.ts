// Text helpers shared by the consolidation modules: folding, tokens, shingles, similarity.
// Everything is deterministic and allocation-light (10,000 reports must stay cheap).

// Folding lives in the text model: `fold` here is `foldText` (prose: lower case, no accents, plain
// quotes and dashes).
export { foldText as fold, nameKey, slug } from '../text/fold.ts';
import { foldText as fold, nameKey } from '../text/fold.ts';

/** Word tokens of folded text; in-word hyphens and apostrophes are dropped (`co-ordinated` = `coordinated`). */
export function words(s: string): string[] {
  return fold(s).replace(/(?<=[a-z0-9])['-](?=[a-z0-9])/g, '').match(/[a-z0-9]+/g) ?? [];
}

// Function words and newsroom boilerplate: they say nothing about which incident a text is about.
const STOP = new Set(
  (
    'a an and are as at be been being but by for from had has have he her his i in into is it its of on or our she ' +
    'that the their them then there these they this those to was we were which while who whom will with would ' +
    'not no also after before over under about against between during than more most other such only own same so ' +
    'can could may might must shall should up down out off again further once here when where why how all any both ' +
    'each few some very just said says say told according reported reports report news statement added ' +
    'one two three four five six seven eight nine ten s t us you your my me him'
  ).split(' '),
);

/** Content tokens: words minus function words, numbers kept (they are distinctive). */
export function contentWords(s: string): string[] {
  return words(s).filter((w) => w.length > 1 && !STOP.has(w));
}

/** A crude stem so `attacks`/`attacked`/`attacking` meet; enough for overlap measures. */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  return w.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s)$/, '') || w;
}

/** 32-bit FNV-1a hash of a string. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Short hex digest for ids (stable across runs and machines). */
export function shortHash(s: string, length = 6): string {
  // Two FNV passes with different salts give 64 bits: plenty for ids within one site.
  const a = hash32(s).toString(16).padStart(8, '0');
  const b = hash32(`#${s}`).toString(16).padStart(8, '0');
  return (a + b).slice(0, length);
}

/** Mixes a 32-bit value (murmur3 finalizer). */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashed word n-gram shingles of a token list (order-sensitive combination of token hashes). */
export function shingles(tokens: readonly string[], n: number): Set<number> {
  const out = new Set<number>();
  const th = tokens.map(hash32);
  for (let i = 0; i + n <= th.length; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < n; k++) h = mix32((h ^ th[i + k]) + k);
    out.add(h);
  }
  return out;
}

/** |A ∩ B|. */
export function intersectionSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** |A ∩ B| / min(|A|, |B|): how much of the shorter text is found in the longer one. */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const m = Math.min(a.size, b.size);
  return m ? intersectionSize(a, b) / m : 0;
}

/** Jaccard similarity of two sets. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const i = intersectionSize(a, b);
  const u = a.size + b.size - i;
  return u ? i / u : 0;
}

/** Character trigrams of the letters and digits of a text (robust to spacing, hyphens, punctuation). */
export function charTrigrams(s: string): Set<string> {
  const t = nameKey(s);
  const out = new Set<string>();
  if (t.length < 3) {
    if (t) out.add(t);
    return out;
  }
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
}

/** Dice coefficient of two sets. */
export function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const total = a.size + b.size;
  return total ? (2 * intersectionSize(a, b)) / total : 0;
}

/** Optimal-string-alignment edit distance (transpositions count one), bounded: returns `limit + 1` once exceeded. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i][j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length][b.length];
}

/** Byte-order string comparison (locale-independent, deterministic). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted copy of unique strings. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(cmp);
}

/** The most frequent value; ties go to the value seen first (callers pass values in a stable order). */
export function mode<T>(values: readonly T[], key: (v: T) => string = (v) => String(v)): T | undefined {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1 });
  }
  let best: { v: T; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.v;
}

/** Days between two ISO dates (`YYYY-MM-DD`, or coarser prefixes read as their first day). */
export function daysBetween(a: string, b: string): number {
  return Math.abs(dayNumber(a) - dayNumber(b));
}

const DAYS = new Map<string, number>();

/** Days since 1970-01-01 of an ISO date (coarser prefixes read as their first day); memoized. */
export function dayNumber(d: string): number {
  let n = DAYS.get(d);
  if (n === undefined) {
    n = Math.floor(Date.parse(`${(d + '-01-01').slice(0, 10)}T00:00:00Z`) / 86400000);
    DAYS.set(d, n);
  }
  return n;
}

/** "A, B and C". */
export function listText(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
