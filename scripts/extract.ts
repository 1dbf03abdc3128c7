// Prints one JSON document describing every seed in a folder: `npm run -s extract -- <dir>`.
// Diagnostics go to stderr; stdout is only the JSON.
import { createExtractor } from '../src/pipeline/processor.ts';
import { listSeeds, readSeedFile, readUserPlaces, seedsDir } from '../src/pipeline/seed-folder.ts';
import { assignIds } from '../src/pipeline/ids.ts';
import type { Report } from '../src/schemas/report.ts';

const dir = seedsDir(process.argv[2]);
let names: string[];
try {
  names = await listSeeds(dir);
} catch (error) {
  console.error(`extract: cannot read seed folder ${dir}: ${(error as Error).message}`);
  process.exit(2);
}
const { places, problems } = await readUserPlaces(dir);
for (const p of problems) console.error(`extract: ${p.file}: ${p.reason}`);
const extractor = await createExtractor({ userPlaces: places });
const reports: Report[] = [];
for (const name of names) {
  const read = await readSeedFile(dir, name);
  if ('problem' in read) {
    console.error(`extract: skipped ${read.problem.file}: ${read.problem.reason}`);
    continue;
  }
  try {
    const report = extractor.extract(name, read.text);
    for (const w of report.warnings) console.error(`extract: ${name}: ${w}`);
    reports.push(report);
  } catch (error) {
    console.error(`extract: skipped ${name}: extraction failed: ${(error as Error).message}`);
  }
}
assignIds(reports);
process.stdout.write(JSON.stringify({ reports }, null, 2) + '\n');
