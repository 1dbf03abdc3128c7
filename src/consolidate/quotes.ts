// Quotations aligned across reports by wording (character trigrams, so "co-ordinated" and
// "coordinated", "defence" and "defense" still meet), with their wording variants.
import type { Quote } from '../schemas/statements.ts';
import type { Profile } from './profile.ts';
import { charTrigrams, cmp, dice, intersectionSize, words } from './text.ts';

export interface QuoteReading {
  profile: Profile;
  quote: Quote;
  grams: Set<string>;
}

export interface QuoteCluster {
  /** Stable id within the event. */
  id: string;
  readings: QuoteReading[];
}

/** Two quotations are one when their letters mostly agree, or the shorter sits inside the longer. */
export function sameQuote(a: Set<string>, b: Set<string>): boolean {
  if (dice(a, b) >= 0.7) return true;
  const small = Math.min(a.size, b.size);
  return small >= 12 && intersectionSize(a, b) / small >= 0.9;
}

/** A quotation worth aligning: three words or more (a party's "coordinated and high quality" counts; a scare-quoted "neutralised" does not). */
export const substantial = (q: Quote) => words(q.text).length >= 3;

/** Clusters the substantial quotations of an event's reports. */
export function alignQuotes(profiles: Profile[]): QuoteCluster[] {
  const clusters: { readings: QuoteReading[] }[] = [];
  for (const profile of profiles) {
    const quotes = [...profile.report.quotes].filter(substantial).sort((a, b) => a.start - b.start);
    for (const quote of quotes) {
      const reading: QuoteReading = { profile, quote, grams: charTrigrams(quote.text) };
      let best: { c: { readings: QuoteReading[] }; s: number } | null = null;
      for (const c of clusters) {
        const hit = c.readings.find((r) => sameQuote(r.grams, reading.grams));
        if (!hit) continue;
        const s = dice(hit.grams, reading.grams);
        if (!best || s > best.s) best = { c, s };
      }
      if (best) best.c.readings.push(reading);
      else clusters.push({ readings: [reading] });
    }
  }
  // Ids by order of first appearance (reports come sorted by id), so they are stable.
  return clusters.map((c, i) => ({ id: `q${i + 1}`, readings: c.readings }));
}

/** For each report, the ids of its quotation clusters in reading order. */
export function quoteSequences(clusters: QuoteCluster[]): Map<string, string[]> {
  const items: { report: string; start: number; id: string }[] = [];
  for (const c of clusters) for (const r of c.readings) items.push({ report: r.profile.report.id, start: r.quote.start, id: c.id });
  items.sort((a, b) => cmp(a.report, b.report) || a.start - b.start);
  const out = new Map<string, string[]>();
  for (const it of items) {
    const seq = out.get(it.report) ?? [];
    if (seq.at(-1) !== it.id) seq.push(it.id);
    out.set(it.report, seq);
  }
  return out;
}
