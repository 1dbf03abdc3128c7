import type { Mention, Sentence } from '../schemas/provenance.ts';
import { sentenceAt } from './sentences.ts';
import { foldName, nameSlug } from './fold.ts';

/** A word of the text. Hyphenated compounds are split ("al-Qaeda" → "al", "Qaeda") with `gap` "-". */
export interface Token {
  /** Index in `Doc.tokens`. */
  i: number;
  start: number;
  /** End of the word, without a possessive "’s". */
  end: number;
  text: string;
  fold: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Looks like an acronym: two or more capitals and mostly capitals ("JNIM", "FAMa", "U.S.", "M23"). */
  acronym: boolean;
  /** Index of the sentence holding it. */
  sent: number;
  /** First word of its sentence, or first after an opening quote or colon: its capital says nothing. */
  initial: boolean;
  /** Text between the previous word of the sentence (after its possessive) and this one; for the first word, from the sentence start. */
  gap: string;
  /** Followed by a possessive "’s". */
  poss: boolean;
  /** Part of a dateline in capitals opening a paragraph ("PORT-AU-PRINCE, Haiti (AP) —"): a place, never an acronym. */
  dateline: boolean;
}

export interface Doc {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  /** Token index range `[from, to)` of each sentence. */
  sentRange: Array<[number, number]>;
  /** Sentences written in title case (headlines): capitals there are not evidence of names. */
  titleCase: boolean[];
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{M}]+)*/gu;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'on', 'in', 'at', 'to', 'for', 'by', 'with', 'amid', 'as', 'from', 'into', 'over', 'after', 'vs', 'its', 'their']);

function isAcronym(w: string): boolean {
  let caps = 0;
  for (let i = 0; i < w.length && caps < 2; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c > 127 && w[i] !== w[i].toLowerCase())) caps++;
  }
  if (caps < 2) return false;
  const letters = w.replace(/[^\p{L}\p{N}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}\p{N}]/gu, '').length;
  return letters.length >= 2 && /^\p{Lu}/u.test(letters) && upper / letters.length >= 0.6;
}

/** Flags the words of a capitals dateline at `from` ("GAZA/BEIRUT, Oct 14 (Reuters) -", "NIAMEY (AFP) -"). */
function markDateline(tokens: Token[], from: number): void {
  let to = from;
  while (to < tokens.length && to - from < 6 && /^\p{Lu}[\p{Lu}\p{M}'’]+$/u.test(tokens[to].text) && (to === from || /^(?:[ \t]|-|\/)+$/.test(tokens[to].gap))) to++;
  const next = tokens[to];
  if (to === from || !next || !/^\s*(?:,|\(|—|–|-)/.test(next.gap)) return;
  // "UN, AU and EU envoys…" is a list of acronyms, not a dateline.
  if (/^\s*,/.test(next.gap) && (!/^\p{Lu}/u.test(next.text) || next.acronym)) return;
  for (let k = from; k < to; k++) tokens[k].dateline = true;
}

interface WordForm { w: string; poss: boolean; fold: string; cap: boolean; acronym: boolean; hasLetter: boolean; small: boolean }
// What a word's spelling alone says (possessive, folded form, capital, acronym), remembered per
// spelling: the same words recur in every seed. Bounded; starts over when full.
const wordForms = new Map<string, WordForm>();
function wordForm(raw: string): WordForm {
  let f = wordForms.get(raw);
  if (f) return f;
  let w = raw;
  let poss = false;
  if (/['’][sS]$/.test(w) && w.length > 2) {
    w = w.slice(0, -2);
    poss = true;
  }
  const fold = foldName(w);
  f = { w, poss, fold, cap: /^\p{Lu}/u.test(w), acronym: isAcronym(w), hasLetter: /\p{L}/u.test(w), small: SMALL_WORDS.has(fold) };
  if (wordForms.size >= 100_000) wordForms.clear();
  wordForms.set(raw, f);
  return f;
}

/** After an opening quote, a colon, a dash or a parenthesis, or a sentence end: the next word's capital says nothing. */
const OPENS = /[“"‘:—–(]\s*$/;
const ENDS = /[.!?]\s*$/;
/** After a dateline's spaced hyphen ("(Reuters) - An alliance…"). */
const SPACED_HYPHEN = /\s-\s+$/;
const SENTENCE_FINAL = /[.!?]["”’]?\s*$/;

function tokenize(text: string, sentences: Sentence[]): Doc {
  const tokens: Token[] = [];
  const sentRange: Array<[number, number]> = [];
  const titleCase: boolean[] = [];
  sentences.forEach((s, sent) => {
    const from = tokens.length;
    let prevEnd = s.start;
    // Counted for the title-case test: words with a letter that are not the second part of a
    // hyphenated compound, those of them that are not small words, and of these the capitalized.
    let words = 0;
    let content = 0;
    let capitalized = 0;
    const body = text.slice(s.start, s.end);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
      const form = wordForm(m[0]);
      const start = s.start + m.index;
      const gap = text.slice(prevEnd, start);
      const first = tokens.length === from;
      tokens.push({
        i: tokens.length,
        start,
        end: start + form.w.length,
        text: form.w,
        fold: form.fold,
        cap: form.cap,
        acronym: form.acronym,
        sent,
        initial: first || (gap !== ' ' && (OPENS.test(gap) || ENDS.test(gap) || SPACED_HYPHEN.test(gap))),
        gap,
        poss: form.poss,
        dateline: false,
      });
      if (form.hasLetter && gap !== '-') {
        words++;
        if (!form.small) {
          content++;
          if (form.cap) capitalized++;
        }
      }
      prevEnd = start + m[0].length;
    }
    sentRange.push([from, tokens.length]);
    if (sent === 0 || sentences[sent - 1].paragraph !== s.paragraph) markDateline(tokens, from);
    titleCase.push(words >= 3 && words <= 20 && content > 0 && capitalized / content >= 0.75 && !SENTENCE_FINAL.test(body));
  });
  return { text, sentences, tokens, sentRange, titleCase };
}

/**
 * The words of a text, sentence by sentence, with what tells names apart (capitals, acronyms,
 * sentence-initial words, datelines, title-case headlines): the shared input of the name finders.
 */
export function wordDoc(text: string, sentences: Sentence[]): Doc {
  return tokenize(text, sentences);
}

/** The gap holds only spaces, a hyphen or an ampersand: the two words may belong to one name. */
export function joined(t: Token): boolean {
  // Nearly every gap is one space: answered without the expression.
  return t.gap === ' ' || JOINING_GAP.test(t.gap);
}
const JOINING_GAP = /^(?:[ \t]+|-|[ \t]+&[ \t]+)$/;

/** Folded text of tokens `[from, to)`, words joined by single spaces. */
export function keyOf(doc: Doc, from: number, to: number): string {
  let k = '';
  for (let i = from; i < to; i++) k += (i > from ? ' ' : '') + doc.tokens[i].fold;
  return k;
}

/** Surface text of tokens `[from, to)` as written. */
export function surface(doc: Doc, from: number, to: number): string {
  return doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end);
}

/** A mention record for a span. */
export function mentionAt(doc: Doc, start: number, end: number): Mention {
  return { start, end, sentenceId: sentenceAt(doc.sentences, start)?.id ?? 's0' };
}

/** Flags the tokens that overlap any of the character spans. */
export function tokensIn(doc: Doc, spans: Array<{ start: number; end: number }>): Uint8Array {
  const flags = new Uint8Array(doc.tokens.length);
  for (const sp of spans) {
    let lo = 0;
    let hi = doc.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doc.tokens[mid].end <= sp.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < doc.tokens.length && doc.tokens[k].start < sp.end; k++) flags[k] = 1;
  }
  return flags;
}

/** Unique ids `<prefix>-<slug>` within one list, in order. */
export function uniqueIds(prefix: string, names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const base = `${prefix}-${nameSlug(n)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
