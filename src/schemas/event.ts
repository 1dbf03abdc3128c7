import { z } from 'zod';
import { claimSchema } from './statements.ts';

// The event contract (issue 5): what `consolidate()` returns, what `extract` prints under `events`,
// what the prebuild writes to `src/content/events/<id>.json` and what the event pages render.

/** A pointer from a consolidated item to the sentence of a report it was read in. */
export const sourceRefSchema = z.object({
  /** Report id (briefing URL `/briefings/<reportId>/`). */
  reportId: z.string(),
  /** Seed file name. */
  file: z.string(),
  /** Sentence anchor in that briefing. */
  sentenceId: z.string(),
  /** Start of the sentence in the seed text. */
  start: z.number().int().nonnegative(),
  /** End of the sentence in the seed text. */
  end: z.number().int().nonnegative(),
  /** Start of the item itself (figure, quote, name…) in the seed text, when known. */
  spanStart: z.number().int().nonnegative().nullable(),
  /** End of the item itself in the seed text, when known. */
  spanEnd: z.number().int().nonnegative().nullable(),
  /** The item as this report writes it ("Sandare", "over 80 militants"), when known. */
  written: z.string().nullable(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** One way a consolidated item is written, and the reports that write it so. */
export const variantSchema = z.object({
  /** The wording, spelling or value as written. */
  value: z.string(),
  /** Reports using this variant. */
  reports: z.array(z.string()),
  /** Where each of those reports uses it. */
  sources: z.array(sourceRefSchema),
});
export type Variant = z.infer<typeof variantSchema>;

/** A report of the event, with what the page needs to list it. */
export const eventReportSchema = z.object({
  /** Report id. */
  id: z.string(),
  /** The report's title. */
  title: z.string(),
  /** Outlet, or null. */
  outlet: z.string().nullable(),
  /** Publication date (`YYYY-MM-DD`), or null. */
  published: z.string().nullable(),
  /** Source URL, or null. */
  url: z.string().nullable(),
  /** Seed file name. */
  file: z.string(),
  /** Index into the event's `origins` of the origin this report belongs to. */
  origin: z.number().int().nonnegative(),
  /** News agencies the report relies on. */
  agencies: z.array(z.string()),
  /** The report's own incident date, or null. */
  eventDate: z.string().nullable(),
  /** The incident date as the report writes it, or null. */
  eventDateText: z.string().nullable(),
});
export type EventReport = z.infer<typeof eventReportSchema>;

/** Why two reports were judged to share (or not) one origin. */
export const originEvidenceSchema = z.object({
  /** The two report ids, sorted. */
  reports: z.tuple([z.string(), z.string()]),
  /** Share of the shorter text's 5-word sequences, quotations left out, found in the other text (0–1). */
  sharedNgramRatio: z.number(),
  /** Quotations both reports carry (same wording, within spelling). */
  sharedQuotes: z.number().int().nonnegative(),
  /** Of those, how many appear in the same order in both (longest common subsequence). */
  sharedQuotesInOrder: z.number().int().nonnegative(),
  /** News agencies both reports cite. */
  sharedAgencies: z.array(z.string()),
  /** True when the evidence says one is a rewrite of the other or both of one wire story. */
  sameOrigin: z.boolean(),
  /** The evidence in words. */
  reasons: z.array(z.string()),
});
export type OriginEvidence = z.infer<typeof originEvidenceSchema>;

export const placeRoles = ['incident', 'context', 'background'] as const;

/** A place named by the event's reports (spelling variants merged). */
export const eventPlaceSchema = z.object({
  /** Identity across reports: gazetteer id, else `name:<folded name>`. */
  key: z.string(),
  /** Display name (the gazetteer's, else the most used spelling). */
  name: z.string(),
  /** Spellings used, with the reports using each. */
  variants: z.array(variantSchema),
  /** Latitude, or null when unlocated. */
  lat: z.number().nullable(),
  /** Longitude, or null when unlocated. */
  lon: z.number().nullable(),
  /** ISO 3166-1 alpha-2 country code, or null. */
  country: z.string().nullable(),
  /** First-level administrative division, or null. */
  admin1: z.string().nullable(),
  /** Precision of the location. */
  precision: z.enum(['country', 'region', 'admin', 'town', 'unknown']),
  /** `incident`: where the event happened; `context`: named for context; `background`: only about earlier incidents. */
  role: z.enum(placeRoles),
  /** Named in the lead (first sentences) of at least one report. */
  lead: z.boolean(),
  /** Reports naming it. */
  reports: z.array(z.string()),
  /** First mention in each report. */
  sources: z.array(sourceRefSchema),
});
export type EventPlace = z.infer<typeof eventPlaceSchema>;

/** A party or organization involved, merged across reports. */
export const eventActorSchema = z.object({
  /** Identity across reports (`state:ML` for a country's forces and government, else the organization key). */
  key: z.string(),
  /** Display name. */
  name: z.string(),
  /** What sort of body it is. */
  kind: z.enum(['armed-group', 'state-force', 'government', 'international', 'media', 'research', 'other']),
  /** Country code, or null. */
  country: z.string().nullable(),
  /** `perpetrator` (claimed or is said to carry out the attack), `target`, or `other`. */
  role: z.enum(['perpetrator', 'target', 'other']),
  /** Other names read for it across reports. */
  aliases: z.array(z.string()),
  /** Reports naming it. */
  reports: z.array(z.string()),
  /** First mention in each report. */
  sources: z.array(sourceRefSchema),
});
export type EventActor = z.infer<typeof eventActorSchema>;

export const factStatuses = ['agreed', 'corroborated', 'single-source', 'contested'] as const;

// A fact is one of three kinds, each with the fields that kind has: a `figure` (a count read
// across reports), a `claim` (what a party says it did or did not do) or a `quote` (a quotation).
// The fields every kind has are declared once below and spread into each kind's schema, where
// they keep their place (id, kind, text, the kind's own fields, party…) so that a fact serializes
// with its keys in one order whether it was built or parsed.

/** Stable id within the event: `f1`, `f2`… for figures, `c1`… claims, `q1`… quotes, in the facts' order. */
const factId = z.string();
/** The statement in words ("more than 80 militants neutralised"). */
const factText = z.string();

/** Who states it: the same for every kind. */
const factParty = {
  /** Key of the party that states it (claimant, speaker), or null for the outlets' own voice. */
  party: z.string().nullable(),
  /** Display name of that party, or null. */
  partyName: z.string().nullable(),
};

/** How it stands across the event's reports: the same for every kind. */
const factSupport = {
  /** True when the statement is about an earlier incident mentioned as background. */
  background: z.boolean(),
  /** `agreed`: every report states it, none contradicts; `corroborated`: ≥ 2 independent origins; `contested`: contradicted. */
  status: z.enum(factStatuses),
  /** Reports stating it. */
  reports: z.array(z.string()),
  /** Reports of the event that do not mention it. */
  omittedBy: z.array(z.string()),
  /** Reports stating something incompatible (another figure for the same count, the party's denial…). */
  contradictedBy: z.array(z.string()),
  /** Number of independent origins among the reports stating it. */
  origins: z.number().int().nonnegative(),
  /** Wordings or values as each report gives them. */
  variants: z.array(variantSchema),
  /** Every sentence it is read in. */
  sources: z.array(sourceRefSchema),
};

/** A figure: a count (or percentage, amount of money) aligned across reports. */
export const figureFactSchema = z.object({
  id: factId,
  kind: z.literal('figure'),
  text: factText,
  /** The number (lowest stated when reports differ in qualifier only). */
  value: z.number(),
  /** Upper bound of a range, or null. */
  max: z.number().nullable(),
  /** What is counted, as written most often ("militants"). */
  unit: z.string(),
  /** What happened to them ("neutralised"), or null. */
  subject: z.string().nullable(),
  ...factParty,
  ...factSupport,
});
export type FigureFact = z.infer<typeof figureFactSchema>;

/** A party's claim (responsibility, control, an outcome, a denial…) aligned across reports. */
export const claimFactSchema = z.object({
  id: factId,
  kind: z.literal('claim'),
  text: factText,
  ...factParty,
  /** The claim's type (the extraction's `Claim.type`). */
  claimType: claimSchema.shape.type,
  /** Whether the party asserts, denies or hedges it. */
  stance: claimSchema.shape.stance,
  /**
   * The key figure (`facts[].id` of a ledger row) the claim states, when it states one ("they
   * seized control of three army barracks" → "3 barracks seized"), so a page shows the count once;
   * absent otherwise.
   */
  figureId: z.string().optional(),
  ...factSupport,
});
export type ClaimFact = z.infer<typeof claimFactSchema>;

/** A quotation aligned across reports (same words, within spelling). */
export const quoteFactSchema = z.object({
  id: factId,
  kind: z.literal('quote'),
  text: factText,
  ...factParty,
  /** The speaker as written most often (respelled to the event's spelling), or null. */
  speaker: z.string().nullable(),
  ...factSupport,
});
export type QuoteFact = z.infer<typeof quoteFactSchema>;

/** A statement aligned across reports: a figure, a party's claim or a quotation. */
export const factSchema = z.discriminatedUnion('kind', [figureFactSchema, claimFactSchema, quoteFactSchema]);
export type Fact = z.infer<typeof factSchema>;

/**
 * A row of the figure ledger: one key figure of the incident (a count of its outcomes) across
 * reports. The row is made from its figure fact (`factId`) when the facts get their ids: `text`,
 * `unit`, `subject`, `values`, `reportedBy`, `contradictedBy` and `origins` are that fact's, repeated
 * so that a reader of the ledger alone (the JSON export, a scorer) has the figure whole; the other
 * fields are the ledger's own.
 */
export const ledgerEntrySchema = z.object({
  /** The figure fact (`facts[].id`). */
  factId: z.string(),
  /** The figure in words (the fact's `text`). */
  text: z.string(),
  /** What is counted (the fact's `unit`). */
  unit: z.string(),
  /** What happened to them, or null (the fact's `subject`). */
  subject: z.string().nullable(),
  /** Lowest value stated. */
  min: z.number(),
  /** Highest value stated (upper bounds included). */
  max: z.number(),
  /** Each distinct way the figure is given ("more than 80", "at least 80"), with its reports (the fact's `variants`). */
  values: z.array(variantSchema),
  /** Who claims it, with the reports attributing it to them. */
  claimedBy: z.array(z.object({ party: z.string().nullable(), name: z.string(), reports: z.array(z.string()) })),
  /** Reports carrying it (the fact's `reports`). */
  reportedBy: z.array(z.string()),
  /** Agencies it is relayed through. */
  agencies: z.array(z.string()),
  /** True when the only claimants are parties to the fighting speaking of their enemy's losses or their own gains. */
  selfReported: z.boolean(),
  /** Why it is flagged as self-reported, or null. */
  selfReportedNote: z.string().nullable(),
  /** Reports giving an incompatible figure for the same count (the fact's `contradictedBy`). */
  contradictedBy: z.array(z.string()),
  /** Independent origins behind it (the fact's `origins`). */
  origins: z.number().int().nonnegative(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** One party's account: its claims, figures and quotations. */
export const sideSchema = z.object({
  /** Party key. */
  party: z.string(),
  /** Display name. */
  name: z.string(),
  /** Kind of party. */
  kind: z.string(),
  /** Ids of its claim facts. */
  claims: z.array(z.string()),
  /** Ids of the figure facts it claims. */
  figures: z.array(z.string()),
  /** Ids of the quote facts it (or its spokespeople) said. */
  quotes: z.array(z.string()),
});
export type Side = z.infer<typeof sideSchema>;

/** A claim and the opposing party's counter-claim. */
export const counterClaimSchema = z.object({
  /** The two claim fact ids (attacker's first when known). */
  claims: z.tuple([z.string(), z.string()]),
  /** The two party keys, in the same order. */
  parties: z.tuple([z.string(), z.string()]),
  /** Why they stand against each other. */
  note: z.string(),
});
export type CounterClaim = z.infer<typeof counterClaimSchema>;

/**
 * What differs, most substantive first: `figure` values, `count` of the same thing ("seven" vs
 * "at least four" towns), `outcome` verbs ("killed" vs "neutralised"), `hedge` present in some
 * reports only ("temporarily", "reportedly"), `date`, then spellings and quote wording.
 */
export const discrepancyKinds = ['figure', 'count', 'outcome', 'hedge', 'date', 'place-spelling', 'person-spelling', 'quote-wording'] as const;

/** Something the reports give differently. */
export const discrepancySchema = z.object({
  /** What differs. */
  kind: z.enum(discrepancyKinds),
  /** What it is about ("Sandare", "militants neutralised", "quote by Souleymane Dembélé"). */
  subject: z.string(),
  /** Each variant with its reports. */
  variants: z.array(variantSchema),
  /** Explanation ("one letter apart; no gazetteer knows Sandere"). */
  note: z.string(),
  /** The fact concerned, when there is one. */
  factId: z.string().nullable(),
});
export type Discrepancy = z.infer<typeof discrepancySchema>;

/** A dated incident the reports mention. */
export const timelineItemSchema = z.object({
  /** Resolved date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), or null. */
  date: z.string().nullable(),
  /** The date as written (most common wording). */
  dateText: z.string(),
  /** Granularity. */
  precision: z.enum(['day', 'month', 'year', 'relative']),
  /** `event`: this event; `earlier`: a previous incident; `other`. */
  role: z.enum(['event', 'earlier', 'other']),
  /** What happened then: the sentence it is read in. */
  text: z.string(),
  /** Reports mentioning it. */
  reports: z.array(z.string()),
  /** Where. */
  sources: z.array(sourceRefSchema),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

const cellRefSchema = z.object({
  /** The sentence the cell links to. */
  sentenceId: z.string(),
  /** How the report writes it. */
  written: z.string().nullable(),
});

/** Reports × key facts and reports × places. */
export const coverageSchema = z.object({
  /** Columns: key facts. */
  facts: z.array(z.object({ id: z.string(), label: z.string() })),
  /** Columns: places of the incident. */
  places: z.array(z.object({ key: z.string(), label: z.string() })),
  /** One row per report, in the order of `reportIds`. */
  rows: z.array(
    z.object({
      reportId: z.string(),
      /** Per fact column: `stated`, `omitted` or `contradicted`, with the sentence when stated or contradicted. */
      facts: z.array(z.object({ state: z.enum(['stated', 'omitted', 'contradicted']), ref: cellRefSchema.nullable() })),
      /** Per place column: where the report names it (and how it spells it), or null. */
      places: z.array(cellRefSchema.nullable()),
    }),
  ),
});
export type Coverage = z.infer<typeof coverageSchema>;

/** A one-line takeaway with the sentences it rests on. */
export const highlightSchema = z.object({
  /** The highlight in words. */
  text: z.string(),
  /** Sentences it comes from. */
  sources: z.array(sourceRefSchema),
});
export type Highlight = z.infer<typeof highlightSchema>;

/** How the event's date is known. */
export const dateBases = ['stated', 'resolved', 'not-stated'] as const;

/** One line of the bottom line, with the sentences it rests on. */
export const bottomLineItemSchema = z.object({
  /** What the line answers: `what`, `where`, `when`, `who`, `toll`, `sources`. */
  key: z.enum(['what', 'where', 'when', 'who', 'toll', 'sources']),
  /** The line in words, ready to repeat to someone else. */
  text: z.string(),
  /** Caveats a reader must carry with it ("'neutralised' may mean killed or captured"). */
  caveats: z.array(z.string()),
  /** Sentences it rests on. */
  sources: z.array(sourceRefSchema),
});
export type BottomLineItem = z.infer<typeof bottomLineItemSchema>;

/** One incident, consolidated from the reports about it. */
export const eventSchema = z.object({
  /** Stable id from content (date + main place, disambiguated); the page is `/events/<id>/`. */
  id: z.string(),
  /** Generated headline. */
  title: z.string(),
  /** ISO date of the incident, or null. */
  date: z.string().nullable(),
  /** The date as written: the wording `date` rests on, or, when it cannot be resolved, the wording most reports use ("on Tuesday"); null when no report dates the incident. */
  dateText: z.string().nullable(),
  /**
   * How `date` is known: `stated` (an absolute date with its year in a report's text),
   * `resolved` (a relative date resolved against a report's publication date), `not-stated`.
   */
  dateBasis: z.enum(dateBases),
  /** The basis in words: the wording and report it comes from, or how to supply a date. */
  dateNote: z.string(),
  /** Five or six lines a reader can repeat: what, where, when, who, toll, sources. */
  bottomLine: z.array(bottomLineItemSchema),
  /** Latest publication date among the reports, or null (the page then says "as of the latest report"). */
  asOf: z.string().nullable(),
  /** ISO code of the country where it happened, or null. */
  country: z.string().nullable(),
  /** That country's name, or null. */
  countryName: z.string().nullable(),
  /** ACLED-style event type ("Battles", "Explosions/Remote violence"…), or null. */
  eventType: z.string().nullable(),
  /** ACLED-style sub-event type ("Armed clash"…), or null. */
  subEventType: z.string().nullable(),
  /** Conservative fatality count of this incident (killed only, lowest figure reported), or null. */
  fatalities: z.number().int().nonnegative().nullable(),
  /** A lead sentence from the best-corroborated report. */
  summary: z.string(),
  /** 3–6 takeaways. */
  highlights: z.array(highlightSchema),
  /** Ids of the reports grouped into the event, sorted. */
  reportIds: z.array(z.string()),
  /** The event's reports with page details, in the order of `reportIds`. */
  reports: z.array(eventReportSchema),
  /** Groups of report ids that share one origin (wire copies); corroboration counts groups. */
  origins: z.array(z.array(z.string())),
  /** Pairwise evidence behind `origins` (pairs with any shared material). */
  originEvidence: z.array(originEvidenceSchema),
  /** Places named, incident places first. */
  places: z.array(eventPlaceSchema),
  /** Parties and organizations named. */
  actors: z.array(eventActorSchema),
  /** Figures, claims and quotations aligned across reports, best supported first. */
  facts: z.array(factSchema),
  /** The figure ledger. */
  ledger: z.array(ledgerEntrySchema),
  /** Each party's account. */
  sides: z.array(sideSchema),
  /** Claims set against the other side's counter-claims. */
  counterClaims: z.array(counterClaimSchema),
  /** What the reports give differently. */
  discrepancies: z.array(discrepancySchema),
  /** Dated incidents, ordered. */
  timeline: z.array(timelineItemSchema),
  /** Coverage matrix. */
  coverage: coverageSchema,
});
export type Event = z.infer<typeof eventSchema>;
