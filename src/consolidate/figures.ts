// Figures aligned across reports by value and by what they count, the contradictions between
// them, and the figure ledger: the incident's key figures (counts of its outcomes), each once,
// with who claims it, who relays it and whether the claimant is an interested party.
import type { Fact, FigureFact, LedgerEntry } from '../schemas/event.ts';
import type { Figure } from '../schemas/statements.ts';
import { finishFact, OWN_VOICE_NAME, variantsOf, type EventContext } from './facts.ts';
import { figureContext } from './figure-context.ts';
import { COUNTABLE_CLASSES, GAIN_SUBJECTS, GENERIC_PEOPLE, LOOSE_UNIT_PAIRS, LOSS_SUBJECTS, OUTCOME_NOUNS, OUTCOMES, outcomeOf, PEOPLE_CLASSES, subjectsCompatible, unitClass } from './lexicon.ts';
import type { Party } from './parties.ts';
import { sourceRef, type Profile } from './profile.ts';
import { cmp, fold, mode, sortedUnique, words } from './text.ts';

interface Reading {
  profile: Profile;
  figure: Figure;
  /** Class of what is counted (`combatants`, `buildings`…). */
  unit: string;
  /** What happened to it, from the counted noun ("deaths") or the subject ("killed"). */
  outcome: string | null;
  party: Party | null;
  background: boolean;
  /** "three more bodies", "another 20": an increment of a count given elsewhere, not a count. */
  increment: boolean;
  /** "including nine children", "87 of them": a part of a larger count in the same sentence. */
  part: boolean;
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
/** The unit names people without a side ("people", "deaths", "bodies"). */
const generic = (r: Reading) => GENERIC_PEOPLE.has(words(r.figure.unit).at(-1) ?? '');

/** "dozens", "hundreds", "tens of thousands", "several": an amount without a number, shown as written. */
const vagueAmount = (f: Figure) => f.approximate && /^(?:dozens|scores|hundreds|thousands|millions|tens|several|many|a few|numerous)\b/i.test(f.qualifier ?? '');

/**
 * What the alignment reads of a cluster's readings, kept as they join: whether one names people
 * without a side, the sentences each report gives it in, the claimants, the outcomes.
 */
interface Summary {
  generic: boolean;
  sentences: Map<Profile, Set<string>>;
  ownVoice: boolean;
  parties: Set<string>;
  outcomes: Set<string | null>;
}

function summarize(readings: Reading[]): Summary {
  const s: Summary = { generic: false, sentences: new Map(), ownVoice: false, parties: new Set(), outcomes: new Set() };
  for (const r of readings) addToSummary(s, r);
  return s;
}

function addToSummary(s: Summary, r: Reading): void {
  if (generic(r)) s.generic = true;
  const sentences = s.sentences.get(r.profile);
  if (sentences) sentences.add(r.figure.sentenceId);
  else s.sentences.set(r.profile, new Set([r.figure.sentenceId]));
  if (!r.party) s.ownVoice = true;
  else s.parties.add(r.party.key);
  s.outcomes.add(r.outcome);
}

function unitsAlign(c: Cluster, r: Reading, s: Summary = summarize(c.readings)): boolean {
  if (c.unit === r.unit || LOOSE_UNIT_PAIRS.has(`${c.unit}|${r.unit}`)) return true;
  // "46 deaths" / "46 people killed" / "46 civilians killed", "12 members" / "12 fighters": one count
  // of people in different words.
  const people = (unit: string, gen: boolean) => PEOPLE_CLASSES.has(unit) || gen;
  const cGeneric = s.generic;
  if (!(people(c.unit, cGeneric) && people(r.unit, generic(r)) && (generic(r) || cGeneric))) return false;
  // Within one report, "17 peacekeepers killed" and "the bodies of 17 people" two sentences apart
  // are two counts that happen to agree: a writer who means one count names it one way.
  const sentences = s.sentences.get(r.profile);
  if (sentences && !(sentences.size === 1 && sentences.has(r.figure.sentenceId))) return false;
  // Across reports, one claimant's "1,500 soldiers" is not another's "1,500 people": the same count
  // in other words comes from the same claimant or from a report's own voice.
  return !r.party || s.ownVoice || s.parties.has(r.party.key);
}

function sameFigure(c: Cluster, r: Reading, s: Summary = summarize(c.readings)): boolean {
  const first = c.readings[0];
  if (first.figure.value !== r.figure.value || (first.figure.max ?? first.figure.value) !== (r.figure.max ?? r.figure.value)) return false;
  if (first.figure.kind !== r.figure.kind || vagueAmount(first.figure) !== vagueAmount(r.figure)) return false;
  if (!unitsAlign(c, r, s)) return false;
  for (const o of s.outcomes) if (!subjectsCompatible(o, r.outcome)) return false;
  return true;
}

/** A key that a reading and the first reading of a cluster it joins share (value, range, kind, vagueness). */
const figureKey = (f: Figure) => `${f.kind}|${f.value}|${f.max ?? f.value}|${vagueAmount(f)}`;

function formatValue(value: number, max: number | null, kind: Figure['kind']): string {
  const n = (x: number) => (kind === 'year' ? String(x) : String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  const range = max !== null && max !== value ? `${n(value)}–${n(max)}` : n(value);
  return kind === 'percent' ? `${range}%` : range;
}

/** The amount as the report gives it: "over 80", "tens of thousands". */
function statedValue(r: Reading): string {
  const f = r.figure;
  if (vagueAmount(f)) return (r.profile.text?.slice(f.start, f.end).match(/^(?:tens|hundreds|dozens|scores|thousands|millions)(?: of (?:thousands|millions))?/i)?.[0] ?? f.qualifier!).toLowerCase();
  return [f.qualifier, formatValue(f.value, f.max, f.kind)].filter(Boolean).join(' ');
}

/**
 * What is counted and what happened, in plain words from the sentence: "people killed", "towns
 * attacked"; a noun that carries its outcome reads as that outcome ("773 deaths" → "773 killed").
 */
function wording(f: Figure): { unit: string; subject: string | null; words: string } {
  const noun = OUTCOME_NOUNS[words(f.unit).at(-1) ?? ''];
  if (noun && PARTICIPLES.has(noun.label)) return { unit: f.unit, subject: noun.label, words: noun.label };
  return { unit: f.unit, subject: f.subject, words: [f.unit, f.subject].filter(Boolean).join(' ') };
}
const PARTICIPLES = new Set(['killed', 'dead', 'injured', 'wounded', 'abducted', 'arrested', 'detained', 'displaced', 'evacuated', 'homeless', 'missing']);

/**
 * What a ledger row adds to its figure fact (its other fields are the fact's: `ledgerRow`).
 */
export type KeyFigure = Pick<LedgerEntry, 'min' | 'max' | 'claimedBy' | 'agencies' | 'selfReported' | 'selfReportedNote'>;

/** A ledger row: a key figure's fact (with its final id) and what the ledger adds to it. */
export function ledgerRow(fact: FigureFact, key: KeyFigure): LedgerEntry {
  return {
    factId: fact.id,
    text: fact.text,
    unit: fact.unit,
    subject: fact.subject,
    min: key.min,
    max: key.max,
    values: fact.variants,
    claimedBy: key.claimedBy,
    reportedBy: fact.reports,
    agencies: key.agencies,
    selfReported: key.selfReported,
    selfReportedNote: key.selfReportedNote,
    contradictedBy: fact.contradictedBy,
    origins: fact.origins,
  };
}

/**
 * A figure fact, under a provisional id (`figure-1`…) until the event's facts are ordered, and
 * what its ledger row adds when it is a key figure.
 */
export interface FigureResult {
  fact: FigureFact;
  /** The ledger's own data for the figure, or null when it is no key figure (measures, money, background…). */
  key: KeyFigure | null;
  /** Class of what is counted (`combatants`, `security`, `civilians`…). */
  unitClass: string;
  /** Some report says these were killed (not only wounded or "neutralised"). */
  killed: boolean;
  /** Every reading is a part of a larger count ("including nine children"). */
  part: boolean;
}

/** Why a claimant has a stake in a figure: it counts its enemy's losses or its own gains. */
function interest(party: Party | null, unit: string, outcome: string | null): string | null {
  if (!party) return null;
  const state = party.kind === 'state-force' || party.kind === 'government';
  const armed = party.kind === 'armed-group';
  if (!state && !armed) return null;
  if (outcome && LOSS_SUBJECTS.has(outcome)) {
    if (state && unit === 'combatants') return 'its enemy’s losses';
    if (armed && unit === 'security') return 'its enemy’s losses';
  }
  if (outcome && GAIN_SUBJECTS.has(outcome)) {
    if (armed && (unit === 'facilities' || unit === 'localities' || unit === 'vehicles' || unit === 'weapons')) return 'its own gains';
    if (state && (unit === 'weapons' || unit === 'vehicles')) return 'its own gains';
  }
  return null;
}

/**
 * A key figure counts an outcome of this incident: people killed, wounded, captured or displaced,
 * places attacked, buildings destroyed, equipment seized. Measures, money, populations, counts of
 * governments or websites, vague amounts, increments and earlier incidents' figures are not.
 */
function isKeyFigure(c: Cluster): boolean {
  const rs = c.readings;
  if (rs[0].figure.kind !== 'count') return false;
  if (rs.every((r) => vagueAmount(r.figure) || r.background || r.increment)) return false;
  const outcomes = rs.map((r) => r.outcome).filter((o): o is string => !!o && OUTCOMES.has(o));
  if (!outcomes.length) return false;
  // Missiles that struck are the means of the attack, not an outcome of it (those shot down are).
  if (c.unit === 'weapons' && outcomes.every((o) => o === 'attacked')) return false;
  // A noun the lexicon does not know, with a people's outcome, counts people ("12 Palestinians killed").
  return COUNTABLE_CLASSES.has(c.unit) || (c.unit.startsWith('unit:') && outcomes.some((o) => PEOPLE_OUTCOMES.has(o)));
}
const PEOPLE_OUTCOMES = new Set(['killed', 'neutralised', 'wounded', 'missing', 'displaced']);

export function alignFigures(ctx: EventContext): FigureResult[] {
  const eventDate = mode(ctx.profiles.map((p) => p.report.eventDate).filter((d): d is string => !!d)) ?? null;
  const readings: Reading[] = [];
  for (const profile of ctx.profiles) {
    for (const figure of profile.report.figures) {
      if (!ALIGNED_KINDS.has(figure.kind)) continue;
      const [low, high] = interval(figure);
      readings.push({
        profile,
        figure,
        unit: unitClass(figure.unit),
        outcome: outcomeOf(figure.unit, figure.subject),
        party: ctx.parties.resolve(profile, figure.claimedBy, figure.claimedByEntity),
        ...figureContext(profile, figure, eventDate),
        low,
        high,
      });
    }
  }
  // Each reading joins the first cluster it is the same figure as: only clusters whose first reading
  // has its value and kind can be, looked up by them; what the test reads of the cluster's readings
  // is kept as they join.
  const clusters: Cluster[] = [];
  const summaries: Summary[] = [];
  const byKey = new Map<string, number[]>();
  for (const r of readings) {
    const key = figureKey(r.figure);
    const candidates = byKey.get(key);
    const i = candidates?.find((x) => sameFigure(clusters[x], r, summaries[x])) ?? -1;
    if (i >= 0) {
      clusters[i].readings.push(r);
      addToSummary(summaries[i], r);
    } else {
      clusters.push({ readings: [r], unit: r.unit });
      summaries.push(summarize([r]));
      if (candidates) candidates.push(clusters.length - 1);
      else byKey.set(key, [clusters.length - 1]);
    }
  }
  foldHeadlineRoundings(clusters);

  const contradictions = contradictionsOf(clusters);
  return clusters.map((c, i) => figureResult(ctx, c, [...contradictions[i]], `figure-${i + 1}`));
}

/**
 * Contradiction: another report gives, for the same count of the same incident, a value the
 * fact's range excludes. Two values in one report describe different things, not a dispute.
 *
 * Two clusters contradict each other when they count the same class of thing (people of one side
 * whatever the word, "militants" or "terrorists"; things and places by a head noun they share:
 * barracks are not checkpoints), neither is vague, a part, an increment or all background, both
 * say what happened and their outcomes agree, and their ranges do not meet. Each cluster gets the
 * reports of the clusters it contradicts. Instead of every pair: clusters by class, head and
 * outcomes, and per report the lowest top and highest bottom of the ranges it gives there. (A
 * cluster may meet itself there, when its own readings' ranges do not meet: it then gets its own
 * reports, which its fact leaves out of `contradictedBy` anyway.)
 */
function contradictionsOf(clusters: Cluster[]): Set<string>[] {
  const contradictions = clusters.map(() => new Set<string>());
  interface Entry {
    outcomes: Set<string | null>;
    /** Per report: the lowest top and the highest bottom of the ranges of the clusters with a reading of it. */
    reports: Map<string, { minHigh: number; maxLow: number }>;
  }
  // Groups by class of thing, head noun (one for people) and the set of outcomes.
  const groups = new Map<string, Map<string, Entry>>();
  const read = clusters.map((c) => {
    if (c.unit === 'unit:') return null;
    if (c.readings.some((x) => vagueAmount(x.figure) || x.part || x.increment)) return null;
    if (c.readings.every((x) => x.background)) return null;
    if (!c.readings.some((x) => x.outcome)) return null;
    const outcomes = new Set(c.readings.map((x) => x.outcome));
    const heads = PEOPLE.has(c.unit) ? [''] : [...new Set(c.readings.map((x) => head(x.figure.unit)))];
    const low = Math.max(...c.readings.map((x) => x.low));
    const high = Math.min(...c.readings.map((x) => x.high));
    return { outcomes, heads, low, high, signature: JSON.stringify([...outcomes].map((o) => (o === null ? 0 : o)).sort((x, y) => cmp(String(x), String(y)))) };
  });
  clusters.forEach((c, i) => {
    const r = read[i];
    if (!r) return;
    for (const h of r.heads) {
      const k = `${c.unit}\u0000${h}`;
      let bySignature = groups.get(k);
      if (!bySignature) groups.set(k, (bySignature = new Map()));
      let e = bySignature.get(r.signature);
      if (!e) bySignature.set(r.signature, (e = { outcomes: r.outcomes, reports: new Map() }));
      for (const x of c.readings) {
        const report = x.profile.report.id;
        const v = e.reports.get(report);
        if (v) {
          v.minHigh = Math.min(v.minHigh, r.high);
          v.maxLow = Math.max(v.maxLow, r.low);
        } else e.reports.set(report, { minHigh: r.high, maxLow: r.low });
      }
    }
  });
  const compatible = (a: Set<string | null>, b: Set<string | null>) => [...a].every((x) => [...b].every((y) => subjectsCompatible(x, y)));
  clusters.forEach((c, i) => {
    const r = read[i];
    if (!r) return;
    for (const h of r.heads) {
      for (const e of groups.get(`${c.unit}\u0000${h}`)!.values()) {
        if (!compatible(r.outcomes, e.outcomes)) continue;
        // Ranges that do not meet: the other's top below this bottom, or its bottom above this top.
        for (const [report, v] of e.reports) if (v.minHigh < r.low || v.maxLow > r.high) contradictions[i].add(report);
      }
    }
  });
  return contradictions;
}

/** The report's headline sentence, when it has one. */
const inHeadline = (r: Reading) => r.profile.report.titleSource === 'headline' && r.figure.sentenceId === r.profile.report.sentences[0]?.id;

/**
 * "Death toll passes 1,600" over a story that gives 1,644: a headline's round number is the
 * story's figure, not another one. Headline-only clusters join the cluster of the same report's
 * body whose value their range holds (same class of thing, same outcome).
 */
function foldHeadlineRoundings(clusters: Cluster[]): void {
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i];
    // "Hundreds killed" stays a vague amount of its own (and out of the ledger).
    if (!c.readings.every(inHeadline) || c.readings.some((r) => vagueAmount(r.figure))) continue;
    const target = clusters.find(
      (t) =>
        t !== c &&
        t.unit === c.unit &&
        t.readings.some((y) => !inHeadline(y) && c.readings.some((x) => x.profile === y.profile && x.low <= y.figure.value && y.figure.value <= x.high && x.outcome === y.outcome)),
    );
    if (!target) continue;
    target.readings.push(...c.readings);
    clusters.splice(i, 1);
  }
}

/** The agencies a report cites in a sentence, by sentence; built once per list of agencies. */
const agenciesBySentence = new WeakMap<readonly Profile['report']['agencies'][number][], Map<string, string[]>>();
function agenciesIn(profile: Profile, sentenceId: string): string[] {
  let map = agenciesBySentence.get(profile.report.agencies);
  if (!map) {
    map = new Map();
    for (const a of profile.report.agencies) {
      for (const id of new Set(a.mentions.map((m) => m.sentenceId))) {
        const list = map.get(id);
        if (list) list.push(a.name);
        else map.set(id, [a.name]);
      }
    }
    agenciesBySentence.set(profile.report.agencies, map);
  }
  return map.get(sentenceId) ?? [];
}

function figureResult(ctx: EventContext, c: Cluster, contradictedBy: string[], id: string): FigureResult {
  const f0 = c.readings[0].figure;
  // The label: the most common wording among readings that say what happened ("towns attacked"
  // over a bare "towns"), with the most common way of giving the amount.
  const told = c.readings.filter((r) => r.outcome && OUTCOMES.has(r.outcome));
  const plain = told.filter((r) => !/^(?:bod(?:y|ies)|corpses)$/.test(words(r.figure.unit).at(-1) ?? ''));
  const wordings = (plain.length ? plain : told.length ? told : c.readings).map((r) => wording(r.figure));
  const best = mode(wordings, (w) => w.words.toLowerCase())!;
  const stated = mode(c.readings.map(statedValue))!;
  const vague = c.readings.every((r) => vagueAmount(r.figure));
  const text = vague ? `${stated} of ${best.words}` : `${stated} ${best.words}`;
  const ref = (r: Reading) => sourceRef(r.profile, r.figure.sentenceId, r.figure.start, r.figure.end, r.profile.text?.slice(r.figure.start, r.figure.end) ?? statedValue(r));
  // Every wording is kept: "7 towns attacked" and "7 towns affected" are one figure, two variants.
  const variantText = (r: Reading) => `${statedValue(r)} ${wording(r.figure).words}`;
  const claimants = new Map<string, { party: string | null; name: string; reports: Set<string> }>();
  for (const r of c.readings) {
    const k = `${r.party?.key ?? ''}|${r.party?.name ?? ''}`;
    const entry = claimants.get(k) ?? { party: r.party?.key ?? null, name: r.party?.name ?? OWN_VOICE_NAME, reports: new Set<string>() };
    entry.reports.add(r.profile.report.id);
    claimants.set(k, entry);
  }
  const claimedBy = [...claimants.values()]
    .map((x) => ({ party: x.party, name: x.name, reports: sortedUnique(x.reports) }))
    .sort((a, b) => b.reports.length - a.reports.length || Number(a.party === null) - Number(b.party === null) || cmp(a.name, b.name));
  const topParty = claimedBy.find((x) => x.party !== null);
  const fact = finishFact(ctx, {
    id,
    kind: 'figure',
    text,
    value: f0.value,
    max: f0.max,
    unit: best.unit,
    subject: best.subject,
    party: topParty?.party ?? null,
    partyName: topParty?.name ?? null,
    background: c.readings.every((r) => r.background),
    reports: c.readings.map((r) => r.profile.report.id),
    contradictedBy,
    variants: variantsOf(c.readings, (r) => variantText(r).toLowerCase(), variantText, (r) => r.profile.report.id, ref),
    sources: c.readings.map(ref),
  });
  const outcome = mode(c.readings.map((r) => r.outcome).filter((o): o is string => !!o)) ?? null;
  const parties = c.readings.map((r) => r.party).filter((p): p is Party => p !== null);
  const stakes = parties.map((p) => interest(p, c.unit, outcome));
  const selfReported = parties.length > 0 && stakes.every((s) => s !== null);
  // Relayed through: the figure's own relay, or a news agency cited in the same sentence.
  const agencies = sortedUnique(
    c.readings.flatMap((r) => [
      ...(r.figure.reportedBy ? [r.figure.reportedBy] : []),
      ...agenciesIn(r.profile, r.figure.sentenceId),
    ]),
  );
  const key: KeyFigure | null = isKeyFigure(c)
    ? {
        min: Math.min(...c.readings.map((r) => r.figure.value)),
        max: Math.max(...c.readings.map((r) => r.figure.max ?? r.figure.value)),
        claimedBy,
        agencies,
        selfReported,
        selfReportedNote: selfReported ? `Claimed only by ${sortedUnique(parties.map((p) => p.name)).join(' and ')}, a party to the fighting, about ${stakes[0]}.` : null,
      }
    : null;
  const outcomes = c.readings.map((r) => r.outcome);
  return { fact, key, unitClass: c.unit, killed: outcomes.includes('killed') && !outcomes.includes('wounded'), part: c.readings.every((r) => r.part) };
}

/**
 * Conservative fatality count of the incident from its key figures: per class of victims the
 * lowest toll reported as killed, summed across classes; parts of a larger count ("including
 * nine children") are inside that count already.
 */
export function fatalitiesOf(results: FigureResult[]): number | null {
  const perClass = new Map<string, number>();
  for (const r of results) {
    if (!r.key || !r.killed || r.part || r.fact.background || !['combatants', 'security', 'civilians'].includes(r.unitClass)) continue;
    perClass.set(r.unitClass, Math.min(perClass.get(r.unitClass) ?? Infinity, r.fact.value));
  }
  if (!perClass.size) return null;
  const total = [...perClass.values()].reduce((s, v) => s + v, 0);
  return Number.isFinite(total) ? Math.round(total) : null;
}

const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, dozen: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100 };
const numbersIn = (text: string) => (fold(text).match(/\d[\d,]*|[a-z]+/g) ?? []).map((w) => (/^\d/.test(w) ? Number(w.replace(/,/g, '')) : COUNT_WORDS[w])).filter((n) => n !== undefined);

/**
 * Links each claim that states a key figure's count to that figure (`figureId`): the figure is
 * read inside the claim's words in the same sentence, or the claim gives the same number of the
 * same thing in a report carrying the figure ("they seized control of three army barracks").
 */
export function linkClaimsToFigures(facts: Fact[], ledger: LedgerEntry[]): void {
  const keyIds = new Set(ledger.map((l) => l.factId));
  const keyFigures = facts.filter((f) => f.kind === 'figure').filter((f) => keyIds.has(f.id));
  // Figure spans by report and sentence, and figures by value: each claim looks up its own.
  const spans = new Map<string, { id: string; start: number; end: number }[]>();
  const byValue = new Map<number, FigureFact[]>();
  for (const fig of keyFigures) {
    for (const src of fig.sources) {
      if (src.spanStart === null) continue;
      const k = `${src.reportId}|${src.sentenceId}`;
      const list = spans.get(k) ?? [];
      list.push({ id: fig.id, start: src.spanStart, end: src.spanEnd ?? src.spanStart });
      spans.set(k, list);
    }
    const list = byValue.get(fig.value);
    if (list) list.push(fig);
    else byValue.set(fig.value, [fig]);
  }
  for (const claim of facts) {
    if (claim.kind !== 'claim') continue;
    const score = new Map<string, number>();
    for (const c of claim.sources) {
      for (const f of spans.get(`${c.reportId}|${c.sentenceId}`) ?? []) {
        if (c.spanStart !== null && f.start >= c.spanStart && f.end <= (c.spanEnd ?? 0)) score.set(f.id, (score.get(f.id) ?? 0) + 2);
      }
    }
    const claimWords = words(claim.text);
    for (const n of new Set(numbersIn(claim.text))) {
      for (const fig of byValue.get(n) ?? []) {
        const unitHead = head(fig.unit);
        if (unitHead.length >= 3 && claim.reports.some((r) => fig.reports.includes(r)) && claimWords.some((w) => w.startsWith(unitHead))) score.set(fig.id, (score.get(fig.id) ?? 0) + 1);
      }
    }
    const best = [...score].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0];
    if (best) claim.figureId = best[0];
  }
}
