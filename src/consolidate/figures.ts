// Figures aligned across reports by value and by what they count, the contradictions between
// them, and the figure ledger (who claims each figure, who relays it, interested parties).
import type { Fact, LedgerEntry } from '../schemas/event.ts';
import type { Figure } from '../schemas/statements.ts';
import { finishFact, variantsOf, type EventContext } from './facts.ts';
import { GAIN_SUBJECTS, LOOSE_UNIT_PAIRS, LOSS_SUBJECTS, subjectClass, subjectsCompatible, unitClass } from './lexicon.ts';
import type { Party } from './parties.ts';
import { sourceRef, type Profile } from './profile.ts';
import { cmp, mode, sortedUnique, words } from './text.ts';

interface Reading {
  profile: Profile;
  figure: Figure;
  unit: string;
  subject: string | null;
  party: Party | null;
  background: boolean;
  low: number;
  high: number;
}

interface Cluster {
  readings: Reading[];
  unit: string;
}

const ALIGNED_KINDS = new Set(['count', 'percent', 'money']);

/** The range of values a figure allows: "more than 80" → (80, ∞), "about 80" → [68, 92]. */
export function interval(f: Pick<Figure, 'value' | 'max' | 'qualifier' | 'approximate'>): [number, number] {
  const v = f.value;
  const top = f.max ?? v;
  const q = (f.qualifier ?? '').toLowerCase();
  if (f.approximate) return [v, v * 10];
  if (/more than|over|above|in excess of|upwards of|exceed/.test(q)) return [v + 1e-9, Infinity];
  if (/at least|no fewer than|no less than|a minimum of|not less than/.test(q)) return [v, Infinity];
  if (/up to|at most|no more than|fewer than|less than|under|below|maximum/.test(q)) return [0, top];
  if (/nearly|almost|close to|just under/.test(q)) return [v * 0.8, top];
  if (/about|around|some|roughly|approximately|an estimated|estimated|circa|nearly|or so/.test(q)) return [v * 0.85, top * 1.15];
  return [v, top];
}

const PEOPLE = new Set(['combatants', 'security', 'civilians', 'displaced']);

/** Last word of the unit phrase, singular: "army barracks" → "barrack". */
const head = (unit: string) => (words(unit).at(-1) ?? '').replace(/(?:es|s)$/, '');
const sharedHead = (a: Cluster, b: Cluster) => a.readings.some((x) => b.readings.some((y) => head(x.figure.unit) === head(y.figure.unit)));

const unitsAlign = (a: string, b: string) => a === b || LOOSE_UNIT_PAIRS.has(`${a}|${b}`);

function sameFigure(c: Cluster, r: Reading): boolean {
  const first = c.readings[0];
  if (!unitsAlign(c.unit, r.unit)) return false;
  if (first.figure.value !== r.figure.value || (first.figure.max ?? first.figure.value) !== (r.figure.max ?? r.figure.value)) return false;
  if (first.figure.kind !== r.figure.kind) return false;
  return c.readings.every((x) => subjectsCompatible(x.subject, r.subject));
}

function formatValue(value: number, max: number | null, kind: Figure['kind']): string {
  const n = (x: number) => (kind === 'year' ? String(x) : String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  const range = max !== null && max !== value ? `${n(value)}–${n(max)}` : n(value);
  return kind === 'percent' ? `${range}%` : range;
}

/** "over 80" as the report gives it. */
/** "dozens", "hundreds", "several": an amount without a number, shown as written. */
const vagueAmount = (f: Figure) => f.approximate && /^(?:dozens|scores|hundreds|thousands|tens of thousands|several|many|a few|numerous)\b/i.test(f.qualifier ?? '');
const statedValue = (f: Figure) => (vagueAmount(f) ? f.qualifier! : [f.qualifier, formatValue(f.value, f.max, f.kind)].filter(Boolean).join(' '));

/** A figure fact and its ledger row (the row's `factId` is set when ids are assigned). */
export interface FigureResult {
  fact: Fact;
  ledger: LedgerEntry;
  /** Class of what is counted (`combatants`, `security`, `civilians`…). */
  unitClass: string;
  /** Some report says these were killed (not only wounded or "neutralised"). */
  killed: boolean;
}

/** Why a claimant has a stake in a figure: it counts its enemy's losses or its own gains. */
function interest(party: Party | null, unit: string, subject: string | null): string | null {
  if (!party) return null;
  const state = party.kind === 'state-force' || party.kind === 'government';
  const armed = party.kind === 'armed-group';
  if (!state && !armed) return null;
  if (subject && LOSS_SUBJECTS.has(subject)) {
    if (state && unit === 'combatants') return 'its enemy’s losses';
    if (armed && unit === 'security') return 'its enemy’s losses';
  }
  if (subject && GAIN_SUBJECTS.has(subject)) {
    if (armed && (unit === 'facilities' || unit === 'localities' || unit === 'vehicles' || unit === 'weapons')) return 'its own gains';
    if (state && (unit === 'weapons' || unit === 'vehicles')) return 'its own gains';
  }
  return null;
}

export function alignFigures(ctx: EventContext): FigureResult[] {
  const readings: Reading[] = [];
  for (const profile of ctx.profiles) {
    for (const figure of profile.report.figures) {
      if (!ALIGNED_KINDS.has(figure.kind)) continue;
      const [low, high] = interval(figure);
      readings.push({
        profile,
        figure,
        unit: unitClass(figure.unit),
        subject: subjectClass(figure.subject),
        party: ctx.parties.resolve(profile, figure.claimedBy, figure.claimedByEntity),
        background: profile.background.has(figure.sentenceId),
        low,
        high,
      });
    }
  }
  const clusters: Cluster[] = [];
  for (const r of readings) {
    const c = clusters.find((x) => sameFigure(x, r));
    if (c) c.readings.push(r);
    else clusters.push({ readings: [r], unit: r.unit });
  }

  // Contradiction: another report gives, for the same count of the same incident, a value the
  // fact's range excludes. Two values in one report describe different things, not a dispute.
  const contradictions = clusters.map(() => new Set<string>());
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) {
      const a = clusters[i];
      const b = clusters[j];
      if (a.unit !== b.unit || a.unit === 'unit:') continue;
      // People of one side are one count whatever the word ("militants", "terrorists"); for things
      // and places the word itself must agree (barracks are not checkpoints).
      if (!PEOPLE.has(a.unit) && !sharedHead(a, b)) continue;
      if (a.readings.some((x) => vagueAmount(x.figure)) || b.readings.some((x) => vagueAmount(x.figure))) continue;
      if (a.readings.every((x) => x.background) || b.readings.every((x) => x.background)) continue;
      if (!a.readings.every((x) => b.readings.every((y) => subjectsCompatible(x.subject, y.subject)))) continue;
      if (!a.readings.some((x) => x.subject) || !b.readings.some((y) => y.subject)) continue;
      const lowA = Math.max(...a.readings.map((x) => x.low));
      const highA = Math.min(...a.readings.map((x) => x.high));
      const lowB = Math.max(...b.readings.map((x) => x.low));
      const highB = Math.min(...b.readings.map((x) => x.high));
      if (lowA <= highB && lowB <= highA) continue;
      for (const x of b.readings) contradictions[i].add(x.profile.report.id);
      for (const x of a.readings) contradictions[j].add(x.profile.report.id);
    }
  }

  return clusters.map((c, i) => {
    const f0 = c.readings[0].figure;
    const qualifier = mode(c.readings.map((r) => r.figure.qualifier ?? ''));
    const unitWord = mode(c.readings.map((r) => r.figure.unit))!;
    const subjectWord = mode(c.readings.map((r) => r.figure.subject).filter((s): s is string => !!s)) ?? null;
    // Vague amounts read as written ("dozens of checkpoints"), not as their nominal value.
    const vague = c.readings.every((r) => vagueAmount(r.figure)) && qualifier;
    const text = vague ? `${qualifier} of ${unitWord}${subjectWord ? ` ${subjectWord}` : ''}` : [qualifier, formatValue(f0.value, f0.max, f0.kind), unitWord, subjectWord].filter(Boolean).join(' ');
    const ref = (r: Reading) => sourceRef(r.profile, r.figure.sentenceId, r.figure.start, r.figure.end, r.profile.text?.slice(r.figure.start, r.figure.end) ?? statedValue(r.figure));
    const claimants = new Map<string, { party: string | null; name: string; reports: Set<string> }>();
    for (const r of c.readings) {
      const k = r.party?.key ?? '';
      const entry = claimants.get(k) ?? { party: r.party?.key ?? null, name: r.party?.name ?? 'the reports (own voice)', reports: new Set<string>() };
      entry.reports.add(r.profile.report.id);
      claimants.set(k, entry);
    }
    const claimedBy = [...claimants.values()]
      .map((x) => ({ party: x.party, name: x.name, reports: sortedUnique(x.reports) }))
      .sort((a, b) => b.reports.length - a.reports.length || cmp(a.name, b.name));
    const topParty = claimedBy.find((x) => x.party !== null);
    const fact = finishFact(ctx, {
      id: '',
      kind: 'figure',
      text,
      value: f0.value,
      max: f0.max,
      unit: unitWord,
      subject: subjectWord,
      party: topParty?.party ?? null,
      partyName: topParty?.name ?? null,
      background: c.readings.every((r) => r.background),
      reports: c.readings.map((r) => r.profile.report.id),
      contradictedBy: [...contradictions[i]],
      variants: variantsOf(c.readings, (r) => statedValue(r.figure).toLowerCase(), (r) => statedValue(r.figure), (r) => r.profile.report.id, ref),
      sources: c.readings.map(ref),
    });
    const parties = c.readings.map((r) => r.party).filter((p): p is Party => p !== null);
    const stakes = parties.map((p) => interest(p, c.unit, subjectClass(subjectWord)));
    const selfReported = parties.length > 0 && stakes.every((s) => s !== null);
    // Relayed through: the figure's own relay, or a news agency cited in the same sentence.
    const agencies = sortedUnique(
      c.readings.flatMap((r) => [
        ...(r.figure.reportedBy ? [r.figure.reportedBy] : []),
        ...r.profile.report.agencies.filter((a) => a.mentions.some((m) => m.sentenceId === r.figure.sentenceId)).map((a) => a.name),
      ]),
    );
    const ledger: LedgerEntry = {
      factId: '',
      text,
      unit: unitWord,
      subject: subjectWord,
      min: Math.min(...c.readings.map((r) => r.figure.value)),
      max: Math.max(...c.readings.map((r) => r.figure.max ?? r.figure.value)),
      values: fact.variants,
      claimedBy,
      reportedBy: fact.reports,
      agencies,
      selfReported,
      selfReportedNote: selfReported
        ? `Claimed only by ${sortedUnique(parties.map((p) => p.name)).join(' and ')}, a party to the fighting, about ${stakes[0]}.`
        : null,
      contradictedBy: fact.contradictedBy,
      origins: fact.origins,
    };
    const subjects = c.readings.map((r) => r.subject);
    return { fact, ledger, unitClass: c.unit, killed: subjects.includes('killed') && !subjects.includes('wounded') };
  });
}
