// `data/events.json`: every consolidated event, as src/consolidate/export.ts's eventsJson writes
// them, streamed from the event files one at a time (src/integrations/data-exports.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortEvents } from '../../consolidate/export.ts';
import { eachEvent } from '../../integrations/content-files.ts';
import { eventsJsonBody } from '../../integrations/data-exports.ts';

export const GET: APIRoute = async () => {
  const entries = sortEvents((await getCollection('events')).map((e) => ({ id: e.data.id, date: e.data.date, filePath: e.filePath })));
  return new Response(eventsJsonBody(eachEvent(entries)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
