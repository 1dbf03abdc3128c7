// Indexes the built site with Pagefind's Node API once Astro has written it, so that
// `astro build` alone yields a searchable site (dist/pagefind/). Modelled on Starlight's.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

interface PagefindResponse {
  errors: string[];
}

function check<T extends PagefindResponse>(response: T, logger: AstroIntegrationLogger): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error('Pagefind reported errors while indexing the site.');
  }
  return response as Required<T>;
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'sitrep:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          // The site UI is English and every page declares lang="en", so one index covers all
          // briefings whatever their source language.
          const { index } = check(await pagefind.createIndex({ forceLanguage: 'en' }), logger);
          const { page_count } = check(await index.addDirectory({ path: fileURLToPath(dir) }), logger);
          check(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), logger);
          logger.info(`Scanned ${page_count} HTML files; index written in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
