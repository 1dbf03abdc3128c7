// Consolidation in the build (issue 11): events built on worker threads, with or without the
// event cache, are byte for byte the events consolidating every report in one thread gives.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidateEvents } from '../../../src/build/consolidate-events.ts';
import { eventCache } from '../../../src/build/event-cache.ts';
import { extractFolder } from '../../../src/build/extract-folder.ts';
import { consolidateDocs } from '../../../src/consolidate/index.ts';

const FIXTURES = new URL('../../fixtures/events/tuning-grouping/texts/', import.meta.url).pathname;

let work: string;
let extracted: Awaited<ReturnType<typeof extractFolder>>;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sitrep-consolidate-events-'));
  extracted = await extractFolder(FIXTURES);
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('consolidateEvents', () => {
  it('builds on worker threads the events one thread builds, and caches them', async () => {
    const expected = JSON.stringify(consolidateDocs(extracted.docs));
    const pooled = await consolidateEvents(extracted.docs, null, { threads: 2, poolFrom: 1 });
    expect(pooled.events.length).toBeGreaterThan(3);
    expect(pooled.built).toBe(pooled.events.length);
    expect(JSON.stringify(pooled.events)).toBe(expected);

    const cacheDir = join(work, 'events');
    const cold = await consolidateEvents(extracted.docs, await eventCache(cacheDir, extracted.pipelineKey), { threads: 2, poolFrom: 1 });
    expect(JSON.stringify(cold.events)).toBe(expected);
    const warm = await consolidateEvents(extracted.docs, await eventCache(cacheDir, extracted.pipelineKey), { threads: 2, poolFrom: 1 });
    expect(warm).toMatchObject({ built: 0, reused: pooled.events.length });
    expect(JSON.stringify(warm.events)).toBe(expected);
  }, 60_000);
});
