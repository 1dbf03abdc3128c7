import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Figure } from '../../schemas/statements.ts';
import { provenanceAt } from '../provenance.ts';
import { attributionOf, attributionAt, numbersOf } from '../attribution/analysis.ts';
import { countedNoun, eventFor, isPluralNoun, rankedIncident, tollFor } from '../numbers/counted.ts';
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
const PARTITIVE_WHOLES: Record<string, string> = { dead: 'killed', killed: 'killed', victims: 'killed', injured: 'injured', wounded: 'wounded', casualties: 'casualties', missing: 'missing' };

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
import type { NumberMention } from '../numbers/numbers.ts';
import { isCapitalized, isQuoteMark, type Token } from '../../text/tokens.ts';

export interface FiguresOptions {
  /**
   * Kinds kept besides counts, percentages and money. Default: ordinals that rank an incident
   * ("the third attack") and durations that qualify a measure ("a 30-day curfew"). Years are
   * dates (the dates plugin keeps them) and other durations ("for over a decade") are time
   * frames, not figures an analyst compares.
   */
  ordinals?: boolean;
  durations?: boolean;
}

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

/**
 * Figures: counts with what they count (`unit`) and what happened to it (`subject`), plus
 * percentages, money, incident ordinals and measure durations, each with its claimant.
 * Counts need a counted noun; years, dates, ages, times and distances are never counts.
 */
export default function figures(options: FiguresOptions = {}) {
  const keepOrdinals = options.ordinals ?? true;
  const keepDurations = options.durations ?? true;
  return (_tree: Root, file: VFile) => {
    const a = attributionOf(file);
    const out: Figure[] = [];
    for (const s of a.sentences) {
      const { tokens } = s.clause;
      for (const m of numbersOf(s)) {
        let unit: string | null = null;
        let subject: string | null = null;
        let tollQualifier: string | null = null;
        let endToken = m.next - 1;
        if (m.kind === 'count') {
          if (inName(tokens, m, s.clause.mainStart)) continue;
          let tollSubject: string | null = null;
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
            // "killed 15 soldiers and wounded 20 others", "40 killed and dozens wounded": the count
            // takes the noun of the sentence's previous count, or people for casualties.
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
            const elided = !!previous && !!before && (CONJUNCTIONS.has(before.lower) || before.text === ',' || before.lower === 'while' || comparing || thatClause) && (!t1 || (t1.kind === 'punct' && !/^[%$€£-]$/.test(t1.text)) || PREPOSITIONS.has(t1.lower) || AUXILIARIES.has(t1.lower)) && tokens[m.numFirst].lower !== 'one';
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
            if (!unit || !noun) continue;
          }
          // "two security sources said": a count of informants is no figure.
          if (isAttribution(s.clause, noun.end) || /according to\s*$/i.test(s.text.slice(0, tokens[m.first].start - s.start).slice(-20))) continue;
          endToken = noun.head;
          subject = tollSubject ?? eventFor(tokens, m, noun);
          // "killing 14 people, including two children", "1,120 injured, 87 of them seriously": a
          // part of the count before it shares what happened to it.
          if (!subject && (partitive || isPart(tokens, m, noun))) subject = out.findLast((f) => f.sentenceId === s.id && f.kind === 'count' && f.subject)?.subject ?? null;
          // "one resident", "a dozen" alone are no figures unless something happened to them.
          if (m.value === 1 && !subject) continue;
        } else if (m.kind === 'ordinal') {
          if (!keepOrdinals || m.value < 2) continue;
          const k = rankedIncident(tokens, m);
          if (k < 0) continue;
          unit = tokens[k].lower;
          endToken = k;
        } else if (m.kind === 'duration') {
          // Only a duration written into its noun ("30-day curfew", "two-week ceasefire").
          const noun = tokens[m.next];
          if (!keepDurations || !m.hyphenUnit || !TIME_UNITS.has(m.hyphenUnit) || !noun || noun.kind !== 'word') continue;
          let k = m.next;
          // "30-day overnight curfew": the noun is at most one modifier further.
          const more = tokens[k + 1];
          if (more?.kind === 'word' && !CLOSED_CLASS.has(more.lower) && !/ly$|ed$|ive$/.test(more.lower) && !/ly$/.test(noun.lower)) k++;
          if (!MEASURE_NOUNS.has(tokens[k].lower) && !MEASURE_NOUNS.has(noun.lower)) continue;
          if (!MEASURE_NOUNS.has(tokens[k].lower)) k = m.next;
          unit = m.hyphenUnit.replace(/s$/, '') + 's';
          subject = tokens[k].lower;
          endToken = k;
        } else if (m.kind === 'percent') {
          unit = 'percent';
          // "40 percent of the population"
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
        } else if (m.kind === 'money') {
          unit = m.measure ?? 'money';
        } else continue;
        const start = tokens[m.first].start;
        const attribution = attributionAt(a, tokens[m.numFirst].start);
        const claimant = attribution.speaker;
        out.push({
          ...provenanceAt(file, start),
          value: m.value,
          max: m.max,
          qualifier: m.qualifier ?? tollQualifier,
          approximate: m.approximate,
          kind: m.kind,
          unit,
          subject,
          claimedBy: claimant?.text ?? null,
          claimedByEntity: claimant?.entity ?? null,
          reportedBy: attribution.reportedBy && attribution.reportedBy !== claimant?.text ? attribution.reportedBy : null,
          start,
          end: tokens[endToken].end,
        });
      }
    }
    file.data.figures = out;
  };
}
