// The benchmark's baseline: a minimal Astro 7 site of the same texts, one `.md` page each, indexed
// with the Pagefind CLI. What this project's build is compared against, measured in the same run
// on the same machine (which is shared and noisy, so absolute times mean little).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface Timing {
  ms: number;
  /** Peak resident memory of the command, when /usr/bin/time is there to tell. */
  peakMb: number | null;
  /** User + system CPU seconds of the command (and the children it waited for), likewise. */
  cpuS?: number | null;
}

/** Runs a command, timing it and (with GNU time) measuring its peak memory. */
export function timedRun(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Timing & { stderr: string } {
  const gnuTime = existsSync('/usr/bin/time');
  const [bin, argv] = gnuTime ? ['/usr/bin/time', ['-f', 'PEAK_KB %M CPU_S %U %S', command, ...args]] : [command, args];
  const t0 = performance.now();
  const run = spawnSync(bin, argv, { cwd, env: { ...env, FORCE_COLOR: '0' }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Math.round(performance.now() - t0);
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${run.status}):\n${(run.stderr ?? '').slice(-3000)}`);
  const peaks = [...(run.stderr ?? '').matchAll(/PEAK_KB (\d+)/g)].map((m) => Number(m[1]));
  const cpu = /CPU_S ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  return { ms, peakMb: peaks.length ? Math.round(Math.max(...peaks) / 1024) : null, cpuS: cpu ? Math.round(Number(cpu[1]) + Number(cpu[2])) : null, stderr: run.stderr ?? '' };
}

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', build: { format: 'directory' } });
`;

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8"><title>{frontmatter.title}</title></head>
<body><main data-pagefind-body><h1>{frontmatter.title}</h1><slot /></main></body></html>
`;

/**
 * Builds the baseline site of the seed texts in `seedsDir` inside `workDir` and returns the
 * time of `astro build`, of the Pagefind CLI, and of both together.
 */
export async function plainAstroBuild(seedsDir: string, workDir: string): Promise<{ astro: Timing; pagefind: Timing; total: Timing; pages: number }> {
  const root = resolve(import.meta.dirname, '../..');
  await rm(workDir, { recursive: true, force: true });
  await mkdir(join(workDir, 'src/pages/r'), { recursive: true });
  await mkdir(join(workDir, 'src/layouts'), { recursive: true });
  await writeFile(join(workDir, 'package.json'), JSON.stringify({ name: 'plain-astro-baseline', private: true, type: 'module' }));
  await writeFile(join(workDir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(workDir, 'src/layouts/Page.astro'), LAYOUT);
  await symlink(join(root, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  let pages = 0;
  for (const name of (await readdir(seedsDir)).sort()) {
    if (!/\.(txt|text|md)$/i.test(name)) continue;
    const text = await readFile(join(seedsDir, name), 'utf8');
    const title = (text.split('\n').find((l) => l.trim()) ?? name).trim();
    const slug = name.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 64);
    // The text as Markdown: paragraphs stay paragraphs, which is all a plain site would do.
    await writeFile(join(workDir, 'src/pages/r', `${slug}.md`), `---\nlayout: ../../layouts/Page.astro\ntitle: ${JSON.stringify(title)}\n---\n\n${text}\n`);
    pages++;
  }
  const node = process.execPath;
  const astro = timedRun(node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], workDir);
  const pagefind = timedRun(join(root, 'node_modules/.bin/pagefind'), ['--site', 'dist'], workDir);
  const total = { ms: astro.ms + pagefind.ms, peakMb: Math.max(astro.peakMb ?? 0, pagefind.peakMb ?? 0) || null, cpuS: astro.cpuS != null && pagefind.cpuS != null ? astro.cpuS + pagefind.cpuS : null };
  return { astro, pagefind, total, pages };
}
