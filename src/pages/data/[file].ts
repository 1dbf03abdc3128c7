// The data exports, written from the event files one at a time (src/integrations/data-exports.ts):
//   data/events.json      every consolidated event (src/consolidate/export.ts's eventsJson)
//   data/events.csv       ACLED-style columns, one row per event location (eventsCsv)
//   data/places.geojson   the located places of every event, with the events naming them (placesGeoJson)
// Each is a function of the events' files: their digests are its cacheKey, so a build in which
// no event changed keeps the exports of the last one.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { sortEvents } from '../../consolidate/export.ts';
import { eachEvent } from '../../integrations/content-files.ts';
import { eventsCsvBody, eventsJsonBody, placesGeoJsonOf } from '../../integrations/data-exports.ts';

const TYPES = {
  'events.json': 'application/json; charset=utf-8',
  'events.csv': 'text/csv; charset=utf-8',
  'places.geojson': 'application/geo+json; charset=utf-8',
} as const;
type File = keyof typeof TYPES;

export const getStaticPaths = (async () => {
  const events = sortEvents((await getCollection('events')).map((e) => ({ id: e.data.id, date: e.data.date, filePath: e.filePath!, digest: String(e.digest) })));
  const hash = createHash('sha256');
  for (const e of events) hash.update(`${e.id}\0${e.digest}\0`);
  const cacheKey = hash.digest('hex');
  const files = events.map(({ filePath }) => ({ filePath }));
  return (Object.keys(TYPES) as File[]).map((file) => ({ params: { file }, props: { files }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ files: { filePath: string }[] }, { file: File }> = ({ params, props }) => {
  const events = eachEvent(props.files, { schemaOrder: params.file === 'events.json' });
  const body = params.file === 'events.json' ? eventsJsonBody(events) : params.file === 'events.csv' ? eventsCsvBody(events) : placesGeoJsonOf(events);
  return new Response(body, { headers: { 'Content-Type': TYPES[params.file] } });
};
