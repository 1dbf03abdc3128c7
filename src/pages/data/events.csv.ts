// `data/events.csv`: ACLED-style columns, one row per event location.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { eventsCsv, sortEvents } from '../../consolidate/export.ts';

export const GET: APIRoute = async () => {
  const events = sortEvents((await getCollection('events')).map((entry) => entry.data));
  return new Response(eventsCsv(events), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
