import type { Country, CountryTable } from './countries.ts';
import { KNOWN_ORGS, type KnownOrg } from './known-orgs.ts';
import { ARABIC_GROUP_HEADS, COMMON, ORG_HEADS, PARTICLES, type OrgKind } from './lexicon.ts';
import { headOf, kindFromHead } from './org-kinds.ts';
import { PhraseIndex } from './phrases.ts';
import { countryAt, genericAt, genericKeyOfName, type GenericBody } from './state-bodies.ts';
import { fold, joined, keyOf, surface, type Doc, type Token } from './text.ts';

export type { GenericBody } from './state-bodies.ts';
export { kindCue } from './org-kinds.ts';

/** One stretch of text that names an organization, before mentions are merged into entities. */
export interface OrgCandidate {
  /** Token range `[from, to)`. */
  from: number;
  to: number;
  start: number;
  end: number;
  written: string;
  /** Name this mention suggests for the entity. */
  name: string;
  acronym: string | null;
  source: 'definition' | 'table' | 'head' | 'generic' | 'acronym';
  kind: OrgKind | null;
  country: string | null;
  /** Merge keys: mentions sharing one belong to one organization. */
  keys: string[];
  known?: KnownOrg;
  /** A country's forces, police or government ("Mali's army"); country null for a bare "the army". */
  generic?: GenericBody;
}

export interface OrgFinderOptions {
  countries: CountryTable;
  /** Whether a folded name is a known place (stops "Mali and the …" from joining an organization name). */
  isPlace?: (key: string) => boolean;
  /** Countries the text names: a demonym shared by several countries ("Congolese") means one of these. */
  preferCountries?: Set<string>;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'du', 'des', 'la', 'le', 'pour', 'et', 'in']);
const HEAD_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'du', 'des', 'la', 'le']);
const MEDIA_OPENERS = new Set(['radio', 'tv', 'television', 'tele', 'radiodiffusion']);
const ACRONYM_STOP = new Set(['TV', 'GMT', 'UTC', 'AM', 'PM', 'ID', 'COVID', 'HIV', 'AIDS', 'CEO', 'GDP', 'OK', 'NGO', 'NGOs', 'SMS', 'USD', 'EUR', 'CFA', 'XOF', 'PhD', 'DNA', 'IED', 'IEDs', 'RPG', 'AK', 'SUV', 'UAV', 'UAVs', 'VIP', 'FAQ', 'PDF', 'URL', 'BC', 'AD', 'KM', 'MP', 'MPs', 'II', 'III', 'IV']);

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
function connectorsValid(doc: Doc, from: number, to: number, isPlace: (k: string) => boolean): boolean {
  let headSeen = false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (ORG_HEADS.has(t.fold) && t.cap) headSeen = true;
    if (t.fold === 'of' || t.fold === 'for' || t.fold === 'on' || t.fold === 'in') {
      if (!headSeen) return false;
    }
    if (t.fold === 'and' || t.fold === 'et') {
      if (!headSeen) return false;
      if (isPlace(doc.tokens[k - 1].fold) || (k + 1 < to && isPlace(doc.tokens[k + 1].fold))) return false;
    }
  }
  return true;
}

/** The long name before "(ACR)": capitalized words and connectors back to a clause boundary, trimmed to fit. */
function longNameBefore(doc: Doc, acr: Token, isPlace: (k: string) => boolean): [number, number] | null {
  const sentFrom = doc.sentRange[acr.sent][0];
  const end = acr.i;
  if (end <= sentFrom || !/^\s*\(\s*$/.test(acr.gap)) return null;
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

/** The end of a run of name words from `i` (capitalized words joined by spaces or hyphens, with particles and connectors inside). */
function capRunEnd(doc: Doc, i: number, limit: number, connectors: Set<string>): number {
  let end = i + 1;
  if (doc.tokens[i].poss) return end;
  for (let j = i + 1; j < limit && joined(doc.tokens[j]); j++) {
    const t = doc.tokens[j];
    if (t.cap || (/^\d+$/.test(t.text) && j === end)) {
      end = j + 1;
      if (t.poss) break;
      continue;
    }
    if (PARTICLES.has(t.fold) || connectors.has(t.fold)) continue;
    break;
  }
  return end;
}

function countryOfName(doc: Doc, from: number, to: number, countries: CountryTable): Country | null {
  const c = countryAt(doc, from, to, countries);
  return c && c.to < to ? c.country : null;
}

/**
 * Every stretch of text that names an organization: acronym definitions ("Long Name (ACR)"),
 * well-known bodies, a country's forces or government, capitalized names with an organization
 * head noun ("Timbuktu Institute", "Alliance of Sahel States") and bare acronyms.
 * Candidates do not overlap; earlier kinds of evidence win.
 */
export function findOrgCandidates(doc: Doc, options: OrgFinderOptions): OrgCandidate[] {
  const { countries } = options;
  const isPlace = options.isPlace ?? ((k: string) => countries.byName.has(k));
  const taken = new Uint8Array(doc.tokens.length);
  const out: OrgCandidate[] = [];
  const free = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (taken[k]) return false;
    return true;
  };
  const push = (c: OrgCandidate) => {
    for (let k = c.from; k < c.to; k++) taken[k] = 1;
    out.push(c);
  };
  const span = (from: number, to: number) => ({ from, to, start: doc.tokens[from].start, end: doc.tokens[to - 1].end, written: surface(doc, from, to) });
  const { index, exact } = knownTables();
  // 1. Definitions: "Long Name (ACR)" and "ACR (Long Name)".
  for (const t of doc.tokens) {
    if (!isAcronymToken(t) || !/\(\s*$/.test(t.gap)) continue;
    const [, sentTo] = doc.sentRange[t.sent];
    const closes = t.i + 1 < sentTo ? /^\s*\)/.test(doc.tokens[t.i + 1].gap) : /^\s*\)/.test(doc.text.slice(t.end + (t.poss ? 2 : 0)));
    if (!closes || t.poss) continue;
    const range = longNameBefore(doc, t, isPlace);
    if (!range || !free(range[0], t.i + 1)) continue;
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
    const isKnown = known && known.forms.some((f) => fold(f) === keyOf(doc, from, to)) ? known : undefined;
    if (isKnown) keys.push(`known:${isKnown.id}`);
    const def = { name: long.written, acronym, source: 'definition' as const, kind: isKnown?.kind ?? kind, country: country?.code ?? null, keys, known: isKnown };
    push({ ...long, ...def });
    push({ ...span(t.i, t.i + 1), ...def });
  }
  // "ACR (Long Name)"
  for (const t of doc.tokens) {
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

  // 2. Well-known bodies.
  for (let s = 0; s < doc.sentences.length; s++) {
    const [sentFrom, sentTo] = doc.sentRange[s];
    for (let i = sentFrom; i < sentTo; i++) {
      if (taken[i]) continue;
      const t = doc.tokens[i];
      const ex = exact.get(t.text);
      const m = index.match(doc, i, sentTo, (to) => free(i, to) && doc.tokens.slice(i, to).some((x) => x.cap));
      let hit: { to: number; value: KnownOrg } | null = m;
      if (ex && (!m || m.to === i + 1)) hit = { to: i + 1, value: ex };
      if (!hit) continue;
      // A known name inside a longer capitalized name is part of that name ("Africa Corps" in "… Africa Corps Command").
      if (hit.to < sentTo && joined(doc.tokens[hit.to]) && doc.tokens[hit.to].cap && ORG_HEADS.has(doc.tokens[hit.to].fold) && !doc.tokens[hit.to - 1].poss) continue;
      const o = hit.value;
      push({ ...span(i, hit.to), name: o.name, acronym: o.acronym, source: 'table', kind: o.kind, country: null, keys: [`known:${o.id}`, ...(o.acronym ? [`acr:${o.acronym.toUpperCase()}`] : [])], known: o });
      i = hit.to - 1;
    }
  }

  // 3. A country's forces, police or government.
  for (let s = 0; s < doc.sentences.length; s++) {
    const [sentFrom, sentTo] = doc.sentRange[s];
    for (let i = sentFrom; i < sentTo; i++) {
      if (taken[i]) continue;
      const g = genericAt(doc, i, sentTo, countries, options.preferCountries);
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
  }

  // 4. Capitalized names ending in (or opening with "X of") an organization head noun.
  for (let s = 0; s < doc.sentences.length; s++) {
    if (doc.titleCase[s]) continue;
    const [sentFrom, sentTo] = doc.sentRange[s];
    for (let i = sentFrom; i < sentTo; i++) {
      const t = doc.tokens[i];
      if (taken[i] || !t.cap || (t.initial && COMMON.has(t.fold) && !ORG_HEADS.has(t.fold))) continue;
      let end = capRunEnd(doc, i, sentTo, HEAD_CONNECTORS);
      while (end > i && taken[end - 1]) end--;
      for (let k = i; k < end; k++) if (taken[k]) end = k;
      let from = i;
      while (from < end && (doc.tokens[from].fold === 'the' || (doc.tokens[from].initial && COMMON.has(doc.tokens[from].fold)))) from++;
      // Where is the head? "Alliance of Sahel States" (head before "of") or "Timbuktu Institute" (head last).
      let to = -1;
      for (let k = from; k < end - 1; k++) {
        const next = doc.tokens[k + 1].fold;
        if (ORG_HEADS.has(doc.tokens[k].fold) && doc.tokens[k].cap && (next === 'of' || next === 'for' || next === 'on')) {
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
      if (to - from < 2 || !ORG_HEADS.has(doc.tokens[to - 1].fold) && !doc.tokens.slice(from, to).some((x, k) => ORG_HEADS.has(x.fold) && ['of', 'for', 'on'].includes(doc.tokens[from + k + 1]?.fold ?? ''))) {
        i = Math.max(i, end - 1);
        continue;
      }
      let headAt = to - 1;
      for (let k = from; k < to - 1; k++) if (ORG_HEADS.has(doc.tokens[k].fold) && ['of', 'for', 'on'].includes(doc.tokens[k + 1].fold)) { headAt = k; break; }
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

  // 5. Bare acronyms (kept by the organizations plugin when defined, known, repeated or described).
  for (const t of doc.tokens) {
    if (taken[t.i] || !isAcronymToken(t) || ACRONYM_STOP.has(t.text) || countries.byAcronym.has(t.text.replace(/\./g, ''))) continue;
    if (t.text.replace(/[^\p{L}]/gu, '').length < 2 || /^(?:\p{Lu}\.)+$/u.test(t.text)) continue;
    push({ ...span(t.i, t.i + 1), name: t.text, acronym: t.text, source: 'acronym', kind: null, country: null, keys: [`acr:${t.text.toUpperCase()}`] });
  }
  linkKnownAs(doc, out);
  return out.sort((a, b) => a.start - b.start);
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
