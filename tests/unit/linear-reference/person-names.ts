// As it was before issue 8 made it near-linear: the reference the indexed version is tested against.
// People named by an event's reports, merged across spellings ("Souleymane Dembélé" /
// "Souleymane Dembele"), each with the one spelling the page shows: the one most independent
// origins use (spellings.ts). The discrepancy table lists the other spellings; every other place a
// name appears (quotation speakers, claimants) is respelled to the shown one, so a reader meets one
// name per person.
import type { Fact, LedgerEntry, Variant } from '../../../src/schemas/event.ts';
import type { Person } from '../../../src/schemas/entities.ts';
import { sourceRef, type Profile } from '../../../src/consolidate/profile.ts';
import { rankSpellings, type OriginOf } from '../../../src/consolidate/spellings.ts';
import { editDistance, fold, nameKey, sortedUnique } from '../../../src/consolidate/text.ts';

export interface PersonReading {
  profile: Profile;
  person: Person;
}

export interface PersonGroup {
  /** The person as each report names them. */
  readings: PersonReading[];
  /** Spellings with their reports, the shown one first. */
  variants: Variant[];
}

const surname = (name: string) => name.split(/\s+/).at(-1)!;

/** People merged across reports by full name (accents aside) or a near-identical spelling; single names are left alone. */
export function personGroups(profiles: Profile[], originOf: OriginOf | undefined): PersonGroup[] {
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
          const [fa, sa] = [fold(x.person.name).split(/\s+/)[0], nameKey(surname(x.person.name))];
          const [fb, sb] = [fold(person.name).split(/\s+/)[0], nameKey(surname(person.name))];
          return fa === fb && sa.length >= 5 && editDistance(sa, sb, 1) <= 1 && !list.some((y) => y.profile === profile);
        }),
      );
      if (g) g.push({ profile, person });
      else groups.push([{ profile, person }]);
    }
  }
  return groups.map((readings) => {
    const byWritten = new Map<string, Variant>();
    const mentions = new Map<string, number>();
    for (const { profile, person } of readings) {
      const m = person.mentions[0];
      const v = byWritten.get(person.name) ?? { value: person.name, reports: [], sources: [] };
      if (!v.reports.includes(profile.report.id)) {
        v.reports.push(profile.report.id);
        if (m) v.sources.push(sourceRef(profile, m.sentenceId, m.start, m.end, person.name));
      }
      mentions.set(`${person.name}|${profile.report.id}`, person.mentions.length);
      byWritten.set(person.name, v);
    }
    const variants = rankSpellings(
      [...byWritten.values()].map((v) => ({ ...v, reports: sortedUnique(v.reports) })),
      originOf,
      (v, r) => mentions.get(`${v.value}|${r}`) ?? 1,
    );
    return { readings, variants };
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that rewrites every other spelling of a merged person to the shown one, in any text
 * naming them ("Col. Souleymane Dembele" → "Col. Souleymane Dembélé"). A surname written alone is
 * respelled too, unless two people of the event share it.
 */
export function respeller(groups: PersonGroup[]): (text: string) => string {
  const pairs: [string, string][] = [];
  const surnameOwners = new Map<string, Set<PersonGroup>>();
  for (const g of groups) for (const v of g.variants) surnameOwners.set(nameKey(surname(v.value)), (surnameOwners.get(nameKey(surname(v.value))) ?? new Set()).add(g));
  for (const g of groups) {
    const shown = g.variants[0]?.value;
    if (!shown) continue;
    for (const v of g.variants.slice(1)) {
      pairs.push([v.value, shown]);
      const [from, to] = [surname(v.value), surname(shown)];
      if (from !== to && surnameOwners.get(nameKey(from))?.size === 1) pairs.push([from, to]);
    }
  }
  if (!pairs.length) return (text) => text;
  // Longest first, so a full name is replaced before its surname alone.
  pairs.sort((a, b) => b[0].length - a[0].length);
  const to = new Map(pairs);
  const re = new RegExp(`(?<![\\p{L}\\p{M}])(?:${pairs.map(([from]) => escape(from)).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
  return (text) => text.replace(re, (m) => to.get(m) ?? m);
}

/**
 * Shows one spelling per person wherever a fact names someone: quotation speakers, the names
 * facts are attributed to, claims and ledger claimants. The variants and source references keep each
 * report's own spelling: they are the evidence.
 */
export function respellPeople(facts: Fact[], ledger: LedgerEntry[], groups: PersonGroup[]): void {
  const respell = respeller(groups);
  for (const f of facts) {
    if (f.kind === 'quote' && f.speaker) f.speaker = respell(f.speaker);
    if (f.partyName) f.partyName = respell(f.partyName);
    // A claim is a paraphrase; a quotation's words stay verbatim.
    if (f.kind === 'claim') f.text = respell(f.text);
  }
  for (const l of ledger) for (const c of l.claimedBy) c.name = respell(c.name);
}
