import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Claim } from '../../schemas/statements.ts';
import { provenanceAt } from '../provenance.ts';
import { attributionOf, type Analysis, type SentenceView } from '../attribution/analysis.ts';
import { verbSpeaker } from '../attribution/speaker-resolution.ts';
import { invertedSubject, reportingLemma, type Clause } from '../attribution/clauses.ts';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS, SUBORDINATORS, VERB_ADVERBS } from '../../text/lexicons/grammar.ts';
import { CLAIM_NOUNS, CLAIMING_LEMMAS, DENYING_LEMMAS, DESCRIBING_LEMMAS, HEDGING_LEMMAS } from '../../text/lexicons/speech.ts';
import { headOf, type Speaker } from '../attribution/speakers.ts';
import { firstEndingAfter, isQuoteMark, type Token } from '../../text/tokens.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../text/lexicons/calendar.ts';

/** Speakers who comment on or witness events rather than take part in them: their words are quotes, not party claims. */
const NON_PARTY = new Set(`
  analyst analysts expert experts researcher researchers observer observers critic critics resident residents witness
  witnesses eyewitness eyewitnesses local locals villager villagers journalist journalists reporter reporters academic
  academics report reports
`.trim().split(/\s+/));

const TYPES: [Claim['type'], RegExp][] = [
  ['responsibility', /\bresponsib|\bbehind the\b|\b(?:it|they|we|its fighters)\s+(?:had\s+|has\s+|have\s+)?(?:carried out|launched|conducted|staged)\b/i],
  ['casualties', /\bkill|\bneutrali[sz]|\bdead\b|\bdeaths?\b|\bwound|\binjur|\bcasualt|\btoll\b|\bdied\b|\bslain\b|\beliminat/i],
  ['control', /\bseiz|\bcaptur|\btook over\b|\boverr[au]n|\bretook|\bretak|\brecaptur|\btotal control\b|\bcontrol of\b/i],
  ['outcome', /\brepel|\brepuls|\bthwart|\bfoil|\bdefeat|\bsuccess|\brecover|\bdestroy|\bpushed back|\bregain|\broute?d\b|\bcounteroffensive|\bvictor/i],
  ['control', /(?<!under )\bcontrol\b|\boccup|\bheld\b|\bhold(?:s|ing)?\b/i],
];

const classify = (text: string): Claim['type'] => TYPES.find(([, re]) => re.test(text))?.[0] ?? 'account';

/** The verb's subject follows a quotation that opens the sentence ("“…,” the army said"). */
function quotedBefore(c: Clause, v: number): boolean {
  const first = c.tokens.findIndex((t) => t.kind === 'word');
  if (first < 0 || !c.quoted[first]) return false;
  for (let k = v - 1; k >= 0; k--) {
    if (c.quoted[k]) return true;
    if (c.tokens[k].kind === 'word' && reportingLemma(c, k)) return false;
  }
  return false;
}

const NEGATION = new Set(['not', 'never', "n't", 'no']);
const HEDGES = /\b(?:may|might|could|possibly|allegedly|reportedly|apparently|probably|likely|unconfirmed)\b/;

/** End of the claimed clause: a new clause ("while …", ", but …", ", noting …") or the sentence end. */
function complementEnd(c: Clause, from: number): number {
  const t = c.tokens;
  for (let i = from; i < t.length; i++) {
    const w = t[i];
    if (w.text === ';' || w.text === '—' || (w.text === '.' && i === t.length - 1)) return i;
    if (w.kind === 'word' && ['while', 'whereas', 'although', 'though', 'but'].includes(w.lower) && i > from && !c.quoted[i]) return i;
    if (w.text === ',') {
      let k = i + 1;
      while (t[k] && isQuoteMark(t[k])) k++;
      const n = t[k];
      if (!n) return i;
      if (n.kind === 'word' && ((/ing$/.test(n.lower) && !['including', 'according', 'regarding', 'concerning'].includes(n.lower)) || SUBORDINATORS.has(n.lower) || ['a', 'an', 'but', 'which', 'who', 'according', 'without', 'despite'].includes(n.lower))) return c.quoted[i] ? k : i;
    }
    // A claim that opens with a quotation ends with it, unless its verb follows ("“80 militants” were killed").
    if (c.quoted[from] && !c.quoted[i] && i > from && c.quoted[i - 1] && !(w.kind === 'word' && AUXILIARIES.has(w.lower))) return i;
    if (w.kind === 'word' && w.lower === 'and' && reportingLemma(c, i + 1)) return i;
    if (i - from >= 24) {
      for (let k = i; k > from + 6; k--) if (t[k].text === ',' || (t[k].kind === 'word' && ['following', 'after', 'amid', 'as', 'in', 'during'].includes(t[k].lower))) return k;
      return i;
    }
  }
  return t.length;
}

/** The responsibility idiom without a reporting verb: "has taken responsibility for". */
const TAKING = new Set(['take', 'takes', 'took', 'taken', 'taking', 'accept', 'accepts', 'accepted', 'assume', 'assumed']);
const takesResponsibility = (c: Clause, i: number) => c.tokens[i + 1]?.lower === 'responsibility' && TAKING.has(c.tokens[i].lower);

/** What the steps of `claimsIn` share: the file, its attribution analysis, the sentence and the claims found. */
interface SentenceClaims {
  file: VFile;
  a: Analysis;
  s: SentenceView;
  out: Claim[];
}

/** The lemma of a claiming or describing verb at token v that states something, or null. */
function claimingLemmaAt(c: Clause, v: number): string | null {
  const t = c.tokens;
  const lemma = takesResponsibility(c, v) ? 'claim' : reportingLemma(c, v);
  if (!lemma || !(CLAIMING_LEMMAS.has(lemma) || DESCRIBING_LEMMAS.has(lemma))) return null;
  // "urging citizens to … report": an infinitive states nothing; "without saying where" states nothing either.
  if (t[v].lower === lemma && t[v - 1] && ['to', 'and', 'or'].includes(t[v - 1].lower)) return null;
  if (t[v - 1] && ['without', 'before', 'after'].includes(t[v - 1].lower)) return null;
  return lemma;
}

/** The speaker is a witness or commentator (not an entity of the report), not a party. */
function isNonParty(c: Clause, speaker: Speaker): boolean {
  const head = headOf(c.tokens, tokenIndex(c, speaker.start), tokenIndex(c, speaker.end) + 1);
  return !!head && NON_PARTY.has(head.lower) && !speaker.entity;
}

/** "…, a claim the army denied": the clause before the claim noun at `onClaim`, from its "that" or reporting verb on. */
function clauseBeforeClaimNoun(c: Clause, onClaim: number): { from: number; to: number } {
  const t = c.tokens;
  for (let k = onClaim - 1; k > c.mainStart; k--) {
    if (!c.quoted[k] && (t[k].lower === 'that' || reportingLemma(c, k))) return { from: k + 1, to: onClaim };
  }
  return { from: c.mainStart, to: onClaim };
}

/** The verb's complement: after adverbs, and after what leads to the clause ("in a statement that …", ": “…”"). */
function complementAfter(c: Clause, v: number): { from: number; to: number } {
  const t = c.tokens;
  let from = v + 1;
  while (from < t.length && VERB_ADVERBS.has(t[from].lower)) from++;
  // "boasted in a social media statement that …", "stated in a broadcast: “…”": skip to the clause.
  for (let k = from; k < Math.min(t.length, from + 12); k++) {
    if (t[k].lower === 'that' || t[k].text === ':' || (isQuoteMark(t[k]) && c.quoted[k] && k > from && t[k - 1].text === ',')) {
      from = k + 1;
      break;
    }
    if (reportingLemma(c, k) || (t[k].kind === 'word' && AUXILIARIES.has(t[k].text)) || (c.quoted[k] && !isQuoteMark(t[k]))) break;
  }
  if (t[from]?.lower === 'that' || t[from]?.text === ':' || t[from]?.text === ',') from++;
  return { from, to: complementEnd(c, from) };
}

/**
 * The token range claimed by the verb at v (untrimmed), or null when what is claimed is the
 * quotation before it ("“…,” the statement said").
 */
function claimedRange(c: Clause, v: number, speaker: Speaker, passive: boolean): { from: number; to: number } | null {
  const t = c.tokens;
  const subjectStart = tokenIndex(c, speaker.start);
  // ", the military said, …" / ", it said.": an attribution after the clause it attributes.
  const after = t[v + 1];
  const parenthetical = !passive && subjectStart > c.mainStart + 2 && t[subjectStart - 1]?.text === ',' && !c.quoted[subjectStart - 1] && (!after || after.kind === 'punct' || PREPOSITIONS.has(after.lower) || TIME_WORDS.has(after.lower));
  // "…, a claim the army denied": a relative clause on a noun that stands for the clause before.
  const onClaim = passive ? -1 : claimNounBefore(c, subjectStart);
  const inverted = !passive && !quotedBefore(c, v) && invertedSubject(c, v);
  if (passive) return { from: c.mainStart, to: v - 1 };
  if (onClaim >= 0) return clauseBeforeClaimNoun(c, onClaim);
  // "Gunmen burned the market, said Jane Doe, a local leader": what is claimed is the clause before.
  if (inverted) return { from: c.mainStart, to: v - 1 };
  // "Militants attacked three camps, the military said, …": what is claimed is the clause before.
  if (parenthetical && !quotedBefore(c, v)) return { from: c.mainStart, to: subjectStart - 1 };
  // "“…,” the statement said": what is claimed is the quotation.
  if (quotedBefore(c, v)) return null;
  return complementAfter(c, v);
}

/** "“…,” the statement said": the quotation that closes in this sentence before the verb at v, claimed whole. */
function quotationClaim(st: SentenceClaims, v: number, speaker: Speaker): void {
  const { a, s } = st;
  const t = s.clause.tokens;
  const q = a.quotes.find((x) => x.end <= t[v].start && x.closing.index === s.index && x.end >= s.start);
  if (!q) return;
  st.out.push({ ...provenanceAt(st.file, q.innerStart), by: speaker.text, byEntity: speaker.entity, text: q.text, stance: 'assert', type: classify(q.text), start: q.innerStart, end: q.innerEnd });
}

/** Keep a quotation whole: the end past the closing mark when from..to opens one it does not close ("…as “coordinated and high quality”"). */
function quotationWholeEnd(c: Clause, from: number, to: number): number {
  const t = c.tokens;
  let marks = 0;
  for (let k = from; k < to; k++) if (isQuoteMark(t[k]) && c.quoted[k]) marks++;
  if (marks % 2 === 1) {
    let k = to;
    while (k < t.length && c.quoted[k] && !isQuoteMark(t[k])) k++;
    while (k < t.length && /^[,.;:!?]$/.test(t[k].text) && c.quoted[k]) k++;
    if (t[k] && isQuoteMark(t[k])) return k + 1;
  }
  return to;
}

/** The stance of a claim: denied, hedged (negated verb, hedging verb or words) or asserted. */
function stanceOf(t: Token[], v: number, lemma: string, text: string): Claim['stance'] {
  const negated = t.slice(Math.max(0, v - 3), v).some((x) => NEGATION.has(x.lower) || /n't$/.test(x.lower));
  if (DENYING_LEMMAS.has(lemma)) return 'deny';
  if (negated || HEDGING_LEMMAS.has(lemma) || HEDGES.test(text)) return 'hedge';
  return 'assert';
}

/** The claim (if any) of the claiming or describing verb at token v, whose lemma is `lemma`. */
function claimAt(st: SentenceClaims, v: number, lemma: string): void {
  const c = st.s.clause;
  const t = c.tokens;
  const speaker = verbSpeaker(st.a, st.s, v);
  if (!speaker || isNonParty(c, speaker)) return;
  // What is claimed: the verb's complement, or for a passive ("was claimed by X") its subject.
  const passive = t[v - 1] && AUXILIARIES.has(t[v - 1].lower) && t[v + 1]?.lower === 'by';
  const range = claimedRange(c, v, speaker, passive);
  if (!range) {
    quotationClaim(st, v, speaker);
    return;
  }
  let { from, to } = range;
  while (from < to && t[from].kind === 'punct' && !(isQuoteMark(t[from]) && c.quoted[from])) from++;
  while (to > from && (isQuoteMark(t[to - 1]) || /^[,.;:]$/.test(t[to - 1].text))) to--;
  to = quotationWholeEnd(c, from, to);
  if (to <= from || (DESCRIBING_LEMMAS.has(lemma) && !t.slice(from, to).some((x) => x.lower === 'as'))) return;
  const start = t[from].start;
  const end = t[to - 1].end;
  const text = st.a.text.slice(start, end).replace(/\s+/g, ' ');
  const stance = stanceOf(t, v, lemma, text);
  let type: Claim['type'] = stance === 'deny' ? 'denial' : classify(text);
  if (stance !== 'deny' && passive && lemma === 'claim') type = 'responsibility';
  st.out.push({ ...provenanceAt(st.file, start), by: speaker.text, byEntity: speaker.entity, text, stance, type, start, end });
}

/** The claims of one sentence, appended to `out`: one per claiming or describing verb outside quotations. */
function claimsIn(file: VFile, s: SentenceView, out: Claim[]) {
  const st: SentenceClaims = { file, a: attributionOf(file), s, out };
  const c = s.clause;
  for (let v = 0; v < c.tokens.length; v++) {
    if (c.quoted[v]) continue;
    const lemma = claimingLemmaAt(c, v);
    if (lemma) claimAt(st, v, lemma);
  }
}

/** Words after which ", X said" closes its sentence: "…, the office said Friday". */
const TIME_WORDS = new Set([...WEEKDAY_WORDS, ...MONTH_WORDS, 'today', 'yesterday', 'tonight', 'overnight', 'late', 'early', 'earlier', 'later', 'last', 'this', 'on']);


/** Index of the comma before ", a claim [the speaker …]", or -1. */
function claimNounBefore(c: Clause, subjectStart: number): number {
  let j = subjectStart - 1;
  let noun = false;
  while (j > 0 && c.tokens[j].kind === 'word' && (DETERMINERS.has(c.tokens[j].lower) || CLAIM_NOUNS.has(c.tokens[j].lower)) && !c.quoted[j]) {
    if (CLAIM_NOUNS.has(c.tokens[j].lower)) noun = true;
    j--;
  }
  return noun && j > c.mainStart && (c.tokens[j].text === ',' || c.tokens[j].text === '—' || c.tokens[j].text === '–') ? j : -1;
}

/** Index of the token holding `offset` or after it, else the last token. */
const tokenIndex = (c: Clause, offset: number) => Math.min(firstEndingAfter(c.tokens, offset), c.tokens.length - 1);

/**
 * A party's claims: of responsibility ("claimed responsibility for the attacks", "the attack was
 * claimed by X"), of control or gains ("claimed control of three barracks"), of casualties and
 * outcomes ("said it repelled the attacks"), denials ("denied involvement") and other accounts.
 * Witnesses and commentators are not parties: their words stay quotes.
 */
export default function claims() {
  return (_tree: Root, file: VFile) => {
    const a = attributionOf(file);
    const out: Claim[] = [];
    for (const s of a.sentences) claimsIn(file, s, out);
    file.data.claims = out;
  };
}
