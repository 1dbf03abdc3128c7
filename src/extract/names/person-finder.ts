import type { CountryTable } from '../../geo/countries.ts';
import { COMMON, MAX_TITLE_WORDS, OFFICE_TITLES, ORG_HEADS, PARTICLES, SPEAKER_VERBS, ROLE_MODIFIERS, ROLE_NOUNS, TITLES } from '../../text/lexicons/names.ts';
import { joined, keyOf, type Doc, type Token } from '../../text/words.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../text/lexicons/calendar.ts';

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
// Titles of courtesy that say nothing of a function (a rank or an office does).
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'dr', 'doctor', 'sheikh', 'sheik', 'prince', 'princess', 'rev', 'reverend']);
// Honorifics that may stand inside a name.
const NAME_HONORIFICS = new Set(['sheikh', 'sheik', 'shaykh']);
// Prepositions that open the complement of a role noun ("envoy for Sudan", "head of AFRICOM").
const ROLE_COMPLEMENT = new Set(['of', 'for', 'to', 'at', 'in', 'with', 'on']);
// "the Gran Grif gang, led by X": the participle gives the role of the person over what precedes.
const LED_BY: Record<string, string> = { led: 'leader', headed: 'head', commanded: 'commander', founded: 'founder', chaired: 'chair', run: 'head' };
// "X, who heads Y": the verb of the relative clause and the role it gives.
const LEADS: Record<string, string> = { heads: 'head', headed: 'head', leads: 'leader', led: 'leader', runs: 'head', chairs: 'chair', commands: 'commander', directs: 'director', oversees: 'head', founded: 'founder', coordinates: 'coordinator' };
// Words that cannot stand between an article and the role noun it introduces.
const NOT_MODIFIER = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'but', 'to', 'of', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'said', 'says', 'told', 'after', 'before', 'when', 'while', 'where', 'as', 'by', 'from', 'on', 'at', 'in', 'with', 'for', 'than', 'not', 'also', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'did', 'does', 'do']);
// Words that end a role phrase read after a name ("a former police officer known as …", "… who leads …").
const ROLE_STOP = new Set(['known', 'who', 'whose', 'which', 'that', 'said', 'says', 'told', 'when', 'where', 'while', 'after', 'before', 'since']);
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
  if (COMMON.has(t.fold) || MONTH_WORDS.has(t.fold) || WEEKDAY_WORDS.has(t.fold) || ORG_HEADS.has(t.fold)) return false;
  if (TITLES.has(t.fold) || ROLE_NOUNS.has(t.fold) || ROLE_MODIFIERS.has(t.fold)) return false;
  if (countries.byName.has(t.fold) || countries.byDemonym.has(t.fold)) return false;
  return /\p{L}/u.test(t.text);
}

/** End of the name starting at `i` (particles allowed between capitalized words), or `i` when none. */
function nameEnd(doc: Doc, i: number, limit: number, blocked: Uint8Array, countries: CountryTable): number {
  // "Prime Minister Sheikh Hasina": an honorific opening the name after a title is part of it.
  const honorific = NAME_HONORIFICS.has(doc.tokens[i].fold) && doc.tokens[i].cap && i + 1 < limit && joined(doc.tokens[i + 1]) && nameWord(doc, doc.tokens[i + 1], blocked, countries);
  if (!honorific && !nameWord(doc, doc.tokens[i], blocked, countries)) return i;
  let end = i + 1;
  for (let j = i + 1; j < limit && j - i < MAX_NAME_WORDS + 3 && !doc.tokens[j - 1].poss; j++) {
    // A nickname in quotes inside the name: Joaquin "El Chapo" Guzman.
    if (/^[ \t]+["“]$/.test(doc.tokens[j].gap) && doc.tokens[j].cap) {
      let close = j + 1;
      while (close < limit && close - j < 4 && joined(doc.tokens[close])) close++;
      if (close < limit && close - j < 4 && /^["”][ \t]+$/.test(doc.tokens[close].gap) && nameWord(doc, doc.tokens[close], blocked, countries)) {
        j = close;
        end = close + 1;
        continue;
      }
      break;
    }
    if (!joined(doc.tokens[j])) break;
    const t = doc.tokens[j];
    if (nameWord(doc, t, blocked, countries)) end = j + 1;
    // An honorific between two name words is part of the name ("Hassan Sheikh Mohamud"); an office is not ("Borno Governor X").
    else if (t.cap && NAME_HONORIFICS.has(t.fold) && j + 1 < limit && joined(doc.tokens[j + 1]) && nameWord(doc, doc.tokens[j + 1], blocked, countries)) continue;
    else if (!PARTICLES.has(t.fold)) break;
  }
  return end;
}

/** A role written at the start of a sentence ("Army spokesperson X") keeps its lower case in the role. */
/** No token blocked (reads as a zero-filled array of any length, without allocating one per call). */
const NOTHING_BLOCKED = new Uint8Array(0);

function lowerFirst(s: string, t: Token, blocked: Uint8Array): string {
  const lower = t.initial && !t.acronym && !blocked[t.i] && (ROLE_MODIFIERS.has(t.fold) || ROLE_NOUNS.has(t.fold));
  return lower ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** "army spokesperson" in "Malian army spokesperson Colonel X": role words right before `at`. */
function roleBefore(doc: Doc, at: number, sentFrom: number, blocked: Uint8Array, countries: CountryTable): string | null {
  let k = at - 1;
  if (k < sentFrom || !joined(doc.tokens[at]) || !ROLE_NOUNS.has(doc.tokens[k].fold)) return null;
  let from = k;
  const head = k;
  while (k >= sentFrom) {
    const t = doc.tokens[k];
    // "drug lord", "vigilante leader": one lower-case noun compounded with the head.
    const compound = k === head - 1 && !t.cap && /^\p{L}+$/u.test(t.text) && !NOT_MODIFIER.has(t.fold) && !DETERMINERS.has(t.fold) && !/(?:ed|ing|ly)$/.test(t.fold) && !SPEAKER_VERBS.has(t.fold);
    const roleWord = compound || ROLE_NOUNS.has(t.fold) || ROLE_MODIFIERS.has(t.fold) || (t.acronym && !countries.byAcronym.has(t.text)) || (blocked[t.i] && t.cap && !countries.byDemonym.has(t.fold) && !countries.byName.has(t.fold));
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
  // ", who heads the Observatory": the role of the relative clause.
  const verb = k + 1 < sentTo && doc.tokens[k].fold === 'who' ? LEADS[doc.tokens[k + 1].fold] : undefined;
  if (verb) {
    let end = k + 2;
    while (end < sentTo && end < k + 10 && joined(doc.tokens[end]) && !ROLE_STOP.has(doc.tokens[end].fold)) end++;
    if (end > k + 2) return { role: `${verb} of ${doc.text.slice(doc.tokens[k + 2].start, doc.tokens[end - 1].end)}`, age };
  }
  const determined = DETERMINERS.has(doc.tokens[k].fold);
  if (determined) k++;
  let headAt = -1;
  for (let j = k; j < sentTo && j < k + 5; j++) {
    if (j > k && !joined(doc.tokens[j])) break;
    if (ROLE_NOUNS.has(doc.tokens[j].fold) && !doc.tokens[j].cap) {
      headAt = j;
      break;
    }
    // "the army's Arabic-language spokesman", "the group's emergency manager": modifiers, possessives and compounds
    // before the head (after an article, any word but one that ends the phrase).
    const t = doc.tokens[j];
    if (!ROLE_MODIFIERS.has(t.fold) && !t.cap && !t.poss && t.gap !== '-' && !/^(?:of|for|at|with|in)$/.test(t.fold) && !(determined && !NOT_MODIFIER.has(t.fold) && /^\p{L}+$/u.test(t.text))) break;
  }
  if (headAt < 0) return age ? { role: null, age } : null;
  let end = headAt + 1;
  while (end < sentTo && end < headAt + 12 && joined(doc.tokens[end]) && !ROLE_STOP.has(doc.tokens[end].fold)) end++;
  const text = doc.text.slice(doc.tokens[k].start, doc.tokens[end - 1].end).replace(/\s*\([^)]*\)?\s*$/, '');
  return { role: text, age };
}

/**
 * "the commander of the United States Africa Command (AFRICOM), General X", "Somalia's information minister, X,",
 * "the town's mayor, X": a role phrase closed by a comma right before the name. Its head is a lower-case role
 * noun, ending the phrase or followed by its complement ("envoy for Sudan"); the phrase opens after a
 * determiner or a possessive, or at the start of the clause.
 */
function appositiveBefore(doc: Doc, at: number, sentFrom: number): string | null {
  if (at <= sentFrom || !/^\s*\)?\s*,\s*$/.test(doc.tokens[at].gap)) return null;
  const last = at - 1;
  let clause = last;
  while (clause > sentFrom && last - clause < 14 && !/[,;:—–"“”]/.test(doc.tokens[clause].gap) && !/[.!?]\s*$/.test(doc.tokens[clause].gap)) clause--;
  // The leftmost role noun whose complement (if any) runs to the comma.
  let headAt = -1;
  for (let j = clause; j <= last && headAt < 0; j++) {
    const t = doc.tokens[j];
    if (!ROLE_NOUNS.has(t.fold) || (t.cap && !t.initial)) continue;
    if (j === last || (ROLE_COMPLEMENT.has(doc.tokens[j + 1].fold) && !doc.tokens[j].poss)) headAt = j;
  }
  if (headAt < 0) return null;
  // Back from the head over at most four modifiers to a determiner, a possessive's article or the clause start.
  let first = headAt;
  for (let j = headAt - 1; j >= clause; j--) {
    const t = doc.tokens[j];
    if (DETERMINERS.has(t.fold)) break;
    if (headAt - j > 4 || (!t.poss && !joined(doc.tokens[j + 1]))) return null;
    // Modifiers: capitalized words, possessives, role modifiers, hyphenated compounds and adjectives ("the country's top humanitarian official").
    const modifier = t.cap || t.poss || ROLE_MODIFIERS.has(t.fold) || doc.tokens[j + 1].gap === '-' || (/^\p{L}+$/u.test(t.text) && !NOT_MODIFIER.has(t.fold));
    if (!modifier || SPEAKER_VERBS.has(t.fold)) return null;
    first = j;
  }
  const comma = doc.text.lastIndexOf(',', doc.tokens[at].start);
  const text = doc.text.slice(doc.tokens[first].start, comma).replace(/\s*\([^)]*\)\s*$/, '').trim();
  return text ? lowerFirst(text, doc.tokens[first], NOTHING_BLOCKED) : null;
}

/** "The Gran Grif gang, led by X": the role the participle gives ("leader of the Gran Grif gang"). */
function ledBy(doc: Doc, a: number, sentFrom: number): string | null {
  if (a - 2 < sentFrom || doc.tokens[a - 1].fold !== 'by' || !LED_BY[doc.tokens[a - 2].fold]) return null;
  const noun = LED_BY[doc.tokens[a - 2].fold];
  const verb = doc.tokens[a - 2];
  if (!/^\s*,\s*$/.test(verb.gap)) return noun;
  let k = a - 3;
  while (k > sentFrom && a - 3 - k < 6 && !/[,;:—–(]/.test(doc.tokens[k].gap) && !/[.!?]\s*$/.test(doc.tokens[k].gap)) k--;
  if (k < sentFrom || !doc.tokens.slice(k, a - 2).some((t) => t.cap && !t.initial)) return noun;
  return `${noun} of ${doc.text.slice(doc.tokens[k].start, doc.tokens[a - 3].end)}`.replace(/ of (?:The|A|An) /, (m) => m.toLowerCase());
}

/** "Kyiv Mayor", "Nigerian President": an office title with the capitalized words (place, demonym, body) before it. */
function officeRole(doc: Doc, i: number, titleTo: number, sentFrom: number): string {
  let m = i;
  while (m > sentFrom && m > i - 3 && joined(doc.tokens[m]) && !doc.tokens[m - 1].poss) {
    const t = doc.tokens[m - 1];
    if (ROLE_MODIFIERS.has(t.fold) || (t.cap && !(t.initial && COMMON.has(t.fold)) && !TITLES.has(t.fold) && !MONTH_WORDS.has(t.fold) && !WEEKDAY_WORDS.has(t.fold))) m--;
    else break;
  }
  // "Russia's President X"
  if (m > sentFrom && m === i && doc.tokens[m - 1].poss && doc.tokens[m - 1].cap && joined(doc.tokens[m])) m--;
  // Written as a title ("Foreign Minister", "Kyiv Mayor"): its capitals stay.
  return doc.text.slice(doc.tokens[m].start, doc.tokens[titleTo - 1].end);
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
      const speechAfter = !!next && /^[ \t]+$/.test(next.gap) && SPEAKER_VERBS.has(next.fold) && !doc.tokens[b - 1].poss;
      const prev1 = a > sentFrom ? doc.tokens[a - 1].fold : '';
      const prev2 = a - 1 > sentFrom ? doc.tokens[a - 2].fold : '';
      const speechBefore = !title && (SPEECH_BEFORE.has(prev1) || (prev2 === 'according' && prev1 === 'to'));
      const closed = !next || /^\s*[,;)]/.test(next.gap) || (SPEAKER_VERBS.has(next.fold) && /^[ \t]+$/.test(next.gap)) || /[.!?]/.test(next.gap);
      const before = !pre && closed ? appositiveBefore(doc, at, sentFrom) : null;
      const led = title ? null : ledBy(doc, a, sentFrom);
      let cue: PersonCandidate['cue'] | null = null;
      if (title) cue = 'title';
      // "RSF commander Hemedti": one word after a role noun, when it is not the first of its sentence.
      else if (pre && (words >= 2 || !doc.tokens[a].initial)) cue = 'role';
      else if (words >= 2 && after?.role) cue = 'appositive';
      else if (words >= 2 && (before || led)) cue = 'appositive';
      // A speech verb alone does not make a person of a phrase ending like a creed or a group ("Nusrat al-Islam said").
      else if (words >= 2 && (speechAfter || speechBefore) && NOT_PERSON_LAST.has(doc.tokens[b - 1].fold)) cue = null;
      else if (words >= 2 && after?.age) cue = 'age';
      else if (words >= 2 && (speechAfter || speechBefore)) cue = 'speech';
      if (!cue) {
        i = b - 1;
        continue;
      }
      let role = pre ?? after?.role ?? before ?? led ?? null;
      let titleText = title?.text ?? null;
      // "Foreign Minister X", "Kyiv Mayor X", "President X": an office is a role.
      if (title && OFFICE_TITLES.has(doc.tokens[title.to - 1].fold)) {
        if (pre) role = `${pre} ${title.text}`;
        // "Nigerian President X, who chairs ECOWAS": the office first, then what the appositive adds.
        else if (!before) role = [officeRole(doc, i, title.to, sentFrom), after?.role].filter(Boolean).join(', ');
      }
      if (titleText) titleText = titleText.replace(/\.$/, '');
      // "Captain Ibrahim Traore, who seized power …": with no other role, a rank or office is the function the text gives.
      if (!role && titleText && !HONORIFICS.has(keyOf(doc, i, title!.to))) role = titleText;
      out.push({ from: a, to: b, start: doc.tokens[a].start, end: doc.tokens[b - 1].end, name: doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end), title: titleText, role, cue });
      i = b - 1;
    }
  }
  return out;
}
