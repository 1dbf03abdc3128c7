// Who speaks in a sentence: speakers that point back resolved (pronouns, "the minister", "the
// statement", "the group"), the speakers of reporting verbs and of "according to X", the main
// subject of a sentence, and who relays the words ("told AFP").
import { attributingVerbs, invertedSubject, mainSubject, phraseAfter, withAppositive, subjectOf, type Clause } from './clauses.ts';
import { AUXILIARIES } from '../../text/lexicons/grammar.ts';
import { compatible, describe, nameReads, noteNamesRead, spanText, type ReferentType, type Speaker } from './speakers.ts';
import { isCapitalized } from '../../text/tokens.ts';
import { roleDescription, roleReferent } from './names.ts';
import { lookups, type Analysis, type SentenceView } from './analysis.ts';

const GENERIC_GROUP = /^the (?:group|organi[sz]ation|movement|outfit|coalition|network|alliance|militia|jihadist group|militant group|armed group|agency|commission|charity|foundation|watchdog)$/i;
/** Descriptions that stand for an armed group ("the group", "the movement", "the militia"). */
const ARMED_GENERIC = /\b(?:group|movement|militia|outfit|network|coalition|alliance)$/i;
/** Words of issuing a document: a sentence with one names who issued "the statement" that follows. */
const ISSUING = /\b(?:statements?|communiqu[eé]s?|bulletins?|press releases?|announce[ds]?|announcements?|declarations?)\b/iu;
/** A speaker that is itself a document ("the statement"), never the issuer of one. */
const DOCUMENT_HEAD = /^the (?:[\p{Ll}-]+ )?(?:statement|communiqu[eé]|bulletin|release|message|post|video)$/iu;

/**
 * Resolves a speaker that points back: a pronoun to the nearest earlier compatible referent, a
 * role description ("the minister") to the person named with that role, "the statement" to the
 * entity that issued it, "the group" to the group named before. `speaking`: the phrase is the
 * subject of a verb of saying.
 */
export function resolve(a: Analysis, s: SentenceView, sp: Speaker | null, speaking = true): Speaker | null {
  if (!sp) return sp;
  // "the minister", "the governor": a definite description of a person named before with that role.
  if (!sp.pronoun && !sp.entity && sp.type === 'person') {
    const words = roleDescription(sp.text);
    if (words) noteNamesRead(a.index.names);
    const ref = words && roleReferent(a.index.names, a.index.people, words, sp.start);
    if (ref) return { ...sp, text: ref.name, entity: ref.entity };
  }
  // "the statement said": the words stay the statement's, the entity is whoever issued it
  // ("CENTCOM said in a statement …").
  const doc = !sp.pronoun && !sp.entity && sp.type === 'thing' ? /^the (?:[\p{Ll}-]+ )?(statement|communiqu[eé]|bulletin|release|message|post|video)$/iu.exec(sp.text) : null;
  if (doc) {
    for (let k = s.index; k >= Math.max(0, s.index - 3); k--) {
      const sk = a.sentences[k];
      // The document or another word for it: "announced … in a televised bulletin" issues "the official statement".
      if (!new RegExp(`\\b${doc[1]}\\b`, 'iu').test(sk.text) && !ISSUING.test(sk.text)) continue;
      const issuers = k < s.index ? speakersIn(a, sk).filter((x) => !x.pronoun && !DOCUMENT_HEAD.test(x.text)) : [];
      const issuer = issuers.find((x) => x.entity);
      if (issuer) return { ...sp, entity: issuer.entity };
      // "…, the emergency service said in a statement. The statement said …": its issuer, as written.
      if (issuers[0]) return { ...sp, text: issuers[0].text, type: issuers[0].type };
    }
    return sp;
  }
  // "the group", "the movement": a definite description of a group named before.
  const generic = !sp.pronoun && !sp.entity && GENERIC_GROUP.test(sp.text);
  if (!sp.pronoun && !generic) return sp;
  const want: ReferentType = sp.type;
  for (let k = s.index; k >= Math.max(0, s.index - 4); k--) {
    const sk = a.sentences[k];
    if (sk.paragraph < s.paragraph - 1) break;
    const candidates: Speaker[] = [];
    // A pronoun that speaks ("it said") points first to whoever spoke before (", the air force said"),
    // other pronouns to the subject (the centre of attention); then other names, most recent first.
    // "Troops seized 16 rifles, it added": the clause a trailing attribution reports is not its speaker.
    const trailing = speaking && k === s.index && /[,—–]\s*$/.test(a.text.slice(Math.max(s.start, sp.start - 3), sp.start));
    const subj = k < s.index ? subjectSpeaker(a, k) : trailing ? null : sameSentenceSubject(a, sk, sp);
    const spoke = k < s.index ? speakersIn(a, sk) : [];
    if (speaking) candidates.push(...spoke);
    if (subj) candidates.push(subj);
    if (!speaking) candidates.push(...spoke);
    for (const q of lookups(a).quotesOf(k)) if (q.speaker && q.start < sp.start) candidates.push(q.speaker);
    // Named entities of the sentence, most recent first.
    const mentions: Speaker[] = [];
    for (const e of lookups(a).entitiesOf(k)) {
      const m = e.mention;
      if (m.end > sp.start) continue;
      if (e.person) mentions.push({ text: e.person.name, entity: { type: 'person', id: e.person.id }, type: 'person', start: m.start, end: m.end, pronoun: false });
      else mentions.push({ text: a.text.slice(m.start, m.end), entity: { type: 'organization', id: e.org!.id }, type: 'group', start: m.start, end: m.end, pronoun: false });
    }
    mentions.sort((x, y) => y.start - x.start);
    candidates.push(...mentions);
    const fits = (c: Speaker) => c.start < sp.start && compatible(want, c.type) && (!generic || c.entity?.type === 'organization' || /\p{Lu}{2,}|\p{Lu}\p{Ll}+ \p{Lu}/u.test(c.text));
    // "The group said …" after "M23 spokesman … calling on Congolese soldiers": an armed group's
    // description points to an armed group before any other organization named nearer.
    const armedOrg = (c: Speaker) => c.entity?.type === 'organization' && a.index.organizations.find((o) => o.id === c.entity!.id)?.kind === 'armed-group';
    const found = (generic && ARMED_GENERIC.test(sp.text) ? candidates.find((c) => fits(c) && armedOrg(c)) : undefined) ?? candidates.find(fits);
    if (found) return { ...found, start: sp.start, end: sp.end, pronoun: !generic };
  }
  return generic ? sp : null;
}

const speakersCache = new WeakMap<SentenceView, Speaker[]>();
/** Speakers of the attributing verbs of a sentence, last first. */
function speakersIn(a: Analysis, s: SentenceView): Speaker[] {
  let list = speakersCache.get(s);
  if (list) return list;
  speakersCache.set(s, (list = []));
  const verbs = attributingVerbs(s.clause);
  for (let k = verbs.length - 1; k >= 0; k--) {
    const sp = verbSpeaker(a, s, verbs[k]);
    if (sp && !list.some((x) => x.text === sp.text)) list.push(sp);
  }
  return list;
}

/** The main subject of the pronoun's own sentence, when it comes before the pronoun and is not it. */
function sameSentenceSubject(a: Analysis, s: SentenceView, pronoun: Speaker): Speaker | null {
  const m = mainSubject(s.clause);
  if (!m || s.clause.tokens[m.start].start >= pronoun.start) return null;
  const sp = describe(a.text, s.clause, m.start, m.end, a.index);
  return sp && !sp.pronoun ? sp : null;
}

/** The main clause subject of sentence k as a speaker (pronouns resolved), cached. */
export function subjectSpeaker(a: Analysis, k: number): Speaker | null {
  const cached = a.subjects[k];
  if (cached !== undefined) return cached;
  a.subjects[k] = null;
  const s = a.sentences[k];
  const m = mainSubject(s.clause);
  const sp = m ? describe(a.text, s.clause, m.start, m.end, a.index) : null;
  const resolved = resolve(a, s, sp, false);
  a.subjects[k] = resolved;
  return resolved;
}

/**
 * Readings of speakers kept, by sentence and key (a verb's token, or -1 for "according to"). A
 * reading depends on the sentences and entities (fixed), the caches it fills (which never change
 * once filled), the names known (which readings add to) and, while the analysis is not complete,
 * the quotations attributed so far (quotations are attributed in order, and then some get the
 * speaker of the next). A reading that added no name therefore reads the same again, with no
 * effect: always if it read neither names nor quotations (it takes the same path again), else
 * while as many names are known (if it read names) and once the analysis is complete (if it read
 * quotations). Reads are counted by the look-ups.
 */
interface Kept<T> {
  value: T;
  /** Names known when it was read, or null when it read none. */
  names: number | null;
}
const keptReadings = new WeakMap<SentenceView, Map<number, Kept<unknown>>>();

function kept<T>(a: Analysis, s: SentenceView, key: number, read: () => T): T {
  let bySentence = keptReadings.get(s);
  if (!bySentence) keptReadings.set(s, (bySentence = new Map()));
  const names = a.index.names;
  const hit = bySentence.get(key);
  if (hit && (hit.names === null || hit.names === names.length)) return hit.value as T;
  const look = lookups(a);
  const complete = a.complete;
  const quoteReads = look.quoteReads;
  const known = names.length;
  const nameReadsBefore = nameReads(names);
  const value = read();
  if (names.length === known && (complete || look.quoteReads === quoteReads)) bySentence.set(key, { value, names: nameReads(names) === nameReadsBefore ? null : known });
  return value;
}

/** Speaker of the reporting verb at token v of sentence s (pronouns resolved, passives' agents). */
export function verbSpeaker(a: Analysis, s: SentenceView, v: number): Speaker | null {
  return kept(a, s, v, () => readVerbSpeaker(a, s, v));
}

function readVerbSpeaker(a: Analysis, s: SentenceView, v: number): Speaker | null {
  const c = s.clause;
  const prev = c.tokens[v - 1];
  const next = c.tokens[v + 1];
  // Passive: "was claimed by X".
  if (prev && AUXILIARIES.has(prev.lower) && next?.lower === 'by') {
    const np = phraseAfter(c, v + 2);
    return np ? resolve(a, s, describe(a.text, c, np.start, np.end, a.index)) : null;
  }
  // Inverted: "…, said the spokesman", "“…,” added the minister".
  const inv = invertedSubject(c, v);
  if (inv) {
    const sp = resolve(a, s, describe(a.text, c, inv.start, inv.end, a.index));
    if (sp) return sp;
  }
  const f = v >= c.mainStart ? c.mainStart : 0;
  const subj = subjectOf(c, v, f);
  if (subj.kind === 'main') {
    // "…, the Red Cross said on Monday, adding that …": the participle goes on with the speaker of
    // the verb of saying before it, not with the subject of the clause that was reported.
    const before = /ing$/.test(c.tokens[v].lower) && c.tokens[v - 1]?.text === ',' ? lastVerb(s, 0, v - 1) : -1;
    if (before >= 0) {
      const sp = verbSpeaker(a, s, before);
      if (sp) return sp;
    }
    return v >= c.mainStart ? subjectSpeaker(a, s.index) : null;
  }
  if (subj.kind === 'none') return null;
  return resolve(a, s, describe(a.text, c, subj.start, subj.end, a.index));
}

const accordingCache = new WeakMap<Clause, number[]>();
/** Token indices of "according to" outside quotations in the clause, in order. */
function accordingToAt(c: Clause): number[] {
  let at = accordingCache.get(c);
  if (!at) {
    at = [];
    for (let i = 0; i + 1 < c.tokens.length; i++) if (c.tokens[i].lower === 'according' && c.tokens[i + 1].lower === 'to' && !c.quoted[i]) at.push(i);
    accordingCache.set(c, at);
  }
  return at;
}

const toldCache = new WeakMap<Clause, number[]>();
/** Token indices of "told" outside quotations in the clause, in order. */
function toldAt(c: Clause): number[] {
  let at = toldCache.get(c);
  if (!at) {
    at = [];
    for (let i = 0; i < c.tokens.length; i++) if (c.tokens[i].lower === 'told' && !c.quoted[i]) at.push(i);
    toldCache.set(c, at);
  }
  return at;
}

/** "according to X" in sentence s, outside quotations. */
export function accordingTo(a: Analysis, s: SentenceView): { speaker: Speaker; at: number } | null {
  const c = s.clause;
  const at = accordingToAt(c);
  return at.length ? kept(a, s, -1, () => readAccordingTo(a, s, at)) : null;
}

function readAccordingTo(a: Analysis, s: SentenceView, at: number[]): { speaker: Speaker; at: number } | null {
  const c = s.clause;
  for (const i of at) {
    const np0 = phraseAfter(c, i + 2);
    const np = np0 && withAppositive(c, np0);
    const sp = np && resolve(a, s, describe(a.text, c, np.start, np.end, a.index));
    if (sp) return { speaker: sp, at: i };
  }
  return null;
}

/** Who relays the words: "told AFP", "told Africa Live News", or an agency named in the sentence. */
export function reporterIn(a: Analysis, s: SentenceView, speaker: Speaker | null): string | null {
  const c = s.clause;
  for (const i of toldAt(c)) {
    const np = phraseAfter(c, i + 1);
    if (np && isCapitalized(c.tokens[np.start])) return spanText(a.text, c.tokens, np.start, np.end);
  }
  const look = lookups(a);
  for (const m of look.agenciesOf(s.index)) {
    if (!(speaker && m.start >= speaker.start && m.end <= speaker.end)) {
      if (!look.inQuote(m.start, m.end)) return m.name;
    }
  }
  return null;
}

/** The last attributing verb of sentence s in tokens [from, to), outside quotations, or -1. */
export function lastVerb(s: SentenceView, from: number, to: number): number {
  const verbs = attributingVerbs(s.clause);
  // The last verb before `to`, by binary search.
  let lo = 0;
  let hi = verbs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (verbs[mid] < to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && verbs[lo - 1] >= from ? verbs[lo - 1] : -1;
}
