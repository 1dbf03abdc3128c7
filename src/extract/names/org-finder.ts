import type { CountryTable } from '../../geo/countries.ts';
import type { OrgCandidate } from './org-candidate.ts';
import { findInSentence, type Questions } from './org-sentence.ts';
import type { Doc } from '../../text/words.ts';

export { isAcronymToken, isNameToken } from './acronym-definitions.ts';

export type { GenericBody, OrgCandidate } from './org-candidate.ts';
export { kindCue } from './org-kinds.ts';

export interface OrgFinderOptions {
  /** Whether a folded name is a town of the gazetteer ("Los Angeles" is not a gang). */
  isTown?: (key: string) => boolean;
  countries: CountryTable;
  /** Whether a folded name is a known place (stops "Mali and the …" from joining an organization name). */
  isPlace?: (key: string) => boolean;
  /** Countries the text names: a demonym shared by several countries ("Congolese") means one of these. */
  preferCountries?: Set<string>;
}

/**
 * Every stretch of text that names an organization: acronym definitions ("Long Name (ACR)"),
 * well-known bodies, a country's forces or government, capitalized names with an organization
 * head noun ("Timbuktu Institute", "Alliance of Sahel States") and bare acronyms.
 * Candidates do not overlap; earlier kinds of evidence win.
 *
 * The places plugin and the organizations plugin both ask, with options that differ a little (the
 * places known before and after places are read). Every rule reads one sentence, so the finder
 * works sentence by sentence and keeps, per text, each sentence's candidates with the questions it
 * asked of the options; a later call reuses a sentence whose questions its options answer the same.
 */
export function findOrgCandidates(doc: Doc, options: OrgFinderOptions): OrgCandidate[] {
  const { countries, preferCountries } = options;
  const ask: Questions = {
    isPlace: options.isPlace ?? ((k: string) => countries.byName.has(k)),
    isTown: options.isTown ?? (() => false),
    demonymCountry: (key) => countries.demonymAll.get(key)!.find((c) => preferCountries?.has(c.code)) ?? countries.byDemonym.get(key)!,
  };
  const last = lastRuns.get(doc);
  const previous = last?.countries === countries ? last.sentences : [];
  const taken = new Uint8Array(doc.tokens.length);
  const sentences: SentenceRun[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const before = previous[s];
    if (before && agrees(before.answers.isPlace, ask.isPlace) && agrees(before.answers.isTown, ask.isTown) && agrees(before.answers.demonymCountry, ask.demonymCountry)) {
      sentences.push(before);
      continue;
    }
    const answers: Answers = { isPlace: new Map(), isTown: new Map(), demonymCountry: new Map() };
    const recorded: Questions = { isPlace: recording(answers.isPlace, ask.isPlace), isTown: recording(answers.isTown, ask.isTown), demonymCountry: recording(answers.demonymCountry, ask.demonymCountry) };
    sentences.push({ answers, candidates: findInSentence(doc, s, countries, recorded, taken) });
  }
  lastRuns.set(doc, { countries, sentences });
  // Copies: linking names to their acronyms rewrites candidates, and callers may too; the kept ones stay as found.
  const out = sentences.flatMap((r) => r.candidates.map((c) => ({ ...c, keys: [...c.keys] })));
  linkKnownAs(doc, out);
  return out.sort((a, b) => a.start - b.start);
}

/** The questions the finder asked while reading one sentence, with their answers. */
type Answers = { [Q in keyof Questions]: Map<string, ReturnType<Questions[Q]>> };

interface SentenceRun {
  answers: Answers;
  candidates: OrgCandidate[];
}

/** The last run of the finder on each text (a text's words are never changed once read). */
const lastRuns = new WeakMap<Doc, { countries: CountryTable; sentences: SentenceRun[] }>();

/** `ask`, keeping each answer in `answers`. */
function recording<T>(answers: Map<string, T>, ask: (key: string) => T): (key: string) => T {
  return (key) => {
    const answer = ask(key);
    answers.set(key, answer);
    return answer;
  };
}

/** Whether `ask` answers every question as recorded. */
function agrees<T>(answers: Map<string, T>, ask: (key: string) => T): boolean {
  for (const [key, answer] of answers) if (ask(key) !== answer) return false;
  return true;
}

/** "X, known by its Arabic acronym JNIM" / "X, also known as Y": the acronym names X. */
function linkKnownAs(doc: Doc, candidates: OrgCandidate[]): void {
  const byStart = [...candidates].sort((a, b) => a.start - b.start);
  for (const c of byStart) {
    if (c.source !== 'acronym') continue;
    const sentFrom = doc.sentRange[doc.tokens[c.from].sent][0];
    let k = c.from - 1;
    let sawKnown = false;
    while (k >= sentFrom && c.from - k <= 7 && !/[,;(]/.test(doc.tokens[k + 1].gap)) {
      if (doc.tokens[k].fold === 'known' || doc.tokens[k].fold === 'abbreviated' || doc.tokens[k].fold === 'acronym') sawKnown = true;
      k--;
    }
    if (!sawKnown || k < sentFrom || !/^\s*,\s*$/.test(doc.tokens[k + 1].gap)) continue;
    const named = byStart.find((x) => x.to === k + 1 && x.source !== 'acronym' && x.source !== 'generic');
    if (!named) continue;
    const keys = [...new Set([...named.keys, ...c.keys])];
    named.keys = keys;
    c.keys = keys;
    named.acronym ??= c.written;
    c.name = named.name;
  }
}
