import { describe, expect, test } from 'vitest';
import { pagerNumbers, eventListUrl, briefingListUrl } from '../../src/components/paging.ts';
import { byDateThenId } from '../../src/components/format.ts';

describe('pagerNumbers', () => {
  test('a single page is just that page', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
  });

  test('few pages are all shown', () => {
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  test('many pages: first, last, the current page and its neighbours, gaps as null', () => {
    expect(pagerNumbers(50, 100)).toEqual([1, null, 49, 50, 51, null, 100]);
    expect(pagerNumbers(1, 100)).toEqual([1, 2, null, 100]);
    expect(pagerNumbers(100, 100)).toEqual([1, null, 99, 100]);
  });

  test('a gap of a single page shows that page rather than an ellipsis', () => {
    expect(pagerNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
    expect(pagerNumbers(7, 10)).toEqual([1, null, 6, 7, 8, 9, 10]);
  });

  test('every page from 1 to last is reachable in order, each at most once, for every current page', () => {
    for (let last = 1; last <= 30; last++) {
      for (let current = 1; current <= last; current++) {
        const shown = pagerNumbers(current, last);
        const numbers = shown.filter((n): n is number => n !== null);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(last);
        expect(numbers).toContain(current);
        // A null always stands for two or more skipped pages, never for none.
        shown.forEach((n, i) => {
          if (n === null) expect((shown[i + 1] as number) - (shown[i - 1] as number)).toBeGreaterThan(2);
        });
      }
    }
  });
});

describe('list URLs', () => {
  test('live under a segment an event or briefing id cannot reach (ids are one segment)', () => {
    expect(eventListUrl(2)).toBe('/events/page/2/');
    expect(briefingListUrl(1, '/sitrep/')).toBe('/sitrep/briefings/page/1/');
  });
});

describe('byDateThenId', () => {
  test('latest date first, undated last, ties by id', () => {
    const events = [
      { id: 'b', date: null },
      { id: 'c', date: '2025-01-02' },
      { id: 'a', date: null },
      { id: 'z', date: '2025-03-01' },
      { id: 'd', date: '2025-01-02' },
    ];
    expect(events.sort(byDateThenId).map((e) => e.id)).toEqual(['z', 'c', 'd', 'a', 'b']);
  });
});
