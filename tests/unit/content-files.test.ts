// The site reads the prebuild's content files itself (issue 11): a briefing's MDX through the
// mdast tools into the HTML the MDX compiler made, an event's JSON, and the data exports from the
// events one at a time, byte for byte what the string builders give.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createExtractor } from '../../src/extract/processor.ts';
import { briefingMdx, frontMatter } from '../../src/build/mdx.ts';
import { briefingBodyHtml, parseFrontMatter, splitFrontMatter } from '../../src/integrations/content-files.ts';
import { briefingCard, eventCard, validReport } from '../../src/integrations/content-loaders.ts';
import { eventsCsvPieces, eventsJsonPieces, placesGeoJsonOf } from '../../src/integrations/data-exports.ts';
import { consolidate } from '../../src/consolidate/index.ts';
import { eventsCsv, eventsJson, placesGeoJson } from '../../src/consolidate/export.ts';
import { buildReports } from '../fixtures/consolidate/builder.ts';
import { borno } from '../fixtures/consolidate/borno.ts';
import { world } from '../fixtures/consolidate/world.ts';
import { spelling } from '../fixtures/consolidate/spelling.ts';

const hostile = readFileSync(new URL('../fixtures/hostile/hostile.txt', import.meta.url), 'utf8');

async function briefing(text: string) {
  const report = (await createExtractor()).extract('hostile.txt', text);
  return { report, mdx: briefingMdx(report, text) };
}

describe('briefing files', () => {
  it('front matter: JSON the loader reads with JSON.parse, and YAML readers read the same', async () => {
    const { report, mdx } = await briefing(hostile);
    const { frontMatter: fm } = splitFrontMatter(mdx, 'hostile.mdx');
    expect(parseFrontMatter(fm)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(parseYaml(fm)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(validReport(parseFrontMatter(fm), 'hostile.mdx')).toEqual(report);
    // With the content writer's fingerprint comment before it, as the files have it.
    expect(parseFrontMatter(`# sitrep-fingerprint: ${'a'.repeat(64)} ${'b'.repeat(64)}\n${fm}`)).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('front matter: characters YAML forbids unescaped are escaped, and read back', () => {
    const s = 'C1 \u0085\u0090 separators \u2028\u2029 BOM \ufeff noncharacter \ufffe';
    const json = frontMatter({ title: s } as never);
    expect(json).not.toMatch(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe]/);
    expect(JSON.parse(json).title).toBe(s);
    expect(parseYaml(json).title).toBe(s);
  });

  it('front matter: a hand-written YAML briefing is still read', () => {
    const { frontMatter: fm, body } = splitFrontMatter('---\nid: "x"\npublished: "2024-01-02"\n---\n<div data-source-text="" class="source-text">\n</div>\n', 'x.mdx');
    expect(parseFrontMatter(fm)).toEqual({ id: 'x', published: '2024-01-02' });
    expect(briefingBodyHtml(body)).toBe('<div data-source-text class="source-text"></div>');
  });

  it('refuses a file without closed front matter', () => {
    expect(() => splitFrontMatter('no front matter\n', 'a.mdx')).toThrow(/a\.mdx/);
    expect(() => splitFrontMatter('---\nid: x\n', 'b.mdx')).toThrow(/not closed/);
  });

  it('body: every sentence an anchor in order, every character of the text kept and escaped', async () => {
    const { report, mdx } = await briefing(hostile);
    const html = briefingBodyHtml(splitFrontMatter(mdx, 'hostile.mdx').body);
    expect([...html.matchAll(/<span id="(s\d+)" class="sentence">/g)].map((m) => m[1])).toEqual(report.sentences.map((s) => s.id));
    expect(html.startsWith('<div data-source-text class="source-text"><p>')).toBe(true);
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(text.replace(/\s+/g, '')).toBe(hostile.slice(report.bodyStart).replace(/\s+/g, ''));
    expect(html).not.toMatch(/<(?!\/?(?:div|p|span)\b)/);
  });

  it('body: anything the prebuild never writes fails loudly, naming the file', () => {
    const open = '<div data-source-text="" class="source-text">\n  <p><span id="s1" class="sentence">';
    const close = '</span></p>\n</div>\n';
    expect(briefingBodyHtml(`${open}Plain &amp; \\{escaped\\} \\<text>${close}`)).toBe('<div data-source-text class="source-text"><p><span id="s1" class="sentence">Plain &amp; {escaped} &lt;text&gt;</span></p></div>');
    expect(() => briefingBodyHtml(`${open}{process.exit(1)}${close}`, 'x.mdx')).toThrow(/x\.mdx: unexpected mdx(?:Text|Flow)Expression/);
    expect(() => briefingBodyHtml(`import x from 'y'\n\n${open}a${close}`, 'x.mdx')).toThrow(/mdxjsEsm/);
    expect(() => briefingBodyHtml(`${open}<img src="x" />${close}`, 'x.mdx')).toThrow(/unexpected element <img>/);
    expect(() => briefingBodyHtml(`<div onclick="x">\n</div>\n`, 'x.mdx')).toThrow(/unexpected attribute on <div>: onclick/);
    expect(() => briefingBodyHtml(`# Heading\n`, 'x.mdx')).toThrow(/unexpected heading/);
  });
});

describe('cards and data exports', () => {
  const { reports, texts } = buildReports([...borno, ...world, ...spelling]);
  const events = consolidate(reports, { texts });

  it('cards carry what lists show', () => {
    const card = briefingCard(reports[0]);
    expect(card).toMatchObject({ id: reports[0].id, title: reports[0].title, sentenceCount: reports[0].sentences.length });
    const e = events[0];
    expect(eventCard(e)).toMatchObject({ id: e.id, title: e.title, originCount: e.origins.length, reportIds: e.reportIds });
  });

  it('events.json, events.csv and places.geojson, one event at a time, byte for byte', () => {
    expect(events.length).toBeGreaterThan(2);
    for (const list of [events, events.slice(0, 1), []]) {
      expect([...eventsJsonPieces(list)].join('')).toBe(eventsJson(list));
      expect([...eventsCsvPieces(list)].join('')).toBe(eventsCsv(list));
      expect(placesGeoJsonOf(list)).toBe(placesGeoJson(list));
    }
  });
});
