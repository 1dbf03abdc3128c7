import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import structure from '../../../../src/extract/plugins/structure.ts';
import words, { wordsOf } from '../../../../src/extract/plugins/words.ts';
import { countryTable } from '../../../../src/geo/countries.ts';
import { findOrgCandidates } from '../../../../src/extract/names/org-finder.ts';

const countries = countryTable();

/** The words of a text, as the name finders read them (a new document each call). */
function docOf(text: string) {
  const processor = unified().use(retextEnglish).use([structure, words]).freeze();
  const file = new VFile({ value: text });
  processor.runSync(processor.parse(file), file);
  return wordsOf(file);
}

const TEXT = 'The Sahel Alliance of Kayes and Sikasso Traders met on Monday. The Timbuktu Relief Agency said aid had arrived.';
const written = (cs: Array<{ written: string }>) => cs.map((c) => c.written);

describe('findOrgCandidates called again on one text', () => {
  it('gives what a first call with the new options gives, also where the options change the answer', () => {
    // A place on either side of "and" ends a name: "Kayes" a place leaves no alliance.
    const kayesIsPlace = (k: string) => k === 'kayes';
    const noPlace = () => false;
    const doc = docOf(TEXT);
    const first = findOrgCandidates(doc, { countries, isPlace: noPlace });
    expect(written(first)).toEqual(['Sahel Alliance of Kayes and Sikasso Traders', 'Timbuktu Relief Agency']);
    const second = findOrgCandidates(doc, { countries, isPlace: kayesIsPlace });
    expect(written(second)).toEqual(['Timbuktu Relief Agency']);
    expect(second).toEqual(findOrgCandidates(docOf(TEXT), { countries, isPlace: kayesIsPlace }));
    expect(findOrgCandidates(doc, { countries, isPlace: noPlace })).toEqual(first);
  });

  it('hands out copies: a caller changing its candidates does not change the next call', () => {
    const doc = docOf('The Timbuktu Relief Agency, known by its acronym TRA, said aid had arrived. TRA staff stayed.');
    const first = findOrgCandidates(doc, { countries });
    const fresh = structuredClone(first);
    for (const c of first) c.keys.push('changed');
    expect(findOrgCandidates(doc, { countries })).toEqual(fresh);
  });
});
