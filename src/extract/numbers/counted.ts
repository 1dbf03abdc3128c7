// What a number counts ("80 Islamist militants" → militants) and what happened to it
// ("were neutralised", "captured three barracks", "the deaths of 30 soldiers").
import { EVENT_WORDS, INCIDENT_NOUN_FORMS } from '../../text/lexicons/events.ts';
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, IRREGULAR_PAST, IRREGULAR_PLURALS, PREPOSITIONS, PRONOUNS, SUBORDINATORS, VERB_ADVERBS } from '../../text/lexicons/grammar.ts';
import { TIME_UNITS, MEASURE_UNITS } from '../../text/lexicons/quantities.ts';
import { REPORTING_VERB_LEMMA } from '../../text/lexicons/speech.ts';
import type { NumberMention } from './numbers.ts';
import { isQuoteMark, type Token } from '../../text/tokens.ts';

export interface CountedNoun {
  /** Index of the head noun. */
  head: number;
  /** Token after the noun phrase. */
  end: number;
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'the', 'these', 'those', 'them', 'my', 'your']);
const NOT_COUNTED = new Set(['times', 'percent', 'per', 'cent', 'others', 'other', 'more', 'less', 'fewer', 'each', 'apiece', 'out', 'ways', 'page', 'pages', 'words', 'points', 'goals']);

export const isPluralNoun = (w: string): boolean =>
  IRREGULAR_PLURALS.has(w) || (/[^su']s$|ss?es$/.test(w) && !/(?:ous|ss|is|us)$/.test(w)) || w === 'barracks' || (/.{2,}men$/.test(w) && !/(?:abdo|speci|regi|sto|hy|ger|ta)men$/.test(w));

const isVerbish = (t: Token, prev: Token | undefined, havePlural: boolean): boolean => {
  if (AUXILIARIES.has(t.lower) || REPORTING_VERB_LEMMA[t.lower] || IRREGULAR_PAST.has(t.lower)) return true;
  // "militants killed", "soldiers wounded": a participle after a plural head starts a new phrase.
  if (/(?:ed|en)$/.test(t.lower) && havePlural) return true;
  if (EVENT_WORDS[t.lower] && havePlural && prev && !/ly$/.test(prev.lower)) return true;
  return false;
};

/** The counted noun phrase after a number, or null when nothing countable follows. */
export function countedNoun(tokens: Token[], m: NumberMention): CountedNoun | null {
  let j = m.next;
  // "seven of its positions", "dozens of military checkpoints", "hundreds of people"
  if (tokens[j]?.lower === 'of') {
    const det = tokens[j + 1];
    if (det && POSSESSIVES.has(det.lower)) {
      if (det.lower === 'them') return null;
      j += 2;
    } else if (m.approximate || m.value >= 100) j += 1;
    else return null;
  }
  while (tokens[j] && isQuoteMark(tokens[j])) j++;
  let head = -1;
  let havePlural = false;
  const start = j;
  for (; j < tokens.length && j - start < 6; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    const w = t.lower;
    if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || SUBORDINATORS.has(w) || DETERMINERS.has(w) || PRONOUNS[w] || w === 'than') break;
    if (isVerbish(t, tokens[j - 1], havePlural)) break;
    if (havePlural && !isPluralNoun(w)) break;
    head = j;
    if (isPluralNoun(w)) havePlural = true;
  }
  if (head < 0) return null;
  const h = tokens[head].lower;
  if (NOT_COUNTED.has(h) || TIME_UNITS.has(h) || MEASURE_UNITS.has(h) || /ly$/.test(h)) return null;
  // A count above one needs a plural noun ("80 militants"); "seven affected" alone counts nothing.
  if (m.value > 1 && !havePlural && !(m.max && m.max > 1 && havePlural)) {
    if (!/s$/.test(h) && !IRREGULAR_PLURALS.has(h)) return null;
  }
  return { head, end: head + 1 };
}

const EVENT_SPELLED_AS_WRITTEN = (w: string) => /(?:ed|en)$/.test(w) || ['struck', 'hit', 'slain', 'fled', 'lost', 'overran', 'overrun', 'burnt', 'hurt'].includes(w);

function eventName(t: Token): string {
  const w = t.lower;
  if (EVENT_WORDS[w] && EVENT_SPELLED_AS_WRITTEN(w) && !['dead', 'siege'].includes(w)) return w;
  // "injuring 3,408" → "injured", as the sentence would say it of the people counted.
  const participle = /ing$/.test(w) ? [w.replace(/ing$/, 'ed'), w.replace(/ing$/, 'd'), w.replace(/(.)\1ing$/, '$1ed')].find((p) => EVENT_WORDS[p] === EVENT_WORDS[w]) : undefined;
  return participle ?? EVENT_WORDS[w];
}

/** The words after a counted noun are its own verb ("three governments offered …", "20 people were …"). */
const opensClause = (tokens: Token[], end: number) => {
  const t = tokens[end];
  return !!t && t.kind === 'word' && (AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || (/ed$/.test(t.lower) && !EVENT_WORDS[t.lower]));
};

const ATTACK_NOUNS = new Set([
  'attack', 'attacks', 'assault', 'assaults', 'raid', 'raids', 'strike', 'strikes', 'offensive', 'offensives', 'ambush', 'ambushes', 'incursion', 'incursions',
  // "jets had struck … in 12 villages"
  'struck', 'attacked', 'shelled', 'bombed', 'targeted', 'raided', 'stormed',
]);
/** Words that may stand between an event word and the number it applies to ("the deaths of at least 30"). */
const PASS_THROUGH = new Set(['of', 'in', 'across', 'at', 'on', 'to', 'have', 'has', 'had', 'been', 'total', 'full', 'complete', 'effective']);

/** What happened to the counted people or things: a participle ("neutralised", "killed", "attacked"), or null. */
export function eventFor(tokens: Token[], m: NumberMention, noun: CountedNoun | null): string | null {
  // 0. "Among the dead were three children": the state named before the number.
  const among = amongState(tokens, m.first);
  if (among) return among;
  // 1. After the noun phrase: "were “neutralised”", "had been killed", "killed in", "came under attack".
  if (noun) {
    let j = noun.end;
    const skipQuotes = () => {
      while (tokens[j] && isQuoteMark(tokens[j])) j++;
    };
    skipQuotes();
    // "87 of them seriously", "31 of whom remained in hospital", "412 of them completely destroyed":
    // the part goes on like a subject.
    if (tokens[j]?.lower === 'of' && ['them', 'whom', 'those', 'which'].includes(tokens[j + 1]?.lower ?? '')) {
      j += 2;
      let k = j;
      while (tokens[k] && /^\p{Ll}{3,}ly$/u.test(tokens[k].text)) k++;
      if (k > j && tokens[k] && (EVENT_WORDS[tokens[k].lower] || /ed$/.test(tokens[k].lower))) return eventName(tokens[k]) ?? tokens[k].lower;
    }
    // "towns and cities came under siege", "50 shops and two hotels … were swept away"
    if (tokens[j] && CONJUNCTIONS.has(tokens[j].lower)) {
      let k = j + 1;
      while (tokens[k] && k - j <= 3 && (tokens[k].kind === 'number' || DETERMINERS.has(tokens[k].lower) || /^(?:more|than|about|some|nearly|over)$/.test(tokens[k].lower) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)$/.test(tokens[k].lower))) k++;
      // "21 passengers and four paramilitary soldiers were killed": up to two modifiers before the noun.
      const from = k;
      while (tokens[k] && k - from < 2 && tokens[k].kind === 'word' && !isPluralNoun(tokens[k].lower) && !AUXILIARIES.has(tokens[k].lower) && !PREPOSITIONS.has(tokens[k].lower) && !EVENT_WORDS[tokens[k].lower]) k++;
      if (tokens[k] && isPluralNoun(tokens[k].lower)) j = k + 1;
      // "10 cars and a school had been damaged"
      else if (tokens[k] && AUXILIARIES.has(tokens[k].lower) && k > j + 1) j = k;
    }
    // "More than 400 people, including over 100 police officers, were injured", "six health workers
    // - four doctors, a nurse and a pharmacist - had been abducted": past the inclusion or apposition.
    if (tokens[j]?.text === ',' && ['including', 'among'].includes(tokens[j + 1]?.lower ?? '')) {
      let k = j + 2;
      while (tokens[k] && k - j <= 10 && tokens[k].text !== ',') k++;
      if (tokens[k]?.text === ',') j = k + 1;
    } else if (tokens[j] && /^[-–—]$/.test(tokens[j].text)) {
      let k = j + 1;
      while (tokens[k] && k - j <= 12 && !/^[-–—]$/.test(tokens[k].text)) k++;
      if (tokens[k] && AUXILIARIES.has(tokens[k + 1]?.lower ?? '')) j = k + 1;
    } else if (tokens[j]?.text === ',' && tokens[j + 1] && (tokens[j + 1].kind === 'number' || NUMBER_WORD.test(tokens[j + 1].lower))) {
      // "20 residential buildings, 10 cars and a school had been damaged": a list of counts shares its verb.
      let k = j;
      while (tokens[k] && k - j <= 12 && !AUXILIARIES.has(tokens[k].lower) && (tokens[k].text === ',' || tokens[k].kind === 'number' || (tokens[k].kind === 'word' && !PREPOSITIONS.has(tokens[k].lower) && !EVENT_WORDS[tokens[k].lower] && !/ed$/.test(tokens[k].lower)))) k++;
      if (tokens[k] && AUXILIARIES.has(tokens[k].lower)) j = k;
    }
    // "15 children were among the wounded"
    if (AUXILIARIES.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'among' && tokens[j + 2]?.lower === 'the') {
      const state = tokens[j + 3]?.lower ?? '';
      if (['dead', 'killed', 'victims'].includes(state)) return 'killed';
      if (['wounded', 'injured'].includes(state)) return 'wounded';
    }
    // "7 of them in serious condition"
    if (tokens[j]?.lower === 'in' && ['serious', 'critical', 'stable'].includes(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'condition') return `in ${tokens[j + 1].lower} condition`;
    // "160 patients with gunshot and other wounds": what they were treated for.
    if (tokens[j]?.lower === 'with') {
      for (let k = j + 1; k < Math.min(tokens.length, j + 6) && tokens[k].kind === 'word'; k++) if (/^(?:wounds|injuries|burns|fractures)$/.test(tokens[k].lower)) return 'wounded';
    }
    // "took more than 200 people hostage"
    if (tokens[j] && ['hostage', 'captive', 'prisoner'].includes(tokens[j].lower)) return 'taken hostage';
    // "forced some 36,000 to flee their homes"
    if (tokens[j]?.lower === 'to' && tokens[j + 1] && ['flee', 'leave', 'evacuate', 'abandon'].includes(tokens[j + 1].lower)) return tokens[j + 1].lower === 'evacuate' ? 'evacuated' : 'fled';
    // "leaving 15,000 people homeless", "80 militants dead": a state right after the noun.
    if (tokens[j] && ['homeless', 'dead', 'stranded', 'trapped', 'injured', 'wounded'].includes(tokens[j].lower) && !AUXILIARIES.has(tokens[j + 1]?.lower ?? '')) return eventName(tokens[j]) ?? tokens[j].lower;
    // "at least 30 people there were affected"
    if (tokens[j] && ['there', 'here', 'inside', 'nearby'].includes(tokens[j].lower) && AUXILIARIES.has(tokens[j + 1]?.lower ?? '')) j++;
    // A prepositional phrase before the verb: "seven of its positions in the west were targeted",
    // "two hotels along the riverbank had been swept away".
    // "13 peacekeepers from South Africa, Malawi and Uruguay had been killed": a list inside it.
    if (tokens[j] && PREPOSITIONS.has(tokens[j].lower)) {
      let k = j + 1;
      while (k < tokens.length && k - j <= 8 && (tokens[k].kind === 'word' || tokens[k].text === ',') && !AUXILIARIES.has(tokens[k].lower) && !VERB_ADVERBS.has(tokens[k].lower) && !SUBORDINATORS.has(tokens[k].lower) && !PRONOUNS[tokens[k].lower]) k++;
      if (tokens[k] && (AUXILIARIES.has(tokens[k].lower) || VERB_ADVERBS.has(tokens[k].lower))) j = k;
    }
    let aux = false;
    // "were seriously wounded", "have reportedly been killed"
    while (tokens[j] && (AUXILIARIES.has(tokens[j].lower) || VERB_ADVERBS.has(tokens[j].lower) || isQuoteMark(tokens[j]) || (aux && /^\p{Ll}{3,}ly$/u.test(tokens[j].text)))) {
      if (AUXILIARIES.has(tokens[j].lower)) aux = true;
      j++;
    }
    let copula = aux;
    if (['remain', 'remained', 'remains'].includes(tokens[j]?.lower ?? '')) {
      copula = true;
      j++;
    }
    // "had been left homeless"
    if (aux && tokens[j]?.lower === 'left' && ['homeless', 'dead', 'stranded', 'injured', 'wounded', 'without'].includes(tokens[j + 1]?.lower ?? '')) {
      copula = true;
      j++;
    }
    const t = tokens[j];
    // "were at risk", "are in need of aid", "remain unaccounted for"
    if (t && copula) {
      const two = `${t.lower} ${tokens[j + 1]?.lower ?? ''}`;
      if (['at risk', 'in need', 'without shelter', 'without food', 'without water', 'without power', 'under threat', 'in hospital'].includes(two)) return two;
      if (['unaccounted', 'homeless', 'stranded', 'trapped', 'hospitalised', 'hospitalized'].includes(t.lower)) return t.lower;
    }
    // "had sought medical help", "received treatment": treated for wounds.
    if (t && ['sought', 'received', 'needed', 'required'].includes(t.lower) && ['medical', 'treatment', 'care', 'hospital'].includes(tokens[j + 1]?.lower ?? '')) return 'treated';
    if (t && copula && t.lower === 'in' && ['serious', 'critical'].includes(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'condition') return `in ${tokens[j + 1].lower} condition`;
    // "500 people reported missing", "were feared dead", "confirmed killed"
    if (t && ['reported', 'confirmed', 'feared', 'believed', 'presumed', 'listed', 'declared'].includes(t.lower)) {
      let n = j + 1;
      if (tokens[n]?.lower === 'to' && tokens[n + 1]?.lower === 'be') n += 2;
      const u = tokens[n];
      if (u && (['missing', 'dead', 'unaccounted'].includes(u.lower) || (EVENT_WORDS[u.lower] && /ed$/.test(u.lower)))) return EVENT_WORDS[u.lower] && u.lower !== 'dead' && u.lower !== 'missing' ? eventName(u) : u.lower;
    }
    if (t && t.kind === 'word') {
      if (EVENT_WORDS[t.lower] && (aux || EVENT_SPELLED_AS_WRITTEN(t.lower) || /s$/.test(t.lower) === false)) return eventName(t);
      if (aux && /ed$/.test(t.lower) && !['been', 'used'].includes(t.lower)) return withParticle(t.lower, tokens[j + 1]);
      // "had been swept away", "were blown up": irregular participles of damage.
      if (aux && IRREGULAR_DAMAGE.has(t.lower)) return withParticle(t.lower, tokens[j + 1]);
      if (['came', 'come', 'comes', 'fell'].includes(t.lower) && tokens[j + 1]?.lower === 'under' && tokens[j + 2]) {
        const what = tokens[j + 2].lower;
        if (['attack', 'fire', 'siege', 'assault', 'bombardment', 'shelling'].includes(what)) return 'attacked';
      }
    }
  }
  // 1a. "The bodies of at least 17 people were lying in the streets": they are dead.
  {
    let k = m.first - 1;
    if (tokens[k]?.lower === 'of' && ['bodies', 'remains', 'corpses'].includes(tokens[k - 1]?.lower ?? '')) return 'dead';
  }
  // 1b. A casualty state inside the noun phrase outweighs the verb before it: "treated 300 wounded protesters".
  if (noun) for (let k = m.next; k < noun.head; k++) if (CASUALTY_STATES.has(tokens[k].lower)) return eventName(tokens[k]) ?? tokens[k].lower;
  // 2. Before the number: "captured three barracks", "the deaths of at least 30 soldiers", "attacks in seven towns",
  // "captured 150 outposts and four towns" (across the first conjunct).
  let crossed = false;
  for (let k = m.first - 1; k >= 0 && m.first - k <= (crossed ? 12 : 7); k--) {
    const t = tokens[k];
    if (isQuoteMark(t)) continue;
    if (t.kind !== 'word' && !(crossed && t.kind === 'number')) break;
    // "air defences shot down 21 missiles", "set fire to two police stations"
    if (t.lower === 'down' && ['shot', 'brought', 'gunned'].includes(tokens[k - 1]?.lower ?? '')) return `${tokens[k - 1].lower} down`;
    if (t.lower === 'fire' && ['set', 'sets', 'setting'].includes(tokens[k - 1]?.lower ?? '')) return 'set on fire';
    if (EVENT_WORDS[t.lower]) {
      // "seized control of three barracks": the verb before "control" says what happened.
      if (t.lower === 'control' && tokens[k - 1] && EVENT_WORDS[tokens[k - 1].lower] && tokens[k - 1].lower !== 'control') return eventName(tokens[k - 1]);
      return eventName(t);
    }
    if (CONJUNCTIONS.has(t.lower) && !crossed) {
      // "… and three governments offered rescue teams": a count that opens a clause of its own is
      // not an object of the verb before the conjunction.
      if (noun && opensClause(tokens, noun.end)) break;
      crossed = true;
      continue;
    }
    if (crossed && !AUXILIARIES.has(t.lower) && !REPORTING_VERB_LEMMA[t.lower] && !IRREGULAR_PAST.has(t.lower)) continue;
    if (!(DETERMINERS.has(t.lower) || PASS_THROUGH.has(t.lower) || VERB_ADVERBS.has(t.lower) || /ly$/.test(t.lower))) break;
  }
  // 3. A place counted in a sentence about attacks: "attacks, which took place in at least seven locations".
  const before = tokens[m.first - 1];
  if (before && ['in', 'across', 'at', 'on'].includes(before.lower)) {
    for (let k = m.first - 2; k >= 0 && m.first - k <= 14; k--) if (ATTACK_NOUNS.has(tokens[k].lower)) return 'attacked';
  }
  // 4. A participle inside the noun phrase: "seven affected towns".
  if (noun) for (let k = m.next; k < noun.head; k++) if (EVENT_WORDS[tokens[k].lower] && /ed$/.test(tokens[k].lower)) return tokens[k].lower;
  return null;
}

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|a|an)$/;
const CASUALTY_STATES = new Set(['wounded', 'injured', 'dead', 'displaced', 'missing', 'abducted', 'kidnapped', 'detained', 'arrested']);
const IRREGULAR_DAMAGE = new Set(['swept', 'blown', 'burnt', 'torn', 'brought', 'shot', 'buried', 'cut', 'struck', 'hit']);
/** "washed away", "blown up", "shot down": the participle with its particle. */
const withParticle = (w: string, next: Token | undefined) => (next && ['away', 'up', 'down', 'out', 'off', 'dead'].includes(next.lower) ? `${w} ${next.lower}` : w);

/** "Among the dead were three children", "among them": the state of the people a number is among, or null. */
function amongState(tokens: Token[], first: number): string | null {
  let k = first - 1;
  if (tokens[k] && AUXILIARIES.has(tokens[k].lower)) k--;
  const state = tokens[k];
  if (!state || tokens[k - 1]?.lower !== 'the' || tokens[k - 2]?.lower !== 'among') return null;
  return ['dead', 'killed', 'victims'].includes(state.lower) ? 'killed' : ['injured', 'wounded'].includes(state.lower) ? 'wounded' : null;
}

/** For an ordinal: the incident it ranks ("the third large-scale assault" → assault), or null. */
export function rankedIncident(tokens: Token[], m: NumberMention): number {
  for (let k = m.next; k < Math.min(tokens.length, m.next + 4); k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return -1;
    if (INCIDENT_NOUN_FORMS.has(t.lower)) return k;
    if (PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * A number given as a toll: "the death toll rose to 5,300", "raising the toll to 45", "put the
 * number of missing at 10,000", "the number of people killed has reached 30". Returns what is
 * counted and what happened to it, or null.
 */
export function tollFor(tokens: Token[], m: NumberMention): { unit: string; subject: string | null; head: number } | null {
  const before = tokens[m.first - 1];
  if (!before || !TOLL_LINKS.has(before.lower)) return null;
  // The nearest toll noun before, within the clause.
  let k = m.first - 2;
  // "The death toll from Saturday's missile strike on an apartment block in Dnipro has risen to 20"
  // "The death toll from a 7.7-magnitude earthquake that struck Myanmar on Friday rose to 1,644": a
  // relative clause and measures may stand between the toll and its verb.
  for (; k >= Math.max(0, m.first - 22); k--) {
    const t = tokens[k];
    if (t.kind === 'number' || t.text === '-') continue;
    if (t.kind !== 'word' || REPORTING_VERB_LEMMA[t.lower] || (SUBORDINATORS.has(t.lower) && !['who', 'that', 'which'].includes(t.lower))) return null;
    if (TOLL_NOUNS.has(t.lower) && (t.lower === 'toll' || t.lower === 'tally' || tokens[k + 1]?.lower === 'of')) break;
  }
  if (k < Math.max(0, m.first - 22)) return null;
  // A verb of change or estimate after the noun ("rose to", "has reached") or before it ("put the number … at").
  const verbAfter = tokens.slice(k + 1, m.first).some((t) => TOLL_VERBS.has(t.lower));
  // "bringing the national death toll …": a determiner and a few modifiers before the noun.
  let d = k - 1;
  while (d >= 0 && k - d <= 4 && tokens[d].kind === 'word' && /^\p{Ll}/u.test(tokens[d].text) && !TOLL_VERBS.has(tokens[d].lower) && !PREPOSITIONS.has(tokens[d].lower) && !AUXILIARIES.has(tokens[d].lower)) d--;
  const verbBefore = d >= 0 && TOLL_VERBS.has(tokens[d].lower);
  if (!verbAfter && !verbBefore) return null;
  const t = tokens[k];
  const mod = tokens[k - 1]?.lower ?? '';
  if (t.lower === 'toll' || t.lower === 'tally') {
    // "death toll", "casualty toll", "toll": deaths unless it says otherwise.
    if (mod === 'casualty') return { unit: 'casualties', subject: null, head: m.next - 1 };
    if (mod === 'injury') return { unit: 'injured', subject: 'wounded', head: m.next - 1 };
    return { unit: 'deaths', subject: 'killed', head: m.next - 1 };
  }
  // "the number of people killed", "the number of missing", "the number of dead"
  let h = k + 2;
  if (tokens[h] && DETERMINERS.has(tokens[h].lower)) h++;
  const noun = tokens[h];
  if (!noun || noun.kind !== 'word') return null;
  const next = tokens[h + 1];
  const event = next && EVENT_WORDS[next.lower] && /ed$|^dead$/.test(next.lower) ? eventName(next) : null;
  const state = ['missing', 'dead', 'wounded', 'injured', 'displaced', 'killed'].includes(noun.lower) ? (EVENT_WORDS[noun.lower] ? eventName(noun) : noun.lower) : null;
  if (!state && !isPluralNoun(noun.lower)) return null;
  return { unit: state ? 'people' : noun.lower, subject: event ?? state, head: m.next - 1 };
}

const TOLL_NOUNS = new Set(['toll', 'tally', 'number', 'count', 'total']);
/** Words right before the number of a toll ("rose to", "put … at", "passes", "topped"). */
const TOLL_LINKS = new Set(['to', 'at', 'reached', 'reaches', 'hit', 'hits', 'exceeded', 'exceeds', 'topped', 'tops', 'surpassed', 'surpasses', 'passed', 'passes', 'crossed', 'crosses', 'stood', 'stands', 'nears', 'neared', 'approaches', 'approached', 'nearing', 'past', 'above', 'beyond']);
const TOLL_VERBS = new Set(['passes', 'crosses', 'crossed', 'nears', 'neared', 'approaches', 'approached', 'nearing', 'tops', 'surpasses', 'rose', 'risen', 'rises', 'rise', 'climbed', 'climbs', 'reached', 'reaches', 'hit', 'hits', 'stood', 'stands', 'jumped', 'increased', 'exceeded', 'exceeds', 'topped', 'tops', 'surpassed', 'passed', 'put', 'puts', 'putting', 'raised', 'raising', 'bringing', 'brought', 'pushing', 'pushed', 'estimated', 'estimates', 'gave', 'gives', 'gone', 'went', 'soared', 'grown', 'grew', 'increased', 'mounted', 'revised', 'updated', 'lowered', 'cut']);

