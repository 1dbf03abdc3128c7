// The per-report analysis shared by the figures, quotes and claims plugins: tokens per sentence,
// quotation spans, and who speaks where (speakers of quotations, claimants of facts). Built once
// per file (see `analyze.ts`); this module holds its shape and the look-ups into it, the plugins
// only format what they need from it.
import type { VFile } from 'vfile';
import type { Organization, Person } from '../../schemas/entities.ts';
import type { Sentence } from '../../schemas/provenance.ts';
import { firstEndingAfter } from '../../text/tokens.ts';
import type { Clause } from './clauses.ts';
import { findNumbers, type NumberMention } from '../numbers/numbers.ts';
import type { QuoteSpan } from './quotemarks.ts';
import type { EntityIndex, Speaker } from './speakers.ts';
import { lastBefore } from '../../text/spans.ts';

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

/** The analysis the `attribution` plugin left on the file. */
export function attributionOf(file: VFile): Analysis {
  const a = file.data.attribution;
  if (!a) throw new Error('the attribution plugin runs before the statement plugins');
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

export function lookups(a: Analysis): Lookups {
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
export const tokenAt = (s: SentenceView, offset: number) => firstEndingAfter(s.clause.tokens, offset);
