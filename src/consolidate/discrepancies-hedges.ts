// Hedges some reports put on a statement and others do not ("temporarily", "reportedly"), and
// claims some reports give as fact. Part of discrepancies.ts, which ranks them with the other kinds.
import type { Discrepancy, Fact, SourceRef } from '../schemas/event.ts';
import type { Profile } from './profile.ts';
import { fold, sortedUnique } from './text.ts';
import { plural, type ComparableFigure, type Reading } from './discrepancies-figures.ts';

/** Words that weaken a statement, by the label shown. */
export const HEDGES: [string, RegExp][] = [
  ['temporarily', /\btemporar(?:y|ily)\b/],
  ['briefly', /\bbriefly\b/],
  ['partially', /\bpartial(?:ly)?\b|\bpartly\b/],
  ['reportedly', /\breportedly\b|\breports? (?:say|said|suggest|indicate)|\b(?:is|are|was|were|been) reported to\b/],
  ['allegedly', /\balleged(?:ly)?\b/],
  ['purportedly', /\bpurported(?:ly)?\b/],
  ['apparently', /\bapparent(?:ly)?\b/],
  ['possibly', /\bpossibl[ey]\b|\bmay have\b|\bmight have\b|\bperhaps\b/],
  ['believed', /\b(?:believed|thought|presumed|feared) (?:to (?:have|be)|dead|killed)\b/],
  ['unconfirmed', /\bunconfirmed\b|\bunverified\b|\b(?:could|did|has|have|had) not (?:be(?:en)? )?(?:independently )?(?:verif|confirm)\w*/],
];
/** Attribution as a claim: a hedge only beside reports that state the same thing as fact. */
const CLAIM_WORD = /\bclaim(?:s|ed|ing)?\b/;

/**
 * The words that can qualify an item: a few before it (back to a clause break), the item, and for
 * a figure a few after it ("80 militants were reportedly killed"), up to the next clause.
 */
function windowAround(sentence: string, start: number, end: number, after: number): string {
  const CLAUSE = /[;:]|\b(?:but|while|whereas|although|though)\b/;
  const lead = sentence.slice(0, Math.max(0, start)).split(/\s+/).filter(Boolean).slice(-6).join(' ');
  const tail = sentence.slice(Math.max(start, end)).split(/\s+/).filter(Boolean).slice(0, after).join(' ');
  return fold(`${lead.split(CLAUSE).at(-1)} ${sentence.slice(Math.max(0, start), Math.max(start, end))} ${tail.split(CLAUSE)[0]}`);
}

interface HedgeReading {
  report: string;
  ref: SourceRef;
  hedges: Set<string>;
  claimed: boolean;
  /** Stated in the outlet's own voice (no one named as its source). */
  ownVoice: boolean;
}

function hedgeReadings(f: Fact, profiles: Map<string, Profile>, figureReadings: Reading[]): HedgeReading[] {
  const readingOfRef = new Map<SourceRef, Reading>();
  for (const r of figureReadings) if (!readingOfRef.has(r.ref)) readingOfRef.set(r.ref, r);
  return f.sources.flatMap((ref) => {
    const profile = profiles.get(ref.reportId);
    if (!profile) return [];
    const sentence = profile.sentence(ref.sentenceId);
    if (!sentence) return [];
    const start = (ref.spanStart ?? ref.start) - ref.start;
    const end = (ref.spanEnd ?? ref.end) - ref.start;
    // A claim's span is its whole clause; a figure's is the number and noun, its verb may follow.
    const text = windowAround(sentence, start, end, f.kind === 'figure' ? 6 : 0);
    const figure = readingOfRef.get(ref);
    return [{
      report: ref.reportId,
      ref,
      hedges: new Set(HEDGES.filter(([, re]) => re.test(text)).map(([label]) => label)),
      claimed: CLAIM_WORD.test(text),
      ownVoice: f.kind === 'figure' && !!figure && !figure.figure.claimedBy && !CLAIM_WORD.test(text),
    }];
  });
}

/** Hedges some reports put on a statement and others do not ("temporarily", "reportedly"). */
export function hedgeDiscrepancies(facts: Fact[], figs: ComparableFigure[], profiles: Map<string, Profile>): Discrepancy[] {
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  const candidates = [...figs, ...facts.filter((f) => f.kind === 'claim' && !f.background).map((fact) => ({ fact, readings: [] as Reading[] }))];
  for (const { fact, readings } of candidates) {
    if (fact.reports.length < 2) continue;
    const hr = hedgeReadings(fact, profiles, readings);
    const reports = sortedUnique(hr.map((h) => h.report));
    const firstRef = (list: HedgeReading[]) => {
      const first = new Map<string, SourceRef>();
      for (const h of list) if (!first.has(h.report)) first.set(h.report, h.ref);
      return sortedUnique(list.map((h) => h.report)).map((r) => first.get(r)!);
    };
    const push = (label: string, withIt: HedgeReading[], without: HedgeReading[], withoutLabel: string, note: string) => {
      const withReports = sortedUnique(withIt.map((h) => h.report));
      const key = `${label}|${withReports.join(',')}|${reports.join(',')}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        kind: 'hedge',
        subject: fact.text,
        variants: [
          { value: label, reports: withReports, sources: firstRef(withIt) },
          { value: withoutLabel, reports: sortedUnique(without.map((h) => h.report)), sources: firstRef(without) },
        ],
        note,
        factId: fact.id,
      });
    };
    for (const [label] of HEDGES) {
      const withIt = hr.filter((h) => h.hedges.has(label));
      const hedged = new Set(withIt.map((h) => h.report));
      const without = hr.filter((h) => !hedged.has(h.report));
      if (!withIt.length || !without.length) continue;
      const others = reports.length - hedged.size;
      push(label, withIt, without, `without “${label}”`, `“${label}” in ${plural(hedged.size, 'report')} only; ${plural(others, 'other report')} ${others === 1 ? 'states' : 'state'} it without`);
    }
    // "claimed" matters only against reports that state the same thing as fact.
    const claimed = hr.filter((h) => h.claimed);
    const claimedReports = new Set(claimed.map((c) => c.report));
    const asFact = hr.filter((h) => h.ownVoice && !claimedReports.has(h.report));
    if (claimed.length && asFact.length) {
      const n = new Set(claimed.map((h) => h.report)).size;
      const m = new Set(asFact.map((h) => h.report)).size;
      push('claimed', claimed, asFact, 'stated as fact', `${plural(n, 'report')} ${n === 1 ? 'gives' : 'give'} it as a claim; ${plural(m, 'report')} ${m === 1 ? 'states' : 'state'} it as fact`);
    }
  }
  return out;
}

