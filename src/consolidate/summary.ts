// The event's headline, id, type, lead sentence and highlights.
import type { ClaimFact, CounterClaim, Discrepancy, EventActor, EventPlace, Fact, FigureFact, Highlight, LedgerEntry, SourceRef } from '../schemas/event.ts';
import { discrepancyPhrase } from './discrepancies.ts';
import { incidentNoun, isHazard } from './incident.ts';
import { INCIDENT_NOUNS, pluralNoun, subjectClass, unitClass } from './lexicon.ts';
import type { Profile } from './profile.ts';
import { shortName } from './parties.ts';
import { sourceRef } from './profile.ts';
import { agentBasis, roleEvidence } from './roles.ts';
import { cmp, fold, listText, slug } from './text.ts';

export { incidentNoun };

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

/** Incident nouns without a plural. */
const MASS_NOUNS = new Set(['fighting', 'shelling', 'flooding', 'unrest', 'violence']);
/** ACLED types whose incidents someone carries out. */
const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Outcomes under which a count of places is the count of places the incident struck. */
const STRUCK = new Set(['attacked', 'captured', 'destroyed']);

/**
 * The number of places the sources say were struck ("seven towns"): the best-supported count of
 * localities attacked, taken or destroyed that at least half the reports give.
 */
export function statedPlaceCount(facts: Fact[], reportCount = 1): { value: number; text: string } | null {
  const counts = facts
    .filter((f) => f.kind === 'figure')
    .filter((f) => !f.background && f.value >= 2 && (f.max ?? f.value) === f.value)
    .filter((f) => unitClass(f.unit) === 'localities' && STRUCK.has(subjectClass(f.subject) ?? ''))
    .filter((f) => f.reports.length * 2 >= reportCount)
    .sort((a, b) => b.reports.length - a.reports.length || b.origins - a.origins || b.value - a.value || cmp(a.id, b.id));
  const f = counts[0];
  if (!f) return null;
  // Qualifier as the most reports give it ("at least 7" → "at least seven").
  const stated = f.variants[0]?.value ?? String(f.value);
  const qualifier = stated.replace(/[\d,.]+.*$/, '').trim();
  const number = f.value < NUMBER_WORDS.length ? NUMBER_WORDS[f.value] : String(f.value);
  return { value: f.value, text: [qualifier, number, f.unit].filter(Boolean).join(' ') };
}

const DIRECTION = '(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)';

/**
 * The area of the incident for a title: a part of the country most reports name ("western Mali"),
 * else the first-level division most incident places share when one is an incident place itself,
 * else the country.
 */
function areaText(places: EventPlace[], ranked: EventPlace[], profiles: Profile[], countryName: string | null): string {
  if (countryName) {
    const re = new RegExp(`\\b(${DIRECTION})\\s+${countryName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
    const reportsBy = new Map<string, Set<string>>();
    for (const p of profiles) {
      for (const s of p.report.sentences) {
        if (p.background.has(s.id)) continue;
        for (const m of p.sentence(s.id).matchAll(re)) {
          const key = m[1].toLowerCase();
          reportsBy.set(key, (reportsBy.get(key) ?? new Set()).add(p.report.id));
        }
      }
    }
    const best = [...reportsBy].sort((a, b) => b[1].size - a[1].size || cmp(a[0], b[0]))[0];
    if (best && best[1].size >= Math.min(2, profiles.length)) return `${best[0]} ${countryName}`;
  }
  const admins = ranked.map((p) => p.admin1).filter((a): a is string => !!a);
  const top = [...new Set(admins)].map((a) => [a, admins.filter((x) => x === a).length] as const).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
  const division = top && top[1] >= 2 && top[1] * 3 >= admins.length * 2 ? places.find((p) => p.role === 'incident' && p.precision === 'admin' && p.admin1 === top[0]) : undefined;
  if (division) return countryName ? `${division.name}, ${countryName}` : division.name;
  return countryName ?? places.find((p) => p.role !== 'background')?.name ?? '';
}

/**
 * Where it happened, for titles, with its preposition: up to three incident towns and the country;
 * more than that, the number of places the sources state and the area ("across seven towns in
 * western Mali"), else the two main towns and the area.
 */
function whereText(places: EventPlace[], countryName: string | null, profiles: Profile[], facts: Fact[]): string {
  const ranked = mainPlaces(places);
  const count = isHazard(profiles) ? null : statedPlaceCount(facts, profiles.length);
  if (count && (ranked.length > 3 || (ranked.length >= 2 && count.value > ranked.length))) return `across ${count.text} in ${areaText(places, ranked, profiles, countryName)}`;
  if (ranked.length > 3) return `in ${ranked[0].name}, ${ranked[1].name} and other places in ${areaText(places, ranked, profiles, countryName)}`;
  const list = listText(ranked.map((p) => p.name));
  if (!list) {
    const area = countryName ?? places.find((p) => p.role !== 'background')?.name;
    return area ? `in ${area}` : '';
  }
  return `in ${countryName ? `${list}, ${countryName}` : list}`;
}

/**
 * The headline: who did what where. The perpetrator is named as the reports know it: "ISWAP
 * attack" when they say so, "Attacks claimed by JNIM" when only its claim says so, "Suspected …"
 * when they only suspect it; a natural hazard or accident has none.
 */
export function eventTitle(profiles: Profile[], places: EventPlace[], actors: EventActor[], countryName: string | null, facts: Fact[] = [], country: string | null = null): string {
  const noun = incidentNoun(profiles);
  const perpetrator = actors.find((a) => a.role === 'perpetrator');
  const where = whereText(places, countryName, profiles, facts);
  // Several places struck: several attacks, whatever number the leads use ("fighting" has no plural).
  const plural = !!noun && !MASS_NOUNS.has(noun.noun) && (noun.plural || where.startsWith('across '));
  const what = noun ? (plural ? pluralNoun(noun.noun) : noun.noun) : 'incident';
  let head = cap(what);
  // Only acts of violence have a perpetrator in their headline ("Kenyan Police protests" would be wrong).
  const violent = !!noun && VIOLENT_TYPES.has(INCIDENT_NOUNS[noun.noun]?.type ?? '');
  if (perpetrator && violent) {
    const claims = facts.filter((f) => f.kind === 'claim');
    const basis = agentBasis(roleEvidence(profiles, actors, claims, country).byActor.get(perpetrator.key));
    const name = shortName(perpetrator);
    head = basis === 'claimed' ? `${cap(what)} claimed by ${name}` : basis === 'hedged' ? `Suspected ${name} ${what}` : `${name} ${what}`;
  }
  if (where) return `${head} ${where}`;
  return profiles[0]?.report.title ?? head;
}

/**
 * ACLED-style type of the incident from its noun. Ground taken ("Non-state actor overtakes
 * territory") only when the reports say so in their own voice, or when a non-state party claims it
 * and nobody contests it: a claim the other side answers (a counter-claim) or denies, or that is
 * contradicted, is not taken as fact.
 */
export function eventType(
  profiles: Profile[],
  claims: ClaimFact[],
  counters: CounterClaim[] = [],
  actors: EventActor[] = [],
  country: string | null = null,
): { type: string | null; sub: string | null } {
  if (isHazard(profiles)) return { type: null, sub: null };
  const noun = incidentNoun(profiles);
  const t = noun ? INCIDENT_NOUNS[noun.noun] : undefined;
  if (!t || !t.type) return { type: null, sub: null };
  if (t.type !== 'Battles') return { type: t.type, sub: t.sub };
  const nonState = (key: string | null) => !!key && !key.startsWith('state:');
  // Stated: at least half the reports (and two, when there are more) say a non-state actor took ground.
  const { byActor } = roleEvidence(profiles, actors, claims, country);
  const needed = Math.min(Math.max(2, Math.ceil(profiles.length / 2)), profiles.length);
  const stated = [...byActor].some(([key, e]) => nonState(key) && e.captured.size >= needed);
  const answered = new Set(counters.map((c) => c.parties[0]));
  // Parties denying control or the outcome (in the foreground): a claim is denied by any other's.
  const deniers = new Set(claims.filter((d) => d.stance === 'deny' && !d.background && (d.claimType === 'control' || d.claimType === 'outcome')).map((d) => d.party));
  const denied = (c: ClaimFact) => deniers.size > 1 || (deniers.size === 1 && !deniers.has(c.party));
  const uncontested = (c: ClaimFact) => c.status !== 'contested' && nonState(c.party) && !answered.has(c.party!) && !denied(c);
  const claimed = claims.some((c) => c.claimType === 'control' && c.stance === 'assert' && !c.background && uncontested(c));
  return stated || claimed ? { type: 'Battles', sub: 'Non-state actor overtakes territory' } : { type: t.type, sub: t.sub };
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

/**
 * What a discrepancy about figure `f` adds to that figure's highlight, without repeating the count:
 * "worded “killed” in 1 report", "“temporarily” in 1 report only", "at least 4 towns attacked in 1 report".
 */
function asideOf(d: Discrepancy, f: Fact): string | null {
  const inReports = (v: Discrepancy['variants'][number]) => `${v.reports.length} report${v.reports.length === 1 ? '' : 's'}`;
  const listed = (vs: Discrepancy['variants']) => (vs.length ? listText(vs.map((v) => `${v.value} in ${inReports(v)}`)) : null);
  switch (d.kind) {
    case 'outcome': {
      // The figure's own wording is on its line already.
      const others = d.variants.filter((v) => !fold(f.text).includes(fold(v.value)));
      return others.length ? `worded ${listText(others.map((v) => `“${v.value}” in ${inReports(v)}`))}` : null;
    }
    case 'hedge':
      return d.variants[0] ? `“${d.variants[0].value}” in ${inReports(d.variants[0])} only` : null;
    case 'count':
    case 'figure':
      return listed(d.variants.filter((v) => fold(v.value) !== fold(f.text)));
    default:
      return null;
  }
}

/**
 * 3–6 takeaways: the lead sentence, the best-supported key figures (ledger rows only: counts of
 * the incident's outcomes), a claim set against its counter-claim, the places, what the reports
 * give differently and how many origins stand behind them. A count is stated once: a lead sentence
 * that states a highlighted figure gives way to it, and a counter-claim or discrepancy about a
 * highlighted figure is told on that figure's line.
 */
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
  const byId = new Map(facts.map((f) => [f.id, f]));
  const rows = new Map(ledger.map((l) => [l.factId, l]));
  // Best-supported key figures first; among equals, tolls of people before counts of places or things.
  const people = (f: FigureFact) => Number(['combatants', 'security', 'civilians'].includes(unitClass(f.unit)));
  const ranked = facts
    .filter((f) => f.kind === 'figure')
    .filter((f) => !f.background && rows.has(f.id))
    .sort((a, b) => b.reports.length - a.reports.length || people(b) - people(a) || b.origins - a.origins || cmp(a.id, b.id));
  const leadLine = lead.profile && lead.sentenceId ? { text: lead.text, sources: [sourceRef(lead.profile, lead.sentenceId)] } : null;
  const inLead = (f: Fact) => !!leadLine && f.sources.some((s) => s.reportId === leadLine.sources[0].reportId && s.sentenceId === leadLine.sources[0].sentenceId);
  // Two figures, the second only when two reports give it (or nothing else would be said).
  const shown = ranked.slice(0, 2).filter((f, i) => i === 0 || f.reports.length >= 2 || !leadLine);
  const figureLines = new Map<string, { text: string; asides: string[]; sources: SourceRef[] }>();
  for (const f of shown) {
    const entry = rows.get(f.id);
    const who = f.partyName ? `, according to ${f.partyName}` : '';
    const self = entry?.selfReported ? ['self-reported by a party to the fighting'] : [];
    figureLines.set(f.id, { text: `${cap(f.text)}${who} — ${reportsText(f.reports.length, total)}, ${originsText(f.origins)}`, asides: self, sources: f.sources.slice(0, 6) });
  }
  // Differences about a shown figure go on its line; the others into "Reports differ on …".
  const differing: Discrepancy[] = [];
  for (const d of discrepancies.filter((x) => x.kind !== 'quote-wording')) {
    const line = d.factId ? figureLines.get(d.factId) : undefined;
    const aside = line ? asideOf(d, byId.get(d.factId!)!) : null;
    if (line && aside) line.asides.push(aside);
    else differing.push(d);
  }
  for (const f of shown) {
    const line = figureLines.get(f.id)!;
    if (f.contradictedBy.length && !discrepancies.some((d) => d.factId === f.id && (d.kind === 'count' || d.kind === 'figure'))) {
      line.asides.push(`${f.contradictedBy.length} report${f.contradictedBy.length > 1 ? 's give' : ' gives'} a different number`);
    }
  }
  const counterLines: Highlight[] = [];
  const claimsById = new Map(facts.filter((f) => f.kind === 'claim').map((f) => [f.id, f]));
  for (const c of counters.slice(0, 1)) {
    const a = claimsById.get(c.claims[0])!;
    const b = claimsById.get(c.claims[1])!;
    // A claim stating a shown figure: the answer goes on that figure's line, the count is not repeated.
    const stated = [a, b].find((x) => x.figureId !== undefined && figureLines.has(x.figureId));
    const line = stated?.figureId !== undefined ? figureLines.get(stated.figureId) : undefined;
    if (stated && line) {
      const answer = stated === a ? b : a;
      line.asides.push(`${answer.partyName} says ${answer.text}`);
      if (answer.sources[0]) line.sources.push(answer.sources[0]);
    } else {
      counterLines.push({ text: `${a.partyName} claims ${a.text}; ${b.partyName} says ${b.text}.`, sources: [a.sources[0], b.sources[0]].filter(Boolean) });
    }
  }

  const out: Highlight[] = [];
  if (leadLine && !shown.some(inLead)) out.push(leadLine);
  for (const f of shown) {
    const line = figureLines.get(f.id)!;
    out.push({ text: `${[line.text, ...line.asides].join('; ')}.`, sources: line.sources });
  }
  out.push(...counterLines);
  const incident = places.filter((p) => p.role === 'incident' && p.precision !== 'country');
  if (incident.length) {
    const names = incident.slice(0, 8).map((p) => p.name);
    const more = incident.length > 8 ? ` and ${incident.length - 8} more` : '';
    out.push({ text: `Places named as affected: ${names.join(', ')}${more}.`, sources: incident.slice(0, 8).map((p) => p.sources[0]).filter(Boolean) });
  }
  // What the reports give differently, most substantive first (discrepancies come ranked).
  const rest = differing.slice(0, 3);
  if (rest.length && out.length < 6) {
    out.push({
      text: `Reports differ on ${listText(rest.map(discrepancyPhrase))}.`,
      sources: rest.flatMap((d) => d.variants.map((v) => v.sources[0])).filter(Boolean).slice(0, 6),
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
