import { z } from 'zod';
import { mentionSchema } from './provenance.ts';

/** A person named in a report. */
export const personSchema = z.object({
  /** Stable id within the report, e.g. `p-souleymane-dembele`. */
  id: z.string(),
  /** Full name as first written (without title). */
  name: z.string(),
  /** Honorific or rank ("Colonel", "General"), or null. */
  title: z.string().nullable(),
  /** Function the text gives ("army spokesperson", "head of AFRICOM"), or null. */
  role: z.string().nullable(),
  /** Other spellings and short forms that refer to the same person (surname, unaccented spelling…). */
  aliases: z.array(z.string()),
  /** Every place in the text where the person is named. */
  mentions: z.array(mentionSchema),
});
export type Person = z.infer<typeof personSchema>;

export const organizationKinds = [
  'armed-group',
  'state-force',
  'government',
  'international',
  'media',
  'research',
  'other',
] as const;

/** An organization named in a report. */
export const organizationSchema = z.object({
  /** Stable id within the report, e.g. `o-jnim`. Cross-report identity uses `key`. */
  id: z.string(),
  /** Canonical (long) name. */
  name: z.string(),
  /** Acronym defined or used for it ("JNIM"), or null. */
  acronym: z.string().nullable(),
  /** Other names and spellings read for the same organization. */
  aliases: z.array(z.string()),
  /** What sort of body it is. */
  kind: z.enum(organizationKinds),
  /** ISO 3166-1 alpha-2 code of the country it belongs to (a state's forces or government), or null. */
  country: z.string().nullable(),
  /** Folded identity key shared across reports (acronym when there is one, else folded name). */
  key: z.string(),
  /** Every place in the text where it is named. */
  mentions: z.array(mentionSchema),
});
export type Organization = z.infer<typeof organizationSchema>;

export const placePrecisions = ['country', 'region', 'admin', 'town', 'unknown'] as const;

/** A place named in a report. */
export const placeSchema = z.object({
  /** Stable id within the report, e.g. `l-kayes`. */
  id: z.string(),
  /** Canonical name (the gazetteer's when resolved). */
  name: z.string(),
  /** The spelling used by the text (first mention). */
  written: z.string(),
  /** Other spellings and forms read for the same place. */
  aliases: z.array(z.string()),
  /** Latitude in degrees, or null when unlocated. Never guessed. */
  lat: z.number().nullable(),
  /** Longitude in degrees, or null when unlocated. Never guessed. */
  lon: z.number().nullable(),
  /** ISO 3166-1 alpha-2 code of the country, or null. */
  country: z.string().nullable(),
  /** First-level administrative division code or name, when known. */
  admin1: z.string().nullable(),
  /** How precise the location is. */
  precision: z.enum(placePrecisions),
  /** Identifier in the gazetteer that located it (`cities:ML-03-kayes`, `country:ML`, `region:sahel`, `user:…`), or null. */
  gazetteerId: z.string().nullable(),
  /** True when the text's spelling differs from the gazetteer name (diacritics or one letter). */
  variant: z.boolean(),
  /** Every place in the text where it is named. */
  mentions: z.array(mentionSchema),
});
export type Place = z.infer<typeof placeSchema>;

/** A news agency or outlet the report relies on ("told AFP", "according to Reuters"). */
export const agencySchema = z.object({
  /** Canonical short name ("AFP"). */
  name: z.string(),
  /** Full name when known ("Agence France-Presse"), or null. */
  fullName: z.string().nullable(),
  /** Where the text relies on it. */
  mentions: z.array(mentionSchema),
});
export type Agency = z.infer<typeof agencySchema>;
