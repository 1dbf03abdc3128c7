import { createRequire } from 'node:module';
import { z } from 'zod';
import type { Countries } from 'world-countries';

// What a user writes by hand next to the seed texts (issue 8): a seed's optional YAML front
// matter, the publication metadata file `sources.yaml` and the user gazetteer `places.yaml`.
// Every value is checked here, so an impossible date, a `javascript:` URL or a place at 0,0
// from `lat: ""` is reported instead of accepted.
//
// Each check carries its own message, phrased to follow `"<field>" must be …`, so that
// `fieldProblems()` can turn zod issues into `"lat" must be a number from -90 to 90, got ""`.

// ─── Front matter ───────────────────────────────────────────────────────────────────────────

/** Earliest publication year accepted: older dates are typing slips, not news. */
export const PUBLISHED_YEAR_MIN = 1900;
/** Latest publication year accepted: later dates are typing slips. */
export const PUBLISHED_YEAR_MAX = 2100;

const PUBLISHED_RULE = `a real date written YYYY-MM-DD, in the years ${PUBLISHED_YEAR_MIN} to ${PUBLISHED_YEAR_MAX}`;
/** `YYYY-MM-DD`, optionally followed by a time of day (`T10:30:00Z`, ` 10:30`), which is ignored. */
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Days in a month of the proleptic Gregorian calendar (month 1..12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `YYYY-MM-DD…` names a day that exists, in the accepted years. */
function isCalendarDay(text: string): boolean {
  const m = DATE_TEXT.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= PUBLISHED_YEAR_MIN && year <= PUBLISHED_YEAR_MAX && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The publication date (`published:`). YAML may give a string or, with a timestamp-aware
 * schema, a Date; either must be a day that exists (no month 13, no 31 April, no 29 February
 * outside leap years) between {@link PUBLISHED_YEAR_MIN} and {@link PUBLISHED_YEAR_MAX}.
 * Output: `YYYY-MM-DD` (a time of day after the date is dropped; a Date gives its UTC day).
 */
export const publishedDateSchema = z
  .union([z.date(), z.string()], { error: PUBLISHED_RULE })
  .transform((v) => (v instanceof Date ? `${pad(v.getUTCFullYear(), 4)}-${pad(v.getUTCMonth() + 1, 2)}-${pad(v.getUTCDate(), 2)}` : v.trim()))
  .pipe(
    z
      .string()
      .refine(isCalendarDay, { error: PUBLISHED_RULE })
      .transform((s) => s.slice(0, 10)),
  );

const URL_RULE = 'a web address starting with http:// or https://';

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The source address (`url:`): an absolute http(s) URL with a host, kept as written (trimmed). */
export const sourceUrlSchema = z.string({ error: URL_RULE }).trim().refine(isHttpUrl, { error: URL_RULE });

const LANGUAGE_RULE = 'a BCP 47 language tag such as en, fr or pt-BR';
/**
 * Language [2–3 letters], script [4 letters], region [2 letters or 3 digits], variants,
 * extensions and private use, per BCP 47; case-insensitive.
 */
const BCP47 =
  /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$/i;

function canonicalLanguage(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The seed's language (`language:`): a BCP 47 tag (`en`, `fr`, `pt-BR`, `zh-Hant-TW`).
 * `pt_BR` is read as `pt-BR`. Output: the canonical form (`PT-br` → `pt-BR`).
 */
export const languageTagSchema = z
  .string({ error: LANGUAGE_RULE })
  .trim()
  .transform((s) => s.replace(/_/g, '-'))
  .pipe(
    z
      .string()
      .refine((s) => BCP47.test(s) && canonicalLanguage(s) !== null, { error: LANGUAGE_RULE })
      .transform((s) => canonicalLanguage(s)!),
  );

const OUTLET_RULE = 'the name of the outlet';

/** The outlet (`outlet:`, or `source:`): a name; a bare YAML number (`outlet: 1843`) is read as text. */
export const outletSchema = z
  .union([z.string(), z.number().transform(String)], { error: OUTLET_RULE })
  .transform((s) => s.trim());

/**
 * A seed's front matter, once blank values are left out. Every field is optional; a field that
 * fails is reported and read as absent (see `readSeed`), the others still apply. Other keys
 * (`title`…) are ignored.
 */
export const frontMatterSchema = z.object({
  outlet: outletSchema.optional(),
  /** Synonym of `outlet`. */
  source: outletSchema.optional(),
  url: sourceUrlSchema.optional(),
  published: publishedDateSchema.optional(),
  language: languageTagSchema.optional(),
});
export type FrontMatter = z.output<typeof frontMatterSchema>;

// ─── Publication metadata beside the seeds (sources.yaml) ───────────────────────────────────

/** Fields a `sources.yaml` entry may give: the front matter's, checked by the same schemas. */
export const SOURCE_FIELDS = Object.keys(frontMatterSchema.shape) as (keyof FrontMatter)[];

/**
 * One entry of `sources.yaml` (the value under a seed's file name): the front matter's fields,
 * each checked as in front matter. Blank values are left out before checking (see `readSources`).
 */
export const sourceEntrySchema = z.object(frontMatterSchema.shape, {
  error: 'a mapping with any of "outlet", "url", "published" and "language"',
});
export type SourceEntry = z.output<typeof sourceEntrySchema>;

/**
 * Checks publication metadata (a seed's front matter, or its `sources.yaml` entry) field by
 * field: blank values count as absent and other keys are left out; a value that fails its check
 * is left out and returned in `rejected`, and the other fields still apply.
 */
export function checkSourceFields(data: Record<string, unknown>): { fields: SourceEntry; rejected: FieldProblem[] } {
  const input: Record<string, unknown> = {};
  for (const key of SOURCE_FIELDS) {
    const v = data[key];
    if (v != null && !(typeof v === 'string' && !v.trim())) input[key] = v;
  }
  const first = sourceEntrySchema.safeParse(input);
  if (first.success) return { fields: first.data, rejected: [] };
  const rejected = fieldProblems(first.error, input);
  for (const p of rejected) delete input[String(p.path[0])];
  // What is left passed its checks (fields are checked independently).
  return { fields: sourceEntrySchema.parse(input), rejected };
}

/** The whole of `sources.yaml`: a mapping from seed file names to their entries. */
export const sourcesFileSchema = z.record(z.string(), z.unknown(), {
  error: 'a mapping from seed file names to their outlet, url, published and language',
});

// ─── User gazetteer (places.yaml) ───────────────────────────────────────────────────────────

/** A decimal number written as text, as some exports quote them: `"14.7"`, `"-3"`, `"+0.5"`. */
const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A coordinate: a finite YAML number or a plain decimal string, within ±`limit`. Anything
 * else (`""`, `[]`, `true`, `"0x10"`, `.nan`) is refused rather than turned into a number.
 */
function coordinateSchema(limit: number) {
  const rule = `a number from -${limit} to ${limit}`;
  return z
    .union([z.number(), z.string().trim().regex(DECIMAL_TEXT, { error: rule })], { error: rule })
    .transform(Number)
    .pipe(z.number({ error: rule }).min(-limit, { error: rule }).max(limit, { error: rule }));
}

/** Latitude in decimal degrees, -90..90. */
export const latitudeSchema = coordinateSchema(90);
/** Longitude in decimal degrees, -180..180. */
export const longitudeSchema = coordinateSchema(180);

const requireCjs = createRequire(import.meta.url);
let countryCodes: Set<string> | undefined;
/** ISO 3166-1 alpha-2 codes of the world-countries package, read once, on first use. */
function knownCountryCodes(): Set<string> {
  countryCodes ??= new Set((requireCjs('world-countries') as Countries).map((c) => c.cca2));
  return countryCodes;
}

const COUNTRY_RULE = 'an ISO 3166-1 alpha-2 country code such as ML or BF';

/** A country: an ISO 3166-1 alpha-2 code that exists (world-countries' `cca2`); case-insensitive, output upper case. */
export const countryCodeSchema = z
  .string({ error: COUNTRY_RULE })
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{2}$/.test(code) && knownCountryCodes().has(code), { error: COUNTRY_RULE });

/** How precise a place is, coarsest last. */
export const PLACE_PRECISIONS = ['town', 'admin', 'region', 'country'] as const;
const PRECISION_RULE = `one of ${PLACE_PRECISIONS.join(', ')}`;

/** A place's precision: one of {@link PLACE_PRECISIONS}. */
export const placePrecisionSchema = z.enum(PLACE_PRECISIONS, { error: PRECISION_RULE });

const NAME_RULE = 'non-empty text';

/** A place name (or alias): non-empty text, trimmed. */
export const placeNameSchema = z.string({ error: NAME_RULE }).trim().min(1, { error: NAME_RULE });

/** Other names of a place: a list of names; a single name is read as a list of one. */
export const placeAliasesSchema = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(placeNameSchema, { error: 'a list of names' }),
);

/** An entry with `lng` but no `lon` reads `lng` as `lon`; anything else is returned as is. */
export function lonFromLng(entry: unknown): unknown {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry) || 'lon' in entry || !('lng' in entry)) return entry;
  return { ...entry, lon: (entry as { lng: unknown }).lng };
}

/**
 * One entry of the user gazetteer. `lon` may be written `lng`. Missing `country` is null,
 * missing `aliases` empty, missing `precision` `town`. Other keys are ignored.
 */
export const userPlaceSchema = z.preprocess(
  lonFromLng,
  z.object(
    {
      name: placeNameSchema,
      lat: latitudeSchema,
      lon: longitudeSchema,
      country: countryCodeSchema.nullish().transform((c) => c ?? null),
      aliases: placeAliasesSchema.optional().transform((a) => a ?? []),
      precision: placePrecisionSchema.optional().transform((p) => p ?? 'town'),
    },
    { error: 'a mapping with "name", "lat" and "lon"' },
  ),
);
export type UserPlaceEntry = z.output<typeof userPlaceSchema>;

// ─── Messages ───────────────────────────────────────────────────────────────────────────────

/** A value as a user wrote it, for a message: JSON for text and lists, `nothing` when missing; at most 80 characters. */
export function shownValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return Number.isNaN(value.valueOf()) ? 'an invalid date' : value.toISOString();
  let text: string;
  try {
    text = typeof value === 'number' || typeof value === 'bigint' ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A rejected value: where it is (`["aliases", 1]`), what it had to be, and what it was. */
export interface FieldProblem {
  /** Path of the value in the checked object; empty for the object itself. */
  path: (string | number)[];
  /** What the value had to be: `a number from -90 to 90`. */
  rule: string;
  /** The value as written (undefined when missing). */
  value: unknown;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** The problems of a failed `safeParse` of `data`, one per rejected value (the first issue of each path). */
export function fieldProblems(error: z.ZodError, data: unknown): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const key = JSON.stringify(path);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path, rule: issue.message, value: valueAt(data, path) });
  }
  return problems;
}

/** `"lat" must be a number from -90 to 90, got ""`; `"aliases" item 2 must be …`. */
export function describeProblem(problem: FieldProblem, fieldName: (field: string) => string = (f) => f): string {
  const [field, ...rest] = problem.path;
  const where =
    field === undefined ? 'must be' : `"${fieldName(String(field))}"${rest.map((k) => (typeof k === 'number' ? ` item ${k + 1}` : `.${k}`)).join('')} must be`;
  return `${where} ${problem.rule}, got ${shownValue(problem.value)}`;
}
