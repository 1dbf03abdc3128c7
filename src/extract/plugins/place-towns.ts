/**
 * Step 2 of the places plugin (./places.ts): gazetteer towns and divisions, and unknown towns, sentence
 * by sentence; with the scan state and the helpers that all its steps share.
 */
import type { Place } from '../../schemas/entities.ts';
import type { Admin1, Gazetteer, Town, UserPlace } from '../../geo/gazetteer.ts';
import type { Region } from '../../geo/regions.ts';
import type { Country } from '../../geo/countries.ts';
import { COMMON, ETHNIC_GROUPS, NOT_PLACE, ORG_HEADS, ROLE_NOUNS, SPEAKER_VERBS, TITLES } from '../../text/lexicons/names.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../text/lexicons/calendar.ts';
import { keyOf, joined, surface, type Doc, type Token } from '../../text/words.ts';
import type { PhraseIndex } from '../names/phrases.ts';
import { chooseAdmin, chooseTown, contextOf, countryAfterName, FEATURE_HEADS, FEATURE_NOUNS, listsOf, nearTown, strongContext, type Evidence, type Item, type NameList, type PlaceContext } from '../names/place-context.ts';

/** A name in the country, region and user tables. */
export type Lexical = { type: 'user'; place: UserPlace } | { type: 'country'; country: Country } | { type: 'region'; region: Region };

/** A place entity being assembled. */
export interface Draft {
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  precision: Place['precision'];
  gazetteerId: string | null;
  variant: boolean;
  /** Surface forms that name it (not demonyms), in reading order. */
  forms: string[];
  /** Folded forms for repeat mentions. */
  keys: Set<string>;
  spans: Array<[number, number]>;
}

/** Place nouns that make an unlocated name a town ("the towns of A and B", "the village of A"). */
const TOWN_NOUNS = new Set(['town', 'towns', 'city', 'cities', 'village', 'villages', 'locality', 'localities', 'commune', 'communes', 'settlement', 'settlements', 'hamlet', 'hamlets', 'municipality', 'municipalities']);

/** A spelling differs when letters or accents differ, not case, spaces or hyphens ("El-Fasher" = "El Fasher"). */
const spelledDifferently = (written: string, name: string) => written.toLowerCase().replace(/[\s'’‘.-]+/g, '') !== name.toLowerCase().replace(/[\s'’‘.-]+/g, '');

const PLACE_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'du', 'des', 'del', 'della', 'di', 'el', 'al', 'es', 'en', 'la', 'le', 'les', 'sur', 'am', 'an', 'im', 'au', 'aux']);
/** Verbs whose object is usually a place ("raided Jenin", "shelled Kherson"). */
const ATTACK_VERBS = new Set(['raided', 'stormed', 'shelled', 'bombed', 'struck', 'attacked', 'captured', 'seized', 'besieged', 'overran', 'retook', 'recaptured', 'liberated', 'entered', 'encircled', 'surrounded', 'evacuated', 'invaded', 'occupied', 'hit', 'pounded', 'targeted']);
/** Arabic articles written lower-case and hyphenated before a place name ("al-Mawasi", "el-Geneina"). */
const ARTICLE_PREFIXES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'es', 'et']);

/** Divisions named by `key`, also read without a trailing division noun ("Rakhine State" → "Rakhine"). */
export function adminsOf(key: string, gz: Gazetteer) {
  const hit = gz.admin1(key);
  if (hit.length) return hit;
  const bare = key.replace(/ (?:state|province|region|governorate|district|department|county|prefecture|oblast)$/, '');
  return bare !== key ? gz.admin1(bare) : hit;
}

/** First words of capitalized names of things that happen or are decided, not of places ("in Operation Barkhane"). */
const NOT_A_PLACE_FIRST = new Set(['operation', 'project', 'plan', 'resolution', 'article', 'chapter', 'phase', 'section', 'summit', 'conference', 'forum', 'festival', 'cup', 'prize', 'award', 'law', 'act', 'decree', 'agreement', 'accord', 'treaty', 'protocol', 'initiative', 'mr', 'mrs', 'ms', 'dr']);

/** Words that are never a place name on their own. */
function notAPlaceWord(key: string, gz: Gazetteer): boolean {
  const first = key.split(' ')[0];
  if (NOT_A_PLACE_FIRST.has(first) || ORG_HEADS.has(first) || MONTH_WORDS.has(first)) return true;
  return COMMON.has(key) || WEEKDAY_WORDS.has(key) || NOT_PLACE.has(key) || TITLES.has(key) || ROLE_NOUNS.has(key) || gz.countries.languages.has(key) || gz.countries.byDemonym.has(key);
}

/** A place's identity and location, before its mentions are added. */
export type DraftBase = Omit<Draft, 'forms' | 'keys' | 'spans'>;

/** One text's place extraction: the words read so far and the places found, shared by all the steps. */
export interface PlaceScan {
  doc: Doc;
  tokens: Token[];
  gz: Gazetteer;
  lexical: PhraseIndex<Lexical>;
  /** First words of the regions' adjectives. */
  adjectiveFirst: Set<string>;
  /** Words of organizations and people: never part of a place name. */
  masked: Uint8Array;
  /** Words of the places found so far. */
  taken: Uint8Array;
  /** At the first word of a place name found: the index after its last word. */
  spanEnd: Int32Array;
  /** The places found, by id. */
  drafts: Map<string, Draft>;
  /** How often step 1 saw each country (names, demonyms, acronyms). */
  evidenceCount: Map<string, number>;
  /** Countries named in the text: a demonym shared by several countries ("Congolese") means one of these. */
  named: Set<string>;
  /** The longest table name at each capitalized word, kept for step 1 (which also asks for one not masked). */
  lexicalAt: Array<{ to: number; value: Lexical } | null>;
}

/** Records tokens `[from, to)` as a mention of the place `base` (as one of its names unless `asName` is false). */
export function addDraft(scan: PlaceScan, base: DraftBase, from: number, to: number, asName = true): Draft {
  const { doc, tokens, taken } = scan;
  let d = scan.drafts.get(base.id);
  if (!d) {
    d = { ...base, forms: [], keys: new Set(), spans: [] };
    scan.drafts.set(base.id, d);
  }
  const text = surface(doc, from, to);
  if (asName && !d.forms.includes(text)) d.forms.push(text);
  // "al-Mawasi" is also written "Mawasi".
  if (asName && to - from > 1 && ARTICLE_PREFIXES.has(tokens[from].fold) && !tokens[from].cap && tokens[from + 1].gap === '-') {
    const bare = surface(doc, from + 1, to);
    if (!d.forms.includes(bare)) d.forms.push(bare);
  }
  if (asName) d.keys.add(keyOf(doc, from, to));
  d.spans.push([tokens[from].start, tokens[to - 1].end]);
  for (let k = from; k < to; k++) taken[k] = 1;
  scan.spanEnd[from] = to;
  return d;
}

/** The country named at token k: a country name, or a town or division already located there. */
function countryNamedAt(scan: PlaceScan, k: number, limit: number): string | null {
  const m = scan.lexical.match(scan.doc, k, limit);
  if (m?.value.type === 'country') return m.value.country.code;
  return [...scan.drafts.values()].find((x) => (x.precision === 'admin' || x.precision === 'town') && x.spans.some(([st]) => st === scan.tokens[k].start))?.country ?? null;
}

/** Step 2's state while reading one sentence. */
interface SentenceScan {
  scan: PlaceScan;
  evidence: Evidence;
  surnames: Set<string>;
  /** The precision of each unlocated place, by id: "town" once a town noun says so. */
  unlocatedPrecision: Map<string, Place['precision']>;
  s: number;
  sentFrom: number;
  sentTo: number;
  /** The list of names each name belongs to. */
  listOf: Map<Item, NameList>;
  /** Names the gazetteer knows elsewhere, read as places in pass 1: kept unlocated in pass 2. */
  gazetteerNamed: Set<Item>;
  /** The words around each name: they say the same in both passes, so are read once. */
  contexts: Map<Item, PlaceContext>;
}

/** A name of a sentence being read, with what its words and context say. */
interface NameReading {
  it: Item;
  key: string;
  ctx: PlaceContext;
  /** "the Sambisa Forest", "Gulf of Aden": a feature noun inside the name says it is a place. */
  featured: boolean;
  /** The name itself or the words around it say it is a place. */
  strong: boolean;
}

/** 2. Gazetteer towns and unknown towns, sentence by sentence. */
export function townsAndUnknowns(scan: PlaceScan, evidence: Evidence, surnames: Set<string>): void {
  const unlocatedPrecision = new Map<string, Place['precision']>();
  for (let s = 0; s < scan.doc.sentences.length; s++) placesInSentence(scan, evidence, surnames, unlocatedPrecision, s);
  for (const [id, p] of unlocatedPrecision) {
    const d = scan.drafts.get(id);
    if (d) d.precision = p;
  }
}

/** Step 2 for sentence `s`. Pass 1: gazetteer towns and divisions. Pass 2: names the gazetteer lacks, now that list neighbours are known. */
function placesInSentence(scan: PlaceScan, evidence: Evidence, surnames: Set<string>, unlocatedPrecision: Map<string, Place['precision']>, s: number): void {
  const [sentFrom, sentTo] = scan.doc.sentRange[s];
  const items = sentenceItems(scan, sentFrom, sentTo);
  const listOf = new Map<Item, NameList>();
  for (const l of listsOf(scan.doc, items)) for (const it of l.items) listOf.set(it, l);
  const sentence: SentenceScan = { scan, evidence, surnames, unlocatedPrecision, s, sentFrom, sentTo, listOf, gazetteerNamed: new Set(), contexts: new Map() };
  for (const it of items) if (!known(scan, it)) readName(sentence, it, 1);
  for (const it of items) if (!known(scan, it)) readName(sentence, it, 2);
}

/** The capitalized names of a sentence: the places found so far and the other runs of capitalized words. */
function sentenceItems(scan: PlaceScan, sentFrom: number, sentTo: number): Item[] {
  const { tokens, masked, taken } = scan;
  const items: Item[] = [];
  for (let i = sentFrom; i < sentTo; i++) {
    const t = tokens[i];
    if (masked[i] || !t.cap) continue;
    if (taken[i]) {
      if (scan.spanEnd[i]) items.push({ a: i, b: scan.spanEnd[i] });
      continue;
    }
    if (t.initial && COMMON.has(t.fold)) continue;
    // "al-Mawasi": a lower-case article hyphenated before the name belongs to it.
    const a = i > sentFrom && t.gap === '-' && ARTICLE_PREFIXES.has(tokens[i - 1].fold) && !tokens[i - 1].cap && !masked[i - 1] && !taken[i - 1] ? i - 1 : i;
    const b = nameEnd(scan, i, sentTo);
    items.push({ a, b });
    i = b - 1;
  }
  return items;
}

/** The end of the name opening at capitalized word `i`. */
function nameEnd(scan: PlaceScan, i: number, sentTo: number): number {
  const { tokens, masked, taken } = scan;
  // A name runs over capitalized words and the particles inside place names ("Mocímboa da Praia", "Dar es Salaam"),
  // and over "of" after a feature noun ("Gulf of Aden", "Cape of Good Hope").
  let b = i + 1;
  for (let j = i + 1; j < sentTo && j - i < 6 && !tokens[j - 1].poss && !masked[j] && !taken[j] && joined(tokens[j]); j++) {
    // "Sinaloa Governor …": an office after a place name is not part of it.
    if (tokens[j].cap && TITLES.has(tokens[j].fold) && /^[ \t]+$/.test(tokens[j].gap)) break;
    if (tokens[j].cap) b = j + 1;
    else if (tokens[j].fold === 'of' && j === b && FEATURE_HEADS.has(tokens[j - 1].fold) && j + 1 < sentTo && tokens[j + 1].cap && joined(tokens[j + 1])) continue;
    else if (!PLACE_PARTICLES.has(tokens[j].fold) || j !== b) break;
  }
  if (tokens[b - 1].fold === 'of') b--;
  return b;
}

/** Whether the name is a place found already. */
function known(scan: PlaceScan, it: Item): boolean {
  return scan.taken[it.a] === 1;
}

/** Whether the list the name belongs to says it is a place (a place noun, or enough known places in it). */
function listSaysPlace(sentence: SentenceScan, it: Item): boolean {
  const list = sentence.listOf.get(it);
  if (!list) return false;
  const n = list.items.filter((x) => known(sentence.scan, x)).length;
  return !!list.placeNoun || (n >= 1 && list.introduced) || n * 2 >= list.items.length;
}

/** The words around a name, read once per sentence. */
function contextOfItem(sentence: SentenceScan, it: Item): PlaceContext {
  let ctx = sentence.contexts.get(it);
  if (!ctx) {
    ctx = contextOf(sentence.scan.doc, it.a, it.b);
    sentence.contexts.set(it, ctx);
  }
  return ctx;
}

/** Reads a name not yet known in pass 1 or 2 of step 2. */
function readName(sentence: SentenceScan, it: Item, pass: 1 | 2): void {
  const { doc, gz } = sentence.scan;
  const key = keyOf(doc, it.a, it.b);
  const ctx = contextOfItem(sentence, it);
  const words = key.split(' ');
  const featured = words.length >= 2 && (FEATURE_NOUNS.has(words[words.length - 1]) || (FEATURE_HEADS.has(words[0]) && words[1] === 'of'));
  const strong = featured || strongContext(ctx) || (pass === 2 && listSaysPlace(sentence, it));
  // A first word that is never a place alone may open a division's name ("Centre-Nord").
  if (notAPlaceWord(key, gz) && !(words.length > 1 && adminsOf(key, gz).some((x) => sentence.evidence.countries.includes(x.country)))) return;
  // Names of peoples are places only as divisions ("Kachin State", not "Kachin civilians").
  if (ETHNIC_GROUPS.has(key) && !ctx.suffix) return;
  // A person's surname is a place only where the words right around it say so ("in Langley").
  if (sentence.surnames.has(key) && !strongContext(ctx)) return;
  const reading: NameReading = { it, key, ctx, featured, strong };
  if (pass === 1) gazetteerPlace(sentence, reading);
  else unknownPlace(sentence, reading);
}

/** Pass 1: the name as a gazetteer town or division, when the text shows it is a place. */
function gazetteerPlace(sentence: SentenceScan, reading: NameReading): void {
  const { gz } = sentence.scan;
  const { key, ctx } = reading;
  // "Gaza City", "Kuwait City": the gazetteer may name the town without "City".
  const towns = gz.towns(key).length || !key.endsWith(' city') ? gz.towns(key) : gz.towns(key.slice(0, -5));
  // A governor governs a division: "Sinaloa Governor" is the state, not a village of that name.
  const governed = ctx.office === 'governor' || ctx.office === 'governorate';
  const admins = ctx.suffix || governed || !towns.length ? adminsOf(key, gz) : [];
  if (!towns.length && !admins.length) return;
  if (!readsAsGazetteerPlace(sentence, reading, towns, admins)) return;
  const admin = admins.length ? chooseAdmin(admins, sentence.evidence) : null;
  const town = admin && (ctx.suffix || governed) ? null : chooseTown(towns, sentence.evidence, gz);
  // A name the gazetteer knows elsewhere, read as a place here: kept unlocated in pass 2 (coordinates are never guessed).
  if (!town && !admin) sentence.gazetteerNamed.add(reading.it);
  if (town) addTown(sentence, reading, town);
  else if (admin) addAdmin(sentence, reading, admin);
}

/** Whether the context shows that a name the gazetteer knows (as `towns` or `admins`) is a place here. */
function readsAsGazetteerPlace(sentence: SentenceScan, reading: NameReading, towns: Town[], admins: Admin1[]): boolean {
  const { doc, tokens, gz } = sentence.scan;
  const { evidence, sentFrom, sentTo } = sentence;
  const { it, ctx } = reading;
  const t = tokens[it.a];
  // Without a place context, a capitalized word is a town only mid-sentence, and in a country the text
  // mentions (or, in a text naming no country as a place, when the gazetteer knows it in one country only).
  const inEvidence = [...towns, ...admins].some((x) => evidence.countries.includes(x.country));
  const unambiguous = !evidence.named.length && new Set([...towns, ...admins].map((x) => x.country)).size === 1;
  // "Kigali denies …": the capital of a country the text names stands for its government, even opening a sentence.
  // "Paris said …", "Washington and Beijing urged calm": a national capital speaking, even for a country the text does not name.
  const next = it.b < sentTo ? tokens[it.b] : undefined;
  const speaks = !!next && /^[ \t]+$/.test(next.gap) && (SPEAKER_VERBS.has(next.fold) || ['and', 'urged', 'denies', 'rejected', 'rejects', 'condemned', 'warned'].includes(next.fold));
  const capitalOfAny = towns.some((x) => gz.capital(x.country)?.id === x.id);
  const capital = towns.some((x) => evidence.countries.includes(x.country) && gz.capital(x.country)?.id === x.id) || (capitalOfAny && speaks);
  // The object of a verb of attack or capture ("raided Jenin") is a place when the gazetteer knows it near the text's countries.
  const attacked = !t.initial && it.a > sentFrom && (ATTACK_VERBS.has(tokens[it.a - 1].fold) || (tokens[it.a - 1].fold === 'the' && it.a - 1 > sentFrom && ATTACK_VERBS.has(tokens[it.a - 2].fold)));
  const near = (x: { country: string }) => evidence.countries.some((cc) => cc === x.country || gz.countries.byCode.get(cc)?.borders.includes(x.country));
  const attackedTown = attacked ? chooseTown(towns, evidence, gz) : null;
  // "Sinaloa Governor X": a name of the gazetteer in the text's countries before a place's office.
  const office = ctx.office && inEvidence;
  const plain = !doc.titleCase[sentence.s] && (!t.initial || capital) && (inEvidence || unambiguous || capital);
  return !!(reading.strong || office || listSaysPlace(sentence, it) || (attackedTown && near(attackedTown)) || plain);
}

/** Records the name as gazetteer town `town`. */
function addTown(sentence: SentenceScan, reading: NameReading, town: Town): void {
  const { doc, gz } = sentence.scan;
  const { it } = reading;
  const written = surface(doc, it.a, it.b);
  sentence.evidence.admins!.add(`${town.country}.${town.admin1}`);
  addDraft(sentence.scan, { id: town.id, name: town.name, lat: town.lat, lon: town.lon, country: town.country, admin1: gz.admin1Name(town.country, town.admin1) ?? town.admin1, precision: 'town', gazetteerId: town.id, variant: spelledDifferently(written, town.name) }, it.a, it.b);
}

/** Records the name as gazetteer division `admin`. */
function addAdmin(sentence: SentenceScan, reading: NameReading, admin: Admin1): void {
  const { it, ctx } = reading;
  const written = surface(sentence.scan.doc, it.a, it.b);
  sentence.evidence.admins!.add(`${admin.country}.${admin.code}`);
  const name = /\b(?:region|province|state|district|department|governorate|county|territory)\b/i.test(admin.name) || !ctx.suffix ? admin.name : `${admin.name} ${ctx.suffix.charAt(0).toUpperCase()}${ctx.suffix.slice(1)}`;
  const bare = admin.name.replace(/\s+(?:state|province|region|governorate|district|department|county|prefecture|oblast|division|municipality|territory)$/i, '');
  const variant = spelledDifferently(written, admin.name) && spelledDifferently(written, bare);
  addDraft(sentence.scan, { id: admin.id, name, lat: admin.lat, lon: admin.lon, country: admin.country, admin1: admin.name, precision: 'admin', gazetteerId: admin.id, variant }, it.a, it.b);
}

/** Pass 2: a name not in the gazetteer (or homonyms nothing tells apart), kept when the context says it is a place. */
function unknownPlace(sentence: SentenceScan, reading: NameReading): void {
  const { doc, tokens, gz } = sentence.scan;
  const { it, key, ctx } = reading;
  if (!(reading.strong || sentence.gazetteerNamed.has(it)) || (doc.titleCase[sentence.s] && !ctx.suffix) || it.b - it.a > (reading.featured ? 5 : 3) || tokens[it.a].acronym) return;
  const near = nearTown(key, sentence.evidence, gz);
  if (near) {
    addDraft(sentence.scan, { id: near.id, name: near.name, lat: near.lat, lon: near.lon, country: near.country, admin1: gz.admin1Name(near.country, near.admin1) ?? near.admin1, precision: 'town', gazetteerId: near.id, variant: true }, it.a, it.b);
    return;
  }
  addUnlocated(sentence, reading);
}

/** Records the name as an unlocated place, with its country when the text tells it. */
function addUnlocated(sentence: SentenceScan, reading: NameReading): void {
  const { scan, unlocatedPrecision } = sentence;
  const { doc, tokens } = scan;
  const { it, key, ctx } = reading;
  const list = sentence.listOf.get(it);
  const townish = TOWN_NOUNS.has(list?.placeNoun ?? '') || TOWN_NOUNS.has(ctx.placeNounOf ?? '');
  const id = `unlocated:${key}`;
  if (townish || !unlocatedPrecision.has(id)) unlocatedPrecision.set(id, unlocatedPrecision.get(id) === 'town' || townish ? 'town' : 'unknown');
  // Its country, when the located towns of its list all lie in one country.
  const ccs = new Set<string | null>();
  for (const x of list?.items ?? []) {
    const d = known(scan, x) ? [...scan.drafts.values()].find((dd) => dd.precision === 'town' && dd.spans.some(([st]) => st === tokens[x.a].start)) : undefined;
    if (d) ccs.add(d.country);
  }
  const d = addDraft(scan, { id, name: surface(doc, it.a, it.b), lat: null, lon: null, country: null, admin1: null, precision: 'unknown', gazetteerId: null, variant: false }, it.a, it.b);
  if (!d.country && ccs.size === 1) d.country = [...ccs][0];
  d.country ??= countryAfterName(doc, it.b, sentence.sentTo, (k, limit) => countryNamedAt(scan, k, limit));
}

