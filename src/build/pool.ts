import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Report } from '../schemas/report.ts';
import type { SourceEntry } from '../schemas/seed-input.ts';
import type { UserPlace } from '../geo/gazetteer.ts';

export type Outcome = { report: Report } | { error: string };

/** One seed to extract: its file name, its text and its `sources.yaml` entry, if any. */
export interface ExtractJob {
  name: string;
  text: string;
  sources?: SourceEntry;
}

/**
 * Extracts many seeds on all cores: one worker per core, each loading the pipeline once.
 * Results come back in input order, so output does not depend on scheduling.
 */
export async function extractInPool(jobs: ExtractJob[], userPlaces: UserPlace[], threads = availableParallelism()): Promise<Outcome[]> {
  const results: Outcome[] = new Array(jobs.length);
  let next = 0;
  const count = Math.max(1, Math.min(threads, jobs.length));
  await Promise.all(
    Array.from({ length: count }, () => {
      const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { workerData: { userPlaces } });
      return new Promise<void>((resolve, reject) => {
        const feed = () => {
          if (next >= jobs.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const index = next++;
          worker.postMessage({ index, ...jobs[index] });
        };
        worker.on('message', (m: { ready?: boolean; index?: number; report?: Report; error?: string }) => {
          if (!m.ready) results[m.index!] = m.report ? { report: m.report } : { error: m.error! };
          feed();
        });
        worker.on('error', reject);
      });
    }),
  );
  return results;
}
