// The consolidation step: reports → events. Pure (no I/O, no clock, no randomness): the same
// reports give byte-identical events.
//
//   consolidateDocs(docs)             // docs: each report with its seed text (the build's SeedDocs)
//   consolidate(reports, { texts })   // the same, texts by file name
//
// Without the texts the step still works, on the sentences the reports quote in provenance,
// but grouping and wire-copy detection lose most of their evidence: pass them.
import type { Report } from '../schemas/report.ts';
import type { Event, EventReport, Fact, LedgerEntry } from '../schemas/event.ts';
import { withBottomLine } from './bottom-line.ts';
import { alignClaims, assignRoles, counterClaims, sides } from './claims.ts';
import { coverageMatrix } from './coverage.ts';
import { findDiscrepancies } from './discrepancies.ts';
import type { EventContext } from './facts.ts';
import { quoteFacts } from './facts.ts';
import { alignFigures, fatalitiesOf, ledgerRow, linkClaimsToFigures, type KeyFigure } from './figures.ts';
import { groupReports, type GroupingOptions } from './grouping.ts';
import { findOrigins } from './origins.ts';
import { countryName, PartyTable } from './parties.ts';
import { consolidatePlaces } from './places.ts';
import { personGroups, respellPeople } from './person-names.ts';
import { profileReport, type Profile, type ProfileReading } from './profile.ts';
import { alignQuotes, quoteSequences } from './quotes.ts';
import { eventDateOf } from './event-date.ts';
import { eventIdBase, eventTitle, eventType, highlights, leadSentence } from './summary.ts';
import { buildTimeline } from './timeline.ts';
import { cmp, shortHash, sortedUnique } from './text.ts';

export interface ConsolidateOptions {
  /** Seed texts by file name (`report.file`); offsets in the reports index into them. */
  texts?: ReadonlyMap<string, string> | Record<string, string>;
  /** Tuning of the grouping step (tests). */
  grouping?: GroupingOptions;
}

const KIND_ORDER = { figure: 'f', claim: 'c', quote: 'q' } as const;

/**
 * Best supported first; background last; ids follow that order (`f1`, `c1`, `q1`…). The facts come
 * with provisional ids, unique among them; `renamed` maps each to the fact's final id.
 */
export function orderFacts(facts: Fact[]): { facts: Fact[]; renamed: Map<string, string> } {
  const sorted = [...facts].sort(
    (a, b) =>
      Number(a.background) - Number(b.background) ||
      b.reports.length - a.reports.length ||
      b.origins - a.origins ||
      cmp(a.kind, b.kind) ||
      cmp(a.text, b.text) ||
      cmp(a.sources[0]?.reportId ?? '', b.sources[0]?.reportId ?? '') ||
      (a.sources[0]?.start ?? 0) - (b.sources[0]?.start ?? 0),
  );
  const counters = { f: 0, c: 0, q: 0 };
  const renamed = new Map<string, string>();
  const ordered = sorted.map((f) => {
    const id = `${KIND_ORDER[f.kind]}${++counters[KIND_ORDER[f.kind]]}`;
    if (renamed.has(f.id)) throw new Error(`two facts under the provisional id ${f.id}`);
    renamed.set(f.id, id);
    return { ...f, id };
  });
  return { facts: ordered, renamed };
}

/**
 * The figure ledger: a row for each key figure (a count of the incident's outcomes; the other
 * figures stay facts only), made from its figure fact under the fact's final id, in the facts' order.
 */
function ledgerOf(facts: Fact[], keys: Map<string, KeyFigure>): LedgerEntry[] {
  const ledger: LedgerEntry[] = [];
  for (const f of facts) {
    if (f.kind !== 'figure') continue;
    const key = keys.get(f.id);
    if (key) ledger.push(ledgerRow(f, key));
  }
  return ledger;
}

/** Consolidates the reports of one event (already grouped). */
export function buildEvent(profiles: Profile[]): Omit<Event, 'id'> & { idBase: string } {
  profiles = [...profiles].sort((a, b) => cmp(a.report.id, b.report.id));
  const reportIds = profiles.map((p) => p.report.id);
  const quoteClusters = alignQuotes(profiles);
  const { origins, evidence } = findOrigins(profiles, quoteSequences(quoteClusters));
  const originOf = new Map<string, number>();
  origins.forEach((group, i) => group.forEach((r) => originOf.set(r, i)));
  // Origins first: a place's shown spelling is the one most independent origins use.
  const { places, country, spellingNotes } = consolidatePlaces(profiles, originOf);
  const parties = new PartyTable(profiles, country);
  const ctx: EventContext = { profiles, reportIds, originOf, parties };

  const figureResults = alignFigures(ctx);
  const claimFacts = alignClaims(ctx);
  const { facts, renamed } = orderFacts([...figureResults.map((r) => r.fact), ...claimFacts, ...quoteFacts(ctx, quoteClusters)]);
  // Each key figure's ledger data, under the id its fact was given.
  const keys = new Map<string, KeyFigure>();
  for (const r of figureResults) {
    const id = renamed.get(r.fact.id);
    if (r.key && id !== undefined) keys.set(id, r.key);
  }
  const ledger = ledgerOf(facts, keys);
  linkClaimsToFigures(facts, ledger);
  // One spelling per person on the page: the one most independent origins use.
  respellPeople(facts, ledger, personGroups(profiles, originOf));

  const actors = parties.actors;
  assignRoles(actors, facts.filter((f) => f.kind === 'claim'), country, profiles);
  actors.sort((a, b) => ({ perpetrator: 0, target: 1, other: 2 })[a.role] - ({ perpetrator: 0, target: 1, other: 2 })[b.role] || b.reports.length - a.reports.length || cmp(a.key, b.key));
  const counters = counterClaims(facts.filter((f) => f.kind === 'claim'), actors);
  const discrepancies = findDiscrepancies(profiles, places, spellingNotes, facts, ledger, originOf);
  const { date, dateText, dateBasis, dateNote } = eventDateOf(profiles, origins);
  const timeline = buildTimeline(profiles, date, dateText);
  const cName = countryName(country);
  const lead = leadSentence(profiles, facts);
  for (const item of timeline) if (item.role === 'event' && !item.text) item.text = lead.text;
  const type = eventType(profiles, facts.filter((f) => f.kind === 'claim'), counters, actors, country);
  const fatalities = fatalitiesOf(figureResults);
  const published = profiles.map((p) => p.report.published).filter((d): d is string => !!d).sort(cmp);

  const reports: EventReport[] = profiles.map((p) => ({
    id: p.report.id,
    title: p.report.title,
    outlet: p.report.outlet,
    published: p.report.published,
    url: p.report.url,
    file: p.report.file,
    origin: originOf.get(p.report.id) ?? 0,
    agencies: sortedUnique(p.report.agencies.map((a) => a.name)),
    eventDate: p.report.eventDate,
    eventDateText: p.report.eventDateText,
  }));

  // The bottom line reads the finished event (and the reports' sentences), so it comes last.
  return withBottomLine({
    idBase: eventIdBase(date, dateText, places, cName),
    title: eventTitle(profiles, places, actors, cName, facts, country),
    date,
    dateText,
    dateBasis,
    dateNote,
    bottomLine: [], // computed by withBottomLine
    asOf: published.at(-1) ?? null,
    country,
    countryName: cName,
    eventType: type.type,
    subEventType: type.sub,
    fatalities,
    summary: lead.text,
    highlights: highlights({ reportIds, origins, facts, ledger, counterClaims: counters, places, discrepancies, lead }),
    reportIds,
    reports,
    origins,
    originEvidence: evidence,
    places,
    actors,
    facts,
    ledger,
    sides: sides(facts, actors),
    counterClaims: counters,
    discrepancies,
    timeline,
    coverage: coverageMatrix(reportIds, facts, ledger, places),
  }, profiles);
}

function textOf(texts: ConsolidateOptions['texts'], file: string): string | null {
  if (!texts) return null;
  if (texts instanceof Map) return texts.get(file) ?? null;
  return (texts as Record<string, string>)[file] ?? null;
}

/** Groups reports into events and consolidates each; `options.texts` gives each report's seed text by file name. */
export function consolidate(reports: Report[], options: ConsolidateOptions = {}): Event[] {
  return consolidateDocs(reports.map((report) => ({ report, text: textOf(options.texts, report.file) })), options);
}

/** A report and the seed text its offsets index into (null: work from the sentences quoted in provenance). */
export interface ReportText {
  report: Report;
  text: string | null;
}

/**
 * The reports' profiles (sorted by report id) and the events they group into, as indexes into
 * `profiles`. `reading` gives a report's reading kept from an earlier build, if any.
 */
export function groupDocs(
  docs: readonly ReportText[],
  options: Pick<ConsolidateOptions, 'grouping'> & { reading?: (report: Report) => ProfileReading | undefined } = {},
): { profiles: Profile[]; groups: number[][] } {
  const sorted = [...docs].sort((a, b) => cmp(a.report.id, b.report.id));
  const profiles = sorted.map((d) => profileReport(d.report, d.text, options.reading?.(d.report)));
  return { profiles, groups: groupReports(profiles, options.grouping) };
}

/** Gives built events their ids and order: newest first, undated last, then by id. */
export function nameEvents(built: ReturnType<typeof buildEvent>[]): Event[] {
  // Ids: readable base; where two events share one, a hash of their report ids tells them apart.
  const counts = new Map<string, number>();
  for (const e of built) counts.set(e.idBase, (counts.get(e.idBase) ?? 0) + 1);
  const events: Event[] = built.map(({ idBase, ...rest }) => ({
    id: (counts.get(idBase) ?? 0) > 1 ? `${idBase}-${shortHash(rest.reportIds.join('\n'))}` : idBase,
    ...rest,
  }));
  return events.sort((a, b) => (a.date === b.date ? cmp(a.id, b.id) : a.date === null ? 1 : b.date === null ? -1 : cmp(b.date, a.date)));
}

/**
 * Groups reports into events and consolidates each. Events: newest first, undated last, then by id.
 * (The build does the same in steps, groupDocs then nameEvents, to build events on worker threads
 * and read unchanged ones from its cache: src/build/consolidate-events.ts.)
 */
export function consolidateDocs(docs: readonly ReportText[], options: Pick<ConsolidateOptions, 'grouping'> = {}): Event[] {
  const { profiles, groups } = groupDocs(docs, options);
  return nameEvents(groups.map((g) => buildEvent(g.map((i) => profiles[i]))));
}
