// The data exports from each event's parts (issue 11): made once per event file and code version,
// read back on later builds, byte for byte what the string builders give for the events as their
// schema orders them (what the exports held before the parts were kept).
import { mkdtempSync, readdirSync, existsSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/index.ts';
import { eventsCsv, eventsJson, placesGeoJson } from '../../src/consolidate/export.ts';
import { eventSchema, type Event } from '../../src/schemas/event.ts';
import { eventsCsvFromParts, eventsJsonFromParts, placesGeoJsonFromParts } from '../../src/integrations/data-exports.ts';
import { ExportPartsCache, decodeParts, type EventFile, type ExportKind } from '../../src/integrations/export-parts.ts';
import { buildReports } from '../fixtures/consolidate/builder.ts';
import { borno } from '../fixtures/consolidate/borno.ts';
import { world } from '../fixtures/consolidate/world.ts';

const { reports, texts } = buildReports([...borno, ...world]);
// As the prebuild writes them (JSON of what consolidation returns) and as the site reads them back.
const written: Event[] = consolidate(reports, { texts }).map((e) => JSON.parse(JSON.stringify(e)));
const files: EventFile[] = written.map((e, i) => ({ filePath: `${e.id}.json`, digest: `digest-${i}` }));
const byPath = new Map(written.map((e) => [`${e.id}.json`, e]));

function exportsFrom(cache: ExportPartsCache, list = files) {
  const parts = (kind: ExportKind) => list.map((f) => cache.part(f, kind));
  return { json: [...eventsJsonFromParts(parts('json'))].join(''), csv: [...eventsCsvFromParts(parts('csv'))].join(''), geo: placesGeoJsonFromParts(parts('places')) };
}

// Each test's scratch folder, removed after it.
const roots: string[] = [];
const scratch = () => {
  const root = mkdtempSync(join(tmpdir(), 'export-parts-'));
  roots.push(root);
  return root;
};
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('export parts', () => {
  const ordered = written.map((e) => eventSchema.parse(e));

  it('give the exports of the events in their schema order, and are made once per event', () => {
    expect(written.length).toBeGreaterThan(2);
    // The prebuild's key order is not the schema's: the parts put it right.
    expect(JSON.stringify(written)).not.toBe(JSON.stringify(ordered));
    const root = scratch();
    const reads: string[] = [];
    const read = (f: EventFile) => (reads.push(f.filePath), byPath.get(f.filePath)!);
    const expected = { json: eventsJson(ordered), csv: eventsCsv(ordered), geo: placesGeoJson(ordered) };
    expect(exportsFrom(new ExportPartsCache(root, read, 'code-1'))).toEqual(expected);
    expect(reads).toEqual(files.map((f) => f.filePath));
    // A later build reads every part back without reading an event.
    expect(exportsFrom(new ExportPartsCache(root, read, 'code-1'))).toEqual(expected);
    expect(reads).toHaveLength(files.length);
    // Empty and single lists.
    expect(exportsFrom(new ExportPartsCache(root, read, 'code-1'), [])).toEqual({ json: eventsJson([]), csv: eventsCsv([]), geo: placesGeoJson([]) });
    expect(exportsFrom(new ExportPartsCache(root, read, 'code-1'), files.slice(0, 1)).json).toBe(eventsJson(ordered.slice(0, 1)));
  });

  it('are made again for a changed event file and for changed code, and old ones are removed', () => {
    const root = scratch();
    const events = new Map(byPath);
    const read = (f: EventFile) => events.get(f.filePath)!;
    exportsFrom(new ExportPartsCache(root, read, 'code-1'));
    // The first event's file is rewritten: a new digest.
    const changed = { ...written[0], title: 'A title written again' };
    events.set(files[0].filePath, changed);
    const now = [{ ...files[0], digest: 'digest-new' }, ...files.slice(1)];
    const cache = new ExportPartsCache(root, read, 'code-1');
    expect(exportsFrom(cache, now).json).toBe(eventsJson([changed, ...written.slice(1)].map((e) => eventSchema.parse(e))));
    cache.prune(root, now);
    // One file per event holds its three parts.
    expect(readdirSync(cache.dir)).toHaveLength(now.length);
    // New code: its own folder; pruning removes the old one.
    const next = new ExportPartsCache(root, read, 'code-2');
    expect(exportsFrom(next, now).csv).toBe(eventsCsv([changed, ...written.slice(1)].map((e) => eventSchema.parse(e))));
    next.prune(root, now);
    expect(existsSync(cache.dir)).toBe(false);
    expect(readdirSync(root)).toEqual(['code-2']);
  });

  it('are made again from the event when their file is not whole (a build killed while writing, a file cut short)', () => {
    const root = scratch();
    const reads: string[] = [];
    const read = (f: EventFile) => (reads.push(f.filePath), byPath.get(f.filePath)!);
    const expected = exportsFrom(new ExportPartsCache(root, read, 'code-1'));
    const dir = join(root, 'code-1');
    const [first, second] = readdirSync(dir).map((name) => join(dir, name));
    expect(decodeParts(readFileSync(first))).not.toBeNull();
    truncateSync(first, readFileSync(first).length - 1);
    writeFileSync(second, 'not parts at all');
    expect(decodeParts(readFileSync(first))).toBeNull();
    expect(decodeParts(readFileSync(second))).toBeNull();
    reads.length = 0;
    expect(exportsFrom(new ExportPartsCache(root, read, 'code-1'))).toEqual(expected);
    // Only the two broken events were read again, each once (its three parts are made together).
    expect(reads).toHaveLength(2);
    expect(decodeParts(readFileSync(first))).not.toBeNull();
  });
});
