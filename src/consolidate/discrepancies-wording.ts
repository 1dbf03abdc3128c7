// Quotations the reports word differently. Differences of spelling convention, punctuation,
// capitals or hyphenation are not worth a reader's attention and are left out. Part of
// discrepancies.ts, which ranks them with the other kinds.
import type { Discrepancy, Fact } from '../schemas/event.ts';
import { words } from './text.ts';

/** British and American spellings of one word meet ("defence"/"defense", "organised"/"organized"). */
export function conventionKey(word: string): string {
  const w = word.toLowerCase();
  const fixed: Record<string, string> = { towards: 'toward', afterwards: 'afterward', amongst: 'among', whilst: 'while', amidst: 'amid', grey: 'gray', programme: 'program', programmes: 'programs' };
  if (fixed[w]) return fixed[w];
  return w
    .replace(/^(def|off|pret|lic)ence(s?)$/, '$1ense$2')
    .replace(/(?<=\w)is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/(?<=\w)ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/(?<=[a-z]{3})our(s|ed|ing|ite|ites|able)?$/, 'or$1')
    .replace(/(?<=[a-z]{2}[^aeiou])re(s?)$/, 'er$1')
    .replace(/ogue(s?)$/, 'og$1')
    .replace(/(?<=[aeiou])ll(ed|ing|er|ers)$/, 'l$1');
}

/** A wording reduced to its letters with spelling conventions, hyphens and spaces set aside. */
const wordingCore = (s: string) => words(s).map(conventionKey).join('');

/**
 * True when some two wordings differ beyond convention, punctuation, or one being an excerpt of the
 * other. No two differ when each is an excerpt of the next longer one (being an excerpt is
 * transitive): one pass over the wordings by length, not every pair.
 */
export function wordingsDiffer(values: string[]): boolean {
  const keys = values.map(wordingCore).sort((a, b) => a.length - b.length);
  for (let i = 1; i < keys.length; i++) if (!keys[i].includes(keys[i - 1])) return true;
  return false;
}

/** Words one wording has and the other lacks (spelling conventions aside), for a readable note. */
function wordDiff(a: string, b: string): string {
  const wa = words(a).map(conventionKey);
  const wb = words(b).map(conventionKey);
  const onlyA = wa.filter((w) => !wb.includes(w));
  const onlyB = wb.filter((w) => !wa.includes(w));
  return `“${onlyA.join(' ') || '—'}” vs “${onlyB.join(' ') || '—'}”`;
}

export function quoteDiscrepancies(facts: Fact[]): Discrepancy[] {
  return facts
    .filter((f) => f.kind === 'quote')
    .filter((f) => f.variants.length > 1 && wordingsDiffer(f.variants.map((v) => v.value)))
    .map((f) => ({
      kind: 'quote-wording' as const,
      subject: `quotation${f.speaker ? ` of ${f.speaker}` : ''}: “${f.text.slice(0, 80)}${f.text.length > 80 ? '…' : ''}”`,
      variants: f.variants,
      note: `wording differs between reports: ${f.variants
        .slice(1)
        .filter((v) => wordingsDiffer([f.variants[0].value, v.value]))
        .map((v) => wordDiff(f.variants[0].value, v.value))
        .join('; ')}`,
      factId: f.id,
    }));
}

