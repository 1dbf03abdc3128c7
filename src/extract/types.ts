import type { Paragraph, Sentence } from '../schemas/provenance.ts';
import type { Agency, Organization, Person, Place } from '../schemas/entities.ts';
import type { Claim, DateMention, Figure, Quote } from '../schemas/statements.ts';
import type { Report } from '../schemas/report.ts';
import type { Doc } from '../text/words.ts';
import type { Analysis } from './attribution/analysis.ts';

/**
 * One seed as extraction leaves it: its report and the seed text the report's offsets index
 * into. The text travels with its report from extraction through consolidation to the MDX
 * writer (the Report JSON itself does not carry it).
 */
export interface SeedDoc {
  report: Report;
  text: string;
}

/** What the seed's optional YAML front matter and its file name tell about it. */
export interface SeedMeta {
  /** Stable id derived from the file name. */
  id: string;
  /** The file name. */
  file: string;
  /** SHA-256 of the seed's bytes. */
  hash: string;
  /** Offset of the body (after front matter) in the seed text. */
  bodyStart: number;
  published: string | null;
  outlet: string | null;
  url: string | null;
  language: string;
}

// Results of each plugin live on `file.data`, typed here (as unified plugins do).
declare module 'vfile' {
  interface DataMap {
    seed: SeedMeta;
    paragraphs: Paragraph[];
    sentences: Sentence[];
    wordCount: number;
    /** The words of the text, for the name finders (the `words` plugin). */
    words: Doc;
    /** Clauses, quotations and introduced names, for the statement plugins (the `attribution` plugin). */
    attribution: Analysis;
    people: Person[];
    organizations: Organization[];
    places: Place[];
    agencies: Agency[];
    figures: Figure[];
    quotes: Quote[];
    claims: Claim[];
    dates: DateMention[];
    eventDate: string | null;
    eventDateText: string | null;
    title: string;
    titleSource: 'headline' | 'lead' | 'file';
    summary: string;
    summarySentenceIds: string[];
  }
}
