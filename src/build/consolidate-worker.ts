// Worker thread of the consolidation pool (consolidate-events.ts): builds the events it is sent,
// each from its reports and their seed texts, and answers with the event's JSON.
import { parentPort } from 'node:worker_threads';
import { buildEvent, type ReportText } from '../consolidate/index.ts';
import { profileReport } from '../consolidate/profile.ts';

parentPort!.on('message', ({ index, job }: { index: number; job: ReportText[] }) => {
  try {
    // Profiles hold functions, which cannot cross threads: each is made again from its report and text.
    parentPort!.postMessage({ index, value: JSON.stringify(buildEvent(job.map((d) => profileReport(d.report, d.text)))) });
  } catch (error) {
    parentPort!.postMessage({ index, error: (error as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
