import { describe, expect, it } from 'vitest';
import { paragraphRanges } from '../../../src/text/structure.ts';
import { createExtractor } from '../../../src/extract/processor.ts';

describe('paragraphRanges', () => {
  it('treats each line as a paragraph in web-copied text', () => {
    const text = 'First paragraph here.\nSecond one.\n\nThird.';
    expect(paragraphRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['First paragraph here.', 'Second one.', 'Third.']);
  });
  it('joins hard-wrapped lines into blank-line separated paragraphs', () => {
    const text = 'This line is wrapped at a fixed width as in\nan e-mail and goes on here.\n\nA second paragraph that is\nalso wrapped.';
    expect(paragraphRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'This line is wrapped at a fixed width as in\nan e-mail and goes on here.',
      'A second paragraph that is\nalso wrapped.',
    ]);
  });
});

describe('structure plugin', () => {
  it('never lets a sentence cross a line-paragraph boundary and keeps offsets into the file', async () => {
    const extractor = await createExtractor();
    const text = '---\noutlet: Wire\npublished: 2025-07-01\n---\nA Headline Without A Stop\nThe army said it repelled the attack. Residents fled.\n';
    const r = extractor.extract('x.txt', text);
    expect(r.outlet).toBe('Wire');
    expect(r.published).toBe('2025-07-01');
    expect(r.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'A Headline Without A Stop',
      'The army said it repelled the attack.',
      'Residents fled.',
    ]);
    expect(r.paragraphCount).toBe(2);
    expect(r.title).toBe('A Headline Without A Stop');
  });
  it('ends a sentence after a number and a period before a capital or a quote', async () => {
    const extractor = await createExtractor();
    const text = 'The toll rose to 10,000. "The death toll will rise," he said. It was 3.5 km long. Version 2.0 is out.';
    const r = extractor.extract('n.txt', text);
    expect(r.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The toll rose to 10,000.',
      '"The death toll will rise," he said.',
      'It was 3.5 km long.',
      'Version 2.0 is out.',
    ]);
  });
  it('reads a leading --- block without known keys as text', async () => {
    const extractor = await createExtractor();
    const text = '---\nnot: metadata\n---\nBody.';
    const r = extractor.extract('y.txt', text);
    expect(r.bodyStart).toBe(0);
    expect(r.sentences.map((s) => text.slice(s.start, s.end))).toContain('Body.');
  });
});
