import type { Gazetteer, Town, Admin1 } from '../../geo/gazetteer.ts';
import { PLACE_NOUNS, PLACE_PREPOSITIONS, PLACE_SUFFIXES, STRONG_PLACE_PREPOSITIONS } from '../../text/lexicons/names.ts';
import { joined, type Doc } from '../../text/words.ts';
import { foldName } from '../../text/fold.ts';

const DIRECTIONS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'remote', 'rural', 'neighbouring', 'neighboring', 'nearby', 'restive', 'embattled', 'besieged', 'town', 'city', 'village', 'capital']);
const TRANSPARENT = new Set(['the', 'a', 'an']);
const LIST_INTRO = new Set(['including', 'like', 'notably', 'namely', 'especially', 'particularly', 'of', 'as']);

/** How the words around a name show that it is a place. */
export interface PlaceContext {
  /** After "in/near/at/…" (skipping an article and a direction adjective: "in western Kayes"). */
  preposition: string | null;
  /** Before "region/province/district/…" ("the Kayes region"). */
  suffix: string | null;
  /** After "the town of", "the northern city of". */
  placeNounOf: string | null;
  /** After a verb of movement and "to": "fled to X", "returned to X". */
  motion: boolean;
  /** The capitalized place name of a dateline. */
  dateline: boolean;
  /** Before a geographic feature noun ("the Sambisa forest", "the Bani Suheila neighbourhood"). */
  feature: string | null;
  /** Before an office named after a place ("Sinaloa Governor", "Kyiv Mayor"): the office noun. */
  office: string | null;
}

const MOTION = new Set([
  'fled', 'flee', 'flees', 'fleeing', 'travelled', 'traveled', 'travel', 'travelling', 'traveling', 'moved', 'moving', 'returned', 'return',
  'returning', 'headed', 'heading', 'went', 'relocated', 'deployed', 'redeployed', 'evacuated', 'driven', 'displaced', 'retreated',
  'retreating', 'withdrew', 'withdrawn', 'marched', 'marching', 'advanced', 'advancing', 'pushed', 'pushing', 'escaped', 'escaping',
  'transferred', 'airlifted', 'sailing', 'sailed', 'bound', 'arrived', 'arriving', 'crossed', 'crossing', 'walked', 'drove',
]);
// Prepositions that, after a verb of movement, open a destination or an origin ("fleeing towards X", "displaced from X").
const MOTION_PREPOSITIONS = new Set(['to', 'towards', 'toward', 'into', 'from']);
/** Nouns of geographic features after a name ("Sambisa forest", "Zamzam camp", "Bab el-Mandeb Strait"). */
export const FEATURE_NOUNS = new Set([
  'forest', 'river', 'mountains', 'mountain', 'hills', 'valley', 'plateau', 'strait', 'straits', 'desert', 'island', 'islands',
  'peninsula', 'camp', 'crossing', 'neighbourhood', 'neighborhood', 'quarter', 'suburb', 'canal', 'gulf', 'bay', 'lagoon',
  'highlands', 'heights', 'basin', 'oasis', 'reserve', 'park', 'port', 'airport', 'dam', 'corridor', 'pass', 'sea', 'lake',
  'shoal', 'reef', 'atoll', 'islet', 'base', 'airbase', 'airfield', 'barracks', 'garrison', 'city', 'village', 'town',
  'avenue', 'street', 'square', 'road', 'highway', 'boulevard', 'bridge', 'mine', 'oilfield', 'refinery',
]);
/** Offices named after a place ("Sinaloa Governor X", "Kyiv's mayor"): the name before them is a place. */
const PLACE_OFFICES = new Set(['governor', 'mayor', 'prefect', 'governorate']);
/** Words before a feature noun in a compound ("the Ain al-Asad air base", "the Zamzam displacement camp"). */
const FEATURE_MODIFIERS = new Set(['air', 'naval', 'military', 'army', 'border', 'refugee', 'displacement', 'idp', 'transit', 'detention', 'prison', 'oil', 'gas', 'nuclear', 'power', 'sea', 'river', 'fishing', 'uranium', 'gold', 'copper', 'cobalt', 'coal', 'diamond', 'lithium']);
/** Feature nouns that open a name with "of": "Gulf of Aden", "Sea of Azov", "Cape of Good Hope". */
export const FEATURE_HEADS = new Set(['gulf', 'sea', 'strait', 'straits', 'bay', 'cape', 'lake', 'mount', 'isle', 'island', 'islands', 'bight']);
const INCLUDING = new Set(['including', 'notably', 'namely', 'especially', 'particularly']);
/** Heads of an appositive after a name that make it a place ("Sake, a town west of Goma", "Lalibela, a UNESCO World Heritage site"). */
const APPOSITIVE_PLACE_NOUNS = new Set(['town', 'city', 'village', 'locality', 'commune', 'municipality', 'settlement', 'hamlet', 'district', 'province', 'region', 'capital', 'site', 'hub', 'port', 'stronghold', 'enclave', 'crossroads', 'suburb', 'neighbourhood', 'neighborhood', 'island', 'oasis', 'outpost', 'county', 'governorate', 'area']);
/** Words that may follow the head of such an appositive (so that "a town councillor" is not read as "a town"). */
const APPOSITIVE_FOLLOWERS = new Set(['of', 'in', 'on', 'near', 'at', 'by', 'west', 'east', 'north', 'south', 'northwest', 'northeast', 'southwest', 'southeast', 'where', 'that', 'which', 'famed', 'famous', 'known', 'home', 'with', 'along', 'close', 'about', 'some', 'located', 'held', 'controlled', 'under', 'run', 'bordering', 'straddling', 'seized', 'captured', 'besieged']);

/** ", a town held by …", ", the capital of …": the head of an appositive right after tokens `[a, b)` when it names a kind of place. */
function appositivePlaceNoun(doc: Doc, b: number, sentTo: number): string | null {
  if (b >= sentTo || !/^\s*,\s*$/.test(doc.tokens[b].gap)) return null;
  // ", (about 20 km) north of Goma"
  let k = b;
  if (['about', 'some', 'around', 'roughly', 'nearly', 'just'].includes(doc.tokens[k].fold)) k++;
  if (k + 1 < sentTo && /^\d/.test(doc.tokens[k].text) && /^(?:km|kilometres|kilometers|miles|mi)$/.test(doc.tokens[k + 1].fold)) k += 2;
  if (k + 1 < sentTo && (DIRECTIONS.has(doc.tokens[k].fold) || /^(?:north|south)(?:east|west)$/.test(doc.tokens[k].fold)) && doc.tokens[k + 1].fold === 'of' && k + 2 < sentTo && doc.tokens[k + 2].cap) return 'place';
  if (!TRANSPARENT.has(doc.tokens[b].fold)) return null;
  for (let j = b + 1; j < sentTo && j <= b + 5; j++) {
    const t = doc.tokens[j];
    if (!joined(t) && t.gap !== '-') return null;
    if (!t.cap && APPOSITIVE_PLACE_NOUNS.has(t.fold)) {
      const next = j + 1 < sentTo ? doc.tokens[j + 1] : undefined;
      return !next || !/^[ \t]+$/.test(next.gap) || APPOSITIVE_FOLLOWERS.has(next.fold) ? t.fold : null;
    }
  }
  return null;
}

/** The context of the name at tokens `[a, b)`. */
export function contextOf(doc: Doc, a: number, b: number): PlaceContext {
  const [sentFrom, sentTo] = doc.sentRange[doc.tokens[a].sent];
  let k = a - 1;
  let placeNounOf: string | null = null;
  if (k >= sentFrom && doc.tokens[k].fold === 'of' && k - 1 >= sentFrom && PLACE_NOUNS.has(doc.tokens[k - 1].fold)) placeNounOf = doc.tokens[k - 1].fold;
  // "several towns along the border, including X": one name introduced after a place noun.
  // "towns such as X"
  const suchAs = k - 1 >= sentFrom && doc.tokens[k].fold === 'as' && doc.tokens[k - 1].fold === 'such';
  if (!placeNounOf && k >= sentFrom && (INCLUDING.has(doc.tokens[k].fold) || suchAs)) {
    for (let j = k - (suchAs ? 2 : 1); j >= sentFrom && j >= k - 5; j--) {
      if (PLACE_NOUNS.has(doc.tokens[j].fold) && /(?:s|es)$/.test(doc.tokens[j].fold)) {
        placeNounOf = doc.tokens[j].fold;
        break;
      }
      if (/[.;:,]/.test(doc.tokens[j + 1].gap) && j + 1 !== k) break;
    }
  }
  placeNounOf ??= appositivePlaceNoun(doc, b, sentTo);
  let guard = 0;
  while (k >= sentFrom && guard++ < 2 && (TRANSPARENT.has(doc.tokens[k].fold) || DIRECTIONS.has(doc.tokens[k].fold)) && !doc.tokens[k].cap) k--;
  // A preposition opening the sentence is capitalized ("In western Rakhine State, …").
  const prep = k >= sentFrom && PLACE_PREPOSITIONS.has(doc.tokens[k].fold) && (!doc.tokens[k].cap || (doc.tokens[k].initial && k === sentFrom)) ? doc.tokens[k].fold : null;
  const next = b < sentTo ? doc.tokens[b] : undefined;
  const suffix = next && joined(next) && PLACE_SUFFIXES.has(next.fold) ? next.fold : null;
  let featureAt = b;
  if (next && !next.cap && FEATURE_MODIFIERS.has(next.fold) && b + 1 < sentTo && FEATURE_NOUNS.has(doc.tokens[b + 1].fold) && /^[ \t]+$/.test(doc.tokens[b + 1].gap)) featureAt = b + 1;
  const fn = featureAt < sentTo ? doc.tokens[featureAt] : undefined;
  const feature = next && fn && /^[ \t]+$/.test(next.gap) && !fn.cap && FEATURE_NOUNS.has(fn.fold) && !fn.poss ? fn.fold : null;
  const motion = !!prep && MOTION_PREPOSITIONS.has(prep) && k - 1 >= sentFrom && MOTION.has(doc.tokens[k - 1].fold);
  // A dateline: "MOGADISHU (Reuters) -", "BAMAKO, Mali —" opening a paragraph in capitals.
  const first = doc.tokens[a];
  const dateline = first.initial && a === sentFrom && /^[\p{Lu}\s'-]+$/u.test(doc.text.slice(first.start, doc.tokens[b - 1].end)) && !!next && /^\s*(?:\(|,|—|–|-)/.test(next.gap) && doc.text.slice(first.start, doc.tokens[b - 1].end).length >= 3;
  const office = next && /^[ \t]+$/.test(next.gap) && PLACE_OFFICES.has(next.fold) ? next.fold : null;
  return { preposition: prep, suffix, placeNounOf, motion, dateline, feature, office };
}

export function strongContext(c: PlaceContext): boolean {
  return !!(c.suffix || c.placeNounOf || c.motion || c.dateline || c.feature || (c.preposition && STRONG_PLACE_PREPOSITIONS.has(c.preposition)));
}

/** A name in a sentence: tokens `[a, b)`. */
export interface Item {
  a: number;
  b: number;
}

/** A coordinated list of names ("A, B, and C") and what introduces it. */
export interface NameList {
  items: Item[];
  /** "towns" in "the towns of A, B and C", "towns such as …", "towns and cities, including …". */
  placeNoun: string | null;
  /** Introduced by "including/such as/like" or a place preposition. */
  introduced: boolean;
}

/** Groups the names of one sentence into coordinated lists ("A, B and C", "A and B"; not "in A, B said"). */
export function listsOf(doc: Doc, items: Item[]): NameList[] {
  const lists: NameList[] = [];
  let current: Item[] = [];
  let coordinated = false;
  const flush = () => {
    if (current.length >= 3 || (current.length === 2 && coordinated)) lists.push(describe(doc, current));
    current = [];
    coordinated = false;
  };
  for (const item of items) {
    const prev = current[current.length - 1];
    const sep = prev ? separator(doc, prev, item) : null;
    if (sep) {
      current.push(item);
      if (sep === 'conjunction') coordinated = true;
    } else {
      flush();
      current = [item];
    }
  }
  flush();
  return lists;
}

function separator(doc: Doc, prev: Item, item: Item): 'comma' | 'conjunction' | null {
  if (doc.tokens[prev.b - 1].sent !== doc.tokens[item.a].sent) return null;
  if (item.a === prev.b) return /^\s*,\s*$/.test(doc.tokens[item.a].gap) ? 'comma' : null;
  // ", and the B" / " and B" / ", or B"
  let k = prev.b;
  if (!['and', 'or'].includes(doc.tokens[k].fold) || !/^\s*,?\s*$/.test(doc.tokens[k].gap)) return null;
  k++;
  if (k < item.a && TRANSPARENT.has(doc.tokens[k].fold)) k++;
  return k === item.a && /^[ \t]+$/.test(doc.tokens[item.a].gap) ? 'conjunction' : null;
}

function describe(doc: Doc, items: Item[]): NameList {
  const first = items[0].a;
  const sentFrom = doc.sentRange[doc.tokens[first].sent][0];
  let k = first - 1;
  if (k >= sentFrom && TRANSPARENT.has(doc.tokens[k].fold)) k--;
  let introduced = false;
  let placeNoun: string | null = null;
  if (k >= sentFrom) {
    const w = doc.tokens[k].fold;
    if (LIST_INTRO.has(w) || PLACE_PREPOSITIONS.has(w)) introduced = true;
    // Look a few words back for the place noun the list names ("seven towns and cities, including …").
    if (introduced) {
      for (let j = k - 1; j >= sentFrom && j >= k - 4; j--) {
        if (PLACE_NOUNS.has(doc.tokens[j].fold)) {
          placeNoun = doc.tokens[j].fold;
          break;
        }
        if (/[.;:]/.test(doc.tokens[j + 1].gap)) break;
      }
    }
  }
  return { items, placeNoun, introduced };
}

/** A place in the gazetteer the resolver chose. */
export type Resolved =
  | { kind: 'town'; town: Town; variant: boolean }
  | { kind: 'admin'; admin: Admin1; variant: boolean };

/** Countries the text mentions, most mentioned first, used to choose among homonyms. */
export interface Evidence {
  /** Named, or referred to by a demonym ("French troops"). */
  countries: string[];
  /** Named as places ("Sudan", "the Senegalese border"): the text is about these. */
  named: string[];
  /** Divisions (`CC.admin1`) of the places located so far: homonyms in the same division are preferred. */
  admins?: Set<string>;
}

/**
 * Chooses among homonyms: a town in a country the text mentions (most mentioned first), else in a
 * country bordering one, else a national capital; when the text names no country, a name found in one
 * country only, or the one seat of a division named after it.
 * Returns null when nothing in the text tells them apart (coordinates are never guessed).
 */
export function chooseTown(towns: Town[], evidence: Evidence, gz: Gazetteer): Town | null {
  if (!towns.length) return null;
  for (const cc of evidence.countries) {
    const inCountry = towns.filter((t) => t.country === cc);
    if (inCountry.length) return inCountry.find((t) => gz.capital(cc)?.id === t.id) ?? inCountry.find((t) => evidence.admins?.has(`${t.country}.${t.admin1}`)) ?? inCountry[0];
  }
  const neighbours = new Set(evidence.countries.flatMap((cc) => gz.countries.byCode.get(cc)?.borders ?? []));
  const near = towns.filter((t) => neighbours.has(t.country));
  if (near.length && new Set(near.map((t) => t.country)).size === 1) return near[0];
  const capitals = towns.filter((t) => gz.capital(t.country)?.id === t.id);
  if (capitals.length === 1) return capitals[0];
  // The text names countries (or peoples of countries) and none of these is there: the place is probably
  // one the gazetteer lacks ("Jenin" in a text about Israeli troops is not the Polish village).
  if (evidence.named.length || evidence.countries.length) return null;
  if (new Set(towns.map((t) => t.country)).size === 1) return towns[0];
  // The seat of a division named after it ("Gao" of the Gao region) outranks villages of the same name.
  const seats = towns.filter((t) => foldName(gz.admin1Name(t.country, t.admin1) ?? '') === foldName(t.name));
  return seats.length === 1 ? seats[0] : null;
}

/** A division of a country the text mentions. */
export function chooseAdmin(admins: Admin1[], evidence: Evidence): Admin1 | null {
  for (const cc of evidence.countries) {
    const hit = admins.find((a) => a.country === cc);
    if (hit) return hit;
  }
  return null;
}

/** Every string one insertion, deletion or substitution away from `key` (letters and space). */
function oneEditAway(key: string): Set<string> {
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz ';
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length) out.add(key.slice(0, i) + key.slice(i + 1));
    for (const c of letters) {
      out.add(key.slice(0, i) + c + key.slice(i));
      if (i < key.length && c !== key[i]) out.add(key.slice(0, i) + c + key.slice(i + 1));
    }
  }
  out.delete(key);
  return out;
}

/**
 * A gazetteer town one letter away from `key` (names of five letters or more), in a country
 * the text mentions (the most mentioned first). Null when none, or when one country has
 * several such towns of different names.
 */
export function nearTown(key: string, evidence: Evidence, gz: Gazetteer): Town | null {
  if (key.replace(/ /g, '').length < 5 || !evidence.countries.length) return null;
  // Gazetteer names one edit away, with their countries (the same for every text: kept).
  const memoKey = `near:${key}`;
  let near = gz.memo.get(memoKey) as Array<[string, string]> | undefined;
  if (!near) {
    near = [];
    for (const variant of oneEditAway(key)) for (const cc of gz.townCountries(variant)) near.push([variant, cc]);
    gz.memo.set(memoKey, near);
  }
  const found = new Map<string, string[]>();
  for (const [variant, cc] of near) if (evidence.countries.includes(cc)) found.set(cc, [...(found.get(cc) ?? []), variant]);
  for (const cc of evidence.countries) {
    const keys = found.get(cc);
    if (keys?.length === 1) return gz.towns(keys[0]).find((t) => t.country === cc) ?? null;
    if (keys) return null;
  }
  return null;
}

const PLACE_NOUN_HEADS = new Set(['town', 'city', 'village', 'locality', 'commune', 'settlement', 'hamlet', 'district', 'area', 'region', 'camp', 'neighbourhood', 'neighborhood', 'suburb']);

/**
 * The country an unlocated name lies in, from the words after it (tokens from `b`): "Barsalogho, a town in
 * central Burkina Faso", "Kuriga village in Nigeria", "Tawila in North Darfur", "Korma, Sudan".
 * `countryNamedAt(k, limit)` tells the country a name at token k stands for (or null).
 */
export function countryAfterName(doc: Doc, b: number, sentTo: number, countryNamedAt: (k: number, limit: number) => string | null): string | null {
  const tokens = doc.tokens;
  let k = b;
  // "Kuriga village in Nigeria", "the Imouraren uranium mine in Niger"
  while (k < sentTo && k - b < 2 && !tokens[k].cap && (PLACE_NOUN_HEADS.has(tokens[k].fold) || FEATURE_NOUNS.has(tokens[k].fold) || FEATURE_MODIFIERS.has(tokens[k].fold))) k++;
  if (k < sentTo && /^\s*,\s*$/.test(tokens[k].gap) && TRANSPARENT.has(tokens[k].fold)) {
    let j = k + 1;
    while (j < sentTo && j - k <= 4 && !PLACE_NOUN_HEADS.has(tokens[j].fold)) j++;
    if (j >= sentTo || !PLACE_NOUN_HEADS.has(tokens[j].fold)) return null;
    k = j + 1;
    if (k >= sentTo || !['in', 'of'].includes(tokens[k].fold)) return null;
    k++;
  } else if (k < sentTo && tokens[k].fold === 'in' && /^[ \t]+$/.test(tokens[k].gap)) k++;
  else if (!(k < sentTo && /^\s*,\s*$/.test(tokens[k].gap))) return null;
  while (k < sentTo && !tokens[k].cap && (DIRECTIONS.has(tokens[k].fold) || /^(?:north|south)(?:east|west)$/.test(tokens[k].fold))) k++;
  return k < sentTo ? countryNamedAt(k, sentTo) : null;
}
