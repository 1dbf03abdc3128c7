// The frame of a text: its paragraphs and sentences with their offsets, which every fact's
// provenance points into. Sentence ids (`s1`, `s2`, …) become HTML anchors.
import type { Root, RootContent } from 'nlcst';
import type { Paragraph, Sentence, Span } from '../schemas/provenance.ts';

/**
 * Paragraph ranges. News texts copied from the web put one paragraph per line; hard-wrapped
 * texts (e-mail, wire feeds) separate paragraphs by blank lines and wrap lines near a fixed width.
 */
export function paragraphRanges(text: string): Span[] {
  const lines: Span[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    if (m[0].trim()) lines.push({ start: m.index!, end: m.index! + m[0].length });
  }
  const blocks: Span[][] = [];
  for (const line of lines) {
    const last = blocks.at(-1);
    const gap = last ? text.slice(last.at(-1)!.end, line.start) : '';
    if (last && !/\n[ \t]*\r?\n/.test(gap)) last.push(line);
    else blocks.push([line]);
  }
  const multiLine = blocks.filter((b) => b.length > 1).flat();
  // Lines broken mid-sentence (no closing punctuation before the break) betray wrapping.
  const inner = blocks.flatMap((b) => b.slice(0, -1));
  const midSentence = inner.filter((l) => !/[.!?:"”’)\]]\s*$/.test(text.slice(l.start, l.end))).length;
  const wrapped =
    blocks.length > 1 &&
    multiLine.length >= lines.length * 0.6 &&
    multiLine.every((l) => l.end - l.start <= 100) &&
    midSentence >= inner.length * 0.5;
  if (wrapped) return blocks.map((b) => ({ start: b[0].start, end: b.at(-1)!.end }));
  return lines;
}

/**
 * retext keeps "…rose to 10,000. The toll…" as one sentence (a period after a digit may be a
 * decimal point); a period after a digit followed by space and a capital or an opening quote
 * ends the sentence.
 */
export function splitAfterNumbers(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  // Search only the sentence for 'digit.' (a search of the rest of the text for the next match
  // made this quadratic); what follows the period may lie beyond the sentence's end.
  const sentence = text.slice(start, end);
  for (let i = sentence.indexOf('.', 1); i >= 0; i = sentence.indexOf('.', i + 1)) {
    const cut = start + i + 1;
    if (cut < end && isDigit(sentence.charCodeAt(i - 1)) && capitalAt(text, cut)) {
      spans.push({ start: from, end: cut });
      from = cut;
    }
  }
  spans.push({ start: from, end });
  return spans;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** White space, an optional opening quote or parenthesis, a capital. */
const CAPITAL_AFTER = /\s+["“‘'(]?\p{Lu}/uy;
const capitalAt = (text: string, at: number) => {
  CAPITAL_AFTER.lastIndex = at;
  return CAPITAL_AFTER.test(text);
};

/** The paragraphs and sentences of a text, and its word count. */
export interface Structure {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  wordCount: number;
}

/**
 * Paragraphs and sentences of `text` from its retext tree (see `parse.ts`): sentence boundaries
 * from retext, cut after numbers (`splitAfterNumbers`); a sentence never crosses a paragraph
 * boundary. Sentence ids (`s1`, `s2`, …) are HTML anchors.
 */
export function structureOf(text: string, tree: Root): Structure {
  const ranges = paragraphRanges(text);
  const cuts: Span[] = [];
  let words = 0;
  // One plain walk in document order (unist-util-visit's per-node bookkeeping cost more than the work).
  const walk = (node: Root | RootContent) => {
    if (node.type === 'SentenceNode') cuts.push(...splitAfterNumbers(text, node.position!.start.offset!, node.position!.end.offset!));
    else if (node.type === 'WordNode') words++;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let c = 0;
  for (const range of ranges) {
    const paragraph: Paragraph = { start: range.start, end: range.end, sentenceIds: [] };
    while (c < cuts.length && cuts[c].end <= range.start) c++;
    for (let i = c; i < cuts.length && cuts[i].start < range.end; i++) {
      let start = Math.max(cuts[i].start, range.start);
      let end = Math.min(cuts[i].end, range.end);
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end <= start) continue;
      const id = `s${sentences.length + 1}`;
      sentences.push({ id, start, end, paragraph: paragraphs.length });
      paragraph.sentenceIds.push(id);
    }
    if (paragraph.sentenceIds.length) paragraphs.push(paragraph);
  }
  return { paragraphs, sentences, wordCount: words };
}
