// Facts aligned across reports, the figure ledger, claims against counter-claims,
// discrepancies, timeline and coverage, on fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/index.ts';
import { interval } from '../../src/consolidate/figures.ts';
import { unitClass, subjectClass } from '../../src/consolidate/lexicon.ts';
import { writtenDateKey } from '../../src/consolidate/timeline.ts';
import type { Event, Fact } from '../../src/schemas/event.ts';
import { buildReports, type ReportSpec } from '../fixtures/consolidate/builder.ts';
import { borno } from '../fixtures/consolidate/borno.ts';
import { world } from '../fixtures/consolidate/world.ts';
import { spelling } from '../fixtures/consolidate/spelling.ts';

const run = (specs: ReportSpec[]) => {
  const { reports, texts } = buildReports(specs);
  return consolidate(reports, { texts });
};
const eventWith = (events: Event[], reportId: string) => events.find((e) => e.reportIds.includes(reportId))!;
const monguno = () => eventWith(run(borno), 'ng-monguno-wire');
/** The event's fact of that id, which must be of that kind. */
function factOf<K extends Fact['kind']>(e: Event, id: string, kind: K): Extract<Fact, { kind: K }> {
  const f = e.facts.find((x): x is Extract<Fact, { kind: K }> => x.id === id && x.kind === kind);
  if (!f) throw new Error(`no ${kind} fact ${id}`);
  return f;
}

describe('figures', () => {
  it('reads qualifiers as ranges', () => {
    expect(interval({ value: 80, max: null, qualifier: 'more than', approximate: false })[0]).toBeGreaterThan(80);
    expect(interval({ value: 80, max: null, qualifier: 'at least', approximate: false })).toEqual([80, Infinity]);
    expect(interval({ value: 12, max: 15, qualifier: null, approximate: false })).toEqual([12, 15]);
    expect(interval({ value: 50, max: null, qualifier: 'up to', approximate: false })).toEqual([0, 50]);
  });

  it('classes units and subjects so different words for one count compare', () => {
    expect(unitClass('militants')).toBe(unitClass('enemy combatants'));
    expect(unitClass('terrorists')).toBe('combatants');
    expect(unitClass('army barracks')).toBe(unitClass('military bases'));
    expect(unitClass('soldiers')).not.toBe(unitClass('civilians'));
    expect(subjectClass('neutralised')).toBe(subjectClass('neutralized'));
    expect(subjectClass('shot dead')).toBe('killed');
  });

  it('aligns one figure across reports and wordings, and lists who omits it', () => {
    const e = monguno();
    const army = e.facts.find((f) => f.kind === 'figure' && f.value === 20)!;
    expect(army.text).toBe('20 terrorists neutralised');
    expect(army.reports).toEqual(['ng-monguno-copy', 'ng-monguno-wire']);
    expect(army.omittedBy).toEqual(['ng-monguno-local']);
    expect(army.party).toBe('state:NG');
  });

  it('finds figures that disagree about one count, and only those', () => {
    const e = monguno();
    const twelve = e.facts.find((f) => f.kind === 'figure' && f.value === 12)!;
    const nine = e.facts.find((f) => f.kind === 'figure' && f.value === 9)!;
    // "at least 12" and "nine" soldiers killed cannot both hold; "at least 12" and ISWAP's 30 can.
    expect(twelve.contradictedBy).toEqual(['ng-monguno-local']);
    expect(nine.contradictedBy).toEqual(['ng-monguno-copy', 'ng-monguno-wire']);
    expect(twelve.status).toBe('contested');
    const militants = e.facts.find((f) => f.kind === 'figure' && f.value === 20)!;
    expect(militants.contradictedBy).toEqual([]);
    const disc = e.discrepancies.find((d) => d.kind === 'figure')!;
    expect(disc.variants.map((v) => v.value).sort()).toEqual(['30 soldiers killed', '9 soldiers died', 'at least 12 soldiers killed']);
  });

  it('keeps a ledger that flags figures an interested party gives about its enemy or its own gains', () => {
    const e = monguno();
    const byValue = (v: number) => e.ledger.find((l) => factOf(e, l.factId, 'figure').value === v)!;
    expect(byValue(20).selfReported).toBe(true);
    expect(byValue(20).selfReportedNote).toMatch(/enemy/);
    expect(byValue(30).selfReported).toBe(true);
    expect(byValue(30).claimedBy.map((c) => c.party)).toEqual(['org:iswap']);
    // Relayed by a news agency, from unnamed security sources: not an interested party.
    expect(byValue(12).selfReported).toBe(false);
    expect(byValue(12).agencies).toEqual(['Reuters']);
    for (const l of e.ledger) expect(e.facts.some((f) => f.id === l.factId && f.kind === 'figure')).toBe(true);
  });

  it('does not set counts of different things of one kind against each other', () => {
    const base = {
      published: '2024-02-02',
      eventDate: '2024-02-01',
      places: [{ name: 'Tessit', country: 'ML', lat: 15.2, lon: 0.98 }],
      orgs: [{ name: 'Islamic State Sahel Province', acronym: 'ISSP', kind: 'armed-group' as const }],
    };
    const events = run([
      {
        ...base,
        id: 'tessit-a',
        text: 'Fighters of the Islamic State Sahel Province (ISSP) overran three army barracks around Tessit on Thursday, the group said. The army did not comment.',
        figures: [{ find: 'three army barracks', value: 3, unit: 'army barracks', subject: 'overran', claimedBy: 'the group', claimedByOrg: 'ISSP' }],
      },
      {
        ...base,
        id: 'tessit-b',
        text: 'ISSP fighters attacked Tessit on Thursday and said they had seized 20 checkpoints and three army barracks in the area.',
        figures: [
          { find: '20 checkpoints', value: 20, unit: 'checkpoints', subject: 'seized', claimedBy: 'ISSP', claimedByOrg: 'ISSP' },
          { find: 'three army barracks', value: 3, unit: 'army barracks', subject: 'seized', claimedBy: 'ISSP', claimedByOrg: 'ISSP' },
        ],
      },
      {
        ...base,
        id: 'tessit-c',
        text: 'The Islamic State Sahel Province (ISSP) said its fighters took five army barracks near Tessit on Thursday.',
        figures: [{ find: 'five army barracks', value: 5, unit: 'army barracks', subject: 'took', claimedBy: 'ISSP', claimedByOrg: 'ISSP' }],
      },
    ]);
    expect(events).toHaveLength(1);
    const figures = events[0].facts.filter((f) => f.kind === 'figure');
    const barracks = figures.find((f) => f.value === 3)!;
    expect(barracks.reports).toEqual(['tessit-a', 'tessit-b']);
    // Five barracks contradict three; twenty checkpoints contradict nothing.
    expect(barracks.contradictedBy).toEqual(['tessit-c']);
    expect(figures.find((f) => f.value === 20)!.contradictedBy).toEqual([]);
  });

  it('leaves figures about background incidents out of contradictions and fatalities', () => {
    const e = monguno();
    const earlier = e.facts.find((f) => f.kind === 'figure' && f.value === 8)!;
    expect(earlier.background).toBe(true);
    expect(earlier.contradictedBy).toEqual([]);
    // Conservative: the lowest soldiers' toll, no militants reported killed.
    expect(e.fatalities).toBe(9);
  });
});

describe('claims and sides', () => {
  it("sets the attackers' claim against the forces' account of the outcome", () => {
    const e = eventWith(run(borno), 'ng-gwoza-a');
    expect(e.counterClaims).toHaveLength(1);
    const [attacker, defender] = e.counterClaims[0].claims.map((id) => factOf(e, id, 'claim'));
    expect(attacker.party).toBe('org:iswap');
    expect(attacker.claimType).toBe('control');
    expect(defender.party).toBe('state:NG');
    expect(defender.text).toMatch(/repelled/);
  });

  it("puts each party's claims, figures and quotations side by side", () => {
    const e = monguno();
    const army = e.sides.find((s) => s.party === 'state:NG')!;
    const iswap = e.sides.find((s) => s.party === 'org:iswap')!;
    expect(army.figures.map((id) => factOf(e, id, 'figure').value)).toContain(20);
    expect(army.quotes.length).toBeGreaterThan(0);
    expect(iswap.claims.map((id) => e.facts.find((f) => f.id === id)!.text)).toContain('it had killed 30 soldiers and burned two armoured vehicles');
    expect(e.sides[0].party).toBe('org:iswap');
  });

  it('resolves claimants written as common nouns to the parties of the event', () => {
    const e = eventWith(run(borno), 'ng-gwoza-a');
    const eleven = e.facts.find((f) => f.kind === 'figure' && f.value === 11)!;
    // "The army" in one report, "Nigerian Army spokesman Onyema Nwachukwu" in the other.
    expect(eleven.reports).toEqual(['ng-gwoza-a', 'ng-gwoza-b']);
    expect(eleven.party).toBe('state:NG');
    expect(eleven.status).toBe('agreed');
  });
});

describe('discrepancies', () => {
  const raid = () => run(spelling)[0];

  it('finds a spelling no gazetteer knows, one letter from a name in another report', () => {
    const d = raid().discrepancies.find((x) => x.kind === 'place-spelling')!;
    expect(d.variants.map((v) => v.value).sort()).toEqual(['Saiyed Karam', 'Sayed Karam']);
    expect(d.note).toMatch(/one letter/);
  });

  it('does not merge two known towns one letter apart, nor names one report gives side by side', () => {
    const e = raid();
    expect(e.places.find((p) => p.name === 'Tarin')!.variants.map((v) => v.value)).toEqual(['Tarin']);
    expect(e.places.find((p) => p.name === 'Tarim')!.variants.map((v) => v.value)).toEqual(['Tarim']);
    expect(e.places.find((p) => p.name === 'Alikhail')!.variants.map((v) => v.value)).toEqual(['Alikhail']);
    expect(e.discrepancies.filter((d) => d.kind === 'place-spelling')).toHaveLength(1);
  });

  it('finds person spellings, quotation wording and dates that differ', () => {
    const e = raid();
    const person = e.discrepancies.find((x) => x.kind === 'person-spelling')!;
    expect(person.variants.map((v) => v.value).sort()).toEqual(['Abdul Rahman Mangal', 'Abdulrahman Mangal']);
    const quote = e.discrepancies.find((x) => x.kind === 'quote-wording')!;
    // "mountains" vs "hills" is a different wording; "towards" vs "toward" is a spelling convention.
    expect(quote.note).toMatch(/mountains/);
    expect(quote.note).toMatch(/hills/);
    expect(quote.note).not.toMatch(/toward/);
    const date = e.discrepancies.find((x) => x.kind === 'date')!;
    expect(date.variants.map((v) => v.value).sort()).toEqual(['2023-05-01', '2023-05-02']);
  });

  it('does not call an excerpt of a quotation a different wording', () => {
    const e = monguno();
    expect(e.discrepancies.some((d) => d.kind === 'quote-wording')).toBe(false);
  });
});

describe('timeline and coverage', () => {
  it('orders dated incidents and places the event after the earlier ones it mentions', () => {
    const e = monguno();
    expect(e.timeline.map((t) => [t.date, t.role])).toEqual([
      ['2024-01', 'earlier'],
      ['2024-03-10', 'event'],
    ]);
    expect(e.timeline[1].reports).toEqual(['ng-monguno-copy', 'ng-monguno-local', 'ng-monguno-wire']);
    // "said on Monday" dates the reporting, not an incident.
    expect(e.timeline.some((t) => t.dateText === 'on Monday')).toBe(false);
  });

  it('reads dates written without a year', () => {
    expect(writtenDateKey('On June 2nd')).toBe('m06-02');
    expect(writtenDateKey('the 14th of March')).toBe('m03-14');
    expect(writtenDateKey('early Tuesday')).toBe('w1');
    expect(writtenDateKey('last month')).toBeNull();
  });

  it('builds a reports × facts and reports × places matrix with links to sentences', () => {
    const e = monguno();
    expect(e.coverage.rows.map((r) => r.reportId)).toEqual(e.reportIds);
    const col = e.coverage.facts.findIndex((c) => e.facts.some((f) => f.id === c.id && f.kind === 'figure' && f.value === 9));
    const local = e.coverage.rows.find((r) => r.reportId === 'ng-monguno-local')!;
    const wire = e.coverage.rows.find((r) => r.reportId === 'ng-monguno-wire')!;
    expect(local.facts[col].state).toBe('stated');
    expect(wire.facts[col].state).toBe('contradicted');
    // The contradicted cell points at what the wire story says instead.
    expect(['at least 12 soldiers', '30 soldiers']).toContain(wire.facts[col].ref?.written);
    const placeCol = e.coverage.places.findIndex((p) => p.label === 'Monguno');
    expect(wire.places[placeCol]?.sentenceId).toBe('s1');
  });

  it('shows which report spells a place which way', () => {
    const e = run(spelling)[0];
    const col = e.coverage.places.findIndex((p) => p.label.includes('Karam'));
    expect(e.coverage.rows.map((r) => r.places[col]?.written)).toEqual(['Sayed Karam', 'Saiyed Karam']);
  });

  it('gives three to six highlights, each backed by sentences', () => {
    for (const e of run([...borno, ...world, ...spelling])) {
      expect(e.highlights.length).toBeGreaterThanOrEqual(2);
      expect(e.highlights.length).toBeLessThanOrEqual(6);
      if (e.reportIds.length > 1) expect(e.highlights.length).toBeGreaterThanOrEqual(3);
      expect(e.highlights[0].sources.length).toBeGreaterThan(0);
    }
  });

  it('points every source reference at a real sentence of its report', () => {
    const { reports, texts } = buildReports([...borno, ...world, ...spelling]);
    const byId = new Map(reports.map((r) => [r.id, r]));
    for (const e of consolidate(reports, { texts })) {
      const refs = [
        ...e.facts.flatMap((f) => [...f.sources, ...f.variants.flatMap((v) => v.sources)]),
        ...e.places.flatMap((p) => p.sources),
        ...e.timeline.flatMap((t) => t.sources),
        ...e.discrepancies.flatMap((d) => d.variants.flatMap((v) => v.sources)),
      ];
      for (const ref of refs) {
        const s = byId.get(ref.reportId)!.sentences.find((x) => x.id === ref.sentenceId)!;
        expect([s.start, s.end]).toEqual([ref.start, ref.end]);
        if (ref.spanStart !== null && ref.written !== null && ref.spanEnd !== null) {
          expect(ref.spanStart).toBeGreaterThanOrEqual(s.start);
          expect(ref.spanEnd).toBeLessThanOrEqual(s.end + 1);
        }
      }
    }
  });
});
