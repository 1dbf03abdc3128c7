// Consolidation redone only for events whose reports changed (issue 11): the event cache gives
// the same events, byte for byte, as consolidating everything, and rebuilds only what changed.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build/build.ts';

const FIXTURES = new URL('../../fixtures/events/tuning-grouping/texts/', import.meta.url);

let work: string;
let seeds: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sitrep-event-cache-'));
  seeds = join(work, 'seeds');
  await cp(FIXTURES, seeds, { recursive: true });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const options = () => ({ cacheDir: join(work, 'reports'), eventCacheDir: join(work, 'events') });
const json = (events: unknown[]) => events.map((e) => JSON.stringify(e));
/** The cached events (the readings file beside them is not an event). */
const eventEntries = async () => (await readdir(join(work, 'events'))).filter((f) => !f.startsWith('readings-'));

describe('event cache', () => {
  it('gives the events consolidating every report gives, then reads them back unchanged', async () => {
    const plain = await build(seeds, null, { cacheDir: join(work, 'reports') });
    expect(plain.events.length).toBeGreaterThan(3);
    const first = await build(seeds, null, options());
    expect(first.timing).toMatchObject({ eventsBuilt: plain.events.length, eventsReused: 0 });
    expect(json(first.events)).toEqual(json(plain.events));
    const again = await build(seeds, null, options());
    expect(again.timing).toMatchObject({ eventsBuilt: 0, eventsReused: plain.events.length });
    expect(json(again.events)).toEqual(json(plain.events));
    expect((await eventEntries()).length).toBe(plain.events.length);
  });

  it('consolidates again only the event whose report changed, and forgets the old one', async () => {
    const before = await build(seeds, null, options());
    const file = before.reports[0].file;
    await writeFile(join(seeds, file), (await readFile(join(seeds, file), 'utf8')) + '\nThe governor visited the wounded on Friday.\n');
    const after = await build(seeds, null, options());
    expect(after.timing.eventsBuilt).toBe(1);
    expect(after.timing.eventsReused).toBe(before.events.length - 1);
    const plain = await build(seeds, null, { cacheDir: join(work, 'reports') });
    expect(json(after.events)).toEqual(json(plain.events));
    expect((await eventEntries()).length).toBe(after.events.length);
  });

  it('keeps each report’s reading of its text, and events built from kept readings are the same', async () => {
    const first = await build(seeds, null, options());
    const files = (await readdir(join(work, 'events'))).filter((f) => f.startsWith('readings-'));
    expect(files).toHaveLength(1);
    const readings = JSON.parse(await readFile(join(work, 'events', files[0]), 'utf8')) as Record<string, { lead: string[]; terms: [string, number][] }>;
    expect(Object.keys(readings)).toHaveLength(first.reports.length);
    expect(Object.values(readings).every((r) => r.lead.length > 0 && r.terms.length > 0)).toBe(true);
    // Every event built again, from the kept readings: the same events as from the texts.
    for (const f of await eventEntries()) await rm(join(work, 'events', f));
    const fromReadings = await build(seeds, null, options());
    expect(fromReadings.timing.eventsBuilt).toBe(first.events.length);
    expect(json(fromReadings.events)).toEqual(json(first.events));
    // And they are the events consolidating the texts without any cache gives.
    const plain = await build(seeds, null, { cacheDir: join(work, 'reports') });
    expect(json(fromReadings.events)).toEqual(json(plain.events));
  });
});
