import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteerFor, runEntities, said } from '../../fixtures/entities/pipeline.ts';

// The first load on a fresh checkout derives the gazetteer index (a few seconds), once.
beforeAll(async () => {
  await gazetteerFor();
}, 120_000);

const byName = <T extends { name: string }>(list: T[], name: string) => list.find((x) => x.name === name);
const names = (list: Array<{ name: string }>) => list.map((x) => x.name);

describe('places: countries and regions', () => {
  it('reads countries, regions and both countries of a hyphenated border', async () => {
    const r = await runEntities('Troops moved along the Niger-Chad border. The Horn of Africa and the Middle East remain tense, as does the Lake Chad Basin.');
    expect(names(r.places)).toEqual(['Niger', 'Chad', 'Horn of Africa', 'Middle East', 'Lake Chad Basin']);
    const basin = byName(r.places, 'Lake Chad Basin')!;
    expect(basin.precision).toBe('region');
    expect(basin.gazetteerId).toBe('region:lake-chad-basin');
    expect(byName(r.places, 'Chad')!.precision).toBe('country');
    expect(byName(r.places, 'Chad')!.mentions).toHaveLength(1);
  });

  it('points a demonym before a geographic noun to its country, not every demonym', async () => {
    const r = await runEntities('Fighters crossed the Guinean border at night. Russian military contractors were seen.');
    expect(names(r.places)).toEqual(['Guinea']);
    const guinea = r.places[0];
    expect(guinea.country).toBe('GN');
    expect(said(r.text, guinea)).toEqual(['Guinean']);
  });

  it('treats Ivory Coast and Côte d’Ivoire as one country', async () => {
    const r = await runEntities('Refugees reached Ivory Coast. Officials in Côte d’Ivoire confirmed it.');
    expect(r.places).toHaveLength(1);
    expect(r.places[0].country).toBe('CI');
    expect(r.places[0].aliases).toContain('Côte d’Ivoire');
    expect(r.places[0].mentions).toHaveLength(2);
  });

  it('keeps "central Chad" as the country mention', async () => {
    const r = await runEntities('Clashes erupted in central Chad on Monday.');
    expect(names(r.places)).toEqual(['Chad']);
  });
});

describe('places: gazetteer towns', () => {
  it('chooses among homonyms by the countries the text mentions', async () => {
    const inMali = await runEntities('Gunmen attacked Kayes in western Mali.');
    expect(byName(inMali.places, 'Kayes')!.country).toBe('ML');
    const inCongo = await runEntities('Fighting broke out in Kayes, in the Republic of the Congo.');
    expect(byName(inCongo.places, 'Kayes')!.country).toBe('CG');
    expect(byName(inCongo.places, 'Kayes')!.gazetteerId).toBe('cities:CG-01-kayes');
  });

  it('leaves homonyms unlocated when nothing in the text tells them apart', async () => {
    // Bara exists in Nigeria but the text is about Sudan: no Sudanese Bara in the gazetteer, so no guess.
    const r = await runEntities('The paramilitaries seized the town of Bara in Sudan.');
    const bara = byName(r.places, 'Bara')!;
    expect(bara.lat).toBeNull();
    expect(bara.lon).toBeNull();
    expect(bara.gazetteerId).toBeNull();
    expect(bara.precision).toBe('town');
  });

  it('does not take common words that are also towns somewhere for places', async () => {
    const r = await runEntities('Leave a comment below. Many residents fled. Despite the curfew, shops opened. Still, Security analysts warned the Army would return to Mali.');
    expect(names(r.places)).toEqual(['Mali']);
  });

  it('accepts a capitalized gazetteer town mid-sentence only in a country the text mentions', async () => {
    const r = await runEntities('Officials in Burkina Faso said jihadists had besieged Djibo for months. Analysts expect Langley to reply.');
    expect(names(r.places)).toEqual(['Burkina Faso', 'Djibo']);
  });

  it('resolves a spelling one letter or accents away and records it as a variant', async () => {
    const r = await runEntities('In Mali, attacks were reported near Yelimani and in Dioila.');
    const yelimane = byName(r.places, 'Yélimané')!;
    expect(yelimane.written).toBe('Yelimani');
    expect(yelimane.variant).toBe(true);
    expect(yelimane.country).toBe('ML');
    const dioila = byName(r.places, 'Dioïla')!;
    expect(dioila.written).toBe('Dioila');
    expect(dioila.variant).toBe(true);
    expect(dioila.lat).not.toBeNull();
  });

  it('resolves one-letter variants only in countries the text mentions', async () => {
    // "Kenieba" is one letter from Keneba (Gambia); the text names Mali only, so it stays unlocated.
    const r = await runEntities('In Mali, residents fled the villages of Kenieba and Sitakili.');
    const kenieba = byName(r.places, 'Kenieba')!;
    expect(kenieba.gazetteerId).toBeNull();
    expect(kenieba.variant).toBe(false);
  });

  it('reads "X region" as the first-level division', async () => {
    const r = await runEntities('Curfews were imposed across the Mopti region of Mali.');
    const mopti = r.places.find((p) => p.precision === 'admin')!;
    expect(mopti.name).toBe('Mopti Region');
    expect(mopti.gazetteerId).toBe('admin1:ML.04');
    expect(mopti.lat).not.toBeNull();
  });
});

describe('places: unknown towns from context', () => {
  it('keeps names the gazetteer lacks when the context shows they are towns', async () => {
    const r = await runEntities('Militants stormed the towns of Zorbatou, Garbey and Tillia in Niger. Later they hit Zorbatou again.');
    const zorbatou = byName(r.places, 'Zorbatou')!;
    expect(zorbatou).toMatchObject({ lat: null, lon: null, gazetteerId: null, precision: 'town', country: 'NE' });
    expect(zorbatou.mentions).toHaveLength(2);
    expect(byName(r.places, 'Garbey')!.gazetteerId).toBeNull();
    expect(byName(r.places, 'Tillia')!.gazetteerId).toMatch(/^cities:NE-/);
  });

  it('keeps an unknown name after "near" or before "region", not after other words', async () => {
    const r = await runEntities('Soldiers patrolled near Kantoro and in the Wassoulou region. Officials met Bakary in May.');
    expect(names(r.places)).toEqual(['Kantoro', 'Wassoulou']);
    expect(byName(r.places, 'Kantoro')!.lat).toBeNull();
  });
});

describe('places: what is not a place', () => {
  it('does not take organization or person names as places', async () => {
    const r = await runEntities(
      'According to the Timbuktu Institute, the United States Africa Command is worried. General Michael Langley said so. Langley added that Timbuktu is calm.',
    );
    expect(names(r.places)).toEqual(['Timbuktu']);
    expect(said(r.text, r.places[0])).toEqual(['Timbuktu']);
  });
});

describe('places: user gazetteer', () => {
  it('adds places and takes priority over the gazetteer', async () => {
    const user = [
      { name: 'Zorbatou', lat: 14.1, lon: 0.9, country: 'NE', aliases: ['Zorbato'], precision: 'town' as const },
      { name: 'Kayes', lat: 14.5, lon: -11.4, country: 'ML', aliases: [], precision: 'town' as const },
    ];
    const r = await runEntities('Militants stormed Zorbatou and Zorbato, then Kayes in Mali.', user);
    const zorbatou = byName(r.places, 'Zorbatou')!;
    expect(zorbatou).toMatchObject({ lat: 14.1, lon: 0.9, gazetteerId: 'user:zorbatou', country: 'NE' });
    expect(zorbatou.mentions).toHaveLength(2);
    expect(byName(r.places, 'Kayes')!).toMatchObject({ lat: 14.5, lon: -11.4, gazetteerId: 'user:kayes' });
  });
});

describe('places: output', () => {
  it('orders places by first mention with unique ids and sentence provenance', async () => {
    const r = await runEntities('Clashes hit Mali. Then Niger.\nMali again.');
    expect(r.places.map((p) => p.id)).toEqual(['l-mali', 'l-niger']);
    expect(r.places[0].mentions.map((m) => m.sentenceId)).toEqual(['s1', 's3']);
    expect(r.text.slice(r.places[0].mentions[1].start, r.places[0].mentions[1].end)).toBe('Mali');
  });
});

describe('places: divisions, features and contexts of unseen names', () => {
  it('reads divisions with a lower-case or capitalized division noun, and GeoNames "Northern X" as "North X"', async () => {
    const r = await runEntities("Fighters stormed El Fasher in Sudan's North Darfur state. In western Rakhine State, in Myanmar, rebels advanced.");
    const darfur = r.places.find((p) => p.written === 'North Darfur')!;
    expect(darfur).toMatchObject({ precision: 'admin', country: 'SD', gazetteerId: 'admin1:SD.55' });
    expect(r.places.find((p) => p.name === 'Darfur')).toBeUndefined();
    expect(r.places.find((p) => p.written === 'Rakhine State')).toMatchObject({ name: 'Rakhine', precision: 'admin', country: 'MM' });
  });

  it('reads an unknown name as a place after a verb of movement and a preposition of direction', async () => {
    const r = await runEntities('In Sudan, people are fleeing towards Tawila. Others were displaced from Korma. Aid was sent with Amina.');
    expect(names(r.places)).toEqual(['Sudan', 'Tawila', 'Korma']);
    expect(r.places[1]).toMatchObject({ lat: null, lon: null, gazetteerId: null });
  });

  it('reads names of geographic features, and does not split "Gulf of Aden" or "South China Sea"', async () => {
    const r = await runEntities(
      'Troops chased them towards the Sambisa forest in Nigeria. The ship sailed to the Bab el-Mandeb Strait, off Yemen, and into the Gulf of Aden, then around the Cape of Good Hope. Chinese ships blocked a boat near Second Thomas Shoal in the South China Sea. A drone hit the Ain al-Asad air base in Iraq.',
    );
    expect(names(r.places)).toEqual(['Sambisa', 'Nigeria', 'Bab el-Mandeb', 'Yemen', 'Gulf of Aden', 'Cape of Good Hope', 'Second Thomas Shoal', 'South China Sea', 'Ain al-Asad', 'Iraq']);
    expect(r.places.find((p) => p.name === 'Gulf of Aden')!.precision).toBe('region');
  });

  it('keeps a lower-case Arabic article with the name and the bare name as an alias', async () => {
    const r = await runEntities('Israeli strikes hit the coastal area of al-Mawasi in Gaza.');
    const mawasi = r.places.find((p) => p.name === 'al-Mawasi')!;
    expect(mawasi.aliases).toEqual(['Mawasi']);
    expect(said(r.text, mawasi)).toEqual(['al-Mawasi']);
  });

  it('does not read names of peoples as places, unless a division noun follows', async () => {
    const r = await runEntities('Rohingya and Kachin civilians fled Myanmar to Kachin State and Bangladesh. Fulani herders and Tuareg rebels clashed.');
    expect(names(r.places)).toEqual(['Myanmar', 'Kachin State', 'Bangladesh']);
  });

  it('reads a name introduced by "including" after a place noun, or described as a town or by a direction', async () => {
    const r = await runEntities(
      'The rebels seized several towns along the border of Myanmar, including Chinshwehaw, a key trade hub. In DR Congo, rebels shelled Sake, a town west of Goma, and Rubaya, about 40 km northwest of Goma. "No," said John Banda, a town councillor.',
    );
    expect(names(r.places)).toEqual(['Myanmar', 'Chinshwehaw', 'DR Congo', 'Sake', 'Goma', 'Rubaya']);
    expect(r.people.map((p) => [p.name, p.role])).toEqual([['John Banda', 'town councillor']]);
  });

  it('reads a capital speaking for its government at the start of a sentence', async () => {
    const r = await runEntities('Rwanda was accused of backing the rebels. Kigali denies it. Paris said it was concerned; Washington and Beijing urged calm.');
    expect(r.places.map((p) => [p.name, p.country])).toEqual([
      ['Rwanda', 'RW'],
      ['Kigali', 'RW'],
      ['Paris', 'FR'],
      ['Washington', 'US'],
      ['Beijing', 'CN'],
    ]);
  });

  it('tells a country named only inside an organization name apart from its homonym', async () => {
    const r = await runEntities('The Armed Forces of the Democratic Republic of Congo (FARDC) retook the town. More than 6.9 million people are displaced in Congo, mostly around Goma.');
    expect(r.places.map((p) => [p.name, p.country])).toEqual([
      ['DR Congo', 'CD'],
      ['Goma', 'CD'],
    ]);
  });

  it('does not locate a name in a far country when the text is about another region', async () => {
    // The gazetteer knows a Jenin in Poland only (the Palestinian town is "Janin"): the text is about Israeli troops.
    const r = await runEntities('Israeli troops raided Jenin in the occupied West Bank.');
    expect(r.places.find((p) => p.written === 'Jenin')).toMatchObject({ name: 'Jenin', country: null, lat: null, lon: null, gazetteerId: null });
  });
});

describe('places: datelines, offices and homonyms', () => {
  it('reads a dateline before an agency in brackets as a place, not as a definition of the agency', async () => {
    const r = await runEntities('BEIRUT (AP) — Israeli troops stayed in Lebanon.');
    expect(r.places.map((p) => [p.name, p.country])).toEqual([
      ['Beirut', 'LB'],
      ['Lebanon', 'LB'],
    ]);
    expect(names(r.organizations)).toEqual(['Associated Press', 'Israeli Armed Forces']);
  });

  it('reads a place before a governor as the division, and prefers homonyms in a division already named', async () => {
    const r = await runEntities('Gunfights paralyzed Culiacan, Mexico. Sinaloa Governor Ruben Rocha Moya urged calm. Bodies were found near Mazatlan.');
    expect(r.places.map((p) => [p.written, p.precision, p.gazetteerId])).toEqual([
      ['Culiacan', 'town', 'cities:MX-25-culiacan'],
      ['Mexico', 'country', 'country:MX'],
      ['Sinaloa', 'admin', 'admin1:MX.25'],
      ['Mazatlan', 'town', 'cities:MX-25-mazatlan'],
    ]);
  });

  it('gives an unlocated place the country its context names', async () => {
    const r = await runEntities('Jihadists attacked Barsalogho, a town in central Burkina Faso. Gunmen stormed Kuriga village in Nigeria. About 60,000 residents of towns such as Zorbatown remain evacuated.');
    expect(r.places.map((p) => [p.name, p.country, p.lat])).toEqual([
      ['Barsalogho', 'BF', null],
      ['Burkina Faso', 'BF', 13],
      ['Kuriga', 'NG', null],
      ['Nigeria', 'NG', 10],
      ['Zorbatown', null, null],
    ]);
  });
});

describe('places: streets and facilities', () => {
  it('reads names before a street or a facility noun', async () => {
    const r = await runEntities('Protests spread along Rustaveli Avenue in Tbilisi, Georgia. Officials withdrew the permit for the Imouraren uranium mine in Niger.');
    expect(r.places.map((p) => [p.name, p.country])).toEqual([
      ['Rustaveli Avenue', 'GE'],
      ['Tbilisi', 'GE'],
      ['Georgia', 'GE'],
      ['Imouraren', 'NE'],
      ['Niger', 'NE'],
    ]);
  });
});
