// Worker of the consolidation pool (consolidate-events.ts): builds the events it is sent, each
// from its reports and their seed texts, and answers with the event's JSON.
import { buildEvent, type ReportText } from '../consolidate/index.ts';
import { profileReport } from '../consolidate/profile.ts';
import { poolPort } from './pool-port.ts';

const port = await poolPort<null>();
port.onMessage(({ index, job }: { index: number; job: ReportText[] }) => {
  try {
    // Profiles hold functions, which cannot cross threads: each is made again from its report and text.
    port.post({ index, value: JSON.stringify(buildEvent(job.map((d) => profileReport(d.report, d.text)))) });
  } catch (error) {
    port.post({ index, error: (error as Error).message });
  }
});
port.post({ ready: true });
