import type { Country, CountryTable } from '../../geo/countries.ts';
import { GOVERNMENT_MODIFIERS, GOVERNMENT_NOUNS, NOT_FORCE_AFTER, SPEAKER_VERBS } from '../../text/lexicons/names.ts';
import type { GenericBody, OrgCandidate } from './org-candidate.ts';
import { joined, keyOf, surface, type Doc } from '../../text/words.ts';
import { foldName } from '../../text/fold.ts';

// A country's armed forces, police and government, named generically ("Mali's army", "the Malian
// government") or by a name built on the country ("Sudanese Armed Forces"): one body per country.

// Words after which "military" is a noun (the body), not an adjective.
const AFTER_BODY = new Set([
  'and', 'or', 'but', 'to', 'in', 'on', 'of', 'for', 'with', 'at', 'by', 'from', 'that', 'which', 'who', 'has', 'have', 'had', 'is', 'are', 'was',
  'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'also', 'not', 'maintains', 'asserts', 'insists',
  'remains', 'continues', 'says', 'claims', 'denies', 'launched', 'carried', 'took', 'seized', 'retook', 'spokesperson', 'spokesman', 'spokeswoman',
  'later', 'then', 'now', 'still', 'already', 'again', 'since', 'once', 'earlier', 'first', 'itself', 'as', 'when', 'after', 'before', 'during',
]);

/** The country a demonym several countries share means in this text ("Congolese"). */
export type DemonymCountry = (demonym: string) => Country;

/** The country a demonym or a country name at `i` refers to, and where it ends (a shared demonym: the table's first country, else as `shared` says). */
export function countryAt(doc: Doc, i: number, limit: number, countries: CountryTable, shared?: DemonymCountry): { country: Country; to: number; demonym: boolean } | null {
  const t = doc.tokens[i];
  if (!t.cap) return null;
  const acr = t.acronym ? countries.byAcronym.get(t.text.replace(/\./g, '')) : undefined;
  if (acr) return { country: acr, to: i + 1, demonym: false };
  if (!countries.firstWords.has(t.fold)) return null;
  // The words joined to it with no possessive between, up to four: the longest a name can be here.
  let run = 1;
  while (run < Math.min(4, limit - i) && joined(doc.tokens[i + run]) && !doc.tokens[i + run - 1].poss) run++;
  for (let n = run; n >= 1; n--) {
    const key = keyOf(doc, i, i + n);
    const byName = countries.byName.get(key);
    // "the Myanmar military": a name that is also the country's adjective.
    if (byName) return { country: byName, to: i + n, demonym: byName.keys.demonyms.includes(key) };
    const byDemonym = countries.demonymAll.get(key);
    if (byDemonym) return { country: shared ? shared(key) : countries.byDemonym.get(key)!, to: i + n, demonym: true };
  }
  return null;
}

/** The key shared by every name of a country's forces or government ("Malian Armed Forces", "Sudanese Armed Forces"). */
export function genericKeyOfName(name: string, countries: CountryTable): string | null {
  const words = foldName(name).split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const c = countries.byDemonym.get(head) ?? countries.byName.get(head);
    if (!c) continue;
    const rest = words.slice(n).join(' ');
    if (/^(?:(?:armed|defence|defense|security|national|armed and security|defence and security) )?(?:forces|army|military)$/.test(rest)) return `armed-forces:${c.code}`;
    if (/^(?:national )?(?:police|gendarmerie)(?: force| service)?$/.test(rest)) return `police:${c.code}`;
    if (rest === 'government') return `government:${c.code}`;
  }
  const m = /^(?:the )?(armed forces|army|government|police) of (?:the )?(.+)$/.exec(foldName(name));
  const c = m ? countries.byName.get(m[2]) : undefined;
  if (m && c) return `${m[1] === 'government' ? 'government' : m[1] === 'police' ? 'police' : 'armed-forces'}:${c.code}`;
  return null;
}

/** Whether the word after a force noun leaves it the head of its phrase ("the Malian military said", not "Russian military contractors"). */
function bodyEndsAt(doc: Doc, headAt: number, limit: number): boolean {
  const next = headAt + 1 < limit ? doc.tokens[headAt + 1] : undefined;
  if (!next || !/^[ \t]+$/.test(next.gap)) return true;
  if (NOT_FORCE_AFTER.has(next.fold)) return false;
  if (doc.tokens[headAt].fold !== 'military') return true;
  return AFTER_BODY.has(next.fold) || SPEAKER_VERBS.has(next.fold) || /(?:ed|ly)$/.test(next.fold);
}

const GOVERNMENT_PHRASE = new RegExp(`^(?:(?:${[...GOVERNMENT_MODIFIERS].join('|')}) ){0,2}(?:${[...GOVERNMENT_NOUNS].join('|')})\\b(?: (?:forces|troops|soldiers)\\b)?`);
const FORCE_PHRASE = /^(?:(?:armed|military|security|defence|defense|national|regular|elite|special|government|ground) ){0,2}(?:and (?:security|defence|defense) )?(?:forces|army|military|troops|soldiers|navy)\b/;
const POLICE_PHRASE = /^(?:national )?(?:police|gendarmerie|gendarmes)\b/;
const BARE_FORCES = /^(?:army|military|armed forces)\b/;
const BARE_GOVERNMENT = /^(?:government|junta)\b/;
const BARE_FIRST = new Set(['army', 'military', 'armed', 'government', 'junta']);
const BARE_ADJECTIVES = new Set(['ruling', 'regular', 'national', 'federal', 'central', 'military']);

/**
 * A word opening with a noun that ends a body's phrase (the phrases above): `genericAt` reads a body
 * only where one stands. Not followed by a letter, digit or underscore, as `\b` there asks.
 */
const BODY_WORD = new RegExp(`^(?:${[...GOVERNMENT_NOUNS, 'forces', 'army', 'military', 'troops', 'soldiers', 'navy', 'police', 'gendarmerie', 'gendarmes', 'government', 'junta'].join('|')})(?![A-Za-z0-9_])`);

/** Whether tokens `[from, to)` may hold a country's forces, police or government (`genericAt` finds none elsewhere). */
export function mayNameStateBody(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BODY_WORD.test(doc.tokens[k].fold)) return true;
  return false;
}

/** "Mali's army", "the Malian military", "Nigerian troops", "the Malian government", bare "the army". */
export function genericAt(doc: Doc, i: number, limit: number, countries: CountryTable, shared?: DemonymCountry): OrgCandidate | null {
  const t = doc.tokens[i];
  let country: Country | null = null;
  let k: number;
  const c = countryAt(doc, i, limit, countries, shared);
  if (c) {
    // A country name must be possessive ("Mali's army"); demonyms and capital short forms ("US troops") stand before the noun.
    if (!c.demonym && !doc.tokens[c.to - 1].poss && !countries.byAcronym.has(t.text.replace(/\./g, ''))) return null;
    country = c.country;
    k = c.to;
  } else if (t.fold === 'the' && i + 1 < limit && BARE_FIRST.has(doc.tokens[i + 1].fold)) k = i + 1;
  // "the ruling military", "the regular army"
  else if (t.fold === 'the' && i + 2 < limit && BARE_ADJECTIVES.has(doc.tokens[i + 1].fold) && BARE_FIRST.has(doc.tokens[i + 2].fold) && /^[ \t]+$/.test(doc.tokens[i + 2].gap)) k = i + 2;
  else return null;
  const words: string[] = [];
  for (let j = k; j < limit && j - k < 5 && /^[ \t]+$/.test(doc.tokens[j].gap); j++) words.push(doc.tokens[j].fold);
  const phrase = words.join(' ');
  let generic: GenericBody | null = null;
  let m: RegExpExecArray | null;
  if (country) {
    if ((m = GOVERNMENT_PHRASE.exec(phrase))) generic = / (?:forces|troops|soldiers)$/.test(m[0]) ? 'armed-forces' : 'government';
    else if ((m = FORCE_PHRASE.exec(phrase))) generic = 'armed-forces';
    else if ((m = POLICE_PHRASE.exec(phrase))) generic = 'police';
  } else if ((m = BARE_FORCES.exec(phrase))) generic = 'armed-forces';
  else if ((m = BARE_GOVERNMENT.exec(phrase))) generic = 'government';
  if (!generic || !m) return null;
  const to = k + m[0].split(' ').length;
  if (generic === 'armed-forces' && !bodyEndsAt(doc, to - 1, limit)) return null;
  if (generic === 'government' && to < limit && /^[ \t]+$/.test(doc.tokens[to].gap) && ['forces', 'troops', 'soldiers', 'buildings', 'building', 'offices', 'officials', 'spokesperson', 'spokesman'].includes(doc.tokens[to].fold) && !country) return null;
  const from = country ? i : i + 1;
  const written = surface(doc, from, to);
  const demonym = country?.demonym ?? '';
  // Written as a proper name ("Nigerian Army"): that is its name.
  const proper = country && doc.tokens.slice(k, to).every((x) => x.cap);
  const name = !country ? '' : proper ? written : generic === 'government' ? `Government of ${country.name}` : generic === 'police' ? `${demonym} Police` : `${demonym} Armed Forces`;
  return {
    from,
    to,
    start: doc.tokens[from].start,
    end: doc.tokens[to - 1].end,
    written,
    name,
    acronym: null,
    source: 'generic',
    kind: generic === 'government' ? 'government' : 'state-force',
    country: country?.code ?? null,
    keys: country ? [`${generic}:${country.code}`] : [],
    generic,
  };
}
