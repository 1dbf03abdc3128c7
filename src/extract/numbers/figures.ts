// Figures read from number mentions: a handler per kind of figure (count, ordinal, duration,
// percent, money) in a registry, `FIGURE_HANDLERS`. Each reads one mention in its sentence and
// says what the figure counts (`unit`), what happened to it (`subject`) and where it ends, or
// that the mention is no figure. The figures plugin (plugins/figures.ts) runs them in order.
import type { Figure } from '../../schemas/statements.ts';
import type { Analysis, SentenceView } from '../attribution/analysis.ts';
import { countedNoun, eventFor, isPluralNoun, rankedIncident, tollFor } from './counted.ts';
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, IRREGULAR_PAST, PREPOSITIONS, SUBORDINATORS, VERB_ADVERBS } from '../../text/lexicons/grammar.ts';
import { MEASURE_NOUNS, QUALIFIERS, TIME_UNITS } from '../../text/lexicons/quantities.ts';
import { ATTRIBUTING_LEMMAS } from '../../text/lexicons/speech.ts';
import { reportingLemma, type Clause } from '../attribution/clauses.ts';

/** Participles that, after a bare number, count people ("62 wounded"). */
const CASUALTY_PARTICIPLES = new Set(['killed', 'dead', 'died', 'wounded', 'injured', 'hurt', 'missing', 'unaccounted', 'displaced', 'abducted', 'kidnapped', 'arrested', 'detained', 'rescued', 'freed', 'executed', 'massacred']);

/** Participles through which a count gets its state ("350 reported missing", "20 feared dead"). */
const REPORTED_AS = new Set(['reported', 'confirmed', 'feared', 'believed', 'presumed', 'listed']);

/** Active verbs whose bare numeric object counts people ("killed 38"). */
const CASUALTY_VERBS = new Set(['force', 'forced', 'forcing', 'drove', 'driven', 'uprooted', 'evacuating', 'kill', 'kills', 'killed', 'killing', 'wound', 'wounds', 'wounded', 'wounding', 'injure', 'injures', 'injured', 'injuring', 'displace', 'displaced', 'displacing', 'abduct', 'abducted', 'abducting', 'kidnap', 'kidnapped', 'kidnapping', 'execute', 'executed', 'massacre', 'massacred', 'evacuate', 'evacuated', 'arrest', 'arrested', 'detain', 'detained', 'rescue', 'rescued', 'free', 'freed']);

/** The count is a part of another: "including two children", "among them", "87 of them". */
function isPart(tokens: Token[], m: NumberMention, noun: { end: number }): boolean {
  let k = m.first - 1;
  while (tokens[k] && QUALIFIER_WORDS.has(tokens[k].lower)) k--;
  const before = tokens[k]?.lower ?? '';
  if (before === 'including' || (before === 'them' && tokens[k - 1]?.lower === 'among')) return true;
  return tokens[noun.end]?.lower === 'of' && ['them', 'whom', 'those'].includes(tokens[noun.end + 1]?.lower ?? '');
}

/** "11 of the dead were children", "14 of them children": the noun a part of a count names, with the state of the whole. */
function partitiveNoun(tokens: Token[], m: NumberMention): { head: number; end: number; subject: string | null } | null {
  const j = m.next;
  if (tokens[j]?.lower !== 'of') return null;
  const what = tokens[j + 1]?.lower ?? '';
  const whole = tokens[j + 2]?.lower ?? '';
  let k: number;
  let subject: string | null = null;
  if (['them', 'whom'].includes(what)) k = j + 2;
  else if (what === 'the' && PARTITIVE_WHOLES[whole] !== undefined) {
    k = j + 3;
    subject = PARTITIVE_WHOLES[whole];
  } else return null;
  if (tokens[k] && AUXILIARIES.has(tokens[k].lower)) k++;
  const n = tokens[k];
  if (!n || n.kind !== 'word' || !isPluralNoun(n.lower)) return null;
  const after = tokens[k + 1];
  if (after && after.kind === 'word' && !PREPOSITIONS.has(after.lower) && !CONJUNCTIONS.has(after.lower)) return null;
  return { head: k, end: k + 1, subject };
}
const PARTITIVE_WHOLES: Readonly<Record<string, string>> = dictionary({ dead: 'killed', killed: 'killed', victims: 'killed', injured: 'injured', wounded: 'wounded', casualties: 'casualties', missing: 'missing' });

/** Words that put a toll past its number ("passes 1,600"). */
const PASSING = new Set(['passes', 'passed', 'tops', 'topped', 'exceeds', 'exceeded', 'surpasses', 'surpassed', 'crosses', 'crossed', 'above', 'past', 'beyond']);

/** Token i (after adverbs) is an attributing verb: the phrase before it is a speaker. */
function isAttribution(c: Clause, i: number): boolean {
  while (c.tokens[i] && VERB_ADVERBS.has(c.tokens[i].lower)) i++;
  const lemma = reportingLemma(c, i);
  return !!lemma && ATTRIBUTING_LEMMAS.has(lemma);
}

/** Words that end a noun phrase. */
const CLOSED_CLASS = new Set([...AUXILIARIES, ...CONJUNCTIONS, ...DETERMINERS, ...PREPOSITIONS, ...SUBORDINATORS]);
import type { NumberKind, NumberMention } from './numbers.ts';
import { isCapitalized, isQuoteMark, type Token } from '../../text/tokens.ts';
import { dictionary } from '../../text/lexicons/dictionary.ts';

const QUALIFIER_WORDS = new Set(QUALIFIERS.flatMap((q) => q.words.split(' ')));

/** A number that is part of a name ("Resolution 2719", "Flight 17") is no figure. */
function inName(tokens: Token[], m: NumberMention, mainStart: number): boolean {
  const prev = tokens[m.first - 1];
  if (!prev || !isCapitalized(prev) || m.kind !== 'count' || m.word) return false;
  if (QUALIFIER_WORDS.has(prev.lower) || DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower)) return false;
  // At the clause start a capital may only mark the sentence ("Only 3 …", "Another 20 …"); a label
  // ("Grade 12", "Flight 302") is any other capitalized word right before the digits.
  return m.first - 1 > mainStart || !SENTENCE_STARTERS.has(prev.lower);
}

/** Capitalized words that may open a sentence right before a count. */
const SENTENCE_STARTERS = new Set(['only', 'just', 'exactly', 'precisely', 'fully', 'barely', 'still', 'another', 'and', 'but', 'so', 'yet', 'while', 'as', 'when', 'if', 'since', 'although', 'though']);

/** The figure kind of a number mention that has a handler, else null. */
export function figureKind(kind: NumberKind): Figure['kind'] | null {
  return Object.hasOwn(FIGURE_HANDLERS, kind) ? (kind as Figure['kind']) : null;
}

/** What a handler reads: the mention in its sentence, the figures found before it, the options. */
export interface FigureContext {
  analysis: Analysis;
  sentence: SentenceView;
  tokens: Token[];
  mention: NumberMention;
  /** The figures found so far in the text, in reading order. */
  found: readonly Figure[];
  options: FigureOptions;
}

/** A figure as a handler reads it; the plugin adds its value, claimant and provenance. */
export interface FigureReading {
  unit: string;
  subject: string | null;
  /** A qualifier the toll's verb gives ("passes 1,600": more than), when the number has none. */
  tollQualifier: string | null;
  /** Index of the figure's last token. */
  endToken: number;
}

/** Reads one number mention as a figure of its kind, or null: no figure. */
export type FigureHandler = (c: FigureContext) => FigureReading | null;

/** Kinds of figures and their handlers. Years, dates, ages, times and measures are no figures. */
export const FIGURE_HANDLERS: Readonly<Partial<Record<Figure['kind'], FigureHandler>>> = {
  count: readCount,
  ordinal: readOrdinal,
  duration: readDuration,
  percent: readPercent,
  money: readMoney,
};

export interface FigureOptions {
  /**
   * Kinds kept besides counts, percentages and money. Default: ordinals that rank an incident
   * ("the third attack") and durations that qualify a measure ("a 30-day curfew"). Years are
   * dates (the dates plugin keeps them) and other durations ("for over a decade") are time
   * frames, not figures an analyst compares.
   */
  ordinals?: boolean;
  durations?: boolean;
}

/** The noun a count without a counted noun of its own takes, from its neighbours, with the toll's subject and qualifier. */
interface ImplicitNoun {
  noun: { head: number; end: number };
  unit: string;
  tollSubject: string | null;
  tollQualifier: string | null;
}

/**
 * "killed 15 soldiers and wounded 20 others", "40 killed and dozens wounded": the count takes the
 * noun of the sentence's previous count, or people for casualties; "who number about 12,000" the
 * noun before; "the death toll rose to 5,300" the toll's.
 */
function implicitNoun({ analysis: a, sentence: s, tokens, mention: m, found: out }: FigureContext): ImplicitNoun | null {
  let noun: { head: number; end: number } | null = null;
  let unit: string | null = null;
  let tollSubject: string | null = null;
  let tollQualifier: string | null = null;
  const t1 = tokens[m.next];
  const before = tokens[m.first - 1];
  const inSentence = out.findLast((f) => f.sentenceId === s.id && f.kind === 'count');
  // "another 96 were lost", "a further 20": more of what was just counted, here or in the sentence before.
  const prevSentence = a.sentences[s.index - 1];
  const another = !!before && ['another', 'further', 'other'].includes(before.lower) && (!!inSentence || (prevSentence?.paragraph === s.paragraph && out.some((f) => f.sentenceId === prevSentence.id && f.kind === 'count')));
  const previous = inSentence ?? (another ? out.findLast((f) => f.sentenceId === prevSentence?.id && f.kind === 'count') : undefined);
  // "90,000 people on the Lebanese side and about 60,000 in Israel", "up from about 650": an elided noun.
  const comparing = !!before && ((before.lower === 'from' && ['up', 'down'].includes(tokens[m.first - 2]?.lower ?? '')) || (before.lower === 'with' && tokens[m.first - 2]?.lower === 'compared'));
  // "9 people had been rescued and that 25 were still unaccounted for"
  const thatClause = before?.lower === 'that' && CONJUNCTIONS.has(tokens[m.first - 2]?.lower ?? '');
  const joinsPrevious = !!before && (CONJUNCTIONS.has(before.lower) || before.text === ',' || before.lower === 'while' || comparing || thatClause);
  const nounElidedAfter = !t1 || (t1.kind === 'punct' && !/^[%$€£-]$/.test(t1.text)) || PREPOSITIONS.has(t1.lower) || AUXILIARIES.has(t1.lower);
  const elided = !!previous && joinsPrevious && nounElidedAfter && tokens[m.numFirst].lower !== 'one';
  const others = (!!t1 && ['others', 'more'].includes(t1.lower)) || another || elided;
  // "five were injured", "dozens wounded", 'another 96 were "lost"'
  let k = m.next;
  while (tokens[k] && (AUXILIARIES.has(tokens[k].lower) || VERB_ADVERBS.has(tokens[k].lower) || isQuoteMark(tokens[k]) || REPORTED_AS.has(tokens[k].lower))) k++;
  const casualty = !!tokens[k] && CASUALTY_PARTICIPLES.has(tokens[k].lower);
  // "gunmen killed 38 in attacks", "have killed thousands": a casualty verb counts people.
  const verbBefore = tokens[m.first - 1];
  const countsPeople = !!verbBefore && CASUALTY_VERBS.has(verbBefore.lower) && (!t1 || t1.kind !== 'word' || PREPOSITIONS.has(t1.lower) || CONJUNCTIONS.has(t1.lower));
  let toll: ReturnType<typeof tollFor> = null;
  if (countsPeople) {
    noun = { head: m.next - 1, end: m.next };
    unit = 'people';
  } else if (others || casualty) {
    noun = others && !another && !elided ? { head: m.next, end: m.next + 1 } : { head: m.next - 1, end: m.next };
    // A toll's unit ("deaths") cannot be missing or wounded: those are people.
    unit = casualty && (!previous || ['deaths', 'casualties'].includes(previous.unit)) ? 'people' : (previous?.unit ?? null);
  } else if (before && ['number', 'numbering', 'numbered', 'totalling', 'totaling'].includes(before.lower)) {
    // "troops, who number about 12,000", "a force numbering some 2,000": the noun before counts.
    let h = m.first - 2;
    while (h >= 0 && h >= m.first - 5 && (tokens[h].text === ',' || ['who', 'which', 'now', 'currently', 'still'].includes(tokens[h].lower))) h--;
    if (h >= 0 && tokens[h].kind === 'word' && (isPluralNoun(tokens[h].lower) || /^(?:force|contingent|mission|army|garrison)$/.test(tokens[h].lower))) {
      noun = { head: m.next - 1, end: m.next };
      unit = tokens[h].lower;
    }
  } else if ((toll = tollFor(tokens, m))) {
    // "the death toll rose to 5,300", "put the number of missing at 10,000"
    noun = { head: toll.head, end: toll.head + 1 };
    unit = toll.unit;
    tollSubject = toll.subject;
    // "the toll passes 1,600", "topped 2,000": more than the number.
    if (!m.qualifier && PASSING.has(tokens[m.first - 1]?.lower ?? '')) tollQualifier = 'more than';
  }
  if (!unit || !noun) return null;
  return { noun, unit, tollSubject, tollQualifier };
}

/** A count: needs a counted noun (its own, a part's, or one it takes from its neighbours). */
function readCount(c: FigureContext): FigureReading | null {
  const { sentence: s, tokens, mention: m, found: out } = c;
  if (inName(tokens, m, s.clause.mainStart)) return null;
  let unit: string | null = null;
  let tollSubject: string | null = null;
  let tollQualifier: string | null = null;
  let noun = countedNoun(tokens, m);
  // "11 of the dead were children", "at least 14 of them children": what the part counts.
  const partitive = noun ? null : partitiveNoun(tokens, m);
  if (partitive) {
    noun = partitive;
    tollSubject = partitive.subject;
  }
  if (noun) {
    unit = tokens[noun.head].text;
    // Acronyms and designators keep their case ("MPs", "F-16s").
    if (!/^\p{Lu}[\p{Lu}\d]+$/u.test(unit) && !/^\p{Lu}[\p{Lu}\d-]*\d[\p{Lu}\d-]*s?$/u.test(unit)) unit = unit.toLowerCase();
  } else {
    const implicit = implicitNoun(c);
    if (!implicit) return null;
    ({ noun, unit, tollSubject, tollQualifier } = implicit);
  }
  // "two security sources said": a count of informants is no figure.
  if (isAttribution(s.clause, noun.end) || /according to\s*$/i.test(s.text.slice(0, tokens[m.first].start - s.start).slice(-20))) return null;
  let subject = tollSubject ?? eventFor(tokens, m, noun);
  // "killing 14 people, including two children", "1,120 injured, 87 of them seriously": a
  // part of the count before it shares what happened to it.
  if (!subject && (partitive || isPart(tokens, m, noun))) subject = out.findLast((f) => f.sentenceId === s.id && f.kind === 'count' && f.subject)?.subject ?? null;
  // "one resident", "a dozen" alone are no figures unless something happened to them.
  if (m.value === 1 && !subject) return null;
  return { unit, subject, tollQualifier, endToken: noun.head };
}

/** An ordinal that ranks an incident ("the third attack"). */
function readOrdinal({ tokens, mention: m, options }: FigureContext): FigureReading | null {
  if (!(options.ordinals ?? true) || m.value < 2) return null;
  const k = rankedIncident(tokens, m);
  if (k < 0) return null;
  return { unit: tokens[k].lower, subject: null, tollQualifier: null, endToken: k };
}

/** Only a duration written into its noun ("30-day curfew", "two-week ceasefire"). */
function readDuration({ tokens, mention: m, options }: FigureContext): FigureReading | null {
  const noun = tokens[m.next];
  if (!(options.durations ?? true) || !m.hyphenUnit || !TIME_UNITS.has(m.hyphenUnit) || !noun || noun.kind !== 'word') return null;
  let k = m.next;
  // "30-day overnight curfew": the noun is at most one modifier further.
  const more = tokens[k + 1];
  if (more?.kind === 'word' && !CLOSED_CLASS.has(more.lower) && !/ly$|ed$|ive$/.test(more.lower) && !/ly$/.test(noun.lower)) k++;
  if (!MEASURE_NOUNS.has(tokens[k].lower) && !MEASURE_NOUNS.has(noun.lower)) return null;
  if (!MEASURE_NOUNS.has(tokens[k].lower)) k = m.next;
  return { unit: m.hyphenUnit.replace(/s$/, '') + 's', subject: tokens[k].lower, tollQualifier: null, endToken: k };
}

/** A percentage, of what when the text says ("40 percent of the population"). */
function readPercent({ tokens, mention: m }: FigureContext): FigureReading {
  let unit = 'percent';
  let endToken = m.next - 1;
  let k = m.next;
  if (tokens[k]?.lower === 'of') {
    k++;
    if (tokens[k] && DETERMINERS.has(tokens[k].lower)) k++;
    let head = -1;
    while (tokens[k]?.kind === 'word' && !CLOSED_CLASS.has(tokens[k].lower) && k - m.next < 5 && !(head >= 0 && (/(?:ed|ing)$/.test(tokens[k].lower) || IRREGULAR_PAST.has(tokens[k].lower) || isPluralNoun(tokens[head].lower)))) head = k++;
    if (head >= 0) {
      unit = `percent of ${tokens[head].lower}`;
      endToken = head;
    }
  }
  return { unit, subject: null, tollQualifier: null, endToken };
}

/** An amount of money, in its currency when written. */
function readMoney({ mention: m }: FigureContext): FigureReading {
  return { unit: m.measure ?? 'money', subject: null, tollQualifier: null, endToken: m.next - 1 };
}
