// What the reports of an event give differently: spellings of places and people, figures,
// quotation wording and dates.
import { discrepancyKinds, type Discrepancy, type EventPlace, type Fact, type Variant } from '../schemas/event.ts';
import type { Person } from '../schemas/entities.ts';
import { unitClass, subjectClass } from './lexicon.ts';
import { sourceRef, type Profile } from './profile.ts';
import { cmp, editDistance, fold, mode, nameKey, sortedUnique, words } from './text.ts';

function placeDiscrepancies(places: EventPlace[], notes: Map<string, string[]>): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const p of places) {
    const distinct = new Set(p.variants.map((v) => v.value.toLowerCase()));
    if (distinct.size < 2) continue;
    const folded = new Set(p.variants.map((v) => nameKey(v.value)));
    const note = notes.get(p.key)?.join('; ') ?? (folded.size === 1 ? 'same name, written with and without accents or hyphens' : 'spellings of one gazetteer entry');
    out.push({ kind: 'place-spelling', subject: p.name, variants: p.variants, note, factId: null });
  }
  return out;
}

interface PersonReading {
  profile: Profile;
  person: Person;
}

/** People merged across reports by full name (accents aside) or a near-identical spelling. */
function personDiscrepancies(profiles: Profile[]): Discrepancy[] {
  const groups: PersonReading[][] = [];
  const full = (p: Person) => p.name.split(/\s+/).length >= 2;
  for (const profile of profiles) {
    for (const person of profile.report.people) {
      if (!full(person)) continue;
      const key = nameKey(person.name);
      const g = groups.find((list) =>
        list.some((x) => {
          const other = nameKey(x.person.name);
          if (other === key) return true;
          // Same first name, surname one letter apart, never both in one report.
          const [fa, sa] = [fold(x.person.name).split(/\s+/)[0], nameKey(x.person.name.split(/\s+/).at(-1)!)];
          const [fb, sb] = [fold(person.name).split(/\s+/)[0], nameKey(person.name.split(/\s+/).at(-1)!)];
          return fa === fb && sa.length >= 5 && editDistance(sa, sb, 1) <= 1 && !list.some((y) => y.profile === profile);
        }),
      );
      if (g) g.push({ profile, person });
      else groups.push([{ profile, person }]);
    }
  }
  const out: Discrepancy[] = [];
  for (const g of groups) {
    const byWritten = new Map<string, Variant>();
    for (const { profile, person } of g) {
      const m = person.mentions[0];
      const v = byWritten.get(person.name) ?? { value: person.name, reports: [], sources: [] };
      if (!v.reports.includes(profile.report.id)) {
        v.reports.push(profile.report.id);
        if (m) v.sources.push(sourceRef(profile, m.sentenceId, m.start, m.end, person.name));
      }
      byWritten.set(person.name, v);
    }
    if (byWritten.size < 2) continue;
    const variants = [...byWritten.values()].map((v) => ({ ...v, reports: sortedUnique(v.reports) })).sort((a, b) => b.reports.length - a.reports.length || cmp(a.value, b.value));
    const folded = new Set(variants.map((v) => nameKey(v.value)));
    out.push({
      kind: 'person-spelling',
      subject: variants[0].value,
      variants,
      note: folded.size === 1 ? 'same letters, written differently (accents, spaces or hyphens)' : 'spellings one letter apart',
      factId: null,
    });
  }
  return out;
}

function figureDiscrepancies(facts: Fact[]): Discrepancy[] {
  const contested = facts.filter((f) => f.kind === 'figure' && f.contradictedBy.length);
  const groups = new Map<string, Fact[]>();
  for (const f of contested) {
    const key = `${unitClass(f.unit ?? '')}|${subjectClass(f.subject ?? null) ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].filter((list) => list.length > 1).map((list) => ({
    kind: 'figure' as const,
    subject: [mode(list.map((f) => f.unit ?? '')), mode(list.map((f) => f.subject ?? '').filter(Boolean))].filter(Boolean).join(' '),
    variants: list.map((f) => ({ value: f.text, reports: f.reports, sources: f.sources })),
    note: `reports give incompatible numbers: ${list.map((f) => `${f.text} (${f.reports.length} report${f.reports.length > 1 ? 's' : ''}${f.partyName ? `, according to ${f.partyName}` : ''})`).join(' vs ')}`,
    factId: list[0].id,
  }));
}

/** Words one wording has and the other lacks, for a readable note. */
function wordDiff(a: string, b: string): string {
  const wa = words(a);
  const wb = words(b);
  const onlyA = wa.filter((w) => !wb.includes(w));
  const onlyB = wb.filter((w) => !wa.includes(w));
  if (!onlyA.length && !onlyB.length) return 'punctuation or capitals differ';
  return `“${onlyA.join(' ') || '—'}” vs “${onlyB.join(' ') || '—'}”`;
}

/** True when some two wordings differ beyond one being an excerpt of the other. */
function wordingsDiffer(variants: Variant[]): boolean {
  const keys = variants.map((v) => ` ${fold(v.value).replace(/[^a-z0-9]+/g, ' ').trim()} `);
  return keys.some((a, i) => keys.some((b, j) => i < j && !a.includes(b) && !b.includes(a)));
}

function quoteDiscrepancies(facts: Fact[]): Discrepancy[] {
  return facts
    .filter((f) => f.kind === 'quote' && f.variants.length > 1 && wordingsDiffer(f.variants))
    .map((f) => ({
      kind: 'quote-wording' as const,
      subject: `quotation${f.speaker ? ` of ${f.speaker}` : ''}: “${f.text.slice(0, 80)}${f.text.length > 80 ? '…' : ''}”`,
      variants: f.variants,
      note: `wording differs between reports: ${f.variants.slice(1).map((v) => wordDiff(f.variants[0].value, v.value)).join('; ')}`,
      factId: f.id,
    }));
}

function dateDiscrepancies(profiles: Profile[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  const resolved = profiles.filter((p) => p.report.eventDate);
  const variant = (list: Profile[], value: (p: Profile) => string): Variant[] => {
    const m = new Map<string, Profile[]>();
    for (const p of list) m.set(value(p), [...(m.get(value(p)) ?? []), p]);
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

export function findDiscrepancies(profiles: Profile[], places: EventPlace[], spellingNotes: Map<string, string[]>, facts: Fact[]): Discrepancy[] {
  const kindRank = Object.fromEntries(discrepancyKinds.map((k, i) => [k, i])) as Record<Discrepancy['kind'], number>;
  return [
    ...placeDiscrepancies(places, spellingNotes),
    ...personDiscrepancies(profiles),
    ...figureDiscrepancies(facts),
    ...dateDiscrepancies(profiles),
    ...quoteDiscrepancies(facts),
  ]
    .map((d) => ({ ...d, variants: d.variants.map((v) => ({ ...v, sources: [...v.sources].sort((a, b) => cmp(a.reportId, b.reportId) || a.start - b.start) })) }))
    .sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || cmp(a.subject, b.subject));
}
