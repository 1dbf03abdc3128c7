// The event's headline, id, type, date, lead sentence and highlights.
import type { CounterClaim, Discrepancy, EventActor, EventPlace, Fact, Highlight, LedgerEntry } from '../schemas/event.ts';
import { INCIDENT_NOUNS, pluralNoun, unitClass } from './lexicon.ts';
import type { Profile } from './profile.ts';
import { shortName } from './parties.ts';
import { sourceRef } from './profile.ts';
import { cmp, fold, listText, slug } from './text.ts';

const NOUNS = Object.keys(INCIDENT_NOUNS).sort((a, b) => b.length - a.length);
const NOUN_RE = new RegExp(`\\b(${NOUNS.map((n) => `${n}|${pluralNoun(n)}`).join('|')})\\b`, 'g');
// Verbs naming the incident ("militants attacked", "gunmen stormed") count for their noun.
const VERBS: Record<string, string> = { attacked: 'attack', attacking: 'attack', stormed: 'attack', raided: 'raid', ambushed: 'ambush', clashed: 'clash', bombed: 'bombing', shelled: 'shelling', kidnapped: 'kidnapping', abducted: 'abduction', besieged: 'siege', flooded: 'flood' };
const VERB_RE = new RegExp(`\\b(${Object.keys(VERBS).join('|')})\\b`, 'g');

/** The incident noun the reports' leads use most ("attack"), and whether they use it in the plural. */
export function incidentNoun(profiles: Profile[]): { noun: string; plural: boolean } | null {
  const counts = new Map<string, { reports: number; plural: number }>();
  for (const p of profiles) {
    const seen = new Set<string>();
    for (const id of p.lead) {
      const text = fold(p.sentence(id));
      const found = [
        ...[...text.matchAll(NOUN_RE)].map((m) => ({ noun: NOUNS.find((n) => n === m[1] || pluralNoun(n) === m[1])!, plural: !NOUNS.includes(m[1]) })),
        ...[...text.matchAll(VERB_RE)].map((m) => ({ noun: VERBS[m[1]], plural: false })),
      ];
      for (const { noun, plural } of found) {
        const c = counts.get(noun) ?? { reports: 0, plural: 0 };
        if (!seen.has(noun)) c.reports++;
        if (plural) c.plural++;
        seen.add(noun);
        counts.set(noun, c);
      }
    }
  }
  const best = [...counts].sort((a, b) => b[1].reports - a[1].reports || b[1].plural - a[1].plural || cmp(a[0], b[0]))[0];
  return best ? { noun: best[0], plural: best[1].plural * 2 >= best[1].reports } : null;
}


/** The places where it happened, most telling first: towns (else regions), in leads, in most reports, located. */
export function mainPlaces(places: EventPlace[]): EventPlace[] {
  const incident = places.filter((p) => p.role === 'incident');
  const towns = incident.some((p) => p.precision === 'town' || p.precision === 'unknown')
    ? incident.filter((p) => p.precision === 'town' || p.precision === 'unknown')
    : incident.filter((p) => p.precision === 'admin' || p.precision === 'region');
  return [...towns].sort(
    (a, b) => Number(b.lead) - Number(a.lead) || b.reports.length - a.reports.length || Number(b.lat !== null) - Number(a.lat !== null) || cmp(a.name, b.name),
  );
}

/** Where it happened, for titles: up to three incident towns, then the country. */
function whereText(places: EventPlace[], countryName: string | null): string {
  const ranked = mainPlaces(places);
  const names = ranked.slice(0, 3).map((p) => p.name);
  if (ranked.length > 3) names.push(`${ranked.length - 3} other place${ranked.length > 4 ? 's' : ''}`);
  const list = listText(names);
  if (!list) return countryName ?? places.find((p) => p.role !== 'background')?.name ?? '';
  return countryName ? `${list}, ${countryName}` : list;
}

export function eventTitle(profiles: Profile[], places: EventPlace[], actors: EventActor[], countryName: string | null): string {
  const noun = incidentNoun(profiles);
  const perpetrator = actors.find((a) => a.role === 'perpetrator');
  const what = noun ? (noun.plural ? pluralNoun(noun.noun) : noun.noun) : 'incident';
  const where = whereText(places, countryName);
  const head = perpetrator ? `${shortName(perpetrator)} ${what}` : what.charAt(0).toUpperCase() + what.slice(1);
  if (where) return `${head} in ${where}`;
  return profiles[0]?.report.title ?? head;
}

/** ACLED-style type of the incident from its noun. */
export function eventType(profiles: Profile[], claims: Fact[]): { type: string | null; sub: string | null } {
  const noun = incidentNoun(profiles);
  const t = noun ? INCIDENT_NOUNS[noun.noun] : undefined;
  if (!t || !t.type) return { type: null, sub: null };
  if (t.type === 'Battles' && claims.some((c) => c.claimType === 'control' && c.stance === 'assert' && !c.background)) {
    return { type: 'Battles', sub: 'Non-state actor overtakes territory' };
  }
  return { type: t.type, sub: t.sub };
}

/** Base of the event id: date (or date as written) and main place, as a slug. */
export function eventIdBase(date: string | null, dateText: string | null, places: EventPlace[], countryName: string | null): string {
  const main = mainPlaces(places)[0] ?? places.find((p) => p.role !== 'background');
  const where = slug(main?.name ?? countryName ?? 'event', 32) || 'event';
  // Without a resolved date, the weekday or day of month as written ("on Tuesday morning" → tuesday).
  const written = dateText ? (fold(dateText).match(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b/)?.[0] ?? dateText) : null;
  const when = date ?? (written ? slug(written, 20) : 'undated');
  return `${when}-${where}`;
}

/** The event's lead sentence: the first real sentence (not a Title Case headline) of its best-connected report. */
export function leadSentence(profiles: Profile[], facts: Fact[]): { text: string; profile: Profile | null; sentenceId: string | null } {
  const weight = new Map<string, number>();
  for (const f of facts) for (const r of f.reports) weight.set(r, (weight.get(r) ?? 0) + f.reports.length);
  const ranked = [...profiles].sort((a, b) => (weight.get(b.report.id) ?? 0) - (weight.get(a.report.id) ?? 0) || cmp(a.report.id, b.report.id));
  for (const p of ranked) {
    for (const s of p.report.sentences) {
      const t = p.sentence(s.id);
      const long = t.match(/\p{L}{4,}/gu) ?? [];
      const titleCase = long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.6;
      if (t.length >= 60 && /[.!?"”]$/.test(t) && !titleCase) return { text: t, profile: p, sentenceId: s.id };
    }
  }
  const p = ranked[0];
  return { text: p?.report.summary ?? '', profile: p ?? null, sentenceId: p?.report.sentences[0]?.id ?? null };
}

const reportsText = (n: number, total: number) => (n === total ? `all ${total} reports` : `${n} of ${total} reports`);
const originsText = (n: number) => `${n} independent origin${n === 1 ? '' : 's'}`;

export function highlights(input: {
  reportIds: string[];
  origins: string[][];
  facts: Fact[];
  ledger: LedgerEntry[];
  counterClaims: CounterClaim[];
  places: EventPlace[];
  discrepancies: Discrepancy[];
  lead: { text: string; profile: Profile | null; sentenceId: string | null };
}): Highlight[] {
  const { reportIds, origins, facts, ledger, counterClaims: counters, places, discrepancies, lead } = input;
  const total = reportIds.length;
  const out: Highlight[] = [];
  if (lead.profile && lead.sentenceId) out.push({ text: lead.text, sources: [sourceRef(lead.profile, lead.sentenceId)] });
  const byId = new Map(facts.map((f) => [f.id, f]));
  // Best-supported figures first; among equals, tolls of people before counts of places or things.
  const people = (f: Fact) => Number(['combatants', 'security', 'civilians'].includes(unitClass(f.unit ?? '')));
  const figures = facts
    .filter((f) => f.kind === 'figure' && !f.background)
    .sort((a, b) => b.reports.length - a.reports.length || people(b) - people(a) || b.origins - a.origins || cmp(a.id, b.id));
  for (const f of figures.slice(0, 2)) {
    if (f.reports.length < 2 && out.length >= 2) break;
    const entry = ledger.find((l) => l.factId === f.id);
    const who = f.partyName ? `, according to ${f.partyName}` : '';
    const self = entry?.selfReported ? ' — self-reported by a party to the fighting' : '';
    const disputed = f.contradictedBy.length ? `; ${f.contradictedBy.length} report${f.contradictedBy.length > 1 ? 's give' : ' gives'} a different number` : '';
    out.push({ text: `${cap(f.text)}${who} (${reportsText(f.reports.length, total)}, ${originsText(f.origins)})${self}${disputed}.`, sources: f.sources.slice(0, 6) });
  }
  for (const c of counters.slice(0, 1)) {
    const a = byId.get(c.claims[0])!;
    const b = byId.get(c.claims[1])!;
    out.push({ text: `${a.partyName} claims ${a.text}; ${b.partyName} says ${b.text}.`, sources: [a.sources[0], b.sources[0]].filter(Boolean) });
  }
  const incident = places.filter((p) => p.role === 'incident' && p.precision !== 'country');
  if (incident.length) {
    const names = incident.slice(0, 8).map((p) => p.name);
    const more = incident.length > 8 ? ` and ${incident.length - 8} more` : '';
    out.push({ text: `Places named as affected: ${names.join(', ')}${more}.`, sources: incident.slice(0, 8).map((p) => p.sources[0]).filter(Boolean) });
  }
  const spelled = discrepancies.filter((d) => d.kind !== 'quote-wording').slice(0, 3);
  if (spelled.length && out.length < 6) {
    out.push({
      text: `Reports differ on ${listText(spelled.map((d) => (d.kind.endsWith('spelling') ? `the spelling of ${d.variants.map((v) => v.value).join('/')}` : d.subject)))}.`,
      sources: spelled.flatMap((d) => d.variants.map((v) => v.sources[0])).filter(Boolean).slice(0, 6),
    });
  }
  if (out.length < 6) {
    const copies = total - origins.length;
    out.push({
      text: `${total} report${total === 1 ? '' : 's'} from ${originsText(origins.length)}${copies > 0 ? ` (${copies} ${copies === 1 ? 'is a copy or rewrite' : 'are copies or rewrites'} of another report's story)` : ''}.`,
      sources: [],
    });
  }
  return out.slice(0, 6);
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
