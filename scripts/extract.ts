// Prints one JSON document describing every seed in a folder: `npm run -s extract -- <dir>`.
// stdout carries only the JSON; diagnostics go to stderr. The main path without writing content.
import { build } from '../src/build/build.ts';
import { seedsDir } from '../src/build/seed-folder.ts';

const dir = seedsDir(process.argv[2]);
let result;
try {
  result = await build(dir);
} catch (error) {
  console.error(`extract: cannot read seed folder ${dir}: ${(error as Error).message}`);
  process.exit(2);
}
for (const p of result.problems) console.error(`extract: skipped ${p.file}: ${p.reason}`);
for (const r of result.reports) for (const w of r.warnings) console.error(`extract: ${r.file}: ${w}`);
process.stdout.write(JSON.stringify({ reports: result.reports, events: result.events }, null, 2) + '\n');
