import type { Country, CountryTable } from '../../geo/countries.ts';
import type { KnownOrg } from './known-orgs.ts';
import { ARABIC_GROUP_HEADS, COMMON, ORG_HEADS, PARTICLES } from '../../text/lexicons/names.ts';
import { descriptionBefore } from './named-bodies.ts';
import type { OrgCandidate } from './org-candidate.ts';
import { headOf, kindFromHead } from './org-kinds.ts';
import { countryAt, genericKeyOfName } from './state-bodies.ts';
import { joined, keyOf, type Doc, type Token } from '../../text/words.ts';
import { foldName } from '../../text/fold.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../text/lexicons/calendar.ts';

// Acronym definitions: "Long Name (ACR)", "ACR (Long Name)", "Long Name, or ACR,", "the lower-case description (ACR)".

export const ACRONYM_STOP = new Set(['TV', 'GMT', 'UTC', 'AM', 'PM', 'ID', 'COVID', 'HIV', 'AIDS', 'CEO', 'GDP', 'OK', 'NGO', 'NGOs', 'SMS', 'USD', 'EUR', 'CFA', 'XOF', 'PhD', 'DNA', 'IED', 'IEDs', 'RPG', 'AK', 'SUV', 'UAV', 'UAVs', 'VIP', 'FAQ', 'PDF', 'URL', 'BC', 'AD', 'KM', 'MP', 'MPs', 'II', 'III', 'IV']);
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'du', 'des', 'la', 'le', 'pour', 'et', 'in']);

export function isAcronymToken(t: Token): boolean {
  return t.acronym && t.text.replace(/\./g, '').length <= 10;
}

/** A capitalized word whose capital is evidence of a name (not a sentence-initial function word). */
export function isNameToken(t: Token): boolean {
  return t.cap && !(t.initial && COMMON.has(t.fold));
}

function initials(tokens: Token[], mode: 'caps' | 'content' | 'all'): string {
  return tokens
    .filter((t) => (mode === 'caps' ? t.cap : mode === 'content' ? !CONNECTORS.has(t.fold) && !PARTICLES.has(t.fold) : true))
    .map((t) => t.text[0])
    .join('')
    .toUpperCase();
}

/** Whether connectors inside tokens `[from, to)` are each preceded by a head noun ("Alliance of …", not "Colonel X of …"). */
export function connectorsValid(doc: Doc, from: number, to: number, isPlace: (k: string) => boolean): boolean {
  let headSeen = false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (ORG_HEADS.has(t.fold) && t.cap) headSeen = true;
    if (t.fold === 'of' || t.fold === 'for' || t.fold === 'on' || t.fold === 'in') {
      if (!headSeen) return false;
      // "… Bank on Monday": a date is not the rest of a name.
      const next = k + 1 < to ? doc.tokens[k + 1] : undefined;
      if (next && (WEEKDAY_WORDS.has(next.fold) || MONTH_WORDS.has(next.fold))) return false;
    }
    if (t.fold === 'and' || t.fold === 'et') {
      if (!headSeen) return false;
      if (isPlace(doc.tokens[k - 1].fold) || (k + 1 < to && isPlace(doc.tokens[k + 1].fold))) return false;
    }
  }
  return true;
}

/** The long name before "(ACR)": capitalized words and connectors back to a clause boundary, trimmed to fit. */
function longNameBefore(doc: Doc, acr: Token, isPlace: (k: string) => boolean, end = acr.i): [number, number] | null {
  const sentFrom = doc.sentRange[acr.sent][0];
  if (end <= sentFrom || (end === acr.i && !/^\s*\(\s*$/.test(acr.gap))) return null;
  let j = end - 1;
  const collected: number[] = [];
  while (j >= sentFrom) {
    const t = doc.tokens[j];
    if (t.poss && j !== end - 1) break;
    if (isNameToken(t) || t.cap || PARTICLES.has(t.fold) || CONNECTORS.has(t.fold) || (/^\d+$/.test(t.text) && collected.length)) collected.unshift(j);
    else break;
    if (!joined(t)) break;
    j--;
  }
  // Trim to a capitalized first word that is not a sentence-initial function word.
  const starts = collected.filter((k) => doc.tokens[k].cap && !(doc.tokens[k].initial && COMMON.has(doc.tokens[k].fold)) && doc.tokens[k].fold !== 'the');
  if (!starts.length || !doc.tokens[end - 1].cap) return null;
  const acronym = acr.text.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  // Prefer the start whose initials spell the acronym; else the longest well-formed name.
  if (starts.length > 1) {
    for (const s of starts) {
      const toks = doc.tokens.slice(s, end);
      if ((['caps', 'content', 'all'] as const).some((m) => initials(toks, m) === acronym)) return [s, end];
    }
  }
  for (const s of starts) if (connectorsValid(doc, s, end, isPlace)) return [s, end];
  return null;
}

export function countryOfName(doc: Doc, from: number, to: number, countries: CountryTable): Country | null {
  const c = countryAt(doc, from, to, countries);
  return c && c.to < to ? c.country : null;
}

/** What the definition finder needs from the candidate finder: its tables and its claim on tokens. */
export interface DefinitionContext {
  countries: CountryTable;
  isPlace: (key: string) => boolean;
  exact: Map<string, KnownOrg>;
  taken: Uint8Array;
  free: (from: number, to: number) => boolean;
  push: (c: OrgCandidate) => void;
  span: (from: number, to: number) => { from: number; to: number; start: number; end: number; written: string };
}

/** Pushes every acronym definition of one sentence, its token range `sentence` (long name and acronym share their keys). */
export function findDefinitions(doc: Doc, sentence: [number, number], ctx: DefinitionContext): void {
  const { countries, isPlace, exact, taken, free, push, span } = ctx;
  for (let i = sentence[0]; i < sentence[1]; i++) {
    const t = doc.tokens[i];
    if (!isAcronymToken(t) || !/\(\s*$/.test(t.gap)) continue;
    const [, sentTo] = doc.sentRange[t.sent];
    const closes = t.i + 1 < sentTo ? /^\s*\)/.test(doc.tokens[t.i + 1].gap) : /^\s*\)/.test(doc.text.slice(t.end + (t.poss ? 2 : 0)));
    if (!closes || t.poss) continue;
    const range = longNameBefore(doc, t, isPlace);
    if (!range && !exact.has(t.text) && !ACRONYM_STOP.has(t.text) && !countries.byAcronym.has(t.text.replace(/\./g, ''))) {
      // "the U.N. agency for Palestinian refugees (UNRWA)": the acronym is defined by a lower-case description.
      const desc = descriptionBefore(doc, t.i, doc.sentRange[t.sent][0]);
      if (desc && free(desc[0], t.i + 1)) {
        const keys = [`acr:${t.text.toUpperCase()}`];
        const def = { name: t.text, acronym: t.text, source: 'definition' as const, kind: null, country: null, keys };
        push({ ...span(desc[0], desc[1]), ...def });
        push({ ...span(t.i, t.i + 1), ...def });
      }
      continue;
    }
    // "BEIRUT (AP) —": a dateline's place and its agency, not a definition.
    if (!range || !free(range[0], t.i + 1) || doc.tokens[range[0]].dateline) continue;
    const [from, to] = range;
    const long = span(from, to);
    if (isPlace(keyOf(doc, from, to))) continue;
    const acronym = t.text;
    const keys = [`acr:${acronym.toUpperCase()}`, `name:${keyOf(doc, from, to)}`];
    const generic = genericKeyOfName(long.written, countries);
    if (generic) keys.push(generic);
    const headAt = headOf(doc, from, to);
    const country = countryOfName(doc, from, to, countries);
    const kind = headAt >= 0 ? kindFromHead(doc, from, to, headAt, country) : ARABIC_GROUP_HEADS.has(doc.tokens[from].fold) ? 'armed-group' : null;
    // A well-known body defined in full ("… Event Data Project (ACLED)") keeps its table identity.
    const known = exact.get(acronym);
    const isKnown = known && known.forms.some((f) => foldName(f) === keyOf(doc, from, to)) ? known : undefined;
    if (isKnown) keys.push(`known:${isKnown.id}`);
    const def = { name: long.written, acronym, source: 'definition' as const, kind: isKnown?.kind ?? kind, country: country?.code ?? null, keys, known: isKnown };
    push({ ...long, ...def });
    push({ ...span(t.i, t.i + 1), ...def });
  }
  // "ACR (Long Name)"
  for (let i = sentence[0]; i < sentence[1]; i++) {
    const t = doc.tokens[i];
    if (!isAcronymToken(t) || taken[t.i]) continue;
    const [, sentTo] = doc.sentRange[t.sent];
    const open = t.i + 1;
    if (open >= sentTo || !/^\s*\(\s*$/.test(doc.tokens[open].gap)) continue;
    let close = open;
    while (close < sentTo && (close === open || joined(doc.tokens[close]))) close++;
    if (close - open < 2 || (close < sentTo ? !/^\s*\)/.test(doc.tokens[close].gap) : !/^\s*\)/.test(doc.text.slice(doc.tokens[close - 1].end)))) continue;
    if (!doc.tokens[open].cap || !doc.tokens[close - 1].cap || !free(open, close)) continue;
    const long = span(open, close);
    if (isPlace(keyOf(doc, open, close))) continue;
    const keys = [`acr:${t.text.toUpperCase()}`, `name:${keyOf(doc, open, close)}`];
    push({ ...long, name: long.written, acronym: t.text, source: 'definition', kind: null, country: null, keys });
    push({ ...span(t.i, t.i + 1), name: long.written, acronym: t.text, source: 'definition', kind: null, country: null, keys });
  }

  // "The Tehreek-e-Taliban Pakistan, or TTP, …"
  for (let i = sentence[0]; i < sentence[1]; i++) {
    const t = doc.tokens[i];
    if (!isAcronymToken(t) || taken[t.i] || t.poss) continue;
    const [sentFrom, sentTo] = doc.sentRange[t.sent];
    const or = t.i - 1;
    if (or - 1 <= sentFrom || doc.tokens[or].fold !== 'or' || !/^\s*,\s*$/.test(doc.tokens[or].gap) || !/^[ \t]+$/.test(t.gap)) continue;
    if (t.i + 1 < sentTo && !/^\s*[,)]/.test(doc.tokens[t.i + 1].gap)) continue;
    const range = longNameBefore(doc, t, isPlace, or);
    if (!range || !free(range[0], t.i + 1) || isPlace(keyOf(doc, range[0], range[1]))) continue;
    const long = span(range[0], range[1]);
    const acronym = t.text;
    const initialsFit = (['caps', 'content', 'all'] as const).some((m) => initials(doc.tokens.slice(range[0], range[1]), m) === acronym.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase());
    if (!initialsFit) continue;
    const headAt = headOf(doc, range[0], range[1]);
    const country = countryOfName(doc, range[0], range[1], countries);
    const kind = headAt >= 0 ? kindFromHead(doc, range[0], range[1], headAt, country) : null;
    const def = { name: long.written, acronym, source: 'definition' as const, kind, country: country?.code ?? null, keys: [`acr:${acronym.toUpperCase()}`, `name:${keyOf(doc, range[0], range[1])}`] };
    push({ ...long, ...def });
    push({ ...span(t.i, t.i + 1), ...def });
  }
}
