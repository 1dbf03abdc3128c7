// Which place mentions name where the incident happened. A sentence's incident words ("attacked",
// "gunfire", "killed") belong to the place they stand nearest to; a place named for a response
// (a curfew, mourning, reinforcements) or as a refuge ("fled to Kaya") is not where it happened.
import type { Mention } from '../schemas/provenance.ts';
import { firstEndingAfter } from '../text/tokens.ts';
import { INCIDENT_CUE } from './lexicon.ts';
import { occurrences } from './occurrences.ts';
import type { Profile } from './profile.ts';

/** Measures taken after the fact: they name where authorities acted, not where it happened. */
const RESPONSE_WORD = /^(?:curfews?|lockdowns?|emergency|mourning|vigils?|bans?|banned|reinforc\w*|deploy\w*|condolences?|response|measures?|patrols?)$/i;
/** Verbs of going somewhere: the place after them (and "to", "in"…) is a destination. */
const MOVE_WORD = /^(?:fled|flee|flees|fleeing|escaped|escaping|evacuated|relocated|moved|taken|transferred|rushed|airlifted|refuge|shelter|sheltered|sheltering|displaced|arrived|headed|returned|travelled|traveled|left)$/i;
const DIRECTION_WORD = /^(?:to|into|in|towards?|at|for)$/i;
/** Words that join place names into one location ("Binoli, Kayes and Sandere", "Sayed Karam near Gardez"). */
const CONNECTOR =
  /^(?:and|or|in|near|of|outside|around|at|the|as|well|including|such|between|towns?|villages?|cit(?:y|ies)|regions?|provinces?|states?|districts?|north|south|east|west|(?:north|south)?(?:east|west)?(?:ern)?|central)$/i;
/** Incident words beyond the shared cue: killings, strikes from the air, hazards and accidents. */
const MORE_INCIDENT_WORDS =
  /^(?:massacre\w*|gunned|shot|shoot\w*|kill\w*|slain|died|deaths?|destroy\w*|damag\w*|collaps\w*|flood\w*|quakes?|earthquakes?|tremors?|epicent\w*|landslides?|mudslides?|storms?|cyclones?|hurricanes?|typhoons?|tornado\w*|eruptions?|wildfires?|fires?|burn\w*|missiles?|rockets?|drones?|airstrikes?|crash\w*|abduct\w*|kidnap\w*|looted|torched|riot\w*|demonstrat\w*|rall(?:y|ies|ied))$/i;

interface Token {
  text: string;
  start: number;
  end: number;
}

interface Group {
  mentions: Mention[];
  first: number;
  last: number;
  destination: boolean;
}

function tokenize(s: string): Token[] {
  return [...s.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/**
 * Character ranges of direct speech in a sentence: quotations that end their own clause (“…ran,”).
 * A quoted phrase inside the sentence's grammar (claimed “total control” in towns…) is not one.
 */
function quotedRanges(text: string): [number, number][] {
  return [...text.matchAll(/[“"«]([^“”"«»]*)[”"»]/g)].filter((m) => /[,.!?;:]\s*$/.test(m[1])).map((m) => [m.index!, m.index! + m[0].length]);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether a span overlaps any of a set of spans: fixed ones (any, overlapping each other or not)
 * and ones added as they are accepted (which never overlap each other).
 */
function overlapIndex(fixed: readonly { start: number; end: number }[]) {
  const sorted = [...fixed].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const m of sorted) maxEnd.push(Math.max(maxEnd.at(-1) ?? -Infinity, m.end));
  const added: { start: number; end: number }[] = [];
  /** Index of the last span starting before `end`, or -1. */
  const lastBefore = (list: readonly { start: number }[], end: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  return {
    overlaps(start: number, end: number): boolean {
      const i = lastBefore(sorted, end);
      if (i >= 0 && maxEnd[i] > start) return true;
      // Added spans are disjoint: the last one starting before `end` ends last among them.
      const j = lastBefore(added, end);
      return j >= 0 && added[j].end > start;
    },
    add(span: { start: number; end: number }) {
      added.splice(lastBefore(added, span.start) + 1, 0, span);
    },
  };
}

/**
 * Occurrences in a sentence of known place names that no mention of the report covers: name by
 * name (in the order of `knownNames`), each occurrence from the first, those overlapping a mention
 * or an occurrence taken before left out.
 */
export function missedPlaces(text: string, offset: number, sentenceId: string, mentions: Mention[], knownNames: readonly string[]): Mention[] {
  const out: Mention[] = [];
  const found = occurrences(knownNames)(text).filter(({ name, at }) => knownNames[name].length >= 3 && !WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + knownNames[name].length] ?? ''));
  if (!found.length) return out;
  found.sort((a, b) => a.name - b.name || a.at - b.at);
  const taken = overlapIndex(mentions);
  for (const { name, at } of found) {
    const [start, end] = [offset + at, offset + at + knownNames[name].length];
    if (taken.overlaps(start, end)) continue;
    const m = { start, end, sentenceId };
    out.push(m);
    taken.add(m);
  }
  return out;
}

/** Token index range a character span covers (tokens are in order and do not overlap). */
function tokenRange(tokens: Token[], start: number, end: number): [number, number] | null {
  // The first token ending after `start` and the last starting before `end`.
  const first = firstEndingAfter(tokens, start);
  let lo = first;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  return first < tokens.length && last >= first ? [first, last] : null;
}

/**
 * The mentions of a report that stand for a site of its incident. `knownNames`: names the event's
 * other reports read as places; where this report's extraction missed one, it still competes for
 * the incident words of its sentence ("Families in Kaya … after the massacre at Barsalogho").
 */
export function incidentSites(profile: Profile, knownNames: readonly string[] = []): Set<Mention> {
  const sites = new Set<Mention>();
  const bySentence = new Map<string, Mention[]>();
  for (const place of profile.report.places) {
    // Countries and world regions contain the incident rather than compete with its towns for its
    // words ("attacked villages in northern Nigeria, killing 23 in Dansadau…"); their role is decided
    // by the event's country.
    if (place.precision === 'country' || place.precision === 'region') continue;
    for (const m of place.mentions) {
      const list = bySentence.get(m.sentenceId);
      if (list) list.push(m);
      else bySentence.set(m.sentenceId, [m]);
    }
  }
  for (const [sentenceId, mentions] of bySentence) {
    const text = profile.sentence(sentenceId);
    const offset = profile.sentenceSpans.get(sentenceId)?.start ?? 0;
    if (!text) {
      // Sentence unknown (no seed text): only its being in the lead tells.
      if (profile.lead.has(sentenceId)) for (const m of mentions) sites.add(m);
      continue;
    }
    const tokens = tokenize(text);
    const missed = missedPlaces(text, offset, sentenceId, mentions, knownNames);
    // Mentions in reading order, chained into groups when only a few words stand between them
    // ("Binoli, Kayes and Sandere", "Sayed Karam near Gardez").
    const located = [...mentions, ...missed]
      .map((m) => ({ m, range: tokenRange(tokens, m.start - offset, m.end - offset) }))
      .filter((x): x is { m: Mention; range: [number, number] } => x.range !== null)
      .sort((a, b) => a.range[0] - b.range[0]);
    // Groups start in reading order and never overlap: a mention starting inside the last group joins it.
    const groups: Group[] = [];
    for (const { m, range } of located) {
      const g = groups.at(-1);
      const gap = g ? Math.max(0, range[0] - g.last - 1) : 0;
      if (
        g &&
        gap <= 3 &&
        tokens.slice(g.last + 1, range[0]).every((t) => CONNECTOR.test(t.text)) &&
        !/[;:()—]/.test(text.slice(tokens[g.last].end, tokens[range[0]].start))
      ) {
        g.mentions.push(m);
        g.last = Math.max(g.last, range[1]);
      } else {
        const before = tokens.slice(Math.max(0, range[0] - 4), range[0]).map((t) => t.text);
        const destination = before.some((w, i) => MOVE_WORD.test(w) && before.slice(i + 1).some((x) => DIRECTION_WORD.test(x)));
        groups.push({ mentions: [m], first: range[0], last: range[1], destination });
      }
    }
    const grouped = new Uint8Array(tokens.length);
    for (const g of groups) grouped.fill(1, g.first, g.last + 1);
    // Words inside a quotation belong to the quotation's places only ("…shot everyone," a survivor
    // said from Segou). Quotations come in order and do not overlap.
    const quoted = quotedRanges(text);
    const inQuote = new Uint8Array(tokens.length);
    for (let i = 0, q = 0; i < tokens.length; i++) {
      while (q + 1 < quoted.length && quoted[q + 1][0] <= tokens[i].start) q++;
      if (q < quoted.length && tokens[i].start >= quoted[q][0] && tokens[i].end <= quoted[q][1]) inQuote[i] = 1;
    }
    // The groups on each side of a quotation's edge, in order: a word's nearest groups are the
    // closest of its own side before it and after it (groups never contain the words looked up).
    const sides = [groups.filter((g) => !inQuote[g.first]), groups.filter((g) => inQuote[g.first])];
    const nearest = (i: number): Group[] => {
      const list = sides[inQuote[i]];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].first < i) lo = mid + 1;
        else hi = mid;
      }
      const before = list[lo - 1];
      const after = list[lo];
      const db = before ? i - before.last : Infinity;
      const da = after ? after.first - i : Infinity;
      if (!before && !after) return [];
      return db < da ? [before] : da < db ? [after] : [before, after];
    };
    const incidentAt = new Map<Group, number>();
    const responseAt = new Map<Group, number>();
    let anyIncidentWord = false;
    tokens.forEach((t, i) => {
      if (grouped[i]) return;
      const response = RESPONSE_WORD.test(t.text) || (MOVE_WORD.test(t.text) && DIRECTION_WORD.test(tokens[i + 1]?.text ?? ''));
      const incident = !response && (INCIDENT_CUE.test(t.text) || MORE_INCIDENT_WORDS.test(t.text));
      if (!response && !incident) return;
      if (incident) anyIncidentWord = true;
      for (const g of nearest(i)) {
        const d = i < g.first ? g.first - i : i - g.last;
        const map = incident ? incidentAt : responseAt;
        map.set(g, Math.min(map.get(g) ?? Infinity, d));
      }
    });
    const missedSet = new Set(missed);
    for (const g of groups) {
      if (g.destination) continue;
      const di = incidentAt.get(g);
      const dr = responseAt.get(g);
      const site = di !== undefined ? dr === undefined || di < dr : !anyIncidentWord && dr === undefined && profile.lead.has(sentenceId);
      if (site) for (const m of g.mentions) if (!missedSet.has(m)) sites.add(m);
    }
  }
  return sites;
}
