// The event's date and how it is known, from the incident date each report gives (its `dates`
// mention with role `event`, found and resolved at extraction).
//
// A report's date is `stated` when its wording fixes the day with its year ("On 17 September
// 2024"), `resolved` when a relative wording ("on Tuesday") was resolved against the report's
// publication date (or its wire dateline). Reports that copy one wire story count once: the
// date agreed by most independent origins wins, then a stated date over a resolved one.
import type { dateBases } from '../schemas/event.ts';
import type { DateMention } from '../schemas/statements.ts';
import type { Profile } from './profile.ts';
import { cmp, fold, listText } from './text.ts';
import { WEEKDAY_NAMES } from '../text/lexicons/calendar.ts';

export type DateBasis = (typeof dateBases)[number];

export interface EventDate {
  /** `YYYY-MM-DD`, or null. */
  date: string | null;
  /** The wording the date rests on, or the wording the reports use when it cannot be resolved. */
  dateText: string | null;
  dateBasis: DateBasis;
  /** The basis in words, naming reports by their label (`R1`…, in file-name order as on the event page). */
  dateNote: string;
}

/** One report's incident date. */
interface Reading {
  /** `R1`… */
  label: string;
  order: number;
  origin: number;
  /** Resolved day, or null when only the wording is known. */
  date: string | null;
  /** As written. */
  text: string;
  basis: 'stated' | 'resolved' | null;
  published: string | null;
}

/** Days a report's incident may follow its publication date (a time zone or edition ahead); later is impossible. */
const LATEST_AFTER_PUBLICATION = 3;

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A year in the wording: the text fixes the date by itself. */
const WRITTEN_YEAR = /\b(?:1[89]|2\d)\d\d\b/;
/** Weekdays in the order of `Date#getUTCDay` (Sunday first). */
const WEEKDAYS = [WEEKDAY_NAMES[6], ...WEEKDAY_NAMES.slice(0, 6)];
const weekdayIn = (text: string) => WEEKDAYS.find((w) => new RegExp(`\\b${w.slice(0, 3)}(?:${w.slice(3)})?\\b`).test(fold(text)));
const weekdayOf = (day: string) => WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()];
const quoted = (text: string) => `“${text}”`;

function readingOf(profile: Profile, order: number, origin: number): Reading | null {
  const r = profile.report;
  if (!r.eventDate && !r.eventDateText) return null;
  const mention: DateMention | undefined = r.dates.find((d) => d.role === 'event' && (r.eventDate ? d.date === r.eventDate : d.text === r.eventDateText));
  const text = mention?.text ?? r.eventDateText ?? r.eventDate!;
  const base = { label: `R${order + 1}`, order, origin, text, published: r.published };
  // An incident cannot be dated after its report was written: such a reading is a misreading.
  if (r.eventDate && r.published && r.eventDate > addDays(r.published, LATEST_AFTER_PUBLICATION)) return null;
  if (!r.eventDate) return { ...base, date: null, basis: null };
  return { ...base, date: r.eventDate, basis: WRITTEN_YEAR.test(text) ? 'stated' : 'resolved' };
}

const origins = (readings: Reading[]) => new Set(readings.map((r) => r.origin)).size;
const says = (readings: Reading[]) => `${listText(readings.map((r) => r.label))} ${readings.length === 1 ? 'says' : 'say'}`;

/** Where a resolved date comes from, in words. */
function basisText(r: Reading): string {
  if (r.basis === 'stated') return `Stated in ${r.label}: ${quoted(r.text)}`;
  if (r.published) return `Resolved from ${quoted(r.text)} in a report published ${r.published} (${r.label})`;
  return `Resolved from ${quoted(r.text)} against the date at the head of ${r.label} (its dateline or time stamp; no publication date given)`;
}

function datedEvent(dated: Reading[], undated: Reading[]): EventDate {
  const byDate = new Map<string, Reading[]>();
  for (const r of dated) byDate.set(r.date!, [...(byDate.get(r.date!) ?? []), r]);
  const ranked = [...byDate].sort(
    ([da, a], [db, b]) =>
      origins(b) - origins(a) ||
      Number(b.some((r) => r.basis === 'stated')) - Number(a.some((r) => r.basis === 'stated')) ||
      b.length - a.length ||
      // Among equals the earlier day: a report's "said on Wednesday" trails the incident, never precedes it.
      cmp(da, db),
  );
  const [date, agreeing] = ranked[0];
  const chosen = [...agreeing].sort((a, b) => Number(b.basis === 'stated') - Number(a.basis === 'stated') || a.order - b.order)[0];
  const notes = [basisText(chosen)];
  const others = agreeing.filter((r) => r !== chosen);
  if (others.length) notes.push(`${listText(others.map((r) => r.label))} ${others.length === 1 ? 'agrees' : 'agree'}`);
  for (const [other, list] of ranked.slice(1)) notes.push(`${says(list)} ${other} (${quoted(list[0].text)})`);
  // A weekday written elsewhere that is not the date's weekday is a disagreement too.
  const weekday = weekdayOf(date);
  const conflicting = undated.filter((r) => weekdayIn(r.text) && weekdayIn(r.text) !== weekday);
  for (const r of conflicting) notes.push(`${r.label} says ${quoted(r.text)}`);
  return { date, dateText: chosen.text, dateBasis: chosen.basis!, dateNote: `${notes.join('; ')}.` };
}

/** The wording most independent origins use for an unresolved date (same day named = same wording), and who uses it. */
function commonWording(undated: Reading[]): { text: string; readers: Reading[] } {
  const groups = new Map<string, Reading[]>();
  for (const r of undated) {
    const key = weekdayIn(r.text) ?? fold(r.text).replace(/^(?:on|in|early|late)\s+/, '');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const [, readers] = [...groups].sort(([ka, a], [kb, b]) => origins(b) - origins(a) || b.length - a.length || cmp(ka, kb))[0];
  // The plainest wording of the group: the most common, then the shortest ("on Tuesday" before "early Tuesday").
  const counts = new Map<string, number>();
  for (const r of readers) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
  const text = [...counts].sort(([a, na], [b, nb]) => nb - na || a.length - b.length || cmp(a, b))[0][0];
  return { text, readers };
}

/**
 * The event's date from its reports and their independent origins (groups of report ids).
 * Reports are named R1, R2… in file-name order, as the event page labels them. Reports dated
 * after their own publication (plus a few days) are left out, and so are dates after the
 * earliest publication of the event's reports, unless that leaves none.
 */
export function eventDateOf(profiles: Profile[], originGroups: string[][]): EventDate {
  const originOf = new Map<string, number>();
  originGroups.forEach((group, i) => group.forEach((id) => originOf.set(id, i)));
  const byFile = [...profiles].sort((a, b) => cmp(a.report.file, b.report.file) || cmp(a.report.id, b.report.id));
  const readings = byFile
    .map((p, i) => readingOf(p, i, originOf.get(p.report.id) ?? originGroups.length + i))
    .filter((r): r is Reading => r !== null);
  const undated = readings.filter((r) => !r.date);
  let dated = readings.filter((r) => r.date);
  const firstPublished = profiles.map((p) => p.report.published).filter((d): d is string => !!d).sort(cmp)[0];
  if (firstPublished) {
    const possible = dated.filter((r) => r.date! <= addDays(firstPublished, LATEST_AFTER_PUBLICATION));
    if (possible.length) dated = possible;
  }
  if (dated.length) return datedEvent(dated, undated);

  if (!undated.length) return { date: null, dateText: null, dateBasis: 'not-stated', dateNote: 'Not stated: no report gives the date of the incident.' };
  const { text, readers } = commonWording(undated);
  const subject = readers.length === readings.length ? (readers.length === 1 ? 'the report says' : 'the reports say') : says(readers);
  const unpublished = readers.filter((r) => !r.published);
  const note = unpublished.length
    ? `Not stated: ${subject} ${quoted(text)} and ${readers.length === 1 ? 'gives' : 'give'} no publication date; add \`published:\` to the seed's front matter or to sources.yaml.`
    : `Not stated: ${subject} only ${quoted(text)}, which names no single day.`;
  return { date: null, dateText: text, dateBasis: 'not-stated', dateNote: note };
}
