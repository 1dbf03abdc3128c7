import type { CountryTable } from '../../geo/countries.ts';
import { ACRONYM_STOP, connectorsValid, countryOfName, findDefinitions, isAcronymToken } from './acronym-definitions.ts';
import { KNOWN_ORGS, type KnownOrg } from './known-orgs.ts';
import { ARABIC_GROUP_HEADS, COMMON, ORG_HEADS, PARTICLES, type OrgKind } from '../../text/lexicons/names.ts';
import { headOf, kindFromHead } from './org-kinds.ts';
import { PhraseIndex } from './phrases.ts';
import { appositiveBodyWithin, bareMinistryAt, mayNameDescribedBody, bodyAfterAppositiveNoun, bodyAfterDescriptor, bodyBeforeAppositive, bodyBeforeNoun, ministryAt, spanishGroupAt } from './named-bodies.ts';
import { countryAt, genericAt, genericKeyOfName, mayNameStateBody, type DemonymCountry } from './state-bodies.ts';
import type { OrgCandidate } from './org-candidate.ts';
import { joined, keyOf, surface, type Doc, type Token } from '../../text/words.ts';

export { isAcronymToken, isNameToken } from './acronym-definitions.ts';

export type { GenericBody, OrgCandidate } from './org-candidate.ts';
export { kindCue } from './org-kinds.ts';

export interface OrgFinderOptions {
  /** Whether a folded name is a town of the gazetteer ("Los Angeles" is not a gang). */
  isTown?: (key: string) => boolean;
  countries: CountryTable;
  /** Whether a folded name is a known place (stops "Mali and the …" from joining an organization name). */
  isPlace?: (key: string) => boolean;
  /** Countries the text names: a demonym shared by several countries ("Congolese") means one of these. */
  preferCountries?: Set<string>;
}

const HEAD_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'du', 'des', 'la', 'le']);
const UNIT_HEADS = new Set(['brigade', 'battalion', 'regiment', 'division', 'corps', 'army', 'squadron', 'fleet', 'group', 'force', 'command']);
const MEDIA_OPENERS = new Set(['radio', 'tv', 'television', 'tele', 'radiodiffusion']);

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

/**
 * Every stretch of text that names an organization: acronym definitions ("Long Name (ACR)"),
 * well-known bodies, a country's forces or government, capitalized names with an organization
 * head noun ("Timbuktu Institute", "Alliance of Sahel States") and bare acronyms.
 * Candidates do not overlap; earlier kinds of evidence win.
 *
 * The places plugin and the organizations plugin both ask, with options that differ a little (the
 * places known before and after places are read). Every rule reads one sentence, so the finder
 * works sentence by sentence and keeps, per text, each sentence's candidates with the questions it
 * asked of the options; a later call reuses a sentence whose questions its options answer the same.
 */
export function findOrgCandidates(doc: Doc, options: OrgFinderOptions): OrgCandidate[] {
  const { countries, preferCountries } = options;
  const ask: Questions = {
    isPlace: options.isPlace ?? ((k: string) => countries.byName.has(k)),
    isTown: options.isTown ?? (() => false),
    demonymCountry: (key) => countries.demonymAll.get(key)!.find((c) => preferCountries?.has(c.code)) ?? countries.byDemonym.get(key)!,
  };
  const last = lastRuns.get(doc);
  const previous = last?.countries === countries ? last.sentences : [];
  const taken = new Uint8Array(doc.tokens.length);
  const sentences: SentenceRun[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const before = previous[s];
    if (before && agrees(before.answers.isPlace, ask.isPlace) && agrees(before.answers.isTown, ask.isTown) && agrees(before.answers.demonymCountry, ask.demonymCountry)) {
      sentences.push(before);
      continue;
    }
    const answers: Answers = { isPlace: new Map(), isTown: new Map(), demonymCountry: new Map() };
    const recorded: Questions = { isPlace: recording(answers.isPlace, ask.isPlace), isTown: recording(answers.isTown, ask.isTown), demonymCountry: recording(answers.demonymCountry, ask.demonymCountry) };
    sentences.push({ answers, candidates: findInSentence(doc, s, countries, recorded, taken) });
  }
  lastRuns.set(doc, { countries, sentences });
  // Copies: linking names to their acronyms rewrites candidates, and callers may too; the kept ones stay as found.
  const out = sentences.flatMap((r) => r.candidates.map((c) => ({ ...c, keys: [...c.keys] })));
  linkKnownAs(doc, out);
  return out.sort((a, b) => a.start - b.start);
}

/** What the finder asks that depends on its options. */
interface Questions {
  isPlace: (key: string) => boolean;
  isTown: (key: string) => boolean;
  demonymCountry: DemonymCountry;
}

/** The questions the finder asked while reading one sentence, with their answers. */
type Answers = { [Q in keyof Questions]: Map<string, ReturnType<Questions[Q]>> };

interface SentenceRun {
  answers: Answers;
  candidates: OrgCandidate[];
}

/** The last run of the finder on each text (a text's words are never changed once read). */
const lastRuns = new WeakMap<Doc, { countries: CountryTable; sentences: SentenceRun[] }>();

/** `ask`, keeping each answer in `answers`. */
function recording<T>(answers: Map<string, T>, ask: (key: string) => T): (key: string) => T {
  return (key) => {
    const answer = ask(key);
    answers.set(key, answer);
    return answer;
  };
}

/** Whether `ask` answers every question as recorded. */
function agrees<T>(answers: Map<string, T>, ask: (key: string) => T): boolean {
  for (const [key, answer] of answers) if (ask(key) !== answer) return false;
  return true;
}

/** The candidates of sentence `s`. `taken` marks the tokens read so far. */
function findInSentence(doc: Doc, s: number, countries: CountryTable, ask: Questions, taken: Uint8Array): OrgCandidate[] {
  const { isPlace } = ask;
  const [sentFrom, sentTo] = doc.sentRange[s];
  const out: OrgCandidate[] = [];
  const free = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (taken[k]) return false;
    return true;
  };
  const push = (c: OrgCandidate) => {
    for (let k = c.from; k < c.to; k++) taken[k] = 1;
    out.push(c);
  };
  const anyCap = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (doc.tokens[k].cap) return true;
    return false;
  };
  const span = (from: number, to: number) => ({ from, to, start: doc.tokens[from].start, end: doc.tokens[to - 1].end, written: surface(doc, from, to) });
  const { index, exact } = knownTables();
  // Definitions and bare acronyms need an acronym.
  let acronyms = false;
  for (let k = sentFrom; k < sentTo && !acronyms; k++) acronyms = isAcronymToken(doc.tokens[k]);
  // 1. Definitions: "Long Name (ACR)", "ACR (Long Name)", "Long Name, or ACR,", "the … agency (ACR)".
  if (acronyms) findDefinitions(doc, doc.sentRange[s], { countries, isPlace, exact, taken, free, push, span });

  // 2. Well-known bodies.
  for (let i = sentFrom; i < sentTo; i++) {
    if (taken[i] || doc.tokens[i].dateline) continue;
    const t = doc.tokens[i];
    const ex = exact.get(t.text);
    const m = index.opens(t.fold) ? index.match(doc, i, sentTo, (to) => free(i, to) && anyCap(i, to)) : null;
    let hit: { to: number; value: KnownOrg } | null = m;
    if (ex && (!m || m.to === i + 1)) hit = { to: i + 1, value: ex };
    if (!hit) continue;
    // A known name inside a longer capitalized name is part of that name ("Africa Corps" in "… Africa Corps Command").
    if (hit.to < sentTo && joined(doc.tokens[hit.to]) && doc.tokens[hit.to].cap && ORG_HEADS.has(doc.tokens[hit.to].fold) && !doc.tokens[hit.to - 1].poss) continue;
    const o = hit.value;
    push({ ...span(i, hit.to), name: o.name, acronym: o.acronym, source: 'table', kind: o.kind, country: null, keys: [`known:${o.id}`, ...(o.acronym ? [`acr:${o.acronym.toUpperCase()}`] : [])], known: o });
    i = hit.to - 1;
  }

  // 3. A country's ministries, forces, police or government.
  const ministries = anyWordIn(doc, sentFrom, sentTo, MINISTRY);
  // Most sentences name neither: nothing to read at each word.
  const stateBodies = ministries || mayNameStateBody(doc, sentFrom, sentTo);
  for (let i = sentFrom; i < sentTo && stateBodies; i++) {
    if (taken[i]) continue;
    const ministry = ministries ? ministryAt(doc, i, sentTo, countries, isPlace, ask.demonymCountry) : null;
    if (ministry && free(ministry.from, ministry.to)) {
      push({ ...span(ministry.from, ministry.to), name: ministry.name, acronym: null, source: 'head', kind: 'government', country: ministry.country, keys: [ministry.key] });
      i = ministry.to - 1;
      continue;
    }
    // "the health ministry" (not "the Chinese foreign ministry", read at the next word).
    const bare = ministries && i + 1 < sentTo && !ministryAt(doc, i + 1, sentTo, countries, isPlace, ask.demonymCountry) ? bareMinistryAt(doc, i, sentTo) : null;
    if (bare && free(bare.from, bare.to)) {
      push({ ...span(bare.from, bare.to), name: surface(doc, bare.from, bare.to), acronym: null, source: 'generic', kind: 'government', country: null, keys: [], ministry: bare.modifiers });
      i = bare.to - 1;
      continue;
    }
    const g = genericAt(doc, i, sentTo, countries, ask.demonymCountry);
    if (!g || !free(g.from, g.to)) continue;
    // "The Congolese army (FARDC)": the acronym names the body.
    const acr = g.to < sentTo ? doc.tokens[g.to] : undefined;
    if (g.country && acr && !taken[acr.i] && isAcronymToken(acr) && /^\s*\(\s*$/.test(acr.gap) && (acr.i + 1 < sentTo ? /^\s*\)/.test(doc.tokens[acr.i + 1].gap) : /^\s*\)/.test(doc.text.slice(acr.end)))) {
      g.acronym = acr.text;
      g.keys.push(`acr:${acr.text.toUpperCase()}`);
      push(g);
      push({ ...span(acr.i, acr.i + 1), name: g.name, acronym: acr.text, source: 'definition', kind: g.kind, country: g.country, keys: g.keys, generic: g.generic });
      i = acr.i;
      continue;
    }
    push(g);
    i = g.to - 1;
  }

  // 4. Capitalized names ending in (or opening with "X of") an organization head noun.
  if (!doc.titleCase[s] && anyWordIn(doc, sentFrom, sentTo, HEAD_WORDS)) {
    for (let i = sentFrom; i < sentTo; i++) {
      const t = doc.tokens[i];
      if (taken[i] || !t.cap || (t.initial && COMMON.has(t.fold) && !ORG_HEADS.has(t.fold))) continue;
      let end = capRunEnd(doc, i, sentTo, HEAD_CONNECTORS, (k) => !isPlace(k) && !countries.byName.has(k) && !countries.byDemonym.has(k) && !ORG_HEADS.has(k));
      let inCountry = false;
      // "Islamic Resistance in Iraq", "Islamic State in West Africa": a head noun, "in", and a country or region.
      if (end + 1 < sentTo && doc.tokens[end].fold === 'in' && /^[ \t]+$/.test(doc.tokens[end].gap) && end - i >= 2 && ORG_HEADS.has(doc.tokens[end - 1].fold) && doc.tokens[end - 1].cap) {
        const place = countryAt(doc, end + 1, sentTo, countries);
        if (place && !place.demonym && !doc.tokens[place.to - 1].poss && (place.to >= sentTo || !doc.tokens[place.to].cap || !joined(doc.tokens[place.to]))) {
          end = place.to;
          inCountry = true;
        }
      }
      const linkers = inCountry ? ['of', 'for', 'on', 'in'] : ['of', 'for', 'on'];
      while (end > i && taken[end - 1]) end--;
      for (let k = i; k < end; k++) if (taken[k]) end = k;
      let from = i;
      while (from < end && (doc.tokens[from].fold === 'the' || (doc.tokens[from].initial && COMMON.has(doc.tokens[from].fold)))) from++;
      // "the 47th Mechanized Brigade": a unit's ordinal opens its name.
      const ordinal = from === i && i > sentFrom && /^\d+(?:st|nd|rd|th)$/.test(doc.tokens[i - 1].text) && joined(doc.tokens[i]) && !taken[i - 1];
      // Where is the head? "Alliance of Sahel States" (head before "of") or "Timbuktu Institute" (head last).
      let to = -1;
      for (let k = from; k < end - 1; k++) {
        const next = doc.tokens[k + 1].fold;
        if (ORG_HEADS.has(doc.tokens[k].fold) && doc.tokens[k].cap && linkers.includes(next)) {
          to = end;
          break;
        }
      }
      if (to < 0) for (let k = end - 1; k > from; k--) if (ORG_HEADS.has(doc.tokens[k].fold) && doc.tokens[k].cap) { to = k + 1; break; }
      // "Jabhat al-Nusra", "Katiba Macina": an Arabic head opens the name of an armed movement;
      // "Radio Okapi", "Télé Sahel": a broadcaster's name opens with its medium.
      const opening = ARABIC_GROUP_HEADS.has(doc.tokens[from].fold) ? 'armed-group' : MEDIA_OPENERS.has(doc.tokens[from].fold) ? 'media' : null;
      if (to < 0 && opening && from < end - 1 && doc.tokens.slice(from + 1, end).some((x) => x.cap)) {
        let last = end;
        while (last > from && !doc.tokens[last - 1].cap) last--;
        const sp = span(from, last);
        push({ ...sp, name: sp.written, acronym: null, source: 'head', kind: opening, country: null, keys: [`name:${keyOf(doc, from, last)}`] });
        i = last - 1;
        continue;
      }
      if (to < 0 || to - from < 2) {
        i = Math.max(i, end - 1);
        continue;
      }
      // Trim dangling connectors and make connectors well-formed.
      while (to > from && !doc.tokens[to - 1].cap) to--;
      while (from < to && !connectorsValid(doc, from, to, isPlace)) {
        from++;
        while (from < to && !doc.tokens[from].cap) from++;
      }
      if (to - from < 2 || !ORG_HEADS.has(doc.tokens[to - 1].fold) && !doc.tokens.slice(from, to).some((x, k) => ORG_HEADS.has(x.fold) && linkers.includes(doc.tokens[from + k + 1]?.fold ?? ''))) {
        i = Math.max(i, end - 1);
        continue;
      }
      let headAt = to - 1;
      for (let k = from; k < to - 1; k++) if (ORG_HEADS.has(doc.tokens[k].fold) && linkers.includes(doc.tokens[k + 1].fold)) { headAt = k; break; }
      // "the West Bank": a place whose name ends in a head noun.
      if (isPlace(keyOf(doc, from, headAt + 1))) {
        i = Math.max(i, end - 1);
        continue;
      }
      if (ordinal && from === i && UNIT_HEADS.has(doc.tokens[headAt].fold)) from = i - 1;
      const country = countryOfName(doc, from, to, countries);
      const kind = kindFromHead(doc, from, to, headAt, country);
      const sp = span(from, to);
      const keys = [`name:${keyOf(doc, from, to)}`];
      const generic = genericKeyOfName(sp.written, countries);
      if (generic) keys.push(generic);
      push({ ...sp, name: sp.written, acronym: null, source: 'head', kind, country: kind === 'state-force' || kind === 'government' ? (country?.code ?? null) : null, keys });
      i = to - 1;
    }
  }

  // 4b. Capitalized names that a common noun says are bodies: "the Gran Grif gang", "security firm Ambrey".
  if (!doc.titleCase[s] && mayNameDescribedBody(doc, sentFrom, sentTo)) {
    // A name described by an appositive needs that appositive: looked for once, not at every word.
    const appositive = appositiveBodyWithin(doc, sentFrom + 1, sentTo - 1, sentTo);
    for (let i = sentFrom; i < sentTo; i++) {
      if (taken[i]) continue;
      const b =
        spanishGroupAt(doc, i, sentTo, taken, countries, isPlace, ask.isTown) ??
        bodyBeforeNoun(doc, i, sentFrom, sentTo, taken, countries, isPlace) ??
        bodyAfterDescriptor(doc, i, sentFrom, sentTo, taken, countries, isPlace) ??
        (appositive ? bodyBeforeAppositive(doc, i, sentFrom, sentTo, taken, countries, isPlace) : null) ??
        bodyAfterAppositiveNoun(doc, i, sentFrom, sentTo, taken, countries, isPlace);
      if (!b || !free(b.from, b.to)) continue;
      const name = surface(doc, b.nameFrom, b.nameTo);
      const known = exact.get(name);
      const keys = [`name:${keyOf(doc, b.nameFrom, b.nameTo)}`, ...(b.nameTo - b.nameFrom === 1 && doc.tokens[b.nameFrom].acronym ? [`acr:${name.toUpperCase()}`] : [])];
      if (known) keys.push(`known:${known.id}`);
      push({ ...span(b.from, b.to), name: known?.name ?? name, acronym: known?.acronym ?? (doc.tokens[b.nameFrom].acronym && b.nameTo - b.nameFrom === 1 ? name : null), source: 'head', kind: known?.kind ?? b.kind, country: null, keys, known, alias: name });
      i = b.to - 1;
    }
  }

  // 5. Bare acronyms (kept by the organizations plugin when defined, known, repeated or described).
  for (let i = sentFrom; i < sentTo && acronyms; i++) {
    const t = doc.tokens[i];
    if (taken[t.i] || t.dateline || !isAcronymToken(t) || ACRONYM_STOP.has(t.text) || countries.byAcronym.has(t.text.replace(/\./g, ''))) continue;
    if (t.text.replace(/[^\p{L}]/gu, '').length < 2 || /^(?:\p{Lu}\.)+$/u.test(t.text)) continue;
    push({ ...span(t.i, t.i + 1), name: t.text, acronym: t.text, source: 'acronym', kind: null, country: null, keys: [`acr:${t.text.toUpperCase()}`] });
  }
  return out;
}

/** "X, known by its Arabic acronym JNIM" / "X, also known as Y": the acronym names X. */
function linkKnownAs(doc: Doc, candidates: OrgCandidate[]): void {
  const byStart = [...candidates].sort((a, b) => a.start - b.start);
  for (const c of byStart) {
    if (c.source !== 'acronym') continue;
    const sentFrom = doc.sentRange[doc.tokens[c.from].sent][0];
    let k = c.from - 1;
    let sawKnown = false;
    while (k >= sentFrom && c.from - k <= 7 && !/[,;(]/.test(doc.tokens[k + 1].gap)) {
      if (doc.tokens[k].fold === 'known' || doc.tokens[k].fold === 'abbreviated' || doc.tokens[k].fold === 'acronym') sawKnown = true;
      k--;
    }
    if (!sawKnown || k < sentFrom || !/^\s*,\s*$/.test(doc.tokens[k + 1].gap)) continue;
    const named = byStart.find((x) => x.to === k + 1 && x.source !== 'acronym' && x.source !== 'generic');
    if (!named) continue;
    const keys = [...new Set([...named.keys, ...c.keys])];
    named.keys = keys;
    c.keys = keys;
    named.acronym ??= c.written;
    c.name = named.name;
  }
}
