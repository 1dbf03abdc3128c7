import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node/en';
import { afterIn, boundedRefiners, endOfPeriodPrefixAt } from '../../../src/extract/dates/chrono-refiners.ts';
import { coversAny, overlapsAny } from '../../../src/text/spans.ts';
import { prng } from '../../../scripts/lib/synthetic.ts';

const original = chrono.casual.clone();
const bounded = chrono.casual.clone();
bounded.refiners = boundedRefiners(bounded.refiners);

const show = (rs: chrono.ParsedResult[]) => rs.map((r) => [r.index, r.text, r.start.date().toISOString(), [...r.tags()].sort().join()]);

const phrases = [
  'by the end of the month', 'end of May', 'at the end of the year', 'the last day of the month', 'last day of June', 'END OF THE WEEK',
  'weekend of June 3', 'end of\n\n   March', 'the end  of   the   year', 'in May', 'In May', 'may', 'May', 'they may', 'Spain May 3',
  'begin May', 'in\n  May', 'within May', 'on Tuesday', 'June 2nd', 'last month', 'end of last month', 'end of this year', 'end of the second',
  'the second', 'on the second', 'legend of May', 'end of the May 5', 'of the', '—', '   ', '\n', 'x', '1.', 'at noon', 'last day of the',
];

describe('bounded chrono refiners', () => {
  it('give the results of chrono’s own refiners', () => {
    for (let t = 0; t < 600; t++) {
      const rand = prng(t + 11);
      let text = '';
      for (let i = 0, n = 1 + Math.floor(rand() * 14); i < n; i++) text += phrases[Math.floor(rand() * phrases.length)] + [' ', ', ', '. ', '\n', ''][Math.floor(rand() * 5)];
      const ref = new Date(2024, 6, 2, 12);
      expect(show(bounded.parse(text, ref, { forwardDate: false })), JSON.stringify(text)).toEqual(show(original.parse(text, ref, { forwardDate: false })));
    }
  });

  it('find the "end of" prefix and "in" before "may" from a bounded stretch', () => {
    const naive = (text: string, index: number) => /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i.exec(text.slice(0, index))?.index ?? -1;
    for (const text of ['by the end of the month', 'the last day   of\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n the month', 'weekend of the month', 'x'.repeat(100) + ' end of May']) {
      for (let i = 0; i <= text.length; i++) expect(endOfPeriodPrefixAt(text, i), `${text} @${i}`).toBe(naive(text, i));
    }
    for (const text of ['in May', 'begin May', 'In\n\n May', 'May', ' in   may', '_in may']) {
      const i = text.search(/may$/i);
      expect(afterIn(text, i), text).toBe(/\b(in)$/i.test(text.slice(0, i).trim()));
    }
  });
});

describe('span lookups', () => {
  it('agree with a search of every span', () => {
    const rand = prng(5);
    for (let t = 0; t < 200; t++) {
      const spans = Array.from({ length: Math.floor(rand() * 12) }, () => {
        const start = Math.floor(rand() * 100);
        return { start, end: start + Math.floor(rand() * 30) };
      });
      const overlaps = overlapsAny(spans);
      const covers = coversAny(spans);
      for (let s = 0; s < 130; s += 3) {
        expect(covers(s)).toBe(spans.some((x) => s >= x.start && s < x.end));
        for (const e of [s, s + 1, s + 7]) expect(overlaps(s, e)).toBe(spans.some((x) => s < x.end && e > x.start));
      }
    }
  });
});
