import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/schemas/statements.ts';
import { run, slice } from '../../fixtures/statements/run.ts';

const figuresOf = (text: string, options = {}) => {
  const file = run(text, options);
  return { file, figures: file.data.figures ?? [] };
};
const find = (figures: Figure[], value: number, unit?: string) => {
  const f = figures.find((x) => x.value === value && (!unit || x.unit === unit));
  if (!f) throw new Error(`no figure ${value} ${unit ?? ''} in ${JSON.stringify(figures.map((x) => [x.value, x.unit]))}`);
  return f;
};

describe('figures: counts, qualifiers, units and subjects', () => {
  const text = [
    'Gunmen killed at least 23 villagers in an attack on Tuesday, police said.',
    'The attackers also abducted dozens of women and burned 40 houses, according to a local official.',
    'The army said more than 80 bandits were neutralised in a counter-operation.',
    'Seven of its positions in the north were targeted, the military added.',
    'Between 20 and 30 soldiers are missing, and two hundred and fifty families have been displaced.',
    'A separate ambush resulted in the deaths of nearly a dozen police officers.',
  ].join('\n');
  const { figures } = figuresOf(text);

  it('reads digits with their qualifier, counted noun, event and claimant', () => {
    const f = find(figures, 23);
    expect(f).toMatchObject({ kind: 'count', qualifier: 'at least', unit: 'villagers', subject: 'killed', claimedBy: 'police', max: null });
  });
  it('reads vague amounts ("dozens of") as approximate, with the verb before them', () => {
    expect(find(figures, 12, 'women')).toMatchObject({ approximate: true, subject: 'abducted', claimedBy: 'a local official' });
    expect(find(figures, 40)).toMatchObject({ unit: 'houses', subject: 'burned', claimedBy: 'a local official' });
  });
  it('finds the event after the counted noun when the reporting verb is far ("the army said … were neutralised")', () => {
    expect(find(figures, 80)).toMatchObject({ qualifier: 'more than', unit: 'bandits', subject: 'neutralised', claimedBy: 'the army' });
  });
  it('reads "N of its X … were V-ed" and a trailing ", the military added"', () => {
    expect(find(figures, 7)).toMatchObject({ unit: 'positions', subject: 'targeted', claimedBy: 'the military' });
  });
  it('reads ranges and compound number words', () => {
    expect(find(figures, 20)).toMatchObject({ max: 30, unit: 'soldiers', subject: 'missing' });
    expect(find(figures, 250)).toMatchObject({ unit: 'families', subject: 'displaced' });
  });
  it('maps nouns of events to participles and reads "a dozen"', () => {
    expect(find(figures, 12, 'officers')).toMatchObject({ qualifier: 'nearly', subject: 'killed', approximate: false, claimedBy: null });
  });
  it('keeps offsets on the number and its counted noun', () => {
    expect(slice(run(text), find(figures, 23))).toBe('at least 23 villagers');
    expect(find(figures, 23).sentence).toBe('Gunmen killed at least 23 villagers in an attack on Tuesday, police said.');
  });
});

describe('figures: what is not a count', () => {
  const text = [
    'The raid was the third attack on the district this month and the first since the ceasefire.',
    'In 2019, a similar raid killed 12 people.',
    'A 72-hour curfew was imposed, and displaced families sheltered in schools for two weeks.',
    'One of the victims was a 15-year-old girl, and the convoy was stopped 30 km from Maiduguri on 3 March at 10:30.',
    'The conflict has lasted for over a decade.',
  ].join('\n');
  const { figures } = figuresOf(text);

  it('keeps an ordinal that ranks an incident as kind ordinal, and drops "the first"', () => {
    expect(find(figures, 3)).toMatchObject({ kind: 'ordinal', unit: 'attack' });
    expect(figures.some((f) => f.value === 1)).toBe(false);
  });
  it('never turns years, dates, times, ages, distances or time frames into figures', () => {
    for (const v of [2019, 15, 10, 2, 1]) expect(figures.find((f) => f.value === v)).toBeUndefined();
    expect(figures.find((f) => f.value === 30)).toBeUndefined();
  });
  it('keeps a duration written into its noun as kind duration, not a count', () => {
    expect(find(figures, 72)).toMatchObject({ kind: 'duration', unit: 'hours', subject: 'curfew' });
  });
  it('still counts the people of a year-dated incident', () => {
    expect(find(figures, 12)).toMatchObject({ kind: 'count', unit: 'people', subject: 'killed' });
  });
  it('emits exactly the figures an analyst compares', () => {
    expect(figures.map((f) => `${f.kind}:${f.value}`)).toEqual(['ordinal:3', 'count:12', 'duration:72']);
  });
});

describe('figures: percent, money and large numbers', () => {
  it('reads percentages, money with multipliers and comma thousands', () => {
    const { figures } = figuresOf('About 40 percent of the population has fled. The government pledged $2.5 million in aid. Some 1,200 people were displaced.');
    expect(find(figures, 40)).toMatchObject({ kind: 'percent', unit: 'percent of population', qualifier: 'about', approximate: true });
    expect(find(figures, 2_500_000)).toMatchObject({ kind: 'money', unit: '$' });
    expect(find(figures, 1200)).toMatchObject({ kind: 'count', unit: 'people', subject: 'displaced', qualifier: 'some', approximate: true });
  });
  it('does not treat "control over three bases" as a qualifier "over"', () => {
    const { figures } = figuresOf('The rebels claimed control over three bases.');
    expect(find(figures, 3)).toMatchObject({ qualifier: null, unit: 'bases', claimedBy: 'the rebels' });
  });
});

describe('figures: claimants', () => {
  it('separates the claimant from the agency that relays it', () => {
    const { figures } = figuresOf('The army said 14 insurgents were killed in the clash, Reuters reported.', { agencies: [{ name: 'Reuters' }] });
    expect(find(figures, 14)).toMatchObject({ claimedBy: 'the army', reportedBy: 'Reuters' });
  });
  it('resolves a claimant to an organization entity and a pronoun to its antecedent', () => {
    const { figures } = figuresOf('Al-Shabaab claimed responsibility for the attack. It said its fighters had killed 17 soldiers.', {
      organizations: [{ name: 'Al-Shabaab', kind: 'armed-group' }],
    });
    expect(find(figures, 17)).toMatchObject({ claimedBy: 'Al-Shabaab', claimedByEntity: { type: 'organization', id: 'o-al-shabaab' }, subject: 'killed' });
  });
  it('gives a number inside a quotation the quotation’s speaker', () => {
    const { figures } = figuresOf('“We destroyed nine trucks,” the RSF said in a statement.');
    expect(find(figures, 9)).toMatchObject({ claimedBy: 'the RSF', unit: 'trucks', subject: 'destroyed' });
  });
  it('leaves a figure in the outlet’s own voice unclaimed', () => {
    const { figures } = figuresOf('Fighting in the region has displaced 300,000 people since January.');
    expect(find(figures, 300000)).toMatchObject({ claimedBy: null, subject: 'displaced' });
  });
});

describe('figures: elliptical counts and informants', () => {
  it('gives "20 others" and "dozens wounded" the noun of the previous count, and never counts informants', () => {
    const { figures } = figuresOf('Militants killed at least 15 soldiers and wounded 20 others on Monday, two security sources said. At least 40 people were killed and dozens wounded, according to three medics.');
    expect(figures.map((f) => [f.value, f.unit, f.subject])).toEqual([
      [15, 'soldiers', 'killed'],
      [20, 'soldiers', 'wounded'],
      [40, 'people', 'killed'],
      [12, 'people', 'wounded'],
    ]);
    expect(find(figures, 20).claimedBy).toBe('two security sources');
    expect(find(figures, 40).claimedBy).toBe('three medics');
  });
  it('counts people after a bare number and a casualty participle ("62 wounded")', () => {
    const { figures } = figuresOf('A doctor said the hospital received 62 wounded in two hours.');
    expect(figures).toMatchObject([{ value: 62, unit: 'people', subject: 'wounded', claimedBy: 'a doctor' }]);
  });
});

describe('figures: coordination', () => {
  it('carries the verb across a coordinated count and counts "five were injured" as the previous noun', () => {
    const { figures } = figuresOf('The alliance said it had captured 150 military outposts and four border towns. Two soldiers died and five were injured, the army said.');
    expect(figures.map((f) => [f.value, f.unit, f.subject, f.claimedBy])).toEqual([
      [150, 'outposts', 'captured', 'the alliance'],
      [4, 'towns', 'captured', 'the alliance'],
      [2, 'soldiers', 'died', 'the army'],
      [5, 'soldiers', 'injured', 'the army'],
    ]);
  });
});

describe('figures: the party behind a report', () => {
  it('credits "a report by X" and "figures from X" to X', () => {
    const { figures } = figuresOf('A report by Human Rights Watch said at least 30 civilians were executed. Figures from the health ministry show 112 people were wounded.');
    expect(find(figures, 30)).toMatchObject({ claimedBy: 'Human Rights Watch', subject: 'executed' });
    expect(find(figures, 112)).toMatchObject({ claimedBy: 'the health ministry', subject: 'wounded' });
  });
});

describe('figures: bare counts after casualty verbs', () => {
  it('counts people after "killed 38" and "have killed thousands", not after other verbs', () => {
    const { figures } = figuresOf('Gunmen kill 38 in attacks on villages. Clashes have killed thousands in the region. The convoy carried 40 to the north.');
    expect(figures.map((f) => [f.value, f.unit, f.subject, f.approximate])).toEqual([
      [38, 'people', 'killed', false],
      [1000, 'people', 'killed', true],
    ]);
  });
});

describe('figures: wire-style counts', () => {
  it('reads tolls ("rose to", "put the number of missing at", "bringing the death toll … to", "passes")', () => {
    const { figures } = figuresOf(
      'The death toll from the flooding rose to more than 5,300 on Wednesday. The IFRC put the number of missing at 10,000. ' +
        'A dam burst, bringing the national death toll from weeks of rain to 188. Floods: death toll passes 180 in Kenya.',
    );
    expect(find(figures, 5300)).toMatchObject({ unit: 'deaths', subject: 'killed', qualifier: 'more than' });
    expect(find(figures, 10000)).toMatchObject({ unit: 'people', subject: 'missing' });
    expect(find(figures, 188)).toMatchObject({ unit: 'deaths' });
    expect(find(figures, 180)).toMatchObject({ unit: 'deaths' });
  });
  it('gives an elided or "another" count the noun counted just before', () => {
    const { figures } = figuresOf(
      'The fighting has displaced more than 90,000 people on the Lebanese side and about 60,000 in Israel. ' +
        'Air defences shot down 76 of the drones, while another 96 were "lost". Officials said 300 people had been killed and about 350 reported missing.',
    );
    expect(find(figures, 60000)).toMatchObject({ unit: 'people', subject: 'displaced' });
    expect(find(figures, 96)).toMatchObject({ unit: 'drones', subject: 'lost' });
    expect(find(figures, 350)).toMatchObject({ unit: 'people', subject: 'missing' });
  });
  it('reads people counted by a verb of displacement, states after "were", and "who number"', () => {
    const { figures } = figuresOf(
      'Clashes forced some 36,000 to flee their homes. At least 16 people were seriously wounded. Nearly 800,000 people were at risk. ' +
        'Rescuers searched for about 500 people reported missing. African Union troops, who number about 12,000, will leave.',
    );
    expect(find(figures, 36000)).toMatchObject({ unit: 'people', qualifier: 'some' });
    expect(find(figures, 16)).toMatchObject({ subject: 'wounded' });
    expect(find(figures, 800000)).toMatchObject({ unit: 'people', subject: 'at risk' });
    expect(find(figures, 500)).toMatchObject({ unit: 'people', subject: 'missing' });
    expect(find(figures, 12000)).toMatchObject({ unit: 'troops' });
  });
  it('reads abbreviated money ("$2.7bn", "£40m")', () => {
    const { figures } = figuresOf('The bill would have raised about $2.7bn in new taxes. Donors pledged £40m.');
    expect(find(figures, 2_700_000_000)).toMatchObject({ kind: 'money', unit: '$' });
    expect(find(figures, 40_000_000)).toMatchObject({ kind: 'money', unit: '£' });
  });
  it('keeps durations of measures ("48-hour ultimatum") but not of incidents ("13-hour siege")', () => {
    const { figures } = figuresOf('The fighters ended a 13-hour siege. The rebels set a 48-hour ultimatum. Nurses worked 24-hour shifts.');
    expect(figures.map((f) => [f.value, f.subject])).toEqual([[48, 'ultimatum']]);
  });
  it('emits no figure for ages, times, magnitudes, measures, names, phone numbers, fractions and years', () => {
    const { figures } = figuresOf(
      [
        'Mohammed Ali, 45, a farmer, and a 14-year-old boy were at the market at 3 p.m. when the 7.8-magnitude quake hit.',
        'A magnitude 6.3 earthquake struck at 11:11 a.m. local time (0641 GMT), about 40 km northwest of Herat, and 414 millimetres of rain fell.',
        'The Security Council adopted Resolution 2722 after G7 ministers met; Flight 752 and COVID-19 were also discussed in a 40-page report.',
        'Families can call the hotline on 3702-1188. Around a third of the residents and 1 in 4 children depend on aid since 2009.',
        'Ismael Zambada, aged 76, was arrested; his commander, aged between 18 and 25, fled in the 1990s.',
      ].join(' '),
    );
    expect(figures.map((f) => [f.value, f.unit])).toEqual([]);
  });
});

describe('figures: labels and designators', () => {
  it('reads a capitalized label before digits as a name, even at the sentence start, but not a sentence-opening qualifier', () => {
    const { figures } = figuresOf('Grade 12 students waited. Flight 302 crashed. Only 3 soldiers survived. Some 300 rockets fell. The report runs to 120 pages.');
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [3, 'soldiers'],
      [300, 'rockets'],
    ]);
  });
  it('keeps the case of a designator ("two F-16s")', () => {
    expect(find(figuresOf('Two F-16s were shot down.').figures, 2)).toMatchObject({ unit: 'F-16s' });
  });
});
