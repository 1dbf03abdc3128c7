import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Report } from '../schemas/report.ts';
import type { SourceEntry } from '../schemas/seed-input.ts';
import type { UserPlace } from '../geo/gazetteer.ts';

/** What a worker sends back for one job: its value, or why it failed. */
export type Result<T> = { value: T } | { error: string };

export type Outcome = { report: Report } | { error: string };

/** One seed to extract: its file name, its text and its `sources.yaml` entry, if any. */
export interface ExtractJob {
  name: string;
  text: string;
  sources?: SourceEntry;
}

/**
 * Runs jobs on all cores: one worker per core (the module at `worker`, started with `workerData`,
 * which loads what it needs once, answers `{ ready: true }`, then `{ index, value }` or
 * `{ index, error }` for each job `{ index, job }` it is sent). Results come back in input order,
 * so output does not depend on scheduling.
 */
export async function runInPool<J, T>(worker: URL, workerData: unknown, jobs: readonly J[], threads = availableParallelism()): Promise<Result<T>[]> {
  const results: Result<T>[] = new Array(jobs.length);
  let next = 0;
  const count = Math.max(1, Math.min(threads, jobs.length));
  await Promise.all(
    Array.from({ length: count }, () => {
      const thread = new Worker(worker, { workerData });
      let inFlight = 0;
      return new Promise<void>((resolve, reject) => {
        const feed = () => {
          if (next >= jobs.length) {
            if (inFlight === 0) void thread.terminate().then(() => resolve());
            return;
          }
          const index = next++;
          inFlight++;
          thread.postMessage({ index, job: jobs[index] });
        };
        thread.on('message', (m: { ready?: boolean; index?: number; value?: T; error?: string }) => {
          if (m.ready) {
            // Two jobs queued per worker: it starts the next while this thread, busy with other
            // work (the build writes briefings meanwhile), has not yet read its last answer.
            feed();
            if (inFlight === 1) feed();
            return;
          }
          inFlight--;
          results[m.index!] = m.error === undefined ? { value: m.value! } : { error: m.error };
          feed();
        });
        thread.on('error', reject);
      });
    }),
  );
  return results;
}

/** Extracts many seeds on all cores, each worker loading the pipeline once. */
export async function extractInPool(jobs: ExtractJob[], userPlaces: UserPlace[], threads = availableParallelism()): Promise<Outcome[]> {
  // Only what the worker reads: callers pass larger records.
  const sent = jobs.map(({ name, text, sources }) => ({ name, text, sources }));
  const results = await runInPool<ExtractJob, Report>(new URL('./extract-worker.ts', import.meta.url), { userPlaces }, sent, threads);
  return results.map((r) => ('value' in r ? { report: r.value } : r));
}
