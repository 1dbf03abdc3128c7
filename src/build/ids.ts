import { createHash } from 'node:crypto';

/**
 * Longest report id before a collision suffix (7 more characters). Ids become file names (`<id>.mdx`), module names inside Vite/Rolldown and
 * URL segments; file systems refuse names over 255 bytes, so no seed name may make one that long.
 */
export const MAX_ID_LENGTH = 64;
/** Readable part kept from an over-long id; a hash of the whole file name follows it. */
const PREFIX_LENGTH = MAX_ID_LENGTH - 9;

const shortHash = (s: string, n: number) => createHash('sha256').update(s).digest('hex').slice(0, n);

/** An id of at most MAX_ID_LENGTH characters: over-long ones keep a readable prefix plus a hash of the file name. */
export function boundedId(id: string, file: string): string {
  if (id.length <= MAX_ID_LENGTH) return id;
  const prefix = id.slice(0, PREFIX_LENGTH).replace(/[-_]+$/, '');
  return `${prefix}-${shortHash(file, 8)}`;
}

/**
 * Makes report ids safe and unique within a run: every id is bounded in length, and two file
 * names that fold to the same id (`a b.txt`, `a-b.txt`) get a short suffix from their file name,
 * so URLs stay stable.
 */
export function assignIds<T extends { id: string; file: string }>(reports: T[]): T[] {
  for (const r of reports) r.id = boundedId(r.id, r.file);
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  for (const r of reports) {
    if ((counts.get(r.id) ?? 0) > 1) r.id = `${r.id}-${shortHash(r.file, 6)}`;
  }
  return reports;
}
