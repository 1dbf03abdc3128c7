// Figures the reports of an event give differently: values that cannot both hold, counts of the
// same thing that differ, and outcome words that differ for one count ("killed" / "neutralised").
// Part of discrepancies.ts, which ranks them with the other kinds.
import type { Discrepancy, Fact, FigureFact, LedgerEntry, SourceRef } from '../schemas/event.ts';
import type { Figure } from '../schemas/statements.ts';
import { subjectClass, subjectsCompatible, unitClass } from './lexicon.ts';
import type { Profile } from './profile.ts';
import { cmp, mode, nameKey, sortedUnique, words } from './text.ts';

export interface Reading {
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

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
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
export interface ComparableFigure {
  fact: FigureFact;
  readings: Reading[];
}

/** Key figures of the incident that can be compared: in the ledger, not background, not vague. */
export function comparableFigures(facts: Fact[], ledger: LedgerEntry[] | undefined, profiles: Map<string, Profile>): ComparableFigure[] {
  const key = ledger ? new Set(ledger.map((l) => l.factId)) : null;
  return facts
    .filter((f) => f.kind === 'figure')
    .filter((f) => !f.background && (!key || key.has(f.id)))
    .map((fact) => ({ fact, readings: readingsOf(fact, profiles) }))
    .filter(({ readings }) => readings.length > 0 && !readings.every((r) => vague(r.figure)));
}

/** `figure`: values that cannot both hold; `count`: different counts of the same thing that can. */
export function countDiscrepancies(figs: ComparableFigure[]): Discrepancy[] {
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
export function outcomeDiscrepancies(figs: ComparableFigure[]): Discrepancy[] {
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

