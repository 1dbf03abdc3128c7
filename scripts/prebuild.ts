// Prebuild: seeds → extraction → consolidation → src/content (MDX per briefing, events JSON).
// Incremental: unchanged seeds reuse cached reports, and files are rewritten only when their bytes change.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractFolder } from '../src/pipeline/batch.ts';
import { briefingMdx } from '../src/pipeline/mdx.ts';
import { seedsDir } from '../src/pipeline/seed-folder.ts';
import { consolidate } from '../src/consolidate/index.ts';

const BRIEFINGS = 'src/content/briefings';
const GENERATED = 'src/content/generated';

async function writeIfChanged(path: string, content: string): Promise<boolean> {
  try {
    if ((await readFile(path, 'utf8')) === content) return false;
  } catch {
    // absent: write it
  }
  await writeFile(path, content);
  return true;
}

const dir = seedsDir();
let result;
try {
  result = await extractFolder(dir, { cacheDir: '.cache/reports' });
} catch (error) {
  console.error(`prebuild: cannot read seed folder ${dir}: ${(error as Error).message}`);
  process.exit(1);
}
const { reports, problems, texts, stats } = result;
for (const p of problems) console.error(`prebuild: skipped ${p.file}: ${p.reason}`);
for (const r of reports) for (const w of r.warnings) console.error(`prebuild: ${r.file}: ${w}`);

await mkdir(BRIEFINGS, { recursive: true });
await mkdir(GENERATED, { recursive: true });
let written = 0;
const keep = new Set<string>();
for (const report of reports) {
  const name = `${report.id}.mdx`;
  keep.add(name);
  if (await writeIfChanged(join(BRIEFINGS, name), briefingMdx(report, texts.get(report.file)!))) written++;
}
let removed = 0;
for (const name of await readdir(BRIEFINGS)) {
  if (!keep.has(name)) {
    await rm(join(BRIEFINGS, name), { force: true });
    removed++;
  }
}
const events = consolidate(reports);
await writeIfChanged(join(GENERATED, 'events.json'), JSON.stringify(events, null, 2) + '\n');

console.error(
  `prebuild: ${stats.seeds} seed(s) in ${dir}: ${stats.extracted} extracted, ${stats.cached} unchanged, ${stats.skipped} skipped; ` +
    `${written} briefing(s) written, ${removed} removed; ${events.length} event(s); ${stats.ms} ms extraction`,
);
if (!reports.length) console.error(`prebuild: warning: no usable seed texts (*.txt, *.md) in ${dir}`);
