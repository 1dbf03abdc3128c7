import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { UserPlace } from './types.ts';

/** The seed folder: `SEEDS_DIR` (absolute or relative to the working directory) or `seeds/`. */
export function seedsDir(explicit?: string): string {
  return resolve(explicit ?? process.env.SEEDS_DIR ?? 'seeds');
}

/** File names of the seed texts in a folder, sorted (byte order, so builds are deterministic). */
export async function listSeeds(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(txt|text|md)$/i.test(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface SeedProblem {
  file: string;
  reason: string;
}

/** Reads one seed as UTF-8 text; refuses binary or undecodable files with a reason. */
export async function readSeedFile(dir: string, name: string): Promise<{ text: string } | { problem: SeedProblem }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, name));
  } catch (error) {
    return { problem: { file: name, reason: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` } };
  }
  if (bytes.includes(0)) return { problem: { file: name, reason: 'is not a text file (it contains NUL bytes)' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: { file: name, reason: 'is not valid UTF-8 text' } };
  }
  if (!text.trim()) return { problem: { file: name, reason: 'is empty' } };
  return { text };
}

const GAZETTEER_FILES = ['places.yaml', 'places.yml'];

/**
 * The user's gazetteer (`places.yaml` in the seed folder): a list of
 * `{name, lat, lon, country?, aliases?, precision?}` that adds or corrects places.
 */
export async function readUserPlaces(dir: string): Promise<{ places: UserPlace[]; problems: SeedProblem[] }> {
  const problems: SeedProblem[] = [];
  for (const name of GAZETTEER_FILES) {
    let text: string;
    try {
      text = await readFile(join(dir, name), 'utf8');
    } catch {
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch (error) {
      problems.push({ file: name, reason: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      return { places: [], problems };
    }
    const list = Array.isArray(data) ? data : (data as { places?: unknown })?.places;
    if (!Array.isArray(list)) {
      problems.push({ file: name, reason: 'must be a list of places (or a mapping with a "places" list)' });
      return { places: [], problems };
    }
    const places: UserPlace[] = [];
    list.forEach((entry, i) => {
      const e = entry as Record<string, unknown>;
      const lat = Number(e?.lat);
      const lon = Number(e?.lon ?? e?.lng);
      if (typeof e?.name !== 'string' || !e.name.trim()) problems.push({ file: name, reason: `entry ${i + 1} has no "name"` });
      else if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
        problems.push({ file: name, reason: `entry ${i + 1} (${e.name}) needs numeric "lat" (-90..90) and "lon" (-180..180)` });
      else
        places.push({
          name: e.name.trim(),
          lat,
          lon,
          country: typeof e.country === 'string' ? e.country.trim().toUpperCase() : null,
          aliases: Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [],
          precision: ['country', 'region', 'admin', 'town'].includes(e.precision as string) ? (e.precision as UserPlace['precision']) : 'town',
        });
    });
    return { places, problems };
  }
  return { places: [], problems };
}
