// The fast reader of briefing bodies (issue 11): for every body it accepts it gives the HTML the
// mdast parser gives, and it accepts what the prebuild writes for ordinary text. Bodies are made
// by the prebuild's own writer from texts full of characters that mean something in MDX.
import { describe, expect, it } from 'vitest';
import { briefingMdx } from '../../src/build/mdx.ts';
import { fastBriefingBodyHtml } from '../../src/integrations/briefing-html.ts';
import { parsedBriefingBodyHtml, splitFrontMatter } from '../../src/integrations/content-files.ts';
import type { Report } from '../../src/schemas/report.ts';
import { prng } from '../../scripts/lib/synthetic.ts';

const PIECES = [
  'word', 'Mali', ' ', ' ', '  ', '.', ',', '"', "'", '’', '“', '—', 'é', '北京', '😀', '\u00a0', '*', '_', '**', '[', ']', '(', ')', '<', '>', '{', '}',
  '\\', '`', '~', '|', '#', '!', '&', '&amp;', '&#x3C;', '&#60;', '&#0;', '&#x1;', '&copy', ':', 'http://x.org', '<b>', '</span>', '-', '+', '=', '1.', '\t', '$', '%', '^', '@',
];

/** The body the prebuild writes for `paragraphs` (each a list of sentence texts joined by a space). */
function body(paragraphs: string[][]): string {
  let text = '';
  const report = { id: 'x', paragraphs: [] as Report['paragraphs'], sentences: [] as Report['sentences'] };
  for (const sentences of paragraphs) {
    const start = text.length;
    const ids: string[] = [];
    for (const [i, s] of sentences.entries()) {
      if (i > 0) text += ' ';
      const id = `s${report.sentences.length + 1}`;
      report.sentences.push({ id, start: text.length, end: text.length + s.length } as Report['sentences'][number]);
      ids.push(id);
      text += s;
    }
    report.paragraphs.push({ start, end: text.length, sentenceIds: ids } as Report['paragraphs'][number]);
    text += '\n\n';
  }
  return splitFrontMatter(briefingMdx(report as unknown as Report, text), 'x.mdx').body;
}

describe('fast briefing body reader', () => {
  it('reads ordinary text without the parser, to the same HTML', () => {
    const b = body([['A wave of attacks struck posts in Mali on Tuesday.', 'The army said 12 “militants” were killed (officials).'], ['Résumé: 80% at 5:30, café — done.']]);
    const fast = fastBriefingBodyHtml(b);
    expect(fast).not.toBeNull();
    expect(fast).toBe(parsedBriefingBodyHtml(b));
  });

  it('gives the parser’s HTML for every body it accepts, over texts of MDX syntax', () => {
    const rand = prng(11);
    let accepted = 0;
    for (let n = 0; n < 600; n++) {
      const sentence = () => Array.from({ length: 1 + Math.floor(rand() * 12) }, () => PIECES[Math.floor(rand() * PIECES.length)]).join('').trim() || 'x';
      const paragraphs = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => Array.from({ length: 1 + Math.floor(rand() * 3) }, sentence));
      const b = body(paragraphs);
      const fast = fastBriefingBodyHtml(b);
      if (fast === null) continue;
      accepted++;
      expect(fast, b).toBe(parsedBriefingBodyHtml(b));
    }
    // Most texts are read fast: the writer escapes what would mean something.
    expect(accepted).toBeGreaterThan(300);
  });

  it('leaves to the parser what the prebuild does not write', () => {
    const open = '<div data-source-text="" class="source-text">\n  <p><span id="s1" class="sentence">';
    const close = '</span></p>\n</div>\n';
    for (const inner of ['{x}', '<img src="x" />', '*em*', 'a &copy; b', 'line\nbreak', 'tab\there']) expect(fastBriefingBodyHtml(`${open}${inner}${close}`), inner).toBeNull();
    expect(fastBriefingBodyHtml(`import x from 'y'\n\n${open}a${close}`)).toBeNull();
    expect(fastBriefingBodyHtml(`${open}a</span></p>\n  <p>b</p>\n</div>\n`)).toBeNull();
  });
});
