// Short labels for an event's reports ("R1", "R2"…) so every fact can point at its sources compactly.
import type { ClaimFact, Event, Fact, QuoteFact, SourceRef } from '../../schemas/event.ts';
import { actorShortName } from '../../consolidate/bottom-line.ts';
import { claimCarriesQuote, OWN_VOICE_NAME, spanWithin, statesFigure } from '../../consolidate/facts.ts';

/** What every section of the event page receives. */
export interface SectionProps {
  event: Event;
  /** Short labels ("R1") of the event's reports, by report id. */
  labels: Map<string, ReportLabel>;
  /** Display names of parties and entities, by key. */
  names: Map<string, string>;
}

export interface ReportLabel {
  /** "R1". */
  short: string;
  /** Outlet, else the seed's file name: what a reader needs to know which text "R1" is. */
  name: string;
}

/** Labels in the order of the seed files ("R1" is the first file), named by outlet or file name. */
export function reportLabels(event: Event): Map<string, ReportLabel> {
  const clip = (s: string) => (s.length > 48 ? `${s.slice(0, 47).trimEnd()}…` : s);
  const byFile = [...event.reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(byFile.map((r, i) => [r.id, { short: `R${i + 1}`, name: clip(r.outlet ?? r.file) }]));
}

/** Report ids in label order (R1 first): the order every list of sources follows. */
export const labelOrder = (labels: Map<string, ReportLabel>): string[] =>
  [...labels.entries()].sort((a, b) => Number(a[1].short.slice(1)) - Number(b[1].short.slice(1))).map(([id]) => id);

/** One reference per report and sentence, in report order. */
export function uniqueRefs(refs: readonly SourceRef[], order: readonly string[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const r of refs) {
    const key = `${r.reportId}#${r.sentenceId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out.sort((a, b) => order.indexOf(a.reportId) - order.indexOf(b.reportId) || a.start - b.start);
}

/** `s12` → `12`. */
export const sentenceNumber = (id: string) => /^s(\d+)$/.exec(id)?.[1] ?? id;

/**
 * Display names of parties by key: an organization's acronym when its name is long ("JNIM"). Each
 * actor's full name maps to the same short name, so a fact naming the party in full is shortened.
 */
export function partyNames(event: Event): Map<string, string> {
  return new Map(event.actors.flatMap((a) => [[a.key, actorShortName(a)], [a.name, actorShortName(a)]] as const));
}

/**
 * Who states a fact, as displayed: the party's short name, unless the fact names another body
 * the claimant speaks for ("Government of Mali" among the Malian state's statements) — that name
 * is kept as written, never replaced by the party's.
 */
export function partyOf(names: Map<string, string>, f: { party: string | null; partyName: string | null }): string {
  const short = f.party ? names.get(f.party) : undefined;
  if (!f.partyName) return short ?? OWN_VOICE_NAME;
  return names.get(f.partyName) ?? (short && f.partyName.includes(short) ? short : f.partyName);
}

/** Reports as their labels, in label order: "R1, R3". */
export function shortList(labels: Map<string, ReportLabel>, ids: readonly string[]): string {
  const n = (id: string) => Number(labels.get(id)?.short.slice(1) ?? Infinity);
  return [...ids].sort((a, b) => n(a) - n(b)).map((id) => labels.get(id)?.short ?? id).join(', ');
}

/** Statements told on the line of the figure they state, by figure id, and the ids of facts not listed on their own. */
export interface FigureWordings {
  byFigure: Map<string, (ClaimFact | QuoteFact)[]>;
  folded: Set<string>;
}

/**
 * A count is listed once per section: a claim or quotation stating a figure the same section lists
 * ("they seized control of three army barracks" beside "3 barracks seized") is told on the
 * figure's line as its wording (on a key figure's line first), not as a line of its own; a figure
 * read only inside such wordings ("dozens of checkpoints" in a quotation) is told by them. A
 * statement whose figure the section does not list keeps its own line; a quotation a listed claim
 * carries word for word has none.
 */
export function figureWordings(sectionFacts: readonly Fact[], keyFigureIds: ReadonlySet<string>): FigureWordings {
  const figures = sectionFacts.filter((f) => f.kind === 'figure').sort((a, b) => Number(keyFigureIds.has(b.id)) - Number(keyFigureIds.has(a.id)));
  const byFigure = new Map<string, (ClaimFact | QuoteFact)[]>();
  const folded = new Set<string>();
  const wordings: (ClaimFact | QuoteFact)[] = [];
  for (const s of sectionFacts) {
    if (s.kind === 'figure') continue;
    const host = figures.find((f) => statesFigure(s, f));
    if (!host) continue;
    byFigure.set(host.id, [...(byFigure.get(host.id) ?? []), s]);
    folded.add(s.id);
    wordings.push(s);
  }
  for (const f of figures) {
    if (byFigure.has(f.id)) continue;
    if (f.sources.every((inner) => wordings.some((w) => w.sources.some((outer) => spanWithin(inner, outer))))) folded.add(f.id);
  }
  // Nor is a quotation a claim of the section (on its own line or as a wording) carries word for word.
  for (const q of sectionFacts) {
    if (!sectionFacts.some((c) => claimCarriesQuote(c, q))) continue;
    folded.add(q.id);
    for (const [id, list] of byFigure) byFigure.set(id, list.filter((w) => w !== q));
  }
  return { byFigure, folded };
}
