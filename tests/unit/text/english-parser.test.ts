import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import retextEnglishParser from '../../../src/text/english-parser.ts';
import { prng } from '../../../scripts/lib/synthetic.ts';

const texts = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? texts(p) : /\.(?:txt|md)$/.test(f) ? [p] : [];
  });

const reference = unified().use(retextEnglish).freeze();
const ours = unified().use(retextEnglishParser).freeze();

/** The tree with its points numbered, so that shared points (a word and its text share a start) are compared too. */
function withSharing(tree: Root): string {
  const ids = new Map<object, number>();
  return JSON.stringify(tree, (key, value) => {
    if ((key === 'start' || key === 'end') && value && typeof value === 'object') {
      if (!ids.has(value)) ids.set(value, ids.size);
      return { ...value, id: ids.get(value) };
    }
    return value;
  });
}

const same = (text: string) => expect(withSharing(ours.parse(text) as Root)).toBe(withSharing(reference.parse(text) as Root));

describe('EnglishParser (retext-english with a table look-up for character kinds)', () => {
  it('builds the same tree as retext-english for every seed and fixture text', () => {
    const files = [...texts('seeds'), ...texts('tests/fixtures')];
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) same(readFileSync(f, 'utf8'));
  });

  it('builds the same tree for odd characters: line ends, astral and lone surrogates, repeated marks, every kind of code unit', () => {
    same('a\r\nb\rc\n\nd 😀😀 𝔘𝔫𝔦 … !!! ?? —— “x” é́ ‘y’ 3.5 U.S. e.g. a\u00ADb \uD800 x\uDC00y');
    for (const text of ['', ' ', '\n', '.', '😀']) same(text);
    // Every code unit, in random runs (the table is filled as characters are met).
    const rand = prng(7);
    for (let round = 0; round < 20; round++) {
      let text = '';
      for (let i = 0; i < 3000; i++) {
        const unit = Math.floor(rand() * 0x10000);
        text += String.fromCharCode(unit).repeat(1 + Math.floor(rand() * 3)) + (rand() < 0.3 ? ' ' : rand() < 0.05 ? '\n' : '');
      }
      same(text);
    }
  });
});
