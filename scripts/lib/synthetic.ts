// Synthetic seed folders for the benchmark: realistic texts made from the real seeds, with the
// places and publication dates of each synthetic event changed, so that grouping has real work.
import { geonamesCities, worldCountries } from '../../src/geo/world.ts';
import type { Report } from '../../src/schemas/report.ts';

/** Small deterministic PRNG (mulberry32). */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `count` seed texts: report i belongs to event ⌊i / perEvent⌋; each event gets its own country,
 * towns and date, substituted for the places the pipeline found in the base text.
 */
export function syntheticSeeds(bases: { text: string; report: Report }[], count: number, perEvent = 4): { name: string; text: string }[] {
  const cities = geonamesCities().filter((c) => /^[\p{L} '-]{4,}$/u.test(c.name));
  const countries = worldCountries();
  const byCountry = new Map<string, string[]>();
  for (const c of cities) {
    const list = byCountry.get(c.country) ?? [];
    list.push(c.name);
    byCountry.set(c.country, list);
  }
  const usable = countries.filter((c) => (byCountry.get(c.cca2)?.length ?? 0) >= 20);
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const event = Math.floor(i / perEvent);
    const rand = prng(event + 1);
    const country = usable[Math.floor(rand() * usable.length)];
    const towns = byCountry.get(country.cca2)!;
    const base = bases[i % bases.length];
    let body = base.text;
    const swaps = new Map<string, string>();
    for (const p of base.report.places) {
      const to = p.precision === 'country' ? country.name.common : p.precision === 'town' || p.precision === 'unknown' ? towns[Math.floor(rand() * towns.length)] : null;
      if (to) for (const w of new Set([p.written, p.name, ...p.aliases])) if (w.length > 2) swaps.set(w, to);
    }
    const keys = [...swaps.keys()].sort((a, b) => b.length - a.length);
    if (keys.length) body = body.replace(new RegExp(`\\b(?:${keys.map(escape).join('|')})\\b`, 'gu'), (m) => swaps.get(m)!);
    const day = new Date(Date.UTC(2020, 0, 1) + event * 86400000 * 2).toISOString().slice(0, 10);
    const text = `---\noutlet: Synthetic ${i % 7}\npublished: ${day}\n---\n${body}\nReport ${i} of the benchmark.\n`;
    out.push({ name: `${String(i).padStart(6, '0')}.txt`, text });
  }
  return out;
}
