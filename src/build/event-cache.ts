// Consolidation redone only for events whose reports changed (issue 11). An event is a function
// of its reports alone (buildEvent reads only their profiles, which read only the report and its
// seed text), so a built event is cached under a key of: the consolidation code, the pipeline
// key (extraction code, schemas, data packages, user gazetteer) and the fingerprint of each of its
// reports (which holds the seed's hash, hence its text). Grouping still runs over every report;
// after it, an event whose reports are all unchanged is read back instead of built. Grouping reads
// each report's profile; the costly part of a profile (its reading of the text) is kept too.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { buildEvent } from '../consolidate/index.ts';
import { readingOf, type Profile, type ProfileReading } from '../consolidate/profile.ts';
import type { Report } from '../schemas/report.ts';
import { fingerprint } from './content.ts';
import { writeAtomicSync } from './files.ts';
import { sourceFiles } from './source-files.ts';

const CONSOLIDATE = resolve(fileURLToPath(new URL('../consolidate', import.meta.url)));

/** The consolidation code's hash (every file of src/consolidate). */
async function consolidationKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const f of sourceFiles(CONSOLIDATE)) hash.update(relative(CONSOLIDATE, f)).update('\0').update(await readFile(f)).update('\0');
  return hash.digest('hex');
}

/** A built event as written to the cache: the JSON of `buildEvent`'s result. */
export type BuiltEvent = ReturnType<typeof buildEvent>;

export interface EventCache {
  /** The cache entry of the event these reports make (its file name), whether or not it is there. */
  entry(reports: readonly Report[]): string;
  /** The event cached under `entry`, or null. */
  read(entry: string): BuiltEvent | null;
  /** Caches an event's JSON under `entry`. */
  write(entry: string, json: string): void;
  /** The reading kept for this report (see `ProfileReading`), if an earlier run kept one. */
  reading(report: Report): ProfileReading | undefined;
  /** Keeps the readings of these profiles (those of this run's reports) for the next run. */
  keepReadings(profiles: readonly Profile[]): void;
  /** Removes the cached events this run did not ask for. */
  finish(): void;
}

/** A cache of built events in `dir`, for reports extracted under `pipelineKey`. */
export async function eventCache(dir: string, pipelineKey: string): Promise<EventCache> {
  mkdirSync(dir, { recursive: true });
  const codeKey = createHash('sha256').update(await consolidationKey()).update('\0').update(pipelineKey).digest('hex');
  const present = new Set(readdirSync(dir));
  const used = new Set<string>();
  // Readings of every report, in one file (one read and parse, not one per report), keyed by the
  // report's fingerprint, under the same code key as the events.
  const readingsFile = `readings-${codeKey.slice(0, 16)}.json`;
  used.add(readingsFile);
  let readings = new Map<string, ProfileReading>();
  if (present.has(readingsFile)) {
    try {
      readings = new Map(Object.entries(JSON.parse(readFileSync(join(dir, readingsFile), 'utf8')) as Record<string, ProfileReading>));
    } catch {
      readings = new Map(); // unreadable (a killed run): read the texts again
    }
  }
  return {
    reading(report) {
      return readings.get(fingerprint(pipelineKey, report));
    },
    keepReadings(profiles) {
      const kept: Record<string, ProfileReading> = {};
      let unchanged = profiles.length === readings.size;
      for (const p of profiles) {
        const key = fingerprint(pipelineKey, p.report);
        kept[key] = readings.get(key) ?? readingOf(p);
        if (!readings.has(key)) unchanged = false;
      }
      if (!unchanged) writeAtomicSync(join(dir, readingsFile), JSON.stringify(kept));
    },
    entry(reports) {
      const hash = createHash('sha256').update(codeKey);
      for (const report of [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) hash.update('\0').update(fingerprint(pipelineKey, report));
      const name = `${hash.digest('hex')}.json`;
      used.add(name);
      return name;
    },
    read(name) {
      if (!present.has(name)) return null;
      try {
        return JSON.parse(readFileSync(join(dir, name), 'utf8')) as BuiltEvent;
      } catch {
        return null; // unreadable (a killed run): built again
      }
    },
    write(name, json) {
      writeAtomicSync(join(dir, name), json);
    },
    finish() {
      for (const name of present) if (!used.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
