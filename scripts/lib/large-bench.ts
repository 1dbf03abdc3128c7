// The large-seed cases of the benchmark (`npm run bench -- --large`): one large seed each,
// extracted and consolidated in a process of its own (scripts/lib/large-case.ts), against a time
// and a memory budget. Budgets grow linearly with the seed's size (10 s and 400 MB per MB, for a
// busy 2-core machine): a step that grows faster than the text fails here first. Before the fixes
// of issue 8, 1 MB took 13 s and 4 MB 139 s (quadratic steps); after, 5–7 s and 28–39 s.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MAX_SEED_BYTES, MAX_SEED_PARAGRAPHS } from '../../src/build/limits.ts';

const MB = 1024 * 1024;

export interface LargeCase {
  label: string;
  kind: 'varied' | 'repetitive' | 'lines';
  bytes: number;
  /** Most paragraphs (lines). */
  paragraphs?: number;
  /** Paragraphs joined so that there are at most this many. */
  fit?: number;
  /** Extraction plus consolidation of the one report, wall clock. */
  budgetMs: number;
  /** Peak resident memory of the process (gazetteer included). */
  budgetMb: number;
}

const budget = (bytes: number) => ({ budgetMs: Math.max(5000, Math.round((10_000 * bytes) / MB)), budgetMb: Math.round(512 + (400 * bytes) / MB) });
const size = (bytes: number) => `${+(bytes / MB).toFixed(2)} MB`;

export const LARGE_CASES: LargeCase[] = [
  { label: '1 MB varied', kind: 'varied', bytes: MB, ...budget(MB) },
  { label: '1 MB repetitive', kind: 'repetitive', bytes: MB, ...budget(MB) },
  // Beyond the seed limit: that the cost stays linear.
  { label: '4 MB varied', kind: 'varied', bytes: 4 * MB, ...budget(4 * MB) },
  // At the seed limits: MAX_SEED_BYTES of text in at most MAX_SEED_PARAGRAPHS paragraphs.
  { label: `${size(MAX_SEED_BYTES)} varied, ≤ ${MAX_SEED_PARAGRAPHS.toLocaleString('en')} paragraphs`, kind: 'varied', bytes: MAX_SEED_BYTES, fit: MAX_SEED_PARAGRAPHS, ...budget(MAX_SEED_BYTES) },
  { label: `${size(MAX_SEED_BYTES)} repetitive, ≤ ${MAX_SEED_PARAGRAPHS.toLocaleString('en')} paragraphs`, kind: 'repetitive', bytes: MAX_SEED_BYTES, fit: MAX_SEED_PARAGRAPHS, ...budget(MAX_SEED_BYTES) },
  // A list: MAX_SEED_PARAGRAPHS lines of one word (its briefing page must stay a page).
  { label: `${MAX_SEED_PARAGRAPHS.toLocaleString('en')} one-word lines`, kind: 'lines', bytes: MAX_SEED_BYTES, paragraphs: MAX_SEED_PARAGRAPHS, budgetMs: 5000, budgetMb: 1024 },
];

export interface LargeResult {
  case: LargeCase;
  bytes: number;
  paragraphs: number;
  extractMs: number;
  extractCpuMs: number;
  consolidateMs: number;
  consolidateCpuMs: number;
  mdxBytes: number;
  peakMb: number;
  ok: boolean;
}

const script = fileURLToPath(new URL('./large-case.ts', import.meta.url));

/** Runs each case in its own process, one after the other. */
export function runLargeCases(cases = LARGE_CASES): LargeResult[] {
  return cases.map((c) => {
    const args = [script, c.kind, String(c.bytes), String(c.paragraphs ?? 0), String(c.fit ?? 0)];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`large seed case ${c.label} failed:\n${run.stderr.slice(-2000)}`);
    const r = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    const ok = r.extractMs + r.consolidateMs <= c.budgetMs && r.peakMb <= c.budgetMb;
    return { case: c, ...r, ok };
  });
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** "4 MB varied: 28.0 s (budget 40.0 s) ok; peak 1,161 MB (budget 2,112 MB) ok; extract …". */
export function describeLarge(r: LargeResult): string {
  const total = r.extractMs + r.consolidateMs;
  const c = r.case;
  return (
    `${c.label}: ${s(total)} (budget ${s(c.budgetMs)}) ${total <= c.budgetMs ? 'ok' : 'SLOW'}; ` +
    `peak ${r.peakMb.toLocaleString('en')} MB (budget ${c.budgetMb.toLocaleString('en')} MB) ${r.peakMb <= c.budgetMb ? 'ok' : 'HIGH'}; ` +
    `extract ${s(r.extractMs)} (CPU ${s(r.extractCpuMs)}), consolidate ${s(r.consolidateMs)} (CPU ${s(r.consolidateCpuMs)}); ` +
    `${size(r.bytes)}, ${r.paragraphs.toLocaleString('en')} paragraphs, MDX ${size(r.mdxBytes)}`
  );
}
