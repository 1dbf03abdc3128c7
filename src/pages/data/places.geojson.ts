// `data/places.geojson`: the located places of every event, with the events naming them
// (src/consolidate/export.ts's placesGeoJson, fed only each event's id, title and places).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortEvents } from '../../consolidate/export.ts';
import { eachEvent } from '../../integrations/content-files.ts';
import { placesGeoJsonOf } from '../../integrations/data-exports.ts';

export const GET: APIRoute = async () => {
  const entries = sortEvents((await getCollection('events')).map((e) => ({ id: e.data.id, date: e.data.date, filePath: e.filePath })));
  return new Response(placesGeoJsonOf(eachEvent(entries)), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
