// The home page shows only the first cards of each list and links to the full lists, paged.
// The repository's seeds are built again (in a copy of the project) with the page sizes made
// small through SITREP_HOME_CARDS / SITREP_LIST_PAGE_SIZE, so 5 briefings need 3 list pages:
// the same pages and code as at 30 / 100, without a corpus of hundreds of seeds.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/serve.ts';
import { launchBrowser } from './support/browser.ts';
import { axe, readSeeds, watchErrors, type SeedExpectation } from './support/site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const HOME_CARDS = 2;
const PAGE_SIZE = 2;

let tmp: string;
let server: Server;
let siteUrl: string;
let browser: Browser;
let seeds: SeedExpectation[];
let events: Array<{ id: string }>;

function build(cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn('npm', ['run', 'build'], { cwd, env: { ...process.env, ...env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`build failed (exit ${code}):\n${log.slice(-4000)}`))));
  });
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-lists-'));
  const project = join(tmp, 'project');
  await mkdir(project);
  // A copy, so that the working tree's src/content and Astro cache are left alone.
  for (const name of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'scripts', 'public']) {
    await cp(join(ROOT, name), join(project, name), {
      recursive: true,
      filter: (src) => !/[\\/]src[\\/]content[\\/](briefings|events|generated)([\\/]|$)/.test(src),
    });
  }
  await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  const seedsDir = inject('seedsDir');
  const out = join(tmp, 'site');
  await build(project, {
    SEEDS_DIR: seedsDir,
    OUT_DIR: out,
    ASTRO_CACHE_DIR: join(tmp, 'cache'),
    SITREP_HOME_CARDS: String(HOME_CARDS),
    SITREP_LIST_PAGE_SIZE: String(PAGE_SIZE),
  });
  ({ server, url: siteUrl } = await startStaticServer(out));
  seeds = await readSeeds(seedsDir);
  events = JSON.parse(await readFile(join(out, 'data/events.json'), 'utf8')).events;
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  if (server) await new Promise((done) => server.close(done));
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Follows "Next" from `start` to the last page; returns each page's card links and pager state. */
async function walkList(page: Page, start: string) {
  const pages: Array<{ url: string; cards: string[]; current: string | null; where: string }> = [];
  let url: string | null = start;
  while (url) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    const cards = await page.locator('main .card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const nav = page.locator('nav.pager').first();
    if ((await nav.count()) === 0) {
      // A list that fits on one page has no pager.
      pages.push({ url, cards, current: null, where: '' });
      break;
    }
    const current = await nav.locator('a[aria-current="page"]').textContent();
    const where = (await nav.locator('.pager-where').textContent()) ?? '';
    pages.push({ url, cards, current: current?.trim() ?? null, where: where.trim() });
    const next = nav.locator('a[rel="next"]');
    url = (await next.count()) ? new URL((await next.getAttribute('href'))!, siteUrl).href : null;
    if (pages.length > 100) throw new Error('the Next links loop');
  }
  return pages;
}

describe('home page with more briefings and events than it shows', () => {
  test('shows the first cards of each list and links to the full lists with their counts', async () => {
    expect(seeds.length).toBeGreaterThan(HOME_CARDS);
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    const briefings = page.locator('section[aria-labelledby="briefings-heading"]');
    expect(await briefings.locator('.card').count()).toBe(HOME_CARDS);
    const allBriefings = briefings.locator('.all-link a');
    expect((await allBriefings.textContent())?.trim()).toBe(`All ${seeds.length} briefings →`);
    expect(await allBriefings.getAttribute('href')).toBe('/briefings/page/1/');

    const eventSection = page.locator('section[aria-labelledby="events-heading"]');
    expect(await eventSection.locator('.card').count()).toBe(Math.min(HOME_CARDS, events.length));
    const allEvents = eventSection.locator('.all-link a');
    if (events.length > HOME_CARDS) {
      expect((await allEvents.textContent())?.trim()).toBe(`All ${events.length} events →`);
      expect(await allEvents.getAttribute('href')).toBe('/events/page/1/');
    } else {
      expect(await allEvents.count()).toBe(0);
    }
    await page.close();
  });

  test('the briefing list pages hold every briefing exactly once, in the home page order, with a working pager', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    const homeCards = await page.locator('section[aria-labelledby="briefings-heading"] .card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const pages = await walkList(page, `${siteUrl}/briefings/page/1/`);
    const last = Math.ceil(seeds.length / PAGE_SIZE);
    expect(pages.length).toBe(last);
    pages.forEach((p, i) => {
      expect(p.current).toBe(String(i + 1));
      expect(p.where).toBe(`Page ${i + 1} of ${last}`);
      expect(p.cards.length).toBe(i + 1 < last ? PAGE_SIZE : seeds.length - PAGE_SIZE * (last - 1));
    });
    const listed = pages.flatMap((p) => p.cards);
    expect(listed.length).toBe(seeds.length);
    expect([...listed].sort()).toEqual(seeds.map((s) => `/briefings/${s.id}/`).sort());
    // The list continues the home page: its first cards are the home page's.
    expect(listed.slice(0, HOME_CARDS)).toEqual(homeCards);

    // Pager: one labelled nav per end of the list, Previous only after page 1.
    await page.goto(`${siteUrl}/briefings/page/2/`);
    expect(await page.locator('nav[aria-label="Briefings pages"]').count()).toBe(1);
    expect(await page.locator('nav.pager a[rel="prev"]').first().getAttribute('href')).toBe('/briefings/page/1/');
    await page.goto(`${siteUrl}/briefings/page/1/`);
    expect(await page.locator('nav.pager a[rel="prev"]').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toMatch(new RegExp(`All briefings\\s*\\(${seeds.length}\\)`));
    await page.close();
  });

  test('the event list pages hold every event exactly once', async () => {
    const page = await browser.newPage();
    const pages = await walkList(page, `${siteUrl}/events/page/1/`);
    expect(pages.length).toBe(Math.max(1, Math.ceil(events.length / PAGE_SIZE)));
    const listed = pages.flatMap((p) => p.cards);
    expect([...listed].sort()).toEqual(events.map((e) => `/events/${e.id}/`).sort());
    await page.close();
  });

  test('/events/ and /briefings/ lead to the first page of their list', async () => {
    const page = await browser.newPage();
    for (const section of ['events', 'briefings']) {
      await page.goto(`${siteUrl}/${section}/`);
      await page.waitForURL(`${siteUrl}/${section}/page/1/`);
      expect(await page.locator('nav.pager, main').first().isVisible()).toBe(true);
    }
    await page.close();
  });

  test('a list page with its pager and the home page with its links pass axe-core and log no errors', async () => {
    for (const path of ['/', '/briefings/page/2/', '/events/page/1/']) {
      const page = await browser.newPage();
      const watch = watchErrors(page);
      await page.goto(`${siteUrl}${path}`);
      expect(await axe(page), path).toEqual([]);
      watch.stop();
      expect(watch.errors, path).toEqual([]);
      await page.close();
    }
  });
});
