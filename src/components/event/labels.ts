// Short labels for an event's reports ("R1", "R2"…) so every fact can point at its sources compactly.
import type { Event, SourceRef } from '../../schemas/event.ts';

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
  /** Outlet, else title. */
  name: string;
}

export function reportLabels(event: Event): Map<string, ReportLabel> {
  const clip = (s: string) => (s.length > 48 ? `${s.slice(0, 47).trimEnd()}…` : s);
  return new Map(event.reports.map((r, i) => [r.id, { short: `R${i + 1}`, name: clip(r.outlet ?? r.title) }]));
}

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
  const out = new Map<string, string>();
  for (const a of event.actors) {
    const acronym = a.aliases.find((x) => /^[\p{Lu}0-9-]{2,8}$/u.test(x));
    out.set(a.key, a.name.length > 24 && acronym ? acronym : a.name);
  }
  return out;
}

/** A fact's party as displayed. */
export const partyOf = (names: Map<string, string>, f: { party: string | null; partyName: string | null }) =>
  (f.party && names.get(f.party)) ?? f.partyName ?? 'the reports (own voice)';
