// Acceptance on the five seed texts, through the real extraction pipeline: one event, fewer
// independent origins than reports, the army's figure stated by all five, the attackers' claim
// against the army's account, and the towns' spellings.
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.ts';
import { eventSchema, type Event } from '../../src/schemas/event.ts';

let events: Event[];
let reportIds: string[];

beforeAll(async () => {
  const result = await build('seeds');
  reportIds = result.reports.map((r) => r.id).sort();
  events = result.events;
}, 60_000);

describe('the seed event', () => {
  it('groups all five reports into one valid event', () => {
    expect(events).toHaveLength(1);
    expect(events[0].reportIds).toEqual(reportIds);
    expect(() => eventSchema.parse(events[0])).not.toThrow();
  });

  it('finds fewer independent origins than reports and shows why', () => {
    const e = events[0];
    expect(e.origins.length).toBeLessThan(e.reportIds.length);
    const same = e.originEvidence.filter((x) => x.sameOrigin);
    expect(same.length).toBeGreaterThan(0);
    for (const x of same) expect(x.reasons.length).toBeGreaterThan(0);
  });

  it('makes the figure of more than 80 militants one fact of all five reports, attributed to the army', () => {
    const e = events[0];
    const fact = e.facts.find((f) => f.kind === 'figure' && f.value === 80 && f.reports.length === e.reportIds.length);
    expect(fact).toBeDefined();
    expect(fact!.party).toMatch(/^state:/);
    expect(e.ledger.find((l) => l.factId === fact!.id)!.selfReported).toBe(true);
  });

  it("sets the attackers' claim to hold barracks against the army's account of repelling the attacks", () => {
    const e = events[0];
    const kind = (key: string) => e.actors.find((a) => a.key === key)?.kind;
    const pair = e.counterClaims.find((c) => kind(c.parties[0]) === 'armed-group' && kind(c.parties[1])?.startsWith('state'));
    expect(pair).toBeDefined();
    const [attack, defence] = pair!.claims.map((id) => e.facts.find((f) => f.id === id)!);
    expect(attack.text).toMatch(/barracks|bases/);
    expect(defence.text).toMatch(/repel/);
  });

  it('shows the spellings of an attacked town and which report uses which', () => {
    const e = events[0];
    const d = e.discrepancies.find((x) => x.kind === 'place-spelling' && x.variants.some((v) => v.value === 'Sandare'));
    expect(d?.variants.map((v) => v.value).sort()).toEqual(['Sandare', 'Sandere']);
    const col = e.coverage.places.findIndex((p) => p.label.includes('Sandare'));
    const written = e.coverage.rows.map((r) => r.places[col]?.written ?? null);
    expect(written.filter((w) => w === 'Sandere')).toHaveLength(3);
    expect(written.filter((w) => w === 'Sandare')).toHaveLength(1);
  });
});
