import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../schemas/report.ts';
import type { SourceEntry } from '../schemas/seed-input.ts';
import { assignIds } from './ids.ts';
import { writeInBackground } from './background-writes.ts';
import { createExtractor, PIPELINE_VERSION } from '../extract/processor.ts';
import type { SeedDoc } from '../extract/types.ts';
import { extractInPool, startExtractPool, type ExtractJob, type Outcome } from './pool.ts';
import { mapLimit } from './concurrent.ts';
import { sourceFiles } from './source-files.ts';
import type { UserPlace } from '../geo/gazetteer.ts';
import { availableParallelism } from 'node:os';
import { listSeedFolder, readSeedFile, readSources, readUserPlaces, type SeedProblem } from './seed-folder.ts';

/** Below this many seeds to extract, starting workers costs more than it saves. */
const POOL_THRESHOLD = 48;

async function extractHere(jobs: ExtractJob[], places: UserPlace[]): Promise<Outcome[]> {
  if (!jobs.length) return [];
  const extractor = await createExtractor({ userPlaces: places });
  return jobs.map((job) => {
    try {
      return { report: extractor.extract(job.name, job.text, job.sources) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
}

const SRC = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface BatchResult {
  /** One report per readable seed with its seed text, in file-name order. */
  docs: SeedDoc[];
  /** The reports of `docs`, in the same order. */
  reports: Report[];
  /** Seeds (or the side files `places.yaml`, `sources.yaml`) that could not be used, or only in part, with the reason. */
  problems: SeedProblem[];
  /** Entries of the folder not read as seeds (links, subfolders, other files), with the reason. */
  notices: SeedProblem[];
  /** Files whose report came unchanged from the cache. */
  unchanged: Set<string>;
  /** What extraction output depends on besides the seeds (code, schemas, data, user gazetteer). */
  pipelineKey: string;
  stats: { seeds: number; extracted: number; cached: number; skipped: number; ms: number };
  /** Resolves once the new reports are in the cache (at once unless `deferCacheWrites`); rejects when one cannot be written. */
  cacheWritten: Promise<void>;
}

export interface ExtractFolderOptions {
  /** Folder of cached reports: unchanged seeds are not extracted again. */
  cacheDir?: string;
  /** Worker processes (default: one per core). */
  threads?: number;
  /**
   * Return before the new reports are written to the cache; `cacheWritten` says when they are.
   * The build's main path uses it: the next build is the first to read them, and the thousands of
   * small files of a cold build (0.3-1.2 s at 2,000 seeds) are then written while it groups the reports.
   */
  deferCacheWrites?: boolean;
}

/**
 * The code that reports and briefings are a function of, by folder of `src/`: the text model,
 * the gazetteer, extraction, the shared schemas, and the build's reading of seeds and writing
 * of briefings (all of `src/build/` but the site's publishing).
 */
const PIPELINE_SOURCES = ['text', 'geo', 'extract', 'schemas', 'build'];
const NOT_PIPELINE = new Set(['build/publish-site.ts']);

/** What extraction output depends on besides the seed: the pipeline's code, schemas and the user gazetteer. */
async function pipelineKey(userPlacesJson: string): Promise<string> {
  const hash = createHash('sha256').update(PIPELINE_VERSION).update(userPlacesJson);
  // Data packages (gazetteer, countries) change results too: their versions are in the lock file.
  try {
    hash.update(await readFile(resolve(SRC, '..', 'package-lock.json')));
  } catch {
    hash.update('no-lock');
  }
  for (const dir of PIPELINE_SOURCES) {
    for (const f of sourceFiles(join(SRC, dir))) {
      if (NOT_PIPELINE.has(relative(SRC, f))) continue;
      hash.update(relative(SRC, f)).update(await readFile(f));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

type Slot = ExtractJob & { entry: string | null; report?: Report };

/** Reads every seed in file-name order (several at a time) and takes what the cache has; a seed that cannot be read is a problem and a null slot. */
async function readSlots(dir: string, names: string[], sources: Map<string, SourceEntry>, cache: string | null, problems: SeedProblem[]): Promise<{ slots: (Slot | null)[]; cached: number }> {
  const slots: (Slot | null)[] = [];
  let cached = 0;
  const reads = await mapLimit(names, 16, async (name) => {
    const read = await readSeedFile(dir, name);
    if ('problem' in read) return { name, read };
    // The report depends on the seed's sources.yaml entry too (publication date, outlet…).
    const meta = sources.get(name);
    const entry = cache ? join(cache, createHash('sha256').update(name).update('\0').update(read.text).update('\0').update(JSON.stringify(meta ?? null)).digest('hex') + '.json') : null;
    let report: Report | undefined;
    if (entry) {
      try {
        // Our own output under the same pipeline key: no need to validate it again.
        report = JSON.parse(await readFile(entry, 'utf8')) as Report;
      } catch {
        report = undefined;
      }
    }
    return { name, read, meta, entry, report };
  });
  for (const r of reads) {
    if ('problem' in r.read) {
      problems.push(r.read.problem);
      slots.push(null);
      continue;
    }
    if (r.report) cached++;
    slots.push({ name: r.name, text: r.read.text, sources: r.meta, entry: r.entry ?? null, report: r.report });
  }
  return { slots, cached };
}

/**
 * Extracts every seed of a folder. With a cache folder, a seed whose bytes and whose
 * pipeline are unchanged reuses its last report, so a new text costs one extraction.
 * A seed that cannot be read or extracted is reported by name with the reason and skipped;
 * the others are unaffected.
 */
export async function extractFolder(dir: string, options: ExtractFolderOptions = {}): Promise<BatchResult> {
  const t0 = performance.now();
  const { names, notices } = await listSeedFolder(dir);
  const { places, problems } = await readUserPlaces(dir);
  const { sources, problems: sourceProblems } = await readSources(dir, names);
  problems.push(...sourceProblems);
  const key = await pipelineKey(JSON.stringify(places));
  const cache = options.cacheDir ? join(options.cacheDir, key) : null;
  if (options.cacheDir) {
    await mkdir(cache!, { recursive: true });
    // Entries of older pipelines can never be used again.
    for (const old of await readdir(options.cacheDir)) if (old !== key) await rm(join(options.cacheDir, old), { recursive: true, force: true });
  }
  // Workers take about half a second to load the pipeline: when the cache cannot hold reports for
  // all but a few seeds, they start now and load while this thread reads the seeds.
  const threads = options.threads ?? availableParallelism();
  const cachedAtMost = cache ? (await readdir(cache)).length : 0;
  let pool = threads > 1 && names.length - cachedAtMost >= POOL_THRESHOLD ? startExtractPool(places, threads) : null;
  let slots: (Slot | null)[];
  let cached: number;
  let todo: Slot[];
  let outcomes: Outcome[];
  try {
    // First pass: read every seed and take what the cache has; collect the rest.
    ({ slots, cached } = await readSlots(dir, names, sources, cache, problems));
    // Second pass: extract what changed, on all cores when there is enough of it.
    todo = slots.filter((s): s is Slot => !!s && !s.report);
    // Once started, the pool serves however few seeds changed.
    if (todo.length && (pool || (todo.length >= POOL_THRESHOLD && threads > 1))) {
      pool ??= startExtractPool(places, threads);
      outcomes = await extractInPool(pool, todo);
    } else {
      outcomes = await extractHere(todo, places);
    }
  } finally {
    await pool?.close();
  }
  let extracted = 0;
  const toCache: { entry: string; outcome: { report: Report; json?: string } }[] = [];
  for (const [i, slot] of todo.entries()) {
    const outcome = outcomes[i];
    if ('error' in outcome) {
      problems.push({ file: slot.name, reason: `extraction failed: ${outcome.error}` });
      continue;
    }
    slot.report = outcome.report;
    extracted++;
    if (slot.entry) toCache.push({ entry: slot.entry, outcome });
  }
  // As the workers wrote them (re-serialized here, a cold build of 2,000 seeds waited 2 s on
  // these writes), on a thread of their own.
  const cacheWritten = writeInBackground(toCache.map(({ entry, outcome }) => ({ path: entry, content: outcome.json ?? JSON.stringify(outcome.report) })));
  if (options.deferCacheWrites) cacheWritten.catch(() => undefined); // the caller's to await (and report)
  else await cacheWritten;
  const docs: SeedDoc[] = [];
  const unchanged = new Set<string>();
  const extractedNow = new Set(todo);
  for (const slot of slots) {
    if (!slot?.report) continue;
    docs.push({ report: slot.report, text: slot.text });
    if (!extractedNow.has(slot)) unchanged.add(slot.name);
  }
  const reports = assignIds(docs.map((d) => d.report));
  const skipped = names.length - reports.length;
  return { docs, reports, problems, notices, unchanged, pipelineKey: key, stats: { seeds: names.length, extracted, cached, skipped, ms: Math.round(performance.now() - t0) }, cacheWritten };
}
