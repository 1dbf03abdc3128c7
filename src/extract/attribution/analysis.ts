// Per-report analysis shared by the figures, quotes and claims plugins: tokens per sentence,
// quotation spans, and who speaks where (speakers of quotations, claimants of facts).
// Computed once per file and cached; the plugins only format what they need from it.
import type { VFile } from 'vfile';
import type { Organization, Person } from '../../schemas/entities.ts';
import type { Sentence } from '../../schemas/provenance.ts';
import { firstEndingAfter } from '../../text/tokens.ts';
import { attributingVerbs, findMainStart, invertedSubject, mainSubject, nextComma, phraseAfter, withAppositive, reportingLemma, subjectOf, verbClass, type Clause } from './clauses.ts';
import { AUXILIARIES } from '../../text/lexicons/grammar.ts';
import { ATTRIBUTING_LEMMAS } from '../../text/lexicons/speech.ts';
import { findNumbers, type NumberMention } from '../numbers/numbers.ts';
import { findQuoteSpans, isNickname, type QuoteSpan } from './quotemarks.ts';
import { compatible, describe, knownName, nameReads, noteNamesRead, spanText, titledNames, type EntityIndex, type ReferentType, type Speaker } from './speakers.ts';
import { isCapitalized, tokenize } from '../../text/tokens.ts';
import { appositiveNames, roleDescription, roleReferent } from './names.ts';
import { coversAny, lastBefore, overlapsAny } from '../../text/spans.ts';

export interface SentenceView extends Sentence {
  index: number;
  text: string;
  clause: Clause;
}

const numberCache = new WeakMap<SentenceView, NumberMention[]>();
/** The sentence's number expressions (computed once; dates and figures both read them). */
export function numbersOf(s: SentenceView): NumberMention[] {
  let n = numberCache.get(s);
  if (!n) numberCache.set(s, (n = findNumbers(s.clause.tokens)));
  return n;
}

export interface QuoteView extends QuoteSpan {
  /** Sentence holding the opening mark. */
  sentence: SentenceView;
  /** Sentence holding the closing mark. */
  closing: SentenceView;
  text: string;
  speaker: Speaker | null;
  /** Outlet or agency the words were given to ("told AFP"), when named. */
  reportedBy: string | null;
  source?: Attribution['source'];
}

export interface Attribution {
  speaker: Speaker | null;
  reportedBy: string | null;
  /** How a quotation's speaker was found: its own attribution, the quotation it continues, or the sentence before. */
  source?: 'explicit' | 'continued' | 'context';
}

export interface Analysis {
  text: string;
  sentences: SentenceView[];
  quotes: QuoteView[];
  index: EntityIndex;
  agencyMentions: { name: string; start: number; end: number }[];
  /** Resolved subject of each sentence's main clause (undefined until computed). */
  subjects: (Speaker | null | undefined)[];
  /** Set when the quotations are all attributed: from then on a speaker read twice reads the same (see `verbSpeaker`). */
  complete?: boolean;
}

const GENERIC_GROUP = /^the (?:group|organi[sz]ation|movement|outfit|coalition|network|alliance|militia|jihadist group|militant group|armed group|agency|commission|charity|foundation|watchdog)$/i;
/** Descriptions that stand for an armed group ("the group", "the movement", "the militia"). */
const ARMED_GENERIC = /\b(?:group|movement|militia|outfit|network|coalition|alliance)$/i;
/** Words of issuing a document: a sentence with one names who issued "the statement" that follows. */
const ISSUING = /\b(?:statements?|communiqu[eé]s?|bulletins?|press releases?|announce[ds]?|announcements?|declarations?)\b/iu;
/** A speaker that is itself a document ("the statement"), never the issuer of one. */
const DOCUMENT_HEAD = /^the (?:[\p{Ll}-]+ )?(?:statement|communiqu[eé]|bulletin|release|message|post|video)$/iu;

/**
 * The analysis of `file` that the statement plugins share (see the `attribution` plugin, which runs
 * it once, after the entity plugins): sentences as clauses, quotation spans, names introduced
 * with a title or in apposition, entity and agency mentions.
 */
export function analyzeAttribution(file: VFile): Analysis {
  return build(file);
}

/** The analysis the `attribution` plugin left on the file. */
export function attributionOf(file: VFile): Analysis {
  const a = file.data.attribution;
  if (!a) throw new Error('the attribution plugin runs before the statement plugins');
  return a;
}

function build(file: VFile): Analysis {
  const text = String(file.value);
  const d = file.data;
  const spans: QuoteSpan[] = [];
  for (const p of d.paragraphs ?? []) spans.push(...findQuoteSpans(text, p.start, p.end).filter((q) => !isNickname(text, q)));
  const inQuote = coversAny(spans);
  const touchesQuote = overlapsAny(spans);
  const sentences: SentenceView[] = (d.sentences ?? []).map((s, index) => {
    const tokens = tokenize(text, s.start, s.end);
    // Most sentences hold no quotation: their tokens need no look-up each.
    const quoted = touchesQuote(s.start, s.end) ? tokens.map((t) => inQuote(t.start)) : tokens.map(() => false);
    const clause: Clause = { tokens, quoted, mainStart: 0 };
    clause.mainStart = findMainStart(tokens, quoted);
    return { ...s, index, text: text.slice(s.start, s.end), clause };
  });
  const a: Analysis = {
    text,
    sentences,
    quotes: [],
    index: { people: d.people ?? [], organizations: d.organizations ?? [], places: d.places ?? [], names: [] },
    agencyMentions: (d.agencies ?? []).flatMap((ag) => ag.mentions.map((m) => ({ name: ag.name, start: m.start, end: m.end }))),
    subjects: sentences.map(() => undefined),
  };
  // Names introduced with a title anywhere in the text, so that a later bare surname resolves.
  for (const s of sentences) {
    for (const n of titledNames(s.clause.tokens, 0, s.clause.tokens.length)) {
      if (n.name.includes(' ') && !knownName(a.index.names, n.name)) a.index.names.push({ full: n.name, surname: n.name.split(' ').at(-1)!, start: n.start, role: n.role });
    }
    for (const n of appositiveNames(s.clause.tokens, s.clause.quoted)) {
      const known = knownName(a.index.names, n.name);
      if (!known) a.index.names.push({ full: n.name, surname: n.name.split(' ').at(-1)!, start: n.start, role: n.role });
      else if (!known.role) known.role = n.role;
    }
  }
  // Sentences are in reading order and do not overlap: the one holding an offset, else the last
  // before it, is the last that starts at or before it.
  const sentenceOf = (offset: number) => sentences[lastBefore(sentences, offset + 1)];
  for (const span of spans.sort((x, y) => x.start - y.start)) {
    const sentence = sentenceOf(span.start);
    if (!sentence) continue;
    const last = sentences[lastBefore(sentences, span.end)];
    const closing = last && span.end <= last.end ? last : sentence;
    const q: QuoteView = { ...span, sentence, closing, text: text.slice(span.innerStart, span.innerEnd).replace(/\s+/g, ' '), speaker: null, reportedBy: null };
    const attribution = quoteAttribution(a, q);
    q.speaker = attribution.speaker;
    q.reportedBy = attribution.reportedBy;
    q.source = attribution.source;
    a.quotes.push(q);
  }
  // A quotation running over paragraphs (left open at a paragraph end) may be attributed only
  // in its last paragraph: '… "Many arrive with nothing. ¶ "Children make up half," X told reporters.'
  for (let i = a.quotes.length - 2; i >= 0; i--) {
    const q = a.quotes[i];
    const r = a.quotes[i + 1];
    if (!q.open || q.source === 'explicit' || r.source !== 'explicit' || !r.speaker) continue;
    const next = a.sentences[q.closing.index + 1];
    if (!next || r.sentence !== next || next.paragraph !== q.closing.paragraph + 1) continue;
    if (r.sentence.clause.tokens.slice(0, tokenAt(r.sentence, r.start)).some((t) => t.kind !== 'punct')) continue;
    q.speaker = r.speaker;
    q.reportedBy = r.reportedBy;
    q.source = 'explicit';
  }
  a.complete = true;
  return a;
}

interface EntityMention {
  mention: { start: number; end: number };
  person?: Person;
  org?: Organization;
}

/**
 * Lookups that keep a long text linear: by sentence (quotations, entity and agency mentions) and
 * by offset (binary searches over sentences and quotations). Quotations are read as they are at
 * each call (the list grows while they are attributed, in order of their start).
 */
interface Lookups {
  /** The sentence holding `offset`. */
  sentenceAt(offset: number): SentenceView | undefined;
  /** The first quotation holding `offset`. */
  quoteAt(offset: number): QuoteView | undefined;
  /** Whether a quotation holds all of start..end. */
  inQuote(start: number, end: number): boolean;
  /** Quotations that open in sentence k, in order. */
  quotesOf(k: number): readonly QuoteView[];
  /** How many times `quotesOf` was asked: a reading during which it stays the same read no quotation. */
  quoteReads: number;
  /** Mentions of people (each person's in order, people in order), then of organizations, within sentence k. */
  entitiesOf(k: number): readonly EntityMention[];
  /** Agency mentions within sentence k, in the order of `agencyMentions`. */
  agenciesOf(k: number): Analysis['agencyMentions'];
}

const lookupCache = new WeakMap<Analysis, Lookups>();

function lookups(a: Analysis): Lookups {
  let l = lookupCache.get(a);
  if (l) return l;
  const sentences = a.sentences;
  // The sentence that holds a span start..end whole (sentences are in order and do not overlap).
  const holding = (start: number, end: number) => {
    const s = sentences[lastBefore(sentences, start + 1)];
    return s && end <= s.end ? s : undefined;
  };
  const bySentence = <T>(items: Iterable<T>, span: (x: T) => { start: number; end: number }) => {
    const map = new Map<number, T[]>();
    for (const x of items) {
      const { start, end } = span(x);
      const s = holding(start, end);
      if (!s || start < s.start) continue;
      const list = map.get(s.index);
      if (list) list.push(x);
      else map.set(s.index, [x]);
    }
    return map;
  };
  let entities: Map<number, EntityMention[]> | null = null;
  let agencies: Map<number, Analysis['agencyMentions']> | null = null;
  // Quotations so far: in order of start, each with the furthest end up to it.
  const starts: number[] = [];
  const reach: number[] = [];
  let quotesBySentence = new Map<number, QuoteView[]>();
  let sorted = true;
  const sync = () => {
    if (a.quotes.length < starts.length) {
      starts.length = reach.length = 0;
      quotesBySentence = new Map();
      sorted = true;
    }
    for (let i = starts.length; i < a.quotes.length; i++) {
      const q = a.quotes[i];
      if (i > 0 && q.start < starts[i - 1]) sorted = false;
      starts.push(q.start);
      reach.push(Math.max(reach[i - 1] ?? -Infinity, q.end));
      const list = quotesBySentence.get(q.sentence.index);
      if (list) list.push(q);
      else quotesBySentence.set(q.sentence.index, [q]);
    }
  };
  const lastStartAtOrBefore = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last;
  };
  l = {
    sentenceAt(offset) {
      const s = sentences[lastBefore(sentences, offset + 1)];
      return s && offset < s.end ? s : undefined;
    },
    quoteAt(offset) {
      sync();
      if (!sorted) return a.quotes.find((x) => offset >= x.start && offset < x.end);
      // The first whose end passes `offset` (ends up to it never do), if it starts by `offset`.
      let lo = 0;
      let hi = reach.length - 1;
      let first = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (reach[mid] > offset) {
          first = mid;
          hi = mid - 1;
        } else lo = mid + 1;
      }
      return first >= 0 && starts[first] <= offset ? a.quotes[first] : undefined;
    },
    inQuote(start, end) {
      sync();
      if (!sorted) return a.quotes.some((q) => start >= q.start && end <= q.end);
      const last = lastStartAtOrBefore(start);
      return last >= 0 && reach[last] >= end;
    },
    quoteReads: 0,
    quotesOf(k) {
      this.quoteReads++;
      sync();
      return quotesBySentence.get(k) ?? [];
    },
    entitiesOf(k) {
      entities ??= bySentence<EntityMention>(
        [
          ...a.index.people.flatMap((person) => person.mentions.map((mention) => ({ mention, person }))),
          ...a.index.organizations.flatMap((org) => org.mentions.map((mention) => ({ mention, org }))),
        ],
        (e) => e.mention,
      );
      return entities.get(k) ?? [];
    },
    agenciesOf(k) {
      agencies ??= bySentence(a.agencyMentions, (m) => m);
      return agencies.get(k) ?? [];
    },
  };
  lookupCache.set(a, l);
  return l;
}

/** Index of the token of s that holds `offset` or follows it, else the token count. */
const tokenAt = (s: SentenceView, offset: number) => firstEndingAfter(s.clause.tokens, offset);

/**
 * Resolves a speaker that points back: a pronoun to the nearest earlier compatible referent, a
 * role description ("the minister") to the person named with that role, "the statement" to the
 * entity that issued it, "the group" to the group named before. `speaking`: the phrase is the
 * subject of a verb of saying.
 */
function resolve(a: Analysis, s: SentenceView, sp: Speaker | null, speaking = true): Speaker | null {
  if (!sp) return sp;
  // "the minister", "the governor": a definite description of a person named before with that role.
  if (!sp.pronoun && !sp.entity && sp.type === 'person') {
    const words = roleDescription(sp.text);
    if (words) noteNamesRead(a.index.names);
    const ref = words && roleReferent(a.index.names, a.index.people, words, sp.start);
    if (ref) return { ...sp, text: ref.name, entity: ref.entity };
  }
  // "the statement said": the words stay the statement's, the entity is whoever issued it
  // ("CENTCOM said in a statement …").
  const doc = !sp.pronoun && !sp.entity && sp.type === 'thing' ? /^the (?:[\p{Ll}-]+ )?(statement|communiqu[eé]|bulletin|release|message|post|video)$/iu.exec(sp.text) : null;
  if (doc) {
    for (let k = s.index; k >= Math.max(0, s.index - 3); k--) {
      const sk = a.sentences[k];
      // The document or another word for it: "announced … in a televised bulletin" issues "the official statement".
      if (!new RegExp(`\\b${doc[1]}\\b`, 'iu').test(sk.text) && !ISSUING.test(sk.text)) continue;
      const issuers = k < s.index ? speakersIn(a, sk).filter((x) => !x.pronoun && !DOCUMENT_HEAD.test(x.text)) : [];
      const issuer = issuers.find((x) => x.entity);
      if (issuer) return { ...sp, entity: issuer.entity };
      // "…, the emergency service said in a statement. The statement said …": its issuer, as written.
      if (issuers[0]) return { ...sp, text: issuers[0].text, type: issuers[0].type };
    }
    return sp;
  }
  // "the group", "the movement": a definite description of a group named before.
  const generic = !sp.pronoun && !sp.entity && GENERIC_GROUP.test(sp.text);
  if (!sp.pronoun && !generic) return sp;
  const want: ReferentType = sp.type;
  for (let k = s.index; k >= Math.max(0, s.index - 4); k--) {
    const sk = a.sentences[k];
    if (sk.paragraph < s.paragraph - 1) break;
    const candidates: Speaker[] = [];
    // A pronoun that speaks ("it said") points first to whoever spoke before (", the air force said"),
    // other pronouns to the subject (the centre of attention); then other names, most recent first.
    // "Troops seized 16 rifles, it added": the clause a trailing attribution reports is not its speaker.
    const trailing = speaking && k === s.index && /[,—–]\s*$/.test(a.text.slice(Math.max(s.start, sp.start - 3), sp.start));
    const subj = k < s.index ? subjectSpeaker(a, k) : trailing ? null : sameSentenceSubject(a, sk, sp);
    const spoke = k < s.index ? speakersIn(a, sk) : [];
    if (speaking) candidates.push(...spoke);
    if (subj) candidates.push(subj);
    if (!speaking) candidates.push(...spoke);
    for (const q of lookups(a).quotesOf(k)) if (q.speaker && q.start < sp.start) candidates.push(q.speaker);
    // Named entities of the sentence, most recent first.
    const mentions: Speaker[] = [];
    for (const e of lookups(a).entitiesOf(k)) {
      const m = e.mention;
      if (m.end > sp.start) continue;
      if (e.person) mentions.push({ text: e.person.name, entity: { type: 'person', id: e.person.id }, type: 'person', start: m.start, end: m.end, pronoun: false });
      else mentions.push({ text: a.text.slice(m.start, m.end), entity: { type: 'organization', id: e.org!.id }, type: 'group', start: m.start, end: m.end, pronoun: false });
    }
    mentions.sort((x, y) => y.start - x.start);
    candidates.push(...mentions);
    const fits = (c: Speaker) => c.start < sp.start && compatible(want, c.type) && (!generic || c.entity?.type === 'organization' || /\p{Lu}{2,}|\p{Lu}\p{Ll}+ \p{Lu}/u.test(c.text));
    // "The group said …" after "M23 spokesman … calling on Congolese soldiers": an armed group's
    // description points to an armed group before any other organization named nearer.
    const armedOrg = (c: Speaker) => c.entity?.type === 'organization' && a.index.organizations.find((o) => o.id === c.entity!.id)?.kind === 'armed-group';
    const found = (generic && ARMED_GENERIC.test(sp.text) ? candidates.find((c) => fits(c) && armedOrg(c)) : undefined) ?? candidates.find(fits);
    if (found) return { ...found, start: sp.start, end: sp.end, pronoun: !generic };
  }
  return generic ? sp : null;
}

const speakersCache = new WeakMap<SentenceView, Speaker[]>();
/** Speakers of the attributing verbs of a sentence, last first. */
function speakersIn(a: Analysis, s: SentenceView): Speaker[] {
  let list = speakersCache.get(s);
  if (list) return list;
  speakersCache.set(s, (list = []));
  const verbs = attributingVerbs(s.clause);
  for (let k = verbs.length - 1; k >= 0; k--) {
    const sp = verbSpeaker(a, s, verbs[k]);
    if (sp && !list.some((x) => x.text === sp.text)) list.push(sp);
  }
  return list;
}

/** The main subject of the pronoun's own sentence, when it comes before the pronoun and is not it. */
function sameSentenceSubject(a: Analysis, s: SentenceView, pronoun: Speaker): Speaker | null {
  const m = mainSubject(s.clause);
  if (!m || s.clause.tokens[m.start].start >= pronoun.start) return null;
  const sp = describe(a.text, s.clause, m.start, m.end, a.index);
  return sp && !sp.pronoun ? sp : null;
}

/** The main clause subject of sentence k as a speaker (pronouns resolved), cached. */
export function subjectSpeaker(a: Analysis, k: number): Speaker | null {
  const cached = a.subjects[k];
  if (cached !== undefined) return cached;
  a.subjects[k] = null;
  const s = a.sentences[k];
  const m = mainSubject(s.clause);
  const sp = m ? describe(a.text, s.clause, m.start, m.end, a.index) : null;
  const resolved = resolve(a, s, sp, false);
  a.subjects[k] = resolved;
  return resolved;
}

/**
 * Readings of speakers kept, by sentence and key (a verb's token, or -1 for "according to"). A
 * reading depends on the sentences and entities (fixed), the caches it fills (which never change
 * once filled), the names known (which readings add to) and, while the analysis is not complete,
 * the quotations attributed so far (quotations are attributed in order, and then some get the
 * speaker of the next). A reading that added no name therefore reads the same again, with no
 * effect: always if it read neither names nor quotations (it takes the same path again), else
 * while as many names are known (if it read names) and once the analysis is complete (if it read
 * quotations). Reads are counted by the look-ups.
 */
interface Kept<T> {
  value: T;
  /** Names known when it was read, or null when it read none. */
  names: number | null;
}
const keptReadings = new WeakMap<SentenceView, Map<number, Kept<unknown>>>();

function kept<T>(a: Analysis, s: SentenceView, key: number, read: () => T): T {
  let bySentence = keptReadings.get(s);
  if (!bySentence) keptReadings.set(s, (bySentence = new Map()));
  const names = a.index.names;
  const hit = bySentence.get(key);
  if (hit && (hit.names === null || hit.names === names.length)) return hit.value as T;
  const look = lookups(a);
  const complete = a.complete;
  const quoteReads = look.quoteReads;
  const known = names.length;
  const nameReadsBefore = nameReads(names);
  const value = read();
  if (names.length === known && (complete || look.quoteReads === quoteReads)) bySentence.set(key, { value, names: nameReads(names) === nameReadsBefore ? null : known });
  return value;
}

/** Speaker of the reporting verb at token v of sentence s (pronouns resolved, passives' agents). */
export function verbSpeaker(a: Analysis, s: SentenceView, v: number): Speaker | null {
  return kept(a, s, v, () => readVerbSpeaker(a, s, v));
}

function readVerbSpeaker(a: Analysis, s: SentenceView, v: number): Speaker | null {
  const c = s.clause;
  const prev = c.tokens[v - 1];
  const next = c.tokens[v + 1];
  // Passive: "was claimed by X".
  if (prev && AUXILIARIES.has(prev.lower) && next?.lower === 'by') {
    const np = phraseAfter(c, v + 2);
    return np ? resolve(a, s, describe(a.text, c, np.start, np.end, a.index)) : null;
  }
  // Inverted: "…, said the spokesman", "“…,” added the minister".
  const inv = invertedSubject(c, v);
  if (inv) {
    const sp = resolve(a, s, describe(a.text, c, inv.start, inv.end, a.index));
    if (sp) return sp;
  }
  const f = v >= c.mainStart ? c.mainStart : 0;
  const subj = subjectOf(c, v, f);
  if (subj.kind === 'main') {
    // "…, the Red Cross said on Monday, adding that …": the participle goes on with the speaker of
    // the verb of saying before it, not with the subject of the clause that was reported.
    const before = /ing$/.test(c.tokens[v].lower) && c.tokens[v - 1]?.text === ',' ? lastVerb(s, 0, v - 1) : -1;
    if (before >= 0) {
      const sp = verbSpeaker(a, s, before);
      if (sp) return sp;
    }
    return v >= c.mainStart ? subjectSpeaker(a, s.index) : null;
  }
  if (subj.kind === 'none') return null;
  return resolve(a, s, describe(a.text, c, subj.start, subj.end, a.index));
}

const accordingCache = new WeakMap<Clause, number[]>();
/** Token indices of "according to" outside quotations in the clause, in order. */
function accordingToAt(c: Clause): number[] {
  let at = accordingCache.get(c);
  if (!at) {
    at = [];
    for (let i = 0; i + 1 < c.tokens.length; i++) if (c.tokens[i].lower === 'according' && c.tokens[i + 1].lower === 'to' && !c.quoted[i]) at.push(i);
    accordingCache.set(c, at);
  }
  return at;
}

const toldCache = new WeakMap<Clause, number[]>();
/** Token indices of "told" outside quotations in the clause, in order. */
function toldAt(c: Clause): number[] {
  let at = toldCache.get(c);
  if (!at) {
    at = [];
    for (let i = 0; i < c.tokens.length; i++) if (c.tokens[i].lower === 'told' && !c.quoted[i]) at.push(i);
    toldCache.set(c, at);
  }
  return at;
}

/** "according to X" in sentence s, outside quotations. */
function accordingTo(a: Analysis, s: SentenceView): { speaker: Speaker; at: number } | null {
  const c = s.clause;
  const at = accordingToAt(c);
  return at.length ? kept(a, s, -1, () => readAccordingTo(a, s, at)) : null;
}

function readAccordingTo(a: Analysis, s: SentenceView, at: number[]): { speaker: Speaker; at: number } | null {
  const c = s.clause;
  for (const i of at) {
    const np0 = phraseAfter(c, i + 2);
    const np = np0 && withAppositive(c, np0);
    const sp = np && resolve(a, s, describe(a.text, c, np.start, np.end, a.index));
    if (sp) return { speaker: sp, at: i };
  }
  return null;
}

/** Who relays the words: "told AFP", "told Africa Live News", or an agency named in the sentence. */
function reporterIn(a: Analysis, s: SentenceView, speaker: Speaker | null): string | null {
  const c = s.clause;
  for (const i of toldAt(c)) {
    const np = phraseAfter(c, i + 1);
    if (np && isCapitalized(c.tokens[np.start])) return spanText(a.text, c.tokens, np.start, np.end);
  }
  const look = lookups(a);
  for (const m of look.agenciesOf(s.index)) {
    if (!(speaker && m.start >= speaker.start && m.end <= speaker.end)) {
      if (!look.inQuote(m.start, m.end)) return m.name;
    }
  }
  return null;
}

/** The last attributing verb of sentence s in tokens [from, to), outside quotations, or -1. */
function lastVerb(s: SentenceView, from: number, to: number): number {
  const verbs = attributingVerbs(s.clause);
  // The last verb before `to`, by binary search.
  let lo = 0;
  let hi = verbs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (verbs[mid] < to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && verbs[lo - 1] >= from ? verbs[lo - 1] : -1;
}

/**
 * Who states what is written at `offset` of sentence s: the subject of the nearest attributing
 * verb before it, "according to X", or a closing ", X said". Null in the outlet's own voice.
 */
export function attributionAt(a: Analysis, offset: number): Attribution {
  const look = lookups(a);
  const s = look.sentenceAt(offset);
  if (!s) return { speaker: null, reportedBy: null };
  const q = look.quoteAt(offset);
  if (q) return { speaker: q.speaker, reportedBy: q.reportedBy };
  const speaker = speakerBefore(a, s, tokenAt(s, offset)) ?? speakerAfter(a, s, tokenAt(s, offset));
  return { speaker, reportedBy: speaker ? reporterIn(a, s, speaker) : null };
}

/** Speaker of the nearest attributing verb before token `to` (or of "according to X" when nearer). */
function speakerBefore(a: Analysis, s: SentenceView, to: number): Speaker | null {
  const acc = accordingTo(a, s);
  for (let v = lastVerb(s, 0, to); v >= 0; v = lastVerb(s, 0, v)) {
    if (acc && acc.at > v) break;
    const sp = verbSpeaker(a, s, v);
    if (sp) return sp;
  }
  return acc?.speaker ?? null;
}

/** ", the army said." after token `from`: a reporting verb whose subject follows a comma or a quotation. */
function speakerAfter(a: Analysis, s: SentenceView, from: number): Speaker | null {
  const c = s.clause;
  // Every path below returns: only the first attributing verb from `from` on is read.
  for (const v of attributingVerbs(c)) {
    if (v < from) continue;
    // "…, said the spokesman": verb first.
    const before = c.tokens[v - 1];
    if (before && (before.text === ',' || c.quoted[v - 1])) {
      const np = phraseAfter(c, v + 1);
      if (np) return resolve(a, s, describe(a.text, c, np.start, np.end, a.index));
    }
    let k = v - 1;
    while (k > from && !(c.tokens[k].text === ',' || c.quoted[k])) k--;
    if (k <= from) return null;
    const subj = subjectOf(c, v, k + 1);
    if (subj.kind === 'np' && subj.start === k + 1) return resolve(a, s, describe(a.text, c, subj.start, subj.end, a.index));
    return null;
  }
  return null;
}

/**
 * 1. Right after the closing mark: "…," X said / "…," said X / "…," according to X. Only a
 * quotation that ends its utterance ("…,", "…?", "…" —) is followed by its attribution;
 * 'had "liberated" several towns' goes on with the writer's clause.
 */
function attributionAfterQuote(a: Analysis, q: QuoteView): Attribution | null {
  const text = a.text;
  const closing = q.closing;
  const c = closing.clause;
  let k = tokenAt(closing, q.end);
  while (k < c.tokens.length && !c.quoted[k] && /^[,—–-]$/.test(c.tokens[k].text)) k++;
  const ended = q.open || /[,.!?…—–-]/.test(text[q.end - 2] ?? '') || (k > 0 && !c.quoted[k - 1]);
  if (!(ended && k < c.tokens.length && !c.quoted[k] && k > 0 && (c.quoted[k - 1] || /^[,—–-]$/.test(c.tokens[k - 1].text)))) return null;
  const explicit = (sp: Speaker | null | undefined): Attribution | null => (sp ? { speaker: sp, source: 'explicit', reportedBy: reporterIn(a, closing, sp) } : null);
  const lemma = reportingLemma(c, k) ?? (verbClass(c, k) === 'report' ? 'say' : null);
  if (c.tokens[k].lower === 'according' && c.tokens[k + 1]?.lower === 'to') {
    // "“…,” according to a statement from the operator, Seaborne Lines."
    const np0 = phraseAfter(c, k + 2);
    const np = np0 && withAppositive(c, np0);
    return explicit(np && resolve(a, closing, describe(text, c, np.start, np.end, a.index)));
  }
  if (lemma && ATTRIBUTING_LEMMAS.has(lemma) && !/ing$/.test(c.tokens[k].lower)) {
    const np = phraseAfter(c, k + 1);
    return explicit(np && resolve(a, closing, describe(text, c, np.start, np.end, a.index)));
  }
  for (let v = k + 1; v < Math.min(c.tokens.length, k + 24); v++) {
    if (c.quoted[v]) break;
    // "…," a nurse, who asked not to be named, told Reuters: skip the relative clause.
    if (c.tokens[v].text === ',' && ['who', 'which', 'whose', 'speaking'].includes(c.tokens[v + 1]?.lower ?? '')) {
      const close = nextComma(c, v + 1);
      if (close < 0) break;
      v = close;
      continue;
    }
    const l = reportingLemma(c, v);
    if (!l) {
      if (verbClass(c, v) && !AUXILIARIES.has(c.tokens[v].lower)) break;
      continue;
    }
    if (!ATTRIBUTING_LEMMAS.has(l)) break;
    const subj = subjectOf(c, v, k);
    if (subj.kind === 'np' && subj.start === k) return explicit(resolve(a, closing, describe(text, c, subj.start, subj.end, a.index)));
    break;
  }
  return null;
}

/**
 * 3. A quotation that opens its sentence continues the previous quotation, or the previous
 * sentence's speaker.
 */
function continuedAttribution(a: Analysis, q: QuoteView, open: number): Attribution | null {
  const s = q.sentence;
  const startsSentence = s.clause.tokens.slice(0, open).every((t) => t.kind === 'punct');
  if (!startsSentence) return null;
  const prev = a.quotes.at(-1);
  const adjacent = prev && (prev.closing.index === s.index - 1 || prev.closing.index === s.index);
  const opensParagraph = !a.sentences[s.index - 1] || a.sentences[s.index - 1].paragraph !== s.paragraph;
  if (prev && prev.speaker && adjacent && (prev.closing.paragraph === s.paragraph || prev.open || opensParagraph)) {
    return { speaker: prev.speaker, reportedBy: prev.reportedBy, source: 'continued' };
  }
  const ps = a.sentences[s.index - 1];
  if (ps && (ps.paragraph === s.paragraph || /:\s*$/.test(ps.text))) {
    const sp = speakerBefore(a, ps, ps.clause.tokens.length);
    if (sp) return { speaker: sp, reportedBy: reporterIn(a, ps, sp), source: 'context' };
  }
  return null;
}

/**
 * 4. A sentence with no attribution of its own goes on with the account of the sentence before,
 * in the same paragraph: 'The air force said it downed 103 drones. Another 40 were "lost".'
 */
function accountGoingOn(a: Analysis, q: QuoteView): Attribution | null {
  const s = q.sentence;
  const ps = a.sentences[s.index - 1];
  if (s === q.closing && ps && ps.paragraph === s.paragraph && lastVerb(s, 0, s.clause.tokens.length) < 0 && !accordingTo(a, s)) {
    const sp = speakerBefore(a, ps, ps.clause.tokens.length) ?? speakerAfter(a, ps, 0);
    if (sp) return { speaker: sp, reportedBy: reporterIn(a, ps, sp), source: 'context' };
  }
  return null;
}

/** Who speaks a quotation: the first of these readings that finds a speaker. */
function quoteAttribution(a: Analysis, q: QuoteView): Attribution {
  const after = attributionAfterQuote(a, q);
  if (after) return after;
  // 2. Before the opening mark, in the same sentence: X said/described … as "…", according to X.
  const s = q.sentence;
  const open = tokenAt(s, q.start);
  const before = speakerBefore(a, s, open);
  if (before) return { speaker: before, source: 'explicit', reportedBy: reporterIn(a, s, before) };
  // 2b. An attribution closing the sentence: 'another 96 were "lost" after being jammed, it said.'
  const closingAfter = speakerAfter(a, q.closing, tokenAt(q.closing, q.end));
  if (closingAfter) return { speaker: closingAfter, source: 'explicit', reportedBy: reporterIn(a, q.closing, closingAfter) };
  return continuedAttribution(a, q, open) ?? accountGoingOn(a, q) ?? { speaker: null, reportedBy: null };
}
