import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  checkSourceFields,
  describeProblem,
  fieldProblems,
  lonFromLng,
  SOURCE_FIELDS,
  sourceEntrySchema,
  sourcesFileSchema,
  userPlaceSchema,
  type SourceEntry,
} from '../schemas/seed-input.ts';
import { MAX_SEED_BYTES, MAX_SEED_PARAGRAPHS } from './limits.ts';
import { paragraphRanges } from '../text/structure.ts';
import type { UserPlace } from '../geo/gazetteer.ts';

/** The seed folder: `SEEDS_DIR` (absolute or relative to the working directory) or `seeds/`. */
export function seedsDir(explicit?: string): string {
  return resolve(explicit ?? process.env.SEEDS_DIR ?? 'seeds');
}

export interface SeedProblem {
  file: string;
  reason: string;
}

/** Extensions of seed texts. */
const SEED_TEXT = /\.(txt|text|md)$/i;

/** Files that live beside the seeds on purpose and are not seeds (the README test is case-insensitive). */
function isSideFile(name: string): boolean {
  return ['places.yaml', 'places.yml', 'sources.yaml', 'sources.yml'].includes(name) || /^readme/i.test(name);
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The seed texts of a folder (regular files named `*.txt`, `*.text` or `*.md`, not dotfiles),
 * sorted in byte order so builds are deterministic, and one notice per entry skipped that a
 * user could have meant as a seed: a symbolic link, a subfolder, a file with another extension,
 * or a special file (FIFO, socket, device). Dotfiles and the known side files (`places.yaml`,
 * `places.yml`, `sources.yaml`, `sources.yml`, `README*`) are skipped without a notice.
 */
export async function listSeedFolder(dir: string): Promise<{ names: string[]; notices: SeedProblem[] }> {
  const names: string[] = [];
  const notices: SeedProblem[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    if (e.isFile()) {
      if (SEED_TEXT.test(e.name)) names.push(e.name);
      else if (!isSideFile(e.name)) notices.push({ file: e.name, reason: 'is not a seed text (.txt, .text or .md)' });
    } else if (e.isSymbolicLink()) {
      // A link named like a side file is read through (readUserPlaces follows it).
      if (!isSideFile(e.name)) notices.push({ file: e.name, reason: 'is a symbolic link; seeds must be regular files (copy the text into the folder)' });
    } else if (e.isDirectory()) {
      notices.push({ file: e.name, reason: 'is a folder; seeds are read from the top level only' });
    } else {
      notices.push({ file: e.name, reason: 'is not a regular file (a pipe, socket or device); seeds must be regular files' });
    }
  }
  names.sort(byteOrder);
  notices.sort((a, b) => byteOrder(a.file, b.file));
  return { names, notices };
}

/** File names of the seed texts in a folder, sorted (byte order, so builds are deterministic). */
export async function listSeeds(dir: string): Promise<string[]> {
  return (await listSeedFolder(dir)).names;
}

const MB = 1024 * 1024;

/** `6.2 MB`, `512 KB`, `900 bytes` (1 KB = 1024 bytes; one decimal, none when whole). */
function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  return `${unit === 'bytes' ? value : Number(value.toFixed(1))} ${unit}`;
}

/** Why a seed of `size` bytes is refused: both sizes rounded, or exact when rounding makes them look equal. */
function tooLarge(size: number): string {
  let [got, limit] = [formatBytes(size), formatBytes(MAX_SEED_BYTES)];
  if (got === limit) [got, limit] = [`${size.toLocaleString('en')} bytes`, `${MAX_SEED_BYTES.toLocaleString('en')} bytes`];
  return `is ${got}; seeds are limited to ${limit} (MAX_SEED_BYTES in src/build/limits.ts)`;
}

/** Lines with something other than white space: the most paragraphs a text can have (one per line). */
function nonBlankLines(text: string): number {
  let count = 0;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (content) count++;
      content = false;
    } else if (!content && c !== 32 && c !== 9 && (c < 128 ? c > 32 : /\S/.test(text[i]))) {
      content = true;
    }
  }
  return content ? count + 1 : count;
}

/**
 * Reads one seed as UTF-8 text; refuses, with a reason, what is not one: a file that is not
 * regular, larger than MAX_SEED_BYTES (checked before reading it), binary, undecodable, empty,
 * or with more than MAX_SEED_PARAGRAPHS paragraphs.
 */
export async function readSeedFile(dir: string, name: string): Promise<{ text: string } | { problem: SeedProblem }> {
  const path = join(dir, name);
  const refuse = (reason: string) => ({ problem: { file: name, reason } });
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return refuse(info.isDirectory() ? 'is a folder, not a text file' : 'is not a regular file (a pipe, socket or device)');
    if (info.size > MAX_SEED_BYTES) return refuse(tooLarge(info.size));
    bytes = await readFile(path);
  } catch (error) {
    return refuse(`cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  // The file may have grown since stat.
  if (bytes.length > MAX_SEED_BYTES) return refuse(tooLarge(bytes.length));
  if (bytes.includes(0)) return refuse('is not a text file (it contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('is not valid UTF-8 text');
  }
  if (!text.trim()) return refuse('is empty');
  // Paragraphs are lines, or blank-line-separated blocks in hard-wrapped texts: counting lines is
  // cheap and can only overcount, so the exact count is taken only when the lines exceed the limit.
  if (nonBlankLines(text) > MAX_SEED_PARAGRAPHS) {
    const paragraphs = paragraphRanges(text).length;
    if (paragraphs > MAX_SEED_PARAGRAPHS)
      return refuse(
        `has ${paragraphs.toLocaleString('en')} paragraphs; seeds are limited to ${MAX_SEED_PARAGRAPHS.toLocaleString('en')} (MAX_SEED_PARAGRAPHS in src/build/limits.ts)`,
      );
  }
  return { text };
}

/**
 * A YAML side file of the seed folder, `primary` or its other spelling `other` (`places.yaml`,
 * `places.yml`). When both exist, `other` is reported and not read. `data` is undefined when
 * neither exists or the file cannot be read or parsed (which is reported), null when empty.
 */
async function readSideYaml(dir: string, primary: string, other: string): Promise<{ name: string; data: unknown; problems: SeedProblem[] }> {
  const problems: SeedProblem[] = [];
  const texts = new Map<string, string>();
  for (const name of [primary, other]) {
    try {
      texts.set(name, await readFile(join(dir, name), 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') problems.push({ file: name, reason: `cannot be read: ${code ?? (error as Error).message}` });
    }
  }
  if (texts.has(primary) && texts.has(other))
    problems.push({ file: other, reason: `is ignored: both ${primary} and ${other} are present, and only ${primary} is read (merge them into it)` });
  const name = texts.has(primary) ? primary : other;
  const text = texts.get(name);
  if (text === undefined) return { name, data: undefined, problems };
  try {
    // An empty file (or one of comments only) parses to null.
    return { name, data: parseYaml(text) ?? null, problems };
  } catch (error) {
    problems.push({ file: name, reason: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return { name, data: undefined, problems };
  }
}

/** Fields whose rejection rejects the whole entry (see readUserPlaces). */
const ENTRY_FIELDS = new Set(['name', 'lat', 'lon', 'country']);

/**
 * The user's gazetteer (`places.yaml`, or `places.yml`, in the seed folder): a list of
 * `{name, lat, lon (or lng), country?, aliases?, precision?}` (or a mapping with such a
 * `places` list) that adds or corrects places; see `userPlaceSchema`.
 *
 * Each rejected value is reported as `entry N (Name): "field" must be …, got …`.
 * - A bad `name`, `lat`, `lon` or `country` rejects the whole entry: a place without a position
 *   (or at a made-up one) must stay unlocated, and a wrong country would mis-resolve homonyms.
 * - A bad alias drops that alias, and a bad `precision` reads as `town`: the entry still places
 *   its name at the right coordinates.
 * When both `places.yaml` and `places.yml` exist, `places.yml` is reported and not read.
 */
export async function readUserPlaces(dir: string): Promise<{ places: UserPlace[]; problems: SeedProblem[] }> {
  const { name, data, problems } = await readSideYaml(dir, 'places.yaml', 'places.yml');
  if (data == null) return { places: [], problems };
  const list = Array.isArray(data) ? data : (data as { places?: unknown })?.places;
  if (!Array.isArray(list)) {
    problems.push({ file: name, reason: 'must be a list of places (or a mapping with a "places" list)' });
    return { places: [], problems };
  }
  const places: UserPlace[] = [];
  list.forEach((entry: unknown, i) => {
    const input = lonFromLng(entry);
    const named = input && typeof input === 'object' ? (input as { name?: unknown }).name : undefined;
    const label = `entry ${i + 1}${typeof named === 'string' && named.trim() ? ` (${named.trim()})` : ''}`;
    // The user wrote `lng`: name it so in messages.
    const fieldName = (f: string) => (f === 'lon' && input !== entry ? 'lng' : f);
    const first = userPlaceSchema.safeParse(input);
    if (first.success) {
      places.push(first.data);
      return;
    }
    const found = fieldProblems(first.error, input);
    const rejected = found.some((p) => p.path.length === 0 || ENTRY_FIELDS.has(String(p.path[0])));
    if (rejected) {
      for (const p of found) problems.push({ file: name, reason: `${label}: ${describeProblem(p, fieldName)}` });
      return;
    }
    // Only aliases or precision failed: drop what failed and keep the entry.
    const kept = { ...(input as Record<string, unknown>) };
    const badAliases = new Set<number>();
    for (const p of found) {
      const [field, index] = p.path;
      if (field === 'aliases' && typeof index === 'number') {
        badAliases.add(index);
        problems.push({ file: name, reason: `${label}: ${describeProblem(p, fieldName)}; that alias is ignored` });
      } else {
        delete kept[String(field)];
        problems.push({ file: name, reason: `${label}: ${describeProblem(p, fieldName)}; ${field === 'precision' ? 'read as town' : 'ignored'}` });
      }
    }
    if (Array.isArray(kept.aliases)) kept.aliases = kept.aliases.filter((_, j) => !badAliases.has(j));
    const second = userPlaceSchema.safeParse(kept);
    if (second.success) places.push(second.data);
  });
  return { places, problems };
}

/** A seed's name as the user may have meant it: same name ignoring case, or same name without extension. */
function meantSeed(name: string, seeds: readonly string[]): string | undefined {
  const stem = (s: string) => s.toLowerCase().replace(/\.[^.]+$/, '');
  return seeds.find((s) => s.toLowerCase() === name.toLowerCase()) ?? seeds.find((s) => stem(s) === stem(name));
}

/**
 * Publication metadata written beside the seeds, for texts a desk did not write and would rather
 * not edit: `sources.yaml` (or `sources.yml`), a mapping from seed file name to
 * `{outlet, url, published, language}` (`source` is a synonym of `outlet`), each value checked
 * as in front matter (`sourceEntrySchema`). A seed's own front matter wins field by field (see
 * `readSeed`).
 *
 * Reported, by file name and field: a value that fails its check (left out; the entry's other
 * fields still apply), a field that is not one of these (ignored), an entry that is not a
 * mapping, and an entry naming no seed text of the folder (`seeds`: the seed file names).
 * When both `sources.yaml` and `sources.yml` exist, `sources.yml` is reported and not read.
 */
export async function readSources(dir: string, seeds: readonly string[]): Promise<{ sources: Map<string, SourceEntry>; problems: SeedProblem[] }> {
  const { name, data, problems } = await readSideYaml(dir, 'sources.yaml', 'sources.yml');
  const sources = new Map<string, SourceEntry>();
  if (data == null) return { sources, problems };
  const file = sourcesFileSchema.safeParse(data);
  if (!file.success) {
    problems.push({ file: name, reason: describeProblem(fieldProblems(file.error, data)[0]) });
    return { sources, problems };
  }
  const known = new Set(seeds);
  const fields = new Set<string>(SOURCE_FIELDS);
  for (const [seed, entry] of Object.entries(file.data)) {
    const label = `entry "${seed}"`;
    if (!known.has(seed)) {
      const meant = meantSeed(seed, seeds);
      problems.push({ file: name, reason: `${label} names no seed text in the folder${meant ? ` (did you mean "${meant}"?)` : ''}; ignored` });
      continue;
    }
    // A file listed with nothing under it gives nothing.
    if (entry == null) continue;
    if (typeof entry !== 'object' || Array.isArray(entry)) {
      const shape = sourceEntrySchema.safeParse(entry);
      if (!shape.success) problems.push({ file: name, reason: `${label}: ${describeProblem(fieldProblems(shape.error, entry)[0])}; ignored` });
      continue;
    }
    const values = entry as Record<string, unknown>;
    for (const key of Object.keys(values).filter((k) => !fields.has(k)))
      problems.push({ file: name, reason: `${label}: "${key}" is not a field of ${name} (outlet, url, published, language); ignored` });
    const { fields: checked, rejected } = checkSourceFields(values);
    for (const p of rejected) problems.push({ file: name, reason: `${label}: ${describeProblem(p)}; ignored` });
    if (Object.keys(checked).length) sources.set(seed, checked);
  }
  return { sources, problems };
}
