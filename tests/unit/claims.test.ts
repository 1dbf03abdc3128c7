import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/statements.ts';
import { run, slice } from '../fixtures/statements/run.ts';

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
