import { describe, expect, it } from 'vitest';
import { run } from '../../fixtures/statements/run.ts';
import { wordCount } from '../../../src/extract/plugins/summary.ts';

const TEXT = [
  'Fighting Flares in North Kivu',
  'M23 rebels seized the town of Rubaya on Tuesday, cutting a key supply route to Goma.',
  'The town has a long history.',
  'The army said 35 rebels were killed and 12 soldiers wounded in the clashes, according to a statement.',
  'Rebels seized Rubaya town on Tuesday and cut the supply route to Goma, witnesses said.',
  'The weather was cloudy and roads were muddy in the afternoon.',
  'More than 8,000 people have fled toward Sake since Tuesday, the UN refugee agency said.',
].join('\n');

describe('summary plugin', () => {
  const file = run(TEXT, { organizations: [{ name: 'M23', kind: 'armed-group' }] });
  const ids = file.data.summarySentenceIds ?? [];
  const sentences = file.data.sentences ?? [];
  const textOf = (id: string) => {
    const s = sentences.find((x) => x.id === id)!;
    return String(file.value).slice(s.start, s.end);
  };

  it('makes two or three sentences, starting with the lead and skipping the headline', () => {
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(ids.length).toBeLessThanOrEqual(3);
    expect(textOf(ids[0])).toMatch(/^M23 rebels seized/);
    expect(file.data.summary).not.toMatch(/Fighting Flares/);
  });
  it('prefers sentences with figures and claims, and skips filler and repetitions of the lead', () => {
    const chosen = ids.map(textOf);
    expect(chosen.some((t) => t.startsWith('The army said 35 rebels'))).toBe(true);
    expect(chosen.some((t) => /weather|long history/.test(t))).toBe(false);
    expect(chosen.some((t) => t.startsWith('Rebels seized Rubaya town'))).toBe(false);
  });
  it('keeps reading order and joins the sentences as written', () => {
    const order = ids.map((id) => sentences.findIndex((s) => s.id === id));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(file.data.summary).toBe(ids.map(textOf).join(' '));
  });
  it('is empty for a text without a full sentence', () => {
    const empty = run('Breaking News Update');
    expect(empty.data.summary).toBe('');
    expect(empty.data.summarySentenceIds).toEqual([]);
  });
});

describe('wordCount', () => {
  // Every character \s matches, and characters next to them that it does not (zero-width space, NEL).
  const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
  const OTHERS = 'a1.\u200b\u0085\u180e—“';

  it('counts as splitting at white space does, over any range', () => {
    const chars = [...SPACES, ...OTHERS];
    // A fixed pseudo-random sequence of spaces and non-spaces.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const text = Array.from({ length: 400 }, () => chars[next() % chars.length]).join('');
    const bySplit = (s: string) => s.split(/\s+/).filter(Boolean).length;
    for (let start = 0; start < text.length; start += 37) {
      for (let end = start; end <= text.length; end += 23) expect(wordCount(text, start, end)).toBe(bySplit(text.slice(start, end)));
    }
    expect(wordCount(text)).toBe(bySplit(text));
    expect(wordCount(' Troops  seized\u00a0three\u3000towns ')).toBe(4);
  });
});
