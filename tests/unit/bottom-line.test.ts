// The bottom line of an event page: what, where, when, who, toll, sources — on the seeds through
// the real pipeline, and on reports written for these tests (an earthquake, an ambush, a flood),
// where one field of the consolidated event at a time is set to check how each line reads it.
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.ts';
import { consolidate } from '../../src/consolidate/index.ts';
import { bottomLine, type EventDraft } from '../../src/consolidate/bottom-line.ts';
import { profileReport, type Profile } from '../../src/consolidate/profile.ts';
import { bottomLineItemSchema, type BottomLineItem, type Event, type EventPlace } from '../../src/schemas/event.ts';
import type { Report } from '../../src/schemas/report.ts';
import type { SeedDoc } from '../../src/extract/types.ts';
import { buildReports, type ReportSpec } from '../fixtures/consolidate/builder.ts';
import { world } from '../fixtures/consolidate/world.ts';
import { formatDate } from '../../src/components/format.ts';

const line = (e: Pick<Event, 'bottomLine'>, key: BottomLineItem['key']) => e.bottomLine.find((b) => b.key === key)!;

/** Every reference names a sentence of its report, with that sentence's offsets. */
function expectRefsResolve(items: BottomLineItem[], reports: Report[]) {
  const byId = new Map(reports.map((r) => [r.id, r]));
  for (const item of items) {
    for (const ref of item.sources) {
      const s = byId.get(ref.reportId)?.sentences.find((x) => x.id === ref.sentenceId);
      expect(s, `${item.key}: ${ref.reportId}#${ref.sentenceId}`).toBeDefined();
      expect([ref.start, ref.end]).toEqual([s!.start, s!.end]);
    }
  }
}

describe('the seed event', () => {
  let event: Event;
  let reports: Report[];
  let docs: SeedDoc[];

  beforeAll(async () => {
    ({ reports, docs, events: [event] } = await build('seeds'));
  }, 60_000);

  it('has six lines in briefing order, each valid and resting on sentences of its reports', () => {
    expect(event.bottomLine.map((b) => b.key)).toEqual(['what', 'where', 'when', 'who', 'toll', 'sources']);
    for (const b of event.bottomLine) expect(() => bottomLineItemSchema.parse(b)).not.toThrow();
    for (const b of event.bottomLine.filter((x) => x.key !== 'sources')) expect(b.sources.length, b.key).toBeGreaterThan(0);
    expectRefsResolve(event.bottomLine, reports);
  });

  it('says what happened in a sentence of the reports, in an outlet’s own voice', () => {
    const what = line(event, 'what');
    const [ref] = what.sources;
    const sentence = docs.find((d) => d.report.file === ref.file)!.text.slice(ref.start, ref.end);
    // The line is the sentence, or its main clause with the commentary after it cut off.
    expect(sentence.startsWith(what.text.replace(/\.$/, ''))).toBe(true);
    expect(what.text).not.toMatch(/\b(said|claimed|according to|confirmed)\b/);
  });

  it('places the incident by admin area, leaving context places out of the line', () => {
    const where = line(event, 'where');
    const incident = event.places.filter((p) => p.role === 'incident' && p.precision === 'town');
    for (const p of incident) expect(where.text).toContain(p.name);
    for (const admin of new Set(incident.map((p) => p.admin1).filter(Boolean))) {
      expect(where.text.split(`${admin} region:`).length - 1, String(admin)).toBe(1);
    }
    const named = new Set(event.places.filter((p) => p.role === 'incident').map((p) => p.name));
    for (const p of event.places.filter((x) => x.role !== 'incident' && ![...named].some((n) => n.includes(x.name) || x.name.includes(n)))) {
      expect(where.text, p.name).not.toContain(p.name);
    }
  });

  it('dates it with its basis', () => {
    const when = line(event, 'when');
    if (event.dateBasis === 'not-stated') expect(when.text).toMatch(/^(Date not stated|Not stated)/);
    else expect(when.text.startsWith(`${formatDate(event.date!)}: `)).toBe(true);
    if (event.dateText) expect(when.text).toContain(event.dateText);
  });

  it('names the perpetrator as claimed, and by whom, with the other side’s account', () => {
    const who = line(event, 'who');
    const perpetrator = event.actors.find((a) => a.role === 'perpetrator')!;
    expect(who.text).toContain(perpetrator.aliases.includes('JNIM') ? 'JNIM' : perpetrator.name);
    expect(who.text).toMatch(/by its own claim of responsibility \(\d reports?\)/);
    expect(who.caveats.some((c) => /could not independently verify/.test(c))).toBe(true);
    expect(who.caveats.some((c) => /claims .*; .* says /.test(c))).toBe(true);
  });

  it('gives the toll with its claimant and the caveats a reader must repeat', () => {
    const toll = line(event, 'toll');
    expect(toll.text).toMatch(/80 (militants|terrorists|enemy combatants)/);
    expect(toll.text).toMatch(/according to /);
    expect(toll.caveats).toContainEqual(expect.stringMatching(/^“neutrali[sz]ed” may mean killed or captured\.$/));
    // Three reports say in their own words that the army's losses were not given.
    expect(toll.caveats).toContainEqual(expect.stringMatching(/^Army casualties not released \([2-5] reports\)\.$/));
  });

  it('counts reports, independent origins and agencies', () => {
    const sources = line(event, 'sources');
    expect(sources.text).toMatch(new RegExp(`^${event.reportIds.length} reports from ${event.origins.length} independent origins?`));
    expect(sources.text).toContain('AFP');
    expect(sources.sources.map((s) => s.reportId)).toEqual(event.reportIds);
  });
});

// ---- lines read one field at a time, on reports written for these tests ---------------------

const quakeA: ReportSpec = {
  id: 'pe-quake-a',
  outlet: 'Andes Wire',
  published: '2024-09-18',
  text: [
    'On the morning of September 17, 2024, a magnitude 6.8 earthquake struck Urubamba in southern Peru, killing at least 12 people and injuring 140, civil defence officials said.',
    'Rescuers searched collapsed homes in Ollantaytambo through the night, while the quake was felt as far as Lima.',
    'The authorities did not release casualty figures for the remote villages of the valley.',
    'No casualties were reported in Lima.',
  ].join('\n'),
  places: [
    { name: 'Urubamba', country: 'PE', admin1: 'Cusco', lat: -13.3, lon: -72.1, written: ['Urubamba'] },
    { name: 'Ollantaytambo', country: 'PE', admin1: 'Cusco', lat: -13.26, lon: -72.26, written: ['Ollantaytambo'] },
    { name: 'Lima', country: 'PE', admin1: 'Lima', lat: -12.05, lon: -77.04 },
    { name: 'Peru', country: 'PE', precision: 'country', lat: -9.2, lon: -75, gazetteerId: 'country:PE' },
  ],
  figures: [
    { find: 'at least 12 people', value: 12, qualifier: 'at least', unit: 'people', subject: 'killed', claimedBy: 'civil defence officials' },
    { find: '140', value: 140, unit: 'people', subject: 'injured', claimedBy: 'civil defence officials' },
  ],
  dates: [{ find: 'On the morning of September 17, 2024', date: '2024-09-17', role: 'event' }],
};

const quakeB: ReportSpec = {
  id: 'pe-quake-b',
  outlet: 'Cusco Daily',
  published: '2024-09-18',
  text: [
    'A strong earthquake shook Urubambha and Ollantaytambo in the Cusco region of Peru on Tuesday morning, killing 14 people.',
    'Details on civilian casualties in outlying hamlets remain unclear.',
  ].join('\n'),
  places: [
    { name: 'Urubamba', country: 'PE', admin1: 'Cusco', lat: -13.3, lon: -72.1, written: ['Urubambha'] },
    { name: 'Ollantaytambo', country: 'PE', admin1: 'Cusco', lat: -13.26, lon: -72.26 },
    { name: 'Peru', country: 'PE', precision: 'country', lat: -9.2, lon: -75, gazetteerId: 'country:PE' },
  ],
  figures: [{ find: '14 people', value: 14, unit: 'people', subject: 'killed' }],
};

const ambush: ReportSpec = {
  id: 'co-ambush',
  outlet: 'Llanos Wire',
  published: '2024-02-11',
  text: [
    'Suspected guerrillas of the Frente Sur ambushed a police patrol near Tame in Arauca on Saturday, police said.',
    'The police said 6 rebels were neutralised in the firefight, but did not release casualty figures on their own side.',
    'Llanos Wire could not independently verify the account.',
  ].join('\n'),
  places: [{ name: 'Tame', country: 'CO', admin1: 'Arauca', lat: 6.46, lon: -71.74 }],
  orgs: [
    { name: 'Frente Sur', kind: 'armed-group' },
    { name: 'Colombian National Police', kind: 'state-force', country: 'CO', aliases: ['police'] },
  ],
  figures: [{ find: '6 rebels', value: 6, unit: 'rebels', subject: 'neutralised', claimedBy: 'The police', claimedByOrg: 'Colombian National Police' }],
};

const morgue: ReportSpec = {
  id: 'ng-morgue',
  outlet: 'Jos Herald',
  published: '2024-06-02',
  text: [
    'Gunmen attacked the village of Mangu in Plateau state on Saturday, a hospital official said, adding that 23 bodies had been brought to the morgue.',
  ].join('\n'),
  places: [{ name: 'Mangu', country: 'NG', admin1: 'Plateau', lat: 9.52, lon: 9.1 }],
  figures: [{ find: '23 bodies', value: 23, unit: 'bodies', subject: 'brought', claimedBy: 'a hospital official' }],
};
const morgueWire: ReportSpec = {
  id: 'ng-morgue-wire',
  outlet: 'Lagos Wire',
  published: '2024-06-02',
  text: ['Gunmen killed at least 19 people in an attack on the village of Mangu in Plateau state on Saturday, police said.'].join('\n'),
  places: [{ name: 'Mangu', country: 'NG', admin1: 'Plateau', lat: 9.52, lon: 9.1 }],
  figures: [{ find: 'at least 19 people', value: 19, qualifier: 'at least', unit: 'people', subject: 'killed', claimedBy: 'police' }],
};

function draftOf(specs: ReportSpec[]): { draft: EventDraft & { id: string }; profiles: Profile[] } {
  const { reports, texts } = buildReports(specs);
  const [event] = consolidate(reports, { texts, grouping: undefined });
  const profiles = reports.filter((r) => event.reportIds.includes(r.id)).map((r) => profileReport(r, texts.get(r.file)!));
  const { bottomLine: _ignored, ...draft } = event;
  return { draft, profiles };
}
const item = (items: BottomLineItem[], key: BottomLineItem['key']) => items.find((b) => b.key === key)!;

describe('where', () => {
  it('groups the incident places by admin area, with their other spellings, and only counts context places', () => {
    const { draft, profiles } = draftOf([quakeA, quakeB]);
    const roles: Record<string, EventPlace['role']> = { Urubamba: 'incident', Ollantaytambo: 'incident', Peru: 'incident', Lima: 'context' };
    // Within an admin area the places keep the event's order (most important first).
    const order = Object.keys(roles);
    const places = draft.places.map((p) => ({ ...p, role: roles[p.name] ?? p.role })).sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    const where = item(bottomLine({ ...draft, places }, profiles), 'where');
    expect(where.text).toBe('Peru — Cusco region: Urubamba (also written “Urubambha”), Ollantaytambo.');
    expect(where.caveats).toContainEqual('1 other place is named for context or earlier incidents only (such as Lima).');
  });

  it('keeps an admin area named as such out of its own list, and does not add “region” to a name that says what it is', () => {
    const { draft, profiles } = draftOf([world.find((s) => s.id === 'pk-flood')!]);
    const places = draft.places.map((p) => ({ ...p, role: 'incident' as const, admin1: p.precision === 'town' ? 'Sindh Province' : p.admin1 }));
    const sindh = places.find((p) => p.name === 'Sindh')!;
    sindh.admin1 = 'Sindh Province';
    expect(item(bottomLine({ ...draft, places }, profiles), 'where').text).toBe('Pakistan — Sindh Province: Sukkur.');
  });
});

describe('when', () => {
  const { draft, profiles } = draftOf([quakeA, quakeB]);
  it('gives a stated date with its wording and basis', () => {
    const stated = { ...draft, date: '2024-09-17', dateText: 'On the morning of September 17, 2024', dateBasis: 'stated' as const };
    const when = item(bottomLine({ ...stated, dateNote: 'Stated in R1: “On the morning of September 17, 2024”' }, profiles), 'when');
    expect(when.text).toBe('17 September 2024: Stated in R1: “On the morning of September 17, 2024”.');
    expect(when.caveats).toEqual([]);
    // Without a note, the basis in words and the wording.
    const bare = item(bottomLine({ ...stated, dateNote: '' }, profiles), 'when');
    expect(bare.text).toBe('17 September 2024: stated in the text (“On the morning of September 17, 2024”).');
  });
  it('says a date resolved from a publication date is resolved', () => {
    const when = item(bottomLine({ ...draft, date: '2024-09-17', dateText: 'on Tuesday morning', dateBasis: 'resolved', dateNote: '' }, profiles), 'when');
    expect(when.text).toBe('17 September 2024: resolved from a publication date (“on Tuesday morning”).');
  });
  it('says when no date is stated, and how to supply one', () => {
    const notStated = { ...draft, date: null, dateText: 'on Tuesday morning', dateBasis: 'not-stated' as const };
    const when = item(bottomLine({ ...notStated, dateNote: '' }, profiles), 'when');
    expect(when.text).toBe('Date not stated: the reports say only “on Tuesday morning”.');
    expect(when.caveats.join(' ')).toMatch(/sources\.yaml/);
    // A note that already says how is not repeated.
    const explained = item(bottomLine({ ...notStated, dateNote: 'Not stated: add `published:` to the front matter' }, profiles), 'when');
    expect(explained.text).toBe('Not stated: add `published:` to the front matter.');
    expect(explained.caveats).toEqual([]);
  });
});

describe('who', () => {
  it('says no perpetrator is named for a natural disaster', () => {
    const { draft, profiles } = draftOf([quakeA, quakeB]);
    const who = item(bottomLine({ ...draft, actors: draft.actors.map((a) => ({ ...a, role: 'other' as const })) }, profiles), 'who');
    expect(who.text).toMatch(/^No perpetrator is named/);
  });

  it('names the attackers as the reports do, with the hedges and the unverified account', () => {
    const { draft, profiles } = draftOf([ambush]);
    const actors = draft.actors.map((a) => ({ ...a, role: a.kind === 'armed-group' ? ('perpetrator' as const) : ('target' as const) }));
    const who = item(bottomLine({ ...draft, actors, facts: draft.facts.filter((f) => f.kind !== 'claim' || f.claimType !== 'responsibility') }, profiles), 'who');
    expect(who.text).toBe('Frente Sur, as named by the reports (no claim of responsibility is reported); against Colombian National Police.');
    expect(who.caveats).toContain('1 report hedges the attribution to Frente Sur (“suspected”).');
  });
});

describe('toll', () => {
  it('explains an ambiguous outcome word and who withheld which casualties, not mistaking “no casualties were reported” for it', () => {
    const { draft, profiles } = draftOf([ambush]);
    const toll = item(bottomLine(draft, profiles), 'toll');
    expect(toll.text).toMatch(/^6 rebels neutralised, according to /);
    expect(toll.caveats).toContain('“neutralised” may mean killed or captured.');
    expect(toll.caveats).toContain('Police casualties not released (1 report).');
  });

  it('finds casualties said to be unclear or not released, by whose they are', () => {
    const { draft, profiles } = draftOf([quakeA, quakeB]);
    const toll = item(bottomLine(draft, profiles), 'toll');
    expect(toll.caveats).toContain('Civilian casualties not released (1 report).');
    expect(toll.caveats).toContain('Casualty figures not released (1 report).');
    expect(toll.caveats.filter((c) => /not released/.test(c))).toHaveLength(2);
    expect(toll.text).toMatch(/killed/);
  });

  it('counts figures whose unit is itself a toll (bodies, a death toll), and flags a contradicting figure the line does not show', () => {
    const { draft, profiles } = draftOf([morgue, morgueWire]);
    expect(item(bottomLine(draft, profiles), 'toll').text).toMatch(/23 bodies brought, according to a hospital official/);
    // Whether the two counts contradict is the figures' business; given that they do, both are on the line…
    const ledger = draft.ledger.map((l) => ({ ...l, contradictedBy: draft.reportIds.filter((r) => !l.reportedBy.includes(r)) }));
    const both = item(bottomLine({ ...draft, ledger }, profiles), 'toll');
    expect(both.text).toMatch(/19 people killed.*23 bodies|23 bodies.*19 people killed/);
    expect(both.caveats.filter((c) => /another figure/.test(c))).toEqual([]);
    // …and when the other figure is not on it, a caveat says there is one.
    const alone = item(bottomLine({ ...draft, ledger: ledger.filter((l) => l.unit !== 'bodies') }, profiles), 'toll');
    expect(alone.caveats).toContain('At least 19 people killed: 1 report gives another figure.');
  });

  it('quotes a toll given without a number rather than saying none is given', () => {
    const { draft, profiles } = draftOf([ambush]);
    const vague = { ...ambush, id: 'co-ambush-vague', text: 'Soldiers fired on a market near Tame in Arauca on Saturday, killing several civilians, witnesses said.', figures: [], orgs: [] };
    const built = draftOf([vague]);
    const toll = item(bottomLine({ ...built.draft, ledger: [], fatalities: null }, built.profiles), 'toll');
    expect(toll.text).toBe('No exact casualty figure: the reports say “killing several civilians”.');
    expect(toll.sources.map((r) => r.sentenceId)).toEqual(['s1']);
    expect(item(bottomLine({ ...draft, ledger: [], fatalities: null }, profiles), 'toll').text).toBe('No casualty figure is given for this incident.');
  });

  it('says so when no casualty figure is given', () => {
    const { draft, profiles } = draftOf([quakeA, quakeB]);
    expect(item(bottomLine({ ...draft, ledger: [], fatalities: null }, profiles), 'toll').text).toBe('No casualty figure is given for this incident.');
  });
});

describe('sources', () => {
  it('names the outlets, or says how to name them', () => {
    const { draft, profiles } = draftOf([quakeA, quakeB]);
    const sources = item(bottomLine(draft, profiles), 'sources');
    expect(sources.text).toMatch(/^2 reports from \d independent origins?; outlets: Andes Wire and Cusco Daily\.$/);
    const anonymous = item(bottomLine({ ...draft, reports: draft.reports.map((r) => ({ ...r, outlet: null })) }, profiles), 'sources');
    expect(anonymous.text).toMatch(/no outlet is named \(add front matter or a sources\.yaml/);
  });

  it('is deterministic', () => {
    const { draft, profiles } = draftOf([quakeA, quakeB]);
    expect(JSON.stringify(bottomLine(draft, profiles))).toBe(JSON.stringify(bottomLine(draft, profiles)));
  });
});
