import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Organization, Place } from '../../schemas/entities.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { countryTable, type Country, type CountryTable } from '../../geo/countries.ts';
import type { KnownOrg } from '../names/known-orgs.ts';
import type { OrgKind } from '../../text/lexicons/names.ts';
import { findOrgCandidates, kindCue, type GenericBody, type OrgCandidate } from '../names/org-finder.ts';
import { PhraseIndex } from '../names/phrases.ts';
import { mentionAt, uniqueIds, type Doc } from '../../text/words.ts';
import { foldName, nameSlug } from '../../text/fold.ts';
import { wordsOf } from './words.ts';

export interface OrganizationsOptions {
  /** Country names and demonyms come from here when given (else from world-countries directly). */
  gazetteer?: Gazetteer;
}

interface Draft {
  keys: Set<string>;
  name: string;
  nameRank: number;
  acronym: string | null;
  headKind: OrgKind | null;
  cueKind: OrgKind | null;
  country: string | null;
  forms: string[];
  spans: Array<[number, number]>;
  known?: KnownOrg;
  generic?: GenericBody;
}

const RANK: Record<OrgCandidate['source'], number> = { definition: 4, table: 3, head: 2, generic: 1, acronym: 0 };
const stripThe = (s: string) => s.replace(/^the\s+/i, '');

/**
 * The country the report is about: the most mentioned, counting its own name, the towns and divisions the
 * text locates in it, and its forces or government named with it ("Colombia's government"); two mentions
 * or more. Between equals, the one named first.
 */
function dominantCountry(places: Place[], candidates: OrgCandidate[]): string | null {
  const score = new Map<string, [number, number]>();
  const count = (cc: string, n: number, at: number) => {
    const s = score.get(cc) ?? [0, Infinity];
    score.set(cc, [s[0] + n, Math.min(s[1], at)]);
  };
  for (const p of places) if (p.country) count(p.country, p.mentions.length, Math.min(...p.mentions.map((m) => m.start)));
  for (const c of candidates) if (c.source === 'generic' && c.country) count(c.country, 1, c.start);
  const ranked = [...score.entries()].sort((a, b) => b[1][0] - a[1][0] || a[1][1] - b[1][1]);
  return ranked.length && ranked[0][1][0] >= 2 ? ranked[0][0] : null;
}

/** The organizations read so far from one text (drafts), by merge key, and the tokens their mentions cover. */
interface DraftTable {
  doc: Doc;
  /** In the order first read. */
  drafts: Draft[];
  byKey: Map<string, Draft>;
  /** Tokens already read as a mention of some organization. */
  covered: Uint8Array;
}

/**
 * Organizations: acronym definitions join long name and acronym; well-known bodies; a
 * country's forces and government from generic references ("Mali's army" → Malian Armed
 * Forces); names with organization head nouns. Kind comes from the table, the head noun or
 * an appositive ("JNIM, an al-Qaeda-affiliated terror group").
 */
export function extractOrganizations(doc: Doc, countries: CountryTable, places: Place[], gazetteer?: Gazetteer): Organization[] {
  const candidates = candidatesBesidePlaces(doc, countries, places, gazetteer);
  const table: DraftTable = { doc, drafts: [], byKey: new Map(), covered: new Uint8Array(doc.tokens.length) };
  const deferred: OrgCandidate[] = [];
  for (const c of candidates) {
    if (c.source === 'acronym' || (c.source === 'generic' && !c.country)) deferred.push(c);
    else joinCandidate(table, c);
  }
  joinBareAcronyms(table, deferred);
  joinBareBodies(table, deferred, dominantCountry(places, candidates), countries);
  joinLaterMentions(table);
  return organizationsOf(table);
}

/** The text's organization candidates, but for those whose words are a place's mention (a generic body stays). */
function candidatesBesidePlaces(doc: Doc, countries: CountryTable, places: Place[], gazetteer?: Gazetteer): OrgCandidate[] {
  const placeKeys = new Set(places.flatMap((p) => [p.name, p.written, ...p.aliases].map(foldName)));
  const placeSpans = new Set(places.flatMap((p) => p.mentions.map((m) => `${m.start}:${m.end}`)));
  const isPlace = (k: string) => placeKeys.has(k) || countries.byName.has(k);
  const preferCountries = new Set(places.filter((p) => p.precision === 'country' && p.country).map((p) => p.country!));
  const isTown = gazetteer ? (k: string) => gazetteer.towns(k).length > 0 : undefined;
  return findOrgCandidates(doc, { countries, isPlace, preferCountries, isTown }).filter((c) => c.source === 'generic' || !placeSpans.has(`${c.start}:${c.end}`));
}

/** Whether a token of `[from, to)` is covered by a mention already read. */
function anyCovered(table: DraftTable, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (table.covered[k]) return true;
  return false;
}

/** Marks the tokens of the mention at characters `[start, end)` covered. */
function cover(table: DraftTable, start: number, end: number): void {
  const { tokens } = table.doc;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < tokens.length && tokens[k].start < end; k++) table.covered[k] = 1;
}

/** Adds candidate `c` to the draft one of its keys names (a new draft when none); returns that draft. */
function joinCandidate(table: DraftTable, c: OrgCandidate): Draft {
  const { byKey } = table;
  let d = c.keys.map((k) => byKey.get(k)).find((x) => !!x);
  if (!d) {
    d = { keys: new Set(), name: c.name, nameRank: -1, acronym: null, headKind: null, cueKind: null, country: null, forms: [], spans: [] };
    table.drafts.push(d);
  }
  for (const k of c.keys) {
    d.keys.add(k);
    if (!byKey.has(k)) byKey.set(k, d);
  }
  const rank = RANK[c.source] + (c.source === 'generic' && c.name && c.name === stripThe(c.written) ? 1 : 0);
  if (rank > d.nameRank && c.name) {
    d.name = c.name;
    d.nameRank = rank;
  }
  d.acronym ??= c.acronym;
  if (c.known) d.known = c.known;
  if (c.generic) d.generic = c.generic;
  if (c.kind && c.source !== 'acronym' && !d.headKind) d.headKind = c.kind;
  d.country ??= c.country;
  d.cueKind ??= kindCue(table.doc, c.from, c.to);
  const form = stripThe(c.written);
  if (form && (c.source !== 'generic' || c.country) && !d.forms.includes(form)) d.forms.push(form);
  if (c.alias && !d.forms.includes(c.alias)) d.forms.push(c.alias);
  d.spans.push([c.start, c.end]);
  cover(table, c.start, c.end);
  return d;
}

/** Adds the mention of candidate `c` to draft `d` (a bare reference to it). */
function addMention(table: DraftTable, d: Draft, c: OrgCandidate): void {
  d.spans.push([c.start, c.end]);
  cover(table, c.start, c.end);
}

/** Bare acronyms: defined or known ones join; unknown ones count when repeated or described. */
function joinBareAcronyms(table: DraftTable, deferred: OrgCandidate[]): void {
  const acronymCount = new Map<string, number>();
  for (const c of deferred) if (c.source === 'acronym') acronymCount.set(c.keys[0], (acronymCount.get(c.keys[0]) ?? 0) + 1);
  for (const c of deferred) {
    if (c.source !== 'acronym') continue;
    if (table.byKey.has(c.keys[0]) || (acronymCount.get(c.keys[0]) ?? 0) >= 2 || kindCue(table.doc, c.from, c.to)) joinCandidate(table, c);
  }
}

/**
 * Bare "the army" / "the government": the body of the text's dominant country (the army of the country the
 * report is about), else the only such body named.
 */
function joinBareBodies(table: DraftTable, deferred: OrgCandidate[], dominant: string | null, countries: CountryTable): void {
  for (const c of deferred) {
    if (c.source !== 'generic') continue;
    if (c.ministry !== undefined) joinMinistry(table, c);
    else joinBareBody(table, c, dominant, countries);
  }
}

/** The portfolio a ministry's modifiers name: their last word ("health" of "public health"). */
function portfolioOf(modifiers: string): string {
  return modifiers.split(' ').at(-1) ?? '';
}

/** "the health ministry": the ministry of that name the text named (when only one), else its own body when it names a portfolio. */
function joinMinistry(table: DraftTable, c: OrgCandidate): void {
  const portfolio = c.ministry ? portfolioOf(c.ministry) : undefined;
  const named = table.drafts.filter((d) => [...d.keys].some((k) => k.startsWith('ministry:') && (portfolio === undefined || portfolioOf(k.slice(k.lastIndexOf(':') + 1)) === portfolio)));
  if (named.length === 1) addMention(table, named[0], c);
  else if (!named.length && c.ministry) joinCandidate(table, { ...c, source: 'head', name: c.written, keys: [`ministry::${c.ministry}`] });
}

/** A bare "the army" / "the police" / "the government" (candidate `c`): joins the body it refers to, if any. */
function joinBareBody(table: DraftTable, c: OrgCandidate, dominant: string | null, countries: CountryTable): void {
  const bodies = table.drafts.filter((d) => [...d.keys].some((k) => k.startsWith(`${c.generic}:`)));
  // The dominant country's body; else the only one named ("the Israeli military … the army's spokesman" in a report
  // located mostly in Gaza); a body is created for the dominant country only when the text names none.
  const target = (dominant ? bodies.find((d) => d.keys.has(`${c.generic}:${dominant}`)) : undefined) ?? (bodies.length === 1 ? bodies[0] : undefined);
  if (!target && !bodies.length && dominant && c.generic === 'armed-forces') {
    const country = countries.byCode.get(dominant);
    if (country) {
      joinDominantArmy(table, c, country);
      return;
    }
  }
  if (target) addMention(table, target, c);
}

/** The dominant country's armed forces, which the text names only as "the army" (candidate `c`). */
function joinDominantArmy(table: DraftTable, c: OrgCandidate, country: Country): void {
  const d = joinCandidate(table, { ...c, written: '', name: `${country.demonym} Armed Forces`, country: country.code, keys: [`armed-forces:${country.code}`] });
  // The bare words ("the army") stay an alias: readers and references name it so.
  const bare = stripThe(c.written);
  if (bare && !d.forms.includes(bare)) d.forms.push(bare);
}

/** Later mentions of names already read (a long name repeated without its acronym…). */
function joinLaterMentions(table: DraftTable): void {
  const { doc } = table;
  const forms = new PhraseIndex<Draft>();
  for (const d of table.drafts) {
    for (const f of [...d.forms, ...(d.known?.forms ?? [])]) if (f.split(/\s+/).length > 1 || !d.acronym || f !== d.acronym) forms.add(f, d);
  }
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i].start;
    if (!tokens[i].cap || table.covered[i]) continue;
    const m = forms.match(doc, i, doc.sentRange[tokens[i].sent][1], (to) => to - i > 1 && !anyCovered(table, i, to));
    if (!m) continue;
    m.value.spans.push([start, tokens[m.to - 1].end]);
    cover(table, start, tokens[m.to - 1].end);
    i = m.to - 1;
  }
}

/** The organizations of the drafts, in the order first mentioned, with their ids. */
function organizationsOf(table: DraftTable): Organization[] {
  const ordered = table.drafts.map((d) => ({ ...d, spans: [...d.spans].sort((a, b) => a[0] - b[0]) })).sort((a, b) => a.spans[0][0] - b.spans[0][0]);
  const ids = uniqueIds('o', ordered.map((d) => d.name));
  return ordered.map((d, n) => organizationOf(table.doc, d, ids[n]));
}

/** The organization of draft `d`, with id `id`. */
function organizationOf(doc: Doc, d: Draft, id: string): Organization {
  const kind: OrgKind = d.known?.kind ?? (d.generic ? (d.generic === 'government' ? 'government' : 'state-force') : null) ?? d.cueKind ?? d.headKind ?? 'other';
  const genericKey = [...d.keys].find((k) => /^(?:armed-forces|police|government):/.test(k));
  const key = genericKey ? genericKey.replace(':', '-').toLowerCase() : d.known ? d.known.id : d.acronym ? foldName(d.acronym).replace(/ /g, '') : nameSlug(d.name);
  const aliases = d.forms.filter((f) => f !== d.name);
  return {
    id,
    name: d.name,
    // Short names that are words ("Xinhua") are not acronyms.
    acronym: d.acronym && /\p{Lu}.*\p{Lu}/u.test(d.acronym) ? d.acronym : null,
    aliases,
    kind,
    country: kind === 'state-force' || kind === 'government' ? d.country : null,
    key,
    mentions: d.spans.map(([start, end]) => mentionAt(doc, start, end)),
  };
}

/** The organizations plugin: `file.data.organizations` (after places, so place names are not taken). */
export default function organizations(options: OrganizationsOptions = {}) {
  return (_tree: Root, file: VFile) => {
    const countries = options.gazetteer?.countries ?? countryTable();
    file.data.organizations = extractOrganizations(wordsOf(file), countries, file.data.places ?? [], options.gazetteer);
  };
}
