// Claims aligned by party and content; each party's account side by side; claims set against
// the other side's counter-claims (the attackers' gains beside the forces' account of the outcome).
import type { CounterClaim, EventActor, Fact, Side } from '../schemas/event.ts';
import type { Claim } from '../schemas/statements.ts';
import { finishFact, variantsOf, wordingKey, type EventContext } from './facts.ts';
import type { Party } from './parties.ts';
import { isHazard } from './incident.ts';
import { sourceRef, type Profile } from './profile.ts';
import { roleEvidence } from './roles.ts';
import { cmp, contentWords, jaccard, mode, stem } from './text.ts';

interface Reading {
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

const sameClaim = (a: Reading, b: Reading) =>
  (a.party?.key ?? null) === (b.party?.key ?? null) &&
  a.claim.type === b.claim.type &&
  (jaccard(a.terms, b.terms) >= 0.2 || [...a.terms].some((t) => t.startsWith('#') && b.terms.has(t)));

/** Claim facts: one per party, type and content; a party's denial contradicts its own kind of assertion elsewhere. */
export function alignClaims(ctx: EventContext): Fact[] {
  const readings: Reading[] = [];
  for (const profile of ctx.profiles) {
    for (const claim of profile.report.claims) {
      readings.push({ profile, claim, party: ctx.parties.resolve(profile, claim.by, claim.byEntity), terms: claimTerms(claim.text) });
    }
  }
  const clusters: Reading[][] = [];
  for (const r of readings) {
    const c = clusters.find((list) => list[0].claim.stance === r.claim.stance && list.some((x) => sameClaim(x, r)));
    if (c) c.push(r);
    else clusters.push([r]);
  }
  return clusters.map((c) => {
    // The wording closest to all others stands for the claim.
    const medoid = [...c].sort(
      (a, b) =>
        c.reduce((s, x) => s + jaccard(b.terms, x.terms), 0) - c.reduce((s, x) => s + jaccard(a.terms, x.terms), 0) ||
        cmp(a.profile.report.id, b.profile.report.id) ||
        a.claim.start - b.claim.start,
    )[0];
    const party = medoid.party;
    // A report where the same party, on the same matter, takes the opposite stance contradicts it.
    const contradictedBy = readings
      .filter((r) => r.claim.stance !== medoid.claim.stance && (r.party?.key ?? null) === (party?.key ?? null) && r.claim.type === medoid.claim.type && (r.claim.stance === 'deny' || medoid.claim.stance === 'deny'))
      .map((r) => r.profile.report.id);
    const ref = (r: Reading) => sourceRef(r.profile, r.claim.sentenceId, r.claim.start, r.claim.end, r.claim.text);
    return finishFact(ctx, {
      id: '',
      kind: 'claim',
      text: medoid.claim.text,
      party: party?.key ?? null,
      partyName: party?.name ?? mode(c.map((r) => r.claim.by ?? '')) ?? null,
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
export function assignRoles(actors: EventActor[], claims: Fact[], country: string | null, profiles: Profile[] = []): void {
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
export function counterClaims(claims: Fact[], actors: EventActor[]): CounterClaim[] {
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const results = claims.filter((c) => c.party && RESULT_TYPES.has(c.claimType ?? '') && c.stance !== 'hedge' && !c.background);
  const roles = actors.some((a) => a.role === 'perpetrator') && actors.some((a) => a.role === 'target');
  const attacker = (c: Fact) => (roles ? byKey.get(c.party!)?.role === 'perpetrator' : byKey.get(c.party!)?.kind === 'armed-group');
  const defender = (c: Fact) => (roles ? byKey.get(c.party!)?.role === 'target' : isState(byKey.get(c.party!)?.kind ?? ''));
  const attackers = results.filter(attacker);
  const defenders = results.filter(defender);
  const out: CounterClaim[] = [];
  const best = (list: Fact[]) => [...list].sort((a, b) => b.reports.length - a.reports.length || cmp(a.id, b.id));
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
