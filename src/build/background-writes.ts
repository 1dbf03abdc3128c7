// Files written by a worker thread, each whole or not at all (files.ts's writeAtomicSync), for
// output the build does not read back itself: its caches, which only the next build reads. The
// build's thread only hands the contents over. Written with fs.promises instead, each file takes
// several turns of the build's thread (open, write, close, rename), which it does not have while
// it groups reports; a cold build of 2,000 seeds waited 0.3 to 1.2 s on its report cache.
import { Worker } from 'node:worker_threads';

/** One file to write: its path and its contents. */
export interface FileToWrite {
  path: string;
  content: string;
}

/** Writes `files` on a worker thread; resolves when all are written, rejects with the first that could not be. */
export function writeInBackground(files: readonly FileToWrite[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./background-writes-worker.ts', import.meta.url), { workerData: files });
    let failure: Error | null = null;
    worker.once('message', (message: { error?: string }) => {
      if (message.error) failure = new Error(message.error);
    });
    worker.once('error', (error: Error) => (failure ??= error));
    worker.once('exit', (code) => {
      if (!failure && code !== 0) failure = new Error(`the writing thread stopped (exit ${code})`);
      if (failure) reject(failure);
      else resolve();
    });
  });
}
