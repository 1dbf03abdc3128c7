import { z } from 'zod';

/** A half-open character range `[start, end)` in JavaScript string indices into the seed text (the whole file as read). */
export const spanSchema = z.object({
  /** Index of the first character. */
  start: z.number().int().nonnegative(),
  /** Index one past the last character. */
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof spanSchema>;

/** A mention of an entity: where it was read and in which sentence. */
export const mentionSchema = spanSchema.extend({
  /** Id of the sentence holding the mention (see `sentenceSchema.id`). */
  sentenceId: z.string(),
});
export type Mention = z.infer<typeof mentionSchema>;

/**
 * Where a fact was read: the sentence it came from. Every figure, quote, claim and date
 * carries these fields so that it can link back to its source sentence (`#<sentenceId>`).
 */
export const provenanceSchema = z.object({
  /** Id of the source sentence; also the HTML anchor of that sentence on the briefing page. */
  sentenceId: z.string(),
  /** Start of the source sentence in the seed text. */
  sentenceStart: z.number().int().nonnegative(),
  /** End of the source sentence in the seed text. */
  sentenceEnd: z.number().int().nonnegative(),
  /** The source sentence's text, as written. */
  sentence: z.string(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** One sentence of the seed text. */
export const sentenceSchema = spanSchema.extend({
  /** Stable id, `s1`, `s2`, … in reading order; used as the HTML anchor. */
  id: z.string(),
  /** Zero-based index of the paragraph holding the sentence. */
  paragraph: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof sentenceSchema>;

/** One paragraph (a non-blank line block) of the seed text. */
export const paragraphSchema = spanSchema.extend({
  /** Ids of the sentences in this paragraph, in order. */
  sentenceIds: z.array(z.string()),
});
export type Paragraph = z.infer<typeof paragraphSchema>;
