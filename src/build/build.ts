// The main path, seed folder to site content, one call:
//
//   seeds/*.txt ─► extractFolder (seed-folder.ts: list, read, check limits, places.yaml, sources.yaml;
//                  cache, worker pool; src/extract: one seed → one Report)
//               ─► consolidateDocs (src/consolidate: reports → events)
//               ─► writeContent (content.ts, mdx.ts: briefings/<id>.mdx, events/<id>.json)
//
// `scripts/prebuild.ts`, `scripts/extract.ts`, `scripts/bench.ts` and the tests call it; Astro
// (src/pages) renders what it writes.
import type { Event } from '../schemas/event.ts';
import { consolidateDocs } from '../consolidate/index.ts';
import { writeContent } from './content.ts';
import { extractFolder, type BatchResult } from './extract-folder.ts';

export interface BuildOptions {
  /** Folder of cached reports (`.cache/reports`): unchanged seeds are not extracted again. */
  cacheDir?: string;
  /** Worker threads for extraction (default: one per core). */
  threads?: number;
}

export interface BuildResult extends BatchResult {
  /** The events the reports consolidate into: newest first, undated last. */
  events: Event[];
  /** Files of the content folder written and removed (null when no content folder was given). */
  content: { written: number; removed: number } | null;
}

/**
 * Builds the site's content from a folder of seeds: extracts every seed (from the cache where
 * it can), consolidates the reports into events, and, given a content folder, writes a briefing
 * per report and a JSON file per event there. Without a content folder it only extracts and
 * consolidates (`npm run extract`).
 */
export async function build(seedsDir: string, contentDir: string | null = null, options: BuildOptions = {}): Promise<BuildResult> {
  const extracted = await extractFolder(seedsDir, options);
  const events = consolidateDocs(extracted.docs);
  const content = contentDir ? await writeContent(contentDir, extracted.docs, events, extracted.pipelineKey) : null;
  return { ...extracted, events, content };
}
