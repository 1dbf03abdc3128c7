import type { VFile } from 'vfile';
import type { Provenance, Sentence } from '../schemas/provenance.ts';
import { sentenceAt } from '../text/sentences.ts';

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
