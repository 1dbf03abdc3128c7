// Content collections: the briefings the prebuild writes (one MDX file per seed, front matter =
// Report) and the consolidated events (one JSON file per event). The loaders validate each file
// against its full schema (src/schemas) and keep in the data store only the entry's card (what
// lists and links show), its file and its digest; a page reads the full entry from its file
// (src/integrations/content-loaders.ts, content-files.ts).
import { defineCollection } from 'astro:content';
import { briefingCardSchema, briefingsLoader, eventCardSchema, eventsLoader } from './integrations/content-loaders.ts';

const briefings = defineCollection({
  // Ids are the report ids, so URLs match `briefingUrl(report.id)`.
  loader: briefingsLoader({ base: './src/content/briefings' }),
  schema: briefingCardSchema,
});

const events = defineCollection({
  // One JSON file per event (the prebuild removes those of events that are gone).
  loader: eventsLoader({ base: './src/content/events' }),
  schema: eventCardSchema,
});

export const collections = { briefings, events };
