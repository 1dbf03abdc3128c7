// The indexed clusterings of quotations and claims against the plain all-pairs loops they replace.
import { describe, expect, it } from 'vitest';
import { alignQuotes, sameQuote, substantial, type QuoteReading } from '../../src/consolidate/quotes.ts';
import { clusterClaims, medoidOf, sameClaim, type Reading } from '../../src/consolidate/claims.ts';
import { charTrigrams, cmp, dice, jaccard } from '../../src/consolidate/text.ts';
import type { Profile } from '../../src/consolidate/profile.ts';
import { prng } from '../../scripts/lib/synthetic.ts';

const VOCABULARY = 'the army said militants attacked the base killing soldiers and civilians in the north on tuesday we will not surrender 80 fighters were neutralised coordinated and high quality dozens three'.split(' ');

function sentence(rand: () => number, base: string[]): string {
  // A variation of a base sentence: words dropped, swapped or added.
  const out = base.filter(() => rand() > 0.15);
  if (rand() < 0.5) out.push(VOCABULARY[Math.floor(rand() * VOCABULARY.length)]);
  if (rand() < 0.3) out.reverse();
  return out.join(' ') || 'the army said';
}

/** The clustering as it was: every quotation against every cluster. */
function naiveQuotes(profiles: Profile[]): QuoteReading[][] {
  const clusters: { readings: QuoteReading[] }[] = [];
  for (const profile of profiles) {
    for (const quote of [...profile.report.quotes].filter(substantial).sort((a, b) => a.start - b.start)) {
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
  return clusters.map((c) => c.readings);
}

describe('quotation clustering', () => {
  it('gives the clusters of the all-pairs loop', () => {
    for (let t = 0; t < 60; t++) {
      const rand = prng(t + 1);
      const bases = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => Array.from({ length: 3 + Math.floor(rand() * 12) }, () => VOCABULARY[Math.floor(rand() * VOCABULARY.length)]));
      const profiles = Array.from({ length: 1 + Math.floor(rand() * 5) }, (_, p) => ({
        report: { id: `r${p}`, quotes: Array.from({ length: Math.floor(rand() * 25) }, (_, q) => ({ text: sentence(rand, bases[Math.floor(rand() * bases.length)]), start: q * 100 })) },
      })) as unknown as Profile[];
      const show = (clusters: QuoteReading[][]) => clusters.map((c) => c.map((r) => `${r.profile.report.id}@${r.quote.start}`));
      expect(show(alignQuotes(profiles).map((c) => c.readings))).toEqual(show(naiveQuotes(profiles)));
    }
  });
});

/** The clustering as it was: each reading against every cluster of its stance. */
function naiveClaims(readings: Reading[]): Reading[][] {
  const clusters: Reading[][] = [];
  for (const r of readings) {
    const c = clusters.find((list) => list[0].claim.stance === r.claim.stance && list.some((x) => sameClaim(x, r)));
    if (c) c.push(r);
    else clusters.push([r]);
  }
  return clusters;
}

describe('claim clustering', () => {
  it('gives the clusters and medoids of the all-pairs loop', () => {
    const stances = ['assert', 'deny', 'hedge'];
    const types = ['casualties', 'control', 'responsibility'];
    const parties = [null, { key: 'army' }, { key: 'jnim' }];
    for (let t = 0; t < 60; t++) {
      const rand = prng(t + 100);
      const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
      const bases = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => Array.from({ length: 2 + Math.floor(rand() * 6) }, () => pick(VOCABULARY)));
      const readings = Array.from({ length: Math.floor(rand() * 80) }, (_, i) => {
        const terms = new Set(sentence(rand, pick(bases)).split(' ').map((w) => (/^\d+$|^(?:three|dozens)$/.test(w) ? `#${w}` : w)));
        return {
          profile: { report: { id: `r${Math.floor(rand() * 4)}` } },
          claim: { stance: pick(stances), type: pick(types), start: i },
          party: pick(parties),
          terms,
        } as unknown as Reading;
      });
      const clusters = clusterClaims(readings);
      expect(clusters).toEqual(naiveClaims(readings));
      for (const c of clusters) {
        const medoid = [...c].sort(
          (a, b) =>
            c.reduce((s, x) => s + jaccard(b.terms, x.terms), 0) - c.reduce((s, x) => s + jaccard(a.terms, x.terms), 0) ||
            cmp(a.profile.report.id, b.profile.report.id) ||
            a.claim.start - b.claim.start,
        )[0];
        expect(medoidOf(c)).toBe(medoid);
      }
    }
  });
});
