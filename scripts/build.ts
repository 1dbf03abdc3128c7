// `npm run build`: the prebuild (seeds → src/content, scripts/prebuild.ts), Astro's build into a
// staging folder beside the output folder, then Pagefind's index once Astro has exited; only a
// complete build replaces the published one. A failed or interrupted build leaves the last good
// site in place, byte for byte.
// Astro is started beside the prebuild: it loads while the prebuild runs, then waits for the
// content before it reads any (src/integrations/content-gate.ts); a prebuild that fails stops it.
// Each is a process of its own, so the prebuild's memory is given back before Astro renders.
//   OUT_DIR: the published folder (default dist/). Extra arguments go to `astro build`.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { buildAndSwap } from '../src/build/publish-site.ts';
import { CONTENT_GATE, CONTENT_READY, CONTENT_WAITING } from '../src/integrations/content-gate.ts';
import { INDEX_AFTER_ASTRO, indexSite } from '../src/integrations/pagefind.ts';

/** A child process's exit code once it has exited (1 when a signal stopped it). */
function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (exit, signal) => done(exit ?? (signal ? 1 : 0)));
  });
}

/** Runs a Node script as a child process with this one's output; its exit code. */
const runScript = (script: string) => exitCode(spawn(process.execPath, [script], { stdio: 'inherit' }));

const outDir = resolve(process.env.OUT_DIR || 'dist');
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

/**
 * Astro's build into `staging`, started at once; its content loaders are let through when they
 * ask and the prebuild has written the content. Its exit code (a failed prebuild's, which stops it).
 */
async function astroBuild(staging: string): Promise<number> {
  const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, OUT_DIR: staging, [INDEX_AFTER_ASTRO]: '1', [CONTENT_GATE]: '1' },
  });
  const exited = exitCode(child);
  let asked = false;
  let prebuilt = false;
  let released = false;
  const release = () => {
    if (!asked || !prebuilt || released || !child.connected) return;
    released = true;
    // The channel is closed once the answer is sent, so that it does not keep Astro's process alive.
    child.send(CONTENT_READY, () => child.connected && child.disconnect());
  };
  child.on('message', (message) => {
    if (message !== CONTENT_WAITING) return;
    asked = true;
    release();
  });
  let prebuild: number;
  try {
    prebuild = await runScript(resolve(import.meta.dirname, 'prebuild.ts'));
  } catch (error) {
    child.kill();
    await exited;
    throw error;
  }
  if (prebuild !== 0) {
    child.kill();
    await exited;
    return prebuild;
  }
  prebuilt = true;
  release();
  const code = await exited;
  // Astro's content is read only through the gate: a build that never came to it read none.
  if (code === 0 && !released) {
    console.error('build: Astro finished without reading the content (its loaders never asked for it)');
    return 1;
  }
  return code;
}

const { published, code } = await buildAndSwap(
  outDir,
  (staging) =>
    astroBuild(staging).then(async (code) => {
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
  console.error(`build: the build failed (exit ${code}); the site in ${outDir}, if any, is unchanged`);
  process.exit(code);
}
console.error(`build: site published to ${outDir}`);
