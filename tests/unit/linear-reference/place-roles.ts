// As it was before issue 8 made it near-linear: the reference the indexed version is tested against.
// Which place mentions name where the incident happened. A sentence's incident words ("attacked",
// "gunfire", "killed") belong to the place they stand nearest to; a place named for a response
// (a curfew, mourning, reinforcements) or as a refuge ("fled to Kaya") is not where it happened.
import type { Mention } from '../../../src/schemas/provenance.ts';
import { INCIDENT_CUE } from '../../../src/consolidate/lexicon.ts';
import type { Profile } from '../../../src/consolidate/profile.ts';

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

/** Occurrences in a sentence of known place names that no mention of the report covers. */
export function missedPlaces(text: string, offset: number, sentenceId: string, mentions: Mention[], knownNames: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (const name of knownNames) {
    if (name.length < 3) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const [start, end] = [offset + at, offset + at + name.length];
      const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '');
      if (bounded && ![...mentions, ...out].some((m) => m.start < end && start < m.end)) out.push({ start, end, sentenceId });
    }
  }
  return out;
}

/** Token index range a character span covers. */
function tokenRange(tokens: Token[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.end > start && t.start < end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
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
    for (const m of place.mentions) bySentence.set(m.sentenceId, [...(bySentence.get(m.sentenceId) ?? []), m]);
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
    const groups: Group[] = [];
    for (const { m, range } of located) {
      const g = groups.at(-1);
      const between = g ? text.slice(tokens[g.last].end, tokens[range[0]].start) : '';
      const gap = tokens.slice((g?.last ?? 0) + 1, range[0]).map((t) => t.text);
      if (g && gap.length <= 3 && gap.every((w) => CONNECTOR.test(w)) && !/[;:()—]/.test(between)) {
        g.mentions.push(m);
        g.last = Math.max(g.last, range[1]);
      } else {
        const before = tokens.slice(Math.max(0, range[0] - 4), range[0]).map((t) => t.text);
        const destination = before.some((w, i) => MOVE_WORD.test(w) && before.slice(i + 1).some((x) => DIRECTION_WORD.test(x)));
        groups.push({ mentions: [m], first: range[0], last: range[1], destination });
      }
    }
    const inGroup = (i: number) => groups.some((g) => i >= g.first && i <= g.last);
    // Words inside a quotation belong to the quotation's places only ("…shot everyone," a survivor
    // said from Segou).
    const quoted = quotedRanges(text);
    const inQuote = (i: number) => quoted.some(([a, b]) => tokens[i].start >= a && tokens[i].end <= b);
    const nearest = (i: number): Group[] => {
      let best = Infinity;
      let out: Group[] = [];
      for (const g of groups) {
        if (inQuote(g.first) !== inQuote(i)) continue;
        const d = i < g.first ? g.first - i : i > g.last ? i - g.last : 0;
        if (d < best) [best, out] = [d, [g]];
        else if (d === best) out.push(g);
      }
      return out;
    };
    const incidentAt = new Map<Group, number>();
    const responseAt = new Map<Group, number>();
    let anyIncidentWord = false;
    tokens.forEach((t, i) => {
      if (inGroup(i)) return;
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
    for (const g of groups) {
      if (g.destination) continue;
      const di = incidentAt.get(g);
      const dr = responseAt.get(g);
      const site = di !== undefined ? dr === undefined || di < dr : !anyIncidentWord && dr === undefined && profile.lead.has(sentenceId);
      if (site) for (const m of g.mentions) if (!missed.includes(m)) sites.add(m);
    }
  }
  return sites;
}
