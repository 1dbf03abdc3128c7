// Benchmark: speed and memory of the prebuild (extraction, consolidation, MDX) on synthetic
// seed folders. Targets live here, not in timed tests.
//   npm run bench                     # 5 real seeds, 1,000 and 10,000 synthetic seeds
//   npm run bench -- --sizes 100,1000 # other sizes
//   npm run bench -- --sizes 0 --site 2000  # also a full site build (Astro + Pagefind) of 2,000 seeds
//   npm run bench -- --sizes 0 --large      # also large single seeds (1 MB, 4 MB, 5 MB at the seed limits,
//                                           # 5,000 one-word lines), each against a time and memory budget;
//                                           # exits nonzero when one is over (a few minutes; see scripts/lib/large-bench.ts)
import { cp, mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build as buildContent } from '../src/build/build.ts';
import { extractFolder } from '../src/build/extract-folder.ts';
import { consolidateDocs } from '../src/consolidate/index.ts';
import { syntheticSeeds } from './lib/synthetic.ts';
import { describeLarge, runLargeCases, type LargeResult } from './lib/large-bench.ts';
import type { Report } from '../src/schemas/report.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('--sizes') ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const siteSize = Number(arg('--site') ?? 0);
const large = process.argv.includes('--large');

interface Row { case: string; ms: number; target: number; note?: string }
const rows: Row[] = [];
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - t0)];
}

/** The prebuild's main path (src/build/build.ts) into a scratch content folder. */
function prebuildInto(seedDir: string, cacheDir: string, outDir: string) {
  return buildContent(seedDir, outDir, { cacheDir });
}

/** `npm run build` of a whole site in a scratch copy of the project (so src/content is left alone). */
function build(project: string, seeds: string): { ms: number; peakMb: number | null } {
  const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'PEAK_KB %M'] : [];
  const t0 = performance.now();
  const run = spawnSync(timer[0] ?? 'npm', [...timer.slice(1), ...(timer.length ? ['npm'] : []), 'run', 'build'], {
    cwd: project,
    env: { ...process.env, SEEDS_DIR: seeds },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Math.round(performance.now() - t0);
  if (run.status !== 0) throw new Error(`site build failed:\n${run.stderr.slice(-2000)}`);
  const peak = /PEAK_KB (\d+)/.exec(run.stderr);
  return { ms, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : null };
}

async function siteBuild(bases: { text: string; report: Report }[], n: number) {
  const project = join(work, 'project');
  const root = resolve('.');
  const skip = new Set(['node_modules', 'dist', '.cache', '.git', '.astro'].map((d) => join(root, d)));
  await cp(root, project, { recursive: true, filter: (src) => !skip.has(src) && !src.startsWith(join(root, 'src/content/')) });
  await symlink(join(root, 'node_modules'), join(project, 'node_modules'));
  const seeds = join(work, `site-seeds-${n}`);
  await mkdir(seeds, { recursive: true });
  const docs = syntheticSeeds(bases, n);
  for (const d of docs) await writeFile(join(seeds, d.name), d.text);
  const cold = build(project, seeds);
  rows.push({ case: `site build ${n} seeds, cold (prebuild + Astro + Pagefind)`, ms: cold.ms, target: n * 150, note: `peak ${cold.peakMb ?? '?'} MB` });
  const first = join(seeds, docs[0].name);
  await writeFile(first, (await readFile(first, 'utf8')) + '\nA new paragraph arrived.\n');
  const inc = build(project, seeds);
  rows.push({ case: `site build ${n} seeds, one seed changed`, ms: inc.ms, target: n * 150, note: `peak ${inc.peakMb ?? '?'} MB` });
  const du = spawnSync('du', ['-sm', join(project, 'dist')], { encoding: 'utf8' }).stdout.split('\t')[0];
  rows.push({ case: `site size for ${n} seeds`, ms: 0, target: 0, note: `${du} MB in dist/` });
}

const work = await mkdtemp(join(tmpdir(), 'sitrep-bench-'));
let largeResults: LargeResult[] = [];
try {
  // The five real seeds, cold: the one-second budget includes loading the gazetteer.
  const [seeds, seedMs] = await timed(() => extractFolder('seeds'));
  rows.push({ case: `extract ${seeds.reports.length} real seeds (cold, incl. gazetteer load)`, ms: seedMs, target: 1000 });
  const bases = seeds.docs;

  if (siteSize > 0) await siteBuild(bases, siteSize);
  for (const n of sizes) {
    const dir = join(work, `seeds-${n}`);
    await mkdir(dir, { recursive: true });
    const docs = syntheticSeeds(bases, n);
    for (const d of docs) await writeFile(join(dir, d.name), d.text);
    const cache = join(work, `cache-${n}`);
    const out = join(work, `out-${n}`);
    const [cold, coldMs] = await timed(() => prebuildInto(dir, cache, out));
    rows.push({ case: `prebuild ${n} seeds, cold`, ms: coldMs, target: n * 60, note: `${(coldMs / n).toFixed(1)} ms/seed, ${cold.events.length} events` });
    const [, warmMs] = await timed(() => prebuildInto(dir, cache, out));
    rows.push({ case: `prebuild ${n} seeds, nothing changed`, ms: warmMs, target: Math.max(2000, n * 3) });
    const first = join(dir, docs[0].name);
    await writeFile(first, (await readFile(first, 'utf8')) + '\nA new paragraph arrived.\n');
    const [, incMs] = await timed(() => prebuildInto(dir, cache, out));
    rows.push({ case: `prebuild ${n} seeds, one seed changed`, ms: incMs, target: Math.max(2000, n * 3) });
    const [, consMs] = await timed(async () => consolidateDocs(cold.docs));
    rows.push({ case: `consolidate ${n} reports`, ms: consMs, target: Math.max(1000, n * 2) });
  }
  if (large) largeResults = runLargeCases();
} finally {
  await rm(work, { recursive: true, force: true });
}

for (const r of largeResults) {
  const c = r.case;
  rows.push({ case: `large seed: ${c.label}, extract + consolidate`, ms: r.extractMs + r.consolidateMs, target: c.budgetMs, note: `peak ${r.peakMb} MB (budget ${c.budgetMb} MB)` });
}
const peak = mb();
console.log('| case | time | target | result | note |');
console.log('| --- | ---: | ---: | --- | --- |');
for (const r of rows) {
  if (!r.target) console.log(`| ${r.case} | | | | ${r.note ?? ''} |`);
  else console.log(`| ${r.case} | ${r.ms} ms | ≤ ${r.target} ms | ${r.ms <= r.target ? 'ok' : 'SLOW'} | ${r.note ?? ''} |`);
}
console.log(`| peak resident memory | ${peak} MB | ≤ 4096 MB | ${peak <= 4096 ? 'ok' : 'HIGH'} | whole run |`);
if (largeResults.length) {
  console.log('');
  for (const r of largeResults) console.log(describeLarge(r));
  if (largeResults.some((r) => !r.ok)) process.exitCode = 1;
}
