import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Sentence } from '../../schemas/provenance.ts';

const MAX_SENTENCES = 3;
const MAX_WORDS = 85;
/** Sentences after this many are background in news writing (inverted pyramid). */
const WINDOW = 14;
/** Last characters of a sentence the summary may take: a full stop, a question, an exclamation or a closing quotation. */
const SENTENCE_END = new Set(['.', '!', '?', '"', '”', '’']);

/** Whether a UTF-16 code unit is white space as `\s` reads it (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Words of text[start, end) split at white space (`text.slice(start, end).split(/\s+/).filter(Boolean).length`), counted without building them. */
export function wordCount(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
const contentWords = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3));

function overlap(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / Math.max(1, Math.min(a.size, b.size));
}

/**
 * A 2–3 sentence summary: the lead, then the most informative following sentences — dense
 * in figures, claims, dates and named entities, early in the text, not mostly a quotation and
 * not repeating what is already chosen — kept in reading order.
 */
export default function summary() {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value);
    const d = file.data;
    // Word counts of the sentences read here, counted once.
    const counts = new Map<Sentence, number>();
    const wordsOf = (s: Sentence) => {
      let n = counts.get(s);
      if (n === undefined) counts.set(s, (n = wordCount(text, s.start, s.end)));
      return n;
    };
    // A sentence that ends with a full stop, a question or a closing quotation is never a
    // headline (`isHeadline` turns down lines ending so), and needs six words.
    const sentences = (d.sentences ?? []).filter((s) => s.end > s.start && SENTENCE_END.has(text[s.end - 1]) && wordsOf(s) >= 6);
    if (!sentences.length) {
      file.data.summary = '';
      file.data.summarySentenceIds = [];
      return;
    }
    // Facts by sentence id, weighted: figures and claims say most.
    const weight = new Map<string, number>();
    const add = (id: string, w: number) => weight.set(id, (weight.get(id) ?? 0) + w);
    for (const f of d.figures ?? []) add(f.sentenceId, f.kind === 'count' ? 2 : 1);
    for (const c of d.claims ?? []) add(c.sentenceId, 1.5);
    for (const x of d.dates ?? []) add(x.sentenceId, x.role === 'event' ? 1 : 0.5);
    // Named entities count once per sentence each, and a list of places counts little more than one.
    const entityWeight = new Map<string, number>();
    const mentionWeight = (entities: { mentions: { sentenceId: string }[] }[], w: number) => {
      for (const e of entities) {
        const seen = new Set<string>();
        for (const { sentenceId: id } of e.mentions) {
          if (seen.has(id)) continue;
          seen.add(id);
          entityWeight.set(id, (entityWeight.get(id) ?? 0) + w);
        }
      }
    };
    mentionWeight(d.people ?? [], 0.7);
    mentionWeight(d.organizations ?? [], 0.7);
    mentionWeight(d.places ?? [], 0.4);
    for (const [id, w] of entityWeight) add(id, Math.min(w, 2));
    const quoted = new Map<string, number>();
    for (const q of d.quotes ?? []) quoted.set(q.sentenceId, (quoted.get(q.sentenceId) ?? 0) + (q.end - q.start));

    const lead = sentences[0];
    const chosen: Sentence[] = [lead];
    let total = wordsOf(lead);
    const bags = [contentWords(text.slice(lead.start, lead.end))];
    const scored = sentences.slice(1, WINDOW).map((s, i) => {
      const t = text.slice(s.start, s.end);
      const quoteShare = (quoted.get(s.id) ?? 0) / Math.max(1, t.length);
      // A sentence opening with a pronoun ("It said …") leans on one the summary may not include.
      const dangling = /^(?:it|they|he|she|this|these|those|its|their|his|her)\b/i.test(t) ? 0.6 : 0;
      const score = (weight.get(s.id) ?? 0) / Math.sqrt(wordsOf(s)) - i * 0.06 - (quoteShare > 0.5 ? 0.5 : 0) - dangling;
      return { s, score };
    });
    scored.sort((a, b) => b.score - a.score || a.s.start - b.s.start);
    for (const { s, score } of scored) {
      if (chosen.length >= MAX_SENTENCES || score <= 0) break;
      const w = wordsOf(s);
      if (chosen.length >= 2 && total + w > MAX_WORDS) continue;
      const bag = contentWords(text.slice(s.start, s.end));
      if (bags.some((b) => overlap(b, bag) > 0.6)) continue;
      chosen.push(s);
      bags.push(bag);
      total += w;
    }
    // Two sentences at least when the text has them, even without scored facts.
    if (chosen.length < 2 && sentences[1]) chosen.push(sentences[1]);
    chosen.sort((a, b) => a.start - b.start);
    file.data.summary = chosen.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ')).join(' ');
    file.data.summarySentenceIds = chosen.map((s) => s.id);
  };
}
