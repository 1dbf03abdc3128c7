// An event's headline, type, actor roles, place roles and shown place names (issue 9), on incidents
// of different kinds, and on the five seed texts through the real extraction pipeline.
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.ts';
import { consolidate } from '../../src/consolidate/index.ts';
import type { Event } from '../../src/schemas/event.ts';
import { buildReports, type ReportSpec } from '../fixtures/consolidate/builder.ts';
import { borno } from '../fixtures/consolidate/borno.ts';
import * as H from '../fixtures/consolidate/headlines.ts';

const run = (specs: ReportSpec[]): Event[] => {
  const { reports, texts } = buildReports(specs);
  return consolidate(reports, { texts });
};
const one = (specs: ReportSpec[]): Event => {
  const events = run(specs);
  expect(events).toHaveLength(1);
  return events[0];
};
const role = (e: Event, key: string) => e.actors.find((a) => a.key === key)?.role;
const placeRole = (e: Event, name: string) => e.places.find((p) => p.name === name)?.role;

describe('actor roles', () => {
  it('gives a natural disaster no perpetrator, even where an armed group is named', () => {
    const e = one([H.quakeWire, H.quakeLocal]);
    expect(e.actors.map((a) => a.role)).toEqual(['other', 'other']);
    expect(e.title).toBe('Earthquake in Arequipa, Peru');
    expect(e.eventType).toBeNull();
  });

  it('makes the state that struck the perpetrator and the armed group it struck the target', () => {
    const e = one([H.strikeArmy, H.strikeAgency]);
    expect(role(e, 'state:NE')).toBe('perpetrator');
    expect(role(e, 'org:issp')).toBe('target');
    expect(e.title).not.toMatch(/ISSP|Islamic State/);
    expect(e.title).toMatch(/^Niger Armed Forces drone strike in Tillaberi/);
  });

  it('does not make the struck group the perpetrator when the attacking country is named only by its demonym', () => {
    const e = one([H.strikeForeign]);
    expect(role(e, 'org:hezbollah')).not.toBe('perpetrator');
    expect(e.title).not.toMatch(/Hezbollah/);
  });

  it('names a perpetrator the reports state in their own voice without “claimed”', () => {
    const monguno = run(borno).find((e) => e.reportIds.includes('ng-monguno-wire'))!;
    expect(monguno.title).toBe('ISWAP attack in Monguno, Nigeria');
  });
});

describe('event type', () => {
  it('does not take a captured town as fact when the other side answers the claim', () => {
    const contested = one(H.captureContested);
    expect(contested.counterClaims.length).toBeGreaterThan(0);
    expect(contested.subEventType).toBe('Armed clash');
    const alone = one(H.captureUncontested);
    expect(alone.subEventType).toBe('Non-state actor overtakes territory');
  });

  it('takes a capture as fact when the reports state it in their own voice, though the other side denies it', () => {
    const e = one(H.captureStated);
    expect(role(e, 'org:arakanarmy')).toBe('perpetrator');
    expect(e.subEventType).toBe('Non-state actor overtakes territory');
  });
});

describe('titles', () => {
  it('names no perpetrator in the headline of a protest, even when the police fired', () => {
    const e = one(H.protest);
    expect(e.eventType).toBe('Protests');
    expect(e.title).toBe('Protests in Dhaka, Bangladesh');
  });

  it('uses the number of places the sources state and the area they name, not a list of places', () => {
    const e = one(H.villages);
    expect(e.places.filter((p) => p.role === 'incident' && p.precision !== 'country').length).toBeGreaterThan(3);
    expect(e.title).toBe('Attacks across five villages in northern Nigeria');
  });

  it('keeps incidents of different kinds apart when read together', () => {
    const events = run([H.quakeWire, H.quakeLocal, H.strikeArmy, H.strikeAgency, H.strikeForeign, ...H.captureContested, ...H.villages, ...H.curfew, ...H.spellingByOrigin, ...H.protest, ...H.captureStated]);
    expect(events).toHaveLength(9);
    expect(new Set(events.map((e) => e.title)).size).toBe(9);
  });
});

describe('places', () => {
  it('makes a place named only for a curfew or as a refuge context, not an incident site', () => {
    const e = one(H.curfew);
    expect(placeRole(e, 'Ansongo')).toBe('incident');
    expect(placeRole(e, 'Bourem')).toBe('context');
    expect(placeRole(e, 'Gao')).toBe('context');
    expect(e.title).toBe('Attack in Ansongo, Mali');
  });

  it('shows the spelling of more independent origins, and the gazetteer’s name when it has one', () => {
    const e = one(H.spellingByOrigin);
    expect(e.origins).toHaveLength(3);
    const village = e.places.find((p) => p.variants.some((v) => v.value === 'Dounkoura'))!;
    expect(village.name).toBe('Donkoura');
    expect(village.variants.map((v) => [v.value, v.reports.length])).toEqual([
      ['Donkoura', 2],
      ['Dounkoura', 3],
    ]);
    const town = e.places.find((p) => p.variants.some((v) => v.value === 'Segou'))!;
    expect(town.name).toBe('Ségou');
    // Named for where a survivor spoke from and where help came from: context.
    expect(town.role).toBe('context');
  });
});

describe('the seed event', () => {
  let e: Event;
  beforeAll(async () => {
    e = (await build('seeds')).events[0];
  }, 60_000);

  it('titles the attacks by the count every source gives and the area, as claimed by their claimant', () => {
    expect(e.title).not.toMatch(/other places/);
    expect(e.title).toMatch(/seven towns/);
    expect(e.title).toMatch(/claimed by JNIM/);
    expect(e.actors.find((a) => a.role === 'perpetrator')!.kind).toBe('armed-group');
    expect(e.actors.find((a) => a.role === 'target')!.key).toBe('state:ML');
  });

  it("does not type the event by the attackers' contested claim to hold barracks", () => {
    expect(e.subEventType).not.toBe('Non-state actor overtakes territory');
  });

  it('keeps the town named only for a curfew out of the incident sites', () => {
    expect(e.places.find((p) => p.name === 'Dioïla')!.role).toBe('context');
  });

  it('puts the counts, outcome words and hedges the reports differ on before spellings, and no quotation trivia', () => {
    const kinds = e.discrepancies.map((d) => d.kind);
    expect(kinds.slice(0, 3)).toEqual(['count', 'outcome', 'hedge']);
    expect(kinds).not.toContain('quote-wording');
    const count = e.discrepancies.find((d) => d.kind === 'count')!;
    expect(count.variants.map((v) => v.value)).toEqual(expect.arrayContaining([expect.stringMatching(/^7 /), expect.stringMatching(/^at least 4 /)]));
    expect(e.discrepancies.find((d) => d.kind === 'hedge')!.variants[0].value).toBe('temporarily');
  });
});
