// What a reader downloads from a built site: page weights (HTML bytes, raw and gzipped) and the
// bytes a first search fetches, recorded in headless Chromium against the served site.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../serve.ts';

export interface Weights {
  pages: number;
  medianBytes: number;
  maxBytes: number;
  medianGzip: number;
  maxGzip: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** HTML weight of every `<section>/<id>/index.html` page of a built site. */
export async function pageWeights(dist: string, section: string): Promise<Weights> {
  const dir = join(dist, section);
  const raw: number[] = [];
  const gz: number[] = [];
  for (const id of await readdir(dir).catch(() => [] as string[])) {
    const html = await readFile(join(dir, id, 'index.html')).catch(() => null);
    if (!html) continue;
    raw.push(html.length);
    gz.push(gzipSync(html).length);
  }
  return { pages: raw.length, medianBytes: median(raw), maxBytes: Math.max(0, ...raw), medianGzip: median(gz), maxGzip: Math.max(0, ...gz) };
}

export interface SearchBytes {
  query: string;
  /** Bytes of every request under /pagefind/ (UI script and styles, entry, wasm, index chunks, fragments). */
  pagefindBytes: number;
  /** The same, gzipped where a server would (scripts, styles, JSON); Pagefind's chunks are compressed already. */
  pagefindGzip: number;
  requests: number;
  results: number;
}

const COMPRESSED = /\.(pf_index|pf_fragment|pf_meta|pf_filter|pagefind)$/;

/**
 * Serves `dist`, opens `/search/?q=<query>` in a fresh Chromium for each query and adds up what
 * the search fetched until its results are shown (each query in a fresh profile: a first search).
 */
export async function firstSearchBytes(dist: string, queries: string[]): Promise<SearchBytes[]> {
  const { server, url } = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const out: SearchBytes[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: Promise<{ path: string; bytes: number; gzip: number }>[] = [];
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (!path.includes('/pagefind/')) return;
        bodies.push(
          response.body().then(
            (b) => ({ path, bytes: b.length, gzip: COMPRESSED.test(path) ? b.length : gzipSync(b).length }),
            () => ({ path, bytes: 0, gzip: 0 }),
          ),
        );
      });
      await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
      const results = page.locator('#search-results li');
      const started = Date.now();
      while ((await results.count()) === 0 && Date.now() - started < 20_000) await page.waitForTimeout(100);
      // Let the fragments of the first page of results arrive.
      await page.waitForLoadState('networkidle');
      const got = await Promise.all(bodies);
      out.push({
        query,
        pagefindBytes: got.reduce((s, b) => s + b.bytes, 0),
        pagefindGzip: got.reduce((s, b) => s + b.gzip, 0),
        requests: got.length,
        results: await results.count(),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  return out;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
