// What a text says about the people it names, for speakers: roles written in apposition
// ("Congo's communications minister, Jean-Pierre Kalala,"), definite role descriptions that
// point back to a named person ("the minister said"), and bare surnames ("Lamamra said") that
// complete to a full name written earlier. General rules over title and person-noun lexicons.
import type { Person } from '../../schemas/entities.ts';
import type { EntityRef } from '../../schemas/statements.ts';
import { ADVERBIAL_OPENERS, CONJUNCTIONS, DETERMINERS, IRREGULAR_PLURALS, PREPOSITIONS } from '../../text/lexicons/grammar.ts';
import { ORG_NOUNS, PERSON_NOUNS, PERSON_TITLES } from '../../text/lexicons/speakers.ts';
import { REPORTING_VERB_LEMMA } from '../../text/lexicons/speech.ts';
import { isAcronym, isCapitalized, stripPossessive, type Token } from '../../text/tokens.ts';
import { foldWord } from '../../text/fold.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../text/lexicons/calendar.ts';

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ben', 'ibn', 'de', 'du', 'da', 'dos', 'van', 'von', 'der', 'ould', 'ag', 'wa', 'abu', 'la', 'le']);

/** A person named in the text (by title or apposition), with their surname and role, at its offset. */
export interface KnownName {
  full: string;
  surname: string;
  start: number;
  /** Lower-case role words written with the name ("interior minister", "governor"), when any. */
  role?: string;
}

/** A singular noun naming one person's role or a title ("minister", "spokeswoman", "resident"). */
export const isRoleNoun = (w: string): boolean =>
  PERSON_TITLES.has(w) || (PERSON_NOUNS.has(w) && !/s$/.test(w) && !IRREGULAR_PLURALS.has(w) && !['men', 'women', 'people'].includes(w));

/**
 * The role written in tokens a..b: its last role noun before a preposition or relative pronoun,
 * with up to two modifiers ("communications minister", "United Nations envoy"), lower case.
 */
export function roleOf(tokens: Token[], a: number, b: number): string | null {
  let h = -1;
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (h >= 0 && (PREPOSITIONS.has(t.lower) || ['who', 'which', 'whose', 'that'].includes(t.lower))) break;
    if (isRoleNoun(stripPossessive(t.lower))) h = i;
  }
  if (h < 0) return null;
  let s = h;
  while (s > a && h - s < 2 && tokens[s - 1].kind === 'word' && !DETERMINERS.has(tokens[s - 1].lower) && !/['’]s$/.test(tokens[s - 1].text) && !PREPOSITIONS.has(tokens[s - 1].lower)) s--;
  return tokens.slice(s, h + 1).map((t) => stripPossessive(t.lower)).join(' ');
}

/** Tokens a..b form a bare personal name: 2–4 capitalized words (particles allowed), no organization word or title. */
export function isBareName(tokens: Token[], a: number, b: number): boolean {
  // Two to five tokens, the first capitalized (the full test below demands no less).
  if (b - a < 2 || b - a > 5 || !isCapitalized(tokens[a])) return false;
  const words = tokens.slice(a, b);
  const n = words.filter((t) => t.kind === 'word' && !NAME_PARTICLES.has(t.lower)).length;
  if (n < 2 || n > 4 || words.length > 5) return false;
  return words.every((t, k) => (isCapitalized(t) || (NAME_PARTICLES.has(t.lower) && k > 0)) && !isAcronym(t) && !ORG_NOUNS.has(t.lower) && !PERSON_TITLES.has(t.lower) && !DETERMINERS.has(t.lower));
}

/** Comma- or dash-separated parts of a sentence's tokens (parentheses do not split). */
function parts(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i]?.text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    if (i === tokens.length || (depth === 0 && (t === ',' || t === '—' || t === '–' || t === ':' || t === ';'))) {
      out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

/** A name written in apposition with a role: its text, its start offset and the role. */
interface AppositiveName {
  name: string;
  start: number;
  role: string;
}

/**
 * Where a name may start in part a..b: after a verb of saying ("…, said Isa Danjuma, director of
 * …"), else at a. A name has at most five tokens, so a verb further back leaves none (nor does the part whole).
 */
function nameStartAfterVerb(tokens: Token[], a: number, b: number): number {
  for (let i = b - 1; i > a && i >= b - 6; i--) {
    if (tokens[i].kind === 'word' && REPORTING_VERB_LEMMA[tokens[i].lower]) return i + 1;
  }
  return a;
}

/** The role in apposition with the name ending part k, which starts at token na: in the part before or after, or null. */
function appositiveRole(tokens: Token[], ps: [number, number][], k: number, na: number): string | null {
  const [a] = ps[k];
  // The role before ("Its leader, Wilson Dorval,") — only when the name is the whole part.
  const before = na === a && k > 0 ? ps[k - 1] : null;
  const role = before && before[1] === a - 1 ? roleOf(tokens, before[0], before[1]) : null;
  if (role) return role;
  // …or after ("Isa Danjuma, director of …", "Esther Mapendo, 34, a resident"), skipping an age.
  let next = ps[k + 1];
  if (next && next[1] - next[0] === 1 && tokens[next[0]].kind === 'number') next = ps[k + 2];
  if (!next) return null;
  const first = tokens[next[0]];
  if (first && first.kind === 'word' && (DETERMINERS.has(first.lower) || /['’]s$/.test(first.text) || /^\p{Ll}/u.test(first.text))) return roleOf(tokens, next[0], next[1]);
  return null;
}

/** The name in apposition with a role that ends part k of the sentence, or null. */
function appositiveAt(tokens: Token[], ps: [number, number][], k: number): AppositiveName | null {
  const [a, b] = ps[k];
  const na = nameStartAfterVerb(tokens, a, b);
  if (!isBareName(tokens, na, b)) return null;
  const name = tokens.slice(na, b).map((t) => t.text).join(' ');
  const role = appositiveRole(tokens, ps, k, na);
  return role ? { name, start: tokens[na].start, role } : null;
}

/**
 * Names in apposition with a role in one sentence: "Congo's communications minister, Jean-Pierre
 * Kalala, said", "said Isa Danjuma, director of Amnesty International Nigeria", "Mohammed Ali, 45,
 * a farmer who fled".
 */
export function appositiveNames(tokens: Token[], quoted: boolean[]): AppositiveName[] {
  const found: AppositiveName[] = [];
  const ps = parts(tokens).filter(([a, b]) => b > a && !quoted[a]);
  for (let k = 0; k < ps.length; k++) {
    const name = appositiveAt(tokens, ps, k);
    if (name) found.push(name);
  }
  return found;
}

/** "the minister", "the prime minister", "the governor": the role words of a definite description of one person, or null. */
export function roleDescription(text: string): string[] | null {
  const m = /^the ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)$/u.exec(text.trim());
  if (!m) return null;
  const words = m[1].split(' ');
  return isRoleNoun(words.at(-1)!) ? words : null;
}

/**
 * The named person a definite role description refers back to: the latest person named before
 * `before` whose written role holds every word of the description ("the minister" → "Interior
 * Minister Jane Doe").
 */
export function roleReferent(names: KnownName[], people: Person[], words: string[], before: number): { name: string; entity: EntityRef | null } | null {
  const fits = (role: string | null | undefined) => {
    if (!role) return false;
    const r = foldWord(role).split(/[\s-]+/);
    return words.every((w) => r.includes(foldWord(w)));
  };
  let best: { name: string; start: number; entity: EntityRef | null } | null = null;
  for (const n of names) {
    if (n.start < before && fits(n.role) && (!best || n.start > best.start)) best = { name: n.full, start: n.start, entity: null };
  }
  for (const p of people) {
    if (!fits(p.role) && !fits(p.title)) continue;
    const m = p.mentions.filter((x) => x.start < before).at(-1);
    if (m && (!best || m.start >= best.start)) best = { name: p.name, start: m.start, entity: { type: 'person', id: p.id } };
  }
  if (!best) return null;
  // The person named with the role may also be an entity of the report.
  const person = best.entity ? null : people.find((p) => foldWord(p.name) === foldWord(best!.name) || p.aliases.some((x) => foldWord(x) === foldWord(best!.name)));
  return { name: person?.name ?? best.name, entity: best.entity ?? (person ? { type: 'person', id: person.id } : null) };
}

/**
 * A full name written before `before` that ends with `surname` ("Ramtane Lamamra" for "Lamamra"),
 * without a leading title; null when the text has none.
 *
 * The last of the matches a scan of the text before `before` finds. Each match ends with the
 * surname and spans at most three capitalized words (with particles) before it, so it lies within
 * a few whitespace-separated runs before an occurrence of the surname: the text is read only in
 * windows around the occurrences (each scanned once per text and surname), and a scan that starts
 * at a window finds what a scan from the start of the text finds there.
 */
export function earlierFullName(text: string, surname: string, before: number): string | null {
  const w = windowsOf(text, surname);
  // The window that `before` cuts is read again up to `before`; those before it are known.
  let k = -1; // the last window that starts before `before`
  for (let lo = 0, hi = w.starts.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (w.starts[mid] < before) [k, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  if (k < 0) return null;
  if (w.ends[k] + 1 <= before) return w.lastUpTo[k];
  return lastFullName(text, surname, w.re, w.starts[k], before) ?? (k > 0 ? w.lastUpTo[k - 1] : null);
}

/** A valid full name from a match, or null ("Minister", "On Monday", "Then": titles and closed-class words lead no name). */
function fullNameOf(m: RegExpExecArray, surname: string): string | null {
  const words = m[1].trim().split(/\s+/);
  const lead = (w: string) => [PERSON_TITLES, DETERMINERS, PREPOSITIONS, CONJUNCTIONS, ADVERBIAL_OPENERS, WEEKDAY_WORDS, MONTH_WORDS].some((set) => set.has(w.toLowerCase().replace(/\.$/, '')));
  while (words.length && lead(words[0])) words.shift();
  if (!words.length || words.some((w) => ORG_NOUNS.has(w.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w))) return null;
  return `${words.join(' ')} ${surname}`;
}

/** The last full name of the matches that a scan of `text` up to `end` starting at `from` finds. */
function lastFullName(text: string, surname: string, re: RegExp, from: number, end: number): string | null {
  const scope = text.slice(0, end);
  let found: string | null = null;
  re.lastIndex = from;
  for (let m = re.exec(scope); m; m = re.exec(scope)) found = fullNameOf(m, surname) ?? found;
  return found;
}

interface Windows {
  re: RegExp;
  /** Merged windows around the occurrences of the surname: start, and end of the last occurrence. */
  starts: number[];
  ends: number[];
  /** The last full name found in windows 0..k. */
  lastUpTo: (string | null)[];
}

let windowsText: string | null = null;
const windowsCache = new Map<string, Windows>();

function windowsOf(text: string, surname: string): Windows {
  if (text !== windowsText) {
    windowsText = text;
    windowsCache.clear();
  }
  let w = windowsCache.get(surname);
  if (w) return w;
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+(?:(?:${[...NAME_PARTICLES].join('|')})[\\s-])?){1,3})${esc}(?![\\p{L}\\p{M}])`, 'gu');
  w = { re, starts: [], ends: [], lastUpTo: [] };
  for (let o = text.indexOf(surname); o >= 0; o = text.indexOf(surname, o + 1)) {
    // A match holds at most two runs of non-space characters per word before the surname (a
    // word, a particle), and the run the surname may be glued to ("abu-"): eight runs are room enough.
    let from = o;
    for (let runs = 0; from > 0 && runs < 8; runs++) {
      while (from > 0 && /\s/.test(text[from - 1])) from--;
      while (from > 0 && !/\s/.test(text[from - 1])) from--;
    }
    const end = o + surname.length;
    if (w.starts.length && from <= w.ends[w.ends.length - 1] + 1) w.ends[w.ends.length - 1] = end;
    else {
      w.starts.push(from);
      w.ends.push(end);
    }
  }
  for (let k = 0; k < w.starts.length; k++) {
    w.lastUpTo.push(lastFullName(text, surname, re, w.starts[k], Math.min(text.length, w.ends[k] + 1)) ?? (k > 0 ? w.lastUpTo[k - 1] : null));
  }
  windowsCache.set(surname, w);
  return w;
}
