// The data exports (`data/events.json`, `events.csv`, `places.geojson`) built from the events
// read one at a time, byte for byte what src/consolidate/export.ts's string builders give for
// the whole list: no step holds every event at once, and no single string grows with the corpus
// (at 10,000 seeds events.json nears V8's limit on the length of a string).
import type { Event } from '../schemas/event.ts';
import { CSV_COLUMNS, eventsCsv, placesGeoJson } from '../consolidate/export.ts';

const encoder = new TextEncoder();

/** A response body streamed from string pieces. */
function streamOf(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const it = pieces[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/** `eventsJson(events)` (`JSON.stringify({ events }, null, 2)` and a newline), one event at a time. */
export function* eventsJsonPieces(events: Iterable<Event>): Generator<string> {
  let first = true;
  for (const e of events) {
    yield (first ? '{\n  "events": [\n' : ',\n') + JSON.stringify(e, null, 2).replace(/^/gm, '    ');
    first = false;
  }
  yield first ? '{\n  "events": []\n}\n' : '\n  ]\n}\n';
}

const CSV_HEADER = CSV_COLUMNS.join(',') + '\r\n';

/** `eventsCsv(events)`, one event's rows at a time. */
export function* eventsCsvPieces(events: Iterable<Event>): Generator<string> {
  yield CSV_HEADER;
  for (const e of events) yield eventsCsv([e]).slice(CSV_HEADER.length);
}

/** `placesGeoJson(events)`: it needs only each event's id, title and places. */
export function placesGeoJsonOf(events: Iterable<Event>): string {
  const slim: Pick<Event, 'id' | 'title' | 'places'>[] = [];
  for (const e of events) slim.push({ id: e.id, title: e.title, places: e.places });
  return placesGeoJson(slim as Event[]);
}

export const eventsJsonBody = (events: Iterable<Event>) => streamOf(eventsJsonPieces(events));
export const eventsCsvBody = (events: Iterable<Event>) => streamOf(eventsCsvPieces(events));
