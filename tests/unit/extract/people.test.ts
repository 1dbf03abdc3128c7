import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteerFor, runEntities, said } from '../../fixtures/entities/pipeline.ts';

// The first load on a fresh checkout derives the gazetteer index (a few seconds), once.
beforeAll(async () => {
  await gazetteerFor();
}, 120_000);

const names = (list: Array<{ name: string }>) => list.map((x) => x.name);

describe('people: names, titles and roles', () => {
  it('separates title and pre-modifier role from the name', async () => {
    const r = await runEntities('Speaking on state radio, Chadian army spokesperson Colonel Azem Bermendoa confirmed the raid.');
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ name: 'Azem Bermendoa', title: 'Colonel', role: 'army spokesperson' });
  });

  it('reads an appositive role after the name', async () => {
    const r = await runEntities('General Stephen Townsend, head of AFRICOM, said the threat was growing.');
    expect(r.people[0]).toMatchObject({ name: 'Stephen Townsend', title: 'General', role: 'head of AFRICOM' });
  });

  it('reads a role phrase set before the name between commas', async () => {
    const r = await runEntities('On Monday, the leader of the Chadian junta, General Mahamat Deby, met envoys.');
    expect(r.people[0]).toMatchObject({ name: 'Mahamat Deby', title: 'General', role: 'leader of the Chadian junta' });
  });

  it('keeps the lower case of a sentence-initial role and reads an age appositive', async () => {
    const r = await runEntities('Police spokesman Ibrahim Sani said two officers died. Amina Yusuf, 34, a teacher in Kano, said the school closed.');
    expect(r.people.map((p) => [p.name, p.role])).toEqual([
      ['Ibrahim Sani', 'police spokesman'],
      ['Amina Yusuf', 'teacher in Kano'],
    ]);
  });

  it('finds a speaker from a reporting verb or "according to"', async () => {
    const r = await runEntities('"We are afraid," said Fatouma Cisse. According to Oumar Sidibe, the road is closed.');
    expect(names(r.people)).toEqual(['Fatouma Cisse', 'Oumar Sidibe']);
  });
});

describe('people: one person, many mentions', () => {
  it('joins a later surname-only mention to the full name', async () => {
    const r = await runEntities('General Stephen Townsend warned of the threat. Townsend said the groups were adapting. Mr Townsend left.');
    expect(r.people).toHaveLength(1);
    expect(said(r.text, r.people[0])).toEqual(['Stephen Townsend', 'Townsend', 'Townsend']);
    expect(r.people[0].aliases).toEqual(['Townsend']);
  });

  it('joins accented and unaccented spellings and keeps both', async () => {
    const r = await runEntities('Captain Ibrahim Traoré addressed the nation. Later, Ibrahim Traore said the army would win.');
    expect(r.people).toHaveLength(1);
    expect(r.people[0].name).toBe('Ibrahim Traoré');
    expect(r.people[0].aliases).toContain('Ibrahim Traore');
  });

  it('keeps two people with the same surname apart and does not guess which one a surname means', async () => {
    const r = await runEntities('Colonel Amadou Diallo and analyst Fanta Diallo disagreed. Diallo said more.');
    expect(names(r.people)).toEqual(['Amadou Diallo', 'Fanta Diallo']);
    expect(r.people.every((p) => p.mentions.length === 1)).toBe(true);
  });
});

describe('people: what is not a person', () => {
  it('does not take organizations, places or parts of them for people', async () => {
    const r = await runEntities(
      'The Jama’at Nusrat al-Islam wal-Muslimin (JNIM) attacked. Nusrat al-Islam said the raid succeeded. Burkina Faso said nothing. ' +
        'West Africa said little. Africa Command said it was watching. The Al-Zallaqa Foundation said fighters were safe. Islamic State said more.',
    );
    expect(r.people).toEqual([]);
  });

  it('does not take sentence-initial words or a lone capitalized word for names', async () => {
    const r = await runEntities('Security analysts say the group is growing. Residents told reporters the army left. Officials said Tuesday was calm.');
    expect(r.people).toEqual([]);
  });

  it('does not make a person of a capital speaking for its government', async () => {
    const r = await runEntities('The United Arab Emirates was accused of arming the group, a charge Abu Dhabi denies.');
    expect(r.people).toEqual([]);
    expect(names(r.places)).toContain('Abu Dhabi');
  });
});

describe('people: output', () => {
  it('orders people by first mention with unique ids and provenance', async () => {
    const r = await runEntities('Minister Ali Kone spoke.\nLater, Colonel Sekou Kone said Ali Kone was right.');
    expect(r.people.map((p) => p.id)).toEqual(['p-ali-kone', 'p-sekou-kone']);
    expect(r.people[0].mentions.map((m) => m.sentenceId)).toEqual(['s1', 's2']);
  });
});

describe('people: roles written around the name', () => {
  it('reads a role phrase with its complement set before the name, and joins the surname later', async () => {
    const r = await runEntities('The United Nations envoy for Sudan, Ramtane Lamamra, warned on Saturday. Lamamra said 800,000 people were at risk.');
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ name: 'Ramtane Lamamra', role: 'United Nations envoy for Sudan' });
    expect(said(r.text, r.people[0])).toEqual(['Ramtane Lamamra', 'Lamamra']);
  });

  it('reads a possessive role phrase before the name, mid-sentence too', async () => {
    const r = await runEntities("Somalia's information minister, Daud Aweis, said the toll rose. An Israeli strike killed the town's mayor, Ahmad Kahil, and five others.");
    expect(r.people.map((p) => [p.name, p.role])).toEqual([
      ['Daud Aweis', "Somalia's information minister"],
      ['Ahmad Kahil', "town's mayor"],
    ]);
  });

  it('makes an office title a role with the place or nationality before it, and does not swallow it into the name', async () => {
    const r = await runEntities('Kyiv Mayor Vitali Klitschko said cars burned. Borno Governor Babagana Zulum condemned the raid. Nigerian President Bola Tinubu, who chairs ECOWAS, spoke.');
    expect(r.people.map((p) => [p.name, p.title, p.role])).toEqual([
      ['Vitali Klitschko', 'Mayor', 'Kyiv Mayor'],
      ['Babagana Zulum', 'Governor', 'Borno Governor'],
      ['Bola Tinubu', 'President', 'Nigerian President, chair of ECOWAS'],
    ]);
  });

  it('reads "led by X" and "X, who heads Y" as roles', async () => {
    const r = await runEntities('The Gran Grif gang, led by Luckson Elan, claimed the attack. "Aleppo has fallen," said Rami Abdel Rahman, who heads the Observatory.');
    expect(r.people.map((p) => [p.name, p.role])).toEqual([
      ['Luckson Elan', 'leader of the Gran Grif gang'],
      ['Rami Abdel Rahman', 'head of the Observatory'],
    ]);
  });

  it('falls back on a rank for the role, never on a courtesy title; hyphenated modifiers stay in the role', async () => {
    const r = await runEntities("Captain Ibrahim Traore, who seized power in 2022, spoke. Mr Mensah said the army came late. Avichay Adraee, the army's Arabic-language spokesman, ordered residents to leave.");
    expect(r.people.map((p) => [p.name, p.title, p.role])).toEqual([
      ['Ibrahim Traore', 'Captain', 'Captain'],
      ['Mensah', 'Mr', null],
      ['Avichay Adraee', null, "army's Arabic-language spokesman"],
    ]);
  });

  it('does not read a person in a role phrase that names no one', async () => {
    const r = await runEntities('The governor of the province, according to state media, resigned. Its commander, the army said, was wounded. The group, which is based in Goma, denied it.');
    expect(r.people).toEqual([]);
  });
});

describe('people: nicknames and compound roles', () => {
  it('keeps a quoted nickname inside the name and joins the surname', async () => {
    const r = await runEntities('The violence erupted after the arrest of Ismael "El Mayo" Zambada, the cartel\'s co-founder. A son of jailed drug lord Joaquin "El Chapo" Guzman fled. Zambada denied it.');
    expect(r.people.map((p) => [p.name, p.role])).toEqual([
      ['Ismael "El Mayo" Zambada', "cartel's co-founder"],
      ['Joaquin "El Chapo" Guzman', 'drug lord'],
    ]);
    expect(said(r.text, r.people[0])).toEqual(['Ismael "El Mayo" Zambada', 'Zambada']);
  });

  it('reads role phrases whose modifiers are ordinary nouns', async () => {
    const r = await runEntities("Herders fled into the bush, a local vigilante leader, Abubakar Sani, told AFP. Claire Nicolet, the group's emergency manager for Sudan, urged donors.");
    expect(r.people.map((p) => [p.name, p.role])).toEqual([
      ['Abubakar Sani', 'local vigilante leader'],
      ['Claire Nicolet', "group's emergency manager for Sudan"],
    ]);
  });
});

describe('people: one-word names', () => {
  it('reads a one-word name after a role noun, and a nickname as the same person', async () => {
    const r = await runEntities('RSF commander Mohamed Hamdan Dagalo, known as Hemedti, said his forces would win. Hemedti spoke in a video. Rebel leader Kony fled.');
    expect(r.people.map((p) => [p.name, p.role, p.aliases])).toEqual([
      ['Mohamed Hamdan Dagalo', 'RSF commander', ['Hemedti']],
      ['Kony', 'rebel leader', []],
    ]);
    expect(said(r.text, r.people[0])).toEqual(['Mohamed Hamdan Dagalo', 'Hemedti', 'Hemedti']);
  });

  it('does not read a date, a place or a body after a role noun as a person', async () => {
    const r = await runEntities('Spokesman Tuesday was quiet. Residents told the opposition leader Monday that it was over. The army commander Mali said nothing. The militia leader Hamas named was killed.');
    expect(r.people).toEqual([]);
  });
});

describe('people: honorifics and offices', () => {
  it('keeps an honorific that is part of a name after an office title, and the office as the role', async () => {
    const r = await runEntities("Bangladesh's Prime Minister Sheikh Hasina resigned. Hasina fled. Foreign Minister Ahmed Moalim Fiqi spoke. Nobel Peace laureate Muhammad Yunus returned.");
    expect(r.people.map((p) => [p.name, p.title, p.role])).toEqual([
      ['Sheikh Hasina', 'Prime Minister', "Bangladesh's Prime Minister"],
      ['Ahmed Moalim Fiqi', 'Minister', 'Foreign Minister'],
      ['Muhammad Yunus', null, 'laureate'],
    ]);
    expect(said(r.text, r.people[0])).toEqual(['Sheikh Hasina', 'Hasina']);
  });
});
