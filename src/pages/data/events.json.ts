// `data/events.json`: every consolidated event (the string is built in src/consolidate/export.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { eventsJson, sortEvents } from '../../consolidate/export.ts';

export const GET: APIRoute = async () => {
  const events = sortEvents((await getCollection('events')).map((entry) => entry.data));
  return new Response(eventsJson(events), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
