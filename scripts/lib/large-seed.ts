// Large single seeds for the benchmark (`npm run bench -- --large`): one text of N bytes made from
// the real seeds, so that every extraction stage shows how its cost grows with the length of one text.
//   varied      the seed texts one after another, each copy with its own places, names and numbers
//   repetitive  one paragraph repeated (the worst case for anything that groups equal content)
//   lines       one word per line (many paragraphs in few bytes)
import { geonamesCities, worldCountries } from '../../src/geo/world.ts';
import type { Report } from '../../src/schemas/report.ts';
import { prng } from './synthetic.ts';

export type LargeKind = 'varied' | 'repetitive' | 'lines';

export interface LargeSeedOptions {
  /** Join this many consecutive paragraphs into one (fewer, longer paragraphs; default 1). */
  joinParagraphs?: number;
  /** Join as many as needed for at most this many paragraphs. */
  fitParagraphs?: number;
  /** Stop after this many paragraphs (before joining). */
  maxParagraphs?: number;
  /** Random seed (default 1). */
  seed?: number;
}

interface Country { name: { common: string }; cca2: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const FIRST = 'Amadou Fatoumata Ibrahim Aissata Moussa Mariam Oumar Kadiatou Seydou Awa Boubacar Hawa Abdoulaye Salif Djeneba Youssouf Aminata Hamidou Ramata Issa'.split(' ');
const LAST = 'Traoré Keïta Coulibaly Diarra Touré Sangaré Cissé Maïga Konaté Dembélé Sidibé Ouédraogo Kaboré Sawadogo Diallo Bah Camara Sylla Doumbia Fofana'.split(' ');

let cache: { towns: Map<string, string[]>; countries: Country[] } | null = null;
function places() {
  if (cache) return cache;
  const cities = geonamesCities().filter((c) => /^[\p{L} '-]{4,}$/u.test(c.name));
  const towns = new Map<string, string[]>();
  for (const c of cities) {
    const list = towns.get(c.country) ?? [];
    list.push(c.name);
    towns.set(c.country, list);
  }
  const countries = (worldCountries() as Country[]).filter((c) => (towns.get(c.cca2)?.length ?? 0) >= 20);
  cache = { towns, countries };
  return cache;
}

/** One copy of a base text with its places, people and numbers changed (deterministic in `rand`). */
function vary(base: { text: string; report: Report }, rand: () => number): string {
  const { towns, countries } = places();
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const country = pick(countries);
  const local = towns.get(country.cca2)!;
  const swaps = new Map<string, string>();
  for (const p of base.report.places) {
    const to = p.precision === 'country' ? country.name.common : p.precision === 'town' || p.precision === 'unknown' ? pick(local) : null;
    if (to) for (const w of new Set([p.written, p.name, ...p.aliases])) if (w.length > 2) swaps.set(w, to);
  }
  for (const person of base.report.people) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const parts = person.name.split(/\s+/);
    swaps.set(person.name, `${first} ${last}`);
    if (parts.length > 1) swaps.set(parts.at(-1)!, last);
    for (const a of person.aliases) if (a.length > 2 && !swaps.has(a)) swaps.set(a, a.includes(' ') ? `${first} ${last}` : last);
  }
  let body = base.text.slice(base.report.bodyStart);
  const keys = [...swaps.keys()].sort((a, b) => b.length - a.length);
  if (keys.length) body = body.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu'), (m) => swaps.get(m)!);
  // Numbers: same number of digits; days of the month stay days of the month.
  return body.replace(/(?<![\d.,])\d+(?![\d.,]\d)/g, (m) => {
    const n = Number(m);
    if (n <= 31) return String(1 + Math.floor(rand() * 31));
    const lo = 10 ** (m.length - 1);
    return String(lo + Math.floor(rand() * (9 * lo)));
  });
}

/** Paragraphs (lines) of a body, trimmed, blank ones dropped. */
const paragraphsOf = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** The paragraph of the bases with the most claims, figures, quotations and dates (first on ties). */
function richestParagraph(bases: { text: string; report: Report }[]): string {
  let best = { score: -1, text: '' };
  for (const { text, report } of bases) {
    const items = [...report.claims, ...report.figures, ...report.quotes, ...report.dates];
    for (const p of report.paragraphs) {
      const score = items.filter((x) => x.start >= p.start && x.start < p.end).length;
      if (score > best.score) best = { score, text: text.slice(p.start, p.end).trim() };
    }
  }
  return best.text;
}

/**
 * A seed text of about `bytes` bytes of UTF-8 (never more), with front matter, made from `bases`
 * (the real seeds with their reports).
 */
export function largeSeed(bases: { text: string; report: Report }[], kind: LargeKind, bytes: number, options: LargeSeedOptions = {}): string {
  const rand = prng(options.seed ?? 1);
  const head = `---\noutlet: Large ${kind}\npublished: 2024-07-02\n---\n`;
  const paragraphs: string[] = [];
  let size = Buffer.byteLength(head);
  const add = (p: string) => {
    const n = Buffer.byteLength(p) + 1;
    if (size + n > bytes || paragraphs.length >= (options.maxParagraphs ?? Infinity)) return false;
    paragraphs.push(p);
    size += n;
    return true;
  };
  if (kind === 'repetitive') {
    const p = richestParagraph(bases);
    while (add(p));
  } else if (kind === 'lines') {
    // A list: one word a line.
    const words = bases.flatMap((b) => b.text.slice(b.report.bodyStart).split(/\s+/).filter(Boolean));
    for (let i = 0; add(words[i % words.length]); i++);
  } else {
    outer: for (let i = 0; ; i++) {
      const text = vary(bases[i % bases.length], rand);
      for (const p of paragraphsOf(text)) if (!add(p)) break outer;
    }
  }
  const join = Math.max(1, options.joinParagraphs ?? 1, options.fitParagraphs ? Math.ceil(paragraphs.length / options.fitParagraphs) : 1);
  const blocks: string[] = [];
  for (let i = 0; i < paragraphs.length; i += join) blocks.push(paragraphs.slice(i, i + join).join(' '));
  return head + blocks.join('\n') + '\n';
}
