// Worker thread of the extraction pool: loads the pipeline once, then extracts the seeds it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from './processor.ts';
import type { UserPlace } from './types.ts';

const extractor = await createExtractor({ userPlaces: (workerData as { userPlaces: UserPlace[] }).userPlaces });
parentPort!.on('message', (job: { index: number; name: string; text: string }) => {
  try {
    parentPort!.postMessage({ index: job.index, report: extractor.extract(job.name, job.text) });
  } catch (error) {
    parentPort!.postMessage({ index: job.index, error: (error as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
