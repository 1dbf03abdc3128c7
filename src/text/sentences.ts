import type { Sentence } from '../schemas/provenance.ts';

/** The sentence holding the character at `offset` (binary search over `file.data.sentences`). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  // Between sentences (whitespace): attach to the following one, else the last.
  return sentences[lo] ?? sentences[sentences.length - 1];
}
