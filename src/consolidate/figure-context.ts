// Where a figure stands in its report: about an earlier incident, an increment of a toll ("three
// more bodies"), or a part of a larger count ("including nine children"). Read from the sentence.
import type { DateMention, Figure } from '../schemas/statements.ts';
import { BACKGROUND_CUE } from './lexicon.ts';
import type { Profile } from './profile.ts';

/** Words right before a count that make it a part of another ("including nine children", "87 of them"). */
const PART_BEFORE = /\b(?:including|among them|among whom|of whom|of which)\s+(?:at least |about |some |nearly |almost |around )?$/i;
const PART_AFTER = /^\s*(?:of (?:them|whom|those|the dead|the victims|the injured|the wounded)\b)/i;
/** "three more bodies", "another 20", "a further 12": an increment of a toll, not a total. */
const INCREMENT_BEFORE = /\b(?:another|a further|an additional)\s+$/i;
const INCREMENT_IN = /\b(?:more|additional|further|extra)\b(?!\s+than)/i;
/** A sentence about a toll that changes: there, "three more bodies" are what it rose by ("another 40 drones were lost" is a count). */
const TOLL_CHANGE = /\b(?:toll|tally|rose|risen|rising|rises|climbed|climbs|bringing|brought|raising|raised|pushing|increased)\b/i;

/** Days from ISO date a to ISO date b (month or year precision reads as its first day). */
const daysBetween = (a: string, b: string) => (Date.parse(b.padEnd(10, '-01').slice(0, 10)) - Date.parse(a.padEnd(10, '-01').slice(0, 10))) / 86_400_000;
/** Dates that name a day of the incident's own week ("on Monday", "since Sunday", "the weekend"). */
const NEAR_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|today|yesterday|tonight|overnight|morning|evening|night)\b/i;

/** A report's dates by sentence, in report order; built once per list of dates. */
const bySentence = new WeakMap<readonly DateMention[], Map<string, DateMention[]>>();
function datesBySentence(dates: readonly DateMention[]): Map<string, DateMention[]> {
  let map = bySentence.get(dates);
  if (!map) {
    map = new Map();
    for (const d of dates) {
      const list = map.get(d.sentenceId);
      if (list) list.push(d);
      else map.set(d.sentenceId, [d]);
    }
    bySentence.set(dates, map);
  }
  return map;
}

/**
 * A figure is about an earlier incident when its sentence is background for a stated reason (a
 * history cue, or a date weeks before the incident), not merely because it names a weekday that
 * a report's dates read as earlier.
 */
function aboutEarlierIncident(profile: Profile, figure: Figure, eventDate: string | null): boolean {
  const sentenceId = figure.sentenceId;
  if (!profile.background.has(sentenceId)) return false;
  if (BACKGROUND_CUE.test(profile.sentence(sentenceId))) return true;
  const earlier = (datesBySentence(profile.report.dates).get(sentenceId) ?? []).filter((d) => d.role === 'earlier');
  if (!earlier.length) return true;
  const old = earlier.filter((d) => (d.date ? !eventDate || daysBetween(d.date, eventDate) > 7 : !NEAR_DAY.test(d.text)));
  if (!old.length) return false;
  // "700 people fled in the past three days, adding to the 580,000 displaced since 2017": an earlier
  // date in a later clause is about that clause; "In April 2023, a strike killed 160" is not.
  const text = profile.text;
  if (!text) return true;
  const clause = (at: number) => {
    const span = profile.sentenceSpans.get(sentenceId);
    if (!span) return -1;
    // Clause breaks: punctuation before a space (not the comma of "38,300").
    return (text.slice(span.start, at).match(/[,;](?=\s)|[—–]/g) ?? []).length;
  };
  return old.some((d) => clause(d.start) <= clause(figure.start));
}

/** The figure's standing: background, increment, part. */
export function figureContext(profile: Profile, figure: Figure, eventDate: string | null): { background: boolean; increment: boolean; part: boolean } {
  const text = profile.text ?? '';
  const before = text.slice(Math.max(0, figure.start - 30), figure.start);
  const span = text.slice(figure.start, figure.end).slice(figure.qualifier?.length ?? 0);
  return {
    background: aboutEarlierIncident(profile, figure, eventDate),
    increment: (INCREMENT_BEFORE.test(before) || INCREMENT_IN.test(span)) && TOLL_CHANGE.test(profile.sentence(figure.sentenceId)),
    part: PART_BEFORE.test(before) || PART_AFTER.test(text.slice(figure.end, figure.end + 30)),
  };
}
