// Shallow clause analysis over the tokens of one sentence, without a part-of-speech tagger:
// closed-class words (auxiliaries, determiners, prepositions, subordinators) and a lexicon
// of reporting verbs locate subjects, verbs and the noun phrases around them.
import { EVENT_WORDS } from '../../text/lexicons/events.ts';
import { ADVERBIAL_OPENERS, AUXILIARIES, COMMON_PRESENT_VERBS, CONJUNCTIONS, DETERMINERS, IRREGULAR_PAST, PREPOSITIONS, SUBORDINATORS, VERB_ADVERBS } from '../../text/lexicons/grammar.ts';
import { TIME_UNITS } from '../../text/lexicons/quantities.ts';
import { ATTRIBUTING_LEMMAS, CLAIM_NOUNS, REPORTING_VERB_LEMMA } from '../../text/lexicons/speech.ts';
import { isAbbreviationDot, isCapitalized, type Token } from '../../text/tokens.ts';

/** Bare and -s forms of reporting verbs that are more often nouns. */
const NOUN_LIKE_FORMS = new Set(['state', 'states', 'report', 'reports', 'claim', 'claims', 'note', 'notes', 'comment', 'comments', 'post', 'posts', 'call', 'calls', 'estimate', 'estimates', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'remark', 'remarks', 'reply', 'replies', 'quote', 'quotes', 'stress', 'term', 'terms', 'caution', 'tweet', 'tweets', 'recall', 'recalls', 'express', 'address', 'lament', 'laments', 'complaint', 'write']);

/** States a participle may be reported in ("reported missing"). */
const STATE_WORDS = new Set(['missing', 'dead', 'alive', 'safe', 'unharmed', 'unaccounted', 'lost', 'killed', 'injured', 'wounded', 'captured', 'detained', 'arrested', 'kidnapped', 'abducted', 'displaced', 'homeless']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);

/** One sentence's tokens plus, per token, whether it lies inside a quotation. */
export interface Clause {
  tokens: Token[];
  /** `quoted[i]`: token i is inside quotation marks (the marks themselves included). */
  quoted: boolean[];
  /** Index of the first token of the main clause (after sentence-initial adverbials and quotations). */
  mainStart: number;
  /** What was read of its tokens so far (see `factsOf`). */
  facts?: ClauseFacts;
}

export type VerbClass = 'aux' | 'report' | 'verb' | null;

const NOUNISH_BEFORE = (t: Token | undefined) =>
  !!t && t.kind === 'word' && !DETERMINERS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !SUBORDINATORS.has(t.lower) && !CONJUNCTIONS.has(t.lower);

/**
 * Per-clause answers of `reportingLemma` and `verbClass`, which depend only on the clause (its
 * tokens, quotation flags and main-clause start): the attribution readings ask them of the same
 * tokens many times. Kept with the `mainStart` they were computed for.
 */
interface ClauseFacts {
  mainStart: number;
  lemma: (string | null | undefined)[];
  verbClass: (VerbClass | undefined)[];
  /** Tokens outside quotations whose reporting lemma attributes (`ATTRIBUTING_LEMMAS`), in order. */
  attributing?: number[];
}
function factsOf(c: Clause): ClauseFacts {
  let f = c.facts;
  if (!f || f.mainStart !== c.mainStart) c.facts = f = { mainStart: c.mainStart, lemma: new Array(c.tokens.length), verbClass: new Array(c.tokens.length) };
  return f;
}

/** Indices of the clause's attributing verbs outside quotations ("said", "told", "claimed"), in order. */
export function attributingVerbs(c: Clause): readonly number[] {
  const f = factsOf(c);
  if (!f.attributing) {
    f.attributing = [];
    for (let i = 0; i < c.tokens.length; i++) {
      if (c.quoted[i]) continue;
      const lemma = reportingLemma(c, i);
      if (lemma && ATTRIBUTING_LEMMAS.has(lemma)) f.attributing.push(i);
    }
  }
  return f.attributing;
}

/** Lemma of a reporting verb used as a verb at `i` (not as a noun: "the claim", "reports of"). */
export function reportingLemma(c: Clause, i: number): string | null {
  if (i < 0 || i >= c.tokens.length) return null;
  const f = factsOf(c);
  let lemma = f.lemma[i];
  if (lemma === undefined) f.lemma[i] = lemma = readReportingLemma(c, i);
  return lemma;
}

function readReportingLemma(c: Clause, i: number): string | null {
  const t = c.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const lemma = REPORTING_VERB_LEMMA[t.lower];
  if (!lemma) return null;
  const prev = c.tokens[i - 1];
  const next = c.tokens[i + 1];
  // Inside a name ("the United States", "Alliance of Sahel States"), a capitalized word is no verb.
  if (/^\p{Lu}/u.test(t.text) && i > 0 && prev?.kind === 'word') return null;
  // "No official report has been released": a bare or -s form before an auxiliary is a noun.
  if ((t.lower === lemma || /s$/.test(t.lower)) && next && AUXILIARIES.has(next.lower)) return null;
  // "Shan state", "a news report": forms that are also common nouns are verbs only before
  // what a verb of saying introduces ("states that", "claims:", "reports “…”") or after a pronoun.
  if (NOUN_LIKE_FORMS.has(t.lower) && !(next && (['that', ':'].includes(next.lower) || c.quoted[i + 1])) && !(prev && ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which'].includes(prev.lower))) return null;
  if (prev && prev.kind === 'word' && (DETERMINERS.has(prev.lower) || /['’]s$/.test(prev.text)) && !['that', 'all', 'both'].includes(prev.lower)) return null;
  // "adding to the 580,000 displaced", "calls for calm": a preposition makes another verb of it.
  if ((lemma === 'add' && next?.lower === 'to') || (lemma === 'call' && ['for', 'on', 'off'].includes(next?.lower ?? ''))) return null;
  // "were reported missing", "was confirmed dead": a participle before a state is passive, not a report.
  if (/ed$/.test(t.lower) && next?.kind === 'word' && (STATE_WORDS.has(next.lower) || (EVENT_WORDS[next.lower] && /ed$|^dead$/.test(next.lower)))) return null;
  // "in a video posted on …", "in a situation report that …": after a preposition and a determiner
  // the word is a noun or a participle modifying one, never a verb with its own subject.
  const before2 = c.tokens[i - 2];
  const before3 = c.tokens[i - 3];
  if (prev?.kind === 'word' && !DETERMINERS.has(prev.lower) && before2 && ARTICLES.has(before2.lower) && before3?.kind === 'word' && PREPOSITIONS.has(before3.lower) && !SUBORDINATORS.has(before3.lower) && (NOUN_LIKE_FORMS.has(t.lower) || /ed$|^(?:written|told)$/.test(t.lower))) return null;
  // Bare and -s forms double as nouns ("claims of control", "Reports indicate").
  if (t.lower === lemma || /s$/.test(t.lower)) {
    if (next && next.kind === 'word' && ['of', 'from', 'by'].includes(next.lower) && t.lower !== lemma) return null;
    if (i === c.mainStart || !prev || prev.kind !== 'word' || PREPOSITIONS.has(prev.lower)) {
      // Imperative or noun at clause start: only bare "say"/"tell" after a subject pronoun count.
      if (!prev || prev.kind !== 'word') return null;
      if (PREPOSITIONS.has(prev.lower) && prev.lower !== 'to') return null;
    }
  }
  if (/ed$|wrote|told|said|spoke/.test(t.lower) && prev && prev.kind === 'word' && PREPOSITIONS.has(prev.lower) && prev.lower !== 'to') return null;
  return lemma;
}

/** Whether token i reads as a verb, and of which sort. */
export function verbClass(c: Clause, i: number): VerbClass {
  if (i < 0 || i >= c.tokens.length) return null;
  const f = factsOf(c);
  let v = f.verbClass[i];
  if (v === undefined) f.verbClass[i] = v = readVerbClass(c, i);
  return v;
}

function readVerbClass(c: Clause, i: number): VerbClass {
  const t = c.tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (AUXILIARIES.has(t.lower)) return 'aux';
  if (reportingLemma(c, i)) return 'report';
  const prev = c.tokens[i - 1];
  if (prev && prev.kind === 'word' && DETERMINERS.has(prev.lower)) return null;
  if (IRREGULAR_PAST.has(t.lower) && i > c.mainStart) return 'verb';
  if (COMMON_PRESENT_VERBS.has(t.lower) && NOUNISH_BEFORE(prev)) return 'verb';
  // A lower-case -ed word after a noun-like word: a past tense (or a reduced relative).
  if (/^\p{Ll}[\p{Ll}-]{2,}ed$/u.test(t.text) && !/(?:ee|[^e]eed|hundred|kindred)$/.test(t.lower) && NOUNISH_BEFORE(prev) && !isAdjectiveContext(c, i)) return 'verb';
  // "jihadist attacks struck": an -s event word is a noun far more often than a verb.
  if (EVENT_WORDS[t.lower] && /ed$/.test(t.lower) && NOUNISH_BEFORE(prev) && !isAdjectiveContext(c, i)) return 'verb';
  return null;
}

// "heavily armed men", "the Malian-led force": an -ed word before a noun after an adverb is adjectival.
function isAdjectiveContext(c: Clause, i: number): boolean {
  const prev = c.tokens[i - 1];
  return !!prev && /ly$/.test(prev.lower) && !VERB_ADVERBS.has(prev.lower);
}

/** Index of the matching token after a parenthesis or quotation that starts at `i`, or `i`. */
function skipGroup(c: Clause, i: number): number {
  const t = c.tokens[i];
  if (t.text === '(' || t.text === '[') {
    const close = t.text === '(' ? ')' : ']';
    for (let j = i + 1; j < c.tokens.length; j++) if (c.tokens[j].text === close) return j;
  }
  if (c.quoted[i]) {
    let j = i;
    while (j + 1 < c.tokens.length && c.quoted[j + 1]) j++;
    return j;
  }
  return i;
}

/** Next comma (or dash) at depth 0 at or after `from`, or -1. */
export function nextComma(c: Clause, from: number, to = c.tokens.length): number {
  for (let j = from; j < to; j++) {
    const g = skipGroup(c, j);
    if (g !== j) {
      j = g;
      continue;
    }
    if (c.tokens[j].text === ',' || c.tokens[j].text === '—' || c.tokens[j].text === '–') return j;
  }
  return -1;
}

const isParentheticalStart = (t: Token | undefined) =>
  !!t && t.kind === 'word' && (['who', 'which', 'whose', 'whom', 'where', 'according'].includes(t.lower) || PREPOSITIONS.has(t.lower) || /ing$|^(?:aged?|based|backed|led)$/.test(t.lower));

/**
 * Start of the main clause: skips a leading quotation ("“…,” the statement said"), and
 * sentence-initial adverbials that end with a comma ("In response, …", "Speaking on TV, …").
 */
export function findMainStart(tokens: Token[], quoted: boolean[]): number {
  const c: Clause = { tokens, quoted, mainStart: 0 };
  let i = datelineEnd(tokens);
  for (let guard = 0; guard < 4 && i < tokens.length; guard++) {
    while (i < tokens.length && tokens[i].kind === 'punct' && !quoted[i] && tokens[i].text !== '(') i++;
    if (i < tokens.length && quoted[i]) {
      i = skipGroup(c, i) + 1;
      continue;
    }
    const t = tokens[i];
    if (!t) break;
    const opener = ADVERBIAL_OPENERS.has(t.lower) || /^\p{Lu}\p{Ll}+ing$/u.test(t.text) || /^\p{Lu}\p{Ll}+ly$/u.test(t.text);
    if (!opener) break;
    const comma = nextComma(c, i + 1);
    if (comma < 0) break;
    // "Speaking on TV, …" opens with a participle phrase; "Fighting has displaced …" has a gerund subject.
    if (!ADVERBIAL_OPENERS.has(t.lower) && tokens.slice(i + 1, comma).some((x) => x.kind === 'word' && AUXILIARIES.has(x.lower))) break;
    // "At least 45 people were killed when …, bringing …": a preposition (not a subordinator) whose
    // phrase holds a finite verb opens the main clause itself.
    if (PREPOSITIONS.has(t.lower) && !SUBORDINATORS.has(t.lower) && tokens.slice(i + 1, comma).some((x, k) => x.kind === 'word' && AUXILIARIES.has(x.lower) && !SUBORDINATORS.has(tokens[i + k]?.lower ?? ''))) break;
    // "While AFP could not verify the claim, JNIM …": the opener must not contain the clause's only verb.
    const rest = tokens.slice(comma + 1);
    if (!rest.some((x) => x.kind === 'word')) break;
    i = comma + 1;
  }
  return Math.min(i, tokens.length);
}

/**
 * Index after a wire dateline that opens a sentence ("KAYES, Mali (AP) —", "NAIROBI, June 3 (Reuters) -"),
 * or 0: an upper-case place, optional parts after commas, an optional "(Agency)", then a dash.
 */
export function datelineEnd(tokens: Token[]): number {
  const first = tokens[0];
  if (!first || first.kind !== 'word' || !/^\p{Lu}[\p{Lu}\p{M}'’.-]+$/u.test(first.text)) return 0;
  for (let i = 1; i < Math.min(tokens.length, 14); i++) {
    const t = tokens[i];
    if (/^[-–—]$/.test(t.text)) return i + 1 < tokens.length ? i + 1 : 0;
    // "GOMA, Democratic Republic of Congo, Jan 26 (Reuters) -": particles of place names may be lower case.
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !['of', 'the', 'de', 'du', 'del', 'and', 'al', 'el', 'es'].includes(t.lower) && !tokens.slice(0, i).some((x) => x.text === '(')) return 0;
  }
  return 0;
}

/** The main clause's subject span `[start, end)` and its verb index, or null. */
export function mainSubject(c: Clause): { start: number; end: number; verb: number } | null {
  let i = c.mainStart;
  const n = c.tokens.length;
  while (i < n && c.tokens[i].kind === 'punct' && !c.quoted[i]) i++;
  const start = i;
  for (; i < n; i++) {
    const g = skipGroup(c, i);
    if (g !== i) {
      i = g;
      continue;
    }
    const t = c.tokens[i];
    if (t.text === ',' || t.text === '—' || t.text === '–') {
      const after = c.tokens[i + 1];
      const close = nextComma(c, i + 1);
      if (close > 0 && (isParentheticalStart(after) || isVerbAfter(c, close + 1))) {
        i = close;
        continue;
      }
      continue;
    }
    const v = verbClass(c, i);
    if (v && i > start) {
      let end = i;
      while (end > start && VERB_ADVERBS.has(c.tokens[end - 1].lower)) end--;
      while (end > start && c.tokens[end - 1].kind === 'punct' && c.tokens[end - 1].text !== ')') end--;
      return end > start ? { start, end, verb: i } : null;
    }
  }
  return null;
}

const isSeparator = (t: Token | undefined) => !!t && (t.text === ',' || t.text === '—' || t.text === '–');

/** Whether a verb (possibly after adverbs) starts at token `i`. */
function isVerbAfter(c: Clause, i: number): boolean {
  let j = i;
  while (j < c.tokens.length && VERB_ADVERBS.has(c.tokens[j].lower)) j++;
  return !!verbClass(c, j);
}

export type SubjectResult = { kind: 'np'; start: number; end: number } | { kind: 'main' } | { kind: 'none' };

/** Where the subject's phrase stands while `subjectOf` reads backwards: tokens `[start, end)`, next token `i`. */
interface PhraseScan {
  start: number;
  end: number;
  i: number;
}

/**
 * At a separator (comma or dash) at token `i`, reading backwards: a parenthetical right before
 * the verb (", in its statement,") is skipped; an appositive (", General Jane Doe,") belongs to
 * the noun phrase. The scan goes on from the returned place, or stops (null).
 */
function acrossSeparator(c: Clause, { start, end, i }: PhraseScan, floor: number, antecedent: boolean): PhraseScan | null {
  let j = i - 1;
  while (j >= floor && !isSeparator(c.tokens[j]) && !c.quoted[j]) j--;
  const segStart = j + 1;
  if (segStart >= i) return null;
  let hasVerb = false;
  for (let k = segStart; k < i; k++) if (verbClass(c, k) || (SUBORDINATORS.has(c.tokens[k].lower) && c.tokens[k - 1]?.lower !== 'such')) hasVerb = true;
  if (start === end) {
    if (j >= floor && isSeparator(c.tokens[j]) && (isParentheticalStart(c.tokens[segStart]) || hasVerb)) return { start: j, end: j, i: j + 1 };
    if (hasVerb) return null;
  } else if (j >= floor && c.quoted[j]) return null;
  else if (hasVerb) {
    // "…orchestrated by X (JNIM), an al-Qaeda affiliate, which": keep reading word by word.
    if (!antecedent) return null;
    return { start: i, end, i };
  }
  // "…, killing at least 27 civilians, local activists said", "…, in Borno state, residents said":
  // a participle or prepositional phrase before the comma is an adjunct, not an appositive.
  if (start !== end && isParentheticalStart(c.tokens[segStart]) && !antecedent) return null;
  // "…near Culiacan, the capital of Sinaloa state, the ministry said": a noun phrase between
  // commas after a clause with its own verb is in apposition to that clause's object.
  if (start !== end && !antecedent && j >= floor && isSeparator(c.tokens[j])) {
    let k2 = j - 1;
    while (k2 >= floor && !isSeparator(c.tokens[k2]) && !c.quoted[k2]) k2--;
    let earlierVerb = false;
    for (let x = k2 + 1; x < j; x++) if (verbClass(c, x) && !AUXILIARIES.has(c.tokens[x].lower)) earlierVerb = true;
    if (earlierVerb) return null;
  }
  return { start: segStart, end, i: segStart };
}

/**
 * What the word at token `i` does to the subject read backwards: `take` it into the phrase,
 * `stop` before it, take it as the phrase's `last` word, or settle the subject (a result).
 */
function atWord(c: Clause, { start, end, i }: PhraseScan, floor: number): 'take' | 'stop' | 'last' | SubjectResult {
  const tok = c.tokens[i];
  if (CONJUNCTIONS.has(tok.lower)) {
    // "… and described": a coordinated verb; "Residents and officials said": a coordinated subject.
    if (start === end) return { kind: 'main' };
    const before = c.tokens[i - 1];
    if (before && before.kind === 'word' && !verbClass(c, i - 1) && !SUBORDINATORS.has(before.lower)) return 'take';
    // "Diéma, Kéniéba, and Yélimané": the last item of a list.
    if (before?.text === ',' && c.tokens[i - 2]?.kind === 'word' && !verbClass(c, i - 2)) return 'take';
    return 'stop';
  }
  // "X, which has claimed …": the relative pronoun stands for the phrase before its comma.
  if (start === end && ['which', 'who', 'that'].includes(tok.lower) && isSeparator(c.tokens[i - 1]) && i - 1 > floor) {
    const np = subjectOf(c, i, floor, true);
    return np.kind === 'np' ? np : { kind: 'none' };
  }
  if (SUBORDINATORS.has(tok.lower) && !['as', 'since', 'after', 'before', 'until', 'once'].includes(tok.lower)) return 'stop';
  // "a day after the G7 pledged", "shortly before the ministry said": a temporal clause opens here.
  if (['as', 'since', 'after', 'before', 'until', 'once'].includes(tok.lower) && start !== end) {
    const b = c.tokens[i - 1];
    if (!b || b.kind !== 'word' || TIME_UNITS.has(b.lower) || /ly$/.test(b.lower) || ['moments', 'soon', 'just', 'long', 'even', 'ever', 'weeks', 'hours'].includes(b.lower) || verbClass(c, i - 1)) return 'stop';
  }
  // "a figure Hamas rejects": a name right after a noun standing for a claim is the relative clause's subject.
  if (start !== end && /^\p{Ll}/u.test(tok.text) && CLAIM_NOUNS.has(tok.lower) && isCapitalized(c.tokens[i + 1])) return 'stop';
  // "a claim the army denied", "a figure the ministry disputed": a determiner after a noun opens a
  // new noun phrase, the subject of a relative clause without "that".
  if (ARTICLES.has(tok.lower) && start !== end) {
    const b = c.tokens[i - 1];
    if (b?.kind === 'word' && !PREPOSITIONS.has(b.lower) && !DETERMINERS.has(b.lower) && !CONJUNCTIONS.has(b.lower) && !SUBORDINATORS.has(b.lower) && !AUXILIARIES.has(b.lower) && !/ly$/.test(b.lower) && !['half', 'only', 'even', 'just', 'of'].includes(b.lower) && !isCapitalized(b)) {
      return 'last';
    }
  }
  if (verbClass(c, i) && !AUXILIARIES.has(tok.lower)) return 'stop';
  if (AUXILIARIES.has(tok.lower)) return 'stop';
  return 'take';
}

/**
 * The subject of the verb at `v`: the noun phrase just before it (skipping adverbs, auxiliaries
 * and parentheticals such as ", who asked not to be named,"). `main` when the verb shares the
 * main clause's subject (a participle after a comma, a coordinated verb, "claiming to have").
 * Read backwards token by token: brackets are skipped whole, separators by `acrossSeparator`,
 * words by `atWord`.
 */
export function subjectOf(c: Clause, v: number, floor = 0, antecedent = false): SubjectResult {
  const t = c.tokens[v];
  const prev = c.tokens[v - 1];
  if (/ing$/.test(t.lower)) {
    // "…, noting that", "while claiming", "by saying": the main clause's subject speaks.
    if (!prev || prev.text === ',' || prev.text === ':' || (prev.kind === 'word' && (SUBORDINATORS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || CONJUNCTIONS.has(prev.lower)))) return { kind: 'main' };
  }
  let i = v - 1;
  // Auxiliaries and adverbs between the subject and its verb ("has also said", "did not deny").
  while (i >= floor && c.tokens[i].kind === 'word' && (VERB_ADVERBS.has(c.tokens[i].lower) || AUXILIARIES.has(c.tokens[i].lower))) i--;
  if (i < floor) return { kind: 'main' };
  let end = i + 1;
  let start = end;
  for (; i >= floor; i--) {
    const tok = c.tokens[i];
    if (c.quoted[i]) break;
    if (tok.text === ')' || tok.text === ']') {
      const open = tok.text === ')' ? '(' : '[';
      let j = i - 1;
      while (j >= floor && c.tokens[j].text !== open) j--;
      if (j < floor) break;
      i = j;
      start = j;
      continue;
    }
    if (isSeparator(tok)) {
      const next = acrossSeparator(c, { start, end, i }, floor, antecedent);
      if (!next) break;
      ({ start, end, i } = next);
      continue;
    }
    if (tok.kind === 'punct' && !/['’&.\-]/.test(tok.text)) break;
    if (tok.kind === 'word') {
      const step = atWord(c, { start, end, i }, floor);
      if (step === 'stop') break;
      if (step === 'last') {
        start = i;
        break;
      }
      if (step !== 'take') return step;
    }
    start = i;
  }
  if (start === end) return i < floor ? { kind: 'main' } : { kind: 'none' };
  return { kind: 'np', start, end };
}

/**
 * The subject written after its verb: "…, said Jane Doe, a resident", "“…,” added the minister".
 * Only verbs of saying invert, right after a comma, a dash or a quotation.
 */
export function invertedSubject(c: Clause, v: number): { start: number; end: number } | null {
  const t = c.tokens[v];
  if (!t || !INVERSION_FORMS.has(t.lower)) return null;
  const prev = c.tokens[v - 1];
  if (!prev || !((c.quoted[v - 1] && !c.quoted[v]) || (!c.quoted[v - 1] && /^[,—–]$/.test(prev.text)))) return null;
  const np = phraseAfter(c, v + 1);
  if (!np) return null;
  // "…, who asked not to be named, said: “…”": what follows the verb is the quotation, not its subject.
  const after = c.tokens[np.end];
  if (after && (after.text === ':' || c.quoted[np.end])) return null;
  // "…, said the fighters also stole livestock": a noun phrase followed by its own verb is the
  // subject of the reported clause, not of "said".
  if (after?.kind === 'word' && (verbClass(c, np.end) || VERB_ADVERBS.has(after.lower) || AUXILIARIES.has(after.lower))) return null;
  if (c.tokens.slice(np.start, np.end).some((x) => x.kind === 'word' && (VERB_ADVERBS.has(x.lower) || AUXILIARIES.has(x.lower)))) return null;
  const first = c.tokens[np.start];
  if (first.kind !== 'word' || first.lower === 'that' || PREPOSITIONS.has(first.lower)) return null;
  if (!(DETERMINERS.has(first.lower) || isCapitalized(first) || ['he', 'she', 'they', 'it', 'we'].includes(first.lower) || /^\p{Ll}/u.test(first.text))) return null;
  return np;
}

const INVERSION_FORMS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'replied', 'explained', 'continued', 'noted', 'stated', 'insisted', 'warned', 'recalled', 'declared', 'recounted', 'conceded', 'admitted', 'acknowledged', 'insists', 'argued']);

/**
 * The phrase `np` with a name in apposition after it ("the ship's operator, Seaborne Lines,"):
 * 1–4 capitalized words between commas (or before the sentence end / a relative pronoun).
 */
export function withAppositive(c: Clause, np: { start: number; end: number }): { start: number; end: number } {
  const t = c.tokens;
  if (t[np.end]?.text !== ',' || c.quoted[np.end]) return np;
  let j = np.end + 1;
  while (j < t.length && j - np.end <= 5 && (isCapitalized(t[j]) || (t[j].text === '.' && isAbbreviationDot(t, j)) || (t[j].kind === 'word' && ['al', 'de', 'of', 'the', 'for', 'and'].includes(t[j].lower) && isCapitalized(t[j + 1])))) j++;
  if (j === np.end + 1 || !isCapitalized(t[j - 1]) && t[j - 1]?.text !== '.') return np;
  const after = t[j];
  if (!after || after.text === ',' || after.text === '.' || after.text === ';' || (after.kind === 'word' && ['which', 'who', 'whose'].includes(after.lower))) return { start: np.start, end: j };
  return np;
}

/** A noun phrase after token `i` ("said the army spokesman", "according to X, …", "by X"). */
export function phraseAfter(c: Clause, i: number, opts: { allowOf?: boolean } = {}): { start: number; end: number } | null {
  const n = c.tokens.length;
  let j = i;
  const start = j;
  for (; j < n; j++) {
    const t = c.tokens[j];
    if (c.quoted[j]) break;
    if (t.text === '(') {
      const g = skipGroup(c, j);
      if (g === j) break;
      j = g;
      continue;
    }
    if (t.kind === 'punct' && !/['’&\-]/.test(t.text) && !(isAbbreviationDot(c.tokens, j) && j + 1 < n)) break;
    if (t.kind === 'word') {
      if (t.lower === 'that' || (SUBORDINATORS.has(t.lower) && j > start)) break;
      if (j > start && verbClass(c, j)) break;
      if (j > start && PREPOSITIONS.has(t.lower) && !(opts.allowOf !== false && ['of', 'from', 'for'].includes(t.lower)) && !(t.lower === 'in' && isCapitalized(c.tokens[j + 1]))) break;
    }
    if (j - start > 14) break;
  }
  // "a U.N. report seen by AP": a participle closing the phrase belongs to what follows.
  while (j - 1 > start && /^(?:seen|obtained|reviewed|compiled|published|released|cited|quoted|issued|posted|shared)$/.test(c.tokens[j - 1].lower)) j--;
  return j > start ? { start, end: j } : null;
}
