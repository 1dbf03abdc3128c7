// world-countries as a constant, for modules that read it as they load (consolidation's tables of
// country names and demonyms). Read through world.ts, once per process.
import { worldCountries } from './world.ts';

/** Every country of the world-countries data set. */
export const WORLD_COUNTRIES = worldCountries();
