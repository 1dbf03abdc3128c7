// Each event's part of the data exports (its piece of data/events.json, its rows of events.csv,
// what places.geojson needs of it), kept on disk under the digest of its file: a build in which
// one event changed makes that event's parts and reads the others' back, instead of parsing,
// validating and printing every event for each of the three exports (about 4 s of CPU for 500
// events). Parts are kept per version of the code that makes them (every file of
// src/consolidate, src/schemas and src/integrations, and the lock file), so changed code never
// meets parts made by the old one.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { eventSchema, type Event } from '../schemas/event.ts';
import { readEventFile } from './content-files.ts';
import { CSV_COLUMNS, eventsCsv } from '../consolidate/export.ts';
import { sourceFiles } from '../build/source-files.ts';

/** One event's part of each export. */
export interface ExportParts {
  /** Its entry in data/events.json's list: the event as its schema orders it, indented as there. */
  json: string;
  /** Its rows of events.csv, without the header. */
  csv: string;
  /** What places.geojson reads of it (id, title, places), as JSON. */
  places: string;
}
export type ExportKind = keyof ExportParts;

const CSV_HEADER_LENGTH = CSV_COLUMNS.join(',').length + 2;

/** The parts of one event (as the prebuild wrote it; keys are put in the schema's order here). */
export function exportPartsOf(written: Event): ExportParts {
  return exportPartsOfValid(eventSchema.parse(written));
}

/** The parts of an event as its schema's parse returns it (keys in the schema's order). */
export function exportPartsOfValid(event: Event): ExportParts {
  return {
    json: JSON.stringify(event, null, 2).replace(/^/gm, '    '),
    csv: eventsCsv([event]).slice(CSV_HEADER_LENGTH),
    places: JSON.stringify({ id: event.id, title: event.title, places: event.places }),
  };
}

const CODE_FOLDERS = ['consolidate', 'schemas', 'integrations'];

/**
 * A digest of the code the parts are a function of, read from the project's `src` folder (the
 * route runs from Astro's bundle, which does not say where the sources are).
 */
export function exportCodeKey(src: string): string {
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) for (const f of sourceFiles(join(src, folder))) hash.update(relative(src, f)).update('\0').update(readFileSync(f));
  try {
    hash.update(readFileSync(resolve(src, '..', 'package-lock.json')));
  } catch {
    hash.update('no-lock');
  }
  return hash.digest('hex').slice(0, 32);
}

/** Event files with their content digests, as the events collection knows them. */
export interface EventFile {
  filePath: string;
  digest: string;
}

/** The parts' folder in Astro's cache folder. */
export const EXPORT_PARTS_FOLDER = 'sitrep-export-parts';

/** The folder of the parts made by the code whose key is `codeKey`. */
export const exportPartsDir = (root: string, codeKey: string) => join(root, codeKey);

/**
 * All three parts of an event are kept in one file, `<hash of its digest>.parts`: making files is
 * most of what keeping parts costs (three per event held up the content sync of 2,000 seeds by
 * about a second, most of it the kernel allocating inodes). The file is a header line, then the
 * parts in PART_ORDER: places first, the part a briefing page reads.
 *   sitrep-export-parts 1 <bytes of places> <bytes of csv> <bytes of json>\n<places><csv><json>
 */
const PART_ORDER: readonly ExportKind[] = ['places', 'csv', 'json'];
const PARTS_HEADER = 'sitrep-export-parts 1';

const partsPath = (dir: string, digest: string) => join(dir, `${createHash('sha256').update(digest).digest('hex').slice(0, 40)}.parts`);

type Layout = Record<ExportKind, { offset: number; length: number }>;

/** Where each part lies in a kept file of `size` bytes that begins with `head`; null when the file is not one whole (cut short, or of another format). */
function layoutOf(head: Buffer, size: number): Layout | null {
  const end = head.indexOf(10);
  if (end < 0) return null;
  const [magic, version, ...lengths] = head.subarray(0, end).toString('latin1').split(' ');
  const sizes = lengths.map(Number);
  if (`${magic} ${version}` !== PARTS_HEADER || sizes.length !== PART_ORDER.length || !sizes.every(Number.isSafeInteger)) return null;
  if (end + 1 + sizes.reduce((a, b) => a + b, 0) !== size) return null;
  const layout = {} as Layout;
  let offset = end + 1;
  for (const [i, kind] of PART_ORDER.entries()) {
    layout[kind] = { offset, length: sizes[i] };
    offset += sizes[i];
  }
  return layout;
}

/** Longest header line: the magic and three lengths. */
const HEAD_BYTES = 128;

/** The parts of a kept file's bytes, or null when they are not one whole. */
export function decodeParts(file: Buffer): Record<ExportKind, Buffer> | null {
  const layout = layoutOf(file.subarray(0, HEAD_BYTES), file.length);
  if (!layout) return null;
  const parts = {} as Record<ExportKind, Buffer>;
  for (const kind of PART_ORDER) parts[kind] = file.subarray(layout[kind].offset, layout[kind].offset + layout[kind].length);
  return parts;
}

/**
 * One part of the kept file at `path`, reading only its bytes (a briefing page needs an event's
 * places, a small fraction of the file); null when the file is not one whole. Throws when it is absent.
 */
function readPart(path: string, kind: ExportKind): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const layout = layoutOf(head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0)), fstatSync(fd).size);
    if (!layout) return null;
    const { offset, length } = layout[kind];
    const part = Buffer.alloc(length);
    for (let done = 0; done < length; ) {
      const n = readSync(fd, part, done, length - done, offset + done);
      if (n === 0) return null;
      done += n;
    }
    return part;
  } finally {
    closeSync(fd);
  }
}

/** Writes the parts of the event file with content digest `digest` (whole or not at all), each encoded once. */
function writeParts(dir: string, digest: string, parts: ExportParts): Record<ExportKind, Buffer> {
  const bytes = { json: Buffer.from(parts.json), csv: Buffer.from(parts.csv), places: Buffer.from(parts.places) };
  const header = Buffer.from(`${PARTS_HEADER} ${PART_ORDER.map((k) => bytes[k].length).join(' ')}\n`, 'latin1');
  const target = partsPath(dir, digest);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([header, ...PART_ORDER.map((k) => bytes[k])]));
  renameSync(temporary, target);
  return bytes;
}

/**
 * Keeps the parts of an event the events loader has just validated (`event` as the schema's parse
 * returns it, from the file whose content digest is `digest`), unless they are kept already: the
 * data exports then read them back instead of reading, parsing and validating the file again.
 */
export function keepExportParts(dir: string, digest: string, event: Event): void {
  if (existsSync(partsPath(dir, digest))) return;
  mkdirSync(dir, { recursive: true });
  writeParts(dir, digest, exportPartsOfValid(event));
}

/**
 * The parts kept in `dir` (one folder per code version). `read(file)` parses the event file only
 * when its parts are not kept yet.
 */
export class ExportPartsCache {
  readonly dir: string;
  constructor(
    root: string,
    private readonly read: (file: EventFile) => Event,
    codeKey: string,
  ) {
    this.dir = exportPartsDir(root, codeKey);
    mkdirSync(this.dir, { recursive: true });
  }

  /** One kind of part of an event, as text. */
  part(file: EventFile, kind: ExportKind): string {
    return this.bytes(file, kind).toString('utf8');
  }

  /** One kind of part of an event, as UTF-8: read back, or made (all three) and kept. */
  bytes(file: EventFile, kind: ExportKind): Buffer {
    let kept: Buffer | null = null;
    try {
      kept = readPart(partsPath(this.dir, file.digest), kind);
    } catch {
      // not kept yet
    }
    return kept ?? writeParts(this.dir, file.digest, exportPartsOf(this.read(file)))[kind];
  }

  /** Removes the parts of events not in `files`, and the folders of other code versions. */
  prune(root: string, files: readonly EventFile[]): void {
    const keep = new Set(files.map((f) => partsPath(this.dir, f.digest)));
    for (const name of readdirSync(this.dir)) if (!keep.has(join(this.dir, name))) rmSync(join(this.dir, name), { force: true });
    for (const name of readdirSync(root)) if (join(root, name) !== this.dir) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** The site's parts, beside Astro's own cache (astro.config.mjs: cacheDir; Astro builds from the project root). */
export const SITE_PARTS_ROOT = join(process.env.ASTRO_CACHE_DIR || './node_modules/.astro', EXPORT_PARTS_FOLDER);
let site: ExportPartsCache | null = null;

/** The parts cache the pages read (the data exports; a briefing its events' places), made from the event files when missing. */
export const siteExportParts = (): ExportPartsCache =>
  (site ??= new ExportPartsCache(SITE_PARTS_ROOT, (file) => readEventFile(file.filePath), exportCodeKey(resolve('src'))));

// The last events' places read: the briefings of one event usually render one after another.
const recentPlaces = new Map<string, Pick<Event, 'id' | 'title' | 'places'>>();

/** An event's places (with its id and title) from its export parts, as the schema reads them (it transforms nothing). */
export function eventPlacesOf(file: EventFile): Pick<Event, 'id' | 'title' | 'places'> {
  const key = `${file.digest} ${file.filePath}`;
  let known = recentPlaces.get(key);
  if (!known) {
    known = JSON.parse(siteExportParts().part(file, 'places')) as Pick<Event, 'id' | 'title' | 'places'>;
    recentPlaces.set(key, known);
    if (recentPlaces.size > 16) recentPlaces.delete(recentPlaces.keys().next().value!);
  }
  return known;
}
