// Dates for display, shared by consolidation (bottom lines) and the site. Locale-independent on
// purpose: the same input gives the same bytes on every machine (deterministic builds).

import { MONTH_NAMES } from './lexicons/calendar.ts';

/** 'January' … 'December'. */
const MONTHS = MONTH_NAMES.map((m) => m[0].toUpperCase() + m.slice(1));

/** `2024-03-05` → `5 March 2024`; `2024-03` → `March 2024`; anything else is returned as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}
