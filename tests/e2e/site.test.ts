// The site built from the repository's seeds, read in a browser as an analyst would.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { normalize, readSeeds, squeeze, type SeedExpectation } from './support/site.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let seeds: SeedExpectation[];
interface ExportedPlace {
  name: string;
  role: string;
  precision: string;
  reports: string[];
  variants: Array<{ value: string; reports: string[] }>;
}
let events: Array<{ id: string; reportIds: string[]; places: ExportedPlace[] }>;

beforeAll(async () => {
  browser = await launchBrowser();
  seeds = await readSeeds(inject('seedsDir'));
  events = (await (await fetch(`${siteUrl}/data/events.json`)).json()).events;
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  test('lists every briefing, linking to its page', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    const links = await page.locator('section[aria-labelledby="briefings-heading"] .card h3 a').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.trim() ?? '' })),
    );
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(links.map((l) => l.href).sort()).toEqual(seeds.map((s) => `/briefings/${s.id}/`).sort());
    for (const link of links) expect(link.text.length).toBeGreaterThan(0);
    // Each link leads to a page that exists.
    for (const link of links) {
      const response = await page.goto(new URL(link.href!, siteUrl).href);
      expect(response?.status(), link.href!).toBe(200);
    }
    await page.close();
  });
});

describe('briefing page', () => {
  test('shows the full text of its seed, paragraph by paragraph', async () => {
    const page = await browser.newPage();
    for (const seed of seeds) {
      await page.goto(`${siteUrl}/briefings/${seed.id}/`);
      const source = page.locator('[data-source-text]');
      await expect(source.count()).resolves.toBe(1);
      expect(normalize(await source.innerText()), seed.file).toBe(normalize(seed.body));
      const paragraphs = await source.locator('p').allTextContents();
      expect(paragraphs.map(normalize), seed.file).toEqual(seed.paragraphs.map(normalize));
    }
    await page.close();
  });

  test('every fact links to a sentence anchor that exists on the page', async () => {
    const page = await browser.newPage();
    for (const seed of seeds) {
      await page.goto(`${siteUrl}/briefings/${seed.id}/`);
      const targets = await page.locator('a.sentence-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      expect(targets.length, `${seed.file} links its summary to sentences`).toBeGreaterThan(0);
      const anchors = new Set(await page.locator('[data-source-text] .sentence[id]').evaluateAll((els) => els.map((e) => e.id)));
      for (const id of targets) expect(anchors.has(id), `${seed.file} #${id}`).toBe(true);
    }
    await page.close();
  });

  test('links to the event(s) it is part of', async () => {
    const page = await browser.newPage();
    for (const e of events) {
      for (const id of e.reportIds) {
        await page.goto(`${siteUrl}/briefings/${id}/`);
        const hrefs = await page.locator('main a[href*="/events/"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(hrefs, id).toContain(`/events/${e.id}/`);
      }
    }
    await page.close();
  });

  test('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const seed = seeds[0];
    await page.goto(`${siteUrl}/briefings/${seed.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    // Server-rendered: every character of the seed is there without any script running.
    expect(squeeze((await page.locator('[data-source-text]').textContent()) ?? '')).toBe(squeeze(seed.body));
    // The search page links to the full lists instead of the search box, and the briefing list,
    // server-rendered too, links every briefing.
    await page.goto(`${siteUrl}/search/`);
    const fallback = await page.locator('noscript').innerHTML();
    expect(fallback).toContain('href="/events/page/1/"');
    expect(fallback).toContain('href="/briefings/page/1/"');
    expect(fallback).toContain(`${seeds.length} briefings`);
    await page.goto(`${siteUrl}/briefings/page/1/`);
    const listed = await page.locator('main a[href^="/briefings/"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const s of seeds) expect(listed).toContain(`/briefings/${s.id}/`);
    await context.close();
  });
});

describe('search', () => {
  test('typing "Kayes" finds exactly the briefings that mention Kayes', async () => {
    const expected = seeds.filter((s) => /\bKayes\b/i.test(s.body)).map((s) => `/briefings/${s.id}/`).sort();
    expect(expected.length).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 3000 } });
    await page.goto(`${siteUrl}/search/`);
    await page.locator('#search-input').fill('Kayes');
    const results = page.locator('#search-results a[href*="/briefings/"]');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(expected.length);
    const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect([...new Set(hrefs)].sort()).toEqual(expected);
    await expect(page.locator('#search-summary').textContent()).resolves.toMatch(/Kayes/);
    // A result opens the briefing.
    await results.first().click();
    await page.waitForURL(/\/briefings\//);
    await expect(page.locator('[data-source-text]').textContent()).resolves.toMatch(/Kayes/);
    await page.close();
  });

  test('a place of an event finds the event page first, then the briefings', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 3000 } });
    const incident = events.flatMap((e) => e.places.filter((p) => p.role === 'incident' && p.precision === 'town').map((p) => ({ e, p })));
    expect(incident.length).toBeGreaterThan(0);
    for (const { e, p } of incident.slice(0, 3)) {
      await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(p.name)}`);
      const results = page.locator('#search-results a');
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(p.reports.length);
      const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs[0], p.name).toBe(`/events/${e.id}/`);
      for (const r of p.reports) expect(hrefs, `${p.name} in ${r}`).toContain(`/briefings/${r}/`);
    }
    await page.close();
  });

  test('every spelling of a place finds the event and the briefings that spell it another way', async () => {
    const spelled = events.flatMap((e) => e.places.filter((p) => p.variants.length > 1).map((p) => ({ e, p })));
    // The seeds spell some towns two ways; otherwise this test would prove nothing.
    expect(spelled.length).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 3000 } });
    for (const { e, p } of spelled) {
      for (const v of p.variants) {
        const others = p.variants.filter((w) => w !== v).flatMap((w) => w.reports).filter((r) => !v.reports.includes(r));
        expect(others.length).toBeGreaterThan(0);
        await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(v.value)}`);
        const results = page.locator('#search-results a');
        await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(others.length + 1);
        const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(hrefs, v.value).toContain(`/events/${e.id}/`);
        for (const r of others) expect(hrefs, `“${v.value}” finds ${r}, which writes it otherwise`).toContain(`/briefings/${r}/`);
      }
    }
    await page.close();
  });

  test('a ?q= address opens with its results', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 3000 } });
    await page.goto(`${siteUrl}/search/?q=Kayes`);
    await expect.poll(() => page.locator('#search-results a[href*="/briefings/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('Kayes');
    await page.close();
  });
});
