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

/** Resident kB of `root` and each of its descendants now. */
function treeRss(root: number): { totalKb: number; parts: { pid: number; rssKb: number }[] } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const parts: { pid: number; rssKb: number }[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    parts.push({ pid, rssKb: table.get(pid)?.rssKb ?? 0 });
    stack.push(...(children.get(pid) ?? []));
  }
  return { totalKb: parts.reduce((sum, p) => sum + p.rssKb, 0), parts };
}

/** Resident kB of `root` and all its descendants now. */
export function treeRssKb(root: number): number {
  return treeRss(root).totalKb;
}

/** A process's command line, shortened: its program and first arguments. */
function commandOf(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return argv.slice(0, 3).map((a) => a.split('/').slice(-2).join('/')).join(' ');
  } catch {
    return '?';
  }
}

export interface TreePeak {
  /** Peak resident MB of the whole tree, null without /proc. */
  mb: number | null;
  /** The processes at the peak, largest first: "<MB> MB <command>". */
  parts: string[];
}

/** Samples the tree of `root` every `everyMs` until `stop()`, which returns the peak and what made it. */
export function sampleTreePeak(root: number, everyMs = 200): { stop(): TreePeak } {
  let peakKb = 0;
  let parts: string[] = [];
  let readable = true;
  const sample = () => {
    try {
      const now = treeRss(root);
      if (now.totalKb > peakKb) {
        peakKb = now.totalKb;
        parts = now.parts
          .filter((p) => p.rssKb >= 50 * 1024)
          .sort((a, b) => b.rssKb - a.rssKb)
          .map((p) => `${Math.round(p.rssKb / 1024)} MB ${commandOf(p.pid)}`);
      }
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
      return { mb: readable && peakKb > 0 ? Math.round(peakKb / 1024) : null, parts };
    },
  };
}
