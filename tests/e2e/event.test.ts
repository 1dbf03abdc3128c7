// The event page (the consolidated situation report) and the data exports, on the seed build.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { axe, readSeeds } from './support/site.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
interface ExportedEvent {
  id: string;
  title: string;
  reportIds: string[];
  origins: string[][];
  fatalities: number | null;
  reports: Array<{ id: string; file: string; outlet: string | null }>;
  bottomLine: Array<{ key: string; text: string }>;
  facts: Array<{ id: string; kind: string; text: string; figureId?: string; background: boolean }>;
  ledger: Array<{ factId: string }>;
  discrepancies: Array<{ kind: string; subject: string; variants: Array<{ value: string }> }>;
}
let events: ExportedEvent[];

beforeAll(async () => {
  browser = await launchBrowser();
  events = (await (await fetch(`${siteUrl}/data/events.json`)).json()).events;
});
afterAll(async () => {
  await browser?.close();
});

describe('event page', () => {
  it('exists for every exported event and is linked from the home page', async () => {
    expect(events.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    const links = await page.locator('main a[href*="/events/"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const e of events) expect(links).toContain(`/events/${e.id}/`);
    await page.close();
  });

  it('groups the five seed reports into one event with fewer independent origins than reports', async () => {
    const seeds = await readSeeds(inject('seedsDir'));
    const big = events.find((e) => e.reportIds.length === seeds.length);
    expect(big, JSON.stringify(events.map((e) => e.reportIds))).toBeTruthy();
    expect(big!.origins.length).toBeLessThan(big!.reportIds.length);
    // The home page's card counts them in the event page's words.
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    const home = await page.locator('main').innerText();
    await page.close();
    expect(home).toContain(`${big!.origins.length} independent origins`);
    expect(home).not.toContain('independent source');
  });

  it('links every item to a sentence anchor that exists in its briefing, with no script on the page', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    const response = await page.goto(`${siteUrl}/events/${events[0].id}/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('script').count()).toBe(0);
    const hrefs = await page.locator('main a[href*="#s"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(20);
    const anchors = new Map<string, Set<string>>();
    for (const href of hrefs) {
      const url = new URL(href);
      const path = url.pathname;
      if (!anchors.has(path)) {
        const html = await (await fetch(`${siteUrl}${path}`)).text();
        anchors.set(path, new Set([...html.matchAll(/ id="(s\d+)"/g)].map((m) => m[1])));
      }
      expect(anchors.get(path)!.has(url.hash.slice(1)), href).toBe(true);
    }
    await page.close();
  });

  it('opens with a bottom line: what, where, when, who, toll and sources, each with its source sentences', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/events/${events[0].id}/`);
    const terms = await page.locator('.bottom-line dt').allTextContents();
    expect(terms.map((t) => t.trim().toLowerCase())).toEqual(['what', 'where', 'when', 'who', 'toll', 'sources']);
    // Before every other section of the report.
    const firstSection = await page.locator('article.event section h2').first().textContent();
    expect(firstSection?.trim()).toBe('Bottom line');
    const when = page.locator('.bottom-line .bl-when dd');
    expect(((await when.textContent()) ?? '').trim().length).toBeGreaterThan(10);
    // As computed, `code` spans shown as code.
    expect(await when.textContent()).toContain(events[0].bottomLine.find((b) => b.key === 'when')!.text.replaceAll('`', ''));
    for (const key of ['what', 'where', 'when', 'who', 'toll']) {
      expect(await page.locator(`.bottom-line .bl-${key} a[href*="/briefings/"]`).count(), key).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('numbers its sources in file order and names each (outlet or file) where its label is first used', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/events/${events[0].id}/`);
    const byFile = [...events[0].reports].sort((a, b) => (a.file < b.file ? -1 : 1));
    const links = await page.locator('main .src-link').evaluateAll((els) =>
      els.map((el) => ({ label: el.querySelector('a')!.textContent!.trim().split(' ')[0], href: el.querySelector('a')!.getAttribute('href')!, name: el.querySelector('.src-name')?.textContent ?? null })),
    );
    for (const [i, report] of byFile.entries()) {
      const label = `R${i + 1}`;
      const uses = links.filter((l) => l.label === label);
      expect(uses.length, label).toBeGreaterThan(0);
      for (const use of uses) expect(use.href).toContain(`/briefings/${report.id}/`);
      // Named at its first use only.
      expect(uses[0].name, label).toContain(report.outlet ?? report.file);
      expect(uses.slice(1).every((u) => u.name === null), label).toBe(true);
    }
    await page.close();
  });

  it('lists a key figure once per section: a claim stating it is a wording of its line, and of its key-figures row', async () => {
    const page = await browser.newPage();
    const e = events[0];
    await page.goto(`${siteUrl}/events/${e.id}/`);
    const keyIds = new Set(e.ledger.map((l) => l.factId));
    const claims = e.facts.filter((f) => f.kind === 'claim' && !f.background && f.figureId && keyIds.has(f.figureId));
    expect(claims.length).toBeGreaterThan(0);
    // Each list item's own words, nested wordings left out.
    const ownLines = (selector: string) =>
      page.locator(selector).evaluateAll((lists) =>
        lists.map((ul) =>
          [...ul.children].map((li) => {
            const copy = li.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('.wordings').forEach((w) => w.remove());
            return copy.textContent!.replace(/\s+/g, ' ');
          }),
        ),
      );
    const figureText = (id: string) => e.facts.find((f) => f.id === id)!.text;
    for (const selector of ['section[aria-labelledby="agreed-heading"] .fact-list', 'section.side .fact-list']) {
      for (const lines of await ownLines(selector)) {
        for (const c of claims) {
          const figureLine = lines.some((l) => l.includes(figureText(c.figureId!)));
          if (figureLine) expect(lines.filter((l) => l.includes(c.text)), `${selector}: ${c.text}`).toEqual([]);
        }
      }
    }
    for (const c of claims) {
      expect(await page.locator(`#fact-${c.figureId} .claim-wording`).allTextContents(), c.text).toEqual(expect.arrayContaining([expect.stringContaining(c.text)]));
    }
    // The coverage columns: never a claim beside the key figure it states.
    const columns = (await page.locator('table.matrix').first().locator('thead th').allTextContents()).map((t) => t.trim());
    for (const c of claims) expect(columns.some((t) => t.includes(c.text.slice(0, 40)))).toBe(false);
    await page.close();
  });

  it('spells each person one way outside the table of spellings', async () => {
    const page = await browser.newPage();
    const e = events[0];
    await page.goto(`${siteUrl}/events/${e.id}/`);
    const people = e.discrepancies.filter((d) => d.kind === 'person-spelling');
    expect(people.length).toBeGreaterThan(0);
    // Quotations are verbatim and the table lists every spelling: the rest of the page shows one.
    const text = await page.locator('article.event').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('table.discrepancies, blockquote').forEach((x) => x.remove());
      return copy.textContent!.replace(/\s+/g, ' ');
    });
    for (const d of people) {
      expect(text).toContain(d.subject);
      for (const v of d.variants.slice(1)) expect(text).not.toContain(v.value);
    }
    await page.close();
  });

  it('has no accessibility violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/events/${events[0].id}/`);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});

describe('data exports', () => {
  it('offers the events as CSV with ACLED-style columns, one row per event location', async () => {
    const csv = await (await fetch(`${siteUrl}/data/events.csv`)).text();
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header.split(',')).toEqual([
      'event_id', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1',
      'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities',
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(events.length);
  });

  it('counts each event’s fatalities once, so the column sums to the events’ toll', async () => {
    const csv = await (await fetch(`${siteUrl}/data/events.csv`)).text();
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    // The last column needs no quoting: a plain number.
    expect(header.split(',').at(-1)).toBe('fatalities');
    const sum = rows.reduce((n, r) => n + Number(r.split(',').at(-1)), 0);
    expect(sum).toBe(events.reduce((n, e) => n + (e.fatalities ?? 0), 0));
    // The seed event has a toll and several locations: the check is not vacuous.
    expect(events.some((e) => (e.fatalities ?? 0) > 0 && rows.filter((r) => r.startsWith(`${e.id},`)).length > 1)).toBe(true);
  });

  it('offers the located places as GeoJSON', async () => {
    const geo = await (await fetch(`${siteUrl}/data/places.geojson`)).json();
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(0);
    for (const f of geo.features) {
      if (!f.geometry) continue;
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    }
  });
});
