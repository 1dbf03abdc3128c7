// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// SITE_URL: the public origin (sitemap, canonical links). OUT_DIR: where the site is written
// (tests build a second site next to the real one).
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  outDir: process.env.OUT_DIR || './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), pagefind()],
});
