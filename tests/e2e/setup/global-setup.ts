// Builds two sites once for the whole e2e project and serves them on free ports:
//  - `site`: the repository's seeds, built in place with `npm run build` (prebuild + astro build)
//    into a temporary OUT_DIR (dist/ is left alone);
//  - `trap`: hostile seeds (tests/e2e/setup/trap-seeds.ts), built in a temporary copy of the
//    project so that the working tree's src/content is not replaced by them.
import type { TestProject } from 'vitest/node';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { startStaticServer } from '../../../scripts/serve.ts';
import { trapSeeds } from './trap-seeds.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the site built from the repository's seeds. */
    siteUrl: string;
    /** Folder of the repository's seeds. */
    seedsDir: string;
    /** Base URL of the site built from the hostile seeds. */
    trapUrl: string;
    /** Folder of the hostile seeds. */
    trapSeedsDir: string;
    /** A file that exists only if seed text was executed during the build. */
    trapMarker: string;
    /** Output of the hostile build (stdout + stderr), for diagnostics. */
    trapBuildLog: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../../..');
/** What a build needs from the project (src/content's generated files are left out). */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'scripts', 'public'];

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok(log) : fail(new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${log.slice(-4000)}`))));
  });
}

async function copyProject(to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const name of PROJECT_FILES) {
    await cp(join(ROOT, name), join(to, name), {
      recursive: true,
      filter: (src) => !/[\\/]src[\\/]content[\\/](briefings|events|generated)([\\/]|$)/.test(src),
    });
  }
  await symlink(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const tmp = await mkdtemp(join(tmpdir(), 'sitrep-e2e-'));
  const seedsDir = join(ROOT, 'seeds');
  const siteDir = join(tmp, 'site');
  const trapProject = join(tmp, 'trap-project');
  const trapSeedsDir = join(tmp, 'trap-seeds');
  const trapDir = join(tmp, 'trap-site');
  const trapMarker = join(tmp, 'seed-code-ran');

  let trapBuildLog: string;
  try {
    await mkdir(trapSeedsDir);
    for (const [name, text] of Object.entries(trapSeeds(trapMarker))) await writeFile(join(trapSeedsDir, name), text);
    await copyProject(trapProject);
    // The two builds touch different trees, so they run side by side.
    [, trapBuildLog] = await Promise.all([
      run('npm', ['run', 'build'], ROOT, { SEEDS_DIR: seedsDir, OUT_DIR: siteDir }),
      // Its node_modules is a link to the repository's: Astro's cache must not be shared.
      run('npm', ['run', 'build'], trapProject, { SEEDS_DIR: trapSeedsDir, OUT_DIR: trapDir, ASTRO_CACHE_DIR: join(tmp, 'trap-cache') }),
    ]);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }

  const servers: Server[] = [];
  const site = await startStaticServer(siteDir);
  servers.push(site.server);
  const trap = await startStaticServer(trapDir);
  servers.push(trap.server);

  project.provide('siteUrl', site.url);
  project.provide('seedsDir', seedsDir);
  project.provide('trapUrl', trap.url);
  project.provide('trapSeedsDir', trapSeedsDir);
  project.provide('trapMarker', trapMarker);
  project.provide('trapBuildLog', trapBuildLog);
  console.log(`e2e: built and serving both sites in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  return async () => {
    for (const s of servers) s.closeAllConnections();
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
    await rm(tmp, { recursive: true, force: true });
  };
}
