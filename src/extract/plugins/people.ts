import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Organization, Person, Place } from '../../schemas/entities.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { countryTable, type CountryTable } from '../../geo/countries.ts';
import { PARTICLES } from '../../text/lexicons/names.ts';
import { findPersonCandidates, titleAt, type PersonCandidate } from '../names/person-finder.ts';
import { joined, mentionAt, tokensIn, uniqueIds, type Doc } from '../../text/words.ts';
import { foldName } from '../../text/fold.ts';
import { wordsOf } from './words.ts';

export interface PeopleOptions {
  /** Country names and demonyms come from here when given (else from world-countries directly). */
  gazetteer?: Gazetteer;
}

interface Draft {
  /** Folded words of the full name. */
  words: string[];
  name: string;
  title: string | null;
  role: string | null;
  forms: string[];
  spans: Array<[number, number]>;
}

const NICKNAME_CUES = /^(?:(?:better |also |widely |popularly )?known as|nicknamed|alias|dubbed|called)$/;

/** The token range of a one-word nickname introduced right after a name ending before token `at` (", known as Hemedti"), or null. */
function nicknameAfter(doc: Doc, at: number): [number, number] | null {
  if (at >= doc.tokens.length || doc.tokens[at].sent !== doc.tokens[at - 1].sent || !/^\s*,\s*$/.test(doc.tokens[at].gap)) return null;
  const sentTo = doc.sentRange[doc.tokens[at].sent][1];
  for (let n = 1; n <= 3 && at + n < sentTo; n++) {
    if (!NICKNAME_CUES.test(doc.text.slice(doc.tokens[at].start, doc.tokens[at + n - 1].end).toLowerCase())) continue;
    const k = at + n;
    const t = doc.tokens[k];
    const closes = k + 1 >= sentTo || !(doc.tokens[k + 1].cap && joined(doc.tokens[k + 1]));
    return t.cap && !t.acronym && closes && /^[\s"“]*$/.test(t.gap.replace(/^ /, '')) ? [k, k + 1] : null;
  }
  return null;
}

const surnameOf = (words: string[]) => words.filter((w) => !PARTICLES.has(w)).at(-1) ?? words[words.length - 1];

/** What the steps of `extractPeople` share: the text, the drafts made so far and their lookups. */
interface PeopleState {
  doc: Doc;
  /** Tokens of organization and place mentions: never part of a person's name. */
  blocked: Uint8Array;
  drafts: Draft[];
  /** Drafts by their words (keys are unique: a draft is made only for words no draft has). */
  byKey: Map<string, Draft>;
  /** Drafts by surname, in order. */
  bySurname: Map<string, Draft[]>;
  /** Tokens already read as a mention of some draft. */
  taken: Uint8Array;
  /** Drafts by the start offset of each of their mentions. */
  byStart: Map<number, Draft>;
  /** Folded nickname → full name key ("Hemedti" → "mohamed hamdan dagalo"). */
  nicknames: Map<string, string>;
}

/**
 * Every run of whole words of every name and alias of the organizations, folded and
 * space-delimited: `orgNames.some((n) => n.includes(x))` for a space-delimited x.
 */
function orgNameRunsOf(organizations: Organization[]): Set<string> {
  const orgNameRuns = new Set<string>();
  for (const n of organizations.flatMap((o) => [o.name, ...o.aliases]).map((n) => ` ${foldName(n)} `)) {
    const spaces = [...n.matchAll(/ /g)].map((m) => m.index);
    for (let i = 0; i < spaces.length; i++) for (let j = i + 1; j < spaces.length; j++) orgNameRuns.add(n.slice(spaces[i], spaces[j] + 1));
  }
  return orgNameRuns;
}

/** The folded words of tokens from..to. */
const foldedWords = (doc: Doc, from: number, to: number) => doc.tokens.slice(from, to).map((t) => t.fold);

/** Records tokens from..to as a mention of draft `d` (its form as written, its span, its tokens taken). */
function addMention(st: PeopleState, d: Draft, from: number, to: number): void {
  const { tokens } = st.doc;
  st.byStart.set(tokens[from].start, d);
  const text = st.doc.text.slice(tokens[from].start, tokens[to - 1].end);
  if (!d.forms.includes(text)) d.forms.push(text);
  d.spans.push([tokens[from].start, tokens[to - 1].end]);
  for (let k = from; k < to; k++) st.taken[k] = 1;
}

/** "Mohamed Hamdan Dagalo, known as Hemedti,": the nickname names the same person (folded nickname → full name key). */
function nicknamesOf(doc: Doc, candidates: PersonCandidate[], blocked: Uint8Array): Map<string, string> {
  const nicknames = new Map<string, string>();
  for (const c of candidates) {
    const nick = c.to - c.from > 1 ? nicknameAfter(doc, c.to) : null;
    if (nick && !blocked[nick[0]]) nicknames.set(doc.tokens[nick[0]].fold, foldedWords(doc, c.from, c.to).join(' '));
  }
  return nicknames;
}

/** The draft a one-word name joins: the only person with that surname, else the person with that nickname. */
function draftOfOneWord(st: PeopleState, word: string): Draft | undefined {
  const same = st.bySurname.get(word) ?? [];
  if (same.length === 1) return same[0];
  if (st.nicknames.has(word)) return st.byKey.get(st.nicknames.get(word)!);
  return undefined;
}

/** A new draft for the words `w` of a candidate, registered by key and surname. */
function newDraft(st: PeopleState, w: string[], key: string, name: string): Draft {
  const d: Draft = { words: w, name, title: null, role: null, forms: [], spans: [] };
  st.drafts.push(d);
  st.byKey.set(key, d);
  const surname = surnameOf(w);
  const list = st.bySurname.get(surname);
  if (list) list.push(d);
  else st.bySurname.set(surname, [d]);
  return d;
}

/** Adds candidate `c` as a mention of the draft with its words (or that it joins), made if none. */
function draftCandidate(st: PeopleState, c: PersonCandidate): void {
  const w = foldedWords(st.doc, c.from, c.to);
  const key = w.join(' ');
  let d = st.byKey.get(key);
  if (!d && w.length === 1) d = draftOfOneWord(st, w[0]);
  if (!d) d = newDraft(st, w, key, c.name);
  addMention(st, d, c.from, c.to);
}

/** Titles and roles in reading order: the first the text gives. */
function firstTitlesAndRoles(st: PeopleState, candidates: PersonCandidate[]): void {
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    const d = st.byStart.get(c.start);
    if (!d) continue;
    d.title ??= c.title;
    d.role ??= c.role;
  }
}

/** The name as first written in full. */
function nameAsFirstWritten(doc: Doc, d: Draft): void {
  const full = d.spans
    .filter(([s, e]) => doc.text.slice(s, e).split(/\s+/).length === d.words.length)
    .sort((a, b) => a[0] - b[0])[0];
  if (full) d.name = doc.text.slice(full[0], full[1]);
}

/** Drafts by surname, and by nickname where no surname is the same word. */
function draftsBySurnameOrNickname(st: PeopleState): Map<string, Draft[]> {
  const surnames = new Map<string, Draft[]>();
  for (const d of st.drafts) surnames.set(surnameOf(d.words), [...(surnames.get(surnameOf(d.words)) ?? []), d]);
  for (const [nick, key] of st.nicknames) {
    const d = st.byKey.get(key);
    if (d && !surnames.has(nick)) surnames.set(nick, [d]);
  }
  return surnames;
}

/** Drafts by first word, in order (a full name matches only where its first word stands). */
function draftsByFirstWord(drafts: Draft[]): Map<string, Draft[]> {
  const byFirstWord = new Map<string, Draft[]>();
  for (const d of drafts) {
    const list = byFirstWord.get(d.words[0]);
    if (list) list.push(d);
    else byFirstWord.set(d.words[0], [d]);
  }
  return byFirstWord;
}

/** Draft `d`'s full name is written at token i, whole within the sentence, untaken and unblocked. */
function fullNameStandsAt(st: PeopleState, d: Draft, i: number, sentTo: number): boolean {
  const { tokens } = st.doc;
  const to = i + d.words.length;
  if (to > sentTo) return false;
  for (let k = 0; k < d.words.length; k++) if (tokens[i + k].fold !== d.words[k] || st.taken[i + k] || st.blocked[i + k] || (k > 0 && !joined(tokens[i + k]))) return false;
  return true;
}

/** A surname at token i is not part of a longer capitalized name ("Langley Park"). */
function surnameStandsAlone(doc: Doc, i: number, sentTo: number): boolean {
  const { tokens } = doc;
  const nextCap = i + 1 < sentTo && tokens[i + 1].cap && joined(tokens[i + 1]) && !titleAt(doc, i + 1, sentTo);
  const prevCap = i > 0 && tokens[i - 1].sent === tokens[i].sent && tokens[i - 1].cap && joined(tokens[i]) && !titleAt(doc, i - 1, sentTo) && !tokens[i - 1].initial;
  return !nextCap && !prevCap;
}

/** Reads a later mention at capitalized token i (the full name again, or a surname only one person bears); returns the index of its last token. */
function laterMentionAt(st: PeopleState, byFirstWord: Map<string, Draft[]>, surnames: Map<string, Draft[]>, i: number): number {
  const { tokens } = st.doc;
  const sentTo = st.doc.sentRange[tokens[i].sent][1];
  const full = byFirstWord.get(tokens[i].fold)?.find((d) => fullNameStandsAt(st, d, i, sentTo));
  if (full) {
    addMention(st, full, i, i + full.words.length);
    return i + full.words.length - 1;
  }
  const bearers = surnames.get(tokens[i].fold);
  if (bearers?.length !== 1) return i;
  if (surnameStandsAlone(st.doc, i, sentTo)) addMention(st, bearers[0], i, i + 1);
  return i;
}

/** The person of a finished draft, its spans in text order. */
function personOf(doc: Doc, d: Draft, id: string): Person {
  return {
    id,
    name: d.name,
    title: d.title,
    role: d.role,
    aliases: d.forms.filter((f) => f !== d.name),
    mentions: d.spans.map(([start, end]) => mentionAt(doc, start, end)),
  };
}

/**
 * People: names with a title, a role or a reporting verb (see the person finder), merged
 * across accented and unaccented spellings, with later surname-only mentions joined.
 * Names of organizations and places (already extracted) are never people.
 */
export function extractPeople(doc: Doc, countries: CountryTable, organizations: Organization[], places: Place[]): Person[] {
  const { tokens } = doc;
  const blocked = tokensIn(doc, [...organizations.flatMap((o) => o.mentions), ...places.flatMap((p) => p.mentions)]);
  // Part of an organization's name is not a person ("Nusrat al-Islam" of "Jama'at Nusrat al-Islam wal-Muslimin").
  const orgNameRuns = orgNameRunsOf(organizations);
  const candidates = findPersonCandidates(doc, blocked, countries).filter((c) => !orgNameRuns.has(` ${foldName(c.name)} `));
  const st: PeopleState = {
    doc,
    blocked,
    drafts: [],
    byKey: new Map(),
    bySurname: new Map(),
    taken: new Uint8Array(tokens.length),
    byStart: new Map(),
    nicknames: nicknamesOf(doc, candidates, blocked),
  };
  // Full names first, so that a titled surname ("General Langley") joins its full name.
  const ordered = [...candidates].sort((a, b) => b.to - b.from - (a.to - a.from) || a.start - b.start);
  for (const c of ordered) draftCandidate(st, c);
  firstTitlesAndRoles(st, candidates);
  for (const d of st.drafts) nameAsFirstWritten(doc, d);
  // Later mentions: the full name again, or the surname alone when only one person bears it.
  const surnames = draftsBySurnameOrNickname(st);
  const byFirstWord = draftsByFirstWord(st.drafts);
  for (let i = 0; i < tokens.length; i++) {
    if (st.taken[i] || blocked[i] || !tokens[i].cap) continue;
    i = laterMentionAt(st, byFirstWord, surnames, i);
  }

  const list = st.drafts.map((d) => ({ ...d, spans: [...d.spans].sort((a, b) => a[0] - b[0]) })).sort((a, b) => a.spans[0][0] - b.spans[0][0]);
  const ids = uniqueIds('p', list.map((d) => d.name));
  return list.map((d, n) => personOf(doc, d, ids[n]));
}

/** The people plugin: `file.data.people` (after places and organizations). */
export default function people(options: PeopleOptions = {}) {
  return (_tree: Root, file: VFile) => {
    const countries = options.gazetteer?.countries ?? countryTable();
    file.data.people = extractPeople(wordsOf(file), countries, file.data.organizations ?? [], file.data.places ?? []);
  };
}
