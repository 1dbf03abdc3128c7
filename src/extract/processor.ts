import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { positionAt } from '../text/location.ts';
import { reportSchema, type Report } from '../schemas/report.ts';
import { loadGazetteer, type Gazetteer } from '../geo/gazetteer.ts';
import { readSeed } from './seed.ts';
import retextEnglishPieces from '../text/parse.ts';
import type { UserPlace } from '../geo/gazetteer.ts';
import type { SourceEntry } from '../schemas/seed-input.ts';
import structure from './plugins/structure.ts';
import words from './plugins/words.ts';
import attribution from './plugins/attribution.ts';
import places from './plugins/places.ts';
import organizations from './plugins/organizations.ts';
import people from './plugins/people.ts';
import agencies from './plugins/agencies.ts';
import dates from './plugins/dates.ts';
import figures from './plugins/figures.ts';
import quotes from './plugins/quotes.ts';
import claims from './plugins/claims.ts';
import title from './plugins/title.ts';
import summary from './plugins/summary.ts';

/**
 * Who and where: paragraphs and sentences, the words of each sentence, then places,
 * organizations, people and agencies, in that order.
 */
export function entityPlugins(gazetteer: Gazetteer): PluggableList {
  return [structure, words, [places, { gazetteer }], [organizations, { gazetteer }], [people, { gazetteer }], agencies];
}

/**
 * What was said and claimed, read against the entities found before: first the attribution
 * analysis (clauses, quotations, speakers' names) that the statement plugins share; then title
 * and summary.
 */
export function statementPlugins(): PluggableList {
  return [attribution, dates, figures, quotes, claims, title, summary];
}

/**
 * The extraction pipeline, in order. Each plugin does one job and leaves its result on
 * `file.data`; later plugins may read what earlier ones found (people skip organization
 * and place names; quotes resolve speakers to people and organizations; the summary
 * prefers sentences dense in facts).
 */
export function createProcessor(gazetteer: Gazetteer) {
  return unified().use(retextEnglishPieces).use(entityPlugins(gazetteer)).use(statementPlugins()).freeze();
}

export type Processor = ReturnType<typeof createProcessor>;

/** Bumped whenever extraction output may change, so cached MDX is regenerated. */
export const PIPELINE_VERSION = '1';

export interface Extractor {
  /**
   * Extracts one seed, with its `sources.yaml` entry if it has one (checked; its own front
   * matter wins). Never throws for odd text; problems land in `warnings`.
   */
  extract(file: string, text: string, sources?: SourceEntry): Report;
  /**
   * The same, with the seed's problems as vfile messages: each with its rule (`ruleId`), where
   * in the seed it is (`place`, when it is in the seed) and what found it (`source`). The
   * report's `warnings` are their reasons, in order.
   */
  extractFile(file: string, text: string, sources?: SourceEntry): { report: Report; messages: VFile['messages'] };
}

/** Loads shared resources (gazetteer) once and returns a synchronous extractor. */
export async function createExtractor(options: { userPlaces?: UserPlace[] } = {}): Promise<Extractor> {
  const gazetteer = await loadGazetteer(options.userPlaces ?? []);
  const processor = createProcessor(gazetteer);
  const extractFile: Extractor['extractFile'] = (fileName, text, sources) => {
    const seed = readSeed(fileName, text, sources);
    const file = new VFile({ path: fileName, value: seed.masked });
    file.data.seed = seed.meta;
    // The seed's metadata problems come first, as the plugins' own messages do: rule and place.
    for (const w of seed.warnings) file.message(w.reason, { place: w.span ? positionAt(text, w.span.start, w.span.end) : undefined, source: 'sitrep-seed', ruleId: w.ruleId });
    processor.runSync(processor.parse(file), file);
    const d = file.data;
    const report: Report = {
      id: seed.meta.id,
      file: fileName,
      hash: seed.meta.hash,
      title: d.title ?? fileName,
      titleSource: d.titleSource ?? 'file',
      summary: d.summary ?? '',
      summarySentenceIds: d.summarySentenceIds ?? [],
      published: seed.meta.published,
      outlet: seed.meta.outlet,
      url: seed.meta.url,
      language: seed.meta.language,
      bodyStart: seed.meta.bodyStart,
      wordCount: d.wordCount ?? 0,
      paragraphCount: d.paragraphs?.length ?? 0,
      paragraphs: d.paragraphs ?? [],
      sentences: d.sentences ?? [],
      eventDate: d.eventDate ?? null,
      eventDateText: d.eventDateText ?? null,
      people: d.people ?? [],
      organizations: d.organizations ?? [],
      places: d.places ?? [],
      agencies: d.agencies ?? [],
      figures: d.figures ?? [],
      quotes: d.quotes ?? [],
      claims: d.claims ?? [],
      dates: d.dates ?? [],
      warnings: file.messages.map((m) => m.reason),
    };
    return { report: reportSchema.parse(report), messages: file.messages };
  };
  return {
    extract: (fileName, text, sources) => extractFile(fileName, text, sources).report,
    extractFile,
  };
}
