// Groups reports about the same incident into events.
//
// What a report is ABOUT (its opening places, actors and incident date) weighs far above what it
// mentions as background. Follow-ups often carry no date: the counts and quotations they share
// with their incident bind them (grouping-evidence.ts), a report that dates the other's incident
// weeks before its own keeps them apart, and only dates that truly conflict rule a pair out
// (grouping-dates.ts). Candidates come from blocking keys (specific places, actors and countries
// per date window, and MinHash bands of the vocabulary), never from all pairs, so 10,000 reports
// cost a few hundred thousand comparisons at most.
import { dateAdjustment, dateFeatures, type DateFeatures } from './grouping-dates.ts';
import { bindingEvidence, evidenceFeatures, namedAsEarlier, type EvidenceFeatures } from './grouping-evidence.ts';
import type { Profile } from './profile.ts';
import { cmp, daysBetween, fold, hash32, mix32 } from './text.ts';

export interface GroupingOptions {
  /** Pair score above which two reports are about the same incident. */
  threshold?: number;
  /** Resolved incident dates further apart than this (days) never share an event. */
  maxDateSpan?: number;
  /** When given, receives the number of report pairs compared (diagnostics, scale tests). */
  stats?: { comparisons: number };
}

type Vec = Map<string, number>;

interface Features extends DateFeatures, EvidenceFeatures {
  text: Vec;
  names: Vec;
  foregroundNames: Set<string>;
  places: Vec;
  actors: Vec;
  /** Towns (and unlocated places) the report is about: named in its opening, not as its dateline. */
  core: Set<string>;
  /** The words of those places' names, to find them in a text whose extraction missed them. */
  coreWords: string[][];
  /** Specific places it names outside background about another time. */
  foreground: Set<string>;
  /** The country the report is about, when its places say so clearly. */
  country: string | null;
}

/** The country a report's opening and foreground places point to, if one clearly dominates. */
function reportCountry(p: Profile): string | null {
  const score = new Map<string, number>();
  for (const f of p.places) {
    if (!f.place.country || f.distantOnly) continue;
    score.set(f.place.country, (score.get(f.place.country) ?? 0) + f.weight + (f.opening ? 1 : 0));
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  if (!ranked.length || (ranked[1] && ranked[1][1] * 1.5 > ranked[0][1])) return null;
  return ranked[0][0];
}

/** Names in few reports: good blocking keys (at most 0.5% of reports, at least 3). */
function rareNames(profiles: Profile[]): Set<string> {
  const df = new Map<string, number>();
  for (const p of profiles) for (const k of p.names.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const cap = Math.max(3, Math.floor(profiles.length * 0.005));
  return new Set([...df].filter(([k, n]) => n >= 2 && n <= cap && !/^\d+$/.test(k)).map(([k]) => k));
}
const TEXT_TERMS = 120;
const IDF_PRIOR = 20;

function normalize(v: Vec): Vec {
  let n = 0;
  for (const x of v.values()) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (const [k, x] of v) v.set(k, x / n);
  return v;
}

function cosine(a: Vec, b: Vec): number {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of s) {
    const y = l.get(k);
    if (y !== undefined) dot += x * y;
  }
  return dot;
}

/** Which actor forms denote the same organization across reports (shared name, acronym or alias). */
function actorKeys(profiles: Profile[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const p of profiles) {
    for (const a of p.actors) {
      for (const f of a.forms) if (!parent.has(f)) parent.set(f, f);
      const [first, ...rest] = a.forms;
      for (const f of rest) {
        const x = find(first);
        const y = find(f);
        if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
      }
    }
  }
  const out = new Map<string, string>();
  for (const f of parent.keys()) out.set(f, find(f));
  return out;
}

/**
 * Places other reports name that a report's text names too, though its extraction missed them:
 * a town read in one report is found by its name (all its words capitalized) in another.
 */
function recoveredPlaces(profiles: Profile[]): Map<string, number>[] {
  const index = new Map<string, { words: string[]; key: string; weight: number }[]>();
  const seen = new Set<string>();
  for (const p of profiles) {
    for (const f of p.places) {
      if (f.place.precision === 'country' || f.place.precision === 'region' || seen.has(f.key)) continue;
      seen.add(f.key);
      for (const form of new Set([f.place.name, f.place.written])) {
        const words = fold(form).match(/[a-z0-9]+/g) ?? [];
        const first = words[0];
        if (!first || words.join('').length < 4) continue;
        const list = index.get(first) ?? [];
        list.push({ words, key: f.key, weight: f.place.precision === 'admin' ? 0.8 : 1 });
        index.set(first, list);
      }
    }
  }
  return profiles.map((p) => {
    const own = new Set(p.places.map((f) => f.key));
    const found = new Map<string, number>();
    for (const name of p.foregroundNames) {
      for (const entry of index.get(name) ?? []) {
        if (!own.has(entry.key) && entry.words.every((w) => p.foregroundNames.has(w))) found.set(entry.key, entry.weight * 0.4);
      }
    }
    return found;
  });
}

function features(profiles: Profile[]): Features[] {
  const n = profiles.length;
  const df = new Map<string, number>();
  for (const p of profiles) for (const k of p.terms.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const recovered = recoveredPlaces(profiles);
  const placeDf = new Map<string, number>();
  profiles.forEach((p, i) => {
    for (const k of new Set([...p.places.map((x) => x.key), ...recovered[i].keys()])) placeDf.set(k, (placeDf.get(k) ?? 0) + 1);
  });
  // Smoothed as if the collection held at least IDF_PRIOR other texts: in a handful of reports about
  // one incident every shared word would otherwise weigh nothing.
  const idf = (d: number) => Math.log((n + IDF_PRIOR) / (d + 1)) + 1;
  const forms = actorKeys(profiles);
  const nameDfs = new Map<string, number>();
  for (const p of profiles) for (const k of p.names.keys()) nameDfs.set(k, (nameDfs.get(k) ?? 0) + 1);

  return profiles.map((p, i) => {
    const weighted = [...p.terms].map(([k, c]) => [k, (1 + Math.log(c)) * idf(df.get(k) ?? 1)] as [string, number]);
    weighted.sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
    const text = normalize(new Map(weighted.slice(0, TEXT_TERMS)));
    const nameDf = nameDfs;
    const names = normalize(new Map([...p.names].map(([k, c]) => [k, (1 + Math.log(c)) * idf(nameDf.get(k) ?? 1)])));
    const places: Vec = new Map();
    for (const f of p.places) places.set(f.key, Math.max(places.get(f.key) ?? 0, f.weight * idf(placeDf.get(f.key) ?? 1)));
    for (const [key, w] of recovered[i]) places.set(key, w * idf(placeDf.get(key) ?? 1));
    // Outlets and agencies report every kind of incident: they say nothing about which one.
    const actors: Vec = new Map();
    for (const a of p.actors) {
      if (!a.forms.length || a.org.kind === 'media') continue;
      const key = forms.get(a.forms[0])!;
      actors.set(key, Math.max(actors.get(key) ?? 0, a.weight));
    }
    const specific = p.places.filter((f) => f.place.precision === 'town' || f.place.precision === 'unknown');
    const core = new Set(specific.filter((f) => f.opening).map((f) => f.key));
    const coreWords = specific.filter((f) => f.opening).map((f) => (fold(f.place.written).match(/[a-z0-9]+/g) ?? []).filter((w) => w.length >= 3));
    const foreground = new Set([...specific.filter((f) => !f.distantOnly).map((f) => f.key), ...recovered[i].keys()]);
    return {
      text,
      names,
      foregroundNames: p.foregroundNames,
      places: normalize(places),
      actors: normalize(actors),
      core,
      coreWords,
      foreground,
      ...dateFeatures(p),
      country: reportCountry(p),
      ...evidenceFeatures(p),
    };
  });
}

/** Some place name (all its words) is among the capitalized names of the other report. */
function namesIn(places: string[][], other: Features): boolean {
  return places.some((ws) => ws.length > 0 && ws.every((w) => other.foregroundNames.has(w)));
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Similarity of two reports (0–1.1), or -1 when they cannot be about the same incident. */
function pairScore(a: Features, b: Features, maxSpan: number): number {
  const adj = dateAdjustment(a, b, maxSpan);
  if (adj === null) return -1;
  // Entity components count only when both reports have entities (extraction may miss them).
  let weight = 0.35 + 0.25;
  let sum = 0.35 * cosine(a.text, b.text) + 0.25 * cosine(a.names, b.names);
  if (a.places.size && b.places.size) {
    sum += 0.25 * cosine(a.places, b.places);
    weight += 0.25;
  }
  if (a.actors.size && b.actors.size) {
    sum += 0.15 * cosine(a.actors, b.actors);
    weight += 0.15;
  }
  let score = sum / weight + adj;
  // Both are about specific places and neither names the other's outside background: two incidents.
  if (a.core.size && b.core.size && !overlaps(a.core, b.foreground) && !overlaps(b.core, a.foreground) && !namesIn(a.coreWords, b) && !namesIn(b.coreWords, a)) {
    score -= 0.25;
  }
  // About different countries: different incidents, however alike the wording.
  if (a.country && b.country && a.country !== b.country) score -= 0.4;
  else score += bindingEvidence(a, b);
  // One report dates the other's incident weeks before its own: two incidents.
  score -= Math.min(0.2, namedAsEarlier(a, b) + namedAsEarlier(b, a));
  return score;
}

/** Date window keys: any two dates within 7 days share at least one. */
function windowKeys(date: string): string[] {
  const day = Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86400000);
  return [`w${Math.floor(day / 14)}`, `v${Math.floor((day + 7) / 14)}`];
}

const MINHASH = 18;
const BAND = 3;
const MINHASH_SEEDS = Array.from({ length: MINHASH }, (_, i) => mix32(0x5bd1e995 + i * 0x9e3779b9));

/** Largest block compared pairwise, by key type: generic keys (actor or country per window) get small caps. */
const BLOCK_CAP: Record<string, number> = { p: 100, a: 30, c: 25, n: 40, m: 40 };
const capOf = (key: string) => BLOCK_CAP[key.charAt(0)] ?? 60;

function blockingKeys(p: Profile, f: Features, rareNames: Set<string>): string[] {
  const keys: string[] = [];
  const when = f.date ?? f.published ?? f.reported;
  const windows = when ? windowKeys(when) : [];
  const specific = p.places.filter((x) => x.weight >= 0.2 && x.place.precision !== 'country' && x.place.precision !== 'region');
  for (const x of specific) {
    keys.push(`p:${x.key}`);
    for (const w of windows) keys.push(`p:${x.key}:${w}`);
  }
  for (const k of f.actors.keys()) {
    keys.push(`a:${k}`);
    for (const w of windows) keys.push(`a:${k}:${w}`);
  }
  for (const x of p.places) if (x.place.precision === 'country' && x.place.country) for (const w of windows) keys.push(`c:${x.place.country}:${w}`);
  // Rare capitalized names (a town, a group's acronym) stand in for places and actors extraction
  // may have missed; common ones (a country) would only make huge blocks.
  const names = [...f.names].filter(([k]) => rareNames.has(k)).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, 6);
  for (const [name] of names) keys.push(`n:${name}`);
  // MinHash over the most distinctive words: reports with similar vocabulary meet even without entities.
  const top = [...f.text.keys()].slice(0, 24);
  if (top.length >= 5) {
    const hashes = top.map(hash32);
    const sig: number[] = [];
    for (let i = 0; i < MINHASH; i++) {
      let min = 0xffffffff;
      for (const t of hashes) {
        const h = mix32(t ^ MINHASH_SEEDS[i]);
        if (h < min) min = h;
      }
      sig.push(min);
    }
    for (let b = 0; b < MINHASH; b += BAND) keys.push(`m${b}:${sig.slice(b, b + BAND).join('.')}`);
  }
  return keys;
}

/**
 * Groups profiles into events: returns lists of profile indexes, each sorted, lists ordered by
 * their first index. A report that matches nothing is an event of its own.
 */
export function groupReports(profiles: Profile[], options: GroupingOptions = {}): number[][] {
  const threshold = options.threshold ?? 0.3;
  const maxSpan = options.maxDateSpan ?? 3;
  const n = profiles.length;
  const feats = features(profiles);

  const blocks = new Map<string, number[]>();
  const rare = rareNames(profiles);
  profiles.forEach((p, i) => {
    for (const k of new Set(blockingKeys(p, feats[i], rare))) {
      const list = blocks.get(k);
      if (list) list.push(i);
      else blocks.set(k, [i]);
    }
  });
  const seen = new Set<number>();
  const edges: { i: number; j: number; s: number }[] = [];
  const scoreCache = new Map<number, number>();
  const score = (i: number, j: number) => {
    const key = i < j ? i * n + j : j * n + i;
    let s = scoreCache.get(key);
    if (s === undefined) {
      s = pairScore(feats[i], feats[j], maxSpan);
      scoreCache.set(key, s);
    }
    return s;
  };
  for (const [blockKey, members] of blocks) {
    if (members.length < 2 || members.length > capOf(blockKey)) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x];
        const j = members[y];
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        if (options.stats) options.stats.comparisons++;
        const s = score(i, j);
        if (s >= threshold) edges.push({ i, j, s });
      }
    }
  }
  edges.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);

  // Agglomerate along the best edges; a merge must keep incident dates within the span and the
  // two groups similar on average (no chaining of distinct incidents through one bridging report).
  const parent = Array.from({ length: n }, (_, i) => i);
  const members = Array.from({ length: n }, (_, i) => [i]);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const { i, j } of edges) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const A = members[a];
    const B = members[b];
    const dates = [...A, ...B].map((k) => feats[k].date).filter((d): d is string => d !== null).sort();
    if (dates.length > 1 && daysBetween(dates[0], dates[dates.length - 1]) > maxSpan) continue;
    let total = 0;
    let count = 0;
    let vetoed = false;
    for (const x of A.slice(0, 25)) {
      for (const y of B.slice(0, 25)) {
        const s = score(x, y);
        if (s < 0) vetoed = true;
        total += s;
        count++;
      }
    }
    if (vetoed || total / count < threshold * 0.7) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    members[root] = [...A, ...B].sort((x, y) => x - y);
    members[child] = [];
  }
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) if (find(i) === i) groups.push(members[i]);
  return groups.sort((a, b) => a[0] - b[0]);
}

/** Pair scores for diagnostics and tests. */
export function pairScores(profiles: Profile[], options: GroupingOptions = {}): number[][] {
  const feats = features(profiles);
  return feats.map((a) => feats.map((b) => Math.round(pairScore(a, b, options.maxDateSpan ?? 3) * 1000) / 1000));
}

