import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
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

export interface PoolOptions {
  /** Workers: one per core by default. */
  threads?: number;
  /**
   * Run the workers as child processes with these V8 flags instead of as threads of this process
   * (V8 flags are per process: a thread cannot have its own).
   */
  processFlags?: string[];
}

type Message = { ready?: boolean; index?: number; value?: unknown; error?: string };

/** One running worker, thread or child process. */
interface PoolWorker {
  post(message: unknown): void;
  onMessage(listener: (message: Message) => void): void;
  /** Calls `listener` when the worker fails or stops before it was told to. */
  onFailure(listener: (error: Error) => void): void;
  stop(): Promise<void>;
}

function startThread(module: URL, workerData: unknown): PoolWorker {
  const thread = new Worker(module, { workerData });
  return {
    post: (m) => thread.postMessage(m),
    onMessage: (listener) => thread.on('message', listener),
    onFailure: (listener) => thread.on('error', listener),
    stop: () => thread.terminate().then(() => undefined),
  };
}

function startProcess(module: URL, workerData: unknown, flags: string[]): PoolWorker {
  // Structured clone over the IPC channel, as between threads.
  const child = fork(fileURLToPath(module), [], { execArgv: flags, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let stopping = false;
  child.send({ data: workerData });
  return {
    post: (m) => child.send(m as object),
    onMessage: (listener) => child.on('message', listener as (m: unknown) => void),
    onFailure: (listener) => {
      child.on('error', listener);
      child.on('exit', (code, signal) => {
        if (!stopping) listener(new Error(`pool worker ${fileURLToPath(module)} stopped (${signal ?? `exit ${code}`})`));
      });
    },
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}

/**
 * Runs jobs on all cores: one worker per core (the module at `worker`, given `workerData`, which
 * loads what it needs once, answers `{ ready: true }`, then `{ index, value }` or
 * `{ index, error }` for each job `{ index, job }` it is sent; see pool-port.ts). Results come
 * back in input order, so output does not depend on scheduling.
 */
export async function runInPool<J, T>(worker: URL, workerData: unknown, jobs: readonly J[], options: PoolOptions = {}): Promise<Result<T>[]> {
  const results: Result<T>[] = new Array(jobs.length);
  let next = 0;
  const count = Math.max(1, Math.min(options.threads ?? availableParallelism(), jobs.length));
  const workers: PoolWorker[] = [];
  try {
    await Promise.all(
      Array.from({ length: count }, () => {
        const thread = options.processFlags ? startProcess(worker, workerData, options.processFlags) : startThread(worker, workerData);
        workers.push(thread);
        let inFlight = 0;
        return new Promise<void>((resolve, reject) => {
          const feed = () => {
            if (next >= jobs.length) {
              if (inFlight === 0) void thread.stop().then(() => resolve());
              return;
            }
            const index = next++;
            inFlight++;
            thread.post({ index, job: jobs[index] });
          };
          thread.onMessage((m) => {
            if (m.ready) {
              // Two jobs queued per worker: it starts the next while this thread, busy with other
              // work (the build writes briefings meanwhile), has not yet read its last answer.
              feed();
              if (inFlight === 1) feed();
              return;
            }
            inFlight--;
            results[m.index!] = m.error === undefined ? { value: m.value as T } : { error: m.error };
            feed();
          });
          thread.onFailure(reject);
        });
      }),
    );
  } catch (error) {
    // One worker failed: the others are stopped too, so nothing is left running.
    next = jobs.length;
    await Promise.all(workers.map((w) => w.stop()));
    throw error;
  }
  return results;
}

/**
 * V8 flags of the extraction workers. A build extracts a few thousand seeds at most per worker,
 * too few for TurboFan's compiles (a third of a fresh worker's CPU, recompiling large functions
 * after each deoptimization) to pay back: without it, Maglev's code comes sooner and costs less
 * (2,000 seeds: measured in the commit that set this).
 */
const EXTRACT_FLAGS = ['--max-opt=2'];

/** Extracts many seeds on all cores, each worker loading the pipeline once. */
export async function extractInPool(jobs: ExtractJob[], userPlaces: UserPlace[], threads = availableParallelism()): Promise<Outcome[]> {
  // Only what the worker reads: callers pass larger records.
  const sent = jobs.map(({ name, text, sources }) => ({ name, text, sources }));
  const results = await runInPool<ExtractJob, Report>(new URL('./extract-worker.ts', import.meta.url), { userPlaces }, sent, { threads, processFlags: EXTRACT_FLAGS });
  return results.map((r) => ('value' in r ? { report: r.value } : r));
}
