// Consolidation in the build: reports grouped into events in this thread (grouping compares every
// report with the others), then each event not in the event cache built on its own, on every core
// when there are many: by this thread, once it has written the briefings, and by a worker thread per
// other core, all taking events from one queue (buildEvent is pure and reads only its reports, so
// an event is the same wherever it is built; a cold build of 2,000 seeds builds 500 events, about
// 2.5 s of CPU in one thread). In workers the events cost more CPU (reports and the readings
// grouping made of their texts cloned to them, profiles made again from those, events sent back as
// JSON): a gain when a core is free, not on a machine already busy.
import { availableParallelism } from 'node:os';
import type { Event } from '../schemas/event.ts';
import { buildEvent, groupDocs, nameEvents, type ReportText } from '../consolidate/index.ts';
import { readingOf, type ProfileReading } from '../consolidate/profile.ts';
import type { BuiltEvent, EventCache } from './event-cache.ts';
import { runInPool, type JobQueue, type Result } from './pool.ts';

/** Below this many events to build, starting workers (about 0.3 s each) costs more than it saves (about 20 ms an event). */
const POOL_THRESHOLD = 40;

export interface Consolidated {
  events: Event[];
  /** Events built, and read back from the event cache. */
  built: number;
  reused: number;
}

/** What a worker builds one event from: each report with its text and the reading grouping made of it. */
export type EventJob = (ReportText & { reading: ProfileReading })[];

export interface ConsolidateOptions {
  /** Worker threads (default: one per core; 1: none). */
  threads?: number;
  /** Fewest events to build that go to worker threads (default POOL_THRESHOLD). */
  poolFrom?: number;
  /** This thread's other work (the build's briefings): it builds events beside the workers once that is done. */
  after?: Promise<unknown>;
}

/** Groups the reports into events and builds each, reading back from `cache` the events whose reports are unchanged. */
export async function consolidateEvents(docs: readonly ReportText[], cache: EventCache | null, options: ConsolidateOptions = {}): Promise<Consolidated> {
  const { threads = availableParallelism(), poolFrom = POOL_THRESHOLD } = options;
  const { profiles, groups } = groupDocs(docs, { reading: cache ? (report) => cache.reading(report) : undefined });
  cache?.keepReadings(profiles);
  const built: BuiltEvent[] = new Array(groups.length);
  const entries = groups.map((g) => cache?.entry(g.map((i) => profiles[i].report)) ?? null);
  const todo: number[] = [];
  for (const [n, entry] of entries.entries()) {
    const cached = entry ? cache!.read(entry) : null;
    if (cached) built[n] = cached;
    else todo.push(n);
  }
  if (todo.length >= poolFrom && threads > 1) {
    const jobs = todo.map((n): EventJob => groups[n].map((i) => ({ report: profiles[i].report, text: profiles[i].text, reading: readingOf(profiles[i]) })));
    // This thread builds events too, from the same queue as one worker thread fewer: it has the
    // profiles at hand (nothing cloned, nothing made again) and would otherwise wait.
    const queue: JobQueue = { next: 0 };
    const pooled = runInPool<EventJob, string>(new URL('./consolidate-worker.ts', import.meta.url), null, jobs, { threads: threads - 1 }, queue);
    pooled.catch(() => undefined); // a failed worker ends the queue; awaited (and thrown) below
    const here = new Map<number, Result<string>>();
    // Its failure is its caller's to report.
    await options.after?.catch(() => undefined);
    while (queue.next < jobs.length) {
      const k = queue.next++;
      try {
        here.set(k, { value: JSON.stringify(buildEvent(groups[todo[k]].map((i) => profiles[i]))) });
      } catch (error) {
        here.set(k, { error: (error as Error).message });
      }
      // Lets the worker's answers in: each gives it its next job.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const results = await pooled;
    for (const [k, n] of todo.entries()) {
      const result = here.get(k) ?? results[k];
      if ('error' in result) throw new Error(`consolidating event of ${jobs[k].map((d) => d.report.file).join(', ')}: ${result.error}`);
      if (entries[n]) cache!.write(entries[n], result.value);
      built[n] = JSON.parse(result.value) as BuiltEvent;
    }
  } else {
    for (const n of todo) {
      const event = buildEvent(groups[n].map((i) => profiles[i]));
      if (!entries[n]) {
        built[n] = event;
        continue;
      }
      // Through JSON, as it will be read back: the cached and the built event write the same bytes.
      const json = JSON.stringify(event);
      cache!.write(entries[n], json);
      built[n] = JSON.parse(json) as BuiltEvent;
    }
  }
  cache?.finish();
  return { events: nameEvents(built), built: todo.length, reused: groups.length - todo.length };
}
