// Seed text is data, never code: seeds that look like JSX, ESM, HTML, Markdown or front matter
// build, render literally, and run nothing at build time or in the browser.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { access } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { normalize, readSeeds, squeeze, watchErrors, type SeedExpectation } from './support/site.ts';

const trapUrl = inject('trapUrl');
let browser: Browser;
let seeds: SeedExpectation[];

beforeAll(async () => {
  browser = await launchBrowser();
  seeds = await readSeeds(inject('trapSeedsDir'));
});
afterAll(async () => {
  await browser?.close();
});

test('the hostile seeds built, and nothing in them ran at build time', async () => {
  expect(seeds.length).toBe(4);
  await expect(access(inject('trapMarker'))).rejects.toThrow();
  expect(inject('trapBuildLog')).not.toMatch(/export ran|expression ran/);
});

describe('each hostile seed', () => {
  test.each(['code-looking.txt', 'markup-looking.txt', 'markdown-looking.txt', 'front-matter.txt'])(
    '%s renders literally and executes nothing in the browser',
    async (file) => {
      const seed = seeds.find((s) => s.file === file)!;
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      const watch = watchErrors(page);
      await page.goto(`${trapUrl}/briefings/${seed.id}/`, { waitUntil: 'load' });
      await page.waitForTimeout(200);

      const source = page.locator('[data-source-text]');
      expect(squeeze((await source.textContent()) ?? '')).toBe(squeeze(seed.body));
      // Nothing but the sentence spans (inside paragraphs) became markup.
      const tags = await source.evaluate((el) => [...new Set([...el.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))].sort());
      expect(tags.filter((t) => t !== 'p' && t !== 'span')).toEqual([]);

      expect(dialogs).toEqual([]);
      expect(await page.evaluate('typeof globalThis.pwned')).toBe('undefined');
      // The only scripts on a briefing page are none at all: the site ships no JavaScript there.
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:" i], [onerror], [onclick], img, style:not(head style)').count()).toBe(0);
      watch.stop();
      expect(watch.errors).toEqual([]);
      await page.close();
    },
  );

  test('keep their paragraphs and the spaces between sentences', async () => {
    const page = await browser.newPage();
    for (const seed of seeds) {
      await page.goto(`${trapUrl}/briefings/${seed.id}/`);
      const source = page.locator('[data-source-text]');
      expect(normalize(await source.innerText()), seed.file).toBe(normalize(seed.body));
      const paragraphs = await source.locator('p').allTextContents();
      expect(paragraphs.map(normalize), seed.file).toEqual(seed.paragraphs.map(normalize));
    }
    await page.close();
  });

  test('front matter values are shown as text and unsafe URLs are not linked', async () => {
    const seed = seeds.find((s) => s.file === 'front-matter.txt')!;
    const page = await browser.newPage();
    await page.goto(`${trapUrl}/briefings/${seed.id}/`);
    await expect(page.locator('main').textContent()).resolves.toContain("<script>alert('outlet')</script> Times");
    await expect(page.locator('main').textContent()).resolves.toContain("javascript:alert('url')");
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    await page.close();
  });

  test('search results quote hostile text as text', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 3000 } });
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`${trapUrl}/search/`);
    await page.locator('#search-input').fill('leaflet');
    const results = page.locator('#search-results a[href*="/briefings/"]');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(300);
    const excerpt = (await page.locator('#search-results').textContent()) ?? '';
    expect(excerpt).toContain('<script>alert(1)</script>');
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate('typeof globalThis.pwned')).toBe('undefined');
    await page.close();
  });

  test('the home page lists the hostile seeds by their (escaped) titles', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`${trapUrl}/`);
    const hrefs = await page.locator('section[aria-labelledby="briefings-heading"] .card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(seeds.map((s) => `/briefings/${s.id}/`).sort());
    expect(dialogs).toEqual([]);
    expect(await page.evaluate('typeof globalThis.pwned')).toBe('undefined');
    await page.close();
  });
});
