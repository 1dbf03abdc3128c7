// Lookups over many spans of one text in logarithmic time, so that a long text (thousands of
// quotations, dates, sentences) costs no more per span than a short one.

interface Span {
  start: number;
  end: number;
}

/**
 * `(start, end) => spans.some((s) => start < s.end && end > s.start)`: whether a span overlaps any
 * of `spans`, which may overlap one another and come in any order.
 */
export function overlapsAny(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // reach[i]: the furthest end among the first i + 1 spans.
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach.at(-1) ?? -Infinity, s.end));
  return (start, end) => {
    const last = lastBefore(sorted, end);
    return last >= 0 && reach[last] > start;
  };
}

/** `(offset) => spans.some((s) => offset >= s.start && offset < s.end)`. */
export function coversAny(spans: readonly Span[]): (offset: number) => boolean {
  const overlaps = overlapsAny(spans);
  return (offset) => overlaps(offset, offset + 1);
}

/** Index of the last of `sorted` (by start) that starts before `offset`, or -1. */
export function lastBefore(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last;
}
