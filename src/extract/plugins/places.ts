import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Place } from '../../schemas/entities.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import type { Country } from '../../geo/countries.ts';
import { COMMON, GEO_NOUNS, PLACE_SUFFIXES } from '../../text/lexicons/names.ts';
import { findOrgCandidates } from '../names/org-finder.ts';
import { findPersonCandidates } from '../names/person-finder.ts';
import { PhraseIndex } from '../names/phrases.ts';
import { FEATURE_NOUNS, type Evidence } from '../names/place-context.ts';
import { joined, keyOf, mentionAt, uniqueIds, type Doc } from '../../text/words.ts';
import { foldName } from '../../text/fold.ts';
import { wordsOf } from './words.ts';
import { addDraft, adminsOf, townsAndUnknowns, type Draft, type DraftBase, type Lexical, type PlaceScan } from './place-towns.ts';

export interface PlacesOptions {
  gazetteer: Gazetteer;
}

const lexicalIndexes = new WeakMap<Gazetteer, PhraseIndex<Lexical>>();

function lexicalIndex(gz: Gazetteer): PhraseIndex<Lexical> {
  let index = lexicalIndexes.get(gz);
  if (!index) {
    index = new PhraseIndex<Lexical>();
    // User places first: they take priority over every other source.
    for (const p of gz.userPlaces) for (const n of [p.name, ...p.aliases]) index.add(n, { type: 'user', place: p });
    // Sovereign states before territories sharing a name.
    const states = [...gz.countries.list].sort((a, b) => Number(b.independent) - Number(a.independent));
    for (const c of states) for (const k of c.keys.names) index.add(k, { type: 'country', country: c }, true);
    for (const [k, r] of gz.regions) index.add(k, { type: 'region', region: r }, true);
    lexicalIndexes.set(gz, index);
  }
  return index;
}

const adjectiveFirstWords = new WeakMap<Gazetteer, Set<string>>();

/** First words of the regions' adjectives ("west" of "West African"): no adjective opens at any other word. */
function regionAdjectiveFirstWords(gz: Gazetteer): Set<string> {
  let words = adjectiveFirstWords.get(gz);
  if (!words) {
    words = new Set([...gz.regionAdjectives.keys()].map((k) => k.split(' ')[0]));
    adjectiveFirstWords.set(gz, words);
  }
  return words;
}

/** Whether any of `flags[from…to)` is set. */
function anyFlagged(flags: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (flags[k]) return true;
  return false;
}

/** The place a table name stands for. */
function draftOf(l: Lexical): DraftBase {
  if (l.type === 'user') {
    const p = l.place;
    return { id: `user:${foldName(p.name).replace(/ /g, '-')}`, name: p.name, lat: p.lat, lon: p.lon, country: p.country, admin1: null, precision: p.precision ?? 'town', gazetteerId: `user:${foldName(p.name).replace(/ /g, '-')}`, variant: false };
  }
  if (l.type === 'country') {
    const c = l.country;
    return { id: `country:${c.code}`, name: c.name, lat: c.lat, lon: c.lon, country: c.code, admin1: null, precision: 'country', gazetteerId: `country:${c.code}`, variant: false };
  }
  const r = l.region;
  return { id: `region:${r.id}`, name: r.name, lat: r.lat, lon: r.lon, country: null, admin1: null, precision: 'region', gazetteerId: `region:${r.id}`, variant: false };
}

/** Counts one more mention of country `cc`. */
function addEvidence(scan: PlaceScan, cc: string | null): void {
  if (cc) scan.evidenceCount.set(cc, (scan.evidenceCount.get(cc) ?? 0) + 1);
}

/** Masks organization names: they are not places ("Timbuktu Institute", "United States Africa Command"). */
function maskOrganizations(scan: PlaceScan): void {
  const { gz, masked } = scan;
  const isPlaceKey = (k: string) => !!(gz.user(k) || gz.countries.byName.has(k) || gz.regions.has(k));
  for (const c of findOrgCandidates(scan.doc, { countries: gz.countries, isPlace: isPlaceKey, isTown: (k) => gz.towns(k).length > 0 })) {
    // Bare capitalized words ("MOGADISHU" of a dateline) are left to the place rules.
    if (c.source !== 'generic' && c.source !== 'acronym') for (let k = c.from; k < c.to; k++) masked[k] = 1;
  }
}

/** Fills `lexicalAt` and `named`: the longest table name at each capitalized word, and the countries named. */
function indexTableNames(scan: PlaceScan): void {
  const { doc, tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    // Countries named inside an organization's name count too ("Armed Forces of the Democratic Republic of Congo").
    const m = tokens[i].cap ? scan.lexical.match(doc, i, doc.sentRange[tokens[i].sent][1]) : null;
    scan.lexicalAt[i] = m;
    if (m?.value.type === 'country') scan.named.add(m.value.country.code);
  }
}

/** The country of a demonym, preferring one the text names ("Congolese"). */
function demonymCountry(scan: PlaceScan, key: string): Country | undefined {
  const countries = scan.gz.countries;
  return countries.demonymAll.get(key)?.find((c) => scan.named.has(c.code)) ?? countries.byDemonym.get(key);
}

/** Whether the table name `[i, to)` is only part of a longer name (a division, a feature, a town). */
function partOfLongerName(scan: PlaceScan, i: number, to: number, limit: number): boolean {
  const { doc, tokens, gz } = scan;
  const t = tokens[i];
  // A country or region name that ends a longer capitalized town name is part of it ("Port Sudan").
  const prev = i > 0 ? tokens[i - 1] : undefined;
  // A country name before "State"/"Region" may name a division ("Niger State" in Nigeria).
  const next = to < limit ? tokens[to] : undefined;
  const division = !!next && next.cap && joined(next) && PLACE_SUFFIXES.has(next.fold) && gz.admin1(keyOf(doc, i, to + 1)).length > 0;
  const longer =
    // "the South China Sea", "Lake Victoria Basin": a capitalized feature noun after the name makes a longer name.
    (!!next && next.cap && joined(next) && !t.poss && !tokens[to - 1].poss && FEATURE_NOUNS.has(next.fold) && !gz.regions.has(keyOf(doc, i, to + 1))) ||
    (!!prev && prev.sent === t.sent && prev.cap && joined(t) && !scan.masked[i - 1] && !(prev.initial && COMMON.has(prev.fold)) && (gz.towns(keyOf(doc, i - 1, to)).length > 0 || adminsOf(keyOf(doc, i - 1, to), gz).length > 0));
  return division || longer;
}

/** "Congo" in a text about DR Congo: a country's secondary name that is part of another named country's name means that one. */
function countryMeant(scan: PlaceScan, i: number, to: number, own: Country): Country {
  const key = keyOf(scan.doc, i, to);
  if (key === foldName(own.name)) return own;
  const countries = scan.gz.countries;
  return [...scan.named].map((cc) => countries.byCode.get(cc)!).find((c) => c.code !== own.code && c.keys.names.some((n) => n !== key && ` ${n} `.includes(` ${key} `))) ?? own;
}

/** Step 1 at word `i` (neither masked nor taken): a name from the tables there; returns the index of the last word read. */
function tableNameAt(scan: PlaceScan, i: number): number {
  const { doc, tokens, masked } = scan;
  const t = tokens[i];
  const limit = doc.sentRange[t.sent][1];
  // The longest name is the longest unmasked one when none of its words is masked.
  const longest = scan.lexicalAt[i];
  const m = !longest ? null : !anyFlagged(masked, i, longest.to) ? longest : scan.lexical.match(doc, i, limit, (to) => !anyFlagged(masked, i, to));
  if (m) {
    if (m.value.type !== 'user' && partOfLongerName(scan, i, m.to, limit)) return m.to - 1;
    const value: Lexical = m.value.type === 'country' ? { type: 'country', country: countryMeant(scan, i, m.to, m.value.country) } : m.value;
    const d = addDraft(scan, draftOf(value), i, m.to);
    if (d.precision === 'country') addEvidence(scan, d.country);
    return m.to - 1;
  }
  const acr = t.acronym ? scan.gz.countries.byAcronym.get(t.text.replace(/\./g, '')) : undefined;
  if (acr) {
    addEvidence(scan, acr.code);
    addDraft(scan, draftOf({ type: 'country', country: acr }), i, i + 1);
    return i;
  }
  if (t.cap && (scan.gz.countries.firstWords.has(t.fold) || scan.adjectiveFirst.has(t.fold))) return demonymAt(scan, i, limit);
  return i;
}

/** Demonyms and region adjectives before a geographic noun: "the Senegalese border", "West African coast". Returns the index of the last word read. */
function demonymAt(scan: PlaceScan, i: number, limit: number): number {
  const { doc, tokens } = scan;
  for (let n = Math.min(3, limit - i); n >= 1; n--) {
    const key = keyOf(doc, i, i + n);
    const country = demonymCountry(scan, key);
    const region = scan.gz.regionAdjectives.get(key);
    if (!country && !region) continue;
    if (country) addEvidence(scan, country.code);
    let j = i + n;
    if (j < limit && !tokens[j].cap && !GEO_NOUNS.has(tokens[j].fold) && j + 1 < limit && GEO_NOUNS.has(tokens[j + 1].fold)) j++;
    const geo = j < limit && GEO_NOUNS.has(tokens[j].fold) && joined(tokens[j]) && !tokens[j].cap;
    const subRegion = j + 1 < limit && tokens[j].fold === 'sub' && tokens[j + 1].fold === 'region';
    if (geo || subRegion) addDraft(scan, country ? draftOf({ type: 'country', country }) : draftOf({ type: 'region', region: region! }), i, i + n, false);
    return i + n - 1;
  }
  return i;
}

/** The countries step 1 found: mentioned (most first) and named as places. */
function evidenceOf(scan: PlaceScan): Evidence {
  return {
    countries: [...scan.evidenceCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([cc]) => cc),
    named: [...new Set([...scan.drafts.values()].filter((d) => d.precision === 'country' && d.country).map((d) => d.country!))],
    admins: new Set(),
  };
}

/** Masks people's names: they are not places ("Langley said"): titled names, names before a reporting verb… Returns their surnames. */
function maskPeople(scan: PlaceScan, evidence: Evidence): Set<string> {
  const { doc, tokens, gz, masked, taken } = scan;
  const blocked = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) blocked[k] = masked[k] | taken[k];
  const surnames = new Set<string>();
  for (const p of findPersonCandidates(doc, blocked, gz.countries)) {
    // "Abu Dhabi denies": a known town of a country in the text (or a capital) speaking stands for its government.
    const key = keyOf(doc, p.from, p.to);
    if (p.cue === 'speech' && gz.towns(key).some((x) => evidence.countries.includes(x.country) || gz.capital(x.country)?.id === x.id)) continue;
    for (let k = p.from; k < p.to; k++) masked[k] = 1;
    surnames.add(tokens[p.to - 1].fold);
  }
  return surnames;
}

/** The names of the places found, for step 3. */
function namesIndex(drafts: Map<string, Draft>): PhraseIndex<Draft> {
  const index = new PhraseIndex<Draft>();
  for (const d of drafts.values()) for (const k of d.keys) index.add(k, d);
  return index;
}

/** 3. Later mentions of the same names anywhere ("with Diboli situated on the border"). */
function repeatedMentions(scan: PlaceScan): void {
  const { doc, tokens, masked, taken } = scan;
  const repeat = namesIndex(scan.drafts);
  for (let i = 0; i < tokens.length; i++) {
    if (masked[i] || taken[i] || !tokens[i].cap) continue;
    const m = repeat.match(doc, i, doc.sentRange[tokens[i].sent][1], (to) => !anyFlagged(masked, i, to) && !anyFlagged(taken, i, to));
    if (m) i = mentionAgain(scan, i, m.to, m.value);
  }
}

/** Step 3 at word `i`: records `[i, to)` as another mention of `draft` unless a longer capitalized name goes on; returns the index of the last word read. */
function mentionAgain(scan: PlaceScan, i: number, to: number, draft: Draft): number {
  const { tokens, taken } = scan;
  if (to < tokens.length && tokens[to].sent === tokens[i].sent && tokens[to].cap && joined(tokens[to])) return i;
  draft.spans.push([tokens[i].start, tokens[to - 1].end]);
  for (let k = i; k < to; k++) taken[k] = 1;
  return to - 1;
}

/** The places found, in order of first mention. */
function placesOf(scan: PlaceScan): Place[] {
  const list = [...scan.drafts.values()].map((d) => ({ ...d, spans: [...d.spans].sort((a, b) => a[0] - b[0]) })).sort((a, b) => a.spans[0][0] - b.spans[0][0]);
  const ids = uniqueIds('l', list.map((d) => d.name));
  return list.map((d, n) => {
    // The text's spelling, preferring one not in capitals (a dateline's "GOMA").
    const written = d.forms.find((f) => f !== f.toUpperCase()) ?? d.forms[0] ?? d.name;
    return {
      id: ids[n],
      name: d.name,
      written,
      aliases: d.forms.filter((f) => f !== d.name && f !== written),
      lat: d.lat,
      lon: d.lon,
      country: d.country,
      admin1: d.admin1,
      precision: d.precision,
      gazetteerId: d.gazetteerId,
      variant: d.variant,
      mentions: d.spans.map(([start, end]) => mentionAt(scan.doc, start, end)),
    };
  });
}

/**
 * Places: countries (names and demonyms before "border", "territory"…), regions, gazetteer towns
 * and divisions in place context, and unknown towns that the context shows to be places (kept
 * unlocated). Homonyms are told apart by the countries the text mentions.
 */
export function extractPlaces(doc: Doc, gz: Gazetteer): Place[] {
  const { tokens } = doc;
  const scan: PlaceScan = {
    doc,
    tokens,
    gz,
    lexical: lexicalIndex(gz),
    adjectiveFirst: regionAdjectiveFirstWords(gz),
    masked: new Uint8Array(tokens.length),
    taken: new Uint8Array(tokens.length),
    spanEnd: new Int32Array(tokens.length),
    drafts: new Map(),
    evidenceCount: new Map(),
    named: new Set(),
    lexicalAt: new Array(tokens.length).fill(null),
  };
  maskOrganizations(scan);
  indexTableNames(scan);
  // 1. Names from the country, region and user tables, anywhere.
  for (let i = 0; i < tokens.length; i++) if (!scan.masked[i] && !scan.taken[i]) i = tableNameAt(scan, i);
  const evidence = evidenceOf(scan);
  const surnames = maskPeople(scan, evidence);
  townsAndUnknowns(scan, evidence, surnames);
  repeatedMentions(scan);
  return placesOf(scan);
}


/** The places plugin: `file.data.places`. Needs the gazetteer (loaded once outside). */
export default function places(options: PlacesOptions) {
  return (_tree: Root, file: VFile) => {
    if (!options?.gazetteer) {
      file.data.places = [];
      file.message('places: no gazetteer given; places were not extracted', { source: 'sitrep-places', ruleId: 'no-gazetteer' });
      return;
    }
    file.data.places = extractPlaces(wordsOf(file), options.gazetteer);
  };
}
