// Prebuild: seeds → extraction → consolidation → src/content (MDX per briefing, events JSON).
// Incremental: unchanged seeds reuse cached reports, and files are rewritten only when their bytes change.
import { extractFolder } from '../src/build/extract-folder.ts';
import { writeContent } from '../src/build/content.ts';
import { seedsDir } from '../src/build/seed-folder.ts';
import { consolidate } from '../src/consolidate/index.ts';

const dir = seedsDir();
let result;
try {
  result = await extractFolder(dir, { cacheDir: '.cache/reports' });
} catch (error) {
  console.error(`prebuild: cannot read seed folder ${dir}: ${(error as Error).message}`);
  process.exit(1);
}
const { reports, problems, notices, texts, stats } = result;
for (const p of problems) console.error(`prebuild: skipped ${p.file}: ${p.reason}`);
for (const n of notices) console.error(`prebuild: not a seed, not read: ${n.file}: ${n.reason}`);
for (const r of reports) for (const w of r.warnings) console.error(`prebuild: ${r.file}: ${w}`);
const events = consolidate(reports, { texts });
const { written, removed } = await writeContent('src/content', reports, texts, events, result.pipelineKey);
console.error(
  `prebuild: ${stats.seeds} seed(s) in ${dir}: ${stats.extracted} extracted, ${stats.cached} unchanged, ${stats.skipped} skipped, ${notices.length} other entr${notices.length === 1 ? 'y' : 'ies'} not read; ` +
    `${written} file(s) written, ${removed} removed; ${events.length} event(s); ${stats.ms} ms extraction`,
);
if (!reports.length) console.error(`prebuild: warning: no usable seed texts (*.txt, *.md) in ${dir}`);
