// What the reports of an event give differently, most substantive first: figures that cannot both
// hold, counts that differ, outcome words that differ for one count ("killed" / "neutralised"),
// hedges only some reports carry ("temporarily", "reportedly"), dates, then spellings of places and
// people and the wording of quotations. Differences of spelling convention, punctuation, capitals
// or hyphenation in a quotation are not worth a reader's attention and are left out.
import { discrepancyKinds, type Discrepancy, type EventPlace, type Fact, type FigureFact, type LedgerEntry, type SourceRef, type Variant } from '../schemas/event.ts';
import type { Figure } from '../schemas/statements.ts';
import { subjectClass, subjectsCompatible, unitClass } from './lexicon.ts';
import { sourceRef, type Profile } from './profile.ts';
import { personGroups } from './person-names.ts';
import { spellingSupport, type OriginOf } from './spellings.ts';
import { cmp, fold, mode, nameKey, sortedUnique, words } from './text.ts';

// ---------------------------------------------------------------------------------------------
// Figures, counts and outcomes

interface Reading {
  profile: Profile;
  figure: Figure;
  ref: SourceRef;
}

/** A report's figures by sentence, in report order; built once per list of figures. */
const figuresBySentence = new WeakMap<readonly Figure[], Map<string, Figure[]>>();
function figuresIn(profile: Profile, sentenceId: string): Figure[] {
  let bySentence = figuresBySentence.get(profile.report.figures);
  if (!bySentence) {
    bySentence = new Map();
    for (const x of profile.report.figures) {
      const list = bySentence.get(x.sentenceId);
      if (list) list.push(x);
      else bySentence.set(x.sentenceId, [x]);
    }
    figuresBySentence.set(profile.report.figures, bySentence);
  }
  return bySentence.get(sentenceId) ?? [];
}

/** The report figures a figure fact was built from (matched by report and position). */
function readingsOf(f: FigureFact, profiles: Map<string, Profile>): Reading[] {
  return f.sources.flatMap((ref) => {
    const profile = profiles.get(ref.reportId);
    const figure = profile ? figuresIn(profile, ref.sentenceId).find((x) => ref.spanStart === null || x.start === ref.spanStart) : undefined;
    return profile && figure ? [{ profile, figure, ref }] : [];
  });
}

/** "dozens", "hundreds": an amount without a number compares with nothing. */
const vague = (f: Figure) => f.approximate && /^(?:dozens|scores|hundreds|thousands|tens of|several|many|a few|numerous)\b/i.test(f.qualifier ?? '');

/** Outcome classes worth comparing: what happened to the people or things counted. */
const OUTCOMES = new Set(['killed', 'neutralised', 'wounded', 'captured', 'missing', 'displaced', 'destroyed', 'freed']);
/** Sides of a conflict: "militants", "fighters" and "insurgents" are one count whatever the word. */
const SIDES = new Set(['combatants', 'security']);
/** Words for people in general; a group within them ("children", "students") is another count. */
const ANYONE = new Set(['people', 'person', 'persons', 'civilian', 'civilians', 'resident', 'residents', 'villager', 'villagers', 'inhabitant', 'inhabitants', 'individual', 'individuals', 'victim', 'victims', 'life', 'lives', '']);
/** Last word of what is counted, singular ("army barracks" → "barrack"). */
const headNoun = (unit: string) => (words(unit).at(-1) ?? '').replace(/(?:es|s)$/, '');

const outcomeOf = (subject: string | null): string | null => {
  const c = subjectClass(subject);
  return c && OUTCOMES.has(c) ? c : null;
};

/** Caveats an outcome word carries whatever the other reports say. */
const OUTCOME_CAVEATS: Record<string, string> = {
  neutralised: '“neutralised” may mean killed or captured',
  wounded: '“casualties” may mean killed or wounded',
};

const wildcard = (subject: string) => ['killed', 'displaced', 'missing'].every((c) => c !== subject && subjectsCompatible(subject, c));

/**
 * Two figures count the same thing: the same class, the same outcome (both stated), and for things
 * and for groups of people the same noun (houses are not bridges, children are not all the dead).
 */
function sameThing(a: FigureFact, b: FigureFact): boolean {
  const cls = unitClass(a.unit);
  if (cls === 'unit:' || cls !== unitClass(b.unit)) return false;
  const [sa, sb] = [subjectClass(a.subject), subjectClass(b.subject)];
  // A word that fits any outcome ("affected") bridges counts of different things: not compared.
  if (!sa || !sb || wildcard(sa) || wildcard(sb) || !subjectsCompatible(sa, sb)) return false;
  if (SIDES.has(cls)) return true;
  const [ha, hb] = [headNoun(a.unit), headNoun(b.unit)];
  return ha === hb || (cls === 'civilians' && ANYONE.has(ha) && ANYONE.has(hb));
}

/** Who a report says gives the figure (as written), for telling a dispute from two counts of one source; read once per list of readings. */
const claimantsByReport = new WeakMap<Reading[], Map<string, string[]>>();
function claimantIn(readings: Reading[], reportId: string): string[] {
  let byReport = claimantsByReport.get(readings);
  if (!byReport) {
    const written = new Map<string, string[]>();
    for (const r of readings) {
      const list = written.get(r.profile.report.id);
      if (list) list.push(nameKey(r.figure.claimedBy ?? ''));
      else written.set(r.profile.report.id, [nameKey(r.figure.claimedBy ?? '')]);
    }
    byReport = new Map([...written].map(([report, names]) => [report, sortedUnique(names)]));
    claimantsByReport.set(readings, byReport);
  }
  return byReport.get(reportId) ?? [];
}

/**
 * Two figures that count the same thing differently. A report giving both values from one
 * source describes two counts (a part and a whole), not a dispute.
 */
function disputed(a: FigureFact, b: FigureFact, ra: Reading[], rb: Reading[]): boolean {
  for (const r of a.reports) {
    if (!b.reports.includes(r)) continue;
    const ca = claimantIn(ra, r);
    if (claimantIn(rb, r).some((c) => ca.includes(c))) return false;
  }
  return true;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "5 reports, according to residents": the claimant as the reports write it, else the resolved party. */
function support(reports: string[], readings: Reading[], partyName: string | null): string {
  const written = mode(readings.map((r) => r.figure.claimedBy?.trim() ?? '').filter(Boolean)) ?? partyName;
  return `${plural(reports.length, 'report')}${written ? `, according to ${written}` : ''}`;
}
const withoutSubject = (f: FigureFact) => (f.subject ? f.text.replace(new RegExp(`\\s*${f.subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '') : f.text);

/**
 * Union-find over indices: the connected components of `linked`, each in increasing order, ordered
 * by their first index. Only pairs of one block are tested (`block`: a key that linked pairs share).
 */
function components(n: number, linked: (i: number, j: number) => boolean, block: (i: number) => string = () => ''): number[][] {
  const parent = [...Array(n).keys()];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const blocks = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const k = block(i);
    const list = blocks.get(k);
    if (list) list.push(i);
    else blocks.set(k, [i]);
  }
  for (const list of blocks.values()) {
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) if (linked(list[a], list[b])) parent[find(list[b])] = find(list[a]);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
}

/** A figure fact and the report figures it was built from. */
interface ComparableFigure {
  fact: FigureFact;
  readings: Reading[];
}

/** Key figures of the incident that can be compared: in the ledger, not background, not vague. */
function comparableFigures(facts: Fact[], ledger: LedgerEntry[] | undefined, profiles: Map<string, Profile>): ComparableFigure[] {
  const key = ledger ? new Set(ledger.map((l) => l.factId)) : null;
  return facts
    .filter((f) => f.kind === 'figure')
    .filter((f) => !f.background && (!key || key.has(f.id)))
    .map((fact) => ({ fact, readings: readingsOf(fact, profiles) }))
    .filter(({ readings }) => readings.length > 0 && !readings.every((r) => vague(r.figure)));
}

/** `figure`: values that cannot both hold; `count`: different counts of the same thing that can. */
function countDiscrepancies(figs: ComparableFigure[]): Discrepancy[] {
  const valueOf = (f: FigureFact) => `${f.value}-${f.max ?? f.value}`;
  const linked = (i: number, j: number) => {
    const [a, b] = [figs[i], figs[j]];
    return (
      sameThing(a.fact, b.fact) &&
      // Same count, different outcome words: an outcome discrepancy, not a count.
      valueOf(a.fact) !== valueOf(b.fact) &&
      disputed(a.fact, b.fact, a.readings, b.readings)
    );
  };
  // sameThing holds only within one class of thing, and, but for sides of a conflict and people in
  // general, one head noun.
  const block = (i: number) => {
    const f = figs[i].fact;
    const cls = unitClass(f.unit);
    const head = headNoun(f.unit);
    return `${cls}|${SIDES.has(cls) ? '' : cls === 'civilians' && ANYONE.has(head) ? '\u0000' : head}`;
  };
  const out: Discrepancy[] = [];
  for (const group of components(figs.length, linked, block)) {
    if (group.length < 2) continue;
    const list = group.map((i) => figs[i].fact).sort((a, b) => b.reports.length - a.reports.length || b.origins - a.origins || cmp(a.text, b.text));
    const incompatible = list.some((a) => list.some((b) => a !== b && a.contradictedBy.some((r) => b.reports.includes(r))));
    const subject = [mode(list.map((f) => f.unit)), mode(list.map((f) => f.subject ?? '').filter(Boolean))].filter(Boolean).join(' ');
    // One variant per value: "7 towns attacked" and "7 towns affected" are one side of the difference.
    const byValue = new Map<string, FigureFact[]>();
    for (const f of list) {
      const same = byValue.get(valueOf(f));
      if (same) same.push(f);
      else byValue.set(valueOf(f), [f]);
    }
    const sides = [...byValue.values()];
    // The facts of a side are all in the group: read from it, in the order of `figs`.
    const readingsOfFacts = (fs: FigureFact[]) => group.filter((i) => fs.includes(figs[i].fact)).flatMap((i) => figs[i].readings);
    const variants = sides.map((fs) => ({ value: fs[0].text, reports: sortedUnique(fs.flatMap((f) => f.reports)), sources: fs.flatMap((f) => f.sources) }));
    if (variants.length < 2) continue;
    const detail = sides.map((fs, i) => `${fs[0].text} (${support(variants[i].reports, readingsOfFacts(fs), fs[0].partyName)})`).join(' vs ');
    out.push({
      kind: incompatible ? 'figure' : 'count',
      subject,
      variants,
      note: incompatible ? `reports give incompatible numbers: ${detail}` : `reports give different counts: ${detail}`,
      factId: list[0].id,
    });
  }
  return out;
}

/**
 * Outcome words that differ for one count ("30 insurgents" neutralised / killed / captured): within
 * one figure, or across figures of the same thing and number that no one source gives side by side.
 * One discrepancy per count, one variant per outcome class.
 */
function outcomeDiscrepancies(figs: ComparableFigure[]): Discrepancy[] {
  const classes = (i: number) => new Set(figs[i].readings.map((r) => outcomeOf(r.figure.subject)).filter((c): c is string => !!c));
  const linked = (i: number, j: number) => {
    const [a, b] = [figs[i].fact, figs[j].fact];
    return (
      unitClass(a.unit) === unitClass(b.unit) &&
      a.value === b.value && (a.max ?? a.value) === (b.max ?? b.value) &&
      classes(i).size > 0 && classes(j).size > 0 &&
      new Set([...classes(i), ...classes(j)]).size > 1 &&
      disputed(a, b, figs[i].readings, figs[j].readings)
    );
  };
  // Linked figures have one class of thing and one value.
  const block = (i: number) => {
    const f = figs[i].fact;
    return `${unitClass(f.unit)}|${f.value}|${f.max ?? f.value}`;
  };
  const out: Discrepancy[] = [];
  for (const group of components(figs.length, linked, block)) {
    const readings = group.flatMap((i) => figs[i].readings);
    const byClass = new Map<string, Reading[]>();
    for (const r of readings) {
      const c = outcomeOf(r.figure.subject);
      if (!c) continue;
      const list = byClass.get(c);
      if (list) list.push(r);
      else byClass.set(c, [r]);
    }
    if (byClass.size < 2) continue;
    const variants = [...byClass.values()]
      .map((list) => ({ value: mode(list.map((r) => r.figure.subject!.toLowerCase()))!, reports: sortedUnique(list.map((r) => r.profile.report.id)), sources: list.map((r) => r.ref) }))
      .sort((a, b) => b.reports.length - a.reports.length || cmp(a.value, b.value));
    const caveats = [...byClass.keys()].map((c) => OUTCOME_CAVEATS[c]).filter((c): c is string => !!c);
    const wording = variants.map((v) => `“${v.value}” (${plural(v.reports.length, 'report')})`).join(' vs ');
    const main = group.map((i) => figs[i].fact).sort((a, b) => b.reports.length - a.reports.length || cmp(a.id, b.id))[0];
    out.push({ kind: 'outcome', subject: withoutSubject(main), variants, note: [`reports word the outcome differently: ${wording}`, ...caveats].join('; '), factId: main.id });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Hedges

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
function hedgeDiscrepancies(facts: Fact[], figs: ComparableFigure[], profiles: Map<string, Profile>): Discrepancy[] {
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

// ---------------------------------------------------------------------------------------------
// Dates

function dateDiscrepancies(profiles: Profile[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  const resolved = profiles.filter((p) => p.report.eventDate);
  const variant = (list: Profile[], value: (p: Profile) => string): Variant[] => {
    const m = new Map<string, Profile[]>();
    for (const p of list) {
      const same = m.get(value(p));
      if (same) same.push(p);
      else m.set(value(p), [p]);
    }
    return [...m].map(([v, ps]) => ({
      value: v,
      reports: sortedUnique(ps.map((p) => p.report.id)),
      sources: ps.flatMap((p) => {
        const d = p.report.dates.find((x) => x.role === 'event');
        return d ? [sourceRef(p, d.sentenceId, d.start, d.end, d.text)] : [];
      }),
    }));
  };
  if (new Set(resolved.map((p) => p.report.eventDate)).size > 1) {
    out.push({ kind: 'date', subject: 'date of the incident', variants: variant(resolved, (p) => p.report.eventDate!), note: 'reports date the incident differently', factId: null });
  } else {
    const weekdays = profiles.filter((p) => p.report.eventDateText && /day\b/i.test(p.report.eventDateText));
    const day = (p: Profile) => (fold(p.report.eventDateText!).match(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/)?.[0] ?? '');
    const named = weekdays.filter((p) => day(p));
    if (new Set(named.map(day)).size > 1) {
      out.push({ kind: 'date', subject: 'day of the incident', variants: variant(named, (p) => p.report.eventDateText!), note: 'reports name different days', factId: null });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Spellings

function placeDiscrepancies(places: EventPlace[], notes: Map<string, string[]>, originOf: OriginOf | undefined): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const p of places) {
    // Capitals alone (a dateline's "KAYES") are typesetting; background places are not the incident.
    if (p.role === 'background' || new Set(p.variants.map((v) => v.value.toLowerCase())).size < 2) continue;
    const folded = new Set(p.variants.map((v) => nameKey(v.value)));
    const why = notes.get(p.key)?.join('; ') ?? (folded.size === 1 ? 'same name, written with and without accents or hyphens' : 'spellings of one gazetteer entry');
    const count = (v: Variant) => spellingSupport(v.reports, originOf).origins;
    const origins = p.variants.map((v) => `“${v.value}” ${plural(count(v), 'independent origin')}`).join(', ');
    const tied = p.variants.length > 1 && count(p.variants[0]) === count(p.variants[1]);
    const shown =
      p.lat !== null
        ? 'the gazetteer’s name is shown'
        : `shown as “${p.name}”, by independent origins (${origins})${tied ? `; tied, so the spelling an origin uses most firmly (most mentions in one report, accents kept) is shown` : ''}`;
    out.push({ kind: 'place-spelling', subject: p.name, variants: p.variants, note: `${why}; ${shown}`, factId: null });
  }
  return out;
}

/** People whose name the reports spell differently, the shown spelling first (person-names.ts merges them). */
function personDiscrepancies(profiles: Profile[], originOf: OriginOf | undefined): Discrepancy[] {
  return personGroups(profiles, originOf)
    .filter((g) => g.variants.length >= 2)
    .map(({ variants }) => ({
      kind: 'person-spelling' as const,
      subject: variants[0].value,
      variants,
      note: new Set(variants.map((v) => nameKey(v.value))).size === 1 ? 'same letters, written differently (accents, spaces or hyphens)' : 'spellings one letter apart',
      factId: null,
    }));
}

// ---------------------------------------------------------------------------------------------
// Quotation wording

/** British and American spellings of one word meet ("defence"/"defense", "organised"/"organized"). */
export function conventionKey(word: string): string {
  const w = word.toLowerCase();
  const fixed: Record<string, string> = { towards: 'toward', afterwards: 'afterward', amongst: 'among', whilst: 'while', amidst: 'amid', grey: 'gray', programme: 'program', programmes: 'programs' };
  if (fixed[w]) return fixed[w];
  return w
    .replace(/^(def|off|pret|lic)ence(s?)$/, '$1ense$2')
    .replace(/(?<=\w)is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/(?<=\w)ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/(?<=[a-z]{3})our(s|ed|ing|ite|ites|able)?$/, 'or$1')
    .replace(/(?<=[a-z]{2}[^aeiou])re(s?)$/, 'er$1')
    .replace(/ogue(s?)$/, 'og$1')
    .replace(/(?<=[aeiou])ll(ed|ing|er|ers)$/, 'l$1');
}

/** A wording reduced to its letters with spelling conventions, hyphens and spaces set aside. */
const wordingCore = (s: string) => words(s).map(conventionKey).join('');

/**
 * True when some two wordings differ beyond convention, punctuation, or one being an excerpt of the
 * other. No two differ when each is an excerpt of the next longer one (being an excerpt is
 * transitive): one pass over the wordings by length, not every pair.
 */
export function wordingsDiffer(values: string[]): boolean {
  const keys = values.map(wordingCore).sort((a, b) => a.length - b.length);
  for (let i = 1; i < keys.length; i++) if (!keys[i].includes(keys[i - 1])) return true;
  return false;
}

/** Words one wording has and the other lacks (spelling conventions aside), for a readable note. */
function wordDiff(a: string, b: string): string {
  const wa = words(a).map(conventionKey);
  const wb = words(b).map(conventionKey);
  const onlyA = wa.filter((w) => !wb.includes(w));
  const onlyB = wb.filter((w) => !wa.includes(w));
  return `“${onlyA.join(' ') || '—'}” vs “${onlyB.join(' ') || '—'}”`;
}

function quoteDiscrepancies(facts: Fact[]): Discrepancy[] {
  return facts
    .filter((f) => f.kind === 'quote')
    .filter((f) => f.variants.length > 1 && wordingsDiffer(f.variants.map((v) => v.value)))
    .map((f) => ({
      kind: 'quote-wording' as const,
      subject: `quotation${f.speaker ? ` of ${f.speaker}` : ''}: “${f.text.slice(0, 80)}${f.text.length > 80 ? '…' : ''}”`,
      variants: f.variants,
      note: `wording differs between reports: ${f.variants
        .slice(1)
        .filter((v) => wordingsDiffer([f.variants[0].value, v.value]))
        .map((v) => wordDiff(f.variants[0].value, v.value))
        .join('; ')}`,
      factId: f.id,
    }));
}

// ---------------------------------------------------------------------------------------------

/** A short phrase for a discrepancy, for a sentence like "Reports differ on …". */
export function discrepancyPhrase(d: Discrepancy): string {
  const values = d.variants.map((v) => v.value);
  switch (d.kind) {
    case 'figure':
    case 'count': {
      // "7 vs at least 4" when each value is followed by the thing counted.
      const bare = values.map((v) => (d.subject && v.endsWith(d.subject) ? v.slice(0, -d.subject.length).trim() : v));
      return `the number of ${d.subject} (${bare.join(' vs ')})`;
    }
    case 'outcome':
      return `what happened to ${d.subject} (${values.map((v) => `“${v}”`).join(' vs ')})`;
    case 'hedge':
      return `“${values[0]}” on ${d.subject} (${plural(d.variants[0].reports.length, 'report')} only)`;
    case 'date':
      return `the ${d.subject} (${values.join(' vs ')})`;
    case 'place-spelling':
    case 'person-spelling':
      return `the spelling of ${values.join('/')}`;
    default:
      return `the wording of a ${d.subject}`;
  }
}

/**
 * The event's discrepancies, ranked by kind (`discrepancyKinds` order) and, within a kind, by how
 * many reports are involved. `ledger` limits figure comparisons to the incident's key figures;
 * `originOf` (report → origin) orders spellings by independent origins.
 */
export function findDiscrepancies(
  profiles: Profile[],
  places: EventPlace[],
  spellingNotes: Map<string, string[]>,
  facts: Fact[],
  ledger?: LedgerEntry[],
  originOf?: OriginOf,
): Discrepancy[] {
  const kindRank = Object.fromEntries(discrepancyKinds.map((k, i) => [k, i])) as Record<Discrepancy['kind'], number>;
  const byId = new Map(profiles.map((p) => [p.report.id, p]));
  const figs = comparableFigures(facts, ledger, byId);
  const involved = (d: Discrepancy) => new Set(d.variants.flatMap((v) => v.reports)).size;
  return [
    ...countDiscrepancies(figs),
    ...outcomeDiscrepancies(figs),
    ...hedgeDiscrepancies(facts, figs, byId),
    ...dateDiscrepancies(profiles),
    ...placeDiscrepancies(places, spellingNotes, originOf),
    ...personDiscrepancies(profiles, originOf),
    ...quoteDiscrepancies(facts),
  ]
    .map((d) => ({ ...d, variants: d.variants.map((v) => ({ ...v, sources: [...v.sources].sort((a, b) => cmp(a.reportId, b.reportId) || a.start - b.start) })) }))
    .sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || involved(b) - involved(a) || cmp(a.subject, b.subject));
}
