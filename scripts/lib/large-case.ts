// One large-seed case of the benchmark, run in its own process so that its peak memory is its own:
//   node scripts/lib/large-case.ts <varied|repetitive|lines> <bytes> [most paragraphs] [fit]
// (fit: join paragraphs so that there are at most that many, as a seed within MAX_SEED_PARAGRAPHS)
// Prints one JSON line: the seed's size and paragraphs, extraction and consolidation times (wall
// and CPU), the process's peak resident memory by then, and the size of its MDX briefing. Same code
// as the build: createExtractor's extract, then consolidation of that one report with its text.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createExtractor } from '../../src/extract/processor.ts';
import { consolidateDocs } from '../../src/consolidate/index.ts';
import { briefingMdx } from '../../src/build/mdx.ts';
import { largeSeed, type LargeKind } from './large-seed.ts';

const [kind, bytes, most, fit] = process.argv.slice(2);
const extractor = await createExtractor();
const bases = [];
for (const f of (await readdir('seeds')).filter((f) => f.endsWith('.txt')).sort()) {
  const text = await readFile(join('seeds', f), 'utf8');
  bases.push({ text, report: extractor.extract(f, text) });
}
const text = largeSeed(bases, kind as LargeKind, Number(bytes), { maxParagraphs: Number(most) || undefined, fitParagraphs: Number(fit) || undefined });
const baseMb = process.resourceUsage().maxRSS / 1024;

const time = <T>(fn: () => T): [T, number, number] => {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return [value, Math.round(performance.now() - t0), Math.round((used.user + used.system) / 1000)];
};
const [report, extractMs, extractCpuMs] = time(() => extractor.extract('large.txt', text));
const [events, consolidateMs, consolidateCpuMs] = time(() => consolidateDocs([{ report, text }]));
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  JSON.stringify({
    kind,
    bytes: Buffer.byteLength(text),
    paragraphs: report.paragraphs.length,
    sentences: report.sentences.length,
    events: events.length,
    extractMs,
    extractCpuMs,
    consolidateMs,
    consolidateCpuMs,
    mdxBytes: Buffer.byteLength(briefingMdx(report, text)),
    baseMb: Math.round(baseMb),
    peakMb,
  }),
);
