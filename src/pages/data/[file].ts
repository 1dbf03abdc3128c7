// The data exports, written from the event files one at a time (src/integrations/data-exports.ts):
//   data/events.json      every consolidated event (src/consolidate/export.ts's eventsJson)
//   data/events.csv       ACLED-style columns, one row per event location (eventsCsv)
//   data/places.geojson   the located places of every event, with the events naming them (placesGeoJson)
// Each is a function of the events' files: their digests are its cacheKey, so a build in which
// no event changed keeps the exports of the last one; in one that changed some, the other events'
// parts are read back from the export-parts cache (src/integrations/export-parts.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { sortEvents } from '../../consolidate/export.ts';
import { readEventFile } from '../../integrations/content-files.ts';
import { eventsCsvBody, eventsJsonBody, placesGeoJsonFromParts } from '../../integrations/data-exports.ts';
import { ExportPartsCache, exportCodeKey, type EventFile, type ExportKind } from '../../integrations/export-parts.ts';

const TYPES = {
  'events.json': 'application/json; charset=utf-8',
  'events.csv': 'text/csv; charset=utf-8',
  'places.geojson': 'application/geo+json; charset=utf-8',
} as const;
type File = keyof typeof TYPES;
const KIND: Record<File, ExportKind> = { 'events.json': 'json', 'events.csv': 'csv', 'places.geojson': 'places' };

// Beside Astro's own cache (astro.config.mjs: cacheDir).
const PARTS_ROOT = join(process.env.ASTRO_CACHE_DIR || './node_modules/.astro', 'sitrep-export-parts');
let cache: ExportPartsCache | null = null;
const partsCache = () => (cache ??= new ExportPartsCache(PARTS_ROOT, (file) => readEventFile(file.filePath), exportCodeKey(resolve('src'))));

export const getStaticPaths = (async () => {
  const events = sortEvents((await getCollection('events')).map((e) => ({ id: e.data.id, date: e.data.date, filePath: e.filePath!, digest: String(e.digest) })));
  const hash = createHash('sha256');
  for (const e of events) hash.update(`${e.id}\0${e.digest}\0`);
  const cacheKey = hash.digest('hex');
  const files: EventFile[] = events.map(({ filePath, digest }) => ({ filePath, digest }));
  partsCache().prune(PARTS_ROOT, files);
  return (Object.keys(TYPES) as File[]).map((file) => ({ params: { file }, props: { files }, cacheKey }));
}) satisfies GetStaticPaths;

function* partsOf(files: readonly EventFile[], kind: ExportKind): Generator<string> {
  for (const file of files) yield partsCache().part(file, kind);
}

export const GET: APIRoute<{ files: EventFile[] }, { file: File }> = ({ params, props }) => {
  const parts = partsOf(props.files, KIND[params.file]);
  const body = params.file === 'events.json' ? eventsJsonBody(parts) : params.file === 'events.csv' ? eventsCsvBody(parts) : placesGeoJsonFromParts(parts);
  return new Response(body, { headers: { 'Content-Type': TYPES[params.file] } });
};
