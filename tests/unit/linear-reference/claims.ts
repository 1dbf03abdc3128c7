// As it was before issue 8 made it near-linear: the reference the indexed version is tested against.
// Claims aligned by party and content; each party's account side by side; claims set against
// the other side's counter-claims (the attackers' gains beside the forces' account of the outcome).
import type { ClaimFact, CounterClaim, EventActor, Fact, Side } from '../../../src/schemas/event.ts';
import type { Claim } from '../../../src/schemas/statements.ts';
import { finishFact, variantsOf, wordingKey, type EventContext } from './facts.ts';
import type { Party } from '../../../src/consolidate/parties.ts';
import { isHazard } from '../../../src/consolidate/incident.ts';
import { sourceRef, type Profile } from '../../../src/consolidate/profile.ts';
import { roleEvidence } from '../../../src/consolidate/roles.ts';
import { cmp, contentWords, jaccard, mode, stem } from '../../../src/consolidate/text.ts';

export interface Reading {
  profile: Profile;
  claim: Claim;
  party: Party | null;
  terms: Set<string>;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundreds'];

function claimTerms(text: string): Set<string> {
  const out = new Set(contentWords(text).map(stem));
  for (const w of text.toLowerCase().match(/[a-z]+|\d+/g) ?? []) if (NUMBER_WORDS.includes(w) || /^\d+$/.test(w)) out.add(`#${w}`);
  return out;
}

/**
 * Two readings state the same claim: same party and type, and their terms overlap (Jaccard 0.2)
 * or they give the same number. (`alignClaims` applies this through indexes: see there.)
 */
export const sameClaim = (a: Reading, b: Reading) =>
  (a.party?.key ?? null) === (b.party?.key ?? null) &&
  a.claim.type === b.claim.type &&
  (jaccard(a.terms, b.terms) >= 0.2 || [...a.terms].some((t) => t.startsWith('#') && b.terms.has(t)));

/** Readings with the same terms, party, type and stance: alike in everything the clustering compares. */
interface Form {
  terms: Set<string>;
  /** The earliest cluster holding a reading of this form. */
  cluster: number;
}

/**
 * Clusters of readings, in order: each reading joins the first cluster of its stance holding a
 * reading that `sameClaim` matches, else starts one. A cluster's readings share the stance, party
 * and type of its first (they join only through a match), so only clusters of the reading's own
 * block (stance, party, type) can take it. Matching readings share a term: within a block, an
 * index from terms to the forms that have them gives each reading's matches without comparing it
 * with every reading before (and the forms make a text that repeats itself cheap).
 */
export function clusterClaims(readings: Reading[]): Reading[][] {
  const clusters: Reading[][] = [];
  const blocks = new Map<string, { forms: Map<string, Form>; byTerm: Map<string, Form[]> }>();
  for (const r of readings) {
    const blockKey = JSON.stringify([r.claim.stance, r.party?.key ?? null, r.claim.type]);
    let block = blocks.get(blockKey);
    if (!block) blocks.set(blockKey, (block = { forms: new Map(), byTerm: new Map() }));
    // Shared terms (and whether a number is among them) with each form before.
    const shared = new Map<Form, { n: number; number: boolean }>();
    for (const t of r.terms) {
      for (const f of block.byTerm.get(t) ?? []) {
        const e = shared.get(f) ?? { n: 0, number: false };
        e.n++;
        if (t.startsWith('#')) e.number = true;
        shared.set(f, e);
      }
    }
    let first = Infinity;
    for (const [f, e] of shared) {
      // jaccard(f.terms, r.terms) from the count: the same arithmetic as text.ts.
      const union = f.terms.size + r.terms.size - e.n;
      if ((union ? e.n / union : 0) >= 0.2 || e.number) first = Math.min(first, f.cluster);
    }
    const c = first < Infinity ? first : clusters.push([]) - 1;
    clusters[c].push(r);
    const formKey = [...r.terms].join('\u0000');
    const form = block.forms.get(formKey);
    if (form) form.cluster = Math.min(form.cluster, c);
    else {
      const f: Form = { terms: r.terms, cluster: c };
      block.forms.set(formKey, f);
      for (const t of r.terms) {
        const list = block.byTerm.get(t);
        if (list) list.push(f);
        else block.byTerm.set(t, [f]);
      }
    }
  }
  return clusters;
}

/**
 * The medoid of a cluster: the reading whose terms are closest to all others' (sum of Jaccard),
 * then by report and offset. Readings with the same terms score the same: each set of terms is
 * scored once (summed over the cluster in order, so the sums are exactly those of a reading-by-reading loop).
 */
export function medoidOf(c: Reading[]): Reading {
  const keys = c.map((r) => [...r.terms].join('\u0000'));
  const byTerms = new Map<string, number>();
  const score = new Map<Reading, number>();
  c.forEach((r, i) => {
    let sum = byTerms.get(keys[i]);
    if (sum === undefined) {
      const pairs = new Map<string, number>();
      sum = 0;
      c.forEach((x, k) => {
        let j = pairs.get(keys[k]);
        if (j === undefined) pairs.set(keys[k], (j = jaccard(r.terms, x.terms)));
        sum! += j;
      });
      byTerms.set(keys[i], sum);
    }
    score.set(r, sum);
  });
  return [...c].sort((a, b) => score.get(b)! - score.get(a)! || cmp(a.profile.report.id, b.profile.report.id) || a.claim.start - b.claim.start)[0];
}

/** Claim facts: one per party, type and content; a party's denial contradicts its own kind of assertion elsewhere. */
export function alignClaims(ctx: EventContext): ClaimFact[] {
  const readings: Reading[] = [];
  for (const profile of ctx.profiles) {
    for (const claim of profile.report.claims) {
      readings.push({ profile, claim, party: ctx.parties.resolve(profile, claim.by, claim.byEntity), terms: claimTerms(claim.text) });
    }
  }
  // Readings by party and type, in order (where contradictions are looked for).
  const byMatter = new Map<string, Reading[]>();
  for (const r of readings) {
    const k = JSON.stringify([r.party?.key ?? null, r.claim.type]);
    const list = byMatter.get(k);
    if (list) list.push(r);
    else byMatter.set(k, [r]);
  }
  return clusterClaims(readings).map((c, i) => {
    // The wording closest to all others stands for the claim.
    const medoid = medoidOf(c);
    const party = medoid.party;
    // A report where the same party, on the same matter, takes the opposite stance contradicts it.
    const contradictedBy = (byMatter.get(JSON.stringify([party?.key ?? null, medoid.claim.type])) ?? [])
      .filter((r) => r.claim.stance !== medoid.claim.stance && (r.claim.stance === 'deny' || medoid.claim.stance === 'deny'))
      .map((r) => r.profile.report.id);
    const ref = (r: Reading) => sourceRef(r.profile, r.claim.sentenceId, r.claim.start, r.claim.end, r.claim.text);
    return finishFact(ctx, {
      id: `claim-${i + 1}`,
      kind: 'claim',
      text: medoid.claim.text,
      party: party?.key ?? null,
      partyName: party ? (party.body ?? party.name) : (mode(c.map((r) => r.claim.by ?? '')) ?? null),
      claimType: medoid.claim.type,
      stance: medoid.claim.stance,
      background: c.every((r) => r.profile.background.has(r.claim.sentenceId)),
      reports: c.map((r) => r.profile.report.id),
      contradictedBy,
      variants: variantsOf(c, (r) => wordingKey(r.claim.text), (r) => r.claim.text, (r) => r.profile.report.id, ref),
      sources: c.map(ref),
    });
  });
}

const isState = (kind: string) => kind === 'state-force' || kind === 'government';

/**
 * Roles from who the reports say attacked whom (`roles.ts`): the perpetrator is the actor named as
 * the attacker (its own claims count), never one the reports name as attacked; without such
 * evidence, the armed group most reports name. Targets: actors named as attacked, and the forces
 * of the event's country when the attackers are an armed group. A natural hazard or an accident
 * has neither.
 */
export function assignRoles(actors: EventActor[], claims: ClaimFact[], country: string | null, profiles: Profile[] = []): void {
  if (profiles.length && isHazard(profiles)) {
    for (const a of actors) a.role = 'other';
    return;
  }
  const { byActor, unnamedAttacker } = roleEvidence(profiles, actors, claims, country);
  const ev = (a: EventActor) => byActor.get(a.key)!;
  const canAttack = (a: EventActor) => a.kind === 'armed-group' || isState(a.kind) || a.kind === 'other';
  const agents = actors.filter((a) => canAttack(a) && ev(a).agent >= 1 && ev(a).agent > ev(a).patient);
  const top = Math.max(0, ...agents.map((a) => ev(a).agent));
  // The attacker stands out; a side with far less evidence (a counter-attack, an accusation) does not.
  let main = agents.filter((a) => ev(a).agent >= top * 0.75);
  if (!main.length && !unnamedAttacker) {
    const armed = actors.filter((a) => a.kind === 'armed-group' && ev(a).patient === 0);
    main = [...armed].sort((a, b) => b.reports.length - a.reports.length || cmp(a.key, b.key)).slice(0, 1);
  }
  const armedAttack = main.some((a) => a.kind === 'armed-group');
  for (const a of actors) {
    const e = ev(a);
    if (main.includes(a)) a.role = 'perpetrator';
    else if (e.patient >= 1 && e.patient > e.agent) a.role = 'target';
    else if (isState(a.kind) && armedAttack && (!country || a.country === country)) a.role = 'target';
    else a.role = 'other';
  }
}

const RESULT_TYPES = new Set(['control', 'outcome', 'casualties']);

/**
 * Opposing accounts: the attackers' gains against the attacked side's account of the outcome. Sides
 * come from the actors' roles; without roles, an armed group stands against the state.
 */
export function counterClaims(claims: ClaimFact[], actors: EventActor[]): CounterClaim[] {
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const results = claims.filter((c) => c.party && RESULT_TYPES.has(c.claimType ?? '') && c.stance !== 'hedge' && !c.background);
  const roles = actors.some((a) => a.role === 'perpetrator') && actors.some((a) => a.role === 'target');
  const attacker = (c: ClaimFact) => (roles ? byKey.get(c.party!)?.role === 'perpetrator' : byKey.get(c.party!)?.kind === 'armed-group');
  const defender = (c: ClaimFact) => (roles ? byKey.get(c.party!)?.role === 'target' : isState(byKey.get(c.party!)?.kind ?? ''));
  const attackers = results.filter(attacker);
  const defenders = results.filter(defender);
  const out: CounterClaim[] = [];
  const best = (list: ClaimFact[]) => [...list].sort((a, b) => b.reports.length - a.reports.length || cmp(a.id, b.id));
  for (const a of best(attackers).slice(0, 3)) {
    // The defender's best-supported account of the outcome (or of control) answers the attackers' claim.
    const d = best(defenders).find((x) => x.claimType === 'outcome' || x.claimType === 'control' || x.claimType === a.claimType);
    if (!d) continue;
    out.push({
      claims: [a.id, d.id],
      parties: [a.party!, d.party!],
      note: `${a.partyName} claims: “${a.text}” (${a.reports.length} report${a.reports.length > 1 ? 's' : ''}); ${d.partyName} says: “${d.text}” (${d.reports.length} report${d.reports.length > 1 ? 's' : ''}).`,
    });
  }
  return out;
}

/** Each party's account: its claims, the figures it gives and its quotations. */
export function sides(facts: Fact[], actors: EventActor[]): Side[] {
  const byParty = new Map<string, Side>();
  const roleRank = (key: string) => {
    const a = actors.find((x) => x.key === key);
    return a?.role === 'perpetrator' ? 0 : a?.role === 'target' ? 1 : a ? 2 : key === 'witnesses' ? 4 : 3;
  };
  for (const f of facts) {
    if (!f.party) continue;
    const side = byParty.get(f.party) ?? {
      party: f.party,
      name: f.partyName ?? f.party,
      kind: actors.find((a) => a.key === f.party)?.kind ?? (f.party === 'witnesses' ? 'civilian' : f.party.startsWith('person:') ? 'person' : 'other'),
      claims: [],
      figures: [],
      quotes: [],
    };
    if (f.kind === 'claim') side.claims.push(f.id);
    else if (f.kind === 'figure') side.figures.push(f.id);
    else side.quotes.push(f.id);
    byParty.set(f.party, side);
  }
  return [...byParty.values()]
    // Unresolved sources with long names are usually misread phrases, not parties.
    .filter((s) => s.claims.length + s.figures.length + s.quotes.length > 0 && !(s.party.startsWith('source:') && s.name.split(/\s+/).length > 4))
    .sort((a, b) => roleRank(a.party) - roleRank(b.party) || b.claims.length + b.figures.length + b.quotes.length - (a.claims.length + a.figures.length + a.quotes.length) || cmp(a.party, b.party));
}
