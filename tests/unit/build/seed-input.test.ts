// Issue 8: what a user writes by hand (front matter, places.yaml, the seed folder itself) is
// checked, and whatever is refused or skipped is reported by file, field and value.
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SEED_BYTES, MAX_SEED_PARAGRAPHS } from '../../../src/build/limits.ts';
import { readSeed } from '../../../src/extract/seed.ts';
import { createExtractor } from '../../../src/extract/processor.ts';
import { listSeedFolder, listSeeds, readSeedFile, readUserPlaces, type SeedProblem } from '../../../src/build/seed-folder.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-seed-input-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const withFrontMatter = (...lines: string[]) => ['---', ...lines, '---', 'Rebels attacked the town on Monday.', ''].join('\n');
const lines = (problems: SeedProblem[]) => problems.map((p) => `${p.file}: ${p.reason}`);

describe('front matter', () => {
  it.each(['9999-99-99', '0000-00-00', '2023-02-29', '2023-04-31', '2023-13-01', '1899-12-31'])('rejects the impossible date %s with a warning', (date) => {
    const seed = readSeed('a.txt', withFrontMatter('outlet: Daily', `published: ${date}`));
    expect(seed.meta.published).toBeNull();
    expect(seed.warnings).toHaveLength(1);
    expect(seed.warnings[0].reason).toContain('"published"');
    expect(seed.warnings[0].reason).toContain(`"${date}"`);
    // The other fields still apply.
    expect(seed.meta.outlet).toBe('Daily');
  });

  it.each([
    ['2024-02-29', '2024-02-29'],
    ['"2023-11-27"', '2023-11-27'],
    ['2024-06-04T10:30:00Z', '2024-06-04'],
    ['2100-12-31', '2100-12-31'],
  ])('keeps the real date %s', (written, date) => {
    const seed = readSeed('a.txt', withFrontMatter(`published: ${written}`));
    expect(seed.meta.published).toBe(date);
    expect(seed.warnings).toEqual([]);
  });

  it('accepts a Date object from YAML only when it is a real day in range', async () => {
    // The yaml package gives strings by default; a timestamp-aware schema gives Dates.
    const { publishedDateSchema } = await import('../../../src/schemas/seed-input.ts');
    expect(publishedDateSchema.parse(new Date('2024-05-01T00:00:00Z'))).toBe('2024-05-01');
    expect(publishedDateSchema.safeParse(new Date(Date.UTC(10007, 0, 1))).success).toBe(false);
    expect(publishedDateSchema.safeParse(new Date(Number.NaN)).success).toBe(false);
  });

  it('rejects a URL that is not http(s), and keeps one that is', () => {
    const bad = readSeed('a.txt', withFrontMatter(`url: "javascript:alert('url')"`, 'published: 2024-06-04'));
    expect(bad.meta.url).toBeNull();
    expect(bad.meta.published).toBe('2024-06-04');
    expect(bad.warnings.map((w) => w.reason)).toEqual([`front matter "url" must be a web address starting with http:// or https://, got "javascript:alert('url')"; ignored`]);
    for (const url of ['ftp://example.com/a', 'example.com/news', 'https://']) {
      expect(readSeed('a.txt', withFrontMatter(`url: "${url}"`)).meta.url, url).toBeNull();
    }
    const good = readSeed('a.txt', withFrontMatter('url: https://example.com/news/1?x=2'));
    expect(good.meta.url).toBe('https://example.com/news/1?x=2');
    expect(good.warnings).toEqual([]);
  });

  it('checks the language tag (BCP 47) and canonicalises it', () => {
    for (const [written, tag] of [
      ['en', 'en'],
      ['fr', 'fr'],
      ['pt-BR', 'pt-BR'],
      ['pt-br', 'pt-BR'],
      ['pt_BR', 'pt-BR'],
      ['zh-Hant-TW', 'zh-Hant-TW'],
    ]) {
      const seed = readSeed('a.txt', withFrontMatter(`language: ${written}`));
      expect(seed.meta.language, written).toBe(tag);
      expect(seed.warnings).toEqual([]);
    }
    for (const written of ['english', 'e', 'en-', '42']) {
      const seed = readSeed('a.txt', withFrontMatter(`language: ${written}`));
      expect(seed.meta.language, written).toBe('en');
      expect(seed.warnings, written).toHaveLength(1);
      expect(seed.warnings[0].reason).toMatch(/^front matter "language" must be a BCP 47 language tag .*, got .*; read as en$/);
    }
  });

  it('treats blank values as absent, without a warning', () => {
    const seed = readSeed('a.txt', withFrontMatter('outlet: Daily', 'url: ""', 'published:', 'language: " "'));
    expect(seed.meta).toMatchObject({ outlet: 'Daily', url: null, published: null, language: 'en' });
    expect(seed.warnings).toEqual([]);
  });
});

describe('seed messages', () => {
  it('carry the rule and the place in the seed, and give the report its warnings word for word', async () => {
    const extractor = await createExtractor();
    const text = withFrontMatter('outlet: Daily', 'published: 2023-13-01', 'url: ftp://example.com/a');
    const { report, messages } = extractor.extractFile('a.txt', text, { outlet: 'Other Wire' });
    expect(report.warnings).toEqual(readSeed('a.txt', text, { outlet: 'Other Wire' }).warnings.map((w) => w.reason));
    expect(messages.map((m) => m.reason)).toEqual(report.warnings);
    expect(messages.map((m) => [m.ruleId, m.source, m.line, m.column])).toEqual([
      ['front-matter-value', 'sitrep-seed', 4, 1],
      ['front-matter-value', 'sitrep-seed', 3, 1],
      ['sources-conflict', 'sitrep-seed', undefined, undefined],
    ]);
    const broken = extractor.extractFile('b.txt', withFrontMatter('outlet: [unclosed'));
    expect(broken.messages.map((m) => [m.ruleId, m.line, m.place && 'end' in m.place ? m.place.end.line : null])).toEqual([['front-matter-yaml', 1, 3]]);
  });
});

describe('places.yaml', () => {
  const place = (name: string, fields: string) => `- name: ${name}\n${fields.replace(/^/gm, '  ')}\n`;

  it('refuses coordinates that are not numbers, naming file, entry and field', async () => {
    await writeFile(
      join(dir, 'places.yaml'),
      [
        place('Empty', 'lat: ""\nlon: 1'),
        place('List', 'lat: []\nlon: 1'),
        place('Flag', 'lat: true\nlon: 1'),
        place('Hex', 'lat: "0x10"\nlon: 1'),
        place('Far', 'lat: 10\nlon: 181'),
        place('Missing', 'lat: 10'),
        place('Fine', 'lat: 14.7\nlon: -3.5'),
        place('Quoted', 'lat: "14.7"\nlon: "-3.5"'),
        place('Lng', 'lat: 12\nlng: "x"'),
      ].join(''),
    );
    const { places, problems } = await readUserPlaces(dir);
    expect(lines(problems)).toEqual([
      'places.yaml: entry 1 (Empty): "lat" must be a number from -90 to 90, got ""',
      'places.yaml: entry 2 (List): "lat" must be a number from -90 to 90, got []',
      'places.yaml: entry 3 (Flag): "lat" must be a number from -90 to 90, got true',
      'places.yaml: entry 4 (Hex): "lat" must be a number from -90 to 90, got "0x10"',
      'places.yaml: entry 5 (Far): "lon" must be a number from -180 to 180, got 181',
      'places.yaml: entry 6 (Missing): "lon" must be a number from -180 to 180, got nothing',
      'places.yaml: entry 9 (Lng): "lng" must be a number from -180 to 180, got "x"',
    ]);
    expect(places).toEqual([
      { name: 'Fine', lat: 14.7, lon: -3.5, country: null, aliases: [], precision: 'town' },
      { name: 'Quoted', lat: 14.7, lon: -3.5, country: null, aliases: [], precision: 'town' },
    ]);
  });

  it('rejects an entry whose country code does not exist, and upper-cases one that does', async () => {
    await writeFile(join(dir, 'places.yaml'), place('Sandaré', 'lat: 14.7\nlon: -10.3\ncountry: XX') + place('Kayes', 'lat: 14.4\nlon: -11.4\ncountry: ml'));
    const { places, problems } = await readUserPlaces(dir);
    expect(lines(problems)).toEqual([
      'places.yaml: entry 1 (Sandaré): "country" must be an ISO 3166-1 alpha-2 country code such as ML or BF, got "XX"',
    ]);
    expect(places.map((p) => [p.name, p.country])).toEqual([['Kayes', 'ML']]);
  });

  it('drops a bad alias or precision but keeps the entry', async () => {
    await writeFile(join(dir, 'places.yaml'), place('Sandaré', 'lat: 14.7\nlon: -10.3\naliases: [Sandare, 12, ""]\nprecision: city'));
    const { places, problems } = await readUserPlaces(dir);
    expect(lines(problems)).toEqual([
      'places.yaml: entry 1 (Sandaré): "aliases" item 2 must be non-empty text, got 12; that alias is ignored',
      'places.yaml: entry 1 (Sandaré): "aliases" item 3 must be non-empty text, got ""; that alias is ignored',
      'places.yaml: entry 1 (Sandaré): "precision" must be one of town, admin, region, country, got "city"; read as town',
    ]);
    expect(places).toEqual([{ name: 'Sandaré', lat: 14.7, lon: -10.3, country: null, aliases: ['Sandare'], precision: 'town' }]);
  });

  it('names an entry without a name by its position', async () => {
    await writeFile(join(dir, 'places.yaml'), '- lat: 1\n  lon: 1\n- Kidal\n');
    const { places, problems } = await readUserPlaces(dir);
    expect(lines(problems)).toEqual([
      'places.yaml: entry 1: "name" must be non-empty text, got nothing',
      'places.yaml: entry 2: must be a mapping with "name", "lat" and "lon", got "Kidal"',
    ]);
    expect(places).toEqual([]);
  });

  it('reports places.yml when places.yaml exists too, and reads only places.yaml', async () => {
    await writeFile(join(dir, 'places.yaml'), place('Kayes', 'lat: 14.4\nlon: -11.4'));
    await writeFile(join(dir, 'places.yml'), place('Sandaré', 'lat: 14.7\nlon: -10.3'));
    const { places, problems } = await readUserPlaces(dir);
    expect(places.map((p) => p.name)).toEqual(['Kayes']);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe('places.yml');
    expect(problems[0].reason).toMatch(/both places\.yaml and places\.yml .*only places\.yaml is read/);
  });

  it('reads places.yml alone', async () => {
    await writeFile(join(dir, 'places.yml'), place('Sandaré', 'lat: 14.7\nlon: -10.3'));
    const { places, problems } = await readUserPlaces(dir);
    expect(places.map((p) => p.name)).toEqual(['Sandaré']);
    expect(problems).toEqual([]);
  });
});

describe('seed folder listing', () => {
  it('reports symbolic links, subfolders and unknown files; stays silent on side files', async () => {
    await writeFile(join(dir, 'b.txt'), 'Second.\n');
    await writeFile(join(dir, 'a.md'), 'First.\n');
    await writeFile(join(dir, 'C.TEXT'), 'Third.\n');
    await writeFile(join(dir, 'notes.docx'), 'binary');
    for (const side of ['places.yaml', 'places.yml', 'sources.yaml', 'sources.yml', 'README', 'readme.rst', '.DS_Store'])
      await writeFile(join(dir, side), '');
    await mkdir(join(dir, 'archive'));
    await mkdir(join(dir, '.git'));
    await symlink(join(dir, 'b.txt'), join(dir, 'linked.txt'));
    const { names, notices } = await listSeedFolder(dir);
    expect(names).toEqual(['C.TEXT', 'a.md', 'b.txt']);
    expect(await listSeeds(dir)).toEqual(names);
    expect(lines(notices)).toEqual([
      'archive: is a folder; seeds are read from the top level only',
      'linked.txt: is a symbolic link; seeds must be regular files (copy the text into the folder)',
      'notes.docx: is not a seed text (.txt, .text or .md)',
    ]);
  });
});

describe('seed limits', () => {
  it('refuses a seed over MAX_SEED_BYTES before reading it', async () => {
    // A sparse file: its size is what stat reports, without writing megabytes.
    const handle = await open(join(dir, 'big.txt'), 'w');
    await handle.truncate(MAX_SEED_BYTES + 1);
    await handle.close();
    const read = await readSeedFile(dir, 'big.txt');
    expect(read).toHaveProperty('problem');
    const { reason } = (read as { problem: SeedProblem }).problem;
    expect(reason).toMatch(/^is .+; seeds are limited to .+ \(MAX_SEED_BYTES in src\/build\/limits\.ts\)$/);
    expect(reason).not.toMatch(/NUL/);
  });

  it('names sizes in MB', async () => {
    const handle = await open(join(dir, 'big.txt'), 'w');
    await handle.truncate(Math.round(MAX_SEED_BYTES * 1.24));
    await handle.close();
    const read = (await readSeedFile(dir, 'big.txt')) as { problem: SeedProblem };
    const mb = (n: number) => `${Number((n / 1024 / 1024).toFixed(1))} MB`;
    if (MAX_SEED_BYTES >= 1024 * 1024) expect(read.problem.reason).toContain(`is ${mb(MAX_SEED_BYTES * 1.24)}; seeds are limited to ${mb(MAX_SEED_BYTES)}`);
  });

  it('refuses a seed with more than MAX_SEED_PARAGRAPHS paragraphs, naming the count and the limit', async () => {
    const n = MAX_SEED_PARAGRAPHS + 1;
    await writeFile(join(dir, 'long.txt'), Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} ends here.`).join('\n\n'));
    const read = await readSeedFile(dir, 'long.txt');
    expect(read).toEqual({
      problem: {
        file: 'long.txt',
        reason: `has ${n.toLocaleString('en')} paragraphs; seeds are limited to ${MAX_SEED_PARAGRAPHS.toLocaleString('en')} (MAX_SEED_PARAGRAPHS in src/build/limits.ts)`,
      },
    });
  });

  it('accepts a seed at the paragraph limit, and a hard-wrapped one with more lines than paragraphs', async () => {
    await writeFile(join(dir, 'at-limit.txt'), Array.from({ length: MAX_SEED_PARAGRAPHS }, (_, i) => `Paragraph ${i + 1}.`).join('\n'));
    expect(await readSeedFile(dir, 'at-limit.txt')).toHaveProperty('text');
    // Blocks of three wrapped lines: three times as many lines as paragraphs.
    const block = 'The ministry said on Monday that the road\nto the northern towns had been closed\nafter the floods of last week.';
    const blocks = Math.floor(MAX_SEED_PARAGRAPHS / 2);
    await writeFile(join(dir, 'wrapped.txt'), Array.from({ length: blocks }, () => block).join('\n\n'));
    expect(await readSeedFile(dir, 'wrapped.txt')).toHaveProperty('text');
  });
});
