// Key figures and claimants (issue 9) through the real extraction pipeline: only counts of the
// incident's outcomes are ledger rows, each once with all its wordings, labelled in plain words,
// claimed by whoever the sentence names; claims stating a key figure point to it. Then the
// multi-incident tuning fixtures (tests/fixtures/events/tuning: earthquakes, a flood, an air
// strike, protest crackdowns, cities' capture, a missile strike, village raids; gold written
// before the code was tuned to them) scored with the acceptance scorer's rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/index.ts';
import { build } from '../../src/build/build.ts';
import { createExtractor, type Extractor } from '../../src/extract/processor.ts';
import type { Event, LedgerEntry } from '../../src/schemas/event.ts';
import { loadGold, scoreFigures } from '../fixtures/events/score-figures.ts';

let extractor: Extractor;
beforeAll(async () => {
  extractor = await createExtractor();
}, 60_000);

/** Extracts and consolidates texts given as one incident's reports; returns the one event. */
function eventOf(texts: Record<string, string>): Event {
  const reports = Object.entries(texts).map(([name, text]) => extractor.extract(name, text));
  const events = consolidate(reports, { texts: new Map(Object.entries(texts)) });
  expect(events).toHaveLength(1);
  return events[0];
}
const row = (e: Event, value: number): LedgerEntry | undefined => e.ledger.find((l) => l.min === value || l.max === value);
const claimants = (l: LedgerEntry | undefined) => (l?.claimedBy ?? []).map((c) => c.name);

describe('what is a key figure', () => {
  const quake = () =>
    eventOf({
      'quake-a.txt':
        'A magnitude 6.1 earthquake struck Morocco\'s Al Haouz province on Friday night, killing at least 773 people and injuring 3,408, the interior ministry said. ' +
        'The quake hit at a depth of 10 kilometres, about 70 kilometres southwest of Marrakesh. The province is home to about 570,000 people. ' +
        'Tens of thousands of people spent the night outdoors. The government released 2.5 billion dirhams for reconstruction and three governments offered rescue teams.',
    });

  it('leaves magnitudes, distances, populations, money, vague amounts and counts of governments out of the ledger', () => {
    const e = quake();
    expect(e.ledger.map((l) => l.min).sort((a, b) => a - b)).toEqual([773, 3408]);
    // They stay facts: the briefing and the figure list still have them.
    const facts = e.facts.filter((f) => f.kind === 'figure').map((f) => f.value);
    expect(facts).toEqual(expect.arrayContaining([570000, 3]));
  });

  it('labels tolls in plain words from the sentence', () => {
    const e = quake();
    expect(row(e, 773)!.text).toBe('at least 773 people killed');
    expect(row(e, 3408)!.text).toMatch(/^3,408 (?:people )?injured$/);
  });

  it('reads a count of deaths or injuries as what happened, not as a glued noun', () => {
    const e = eventOf({
      'toll.txt': 'The earthquake in Herat province on Saturday caused 1,294 deaths and 1,688 injuries, the World Health Organization said.',
    });
    expect(row(e, 1294)!.text).toBe('1,294 killed');
    expect(row(e, 1688)!.text).toBe('1,688 injured');
  });

  it('keeps counts of earlier incidents and toll increments out', () => {
    const e = eventOf({
      'flood.txt':
        'The death toll from flash floods in Pakistan\'s Swat valley rose to 35 on Thursday after rescuers recovered three more bodies from the river, officials said. ' +
        'Floods in 2022 killed more than 1,700 people across Pakistan.',
    });
    expect(e.ledger.map((l) => l.min)).toEqual([35]);
  });
});

describe('each figure once', () => {
  it('merges one count of the same thing in different words, keeping every wording', () => {
    const e = eventOf({
      'raid-a.txt': 'Gunmen attacked seven towns in central Mali on Tuesday, killing 38 people, the army said.',
      'raid-b.txt': 'All seven affected towns are in central Mali, where gunmen struck on Tuesday. Rescuers recovered the bodies of 38 people, the army said.',
      'raid-c.txt': 'The attacks on Tuesday in central Mali caused 38 deaths, according to the army.',
    });
    const towns = e.ledger.filter((l) => l.min === 7);
    expect(towns).toHaveLength(1);
    expect(towns[0].values.map((v) => v.value)).toEqual(expect.arrayContaining(['7 towns attacked', '7 towns affected']));
    const dead = e.ledger.filter((l) => l.min === 38);
    expect(dead).toHaveLength(1);
    expect(dead[0].reportedBy).toHaveLength(3);
    expect(dead[0].text).toBe('38 people killed');
  });

  it('links a claim that states a key figure to that figure', () => {
    const e = eventOf({
      'barracks-a.txt': 'JNIM said on social media that they seized control of three army barracks in western Mali on Tuesday.',
      'barracks-b.txt': 'Jihadists captured three army barracks in western Mali on Tuesday, JNIM said in a statement.',
    });
    const figure = row(e, 3)!;
    const claim = e.facts.filter((f) => f.kind === 'claim').find((f) => /three army barracks/.test(f.text))!;
    expect(claim.figureId).toBe(figure.factId);
    // A claim with no count of its own stays unlinked.
    for (const f of e.facts.filter((x) => x.kind === 'claim').filter((x) => !/\bthree\b/.test(x.text))) expect(f.figureId).toBeUndefined();
  });
});

describe('claimants as written', () => {
  it('keeps residents and local officials as the claimants they are, not the army named elsewhere', () => {
    const e = eventOf({
      'towns.txt':
        'The Malian army said on Tuesday that seven of its positions had been targeted in coordinated attacks. ' +
        'Residents and local officials corroborated reports of attacks in at least four towns.',
    });
    expect(claimants(row(e, 4))).toEqual(['Residents and local officials']);
    expect(row(e, 4)!.claimedBy[0].party).not.toMatch(/^state:/);
    expect(row(e, 7)!.claimedBy[0].party).toBe('state:ML');
  });

  it("reads 'Reports indicate' as the outlets' own voice", () => {
    const e = eventOf({ 'own.txt': 'Reports indicate that attacks were carried out in seven towns in western Mali on Tuesday.' });
    expect(row(e, 7)!.claimedBy).toEqual([expect.objectContaining({ party: null, name: 'the reports (own voice)' })]);
  });

  it("gives 'the statement' to whoever issued it", () => {
    const e = eventOf({
      'statement.txt':
        'A Russian missile struck an apartment block in Dnipro on Saturday. Three children were among the dead, the State Emergency Service said in a statement. ' +
        'The statement said 75 people had been injured.',
    });
    expect(claimants(row(e, 75)).join(' ')).toMatch(/State Emergency Service/i);
  });

  it('gives what the general staff says to the army, and a government spokesperson to the government', () => {
    const e = eventOf({
      'staff.txt':
        'Burkina Faso\'s army said on Sunday its troops repelled an attack on their base in Djibo. The general staff said 40 terrorists were neutralised. ' +
        '"The enemy will not pass," a government spokesperson said.',
    });
    expect(row(e, 40)!.claimedBy[0].party).toBe('state:BF');
    expect(claimants(row(e, 40))[0]).toMatch(/general staff|army|armed forces/i);
    const quote = e.facts.find((f) => f.kind === 'quote' && /enemy will not pass/.test(f.text));
    expect(quote?.partyName ?? '').not.toMatch(/army|armed forces|military/i);
  });

  it('names hospitals and NGOs as claimants in their own right', () => {
    const e = eventOf({
      'protest.txt':
        'Police in Nairobi fired on protesters on Tuesday. Doctors at Kenyatta National Hospital said they had treated 160 people for gunshot wounds. ' +
        'Amnesty International Kenya said 13 protesters were killed.',
    });
    expect(claimants(row(e, 160)).join(' ')).toMatch(/Doctors at Kenyatta National Hospital/);
    expect(claimants(row(e, 13)).join(' ')).toMatch(/Amnesty International/);
    for (const l of [row(e, 160)!, row(e, 13)!]) expect(l.claimedBy[0].party).not.toMatch(/^state:/);
  });
});

describe('fatalities follow the ledger', () => {
  it('counts a toll once, not its parts on top of it, and not counts off the ledger', () => {
    const e = eventOf({
      'strike.txt':
        'An air strike on a village in Sagaing region on Sunday killed 21 people, including nine children, residents said. ' +
        'In April 2023, an air strike on a nearby village killed more than 160 people.',
    });
    expect(e.ledger.map((l) => l.min).sort((a, b) => a - b)).toEqual([9, 21]);
    expect(e.fatalities).toBe(21);
  });
});

describe('the seed incident', () => {
  it('shows its four figures, each once, with the claimants the sentences name', async () => {
    const { reports, events: [e] } = await build('seeds');
    const rows = e.ledger.filter((l) => !e.facts.find((f) => f.id === l.factId)?.background);
    expect(rows.map((l) => l.min).sort((a, b) => a - b)).toEqual([3, 4, 7, 80]);
    expect(claimants(row(e, 80)).join(' ')).toMatch(/Armed Forces/);
    expect(claimants(row(e, 3)).join(' ')).toMatch(/JNIM/);
    expect(claimants(row(e, 4))).toEqual(['Residents and local officials']);
    expect(claimants(row(e, 7))).not.toContain('Reports');
    expect(e.fatalities).toBe(80);
  }, 60_000);
});

// Floors: after tuning, the fixtures score precision 1.00, recall 0.92, claimant 0.99 (most misses
// are reports the grouping keeps apart: the Goma and Nepal texts have no publication date). A lost
// rule costs several rows across incidents; the floors leave room for a grouping change that moves
// a report, not for a class of noise or of wrong claimants.
describe('tuning fixtures (scored like the acceptance scorer)', () => {
  it('keeps precision, recall and claimant accuracy above their floors', async () => {
    const dir = 'tests/fixtures/events/tuning';
    const { reports, events } = await build(`${dir}/texts`);
    const s = scoreFigures(events, reports, loadGold(`${dir}/gold`));
    const detail = s.problems.join('\n');
    expect(s.precision, detail).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, detail).toBeGreaterThanOrEqual(0.85);
    expect(s.claimant, detail).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
