// The data exports (`data/events.json`, `events.csv`, `places.geojson`) built from the events
// read one at a time, byte for byte what src/consolidate/export.ts's string builders give for
// the whole list: no step holds every event at once, and no single string grows with the corpus
// (at 10,000 seeds events.json nears V8's limit on the length of a string).
import type { Event } from '../schemas/event.ts';
import { CSV_COLUMNS, eventsCsv, placesGeoJson } from '../consolidate/export.ts';

const encoder = new TextEncoder();

/** A response body streamed from pieces: text, or bytes already UTF-8 (the kept parts, passed on as read). */
function streamOf(pieces: Iterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const it = pieces[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(typeof next.value === 'string' ? encoder.encode(next.value) : next.value);
    },
  });
}

/** data/events.json from each event's entry (`ExportParts.json`, as text or UTF-8), in order: what `eventsJson` gives for the list. */
export function* eventsJsonFromParts<Entry extends string | Uint8Array>(entries: Iterable<Entry>): Generator<string | Entry> {
  let first = true;
  for (const entry of entries) {
    yield first ? '{\n  "events": [\n' : ',\n';
    yield entry;
    first = false;
  }
  yield first ? '{\n  "events": []\n}\n' : '\n  ]\n}\n';
}

/** `eventsJson(events)` (`JSON.stringify({ events }, null, 2)` and a newline), one event at a time. */
export function* eventsJsonPieces(events: Iterable<Event>): Generator<string> {
  yield* eventsJsonFromParts(map(events, (e) => JSON.stringify(e, null, 2).replace(/^/gm, '    ')));
}

const CSV_HEADER = CSV_COLUMNS.join(',') + '\r\n';

/** events.csv from each event's rows (`ExportParts.csv`, as text or UTF-8), in order. */
export function* eventsCsvFromParts<Rows extends string | Uint8Array>(rows: Iterable<Rows>): Generator<string | Rows> {
  yield CSV_HEADER;
  yield* rows;
}

/** `eventsCsv(events)`, one event's rows at a time. */
export function* eventsCsvPieces(events: Iterable<Event>): Generator<string> {
  yield* eventsCsvFromParts(map(events, (e) => eventsCsv([e]).slice(CSV_HEADER.length)));
}

/** places.geojson from what it reads of each event (`ExportParts.places`: id, title, places as JSON). */
export function placesGeoJsonFromParts(parts: Iterable<string>): string {
  return placesGeoJson([...map(parts, (p) => JSON.parse(p) as Event)]);
}

/** `placesGeoJson(events)`: it needs only each event's id, title and places. */
export function placesGeoJsonOf(events: Iterable<Event>): string {
  const slim: Pick<Event, 'id' | 'title' | 'places'>[] = [];
  for (const e of events) slim.push({ id: e.id, title: e.title, places: e.places });
  return placesGeoJson(slim as Event[]);
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

export const eventsJsonBody = (entries: Iterable<string | Uint8Array>) => streamOf(eventsJsonFromParts(entries));
export const eventsCsvBody = (rows: Iterable<string | Uint8Array>) => streamOf(eventsCsvFromParts(rows));
