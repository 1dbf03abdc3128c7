import { mkdtemp, readFile, readdir, rm, stat, symlink, writeFile, mkdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractFolder } from '../../../src/build/extract-folder.ts';
import { build } from '../../../src/build/build.ts';
import { seedsDir } from '../../../src/build/seed-folder.ts';

let work: string;
let seeds: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sitrep-prebuild-'));
  seeds = join(work, 'seeds');
  await mkdir(seeds);
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function prebuild() {
  const result = await build(seeds, join(work, 'content'), { cacheDir: join(work, 'cache') });
  return { ...result, ...result.content! };
}

describe('seed folder', () => {
  it('comes from SEEDS_DIR when set, relative or absolute, else seeds/', () => {
    const saved = process.env.SEEDS_DIR;
    try {
      delete process.env.SEEDS_DIR;
      expect(seedsDir()).toBe(resolve('seeds'));
      process.env.SEEDS_DIR = 'other/texts';
      expect(seedsDir()).toBe(resolve('other/texts'));
      process.env.SEEDS_DIR = '/abs/texts';
      expect(seedsDir()).toBe('/abs/texts');
    } finally {
      if (saved === undefined) delete process.env.SEEDS_DIR;
      else process.env.SEEDS_DIR = saved;
    }
  });
});

describe('prebuild', () => {
  it('names each unusable file with its reason and builds all the others', async () => {
    await writeFile(join(seeds, 'good.txt'), 'Rebels attacked the town on Monday. The army said it repelled them.\n');
    await writeFile(join(seeds, 'binary.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]));
    await writeFile(join(seeds, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x74]));
    await writeFile(join(seeds, 'empty.txt'), '  \n');
    await writeFile(join(seeds, 'places.yaml'), '- name: Nowhere\n  lat: 200\n  lon: 0\n');
    const r = await prebuild();
    expect(r.reports.map((x) => x.file)).toEqual(['good.txt']);
    const reasons = Object.fromEntries(r.problems.map((p) => [p.file, p.reason]));
    expect(reasons['binary.txt']).toMatch(/not a text file/);
    expect(reasons['latin1.txt']).toMatch(/not valid UTF-8/);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['places.yaml']).toMatch(/entry 1 \(Nowhere\).*lat/);
    expect(await readdir(join(work, 'content', 'briefings'))).toEqual(['good.mdx']);
  });

  it('says in the build summary which folder entries it did not read, and why', async () => {
    await writeFile(join(seeds, 'good.txt'), 'Rebels attacked the town on Monday. The army said it repelled them.\n');
    await writeFile(join(work, 'outside.txt'), 'A text kept elsewhere. It says something.\n');
    await symlink(join(work, 'outside.txt'), join(seeds, 'linked.txt'));
    await mkdir(join(seeds, 'archive'));
    await writeFile(join(seeds, 'archive', 'old.txt'), 'An older report. It is in a subfolder.\n');
    await writeFile(join(seeds, 'notes.docx'), 'not text');
    const r = await prebuild();
    expect(r.reports.map((x) => x.file)).toEqual(['good.txt']);
    const notices = Object.fromEntries(r.notices.map((n) => [n.file, n.reason]));
    expect(notices['linked.txt']).toMatch(/symbolic link/);
    expect(notices['archive']).toMatch(/folder/);
    expect(notices['notes.docx']).toMatch(/not a seed text/);
    // The real script prints them, by name, with the summary.
    const run = spawnSync(process.execPath, [resolve('scripts/prebuild.ts')], { cwd: work, env: { ...process.env, SEEDS_DIR: seeds }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/linked\.txt: is a symbolic link/);
    expect(run.stderr).toMatch(/archive: is a folder/);
    expect(run.stderr).toMatch(/3 other entries not read/);
  });

  it('re-extracts only changed seeds and rewrites only changed files', async () => {
    await writeFile(join(seeds, 'a.txt'), 'First report about floods in the north. Officials said roads were cut.\n');
    await writeFile(join(seeds, 'b.txt'), 'Second report about a strike at the port. Unions said it would last a week.\n');
    const first = await prebuild();
    expect(first.stats).toMatchObject({ seeds: 2, extracted: 2, cached: 0 });
    const mdxB = join(work, 'content', 'briefings', 'b.mdx');
    const before = (await stat(mdxB)).mtimeMs;
    const bytesB = await readFile(mdxB, 'utf8');

    const second = await prebuild();
    expect(second.stats).toMatchObject({ extracted: 0, cached: 2 });
    expect(second.written).toBe(0);

    await writeFile(join(seeds, 'a.txt'), 'First report about floods in the north. Officials said roads were cut. More rain fell.\n');
    const third = await prebuild();
    expect(third.stats).toMatchObject({ extracted: 1, cached: 1 });
    expect((await stat(mdxB)).mtimeMs).toBe(before);
    expect(await readFile(mdxB, 'utf8')).toBe(bytesB);
    expect(await readFile(join(work, 'content', 'briefings', 'a.mdx'), 'utf8')).toContain('More rain fell.');
  });

  it('removes the briefing of a deleted seed', async () => {
    await writeFile(join(seeds, 'a.txt'), 'A report. It has two sentences.\n');
    await writeFile(join(seeds, 'b.txt'), 'Another report. Also two sentences.\n');
    await prebuild();
    await rm(join(seeds, 'b.txt'));
    expect(await readdir(join(work, 'content', 'events'))).toHaveLength(2);
    const r = await prebuild();
    expect(r.removed).toBeGreaterThanOrEqual(2);
    expect(await readdir(join(work, 'content', 'briefings'))).toEqual(['a.mdx']);
    // No event is left that names the deleted report.
    const events = await readdir(join(work, 'content', 'events'));
    expect(events).toHaveLength(1);
    const event = JSON.parse(await readFile(join(work, 'content', 'events', events[0]), 'utf8'));
    expect(event.reportIds).toEqual(['a']);
  });

  it('has written every new report to the cache when it returns (they are written while it consolidates)', async () => {
    for (const name of ['a', 'b', 'c']) await writeFile(join(seeds, `${name}.txt`), `Report ${name}. It has two sentences.\n`);
    await prebuild();
    const [key] = await readdir(join(work, 'cache'));
    expect((await readdir(join(work, 'cache', key))).filter((f) => f.endsWith('.json'))).toHaveLength(3);
    expect((await readdir(join(work, 'cache', key))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('gives distinct ids to file names that fold to the same id', async () => {
    await writeFile(join(seeds, 'a b.txt'), 'One text here.\n');
    await writeFile(join(seeds, 'a-b.txt'), 'Another text here.\n');
    const r = await prebuild();
    const ids = r.reports.map((x) => x.id);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^a-b(-[0-9a-f]{6})?$/);
  });

  it('produces identical bytes from identical seeds', async () => {
    for (const f of await readdir('seeds')) await writeFile(join(seeds, f), await readFile(join('seeds', f)));
    await prebuild();
    const read = async () => {
      const dir = join(work, 'content', 'briefings');
      const names = (await readdir(dir)).sort();
      return Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')]));
    };
    const a = await read();
    await rm(join(work, 'content'), { recursive: true });
    await rm(join(work, 'cache'), { recursive: true });
    await prebuild();
    expect(await read()).toEqual(a);
    expect(a).toHaveLength(5);
  });

  it('extracts on worker threads with the same result as in one thread', async () => {
    const base = await readFile('seeds/002_cccec71aff28f8ef.txt', 'utf8');
    for (let i = 0; i < 48; i++) await writeFile(join(seeds, `r${String(i).padStart(2, '0')}.txt`), `${base}\nUpdate number ${i}.\n`);
    const pooled = await extractFolder(seeds, { threads: 2 });
    const single = await extractFolder(seeds, { threads: 1 });
    expect(pooled.stats.extracted).toBe(48);
    expect(pooled.reports).toEqual(single.reports);
  }, 60_000);
});
