import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Report } from '../schemas/report.ts';
import type { SourceEntry } from '../schemas/seed-input.ts';
import type { UserPlace } from '../geo/gazetteer.ts';

/** What a worker sends back for one job: its value, or why it failed. */
export type Result<T> = { value: T } | { error: string };

/** A seed's extraction: its report (and, from the pool, the report's JSON text), or why it failed. */
export type Outcome = { report: Report; json?: string } | { error: string };

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

/** Workers started ahead of their jobs (startup, ~0.5 s, overlaps the caller's own work), then given jobs. */
export interface Pool<J, T> {
  /**
   * Runs jobs on the workers; results come back in input order, so output does not depend on
   * scheduling. Given a `queue`, the workers take their jobs from it and the caller may take
   * some too (`queue.next++`): the results of the jobs it took are left empty.
   */
  run(jobs: readonly J[], queue?: JobQueue): Promise<Result<T>[]>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** The index of the next job not yet taken, shared by the workers and whoever else takes jobs. */
export interface JobQueue {
  next: number;
}

/** One worker of a pool: the running worker, whether it has loaded, and who reads its answers now. */
interface Slot {
  worker: PoolWorker;
  ready: Promise<void>;
  /** Rejects when the worker fails or stops unasked. */
  failed: Promise<never>;
  onAnswer: ((m: Message) => void) | null;
}

/**
 * Starts `size` workers (the module at `worker`, given `workerData`, which loads what it needs
 * once, answers `{ ready: true }`, then `{ index, value }` or `{ index, error }` for each job
 * `{ index, job }` it is sent; see pool-port.ts).
 */
export function startPool<J, T>(worker: URL, workerData: unknown, options: PoolOptions = {}): Pool<J, T> {
  const size = Math.max(1, options.threads ?? availableParallelism());
  const slots: Slot[] = Array.from({ length: size }, () => {
    const running = options.processFlags ? startProcess(worker, workerData, options.processFlags) : startThread(worker, workerData);
    let markReady!: () => void;
    const slot: Slot = { worker: running, ready: new Promise<void>((resolve) => (markReady = resolve)), failed: new Promise<never>((_, reject) => running.onFailure(reject)), onAnswer: null };
    slot.failed.catch(() => undefined); // read by run(); a failure after the last run is not an error
    running.onMessage((m) => (m.ready ? markReady() : slot.onAnswer?.(m)));
    return slot;
  });
  const close = async () => {
    await Promise.all(slots.map((slot) => slot.worker.stop()));
  };
  return {
    async run(jobs, queue = { next: 0 }) {
      const results: Result<T>[] = new Array(jobs.length);
      const serve = async (slot: Slot) => {
        await slot.ready;
        await new Promise<void>((resolve) => {
          let inFlight = 0;
          const feed = () => {
            if (queue.next >= jobs.length) {
              if (inFlight === 0) {
                slot.onAnswer = null;
                resolve();
              }
              return;
            }
            const index = queue.next++;
            inFlight++;
            slot.worker.post({ index, job: jobs[index] });
          };
          slot.onAnswer = (m) => {
            inFlight--;
            results[m.index!] = m.error === undefined ? { value: m.value as T } : { error: m.error };
            feed();
          };
          // Two jobs queued per worker: it starts the next while this thread, busy with other
          // work (the build writes briefings meanwhile), has not yet read its last answer.
          feed();
          if (inFlight === 1) feed();
        });
      };
      try {
        await Promise.all(slots.map((slot) => Promise.race([slot.failed, serve(slot)])));
      } catch (error) {
        // One worker failed: the others are stopped too, so nothing is left running.
        queue.next = jobs.length;
        await close();
        throw error;
      }
      return results;
    },
    close,
  };
}

/** Runs jobs on a pool started for them (see `startPool`), then stops it. */
export async function runInPool<J, T>(worker: URL, workerData: unknown, jobs: readonly J[], options: PoolOptions = {}, queue?: JobQueue): Promise<Result<T>[]> {
  const pool = startPool<J, T>(worker, workerData, { ...options, threads: Math.min(options.threads ?? availableParallelism(), jobs.length) });
  try {
    return await pool.run(jobs, queue);
  } finally {
    await pool.close();
  }
}

/**
 * V8 flags of the extraction workers. A build extracts a few thousand seeds at most per worker,
 * too few for TurboFan's compiles (a third of a fresh worker's CPU, recompiling large functions
 * after each deoptimization) to pay back: without it, Maglev's code comes sooner and costs less
 * (2,000 seeds: measured in the commit that set this).
 */
const EXTRACT_FLAGS = ['--max-opt=2'];

/** The extraction pool: one worker process per core, each loading the pipeline once. */
export function startExtractPool(userPlaces: UserPlace[], threads = availableParallelism()): Pool<ExtractJob, string> {
  return startPool<ExtractJob, string>(new URL('./extract-worker.ts', import.meta.url), { userPlaces }, { threads, processFlags: EXTRACT_FLAGS });
}

/** Extracts seeds on a started extraction pool. */
export async function extractInPool(pool: Pool<ExtractJob, string>, jobs: ExtractJob[]): Promise<Outcome[]> {
  // Only what the worker reads: callers pass larger records.
  const sent = jobs.map(({ name, text, sources }) => ({ name, text, sources }));
  const results = await pool.run(sent);
  return results.map((r) => ('value' in r ? { report: JSON.parse(r.value) as Report, json: r.value } : r));
}
