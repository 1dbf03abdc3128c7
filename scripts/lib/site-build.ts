// `npm run build` of a project, timed as a whole and split into its phases by the arrival time of
// its log lines (prebuild, Astro's start, content sync, Vite, page rendering, Pagefind).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { sampleTreePeak } from './tree-memory.ts';

export interface BuildTiming {
  ms: number;
  /** Peak resident memory of the build's whole process tree (sampled; see tree-memory.ts), else of its largest process. */
  peakMb: number | null;
  /** The processes at the memory peak, largest first (empty without /proc). */
  peakParts: string[];
  /** User + system CPU seconds of the build's processes (GNU time; Pagefind's indexer, which it stops rather than waits for, not counted). */
  cpuS: number | null;
  /** Phase name → milliseconds, in the order they ran. */
  phases: [string, number][];
  log: string;
}

// Each mark ends the phase named beside it (the first line matching it, after the previous mark).
const MARKS: [string, RegExp][] = [
  ['prebuild', /^prebuild: \d+ seed/],
  ['astro start', /\[content\] Syncing content/],
  ['content sync', /\[content\] Synced content/],
  ['types, build info', /Building static entrypoints/],
  ['vite', /generating static routes/],
  ['rendering', /✓ Completed in/],
  ['pagefind', /\[sitrep:pagefind\]/],
];

// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

export function timedBuild(project: string, env: NodeJS.ProcessEnv): Promise<BuildTiming> {
  const gnuTime = existsSync('/usr/bin/time');
  const [bin, args] = gnuTime ? ['/usr/bin/time', ['-f', 'PEAK_KB %M CPU_S %U %S', 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
  const t0 = performance.now();
  const lines: [number, string][] = [];
  return new Promise((done, fail) => {
    const child = spawn(bin, args, { cwd: project, env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = sampleTreePeak(child.pid!);
    const collect = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const t = performance.now() - t0;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop()!;
        for (const p of parts) lines.push([t, stripAnsi(p)]);
      });
      stream.on('end', () => rest && lines.push([performance.now() - t0, stripAnsi(rest)]));
    };
    collect(child.stdout!);
    collect(child.stderr!);
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - t0);
      const treePeak = memory.stop();
      const log = lines.map(([, l]) => l).join('\n');
      if (code !== 0) return fail(new Error(`site build failed (exit ${code}):\n${log.slice(-4000)}`));
      const peaks = [...log.matchAll(/PEAK_KB (\d+)/g)].map((m) => Number(m[1]));
      const cpu = /CPU_S ([\d.]+) ([\d.]+)/.exec(log);
      const phases: [string, number][] = [];
      let from = 0;
      let i = 0;
      for (const [name, re] of MARKS) {
        let j = i;
        while (j < lines.length && !re.test(lines[j][1])) j++;
        if (j >= lines.length) continue; // not logged this time: its time goes to the next phase
        i = j;
        phases.push([name, Math.round(lines[i][0] - from)]);
        from = lines[i][0];
      }
      phases.push(['finish (swap, exit)', Math.round(ms - from)]);
      done({ ms, peakMb: treePeak.mb ?? (peaks.length ? Math.round(Math.max(...peaks) / 1024) : null), peakParts: treePeak.parts, cpuS: cpu ? Math.round(Number(cpu[1]) + Number(cpu[2])) : null, phases, log });
    });
  });
}

export const describePhases = (phases: [string, number][]) => phases.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(', ');
