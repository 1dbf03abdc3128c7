// `npm run build`: Astro builds the site (prebuild already ran as npm's `prebuild` step) into a
// staging folder beside the output folder, Pagefind indexes it once Astro has exited, and only a
// complete build replaces the published one.
// A failed or interrupted build leaves the last good site in place, byte for byte.
//   OUT_DIR: the published folder (default dist/). Extra arguments go to `astro build`.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { buildAndSwap } from '../src/build/publish-site.ts';
import { INDEX_AFTER_ASTRO, indexSite } from '../src/integrations/pagefind.ts';

const outDir = resolve(process.env.OUT_DIR || 'dist');
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

const { published, code } = await buildAndSwap(
  outDir,
  (staging) =>
    new Promise<number>((done, fail) => {
      const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
        stdio: 'inherit',
        env: { ...process.env, OUT_DIR: staging, [INDEX_AFTER_ASTRO]: '1' },
      });
      child.on('error', fail);
      child.on('exit', (exit, signal) => done(exit ?? (signal ? 1 : 0)));
    }).then(async (code) => {
      if (code !== 0) return code;
      // Search is indexed once Astro's process has exited, so their memory does not add up.
      const logger = { info: (m: string) => console.error(`[sitrep:pagefind] ${m}`), error: (m: string) => console.error(`[sitrep:pagefind] ${m}`) };
      try {
        await indexSite(staging, logger);
        return 0;
      } catch (error) {
        console.error(`build: search indexing failed: ${(error as Error).message}`);
        return 1;
      }
    }),
  { retired: 'background' },
);
if (!published) {
  console.error(`build: astro build failed (exit ${code}); the site in ${outDir}, if any, is unchanged`);
  process.exit(code);
}
console.error(`build: site published to ${outDir}`);
