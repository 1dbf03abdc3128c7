// Dates for grouping: what a report says of when its incident happened, and whether two reports'
// dates allow one incident. Reports confuse the day of the incident with the day of reporting and
// follow-ups come days later, so only resolved incident dates a few days apart, or a report filed
// long before or after the other's incident, rule a pair out; weekdays only nudge.
import type { Report } from '../schemas/report.ts';
import type { DateMention } from '../schemas/statements.ts';
import { monthNumber, WEEKDAY_NAMES as WEEKDAYS } from '../text/lexicons/calendar.ts';
import type { Profile } from './profile.ts';
import { daysBetween, fold } from './text.ts';

export interface DateFeatures {
  /** The incident's resolved day, unless it rests only on a day of reporting. */
  date: string | null;
  /** Publication date. */
  published: string | null;
  /** The resolved day of reporting ('said on Friday') when the incident's date rests only on it. */
  reported: string | null;
  /** The incident's weekday, unless it is the day of reporting. */
  weekday: string | null;
  /** Day of the year of a dateline without its year ('KINSHASA, Jan 30 (Reuters) -'), when no publication date is known. */
  datelineDay: number | null;
  /** Weekdays the report names about the incident's days (any date mention outside distant background). */
  weekdays: Set<string>;
}

function weekdayOf(text: string | null): string | null {
  if (!text) return null;
  const f = fold(text);
  return WEEKDAYS.find((d) => f.includes(d)) ?? null;
}

// A date right after a verb of saying (and whom it was said to, or how) or after a toll's new
// figure is when something was reported, not when the incident happened ('said on Thursday',
// 'told reporters on Friday', 'said in a statement on Monday', 'rose to 14 on Wednesday').
const REPORTING_BEFORE = new RegExp(
  '\\b(?:(?:said|says|told|announced|reported|confirmed|added|stated|declared|released|issued|posted|published|wrote)' +
    '(?:\\s+(?:reporters|journalists|the press|[A-Z][\\w.]*|in an? (?:statement|bulletin|video|post|interview)|on (?:Telegram|X|television|state television|state media)))?' +
    '|(?:rose|risen|climbed|reached|increased)\\s+to\\s+(?:more than |over |at least )?[\\d,.]+(?:\\s+[a-z]+)?)\\s*$',
);

/** A wire dateline's date: near the start of its sentence, before '(Agency)' or a dash. */
function isDatelineDate(d: DateMention): boolean {
  return d.start - d.sentenceStart <= 40 && /^\s*[(—–-]/u.test(d.sentence.slice(d.end - d.sentenceStart));
}

function isReportingDay(d: DateMention): boolean {
  return isDatelineDate(d) || REPORTING_BEFORE.test(d.sentence.slice(0, Math.max(0, d.start - d.sentenceStart)));
}

const MONTH_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})$/i;

/** Day of the year (a common year) of an ISO date or of a month and day. */
function dayOfYear(month: number, day: number): number {
  return (Date.UTC(2001, month - 1, day) - Date.UTC(2001, 0, 1)) / 86400000;
}
const isoDayOfYear = (d: string) => dayOfYear(Number(d.slice(5, 7)), Number(d.slice(8, 10)));

/** A wire dateline's month and day without a year, as a day of the year. */
function datelineDayOf(r: Report): number | null {
  for (const d of r.dates) {
    const m = MONTH_DAY.exec(d.text.trim());
    if (!m || d.date || !isDatelineDate(d)) continue;
    return dayOfYear(monthNumber(m[1].toLowerCase()), Number(m[2]));
  }
  return null;
}

/**
 * A report's incident date and weekday, apart from a date it gives only as its day of reporting
 * (the dateline's, 'said on Friday'): that day is near the incident, not the incident's.
 */
export function dateFeatures(p: Profile): DateFeatures {
  const r = p.report;
  const resolved = r.eventDate && /^\d{4}-\d{2}-\d{2}$/.test(r.eventDate) ? r.eventDate : null;
  const backing = r.dates.filter((d) => d.role === 'event' && (resolved ? d.date === resolved : d.text === r.eventDateText));
  const reporting = backing.length > 0 && backing.every(isReportingDay);
  const weekdays = new Set<string>();
  for (const d of r.dates) {
    if (p.background.has(d.sentenceId) && !p.nearBackground.has(d.sentenceId)) continue;
    const w = weekdayOf(d.text);
    if (w) weekdays.add(w);
  }
  const reported = reporting ? resolved : null;
  return {
    date: reporting ? null : resolved,
    published: r.published,
    reported,
    weekday: reporting ? null : weekdayOf(r.eventDateText ?? r.eventDate),
    weekdays,
    datelineDay: r.published || reported ? null : datelineDayOf(r),
  };
}

/** Date agreement: a score adjustment, or null when the dates rule the pair out. */
export function dateAdjustment(a: DateFeatures, b: DateFeatures, maxSpan: number): number | null {
  if (a.date && b.date) {
    const d = daysBetween(a.date, b.date);
    if (d > maxSpan) return null;
    return d <= 1 ? 0.1 : 0;
  }
  // One incident date and the other's publication date: a report cannot precede the incident.
  // A day of reporting is looser: a follow-up's incident date may be a later phase of the events.
  const one = a.date ? { incident: a.date, other: b } : b.date ? { incident: b.date, other: a } : null;
  if (one?.other.published || one?.other.reported) {
    const [day, slack] = one.other.published ? [one.other.published, 1] : [one.other.reported!, maxSpan];
    const gap = daysBetween(one.incident, day);
    if (day < one.incident && gap > slack) return null;
    if (gap > 14) return -0.2;
  }
  let adj = 0;
  const [dayA, dayB] = [a.published ?? a.reported, b.published ?? b.reported];
  if (!one && dayA && dayB) {
    const d = daysBetween(dayA, dayB);
    if (d > 30) return null;
    if (d > 10) adj -= 0.2;
  }
  // A dateline's day without its year still places the report in the calendar: a report filed
  // months after (or long before) the other's incident or publication is about another incident.
  const dayOnly = a.datelineDay !== null ? { day: a.datelineDay, other: b } : b.datelineDay !== null ? { day: b.datelineDay, other: a } : null;
  if (dayOnly) {
    const o = dayOnly.other;
    const ref = o.date ?? o.published ?? o.reported;
    if (ref || o.datelineDay !== null) {
      // Days from the other's date to this report's day, around the year.
      const after = (dayOnly.day - (ref ? isoDayOfYear(ref) : o.datelineDay!) + 365) % 365;
      const apart = Math.min(after, 365 - after);
      // Against an incident date the report can only come after it; against a report day, either way.
      const gap = o.date ? (after >= 364 ? 0 : after) : apart;
      if (gap > 30) return null;
      if (gap > 14) adj -= 0.2;
    }
  }
  // Weekdays are weak evidence: reports confuse the day of the incident with the day of reporting,
  // and a follow-up reports on a later day. Different weekdays count against a pair only when
  // neither report names the other's day at all.
  if (a.weekday && b.weekday) {
    if (a.weekday === b.weekday) adj += 0.05;
    else if (!b.weekdays.has(a.weekday) && !a.weekdays.has(b.weekday)) adj -= 0.1;
  }
  return adj;
}
