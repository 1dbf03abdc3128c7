// How many cards the home page and the full list pages show, and the page numbers a pager
// links to. The home page stays the same size whatever the corpus (10,000 seeds made it ~10 MB).

/** A positive whole number from the environment, else the fallback. Lets a test build page a small fixture. */
function sizeFromEnv(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Events and briefings each shown on the home page; the rest are on the list pages. */
export const HOME_CARDS = sizeFromEnv('SITREP_HOME_CARDS', 30);
/** Cards on one page of the full lists. */
export const LIST_PAGE_SIZE = sizeFromEnv('SITREP_LIST_PAGE_SIZE', 100);

const join = (base: string, path: string) => `${base.replace(/\/+$/, '')}/${path}`;

// Under /events/page/ and /briefings/page/: event and briefing pages are /events/<id>/ with an id
// of one slug segment (no "/"), so a three-segment list URL cannot be one, even for an id "page".
export const eventListUrl = (page: number, base = '/') => join(base, `events/page/${page}/`);
export const briefingListUrl = (page: number, base = '/') => join(base, `briefings/page/${page}/`);

/**
 * The page numbers a pager shows for page `current` of `last`: the first and last pages, the
 * current one and its neighbours, with `null` where numbers are skipped (`1 … 4 5 6 … 100`). A
 * gap of one number shows the number instead, so every gap stands for at least two pages.
 */
export function pagerNumbers(current: number, last: number, neighbours = 1): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = current - neighbours; n <= current + neighbours; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const previous = out.length ? (out[out.length - 1] as number) : 0;
    if (n - previous === 2) out.push(n - 1);
    else if (n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}
