// The event model (issue 10): a fact is a figure, a claim or a quotation, each with its own fields,
// and the figure ledger is made from the figure facts, joined by id.
import { describe, expect, it } from 'vitest';
import { consolidate, orderFacts } from '../../src/consolidate/index.ts';
import { factSchema, type Event, type Fact, type FigureFact } from '../../src/schemas/event.ts';
import { buildReports } from '../fixtures/consolidate/builder.ts';
import { borno } from '../fixtures/consolidate/borno.ts';
import { world } from '../fixtures/consolidate/world.ts';

const events: Event[] = [borno, world].flatMap((specs) => {
  const { reports, texts } = buildReports(specs);
  return consolidate(reports, { texts });
});
const facts = events.flatMap((e) => e.facts);
const firstOf = <K extends Fact['kind']>(kind: K) => facts.find((f): f is Extract<Fact, { kind: K }> => f.kind === kind)!;

describe('facts', () => {
  it('are of every kind in the fixtures, each valid under its own schema', () => {
    for (const kind of ['figure', 'claim', 'quote'] as const) expect(facts.some((f) => f.kind === kind), kind).toBe(true);
    for (const f of facts) expect(factSchema.safeParse(f).success, f.id).toBe(true);
  });

  it("carry their kind's fields and no other kind's", () => {
    const own = { figure: ['value', 'max', 'unit', 'subject'], claim: ['claimType', 'stance'], quote: ['speaker'] } as const;
    const optional = new Set(['figureId']);
    for (const f of facts) {
      for (const [kind, fields] of Object.entries(own)) {
        for (const field of fields) expect(field in f, `${f.id} (${f.kind}) ${field}`).toBe(kind === f.kind);
      }
      if (f.kind !== 'claim') for (const field of optional) expect(field in f, `${f.id} ${field}`).toBe(false);
    }
  });

  it("are refused without their kind's fields, or of an unknown kind", () => {
    const { value: _value, ...figureWithoutValue } = firstOf('figure');
    expect(factSchema.safeParse(figureWithoutValue).success).toBe(false);
    const { stance: _stance, ...claimWithoutStance } = firstOf('claim');
    expect(factSchema.safeParse(claimWithoutStance).success).toBe(false);
    expect(factSchema.safeParse({ ...firstOf('claim'), stance: 'maybe' }).success).toBe(false);
    expect(factSchema.safeParse({ ...firstOf('quote'), kind: 'rumour' }).success).toBe(false);
    // A quotation is not a figure: given a figure's kind, it lacks the figure's fields.
    expect(factSchema.safeParse({ ...firstOf('quote'), kind: 'figure' }).success).toBe(false);
  });
});

describe('the ledger', () => {
  const withLedger = events.filter((e) => e.ledger.length > 0);

  it('has a row for figures of several events', () => expect(withLedger.length).toBeGreaterThan(1));

  it("makes each row from a figure fact of its event, with that fact's words, values, reports and support", () => {
    for (const e of withLedger) {
      const figures = new Map(e.facts.filter((f) => f.kind === 'figure').map((f) => [f.id, f]));
      for (const row of e.ledger) {
        const f = figures.get(row.factId);
        expect(f, `${e.id} ${row.factId}`).toBeDefined();
        expect(row).toMatchObject({ text: f!.text, unit: f!.unit, subject: f!.subject, values: f!.variants, reportedBy: f!.reports, contradictedBy: f!.contradictedBy, origins: f!.origins });
        expect(row.min).toBeLessThanOrEqual(f!.value);
        expect(row.max).toBeGreaterThanOrEqual(f!.max ?? f!.value);
      }
    }
  });

  it("lists each figure once, in the facts' order", () => {
    for (const e of withLedger) {
      const order = e.facts.map((f) => f.id);
      const ids = e.ledger.map((l) => l.factId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    }
  });
});

describe('ordering the facts', () => {
  const figure = (id: string, reports: string[], sources: FigureFact['sources']): FigureFact => ({
    id, kind: 'figure', text: `${reports.length} killed`, value: reports.length, max: null, unit: 'people', subject: 'killed', party: null, partyName: null,
    background: false, status: 'single-source', reports, omittedBy: [], contradictedBy: [], origins: 1, variants: [], sources,
  });

  it('gives ids in order and maps each provisional id to its final one, whatever objects the facts share', () => {
    // Two facts sharing one sources array: an identity-keyed join could not tell them apart.
    const shared: FigureFact['sources'] = [];
    const { facts: ordered, renamed } = orderFacts([figure('figure-1', ['a'], shared), figure('figure-2', ['a', 'b'], shared), figure('figure-3', ['a', 'b', 'c'], [])]);
    expect(ordered.map((f) => [f.id, f.reports.length])).toEqual([['f1', 3], ['f2', 2], ['f3', 1]]);
    expect([...renamed]).toEqual([['figure-3', 'f1'], ['figure-2', 'f2'], ['figure-1', 'f3']]);
  });

  it('refuses two facts under one provisional id', () => {
    expect(() => orderFacts([figure('figure-1', ['a'], []), figure('figure-1', ['b'], [])])).toThrow(/figure-1/);
  });
});
