import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteerFor } from '../../fixtures/entities/pipeline.ts';

// The first load on a fresh checkout derives the gazetteer index (a few seconds), once.
beforeAll(async () => {
  await gazetteerFor();
}, 120_000);

describe('gazetteer', () => {
  it('finds every homonym of a folded town name', async () => {
    const gz = await gazetteerFor();
    expect(gz.towns('kayes').map((t) => t.country).sort()).toEqual(['CG', 'ML']);
    expect(gz.towns('dioila')[0]).toMatchObject({ name: 'Dioïla', country: 'ML', id: 'cities:ML-07-dioila' });
    expect(gz.towns('no such town anywhere')).toEqual([]);
    expect(gz.townCountries('nioro').sort()).toEqual(['GM', 'ML']);
  });

  it('knows capitals, divisions, countries, demonyms and regions', async () => {
    const gz = await gazetteerFor();
    expect(gz.capital('US')).toMatchObject({ name: 'Washington', admin1: 'DC' });
    expect(gz.admin1('kayes').map((a) => a.id)).toEqual(['admin1:ML.03']);
    expect(gz.admin1('borno').map((a) => a.name)).toEqual(['Borno State']);
    expect(gz.admin1Name('ML', '03')).toBe('Kayes');
    expect(gz.countries.byName.get('cote divoire')?.code).toBe('CI');
    expect(gz.countries.byName.get('ivory coast')?.code).toBe('CI');
    expect(gz.countries.byDemonym.get('senegalese')?.code).toBe('SN');
    // A demonym shared with territories means the sovereign state.
    expect(gz.countries.byDemonym.get('french')?.code).toBe('FR');
    expect(gz.regions.get('lake chad basin')?.id).toBe('lake-chad-basin');
    expect(gz.regionAdjectives.get('west african')?.name).toBe('West Africa');
  });

  it('gives user places priority', async () => {
    const gz = await gazetteerFor([{ name: 'Zorbatou', lat: 14, lon: 1, country: 'NE', aliases: ['Zorbato'] }]);
    expect(gz.user('zorbato')?.name).toBe('Zorbatou');
    expect(gz.user('kayes')).toBeUndefined();
  });

  it('caches a derived index under .cache keyed by the package versions', async () => {
    await gazetteerFor();
    const dir = join(import.meta.dirname, '..', '..', '..', '.cache');
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir).some((f) => /^gazetteer-[\d.]+-[\d.]+-f\d+\.bin$/.test(f))).toBe(true);
  });
});
