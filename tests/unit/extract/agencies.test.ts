import { beforeAll, describe, expect, it } from 'vitest';
import { extractAgencies, reliedUpon } from '../../../src/extract/plugins/agencies.ts';
import { gazetteerFor, runEntities, said } from '../../fixtures/entities/pipeline.ts';

// The first load on a fresh checkout derives the gazetteer index (a few seconds), once.
beforeAll(async () => {
  await gazetteerFor();
}, 120_000);

describe('agencies', () => {
  it('lists known agencies with their full names, each mention kept', async () => {
    const r = await runEntities(
      'A witness told AFP the town fell. AFP could not independently verify the claim. According to Reuters, 20 died. Reuters reported more later.',
    );
    expect(r.agencies.map((a) => [a.name, a.fullName, a.mentions.length])).toEqual([
      ['AFP', 'Agence France-Presse', 2],
      ['Reuters', null, 2],
    ]);
    // Agencies are organizations of kind media too.
    expect(r.organizations.filter((o) => o.kind === 'media').map((o) => o.key)).toEqual(['afp', 'reuters']);
  });

  it('recognizes an unknown outlet the text cites by its media-like name', async () => {
    const r = await runEntities('One resident told Sahel Daily News that the market burned.');
    expect(r.agencies).toEqual([{ name: 'Sahel Daily News', fullName: null, mentions: r.agencies[0].mentions }]);
    expect(said(r.text, r.agencies[0])).toEqual(['Sahel Daily News']);
  });

  it('does not count a media outlet the text only talks about', async () => {
    const r = await runEntities('The group published the video through its media arm, the Al-Bayan Foundation, and on Radio Bamako.');
    expect(r.organizations.filter((o) => o.kind === 'media').map((o) => o.name)).toEqual(['Al-Bayan Foundation', 'Radio Bamako']);
    expect(r.places).toEqual([]);
    expect(r.agencies).toEqual([]);
  });

  it('reads reliance from the words around a mention', () => {
    const text = 'a source told Kano Times that; Kano Times reported; the Kano Times building';
    const at = (n: number) => {
      let i = -1;
      for (let k = 0; k <= n; k++) i = text.indexOf('Kano Times', i + 1);
      return [i, i + 'Kano Times'.length] as const;
    };
    expect(reliedUpon(text, ...at(0))).toBe(true);
    expect(reliedUpon(text, ...at(1))).toBe(true);
    expect(reliedUpon(text, ...at(2))).toBe(false);
  });

  it('orders agencies by first mention', () => {
    const mention = (start: number) => ({ start, end: start + 3, sentenceId: 's1' });
    const orgs = [
      { id: 'o-a', name: 'Reuters', acronym: null, aliases: [], kind: 'media' as const, country: null, key: 'reuters', mentions: [mention(50)] },
      { id: 'o-b', name: 'Agence France-Presse', acronym: 'AFP', aliases: [], kind: 'media' as const, country: null, key: 'afp', mentions: [mention(10)] },
    ];
    expect(extractAgencies('x'.repeat(60), orgs).map((a) => a.name)).toEqual(['AFP', 'Reuters']);
  });
});
