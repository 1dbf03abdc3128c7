import { z } from 'zod';

// First cut of the event contract (issue 5); the consolidation step extends it.

/** A pointer from a consolidated item to the sentence of a report it was read in. */
export const sourceRefSchema = z.object({
  /** Report id (briefing URL `/briefings/<reportId>/`). */
  reportId: z.string(),
  /** Seed file name. */
  file: z.string(),
  /** Sentence anchor in that briefing. */
  sentenceId: z.string(),
  /** Sentence offsets in the seed text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** One incident, consolidated from the reports about it. */
export const eventSchema = z.object({
  /** Stable id; the page is `/events/<id>/`. */
  id: z.string(),
  /** Generated headline. */
  title: z.string(),
  /** ISO date of the incident, or null. */
  date: z.string().nullable(),
  /** The date as written when it cannot be resolved ("on Tuesday"). */
  dateText: z.string().nullable(),
  /** Ids of the reports grouped into the event. */
  reportIds: z.array(z.string()),
  /** Groups of report ids that share one origin (wire copies); corroboration counts groups. */
  origins: z.array(z.array(z.string())),
});
export type Event = z.infer<typeof eventSchema>;
