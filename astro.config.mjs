// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';

// SITE_URL: the public origin (sitemap, canonical links). OUT_DIR: where the site is written;
// ASTRO_CACHE_DIR: Astro's cache (content data store). Tests build a second site elsewhere with both.
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets are linked, never inlined: a page's few KB of CSS would otherwise be repeated in every page
  // under Astro's 4 KB inlining limit (the event pages' once their styles are unscoped).
  // Four pages rendered at a time: while one page's files are written (creating a file on this
  // machine's disk costs about as much kernel time as rendering the page), the next is rendered.
  // Measured at 2,000 seeds: rendering 7.6–8.9 s instead of 9.3–12.7 s, the same bytes written.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // No Markdown is rendered by Astro (briefing bodies are rendered by their loader,
  // src/integrations/briefings-loader.ts); should any be, seed text stays as written: no
  // typographic quotes/dashes (smart punctuation) and no GFM syntax (`~~x~~` would lose its tildes).
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  integrations: [sitemap(), pagefind()],
  // The sections' own addresses lead to their first list page (a static page that redirects).
  redirects: { '/events/': '/events/page/1/', '/briefings/': '/briefings/page/1/' },
  experimental: {
    // Pages whose `cacheKey` (from getStaticPaths: the digests of the entries they show) and
    // code are unchanged are restored from Astro's cache (cacheDir) instead of rendered again.
    incrementalBuild: true,
  },
});
