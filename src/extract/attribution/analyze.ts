// Builds the attribution analysis of a file: sentences as clauses, quotation spans, names
// introduced with a title or in apposition, and the speaker of each quotation, in order.
import type { VFile } from 'vfile';
import { findMainStart, type Clause } from './clauses.ts';
import { findQuoteSpans, isNickname, type QuoteSpan } from './quotemarks.ts';
import { knownName, titledNames } from './speakers.ts';
import { tokenize } from '../../text/tokens.ts';
import { appositiveNames } from './names.ts';
import { coversAny, lastBefore, overlapsAny } from '../../text/spans.ts';
import { tokenAt, type Analysis, type QuoteView, type SentenceView } from './analysis.ts';
import { quoteAttribution } from './quote-attribution.ts';

/**
 * The analysis of `file` that the statement plugins share (see the `attribution` plugin, which runs
 * it once, after the entity plugins): sentences as clauses, quotation spans, names introduced
 * with a title or in apposition, entity and agency mentions.
 */
export function analyzeAttribution(file: VFile): Analysis {
  return build(file);
}

function build(file: VFile): Analysis {
  const text = String(file.value);
  const d = file.data;
  const spans: QuoteSpan[] = [];
  for (const p of d.paragraphs ?? []) spans.push(...findQuoteSpans(text, p.start, p.end).filter((q) => !isNickname(text, q)));
  const inQuote = coversAny(spans);
  const touchesQuote = overlapsAny(spans);
  const sentences: SentenceView[] = (d.sentences ?? []).map((s, index) => {
    const tokens = tokenize(text, s.start, s.end);
    // Most sentences hold no quotation: their tokens need no look-up each.
    const quoted = touchesQuote(s.start, s.end) ? tokens.map((t) => inQuote(t.start)) : tokens.map(() => false);
    const clause: Clause = { tokens, quoted, mainStart: 0 };
    clause.mainStart = findMainStart(tokens, quoted);
    return { ...s, index, text: text.slice(s.start, s.end), clause };
  });
  const a: Analysis = {
    text,
    sentences,
    quotes: [],
    index: { people: d.people ?? [], organizations: d.organizations ?? [], places: d.places ?? [], names: [] },
    agencyMentions: (d.agencies ?? []).flatMap((ag) => ag.mentions.map((m) => ({ name: ag.name, start: m.start, end: m.end }))),
    subjects: sentences.map(() => undefined),
  };
  // Names introduced with a title anywhere in the text, so that a later bare surname resolves.
  for (const s of sentences) {
    for (const n of titledNames(s.clause.tokens, 0, s.clause.tokens.length)) {
      if (n.name.includes(' ') && !knownName(a.index.names, n.name)) a.index.names.push({ full: n.name, surname: n.name.split(' ').at(-1)!, start: n.start, role: n.role });
    }
    for (const n of appositiveNames(s.clause.tokens, s.clause.quoted)) {
      const known = knownName(a.index.names, n.name);
      if (!known) a.index.names.push({ full: n.name, surname: n.name.split(' ').at(-1)!, start: n.start, role: n.role });
      else if (!known.role) known.role = n.role;
    }
  }
  // Sentences are in reading order and do not overlap: the one holding an offset, else the last
  // before it, is the last that starts at or before it.
  const sentenceOf = (offset: number) => sentences[lastBefore(sentences, offset + 1)];
  for (const span of spans.sort((x, y) => x.start - y.start)) {
    const sentence = sentenceOf(span.start);
    if (!sentence) continue;
    const last = sentences[lastBefore(sentences, span.end)];
    const closing = last && span.end <= last.end ? last : sentence;
    const q: QuoteView = { ...span, sentence, closing, text: text.slice(span.innerStart, span.innerEnd).replace(/\s+/g, ' '), speaker: null, reportedBy: null };
    const attribution = quoteAttribution(a, q);
    q.speaker = attribution.speaker;
    q.reportedBy = attribution.reportedBy;
    q.source = attribution.source;
    a.quotes.push(q);
  }
  // A quotation running over paragraphs (left open at a paragraph end) may be attributed only
  // in its last paragraph: '… "Many arrive with nothing. ¶ "Children make up half," X told reporters.'
  for (let i = a.quotes.length - 2; i >= 0; i--) {
    const q = a.quotes[i];
    const r = a.quotes[i + 1];
    if (!q.open || q.source === 'explicit' || r.source !== 'explicit' || !r.speaker) continue;
    const next = a.sentences[q.closing.index + 1];
    if (!next || r.sentence !== next || next.paragraph !== q.closing.paragraph + 1) continue;
    if (r.sentence.clause.tokens.slice(0, tokenAt(r.sentence, r.start)).some((t) => t.kind !== 'punct')) continue;
    q.speaker = r.speaker;
    q.reportedBy = r.reportedBy;
    q.source = 'explicit';
  }
  a.complete = true;
  return a;
}
