// Consolidation redone only for events whose reports changed (issue 11). An event is a function
// of its reports alone (buildEvent reads only their profiles, which read only the report and its
// seed text), so a built event is cached under a key of: the consolidation code, the pipeline
// key (extraction code, schemas, data packages, user gazetteer) and the fingerprint of each of its
// reports (which holds the seed's hash, hence its text). Grouping still runs over every report;
// after it, an event whose reports are all unchanged is read back instead of built.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEvent, type EventBuilder } from '../consolidate/index.ts';
import type { Profile } from '../consolidate/profile.ts';
import { fingerprint } from './content.ts';
import { writeAtomicSync } from './files.ts';

const CONSOLIDATE = resolve(fileURLToPath(new URL('../consolidate', import.meta.url)));

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await sourceFiles(p)));
    else if (/\.(ts|json|ya?ml)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** The consolidation code's hash (every file of src/consolidate). */
async function consolidationKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const f of await sourceFiles(CONSOLIDATE)) hash.update(relative(CONSOLIDATE, f)).update('\0').update(await readFile(f)).update('\0');
  return hash.digest('hex');
}

export interface EventCache {
  /** buildEvent, or the event read back from the cache. */
  build: EventBuilder;
  /** Removes the cached events this run did not use; returns how many were built and reused. */
  finish(): { built: number; reused: number };
}

/** A cache of built events in `dir`, for reports extracted under `pipelineKey`. */
export async function eventCache(dir: string, pipelineKey: string): Promise<EventCache> {
  mkdirSync(dir, { recursive: true });
  const codeKey = createHash('sha256').update(await consolidationKey()).update('\0').update(pipelineKey).digest('hex');
  const present = new Set(readdirSync(dir));
  const used = new Set<string>();
  let built = 0;
  let reused = 0;
  return {
    build(profiles: Profile[]) {
      const hash = createHash('sha256').update(codeKey);
      for (const id of profiles.map((p) => p.report.id).sort()) {
        const p = profiles.find((q) => q.report.id === id)!;
        hash.update('\0').update(fingerprint(pipelineKey, p.report));
      }
      const name = `${hash.digest('hex')}.json`;
      used.add(name);
      if (present.has(name)) {
        try {
          const event = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ReturnType<EventBuilder>;
          reused++;
          return event;
        } catch {
          // unreadable (a killed run): build it again
        }
      }
      const event = buildEvent(profiles);
      // Through JSON, as it will be read back: the cached and the built event write the same bytes.
      const json = JSON.stringify(event);
      writeAtomicSync(join(dir, name), json);
      built++;
      return JSON.parse(json) as ReturnType<EventBuilder>;
    },
    finish() {
      for (const name of present) if (!used.has(name)) rmSync(join(dir, name), { force: true });
      return { built, reused };
    },
  };
}
