/**
 * `items.map(fn)` with at most `limit` calls in flight, results in the order of `items`: file
 * reads and writes overlap instead of waiting for one another (a build reads thousands of small
 * files; one at a time, the wait for each was most of their cost).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
