import { describe, expect, it } from 'vitest';
import { REPORTING_VERB_LEMMA } from '../../../src/text/lexicons/speech.ts';
import { NUMBER_WORDS, MULTIPLIERS, VAGUE_AMOUNTS, ORDINAL_WORDS } from '../../../src/text/lexicons/quantities.ts';
import { PRONOUNS } from '../../../src/text/lexicons/grammar.ts';
import { EVENT_WORDS } from '../../../src/text/lexicons/events.ts';

// Words that name Object.prototype's members: a lexicon that is a plain object literal answers
// them with functions, so "constructor" read as a reporting verb.
const PROTOTYPE_WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('lexicons looked up with any word of a text', () => {
  const lexicons = { REPORTING_VERB_LEMMA, NUMBER_WORDS, MULTIPLIERS, VAGUE_AMOUNTS, ORDINAL_WORDS, PRONOUNS, EVENT_WORDS };
  for (const [name, lexicon] of Object.entries(lexicons)) {
    it(`${name} answers only its own words`, () => {
      for (const w of PROTOTYPE_WORDS) expect((lexicon as Record<string, unknown>)[w], `${name}[${w}]`).toBeUndefined();
      // Its own entries still answer.
      const [first, value] = Object.entries(lexicon)[0];
      expect(lexicon[first]).toBe(value);
    });
  }
});

describe('monthNumber', () => {
  it('reads a month name or abbreviation by its first three letters', async () => {
    const { monthNumber } = await import('../../../src/text/lexicons/calendar.ts');
    expect(['january', 'jan', 'feb', 'march', 'may', 'june', 'jul', 'aug', 'sept', 'sep', 'october', 'nov', 'december'].map(monthNumber)).toEqual([1, 1, 2, 3, 5, 6, 7, 8, 9, 9, 10, 11, 12]);
    // Not a month, or too short to tell ("ma" could be March or May).
    for (const w of ['mon', 'ma', '', 'juin']) expect(monthNumber(w), w).toBe(0);
  });
});
