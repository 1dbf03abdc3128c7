// Prebuild (`npm run content`; `npm run build` runs it first): the main path (src/build/build.ts)
// from the seed folder into src/content: seeds → extraction → consolidation → MDX per briefing,
// JSON per event.
// Incremental: unchanged seeds reuse cached reports, and files are rewritten only when their bytes change.
import { build } from '../src/build/build.ts';
import { seedsDir } from '../src/build/seed-folder.ts';

const dir = seedsDir();
let result;
try {
  result = await build(dir, 'src/content', { cacheDir: '.cache/reports', eventCacheDir: '.cache/events' });
} catch (error) {
  console.error(`prebuild: cannot read seed folder ${dir}: ${(error as Error).message}`);
  process.exit(1);
}
const { reports, problems, notices, events, stats, timing } = result;
const { written, removed } = result.content!;
for (const p of problems) console.error(`prebuild: skipped ${p.file}: ${p.reason}`);
for (const n of notices) console.error(`prebuild: not a seed, not read: ${n.file}: ${n.reason}`);
for (const r of reports) for (const w of r.warnings) console.error(`prebuild: ${r.file}: ${w}`);
console.error(
  `prebuild: ${stats.seeds} seed(s) in ${dir}: ${stats.extracted} extracted, ${stats.cached} unchanged, ${stats.skipped} skipped, ${notices.length} other entr${notices.length === 1 ? 'y' : 'ies'} not read; ` +
    `${written} file(s) written, ${removed} removed; ${events.length} event(s) (${timing.eventsBuilt} consolidated, ${timing.eventsReused} unchanged); ` +
    `${stats.ms} ms extraction, ${timing.consolidateMs} ms consolidation, ${timing.writeMs} ms writing; peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);
if (!reports.length) console.error(`prebuild: warning: no usable seed texts (*.txt, *.md) in ${dir}`);
