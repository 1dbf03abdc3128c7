// Grouping reports into events, independent origins, ids and determinism, on fixtures written
// for these tests (other countries, conflicts and actors than the seeds).
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/index.ts';
import { groupReports, pairScores } from '../../src/consolidate/grouping.ts';
import { lcs } from '../../src/consolidate/origins.ts';
import { profileReport } from '../../src/consolidate/profile.ts';
import { eventSchema, type Event } from '../../src/schemas/event.ts';
import { buildReports } from '../fixtures/consolidate/builder.ts';
import { borno, bornoUndated, gwozaA, mongunoWire } from '../fixtures/consolidate/borno.ts';
import { hotelA, world } from '../fixtures/consolidate/world.ts';
import { build } from '../../src/build/build.ts';
import { spelling } from '../fixtures/consolidate/spelling.ts';
import { syntheticEventKey, syntheticSpecs } from '../fixtures/consolidate/synthetic.ts';

const run = (specs: Parameters<typeof buildReports>[0]) => {
  const { reports, texts } = buildReports(specs);
  return consolidate(reports, { texts });
};
const groupsOf = (events: Event[]) => events.map((e) => e.reportIds.join(' ')).sort();

describe('grouping reports into events', () => {
  it('keeps apart incidents of one group in one region a month apart, each naming the other as background', () => {
    const events = run([...borno, ...world]);
    expect(groupsOf(events)).toEqual(
      [
        'co-pipeline-agency co-pipeline-rewrite',
        'ng-gwoza-a ng-gwoza-b',
        'ng-monguno-copy ng-monguno-local ng-monguno-wire',
        'pk-flood',
        'so-beledweyne',
        'so-hotel-a so-hotel-b',
      ].sort(),
    );
  });

  it('keeps them apart on what the reports are about when no date is known at all', () => {
    const events = run([...bornoUndated, ...world]);
    const monguno = events.find((e) => e.reportIds.includes('ng-monguno-wire'))!;
    const gwoza = events.find((e) => e.reportIds.includes('ng-gwoza-a'))!;
    expect(monguno).not.toBe(gwoza);
    expect(monguno.reportIds).toEqual(['ng-monguno-copy', 'ng-monguno-local', 'ng-monguno-wire']);
    expect(gwoza.reportIds).toEqual(['ng-gwoza-a', 'ng-gwoza-b']);
    // The trap is real: background mentions alone would make the two incidents look alike.
    const { reports, texts } = buildReports([mongunoWire, gwozaA].map((s) => ({ ...s, eventDate: null, published: null, eventDateText: null })));
    const profiles = reports.map((r) => profileReport(r, texts.get(r.file)!));
    expect(pairScores(profiles)[0][1]).toBeLessThan(0.3);
    expect(pairScores(profiles)[0][1]).toBeGreaterThan(0);
  });

  it('never groups reports whose resolved incident dates are more than a few days apart', () => {
    // The same text twice, dated a week apart: two incidents.
    const events = run([mongunoWire, { ...mongunoWire, id: 'ng-monguno-later', eventDate: '2024-03-17', published: '2024-03-18' }]);
    expect(events).toHaveLength(2);
    const together = run([mongunoWire, { ...mongunoWire, id: 'ng-monguno-next-day', eventDate: '2024-03-11', published: '2024-03-12' }]);
    expect(together).toHaveLength(1);
  });

  it('makes a report that matches nothing an event of its own, and separates same-day incidents in other towns', () => {
    const events = run(world);
    expect(events.find((e) => e.reportIds.includes('pk-flood'))!.reportIds).toEqual(['pk-flood']);
    expect(events.find((e) => e.reportIds.includes('so-beledweyne'))!.reportIds).toEqual(['so-beledweyne']);
  });

  it('keeps apart identically worded reports about different countries', () => {
    const moved = {
      ...hotelA,
      id: 'ke-hotel',
      text: hotelA.text.replaceAll('Mogadishu', 'Nairobi').replaceAll('Somalia', 'Kenya'),
      places: [
        { name: 'Nairobi', country: 'KE', lat: -1.28, lon: 36.82 },
        { name: 'Kenya', country: 'KE', precision: 'country' as const, lat: 0.5, lon: 38, gazetteerId: 'country:KE' },
      ],
    };
    expect(run([hotelA, moved])).toHaveLength(2);
  });

  it('groups raw articles about other events correctly through the real extraction pipeline', async () => {
    // Invented incidents in real places: one attack told by three outlets (two of them one wire
    // story), two attacks on one city by one force a week apart, a bombing told twice, an air strike,
    // and a massacre whose follow-up story leads with another town (its extraction misses the first).
    const { reports, events } = await build('tests/fixtures/consolidate/articles');
    expect(groupsOf(events)).toEqual([
      'baidoa-a baidoa-b',
      'barsalogho-a barsalogho-b',
      'djibo-copy djibo-local djibo-wire',
      'fasher-first',
      'fasher-second',
      'monywa-strike',
    ]);
    const djibo = events.find((e) => e.reportIds.includes('djibo-wire'))!;
    expect(djibo.origins).toEqual([['djibo-copy', 'djibo-wire'], ['djibo-local']]);
  }, 60_000);

  it('groups text-similar reports even when extraction found no entities', () => {
    const bare = [...borno, ...world].map((s) => ({ ...s, places: [], orgs: [], people: [], figures: [], quotes: [], claims: [] }));
    const events = run(bare);
    const wire = events.find((e) => e.reportIds.includes('ng-monguno-wire'))!;
    expect(wire.reportIds).toContain('ng-monguno-copy');
    expect(wire.reportIds).not.toContain('so-hotel-a');
    expect(events.find((e) => e.reportIds.includes('pk-flood'))!.reportIds).toEqual(['pk-flood']);
  });

  it('scales by blocking: thousands of reports, few comparisons, events recovered', () => {
    const specs = syntheticSpecs(1500);
    const { reports, texts } = buildReports(specs);
    const profiles = reports.map((r) => profileReport(r, texts.get(r.file)!));
    const stats = { comparisons: 0 };
    const groups = groupReports(profiles, { stats });
    // All pairs would be 1,124,250 comparisons.
    expect(stats.comparisons).toBeLessThan(reports.length * 40);
    const truth = new Map(specs.map((s) => [s.id, syntheticEventKey(s)]));
    let tp = 0;
    let fp = 0;
    for (const g of groups) {
      for (let i = 0; i < g.length; i++) {
        for (let j = i + 1; j < g.length; j++) {
          if (truth.get(reports[g[i]].id) === truth.get(reports[g[j]].id)) tp++;
          else fp++;
        }
      }
    }
    const byEvent = new Map<string, number>();
    for (const k of truth.values()) byEvent.set(k, (byEvent.get(k) ?? 0) + 1);
    const truePairs = [...byEvent.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
    expect(tp / (tp + fp)).toBeGreaterThan(0.97);
    expect(tp / truePairs).toBeGreaterThan(0.97);
    // What this asserts is the comparison count, not time (that is the benchmark's job): allow a slow machine.
  }, 120_000);
});

describe('independent origins', () => {
  it('groups a near-verbatim copy with its wire story and keeps independent reporting apart, with evidence', () => {
    const monguno = run(borno).find((e) => e.reportIds.includes('ng-monguno-wire'))!;
    expect(monguno.origins).toEqual([['ng-monguno-copy', 'ng-monguno-wire'], ['ng-monguno-local']]);
    const copy = monguno.originEvidence.find((x) => x.reports.join() === 'ng-monguno-copy,ng-monguno-wire')!;
    expect(copy.sameOrigin).toBe(true);
    expect(copy.sharedNgramRatio).toBeGreaterThan(0.5);
    expect(copy.sharedAgencies).toEqual(['Reuters']);
    const local = monguno.originEvidence.find((x) => x.reports.join() === 'ng-monguno-local,ng-monguno-wire')!;
    expect(local.sameOrigin).toBe(false);
    // It quotes the same spokesman, which alone proves nothing.
    expect(local.sharedQuotes).toBe(1);
    expect(local.reasons.join(' ')).toMatch(/independent/);
    expect(monguno.reports.map((r) => r.origin)).toEqual([0, 1, 0]);
  });

  it('recognises a rewrite by its quotations in the same order and the agency both rely on', () => {
    const pipeline = run(world).find((e) => e.reportIds.includes('co-pipeline-agency'))!;
    expect(pipeline.origins).toEqual([['co-pipeline-agency', 'co-pipeline-rewrite']]);
    const ev = pipeline.originEvidence[0];
    expect(ev.sharedQuotes).toBe(2);
    expect(ev.sharedQuotesInOrder).toBe(2);
    expect(ev.sharedAgencies).toEqual(['AFP']);
    expect(ev.sharedNgramRatio).toBeLessThan(0.3);
  });

  it('counts independent origins, not copies, behind each fact', () => {
    const monguno = run(borno).find((e) => e.reportIds.includes('ng-monguno-wire'))!;
    const spokesman = monguno.facts.find((f) => f.kind === 'quote' && f.text.startsWith('Our gallant troops'))!;
    expect(spokesman.reports).toHaveLength(3);
    expect(spokesman.origins).toBe(2);
    const iswap = monguno.facts.find((f) => f.kind === 'figure' && f.value === 30)!;
    expect(iswap.reports).toEqual(['ng-monguno-copy', 'ng-monguno-wire']);
    expect(iswap.origins).toBe(1);
  });

  it('measures quotations in order with a longest common subsequence', () => {
    expect(lcs(['a', 'b', 'c'], ['a', 'c', 'b'])).toBe(2);
    expect(lcs(['a', 'b'], ['b', 'a'])).toBe(1);
    expect(lcs([], ['a'])).toBe(0);
  });
});

describe('event records', () => {
  it('validate against the event schema and carry titles, dates and places', () => {
    const events = run([...borno, ...world, ...spelling]);
    for (const e of events) expect(() => eventSchema.parse(e)).not.toThrow();
    const monguno = events.find((e) => e.reportIds.includes('ng-monguno-wire'))!;
    expect(monguno.date).toBe('2024-03-10');
    expect(monguno.asOf).toBe('2024-03-12');
    expect(monguno.title).toMatch(/ISWAP/);
    expect(monguno.title).toMatch(/Monguno/);
    expect(monguno.places.find((p) => p.name === 'Monguno')!.role).toBe('incident');
    expect(monguno.places.find((p) => p.name === 'Gwoza')!.role).toBe('background');
    expect(monguno.actors.find((a) => a.role === 'perpetrator')!.key).toBe('org:iswap');
    expect(monguno.actors.find((a) => a.role === 'target')!.key).toBe('state:NG');
  });

  it('has unique ids made from date and place, undated events from the date as written', () => {
    const events = run([...borno, ...world, ...spelling]);
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('2024-03-10-monguno');
    const undated = run(bornoUndated.slice(0, 3));
    expect(undated[0].id).toBe('undated-monguno');
    expect(undated[0].date).toBeNull();
    expect(undated[0].asOf).toBeNull();
  });

  it('is deterministic: same output for the same reports in any order', () => {
    const { reports, texts } = buildReports([...borno, ...world, ...spelling]);
    const a = JSON.stringify(consolidate(reports, { texts }));
    const b = JSON.stringify(consolidate([...reports].reverse(), { texts }));
    const shuffled = [...reports].sort((x, y) => (x.hash < y.hash ? 1 : -1));
    const c = JSON.stringify(consolidate(shuffled, { texts: Object.fromEntries(texts) }));
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('still consolidates without the seed texts, from the sentences quoted in provenance', () => {
    const { reports } = buildReports([...borno, ...world]);
    const events = consolidate(reports);
    for (const e of events) expect(() => eventSchema.parse(e)).not.toThrow();
    expect(events.find((e) => e.reportIds.includes('ng-monguno-wire'))!.reportIds).toContain('ng-monguno-copy');
  });

  it('returns no events for no reports', () => {
    expect(consolidate([])).toEqual([]);
  });
});
