import { z } from 'zod';
import { paragraphSchema, sentenceSchema } from './provenance.ts';
import { agencySchema, organizationSchema, personSchema, placeSchema } from './entities.ts';
import { claimSchema, dateMentionSchema, figureSchema, quoteSchema } from './statements.ts';

/**
 * Everything extracted from one seed text. The prebuild writes it as the front matter of
 * `src/content/briefings/<id>.mdx`, and `npm run extract` prints it; the content collection
 * validates it with this same schema.
 */
export const reportSchema = z.object({
  /** Stable id derived from the file name; the briefing's URL is `/briefings/<id>/`. */
  id: z.string(),
  /** The seed's file name. */
  file: z.string(),
  /** SHA-256 of the seed's bytes: what incremental rebuilds compare. */
  hash: z.string(),
  /** Headline: the text's own, or one generated from the lead sentence. */
  title: z.string(),
  /** Whether the title is the text's own headline or was generated from the lead. */
  titleSource: z.enum(['headline', 'lead', 'file']),
  /** Two or three of the most informative sentences, joined. */
  summary: z.string(),
  /** Ids of the sentences the summary is made of. */
  summarySentenceIds: z.array(z.string()),
  /** Publication date from the seed's front matter (`YYYY-MM-DD`), or null. */
  published: z.string().nullable(),
  /** Outlet from the seed's front matter, or null. */
  outlet: z.string().nullable(),
  /** Source URL from the seed's front matter, or null. */
  url: z.string().nullable(),
  /** Language from the seed's front matter, default `en`. */
  language: z.string(),
  /** Offset of the body in the seed text (after optional front matter). */
  bodyStart: z.number().int().nonnegative(),
  /** Number of words in the body. */
  wordCount: z.number().int().nonnegative(),
  /** Number of paragraphs in the body. */
  paragraphCount: z.number().int().nonnegative(),
  /** The body's paragraphs. */
  paragraphs: z.array(paragraphSchema),
  /** The body's sentences. */
  sentences: z.array(sentenceSchema),
  /** Date of the report's own incident (`YYYY-MM-DD`), or null when unknown. */
  eventDate: z.string().nullable(),
  /** The event date as written when it cannot be resolved ("on Tuesday"), or null. */
  eventDateText: z.string().nullable(),
  people: z.array(personSchema),
  organizations: z.array(organizationSchema),
  places: z.array(placeSchema),
  agencies: z.array(agencySchema),
  figures: z.array(figureSchema),
  quotes: z.array(quoteSchema),
  claims: z.array(claimSchema),
  dates: z.array(dateMentionSchema),
  /** Problems met while reading this seed (not fatal). */
  warnings: z.array(z.string()),
});
export type Report = z.infer<typeof reportSchema>;
