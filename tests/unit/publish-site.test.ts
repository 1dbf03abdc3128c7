import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAndSwap } from '../../src/build/publish-site.ts';

let work: string;
let out: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sitrep-swap-'));
  out = join(work, 'dist');
  await mkdir(out);
  await writeFile(join(out, 'index.html'), 'last good site');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const page = () => readFile(join(out, 'index.html'), 'utf8');

describe('publishing a build', () => {
  it('replaces the site only after a build succeeds', async () => {
    const r = await buildAndSwap(out, async (staging) => {
      await mkdir(staging);
      await writeFile(join(staging, 'index.html'), 'new site');
      // While building, readers still get the published site.
      expect(await page()).toBe('last good site');
      return 0;
    });
    expect(r).toEqual({ published: true, code: 0 });
    expect(await page()).toBe('new site');
    expect(await readdir(work)).toEqual(['dist']);
  });

  it('keeps the last good site when the build fails part-way', async () => {
    const r = await buildAndSwap(out, async (staging) => {
      await mkdir(staging);
      await writeFile(join(staging, 'half.mjs'), 'export {}');
      return 1;
    });
    expect(r).toEqual({ published: false, code: 1 });
    expect(await readdir(out)).toEqual(['index.html']);
    expect(await page()).toBe('last good site');
    expect(await readdir(work)).toEqual(['dist']);
  });

  it('keeps the last good site when the builder throws or writes nothing', async () => {
    await expect(buildAndSwap(out, async () => Promise.reject(new Error('crash')))).rejects.toThrow('crash');
    expect(await page()).toBe('last good site');
    expect((await buildAndSwap(out, async () => 0)).published).toBe(false);
    expect(await page()).toBe('last good site');
  });

  it('clears what a killed build left behind and is never fooled by it', async () => {
    await mkdir(join(work, '.dist.building'));
    await writeFile(join(work, '.dist.building', 'index.html'), 'stale half build');
    const r = await buildAndSwap(out, async (staging) => {
      expect(await readdir(work)).toEqual(['dist']);
      await mkdir(staging);
      await writeFile(join(staging, 'index.html'), 'fresh');
      return 0;
    });
    expect(r.published).toBe(true);
    expect(await page()).toBe('fresh');
  });
});

describe('removing the replaced site', () => {
  it('in the background: the new site is published at once and the old one goes soon after', async () => {
    const r = await buildAndSwap(
      out,
      async (staging) => {
        await mkdir(staging);
        await writeFile(join(staging, 'index.html'), 'new site');
        return 0;
      },
      { retired: 'background' },
    );
    expect(r).toEqual({ published: true, code: 0 });
    expect(await page()).toBe('new site');
    await expect.poll(() => readdir(work), { timeout: 10_000 }).toEqual(['dist']);
  });
});
