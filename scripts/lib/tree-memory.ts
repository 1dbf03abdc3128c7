// Peak resident memory of a process with all its descendants, sampled from /proc. GNU time and
// getrusage give the largest single process, but a build runs its extraction in child processes
// (src/build/pool.ts), so its memory is the sum over the tree at a moment.
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid and resident kB of every process, read from /proc/<pid>/status. */
function processTable(): Map<number, { ppid: number; rssKb: number }> {
  const table = new Map<number, { ppid: number; rssKb: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      table.set(Number(name), { ppid, rssKb });
    } catch {
      // The process ended while being read.
    }
  }
  return table;
}

/** Resident kB of `root` and all its descendants now. */
export function treeRssKb(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += table.get(pid)?.rssKb ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree of `root` every `everyMs` until `stop()`, which returns the peak in MB (null without /proc). */
export function sampleTreePeak(root: number, everyMs = 200): { stop(): number | null } {
  let peakKb = 0;
  let readable = true;
  const sample = () => {
    try {
      peakKb = Math.max(peakKb, treeRssKb(root));
    } catch {
      readable = false;
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return readable && peakKb > 0 ? Math.round(peakKb / 1024) : null;
    },
  };
}
