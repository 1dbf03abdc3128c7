// Numbers and what they measure: number words, multipliers, vague amounts, ordinals, qualifiers,
// units of time and measure, currencies.
// General English; nothing here is specific to one conflict or one text.

import { dictionary } from './dictionary.ts';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Number words → value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = dictionary({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

export const MULTIPLIERS: Readonly<Record<string, number>> = dictionary({
  hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
});

/** Vague plural amounts ("dozens of") → the smallest value they can stand for. */
export const VAGUE_AMOUNTS: Readonly<Record<string, number>> = dictionary({
  dozens: 12, scores: 20, hundreds: 100, thousands: 1000, millions: 1_000_000, billions: 1_000_000_000,
});

export const ORDINAL_WORDS: Readonly<Record<string, number>> = dictionary({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, hundredth: 100,
});

/**
 * Qualifiers written before a number, longest first. `approximate` marks those that make the
 * amount itself an estimate (as opposed to a bound such as "at least").
 */
export const QUALIFIERS: ReadonlyArray<{ words: string; approximate: boolean }> = [
  { words: 'no fewer than', approximate: false },
  { words: 'no less than', approximate: false },
  { words: 'no more than', approximate: false },
  { words: 'as many as', approximate: false },
  { words: 'as few as', approximate: false },
  { words: 'in excess of', approximate: false },
  { words: 'upwards of', approximate: false },
  { words: 'more than', approximate: false },
  { words: 'fewer than', approximate: false },
  { words: 'less than', approximate: false },
  { words: 'at least', approximate: false },
  { words: 'at most', approximate: false },
  { words: 'up to', approximate: false },
  { words: 'close to', approximate: false },
  { words: 'just over', approximate: false },
  { words: 'just under', approximate: false },
  { words: 'well over', approximate: false },
  { words: 'an estimated', approximate: true },
  { words: 'nearly', approximate: false },
  { words: 'almost', approximate: false },
  { words: 'over', approximate: false },
  { words: 'under', approximate: false },
  { words: 'around', approximate: true },
  { words: 'about', approximate: true },
  { words: 'approximately', approximate: true },
  { words: 'roughly', approximate: true },
  { words: 'some', approximate: true },
  { words: 'estimated', approximate: true },
];

/** Time units: a number counting them is a duration, not a count. */
export const TIME_UNITS = set(`
  second seconds minute minutes hour hours day days night nights week weeks month months year years decade decades
  century centuries
`);

/** Measures that are neither counts nor any other figure kind we keep. */
export const MEASURE_UNITS = set(`
  millimetre millimetres millimeter millimeters centimetre centimetres centimeter centimeters kilowatt kilowatts
  megawatt megawatts gigawatts volts calories
  km kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm kg kilogram kilograms
  tonne tonnes ton tons litre litres liter liters hectare hectares acre acres degree degrees feet foot ft inch inches
  mph kph percent per
`);

export const CURRENCY_WORDS = set(`
  dollar dollars usd euro euros eur pound pounds sterling gbp franc francs cfa naira yen yuan rupee rupees shilling
  shillings rand dinar dinars dirham dirhams riyal riyals cedi cedis birr
`);
export const CURRENCY_SYMBOLS = /^[$€£¥₦₹]$/;

/** Measures that a duration qualifies ("a 30-day curfew", "a 48-hour ultimatum"); incidents ("a 13-hour siege") are not measures. */
export const MEASURE_NOUNS = set(`
  curfew curfews ceasefire ceasefires truce truces emergency lockdown lockdowns ban bans ultimatum ultimatums deadline
  suspension sentence sentences mourning blackout shutdown closure moratorium pause mandate extension extensions
  detention detentions quarantine blockade embargo suspension halt amnesty deal agreement visa visas leave
`);
