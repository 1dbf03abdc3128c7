import { joined, type Doc } from '../../text/words.ts';
import { foldName } from '../../text/fold.ts';

/** Longest-match look-up of multi-word names over tokens (words compared folded). */
export class PhraseIndex<T> {
  private byFirst = new Map<string, Array<{ words: string[]; value: T }>>();
  private sorted = true;

  /** Adds a name (folded here unless `folded`); the first value added for a name wins. */
  add(phrase: string, value: T, folded = false): void {
    const words = (folded ? phrase : foldName(phrase)).split(' ').filter(Boolean);
    if (!words.length) return;
    const key = words.join(' ');
    const list = this.byFirst.get(words[0]);
    if (!list) {
      this.byFirst.set(words[0], [{ words, value }]);
      return;
    }
    if (list.some((e) => e.words.length === words.length && e.words.join(' ') === key)) return;
    list.push({ words, value });
    this.sorted = false;
  }

  /** Whether an entry opens with the folded `word` (a quick test before `match`, for the many words that open none). */
  opens(word: string): boolean {
    return this.byFirst.has(word);
  }

  /**
   * The longest entry spelled by tokens `from…` (before `limit`), whose words are joined by
   * spaces or hyphens only, and that `accept` (if given) agrees to.
   */
  match(doc: Doc, from: number, limit: number, accept?: (to: number, value: T) => boolean): { to: number; value: T } | null {
    if (!this.sorted) {
      // Longest first; a stable sort keeps the first-added entry first among equals.
      for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
      this.sorted = true;
    }
    const list = this.byFirst.get(doc.tokens[from].fold);
    if (!list) return null;
    for (const e of list) {
      const to = from + e.words.length;
      if (to > limit) continue;
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) ok = doc.tokens[from + k].fold === e.words[k] && joined(doc.tokens[from + k]);
      if (ok && (!accept || accept(to, e.value))) return { to, value: e.value };
    }
    return null;
  }
}
