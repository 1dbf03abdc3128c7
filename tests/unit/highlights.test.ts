// The event's takeaways and coverage columns read the key figures (the ledger), state each count
// once, and name each person with one spelling — on the seeds through the real pipeline, and on
// invented reports of an earthquake written for these rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/index.ts';
import { OWN_VOICE_NAME } from '../../src/consolidate/facts.ts';
import { respeller } from '../../src/consolidate/person-names.ts';
import { build } from '../../src/build/build.ts';
import { createExtractor } from '../../src/extract/processor.ts';
import type { Event, Fact } from '../../src/schemas/event.ts';

let seedEvent: Event;
let quake: Event;

/**
 * An earthquake in four reports from three origins (two copies of one story): "three governments"
 * is carried by every report, the toll by two; the rescue chief's name loses its accent in the
 * copies, which also carry his quotation most often; rebels claim a count of villages.
 */
const QUAKE: Record<string, string> = {
  'a-wire.txt':
    'A magnitude 6.3 earthquake struck the mountain district of Tarvan on Sunday, killing at least 212 people, the disaster agency said. ' +
    'Three governments offered rescue teams. Colonel Ahmed Traoré, who leads the rescue effort, said: "We are digging through the night with our bare hands." ' +
    'Rebels said they had captured four villages near Tarvan during the chaos, a claim the army denied.',
  'b-copy.txt':
    'A strong earthquake struck Tarvan district on Sunday. Three governments offered rescue teams on Monday as crews searched the rubble in the remote valleys. ' +
    'Colonel Ahmed Traore, who leads the rescue effort, said: "We are digging through the night with our bare hands." Officials gave no toll.',
  'c-copy.txt':
    'A strong earthquake struck Tarvan district on Sunday. Three governments offered rescue teams on Monday as crews searched the rubble in the remote valleys. ' +
    'Colonel Ahmed Traore, who leads the rescue effort, said: "We are digging through the night with our bare hands." Officials gave no toll yet.',
  'd-local.txt':
    "Rescue workers in Tarvan pulled survivors from collapsed homes on Monday after Sunday's earthquake. Three governments offered rescue teams, the foreign ministry said. " +
    'Colonel Ahmed Traoré asked residents to stay away from damaged buildings. The quake killed at least 212 people.',
};

beforeAll(async () => {
  [seedEvent] = (await build('seeds')).events;
  const extractor = await createExtractor();
  const reports = Object.entries(QUAKE).map(([name, text]) => extractor.extract(name, text));
  const events = consolidate(reports, { texts: new Map(Object.entries(QUAKE)) });
  expect(events).toHaveLength(1);
  quake = events[0];
}, 90_000);

const keyIds = (e: Event) => new Set(e.ledger.map((l) => l.factId));
/** Figures about this incident that are not key figures ("3 governments", "3 nations"). */
const otherFigures = (e: Event) => e.facts.filter((f) => f.kind === 'figure').filter((f) => !f.background && !keyIds(e).has(f.id));
const factById = (e: Event, id: string) => e.facts.find((f) => f.id === id)!;
const claimById = (e: Event, id: string) => {
  const f = factById(e, id);
  if (f.kind !== 'claim') throw new Error(`${id} is a ${f.kind}, not a claim`);
  return f;
};
const mentions = (text: string, f: Fact) => text.toLowerCase().includes(f.text.toLowerCase());

function expectOnlyKeyFigures(e: Event) {
  const others = otherFigures(e);
  expect(others.length).toBeGreaterThan(0); // the check is not vacuous
  for (const h of e.highlights) for (const f of others) expect(mentions(h.text, f), `${h.text} / ${f.text}`).toBe(false);
  for (const col of e.coverage.facts) {
    const f = factById(e, col.id);
    if (f.kind === 'figure') expect(keyIds(e).has(f.id), col.label).toBe(true);
  }
}

/** Each key figure shown once: no highlight or coverage column repeats it through a claim stating it or the lead sentence. */
function expectEachCountOnce(e: Event) {
  const claims = e.facts.filter((f) => f.kind === 'claim').filter((f) => f.figureId !== undefined && keyIds(e).has(f.figureId));
  expect(claims.length).toBeGreaterThan(0);
  const columns = new Set(e.coverage.facts.map((c) => c.id));
  for (const c of claims) if (columns.has(c.figureId!)) expect(columns.has(c.id), c.text).toBe(false);
  for (const l of e.ledger) {
    const f = factById(e, l.factId);
    const lines = e.highlights.filter((h) => mentions(h.text, f) || claims.some((c) => c.figureId === f.id && mentions(h.text, c)));
    expect(lines.length, f.text).toBeLessThanOrEqual(1);
    // The lead sentence gives way to a highlighted figure it states.
    const stated = f.sources.some((s) => e.highlights.some((h) => h.text === e.summary && h.sources.some((x) => x.reportId === s.reportId && x.sentenceId === s.sentenceId)));
    if (lines.length) expect(stated, f.text).toBe(false);
  }
}

/** Every name field spells a merged person as the discrepancy table shows them. */
function expectOneSpelling(e: Event) {
  const people = e.discrepancies.filter((d) => d.kind === 'person-spelling');
  expect(people.length).toBeGreaterThan(0);
  const fields = [
    ...e.facts.flatMap((f) => [f.kind === 'quote' ? (f.speaker ?? '') : '', f.partyName ?? '', f.kind === 'claim' ? f.text : '']),
    ...e.ledger.flatMap((l) => l.claimedBy.map((c) => c.name)),
  ];
  for (const d of people) {
    for (const v of d.variants.slice(1)) for (const text of fields) expect(text.includes(v.value), `${text} has ${v.value}`).toBe(false);
    expect(e.facts.some((f) => f.kind === 'quote' && f.speaker?.includes(d.subject))).toBe(true);
  }
}

describe('on the seeds', () => {
  it('draws highlights and coverage columns only from key figures', () => expectOnlyKeyFigures(seedEvent));
  it('states each key figure once in the highlights and the coverage columns', () => expectEachCountOnce(seedEvent));
  it('tells the army’s answer on the line of the attackers’ figure instead of repeating the count', () => {
    const answer = seedEvent.counterClaims.map((c) => claimById(seedEvent, c.claims[1]))[0];
    const claim = seedEvent.counterClaims.map((c) => claimById(seedEvent, c.claims[0]))[0];
    expect(claim.figureId).toBeDefined();
    const line = seedEvent.highlights.find((h) => mentions(h.text, factById(seedEvent, claim.figureId!)));
    expect(line?.text).toContain(`${answer.partyName} says ${answer.text}`);
  });
  it('names the army spokesman as the discrepancy table does', () => expectOneSpelling(seedEvent));
  it('names the outlets’ own voice with the shared constant', () => {
    const own = seedEvent.ledger.flatMap((l) => l.claimedBy).filter((c) => c.party === null);
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) expect(c.name).toBe(OWN_VOICE_NAME);
    expect(seedEvent.bottomLine.map((b) => b.text).join(' ')).not.toContain(OWN_VOICE_NAME);
  });
});

describe('on invented earthquake reports', () => {
  it('leaves a count of governments every report carries out of highlights and coverage', () => {
    expect(otherFigures(quake).some((f) => f.value === 3 && f.reports.length === quake.reportIds.length)).toBe(true);
    expectOnlyKeyFigures(quake);
    expect(quake.highlights.some((h) => h.text.includes('212'))).toBe(true);
  });
  it('states each key figure once', () => expectEachCountOnce(quake));
  it('names the rescue chief with the spelling most independent origins use, though copies quote him more', () => {
    const quote = quake.facts.filter((f) => f.kind === 'quote').find((f) => f.text.includes('bare hands'))!;
    const written = quote.variants.flatMap((v) => v.sources.map((s) => s.reportId));
    expect(written.filter((r) => r.endsWith('copy')).length).toBeGreaterThan(written.length / 2);
    expect(quote.speaker).toBe('Ahmed Traoré');
    expectOneSpelling(quake);
  });
});

describe('respeller', () => {
  const variant = (value: string) => ({ value, reports: [], sources: [] });
  const respell = respeller([{ readings: [], variants: [variant('Souleymane Dembélé'), variant('Souleymane Dembele')] }]);
  it('respells a full name and a surname written alone, as whole words only', () => {
    expect(respell('Colonel Souleymane Dembele (army)')).toBe('Colonel Souleymane Dembélé (army)');
    expect(respell('Dembele said')).toBe('Dembélé said');
    expect(respell('Dembeleville')).toBe('Dembeleville');
  });
  it('leaves a surname two people share alone', () => {
    const shared = respeller([
      { readings: [], variants: [variant('Ana Dembélé'), variant('Ana Dembele')] },
      { readings: [], variants: [variant('Moussa Dembele')] },
    ]);
    expect(shared('Ana Dembele and Dembele')).toBe('Ana Dembélé and Dembele');
  });
});
