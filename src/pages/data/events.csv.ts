// `data/events.csv`: ACLED-style columns, one row per event location (src/consolidate/export.ts's
// eventsCsv), streamed from the event files one at a time.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortEvents } from '../../consolidate/export.ts';
import { eachEvent } from '../../integrations/content-files.ts';
import { eventsCsvBody } from '../../integrations/data-exports.ts';

export const GET: APIRoute = async () => {
  const entries = sortEvents((await getCollection('events')).map((e) => ({ id: e.data.id, date: e.data.date, filePath: e.filePath })));
  return new Response(eventsCsvBody(eachEvent(entries)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
