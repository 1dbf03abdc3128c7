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
import { sortEvents } from '../../consolidate/export.ts';
import { eventsCsvBody, eventsJsonBody, placesGeoJsonFromParts } from '../../integrations/data-exports.ts';
import { SITE_PARTS_ROOT, siteExportParts, type EventFile, type ExportKind } from '../../integrations/export-parts.ts';

const TYPES = {
  'events.json': 'application/json; charset=utf-8',
  'events.csv': 'text/csv; charset=utf-8',
  'places.geojson': 'application/geo+json; charset=utf-8',
} as const;
type File = keyof typeof TYPES;
const KIND: Record<File, ExportKind> = { 'events.json': 'json', 'events.csv': 'csv', 'places.geojson': 'places' };

const partsCache = siteExportParts;

export const getStaticPaths = (async () => {
  const events = sortEvents((await getCollection('events')).map((e) => ({ id: e.data.id, date: e.data.date, filePath: e.filePath!, digest: String(e.digest) })));
  const hash = createHash('sha256');
  for (const e of events) hash.update(`${e.id}\0${e.digest}\0`);
  const cacheKey = hash.digest('hex');
  const files: EventFile[] = events.map(({ filePath, digest }) => ({ filePath, digest }));
  partsCache().prune(SITE_PARTS_ROOT, files);
  return (Object.keys(TYPES) as File[]).map((file) => ({ params: { file }, props: { files }, cacheKey }));
}) satisfies GetStaticPaths;

function* partsOf(files: readonly EventFile[], kind: ExportKind): Generator<string> {
  for (const file of files) yield partsCache().part(file, kind);
}

// events.json and events.csv take the kept parts as read (UTF-8): no decoding and encoding again.
function* bytesOf(files: readonly EventFile[], kind: ExportKind): Generator<Uint8Array> {
  for (const file of files) yield partsCache().bytes(file, kind);
}

export const GET: APIRoute<{ files: EventFile[] }, { file: File }> = ({ params, props }) => {
  const kind = KIND[params.file];
  const body =
    params.file === 'events.json'
      ? eventsJsonBody(bytesOf(props.files, kind))
      : params.file === 'events.csv'
        ? eventsCsvBody(bytesOf(props.files, kind))
        : placesGeoJsonFromParts(partsOf(props.files, kind));
  return new Response(body, { headers: { 'Content-Type': TYPES[params.file] } });
};
