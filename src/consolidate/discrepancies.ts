// What the reports of an event give differently, most substantive first: figures that cannot both
// hold, counts that differ, outcome words that differ for one count ("killed" / "neutralised"),
// hedges only some reports carry ("temporarily", "reportedly"), dates, then spellings of places and
// people and the wording of quotations. Differences of spelling convention, punctuation, capitals
// or hyphenation in a quotation are not worth a reader's attention and are left out.
// The kinds are read in discrepancies-figures.ts, discrepancies-hedges.ts and
// discrepancies-wording.ts; dates and spellings here, with the ranking of them all.
import { discrepancyKinds, type Discrepancy, type EventPlace, type Fact, type LedgerEntry, type Variant } from '../schemas/event.ts';
import { sourceRef, type Profile } from './profile.ts';
import { personGroups } from './person-names.ts';
import { spellingSupport, type OriginOf } from './spellings.ts';
import { cmp, fold, nameKey, sortedUnique, words } from './text.ts';
import { comparableFigures, countDiscrepancies, outcomeDiscrepancies, plural } from './discrepancies-figures.ts';
import { hedgeDiscrepancies } from './discrepancies-hedges.ts';
import { quoteDiscrepancies } from './discrepancies-wording.ts';

// ---------------------------------------------------------------------------------------------
// Dates

function dateDiscrepancies(profiles: Profile[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  const resolved = profiles.filter((p) => p.report.eventDate);
  const variant = (list: Profile[], value: (p: Profile) => string): Variant[] => {
    const m = new Map<string, Profile[]>();
    for (const p of list) {
      const same = m.get(value(p));
      if (same) same.push(p);
      else m.set(value(p), [p]);
    }
    return [...m].map(([v, ps]) => ({
      value: v,
      reports: sortedUnique(ps.map((p) => p.report.id)),
      sources: ps.flatMap((p) => {
        const d = p.report.dates.find((x) => x.role === 'event');
        return d ? [sourceRef(p, d.sentenceId, d.start, d.end, d.text)] : [];
      }),
    }));
  };
  if (new Set(resolved.map((p) => p.report.eventDate)).size > 1) {
    out.push({ kind: 'date', subject: 'date of the incident', variants: variant(resolved, (p) => p.report.eventDate!), note: 'reports date the incident differently', factId: null });
  } else {
    const weekdays = profiles.filter((p) => p.report.eventDateText && /day\b/i.test(p.report.eventDateText));
    const day = (p: Profile) => (fold(p.report.eventDateText!).match(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/)?.[0] ?? '');
    const named = weekdays.filter((p) => day(p));
    if (new Set(named.map(day)).size > 1) {
      out.push({ kind: 'date', subject: 'day of the incident', variants: variant(named, (p) => p.report.eventDateText!), note: 'reports name different days', factId: null });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Spellings

function placeDiscrepancies(places: EventPlace[], notes: Map<string, string[]>, originOf: OriginOf | undefined): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const p of places) {
    // Capitals alone (a dateline's "KAYES") are typesetting; background places are not the incident.
    if (p.role === 'background' || new Set(p.variants.map((v) => v.value.toLowerCase())).size < 2) continue;
    const folded = new Set(p.variants.map((v) => nameKey(v.value)));
    const why = notes.get(p.key)?.join('; ') ?? (folded.size === 1 ? 'same name, written with and without accents or hyphens' : 'spellings of one gazetteer entry');
    const count = (v: Variant) => spellingSupport(v.reports, originOf).origins;
    const origins = p.variants.map((v) => `“${v.value}” ${plural(count(v), 'independent origin')}`).join(', ');
    const tied = p.variants.length > 1 && count(p.variants[0]) === count(p.variants[1]);
    const shown =
      p.lat !== null
        ? 'the gazetteer’s name is shown'
        : `shown as “${p.name}”, by independent origins (${origins})${tied ? `; tied, so the spelling an origin uses most firmly (most mentions in one report, accents kept) is shown` : ''}`;
    out.push({ kind: 'place-spelling', subject: p.name, variants: p.variants, note: `${why}; ${shown}`, factId: null });
  }
  return out;
}

/** People whose name the reports spell differently, the shown spelling first (person-names.ts merges them). */
function personDiscrepancies(profiles: Profile[], originOf: OriginOf | undefined): Discrepancy[] {
  return personGroups(profiles, originOf)
    .filter((g) => g.variants.length >= 2)
    .map(({ variants }) => ({
      kind: 'person-spelling' as const,
      subject: variants[0].value,
      variants,
      note: new Set(variants.map((v) => nameKey(v.value))).size === 1 ? 'same letters, written differently (accents, spaces or hyphens)' : 'spellings one letter apart',
      factId: null,
    }));
}


// ---------------------------------------------------------------------------------------------

/** A short phrase for a discrepancy, for a sentence like "Reports differ on …". */
export function discrepancyPhrase(d: Discrepancy): string {
  const values = d.variants.map((v) => v.value);
  switch (d.kind) {
    case 'figure':
    case 'count': {
      // "7 vs at least 4" when each value is followed by the thing counted.
      const bare = values.map((v) => (d.subject && v.endsWith(d.subject) ? v.slice(0, -d.subject.length).trim() : v));
      return `the number of ${d.subject} (${bare.join(' vs ')})`;
    }
    case 'outcome':
      return `what happened to ${d.subject} (${values.map((v) => `“${v}”`).join(' vs ')})`;
    case 'hedge':
      return `“${values[0]}” on ${d.subject} (${plural(d.variants[0].reports.length, 'report')} only)`;
    case 'date':
      return `the ${d.subject} (${values.join(' vs ')})`;
    case 'place-spelling':
    case 'person-spelling':
      return `the spelling of ${values.join('/')}`;
    default:
      return `the wording of a ${d.subject}`;
  }
}

/**
 * The event's discrepancies, ranked by kind (`discrepancyKinds` order) and, within a kind, by how
 * many reports are involved. `ledger` limits figure comparisons to the incident's key figures;
 * `originOf` (report → origin) orders spellings by independent origins.
 */
export function findDiscrepancies(
  profiles: Profile[],
  places: EventPlace[],
  spellingNotes: Map<string, string[]>,
  facts: Fact[],
  ledger?: LedgerEntry[],
  originOf?: OriginOf,
): Discrepancy[] {
  const kindRank = Object.fromEntries(discrepancyKinds.map((k, i) => [k, i])) as Record<Discrepancy['kind'], number>;
  const byId = new Map(profiles.map((p) => [p.report.id, p]));
  const figs = comparableFigures(facts, ledger, byId);
  const involved = (d: Discrepancy) => new Set(d.variants.flatMap((v) => v.reports)).size;
  return [
    ...countDiscrepancies(figs),
    ...outcomeDiscrepancies(figs),
    ...hedgeDiscrepancies(facts, figs, byId),
    ...dateDiscrepancies(profiles),
    ...placeDiscrepancies(places, spellingNotes, originOf),
    ...personDiscrepancies(profiles, originOf),
    ...quoteDiscrepancies(facts),
  ]
    .map((d) => ({ ...d, variants: d.variants.map((v) => ({ ...v, sources: [...v.sources].sort((a, b) => cmp(a.reportId, b.reportId) || a.start - b.start) })) }))
    .sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || involved(b) - involved(a) || cmp(a.subject, b.subject));
}
