import { createHash } from 'node:crypto';

/**
 * Makes report ids unique within a run: two file names that fold to the same id
 * (`a b.txt`, `a-b.txt`) get a short suffix from their file name, so URLs stay stable.
 */
export function assignIds<T extends { id: string; file: string }>(reports: T[]): T[] {
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  for (const r of reports) {
    if ((counts.get(r.id) ?? 0) > 1) r.id = `${r.id}-${createHash('sha256').update(r.file).digest('hex').slice(0, 6)}`;
  }
  return reports;
}
