// Worker of the consolidation pool (consolidate-events.ts): builds the events it is sent, each
// from its reports, their seed texts and the readings grouping made of them, and answers with
// the event's JSON.
import { buildEvent } from '../consolidate/index.ts';
import { profileReport } from '../consolidate/profile.ts';
import type { EventJob } from './consolidate-events.ts';
import { poolPort } from './pool-port.ts';

const port = await poolPort<null>();
port.onMessage(({ index, job }: { index: number; job: EventJob }) => {
  try {
    // Profiles hold functions, which cannot cross threads: each is made again from its report, its
    // text and the reading of that text grouping made (what costs, so it is not done twice).
    port.post({ index, value: JSON.stringify(buildEvent(job.map((d) => profileReport(d.report, d.text, d.reading)))) });
  } catch (error) {
    port.post({ index, error: (error as Error).message });
  }
});
port.post({ ready: true });
