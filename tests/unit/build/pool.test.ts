import { describe, expect, it } from 'vitest';
import { runInPool, startPool } from '../../../src/build/pool.ts';

const WORKER = new URL('../../fixtures/pool/echo-worker.ts', import.meta.url);
type Answer = { result: number; pid: number; flags: string[] };

describe('runInPool', () => {
  it('runs the jobs on threads of this process, answers in input order', async () => {
    const jobs = Array.from({ length: 9 }, (_, i) => i);
    const results = await runInPool<number, Answer>(WORKER, { offset: 100 }, jobs, { threads: 2 });
    expect(results.map((r) => ('value' in r ? r.value.result : r.error))).toEqual(jobs.map((j) => j + 100));
    expect(results.every((r) => 'value' in r && r.value.pid === process.pid)).toBe(true);
  });

  it('runs the jobs in child processes with their own V8 flags when asked', async () => {
    const jobs = Array.from({ length: 9 }, (_, i) => i);
    const results = await runInPool<number, Answer>(WORKER, { offset: 1 }, jobs, { threads: 2, processFlags: ['--max-opt=2'] });
    const answers = results.map((r) => ('value' in r ? r.value : null));
    expect(answers.map((a) => a?.result)).toEqual(jobs.map((j) => j + 1));
    const pids = new Set(answers.map((a) => a!.pid));
    expect(pids.has(process.pid)).toBe(false);
    expect(pids.size).toBeLessThanOrEqual(2);
    expect(answers.every((a) => a!.flags.includes('--max-opt=2'))).toBe(true);
  });

  it('shares its queue with the caller: each job is done once, by a worker or by the caller', async () => {
    const jobs = Array.from({ length: 40 }, (_, i) => i);
    const queue = { next: 0 };
    const running = runInPool<number, Answer>(WORKER, { offset: 100 }, jobs, { threads: 1 }, queue);
    const mine: number[] = [];
    while (queue.next < jobs.length) {
      mine.push(queue.next++);
      await new Promise((resolve) => setTimeout(resolve, 10)); // slower than the worker, once it has started
    }
    const results = await running;
    expect(queue.next).toBe(jobs.length);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(jobs.length);
    for (const j of jobs) {
      if (mine.includes(j)) expect(results[j]).toBeUndefined();
      else expect(results[j]).toEqual({ value: expect.objectContaining({ result: j + 100 }) });
    }
  });

  it('reports a failed job by its index and still does the others', async () => {
    for (const processFlags of [undefined, ['--max-opt=2']]) {
      const results = await runInPool<number | 'fail', Answer>(WORKER, { offset: 0 }, [1, 'fail', 3], { threads: 2, processFlags });
      expect(results.map((r) => ('value' in r ? r.value.result : r.error))).toEqual([1, 'cannot do that job', 3]);
    }
  });

  it('fails, naming the worker, when a worker process dies without answering', async () => {
    await expect(runInPool(WORKER, { offset: 0 }, [1, 'crash', 3], { threads: 1, processFlags: [] })).rejects.toThrow(/echo-worker\.ts stopped \(exit 3\)/);
    // With two workers, the other one is stopped too: the test run would otherwise never end.
    await expect(runInPool(WORKER, { offset: 0 }, ['crash', 2, 3, 4], { threads: 2, processFlags: [] })).rejects.toThrow(/stopped \(exit 3\)/);
  });

  it('starts its workers ahead of the jobs and serves several runs before it is closed', async () => {
    const pool = startPool<number, Answer>(WORKER, { offset: 10 }, { threads: 2, processFlags: [] });
    try {
      const first = await pool.run([1, 2, 3]);
      const second = await pool.run([4]);
      const none = await pool.run([]);
      expect(first.map((r) => ('value' in r ? r.value.result : r.error))).toEqual([11, 12, 13]);
      expect(second.map((r) => ('value' in r ? r.value.result : r.error))).toEqual([14]);
      expect(none).toEqual([]);
      // The same two processes served both runs.
      const pids = new Set([...first, ...second].map((r) => ('value' in r ? r.value.pid : 0)));
      expect(pids.size).toBeLessThanOrEqual(2);
    } finally {
      await pool.close();
    }
  });
});
