// As it was before issue 8 made it near-linear: the reference the indexed version is tested against.
// A timeline of the dated incidents an event's reports mention: the event itself and earlier
// incidents given as background, with resolved dates where possible and the wording otherwise.
import type { SourceRef, TimelineItem } from '../../../src/schemas/event.ts';
import type { DateMention } from '../../../src/schemas/statements.ts';
import { INCIDENT_CUE } from '../../../src/consolidate/lexicon.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../src/text/lexicons/calendar.ts';
import { sourceRef, type Profile } from '../../../src/consolidate/profile.ts';
import { cmp, fold, mode, sortedUnique } from '../../../src/consolidate/text.ts';

interface Reading {
  profile: Profile;
  date: DateMention;
}

/** A key for a date written without a year: `m06-02` for "June 2nd", `w2` for "Tuesday". */
export function writtenDateKey(text: string): string | null {
  const f = fold(text);
  for (let i = 0; i < MONTH_NAMES.length; i++) {
    const m = new RegExp(`\\b${MONTH_NAMES[i]}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAMES[i]}\\b`).exec(f);
    if (m) return `m${String(i + 1).padStart(2, '0')}-${(m[1] ?? m[2]).padStart(2, '0')}`;
  }
  const w = WEEKDAY_NAMES.findIndex((d) => f.includes(d));
  return w >= 0 ? `w${w}` : null;
}

// "said on Monday", "told AFP on Monday": the date of the reporting, not of an incident.
const REPORTING_BEFORE = /\b(said|says|told|announced|stated|reported|added|confirmed|declared|tweeted|posted|wrote)\b[^.;]{0,25}$/i;
function reportingWindow(profile: Profile, d: DateMention): string {
  if (profile.text) return profile.text.slice(Math.max(d.sentenceStart, d.start - 40), d.start);
  const at = d.start - d.sentenceStart;
  return d.sentence.slice(Math.max(0, at - 40), Math.max(0, at));
}

const trim = (s: string, n = 260) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function buildTimeline(profiles: Profile[], eventDate: string | null, eventDateText: string | null): TimelineItem[] {
  const readings: Reading[] = [];
  for (const profile of profiles) {
    for (const date of profile.report.dates) {
      // Other dates count only when written as a date (a day, a month, a year) near an incident.
      const written = writtenDateKey(date.text) !== null || /\b(?:1[89]|20)\d\d\b/.test(date.text);
      if (date.role === 'other' && (!written || !INCIDENT_CUE.test(date.sentence) || REPORTING_BEFORE.test(reportingWindow(profile, date)))) continue;
      readings.push({ profile, date });
    }
  }
  // All mentions of the event's own date are one item (unless they resolve to different days);
  // earlier incidents group by resolved date, else by the date as written.
  const groups = new Map<string, Reading[]>();
  for (const r of readings) {
    const d = r.date;
    const key = d.role === 'event' ? `event|${d.date ?? ''}` : `${d.role}|${d.date ?? writtenDateKey(d.text) ?? fold(d.text).trim()}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  // Unresolved event mentions join the resolved event item when there is exactly one.
  const resolvedEvent = [...groups.keys()].filter((k) => k.startsWith('event|') && k !== 'event|');
  if (resolvedEvent.length === 1 && groups.has('event|')) {
    groups.set(resolvedEvent[0], [...groups.get(resolvedEvent[0])!, ...groups.get('event|')!]);
    groups.delete('event|');
  }
  const items: (TimelineItem & { sortKey: string })[] = [];
  for (const [key, list] of groups) {
    const role = list[0].date.role;
    const dates = list.map((r) => r.date.date).filter((d): d is string => !!d);
    const full = mode(dates) ?? (role === 'event' ? eventDate : null);
    const precisionOf = list.find((r) => r.date.date === full)?.date.precision;
    // A year or a month is shown as such, not as its first day.
    const date = full && precisionOf === 'year' ? full.slice(0, 4) : full && precisionOf === 'month' ? full.slice(0, 7) : full;
    const sources: SourceRef[] = list
      .map((r) => sourceRef(r.profile, r.date.sentenceId, r.date.start, r.date.end, r.date.text))
      .sort((a, b) => cmp(a.reportId, b.reportId) || a.start - b.start);
    // Describe it with the shortest sentence that mentions it (least padding).
    const described = [...list].sort((a, b) => a.date.sentence.length - b.date.sentence.length || cmp(a.profile.report.id, b.profile.report.id))[0];
    items.push({
      date,
      dateText: mode(list.map((r) => r.date.text)) ?? eventDateText ?? '',
      precision: date ? (precisionOf ?? (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year')) : 'relative',
      role,
      text: trim(described.date.sentence || described.profile.sentence(described.date.sentenceId)),
      reports: sortedUnique(list.map((r) => r.profile.report.id)),
      sources,
      sortKey: key,
    });
  }
  // Resolved items by date; unresolved earlier incidents just before the event (by written
  // month-day when known); other unresolved items last.
  const eventItem = items.find((i) => i.role === 'event');
  const dated = items.filter((i) => i.date).sort((a, b) => cmp(a.date!, b.date!) || cmp(a.role, b.role) || cmp(a.sortKey, b.sortKey));
  const undatedEarlier = items
    .filter((i) => !i.date && i.role === 'earlier')
    .sort((a, b) => cmp(writtenDateKey(a.dateText) ?? `~${a.dateText}`, writtenDateKey(b.dateText) ?? `~${b.dateText}`));
  const undatedOther = items.filter((i) => !i.date && i.role !== 'earlier').sort((a, b) => cmp(a.role, b.role) || cmp(a.sortKey, b.sortKey));
  let ordered: typeof items;
  if (eventItem?.date) {
    const at = dated.indexOf(eventItem);
    ordered = [...dated.slice(0, at), ...undatedEarlier, ...dated.slice(at), ...undatedOther];
  } else {
    const eventUndated = undatedOther.filter((i) => i.role === 'event');
    ordered = [...dated, ...undatedEarlier, ...eventUndated, ...undatedOther.filter((i) => i.role !== 'event')];
  }
  if (!eventItem && (eventDate || eventDateText)) {
    // No report marked its incident date: the event still heads its own timeline entry.
    ordered.push({ date: eventDate, dateText: eventDateText ?? eventDate ?? '', precision: eventDate ? 'day' : 'relative', role: 'event', text: '', reports: profiles.map((p) => p.report.id).sort(cmp), sources: [], sortKey: 'event|' });
  }
  return ordered.map(({ sortKey: _, ...rest }) => rest);
}
