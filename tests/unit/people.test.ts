import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteerFor, runEntities, said } from '../fixtures/entities/pipeline.ts';

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
