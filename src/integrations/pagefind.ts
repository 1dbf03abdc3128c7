// Indexes the built site with Pagefind's Node API once Astro has written it, so that
// `astro build` alone yields a searchable site (dist/pagefind/). Modelled on Starlight's.
//
// `npm run build` (scripts/build.ts) indexes after Astro's process has exited instead
// (SITREP_INDEX_AFTER_ASTRO=1 tells the integration to leave it): Pagefind's indexer holds the
// whole index in memory (3.2 GB at 10,000 seeds), and beside Astro's heap the build's peak went
// over 4 GB.
//
// Pagefind reads the folder itself, parsing pages on every core. (Handing it each page without
// the elements search skips, through addHTMLFile, sent a quarter of the bytes and saved a quarter
// of its CPU time, but took longer: messages go one at a time. Measured at 2,000 seeds.)
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

interface PagefindResponse {
  errors: string[];
}

function check<T extends PagefindResponse>(response: T, logger: IndexLogger): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error('Pagefind reported errors while indexing the site.');
  }
  return response as Required<T>;
}

/** CPU seconds used so far by the Pagefind indexer (a child process), where /proc tells; else null. */
function indexerCpuSeconds(): number | null {
  try {
    let ticks = 0;
    for (const task of readdirSync('/proc/self/task')) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean)) {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pagefind')) continue;
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      }
    }
    return ticks / 100;
  } catch {
    return null;
  }
}

/** Where indexing reports: Astro's integration logger, or the build script's console. */
export interface IndexLogger {
  info(message: string): void;
  error(message: string): void;
}

/** Indexes the HTML pages under `root` into `root/pagefind/`; throws when Pagefind reports errors. */
export async function indexSite(root: string, logger: IndexLogger): Promise<void> {
  const started = performance.now();
  try {
    // The site UI is English and every page declares lang="en", so one index covers all
    // briefings whatever their source language.
    const { index } = check(await pagefind.createIndex({ forceLanguage: 'en' }), logger);
    const { page_count } = check(await index.addDirectory({ path: root }), logger);
    check(await index.writeFiles({ outputPath: join(root, 'pagefind') }), logger);
    const cpu = indexerCpuSeconds();
    logger.info(
      `Scanned ${page_count} HTML files; index written in ${Math.round(performance.now() - started)} ms` +
        `${cpu === null ? '' : ` (indexer CPU ${cpu.toFixed(1)} s)`}; this process so far: CPU ${(process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6).toFixed(1)} s, peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
    );
  } finally {
    await pagefind.close();
  }
}

/** Set by scripts/build.ts, which indexes the site itself once Astro's process has exited. */
export const INDEX_AFTER_ASTRO = 'SITREP_INDEX_AFTER_ASTRO';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'sitrep:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_ASTRO] === '1') return;
        await indexSite(fileURLToPath(dir), logger);
      },
    },
  };
}
