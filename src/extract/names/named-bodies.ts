import type { CountryTable } from '../../geo/countries.ts';
import { COMMON, ETHNIC_GROUPS, NOT_PLACE, ORG_HEADS, PARTICLES, ROLE_NOUNS, TITLES, type OrgKind } from '../../text/lexicons/names.ts';
import { countryAt, type DemonymCountry } from './state-bodies.ts';
import { joined, keyOf, surface, type Doc, type Token } from '../../text/words.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../text/lexicons/calendar.ts';

// Bodies whose name is capitalized but whose kind is said by a common noun around it:
// "the Gran Grif gang", "the rebel-run Saba news agency", "security firm Ambrey", "the U.N. agency for
// Palestinian refugees (UNRWA)", and ministries written in lower case ("the Chinese foreign ministry").

/** Lower-case nouns that, right after a capitalized name, make it the name of a body. */
export const BODY_NOUNS = new Map<string, OrgKind>([
  ...['gang', 'militia', 'faction', 'brigade', 'battalion', 'rebels'].map((w) => [w, 'armed-group'] as [string, OrgKind]),
  ...['agency', 'outlet', 'radio', 'station', 'broadcaster', 'channel', 'newspaper', 'daily', 'website'].map((w) => [w, 'media'] as [string, OrgKind]),
  ...['mission', 'force'].map((w) => [w, 'international'] as [string, OrgKind]),
  ...['group', 'coalition', 'movement', 'alliance', 'network', 'party', 'organisation', 'organization', 'foundation', 'firm', 'company', 'charity'].map((w) => [w, 'other'] as [string, OrgKind]),
  ...['project', 'initiative', 'monitor', 'observatory'].map((w) => [w, 'research'] as [string, OrgKind]),
]);
/** Heads of an appositive that say the capitalized name beside it is a body ("X, a faction of …", "its media wing, X,"). */
const APPOSITIVE_BODY_NOUNS = new Map<string, OrgKind>([
  ...BODY_NOUNS,
  ...['wing', 'arm', 'branch', 'affiliate', 'offshoot', 'outfit', 'franchise', 'unit', 'body', 'bloc', 'umbrella', 'watchdog', 'consultancy', 'tank', 'ngo', 'nonprofit', 'union', 'federation', 'association', 'council', 'committee', 'commission', 'agency', 'office'].map((w) => [w, 'other'] as [string, OrgKind]),
]);
/** Words after the head of such an appositive that keep it the head ("a faction of", "a militia that", "a group based in"). */
const BODY_FOLLOWERS = new Set(['of', 'that', 'which', 'who', 'whose', 'in', 'with', 'from', 'based', 'linked', 'allied', 'affiliated', 'backed', 'active', 'operating', 'led', 'run', 'founded', 'known', 'fighting', 'formed', 'set', 'created', 'at', 'on', 'for', 'accused', 'blamed', 'responsible', 'behind', 'close', 'loyal', 'opposed', 'seeking', 'demanding', 'representing', 'monitoring', 'tracking', 'funded', 'made']);
/** Lower-case words that may stand between such a name and its noun ("Saba news agency", "M23 rebel group"). */
const BODY_NOUN_MODIFIERS = new Set(['news', 'radio', 'television', 'tv', 'media', 'propaganda', 'rebel', 'armed', 'militant', 'jihadist', 'separatist', 'criminal', 'political', 'security', 'peacekeeping', 'gang', 'rights', 'aid', 'research', 'monitoring', 'opposition', 'paramilitary', 'vigilante', 'self-defence', 'self-defense']);
/** Lower-case nouns that, right before a capitalized name, say it names a body ("security firm Ambrey said"). */
const DESCRIPTORS = new Map<string, OrgKind>([
  ...['firm', 'company', 'consultancy', 'contractor', 'insurer', 'operator', 'giant', 'carrier', 'airline', 'watchdog', 'charity', 'tank', 'monitor', 'organisation', 'organization', 'party', 'group', 'conglomerate', 'miner', 'producer', 'maker', 'manufacturer', 'lender', 'bank', 'startup'].map((w) => [w, 'other'] as [string, OrgKind]),
  ...['newspaper', 'daily', 'broadcaster', 'outlet', 'channel', 'website', 'station', 'magazine', 'weekly', 'television', 'tv', 'radio', 'agency'].map((w) => [w, 'media'] as [string, OrgKind]),
  ...['militia', 'gang', 'faction'].map((w) => [w, 'armed-group'] as [string, OrgKind]),
]);
/** Nouns heading a lower-case description before a parenthesized acronym ("the U.N. agency for … (UNRWA)"). */
const DESCRIPTION_HEADS = new Set(['agency', 'mission', 'force', 'office', 'commission', 'committee', 'council', 'programme', 'program', 'fund', 'body', 'organisation', 'organization', 'group', 'coalition', 'alliance', 'movement', 'network', 'militia', 'party', 'union', 'authority', 'command', 'service', 'court', 'tribunal', 'observatory', 'centre', 'center', 'institute', 'front', 'army', 'forces', 'directorate', 'unit', 'department']);

/** Every body the rules below read holds one of these words: its noun, its descriptor or its Spanish article. */
const DESCRIBED_BODY_WORDS = new Set([...APPOSITIVE_BODY_NOUNS.keys(), ...DESCRIPTORS.keys(), 'los', 'las']);

/** Whether tokens `[from, to)` may hold a body named by a common noun (the rules below find none elsewhere). */
export function mayNameDescribedBody(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (DESCRIBED_BODY_WORDS.has(doc.tokens[k].fold)) return true;
  return false;
}

export interface NamedBody {
  from: number;
  to: number;
  /** Token range of the name itself (without the common noun). */
  nameFrom: number;
  nameTo: number;
  kind: OrgKind;
}

/** Whether a capitalized token can be part of a body's name read from a common noun (not a place, people, a date or a platform). */
function nameToken(doc: Doc, t: Token, taken: Uint8Array, countries: CountryTable, isPlace: (k: string) => boolean): boolean {
  if (!t.cap || taken[t.i] || t.dateline || (t.initial && COMMON.has(t.fold))) return false;
  if (MONTH_WORDS.has(t.fold) || WEEKDAY_WORDS.has(t.fold) || NOT_PLACE.has(t.fold) || ETHNIC_GROUPS.has(t.fold) || TITLES.has(t.fold) || ROLE_NOUNS.has(t.fold)) return false;
  return !countries.byDemonym.has(t.fold) && !countries.byName.has(t.fold) && !isPlace(t.fold);
}

/** The capitalized name ending right before `end` (at most four words), or null. */
function nameBefore(doc: Doc, end: number, sentFrom: number, taken: Uint8Array, countries: CountryTable, isPlace: (k: string) => boolean): number | null {
  let from = end;
  while (from > sentFrom && end - from < 4 && nameToken(doc, doc.tokens[from - 1], taken, countries, isPlace) && (from === end || joined(doc.tokens[from]))) from--;
  if (from === end) return null;
  // "the Indian Express newspaper", "the Georgian Dream party": a nationality may open a longer name.
  const opener = from - 1 > sentFrom ? doc.tokens[from - 1] : undefined;
  if (opener && joined(doc.tokens[from]) && opener.cap && !opener.initial && !taken[opener.i] && !opener.poss && countries.byDemonym.has(opener.fold)) from--;
  // Part of a longer capitalized phrase already read (or left) by other rules.
  const before = from > sentFrom ? doc.tokens[from - 1] : undefined;
  if (before && before.cap && joined(doc.tokens[from]) && !before.poss && !(before.initial && COMMON.has(before.fold))) return null;
  const key = keyOf(doc, from, end);
  if (isPlace(key) || countries.byName.has(key) || countries.byDemonym.has(key) || ETHNIC_GROUPS.has(key)) return null;
  return from;
}

/** "the Gran Grif gang", "the Viv Ansanm gang coalition", "the rebel-run Saba news agency": name + lower-case noun at `i`. */
export function bodyBeforeNoun(doc: Doc, i: number, sentFrom: number, sentTo: number, taken: Uint8Array, countries: CountryTable, isPlace: (k: string) => boolean): NamedBody | null {
  const t = doc.tokens[i];
  if (t.cap || !BODY_NOUNS.has(t.fold) || !/^[ \t]+$/.test(t.gap)) return null;
  // Back over lower-case modifier nouns to the name: "Saba [news] agency", "Viv Ansanm [gang] coalition".
  let end = i;
  while (end - 1 > sentFrom && i - end < 2 && !doc.tokens[end - 1].cap && (BODY_NOUN_MODIFIERS.has(doc.tokens[end - 1].fold) || BODY_NOUNS.has(doc.tokens[end - 1].fold)) && /^[ \t]+$/.test(doc.tokens[end - 1].gap)) end--;
  if (end <= sentFrom || !doc.tokens[end - 1].cap || !/^[ \t]+$/.test(doc.tokens[end].gap)) return null;
  const from = nameBefore(doc, end, sentFrom, taken, countries, isPlace);
  if (from === null) return null;
  // A lone capitalized word opening the sentence ("Analysts group …") says nothing.
  if (doc.tokens[from].initial && end - from === 1 && !doc.tokens[from].acronym) return null;
  // "the group's …" continues with a possessive; "gang members" uses the noun as a modifier.
  const after = i + 1 < sentTo ? doc.tokens[i + 1] : undefined;
  if (t.poss || (after && /^[ \t]+$/.test(after.gap) && !after.cap && /^(?:members?|leaders?|fighters?|violence|attacks?|activity|territory|bosses|boss|chief|commander)$/.test(after.fold))) return null;
  return { from, to: i + 1, nameFrom: from, nameTo: end, kind: BODY_NOUNS.get(t.fold)! };
}

/** "security firm Ambrey said", "the newspaper Haaretz reported": a descriptor noun right before a capitalized name at `i`. */
export function bodyAfterDescriptor(doc: Doc, i: number, sentFrom: number, sentTo: number, taken: Uint8Array, countries: CountryTable, isPlace: (k: string) => boolean): NamedBody | null {
  const d = doc.tokens[i];
  if (d.cap || d.poss || !DESCRIPTORS.has(d.fold) || i + 1 >= sentTo) return null;
  let to = i + 1;
  while (to < sentTo && to - i <= 4 && nameToken(doc, doc.tokens[to], taken, countries, isPlace) && /^[ \t]+$/.test(doc.tokens[to].gap) && !doc.tokens[to - 1].poss) to++;
  if (to === i + 1) return null;
  // The name ends the phrase: not "firm Ambrey Security Chief …" read halfway, nor a name running into more capitals.
  if (to < sentTo && doc.tokens[to].cap && joined(doc.tokens[to])) return null;
  const key = keyOf(doc, i + 1, to);
  if (isPlace(key) || countries.byName.has(key) || ETHNIC_GROUPS.has(key)) return null;
  return { from: i + 1, to, nameFrom: i + 1, nameTo: to, kind: DESCRIPTORS.get(d.fold)! };
}

/**
 * "the U.N. agency for Palestinian refugees (UNRWA)": a lower-case description before a parenthesized
 * acronym at `acr`. Returns the description's token range (without the article), or null.
 */
export function descriptionBefore(doc: Doc, acr: number, sentFrom: number): [number, number] | null {
  const end = acr;
  let k = end - 1;
  let head = -1;
  while (k >= sentFrom && end - k <= 8) {
    const t = doc.tokens[k];
    if (t.fold === 'the' || t.fold === 'a' || t.fold === 'an' || t.fold === 'its') break;
    if (!t.cap && DESCRIPTION_HEADS.has(t.fold)) head = k;
    if (k > sentFrom && !joined(t) && !/^\s*$/.test(t.gap)) return null;
    k--;
  }
  if (k < sentFrom || head < 0 || !['the', 'a', 'an', 'its'].includes(doc.tokens[k].fold)) return null;
  return [k + 1, end];
}

/** "the Chinese foreign ministry", "Russia's Defence Ministry", "the Gaza health ministry": a ministry of a country or a place. */
export function ministryAt(doc: Doc, i: number, limit: number, countries: CountryTable, isPlace: (k: string) => boolean, shared?: DemonymCountry): { from: number; to: number; name: string; country: string | null; key: string; modifiers: string } | null {
  // The word "ministry" comes at most seven words on (a country of up to four words, up to two
  // modifiers): without it there, nothing to read (most words of most texts).
  let hasMinistry = false;
  for (let m = i; m < limit && m < i + 8 && !hasMinistry; m++) hasMinistry = doc.tokens[m].fold === 'ministry';
  if (!hasMinistry) return null;
  const c = countryAt(doc, i, limit, countries, shared);
  let k: number;
  if (c) k = c.to;
  else if (doc.tokens[i].cap && !doc.tokens[i].initial && isPlace(doc.tokens[i].fold)) k = i + 1;
  else return null;
  let j = k;
  while (j < limit && j - k < 3 && /^[ \t]+$/.test(doc.tokens[j].gap) && doc.tokens[j].fold !== 'ministry' && /^\p{L}+$/u.test(doc.tokens[j].text) && !COMMON.has(doc.tokens[j].fold) && !ORG_HEADS.has(doc.tokens[j].fold)) j++;
  if (j >= limit || doc.tokens[j].fold !== 'ministry' || !/^[ \t]+$/.test(doc.tokens[j].gap) || j - k > 2) return null;
  // "the Ministry of Defence" is a proper name read elsewhere.
  if (j + 1 < limit && doc.tokens[j + 1].fold === 'of') return null;
  const rest = surface(doc, k, j + 1);
  const modifiers = keyOf(doc, k, j);
  const name = c ? `${c.country.demonym} ${rest}` : surface(doc, i, j + 1);
  return { from: i, to: j + 1, name, country: c?.country.code ?? null, key: `ministry:${c ? c.country.code : keyOf(doc, i, k)}:${modifiers}`, modifiers };
}

/** "the health ministry", "the ministry": a bare ministry, joined later to the one the text named. */
export function bareMinistryAt(doc: Doc, i: number, limit: number): { from: number; to: number; modifiers: string } | null {
  if (doc.tokens[i].fold !== 'the') return null;
  let j = i + 1;
  while (j < limit && j - i <= 2 && /^[ \t]+$/.test(doc.tokens[j].gap) && doc.tokens[j].fold !== 'ministry' && /^\p{L}+$/u.test(doc.tokens[j].text) && !COMMON.has(doc.tokens[j].fold)) j++;
  if (j >= limit || doc.tokens[j].fold !== 'ministry' || (j + 1 < limit && doc.tokens[j + 1].fold === 'of')) return null;
  return { from: i + 1, to: j + 1, modifiers: keyOf(doc, i + 1, j) };
}

/** The most words a name read by `nameRun` has. */
const NAME_RUN_WORDS = 6;

/** Whether a comma and a phrase about a body (", a loose alliance of …") open at some token of `[from, to]`. */
export function appositiveBodyWithin(doc: Doc, from: number, to: number, sentTo: number): boolean {
  for (let k = from; k <= to; k++) if (doc.tokens[k].gap.includes(',') && /^\s*,\s*$/.test(doc.tokens[k].gap) && appositiveBodyKind(doc, k, sentTo)) return true;
  return false;
}

/** A capitalized name from `i` (particles inside), its end, or -1 when `i` cannot open one. */
function nameRun(doc: Doc, i: number, sentTo: number, taken: Uint8Array, countries: CountryTable, isPlace: (k: string) => boolean): number {
  if (!nameToken(doc, doc.tokens[i], taken, countries, isPlace)) return -1;
  let end = i + 1;
  for (let j = i + 1; j < sentTo && j - i < NAME_RUN_WORDS && joined(doc.tokens[j]) && !doc.tokens[j - 1].poss; j++) {
    const t = doc.tokens[j];
    if (nameToken(doc, t, taken, countries, isPlace)) end = j + 1;
    else if (t.cap || !PARTICLES.has(t.fold)) break;
  }
  return end;
}

/** The head of ", a loose alliance of …" opening at `k` (after the comma): its kind, or null when the phrase is not about a body. */
function appositiveBodyKind(doc: Doc, k: number, sentTo: number): OrgKind | null {
  if (k >= sentTo || !['a', 'an', 'the', 'one'].includes(doc.tokens[k].fold)) return null;
  for (let j = k + 1; j < sentTo && j <= k + 5; j++) {
    const t = doc.tokens[j];
    if (!joined(t) && t.gap !== '-') return null;
    const kind = t.cap ? undefined : APPOSITIVE_BODY_NOUNS.get(t.fold);
    if (kind) {
      const next = j + 1 < sentTo ? doc.tokens[j + 1] : undefined;
      return !next || !/^[ \t]+$/.test(next.gap) || BODY_FOLLOWERS.has(next.fold) ? kind : null;
    }
    // Only modifiers stand before the head: "a faction of the Taliban" names a faction, "a member of the group" does not.
    if (!t.cap && (ROLE_NOUNS.has(t.fold) || ['of', 'in', 'for', 'with', 'and', 'or', 'who', 'that', 'which'].includes(t.fold))) return null;
  }
  return null;
}

/** "Hafiz Gul Bahadur, a faction of the Pakistani Taliban": a capitalized name at `i` described as a body right after it. */
export function bodyBeforeAppositive(doc: Doc, i: number, sentFrom: number, sentTo: number, taken: Uint8Array, countries: CountryTable, isPlace: (k: string) => boolean): NamedBody | null {
  const t = doc.tokens[i];
  // A name opens with a capital (as `nameRun` asks, first).
  if (!t.cap) return null;
  if (i > sentFrom && doc.tokens[i - 1].cap && joined(t) && !(doc.tokens[i - 1].initial && COMMON.has(doc.tokens[i - 1].fold))) return null;
  // Most words are followed by no such phrase: looked for first, before reading a name (which asks whether words are places).
  if (!appositiveBodyWithin(doc, i + 1, Math.min(i + NAME_RUN_WORDS, sentTo - 1), sentTo)) return null;
  const end = nameRun(doc, i, sentTo, taken, countries, isPlace);
  if (end < 0 || end >= sentTo || !/^\s*,\s*$/.test(doc.tokens[end].gap) || doc.tokens[end - 1].poss) return null;
  if (end - i === 1 && t.initial && !t.acronym) return null;
  const key = keyOf(doc, i, end);
  if (isPlace(key) || countries.byName.has(key) || countries.byDemonym.has(key)) return null;
  const kind = appositiveBodyKind(doc, end, sentTo);
  return kind ? { from: i, to: end, nameFrom: i, nameTo: end, kind } : null;
}

/** "the military's media wing, Inter-Services Public Relations, said": a name set off by commas after a noun for a body. */
export function bodyAfterAppositiveNoun(doc: Doc, i: number, sentFrom: number, sentTo: number, taken: Uint8Array, countries: CountryTable, isPlace: (k: string) => boolean): NamedBody | null {
  const t = doc.tokens[i];
  if (i - 1 <= sentFrom || !t.gap.includes(',') || !/^\s*,\s*$/.test(t.gap)) return null;
  const noun = doc.tokens[i - 1];
  const kind = noun.cap || noun.poss ? undefined : APPOSITIVE_BODY_NOUNS.get(noun.fold);
  if (!kind) return null;
  // "The governor of Norte de Santander department, William Villamizar,": the phrase is about a person.
  for (let k = i - 2; k >= sentFrom && !/[,;:—–]/.test(doc.tokens[k + 1].gap); k--) if (!doc.tokens[k].cap && ROLE_NOUNS.has(doc.tokens[k].fold)) return null;
  let from = i;
  if (doc.tokens[from].fold === 'the' && !doc.tokens[from].cap) from++;
  const end = from < sentTo ? nameRun(doc, from, sentTo, taken, countries, isPlace) : -1;
  if (end < 0 || (end - from < 2 && !doc.tokens[from].acronym)) return null;
  // Closed like an appositive: ", X," / ", X)" / ", X." (not "…, X said", where X may be a person).
  if (end < sentTo && !/^\s*[,;)]/.test(doc.tokens[end].gap)) return null;
  if (TITLES.has(doc.tokens[from].fold)) return null;
  const key = keyOf(doc, from, end);
  if (isPlace(key) || countries.byName.has(key)) return null;
  return { from, to: end, nameFrom: from, nameTo: end, kind };
}

/** "Los Choneros", "Las Águilas": a Spanish plural article opening a capitalized name (not a place: "Los Angeles"). */
export function spanishGroupAt(doc: Doc, i: number, sentTo: number, taken: Uint8Array, countries: CountryTable, isPlace: (k: string) => boolean, isTown?: (k: string) => boolean): NamedBody | null {
  const t = doc.tokens[i];
  if (!t.cap || (t.fold !== 'los' && t.fold !== 'las') || i + 1 >= sentTo || taken[i]) return null;
  const end = nameRun(doc, i + 1, sentTo, taken, countries, isPlace);
  if (end < 0 || !/^[ \t]+$/.test(doc.tokens[i + 1].gap) || isPlace(keyOf(doc, i, end))) return null;
  // "born in Los Angeles": a town of the gazetteer after a preposition of place.
  const before = i > 0 && doc.tokens[i - 1].sent === t.sent ? doc.tokens[i - 1].fold : '';
  if (isTown?.(keyOf(doc, i, end)) && ['in', 'near', 'at', 'from', 'to', 'into', 'outside', 'around', 'of'].includes(before)) return null;
  return { from: i, to: end, nameFrom: i, nameTo: end, kind: 'armed-group' };
}
