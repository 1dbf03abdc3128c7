import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import retextEnglish from 'retext-english';
import structure from '../../../src/extract/plugins/structure.ts';
import { splitAfterNumbers } from '../../../src/text/structure.ts';
import { parseText, pieceCuts, PARSE_PIECE } from '../../../src/text/parse.ts';
import { readSeed } from '../../../src/extract/seed.ts';
import { prng } from '../../../scripts/lib/synthetic.ts';

const texts = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? texts(p) : f.endsWith('.txt') ? [p] : [];
  });

/** Sentences, paragraphs and word count as the structure plugin reads them from a parse. */
function structureWith(parse: (text: string) => unknown, text: string) {
  const processor = unified()
    .use(function (this: Processor) {
      this.parser = (doc: string) => parse(doc) as never;
    })
    .use(structure);
  const file = new VFile({ value: text });
  processor.runSync(processor.parse(file) as never, file);
  return { sentences: file.data.sentences, paragraphs: file.data.paragraphs, words: file.data.wordCount };
}

const whole = unified().use(retextEnglish).freeze();
const asWhole = (text: string) => whole.parse(text);
/** Cut at every safe place: the strictest test of the cuts. */
const inPieces = (text: string) => parseText(text, 1);

describe('parsing long texts in pieces', () => {
  it('gives the sentences of a whole parse for every seed and fixture article', () => {
    const files = [...texts('seeds'), ...texts('tests/fixtures')];
    expect(files.length).toBeGreaterThan(40);
    let cuts = 0;
    for (const f of files) {
      const text = readSeed(f, readFileSync(f, 'utf8')).masked;
      cuts += pieceCuts(text, 1).length;
      expect(structureWith(inPieces, text), f).toEqual(structureWith(asWhole, text));
    }
    expect(cuts).toBeGreaterThan(100);
  });

  it('gives the sentences of a whole parse for texts made of awkward fragments', () => {
    const fragments = ['The army said it repelled the attack.', 'Residents fled.', 'said Mr.', 'in the U.S.', 'rose to 10.', 'and then', '...', '…', '—', '“We attacked.”', 'attacked.', 'He attacked. The', 'e.g.', '5', '2024.', 'he said.)', '(AFP)', '"', '”', ',', ';', 'approx.', 'thurs.', 'Gen.', 'No.', '!?', 'a', 'x.', 'B.', 'soldiers. Then', '\u00a0', '\ufeff', '&', '-', 'co-ordinated', "o'clock"];
    const separators = ['\n', '\n\n', '\r\n', ' \n', '\n ', '\r', ' ', ''];
    for (let t = 0; t < 400; t++) {
      const rand = prng(t + 1);
      let text = '';
      for (let i = 0, n = 3 + Math.floor(rand() * 30); i < n; i++) text += fragments[Math.floor(rand() * fragments.length)] + separators[Math.floor(rand() * separators.length)];
      expect(structureWith(inPieces, text), JSON.stringify(text)).toEqual(structureWith(asWhole, text));
    }
  });

  it('parses a text shorter than one piece whole, and cuts a long one about every piece', () => {
    const paragraph = 'Militants attacked the garrison at dawn. The army said it repelled the assault.\n';
    expect(pieceCuts(paragraph.repeat(10))).toEqual([]);
    const long = paragraph.repeat(Math.ceil((PARSE_PIECE * 5) / paragraph.length));
    const cuts = pieceCuts(long);
    expect(cuts.length).toBeGreaterThanOrEqual(4);
    cuts.forEach((c, i) => expect(c - (cuts[i - 1] ?? 0)).toBeGreaterThanOrEqual(PARSE_PIECE));
    // One long line is cut between sentences too.
    expect(pieceCuts(long.replace(/\n/g, ' ')).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps offsets, lines and columns of the whole text', () => {
    const text = 'First line here.\nThe army said it repelled the assault. Residents fled.\n';
    const tree = parseText(text, 1);
    const sentences = tree.children.flatMap((p) => ('children' in p ? p.children.filter((s) => s.type === 'SentenceNode') : []));
    expect(sentences.map((s) => [text.slice(s.position!.start.offset, s.position!.end.offset), s.position!.start.line, s.position!.start.column])).toEqual([
      ['First line here.', 1, 1],
      ['The army said it repelled the assault.', 2, 1],
      ['Residents fled.', 2, 40],
    ]);
  });
});

describe('splitAfterNumbers', () => {
  it('reads past the end of the sentence for what follows the period, and no further for the period', () => {
    const text = 'It rose to 10.      \n\n   The toll. It was 5.';
    expect(splitAfterNumbers(text, 0, 14).map((s) => text.slice(s.start, s.end))).toEqual(['It rose to 10.']);
    expect(splitAfterNumbers(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual(['It rose to 10.', '      \n\n   The toll. It was 5.']);
  });
});
