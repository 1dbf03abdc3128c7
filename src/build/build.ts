// The main path, seed folder to site content, one call:
//
//   seeds/*.txt ─► extractFolder (seed-folder.ts: list, read, check limits, places.yaml, sources.yaml;
//                  cache, worker pool; src/extract: one seed → one Report)
//               ─► consolidateEvents (consolidate-events.ts, src/consolidate: reports → events,
//                  on the worker pool when there are many)
//               ─► writeBriefings, writeEvents (content.ts, mdx.ts: briefings/<id>.mdx, events/<id>.json)
//
// `scripts/prebuild.ts`, `scripts/extract.ts`, `scripts/bench.ts` and the tests call it; Astro
// (src/pages) renders what it writes.
import type { Event } from '../schemas/event.ts';
import { consolidateEvents } from './consolidate-events.ts';
import { writeBriefings, writeEvents } from './content.ts';
import { extractFolder, type BatchResult } from './extract-folder.ts';
import { eventCache } from './event-cache.ts';

export interface BuildOptions {
  /** Folder of cached reports (`.cache/reports`): unchanged seeds are not extracted again. */
  cacheDir?: string;
  /** Worker threads for extraction and consolidation (default: one per core). */
  threads?: number;
  /** Folder of built events (`.cache/events`): events whose reports are unchanged are not consolidated again. */
  eventCacheDir?: string;
}

export interface BuildResult extends BatchResult {
  /** The events the reports consolidate into: newest first, undated last. */
  events: Event[];
  /** Files of the content folder written and removed (null when no content folder was given). */
  content: { written: number; removed: number } | null;
  /**
   * Time of consolidation, and of writing the content after it (briefings are written while events
   * are built on worker threads); events consolidated and read back from the event cache.
   */
  timing: { consolidateMs: number; writeMs: number; eventsBuilt: number; eventsReused: number };
}

/**
 * Builds the site's content from a folder of seeds: extracts every seed (from the cache where
 * it can), consolidates the reports into events, and, given a content folder, writes a briefing
 * per report and a JSON file per event there. Without a content folder it only extracts and
 * consolidates (`npm run extract`).
 */
export async function build(seedsDir: string, contentDir: string | null = null, options: BuildOptions = {}): Promise<BuildResult> {
  // The new reports go to the cache while the rest of the build runs; awaited before it returns.
  const extracted = await extractFolder(seedsDir, { ...options, deferCacheWrites: true });
  try {
    const t0 = performance.now();
    let t1 = t0;
    const cache = options.eventCacheDir ? await eventCache(options.eventCacheDir, extracted.pipelineKey) : null;
    // Grouping runs in this thread; then, while worker threads build the events, this one writes the
    // briefings, which do not depend on them, and builds events beside them once it has.
    const briefings = contentDir ? writeBriefings(contentDir, extracted.docs, extracted.pipelineKey) : null;
    const consolidation = consolidateEvents(extracted.docs, cache, { threads: options.threads, after: briefings ?? undefined });
    // Awaited together, so that a failure of either is reported, not left unhandled.
    const [{ events, built, reused }, briefingFiles] = await Promise.all([consolidation.then((c) => ((t1 = performance.now()), c)), briefings]);
    const [eventFiles] = await Promise.all([contentDir ? writeEvents(contentDir, events) : null, extracted.cacheWritten]);
    const content = briefingFiles && eventFiles ? { written: briefingFiles.written + eventFiles.written, removed: briefingFiles.removed + eventFiles.removed } : null;
    const timing = { consolidateMs: Math.round(t1 - t0), writeMs: Math.round(performance.now() - t1), eventsBuilt: built, eventsReused: reused };
    return { ...extracted, events, content, timing };
  } finally {
    // A failed build leaves no write in flight behind it.
    await extracted.cacheWritten.catch(() => undefined);
  }
}
