// Turns the noun phrase that speaks or claims ("Army spokesperson Souleymane Dembele",
// "a local witness", "the official statement", "he") into a speaker: the most informative
// name, the entity it resolves to, and the sort of referent it is (for pronouns).
import type { Organization, Person, Place } from '../../schemas/entities.ts';
import type { EntityRef } from '../../schemas/statements.ts';
import type { Clause } from './clauses.ts';
import { DETERMINERS, IRREGULAR_PLURALS, PREPOSITIONS, PRONOUNS } from '../../text/lexicons/grammar.ts';
import { NUMBER_WORDS } from '../../text/lexicons/quantities.ts';
import { ORG_NOUNS, PERSON_NOUNS, PERSON_TITLES } from '../../text/lexicons/speakers.ts';
import { DOCUMENT_NOUNS } from '../../text/lexicons/speech.ts';
import { isAbbreviationDot, isAcronym, isCapitalized, stripPossessive, type Token } from '../../text/tokens.ts';
import { earlierFullName, isBareName, isRoleNoun, type KnownName } from './names.ts';
import { foldWord } from '../../text/fold.ts';
import { dictionary } from '../../text/lexicons/dictionary.ts';

export type { KnownName };

export type ReferentType = 'person' | 'people' | 'group' | 'thing' | 'unknown';

export interface Speaker {
  /** Most informative name: a person's full name, else the phrase as written ("a local witness"). */
  text: string;
  entity: EntityRef | null;
  type: ReferentType;
  /** Offsets of the phrase as written. */
  start: number;
  end: number;
  /** Written as a pronoun and resolved to an earlier referent. */
  pronoun: boolean;
}

/** Entities of the report, plus persons this module recognised itself when the people list is empty or incomplete. */
export interface EntityIndex {
  people: Person[];
  organizations: Organization[];
  places: Place[];
  /** Names recognised by title ("Colonel Jane Doe") or apposition, with their surname and role, in reading order. */
  names: KnownName[];
}

/** Capitalized sentence openers that are no name ("Others said", "Everyone agreed"). */
const CLOSED_SUBJECTS = new Set(['others', 'everyone', 'everybody', 'nobody', 'none', 'most', 'many', 'some', 'several', 'few', 'both', 'all', 'this', 'that', 'these', 'those', 'there', 'here', 'one', 'each', 'anyone', 'someone', 'somebody', 'anybody', 'such', 'what', 'who', 'which']);

const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'several', 'each', 'none', 'all', 'few', 'both', 'either', 'neither', 'members', 'dozens', 'hundreds']);
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ben', 'ibn', 'de', 'du', 'da', 'dos', 'van', 'von', 'der', 'ould', 'ag', 'wa', 'abu', 'la', 'le']);

/**
 * The phrase's head: before its first preposition, the last speaking noun ("group" in "the group
 * responsible for …"), else the last word ("resident" in "a resident in Kayes").
 */
export function headOf(tokens: Token[], a: number, b: number): Token | undefined {
  let last: Token | undefined;
  let speaking: Token | undefined;
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.text === ',' || t.text === '(') break;
    // "one of the sources", "many of the residents": the head is after "of".
    if (t.kind === 'word' && PREPOSITIONS.has(t.lower) && last && !(t.lower === 'of' && PARTITIVES.has(last.lower) && !speaking)) break;
    if (t.kind !== 'word') continue;
    last = t;
    const w = stripPossessive(t.lower);
    if (PERSON_NOUNS.has(w) || ORG_NOUNS.has(w)) speaking = t;
  }
  return speaking ?? last;
}

function typeOfHead(head: Token | undefined): ReferentType {
  if (!head) return 'unknown';
  const w = stripPossessive(head.lower);
  if (DOCUMENT_NOUNS.has(w)) return 'thing';
  if (PERSON_NOUNS.has(w)) return /s$/.test(w) || IRREGULAR_PLURALS.has(w) || ['men', 'women', 'people'].includes(w) ? 'people' : 'person';
  if (ORG_NOUNS.has(w)) return 'group';
  if (isAcronym(head)) return 'group';
  return 'unknown';
}

/** A personal name introduced by a title or a role noun ("Colonel Jane Doe", "Interior Minister Jane Doe", "spokesman John Smith"). */
export function findTitledName(tokens: Token[], a: number, b: number): TitledName | null {
  return titledNames(tokens, a, b).at(-1) ?? null;
}

export interface TitledName {
  start: number;
  end: number;
  name: string;
  /** Lower-case title words ("interior minister", "spokesman lieutenant colonel"). */
  role: string;
}

// "Interior Minister", "Vice-President", "Secretary-General", "Prosecutor": titles and role nouns.
// By spelling, remembered (bounded; starts over when full): every capitalized word is asked.
const titleWords = new Map<string, boolean>();
function isTitle(w: string): boolean {
  let title = titleWords.get(w);
  if (title === undefined) {
    title = PERSON_TITLES.has(w) || w.split('-').some((p) => PERSON_TITLES.has(p));
    if (titleWords.size >= 100_000) titleWords.clear();
    titleWords.set(w, title);
  }
  return title;
}

/** End of the run of capitalized words (with particles and abbreviation stops) that starts at token i, within b. */
function capitalizedRunEnd(tokens: Token[], i: number, b: number): number {
  let j = i;
  while (j < b && (isCapitalized(tokens[j]) || (NAME_PARTICLES.has(tokens[j].lower) && isCapitalized(tokens[j + 1])) || (tokens[j].text === '.' && j > i && tokens[j - 1].text.length <= 4 && isCapitalized(tokens[j + 1])))) j++;
  return j;
}

/** Role: a lower-case role noun before the run at i ("military spokesman"), then the run's titles up to k. */
function roleBefore(tokens: Token[], i: number, k: number): string {
  const role: string[] = [];
  for (let x = i - 1; x >= Math.max(0, i - 2) && tokens[x].kind === 'word' && /^\p{Ll}/u.test(tokens[x].text) && !DETERMINERS.has(tokens[x].lower) && !PREPOSITIONS.has(tokens[x].lower); x--) role.unshift(tokens[x].lower);
  for (let x = i; x <= k; x++) if (tokens[x].kind === 'word') role.push(tokens[x].lower);
  return role.join(' ');
}

/** Reads the capitalized run at token i (within b), adding its name to `found` when titled; returns the run's end. */
function titledNameAt(tokens: Token[], i: number, b: number, found: TitledName[]): number {
  const j = capitalizedRunEnd(tokens, i, b);
  // The name follows the run's last title ("Interior Minister", "Gen.", "Colonel").
  let k = -1;
  for (let x = i; x < j; x++) if (isTitle(tokens[x].lower) || (x < j - 1 && isRoleNoun(tokens[x].lower))) k = x;
  let from = k >= 0 ? k + 1 : i;
  while (from < j && tokens[from].text === '.') from++;
  const prev = tokens[i - 1];
  const titled = k >= 0 || (!!prev && prev.kind === 'word' && (PERSON_TITLES.has(prev.lower) || PERSON_NOUNS.has(prev.lower)));
  if (!titled) return j;
  const parts = tokens.slice(from, j).filter((t) => t.text !== '.');
  const hasOrgWord = parts.some((t) => ORG_NOUNS.has(t.lower) || isAcronym(t));
  if (parts.length >= (k >= 0 ? 1 : 2) && parts.length <= 5 && !hasOrgWord) {
    found.push({ start: tokens[from].start, end: tokens[j - 1].end, name: parts.map((t) => t.text).join(' '), role: roleBefore(tokens, i, k) });
  }
  return j;
}

/** Every titled personal name in tokens a..b, in order. */
export function titledNames(tokens: Token[], a: number, b: number): TitledName[] {
  const found: TitledName[] = [];
  for (let i = a; i < b; i++) {
    if (isCapitalized(tokens[i])) i = titledNameAt(tokens, i, b, found);
  }
  return found;
}

/** Plain text of tokens a..b as written (single spaces). */
export function spanText(text: string, tokens: Token[], a: number, b: number): string {
  if (b <= a) return '';
  return text.slice(tokens[a].start, tokens[b - 1].end).replace(/\s+/g, ' ');
}

/** Comma-separated parts of tokens a..b (commas inside parentheses do not split). */
function commaSegments(tokens: Token[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let from = a;
  for (let i = a; i < b; i++) {
    const t = tokens[i].text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (t === ',' || t === '—' || t === '–')) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  if (b > from) out.push([from, b]);
  // A part may open with the preposition that introduced the phrase ("by X").
  return out.map(([x, y]) => {
    while (x < y && tokens[x].kind === 'word' && PREPOSITIONS.has(tokens[x].lower)) x++;
    return [x, y] as [number, number];
  }).filter(([x, y]) => y > x);
}

interface Mentioned<T> {
  entity: T;
  start: number;
  end: number;
}

/**
 * Lookups over an index's entities, built once per index (its people, organizations and places
 * and their mentions are those of the report, fixed by the time speakers are read), so that each
 * phrase costs a binary search instead of a pass over every mention of the report.
 */
interface EntityLookups {
  people: Mentioned<Person>[];
  organizations: Mentioned<Organization>[];
  /** Place mentions by start, and the furthest end up to each. */
  places: { start: number; end: number }[];
  placeReach: number[];
  /** Folded names, aliases and (people) last names → the first entity that has them (built when first asked). */
  byName?: { personByName: Map<string, Person>; orgByName: Map<string, Organization> };
}

const entityLookups = new WeakMap<EntityIndex, { people: Person[]; organizations: Organization[]; places: Place[]; lookups: EntityLookups }>();

/** Mentions sorted by start; mentions with the same start keep the order of the entities and their mention lists. */
const mentionsByStart = <T extends { mentions: { start: number; end: number }[] }>(entities: T[]): Mentioned<T>[] =>
  entities.flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);

function lookupsOf(index: EntityIndex): EntityLookups {
  const hit = entityLookups.get(index);
  if (hit && hit.people === index.people && hit.organizations === index.organizations && hit.places === index.places) return hit.lookups;
  const places = index.places.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
  const placeReach: number[] = [];
  for (const m of places) placeReach.push(Math.max(placeReach.at(-1) ?? -Infinity, m.end));
  const lookups: EntityLookups = { people: mentionsByStart(index.people), organizations: mentionsByStart(index.organizations), places, placeReach };
  entityLookups.set(index, { people: index.people, organizations: index.organizations, places: index.places, lookups });
  return lookups;
}

/** Index of the first of `sorted` (by start) that starts at or after `offset`. */
function firstFrom(sorted: { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The entity named within start..end: the person whose mention there starts last, else the
 * organization whose mention starts first (on equal starts, the first entity in the report's order).
 */
function entityIn(index: EntityIndex, start: number, end: number): { ref: EntityRef; person?: Person; org?: Organization; mStart: number } | null {
  const { people, organizations } = lookupsOf(index);
  // People: from the last mention starting by `end` down; among those at the latest start, the first.
  let person: Mentioned<Person> | null = null;
  for (let i = firstFrom(people, end + 1) - 1; i >= 0 && people[i].start >= start; i--) {
    const m = people[i];
    if (person && m.start < person.start) break;
    if (m.end <= end) person = m;
  }
  if (person) return { ref: { type: 'person', id: person.entity.id }, person: person.entity, mStart: person.start };
  for (let i = firstFrom(organizations, start); i < organizations.length && organizations[i].start <= end; i++) {
    const m = organizations[i];
    if (m.end <= end) return { ref: { type: 'organization', id: m.entity.id }, org: m.entity, mStart: m.start };
  }
  return null;
}

/** Folded names and aliases of the index's entities (most speakers never need them: built on first use). */
function byNameOf(index: EntityIndex): NonNullable<EntityLookups['byName']> {
  const lookups = lookupsOf(index);
  if (lookups.byName) return lookups.byName;
  const personByName = new Map<string, Person>();
  for (const p of index.people) {
    for (const f of [...[p.name, ...p.aliases].map(foldWord), foldWord(p.name).split(/\s+/).at(-1)!]) if (!personByName.has(f)) personByName.set(f, p);
  }
  const orgByName = new Map<string, Organization>();
  for (const o of index.organizations) for (const f of [o.name, o.acronym ?? '', ...o.aliases].map(foldWord)) if (!orgByName.has(f)) orgByName.set(f, o);
  return (lookups.byName = { personByName, orgByName });
}

/** A person or organization whose name or alias equals `name` (folded). */
export function entityByName(index: EntityIndex, name: string): { ref: EntityRef; person?: Person } | null {
  const f = foldWord(name);
  const { personByName, orgByName } = byNameOf(index);
  const p = personByName.get(f);
  if (p) return { ref: { type: 'person', id: p.id }, person: p };
  const o = orgByName.get(f);
  return o ? { ref: { type: 'organization', id: o.id } } : null;
}

/** Whether a place mention covers start..end. */
function placeCovers(index: EntityIndex, start: number, end: number): boolean {
  const { places, placeReach } = lookupsOf(index);
  const last = firstFrom(places, start + 1) - 1;
  return last >= 0 && placeReach[last] >= end;
}

/**
 * Lookups over `names`, which only grows (names are appended, never removed or renamed): kept
 * up to date by reading the names appended since the last call.
 */
interface NameLookups {
  seen: number;
  /** How many times the names were read (see `nameReads`). */
  reads: number;
  byFull: Map<string, KnownName>;
  /** By folded surname, and by folded first word of the full name, in order. */
  bySurname: Map<string, KnownName[]>;
  byFirstWord: Map<string, KnownName[]>;
}
const nameLookups = new WeakMap<KnownName[], NameLookups>();

function namesOf(names: KnownName[]): NameLookups {
  let l = nameLookups.get(names);
  if (!l) nameLookups.set(names, (l = { seen: 0, reads: 0, byFull: new Map(), bySurname: new Map(), byFirstWord: new Map() }));
  l.reads++;
  if (l.seen > names.length) {
    l.seen = 0;
    l.byFull.clear();
    l.bySurname.clear();
    l.byFirstWord.clear();
  }
  const push = (map: Map<string, KnownName[]>, k: string, n: KnownName) => {
    const list = map.get(k);
    if (list) list.push(n);
    else map.set(k, [n]);
  };
  for (; l.seen < names.length; l.seen++) {
    const n = names[l.seen];
    if (!l.byFull.has(n.full)) l.byFull.set(n.full, n);
    push(l.bySurname, foldWord(n.surname), n);
    push(l.byFirstWord, foldWord(n.full.split(' ')[0]), n);
  }
  return l;
}

/**
 * How many times `names` was read through these look-ups (or `noteNamesRead`): a reading of a
 * speaker during which it stays the same does not depend on which names are known.
 */
export function nameReads(names: KnownName[]): number {
  return nameLookups.get(names)?.reads ?? 0;
}

/** Counts a read of `names` made without these look-ups. */
export function noteNamesRead(names: KnownName[]): void {
  namesOf(names);
}

/** The first known name written `full`, if any (`names.find((n) => n.full === full)`). */
export function knownName(names: KnownName[], full: string): KnownName | undefined {
  return namesOf(names).byFull.get(full);
}

/** Appends a name unless one with the same full name is known. */
function addName(names: KnownName[], n: KnownName): void {
  if (!knownName(names, n.full)) names.push(n);
}

/**
 * Describes the phrase `tokens[a..b)` as a speaker. Pronouns are returned with `pronoun: true`
 * and type from the pronoun; the caller resolves them.
 */
export function describe(text: string, c: Clause, a: number, b: number, index: EntityIndex): Speaker | null {
  const tokens = c.tokens;
  while (a < b && tokens[a].kind === 'punct' && tokens[a].text !== '(') a++;
  while (b > a && tokens[b - 1].kind === 'punct' && tokens[b - 1].text !== ')' && !isAbbreviationDot(tokens, b - 1)) b--;
  if (b <= a) return null;
  const first = tokens[a];
  if (b - a === 1 && PRONOUNS[first.lower]) {
    const p = PRONOUNS[first.lower];
    return { text: first.text, entity: null, type: p === 'person' ? 'person' : p === 'group' ? 'group' : 'thing', start: first.start, end: first.end, pronoun: true };
  }
  // "a statement from the army", "figures from the health ministry", "a report by Human Rights
  // Watch": the party behind the document or the data speaks.
  const head0 = headOf(tokens, a, b);
  const named = (t: Token) => isCapitalized(t) && tokens.indexOf(t) !== tokens.findIndex((x) => x.kind === 'word');
  if (head0 && (DOCUMENT_NOUNS.has(head0.lower) || !(PERSON_NOUNS.has(head0.lower) || ORG_NOUNS.has(head0.lower) || named(head0)))) {
    const hi = tokens.indexOf(head0, a);
    const nx = tokens[hi + 1];
    if (nx && ['from', 'by', 'of'].includes(nx.lower) && hi + 2 < b && (DOCUMENT_NOUNS.has(head0.lower) || tokens.slice(hi + 2, b).some((t) => isCapitalized(t) || ORG_NOUNS.has(t.lower)))) {
      const party = describe(text, c, hi + 2, b, index);
      if (party) return { ...party, start: tokens[a].start, end: tokens[b - 1].end };
    }
  }
  if (head0 && DOCUMENT_NOUNS.has(head0.lower)) {
    const hi = tokens.indexOf(head0, a);
    for (let i = a; i < hi; i++) {
      if (/['’]s$/.test(tokens[i].text)) {
        const owner = describe(text, c, a, i + 1, index);
        if (owner && owner.type !== 'unknown') return { ...owner, text: stripPossessive(owner.text) };
      }
    }
    // "U.N. estimates", "Health Ministry figures": a proper name before the document is its author.
    let from = a;
    while (from < hi && tokens[from].kind === 'word' && DETERMINERS.has(tokens[from].lower)) from++;
    if (from < hi && isCapitalized(tokens[from]) && tokens.slice(from, hi).every((t) => isCapitalized(t) || isAbbreviationDot(tokens, tokens.indexOf(t)) || ORG_NOUNS.has(t.lower))) {
      const owner = describe(text, c, from, hi, index);
      if (owner && !owner.pronoun) return { ...owner, type: owner.type === 'unknown' ? 'group' : owner.type };
    }
  }
  const start = tokens[a].start;
  const end = tokens[b - 1].end;
  const hit = entityIn(index, start, end);
  if (hit?.person) return { text: hit.person.name, entity: hit.ref, type: 'person', start, end, pronoun: false };
  const titled = findTitledName(tokens, a, b);
  if (titled) {
    const ent = entityByName(index, titled.name);
    addName(index.names, { full: titled.name, surname: titled.name.split(' ').at(-1)!, start: titled.start, role: titled.role });
    return { text: ent?.person?.name ?? titled.name, entity: ent?.ref ?? null, type: 'person', start, end, pronoun: false };
  }
  // A bare surname already introduced with a title ("Langley said").
  const core = tokens.slice(a, b).filter((t) => t.kind === 'word');
  if (core.length === 1 && isCapitalized(core[0]) && !isAcronym(core[0])) {
    const w0 = foldWord(core[0].text);
    // A surname ("Langley said"), or a given name used alone where that is the custom ("Nahid said").
    const { bySurname, byFirstWord } = namesOf(index.names);
    const sameSurname = bySurname.get(w0) ?? [];
    const sameFirst = byFirstWord.get(w0) ?? [];
    const known =
      sameSurname.findLast((n) => n.start < start) ??
      sameSurname[0] ??
      (sameFirst.filter((n) => n.start < start && n.full.includes(' ')).length === 1 ? sameFirst.find((n) => n.start < start) : undefined);
    if (known) {
      const ent = entityByName(index, known.full);
      return { text: ent?.person?.name ?? known.full, entity: ent?.ref ?? null, type: 'person', start, end, pronoun: false };
    }
    // "Lamamra said": a surname whose full name was written before without a title.
    const isPlace = placeCovers(index, start, end);
    const w = core[0].lower;
    if (!hit && !isPlace && b - a === 1 && !CLOSED_SUBJECTS.has(w) && !PERSON_NOUNS.has(w) && !ORG_NOUNS.has(w) && !DOCUMENT_NOUNS.has(w) && !PERSON_TITLES.has(w) && !PRONOUNS[w] && !DETERMINERS.has(w)) {
      const full = earlierFullName(text, core[0].text, start);
      if (full) {
        addName(index.names, { full, surname: core[0].text, start });
        const ent = entityByName(index, full);
        return { text: ent?.person?.name ?? full, entity: ent?.ref ?? null, type: 'person', start, end, pronoun: false };
      }
      // A lone proper name as subject ("Russia said", "Hamas rejects") is a speaker of unknown sort.
      return { text: core[0].text, entity: null, type: 'unknown', start, end, pronoun: false };
    }
  }
  // An untitled name standing alone as the subject ("Jane Doe said"), unless it is a place.
  if (core.length >= 2 && core.length <= 3 && core.every((t) => isCapitalized(t) && !isAcronym(t) && !ORG_NOUNS.has(t.lower) && !PERSON_TITLES.has(t.lower)) && b - a === core.length) {
    const isPlace = placeCovers(index, start, end);
    if (!isPlace && !hit) {
      const full = core.map((t) => t.text).join(' ');
      addName(index.names, { full, surname: core.at(-1)!.text, start });
      return { text: full, entity: null, type: 'person', start, end, pronoun: false };
    }
  }
  // "The group responsible for the attack, Jama'at … (JNIM)": of the comma-separated parts,
  // the one that names (entity, acronym, proper name) is the most informative.
  const segments = commaSegments(tokens, a, b).filter(([x]) => !['who', 'which', 'whose', 'whom', 'where'].includes(tokens[x].lower));
  if (!segments.length) return null;
  const names = (x: number, y: number) =>
    (hit && hit.mStart >= tokens[x].start && hit.mStart < tokens[y - 1].end) ||
    tokens.slice(x, y).some((t) => isAcronym(t)) ||
    tokens.slice(x, y).filter((t, k) => isCapitalized(t) && !(x + k === c.mainStart && DETERMINERS.has(t.lower))).length >= 2;
  // "The United Nations envoy for Sudan, Ramtane Lamamra": a bare name beside a person's role is that person.
  if (segments.length > 1 && !hit) {
    const bare = segments.find(([x, y]) => isBareName(tokens, x, y) && !placeCovers(index, tokens[x].start, tokens[y - 1].end));
    if (bare && segments.some(([x, y]) => x !== bare[0] && typeOfHead(headOf(tokens, x, y)) === 'person')) {
      const full = tokens.slice(bare[0], bare[1]).map((t) => t.text).join(' ');
      addName(index.names, { full, surname: tokens[bare[1] - 1].text, start: tokens[bare[0]].start });
      const ent = entityByName(index, full);
      return { text: ent?.person?.name ?? full, entity: ent?.ref ?? null, type: 'person', start, end, pronoun: false };
    }
  }
  // Of the parts, the one that names (entity, acronym, proper name) is the most informative.
  const [sa, sb] = segments.find(([x, y]) => names(x, y)) ?? segments[0];
  let phrase = spanText(text, tokens, sa, sb);
  const firstWord = tokens[sa];
  if (firstWord.kind === 'word' && (DETERMINERS.has(firstWord.lower) || NUMBER_WORDS[firstWord.lower] !== undefined) && /^\p{Lu}\p{Ll}*$/u.test(firstWord.text)) {
    phrase = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  }
  let type: ReferentType = 'unknown';
  for (const [x, y] of [[sa, sb], ...segments]) {
    type = tokens.slice(x, y).some((t) => isAcronym(t)) ? 'group' : typeOfHead(headOf(tokens, x, y));
    if (type !== 'unknown') break;
  }
  // "the governor, Ibrahim Tanko": a name in apposition to a person noun is that person's name.
  const nameParts = tokens.slice(sa, sb);
  if (type === 'person' && segments.length > 1 && nameParts.length >= 2 && nameParts.length <= 4 && nameParts.every((t) => isCapitalized(t) || NAME_PARTICLES.has(t.lower)) && !hit) {
    const full = nameParts.map((t) => t.text).join(' ');
    addName(index.names, { full, surname: nameParts.at(-1)!.text, start: nameParts[0].start });
    const ent = entityByName(index, full);
    return { text: ent?.person?.name ?? full, entity: ent?.ref ?? null, type: 'person', start, end, pronoun: false };
  }
  if (hit?.org) type = 'group';
  const head = headOf(tokens, sa, sb);
  // Capitals that only mark the sentence start say nothing; a possessive ("Mali’s") still names.
  const firstWordIndex = tokens.findIndex((t) => t.kind === 'word');
  const proper = (t: Token, i: number) => isCapitalized(t) && (i !== firstWordIndex || /['’]s$/.test(t.text));
  if (type === 'unknown' && !hit && !names(sa, sb) && !tokens.slice(sa, sb).some((t, k) => proper(t, sa + k))) {
    // A lower-case phrase with no speaking noun ("the situation") is no speaker.
    if (!head || (!PERSON_NOUNS.has(head.lower) && !ORG_NOUNS.has(head.lower))) return null;
  }
  return { text: phrase, entity: hit?.ref ?? generic(tokens, sa, sb, head, index), type, start, end, pronoun: false };
}

const GENERIC_KINDS: Readonly<Record<string, Organization['kind']>> = dictionary({
  army: 'state-force', military: 'state-force', troops: 'state-force', forces: 'state-force', junta: 'government',
  government: 'government', authorities: 'government', presidency: 'government',
});

/** "the army", "Mali’s government": the report's only organization of that kind, when there is exactly one. */
function generic(tokens: Token[], a: number, b: number, head: Token | undefined, index: EntityIndex): EntityRef | null {
  const kind = head && GENERIC_KINDS[head.lower];
  if (!kind || !(DETERMINERS.has(tokens[a].lower) || /['’]s$/.test(tokens[a].text))) return null;
  const candidates = index.organizations.filter((o) => o.kind === kind);
  return candidates.length === 1 ? { type: 'organization', id: candidates[0].id } : null;
}

/** Whether a referent of type `r` can be what pronoun type `p` points to. */
export function compatible(p: ReferentType, r: ReferentType): boolean {
  if (p === 'person') return r === 'person';
  if (p === 'group') return r === 'group' || r === 'people' || r === 'unknown';
  if (p === 'thing') return r === 'group' || r === 'thing' || r === 'unknown';
  return false;
}
