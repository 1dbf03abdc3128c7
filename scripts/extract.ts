// Prints one JSON document describing every seed in a folder: `npm run -s extract -- <dir>`.
// stdout carries only the JSON; diagnostics go to stderr.
import { extractFolder } from '../src/build/extract-folder.ts';
import { seedsDir } from '../src/build/seed-folder.ts';
import { consolidate } from '../src/consolidate/index.ts';

const dir = seedsDir(process.argv[2]);
let result;
try {
  result = await extractFolder(dir);
} catch (error) {
  console.error(`extract: cannot read seed folder ${dir}: ${(error as Error).message}`);
  process.exit(2);
}
for (const p of result.problems) console.error(`extract: skipped ${p.file}: ${p.reason}`);
for (const r of result.reports) for (const w of r.warnings) console.error(`extract: ${r.file}: ${w}`);
const events = consolidate(result.reports, { texts: result.texts });
process.stdout.write(JSON.stringify({ reports: result.reports, events }, null, 2) + '\n');
