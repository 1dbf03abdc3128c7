// Content collections: the briefings the prebuild writes (one MDX file per seed, front matter =
// Report) and the consolidated events (one JSON file per event).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './schemas/report.ts';
import { eventSchema } from './schemas/event.ts';

const briefings = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './src/content/briefings',
    // The report id, not a slug of the file name, so URLs match `briefingUrl(report.id)`.
    generateId: ({ data, entry }) => (typeof data.id === 'string' ? data.id : entry.replace(/\.mdx$/, '')),
  }),
  // The prebuild quotes every YAML string, so dates stay strings as the schema says.
  schema: reportSchema,
});

const events = defineCollection({
  // One JSON file per event (the prebuild removes those of events that are gone).
  loader: glob({
    pattern: '*.json',
    base: './src/content/events',
    generateId: ({ data, entry }) => (typeof data.id === 'string' ? data.id : entry.replace(/\.json$/, '')),
  }),
  schema: eventSchema,
});

export const collections = { briefings, events };
