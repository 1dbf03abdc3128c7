// Quotations aligned across reports by wording (character trigrams, so "co-ordinated" and
// "coordinated", "defence" and "defense" still meet), with their wording variants.
import type { Quote } from '../schemas/statements.ts';
import type { Profile } from './profile.ts';
import { charTrigrams, cmp, dice, intersectionSize, nameKey, words } from './text.ts';

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

/** Readings of the same letters (and so the same trigrams), with what the clustering needs to know of them. */
interface Form {
  grams: Set<string>;
  /** For each cluster holding readings of this form, the index of the first of them. */
  firstIn: Map<number, number>;
}

/**
 * Clusters the substantial quotations of an event's reports: each quotation joins the cluster
 * whose first matching quotation (`sameQuote`) is most alike (`dice`), else starts one.
 *
 * Instead of comparing each quotation with every earlier one, candidates come from indexes of
 * trigrams, exact by construction: quotations that are one (`sameQuote`) share at least 70% of
 * the smaller one's trigrams (dice ≥ 0.7 needs it, containment ≥ 0.9 more so), so the smaller one's
 * rarest 30% (and one) must meet the other's trigrams. Each quotation is looked up with its own
 * rarest trigrams among all trigrams of those before it, and with all its trigrams among the
 * rarest of those before it. Quotations of the same letters are compared once.
 */
export function alignQuotes(profiles: Profile[]): QuoteCluster[] {
  const readings: QuoteReading[] = [];
  const forms = new Map<string, Form>();
  const formOf: Form[] = [];
  for (const profile of profiles) {
    const quotes = [...profile.report.quotes].filter(substantial).sort((a, b) => a.start - b.start);
    for (const quote of quotes) {
      const grams = charTrigrams(quote.text);
      const key = nameKey(quote.text);
      let form = forms.get(key);
      if (!form) forms.set(key, (form = { grams, firstIn: new Map() }));
      readings.push({ profile, quote, grams });
      formOf.push(form);
    }
  }
  // Trigrams by rarity among the forms (any fixed order is exact; rarest first keeps lookups short).
  const frequency = new Map<string, number>();
  for (const f of forms.values()) for (const g of f.grams) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  const rarest = (f: Form) => {
    const sorted = [...f.grams].sort((a, b) => frequency.get(a)! - frequency.get(b)! || cmp(a, b));
    return sorted.slice(0, sorted.length - Math.floor(0.7 * sorted.length) + 1);
  };
  const prefixes = new Map<Form, string[]>();
  const everyGram = new Map<string, Form[]>(); // trigram → forms seen that have it
  const rareGram = new Map<string, Form[]>(); // trigram → forms seen that have it among their rarest
  const seen = new Set<Form>();
  const clusters: { readings: QuoteReading[] }[] = [];
  readings.forEach((reading, index) => {
    const form = formOf[index];
    let prefix = prefixes.get(form);
    if (!prefix) prefixes.set(form, (prefix = rarest(form)));
    const candidates = new Set<Form>();
    for (const g of prefix) for (const f of everyGram.get(g) ?? []) candidates.add(f);
    for (const g of form.grams) for (const f of rareGram.get(g) ?? []) candidates.add(f);
    // Per cluster, its first matching reading and how alike that one is.
    const hits = new Map<number, { first: number; s: number }>();
    for (const f of candidates) {
      if (!sameQuote(f.grams, form.grams)) continue;
      const s = dice(f.grams, form.grams);
      for (const [c, first] of f.firstIn) {
        const hit = hits.get(c);
        if (!hit || first < hit.first) hits.set(c, { first, s });
      }
    }
    let best: { c: number; s: number } | null = null;
    for (const [c, hit] of hits) if (!best || hit.s > best.s || (hit.s === best.s && c < best.c)) best = { c, s: hit.s };
    const c = best ? best.c : clusters.push({ readings: [] }) - 1;
    clusters[c].readings.push(reading);
    if (!form.firstIn.has(c)) form.firstIn.set(c, index);
    if (!seen.has(form)) {
      seen.add(form);
      const add = (index: Map<string, Form[]>, g: string) => {
        const list = index.get(g);
        if (list) list.push(form);
        else index.set(g, [form]);
      };
      for (const g of form.grams) add(everyGram, g);
      for (const g of prefix) add(rareGram, g);
    }
  });
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
