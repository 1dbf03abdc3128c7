/** A token of the seed text with its offsets (JavaScript string indices). */
export interface Token {
  text: string;
  /** Lower case, with curly apostrophes folded to straight ones. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

// Numbers with thousands separators or decimals first, then words (letters/digits joined by
// apostrophes, hyphens or inner dots: "Mali’s", "al-Qaeda", "30-day", "U.S"), then any other
// single non-space character.
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?![\p{L}\p{N}'’\-]|\.\d)|[\p{L}\p{M}\p{N}]+(?:[-‐‑'’.][\p{L}\p{M}\p{N}]+)*|\S/gu;

// A token's kind and lower-case form depend on its spelling only: remembered per spelling
// (bounded; starts over when full).
const tokenForms = new Map<string, { kind: Token['kind']; lower: string }>();

/** Tokens of `text` between `from` and `to`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to) {
    let t = m[0];
    // A token running past the range end (a word cut by the sentence boundary) is cut there.
    if (m.index + t.length > to) t = t.slice(0, to - m.index);
    let form = tokenForms.get(t);
    if (!form) {
      form = { kind: /^\d[\d,.]*$/.test(t) ? 'number' : /[\p{L}\p{N}]/u.test(t) ? 'word' : 'punct', lower: t.toLowerCase().replace(/’/g, "'") };
      if (tokenForms.size >= 100_000) tokenForms.clear();
      tokenForms.set(t, form);
    }
    out.push({ text: t, lower: form.lower, start: m.index, end: m.index + t.length, kind: form.kind });
  }
  return out;
}

export const isCapitalized = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
export const isAcronym = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}[\p{Lu}\d]+$/u.test(t.text) && t.text.length >= 2;
export const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

/** Opening and closing quotation marks (curly and straight, double and single). */
export const DOUBLE_OPEN = '“„«';
export const DOUBLE_CLOSE = '”»';
export const isQuoteMark = (t: Token | undefined): boolean => !!t && t.kind === 'punct' && /^["“”„«»‘’']$/.test(t.text);

/** Possessive ending of a word ("Mali’s" → "Mali"). */
export const stripPossessive = (s: string): string => s.replace(/['’]s$/u, '');

/** Token i is the dot of an abbreviation ("U.N.", "U.S.", "Gen."), not a sentence or phrase end. */
export const isAbbreviationDot = (tokens: Token[], i: number): boolean =>
  tokens[i]?.text === '.' && !!tokens[i - 1] && tokens[i - 1].end === tokens[i].start && /^(?:\p{Lu}(?:\.\p{Lu})+|St|Mt|Ft|Gen|Col|Lt|Sgt|Capt|Maj|Brig|Adm|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Jr|Sr)$/u.test(tokens[i - 1].text);

/**
 * Index of the first token that ends after `offset`, or `tokens.length` when none does
 * (`tokens.findIndex((t) => t.end > offset)` by binary search: tokens are in order and do not overlap).
 */
export function firstEndingAfter(tokens: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
