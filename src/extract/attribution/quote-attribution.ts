// Who states what is written where: the speaker of a position in the text (`attributionAt`),
// and of each quotation, read in steps from its closing mark back to the sentences before.
import { attributingVerbs, nextComma, phraseAfter, withAppositive, reportingLemma, subjectOf, verbClass } from './clauses.ts';
import { AUXILIARIES } from '../../text/lexicons/grammar.ts';
import { ATTRIBUTING_LEMMAS } from '../../text/lexicons/speech.ts';
import { describe, type Speaker } from './speakers.ts';
import { lookups, tokenAt, type Analysis, type Attribution, type QuoteView, type SentenceView } from './analysis.ts';
import { accordingTo, lastVerb, reporterIn, resolve, verbSpeaker } from './speaker-resolution.ts';

/**
 * Who states what is written at `offset` of sentence s: the subject of the nearest attributing
 * verb before it, "according to X", or a closing ", X said". Null in the outlet's own voice.
 */
export function attributionAt(a: Analysis, offset: number): Attribution {
  const look = lookups(a);
  const s = look.sentenceAt(offset);
  if (!s) return { speaker: null, reportedBy: null };
  const q = look.quoteAt(offset);
  if (q) return { speaker: q.speaker, reportedBy: q.reportedBy };
  const speaker = speakerBefore(a, s, tokenAt(s, offset)) ?? speakerAfter(a, s, tokenAt(s, offset));
  return { speaker, reportedBy: speaker ? reporterIn(a, s, speaker) : null };
}

/** Speaker of the nearest attributing verb before token `to` (or of "according to X" when nearer). */
function speakerBefore(a: Analysis, s: SentenceView, to: number): Speaker | null {
  const acc = accordingTo(a, s);
  for (let v = lastVerb(s, 0, to); v >= 0; v = lastVerb(s, 0, v)) {
    if (acc && acc.at > v) break;
    const sp = verbSpeaker(a, s, v);
    if (sp) return sp;
  }
  return acc?.speaker ?? null;
}

/** ", the army said." after token `from`: a reporting verb whose subject follows a comma or a quotation. */
function speakerAfter(a: Analysis, s: SentenceView, from: number): Speaker | null {
  const c = s.clause;
  // Every path below returns: only the first attributing verb from `from` on is read.
  for (const v of attributingVerbs(c)) {
    if (v < from) continue;
    // "…, said the spokesman": verb first.
    const before = c.tokens[v - 1];
    if (before && (before.text === ',' || c.quoted[v - 1])) {
      const np = phraseAfter(c, v + 1);
      if (np) return resolve(a, s, describe(a.text, c, np.start, np.end, a.index));
    }
    let k = v - 1;
    while (k > from && !(c.tokens[k].text === ',' || c.quoted[k])) k--;
    if (k <= from) return null;
    const subj = subjectOf(c, v, k + 1);
    if (subj.kind === 'np' && subj.start === k + 1) return resolve(a, s, describe(a.text, c, subj.start, subj.end, a.index));
    return null;
  }
  return null;
}

/**
 * 1. Right after the closing mark: "…," X said / "…," said X / "…," according to X. Only a
 * quotation that ends its utterance ("…,", "…?", "…" —) is followed by its attribution;
 * 'had "liberated" several towns' goes on with the writer's clause.
 */
function attributionAfterQuote(a: Analysis, q: QuoteView): Attribution | null {
  const text = a.text;
  const closing = q.closing;
  const c = closing.clause;
  let k = tokenAt(closing, q.end);
  while (k < c.tokens.length && !c.quoted[k] && /^[,—–-]$/.test(c.tokens[k].text)) k++;
  const ended = q.open || /[,.!?…—–-]/.test(text[q.end - 2] ?? '') || (k > 0 && !c.quoted[k - 1]);
  if (!(ended && k < c.tokens.length && !c.quoted[k] && k > 0 && (c.quoted[k - 1] || /^[,—–-]$/.test(c.tokens[k - 1].text)))) return null;
  const explicit = (sp: Speaker | null | undefined): Attribution | null => (sp ? { speaker: sp, source: 'explicit', reportedBy: reporterIn(a, closing, sp) } : null);
  const lemma = reportingLemma(c, k) ?? (verbClass(c, k) === 'report' ? 'say' : null);
  if (c.tokens[k].lower === 'according' && c.tokens[k + 1]?.lower === 'to') {
    // "“…,” according to a statement from the operator, Seaborne Lines."
    const np0 = phraseAfter(c, k + 2);
    const np = np0 && withAppositive(c, np0);
    return explicit(np && resolve(a, closing, describe(text, c, np.start, np.end, a.index)));
  }
  if (lemma && ATTRIBUTING_LEMMAS.has(lemma) && !/ing$/.test(c.tokens[k].lower)) {
    const np = phraseAfter(c, k + 1);
    return explicit(np && resolve(a, closing, describe(text, c, np.start, np.end, a.index)));
  }
  for (let v = k + 1; v < Math.min(c.tokens.length, k + 24); v++) {
    if (c.quoted[v]) break;
    // "…," a nurse, who asked not to be named, told Reuters: skip the relative clause.
    if (c.tokens[v].text === ',' && ['who', 'which', 'whose', 'speaking'].includes(c.tokens[v + 1]?.lower ?? '')) {
      const close = nextComma(c, v + 1);
      if (close < 0) break;
      v = close;
      continue;
    }
    const l = reportingLemma(c, v);
    if (!l) {
      if (verbClass(c, v) && !AUXILIARIES.has(c.tokens[v].lower)) break;
      continue;
    }
    if (!ATTRIBUTING_LEMMAS.has(l)) break;
    const subj = subjectOf(c, v, k);
    if (subj.kind === 'np' && subj.start === k) return explicit(resolve(a, closing, describe(text, c, subj.start, subj.end, a.index)));
    break;
  }
  return null;
}

/**
 * 3. A quotation that opens its sentence continues the previous quotation, or the previous
 * sentence's speaker.
 */
function continuedAttribution(a: Analysis, q: QuoteView, open: number): Attribution | null {
  const s = q.sentence;
  const startsSentence = s.clause.tokens.slice(0, open).every((t) => t.kind === 'punct');
  if (!startsSentence) return null;
  const prev = a.quotes.at(-1);
  const adjacent = prev && (prev.closing.index === s.index - 1 || prev.closing.index === s.index);
  const opensParagraph = !a.sentences[s.index - 1] || a.sentences[s.index - 1].paragraph !== s.paragraph;
  if (prev && prev.speaker && adjacent && (prev.closing.paragraph === s.paragraph || prev.open || opensParagraph)) {
    return { speaker: prev.speaker, reportedBy: prev.reportedBy, source: 'continued' };
  }
  const ps = a.sentences[s.index - 1];
  if (ps && (ps.paragraph === s.paragraph || /:\s*$/.test(ps.text))) {
    const sp = speakerBefore(a, ps, ps.clause.tokens.length);
    if (sp) return { speaker: sp, reportedBy: reporterIn(a, ps, sp), source: 'context' };
  }
  return null;
}

/**
 * 4. A sentence with no attribution of its own goes on with the account of the sentence before,
 * in the same paragraph: 'The air force said it downed 103 drones. Another 40 were "lost".'
 */
function accountGoingOn(a: Analysis, q: QuoteView): Attribution | null {
  const s = q.sentence;
  const ps = a.sentences[s.index - 1];
  if (s === q.closing && ps && ps.paragraph === s.paragraph && lastVerb(s, 0, s.clause.tokens.length) < 0 && !accordingTo(a, s)) {
    const sp = speakerBefore(a, ps, ps.clause.tokens.length) ?? speakerAfter(a, ps, 0);
    if (sp) return { speaker: sp, reportedBy: reporterIn(a, ps, sp), source: 'context' };
  }
  return null;
}

/** Who speaks a quotation: the first of these readings that finds a speaker. */
export function quoteAttribution(a: Analysis, q: QuoteView): Attribution {
  const after = attributionAfterQuote(a, q);
  if (after) return after;
  // 2. Before the opening mark, in the same sentence: X said/described … as "…", according to X.
  const s = q.sentence;
  const open = tokenAt(s, q.start);
  const before = speakerBefore(a, s, open);
  if (before) return { speaker: before, source: 'explicit', reportedBy: reporterIn(a, s, before) };
  // 2b. An attribution closing the sentence: 'another 96 were "lost" after being jammed, it said.'
  const closingAfter = speakerAfter(a, q.closing, tokenAt(q.closing, q.end));
  if (closingAfter) return { speaker: closingAfter, source: 'explicit', reportedBy: reporterIn(a, q.closing, closingAfter) };
  return continuedAttribution(a, q, open) ?? accountGoingOn(a, q) ?? { speaker: null, reportedBy: null };
}
