// Data exports of the consolidated events: JSON, ACLED-style CSV (one row per event location,
// the event's fatalities on its first row only) and GeoJSON of the located places. Pure string
// builders; the site's endpoints only call them.
import type { Event, EventPlace } from '../schemas/event.ts';

/** Newest first, undated last, then by id: the order `consolidate` returns and every list uses. */
export function sortEvents<T extends Pick<Event, 'id' | 'date'>>(events: readonly T[]): T[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...events].sort((a, b) => (a.date === b.date ? cmp(a.id, b.id) : a.date === null ? 1 : b.date === null ? -1 : cmp(b.date, a.date)));
}

/** `data/events.json`: the events as consolidated. */
export function eventsJson(events: readonly Event[]): string {
  return JSON.stringify({ events }, null, 2) + '\n';
}

export const CSV_COLUMNS = [
  'event_id', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1',
  'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities',
] as const;

type Cell = string | number | null;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a formula is defused. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const INTERNATIONAL_AGENCIES = new Set(
  ['afp', 'agence france-presse', 'reuters', 'ap', 'associated press', 'xinhua', 'anadolu', 'efe', 'dpa', 'ansa', 'kyodo', 'tass', 'upi', 'bloomberg', 'bbc', 'al jazeera'],
);

/** ACLED geo-precision: 1 a located town, 2 an unlocated or approximate place, 3 a region or country. */
function geoPrecision(p: EventPlace): number | null {
  if (p.lat === null || p.lon === null) return null;
  if (p.precision === 'town') return 1;
  if (p.precision === 'unknown') return 2;
  return 3;
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 1e5) / 1e5);

/** Places a CSV row is written for: where it happened; the country when nothing finer is known. */
export function eventLocations(e: Event): EventPlace[] {
  const fine = e.places.filter((p) => p.role === 'incident' && p.precision !== 'country');
  if (fine.length) return fine;
  const country = e.places.find((p) => p.precision === 'country' && p.country === e.country) ?? e.places.find((p) => p.role === 'incident');
  return country ? [country] : [];
}

/**
 * `data/events.csv`: ACLED-style columns, one row per event location, CRLF line ends.
 * Fatalities are counted once per event, as ACLED does: the event's first row carries them and its
 * other location rows carry 0, so the sum of the `fatalities` column is the total toll (repeating
 * the toll on every location row would multiply it). An event with no known toll has 0.
 */
export function eventsCsv(events: readonly Event[]): string {
  const rows: Cell[][] = [];
  for (const e of events) {
    const actor1 = e.actors.find((a) => a.role === 'perpetrator')?.name ?? null;
    const actor2 = e.actors.find((a) => a.role === 'target')?.name ?? null;
    const sources = [...new Set([...e.reports.map((r) => r.outlet ?? ''), ...e.reports.flatMap((r) => r.agencies)].filter(Boolean))].sort();
    const scale = sources.some((s) => INTERNATIONAL_AGENCIES.has(s.toLowerCase())) ? 'International' : null;
    const precision = e.date ? (e.date.length === 10 ? 1 : e.date.length === 7 ? 3 : null) : null;
    const notes = `${e.summary} [${e.reportIds.length} report${e.reportIds.length === 1 ? '' : 's'}, ${e.origins.length} independent origin${e.origins.length === 1 ? '' : 's'}${e.date ? '' : e.dateText ? `; date as written: ${e.dateText}` : ''}]`;
    const locations = eventLocations(e);
    const base = (p: EventPlace | null, first: boolean): Cell[] => [
      e.id,
      e.date,
      precision,
      e.eventType,
      e.subEventType,
      actor1,
      actor2,
      e.countryName,
      p?.admin1 ?? null,
      p?.name ?? e.countryName,
      p ? round(p.lat) : null,
      p ? round(p.lon) : null,
      p ? geoPrecision(p) : null,
      sources.length ? sources.join('; ') : e.reportIds.join('; '),
      scale,
      first ? notes : `${notes} [fatalities on the event's first row]`,
      first ? (e.fatalities ?? 0) : 0,
    ];
    if (!locations.length) rows.push(base(null, true));
    locations.forEach((p, i) => rows.push(base(p, i === 0)));
  }
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.map(csvField).join(','))].join('\r\n') + '\r\n';
}

interface Feature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    key: string;
    name: string;
    country: string | null;
    admin1: string | null;
    precision: EventPlace['precision'];
    /** Where it happened in at least one event (else only named for context). */
    incident: boolean;
    events: string[];
    eventTitles: string[];
    reports: number;
  };
}

/** `data/places.geojson`: one point per located place, with the events naming it. Unlocated places are left out. */
export function placesGeoJson(events: readonly Event[]): string {
  const byKey = new Map<string, Feature>();
  for (const e of events) {
    for (const p of e.places) {
      if (p.lat === null || p.lon === null || p.role === 'background') continue;
      const f = byKey.get(p.key) ?? {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [round(p.lon)!, round(p.lat)!] as [number, number] },
        properties: { key: p.key, name: p.name, country: p.country, admin1: p.admin1, precision: p.precision, incident: false, events: [], eventTitles: [], reports: 0 },
      };
      f.properties.incident ||= p.role === 'incident';
      if (!f.properties.events.includes(e.id)) {
        f.properties.events.push(e.id);
        f.properties.eventTitles.push(e.title);
      }
      f.properties.reports += p.reports.length;
      byKey.set(p.key, f);
    }
  }
  const features = [...byKey.values()].sort((a, b) => (a.properties.key < b.properties.key ? -1 : a.properties.key > b.properties.key ? 1 : 0));
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 2) + '\n';
}
