import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { isHeadline } from './title.ts';

const MAX_SENTENCES = 3;
const MAX_WORDS = 75;

/**
 * A 2–3 sentence summary: the lead, then the most informative of the following
 * sentences (those dense in named entities, figures and quotes), kept in reading order.
 */
export default function summary() {
  return (_tree: Root, file: VFile) => {
    const text = String(file.value);
    const sentences = (file.data.sentences ?? []).filter((s) => {
      const t = text.slice(s.start, s.end);
      return !isHeadline(t) && /[.!?"”’]$/.test(t) && t.split(/\s+/).length >= 6;
    });
    if (!sentences.length) {
      file.data.summary = '';
      file.data.summarySentenceIds = [];
      return;
    }
    const inside = (start: number, s: { start: number; end: number }) => start >= s.start && start < s.end;
    const starts = [
      ...(file.data.figures ?? []).map((f) => f.start),
      ...(file.data.people ?? []).flatMap((p) => p.mentions.map((m) => m.start)),
      ...(file.data.organizations ?? []).flatMap((o) => o.mentions.map((m) => m.start)),
      ...(file.data.places ?? []).flatMap((p) => p.mentions.map((m) => m.start)),
    ];
    const scored = sentences.slice(1, 12).map((s, i) => {
      const facts = starts.filter((x) => inside(x, s)).length;
      const words = text.slice(s.start, s.end).split(/\s+/).length;
      return { s, score: facts / Math.sqrt(words) - i * 0.05 };
    });
    scored.sort((a, b) => b.score - a.score || a.s.start - b.s.start);
    const chosen = [sentences[0]];
    let words = text.slice(sentences[0].start, sentences[0].end).split(/\s+/).length;
    for (const { s } of scored) {
      if (chosen.length >= MAX_SENTENCES) break;
      const w = text.slice(s.start, s.end).split(/\s+/).length;
      if (chosen.length >= 2 && words + w > MAX_WORDS) continue;
      chosen.push(s);
      words += w;
    }
    chosen.sort((a, b) => a.start - b.start);
    file.data.summary = chosen.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ')).join(' ');
    file.data.summarySentenceIds = chosen.map((s) => s.id);
  };
}
