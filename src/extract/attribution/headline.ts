// Rewrites a lead sentence as a headline: main clause only, no leading adverbials, no dates,
// no articles, verb in the headline present ("have launched" → "launch"), at most twelve words.
import { datelineEnd, findMainStart, mainSubject, type Clause } from './clauses.ts';
import { isPluralNoun } from '../numbers/counted.ts';
import { AUXILIARIES, IRREGULAR_PLURALS, PREPOSITIONS } from '../../text/lexicons/grammar.ts';
import { REPORTING_VERB_LEMMA } from '../../text/lexicons/speech.ts';
import { headOf } from './speakers.ts';
import { tokenize, type Token } from '../../text/tokens.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../text/lexicons/calendar.ts';
import { dictionary } from '../../text/lexicons/dictionary.ts';

export const MAX_TITLE_WORDS = 12;

const IRREGULAR_PRESENT: Readonly<Record<string, string>> = dictionary({
  struck: 'strike', took: 'take', taken: 'take', fled: 'flee', fought: 'fight', hit: 'hit', left: 'leave', lost: 'lose',
  won: 'win', held: 'hold', made: 'make', gave: 'give', given: 'give', came: 'come', went: 'go', gone: 'go', saw: 'see',
  seen: 'see', said: 'say', told: 'tell', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', began: 'begin',
  begun: 'begin', ran: 'run', shot: 'shoot', killed: 'kill', seized: 'seize', repelled: 'repel', overran: 'overrun',
  overrun: 'overrun', withdrew: 'withdraw', withdrawn: 'withdraw', led: 'lead', met: 'meet', sent: 'send', brought: 'bring',
  built: 'build', spread: 'spread', swept: 'sweep', stormed: 'storm', broke: 'break', broken: 'break', chose: 'choose',
  drove: 'drive', driven: 'drive', threw: 'throw', thrown: 'throw', wrote: 'write', written: 'write', spoke: 'speak',
  spoken: 'speak', kept: 'keep', sought: 'seek', stood: 'stand', put: 'put', set: 'set', cut: 'cut', shut: 'shut',
  controlled: 'control', patrolled: 'patrol', compelled: 'compel', expelled: 'expel', focused: 'focus', became: 'become',
  become: 'become', arose: 'arise', dealt: 'deal', declared: 'declare', cleared: 'clear', appeared: 'appear',
});

/** Base form of a past tense or participle, or null when unsure. */
export function baseForm(past: string): string | null {
  const w = past.toLowerCase();
  if (IRREGULAR_PRESENT[w]) return IRREGULAR_PRESENT[w];
  // "retaken", "overtook", "undermined": a prefix before an irregular form.
  const prefixed = /^(re|over|under|out|with|up)(.+)$/.exec(w);
  if (prefixed && IRREGULAR_PRESENT[prefixed[2]]) return prefixed[1] + IRREGULAR_PRESENT[prefixed[2]];
  if (!/ed$/.test(w) || w.length < 5) return null;
  if (/ied$/.test(w)) return w.slice(0, -3) + 'y';
  const stem = w.slice(0, -2);
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (/(?:[^aeiou]ur|iz|yz|[aeiou][vz]|[^aeiou]v|[^aeiou]g|[aeiou]s|[nrl]c|[^e]ar|at|ut|ot|it|bl|cl|dl|fl|gl|kl|pl|tl|rs|ns|ps|ls)$/.test(stem)) return stem + 'e';
  return stem;
}

const thirdPerson = (base: string) => (/(?:s|sh|ch|x|z|o)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's');

const DROP_WORDS = new Set(['a', 'an', 'the']);
const CLAUSE_BREAK = new Set(['which', 'who', 'when', 'while', 'whereas', 'although', 'though', 'because', 'marking', 'following', 'amid', 'after', 'as', 'raising', 'prompting', 'leaving', 'sparking', 'according']);

interface Word {
  text: string;
  /** Index of the token it came from. */
  i: number;
}

/**
 * A headline for a sentence. `skip(start, end)` tells which character ranges to drop (the
 * sentence's date expressions, given by the dates plugin); `tokens`, the sentence's tokens when
 * already read (they are only read here).
 */
export function headlineFromSentence(text: string, start: number, end: number, skip: (s: number, e: number) => boolean = () => false, tokens: Token[] = tokenize(text, start, end)): string {
  const quoted = tokens.map(() => false);
  const c: Clause = { tokens, quoted, mainStart: 0 };
  c.mainStart = findMainStart(tokens, quoted);
  const subj = mainSubject(c);
  // Main clause: from the subject to the first clause break after the verb.
  const from = Math.max(subj ? subj.start : c.mainStart, datelineEnd(tokens));
  let to = tokens.length;
  for (let i = (subj?.verb ?? from) + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === ';' || t.text === '—' || t.text === '–' || t.text === ':') {
      to = i;
      break;
    }
    if (t.text === ',' || (t.kind === 'word' && CLAUSE_BREAK.has(t.lower) && i - from >= 5)) {
      to = i;
      break;
    }
  }
  let words: Word[] = [];
  let paren = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.text === '(') paren++;
    if (paren) {
      if (t.text === ')') paren--;
      continue;
    }
    if (t.kind === 'punct' && !/['’&%$€£]/.test(t.text)) continue;
    if (skip(t.start, t.end)) continue;
    if (DROP_WORDS.has(t.text) || (i === from && DROP_WORDS.has(t.lower))) continue;
    words.push({ text: t.text, i });
  }
  // Drop what introduced a removed date ("on", "early") when it now ends a phrase.
  words = words.filter((w) => !(['on', 'early', 'late', 'since', 'by'].includes(w.text) && skip(tokens[w.i + 1]?.start ?? 0, tokens[w.i + 1]?.end ?? 0)));
  words = dropTimePhrases(words);
  // "warned that famine …" → "warns famine …"
  if (subj) words = words.filter((w, k) => !(w.text === 'that' && k > 0 && REPORTING_VERB_LEMMA[words[k - 1].text.toLowerCase()] && words[k - 1].i >= subj.verb));
  if (subj) words = presentTense(words, tokens, subj);
  words = compress(words, tokens, subj?.verb ?? -1);
  if (words.length > MAX_TITLE_WORDS) {
    words = words.slice(0, MAX_TITLE_WORDS);
    while (words.length > 5 && (PREPOSITIONS.has(words.at(-1)!.text.toLowerCase()) || ['and', 'or', 'of', 'to'].includes(words.at(-1)!.text.toLowerCase()))) words.pop();
  }
  const title = words.map((w) => w.text).join(' ').replace(/\s+([%’'])/g, '$1').replace(/[\s.,;:!?…"“”'’—–-]+$/u, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

const TIME_WORDS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'yesterday', 'today', 'tonight', 'dawn', 'last', 'this', 'early', 'late', 'week', 'weekend']);
const isTimeWord = (w: string) => TIME_WORDS.has(w.toLowerCase()) || WEEKDAY_WORDS.has(w.toLowerCase()) || (MONTH_WORDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(w);

/** Headlines carry no dates: "on Sunday", "early Tuesday", "overnight", "on June 2". */
function dropTimePhrases(words: Word[]): Word[] {
  const out: Word[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k].text;
    if (['on', 'in', 'since', 'by', 'during', 'at'].includes(w.toLowerCase())) {
      let j = k + 1;
      while (j < words.length && isTimeWord(words[j].text)) j++;
      // Only whole phrases of time words, and a month only with a day or after "on".
      if (j > k + 1 && (j === words.length || PREPOSITIONS.has(words[j].text.toLowerCase()) || /^[,.]$/.test(words[j].text)) && words.slice(k + 1, j).some((x) => WEEKDAY_WORDS.has(x.text.toLowerCase()) || TIME_WORDS.has(x.text.toLowerCase()) || w.toLowerCase() === 'on')) {
        k = j - 1;
        continue;
      }
    }
    if (['overnight', 'yesterday', 'today', 'tonight'].includes(w.toLowerCase())) continue;
    if (WEEKDAY_WORDS.has(w.toLowerCase()) && (k === words.length - 1 || PREPOSITIONS.has(words[k + 1].text.toLowerCase()))) continue;
    out.push(words[k]);
  }
  // "… region early" once "on Tuesday" is gone.
  return out.filter((w, k) => !(['early', 'late', 'earlier', 'later'].includes(w.text) && (k === out.length - 1 || PREPOSITIONS.has(out[k + 1].text.toLowerCase()))));
}

/** "have launched" → "launch", "struck" → "strikes", "were killed" → "killed", "will hold" → "to hold". */
function presentTense(words: Word[], tokens: Token[], subj: { start: number; end: number; verb: number }): Word[] {
  const head = headOf(tokens, subj.start, subj.end);
  // A capitalized head inside the sentence is a name ("the United Nations", "the Philippines"): singular.
  const firstWord = tokens.findIndex((t) => t.kind === 'word');
  const proper = !!head && /^\p{Lu}/u.test(head.text) && tokens.indexOf(head) !== firstWord;
  const plural = !!head && !proper && (isPluralNoun(head.lower) || IRREGULAR_PLURALS.has(head.lower));
  const vi = words.findIndex((w) => w.i === subj.verb);
  if (vi < 0) return words;
  const verb = words[vi];
  const lower = verb.text.toLowerCase();
  const next = words[vi + 1];
  if (AUXILIARIES.has(lower)) {
    if (['will', 'shall'].includes(lower) && next) return [...words.slice(0, vi), { ...verb, text: 'to' }, ...words.slice(vi + 1)];
    let k = vi;
    while (k < words.length && AUXILIARIES.has(words[k].text.toLowerCase())) k++;
    const participle = words[k];
    if (!participle || !(/ed$|en$/.test(participle.text) || IRREGULAR_PRESENT[participle.text.toLowerCase()])) return words;
    const auxes = words.slice(vi, k).map((w) => w.text.toLowerCase());
    // Passive ("were killed", "have been seized"): the headline keeps the bare participle.
    if (auxes.some((a) => ['was', 'were', 'been', 'is', 'are', 'be', 'being'].includes(a))) return [...words.slice(0, vi), ...words.slice(k)];
    if (!auxes.every((a) => ['has', 'have', 'had'].includes(a))) return words;
    const base = baseForm(participle.text);
    if (!base) return [...words.slice(0, vi), ...words.slice(k)];
    return [...words.slice(0, vi), { ...participle, text: plural ? base : thirdPerson(base) }, ...words.slice(k + 1)];
  }
  if (/ed$/.test(lower) || IRREGULAR_PRESENT[lower]) {
    const base = baseForm(lower);
    if (base) return [...words.slice(0, vi), { ...verb, text: plural ? base : thirdPerson(base) }, ...words.slice(vi + 1)];
  }
  return words;
}

/**
 * Down to twelve words: drop prepositional phrases of the predicate that name no place or
 * party (lower case), from the last one back, then any but the last.
 */
function compress(words: Word[], tokens: Token[], verb: number): Word[] {
  if (words.length <= MAX_TITLE_WORDS || verb < 0) return words;
  const vi = words.findIndex((w) => w.i >= verb);
  if (vi < 0) return words;
  // Chunks of the predicate: [object] [prep …] [prep …]; "of" phrases stay with what they follow.
  const chunks: Word[][] = [[]];
  for (const w of words.slice(vi + 1)) {
    const l = w.text.toLowerCase();
    if (PREPOSITIONS.has(l) && l !== 'of' && chunks.at(-1)!.length) chunks.push([]);
    chunks.at(-1)!.push(w);
  }
  const head = words.slice(0, vi + 1);
  const proper = (ch: Word[]) => ch.slice(1).some((w) => /^\p{Lu}/u.test(w.text));
  const count = () => head.length + chunks.reduce((n, ch) => n + ch.length, 0);
  for (const keepProper of [true, false]) {
    for (let k = chunks.length - 1; k >= 1 && count() > MAX_TITLE_WORDS; k--) {
      if (keepProper && proper(chunks[k])) continue;
      if (!keepProper && k === chunks.length - 1) continue;
      chunks.splice(k, 1);
    }
  }
  return [...head, ...chunks.flat()];
}
