// The coverage matrix: which report states which key fact, and which names which place.
import type { Coverage, EventPlace, Fact, LedgerEntry } from '../schemas/event.ts';
import { claimCarriesQuote, figureStatements } from './facts.ts';
import { cmp } from './text.ts';

const KIND_RANK = { figure: 0, claim: 1, quote: 2 };
const MAX_FACTS = 8;
const MAX_PLACES = 16;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * Key facts: about this incident, best supported first. Figures only from the ledger (counts of the
 * incident's outcomes, not "3 governments"); a claim or quotation stating one of those figures is
 * its column already, and a quotation a listed claim of the same party carries word for word adds nothing.
 */
export function keyFacts(facts: Fact[], ledger: LedgerEntry[]): Fact[] {
  const keyIds = new Set(ledger.map((l) => l.factId));
  const keyFigures = facts.filter((f) => keyIds.has(f.id) && !f.background);
  const states = figureStatements(keyFigures);
  const ranked = facts
    .filter((f) => !f.background && (f.kind !== 'figure' || keyIds.has(f.id)))
    .filter((f) => f.kind === 'figure' || !states(f))
    .sort((a, b) => b.reports.length - a.reports.length || KIND_RANK[a.kind] - KIND_RANK[b.kind] || cmp(a.id, b.id));
  const out: Fact[] = [];
  for (const f of ranked) {
    if (out.length >= MAX_FACTS) break;
    if (out.some((c) => claimCarriesQuote(c, f))) continue;
    out.push(f);
  }
  return out;
}

function label(f: Fact): string {
  if (f.kind === 'figure') return clip(f.text, 60);
  if (f.kind === 'claim') return clip(`${f.partyName ? `${f.partyName}: ` : ''}${f.text}`, 70);
  return clip(`“${f.text}”`, 60);
}

export function coverageMatrix(reportIds: string[], facts: Fact[], ledger: LedgerEntry[], places: EventPlace[]): Coverage {
  const keys = keyFacts(facts, ledger);
  const located = places.filter((p) => p.role === 'incident' && p.precision !== 'country').slice(0, MAX_PLACES);
  return {
    facts: keys.map((f) => ({ id: f.id, label: label(f) })),
    places: located.map((p) => ({
      key: p.key,
      label: p.variants.length > 1 ? `${p.name} (${p.variants.map((v) => v.value).filter((v) => v !== p.name).join(', ')})` : p.name,
    })),
    rows: reportIds.map((reportId) => ({
      reportId,
      facts: keys.map((f) => {
        const ref = f.sources.find((s) => s.reportId === reportId);
        if (f.reports.includes(reportId)) return { state: 'stated' as const, ref: ref ? { sentenceId: ref.sentenceId, written: ref.written } : null };
        if (f.contradictedBy.includes(reportId)) {
          // Point at what this report says instead.
          const other = facts.find((g) => g !== f && g.kind === f.kind && g.reports.includes(reportId) && g.contradictedBy.some((r) => f.reports.includes(r)));
          const at = other?.sources.find((s) => s.reportId === reportId);
          return { state: 'contradicted' as const, ref: at ? { sentenceId: at.sentenceId, written: at.written } : null };
        }
        return { state: 'omitted' as const, ref: null };
      }),
      places: located.map((p) => {
        const ref = p.sources.find((s) => s.reportId === reportId);
        return ref ? { sentenceId: ref.sentenceId, written: ref.written } : null;
      }),
    })),
  };
}
