// Every page loads without console errors, and the main page types pass axe-core.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { axe, readSeeds, watchErrors } from './support/site.ts';

const siteUrl = inject('siteUrl');
const notFoundUrl = `${siteUrl}/no-such-page/`;
let browser: Browser;
let briefingUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  briefingUrl = `${siteUrl}/briefings/${(await readSeeds(inject('seedsDir')))[0].id}/`;
});
afterAll(async () => {
  await browser?.close();
});

/** Every page the sitemap lists, on this server. */
async function sitemapPages(): Promise<string[]> {
  const index = await (await fetch(`${siteUrl}/sitemap-index.xml`)).text();
  const pages: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await fetch(`${siteUrl}${new URL(sitemap).pathname}`)).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) pages.push(`${siteUrl}${new URL(loc).pathname}`);
  }
  return pages;
}

async function searchFor(page: Page, term: string) {
  await page.locator('#search-input').fill(term);
  await expect.poll(() => page.locator('#search-results a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
}

test('no page logs a console error or throws', async () => {
  const pages = await sitemapPages();
  expect(pages).toContain(`${siteUrl}/`);
  expect(pages).toContain(briefingUrl);
  expect(pages).toContain(`${siteUrl}/search/`);
  const page = await browser.newPage();
  const failures: string[] = [];
  for (const url of [...pages, notFoundUrl]) {
    const watch = watchErrors(page, url === notFoundUrl ? url : undefined);
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status(), url).toBe(url === notFoundUrl ? 404 : 200);
    if (url.endsWith('/search/')) await searchFor(page, 'army');
    await page.waitForTimeout(100);
    watch.stop();
    failures.push(...watch.errors.map((e) => `${url}: ${e}`));
  }
  expect(failures).toEqual([]);
  await page.close();
});

describe('accessibility (axe-core)', () => {
  const cases: [string, () => string, ((page: Page) => Promise<void>)?][] = [
    ['home', () => `${siteUrl}/`],
    ['briefing', () => briefingUrl],
    ['search with results', () => `${siteUrl}/search/`, (page) => searchFor(page, 'Kayes')],
    ['404', () => notFoundUrl],
  ];
  test.each(cases)('%s has no violations', async (_name, url, prepare) => {
    const page = await browser.newPage();
    await page.goto(url());
    if (prepare) await prepare(page);
    const violations = await axe(page);
    expect(violations).toEqual([]);
    await page.close();
  });
});
