// Each event's part of the data exports (its piece of data/events.json, its rows of events.csv,
// what places.geojson needs of it), kept on disk under the digest of its file: a build in which
// one event changed makes that event's parts and reads the others' back, instead of parsing,
// validating and printing every event for each of the three exports (about 4 s of CPU for 500
// events). Parts are kept per version of the code that makes them (every file of
// src/consolidate, src/schemas and src/integrations, and the lock file), so changed code never
// meets parts made by the old one.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { eventSchema, type Event } from '../schemas/event.ts';
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
const KINDS: readonly ExportKind[] = ['json', 'csv', 'places'];

const CSV_HEADER_LENGTH = CSV_COLUMNS.join(',').length + 2;

/** The parts of one event (as the prebuild wrote it; keys are put in the schema's order here). */
export function exportPartsOf(written: Event): ExportParts {
  const event = eventSchema.parse(written);
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
    this.dir = join(root, codeKey);
    mkdirSync(this.dir, { recursive: true });
  }

  private path(file: EventFile, kind: ExportKind) {
    return join(this.dir, `${createHash('sha256').update(file.digest).digest('hex').slice(0, 40)}.${kind}`);
  }

  /** One kind of part of an event: read back, or made (all three) and kept. */
  part(file: EventFile, kind: ExportKind): string {
    try {
      return readFileSync(this.path(file, kind), 'utf8');
    } catch {
      const parts = exportPartsOf(this.read(file));
      for (const k of KINDS) {
        const target = this.path(file, k);
        const temporary = `${target}.${process.pid}.tmp`;
        writeFileSync(temporary, parts[k]);
        renameSync(temporary, target);
      }
      return parts[kind];
    }
  }

  /** Removes the parts of events not in `files`, and the folders of other code versions. */
  prune(root: string, files: readonly EventFile[]): void {
    const keep = new Set(files.flatMap((f) => KINDS.map((k) => this.path(f, k))));
    for (const name of readdirSync(this.dir)) if (!keep.has(join(this.dir, name))) rmSync(join(this.dir, name), { force: true });
    for (const name of readdirSync(root)) if (join(root, name) !== this.dir) rmSync(join(root, name), { recursive: true, force: true });
  }
}
