import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteerFor, runEntities, said } from '../../fixtures/entities/pipeline.ts';

// The first load on a fresh checkout derives the gazetteer index (a few seconds), once.
beforeAll(async () => {
  await gazetteerFor();
}, 120_000);

const find = <T extends { name: string }>(list: T[], name: string) => list.find((x) => x.name === name);
const names = (list: Array<{ name: string }>) => list.map((x) => x.name);

describe('organizations: acronym definitions', () => {
  it('joins a long name and its acronym, and later uses of either', async () => {
    const r = await runEntities(
      'The Movement for the Salvation of Azawad (MSA) said it had repelled the raid. MSA fighters later withdrew. A Movement for the Salvation of Azawad commander confirmed it.',
    );
    expect(r.organizations).toHaveLength(1);
    const msa = r.organizations[0];
    expect(msa).toMatchObject({ name: 'Movement for the Salvation of Azawad', acronym: 'MSA', key: 'msa', kind: 'armed-group' });
    expect(said(r.text, msa)).toEqual(['Movement for the Salvation of Azawad', 'MSA', 'MSA', 'Movement for the Salvation of Azawad']);
  });

  it('joins spellings that differ by apostrophes or hyphens', async () => {
    const r = await runEntities(
      "Jama’at Ansar al-Tawhid (JAT) claimed the attack. Later, Jama'at Ansar al Tawhid said more. Jama'at Ansar al-Tawhid denied it.",
    );
    expect(r.organizations).toHaveLength(1);
    expect(r.organizations[0].mentions).toHaveLength(4);
    expect(r.organizations[0].kind).toBe('armed-group');
  });

  it('does not swallow a clause into a long name ("Colonel X of the …")', async () => {
    const r = await runEntities('Colonel Issa Kone of the Burkina Faso Armed Forces (FABF) spoke.');
    const fabf = r.organizations.find((o) => o.acronym === 'FABF')!;
    expect(fabf.name).toBe('Burkina Faso Armed Forces');
    expect(fabf.country).toBe('BF');
    expect(fabf.kind).toBe('state-force');
  });

  it('links "X, known by its acronym Y"', async () => {
    const r = await runEntities('The Front for the Liberation of the Sahel, known by its French acronym FLS, attacked. FLS later retreated.');
    expect(r.organizations).toHaveLength(1);
    expect(r.organizations[0]).toMatchObject({ acronym: 'FLS', key: 'fls', kind: 'armed-group' });
  });
});

describe('organizations: a country’s forces and government', () => {
  it('maps generic references to the country’s armed forces', async () => {
    const r = await runEntities(
      "Nigeria's army said it repelled the attack. The Nigerian military later added that Nigerian troops had killed 20 fighters in Borno.",
    );
    const forces = r.organizations.filter((o) => o.kind === 'state-force');
    expect(forces).toHaveLength(1);
    expect(forces[0]).toMatchObject({ name: 'Nigerian Armed Forces', country: 'NG', key: 'armed-forces-ng' });
    expect(said(r.text, forces[0])).toEqual(["Nigeria's army", 'Nigerian military', 'Nigerian troops']);
  });

  it('joins a defined state force with the generic references to it', async () => {
    const r = await runEntities('The Sudanese Armed Forces (SAF) shelled the city. Sudan’s army denied targeting civilians. SAF said it would continue.');
    expect(r.organizations).toHaveLength(1);
    expect(r.organizations[0]).toMatchObject({ name: 'Sudanese Armed Forces', acronym: 'SAF', country: 'SD', key: 'armed-forces-sd' });
    expect(said(r.text, r.organizations[0])).toEqual(['Sudanese Armed Forces', 'SAF', 'Sudan’s army', 'SAF']);
  });

  it('reads "Burkina Faso’s army" for a two-word country and the government of a demonym', async () => {
    const r = await runEntities('Burkina Faso’s army retook the town. The Chadian government condemned the raid.');
    expect(r.organizations.map((o) => [o.name, o.kind, o.country])).toEqual([
      ['Burkinabe Armed Forces', 'state-force', 'BF'],
      ['Government of Chad', 'government', 'TD'],
    ]);
  });

  it('attaches a bare "the army" to the forces of the country the text is about', async () => {
    const r = await runEntities('Gunmen attacked two towns in Niger. Niger’s soldiers fought back. The army said 12 attackers died. Niger has seen many raids.');
    const army = r.organizations.find((o) => o.key === 'armed-forces-ne')!;
    expect(said(r.text, army)).toEqual(['Niger’s soldiers', 'army']);
  });

  it('does not make a state force of "military" used as an adjective', async () => {
    const r = await runEntities('Russian military contractors arrived. The Malian military installations were hit. A military coup followed.');
    expect(r.organizations).toEqual([]);
  });
});

describe('organizations: kinds', () => {
  it('takes the kind from head nouns, appositives and the table of well-known bodies', async () => {
    const r = await runEntities(
      'The Katiba Serma, an al-Qaeda-linked armed group, claimed the ambush, the Centre for Sahel Studies said. ' +
        'Its propaganda arm, the Al-Bayan Foundation, published photos. The Ghana News Agency and the African Union reported on it, as did the Ministry of Defence. ' +
        'The Wagner Group was not involved.',
    );
    expect(r.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Katiba Serma', 'armed-group'],
      ['al-Qaeda', 'armed-group'],
      ['Centre for Sahel Studies', 'research'],
      ['Al-Bayan Foundation', 'media'],
      ['Ghana News Agency', 'media'],
      ['African Union', 'international'],
      ['Ministry of Defence', 'government'],
      ['Wagner Group', 'armed-group'],
    ]);
  });

  it('keys well-known bodies by their table id whatever the spelling', async () => {
    const r = await runEntities('Al Qaida and ISIL affiliates are active. The Islamic State claimed it.');
    expect(r.organizations.map((o) => o.key)).toEqual(['al-qaeda', 'islamic-state']);
    expect(r.organizations[1].mentions).toHaveLength(2);
  });
});

describe('organizations: not swallowed into places or people', () => {
  it('keeps organization names whole and out of places', async () => {
    const r = await runEntities('The United States Africa Command (AFRICOM) and the Timbuktu Institute warned about Timbuktu.');
    expect(names(r.organizations)).toEqual(['United States Africa Command', 'Timbuktu Institute']);
    expect(find(r.organizations, 'United States Africa Command')!.country).toBe('US');
    expect(names(r.places)).toEqual(['Timbuktu']);
  });

  it('does not take a country or a lone capitalized word for an organization', async () => {
    const r = await runEntities('Burkina Faso and Niger signed the deal. Officials in Agadez welcomed it.');
    expect(r.organizations).toEqual([]);
  });

  it('keeps a defined place acronym a place', async () => {
    const r = await runEntities('The Democratic Republic of the Congo (DRC) accused Rwanda.');
    expect(r.organizations).toEqual([]);
    expect(names(r.places)).toEqual(['DR Congo', 'Rwanda']);
  });
});

describe('entities of a whole article (fixture written for these tests)', () => {
  it('reads the organizations, people and places of a report on another war', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../fixtures/entities/sudan-article.txt', import.meta.url), 'utf8');
    const r = await runEntities(text);
    expect(r.organizations.map((o) => [o.name, o.kind, o.key])).toEqual([
      ['Rapid Support Forces', 'armed-group', 'rsf'],
      ['Sudanese Armed Forces', 'state-force', 'armed-forces-sd'],
      ['Reuters', 'media', 'reuters'],
      ['United Nations', 'international', 'un'],
      ['World Food Programme', 'international', 'wfp'],
      ['Agence France-Presse', 'media', 'afp'],
      ['Government of Sudan', 'government', 'government-sd'],
    ]);
    // "the army" (bare) is the Sudanese army: the text is about Sudan.
    expect(said(text, find(r.organizations, 'Sudanese Armed Forces')!)).toEqual(['army', 'Sudanese Armed Forces', 'SAF', 'army']);
    expect(r.people.map((p) => [p.name, p.role])).toEqual([
      ['Nabil Abdallah', 'army spokesman'],
      ['Mohamed Hamdan Dagalo', 'RSF commander'],
      ['Fatima Ahmed', null],
    ]);
    // Khartoum follows a closing quote (a sentence-initial position): read as the capital of a country the text names.
    expect(names(r.places)).toEqual(['Sudan', 'Bara', 'North Kordofan', 'El Fasher', 'Darfur', 'Khartoum', 'Omdurman', 'Kosti', 'Port Sudan', 'United Arab Emirates', 'Abu Dhabi', 'Tawila']);
    // The gazetteer's only Bara is in Nigeria: not guessed for a Sudanese town.
    expect(find(r.places, 'Bara')!.lat).toBeNull();
    expect(r.agencies.map((a) => a.name)).toEqual(['Reuters', 'AFP']);
  });
});

describe('organizations: names that a common noun says are bodies', () => {
  it('reads a capitalized name before a lower-case body noun, and after a descriptor', async () => {
    const r = await runEntities('The Gran Grif gang claimed the attack. The rebel-run Saba news agency said three died. Private security firm Ambrey said the ship was hit.');
    expect(r.organizations.map((o) => [o.name, o.kind, o.aliases])).toEqual([
      ['Gran Grif', 'armed-group', ['Gran Grif gang']],
      ['Saba', 'media', ['Saba news agency']],
      ['Ambrey', 'other', []],
    ]);
  });

  it('does not make bodies of creeds, peoples, platforms, places or sentence openers', async () => {
    const r = await runEntities('The Islamist group attacked. Fulani militia members fled. The Kenyan-led mission arrived. The Telegram channel posted it. The Sudan group met. Analysts group them together.');
    expect(r.organizations).toEqual([]);
  });

  it('keeps an acronym defined by a lower-case description, with the description as an alias', async () => {
    const r = await runEntities('The national prison agency (SNAI) said riots broke out. SNAI later denied it.');
    expect(r.organizations).toHaveLength(1);
    expect(r.organizations[0]).toMatchObject({ name: 'SNAI', acronym: 'SNAI' });
    expect(r.organizations[0].aliases).toContain('national prison agency');
    expect(said(r.text, r.organizations[0])).toEqual(['national prison agency', 'SNAI', 'SNAI']);
  });

  it('reads "Long Name, or ACR," and names described by an appositive', async () => {
    const r = await runEntities("The Tehreek-e-Taliban Pakistan, or TTP, is a separate group. Hafiz Gul Bahadur, a faction of the militants, claimed it. The military's media wing, Inter-Services Public Relations, said six died.");
    expect(r.organizations.map((o) => [o.name, o.acronym])).toEqual([
      ['Tehreek-e-Taliban Pakistan', 'TTP'],
      ['Hafiz Gul Bahadur', null],
      ['Inter-Services Public Relations', 'ISPR'],
    ]);
    expect(r.people).toEqual([]);
  });

  it('leaves a person described by a role to the people', async () => {
    const r = await runEntities('The governor of Norte de Santander department, William Villamizar, said hospitals were full.');
    expect(r.organizations).toEqual([]);
    expect(r.people.map((p) => [p.name, p.role])).toEqual([['William Villamizar', 'governor of Norte de Santander department']]);
  });

  it('reads heads with "in" a country, unit ordinals, possessives inside names and Spanish plural group names', async () => {
    const r = await runEntities("Fighters of the Islamic Resistance in Iraq claimed it. Soldiers from the 47th Mechanized Brigade spoke, according to the Ombudsman's Office. The leader of Los Choneros escaped; he was born in Los Angeles.");
    expect(names(r.organizations)).toEqual(['Islamic Resistance in Iraq', '47th Mechanized Brigade', "Ombudsman's Office", 'Los Choneros']);
    expect(names(r.places)).toContain('Los Angeles');
  });

  it('does not take a place ending in a head noun, nor a possessive place, for an organization', async () => {
    const r = await runEntities("Troops raided villages in the occupied West Bank on Monday. Clashes hit Burkina Faso's Centre-Nord region.");
    expect(r.organizations).toEqual([]);
    expect(names(r.places)).toEqual(['West Bank', 'Burkina Faso', 'Centre-Nord Region']);
  });
});

describe('organizations: company and party names', () => {
  it('reads a name after "group", and a nationality opening a longer name before a body noun', async () => {
    const r = await runEntities('French nuclear fuel group Orano said it regretted it. The ruling Georgian Dream party and the Indian Express newspaper disagreed. The Malian group said nothing.');
    expect(r.organizations.map((o) => [o.name, o.kind, o.aliases])).toEqual([
      ['Orano', 'other', []],
      ['Georgian Dream', 'other', ['Georgian Dream party']],
      ['Indian Express', 'media', ['Indian Express newspaper']],
    ]);
  });
});

describe('organizations: ministries and national bodies', () => {
  it('reads ministries written in lower case after a nationality, a country or a place, and joins "the health ministry"', async () => {
    const r = await runEntities("The Chinese foreign ministry said so. Russia's Defence Ministry said drones fell. Strikes hit Gaza, and the Gaza health ministry said 22 died. Later the health ministry raised the toll.");
    expect(r.organizations.map((o) => [o.name, o.kind, o.country])).toEqual([
      ['Chinese foreign ministry', 'government', 'CN'],
      ['Russian Defence Ministry', 'government', 'RU'],
      ['Gaza health ministry', 'government', null],
    ]);
    expect(said(r.text, r.organizations[2])).toEqual(['Gaza health ministry', 'health ministry']);
  });

  it('gives a bare "the army" to the country most of the located places lie in', async () => {
    const r = await runEntities('Fighting killed 80 people in Cucuta and Tibu, Colombia, near the border with Venezuela. Venezuela denied it. The army said it had evacuated dozens from Tibu.');
    expect(r.organizations.map((o) => [o.name, o.country, o.aliases])).toEqual([['Colombian Armed Forces', 'CO', ['army']]]);
  });

  it('reads adjectives of countries that are not their demonym ("Philippine", "Saudi", "Myanmar")', async () => {
    const r = await runEntities('The Philippine military said four sailors were hurt. Saudi troops crossed the border. The Myanmar military denied it.');
    expect(r.organizations.map((o) => [o.key, o.aliases])).toEqual([
      ['armed-forces-ph', ['Philippine military']],
      ['armed-forces-sa', ['Saudi troops']],
      ['armed-forces-mm', ['Myanmar military']],
    ]);
  });

  it('does not read a dateline in capitals as acronyms', async () => {
    const r = await runEntities('PORT-AU-PRINCE, Haiti (AP) — Gangs attacked a police station.');
    expect(names(r.organizations)).toEqual(['Associated Press']);
    expect(names(r.places)).toEqual(['Port-au-Prince', 'Haiti']);
  });
});
