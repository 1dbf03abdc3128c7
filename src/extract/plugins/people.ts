import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Organization, Person, Place } from '../../schemas/entities.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { countryTable, type CountryTable } from '../../geo/countries.ts';
import { PARTICLES } from '../../text/lexicons/names.ts';
import { findPersonCandidates, titleAt } from '../names/person-finder.ts';
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

/**
 * People: names with a title, a role or a reporting verb (see the person finder), merged
 * across accented and unaccented spellings, with later surname-only mentions joined.
 * Names of organizations and places (already extracted) are never people.
 */
export function extractPeople(doc: Doc, countries: CountryTable, organizations: Organization[], places: Place[]): Person[] {
  const { tokens } = doc;
  const blocked = tokensIn(doc, [...organizations.flatMap((o) => o.mentions), ...places.flatMap((p) => p.mentions)]);
  // Part of an organization's name is not a person ("Nusrat al-Islam" of "Jama'at Nusrat al-Islam wal-Muslimin").
  // (Every run of whole words of every name, space-delimited: `orgNames.some((n) => n.includes(x))` for a space-delimited x.)
  const orgNameRuns = new Set<string>();
  for (const n of organizations.flatMap((o) => [o.name, ...o.aliases]).map((n) => ` ${foldName(n)} `)) {
    const spaces = [...n.matchAll(/ /g)].map((m) => m.index);
    for (let i = 0; i < spaces.length; i++) for (let j = i + 1; j < spaces.length; j++) orgNameRuns.add(n.slice(spaces[i], spaces[j] + 1));
  }
  const candidates = findPersonCandidates(doc, blocked, countries).filter((c) => !orgNameRuns.has(` ${foldName(c.name)} `));
  const drafts: Draft[] = [];
  // Drafts by their words (keys are unique: a draft is made only for words no draft has), by surname, in order.
  const byKey = new Map<string, Draft>();
  const bySurname = new Map<string, Draft[]>();
  const taken = new Uint8Array(tokens.length);
  const byStart = new Map<number, Draft>();
  const add = (d: Draft, from: number, to: number) => {
    byStart.set(tokens[from].start, d);
    const text = doc.text.slice(tokens[from].start, tokens[to - 1].end);
    if (!d.forms.includes(text)) d.forms.push(text);
    d.spans.push([tokens[from].start, tokens[to - 1].end]);
    for (let k = from; k < to; k++) taken[k] = 1;
  };
  const words = (from: number, to: number) => tokens.slice(from, to).map((t) => t.fold);
  // "Mohamed Hamdan Dagalo, known as Hemedti,": the nickname names the same person (folded nickname → full name key).
  const nicknames = new Map<string, string>();
  for (const c of candidates) {
    const nick = c.to - c.from > 1 ? nicknameAfter(doc, c.to) : null;
    if (nick && !blocked[nick[0]]) nicknames.set(tokens[nick[0]].fold, words(c.from, c.to).join(' '));
  }
  // Full names first, so that a titled surname ("General Langley") joins its full name.
  const ordered = [...candidates].sort((a, b) => b.to - b.from - (a.to - a.from) || a.start - b.start);
  for (const c of ordered) {
    const w = words(c.from, c.to);
    const key = w.join(' ');
    let d = byKey.get(key);
    if (!d && w.length === 1) {
      const same = bySurname.get(w[0]) ?? [];
      if (same.length === 1) d = same[0];
      else if (nicknames.has(w[0])) d = byKey.get(nicknames.get(w[0])!);
    }
    if (!d) {
      d = { words: w, name: c.name, title: null, role: null, forms: [], spans: [] };
      drafts.push(d);
      byKey.set(key, d);
      const surname = surnameOf(w);
      const list = bySurname.get(surname);
      if (list) list.push(d);
      else bySurname.set(surname, [d]);
    }
    add(d, c.from, c.to);
  }
  // Titles and roles in reading order: the first the text gives.
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    const d = byStart.get(c.start);
    if (!d) continue;
    d.title ??= c.title;
    d.role ??= c.role;
  }
  // The name as first written in full.
  for (const d of drafts) {
    const full = d.spans
      .filter(([s, e]) => doc.text.slice(s, e).split(/\s+/).length === d.words.length)
      .sort((a, b) => a[0] - b[0])[0];
    if (full) d.name = doc.text.slice(full[0], full[1]);
  }
  // Later mentions: the full name again, or the surname alone when only one person bears it.
  const surnames = new Map<string, Draft[]>();
  for (const d of drafts) surnames.set(surnameOf(d.words), [...(surnames.get(surnameOf(d.words)) ?? []), d]);
  for (const [nick, key] of nicknames) {
    const d = byKey.get(key);
    if (d && !surnames.has(nick)) surnames.set(nick, [d]);
  }
  // Drafts by first word, in order (a full name matches only where its first word stands).
  const byFirstWord = new Map<string, Draft[]>();
  for (const d of drafts) {
    const list = byFirstWord.get(d.words[0]);
    if (list) list.push(d);
    else byFirstWord.set(d.words[0], [d]);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || blocked[i] || !tokens[i].cap) continue;
    const sentTo = doc.sentRange[tokens[i].sent][1];
    const full = byFirstWord.get(tokens[i].fold)?.find((d) => {
      const to = i + d.words.length;
      if (to > sentTo) return false;
      for (let k = 0; k < d.words.length; k++) if (tokens[i + k].fold !== d.words[k] || taken[i + k] || blocked[i + k] || (k > 0 && !joined(tokens[i + k]))) return false;
      return true;
    });
    if (full) {
      add(full, i, i + full.words.length);
      i += full.words.length - 1;
      continue;
    }
    const bearers = surnames.get(tokens[i].fold);
    if (bearers?.length !== 1) continue;
    // A surname is not part of a longer capitalized name ("Langley Park").
    const nextCap = i + 1 < sentTo && tokens[i + 1].cap && joined(tokens[i + 1]) && !titleAt(doc, i + 1, sentTo);
    const prevCap = i > 0 && tokens[i - 1].sent === tokens[i].sent && tokens[i - 1].cap && joined(tokens[i]) && !titleAt(doc, i - 1, sentTo) && !tokens[i - 1].initial;
    if (!nextCap && !prevCap) add(bearers[0], i, i + 1);
  }

  const list = drafts.map((d) => ({ ...d, spans: [...d.spans].sort((a, b) => a[0] - b[0]) })).sort((a, b) => a.spans[0][0] - b.spans[0][0]);
  const ids = uniqueIds('p', list.map((d) => d.name));
  return list.map((d, n) => ({
    id: ids[n],
    name: d.name,
    title: d.title,
    role: d.role,
    aliases: d.forms.filter((f) => f !== d.name),
    mentions: d.spans.map(([start, end]) => mentionAt(doc, start, end)),
  }));
}

/** The people plugin: `file.data.people` (after places and organizations). */
export default function people(options: PeopleOptions = {}) {
  return (_tree: Root, file: VFile) => {
    const countries = options.gazetteer?.countries ?? countryTable();
    file.data.people = extractPeople(wordsOf(file), countries, file.data.organizations ?? [], file.data.places ?? []);
  };
}
