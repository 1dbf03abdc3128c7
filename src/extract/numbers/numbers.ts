// Number expressions in digits and words ("80", "1,500", "seven", "twenty-one", "two hundred",
// "a dozen", "dozens of", "several hundred", "2.5 million", "between 20 and 30"), with their
// qualifier ("more than", "at least") and what kind of figure they are.
import { PREPOSITIONS, CONJUNCTIONS, AUXILIARIES, SUBORDINATORS, DETERMINERS } from '../../text/lexicons/grammar.ts';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_UNITS, MULTIPLIERS, NUMBER_WORDS, ORDINAL_WORDS, QUALIFIERS, TIME_UNITS, VAGUE_AMOUNTS } from '../../text/lexicons/quantities.ts';

const YEAR_PREPOSITIONS = new Set(['in', 'since', 'until', 'by', 'from', 'of', 'during', 'early', 'late', 'mid', 'before', 'after', 'between', 'till']);
import type { Token } from '../../text/tokens.ts';
import { MONTH_WORDS } from '../../text/lexicons/calendar.ts';

export type NumberKind = 'count' | 'ordinal' | 'duration' | 'year' | 'percent' | 'money' | 'date' | 'age' | 'measure' | 'time';

export interface NumberMention {
  value: number;
  max: number | null;
  approximate: boolean;
  qualifier: string | null;
  kind: NumberKind;
  /** First token of the expression (qualifier included). */
  first: number;
  /** First token of the number itself. */
  numFirst: number;
  /** Token after the expression (after multipliers, "%", currency or time unit). */
  next: number;
  /** Written in words ("seven"), not digits. */
  word: boolean;
  /** "day" in "30-day", "week" in "two-week": the unit written into the number's own token. */
  hyphenUnit: string | null;
  /** Currency or time unit when the kind is money or duration. */
  measure: string | null;
}

interface Parsed {
  value: number;
  next: number;
  word: boolean;
  approximate: boolean;
  hyphenUnit: string | null;
  ordinal: boolean;
}

/** Words that take "over" as their own preposition ("control over three bases"): there "over" is no qualifier. */
const OVER_GOVERNORS = new Set(['control', 'power', 'authority', 'concern', 'concerns', 'sovereignty', 'influence', 'victory', 'jurisdiction', 'dispute', 'tensions', 'took', 'taken', 'take', 'takes', 'handed', 'hand', 'presided', 'fight', 'fighting', 'clashes', 'rule', 'grip', 'hold', 'watch']);

const wordValue = (w: string): number | undefined => {
  if (NUMBER_WORDS[w] !== undefined) return NUMBER_WORDS[w];
  const parts = w.split('-');
  if (parts.length === 2 && NUMBER_WORDS[parts[0]] >= 20 && NUMBER_WORDS[parts[1]] < 10) return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]];
  return undefined;
};

/** Words that can start a number expression (besides digits and hyphenated number words). */
const STARTERS = new Set([...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_WORDS), ...Object.keys(VAGUE_AMOUNTS), 'a', 'an', 'half', 'several', 'few', 'tens']);

// Whether a word may start a number, by spelling (remembered; bounded, starts over when full):
// most words of a sentence are asked, and the same words recur.
const mayStartCache = new Map<string, boolean>();
function mayStartNumber(lower: string): boolean {
  let may = mayStartCache.get(lower);
  if (may === undefined) {
    // The part before a hyphen ("twenty-one", "two-week"); without one, slice(0, -1) drops the last letter ("tens").
    may = /^\d/.test(lower) || STARTERS.has(lower) || STARTERS.has(lower.slice(0, lower.indexOf('-')));
    if (mayStartCache.size >= 100_000) mayStartCache.clear();
    mayStartCache.set(lower, may);
  }
  return may;
}

/** Parses the number starting at token i, or null. */
function parseAt(tokens: Token[], i: number): Parsed | null {
  const t = tokens[i];
  const lower = t.lower;
  if (t.kind === 'punct') return null;
  if (t.kind === 'word' && !mayStartNumber(lower)) return null;
  let value: number | undefined;
  let next = i + 1;
  let word = false;
  let approximate = false;
  let hyphenUnit: string | null = null;
  let ordinal = false;
  if (t.kind === 'number') {
    value = Number(t.text.replace(/,/g, ''));
  } else if (t.kind === 'word') {
    let m: RegExpExecArray | null;
    if ((m = /^(\d+(?:\.\d+)?)[-‐‑](\p{L}[\p{L}-]*)$/u.exec(t.text))) {
      value = Number(m[1]);
      hyphenUnit = m[2].toLowerCase();
    } else if ((m = /^(\d+(?:\.\d+)?)(bn|tn|trn|mn|m|k)$/i.exec(t.text)) && (/^(?:bn|tn|trn|mn)$/i.test(m[2]) || CURRENCY_SYMBOLS.test(tokens[i - 1]?.text ?? ''))) {
      // "$2.7bn", "£40m", "€50k": abbreviated multipliers ("3m" alone may be metres).
      const mult = { bn: 1e9, tn: 1e12, trn: 1e12, mn: 1e6, m: 1e6, k: 1e3 }[m[2].toLowerCase()]!;
      return { value: Math.round(Number(m[1]) * mult), next: i + 1, word: false, approximate: false, hyphenUnit: null, ordinal: false };
    } else if ((m = /^(\d+)(?:st|nd|rd|th)$/i.exec(t.text))) {
      value = Number(m[1]);
      ordinal = true;
    } else if (ORDINAL_WORDS[lower] !== undefined) {
      value = ORDINAL_WORDS[lower];
      ordinal = true;
      word = true;
    } else if ((value = wordValue(lower)) !== undefined) {
      word = true;
    } else if (lower.includes('-')) {
      // "two-week", "three-day", "twenty-one-year-old"
      const parts = lower.split('-');
      for (let k = parts.length - 1; k >= 1; k--) {
        const v = wordValue(parts.slice(0, k).join('-'));
        if (v !== undefined) {
          value = v;
          word = true;
          hyphenUnit = parts.slice(k).join('-');
          break;
        }
      }
    } else if (VAGUE_AMOUNTS[lower] !== undefined) {
      value = VAGUE_AMOUNTS[lower];
      word = true;
      approximate = true;
      // "tens of thousands", "hundreds of thousands"
    } else if (lower === 'tens' && tokens[i + 1]?.lower === 'of' && VAGUE_AMOUNTS[tokens[i + 2]?.lower ?? ''] !== undefined) {
      value = 10 * VAGUE_AMOUNTS[tokens[i + 2].lower];
      word = true;
      approximate = true;
      next = i + 3;
    } else if ((lower === 'a' || lower === 'an') && tokens[i + 1] && (tokens[i + 1].lower === 'dozen' || MULTIPLIERS[tokens[i + 1].lower])) {
      value = 1;
      word = true;
    } else if (lower === 'half' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'dozen') {
      return { value: 6, next: i + 3, word: true, approximate: false, hyphenUnit: null, ordinal: false };
    } else if ((lower === 'several' || lower === 'few') && tokens[i + 1] && (tokens[i + 1].lower === 'dozen' || MULTIPLIERS[tokens[i + 1].lower])) {
      value = lower === 'several' ? 3 : 2;
      word = true;
      approximate = true;
    }
  }
  if (value === undefined || Number.isNaN(value)) return null;
  if (ordinal || hyphenUnit) return { value, next, word, approximate, hyphenUnit, ordinal };
  // Tens and units written apart ("twenty five"), then multipliers ("two hundred", "1.5 million", "two dozen").
  if (word && value >= 20 && value % 10 === 0 && value < 100) {
    const u = tokens[next] && NUMBER_WORDS[tokens[next].lower];
    if (u !== undefined && u < 10 && u > 0) {
      value += u;
      next++;
    }
  }
  for (;;) {
    const n = tokens[next];
    if (!n || n.kind !== 'word') break;
    if (n.lower === 'dozen') {
      value *= 12;
      next++;
      continue;
    }
    const mult = MULTIPLIERS[n.lower];
    if (!mult) break;
    value *= mult;
    next++;
    word = word || t.kind !== 'number';
    // "two hundred and fifty", "three hundred fifty"
    const a = tokens[next]?.lower === 'and' ? next + 1 : next;
    const rest = tokens[a] && wordValue(tokens[a].lower);
    if (mult === 100 && rest !== undefined && rest < 100) {
      value += rest;
      next = a + 1;
    }
  }
  // "hundreds of thousands"
  if (approximate && tokens[next]?.lower === 'of' && VAGUE_AMOUNTS[tokens[next + 1]?.lower ?? ''] !== undefined) {
    value *= VAGUE_AMOUNTS[tokens[next + 1].lower];
    next += 2;
  }
  return { value: Math.round(value * 1000) / 1000, next, word, approximate, hyphenUnit, ordinal };
}

/** The qualifier ending right before token i, with its first token. */
const QUALIFIER_PARTS = QUALIFIERS.map((q) => ({ ...q, parts: q.words.split(' ') }));

function qualifierBefore(tokens: Token[], i: number): { words: string; approximate: boolean; first: number } | null {
  if (i === 0) return null;
  for (const q of QUALIFIER_PARTS) {
    const parts = q.parts;
    if (tokens[i - 1].lower !== parts[parts.length - 1]) continue;
    const first = i - parts.length;
    if (first < 0) continue;
    if (!parts.every((p, k) => tokens[first + k].lower === p)) continue;
    if (q.words === 'over' && tokens[first - 1] && OVER_GOVERNORS.has(tokens[first - 1].lower)) continue;
    return { words: tokens.slice(first, i).map((t) => t.text).join(' '), approximate: q.approximate, first };
  }
  return null;
}

const isMonth = (t: Token | undefined) => !!t && t.kind === 'word' && MONTH_WORDS.has(t.lower.replace(/\.$/, '')) && /^\p{Lu}/u.test(t.text);

/** The number at token i is the second term of a ratio ("1 in 4", "nine out of 10"). */
function isRatio(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower;
  const k = prev === 'in' ? i - 2 : prev === 'of' && tokens[i - 2]?.lower === 'out' ? i - 3 : -1;
  const first = k >= 0 ? parseAt(tokens, k) : null;
  const second = parseAt(tokens, i);
  // "killed 12 in 4 villages" is no ratio: a ratio's first term is small and less than its second.
  return !!first && !!second && !first.ordinal && first.value <= 10 && first.value < second.value;
}

/** Every number expression in a sentence's tokens, in order; `skip(i)` excludes tokens (e.g. inside names). */
export function findNumbers(tokens: Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const p = parseAt(tokens, i);
    if (!p) continue;
    const t = tokens[i];
    const prev = tokens[i - 1];
    // "one of the …", "one another", "no one", "the one": pronoun uses of "one".
    if (t.lower === 'one' && (['of', 'another', 'side'].includes(tokens[i + 1]?.lower ?? '') || ['no', 'the', 'any', 'every', 'each', 'this', 'that', 'which'].includes(prev?.lower ?? ''))) continue;
    let { value, next } = p;
    let max: number | null = null;
    // Ranges: "20-30", "20 to 30", "two or three", "between 20 and 30".
    const rangeToken = /^(\d+)[-–](\d+)$/.exec(t.text);
    if (rangeToken && !p.hyphenUnit) {
      // "20-30"; a score or a ratio ("3-1") is no figure.
      if (Number(rangeToken[2]) <= Number(rangeToken[1])) continue;
      value = Number(rangeToken[1]);
      max = Number(rangeToken[2]);
    } else {
      const sep = tokens[next];
      const between = prev?.lower === 'between' && sep?.lower === 'and';
      if (sep && (['to', 'or', '-', '–'].includes(sep.lower) || between)) {
        const q = tokens[next + 1] ? parseAt(tokens, next + 1) : null;
        if (q && !q.ordinal && !q.hyphenUnit && q.value > value && !(sep.lower === '-' && t.kind !== 'number')) {
          max = q.value;
          next = q.next;
        }
      }
    }
    const qual = qualifierBefore(tokens, prev?.lower === 'between' ? i - 1 : i);
    const first = qual ? qual.first : prev?.lower === 'between' ? i - 1 : i;
    const after = tokens[next];
    const afterLower = after?.lower ?? '';
    let kind: NumberKind = 'count';
    let measure: string | null = null;
    const hyphen = p.hyphenUnit;
    if (p.ordinal) kind = isMonth(prev) || isMonth(after) || (afterLower === 'of' && isMonth(tokens[next + 1])) ? 'date' : 'ordinal';
    else if (hyphen && /^years?-old$|^year-old$/.test(hyphen)) kind = 'age';
    else if (hyphen && TIME_UNITS.has(hyphen)) {
      kind = 'duration';
      measure = hyphen;
    } else if (hyphen && MEASURE_UNITS.has(hyphen)) kind = 'measure';
    else if (hyphen) kind = 'count';
    else if (t.kind === 'number' && (isMonth(prev) || isMonth(after)) && (value <= 31 || /^\d{4}$/.test(t.text))) kind = 'date';
    else if (t.kind === 'number' && (tokens[i - 1]?.text === ':' || after?.text === ':' || /^(?:am|pm|a\.m|p\.m|gmt|utc|hrs|h)$/.test(afterLower))) kind = 'time';
    else if (after?.text === '%' || afterLower === 'percent' || (afterLower === 'per' && tokens[next + 1]?.lower === 'cent')) {
      kind = 'percent';
      measure = '%';
    } else if ((prev && CURRENCY_SYMBOLS.test(prev.text)) || CURRENCY_WORDS.has(afterLower)) {
      kind = 'money';
      measure = prev && CURRENCY_SYMBOLS.test(prev.text) ? prev.text : after.text;
    } else if (TIME_UNITS.has(afterLower)) {
      kind = afterLower.startsWith('year') && tokens[next + 1]?.lower === 'old' ? 'age' : 'duration';
      measure = afterLower;
    } else if (prev?.lower === 'aged' || prev?.lower === 'age') kind = 'age';
    // "1 in 4 children", "nine out of 10": a ratio, not a count.
    else if (isRatio(tokens, i)) kind = 'measure';
    else if (MEASURE_UNITS.has(afterLower)) kind = 'measure';
    else if (t.kind === 'number' && /^\d{4}$/.test(t.text) && value >= 1800 && value <= 2100) {
      // "in 2020", "2020 and 2021" are years; "1500 soldiers" is a count.
      const nounAfter = after?.kind === 'word' && /^\p{Ll}/u.test(after.text) && !PREPOSITIONS.has(afterLower) && !CONJUNCTIONS.has(afterLower) && !AUXILIARIES.has(afterLower) && !SUBORDINATORS.has(afterLower);
      // "the 2020 elections", "its 2015 peace deal": a year before a noun after a determiner.
      if (!nounAfter || YEAR_PREPOSITIONS.has(prev?.lower ?? '') || (prev?.kind === 'word' && (DETERMINERS.has(prev.lower) || /['’]s$/.test(prev.text)))) kind = 'year';
    }
    // A year range written as one token: "2020-2021".
    if (rangeToken && value >= 1800 && value <= 2100 && max !== null && max >= 1800) kind = 'year';
    if (kind === 'percent' || kind === 'money') next += afterLower === 'per' ? 2 : kind === 'percent' || CURRENCY_WORDS.has(afterLower) ? 1 : 0;
    out.push({ value, max, approximate: p.approximate || !!qual?.approximate, qualifier: qual?.words.toLowerCase() ?? (p.approximate ? t.lower : null), kind, first, numFirst: i, next, word: p.word, hyphenUnit: hyphen, measure });
    i = Math.max(i, next - 1);
  }
  return out;
}
