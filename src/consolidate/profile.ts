// Per-report features computed once and shared by grouping, origins and alignment.
import type { Report } from '../schemas/report.ts';
import type { Organization, Place } from '../schemas/entities.ts';
import type { SourceRef } from '../schemas/event.ts';
import { WORLD_COUNTRIES as countries } from '../geo/world-countries.ts';
import { BACKGROUND_CUE } from './lexicon.ts';
import { contentWords, daysBetween, nameKey, stem, words } from './text.ts';

export interface PlaceFeature {
  key: string;
  place: Place;
  /** Weight for grouping: specificity × position (opening ≫ body ≫ background about another time). */
  weight: number;
  /** Named in the lead. */
  lead: boolean;
  /**
   * Named in the opening (the lead, or a sentence there about the incident's days) other than as a
   * wire dateline: a dateline names where the reporter files from.
   */
  opening: boolean;
  /** Every mention is in a background sentence. */
  backgroundOnly: boolean;
  /** Every mention is in a background sentence about another time than the incident's days. */
  distantOnly: boolean;
}

export interface ActorFeature {
  /** Folded name forms (name, acronym, aliases) used to match organizations across reports. */
  forms: string[];
  org: Organization;
  weight: number;
  /** Named in the opening (see `Profile.opening`). */
  opening: boolean;
}

export interface Profile {
  report: Report;
  /** The seed text when given to `consolidate`, else null (features fall back on the sentences quoted in provenance). */
  text: string | null;
  /** Text of the body (or of what is known of it). */
  body: string;
  /** Sentence text by id, where known. */
  sentence: (id: string) => string;
  /** Sentence offsets by id. */
  sentenceSpans: Map<string, { start: number; end: number }>;
  /** Ids of the lead sentences: what the report is about. */
  lead: Set<string>;
  /** Ids of sentences about earlier incidents or history. */
  background: Set<string>;
  /**
   * Background sentences that look back only a day or to a weekday ('a day after 19 people were
   * killed', 'Monday's clashes', 'since Thursday'): in a follow-up report they are about the incident
   * itself, so grouping reads them as foreground.
   */
  nearBackground: Set<string>;
  /** Ids of the lead sentences and of the near-background sentences among them. */
  opening: Set<string>;
  /** Word tokens of the body (for shingles), made when first read: with the seed text at hand nothing reads them. */
  readonly tokens: string[];
  /** Stemmed content-word counts, lead words counted thrice. */
  terms: Map<string, number>;

  /** Capitalized words and numbers (names stand in for entities when extraction misses them), lead counted thrice. */
  names: Map<string, number>;
  /** Those names read outside background sentences (near background included). */
  foregroundNames: Set<string>;
  places: PlaceFeature[];
  actors: ActorFeature[];
}

// Demonyms read as their country ("Malian" = "Mali"), so name overlap does not depend on style.
const DEMONYMS = new Map<string, string>();
for (const c of countries) {
  const country = nameKey(c.name.common);
  for (const d of Object.values(c.demonyms ?? {})) for (const form of [d.m, d.f]) if (form) DEMONYMS.set(nameKey(form), country);
}

const NUMBER_WORDS = new Map(
  'two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i) => [w, String(i + 2)] as [string, string]),
);

// Capitalized function words (sentence starts) are not names.
const STOP_NAMES = new Set(
  'the a an in on at of for and but or as it its this that these those they their there he she we our his her if while when after before during according however meanwhile residents officials'.split(' '),
);

const SPECIFICITY: Record<Place['precision'], number> = { town: 1, unknown: 0.9, admin: 0.8, region: 0.45, country: 0.25 };

/** Identity of a place across reports: its gazetteer id, else its folded name. */
export const placeKey = (p: Place) => p.gazetteerId ?? `name:${nameKey(p.name)}`;

/** Capitalized words and numbers (and number words before a lower-case word): what `names` counts. */
const NAME = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}’']*\p{L}|\d[\d,.]*\d|\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)(?=\s+\p{Ll}))(?![\p{L}\p{N}])/gu;
const LONG_WORD = /\p{L}{4,}/gu;
const UPPER_FIRST = /^\p{Lu}/u;

/** Four words of four letters or more, at least 60% of them capitalized: a headline in Title Case. */
function titleCased(t: string): boolean {
  let long = 0;
  let capitalized = 0;
  LONG_WORD.lastIndex = 0;
  for (let m = LONG_WORD.exec(t); m; m = LONG_WORD.exec(t)) {
    long++;
    if (UPPER_FIRST.test(m[0])) capitalized++;
  }
  return long >= 4 && capitalized >= long * 0.6;
}

// The key a written name counts under, by spelling (remembered, bounded; starts over when full):
// the same names recur in every report, and folding costs more than a look-up.
const nameFeatureKeys = new Map<string, string | null>();
function nameFeatureKey(written: string): string | null {
  let k = nameFeatureKeys.get(written);
  if (k !== undefined) return k;
  const key = nameKey(written.replace(/[’']s$/, ''));
  const mapped = DEMONYMS.get(key) ?? NUMBER_WORDS.get(key) ?? key;
  k = mapped.length < 2 || STOP_NAMES.has(mapped) ? null : mapped;
  if (nameFeatureKeys.size >= 100_000) nameFeatureKeys.clear();
  nameFeatureKeys.set(written, k);
  return k;
}

/**
 * What of a profile takes reading the text: the roles of its sentences, its terms and names. A
 * function of the report and its seed text alone, so a build keeps it between runs
 * (src/build/event-cache.ts): grouping reads every report's profile on every build.
 */
export interface ProfileReading {
  background: string[];
  nearBackground: string[];
  lead: string[];
  opening: string[];
  /** Entries of `Profile.terms`, in their order (grouping sums over them in that order). */
  terms: [string, number][];
  /** Entries of `Profile.names`, in their order. */
  names: [string, number][];
  foregroundNames: string[];
}

type Reading = Pick<Profile, 'background' | 'nearBackground' | 'lead' | 'opening' | 'terms' | 'names' | 'foregroundNames'>;

/** The reading of a profile, for keeping (see `ProfileReading`). */
export function readingOf(p: Profile): ProfileReading {
  return {
    background: [...p.background],
    nearBackground: [...p.nearBackground],
    lead: [...p.lead],
    opening: [...p.opening],
    terms: [...p.terms],
    names: [...p.names],
    foregroundNames: [...p.foregroundNames],
  };
}

function fromReading(r: ProfileReading): Reading {
  return {
    background: new Set(r.background),
    nearBackground: new Set(r.nearBackground),
    lead: new Set(r.lead),
    opening: new Set(r.opening),
    terms: new Map(r.terms),
    names: new Map(r.names),
    foregroundNames: new Set(r.foregroundNames),
  };
}

/** Reads the sentences of a report: which are background, lead and opening; its terms and names. */
function readReport(report: Report, text: string | null, body: string, sentence: (id: string) => string): Reading {
  // Background: sentences about earlier incidents or history (never the first sentence).
  const background = new Set<string>();
  for (const d of report.dates) if (d.role === 'earlier') background.add(d.sentenceId);
  for (const s of report.sentences) if (BACKGROUND_CUE.test(sentence(s.id))) background.add(s.id);
  if (report.sentences.length) background.delete(report.sentences[0].id);
  const nearBackground = new Set([...background].filter((id) => looksBackOnlyDays(report, id, sentence(id))));
  // The lead: the first sentences up to about 70 words (headlines and stand-firsts included), minus background.
  const lead = new Set<string>();
  const opening = new Set<string>();
  let count = 0;
  for (const s of report.sentences) {
    if (!background.has(s.id)) lead.add(s.id);
    if (!background.has(s.id) || nearBackground.has(s.id)) opening.add(s.id);
    count += text ? words(sentence(s.id)).length : 25;
    if (count >= 70 && lead.size >= 2) break;
  }
  // How much a sentence tells what the report is about: the opening most, distant background least.
  const boostOf = (id: string) => (opening.has(id) ? 3 : background.has(id) && !nearBackground.has(id) ? 0.5 : 1);

  const terms = new Map<string, number>();
  for (const s of report.sentences) {
    const t = sentence(s.id);
    if (!t) continue;
    const boost = boostOf(s.id);
    for (const w of contentWords(t)) {
      const k = stem(w);
      terms.set(k, (terms.get(k) ?? 0) + boost);
    }
  }
  if (!terms.size) for (const w of contentWords(body)) terms.set(stem(w), (terms.get(stem(w)) ?? 0) + 1);
  const names = new Map<string, number>();
  const foregroundNames = new Set<string>();
  const addNames = (t: string, boost: number) => {
    // Headlines in Title Case capitalize every word: they name nothing.
    if (titleCased(t)) return;
    NAME.lastIndex = 0;
    for (let m = NAME.exec(t); m; m = NAME.exec(t)) {
      const k = nameFeatureKey(m[0]);
      if (k === null) continue;
      names.set(k, (names.get(k) ?? 0) + boost);
      if (boost >= 1) foregroundNames.add(k);
    }
  };
  for (const s of report.sentences) addNames(sentence(s.id), boostOf(s.id));

  return { background, nearBackground, lead, opening, terms, names, foregroundNames };
}

/**
 * Builds a report's profile. `text` is the seed text (offsets index into it); `reading`, when
 * given, is this report's reading kept from an earlier build (see `ProfileReading`).
 */
export function profileReport(report: Report, text: string | null, reading?: ProfileReading): Profile {
  const known = new Map<string, string>();
  if (text) for (const s of report.sentences) known.set(s.id, text.slice(s.start, s.end));
  else {
    for (const item of [...report.figures, ...report.quotes, ...report.claims, ...report.dates]) known.set(item.sentenceId, item.sentence);
  }
  const sentence = (id: string) => known.get(id) ?? '';
  const body = text
    ? text.slice(report.bodyStart)
    : [report.title, report.summary, ...report.sentences.map((s) => known.get(s.id)).filter(Boolean)].join('\n');

  const { background, nearBackground, lead, opening, terms, names, foregroundNames } = reading ? fromReading(reading) : readReport(report, text, body, sentence);
  const distant = (id: string) => background.has(id) && !nearBackground.has(id);
  // A wire dateline: a name in capitals opening its sentence, before a comma, '(Agency)' or a dash.
  const starts = new Set(report.sentences.map((s) => s.start));
  const isDateline = (start: number, end: number) =>
    !!text && starts.has(start) && end - start >= 3 && !/\p{Ll}/u.test(text.slice(start, end)) && /^\s*[,(—–-]/u.test(text.slice(end, end + 3));
  const places: PlaceFeature[] = report.places.map((place) => {
    const inLead = place.mentions.some((m) => lead.has(m.sentenceId));
    const inOpening = place.mentions.some((m) => opening.has(m.sentenceId) && !isDateline(m.start, m.end));
    const backgroundOnly = place.mentions.length > 0 && place.mentions.every((m) => background.has(m.sentenceId));
    const distantOnly = place.mentions.length > 0 && place.mentions.every((m) => distant(m.sentenceId));
    const position = inOpening ? 1 : distantOnly ? 0.1 : 0.5;
    const repeat = Math.min(1.5, 1 + 0.1 * (place.mentions.length - 1));
    return { key: placeKey(place), place, weight: SPECIFICITY[place.precision] * position * repeat, lead: inLead, opening: inOpening, backgroundOnly, distantOnly };
  });
  const actors: ActorFeature[] = report.organizations.map((org) => {
    const inOpening = org.mentions.some((m) => opening.has(m.sentenceId));
    const distantOnly = org.mentions.length > 0 && org.mentions.every((m) => distant(m.sentenceId));
    const forms = [org.key, org.name, org.acronym ?? '', ...org.aliases].map(nameKey).filter((f) => f.length >= 3);
    const kindWeight = org.kind === 'armed-group' ? 1 : org.kind === 'state-force' || org.kind === 'government' ? 0.6 : 0.3;
    return { forms: [...new Set(forms)], org, weight: kindWeight * (inOpening ? 1 : distantOnly ? 0.1 : 0.5), opening: inOpening };
  });
  const sentenceSpans = new Map(report.sentences.map((s) => [s.id, { start: s.start, end: s.end }]));
  let tokens: string[] | undefined;
  return {
    report,
    text,
    body,
    sentence,
    sentenceSpans,
    lead,
    background,
    nearBackground,
    opening,
    get tokens() {
      return (tokens ??= words(body));
    },
    terms,
    names,
    foregroundNames,
    places,
    actors,
  };
}

// A look back of a day or two, or to a weekday: within the days a follow-up report covers.
const NEAR_CUE = /^(?:(?:a|one|two|three) days? |a day prior|the day before|last (?:night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i;
const NEAR_DATE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight|last night|the (?:day|night) before|the previous (?:day|night)|(?:a|one|two|three) days? (?:earlier|before|ago|after))\b/i;
const BACKGROUND_CUES = new RegExp(BACKGROUND_CUE.source, 'gi');

/**
 * Whether a background sentence looks back only to the incident's days: each of its background
 * cues is a near one, and each earlier date in it names a weekday or a day or two back (or resolves
 * within three days of the report's own date).
 */
function looksBackOnlyDays(report: Report, sentenceId: string, text: string): boolean {
  for (const m of text.matchAll(BACKGROUND_CUES)) if (!NEAR_CUE.test(m[0])) return false;
  const own = report.eventDate ?? report.published;
  for (const d of report.dates) {
    if (d.sentenceId !== sentenceId || d.role !== 'earlier') continue;
    const near = d.date && own && /^\d{4}-\d{2}-\d{2}/.test(d.date) && /^\d{4}-\d{2}-\d{2}/.test(own) ? daysBetween(d.date, own) <= 3 : NEAR_DATE.test(d.text);
    if (!near) return false;
  }
  return true;
}

/** A source reference for an item read at `[spanStart, spanEnd)` in sentence `sentenceId` of a report. */
export function sourceRef(p: Profile, sentenceId: string, spanStart: number | null = null, spanEnd: number | null = null, written: string | null = null): SourceRef {
  const s = p.sentenceSpans.get(sentenceId);
  return {
    reportId: p.report.id,
    file: p.report.file,
    sentenceId,
    start: s?.start ?? 0,
    end: s?.end ?? 0,
    spanStart,
    spanEnd,
    written,
  };
}
