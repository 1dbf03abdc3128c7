import type { Root } from 'nlcst';
import type { VFile } from 'vfile';

const MAX_WORDS = 12;
const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'on', 'in', 'at', 'to', 'for', 'by', 'with', 'amid', 'as', 'from', 'into', 'over', 'after', 'vs']);

/** A line that reads as a headline: short, no closing punctuation, mostly capitalized words. */
export function isHeadline(line: string): boolean {
  const text = line.trim();
  if (!text || /[.!?:;,…"”’]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 20) return false;
  const content = words.filter((w) => !SMALL.has(w.toLowerCase()));
  const capitalized = content.filter((w) => /^[\p{Lu}\p{N}'‘"“]/u.test(w));
  return capitalized.length / Math.max(1, content.length) >= 0.6;
}

/** A headline-style title from a sentence: its main clause, at most twelve words, no trailing punctuation. */
export function titleFromSentence(sentence: string): string {
  let clause = sentence.trim().replace(/\s+/g, ' ');
  // Keep the main clause: cut at the first clause break that leaves enough words.
  const breaks = [/,\s/g, /\s[—–-]\s/g, /;\s/g, /\s(?:which|who|while|as|after|marking|amid|following)\s/g];
  for (const re of breaks) {
    for (const m of clause.matchAll(re)) {
      if (clause.slice(0, m.index).split(' ').length >= 5) {
        clause = clause.slice(0, m.index);
        break;
      }
    }
  }
  let words = clause.split(' ');
  if (words.length > MAX_WORDS) {
    words = words.slice(0, MAX_WORDS);
    // Do not end on a function word.
    while (words.length > 5 && SMALL.has(words[words.length - 1].toLowerCase())) words.pop();
  }
  const title = words.join(' ').replace(/[\s.,;:!?…"“”'’—–-]+$/u, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * The report's title: the text's own headline when one of its first lines is one,
 * otherwise a short title generated from the lead sentence.
 */
export default function title() {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value);
    const paragraphs = file.data.paragraphs ?? [];
    for (const p of paragraphs.slice(0, 3)) {
      const line = text.slice(p.start, p.end);
      if (isHeadline(line)) {
        file.data.title = line.trim().replace(/\s+/g, ' ');
        file.data.titleSource = 'headline';
        return;
      }
    }
    const lead = file.data.sentences?.[0];
    if (lead) {
      file.data.title = titleFromSentence(text.slice(lead.start, lead.end));
      file.data.titleSource = 'lead';
    } else {
      file.data.title = file.data.seed?.file ?? 'Untitled report';
      file.data.titleSource = 'file';
    }
  };
}
