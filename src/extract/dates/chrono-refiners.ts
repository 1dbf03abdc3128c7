// Two of chrono-node's English refiners match a pattern against all the text before each result
// (a regular expression anchored at its end still scans from the start of the string), which
// makes one parse quadratic in the length of the text: a 1 MB seed spent seconds in them. These
// replacements read a bounded stretch before each result and otherwise do exactly what the
// originals do (the original does the work, on a slice of the text that starts at the prefix).
import type * as chrono from 'chrono-node/en';

type Refiner = chrono.Chrono['refiners'][number];
type Context = Parameters<Refiner['refine']>[0];
type Result = chrono.ParsingResult;

/** A character `\b` and `\w` count as a word character (regular expressions without the `u` flag). */
const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);

/** ENEndOfPeriodRefiner's prefix: "end of", "last day of the" before a result. */
const END_OF_PERIOD_PREFIX = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
/** Non-space characters of the longest such prefix ("lastdayofthe"). */
const END_OF_PERIOD_LETTERS = 12;

/** Where `END_OF_PERIOD_PREFIX` matches `text.slice(0, index)`, or -1; reads only the stretch before `index`. */
export function endOfPeriodPrefixAt(text: string, index: number): number {
  // A stretch with more non-space characters than the longest prefix holds the start of any
  // match (there is at most one: the prefix is read backwards from `index` one way only)…
  let from = index;
  for (let letters = 0; from > 0 && letters <= END_OF_PERIOD_LETTERS; ) if (!/\s/.test(text[--from])) letters++;
  // …and starts after a non-word character, so that `\b` sees in it what it sees in the whole text.
  while (from > 0 && isWordChar(text[from - 1])) from--;
  const m = END_OF_PERIOD_PREFIX.exec(text.slice(from, index));
  return m ? from + m.index : -1;
}

/** ENUnlikelyFormatFilter's test for "may": `/\b(in)$/i` on the trimmed text before it. */
export function afterIn(text: string, index: number): boolean {
  let end = index;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end >= 2 && text.slice(end - 2, end).toLowerCase() === 'in' && !isWordChar(text[end - 3]);
}

/** `refiners` with ENEndOfPeriodRefiner and ENUnlikelyFormatFilter replaced by bounded equivalents. */
export function boundedRefiners(refiners: readonly Refiner[]): Refiner[] {
  return refiners.map((refiner) => {
    const name = refiner.constructor.name;
    if (name === 'ENEndOfPeriodRefiner') {
      return {
        refine(context: Context, results: Result[]) {
          for (const result of results) {
            const at = endOfPeriodPrefixAt(context.text, result.index);
            if (at < 0) continue; // the original leaves a result without the prefix alone
            // A slice shares the string's characters: nothing is copied.
            const local = Object.create(context, { text: { value: context.text.slice(at) } }) as Context;
            result.index -= at;
            refiner.refine(local, [result]);
            result.index += at;
          }
          return results;
        },
      };
    }
    if (name === 'ENUnlikelyFormatFilter') {
      const filter = refiner as unknown as { isValid(context: Context, result: Result): boolean };
      if (typeof filter.isValid !== 'function') return refiner;
      return {
        refine(context: Context, results: Result[]) {
          return results.filter((result) => {
            const text = result.text.trim();
            // Only "may" reads the text before it; the rest of the original is cheap.
            if (text.toLowerCase() !== 'may' || text === context.text.trim()) return filter.isValid(context, result);
            return afterIn(context.text, result.index);
          });
        },
      };
    }
    return refiner;
  });
}
