import { z } from 'zod';
import { provenanceSchema } from './provenance.ts';

/** A reference from a statement to an entity of the same report. */
export const entityRefSchema = z.object({
  /** Which entity list the id points into. */
  type: z.enum(['person', 'organization']),
  /** The entity's `id`. */
  id: z.string(),
});
export type EntityRef = z.infer<typeof entityRefSchema>;

/** A number read in the text, with what it counts and who claims it. */
export const figureSchema = provenanceSchema.extend({
  /** The number (lower bound of a range; 12 for "a dozen"; 24 for "dozens" is not assumed: see `approximate`). */
  value: z.number(),
  /** Upper bound when the text gives a range, else null. */
  max: z.number().nullable(),
  /** "more than", "at least", "over", "around", "nearly", … or null. */
  qualifier: z.string().nullable(),
  /** True for vague amounts ("dozens", "several hundred"). */
  approximate: z.boolean(),
  /** `count` for quantities, `ordinal` for "the third", `duration` for "30-day", `year` for years. */
  kind: z.enum(['count', 'ordinal', 'duration', 'year', 'percent', 'money']),
  /** What is counted, as a noun phrase head ("militants", "barracks", "towns"). */
  unit: z.string(),
  /** What happened to them, when stated ("neutralised", "killed", "captured", "attacked"), or null. */
  subject: z.string().nullable(),
  /** Who states the figure ("the army", "JNIM"); null when it is in the outlet's own voice. */
  claimedBy: z.string().nullable(),
  /** Entity of the claimant, when it resolves to one. */
  claimedByEntity: entityRefSchema.nullable(),
  /** Who relays the claim when different from the claimant ("AFP"), else null. */
  reportedBy: z.string().nullable(),
  /** Span of the number and its unit phrase. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Figure = z.infer<typeof figureSchema>;

/** A direct quotation and its speaker. */
export const quoteSchema = provenanceSchema.extend({
  /** Speaker as written or resolved ("Souleymane Dembélé", "a local witness", "the official statement"), or null when unknown. */
  speaker: z.string().nullable(),
  /** The person or organization the speaker resolves to, when one exists. */
  speakerEntity: entityRefSchema.nullable(),
  /** The quoted words, without the quotation marks; continued quotes are joined with a space. */
  text: z.string(),
  /** True for short scare-quote fragments ("neutralised"). */
  fragment: z.boolean(),
  /** Outlet or agency the words were given to ("told AFP"), when named; null otherwise. */
  reportedBy: z.string().nullable().optional(),
  /** Span from the opening to the closing mark (of the last part, for continued quotes). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Quote = z.infer<typeof quoteSchema>;

/** A party's claim: responsibility, control or gains, a denial, or its account of events. */
export const claimSchema = provenanceSchema.extend({
  /** The party making the claim as written or resolved, or null. */
  by: z.string().nullable(),
  /** The entity of the party, when it resolves to one. */
  byEntity: entityRefSchema.nullable(),
  /** What is claimed, as a short clause from the text. */
  text: z.string(),
  /** Whether the party asserts, denies or hedges. */
  stance: z.enum(['assert', 'deny', 'hedge']),
  /** Kind of claim. */
  type: z.enum(['responsibility', 'control', 'outcome', 'casualties', 'denial', 'account']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Claim = z.infer<typeof claimSchema>;

/** A date expression read in the text. */
export const dateMentionSchema = provenanceSchema.extend({
  /** The expression as written ("on Tuesday", "June 2nd", "last month"). */
  text: z.string(),
  /** Resolved ISO date (`YYYY-MM-DD`), or null when it cannot be resolved without guessing. */
  date: z.string().nullable(),
  /** Granularity of the resolved date. */
  precision: z.enum(['day', 'month', 'year', 'relative']),
  /** `event` for the report's own incident, `earlier` for a previous incident it mentions, `other` otherwise. */
  role: z.enum(['event', 'earlier', 'other']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type DateMention = z.infer<typeof dateMentionSchema>;
