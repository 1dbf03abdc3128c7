// Layout on phones: no page scrolls sideways at 360–390 px, and tables with many columns stack
// instead of cutting columns off.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { readSeeds } from './support/site.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let pages: string[];
let eventPage: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const events: Array<{ id: string }> = (await (await fetch(`${siteUrl}/data/events.json`)).json()).events;
  const seeds = await readSeeds(inject('seedsDir'));
  eventPage = `/events/${events[0].id}/`;
  pages = ['/', eventPage, `/briefings/${seeds[0].id}/`, '/search/'];
});
afterAll(async () => {
  await browser?.close();
});

describe('narrow screens', () => {
  for (const width of [360, 390]) {
    test(`no page scrolls sideways at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const path of pages) {
        await page.goto(`${siteUrl}${path}`);
        const [scrollWidth, innerWidth] = await page.evaluate<[number, number]>('[document.documentElement.scrollWidth, window.innerWidth]');
        expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(innerWidth);
      }
      await page.close();
    });
  }

  test('the key-figures table shows every column, Notes included, within the screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${siteUrl}${eventPage}`);
    const table = page.locator('section[aria-labelledby="figures-heading"] table');
    expect(await table.count()).toBe(1);
    // Nothing to scroll to inside its wrapper…
    const [scroll, client] = await table.evaluate((t) => [t.parentElement!.scrollWidth, t.parentElement!.clientWidth] as [number, number]);
    expect(scroll).toBeLessThanOrEqual(client);
    // …and every non-empty cell, the notes too, lies within the viewport under its column's name.
    const cells = await table.locator('tbody td').evaluateAll((tds) =>
      tds.filter((td) => td.textContent!.trim()).map((td) => ({ right: td.getBoundingClientRect().right, label: td.getAttribute('data-label') })),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(c.right, String(c.label)).toBeLessThanOrEqual(390);
      expect(c.label).toBeTruthy();
    }
    expect(cells.some((c) => c.label === 'Notes')).toBe(true);
    await page.close();
  });
});
