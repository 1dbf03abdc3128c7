import type { Span } from '../../schemas/provenance.ts';

/** A span of quoted words: `start`/`end` cover the marks, `innerStart`/`innerEnd` the words. */
export interface QuoteSpan extends Span {
  innerStart: number;
  innerEnd: number;
  /** The closing mark is missing (the quotation runs to the end of its paragraph). */
  open: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || /[\s(\[{—–-]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Every character `findQuoteSpans` reads as a quotation mark. */
const MARKS = /[“„«”»"‘’']/g;

/**
 * Pairs quotation marks inside one paragraph. Double marks may be curly, straight or mixed
 * ("neutralised” opens straight and closes curly). Single marks (‘…’ or '…') count only
 * outside double quotes, open at a word start and close at a word end, so apostrophes
 * ("Mali’s", "Jama'at") are never taken for quotation marks.
 */
export function findQuoteSpans(text: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openDouble = -1;
  let openSingle = -1;
  // Only marks change anything: the loop goes from one to the next.
  MARKS.lastIndex = start;
  for (let m: RegExpExecArray | null; (m = MARKS.exec(text)) && m.index < end; ) {
    const i = m.index;
    const c = m[0];
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + 1 < end ? text[i + 1] : undefined;
    if (c === '“' || c === '„' || c === '«') {
      if (openDouble < 0) {
        openDouble = i;
        openSingle = -1;
      }
      continue;
    }
    if (c === '”' || c === '»') {
      if (openDouble >= 0) {
        spans.push(span(openDouble, i + 1, false));
        openDouble = -1;
      }
      continue;
    }
    if (c === '"') {
      if (openDouble < 0) {
        // A straight mark opens when a word follows it.
        if (next !== undefined && !/\s/.test(next)) {
          openDouble = i;
          openSingle = -1;
        }
      } else if (prev !== undefined && !/\s/.test(prev)) {
        spans.push(span(openDouble, i + 1, false));
        openDouble = -1;
      } else if (next !== undefined && !/\s/.test(next)) {
        // Unclosed quote followed by a new opening: restart.
        openDouble = i;
      }
      continue;
    }
    if (openDouble >= 0) continue;
    if ((c === '‘' || c === "'") && openSingle < 0 && isSpace(prev) && isLetter(next)) {
      openSingle = i;
      continue;
    }
    if ((c === '’' || c === "'") && openSingle >= 0 && !isLetter(next) && prev !== undefined && !/\s/.test(prev)) {
      // "the fighters’ base": a plural possessive followed by a lower-case word is not a closing mark.
      const after = text.slice(i + 1, i + 3);
      if (prev === 's' && /^ \p{Ll}/u.test(after) && text.slice(i + 1, end).search(/['’](?![\p{L}\p{N}])/u) >= 0) continue;
      spans.push(span(openSingle, i + 1, false));
      openSingle = -1;
    }
  }
  // A quotation left open at the paragraph end (some styles close only the last paragraph of a quote).
  if (openDouble >= 0 && /[\p{L}\p{N}]/u.test(text.slice(openDouble + 1, end))) spans.push(span(openDouble, end, true));
  return spans;

  function span(s: number, e: number, open: boolean): QuoteSpan {
    let innerStart = s + 1;
    let innerEnd = open ? e : e - 1;
    while (innerStart < innerEnd && /\s/.test(text[innerStart])) innerStart++;
    while (innerEnd > innerStart && /[\s,;:]/.test(text[innerEnd - 1])) innerEnd--;
    return { start: s, end: e, innerStart, innerEnd, open };
  }
}

/** A nickname inside a name (Ismael "El Mayo" Zambada): capitalized words quoted between two parts of the name. */
export function isNickname(text: string, q: QuoteSpan): boolean {
  if (q.open) return false;
  const inner = text.slice(q.innerStart, q.innerEnd);
  if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(inner)) return false;
  return /\p{Lu}[\p{L}'’.-]* $/u.test(text.slice(Math.max(0, q.start - 40), q.start)) && /^ \p{Lu}/u.test(text.slice(q.end, q.end + 2));
}
