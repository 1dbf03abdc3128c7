// Independent origins: reports that are copies or rewrites of one wire story count once.
//
// Evidence between two reports of an event: the share of the shorter text's 5-word sequences
// found in the other (long shared phrasing), the quotations both carry and how many of them
// come in the same order, and the news agencies (or outlet) both rely on.
import type { OriginEvidence } from '../schemas/event.ts';
import type { Profile } from './profile.ts';
import { cmp, containment, fold, shingles, words } from './text.ts';

export interface OriginResult {
  /** Groups of report ids, each sorted, groups ordered by their first id. */
  origins: string[][];
  evidence: OriginEvidence[];
}

/** Thresholds, exported so tests and the page can state them. */
export const ORIGIN_RULES = {
  /** 5-gram share above which a text is a copy of the other. */
  copy: 0.3,
  /** 5-gram share that, with two shared quotations, marks a rewrite. */
  rewrite: 0.025,
  /** Shared quotations in the same order that mark one source on their own. */
  quotesInOrder: 3,
};

const SHINGLE = 5;

/**
 * 5-word sequences of the narrative, quotations left out: two outlets quoting the same statement
 * verbatim is not evidence of copying, shared narration is.
 */
function narrativeShingles(p: Profile): Set<number> {
  if (!p.text) return shingles(p.tokens, SHINGLE);
  const cuts = [...p.report.quotes].sort((a, b) => a.start - b.start);
  const out = new Set<number>();
  let from = p.report.bodyStart;
  const add = (to: number) => {
    if (to > from) for (const h of shingles(words(p.text!.slice(from, to)), SHINGLE)) out.add(h);
  };
  for (const q of cuts) {
    if (q.start < from) continue;
    add(q.start);
    from = q.end;
  }
  add(p.text.length);
  return out;
}

/** Length of the longest common subsequence of two id sequences. */
export function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j];
      row[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(row[j], row[j - 1]);
      prev = keep;
    }
  }
  return row[b.length];
}

function agencySet(p: Profile): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of p.report.agencies) out.set(fold(a.name), a.name);
  return out;
}

/** Pairwise evidence and the resulting origins for the reports of one event. */
export function findOrigins(profiles: Profile[], quoteSeqs: Map<string, string[]>): OriginResult {
  const sorted = [...profiles].sort((a, b) => cmp(a.report.id, b.report.id));
  const grams = sorted.map(narrativeShingles);
  const agencies = sorted.map(agencySet);
  const outlets = sorted.map((p) => (p.report.outlet ? fold(p.report.outlet) : null));
  const parent = sorted.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  const evidence: OriginEvidence[] = [];

  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const ratio = Math.round(containment(grams[i], grams[j]) * 1000) / 1000;
      const qa = quoteSeqs.get(sorted[i].report.id) ?? [];
      const qb = quoteSeqs.get(sorted[j].report.id) ?? [];
      const setB = new Set(qb);
      const shared = new Set(qa.filter((q) => setB.has(q))).size;
      const inOrder = shared ? lcs(qa, qb) : 0;
      const sharedAgencies = new Set<string>();
      for (const [k, name] of agencies[i]) if (agencies[j].has(k)) sharedAgencies.add(name);
      // A report from an agency's own wire, and another citing that agency.
      if (outlets[i] && agencies[j].has(outlets[i]!)) sharedAgencies.add(agencies[j].get(outlets[i]!)!);
      if (outlets[j] && agencies[i].has(outlets[j]!)) sharedAgencies.add(agencies[i].get(outlets[j]!)!);
      if (outlets[i] && outlets[i] === outlets[j]) sharedAgencies.add(sorted[i].report.outlet!);
      const reasons: string[] = [];
      const pct = `${Math.round(ratio * 100)}%`;
      if (ratio >= ORIGIN_RULES.copy) reasons.push(`${pct} of the shorter text's 5-word sequences of narration recur in the other: a copy of one text`);
      else if (ratio >= ORIGIN_RULES.rewrite && shared >= 2) reasons.push(`${pct} of narration shared and ${shared} shared quotations: a rewrite of one story`);
      if (inOrder >= ORIGIN_RULES.quotesInOrder) reasons.push(`${inOrder} quotations in the same order`);
      if (sharedAgencies.size) reasons.push(`both rely on ${[...sharedAgencies].sort(cmp).join(' and ')}`);
      const sameOrigin = reasons.length > 0;
      if (sameOrigin) {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      } else {
        if (shared) reasons.push(`${shared} shared quotation${shared > 1 ? 's' : ''}${inOrder > 1 ? ` (${inOrder} in the same order)` : ''}, but little shared narration (${pct}): independent reporting`);
        else if (ratio >= 0.02) reasons.push(`${pct} of narration shared and no shared quotation: independent reporting`);
      }
      if (sameOrigin || shared || ratio >= 0.02) {
        evidence.push({
          reports: [sorted[i].report.id, sorted[j].report.id],
          sharedNgramRatio: ratio,
          sharedQuotes: shared,
          sharedQuotesInOrder: inOrder,
          sharedAgencies: [...sharedAgencies].sort(cmp),
          sameOrigin,
          reasons,
        });
      }
    }
  }
  const groups = new Map<number, string[]>();
  sorted.forEach((p, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(p.report.id);
    groups.set(root, list);
  });
  const origins = [...groups.values()].map((g) => g.sort(cmp)).sort((a, b) => cmp(a[0], b[0]));
  return { origins, evidence };
}
