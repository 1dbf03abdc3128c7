// Evidence beyond wording that two reports tell one incident or two, for reports without dates:
// the exact counts and quotations they share bind a follow-up to its incident; a report that gives
// the other's sites or toll for an incident weeks before its own ('three weeks after ADF fighters
// killed 38 people in Mamove') tells another incident.
import { PEOPLE_CLASSES, unitClass } from './lexicon.ts';
import type { Profile } from './profile.ts';
import { daysBetween, fold } from './text.ts';

export interface EvidenceFeatures {
  /** Counts it reports outside distant background: value and class of what is counted. */
  counts: Set<string>;
  /** Those of its opening (the incident's toll, as the report leads with it). */
  openingCounts: Set<string>;
  /** Word 5-grams of its quotations (not fragments) outside distant background. */
  quoteGrams: Set<string>;
  /** What it says of an incident weeks or months before its own: places, words and counts. */
  earlier: { places: Set<string>; names: Set<string>; counts: Set<string> };
}

/** The sites a report opens with: place keys, and the words of their names. */
interface SiteFeatures {
  core: Set<string>;
  coreWords: string[][];
}

export function evidenceFeatures(p: Profile): EvidenceFeatures {
  return {
    counts: countsOf(p),
    openingCounts: countsOf(p, (id) => p.opening.has(id)),
    quoteGrams: quoteGramsOf(p),
    earlier: earlierIncident(p),
  };
}

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

const distantBackground = (p: Profile, sentenceId: string) => p.background.has(sentenceId) && !p.nearBackground.has(sentenceId);

/**
 * Exact counts of people and things a report gives (not vague amounts, not small numbers that
 * recur everywhere), keyed by value and class of what is counted: '19 people killed' and '19
 * people were killed' meet, '19 soldiers' and '19 days' do not.
 */
function countsOf(p: Profile, keep: (sentenceId: string) => boolean = (id) => !distantBackground(p, id)): Set<string> {
  const out = new Set<string>();
  for (const f of p.report.figures) {
    if (f.kind !== 'count' || f.approximate || f.value < 5 || !keep(f.sentenceId)) continue;
    const cls = unitClass(f.unit);
    if (cls === 'time' || cls === 'attacks') continue;
    out.add(`${f.value}|${PEOPLE_CLASSES.has(cls) ? 'people' : cls}`);
  }
  return out;
}

// A look back of weeks or months ('three weeks after', 'last month', 'in January'): another incident.
// Years back ('in December 2023') is history, which a follow-up recalls as often (the town's last massacre).
const WEEKS_BACK =
  /\b(?:(?:a|one|two|three|four|five|six|several|few) (?:weeks?|months?) (?:ago|earlier|before|after|prior)|last (?:week|month)|earlier (?:this|that|in the) (?:week|month)|weeks? (?:earlier|before|ago))\b/i;
const MONTH_NAME = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * The places and counts a report gives for an incident it dates weeks or months before its own
 * ('The attack comes three weeks after ADF fighters killed 38 people in Mamove'): a report about
 * that incident is another event, though it shares the group, the region and the words.
 */
function earlierIncident(p: Profile): EvidenceFeatures['earlier'] {
  const ids = new Set<string>();
  for (const s of p.report.sentences) if (distantBackground(p, s.id) && WEEKS_BACK.test(p.sentence(s.id))) ids.add(s.id);
  const own = p.report.eventDate ?? p.report.published;
  for (const d of p.report.dates) {
    if (d.role !== 'earlier' || !distantBackground(p, d.sentenceId) || !(d.precision === 'month' || MONTH_NAME.test(d.text))) continue;
    const history = /\b(?:1[89]|20)\d\d\b/.test(d.text) || (!!d.date && !!own && daysBetween(d.date, own) > 90);
    if (!history) ids.add(d.sentenceId);
  }
  const places = new Set<string>();
  for (const f of p.places) if (f.place.precision !== 'country' && f.place.mentions.some((m) => ids.has(m.sentenceId))) places.add(f.key);
  const names = new Set<string>();
  for (const id of ids) for (const w of fold(p.sentence(id)).match(/[a-z0-9]+/g) ?? []) names.add(w);
  return { places, names, counts: countsOf(p, (id) => ids.has(id)) };
}

/** How far `b` says that `a`'s incident is an earlier one: it names there the sites or counts a opens with. */
export function namedAsEarlier(a: EvidenceFeatures & SiteFeatures, b: EvidenceFeatures): number {
  const place = overlaps(a.core, b.earlier.places) || a.coreWords.some((ws) => ws.length > 0 && ws.every((w) => b.earlier.names.has(w)));
  // Only tolls: a count of things (the platforms a ban closed) is as often the cause both reports give.
  const toll = [...a.openingCounts].some((k) => k.endsWith('|people') && b.earlier.counts.has(k));
  return (place ? 0.1 : 0) + (toll ? 0.1 : 0);
}

/** Word 5-grams of a report's quotations: one quotation carried by two reports shares several. */
function quoteGramsOf(p: Profile): Set<string> {
  const out = new Set<string>();
  for (const q of p.report.quotes) {
    if (q.fragment || distantBackground(p, q.sentenceId)) continue;
    const ws = fold(q.text).match(/[a-z0-9]+/g) ?? [];
    for (let i = 0; i + 5 <= ws.length; i++) out.add(ws.slice(i, i + 5).join(' '));
  }
  return out;
}

const countShared = <T,>(a: Set<T>, b: Set<T>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/**
 * What ties two reports to one incident beyond wording, for follow-ups that carry no date: the
 * same exact counts, one of the two leading with each (a long text's stray numbers meet by chance),
 * and a quotation both carry. (A shared town or armed group is not: a group acts in many towns, a
 * city sees many incidents; those weigh in the place and actor similarities.)
 */
export function bindingEvidence(a: EvidenceFeatures, b: EvidenceFeatures): number {
  let shared = 0;
  for (const k of a.counts) if (b.counts.has(k) && (a.openingCounts.has(k) || b.openingCounts.has(k))) shared++;
  let bonus = 0.07 * Math.min(2, shared);
  if (countShared(a.quoteGrams, b.quoteGrams) >= 2) bonus += 0.15;
  return Math.min(0.25, bonus);
}
