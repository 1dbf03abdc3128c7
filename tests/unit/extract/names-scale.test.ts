// earlierFullName reads windows around the surname's occurrences: the same answer as a scan of
// all the text before each position.
import { describe, expect, it } from 'vitest';
import { earlierFullName } from '../../../src/extract/attribution/names.ts';
import { ADVERBIAL_OPENERS, CONJUNCTIONS, DETERMINERS, PREPOSITIONS } from '../../../src/text/lexicons/grammar.ts';
import { ORG_NOUNS, PERSON_TITLES } from '../../../src/text/lexicons/speakers.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../../src/text/lexicons/calendar.ts';
import { prng } from '../../../scripts/lib/synthetic.ts';

const NAME_PARTICLES = ['al', 'el', 'bin', 'ben', 'ibn', 'de', 'du', 'da', 'dos', 'van', 'von', 'der', 'ould', 'ag', 'wa', 'abu', 'la', 'le'];

/** The scan as it was: every match in the text before `before`, the last valid one. */
function reference(text: string, surname: string, before: number): string | null {
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+(?:(?:${NAME_PARTICLES.join('|')})[\\s-])?){1,3})${esc}(?![\\p{L}\\p{M}])`, 'gu');
  let found: string | null = null;
  for (const m of text.slice(0, before).matchAll(re)) {
    const words = m[1].trim().split(/\s+/);
    const lead = (w: string) => [PERSON_TITLES, DETERMINERS, PREPOSITIONS, CONJUNCTIONS, ADVERBIAL_OPENERS, WEEKDAY_WORDS, MONTH_WORDS].some((set) => set.has(w.toLowerCase().replace(/\.$/, '')));
    while (words.length && lead(words[0])) words.shift();
    if (!words.length || words.some((w) => ORG_NOUNS.has(w.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w))) continue;
    found = `${words.join(' ')} ${surname}`;
  }
  return found;
}

describe('earlierFullName', () => {
  it('finds what a scan of all the text before each offset finds', () => {
    const pieces = ['Okonkwo', 'Chinedu', 'Ngozi', 'Minister', 'The', 'On', 'Monday', 'Army', 'UN', 'abu-', 'al', 'said', 'the', 'town', '.', ',', '“', 'Okonkwos', 'McOkonkwo', 'Ade-Okonkwo', 'Él', 'Okonkwo’s'];
    const spaces = [' ', ' ', ' ', '  ', '\n', '\n\n', '', ' \t '];
    for (let t = 0; t < 150; t++) {
      const rand = prng(t + 7);
      let text = '';
      for (let i = 0, n = 5 + Math.floor(rand() * 60); i < n; i++) text += pieces[Math.floor(rand() * pieces.length)] + spaces[Math.floor(rand() * spaces.length)];
      for (const surname of ['Okonkwo', 'Ngozi']) {
        for (let before = 0; before <= text.length; before++) expect(earlierFullName(text, surname, before), `${JSON.stringify(text)} ${surname} @${before}`).toBe(reference(text, surname, before));
      }
    }
  });
});
