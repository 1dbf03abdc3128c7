import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Quote } from '../../schemas/statements.ts';
import { provenanceAt } from '../provenance.ts';
import { attributionOf, type QuoteView } from '../attribution/analysis.ts';

const opensSentence = (q: QuoteView) => !/[\p{L}\p{N}]/u.test(q.sentence.text.slice(0, q.start - q.sentence.start));

/** Quotations of at most this many words are scare-quote fragments ("neutralised", "very closely")… */
const FRAGMENT_MAX_WORDS = 4;

/** …embedded in the writer's own sentence: a short quotation that opens its sentence with a capital is an utterance (“We will win.”). */
function isFragment(text: string, opensSentence: boolean): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > FRAGMENT_MAX_WORDS) return false;
  return !(opensSentence && /^\p{Lu}/u.test(text));
}

/**
 * Direct quotations and their speakers. Marks may be curly, straight or mixed; a quotation
 * interrupted by its attribution ("…," he said. "…") gives two quotes with the same speaker.
 * Speakers come from the attribution around the quotation (see `attribution/quote-attribution.ts`):
 * "X said", "said X", "X told AFP", "according to X", "X described … as '…'", the subject of a
 * preceding sentence, or the previous quotation it continues; pronouns resolve to the nearest
 * compatible earlier subject or entity.
 */
export default function quotes() {
  return (_tree: Root, file: VFile) => {
    const a = attributionOf(file);
    const out: Quote[] = [];
    for (const q of a.quotes) {
      if (!/[\p{L}\p{N}]/u.test(q.text)) continue;
      const fragment = isFragment(q.text, opensSentence(q));
      // A scare quote nobody is said to have spoken ("the so-called “peace deal”", "the word
      // “ceasefire”") is the writer's mention of a term, not a quotation.
      if (fragment && !q.speaker) continue;
      out.push({
        ...provenanceAt(file, q.start),
        speaker: q.speaker?.text ?? null,
        speakerEntity: q.speaker?.entity ?? null,
        text: q.text,
        fragment,
        start: q.start,
        end: q.end,
        reportedBy: q.reportedBy,
      });
    }
    file.data.quotes = out;
  };
}
