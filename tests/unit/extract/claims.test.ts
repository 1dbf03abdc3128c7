import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/schemas/statements.ts';
import { run, slice } from '../../fixtures/statements/run.ts';

const TEXT = [
  'ISWAP claimed responsibility for the bombing in a statement on Telegram.',
  'The army denied that its soldiers had fled the base.',
  'The attack on the market was claimed by the Islamic State Sahel Province.',
  'The rebels said they had seized control of three villages near the border.',
  'The ministry said it repelled the attack, killing 12 assailants.',
  'A militia commander said his men may have killed dozens of soldiers.',
  'A resident said the town was burning.',
  'Analysts say the insurgency is growing stronger.',
].join('\n');

const claimsOf = (text: string, options = {}) => run(text, options).data.claims ?? [];
const by = (claims: Claim[], who: string) => claims.filter((c) => c.by === who);

describe('claims', () => {
  const claims = claimsOf(TEXT, { organizations: [{ name: 'Islamic State West Africa Province', acronym: 'ISWAP', kind: 'armed-group' }] });

  it('reads a claim of responsibility with the party resolved to its entity', () => {
    const [c] = by(claims, 'ISWAP');
    expect(c).toMatchObject({ type: 'responsibility', stance: 'assert', byEntity: { type: 'organization', id: 'o-islamic-state-west-africa-province' } });
    expect(c.text).toMatch(/^responsibility for the bombing/);
  });
  it('reads a denial', () => {
    expect(by(claims, 'the army')).toMatchObject([{ stance: 'deny', type: 'denial', text: 'its soldiers had fled the base' }]);
  });
  it('reads a passive claim ("was claimed by X")', () => {
    expect(by(claims, 'the Islamic State Sahel Province')).toMatchObject([{ type: 'responsibility', text: 'The attack on the market' }]);
  });
  it('reads claims of control and of outcome, ending the clause before a participle', () => {
    expect(by(claims, 'the rebels')).toMatchObject([{ type: 'control', text: 'they had seized control of three villages near the border' }]);
    expect(by(claims, 'the ministry')).toMatchObject([{ type: 'outcome', text: 'it repelled the attack' }]);
  });
  it('marks a hedged claim', () => {
    expect(by(claims, 'a militia commander')).toMatchObject([{ stance: 'hedge', type: 'casualties' }]);
  });
  it('does not turn witnesses or commentators into parties', () => {
    expect(claims.some((c) => /resident|analysts/i.test(c.by ?? ''))).toBe(false);
    expect(claims).toHaveLength(6);
  });
  it('keeps offsets on the claimed words and provenance on the sentence', () => {
    const c = by(claims, 'the rebels')[0];
    expect(slice(run(TEXT), c)).toBe(c.text);
    expect(c.sentence).toBe('The rebels said they had seized control of three villages near the border.');
  });
});

describe('claims: the words of a quotation', () => {
  it('takes a quotation followed by "X said" as that party’s account', () => {
    const claims = claimsOf('“Our forces hold the airport,” the RSF said in a statement.');
    expect(claims).toMatchObject([{ by: 'the RSF', text: 'Our forces hold the airport', type: 'control' }]);
  });
  it('resolves a pronoun party to the previous subject', () => {
    const claims = claimsOf('Hamas fighters crossed the fence at dawn. They claimed to have captured two soldiers.');
    expect(claims).toMatchObject([{ by: 'Hamas fighters', type: 'control' }]);
  });
});

describe('claims: attributions after the clause', () => {
  it('takes the clause before ", X said" as the claim, and does not read "Shan state" as a verb', () => {
    const claims = claimsOf('Fighting has forced 50,000 people from their homes in northern Shan state since October, the United Nations said on Monday. Two soldiers died and five were injured, it said.');
    expect(claims.map((c) => [c.by, c.text])).toEqual([
      ['the United Nations', 'Fighting has forced 50,000 people from their homes in northern Shan state since October'],
      ['the United Nations', 'Two soldiers died and five were injured'],
    ]);
  });
  it('skips a wire dateline before the claimed clause', () => {
    const claims = claimsOf('KAYES, Mali (AP) — Extremists attacked three army camps early Tuesday, the military said, in the latest violence.');
    expect(claims).toMatchObject([{ by: 'the military', text: 'Extremists attacked three army camps early Tuesday', type: 'account' }]);
  });
});

describe('claims: lists of witnesses', () => {
  it('reads a listed subject whole and keeps witnesses out of claims', () => {
    expect(claimsOf('Residents in villages such as Aba, Obi, and Ede reported hearing gunfire all night.')).toEqual([]);
  });
});

describe('claims: parties are actors, claimed clauses are whole', () => {
  it('takes the party after a participle clause, with the main clause as the claim', () => {
    const claims = claimsOf('Paramilitary fighters stormed the town on Friday, killing at least 27 civilians, local activists said.');
    expect(claims).toMatchObject([{ by: 'local activists', stance: 'assert', text: 'Paramilitary fighters stormed the town on Friday, killing at least 27 civilians' }]);
  });
  it('reads ", a claim X denied" as X denying the clause reported before it', () => {
    const claims = claimsOf('The RSF said in a statement that its troops had seized the main market, a claim the Sudanese army denied.');
    expect(by(claims, 'the Sudanese army')).toMatchObject([{ stance: 'deny', type: 'denial', text: 'its troops had seized the main market' }]);
    expect(by(claims, 'the RSF')).toMatchObject([{ stance: 'assert', text: 'its troops had seized the main market' }]);
    const hamas = claimsOf('Israel says it has killed 14,000 militants, a figure Hamas rejects.');
    expect(by(hamas, 'Hamas')).toMatchObject([{ stance: 'deny', text: 'it has killed 14,000 militants' }]);
  });
  it('reads an inverted attribution (", said X, a role") with the clause before it', () => {
    const claims = claimsOf('Gunmen set fire to homes and a market, said Modu Bukar, a community leader.');
    expect(claims).toMatchObject([{ by: 'Modu Bukar', text: 'Gunmen set fire to homes and a market' }]);
  });
  it('keeps an appositive of the object out of the party', () => {
    const claims = claimsOf('Soldiers killed 19 gunmen near Culiacan, the capital of Sinaloa state, the Defense Ministry said on Tuesday.');
    expect(claims).toMatchObject([{ by: 'the Defense Ministry', text: 'Soldiers killed 19 gunmen near Culiacan, the capital of Sinaloa state' }]);
  });
  it('takes the subject of a temporal clause, not the time phrase, as the party', () => {
    const file = run('The strikes came a day after the G7 pledged $50 billion in new aid.');
    expect(file.data.figures?.[0]).toMatchObject({ value: 50_000_000_000, claimedBy: 'the G7' });
  });
  it('states nothing "without saying where"', () => {
    const claims = claimsOf('Hezbollah said five of its fighters had been killed, without saying where.');
    expect(claims).toMatchObject([{ by: 'Hezbollah', text: 'five of its fighters had been killed' }]);
  });
});
