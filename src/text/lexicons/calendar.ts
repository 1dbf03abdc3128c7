// Names of months and weekdays, lower case. The ordered lists give a month's or weekday's
// number; the sets answer whether a word names one.

/** The twelve months in calendar order (index + 1 = month number). */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month names and their abbreviations ("sept", "oct"): whether a word names a month. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** The month (1–12) a lower-case month name or abbreviation stands for, by its first three letters ("sept" → 9); 0 for none. */
export function monthNumber(word: string): number {
  const prefix = word.slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3) === prefix) + 1;
}

/** The seven weekdays, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Whether a word names a weekday. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
