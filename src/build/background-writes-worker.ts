// The thread of background-writes.ts: writes the files it was given, in order, then says whether
// all were written.
import { parentPort, workerData } from 'node:worker_threads';
import type { FileToWrite } from './background-writes.ts';
import { writeAtomicSync } from './files.ts';

let error: string | undefined;
for (const { path, content } of workerData as FileToWrite[]) {
  try {
    writeAtomicSync(path, content);
  } catch (e) {
    error = `cannot write ${path}: ${(e as Error).message}`;
    break;
  }
}
parentPort!.postMessage({ error });
