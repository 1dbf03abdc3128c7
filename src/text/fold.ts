// Folding: the forms under which two spellings count as the same. Three meanings, one name each:
//
//   foldName  names:  accents, case, apostrophes and dots vanish; other punctuation → one space
//                     ("Côte d’Ivoire" = "Cote d'Ivoire" → "cote divoire", "U.S." → "us")
//   foldText  prose:  lower case, no accents; typographic quotes and dashes made plain
//   foldWord  words:  lower case, no accents, a curly apostrophe made straight ("Mali’s" → "mali's")
//
// and the keys and slugs built on them (`nameSlug`, `nameKey`, `slug`).

// The same names and words are folded again and again (every token, every candidate key):
// `foldName` is pure, so its results are remembered.
const FOLD_CACHE_LIMIT = 100_000;
const folded = new Map<string, string>();

/**
 * Folding for name comparison: accents, case, apostrophes and dots vanish, hyphens and
 * other punctuation become single spaces. "Côte d’Ivoire" and "Cote d'Ivoire" → "cote divoire";
 * "al-Qaeda" and "al Qaeda" → "al qaeda"; "U.S." → "us".
 */
export function foldName(s: string): string {
  return remembered(folded, s, foldNameUncached);
}

/** `fold(s)`, remembered in `cache`; bounded: a long build folds many distinct strings, and starting over keeps memory flat. */
function remembered(cache: Map<string, string>, s: string, fold: (s: string) => string): string {
  let f = cache.get(s);
  if (f === undefined) {
    if (cache.size >= FOLD_CACHE_LIMIT) cache.clear();
    f = fold(s);
    cache.set(s, f);
  }
  return f;
}

function foldNameUncached(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) {
    return s.toLowerCase().replace(/['`.]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  }
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** URL-safe slug of a name, for entity ids (`foldName`, spaces as hyphens; `x` when nothing is left). */
export function nameSlug(s: string): string {
  return foldName(s).replace(/ /g, '-') || 'x';
}

// Sentences are folded again by each consolidation step that reads them: remembered too (bounded).
const foldedText = new Map<string, string>();

/** Lower case, no diacritics, typographic quotes and dashes made plain. */
export function foldText(s: string): string {
  // Plain ASCII has nothing to normalize (the common case, and NFKD is costly).
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return remembered(foldedText, s, foldTextUncached);
}

function foldTextUncached(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[‐‑‒–—]/g, '-');
}

/** A name reduced to letters and digits: `Jama’at Nusrat al-Islam` → `jamaatnusratalislam`. */
export function nameKey(s: string): string {
  return foldText(s).replace(/[^a-z0-9]+/g, '');
}

/** URL-safe slug of a text (`foldText`), at most `max` characters. */
export function slug(s: string, max = 48): string {
  const out = foldText(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out.slice(0, max).replace(/-+$/, '');
}

/** A word in lower case without accents, its curly apostrophe made straight: "Mali’s" → "mali's". */
export function foldWord(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, "'");
}
