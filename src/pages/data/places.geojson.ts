// `data/places.geojson`: the located places of every event, with the events naming them.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { placesGeoJson, sortEvents } from '../../consolidate/export.ts';

export const GET: APIRoute = async () => {
  const events = sortEvents((await getCollection('events')).map((entry) => entry.data));
  return new Response(placesGeoJson(events), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
