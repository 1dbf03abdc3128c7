// Facts aligned across an event's reports: the shared frame (which reports state, omit or
// contradict a fact, how many independent origins stand behind it) and quotation facts.
import type { ClaimFact, Fact, FigureFact, QuoteFact, SourceRef, Variant } from '../schemas/event.ts';
import type { PartyTable } from './parties.ts';
import type { Profile } from './profile.ts';
import { sourceRef } from './profile.ts';
import type { QuoteCluster } from './quotes.ts';
import { cmp, fold, mode, sortedUnique } from './text.ts';

/**
 * The claimant shown for a figure no one is named as giving: the outlets state it themselves. One
 * constant, so the ledger, the bottom line and the page can tell it from a named claimant.
 */
export const OWN_VOICE_NAME = 'the reports (own voice)';

/** What every alignment step needs to know about the event. */
export interface EventContext {
  profiles: Profile[];
  /** Report ids of the event, sorted. */
  reportIds: string[];
  /** Origin index of each report. */
  originOf: Map<string, number>;
  parties: PartyTable;
}

/** Number of independent origins among some reports. */
export function originCount(ctx: EventContext, reports: Iterable<string>): number {
  return new Set([...reports].map((r) => ctx.originOf.get(r))).size;
}

/** What the alignment of one kind gives before `finishFact`: the fact without what it computes. */
export type UnfinishedFact<F extends Fact = Fact> = F extends Fact ? Omit<F, 'omittedBy' | 'origins' | 'status'> : never;

/** Completes a fact of any kind: sorted lists, omissions, origin count and status. */
export function finishFact(ctx: EventContext, f: UnfinishedFact<FigureFact>): FigureFact;
export function finishFact(ctx: EventContext, f: UnfinishedFact<ClaimFact>): ClaimFact;
export function finishFact(ctx: EventContext, f: UnfinishedFact<QuoteFact>): QuoteFact;
export function finishFact(ctx: EventContext, f: UnfinishedFact): Fact {
  const reports = sortedUnique(f.reports);
  const stating = new Set(reports);
  const contradictedBy = sortedUnique(f.contradictedBy.filter((r) => !stating.has(r)));
  const contradicting = new Set(contradictedBy);
  const omittedBy = ctx.reportIds.filter((r) => !stating.has(r) && !contradicting.has(r));
  const origins = originCount(ctx, reports);
  const status: Fact['status'] = contradictedBy.length
    ? 'contested'
    : reports.length === ctx.reportIds.length && reports.length > 1
      ? 'agreed'
      : origins >= 2
        ? 'corroborated'
        : 'single-source';
  return {
    ...f,
    reports,
    contradictedBy,
    omittedBy,
    origins,
    status,
    variants: f.variants.map((v) => ({ ...v, reports: sortedUnique(v.reports), sources: [...v.sources].sort(bySource) })),
    sources: [...f.sources].sort(bySource),
  };
}

/** True when `inner` (a figure's words) lies within `outer` (a statement's words) in the same sentence. */
export function spanWithin(inner: SourceRef, outer: SourceRef): boolean {
  if (inner.reportId !== outer.reportId || inner.sentenceId !== outer.sentenceId) return false;
  if (inner.spanStart === null || outer.spanStart === null || outer.spanEnd === null) return false;
  return inner.spanStart >= outer.spanStart && (inner.spanEnd ?? inner.spanStart) <= outer.spanEnd;
}

/**
 * True when a claim or quotation states the figure: the claim points at it (`figureId`), or the
 * figure was read within the statement's own words ("total control of three enemy barracks").
 */
export function statesFigure(statement: Fact, figure: Fact): boolean {
  if (statement.kind === 'figure' || figure.kind !== 'figure') return false;
  if (statement.kind === 'claim' && statement.figureId === figure.id) return true;
  return statement.sources.some((outer) => figure.sources.some((inner) => spanWithin(inner, outer)));
}

/**
 * Whether a statement states any of some figures (`statesFigure` of each): by the figures' ids and
 * their words by report and sentence, looked up, not read figure by figure.
 */
export function figureStatements(figures: readonly Fact[]): (statement: Fact) => boolean {
  const ids = new Set<string>();
  const spans = new Map<string, SourceRef[]>();
  for (const figure of figures) {
    if (figure.kind !== 'figure') continue;
    ids.add(figure.id);
    for (const inner of figure.sources) {
      const k = `${inner.reportId}\u0000${inner.sentenceId}`;
      const list = spans.get(k);
      if (list) list.push(inner);
      else spans.set(k, [inner]);
    }
  }
  return (statement) => {
    if (statement.kind === 'figure') return false;
    if (statement.kind === 'claim' && statement.figureId !== undefined && ids.has(statement.figureId)) return true;
    return statement.sources.some((outer) => (spans.get(`${outer.reportId}\u0000${outer.sentenceId}`) ?? []).some((inner) => spanWithin(inner, outer)));
  };
}

export function bySource(a: SourceRef, b: SourceRef): number {
  return cmp(a.reportId, b.reportId) || a.start - b.start || (a.spanStart ?? 0) - (b.spanStart ?? 0);
}

/** Groups items into variants by a normalized key; each variant shows its most common wording. */
export function variantsOf<T>(items: T[], key: (t: T) => string, value: (t: T) => string, report: (t: T) => string, ref: (t: T) => SourceRef): Variant[] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = groups.get(k) ?? [];
    list.push(it);
    groups.set(k, list);
  }
  return [...groups.values()]
    .map((list) => ({
      value: mode(list.map(value))!,
      reports: sortedUnique(list.map(report)),
      sources: list.map(ref),
    }))
    .sort((a, b) => b.reports.length - a.reports.length || cmp(a.value, b.value));
}

/** Wording key of a quotation: case, accents, punctuation and spacing ignored. */
export const wordingKey = (s: string) => fold(s).replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * True when a claim of the quotation's party carries the whole quotation in its words
 * (its operations as "coordinated and high quality" / “coordinated and high quality.”): listing
 * both would say one thing twice.
 */
export function claimCarriesQuote(claim: Fact, quote: Fact): boolean {
  if (claim.kind !== 'claim' || quote.kind !== 'quote' || claim.party !== quote.party) return false;
  const q = wordingKey(quote.text);
  return q.length > 0 && ` ${wordingKey(claim.text)} `.includes(` ${q} `);
}

/** Quotation facts from the aligned quotation clusters. */
export function quoteFacts(ctx: EventContext, clusters: QuoteCluster[]): QuoteFact[] {
  return clusters.map((c) => {
    const speakers = c.readings.map((r) => r.quote.speaker).filter((s): s is string => !!s);
    const parties = c.readings.map((r) => ctx.parties.resolve(r.profile, r.quote.speaker, r.quote.speakerEntity)).filter((p) => p !== null);
    const party = mode(parties, (p) => p.key) ?? null;
    const ref = (r: (typeof c.readings)[number]) => sourceRef(r.profile, r.quote.sentenceId, r.quote.start, r.quote.end, r.quote.text);
    const variants = variantsOf(c.readings, (r) => wordingKey(r.quote.text), (r) => r.quote.text.trim(), (r) => r.profile.report.id, ref);
    return finishFact(ctx, {
      id: c.id,
      kind: 'quote',
      text: variants[0].value.replace(/[,;:]\s*$/, ''),
      party: party?.key ?? null,
      // The body the speaker speaks for ("Government of Mali" for a government spokesperson).
      partyName: party ? (party.body ?? party.name) : null,
      speaker: mode(speakers) ?? null,
      background: c.readings.every((r) => r.profile.background.has(r.quote.sentenceId)),
      reports: c.readings.map((r) => r.profile.report.id),
      contradictedBy: [],
      variants,
      sources: c.readings.map(ref),
    });
  });
}
