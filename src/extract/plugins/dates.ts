import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import * as chrono from 'chrono-node/en';
import type { DateMention } from '../../schemas/statements.ts';
import type { Sentence } from '../../schemas/provenance.ts';
import { provenanceAt } from '../provenance.ts';
import { sentenceAt } from '../../text/sentences.ts';
import { EVENT_WORDS, INCIDENT_NOUN_FORMS } from '../../text/lexicons/events.ts';
import { attributionOf, numbersOf, type SentenceView } from '../attribution/analysis.ts';
import { boundedRefiners } from '../dates/chrono-refiners.ts';
import { overlapsAny } from '../../text/spans.ts';
import {
  addDays,
  daysBeforeReporting,
  isEarlierIncidentDate,
  isPeriodBound,
  isReportingDate,
  isStampDate,
  isUpdateDate,
  LATEST_AFTER_PUBLICATION,
  modifiesNoun,
  namesIncident,
  RECENT_BEFORE_PUBLICATION,
} from '../dates/incident-date.ts';
import { MONTH_WORDS, monthNumber } from '../../text/lexicons/calendar.ts';

type Precision = DateMention['precision'];

interface Found {
  start: number;
  end: number;
  /** Calendar components that do not depend on the reference date. */
  year?: number;
  month?: number;
  day?: number;
  /** Weekday named without a day of month ("on Tuesday"), 0 = Sunday. */
  weekday?: number;
  /** "last June": the month before the reference's. */
  before?: boolean;
  /** Day-level expression (a weekday, "yesterday", a full date): may be the incident's date. */
  dayLevel: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Local noon of a `YYYY-MM-DD` day: its calendar components are the same in every time zone. */
const noon = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
};
// Without a publication date, relative expressions must stay unresolved. Parsing against two
// unrelated reference dates and keeping only the components both agree on achieves that:
// "June 2, 2024" agrees, "June 2nd" or "last month" does not. Nothing ever depends on "now".
const PROBES = ['2001-03-14', '2013-10-27'];

// chrono's casual English parser without the parsers for clock times and time spans ("at 5 pm",
// "within 3 days", "+2 weeks", "3/12"): they never give a calendar date here and cost start-up time.
const UNUSED_PARSERS = new Set(['ENTimeExpressionParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENSlashMonthFormatParser', 'SlashDateFormatParser', 'ENEndOfCurrentMonthParser']);
const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));
// Two refiners read all the text before each result (quadratic in a long text): bounded equivalents.
parser.refiners = boundedRefiners(parser.refiners);

/** Words before a date that belong to the expression as written ("on Tuesday", "earlier in June"). */
const LEAD_WORDS = new Set(['on', 'in', 'since', 'until', 'by', 'from', 'during', 'early', 'late', 'earlier', 'later', 'last', 'this', 'mid', 'before', 'after', 'of']);
/** chrono reads durations and time frames as future dates ("for two weeks", "in one month", "the past month"). */
const TIME_FRAME = /^(?:for|in|within|over|past|the past|during|the|a)\b.*\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;
/** "a disturbing morning", "has now become": a time of day alone is no date. */
const BARE_TIME_OF_DAY = /^(?:the\s+)?(?:now|morning|afternoon|evening|night|noon|midnight|dawn)$/i;
const ANCHORED = /^(?:the|a|one) (?:day|week|month|year|night)s? (?:before|after|earlier|later|prior)/i;

/**
 * "the morning of September 17, 2024": chrono reads "morning of" as this morning and drops the
 * date. Blanking the time of day (same length, so offsets hold) lets it read the date itself;
 * the words are put back as the expression's lead (see TIME_OF_DAY_LEAD).
 */
const TIME_OF_DAY_OF = /\b(?:morning|afternoon|evening|night)\s+of(?=\s+(?:\p{Lu}|\d))/giu;
const chronoInput = (text: string) => text.replace(TIME_OF_DAY_OF, (m) => ' '.repeat(m.length));
/** "early on the morning of", "in the early hours of": a time of day before a date, part of the expression as written. */
const TIME_OF_DAY_LEAD = /(?:\b(?:early|late)\s+)?(?:\b(?:on|in|during)\s+)?\bthe\s+(?:(?:early|small|late|wee)\s+hours|morning|afternoon|evening|night)\s+of\s+$/i;
/** "In August, 21 people died": a month, a comma and a count is no date (a day follows the month directly). */
const MONTH_COMMA_COUNT = /^\p{L}+\.?,\s*\d{1,2}$/u;

/** What is read of a chrono result: where it is (an index in the whole text), its text and components. */
type Reading = Pick<ReturnType<typeof parser.parse>[number], 'index' | 'text' | 'start'>;
type Parsed = Reading[];

/**
 * The stretches `[start, end)` of the runs of consecutive sentences that hold a part of some
 * result. chrono reads a date within its sentence, so reading such a stretch alone finds there
 * what reading the whole text does (checked on every fixture, the seeds and synthetic folders).
 */
function sentenceRunsHolding(results: Parsed, sentences: readonly Sentence[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let s = 0;
  let lastTaken = -2; // index of the last sentence in a run
  for (const r of results) {
    const end = r.index + r.text.length;
    while (s < sentences.length && sentences[s].end <= r.index) s++;
    for (let k = s; k < sentences.length && sentences[k].start < end; k++) {
      if (k <= lastTaken) continue;
      if (k === lastTaken + 1) runs[runs.length - 1].end = sentences[k].end;
      else runs.push({ start: sentences[k].start, end: sentences[k].end });
      lastTaken = k;
    }
  }
  return runs;
}

/** chrono's results in each stretch of `input`, with indices in the whole text. */
function parseRuns(input: string, runs: readonly { start: number; end: number }[], ref: Date): Parsed {
  const out: Parsed = [];
  for (const run of runs) {
    for (const r of parser.parse(input.slice(run.start, run.end), ref, { forwardDate: false })) out.push({ index: r.index + run.start, text: r.text, start: r.start });
  }
  return out;
}

/** Date expressions of a text, with the components fixed by the text itself or by `ref`. */
function readDates(text: string, ref: string | null, sentences: readonly Sentence[]): Found[] {
  const found: Found[] = [];
  const refs = ref ? [ref] : PROBES;
  const input = chronoInput(text);
  const first: Parsed = parser.parse(input, noon(refs[0]), { forwardDate: false });
  // Only what the first reading found is compared with the others: they read just its sentences.
  const around = sentenceRunsHolding(first, sentences);
  const runs = [first, ...refs.slice(1).map((r) => parseRuns(input, around, noon(r)))];
  // Each run's first result at each place with each text (a lookup, not a search per result).
  const firsts = runs.map((run) => {
    const map = new Map<string, (typeof run)[number]>();
    for (const x of run) if (!map.has(`${x.index}:${x.text}`)) map.set(`${x.index}:${x.text}`, x);
    return map;
  });
  for (const r of runs[0]) {
    const same = firsts.map((map) => map.get(`${r.index}:${r.text}`));
    if (same.some((x) => !x)) continue;
    const t = r.text.replace(/[,\s]+$/, '');
    if (TIME_FRAME.test(t) || ANCHORED.test(t) || BARE_TIME_OF_DAY.test(t)) continue;
    if (MONTH_COMMA_COUNT.test(t) && /^\s+\p{L}/u.test(text.slice(r.index + t.length, r.index + t.length + 3))) continue;
    // A month name must be capitalized ("march on the capital" is no date).
    const firstWord = /^[\p{L}]+/u.exec(t)?.[0] ?? '';
    if (MONTH_WORDS.has(firstWord.toLowerCase()) && !/^\p{Lu}/u.test(firstWord)) continue;
    // "last week" names no day; without a week precision it stays as written.
    const weekOnly = /\b(?:last|this|next|past)\s+week\b/i.test(t);
    const known = (c: 'year' | 'month' | 'day' | 'weekday') => !weekOnly && r.start.isCertain(c);
    if (!weekOnly && !known('year') && !known('month') && !known('day') && !known('weekday') && !/today|tonight|yesterday|morning|evening|afternoon|night/i.test(t)) continue;
    const agree = (c: 'year' | 'month' | 'day') => same.every((x) => x!.start.get(c) === r.start.get(c));
    const f: Found = { start: r.index, end: r.index + t.length, dayLevel: known('day') || known('weekday') || /today|tonight|yesterday|morning|evening|afternoon|night/i.test(t) };
    if (known('weekday') && !known('day')) f.weekday = r.start.get('weekday') ?? undefined;
    else {
      if (agree('year')) f.year = r.start.get('year') ?? undefined;
      if (agree('month') && (known('month') || known('day') || f.dayLevel)) f.month = r.start.get('month') ?? undefined;
      if (agree('day') && (known('day') || f.dayLevel)) f.day = r.start.get('day') ?? undefined;
      if (!known('year') && !ref) f.year = undefined;
      if (!known('month') && !known('day') && !f.dayLevel) f.day = undefined;
      if (!known('day') && !f.dayLevel) f.day = undefined;
    }
    found.push(f);
  }
  return found;
}

/** Resolves a found expression against the reference day (or not at all). */
function resolve(f: Found, ref: string | null, written: string): { date: string | null; precision: Precision } {
  if (f.weekday !== undefined) {
    if (!ref) return { date: null, precision: 'relative' };
    // News tells what happened: "on Tuesday" is the latest Tuesday on or before publication.
    const r = noon(ref);
    const back = (r.getDay() - f.weekday + 7) % 7;
    const d = new Date(r.getFullYear(), r.getMonth(), r.getDate() - back, 12);
    return { date: iso(d.getFullYear(), d.getMonth() + 1, d.getDate()), precision: 'day' };
  }
  let { year, month } = f;
  if (ref && month !== undefined && f.day === undefined && (year === undefined || /\blast\s+\p{Lu}/u.test(written))) {
    // A month without a year is the latest such month before publication ("in May", "last June").
    const [ry, rm] = ref.split('-').map(Number);
    const strict = /\blast\s+\p{Lu}/u.test(written);
    year = month < rm || (!strict && month === rm) ? ry : ry - 1;
  }
  if (year === undefined) return { date: null, precision: 'relative' };
  if (month === undefined) return { date: iso(year, 1, 1), precision: 'year' };
  if (f.day === undefined) return { date: iso(year, month, 1), precision: 'month' };
  return { date: iso(year, month, f.day), precision: 'day' };
}

/** The date of a wire dateline: after an upper-case place at a paragraph start, before "(Agency) -". */
function isDateline(text: string, f: Found, paragraphs: { start: number; end: number }[]): boolean {
  const p = paragraphs.slice(0, 3).find((x) => f.start >= x.start && f.start < x.end);
  if (!p) return false;
  const before = text.slice(p.start, f.start);
  const after = text.slice(f.end, f.end + 40);
  return /^\s*\p{Lu}[\p{Lu}\p{M}\s.'’/-]{2,}(?:,\s*[\p{L}\s.'’-]{2,30})?,\s*$/u.test(before) && /^\s*,?\s*(?:\d{4}\s*)?(?:\([^)]{1,40}\)\s*)?[-–—:]/.test(after);
}

/** Years chrono leaves alone ("in 2020", "coups in 2020 and 2021") and lone month names ("a May briefing"). */
function extraDates(sentences: SentenceView[], taken: (s: number, e: number) => boolean): Found[] {
  const out: Found[] = [];
  for (const s of sentences) {
    const tokens = s.clause.tokens;
    for (const m of numbersOf(s)) {
      const t = tokens[m.numFirst];
      if (m.kind !== 'year' || taken(t.start, t.end)) continue;
      out.push({ start: t.start, end: t.end, year: m.value, dayLevel: false });
      if (m.max) {
        const last = tokens[m.next - 1];
        if (last !== t) out.push({ start: last.start, end: last.end, year: m.max, dayLevel: false });
      }
    }
    tokens.forEach((t, i) => {
      if (t.kind !== 'word' || !MONTH_WORDS.has(t.lower) || t.lower.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || taken(t.start, t.end)) return;
      if (t.lower === 'may' && (i === 0 || !/^(?:in|of|early|late|mid|since|until|last|a|this)$/i.test(tokens[i - 1]?.text ?? ''))) return;
      out.push({ start: t.start, end: t.end, month: monthNumber(t.lower), dayLevel: false });
    });
  }
  return out;
}


/** Sentence mentions an incident (attack, raid, killing, coup…): its dates are of that incident. */
const NOT_INCIDENTS = new Set(['operation', 'operations', 'round', 'rounds', 'wave', 'waves', 'election', 'elections']);
const isIncident = (w: string) => (INCIDENT_NOUN_FORMS.has(w) && !NOT_INCIDENTS.has(w)) || (!!EVENT_WORDS[w] && /(?:ed|ings?)$/.test(w));
const mentionsIncident = (sentence: string) => sentence.toLowerCase().split(/[^\p{L}-]+/u).some(isIncident);

/**
 * Date expressions ("on Tuesday", "June 2nd", "last month", "earlier this year", "in May", "in 2020")
 * as written, resolved with chrono-node against the seed's publication date when it has one.
 * Without one, only what the text fixes by itself is resolved; "on Tuesday" stays `date: null`.
 * The report's event date is the first day-level date of its lead (first three sentences) that
 * is the incident's (see the cues in statements/incident-date.ts); dates of other incidents it
 * mentions get role `earlier`.
 */
export default function dates() {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value);
    const sentences = file.data.sentences ?? [];
    let ref = file.data.seed?.published ?? null;
    let found = readDates(text, ref, sentences);
    // A wire dateline ("NAIROBI, June 3, 2024 (Reuters) -") or a time stamp line ("Published 3
    // June 2024, 10:32 GMT") dates the report: without a publication date in the front matter,
    // a complete one is the reference.
    const dateline = found.find((f) => isDateline(text, f, file.data.paragraphs ?? []) || isStampDate(text, f, file.data.paragraphs ?? []));
    if (dateline && !ref && dateline.year !== undefined && dateline.month !== undefined && dateline.day !== undefined) {
      ref = iso(dateline.year, dateline.month, dateline.day);
      found = readDates(text, ref, sentences);
    }
    found.push(...extraDates(attributionOf(file).sentences, overlapsAny(found)));
    found.sort((x, y) => x.start - y.start);
    const mentions: (DateMention & { dayLevel: boolean; namesIncident?: boolean })[] = [];
    for (const f of found) {
      let start = f.start;
      const timeOfDay = TIME_OF_DAY_LEAD.exec(text.slice(Math.max(0, start - 40), start));
      if (timeOfDay) start -= timeOfDay[0].length;
      // "the toll from Saturday's strike", "killed in weekend attacks": the preposition is the noun's.
      else if (modifiesNoun(text.slice(f.end, f.end + 40))) start = f.start;
      // Extend to the words that introduce the date: "on Tuesday", "earlier in June", "last June".
      else for (let k = 0; k < 2; k++) {
        const m = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 12), start));
        if (!m || !LEAD_WORDS.has(m[1].toLowerCase())) break;
        start -= m[0].length;
      }
      const written = text.slice(start, f.end);
      const { date, precision } = resolve(f, ref, written);
      const s = sentenceAt(sentences, f.start);
      if (!s) continue;
      mentions.push({
        ...provenanceAt(file, f.start),
        text: written,
        date,
        precision,
        role: 'other',
        start,
        end: f.end,
        dayLevel: f.dayLevel,
        namesIncident: namesIncident(text.slice(f.end, f.end + 60)),
      });
    }
    // The incident's own date: the first day-level date of the lead that is the incident's.
    const lead = new Set(sentences.slice(0, 3).map((s) => s.id));
    const quotes = attributionOf(file).quotes;
    const quoted = (m: DateMention) => quotes.some((q) => m.start >= q.start && m.start < q.end);
    const isLine = (m: DateMention) => dateline !== undefined && m.start <= dateline.start && m.end >= dateline.end;
    // Not the incident's: the bound of a period ("since Thursday"), an earlier incident's date
    // ("the deadliest since an earthquake on …"), a day after publication.
    const sentenceStart = new Map(sentences.map((s) => [s.id, s.start]));
    const before = (m: DateMention) => text.slice(sentenceStart.get(m.sentenceId) ?? m.start, m.start);
    const usable = (m: DateMention & { dayLevel: boolean }) =>
      m.dayLevel &&
      !quoted(m) &&
      !isLine(m) &&
      !isPeriodBound(m.text) &&
      !isEarlierIncidentDate(before(m)) &&
      !isUpdateDate(before(m)) &&
      !(ref && m.date && m.date > addDays(ref, LATEST_AFTER_PUBLICATION));
    const reporting = (m: DateMention) => isReportingDate(text.slice(Math.max(0, m.start - 80), m.start));
    const recent = (m: DateMention) => !ref || !m.date || m.date >= addDays(ref, -RECENT_BEFORE_PUBLICATION);
    const candidates = mentions.filter((m) => lead.has(m.sentenceId) && usable(m));
    // "said on Monday that an air strike a day earlier …": the incident's day is counted back
    // from the reporting date; when that date is unknown, so is the incident's.
    const known: typeof candidates = [];
    for (const m of candidates) {
      const sentence = sentences.find((s) => s.id === m.sentenceId);
      const after = text.slice(m.end, sentence?.end ?? m.end);
      const back = reporting(m) ? daysBeforeReporting(after) : null;
      if (!back) {
        known.push(m);
        continue;
      }
      if (!m.date) continue;
      const start = m.end + back.index;
      const shifted = { ...provenanceAt(file, start), text: back.text, date: addDays(m.date, -back.days), precision: 'day' as const, role: 'other' as const, start, end: start + back.text.length, dayLevel: true };
      mentions.push(shifted);
      known.push(shifted);
    }
    mentions.sort((a, b) => a.start - b.start);
    // A date naming the incident ("the toll from Saturday's strike") comes first. The date of a
    // statement ("officials said on Wednesday") or one long before publication is taken only
    // when the lead names no other. Past a lead without dates, a sentence about the incident
    // ("The ambush took place on Monday"), but not a date naming a noun ("the Oct. 7 attack").
    const namesNoun = (m: DateMention) => /\b(?:a|an|the|this|that|its|their)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
    const later = () => mentions.find((m) => !lead.has(m.sentenceId) && usable(m) && mentionsIncident(m.sentence) && !reporting(m) && recent(m) && !namesNoun(m));
    const event =
      known.find((m) => m.namesIncident) ??
      known.find((m) => !reporting(m) && recent(m)) ??
      known.find((m) => !reporting(m)) ??
      known[0] ??
      later();
    const key = (m: DateMention) => m.date ?? m.text.toLowerCase().replace(/^(?:on|in|early|late|this|last)\s+/, '').replace(/\s+(?:morning|afternoon|evening|night)$/, '');
    for (const m of mentions) {
      if (isLine(m)) continue;
      if (event && (m === event || (key(m) === key(event) && m.dayLevel))) m.role = 'event';
      else if ((m.date && event?.date && m.date > event.date) || reporting(m) || isUpdateDate(before(m))) m.role = 'other';
      else {
        // "a May press briefing", "the 2020 coup": a date that modifies a noun is that noun's date.
        const after = /^\s+(?:press\s+)?(\p{Ll}[\p{Ll}-]+)/u.exec(text.slice(m.end, m.end + 30));
        const modified = after && /\b(?:a|an|the|this|that|its|their)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
        if (modified) m.role = isIncident(after[1]) ? 'earlier' : 'other';
        else if (mentionsIncident(m.sentence)) m.role = 'earlier';
      }
    }
    file.data.dates = mentions.map(({ dayLevel: _d, namesIncident: _n, ...m }) => m);
    file.data.eventDate = event?.date ?? null;
    file.data.eventDateText = event && !event.date ? event.text : null;
  };
}
