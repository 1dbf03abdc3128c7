// Discrepancies that matter (issue 9): figures that cannot both hold, counts that differ, outcome
// words that differ for one count, hedges some reports carry and others do not — ranked before
// spellings; quotation wording only when it differs beyond spelling conventions and punctuation.
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/index.ts';
import { conventionKey, wordingsDiffer } from '../../src/consolidate/discrepancies-wording.ts';
import { rankSpellings } from '../../src/consolidate/spellings.ts';
import { discrepancyKinds, type Event } from '../../src/schemas/event.ts';
import { buildReports, type ReportSpec } from '../fixtures/consolidate/builder.ts';
import { claimedOrStated, differences, partOfWhole } from '../fixtures/consolidate/differences.ts';

const run = (specs: ReportSpec[]): Event => {
  const { reports, texts } = buildReports(specs);
  const events = consolidate(reports, { texts });
  expect(events).toHaveLength(1);
  return events[0];
};
const byKind = (e: Event, kind: Event['discrepancies'][number]['kind']) => e.discrepancies.filter((d) => d.kind === kind);
const values = (d: Event['discrepancies'][number]) => d.variants.map((v) => [v.value, v.reports]);

describe('discrepancies that matter', () => {
  const e = run(differences);

  it('ranks substantive differences before spellings and quotation wording', () => {
    const ranks = e.discrepancies.map((d) => discrepancyKinds.indexOf(d.kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(e.discrepancies.map((d) => d.kind)).toEqual(['figure', 'count', 'outcome', 'hedge', 'place-spelling', 'quote-wording']);
  });

  it('sets incompatible tolls against each other, with who gives each', () => {
    const [d] = byKind(e, 'figure');
    expect(values(d)).toEqual([
      ['7 civilians killed', ['mz-copy', 'mz-wire']],
      ['at least 15 civilians killed', ['mz-local']],
    ]);
    expect(d.note).toMatch(/incompatible/);
    expect(d.note).toMatch(/according to residents/);
  });

  it('shows counts that differ but can both hold as a count discrepancy', () => {
    const [d] = byKind(e, 'count');
    expect(values(d)).toEqual([
      ['12 people wounded', ['mz-aid']],
      ['at least 10 people wounded', ['mz-local']],
    ]);
  });

  it('gives one outcome discrepancy per count, one variant per outcome word, with the caveat of “neutralised”', () => {
    const list = byKind(e, 'outcome');
    expect(list).toHaveLength(1);
    expect(list[0].subject).toBe('30 insurgents');
    expect(values(list[0])).toEqual([
      ['neutralised', ['mz-copy', 'mz-wire']],
      ['captured', ['mz-aid']],
      ['killed', ['mz-local']],
    ]);
    expect(list[0].note).toMatch(/may mean killed or captured/);
  });

  it('finds a hedge some reports carry and others do not', () => {
    const [d] = byKind(e, 'hedge');
    expect(values(d)).toEqual([
      ['temporarily', ['mz-copy', 'mz-wire']],
      ['without “temporarily”', ['mz-local']],
    ]);
    // Each side points at the sentences it is read in.
    const sentences = d.variants.flatMap((v) => v.sources.map((s) => s.sentenceId));
    expect(sentences).toHaveLength(3);
  });

  it('tells a claim apart from the same thing stated as fact', () => {
    const [d] = byKind(run(claimedOrStated), 'hedge');
    expect(values(d)).toEqual([
      ['claimed', ['ua-claimed']],
      ['stated as fact', ['ua-stated']],
    ]);
  });

  it('does not set a part of a toll against the whole when one source gives both', () => {
    expect(run(partOfWhole).discrepancies).toEqual([]);
  });

  it('reports a quotation worded differently, not one written in another spelling convention', () => {
    const quotes = byKind(e, 'quote-wording');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].subject).toMatch(/governor/);
    expect(quotes[0].note).toMatch(/the people of/);
    expect(e.facts.find((f) => f.kind === 'quote' && /co-ordinated|coordinated/.test(f.text))!.variants.length).toBeGreaterThan(1);
  });
});

describe('wording and spelling conventions', () => {
  it('meets British and American spellings and hyphenation', () => {
    for (const [a, b] of [
      ['defence', 'defense'],
      ['organised', 'organized'],
      ['mobilisation', 'mobilization'],
      ['colour', 'color'],
      ['centre', 'center'],
      ['towards', 'toward'],
      ['travelled', 'traveled'],
      ['analysed', 'analyzed'],
    ]) {
      expect(conventionKey(a)).toBe(conventionKey(b));
    }
    expect(conventionKey('four')).toBe('four');
    expect(wordingsDiffer(['coordinated and high quality.', 'co-ordinated and high-quality attacks'])).toBe(false);
    expect(wordingsDiffer(['the security and defence forces.', 'The security and defense forces'])).toBe(false);
    expect(wordingsDiffer(['We will not abandon Macomia', 'We will never abandon Macomia'])).toBe(true);
  });

  it('prefers the spelling of more independent origins over the spelling of more copies', () => {
    const v = (value: string, reports: string[]) => ({ value, reports, sources: [] });
    const originOf = new Map([['w', 0], ['c1', 0], ['c2', 0], ['a', 1], ['b', 2]]);
    expect(rankSpellings([v('Dounkoura', ['w', 'c1', 'c2']), v('Donkoura', ['a', 'b'])], originOf)[0].value).toBe('Donkoura');
    // Tied origins: accents kept, capitals (a dateline) never shown.
    expect(rankSpellings([v('Dembele', ['w']), v('Dembélé', ['a'])], originOf)[0].value).toBe('Dembélé');
    expect(rankSpellings([v('KAYES', ['a', 'b']), v('Kayes', ['w'])], originOf)[0].value).toBe('Kayes');
  });
});
