// The worker side of the pool (pool.ts): the same worker module runs as a thread of the build's
// process or as a child process of it, and talks to the pool through this port either way.
import { parentPort, workerData } from 'node:worker_threads';

export interface PoolPort<D> {
  /** What the pool gave every worker (`workerData`). */
  data: D;
  /** Sends a message to the pool. */
  post(message: unknown): void;
  /** Calls `listener` with each message of the pool. */
  onMessage<M>(listener: (message: M) => void): void;
}

/** The port of this worker: a thread's `parentPort`, or a child process's IPC channel (whose first message is the data). */
export async function poolPort<D>(): Promise<PoolPort<D>> {
  if (parentPort) {
    const port = parentPort;
    return { data: workerData as D, post: (m) => port.postMessage(m), onMessage: (listener) => port.on('message', listener as (m: unknown) => void) };
  }
  if (!process.send) throw new Error('pool worker started neither as a worker thread nor as a child process with an IPC channel');
  const send = process.send.bind(process);
  // A pool that went away (its build killed) leaves nothing running.
  process.on('disconnect', () => process.exit(0));
  const data = await new Promise<D>((resolve) => process.once('message', (m: { data: D }) => resolve(m.data)));
  return { data, post: (m) => send(m), onMessage: (listener) => process.on('message', listener as (m: unknown) => void) };
}
