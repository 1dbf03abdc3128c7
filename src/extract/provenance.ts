import type { VFile } from 'vfile';
import type { Provenance, Sentence } from '../schemas/provenance.ts';

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

/** Provenance fields for a fact read at `offset`. */
export function provenanceAt(file: VFile, offset: number): Provenance {
  const sentences = file.data.sentences ?? [];
  const s = sentenceAt(sentences, offset);
  if (!s) return { sentenceId: 's0', sentenceStart: 0, sentenceEnd: 0, sentence: '' };
  return { sentenceId: s.id, sentenceStart: s.start, sentenceEnd: s.end, sentence: String(file.value).slice(s.start, s.end) };
}

/** Text of a sentence. */
export function sentenceText(file: VFile, s: Sentence): string {
  return String(file.value).slice(s.start, s.end);
}
