// Short labels for an event's reports ("R1", "R2"…) so every fact can point at its sources compactly.
import type { Event, SourceRef } from '../../schemas/event.ts';
import { actorShortName } from '../../consolidate/bottom-line.ts';

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

/** Display names of parties: an organization's acronym when its name is long ("JNIM"). */
export function partyNames(event: Event): Map<string, string> {
  return new Map(event.actors.map((a) => [a.key, actorShortName(a)]));
}

/** A fact's party as displayed. */
export const partyOf = (names: Map<string, string>, f: { party: string | null; partyName: string | null }) =>
  (f.party && names.get(f.party)) ?? f.partyName ?? 'the reports (own voice)';

/** Reports as their labels, in label order: "R1, R3". */
export function shortList(labels: Map<string, ReportLabel>, ids: readonly string[]): string {
  const n = (id: string) => Number(labels.get(id)?.short.slice(1) ?? Infinity);
  return [...ids].sort((a, b) => n(a) - n(b)).map((id) => labels.get(id)?.short ?? id).join(', ');
}
