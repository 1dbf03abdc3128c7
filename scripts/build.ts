// `npm run build`: Astro builds the site (prebuild already ran as npm's `prebuild` step) into a
// staging folder beside the output folder, and only a complete build replaces the published one.
// A failed or interrupted build leaves the last good site in place, byte for byte.
//   OUT_DIR: the published folder (default dist/). Extra arguments go to `astro build`.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { buildAndSwap } from '../src/build/publish-site.ts';

const outDir = resolve(process.env.OUT_DIR || 'dist');
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

const { published, code } = await buildAndSwap(
  outDir,
  (staging) =>
    new Promise((done, fail) => {
      const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
        stdio: 'inherit',
        env: { ...process.env, OUT_DIR: staging },
      });
      child.on('error', fail);
      child.on('exit', (exit, signal) => done(exit ?? (signal ? 1 : 0)));
    }),
  { retired: 'background' },
);
if (!published) {
  console.error(`build: astro build failed (exit ${code}); the site in ${outDir}, if any, is unchanged`);
  process.exit(code);
}
console.error(`build: site published to ${outDir}`);
