// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
  build: { format: 'directory' },
  // Briefing bodies are seed text, shown exactly as written: no typographic quotes/dashes
  // (smart punctuation) and no GFM syntax (`~~x~~` would lose its tildes). MDX inherits this.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  integrations: [mdx(), sitemap(), pagefind()],
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX modules trip this (withastro/astro#18087): one harmless warning per
        // briefing would bury real ones with thousands of seeds.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
