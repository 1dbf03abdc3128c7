// Short labels for an event's reports ("R1", "R2"…) so every fact can point at its sources compactly.
import type { Event, SourceRef } from '../../schemas/event.ts';

export interface ReportLabel {
  /** "R1". */
  short: string;
  /** Outlet, else title. */
  name: string;
}

export function reportLabels(event: Event): Map<string, ReportLabel> {
  return new Map(event.reports.map((r, i) => [r.id, { short: `R${i + 1}`, name: r.outlet ?? r.title }]));
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
