// The places of an event: merged across reports, spelling variants recognised, the name shown
// chosen by independent origins, and each place's role (where it happened, context, or
// background only).
import { WORLD_COUNTRIES as countries } from '../geo/world-countries.ts';
import type { EventPlace, SourceRef, Variant } from '../schemas/event.ts';
import type { Place } from '../schemas/entities.ts';
import type { Mention } from '../schemas/provenance.ts';
import { incidentSites } from './place-roles.ts';
import { placeKey, sourceRef, type Profile } from './profile.ts';
import { deletions, rankSpellings, type OriginOf } from './spellings.ts';
import { cmp, editDistance, fold, mode, nameKey, sortedUnique } from './text.ts';

const DEMONYMS = new Set(
  countries.flatMap((c) => Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f])).filter(Boolean).map((d) => fold(d)),
);

interface Reading {
  profile: Profile;
  place: Place;
}

interface Cluster {
  key: string;
  readings: Reading[];
  /** Why clusters were merged as spellings of one place, when they were. */
  merged: string[];
}

export interface PlaceResult {
  places: EventPlace[];
  /** Country where the event happened, or null. */
  country: string | null;
  /** Notes on merged spellings, by place key. */
  spellingNotes: Map<string, string[]>;
}

/** How a mention is written, possessive stripped ("Mali's" → "Mali"). */
function writtenAt(profile: Profile, m: Mention, fallback: string): string {
  const raw = profile.text ? profile.text.slice(m.start, m.end) : fallback;
  return raw.replace(/[’']s$/u, '').trim() || fallback;
}

/** "West African" for "West Africa", "Senegalese" for "Senegal": adjectives, not spellings. */
function isAdjectiveOf(written: string, place: Place): boolean {
  const w = fold(written);
  return [place.name, place.written].some((n) => {
    const base = fold(n);
    const stemmed = base.replace(/[aeiou]$/, '');
    return w !== base && w.startsWith(stemmed) && /^(?:n|an|ian|ese|i|ic|ean)$/.test(w.slice(stemmed.length));
  });
}

/** Largest edit distance at which an unknown name counts as a spelling of another (by length). */
const allowance = (length: number) => (length >= 6 ? 2 : length >= 4 ? 1 : 0);

function isIncidentPlaceCountry(place: Place, country: string | null): boolean {
  if (!country) return place.precision !== 'country';
  if (place.precision === 'country') return place.country === country;
  return place.country === country || (place.country === null && (place.precision === 'town' || place.precision === 'unknown'));
}

/** The country the event happened in: where its lead and foreground places are. */
export function eventCountry(profiles: Profile[]): string | null {
  const score = new Map<string, number>();
  for (const p of profiles) {
    for (const f of p.places) {
      if (!f.place.country || f.backgroundOnly) continue;
      score.set(f.place.country, (score.get(f.place.country) ?? 0) + f.weight + (f.lead ? 1 : 0));
    }
  }
  if (!score.size) {
    for (const p of profiles) for (const o of p.report.organizations) if (o.country && (o.kind === 'state-force' || o.kind === 'government')) score.set(o.country, (score.get(o.country) ?? 0) + 1);
  }
  return [...score].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? null;
}

/**
 * Places of an event's reports. `originOf` (report id → origin index) lets the shown spelling of an
 * unlocated place be the one most independent origins use; without it every report counts alone.
 */
export function consolidatePlaces(profiles: Profile[], originOf?: OriginOf): PlaceResult {
  const country = eventCountry(profiles);
  const knownNames = sortedUnique(profiles.flatMap((p) => p.report.places.filter((x) => x.precision !== 'country').flatMap((x) => [x.name, x.written])));
  const sites = new Map(profiles.map((p) => [p, incidentSites(p, knownNames)]));
  const byKey = new Map<string, Cluster>();
  for (const profile of profiles) {
    for (const place of profile.report.places) {
      const key = placeKey(place);
      const c = byKey.get(key) ?? { key, readings: [], merged: [] };
      c.readings.push({ profile, place });
      byKey.set(key, c);
    }
  }
  // Merge spellings: an unlocated name one or two letters from another place's name, never
  // named together with it in one report (a report naming both means two places).
  const clusters = [...byKey.values()].sort((a, b) => cmp(a.key, b.key));
  // Names and reports of a cluster, kept until it takes another's readings.
  const seen = new Map<Cluster, { names: string[]; reports: Set<string> }>();
  const read = (c: Cluster) => {
    let r = seen.get(c);
    if (!r) {
      r = { names: sortedUnique(c.readings.flatMap((x) => [x.place.name, x.place.written]).map(nameKey).filter((n) => n.length >= 3)), reports: new Set(c.readings.map((x) => x.profile.report.id)) };
      seen.set(c, r);
    }
    return r;
  };
  const located = (c: Cluster) => c.readings.some((r) => r.place.gazetteerId !== null);
  // Only names a few deletions apart can be spellings of one another (two names within the
  // allowance share a form with up to that many letters deleted): the forms of the unlocated
  // places' names are indexed, every place's forms looked up in it, and each unlocated place gets
  // the places whose names are near its own. As places merge, the candidates follow the names: a
  // place near the merged one's names becomes a candidate of the target, and a target takes the
  // merged one's candidates.
  const candidates = new Map<number, Set<number>>();
  const byForm = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    if (located(c)) return;
    candidates.set(i, new Set());
    for (const x of read(c).names) {
      for (const v of deletions(x, allowance(x.length))) {
        const list = byForm.get(v);
        if (list) list.push(i);
        else byForm.set(v, [i]);
      }
    }
  });
  if (byForm.size) {
    clusters.forEach((c, j) => {
      for (const y of read(c).names) for (const v of deletions(y, allowance(y.length))) for (const i of byForm.get(v) ?? []) candidates.get(i)!.add(j);
    });
  }
  for (let i = 0; i < clusters.length; i++) {
    const a = clusters[i];
    if (!a.readings.length || located(a)) continue;
    const { names: namesA, reports: ra } = read(a);
    const near = candidates.get(i)!;
    let target: { c: Cluster; j: number; d: number; how: string } | null = null;
    for (const j of [...near].sort((p, q) => p - q)) {
      const b = clusters[j];
      if (i === j || !b.readings.length) continue;
      const { names: namesB, reports: rb } = read(b);
      if ([...rb].some((r) => ra.has(r))) continue;
      for (const x of namesA) {
        for (const y of namesB) {
          const d = editDistance(x, y, 2);
          if (d <= allowance(Math.min(x.length, y.length)) && (!target || d < target.d || (d === target.d && located(b) && !located(target.c)))) {
            target = { c: b, j, d, how: `${d === 0 ? 'same letters' : d === 1 ? 'one letter apart' : 'two letters apart'}` };
          }
        }
      }
    }
    if (!target) continue;
    const name = a.readings[0].place.written;
    target.c.readings.push(...a.readings);
    target.c.merged.push(`${name}: ${target.how}; no gazetteer knows “${name}”, and no report names both`);
    a.readings = [];
    // The target now has the names of both: what was near the merged names is near it.
    seen.delete(target.c);
    const t = target.j;
    for (const k of near) candidates.get(k)?.add(t);
    const own = candidates.get(t);
    if (own) for (const k of near) own.add(k);
  }

  const spellingNotes = new Map<string, string[]>();
  const places: EventPlace[] = [];
  for (const c of clusters) {
    if (!c.readings.length) continue;
    const variants = new Map<string, Variant>();
    const sources: SourceRef[] = [];
    let lead = false;
    let foreground = false;
    let incidentCue = false;
    const mentionCount = new Map<string, number>();
    for (const { profile, place } of c.readings) {
      for (const m of place.mentions) {
        const written = writtenAt(profile, m, place.written);
        if (DEMONYMS.has(fold(written)) || isAdjectiveOf(written, place)) continue;
        const ref = sourceRef(profile, m.sentenceId, m.start, m.end, written);
        const v = variants.get(written) ?? { value: written, reports: [], sources: [] };
        if (!v.reports.includes(profile.report.id)) {
          v.reports.push(profile.report.id);
          v.sources.push(ref);
        }
        variants.set(written, v);
        const k = `${written}|${profile.report.id}`;
        mentionCount.set(k, (mentionCount.get(k) ?? 0) + 1);
        if (profile.background.has(m.sentenceId)) continue;
        foreground = true;
        if (profile.lead.has(m.sentenceId)) lead = true;
        if (sites.get(profile)!.has(m)) incidentCue = true;
      }
      const first = place.mentions[0];
      if (first && !sources.some((s) => s.reportId === profile.report.id)) {
        sources.push(sourceRef(profile, first.sentenceId, first.start, first.end, writtenAt(profile, first, place.written)));
      }
    }
    const located = c.readings.find((r) => r.place.gazetteerId !== null)?.place;
    const canonical = located ?? c.readings[0].place;
    const variantList = rankSpellings(
      [...variants.values()].map((v) => ({ ...v, reports: [...v.reports].sort(cmp), sources: v.sources.sort((x, y) => cmp(x.reportId, y.reportId)) })),
      originOf,
      (v, r) => mentionCount.get(`${v.value}|${r}`) ?? 1,
    );
    // The gazetteer's name when it knows the place; else the spelling of most independent origins.
    const name = located ? located.name : (variantList[0]?.value ?? canonical.name);
    // Where it happened: a mention the incident's words attach to (a lead mention counts when its
    // sentence names no incident at all), or the event's country itself; a place named only for a
    // curfew, a refuge or another response is context.
    const eventCountryItself = canonical.precision === 'country' && canonical.country === country;
    const role: EventPlace['role'] = !foreground ? 'background' : isIncidentPlaceCountry(canonical, country) && (incidentCue || eventCountryItself) ? 'incident' : 'context';
    places.push({
      key: c.key,
      name,
      variants: variantList,
      lat: located?.lat ?? null,
      lon: located?.lon ?? null,
      country: mode(c.readings.map((r) => r.place.country ?? '')) || null,
      admin1: mode(c.readings.map((r) => r.place.admin1 ?? '')) || null,
      precision: canonical.precision,
      role,
      lead,
      reports: sortedUnique(c.readings.map((r) => r.profile.report.id)),
      sources: sources.sort((x, y) => cmp(x.reportId, y.reportId)),
    });
    if (c.merged.length) spellingNotes.set(c.key, c.merged);
  }
  const roleRank = { incident: 0, context: 1, background: 2 };
  const precisionRank = { town: 0, unknown: 0, admin: 2, region: 3, country: 4 };
  places.sort(
    (a, b) =>
      roleRank[a.role] - roleRank[b.role] ||
      precisionRank[a.precision] - precisionRank[b.precision] ||
      b.reports.length - a.reports.length ||
      cmp(a.name, b.name),
  );
  return { places, country, spellingNotes };
}
