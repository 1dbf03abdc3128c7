// Reading one sentence for organization names (the finder's rules, step by step). The finder
// (org-finder.ts) runs it sentence by sentence and keeps what each sentence asked of its options.
import type { CountryTable } from '../../geo/countries.ts';
import { ACRONYM_STOP, connectorsValid, countryOfName, findDefinitions, isAcronymToken } from './acronym-definitions.ts';
import { KNOWN_ORGS, type KnownOrg } from './known-orgs.ts';
import { ARABIC_GROUP_HEADS, COMMON, ORG_HEADS, PARTICLES, type OrgKind } from '../../text/lexicons/names.ts';
import { kindFromHead } from './org-kinds.ts';
import { PhraseIndex } from './phrases.ts';
import { appositiveBodyWithin, bareMinistryAt, mayNameDescribedBody, bodyAfterAppositiveNoun, bodyAfterDescriptor, bodyBeforeAppositive, bodyBeforeNoun, ministryAt, spanishGroupAt } from './named-bodies.ts';
import { countryAt, genericAt, genericKeyOfName, mayNameStateBody, type DemonymCountry } from './state-bodies.ts';
import type { OrgCandidate } from './org-candidate.ts';
import { joined, keyOf, surface, type Doc, type Token } from '../../text/words.ts';

/** What the finder asks that depends on its options. */
export interface Questions {
  isPlace: (key: string) => boolean;
  isTown: (key: string) => boolean;
  demonymCountry: DemonymCountry;
}

const HEAD_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'du', 'des', 'la', 'le']);
const UNIT_HEADS = new Set(['brigade', 'battalion', 'regiment', 'division', 'corps', 'army', 'squadron', 'fleet', 'group', 'force', 'command']);
const MEDIA_OPENERS = new Set(['radio', 'tv', 'television', 'tele', 'radiodiffusion']);
/** The words that link a head noun to the rest of a name it opens ("Alliance of Sahel States"); "in" too when a country ends the name. */
const LINKERS: readonly string[] = ['of', 'for', 'on'];
const LINKERS_IN: readonly string[] = [...LINKERS, 'in'];

const MINISTRY = new Set(['ministry']);
/** The words one of which a name read by a head noun or an opening word holds (step 4). */
const HEAD_WORDS = new Set([...ORG_HEADS.keys(), ...ARABIC_GROUP_HEADS, ...MEDIA_OPENERS]);

/** Whether a word of tokens `[from, to)` is in `words`: a sentence without one has none of the names that need one. */
function anyWordIn(doc: Doc, from: number, to: number, words: Set<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(doc.tokens[k].fold)) return true;
  return false;
}

let knownIndex: PhraseIndex<KnownOrg> | undefined;
let knownExact: Map<string, KnownOrg> | undefined;

/** The well-known bodies by their forms (a phrase index) and by names that are theirs only as written; built on first use. */
function knownTables(): { index: PhraseIndex<KnownOrg>; exact: Map<string, KnownOrg> } {
  if (!knownIndex || !knownExact) {
    knownIndex = new PhraseIndex<KnownOrg>();
    knownExact = new Map();
    for (const o of KNOWN_ORGS) {
      for (const f of o.forms) knownIndex.add(f, o);
      for (const e of o.exact ?? []) if (!knownExact.has(e)) knownExact.set(e, o);
    }
  }
  return { index: knownIndex, exact: knownExact };
}

/** The end of a run of name words from `i` (capitalized words joined by spaces or hyphens, with particles and connectors inside). */
function capRunEnd(doc: Doc, i: number, limit: number, connectors: Set<string>, possInside?: (key: string) => boolean): number {
  let end = i + 1;
  // "Ombudsman's Office", "Tigray People's Liberation Front": a possessive inside a name (not a place's: "Burkina Faso's Centre-Nord").
  const goesOn = (t: Token) => {
    if (!t.poss) return true;
    if (!possInside || t.i + 1 >= limit || !doc.tokens[t.i + 1].cap || !/^[ \t]+$/.test(doc.tokens[t.i + 1].gap)) return false;
    for (let k = i; k <= t.i; k++) if (!possInside(keyOf(doc, k, t.i + 1))) return false;
    return true;
  };
  if (!goesOn(doc.tokens[i])) return end;
  for (let j = i + 1; j < limit && joined(doc.tokens[j]); j++) {
    const t = doc.tokens[j];
    if (t.cap || (/^\d+$/.test(t.text) && j === end)) {
      end = j + 1;
      if (!goesOn(t)) break;
      continue;
    }
    if (PARTICLES.has(t.fold) || connectors.has(t.fold)) continue;
    break;
  }
  return end;
}

/** One sentence the finder reads: its tokens, what it asks, the tokens read so far and the candidates found in it. */
interface SentenceScan {
  doc: Doc;
  /** The sentence's index, and its tokens `[sentFrom, sentTo)`. */
  s: number;
  sentFrom: number;
  sentTo: number;
  countries: CountryTable;
  ask: Questions;
  /** The tokens of the text read so far. */
  taken: Uint8Array;
  /** The sentence's candidates, in the order found. */
  out: OrgCandidate[];
  /** Well-known bodies by their forms, and by names that are theirs only as written. */
  index: PhraseIndex<KnownOrg>;
  exact: Map<string, KnownOrg>;
}

/** Whether no token of `[from, to)` is read yet. */
function isFree(sc: SentenceScan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (sc.taken[k]) return false;
  return true;
}

/** Keeps candidate `c` and marks its tokens read. */
function keep(sc: SentenceScan, c: OrgCandidate): void {
  for (let k = c.from; k < c.to; k++) sc.taken[k] = 1;
  sc.out.push(c);
}

/** Whether a token of `[from, to)` is capitalized. */
function anyCap(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k].cap) return true;
  return false;
}

/** Where tokens `[from, to)` stand in the text, and how they are written. */
function spanOf(doc: Doc, from: number, to: number): { from: number; to: number; start: number; end: number; written: string } {
  return { from, to, start: doc.tokens[from].start, end: doc.tokens[to - 1].end, written: surface(doc, from, to) };
}

/**
 * The candidates of sentence `s`. `taken` marks the tokens read so far. Each step reads what the
 * steps before it left; each is its own function (and each loop body too), so that a rare branch
 * first taken costs the optimizing compiler one small function, not the whole finder.
 */
export function findInSentence(doc: Doc, s: number, countries: CountryTable, ask: Questions, taken: Uint8Array): OrgCandidate[] {
  const [sentFrom, sentTo] = doc.sentRange[s];
  const { index, exact } = knownTables();
  const sc: SentenceScan = { doc, s, sentFrom, sentTo, countries, ask, taken, out: [], index, exact };
  // Definitions and bare acronyms need an acronym.
  let acronyms = false;
  for (let k = sentFrom; k < sentTo && !acronyms; k++) acronyms = isAcronymToken(doc.tokens[k]);
  if (acronyms) findDefinitionsIn(sc);
  findKnownBodies(sc);
  findStateBodies(sc);
  findHeadNames(sc);
  findDescribedBodies(sc);
  if (acronyms) findBareAcronyms(sc);
  return sc.out;
}

/** 1. Definitions: "Long Name (ACR)", "ACR (Long Name)", "Long Name, or ACR,", "the … agency (ACR)". */
function findDefinitionsIn(sc: SentenceScan): void {
  const { doc, countries, exact, taken } = sc;
  findDefinitions(doc, doc.sentRange[sc.s], {
    countries,
    isPlace: sc.ask.isPlace,
    exact,
    taken,
    free: (from, to) => isFree(sc, from, to),
    push: (c) => keep(sc, c),
    span: (from, to) => spanOf(doc, from, to),
  });
}

/** 2. Well-known bodies. */
function findKnownBodies(sc: SentenceScan): void {
  for (let i = sc.sentFrom; i < sc.sentTo; i++) i = knownBodyAt(sc, i);
}

/** Keeps the well-known body named from token `i`, if any; returns the last token read (`i` when none). */
function knownBodyAt(sc: SentenceScan, i: number): number {
  const { doc, sentTo, index, exact } = sc;
  if (sc.taken[i] || doc.tokens[i].dateline) return i;
  const t = doc.tokens[i];
  const ex = exact.get(t.text);
  const m = index.opens(t.fold) ? index.match(doc, i, sentTo, (to) => isFree(sc, i, to) && anyCap(doc, i, to)) : null;
  let hit: { to: number; value: KnownOrg } | null = m;
  if (ex && (!m || m.to === i + 1)) hit = { to: i + 1, value: ex };
  if (!hit) return i;
  // A known name inside a longer capitalized name is part of that name ("Africa Corps" in "… Africa Corps Command").
  if (hit.to < sentTo && joined(doc.tokens[hit.to]) && doc.tokens[hit.to].cap && ORG_HEADS.has(doc.tokens[hit.to].fold) && !doc.tokens[hit.to - 1].poss) return i;
  const o = hit.value;
  keep(sc, { ...spanOf(doc, i, hit.to), name: o.name, acronym: o.acronym, source: 'table', kind: o.kind, country: null, keys: [`known:${o.id}`, ...(o.acronym ? [`acr:${o.acronym.toUpperCase()}`] : [])], known: o });
  return hit.to - 1;
}

/** 3. A country's ministries, forces, police or government. */
function findStateBodies(sc: SentenceScan): void {
  const { doc, sentFrom, sentTo } = sc;
  const ministries = anyWordIn(doc, sentFrom, sentTo, MINISTRY);
  // Most sentences name neither: nothing to read at each word.
  if (!ministries && !mayNameStateBody(doc, sentFrom, sentTo)) return;
  for (let i = sentFrom; i < sentTo; i++) i = stateBodyAt(sc, i, ministries);
}

/** Keeps the state body named from token `i`, if any (`ministries`: whether the sentence says "ministry"); returns the last token read (`i` when none). */
function stateBodyAt(sc: SentenceScan, i: number, ministries: boolean): number {
  const { doc, sentTo, countries, ask } = sc;
  if (sc.taken[i]) return i;
  const ministry = ministries ? ministryAt(doc, i, sentTo, countries, ask.isPlace, ask.demonymCountry) : null;
  if (ministry && isFree(sc, ministry.from, ministry.to)) {
    keep(sc, { ...spanOf(doc, ministry.from, ministry.to), name: ministry.name, acronym: null, source: 'head', kind: 'government', country: ministry.country, keys: [ministry.key] });
    return ministry.to - 1;
  }
  // "the health ministry" (not "the Chinese foreign ministry", read at the next word).
  const bare = ministries && i + 1 < sentTo && !ministryAt(doc, i + 1, sentTo, countries, ask.isPlace, ask.demonymCountry) ? bareMinistryAt(doc, i, sentTo) : null;
  if (bare && isFree(sc, bare.from, bare.to)) {
    keep(sc, { ...spanOf(doc, bare.from, bare.to), name: surface(doc, bare.from, bare.to), acronym: null, source: 'generic', kind: 'government', country: null, keys: [], ministry: bare.modifiers });
    return bare.to - 1;
  }
  const g = genericAt(doc, i, sentTo, countries, ask.demonymCountry);
  if (!g || !isFree(sc, g.from, g.to)) return i;
  const acronymAt = g.country ? parenthesizedAcronymAt(sc, g.to) : -1;
  if (acronymAt >= 0) {
    keepWithAcronym(sc, g, doc.tokens[acronymAt]);
    return acronymAt;
  }
  keep(sc, g);
  return g.to - 1;
}

/** The free acronym at token `k` when it stands alone in parentheses ("(FARDC)"), else -1. */
function parenthesizedAcronymAt(sc: SentenceScan, k: number): number {
  const { doc, sentTo } = sc;
  const acr = k < sentTo ? doc.tokens[k] : undefined;
  if (acr && !sc.taken[acr.i] && isAcronymToken(acr) && /^\s*\(\s*$/.test(acr.gap) && (acr.i + 1 < sentTo ? /^\s*\)/.test(doc.tokens[acr.i + 1].gap) : /^\s*\)/.test(doc.text.slice(acr.end)))) return acr.i;
  return -1;
}

/** "The Congolese army (FARDC)": the acronym names the body; keeps both. */
function keepWithAcronym(sc: SentenceScan, g: OrgCandidate, acr: Token): void {
  g.acronym = acr.text;
  g.keys.push(`acr:${acr.text.toUpperCase()}`);
  keep(sc, g);
  keep(sc, { ...spanOf(sc.doc, acr.i, acr.i + 1), name: g.name, acronym: acr.text, source: 'definition', kind: g.kind, country: g.country, keys: g.keys, generic: g.generic });
}

/** 4. Capitalized names ending in (or opening with "X of") an organization head noun. */
function findHeadNames(sc: SentenceScan): void {
  const { doc, sentFrom, sentTo } = sc;
  if (doc.titleCase[sc.s] || !anyWordIn(doc, sentFrom, sentTo, HEAD_WORDS)) return;
  for (let i = sentFrom; i < sentTo; i++) i = headNameAt(sc, i);
}

/** Keeps the name with an organization head noun that opens at token `i`, if any; returns the last token read (`i` when none). */
function headNameAt(sc: SentenceScan, i: number): number {
  const { doc, sentFrom, sentTo, countries, taken } = sc;
  const { isPlace } = sc.ask;
  const t = doc.tokens[i];
  if (taken[i] || !t.cap || (t.initial && COMMON.has(t.fold) && !ORG_HEADS.has(t.fold))) return i;
  let end = capRunEnd(doc, i, sentTo, HEAD_CONNECTORS, (k) => !isPlace(k) && !countries.byName.has(k) && !countries.byDemonym.has(k) && !ORG_HEADS.has(k));
  const inCountryTo = inCountryEnd(sc, i, end);
  if (inCountryTo >= 0) end = inCountryTo;
  const linkers = inCountryTo >= 0 ? LINKERS_IN : LINKERS;
  while (end > i && taken[end - 1]) end--;
  for (let k = i; k < end; k++) if (taken[k]) end = k;
  let from = i;
  while (from < end && (doc.tokens[from].fold === 'the' || (doc.tokens[from].initial && COMMON.has(doc.tokens[from].fold)))) from++;
  // "the 47th Mechanized Brigade": a unit's ordinal opens its name.
  const ordinal = from === i && i > sentFrom && /^\d+(?:st|nd|rd|th)$/.test(doc.tokens[i - 1].text) && joined(doc.tokens[i]) && !taken[i - 1];
  let to = headNameEnd(doc, from, end, linkers);
  if (to < 0) {
    const last = openedNameAt(sc, from, end);
    if (last >= 0) return last;
  }
  if (to < 0 || to - from < 2) return Math.max(i, end - 1);
  // Trim dangling connectors and make connectors well-formed.
  while (to > from && !doc.tokens[to - 1].cap) to--;
  while (from < to && !connectorsValid(doc, from, to, isPlace)) {
    from++;
    while (from < to && !doc.tokens[from].cap) from++;
  }
  if (to - from < 2 || !ORG_HEADS.has(doc.tokens[to - 1].fold) && !doc.tokens.slice(from, to).some((x, k) => ORG_HEADS.has(x.fold) && linkers.includes(doc.tokens[from + k + 1]?.fold ?? ''))) return Math.max(i, end - 1);
  let headAt = to - 1;
  for (let k = from; k < to - 1; k++) if (ORG_HEADS.has(doc.tokens[k].fold) && linkers.includes(doc.tokens[k + 1].fold)) { headAt = k; break; }
  // "the West Bank": a place whose name ends in a head noun.
  if (isPlace(keyOf(doc, from, headAt + 1))) return Math.max(i, end - 1);
  if (ordinal && from === i && UNIT_HEADS.has(doc.tokens[headAt].fold)) from = i - 1;
  keepHeadName(sc, from, to, headAt);
  return to - 1;
}

/**
 * "Islamic Resistance in Iraq", "Islamic State in West Africa": a head noun, "in", and a country or region.
 * The end of the name of tokens `[i, end)` taken on to that country, or -1 when none follows.
 */
function inCountryEnd(sc: SentenceScan, i: number, end: number): number {
  const { doc, sentTo } = sc;
  if (!(end + 1 < sentTo && doc.tokens[end].fold === 'in' && /^[ \t]+$/.test(doc.tokens[end].gap) && end - i >= 2 && ORG_HEADS.has(doc.tokens[end - 1].fold) && doc.tokens[end - 1].cap)) return -1;
  const place = countryAt(doc, end + 1, sentTo, sc.countries);
  if (place && !place.demonym && !doc.tokens[place.to - 1].poss && (place.to >= sentTo || !doc.tokens[place.to].cap || !joined(doc.tokens[place.to]))) return place.to;
  return -1;
}

/** Where is the head? "Alliance of Sahel States" (head before "of": the whole run) or "Timbuktu Institute" (head last): the end of the name in tokens `[from, end)`, or -1 when it has no head. */
function headNameEnd(doc: Doc, from: number, end: number, linkers: readonly string[]): number {
  for (let k = from; k < end - 1; k++) {
    const next = doc.tokens[k + 1].fold;
    if (ORG_HEADS.has(doc.tokens[k].fold) && doc.tokens[k].cap && linkers.includes(next)) return end;
  }
  for (let k = end - 1; k > from; k--) if (ORG_HEADS.has(doc.tokens[k].fold) && doc.tokens[k].cap) return k + 1;
  return -1;
}

/**
 * "Jabhat al-Nusra", "Katiba Macina": an Arabic head opens the name of an armed movement;
 * "Radio Okapi", "Télé Sahel": a broadcaster's name opens with its medium. Keeps such a name
 * opening at token `from` (within `end`); returns its last token, or -1 when there is none.
 */
function openedNameAt(sc: SentenceScan, from: number, end: number): number {
  const { doc } = sc;
  const opening: OrgKind | null = ARABIC_GROUP_HEADS.has(doc.tokens[from].fold) ? 'armed-group' : MEDIA_OPENERS.has(doc.tokens[from].fold) ? 'media' : null;
  if (!opening || from >= end - 1 || !doc.tokens.slice(from + 1, end).some((x) => x.cap)) return -1;
  let last = end;
  while (last > from && !doc.tokens[last - 1].cap) last--;
  const sp = spanOf(doc, from, last);
  keep(sc, { ...sp, name: sp.written, acronym: null, source: 'head', kind: opening, country: null, keys: [`name:${keyOf(doc, from, last)}`] });
  return last - 1;
}

/** Keeps the name of tokens `[from, to)` whose head noun is token `headAt`, its kind read from that head. */
function keepHeadName(sc: SentenceScan, from: number, to: number, headAt: number): void {
  const { doc, countries } = sc;
  const country = countryOfName(doc, from, to, countries);
  const kind = kindFromHead(doc, from, to, headAt, country);
  const sp = spanOf(doc, from, to);
  const keys = [`name:${keyOf(doc, from, to)}`];
  const generic = genericKeyOfName(sp.written, countries);
  if (generic) keys.push(generic);
  keep(sc, { ...sp, name: sp.written, acronym: null, source: 'head', kind, country: kind === 'state-force' || kind === 'government' ? (country?.code ?? null) : null, keys });
}

/** 4b. Capitalized names that a common noun says are bodies: "the Gran Grif gang", "security firm Ambrey". */
function findDescribedBodies(sc: SentenceScan): void {
  const { doc, sentFrom, sentTo } = sc;
  if (doc.titleCase[sc.s] || !mayNameDescribedBody(doc, sentFrom, sentTo)) return;
  // A name described by an appositive needs that appositive: looked for once, not at every word.
  const appositive = appositiveBodyWithin(doc, sentFrom + 1, sentTo - 1, sentTo);
  for (let i = sentFrom; i < sentTo; i++) i = describedBodyAt(sc, i, appositive);
}

/** Keeps the described body named from token `i`, if any (`appositive`: whether the sentence has a describing appositive); returns the last token read (`i` when none). */
function describedBodyAt(sc: SentenceScan, i: number, appositive: boolean): number {
  const { doc, sentFrom, sentTo, taken, countries } = sc;
  const { isPlace } = sc.ask;
  if (taken[i]) return i;
  const b =
    spanishGroupAt(doc, i, sentTo, taken, countries, isPlace, sc.ask.isTown) ??
    bodyBeforeNoun(doc, i, sentFrom, sentTo, taken, countries, isPlace) ??
    bodyAfterDescriptor(doc, i, sentFrom, sentTo, taken, countries, isPlace) ??
    (appositive ? bodyBeforeAppositive(doc, i, sentFrom, sentTo, taken, countries, isPlace) : null) ??
    bodyAfterAppositiveNoun(doc, i, sentFrom, sentTo, taken, countries, isPlace);
  if (!b || !isFree(sc, b.from, b.to)) return i;
  const name = surface(doc, b.nameFrom, b.nameTo);
  const known = sc.exact.get(name);
  const keys = [`name:${keyOf(doc, b.nameFrom, b.nameTo)}`, ...(b.nameTo - b.nameFrom === 1 && doc.tokens[b.nameFrom].acronym ? [`acr:${name.toUpperCase()}`] : [])];
  if (known) keys.push(`known:${known.id}`);
  keep(sc, { ...spanOf(doc, b.from, b.to), name: known?.name ?? name, acronym: known?.acronym ?? (doc.tokens[b.nameFrom].acronym && b.nameTo - b.nameFrom === 1 ? name : null), source: 'head', kind: known?.kind ?? b.kind, country: null, keys, known, alias: name });
  return b.to - 1;
}

/** 5. Bare acronyms (kept by the organizations plugin when defined, known, repeated or described). */
function findBareAcronyms(sc: SentenceScan): void {
  const { doc, countries, taken } = sc;
  for (let i = sc.sentFrom; i < sc.sentTo; i++) {
    const t = doc.tokens[i];
    if (taken[t.i] || t.dateline || !isAcronymToken(t) || ACRONYM_STOP.has(t.text) || countries.byAcronym.has(t.text.replace(/\./g, ''))) continue;
    if (t.text.replace(/[^\p{L}]/gu, '').length < 2 || /^(?:\p{Lu}\.)+$/u.test(t.text)) continue;
    keep(sc, { ...spanOf(doc, t.i, t.i + 1), name: t.text, acronym: t.text, source: 'acronym', kind: null, country: null, keys: [`acr:${t.text.toUpperCase()}`] });
  }
}
