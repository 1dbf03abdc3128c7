// Indexes the built site with Pagefind's Node API once Astro has written it, so that
// `astro build` alone yields a searchable site (dist/pagefind/). Modelled on Starlight's.
//
// Each page goes to the indexer without the elements search skips (search-html.ts): the same
// index from a quarter of the bytes. Pages are added in the order of their paths, so the index
// does not depend on the order the file system lists them in.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchHtml } from './search-html.ts';

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

/** Every HTML file under `dir` (not Pagefind's own output), sorted. */
async function htmlFiles(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!(dir === root && e.name === 'pagefind')) out.push(...(await htmlFiles(path, root)));
    } else if (e.isFile() && e.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** The URL Pagefind gives a file when it reads a folder: its path, `index.html` dropped. */
const urlOf = (root: string, file: string) => `/${relative(root, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

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

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'sitrep:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        try {
          // The site UI is English and every page declares lang="en", so one index covers all
          // briefings whatever their source language.
          const { index } = check(await pagefind.createIndex({ forceLanguage: 'en' }), logger);
          const files = await htmlFiles(root);
          let bytes = 0;
          let sent = 0;
          // A few pages in flight (sent in path order): reading and cutting the next overlaps
          // indexing the last.
          let inFlight: Promise<PagefindResponse>[] = [];
          for (const file of files) {
            const html = await readFile(file, 'utf8');
            const content = searchHtml(html);
            bytes += html.length;
            sent += content.length;
            inFlight.push(index.addHTMLFile({ url: urlOf(root, file), content }));
            if (inFlight.length >= 16) {
              for (const r of await Promise.all(inFlight)) check(r, logger);
              inFlight = [];
            }
          }
          for (const r of await Promise.all(inFlight)) check(r, logger);
          check(await index.writeFiles({ outputPath: join(root, 'pagefind') }), logger);
          const cpu = indexerCpuSeconds();
          logger.info(
            `Scanned ${files.length} HTML files (${(sent / 1e6).toFixed(1)} of ${(bytes / 1e6).toFixed(1)} MB sent to the indexer); index written in ${Math.round(performance.now() - started)} ms` +
              `${cpu === null ? '' : ` (indexer CPU ${cpu.toFixed(1)} s)`}; Astro's process CPU so far ${(process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6).toFixed(1)} s.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
