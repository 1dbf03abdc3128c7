// The bottom line of an event: six lines a reader can repeat to someone else — what happened,
// where, when, who, the toll and the sources — each with the sentences it rests on and the
// caveats that must travel with it. Pure: read from the consolidated event and the reports' text.
// The toll line is in bottom-line-toll.ts, helpers both use in bottom-line-common.ts.
import type { BottomLineItem, Event, EventActor, EventPlace, SourceRef } from '../schemas/event.ts';
import { formatDate } from '../text/format.ts';
import { actorShortName, allSentences, cap, claimantsText, distinctRefs, isBackground, plural, sentenceEnd, type EventDraft, type SentenceInfo } from './bottom-line-common.ts';
import { tollLine } from './bottom-line-toll.ts';
import { subjectClass, unitClass } from './lexicon.ts';
import { occurrences } from './occurrences.ts';
import { sourceRef, type Profile } from './profile.ts';
import { cmp, contentWords, fold, listText, stem } from './text.ts';

export { actorShortName, type EventDraft } from './bottom-line-common.ts';

// ---- what -----------------------------------------------------------------------------------

/** Verbs that put a sentence in a party's voice rather than the outlet's. */
const ATTRIBUTION = /\b(according to|said|says|claim(?:s|ed|ing)?|confirm(?:s|ed)|announc\w+|assert\w*|stated|told|insist\w*|maintain\w*|boast\w*|declar\w+)\b/i;
/** Trailing clauses that comment on the incident rather than state it. */
const COMMENT_CLAUSE = /,\s+(?:marking|highlighting|underscoring|raising|bringing|leaving|adding|signall?ing|which|who|amid|as|while|following|in what)\b.*$/is;

const isHeadline = (t: string) => {
  const long = t.match(/\p{L}{4,}/gu) ?? [];
  return !/[.!?"”]$/.test(t) || (long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.6);
};

/**
 * The lead sentence that states the incident most as the other reports do: words shared with the
 * other independent origins' leads (copies of its own story count a quarter), per square root of
 * its length; favouring sentences that date or place the incident, earlier sentences, and the
 * outlets' own voice over a party's (an attributed lead keeps its attribution as written).
 */
function whatLine(e: EventDraft, profiles: Profile[]): BottomLineItem {
  const originOf = new Map(e.reports.map((r) => [r.id, r.origin]));
  const key = (reportId: string, sentenceId: string) => `${reportId}#${sentenceId}`;
  const voiced = new Set(e.facts.filter((f) => f.party && f.kind !== 'figure').flatMap((f) => f.sources.map((s) => key(s.reportId, s.sentenceId))));
  const dating = new Set(e.timeline.filter((t) => t.role === 'event').flatMap((t) => t.sources.map((s) => key(s.reportId, s.sentenceId))));
  const placing = new Set(e.places.filter((p) => p.role === 'incident').flatMap((p) => p.sources.map((s) => key(s.reportId, s.sentenceId))));
  const leadTerms = new Map<string, Set<string>>();
  for (const p of profiles) {
    const terms = new Set<string>();
    for (const s of p.report.sentences) if (p.lead.has(s.id)) for (const w of contentWords(p.sentence(s.id))) terms.add(stem(w));
    leadTerms.set(p.report.id, terms);
  }
  const candidates = profiles.flatMap((p) =>
    p.report.sentences
      .filter((s) => p.lead.has(s.id))
      .map((s, index) => {
        const text = p.sentence(s.id);
        const trimmed = text.replace(COMMENT_CLAUSE, '').trim();
        const statement = trimmed.split(/\s+/).length >= 8 ? sentenceEnd(trimmed.replace(/[,;:]$/, '')) : text;
        return { p, id: s.id, index, text, statement, terms: new Set(contentWords(statement).map(stem)) };
      })
      .filter((c) => c.text.length >= 40 && !isHeadline(c.text)),
  );
  const score = (c: (typeof candidates)[number]) => {
    const own = originOf.get(c.p.report.id);
    let shared = 0;
    const byOrigin = new Map<number, number>();
    for (const [reportId, terms] of leadTerms) {
      if (reportId === c.p.report.id) continue;
      const n = [...c.terms].filter((t) => terms.has(t)).length;
      const origin = originOf.get(reportId) ?? -1;
      if (origin === own) shared += n / 4;
      else byOrigin.set(origin, Math.max(byOrigin.get(origin) ?? 0, n));
    }
    for (const n of byOrigin.values()) shared += n;
    const k = key(c.p.report.id, c.id);
    const ownVoice = !ATTRIBUTION.test(c.text) && !voiced.has(k);
    return (
      (0.5 + shared / Math.sqrt(Math.max(1, c.terms.size))) *
      (1 + 0.5 * Number(dating.has(k)) + 0.5 * Number(placing.has(k))) *
      0.85 ** c.index *
      (ownVoice ? 1 : 0.5)
    );
  };
  const ranked = candidates.map((c) => ({ c, s: score(c) })).sort((a, b) => b.s - a.s || a.c.index - b.c.index || cmp(a.c.p.report.id, b.c.p.report.id));
  const pick = ranked[0]?.c;
  if (!pick) {
    // The highlight quoting the lead sentence, when the highlights keep it.
    const h = e.highlights.find((x) => x.text === e.summary);
    return { key: 'what', text: e.summary, caveats: [], sources: h ? h.sources.slice(0, 1) : [] };
  }
  return { key: 'what', text: pick.statement, caveats: [], sources: [sourceRef(pick.p, pick.id)] };
}

// ---- where ----------------------------------------------------------------------------------

const spellingNote = (p: EventPlace) => {
  const others = p.variants.map((v) => v.value).filter((v) => v !== p.name);
  return others.length ? ` (also written ${listText(others.map((o) => `“${o}”`), 'or')})` : '';
};

/** The incident's places grouped by first-level admin area; context places only counted. */
function whereLine(e: EventDraft): BottomLineItem {
  const incident = e.places.filter((p) => p.role === 'incident');
  const countries = incident.filter((p) => p.precision === 'country');
  const areas = incident.filter((p) => p.precision === 'admin' || p.precision === 'region');
  const sites = incident.filter((p) => p.precision === 'town' || p.precision === 'unknown');
  const groups = new Map<string, EventPlace[]>();
  for (const p of sites) {
    const list = groups.get(p.admin1 ?? '');
    if (list) list.push(p);
    else groups.set(p.admin1 ?? '', [p]);
  }
  // An admin area named on its own is the header of its group, not a place in it.
  const headed = new Set<string>();
  for (const a of areas) if (a.admin1 && groups.has(a.admin1)) headed.add(a.key);
  const known = [...groups.entries()].filter(([k]) => k).sort((a, b) => b[1].length - a[1].length || cmp(a[0], b[0]));
  const parts = known.map(([admin, list]) => `${ADMIN_NOUN.test(admin) ? admin : `${admin} region`}: ${list.map((p) => p.name + spellingNote(p)).join(', ')}`);
  const unplaced = groups.get('') ?? [];
  if (unplaced.length) parts.push(`${known.length ? 'admin area not identified' : 'places'}: ${unplaced.map((p) => p.name + spellingNote(p)).join(', ')}`);
  const wide = areas.filter((a) => !headed.has(a.key));
  if (wide.length) parts.push(`${sites.length ? 'also ' : ''}${listText(wide.map((a) => a.name + spellingNote(a)))}`);
  const country = countries.map((c) => c.name).join(', ') || e.countryName || '';
  const text = parts.length ? `${country ? `${country} — ` : ''}${parts.join('; ')}.` : country ? `${country}; no finer place is named.` : 'No place of the incident is named.';

  const caveats: string[] = [];
  // How many sites the reports themselves count, when they say ("seven towns", "at least four towns").
  const counted = e.ledger.filter((l) => !isBackground(e, l) && ['localities', 'facilities'].includes(unitClass(l.unit)) && subjectClass(l.subject) === 'attacked');
  if (counted.length) caveats.push(`The reports count ${counted.slice(0, 3).map((l) => `${l.text}${claimantsText(l)}`).join('; ')}.`);
  const context = e.places.filter((p) => p.role !== 'incident');
  if (context.length) {
    const finest = [...context].sort((a, b) => rank(a) - rank(b) || b.reports.length - a.reports.length || cmp(a.name, b.name)).slice(0, 4);
    caveats.push(`${plural(context.length, 'other place is', 'other places are')} named for context or earlier incidents only (such as ${listText(finest.map((p) => p.name))}).`);
  }
  return { key: 'where', text, caveats, sources: distinctRefs([...sites, ...wide, ...countries].map((p) => p.sources[0])) };
}
/** Admin-area names that already say what sort of area they are ("Sagaing Region", "Borno State"). */
const ADMIN_NOUN = /\b(region|province|state|district|county|governorate|oblast|prefecture|department|division|territory|municipality)\b/i;
const PRECISION_RANK: Record<EventPlace['precision'], number> = { town: 0, unknown: 1, admin: 2, region: 3, country: 4 };
const rank = (p: EventPlace) => PRECISION_RANK[p.precision];

// ---- when -----------------------------------------------------------------------------------

const BASIS_WORDS = { stated: 'stated in the text', resolved: 'resolved from a publication date', 'not-stated': 'not stated' } as const;

/** The date and its basis: the event's date note says where it comes from (or how to supply one). */
function whenLine(e: EventDraft): BottomLineItem {
  const sources = distinctRefs(e.timeline.filter((t) => t.role === 'event').flatMap((t) => t.sources));
  const note = e.dateNote ? sentenceEnd(e.dateNote) : '';
  const written = e.dateText ? ` (“${e.dateText}”)` : '';
  const text =
    e.date && e.dateBasis !== 'not-stated'
      ? `${formatDate(e.date)}: ${note || `${BASIS_WORDS[e.dateBasis]}${written}.`}`
      : note || `Date not stated${e.dateText ? `: the reports say only “${e.dateText}”` : ''}.`;
  const caveats =
    e.dateBasis === 'not-stated' && !/front matter|sources\.ya?ml/i.test(e.dateNote)
      ? ['To date it, give the texts their publication dates (front matter, or a sources.yaml beside the seeds).']
      : [];
  return { key: 'when', text, caveats, sources };
}

// ---- who ------------------------------------------------------------------------------------

/** Words that hedge who did it. */
const ATTRIBUTION_HEDGE = /\b(suspected|reportedly|allegedly|believed to|thought to|presumed|unverified|unclaimed)\b/i;
/** A report saying the attribution could not be checked; the clause is kept as written. */
/** What every match of UNVERIFIED holds. */
const VERIFY_WORD = /verif|confirm/i;
const UNVERIFIED = /[^,.;:]*\b(?:could not|cannot|can ?not|has not been able to|was unable to|were unable to)\s+(?:be\s+)?(?:independently\s+)?(?:verif\w*|confirm\w*)\b[^,.;:]*/i;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** The code point before a position (a surrogate pair read whole), or ''. */
function codePointBefore(t: string, at: number): string {
  if (at <= 0) return '';
  if (at >= 2 && isLow(t.charCodeAt(at - 1)) && isHigh(t.charCodeAt(at - 2))) return t.slice(at - 2, at);
  return t[at - 1];
}
/** The code point at a position (a surrogate pair read whole), or ''. */
const codePointAt = (t: string, at: number) => (at < t.length ? String.fromCodePoint(t.codePointAt(at)!) : '');
/** A position inside a surrogate pair, where a match of code points cannot start or end. */
const insidePair = (t: string, at: number) => at > 0 && at < t.length && isHigh(t.charCodeAt(at - 1)) && isLow(t.charCodeAt(at));

/**
 * Sentences naming an actor (its name or any alias, as whole words: no letter or digit on either
 * side). `folded`: each sentence's folded text, read once. The names are found in one pass over a
 * sentence, however many the actor has.
 */
export function mentions(sentences: SentenceInfo[], a: EventActor, folded: (s: SentenceInfo) => string): SentenceInfo[] {
  const forms = [a.name, ...a.aliases].map(fold).filter((f) => f.length >= 3);
  if (!forms.length) return [];
  const find = occurrences(forms);
  return sentences.filter((s) => {
    const t = folded(s);
    return find(t).some(({ name, at }) => {
      const end = at + forms[name].length;
      return !insidePair(t, at) && !insidePair(t, end) && !LETTER_OR_DIGIT.test(codePointBefore(t, at)) && !LETTER_OR_DIGIT.test(codePointAt(t, end));
    });
  });
}

function whoLine(e: EventDraft, sentences: SentenceInfo[]): BottomLineItem {
  const perpetrators = e.actors.filter((a) => a.role === 'perpetrator');
  const targets = e.actors.filter((a) => a.role === 'target');
  const caveats: string[] = [];
  const sources: (SourceRef | undefined)[] = [];
  const parts: string[] = [];
  const foldedText = new Map<SentenceInfo, string>();
  const folded = (s: SentenceInfo) => {
    let t = foldedText.get(s);
    if (t === undefined) foldedText.set(s, (t = fold(s.text)));
    return t;
  };
  for (const a of perpetrators.slice(0, 2)) {
    const name = actorShortName(a);
    const full = name !== a.name ? ` (${a.name})` : '';
    const own = e.facts.filter((f) => f.kind === 'claim' && f.claimType === 'responsibility' && f.party === a.key && !f.background);
    const ownReports = new Set(own.flatMap((f) => f.reports));
    if (own.length) {
      parts.push(`${name}${full}, by its own claim of responsibility (${plural(ownReports.size, 'report')})`);
      sources.push(...own.flatMap((f) => f.sources));
    } else {
      parts.push(`${name}${full}, as named by the reports (no claim of responsibility is reported)`);
      sources.push(...a.sources);
    }
    // Every sentence naming it, once; those outside background are the current ones.
    const namedAnywhere = mentions(sentences, a, folded);
    const named = namedAnywhere.filter((s) => !s.background);
    const hedged = named.filter((s) => ATTRIBUTION_HEDGE.test(s.text));
    if (hedged.length) {
      const words = [...new Set(hedged.map((s) => s.text.match(ATTRIBUTION_HEDGE)![0].toLowerCase()))];
      caveats.push(`${plural(new Set(hedged.map((s) => s.profile.report.id)).size, 'report hedges', 'reports hedge')} the attribution to ${name} (${listText(words.map((w) => `“${w}”`))}).`);
      sources.push(...hedged.map((s) => sourceRef(s.profile, s.id)));
    }
    // A clause saying the claim could not be verified may sit in a sentence about earlier claims.
    for (const s of namedAnywhere) {
      // The expression tries a clause from every position: asked only of sentences that can hold one.
      const m = VERIFY_WORD.test(s.text) ? UNVERIFIED.exec(s.text) : null;
      if (!m) continue;
      const clause = m[0].trim().replace(/^(?:while|although|though|but|however|and|as)\s+/i, '');
      const line = `${cap(clause)}.`;
      if (!caveats.includes(line)) caveats.push(line);
      sources.push(sourceRef(s.profile, s.id));
    }
  }
  if (!perpetrators.length) {
    const speaking = e.sides.filter((s) => s.claims.length + s.quotes.length > 0).slice(0, 3);
    parts.push(`No perpetrator is named${speaking.length ? `; parties speaking: ${listText(speaking.map((s) => shortOf(e, s.party, s.name)))}` : ''}`);
  }
  if (targets.length) parts.push(`against ${listText(targets.slice(0, 2).map(actorShortName))}`);
  // The other side's account, so the claim is not read as fact.
  const facts = new Map(e.facts.map((f) => [f.id, f]));
  for (const c of e.counterClaims.slice(0, 1)) {
    const [a, b] = c.claims.map((id) => facts.get(id));
    if (!a || !b) continue;
    caveats.push(`${shortOf(e, a.party, a.partyName)} claims ${asReported(a.text)}; ${shortOf(e, b.party, b.partyName)} says ${asReported(b.text)}.`);
    sources.push(a.sources[0], b.sources[0]);
  }
  return { key: 'who', text: `${cap(parts.join('; '))}.`, caveats, sources: distinctRefs(sources) };
}

/** A claim inside a sentence: as reported speech, or in quotation marks when it is the party's own words ("Our forces…"). */
const asReported = (text: string) => (/^[\p{Lu}]/u.test(text) && !/^[“"]/.test(text) ? `“${text}”` : text);

const shortOf = (e: EventDraft, key: string | null, fallback: string | null) => {
  const a = key ? e.actors.find((x) => x.key === key) : undefined;
  return a ? actorShortName(a) : (fallback ?? 'the reports');
};
// ---- sources --------------------------------------------------------------------------------

function sourcesLine(e: EventDraft, profiles: Profile[]): BottomLineItem {
  const total = e.reportIds.length;
  const shared = e.origins.filter((g) => g.length > 1);
  const copies = shared.length ? ` (${listText(shared.map((g) => `${g.length} share one story`))})` : '';
  const outlets = [...new Set(e.reports.map((r) => r.outlet).filter((o): o is string => !!o))].sort(cmp);
  const unnamed = e.reports.filter((r) => !r.outlet).length;
  const agencies = [...new Set(e.reports.flatMap((r) => r.agencies))].sort(cmp);
  const outletText = outlets.length
    ? `outlets: ${listText(outlets)}${unnamed ? ` (${unnamed} without an outlet)` : ''}`
    : 'no outlet is named (add front matter or a sources.yaml to name them)';
  const text = `${plural(total, 'report')} from ${plural(e.origins.length, 'independent origin')}${copies}; ${outletText}${agencies.length ? `; agencies relied on: ${listText(agencies)}` : ''}.`;
  const caveats = e.asOf ? [] : ['No report has a publication date: the page is as of the latest report.'];
  const sources = profiles.map((p) => (p.report.sentences[0] ? sourceRef(p, p.report.sentences[0].id) : undefined));
  return { key: 'sources', text, caveats, sources: distinctRefs(sources, total) };
}

/** The bottom line of an event, in the order a reader briefs it. */
export function bottomLine(e: EventDraft, profiles: Profile[]): BottomLineItem[] {
  const sentences = allSentences(profiles);
  return [whatLine(e, profiles), whereLine(e), whenLine(e), whoLine(e, sentences), tollLine(e, sentences), sourcesLine(e, profiles)];
}

/** The event with its bottom line computed. */
export function withBottomLine<T extends EventDraft>(e: T, profiles: Profile[]): T & Pick<Event, 'bottomLine'> {
  return { ...e, bottomLine: bottomLine(e, profiles) };
}
