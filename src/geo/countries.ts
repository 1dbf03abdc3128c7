import { worldCountries } from './world.ts';
import { foldName } from '../text/fold.ts';

/** One country, compacted from world-countries. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Common English name ("Ivory Coast"). */
  name: string;
  /** Names and spellings it goes by ("Côte d'Ivoire", "Republic of Mali"…). */
  names: string[];
  /** Upper-case short forms written as acronyms ("US", "DRC"). */
  acronyms: string[];
  /** English demonym ("Malian"). */
  demonym: string;
  lat: number;
  lon: number;
  capitals: string[];
  /** Alpha-2 codes of bordering countries. */
  borders: string[];
  /** Names of its languages ("French"): never places when written alone. */
  languages: string[];
  /** A sovereign state (preferred when territories share a demonym: "French" → France). */
  independent: boolean;
  /** Folded names, demonyms (with plurals) and languages, computed once with the compact record. */
  keys: { names: string[]; demonyms: string[]; languages: string[] };
}

export interface CountryTable {
  list: Country[];
  byCode: Map<string, Country>;
  /** Folded name → country. */
  byName: Map<string, Country>;
  /** Folded demonym (and plural) → country (the sovereign state first). */
  byDemonym: Map<string, Country>;
  /** Folded demonym → every country that uses it ("congolese" → DR Congo, Republic of the Congo). */
  demonymAll: Map<string, Country[]>;
  /** Acronym as written, dots removed ("US") → country. */
  byAcronym: Map<string, Country>;
  /** Folded language names. */
  languages: Set<string>;
  /** Longest name in words. */
  maxWords: number;
  /** First words of every name and demonym (a quick test before longer look-ups). */
  firstWords: Set<string>;
}

// Usual English names that world-countries lacks.
const EXTRA_NAMES: Record<string, string[]> = {
  GB: ['Britain', 'Great Britain'],
  MM: ['Burma'],
  NL: ['Holland'],
  TR: ['Turkey', 'Türkiye'],
  CD: ['Democratic Republic of the Congo', 'Congo-Kinshasa', 'DR Congo'],
  CG: ['Republic of Congo', 'Congo-Brazzaville'],
  SZ: ['Swaziland', 'Eswatini'],
  CV: ['Cape Verde', 'Cabo Verde'],
  CZ: ['Czech Republic', 'Czechia'],
  MK: ['Macedonia', 'North Macedonia'],
  US: ['United States', 'United States of America', 'America'],
  PS: ['Palestinian Territories'],
  VA: ['Vatican', 'Holy See'],
};
// Usual English adjectives that world-countries lacks (the first one names the country's bodies: "Philippine Armed Forces").
const EXTRA_DEMONYMS: Record<string, string[]> = {
  PH: ['Philippine'],
  SA: ['Saudi'],
  EC: ['Ecuadorian'],
  MM: ['Myanmar'],
  BF: ['Burkinabè', 'Burkinabé'],
  AZ: ['Azeri'],
  AR: ['Argentinian'],
  CV: ['Cape Verdean'],
  GW: ['Bissau-Guinean'],
  LA: ['Lao'],
  TL: ['Timorese'],
};
// Short forms that are read as countries only when written in capitals.
const ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'PRC', 'ROK', 'CAR']);
const EXTRA_ACRONYMS: Record<string, string[]> = { CN: ['PRC'], KR: ['ROK'], CF: ['CAR'] };

export interface RawCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  latlng?: number[];
  capital?: string[];
  borders?: string[];
  cca3: string;
  languages?: Record<string, string>;
  independent?: boolean;
}

/** Compacts world-countries records into the fields entity recognition needs. */
export function compactCountries(raw: RawCountry[]): Country[] {
  const byCca3 = new Map(raw.map((c) => [c.cca3, c.cca2]));
  return raw.map((c) => {
    const alts = (c.altSpellings ?? []).filter((a) => a.length > 3 && /^[\p{Script=Latin}\s'’.,()-]+$/u.test(a) && !/,/.test(a));
    const names = [...new Set([c.name.common, c.name.official, ...alts, ...(EXTRA_NAMES[c.cca2] ?? [])])];
    const acronyms = [...new Set([...(c.altSpellings ?? []).filter((a) => ACRONYMS.has(a)), ...(EXTRA_ACRONYMS[c.cca2] ?? [])])];
    return {
      code: c.cca2,
      name: c.name.common,
      names,
      acronyms,
      demonym: c.demonyms?.eng?.m ?? c.name.common,
      lat: c.latlng?.[0] ?? 0,
      lon: c.latlng?.[1] ?? 0,
      capitals: c.capital ?? [],
      borders: (c.borders ?? []).map((b) => byCca3.get(b)).filter((b): b is string => !!b),
      languages: Object.values(c.languages ?? {}),
      independent: c.independent !== false,
      keys: {
        names: names.map(foldName),
        demonyms: plural(c.demonyms?.eng?.m ?? c.name.common).map(foldName),
        languages: Object.values(c.languages ?? {}).map(foldName),
      },
    };
  });
}

function plural(d: string): string[] {
  if (/(?:ese|ish|ch|sh|i|ss)$/i.test(d)) return [d];
  return [d, d + 's'];
}

/** Look-up maps over a country list. First country wins on shared names ("Congolese"). */
export function buildCountryTable(list: Country[]): CountryTable {
  const byCode = new Map<string, Country>();
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  const demonymAll = new Map<string, Country[]>();
  const byAcronym = new Map<string, Country>();
  const languages = new Set<string>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  // Sovereign states first, so that a demonym or name shared with a territory means the state.
  const ordered = [...list.filter((c) => c.independent), ...list.filter((c) => !c.independent)];
  for (const c of ordered) {
    byCode.set(c.code, c);
    const extra = EXTRA_DEMONYMS[c.code];
    if (extra && !c.keys.demonyms.includes(foldName(extra[0]))) {
      c.demonym = extra[0];
      c.keys.demonyms.push(...extra.map(foldName));
    }
    for (const k of c.keys.names) {
      if (k && !byName.has(k)) byName.set(k, c);
      firstWords.add(k.split(' ')[0]);
      maxWords = Math.max(maxWords, k.split(' ').length);
    }
    for (const k of c.keys.demonyms) {
      if (!k) continue;
      if (!byDemonym.has(k)) byDemonym.set(k, c);
      const all = demonymAll.get(k);
      if (all) all.push(c);
      else demonymAll.set(k, [c]);
      firstWords.add(k.split(' ')[0]);
    }
    for (const a of c.acronyms) if (!byAcronym.has(a)) byAcronym.set(a, c);
    for (const l of c.keys.languages) languages.add(l);
  }
  return { list, byCode, byName, byDemonym, demonymAll, byAcronym, languages, maxWords, firstWords };
}

let memo: CountryTable | undefined;

/** Makes `table` the one `countryTable()` returns (the gazetteer, once loaded, provides its own). */
export function provideCountryTable(table: CountryTable): void {
  memo = table;
}

/**
 * The country table: the loaded gazetteer's, else one read from the installed world-countries
 * package (once per process). Plugins given a gazetteer use its table directly.
 */
export function countryTable(): CountryTable {
  if (!memo) {
    const raw = worldCountries() as unknown as RawCountry[];
    memo = buildCountryTable(compactCountries(raw));
  }
  return memo;
}
