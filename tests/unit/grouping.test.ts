// Grouping keeps each incident's reports together and distinct incidents apart, also when follow-up
// reports carry no date: on all multi-incident fixtures in one folder, and rule by rule on small
// annotated reports.
import { beforeAll, describe, expect, it } from 'vitest';
import { groupReports, pairScores } from '../../src/consolidate/grouping.ts';
import { profileReport } from '../../src/consolidate/profile.ts';
import { extractFolder } from '../../src/build/extract-folder.ts';
import type { Report } from '../../src/schemas/report.ts';
import { buildReports, type ReportSpec } from '../fixtures/consolidate/builder.ts';

const THRESHOLD = 0.3;

const profilesOf = (specs: ReportSpec[]) => {
  const { reports, texts } = buildReports(specs);
  return reports.map((r) => profileReport(r, texts.get(r.file)!));
};
const scoreOf = (a: ReportSpec, b: ReportSpec) => pairScores(profilesOf([a, b]))[0][1];

describe('all multi-incident fixtures in one folder', () => {
  // The seeds (one incident), the key-figure tuning texts (twelve incidents) and the grouping
  // fixtures (eight incidents: two massacres by one group in one province three weeks apart, two
  // Russian strikes on Ukrainian cities five days apart, two deadly protests in one country, an
  // earthquake, a bombing), most follow-ups without any date.
  const folders = ['seeds', 'tests/fixtures/events/tuning/texts', 'tests/fixtures/events/tuning-grouping/texts'];
  let reports: Report[] = [];
  let groups: string[][] = [];
  const clusterOf = (r: Report) => (r.file.includes('__') ? r.file.split('__')[0] : 'seeds');

  beforeAll(async () => {
    const texts = new Map<string, string>();
    for (const dir of folders) {
      const out = await extractFolder(dir);
      reports.push(...out.reports);
      for (const { report, text } of out.docs) texts.set(report.file, text);
    }
    reports = reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const profiles = reports.map((r) => profileReport(r, texts.get(r.file)!));
    groups = groupReports(profiles).map((g) => g.map((i) => reports[i].file));
  }, 120_000);

  it('makes one event per incident, each holding all of its reports', () => {
    const expected = new Map<string, string[]>();
    for (const r of reports) expected.set(clusterOf(r), [...(expected.get(clusterOf(r)) ?? []), r.file]);
    expect(groups.map((g) => g.join(' ')).sort()).toEqual([...expected.values()].map((g) => g.sort().join(' ')).sort());
    expect(groups).toHaveLength(21);
  });
});

// Small annotated reports (real places, invented incidents) for one rule at a time.
const KIVU = { name: 'Mamove', country: 'CD', lat: 0.63, lon: 29.45 };
const BENI = { name: 'Beni', country: 'CD', lat: 0.49, lon: 29.47 };
const NTOYO = { name: 'Ntoyo', country: 'CD', lat: 0.1, lon: 29.0 };
const ADF = { name: 'Allied Democratic Forces', acronym: 'ADF', kind: 'armed-group' as const };

const massacre: ReportSpec = {
  id: 'mamove-wire',
  published: '2026-09-14',
  eventDate: '2026-09-13',
  eventDateText: 'late on Sunday',
  text: [
    'Suspected Allied Democratic Forces (ADF) rebels killed at least 26 civilians in an attack on the village of Mamove near Beni late on Sunday, local officials said.',
    '"We have counted 26 bodies so far, but many people are still missing," said the chiefdom administrator.',
  ].join('\n'),
  places: [KIVU, BENI],
  orgs: [ADF],
  figures: [{ find: 'at least 26 civilians', value: 26, qualifier: 'at least', unit: 'civilians', subject: 'killed', claimedBy: 'local officials' }],
  quotes: [{ text: 'We have counted 26 bodies so far, but many people are still missing,', speaker: 'the chiefdom administrator' }],
  dates: [{ find: 'late on Sunday', date: '2026-09-13', role: 'event' }],
};

describe('dates that are not the incident’s', () => {
  // A follow-up dated only by the day its source spoke, four days after the incident.
  const statement = (verb: 'said' | 'told reporters'): ReportSpec => ({
    id: 'mamove-toll',
    published: '2026-09-17',
    eventDate: '2026-09-17',
    eventDateText: 'on Thursday',
    text: [
      `At least 41 people were killed in the ADF attack on Mamove near Beni, a civil society leader ${verb} on Thursday.`,
      'Search teams recovered more bodies in the fields around the village.',
    ].join('\n'),
    places: [KIVU, BENI],
    orgs: [ADF],
    figures: [{ find: 'At least 41 people', value: 41, qualifier: 'at least', unit: 'people', subject: 'killed', claimedBy: 'a civil society leader' }],
    dates: [{ find: 'on Thursday', date: '2026-09-17', role: 'event' }],
  });

  it('reads a day after a verb of saying as the day of reporting, not a conflicting incident date', () => {
    expect(groupReports(profilesOf([massacre, statement('said')]))).toEqual([[0, 1]]);
    expect(groupReports(profilesOf([massacre, statement('told reporters')]))).toEqual([[0, 1]]);
    // The same day given as the day of the killing is four days off the incident's: another incident.
    const killedThen: ReportSpec = {
      ...statement('said'),
      text: statement('said').text.replace('near Beni, a civil society leader said on Thursday.', 'near Beni on Thursday, a civil society leader said.'),
    };
    expect(groupReports(profilesOf([massacre, killedThen]))).toEqual([[0], [1]]);
  });

  it('reads a dateline’s date as the day of filing, after the incident another report dates by its statement', () => {
    const claimed: ReportSpec = {
      id: 'capture-claim',
      published: '2026-10-25',
      eventDate: '2026-10-25',
      text: 'The Rapid Support Forces said on Sunday they had seized El Fasher, the army’s last stronghold in Darfur.',
      places: [{ name: 'El Fasher', country: 'SD', lat: 13.63, lon: 25.35 }],
      orgs: [{ name: 'Rapid Support Forces', kind: 'armed-group' }],
      dates: [{ find: 'on Sunday', date: '2026-10-25', role: 'event' }],
    };
    const filed: ReportSpec = {
      id: 'capture-hospital',
      published: '2026-10-28',
      eventDate: '2026-10-28',
      text: 'Oct 28 (Reuters) - More than 460 patients were shot dead at a hospital in El Fasher after the Rapid Support Forces seized the city, the WHO said.',
      places: [{ name: 'El Fasher', country: 'SD', lat: 13.63, lon: 25.35 }],
      orgs: [{ name: 'Rapid Support Forces', kind: 'armed-group' }],
      figures: [{ find: 'More than 460 patients', value: 460, qualifier: 'more than', unit: 'patients', subject: 'shot dead', claimedBy: 'the WHO' }],
      dates: [{ find: 'Oct 28', date: '2026-10-28', role: 'event' }],
    };
    expect(groupReports(profilesOf([claimed, filed]))).toEqual([[0, 1]]);
  });

  it('places a dateline without its year in the calendar', () => {
    const filed = (day: string): ReportSpec => ({
      id: 'mamove-dateline',
      text: [
        `BENI, Congo, ${day} (Reuters) - Suspected ADF rebels killed at least 26 civilians in an attack on Mamove, local officials said.`,
        '"We have counted 26 bodies so far, but many people are still missing," said the chiefdom administrator.',
      ].join('\n'),
      places: [KIVU, { ...BENI, written: ['BENI'] }],
      orgs: [ADF],
      figures: [{ find: 'at least 26 civilians', value: 26, qualifier: 'at least', unit: 'civilians', subject: 'killed', claimedBy: 'local officials' }],
      quotes: [{ text: 'We have counted 26 bodies so far, but many people are still missing,', speaker: 'the chiefdom administrator' }],
      dates: [{ find: day, date: null, precision: 'relative', role: 'other' }],
    });
    expect(scoreOf(massacre, filed('Sept 14'))).toBeGreaterThan(THRESHOLD);
    // Filed in March, the words of a September incident are another incident's.
    expect(scoreOf(massacre, filed('March 2'))).toBe(-1);
  });
});

describe('follow-up reports without dates', () => {
  const followUp: ReportSpec = {
    id: 'mamove-follow-up',
    text: [
      'Congo village buries its dead',
      'Families in Beni buried their dead on Tuesday, two days after the rebels attacked Mamove and killed 26 civilians.',
      '"We have counted 26 bodies so far, but many people are still missing," the chiefdom administrator told a local radio station.',
    ].join('\n'),
    places: [KIVU, BENI],
    figures: [{ find: '26 civilians', value: 26, unit: 'civilians', subject: 'killed' }],
    quotes: [{ text: 'We have counted 26 bodies so far, but many people are still missing,', speaker: 'the chiefdom administrator' }],
    dates: [
      { find: 'on Tuesday', date: null, precision: 'relative', role: 'other' },
      { find: 'two days after', date: null, precision: 'relative', role: 'earlier' },
    ],
  };

  it('reads a sentence looking back a day or two as about the incident, one looking back weeks as background', () => {
    const [near, far] = profilesOf([followUp, { ...followUp, id: 'later', text: followUp.text.replace('two days after', 'three weeks after'), dates: [] }]);
    expect([...near.nearBackground]).toEqual(['s2']);
    expect(near.places.find((p) => p.place.name === 'Mamove')!.opening).toBe(true);
    expect(far.nearBackground.size).toBe(0);
    expect(far.places.find((p) => p.place.name === 'Mamove')!.distantOnly).toBe(true);
  });

  it('binds a follow-up by the counts and quotations it shares with its incident', () => {
    const lines = followUp.text.split('\n');
    const bare = { ...followUp, id: 'bare', text: [...lines.slice(0, 2), 'Mourners gathered at the church.'].join('\n'), quotes: [] };
    expect(scoreOf(massacre, followUp)).toBeGreaterThan(THRESHOLD);
    expect(scoreOf(massacre, followUp) - scoreOf(massacre, bare)).toBeGreaterThanOrEqual(0.15);
  });

  it('keeps apart a report that dates the other’s incident weeks before its own', () => {
    const funeral: ReportSpec = {
      id: 'ntoyo-funeral',
      text: [
        'ADF rebels killed at least 30 mourners at a funeral in the village of Ntoyo on Saturday night, a local official said.',
        'The attack comes three weeks after ADF fighters killed 26 civilians in Mamove near Beni.',
      ].join('\n'),
      places: [NTOYO, KIVU, BENI],
      orgs: [ADF],
      figures: [
        { find: 'at least 30 mourners', value: 30, qualifier: 'at least', unit: 'mourners', subject: 'killed', claimedBy: 'a local official' },
        { find: '26 civilians', value: 26, unit: 'civilians', subject: 'killed' },
      ],
      dates: [{ find: 'on Saturday night', date: null, precision: 'relative', role: 'event' }],
    };
    const score = scoreOf(massacre, funeral);
    expect(score).toBeLessThan(THRESHOLD);
    // Without the look back, what the sentence names would count for the pair.
    const unaware = { ...funeral, text: funeral.text.replace('The attack comes three weeks after', 'It is the same group whose'), figures: funeral.figures!.slice(0, 1) };
    expect(scoreOf(massacre, unaware)).toBeGreaterThan(score);
  });
});

describe('history a follow-up recalls', () => {
  it('is no earlier incident that the other report could be: only a look back of weeks is', () => {
    const recalling = (when: string, date: string | null, precision: 'month' | 'relative'): ReportSpec => ({
      ...massacre,
      id: `mamove-recalls-${precision}`,
      published: null,
      eventDate: null,
      eventDateText: null,
      text: `${massacre.text}\n${when}, ADF fighters killed 40 people in Mamove.`,
      dates: [{ find: when, date, precision, role: 'earlier' }],
    });
    const dated = { ...massacre, id: 'mamove-dated' };
    const history = scoreOf(dated, recalling('In December 2023', '2023-12', 'month'));
    const weeksAgo = scoreOf(dated, recalling('Three weeks ago', null, 'relative'));
    expect(history).toBeGreaterThan(THRESHOLD);
    expect(history - weeksAgo).toBeGreaterThan(0.05);
  });
});

describe('datelines', () => {
  it('does not read the place a wire story is filed from as where it happened', () => {
    const [p] = profilesOf([
      {
        id: 'odesa',
        text: 'KYIV (Reuters) - A Russian missile strike on the port of Odesa on Tuesday killed nine people, officials said.',
        places: [{ name: 'Kyiv', written: ['KYIV'], country: 'UA', lat: 50.45, lon: 30.52 }, { name: 'Odesa', country: 'UA', lat: 46.48, lon: 30.73 }],
      },
    ]);
    expect(p.places.map((f) => [f.place.name, f.opening])).toEqual([
      ['Kyiv', false],
      ['Odesa', true],
    ]);
  });
});
