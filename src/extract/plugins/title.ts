import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { headlineFromSentence } from '../attribution/headline.ts';

/** "By Jane Doe", "Updated 3 hours ago": lines around a story that are not its headline. */
const BYLINE = /^(?:by|from|posted|updated|published|photo|image|video|watch|listen|read more)\b/i;

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'on', 'in', 'at', 'to', 'for', 'by', 'with', 'amid', 'as', 'from', 'into', 'over', 'after', 'vs']);

/** A line that reads as a headline: short, no closing punctuation, mostly capitalized words. */
export function isHeadline(line: string): boolean {
  const text = line.trim();
  if (!text || /[.!?:;,…"”’]$/.test(text) || BYLINE.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 20) return false;
  const content = words.filter((w) => !SMALL.has(w.toLowerCase()));
  const capitalized = content.filter((w) => /^[\p{Lu}\p{N}'‘"“]/u.test(w));
  return capitalized.length / Math.max(1, content.length) >= 0.6;
}

/** A sentence-case headline: the text's first line, short, capitalized, without closing punctuation, and not a byline. */
function isSentenceCaseHeadline(line: string): boolean {
  const text = line.trim();
  if (!/^\p{Lu}/u.test(text) || /[.!?:;,…"”’]$/.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length >= 4 && words.length <= 16 && !BYLINE.test(text) && !/[|•]/.test(text);
}

/** A headline-style title from a sentence: main clause, no leading adverbials or dates, at most twelve words. */
export function titleFromSentence(sentence: string): string {
  return headlineFromSentence(sentence, 0, sentence.length);
}

/**
 * The report's title: the text's own headline when one of its first lines is one,
 * otherwise a headline generated from the lead sentence's main clause.
 */
export default function title() {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value);
    const paragraphs = file.data.paragraphs ?? [];
    for (const [k, p] of paragraphs.slice(0, 3).entries()) {
      const line = text.slice(p.start, p.end);
      if (isHeadline(line) || (k === 0 && paragraphs.length > 1 && isSentenceCaseHeadline(line))) {
        file.data.title = line.trim().replace(/\s+/g, ' ');
        file.data.titleSource = 'headline';
        return;
      }
    }
    const sentences = file.data.sentences ?? [];
    const k = sentences.findIndex((s) => /[.!?"”’]$/.test(text.slice(s.start, s.end)));
    const lead = sentences[k];
    if (lead) {
      const dates = file.data.dates ?? [];
      const inDate = (s: number, e: number) => dates.some((d) => s >= d.start && e <= d.end);
      // The lead's tokens as the attribution analysis read them, when it ran.
      const read = file.data.attribution?.sentences[k];
      const tokens = read && read.start === lead.start && read.end === lead.end ? read.clause.tokens : undefined;
      const title = headlineFromSentence(text, lead.start, lead.end, inDate, tokens);
      if (title.split(/\s+/).length >= 3) {
        file.data.title = title;
        file.data.titleSource = 'lead';
        return;
      }
    }
    file.data.title = file.data.seed?.file ?? 'Untitled report';
    file.data.titleSource = 'file';
  };
}
