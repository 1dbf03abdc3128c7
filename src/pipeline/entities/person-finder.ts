import type { CountryTable } from './countries.ts';
import { COMMON, DAYS, MAX_TITLE_WORDS, MONTHS, OFFICE_TITLES, ORG_HEADS, PARTICLES, REPORTING_VERBS, ROLE_MODIFIERS, ROLE_NOUNS, TITLES } from './lexicon.ts';
import { joined, keyOf, type Doc, type Token } from './text.ts';

/** A name read with evidence that it is a person's. */
export interface PersonCandidate {
  /** Token range of the name (without title). */
  from: number;
  to: number;
  start: number;
  end: number;
  name: string;
  title: string | null;
  role: string | null;
  /** What showed it is a person. */
  cue: 'title' | 'role' | 'appositive' | 'speech' | 'age';
}

const NOT_PERSON_LAST = new Set(['islam', 'muslimin', 'muslims', 'mujahideen', 'mujahidin', 'sharia', 'jihad', 'allah', 'sunna', 'sunnah', 'ummah', 'tawhid', 'khilafa', 'caliphate']);
// "said X", "added X": the speaker follows the verb ("told X" names the listener).
const SPEECH_BEFORE = new Set(['said', 'says', 'added', 'explained', 'warned', 'noted', 'asked', 'recalled']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const MAX_NAME_WORDS = 5;

/** Tokens joined as in a title ("Lt. Col."): spaces, a hyphen, or an abbreviation's full stop. */
const titleJoined = (t: Token) => /^(?:[ \t]+|-|\.[ \t]*)$/.test(t.gap);

/** The longest title at `i`: its end and display text. */
export function titleAt(doc: Doc, i: number, limit: number): { to: number; text: string } | null {
  if (!doc.tokens[i].cap) return null;
  for (let n = Math.min(MAX_TITLE_WORDS, limit - i); n >= 1; n--) {
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = titleJoined(doc.tokens[i + k]) && doc.tokens[i + k].cap;
    if (!ok) continue;
    const key = keyOf(doc, i, i + n);
    if (TITLES.has(key)) return { to: i + n, text: doc.text.slice(doc.tokens[i].start, doc.tokens[i + n - 1].end) };
  }
  return null;
}

/** Whether a token can be part of a person's name. */
function nameWord(doc: Doc, t: Token, blocked: Uint8Array, countries: CountryTable): boolean {
  if (!t.cap || blocked[t.i] || t.acronym) return false;
  if (COMMON.has(t.fold) || MONTHS.has(t.fold) || DAYS.has(t.fold) || ORG_HEADS.has(t.fold)) return false;
  if (TITLES.has(t.fold) || ROLE_NOUNS.has(t.fold) || ROLE_MODIFIERS.has(t.fold)) return false;
  if (countries.byName.has(t.fold) || countries.byDemonym.has(t.fold)) return false;
  return /\p{L}/u.test(t.text);
}

/** End of the name starting at `i` (particles allowed between capitalized words), or `i` when none. */
function nameEnd(doc: Doc, i: number, limit: number, blocked: Uint8Array, countries: CountryTable): number {
  if (!nameWord(doc, doc.tokens[i], blocked, countries)) return i;
  let end = i + 1;
  for (let j = i + 1; j < limit && j - i < MAX_NAME_WORDS && !doc.tokens[j - 1].poss && joined(doc.tokens[j]); j++) {
    const t = doc.tokens[j];
    if (nameWord(doc, t, blocked, countries)) end = j + 1;
    // A title word between two name words is part of the name ("Hassan Sheikh Mohamud").
    else if (t.cap && TITLES.has(t.fold) && j + 1 < limit && joined(doc.tokens[j + 1]) && nameWord(doc, doc.tokens[j + 1], blocked, countries)) continue;
    else if (!PARTICLES.has(t.fold)) break;
  }
  return end;
}

/** A role written at the start of a sentence ("Army spokesperson X") keeps its lower case in the role. */
function lowerFirst(s: string, t: Token, blocked: Uint8Array): string {
  const lower = t.initial && !t.acronym && !blocked[t.i] && (ROLE_MODIFIERS.has(t.fold) || ROLE_NOUNS.has(t.fold));
  return lower ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** "army spokesperson" in "Malian army spokesperson Colonel X": role words right before `at`. */
function roleBefore(doc: Doc, at: number, sentFrom: number, blocked: Uint8Array, countries: CountryTable): string | null {
  let k = at - 1;
  if (k < sentFrom || !joined(doc.tokens[at]) || !ROLE_NOUNS.has(doc.tokens[k].fold)) return null;
  let from = k;
  while (k >= sentFrom) {
    const t = doc.tokens[k];
    const roleWord = ROLE_NOUNS.has(t.fold) || ROLE_MODIFIERS.has(t.fold) || (t.acronym && !countries.byAcronym.has(t.text)) || (blocked[t.i] && t.cap && !countries.byDemonym.has(t.fold) && !countries.byName.has(t.fold));
    if (!roleWord || t.poss) break;
    from = k;
    if (!joined(t)) break;
    k--;
  }
  const text = doc.text.slice(doc.tokens[from].start, doc.tokens[at - 1].end);
  return lowerFirst(text, doc.tokens[from], blocked);
}

/** ", head of AFRICOM," after a name: the role phrase, or an age (", 45,") possibly followed by one. */
function appositiveAfter(doc: Doc, to: number, sentTo: number): { role: string | null; age: boolean } | null {
  if (to >= sentTo || !/^\s*,\s*$/.test(doc.tokens[to].gap)) return null;
  let k = to;
  let age = false;
  if (/^\d{1,3}$/.test(doc.tokens[k].text) && (k + 1 >= sentTo || /^\s*[,)]/.test(doc.tokens[k + 1].gap))) {
    age = true;
    k++;
    if (k >= sentTo || !/^\s*,\s*$/.test(doc.tokens[k].gap)) return { role: null, age };
  }
  if (DETERMINERS.has(doc.tokens[k].fold)) k++;
  let headAt = -1;
  for (let j = k; j < sentTo && j < k + 5; j++) {
    if (j > k && !joined(doc.tokens[j])) break;
    if (ROLE_NOUNS.has(doc.tokens[j].fold) && !doc.tokens[j].cap) {
      headAt = j;
      break;
    }
    if (!ROLE_MODIFIERS.has(doc.tokens[j].fold) && !doc.tokens[j].cap && !doc.tokens[j].poss && !/^(?:of|for|at|with|in)$/.test(doc.tokens[j].fold)) break;
  }
  if (headAt < 0) return age ? { role: null, age } : null;
  let end = headAt + 1;
  while (end < sentTo && end < headAt + 12 && joined(doc.tokens[end])) end++;
  const text = doc.text.slice(doc.tokens[k].start, doc.tokens[end - 1].end).replace(/\s*\([^)]*\)?\s*$/, '');
  return { role: text, age };
}

/** "the commander of the United States Africa Command (AFRICOM), General X": a role phrase closed by a comma before the name. */
function appositiveBefore(doc: Doc, at: number, sentFrom: number): string | null {
  if (at <= sentFrom || !/^\s*\)?\s*,\s*$/.test(doc.tokens[at].gap)) return null;
  let k = at - 1;
  while (k > sentFrom && !/[,;:—–]/.test(doc.tokens[k].gap) && !/[.!?]\s*$/.test(doc.tokens[k].gap)) k--;
  if (!DETERMINERS.has(doc.tokens[k].fold)) return null;
  const first = k + 1;
  let headAt = -1;
  for (let j = first; j < at && j < first + 4; j++) {
    if (ROLE_NOUNS.has(doc.tokens[j].fold) && !doc.tokens[j].cap) {
      headAt = j;
      break;
    }
  }
  if (headAt < 0) return null;
  const comma = doc.text.lastIndexOf(',', doc.tokens[at].start);
  return doc.text.slice(doc.tokens[first].start, comma).replace(/\s*\([^)]*\)\s*$/, '').trim() || null;
}

/**
 * Names that are people's: after a title or a role noun ("Colonel X", "spokesperson X"),
 * before an appositive role or an age ("X, head of Y"), or next to a reporting verb
 * ("X said", "according to X"). Tokens flagged in `blocked` (organizations, places) are never names.
 */
export function findPersonCandidates(doc: Doc, blocked: Uint8Array, countries: CountryTable): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    if (doc.titleCase[s]) continue;
    const [sentFrom, sentTo] = doc.sentRange[s];
    for (let i = sentFrom; i < sentTo; i++) {
      const title = blocked[i] ? null : titleAt(doc, i, sentTo);
      let a = i;
      if (title && title.to < sentTo && titleJoined(doc.tokens[title.to])) a = title.to;
      else if (title) continue;
      const b = nameEnd(doc, a, sentTo, blocked, countries);
      if (b === a) continue;
      const words = b - a;
      // A lone sentence-initial word is not evidence of a name.
      const at = title ? i : a;
      const pre = roleBefore(doc, at, sentFrom, blocked, countries);
      const after = appositiveAfter(doc, b, sentTo);
      const next = b < sentTo ? doc.tokens[b] : undefined;
      const speechAfter = !!next && /^[ \t]+$/.test(next.gap) && REPORTING_VERBS.has(next.fold) && !doc.tokens[b - 1].poss;
      const prev1 = a > sentFrom ? doc.tokens[a - 1].fold : '';
      const prev2 = a - 1 > sentFrom ? doc.tokens[a - 2].fold : '';
      const speechBefore = !title && (SPEECH_BEFORE.has(prev1) || (prev2 === 'according' && prev1 === 'to'));
      const before = appositiveBefore(doc, at, sentFrom);
      let cue: PersonCandidate['cue'] | null = null;
      if (title) cue = 'title';
      else if (words >= 2 && pre) cue = 'role';
      else if (words >= 2 && after?.role) cue = 'appositive';
      // A speech verb alone does not make a person of a phrase ending like a creed or a group ("Nusrat al-Islam said").
      else if (words >= 2 && (speechAfter || speechBefore) && NOT_PERSON_LAST.has(doc.tokens[b - 1].fold)) cue = null;
      else if (words >= 2 && after?.age) cue = 'age';
      else if (words >= 2 && (speechAfter || speechBefore)) cue = 'speech';
      if (!cue) {
        i = b - 1;
        continue;
      }
      let role = pre ?? after?.role ?? before ?? null;
      let titleText = title?.text ?? null;
      // "Foreign Minister X": an office with a modifier is a role.
      if (title && OFFICE_TITLES.has(doc.tokens[title.to - 1].fold)) {
        let m = i;
        while (m > sentFrom && joined(doc.tokens[m]) && ROLE_MODIFIERS.has(doc.tokens[m - 1].fold) && !doc.tokens[m - 1].poss) m--;
        if (pre) role = `${pre} ${title.text}`;
        else if (m < i) role = doc.text.slice(doc.tokens[m].start, doc.tokens[title.to - 1].end);
      }
      if (titleText) titleText = titleText.replace(/\.$/, '');
      out.push({ from: a, to: b, start: doc.tokens[a].start, end: doc.tokens[b - 1].end, name: doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end), title: titleText, role, cue });
      i = b - 1;
    }
  }
  return out;
}
