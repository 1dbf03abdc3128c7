import type { UserPlace } from './types.ts';

/** Place look-up tables built once per run and handed to the places plugin (plugins do no I/O). */
export interface Gazetteer {
  userPlaces: UserPlace[];
}

// Placeholder until the places extractor lands.
export async function loadGazetteer(userPlaces: UserPlace[] = []): Promise<Gazetteer> {
  return { userPlaces };
}
