// Which of a text's dates is the date of its own incident: cues in the words around a date.
// General English reporting conventions only (no word of any particular story).

/** A day `days` after (or before, when negative) a `YYYY-MM-DD` day; calendar arithmetic in UTC, so no time zone shifts it. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Days after publication an incident may still be dated: none can happen after its report was
 * written, but a publication date given as the day of a time zone ahead, or rounded to the
 * next edition, can trail it by a day or two.
 */
export const LATEST_AFTER_PUBLICATION = 3;

/**
 * Days before publication within which a stated date is news rather than background: news
 * reports an incident within days. A date further back is the incident's only when the lead
 * names no more recent one.
 */
export const RECENT_BEFORE_PUBLICATION = 31;

/**
 * "since Thursday", "until Monday", "by Friday", "after Saturday": the bound of a period, not the
 * day of an incident ("after midday on Sunday", "before dawn on Friday" are times of that day).
 */
export const isPeriodBound = (written: string) =>
  /^(?:since|until|by|after|before|from)\b/i.test(written) && !/^(?:after|before)\s+(?:midday|noon|midnight|dawn|dusk|daybreak|sunrise|sunset|nightfall|dark)\b/i.test(written);

/** The clause a date sits in, up to the date: the text after the last comma, semicolon, colon, dash or bracket. */
function clauseBefore(sentenceBefore: string): string {
  const cut = Math.max(...[',', ';', ':', '—', '–', '(', ' - '].map((c) => sentenceBefore.lastIndexOf(c)));
  return cut >= 0 ? sentenceBefore.slice(cut + 1) : sentenceBefore;
}

/**
 * Words that, in the clause before a date, make it the date of an earlier incident the text
 * compares or links to: "the deadliest since an earthquake on …", "recalled a massacre on …",
 * "a similar attack on …", "in a separate attack on …", "days after an ambush on …", "the
 * anniversary of …".
 */
const EARLIER_INCIDENT_CUE =
  /\b(?:since|anniversary|recall(?:s|ed|ing)?|reminiscent|echo(?:es|ed|ing)?|previous|prior|earlier|similar|separate|another|(?:came|comes|coming|days?|weeks?|months?|years?|shortly|just|soon)\s+(?:after|before)|following\s+(?:a|an|the|last))\b/i;

/** Whether a date reads as the date of an earlier incident (cue words in its clause before it). */
export function isEarlierIncidentDate(sentenceBefore: string): boolean {
  return EARLIER_INCIDENT_CUE.test(clauseBefore(sentenceBefore));
}

/**
 * "officials said on Wednesday", "the junta said Wednesday", "told Reuters on Monday": the date
 * of the reporting, not of the incident. A reporting verb directly before the date, or with only
 * a capitalized name between (the one told).
 */
const REPORTING_VERB = /\b(?:said|says|told|announced|reported|confirmed|stated|added|declared|claimed|tweeted|posted|wrote)((?:\s+\p{Lu}[\p{L}.'’-]*)*)\s*$/u;

export function isReportingDate(textBefore: string): boolean {
  return REPORTING_VERB.test(textBefore.slice(-80));
}

/** Words a time stamp or byline may hold beside its date ("Published", "Updated:", "at", "a.m."). */
const STAMP_WORD = /^(?:published|updated|last|first|posted|modified|on|at|am|pm|a\.m|p\.m|a\.m\.|p\.m\.)$/i;

/**
 * A date on a line of its own near the top of a text, alone or with stamp words, a clock time,
 * a time zone or a byline ("Published 18 September 2024, 10:32 GMT", "By Jane Doe | Sept. 18,
 * 2024"): the report's own date, as a dateline, not its incident's.
 */
export function isStampDate(text: string, date: { start: number; end: number }, paragraphs: readonly { start: number; end: number }[]): boolean {
  const p = paragraphs.slice(0, 4).find((x) => date.start >= x.start && date.start < x.end);
  if (!p || p.end - p.start > 120) return false;
  const rest = `${text.slice(p.start, date.start)} ${text.slice(date.end, p.end)}`
    .replace(/\bby\s+(?:\p{Lu}[\p{L}.'’-]*\s*(?:and\s+)?){1,6}/gu, ' ')
    .replace(/\d{1,2}[:.]\d{2}/g, ' ');
  if (/\d/.test(rest)) return false;
  return (rest.match(/\p{L}[\p{L}.]*/gu) ?? []).every((w) => STAMP_WORD.test(w) || /^[A-Z]{2,5}$/.test(w));
}

/** Nouns naming an incident of any kind (violence, disaster, unrest), singular and plural. */
const INCIDENT_NOUN = new Set(
  `attack assault raid strike airstrike ambush bombing blast explosion shelling massacre killing shooting clash fighting
  violence offensive incursion battle siege capture fall takeover coup uprising earthquake quake tremor aftershock flood
  flooding landslide mudslide storm cyclone hurricane typhoon tornado fire wildfire eruption tsunami collapse crash
  derailment stampede protest demonstration march rally riot unrest crackdown kidnapping abduction disaster tragedy`
    .split(/\s+/)
    .flatMap((w) => [w, w.endsWith('sh') || w.endsWith('ch') || w.endsWith('ss') ? `${w}es` : w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`]),
);

/**
 * "Saturday's missile strike", "Wednesday's anti-tax protests", "weekend attacks": a date that
 * names the incident itself (possessive or modifier, then up to three words, then an incident
 * noun). In a follow-up report ("the toll from Saturday's strike rose to 20 on Sunday") it is
 * the incident's date, before any other.
 */
export function namesIncident(textAfter: string): boolean {
  const m = /^(?:['’]s)?((?:\s+[\p{L}-]+){1,4})/u.exec(textAfter.slice(0, 60));
  if (!m) return false;
  return m[1].trim().split(/\s+/).some((w) => INCIDENT_NOUN.has(w.toLowerCase()));
}

/** "The death toll rose to 35 on Thursday": the date of a new count, after the incident. */
const UPDATE_CUE = /\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|reached|stood)\b/i;

/** Whether a date is that of an update of a count (a cue word in its clause before it). */
export function isUpdateDate(sentenceBefore: string): boolean {
  return UPDATE_CUE.test(clauseBefore(sentenceBefore));
}

/**
 * "said on Monday that an air strike a day earlier …": in the words after a reporting date, how
 * many days before it the incident was, and the words that say so (offset `index` in the text
 * given); null when they do not say.
 */
export function daysBeforeReporting(sentenceAfter: string): { days: number; text: string; index: number } | null {
  const m = /\b(?:(a|one|two|three|four|five|\d) days? (?:earlier|before)|the (?:previous|preceding) day|the day before)\b/i.exec(sentenceAfter);
  if (!m) return null;
  const n = m[1] ? ['a', 'one', 'two', 'three', 'four', 'five'].indexOf(m[1].toLowerCase()) : 1;
  return { days: n >= 0 ? Math.max(1, n) : Number(m[1]), text: m[0], index: m.index };
}

/** "Saturday's …", "weekend attacks": a date that modifies the noun after it, so the words before it are not its own. */
export function modifiesNoun(textAfter: string): boolean {
  if (/^['’]s\b/.test(textAfter)) return true;
  const next = /^\s+([\p{L}-]+)/u.exec(textAfter.slice(0, 40));
  return !!next && INCIDENT_NOUN.has(next[1].toLowerCase());
}
