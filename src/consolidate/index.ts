import type { Report } from '../schemas/report.ts';
import type { Event } from '../schemas/event.ts';

// Temporary until the consolidation step lands: every report is an event of its own.
export function consolidate(reports: Report[]): Event[] {
  return reports.map((r) => ({ id: r.id, title: r.title, date: r.eventDate, dateText: r.eventDateText, reportIds: [r.id], origins: [[r.id]] }));
}
