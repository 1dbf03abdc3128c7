// Issue 9: publication metadata beside the seeds (`sources.yaml`), for texts a desk did not write:
// checked and reported by file and field, completed field by field by the seed's own front
// matter, and part of what a cached report depends on.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build } from '../../../src/build/build.ts';
import { extractFolder } from '../../../src/build/extract-folder.ts';
import { readSources, type SeedProblem } from '../../../src/build/seed-folder.ts';
import { readSeed } from '../../../src/extract/seed.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-sources-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lines = (problems: SeedProblem[]) => problems.map((p) => `${p.file}: ${p.reason}`);
const TEXT = 'Gunmen attacked a police training school on the edge of the capital on Tuesday, killing at least 70 people, officials said.\n';

describe('reading sources.yaml', () => {
  it('reads outlet, url, published and language for each seed named', async () => {
    await writeFile(
      join(dir, 'sources.yaml'),
      ['a.txt:', '  outlet: Sahel Monitor', '  url: https://example.org/a', '  published: 2025-07-02', '  language: FR', 'b.txt:', '  source: 1843'].join('\n'),
    );
    const { sources, problems } = await readSources(dir, ['a.txt', 'b.txt']);
    expect(problems).toEqual([]);
    expect(sources.get('a.txt')).toEqual({ outlet: 'Sahel Monitor', url: 'https://example.org/a', published: '2025-07-02', language: 'fr' });
    expect(sources.get('b.txt')).toEqual({ source: '1843' });
  });

  it('reports each rejected value by entry and field, and keeps the entry\'s other fields', async () => {
    await writeFile(
      join(dir, 'sources.yaml'),
      [
        'a.txt:',
        '  outlet: Sahel Monitor',
        '  published: 2025-02-30',
        '  url: javascript:alert(1)',
        '  language: not a language',
        '  publised: 2025-07-02',
        'b.txt: Reuters',
        'c.txt:',
      ].join('\n'),
    );
    const { sources, problems } = await readSources(dir, ['a.txt', 'b.txt', 'c.txt']);
    expect(lines(problems)).toEqual([
      'sources.yaml: entry "a.txt": "publised" is not a field of sources.yaml (outlet, url, published, language); ignored',
      'sources.yaml: entry "a.txt": "url" must be a web address starting with http:// or https://, got "javascript:alert(1)"; ignored',
      'sources.yaml: entry "a.txt": "published" must be a real date written YYYY-MM-DD, in the years 1900 to 2100, got "2025-02-30"; ignored',
      'sources.yaml: entry "a.txt": "language" must be a BCP 47 language tag such as en, fr or pt-BR, got "not a language"; ignored',
      'sources.yaml: entry "b.txt": must be a mapping with any of "outlet", "url", "published" and "language", got "Reuters"; ignored',
    ]);
    expect(sources.get('a.txt')).toEqual({ outlet: 'Sahel Monitor' });
    expect(sources.has('b.txt')).toBe(false);
    expect(sources.has('c.txt')).toBe(false);
  });

  it('reports entries that name no seed of the folder, suggesting the one meant', async () => {
    await writeFile(join(dir, 'sources.yaml'), ['A.TXT:', '  outlet: One', 'b:', '  outlet: Two', 'gone.txt:', '  outlet: Three'].join('\n'));
    const { sources, problems } = await readSources(dir, ['a.txt', 'b.md']);
    expect(lines(problems)).toEqual([
      'sources.yaml: entry "A.TXT" names no seed text in the folder (did you mean "a.txt"?); ignored',
      'sources.yaml: entry "b" names no seed text in the folder (did you mean "b.md"?); ignored',
      'sources.yaml: entry "gone.txt" names no seed text in the folder; ignored',
    ]);
    expect(sources.size).toBe(0);
  });

  it('refuses a file that is not a mapping, or not YAML', async () => {
    await writeFile(join(dir, 'sources.yaml'), '- a.txt\n- b.txt\n');
    expect(lines((await readSources(dir, ['a.txt'])).problems)).toEqual([
      'sources.yaml: must be a mapping from seed file names to their outlet, url, published and language, got ["a.txt","b.txt"]',
    ]);
    await writeFile(join(dir, 'sources.yaml'), 'a.txt:\n  outlet: [unclosed\n');
    expect(lines((await readSources(dir, ['a.txt'])).problems)[0]).toMatch(/^sources\.yaml: is not valid YAML: /);
  });

  it('reads sources.yml alone, and reports it when sources.yaml exists too', async () => {
    await writeFile(join(dir, 'sources.yml'), 'a.txt:\n  outlet: From yml\n');
    expect((await readSources(dir, ['a.txt'])).sources.get('a.txt')).toEqual({ outlet: 'From yml' });
    await writeFile(join(dir, 'sources.yaml'), 'a.txt:\n  outlet: From yaml\n');
    const { sources, problems } = await readSources(dir, ['a.txt']);
    expect(sources.get('a.txt')).toEqual({ outlet: 'From yaml' });
    expect(lines(problems)).toEqual(['sources.yml: is ignored: both sources.yaml and sources.yml are present, and only sources.yaml is read (merge them into it)']);
  });

  it('is optional, and an empty file is an empty list', async () => {
    expect(await readSources(dir, ['a.txt'])).toEqual({ sources: new Map(), problems: [] });
    await writeFile(join(dir, 'sources.yaml'), '# nothing yet\n');
    expect(await readSources(dir, ['a.txt'])).toEqual({ sources: new Map(), problems: [] });
  });
});

describe('front matter and sources.yaml together', () => {
  const withFrontMatter = (...fields: string[]) => ['---', ...fields, '---', TEXT].join('\n');

  it('takes each field from the front matter where it gives one, else from sources.yaml', () => {
    const seed = readSeed('a.txt', withFrontMatter('outlet: Own Outlet', 'published: 2025-07-01'), {
      outlet: 'Sidecar Outlet',
      published: '2025-07-02',
      url: 'https://example.org/a',
      language: 'fr',
    });
    expect(seed.meta).toMatchObject({ outlet: 'Own Outlet', published: '2025-07-01', url: 'https://example.org/a', language: 'fr' });
    expect(seed.warnings.map((w) => w.reason)).toEqual([
      'front matter "outlet" (Own Outlet) is used; sources.yaml gives Sidecar Outlet',
      'front matter "published" (2025-07-01) is used; sources.yaml gives 2025-07-02',
    ]);
  });

  it('uses the sources.yaml value where the front matter value is refused', () => {
    const seed = readSeed('a.txt', withFrontMatter('published: 2025-13-40'), { published: '2025-07-02' });
    expect(seed.meta.published).toBe('2025-07-02');
    expect(seed.warnings.map((w) => w.reason)).toEqual([
      'front matter "published" must be a real date written YYYY-MM-DD, in the years 1900 to 2100, got "2025-13-40"; sources.yaml gives 2025-07-02, which is used',
    ]);
  });

  it('gives a seed without front matter all its metadata', () => {
    const seed = readSeed('a.txt', TEXT, { source: 'Sidecar Outlet', published: '2025-07-02' });
    expect(seed.meta).toMatchObject({ outlet: 'Sidecar Outlet', published: '2025-07-02', url: null, language: 'en', bodyStart: 0 });
    expect(seed.warnings).toEqual([]);
  });
});

describe('sources.yaml in a build', () => {
  const seeds = () => join(dir, 'seeds');
  beforeEach(async () => {
    await mkdir(seeds());
  });

  it('dates "on Tuesday" from its publication date, and reports problems with the build', async () => {
    await writeFile(join(seeds(), 'a.txt'), TEXT);
    await writeFile(join(seeds(), 'sources.yaml'), 'a.txt:\n  outlet: Sahel Monitor\n  published: 2025-07-02\nmissing.txt:\n  outlet: Nobody\n');
    const result = await build(seeds());
    expect(result.reports[0]).toMatchObject({ outlet: 'Sahel Monitor', published: '2025-07-02', eventDate: '2025-07-01' });
    expect(lines(result.problems)).toEqual(['sources.yaml: entry "missing.txt" names no seed text in the folder; ignored']);
    const [event] = result.events;
    expect(event).toMatchObject({ date: '2025-07-01', dateBasis: 'resolved', dateNote: 'Resolved from “on Tuesday” in a report published 2025-07-02 (R1).' });
  });

  it('re-extracts a seed whose entry changed, and only that seed', async () => {
    await writeFile(join(seeds(), 'a.txt'), TEXT);
    await writeFile(join(seeds(), 'b.txt'), TEXT.replace('police training school', 'army barracks'));
    const cacheDir = join(dir, 'cache');
    const sidecar = (publishedA: string) => writeFile(join(seeds(), 'sources.yaml'), `a.txt:\n  published: ${publishedA}\nb.txt:\n  published: 2025-07-02\n`);
    await sidecar('2025-07-02');
    const first = await extractFolder(seeds(), { cacheDir });
    expect(first.stats).toMatchObject({ extracted: 2, cached: 0 });
    const again = await extractFolder(seeds(), { cacheDir });
    expect(again.stats).toMatchObject({ extracted: 0, cached: 2 });
    await sidecar('2025-07-09');
    const changed = await extractFolder(seeds(), { cacheDir });
    expect(changed.stats).toMatchObject({ extracted: 1, cached: 1 });
    expect([...changed.unchanged]).toEqual(['b.txt']);
    expect(changed.reports.map((r) => [r.file, r.published, r.eventDate])).toEqual([
      ['a.txt', '2025-07-09', '2025-07-08'],
      ['b.txt', '2025-07-02', '2025-07-01'],
    ]);
    // Removing the entry re-extracts the seed without it.
    await writeFile(join(seeds(), 'sources.yaml'), 'b.txt:\n  published: 2025-07-02\n');
    const removed = await extractFolder(seeds(), { cacheDir });
    expect(removed.stats).toMatchObject({ extracted: 1, cached: 1 });
    expect(removed.reports[0]).toMatchObject({ file: 'a.txt', published: null, eventDate: null });
  });

  it('reaches the seeds extracted on worker threads', async () => {
    // Enough seeds for extractFolder to use its worker pool (POOL_THRESHOLD in src/build/extract-folder.ts).
    const names = Array.from({ length: 48 }, (_, i) => `r${String(i).padStart(2, '0')}.txt`);
    const entries: string[] = [];
    for (const [i, name] of names.entries()) {
      await writeFile(join(seeds(), name), TEXT.replace('70', String(70 + i)));
      entries.push(`${name}:`, `  outlet: Outlet ${i}`, `  published: 2025-07-${String((i % 28) + 1).padStart(2, '0')}`);
    }
    await writeFile(join(seeds(), 'sources.yaml'), entries.join('\n'));
    const pooled = await extractFolder(seeds(), { threads: 2 });
    expect(pooled.stats.extracted).toBe(48);
    expect(pooled.reports.map((r) => [r.outlet, r.published])).toEqual(names.map((_, i) => [`Outlet ${i}`, `2025-07-${String((i % 28) + 1).padStart(2, '0')}`]));
    const single = await extractFolder(seeds(), { threads: 1 });
    expect(pooled.reports).toEqual(single.reports);
  }, 60_000);
});
