// Display helpers shared by the site's components. Locale-independent on purpose: the same
// input gives the same bytes on every machine (deterministic builds).

export { formatDate } from '../text/format.ts';
import { worldCountries } from '../geo/world.ts';

/** 12345 → `12,345`. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1 word`, `2 words`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Only http(s) URLs become links: a seed's front matter is untrusted (no `javascript:`). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Byte-order comparison, independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest publication first, undated last, then by id: a stable order for lists of briefings. */
export function byPublishedThenId(a: { published: string | null; id: string }, b: { published: string | null; id: string }): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return compareText(b.published, a.published);
  }
  return compareText(a.id, b.id);
}

/** Latest event date first, undated last, then by id: the order of lists of events. */
export function byDateThenId(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  if (a.date === b.date) return compareText(a.id, b.id);
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return compareText(b.date, a.date);
}

const countryNames = new Map<string, string>();

/** ISO 3166-1 alpha-2 → common English name (`ML` → `Mali`); unknown codes are returned as given. */
export async function countryName(code: string): Promise<string> {
  if (!countryNames.size) {
    for (const c of worldCountries()) countryNames.set(c.cca2, c.name.common);
  }
  return countryNames.get(code.toUpperCase()) ?? code;
}

/** 1 → `1st`, 2 → `2nd`, 11 → `11th`, 23 → `23rd`. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
