// Worker thread of the extraction pool (pool.ts): loads the pipeline once, then extracts the seeds it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../extract/processor.ts';
import type { ExtractJob } from './pool.ts';
import type { UserPlace } from '../geo/gazetteer.ts';

const extractor = await createExtractor({ userPlaces: (workerData as { userPlaces: UserPlace[] }).userPlaces });
parentPort!.on('message', ({ index, job }: { index: number; job: ExtractJob }) => {
  try {
    parentPort!.postMessage({ index, value: extractor.extract(job.name, job.text, job.sources) });
  } catch (error) {
    parentPort!.postMessage({ index, error: (error as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
