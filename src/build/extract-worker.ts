// Worker of the extraction pool (pool.ts): loads the pipeline once, then extracts the seeds it is
// sent, answering with each report as JSON.
import { createExtractor } from '../extract/processor.ts';
import type { ExtractJob } from './pool.ts';
import type { UserPlace } from '../geo/gazetteer.ts';
import { poolPort } from './pool-port.ts';

const port = await poolPort<{ userPlaces: UserPlace[] }>();
const extractor = await createExtractor({ userPlaces: port.data.userPlaces });
port.onMessage(({ index, job }: { index: number; job: ExtractJob }) => {
  try {
    // As JSON text: the build keeps it in its report cache as it is, and parsing it costs the main
    // thread no more than receiving the object would.
    port.post({ index, value: JSON.stringify(extractor.extract(job.name, job.text, job.sources)) });
  } catch (error) {
    port.post({ index, error: (error as Error).message });
  }
});
port.post({ ready: true });
