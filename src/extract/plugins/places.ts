import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Place } from '../../schemas/entities.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import type { UserPlace } from '../../geo/gazetteer.ts';
import type { Region } from '../../geo/regions.ts';
import type { Country } from '../../geo/countries.ts';
import { COMMON, ETHNIC_GROUPS, GEO_NOUNS, NOT_PLACE, ORG_HEADS, PLACE_SUFFIXES, SPEAKER_VERBS, ROLE_NOUNS, TITLES } from '../../text/lexicons/names.ts';
import { findOrgCandidates } from '../names/org-finder.ts';
import { findPersonCandidates } from '../names/person-finder.ts';
import { PhraseIndex } from '../names/phrases.ts';
import { chooseAdmin, chooseTown, contextOf, countryAfterName, FEATURE_HEADS, FEATURE_NOUNS, listsOf, nearTown, strongContext, type Evidence, type Item } from '../names/place-context.ts';
import { joined, keyOf, mentionAt, surface, uniqueIds, type Doc } from '../../text/words.ts';
import { foldName } from '../../text/fold.ts';
import { wordsOf } from './words.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../text/lexicons/calendar.ts';

export interface PlacesOptions {
  gazetteer: Gazetteer;
}

type Lexical = { type: 'user'; place: UserPlace } | { type: 'country'; country: Country } | { type: 'region'; region: Region };

/** A place entity being assembled. */
interface Draft {
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

const lexicalIndexes = new WeakMap<Gazetteer, PhraseIndex<Lexical>>();

function lexicalIndex(gz: Gazetteer): PhraseIndex<Lexical> {
  let index = lexicalIndexes.get(gz);
  if (!index) {
    index = new PhraseIndex<Lexical>();
    // User places first: they take priority over every other source.
    for (const p of gz.userPlaces) for (const n of [p.name, ...p.aliases]) index.add(n, { type: 'user', place: p });
    // Sovereign states before territories sharing a name.
    const states = [...gz.countries.list].sort((a, b) => Number(b.independent) - Number(a.independent));
    for (const c of states) for (const k of c.keys.names) index.add(k, { type: 'country', country: c }, true);
    for (const [k, r] of gz.regions) index.add(k, { type: 'region', region: r }, true);
    lexicalIndexes.set(gz, index);
  }
  return index;
}

const adjectiveFirstWords = new WeakMap<Gazetteer, Set<string>>();

/** First words of the regions' adjectives ("west" of "West African"): no adjective opens at any other word. */
function regionAdjectiveFirstWords(gz: Gazetteer): Set<string> {
  let words = adjectiveFirstWords.get(gz);
  if (!words) {
    words = new Set([...gz.regionAdjectives.keys()].map((k) => k.split(' ')[0]));
    adjectiveFirstWords.set(gz, words);
  }
  return words;
}

/** Whether any of `flags[from…to)` is set. */
function anyFlagged(flags: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (flags[k]) return true;
  return false;
}

function draftOf(l: Lexical): Omit<Draft, 'forms' | 'keys' | 'spans'> {
  if (l.type === 'user') {
    const p = l.place;
    return { id: `user:${foldName(p.name).replace(/ /g, '-')}`, name: p.name, lat: p.lat, lon: p.lon, country: p.country, admin1: null, precision: p.precision ?? 'town', gazetteerId: `user:${foldName(p.name).replace(/ /g, '-')}`, variant: false };
  }
  if (l.type === 'country') {
    const c = l.country;
    return { id: `country:${c.code}`, name: c.name, lat: c.lat, lon: c.lon, country: c.code, admin1: null, precision: 'country', gazetteerId: `country:${c.code}`, variant: false };
  }
  const r = l.region;
  return { id: `region:${r.id}`, name: r.name, lat: r.lat, lon: r.lon, country: null, admin1: null, precision: 'region', gazetteerId: `region:${r.id}`, variant: false };
}

const TOWN_NOUNS = new Set(['town', 'towns', 'city', 'cities', 'village', 'villages', 'locality', 'localities', 'commune', 'communes', 'settlement', 'settlements', 'hamlet', 'hamlets', 'municipality', 'municipalities']);

/** A spelling differs when letters or accents differ, not case, spaces or hyphens ("El-Fasher" = "El Fasher"). */
const spelledDifferently = (written: string, name: string) => written.toLowerCase().replace(/[\s'’‘.-]+/g, '') !== name.toLowerCase().replace(/[\s'’‘.-]+/g, '');

const PLACE_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'du', 'des', 'del', 'della', 'di', 'el', 'al', 'es', 'en', 'la', 'le', 'les', 'sur', 'am', 'an', 'im', 'au', 'aux']);
/** Verbs whose object is usually a place ("raided Jenin", "shelled Kherson"). */
const ATTACK_VERBS = new Set(['raided', 'stormed', 'shelled', 'bombed', 'struck', 'attacked', 'captured', 'seized', 'besieged', 'overran', 'retook', 'recaptured', 'liberated', 'entered', 'encircled', 'surrounded', 'evacuated', 'invaded', 'occupied', 'hit', 'pounded', 'targeted']);
/** Arabic articles written lower-case and hyphenated before a place name ("al-Mawasi", "el-Geneina"). */
const ARTICLE_PREFIXES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'es', 'et']);

/** Divisions named by `key`, also read without a trailing division noun ("Rakhine State" → "Rakhine"). */
function adminsOf(key: string, gz: Gazetteer) {
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

/**
 * Places: countries (names and demonyms before "border", "territory"…), regions, gazetteer towns
 * and divisions in place context, and unknown towns that the context shows to be places (kept
 * unlocated). Homonyms are told apart by the countries the text mentions.
 */
export function extractPlaces(doc: Doc, gz: Gazetteer): Place[] {
  const { tokens } = doc;
  const countries = gz.countries;
  const lexical = lexicalIndex(gz);
  const adjectiveFirst = regionAdjectiveFirstWords(gz);
  const masked = new Uint8Array(tokens.length);
  const taken = new Uint8Array(tokens.length);
  const spanEnd = new Int32Array(tokens.length);
  const drafts = new Map<string, Draft>();
  const evidenceCount = new Map<string, number>();
  const addEvidence = (cc: string | null) => cc && evidenceCount.set(cc, (evidenceCount.get(cc) ?? 0) + 1);
  const add = (base: Omit<Draft, 'forms' | 'keys' | 'spans'>, from: number, to: number, asName = true) => {
    let d = drafts.get(base.id);
    if (!d) {
      d = { ...base, forms: [], keys: new Set(), spans: [] };
      drafts.set(base.id, d);
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
    spanEnd[from] = to;
    return d;
  };

  // Organization names are not places ("Timbuktu Institute", "United States Africa Command").
  const isPlaceKey = (k: string) => !!(gz.user(k) || countries.byName.has(k) || gz.regions.has(k));
  for (const c of findOrgCandidates(doc, { countries, isPlace: isPlaceKey, isTown: (k) => gz.towns(k).length > 0 })) {
    // Bare capitalized words ("MOGADISHU" of a dateline) are left to the place rules.
    if (c.source !== 'generic' && c.source !== 'acronym') for (let k = c.from; k < c.to; k++) masked[k] = 1;
  }

  // Countries named in the text: a demonym shared by several countries ("Congolese") means one of these.
  const named = new Set<string>();
  // The longest table name at each capitalized word, kept for step 1 (which also asks for one not masked).
  const lexicalAt: Array<{ to: number; value: Lexical } | null> = new Array(tokens.length).fill(null);
  for (let i = 0; i < tokens.length; i++) {
    // Countries named inside an organization's name count too ("Armed Forces of the Democratic Republic of Congo").
    const m = tokens[i].cap ? lexical.match(doc, i, doc.sentRange[tokens[i].sent][1]) : null;
    lexicalAt[i] = m;
    if (m?.value.type === 'country') named.add(m.value.country.code);
  }
  const demonymCountry = (key: string) => countries.demonymAll.get(key)?.find((c) => named.has(c.code)) ?? countries.byDemonym.get(key);

  // 1. Names from the country, region and user tables, anywhere.
  for (let i = 0; i < tokens.length; i++) {
    if (masked[i] || taken[i]) continue;
    const t = tokens[i];
    const limit = doc.sentRange[t.sent][1];
    // The longest name is the longest unmasked one when none of its words is masked.
    const longest = lexicalAt[i];
    const m = !longest ? null : !anyFlagged(masked, i, longest.to) ? { ...longest } : lexical.match(doc, i, limit, (to) => !anyFlagged(masked, i, to));
    // A country or region name that ends a longer capitalized town name is part of it ("Port Sudan").
    const prev = i > 0 ? tokens[i - 1] : undefined;
    // A country name before "State"/"Region" may name a division ("Niger State" in Nigeria).
    const next = m && m.to < limit ? tokens[m.to] : undefined;
    const division = !!next && next.cap && joined(next) && PLACE_SUFFIXES.has(next.fold) && gz.admin1(keyOf(doc, i, m!.to + 1)).length > 0;
    const longer =
      !!m &&
      // "the South China Sea", "Lake Victoria Basin": a capitalized feature noun after the name makes a longer name.
      ((!!next && next.cap && joined(next) && !t.poss && !tokens[m.to - 1].poss && FEATURE_NOUNS.has(next.fold) && !gz.regions.has(keyOf(doc, i, m.to + 1))) ||
        (!!prev && prev.sent === t.sent && prev.cap && joined(t) && !masked[i - 1] && !(prev.initial && COMMON.has(prev.fold)) && (gz.towns(keyOf(doc, i - 1, m.to)).length > 0 || adminsOf(keyOf(doc, i - 1, m.to), gz).length > 0)));
    if (m && m.value.type !== 'user' && (division || longer)) {
      i = m.to - 1;
      continue;
    }
    if (m) {
      // "Congo" in a text about DR Congo: a country's secondary name that is part of another named country's name means that one.
      if (m.value.type === 'country') {
        const key = keyOf(doc, i, m.to);
        const own = m.value.country;
        if (key !== foldName(own.name)) {
          const other = [...named].map((cc) => countries.byCode.get(cc)!).find((c) => c.code !== own.code && c.keys.names.some((n) => n !== key && ` ${n} `.includes(` ${key} `)));
          if (other) m.value = { type: 'country', country: other };
        }
      }
      const d = add(draftOf(m.value), i, m.to);
      if (d.precision === 'country') addEvidence(d.country);
      i = m.to - 1;
      continue;
    }
    const acr = t.acronym ? countries.byAcronym.get(t.text.replace(/\./g, '')) : undefined;
    if (acr) {
      addEvidence(acr.code);
      add(draftOf({ type: 'country', country: acr }), i, i + 1);
      continue;
    }
    // Demonyms and region adjectives before a geographic noun: "the Senegalese border", "West African coast".
    for (let n = Math.min(3, limit - i); n >= 1 && t.cap && (countries.firstWords.has(t.fold) || adjectiveFirst.has(t.fold)); n--) {
      const key = keyOf(doc, i, i + n);
      const country = demonymCountry(key);
      const region = gz.regionAdjectives.get(key);
      if (!country && !region) continue;
      if (country) addEvidence(country.code);
      let j = i + n;
      if (j < limit && !tokens[j].cap && !GEO_NOUNS.has(tokens[j].fold) && j + 1 < limit && GEO_NOUNS.has(tokens[j + 1].fold)) j++;
      const geo = j < limit && GEO_NOUNS.has(tokens[j].fold) && joined(tokens[j]) && !tokens[j].cap;
      const subRegion = j + 1 < limit && tokens[j].fold === 'sub' && tokens[j + 1].fold === 'region';
      if (geo || subRegion) add(country ? draftOf({ type: 'country', country }) : draftOf({ type: 'region', region: region! }), i, i + n, false);
      i += n - 1;
      break;
    }
  }
  const evidence: Evidence = {
    countries: [...evidenceCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([cc]) => cc),
    named: [...new Set([...drafts.values()].filter((d) => d.precision === 'country' && d.country).map((d) => d.country!))],
    admins: new Set(),
  };

  // People are not places ("Langley said"): titled names, names before a reporting verb…
  const blocked = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) blocked[k] = masked[k] | taken[k];
  const surnames = new Set<string>();
  for (const p of findPersonCandidates(doc, blocked, countries)) {
    // "Abu Dhabi denies": a known town of a country in the text (or a capital) speaking stands for its government.
    const key = keyOf(doc, p.from, p.to);
    if (p.cue === 'speech' && gz.towns(key).some((x) => evidence.countries.includes(x.country) || gz.capital(x.country)?.id === x.id)) continue;
    for (let k = p.from; k < p.to; k++) masked[k] = 1;
    surnames.add(tokens[p.to - 1].fold);
  }

  // The country named at token k: a country name, or a town or division already located there.
  const countryNamedAt = (k: number, limit: number): string | null => {
    const m = lexical.match(doc, k, limit);
    if (m?.value.type === 'country') return m.value.country.code;
    return [...drafts.values()].find((x) => (x.precision === 'admin' || x.precision === 'town') && x.spans.some(([st]) => st === tokens[k].start))?.country ?? null;
  };

  // 2. Gazetteer towns and unknown towns, sentence by sentence.
  const unlocatedPrecision = new Map<string, Place['precision']>();
  for (let s = 0; s < doc.sentences.length; s++) {
    const [sentFrom, sentTo] = doc.sentRange[s];
    const items: Item[] = [];
    for (let i = sentFrom; i < sentTo; i++) {
      const t = tokens[i];
      if (masked[i] || !t.cap) continue;
      if (taken[i]) {
        if (spanEnd[i]) items.push({ a: i, b: spanEnd[i] });
        continue;
      }
      if (t.initial && COMMON.has(t.fold)) continue;
      // "al-Mawasi": a lower-case article hyphenated before the name belongs to it.
      const a = i > sentFrom && t.gap === '-' && ARTICLE_PREFIXES.has(tokens[i - 1].fold) && !tokens[i - 1].cap && !masked[i - 1] && !taken[i - 1] ? i - 1 : i;
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
      items.push({ a, b });
      i = b - 1;
    }
    const lists = listsOf(doc, items);
    const listOf = new Map<Item, (typeof lists)[number]>();
    for (const l of lists) for (const it of l.items) listOf.set(it, l);
    const known = (it: Item) => taken[it.a] === 1;
    const listSaysPlace = (it: Item) => {
      const list = listOf.get(it);
      if (!list) return false;
      const n = list.items.filter(known).length;
      return !!list.placeNoun || (n >= 1 && list.introduced) || n * 2 >= list.items.length;
    };
    const gazetteerNamed = new Set<Item>();
    // Pass 1: gazetteer towns and divisions. Pass 2: names the gazetteer lacks, now that list neighbours are known.
    // The words around a name say the same in both passes: read once.
    const contexts = new Map<Item, ReturnType<typeof contextOf>>();
    const contextOfItem = (it: Item) => {
      let ctx = contexts.get(it);
      if (!ctx) {
        ctx = contextOf(doc, it.a, it.b);
        contexts.set(it, ctx);
      }
      return ctx;
    };
    for (const pass of [1, 2]) {
      for (const it of items) {
        if (known(it)) continue;
        const key = keyOf(doc, it.a, it.b);
        const t = tokens[it.a];
        const ctx = contextOfItem(it);
        // "the Sambisa Forest", "Gulf of Aden": a feature noun inside the name says it is a place.
        const words = key.split(' ');
        const featured = words.length >= 2 && (FEATURE_NOUNS.has(words[words.length - 1]) || (FEATURE_HEADS.has(words[0]) && words[1] === 'of'));
        const strong = featured || strongContext(ctx) || (pass === 2 && listSaysPlace(it));
        // A first word that is never a place alone may open a division's name ("Centre-Nord").
        if (notAPlaceWord(key, gz) && !(words.length > 1 && adminsOf(key, gz).some((x) => evidence.countries.includes(x.country)))) continue;
        // Names of peoples are places only as divisions ("Kachin State", not "Kachin civilians").
        if (ETHNIC_GROUPS.has(key) && !ctx.suffix) continue;
        // A person's surname is a place only where the words right around it say so ("in Langley").
        if (surnames.has(key) && !strongContext(ctx)) continue;
        if (pass === 1) {
          // "Gaza City", "Kuwait City": the gazetteer may name the town without "City".
          const towns = gz.towns(key).length || !key.endsWith(' city') ? gz.towns(key) : gz.towns(key.slice(0, -5));
          // A governor governs a division: "Sinaloa Governor" is the state, not a village of that name.
          const governed = ctx.office === 'governor' || ctx.office === 'governorate';
          const admins = ctx.suffix || governed || !towns.length ? adminsOf(key, gz) : [];
          if (!towns.length && !admins.length) continue;
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
          const plain = !doc.titleCase[s] && (!t.initial || capital) && (inEvidence || unambiguous || capital);
          if (!(strong || office || listSaysPlace(it) || (attackedTown && near(attackedTown)) || plain)) continue;
          const admin = admins.length ? chooseAdmin(admins, evidence) : null;
          const town = admin && (ctx.suffix || governed) ? null : chooseTown(towns, evidence, gz);
          // A name the gazetteer knows elsewhere, read as a place here: kept unlocated in pass 2 (coordinates are never guessed).
          if (!town && !admin) gazetteerNamed.add(it);
          const written = surface(doc, it.a, it.b);
          if (town) {
            evidence.admins!.add(`${town.country}.${town.admin1}`);
            add({ id: town.id, name: town.name, lat: town.lat, lon: town.lon, country: town.country, admin1: gz.admin1Name(town.country, town.admin1) ?? town.admin1, precision: 'town', gazetteerId: town.id, variant: spelledDifferently(written, town.name) }, it.a, it.b);
          } else if (admin) {
            evidence.admins!.add(`${admin.country}.${admin.code}`);
            const name = /\b(?:region|province|state|district|department|governorate|county|territory)\b/i.test(admin.name) || !ctx.suffix ? admin.name : `${admin.name} ${ctx.suffix.charAt(0).toUpperCase()}${ctx.suffix.slice(1)}`;
            const bare = admin.name.replace(/\s+(?:state|province|region|governorate|district|department|county|prefecture|oblast|division|municipality|territory)$/i, '');
            const variant = spelledDifferently(written, admin.name) && spelledDifferently(written, bare);
            add({ id: admin.id, name, lat: admin.lat, lon: admin.lon, country: admin.country, admin1: admin.name, precision: 'admin', gazetteerId: admin.id, variant }, it.a, it.b);
          }
          continue;
        }
        // Not in the gazetteer (or homonyms nothing tells apart): keep it when the context says it is a place.
        if (!(strong || gazetteerNamed.has(it)) || (doc.titleCase[s] && !ctx.suffix) || it.b - it.a > (featured ? 5 : 3) || t.acronym) continue;
        const near = nearTown(key, evidence, gz);
        if (near) {
          add({ id: near.id, name: near.name, lat: near.lat, lon: near.lon, country: near.country, admin1: gz.admin1Name(near.country, near.admin1) ?? near.admin1, precision: 'town', gazetteerId: near.id, variant: true }, it.a, it.b);
          continue;
        }
        const list = listOf.get(it);
        const townish = TOWN_NOUNS.has(list?.placeNoun ?? '') || TOWN_NOUNS.has(ctx.placeNounOf ?? '');
        const id = `unlocated:${key}`;
        if (townish || !unlocatedPrecision.has(id)) unlocatedPrecision.set(id, unlocatedPrecision.get(id) === 'town' || townish ? 'town' : 'unknown');
        // Its country, when the located towns of its list all lie in one country.
        const ccs = new Set<string | null>();
        for (const x of list?.items ?? []) {
          const d = known(x) ? [...drafts.values()].find((dd) => dd.precision === 'town' && dd.spans.some(([st]) => st === tokens[x.a].start)) : undefined;
          if (d) ccs.add(d.country);
        }
        const d = add({ id, name: surface(doc, it.a, it.b), lat: null, lon: null, country: null, admin1: null, precision: 'unknown', gazetteerId: null, variant: false }, it.a, it.b);
        if (!d.country && ccs.size === 1) d.country = [...ccs][0];
        d.country ??= countryAfterName(doc, it.b, sentTo, countryNamedAt);
      }
    }
  }
  for (const [id, p] of unlocatedPrecision) {
    const d = drafts.get(id);
    if (d) d.precision = p;
  }

  // 3. Later mentions of the same names anywhere ("with Diboli situated on the border").
  const repeat = new PhraseIndex<Draft>();
  for (const d of drafts.values()) for (const k of d.keys) repeat.add(k, d);
  for (let i = 0; i < tokens.length; i++) {
    if (masked[i] || taken[i] || !tokens[i].cap) continue;
    const m = repeat.match(doc, i, doc.sentRange[tokens[i].sent][1], (to) => !anyFlagged(masked, i, to) && !anyFlagged(taken, i, to));
    if (!m) continue;
    if (m.to < tokens.length && tokens[m.to].sent === tokens[i].sent && tokens[m.to].cap && joined(tokens[m.to])) continue;
    m.value.spans.push([tokens[i].start, tokens[m.to - 1].end]);
    for (let k = i; k < m.to; k++) taken[k] = 1;
    i = m.to - 1;
  }

  const list = [...drafts.values()].map((d) => ({ ...d, spans: [...d.spans].sort((a, b) => a[0] - b[0]) })).sort((a, b) => a.spans[0][0] - b.spans[0][0]);
  const ids = uniqueIds('l', list.map((d) => d.name));
  return list.map((d, n) => {
    // The text's spelling, preferring one not in capitals (a dateline's "GOMA").
    const written = d.forms.find((f) => f !== f.toUpperCase()) ?? d.forms[0] ?? d.name;
    return {
      id: ids[n],
      name: d.name,
      written,
      aliases: d.forms.filter((f) => f !== d.name && f !== written),
      lat: d.lat,
      lon: d.lon,
      country: d.country,
      admin1: d.admin1,
      precision: d.precision,
      gazetteerId: d.gazetteerId,
      variant: d.variant,
      mentions: d.spans.map(([start, end]) => mentionAt(doc, start, end)),
    };
  });
}

/** The places plugin: `file.data.places`. Needs the gazetteer (loaded once outside). */
export default function places(options: PlacesOptions) {
  return (_tree: Root, file: VFile) => {
    if (!options?.gazetteer) {
      file.data.places = [];
      file.message('places: no gazetteer given; places were not extracted', { source: 'sitrep-places', ruleId: 'no-gazetteer' });
      return;
    }
    file.data.places = extractPlaces(wordsOf(file), options.gazetteer);
  };
}
