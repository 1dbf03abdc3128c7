// Which of several spellings of one name to show. Wire copies repeat the spelling of the story
// they copy, so support is counted in independent origins, not in reports.
import type { Variant } from '../schemas/event.ts';
import { cmp, fold, nameKey } from './text.ts';

/** Origin index of each report; reports missing from it count as origins of their own. */
export type OriginOf = ReadonlyMap<string, number>;

const hasDiacritics = (s: string) => s !== s.normalize('NFKD').replace(/\p{M}/gu, '');
/** A dateline or headline capital ("KAYES"): a way of setting type, not a spelling. */
const allCaps = (s: string) => s.length > 3 && s === s.toUpperCase() && s !== s.toLowerCase();

export interface SpellingSupport {
  /** Independent origins using the spelling. */
  origins: number;
  /** Per origin, the most mentions one of its reports makes with it, summed: how firmly each origin uses it. */
  firmness: number;
}

/** Support of a spelling; `mentions(reportId)` is how often that report writes it (default 1). */
export function spellingSupport(reports: readonly string[], originOf: OriginOf | undefined, mentions: (reportId: string) => number = () => 1): SpellingSupport {
  const perOrigin = new Map<string, number>();
  for (const r of reports) {
    const o = originOf?.has(r) ? `o${originOf.get(r)}` : `r${r}`;
    perOrigin.set(o, Math.max(perOrigin.get(o) ?? 0, mentions(r)));
  }
  return { origins: perOrigin.size, firmness: [...perOrigin.values()].reduce((s, n) => s + n, 0) };
}

/**
 * Orders spellings, preferred first: more independent origins, then firmer use within them, then
 * (for the same letters) the form that keeps its accents (outlets drop accents, rarely add them),
 * never a form in capitals when another exists; copies decide nothing.
 */
export function rankSpellings(variants: Variant[], originOf: OriginOf | undefined, mentions?: (variant: Variant, reportId: string) => number): Variant[] {
  const support = new Map(variants.map((v) => [v, spellingSupport(v.reports, originOf, mentions ? (r) => mentions(v, r) : undefined)]));
  const caps = (v: Variant) => Number(allCaps(v.value) && variants.some((w) => !allCaps(w.value) && nameKey(w.value) === nameKey(v.value)));
  const accents = (v: Variant) => Number(hasDiacritics(v.value) && variants.some((w) => w !== v && nameKey(w.value) === nameKey(v.value)));
  return [...variants].sort((a, b) => {
    const sa = support.get(a)!;
    const sb = support.get(b)!;
    return (
      caps(a) - caps(b) ||
      sb.origins - sa.origins ||
      sb.firmness - sa.firmness ||
      accents(b) - accents(a) ||
      cmp(fold(a.value), fold(b.value)) ||
      cmp(a.value, b.value)
    );
  });
}

/**
 * A name with up to `k` (0–2) letters deleted, each form once. Two names an edit distance of at
 * most k apart (substitutions, insertions, deletions, adjacent transpositions, each letter edited
 * once) share a form: each edit is undone by deleting at most one letter on each side.
 */
export function deletions(name: string, k: number): string[] {
  const out = new Set([name]);
  if (k >= 1) {
    for (let i = 0; i < name.length; i++) {
      const one = name.slice(0, i) + name.slice(i + 1);
      out.add(one);
      if (k >= 2) for (let j = i; j < one.length; j++) out.add(one.slice(0, j) + one.slice(j + 1));
    }
  }
  return [...out];
}
